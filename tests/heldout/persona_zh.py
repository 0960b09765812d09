"""zh3_chengdu: 李思远, software engineer in Chengdu. WeChat (MemoTrace CSV), Alipay, WeChat Pay, CMB."""
import csv
import io
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from common import (vary_lines, news_line, Chat, Planter, angry_messages, cn_resident_id, days, epoch, hm,
                    luhn_complete, pick_start, place_session, write_text)

PID = "zh3_chengdu"
TZ = ZoneInfo("Asia/Shanghai")
SLEEP = (hm("01:00"), hm("07:30"))
START = datetime(2024, 9, 1, tzinfo=TZ)
END = datetime(2025, 1, 31, tzinfo=TZ)

USER = "李思远"
USER_WXID = "wxid_lsy95k27q"
USER_WXNO = "siyuan_li1996"
USER_PHONE = "13808132476"
USER_EMAIL = "lisiyuan96@example.com"
USER_ID = cn_resident_id("51010719960315241")
USER_CARD = luhn_complete("621483", 16)           # CMB debit
WIFE_CARD = luhn_complete("6217003810", 19)       # 19-digit UnionPay
WIFE_ID = cn_resident_id("51070319970823062")
HOME_ADDR = "四川省成都市武侯区玉林北路88号玉林花园3栋2单元1504室"
HOME = (30.631824, 104.055917)
WORK = (30.546012, 104.069148)
EMPLOYER = "成都云帆数据科技有限公司"
PLATE = "川A·7K2Q9"
SALARY = "18650.00"

C = {
    "wife": dict(title="老婆", wxid="wxid_cxw0823abc", nick="晓雯Wendy", full="陈晓雯"),
    "mum": dict(title="妈", wxid="wxid_wxy1962mm", nick="平安是福", full="王秀英"),
    "fat": dict(title="胖子", wxid="wxid_zh88fatboy", nick="浩子", full="张浩"),
    "boss": dict(title="王总", wxid="wxid_wjg_yf2019", nick="王建国", full="王建国"),
}
GROUP = dict(title="川大计科14级", wxid="24519870331@chatroom")
GM = {"liu": ("老刘", "wxid_liuzq_77", "刘志强"), "jie": ("阿杰", "wxid_ajie0301", "周杰"),
      "min": ("小敏", "wxid_xm_mint", "黄敏"), "fat": ("浩子", "wxid_zh88fatboy", "张浩"),
      "wei": ("大伟", "wxid_dawei_cd", "赵伟")}

R = lambda rng, *xs: rng.choice(xs)


# ------------------------------------------------------------------ topic scripts
ZH_NEWS = (["", "跟你说个事 ", "诶 ", "刚刚", "笑死 ", "你知道吗 ", "今天"],
           ["我们组那个实习生", "楼下的张阿姨", "小雅", "隔壁那对小夫妻", "公司门口那家面馆", "我们小区物业", "产品经理", "地铁上一个大爷", "团子", "我那个高中同学"],
           ["又迟到了", "要结婚了", "把电梯卡坏了", "关门了", "涨价了两块", "在群里发了个长文", "被领导当众夸了", "买了辆新能源车", "在工位上睡着了", "辞职去大理了", "养了只柯基"],
           ["", "哈哈哈", "😂", "离谱", "，服了", "，羡慕", "。。", "🤣", "，绝了"])
ZH_REPLY = ["真的假的", "哈哈哈哈", "离谱", "啊？", "好家伙", "然后呢", "笑死", "羡慕", "正常", "[捂脸]", "666", "不会吧"]


def t_news(rng, d, a="u", b="c"):
    lines = [(a, news_line(rng, *ZH_NEWS)), (b, rng.choice(ZH_REPLY))]
    if rng.random() < 0.5:
        lines.append((a, news_line(rng, *ZH_NEWS)))
    return lines


def t_wife(rng, d):
    k = rng.randrange(15)
    if k >= 12:
        return t_news(rng, d, *(("u", "c") if k != 14 else ("c", "u")))
    food = R(rng, "火锅", "冒菜", "串串", "钵钵鸡", "麻辣烫", "面", "兔头", "烤鱼", "肥肠粉", "抄手")
    if k == 0:
        return [("c", R(rng, "下班没", "几点回来", "今天加班不", "还在公司？")),
                ("u", R(rng, "还要一会儿", "快了快了", "今天要晚点 需求又改了😩", "刚下楼", "在等地铁")),
                ("c", R(rng, "好吧", "那我先吃了哈", f"我想吃{food}", "回来带瓶酱油", "👌")),
                ("u", R(rng, "好", "嗯嗯", "ok", "收到老婆大人", "行 我带"))]
    if k == 1:
        return [("u", R(rng, "晚上吃啥", "中午吃了啥", "今晚想吃啥子")),
                ("c", R(rng, food, f"{food}吧", "随便", "你定", f"楼下那家{food}")),
                ("u", R(rng, "又是随便😂", "好 我订位置", "可以", "要得", "那我点外卖了")),
                ("c", R(rng, "嘿嘿", "❤️", "要微辣", "不要香菜!!", "多加点藕片"))]
    if k == 2:
        return [("c", R(rng, "团子今天又把沙发抓了", "团子吐了 毛球", "团子猫粮快没了", "你看团子[图片]")),
                ("u", R(rng, "这个崽崽", "哈哈哈哈", "我下单了", "啥子哦 又抓", "好可爱")),
                ("c", R(rng, "你来收拾", "气死我了", "要那个三文鱼味的", "😂😂"))]
    if k == 3:
        return [("u", R(rng, "周末去哪耍", "周六有空没", "周末要不要去青城山", "周末回你妈那边吃饭不")),
                ("c", R(rng, "看天气吧", "我想睡懒觉", "好呀", "周六我约了小雅逛街", "去太古里嘛")),
                ("u", R(rng, "那周日", "行", "ok那就在家躺", "要得", "那我开车")),
                ("c", R(rng, "好", "么么哒", "嗯", "🥰"))]
    if k == 4:
        return [("u", R(rng, "想你了", "老婆在干嘛", "今天好累", "开会开到现在")),
                ("c", R(rng, "我也是", "在追剧", "辛苦了宝", "抱抱", "摸摸头")),
                ("u", R(rng, "嘿嘿", "😘", "回来给我捶背", "爱你"))]
    if k == 5:
        return [("c", R(rng, "快递到了没", "你买的啥快递这么大", "物业说有个快递在驿站")),
                ("u", R(rng, "我去拿", "键盘 嘿嘿", "给你买的惊喜", "显示器支架")),
                ("c", R(rng, "又乱花钱", "???", "最好是", "行吧"))]
    if k == 6:
        return [("c", R(rng, "这个月房贷扣了没", "信用卡账单出来了你看下", "这个月钱好紧啊")),
                ("u", R(rng, "扣了 卡里就剩几百了", "还没 我先转进去", "花呗又要还了😭", "我想办法")),
                ("c", R(rng, "你少买点游戏皮肤", "唉", "要不跟我妈借点", "别再借呗了嘛")),
                ("u", R(rng, "知道了", "下个月发了工资就好了", "嗯 我把借呗先还一部分", "不借你妈的"))]
    if k == 7:
        return [("u", R(rng, "出门没带伞 淋成狗", "地铁好挤", "今天堵车堵死了 二环跟停车场一样", "二环又堵了")),
                ("c", R(rng, "活该😂", "叫你带伞", "打车嘛", "早点出门嘛")),
                ("u", R(rng, "哼", "唉", "明天开车", "..."))]
    if k == 8:
        return [("c", R(rng, "你妈打电话给我了", "我妈问过年回不回去", "我妈让我们周末过去吃饭")),
                ("u", R(rng, "说啥了", "回嘛", "好 我跟王总请个假", "问我干嘛")),
                ("c", R(rng, "问你工作累不累", "那我跟她说", "问我们啥时候要娃😅", "没啥 就唠嗑")),
                ("u", R(rng, "😂", "哈哈哈", "别理她", "好"))]
    if k == 9:
        return [("u", R(rng, "晚上看啥", "那个剧更新了没", "今晚早点睡")),
                ("c", R(rng, "繁花", "更了！", "你又熬夜打游戏", "好的嘛")),
                ("u", R(rng, "就打一把", "等我回来一起看", "嗯嗯"))]
    if k == 10:
        return [("c", R(rng, "[表情]", "[图片]", "哈哈哈哈哈你看这个", "笑死")),
                ("u", R(rng, "哈哈哈哈", "???", "绝了", "😂"))]
    return [("u", R(rng, "到公司了", "到家了", "出发了", "刚到楼下")), ("c", R(rng, "好", "嗯", "👌", "ok"))]


def t_mum(rng, d):
    k = rng.randrange(8)
    if k == 0:
        return [("c", R(rng, "远远吃饭没", "儿子 最近忙不忙", "天冷了多穿点", "这几天降温了")),
                ("u", R(rng, "吃了妈", "还好", "知道了", "嗯嗯 你们也是")),
                ("c", R(rng, "晓雯也要多穿点", "不要天天熬夜", "工作别太累了", "有空打个视频")),
                ("u", R(rng, "好", "晓得", "周末打给你", "嗯"))]
    if k == 1:
        return [("c", R(rng, "[语音]", "[语音]", "你爸血压量了都正常 放心", "今天去菜市场 肉又涨价了")),
                ("u", R(rng, "嗯嗯", "那就好", "你们注意身体", "妈我在开会 晚点说"))]
    if k == 2:
        return [("c", R(rng, "寄了点腊肉香肠 记得收", "给你们寄了柚子", "我晒的腊肉给你寄过来")),
                ("u", R(rng, "好 收到了", "太多了吃不完", "谢谢妈", "到了到了")),
                ("c", R(rng, "吃完再寄", "分点给晓雯她妈", "嗯"))]
    if k == 3:
        return [("c", R(rng, "过年回来不", "国庆回来不", "你们啥时候回绵阳")),
                ("u", R(rng, "回", "看情况 可能初二", "国庆要加班 回不来", "腊月二十八回")),
                ("c", R(rng, "好 我给你们收拾屋子", "那你爸要失望了", "开车慢点"))]
    if k == 4:
        return [("c", R(rng, "谢天谢地 你表哥总算找到工作了", "楼下又在卖保健品 骗老年人的", "你王阿姨的儿子结婚了")),
                ("u", R(rng, "那挺好", "别买哈", "哦", "嗯 替我说恭喜")),
                ("c", R(rng, "你们也抓紧", "我没买", "嗯"))]
    if k == 5:
        return [("u", R(rng, "妈 你微信运动咋天天两万步", "妈 那个链接是骗人的别点", "妈你手机又卡了？")),
                ("c", R(rng, "跳广场舞嘛", "哦哦", "你回来帮我弄", "是吗 我转发了好几个群")),
                ("u", R(rng, "厉害", "😂", "下次别转", "好"))]
    if k == 6:
        return [("c", R(rng, "钱够不够用", "你们房贷压力大不大")),
                ("u", R(rng, "够 别操心", "还行", "有点紧 但是没事")),
                ("c", R(rng, "不够跟妈说", "省着点花", "唉"))]
    return [("c", R(rng, "早", "[表情]", "晚安", "转发：《这些食物千万不能一起吃》")), ("u", R(rng, "嗯", "好", "晚安妈"))]


def t_fat(rng, d):
    k = rng.randrange(10)
    if k >= 8:
        return t_news(rng, d, *(("u", "c") if k == 8 else ("c", "u")))
    if k == 0:
        return [("c", R(rng, "开黑不", "上号", "今晚排位？", "来一把")),
                ("u", R(rng, "等我十分钟", "来", "今天不行 老婆在", "等我洗完澡", "马上")),
                ("c", R(rng, "快点", "我先开了", "你又坑我", "速度")),
                ("u", R(rng, "来了来了", "稳住", "这把我打野", "666"))]
    if k == 1:
        return [("u", R(rng, "昨天那把太坑了", "我王者了!!", "我又掉星了😭", "新赛季皮肤好丑")),
                ("c", R(rng, "哈哈哈菜", "牛逼", "你那个亚瑟是真的菜", "别买了 钱留着还花呗")),
                ("u", R(rng, "滚", "哈哈", "下次带你飞", "你懂个锤子"))]
    if k == 2:
        return [("c", R(rng, "周五喝酒", "周末吃串串", "出来撸串", "老地方 九眼桥")),
                ("u", R(rng, "走起", "看老婆批不批", "几点", "不去了 最近穷")),
                ("c", R(rng, "八点", "耙耳朵", "我请客", "哈哈哈"))]
    if k == 3:
        return [("u", R(rng, "黑神话你通关没", "steam打折了", "新出那个游戏你玩没")),
                ("c", R(rng, "二周目了", "买了还没玩", "卡关了 虎先锋打不过", "没钱买")),
                ("u", R(rng, "菜", "我也卡那儿", "下周一起研究", "我昨天打到凌晨"))]
    if k == 4:
        return [("c", R(rng, "你们公司还招人不", "我们组又有人跑路了", "今天又被领导骂")),
                ("u", R(rng, "在招 我问下王总", "正常", "唉 打工人", "跳嘛")),
                ("c", R(rng, "帮我问问", "不跳 怕了", "行"))]
    if k == 5:
        return [("u", R(rng, "在？", "兄弟", "胖子")), ("c", R(rng, "咋了", "说", "在")),
                ("u", R(rng, "没事 就问问你周末在不在成都", "帮我个忙 明天帮我取个快递", "你车借我一天")),
                ("c", R(rng, "在", "行", "可以 油加满哈"))]
    if k == 6:
        return [("c", R(rng, "你看那个视频没", "哈哈哈哈哈", "[链接]")), ("u", R(rng, "笑死", "看了", "绝", "??"))]
    return [("u", R(rng, "睡了", "明天说", "🐶")), ("c", R(rng, "好", "晚安", "🐷"))]


def t_boss(rng, d):
    k = rng.randrange(6)
    if k == 0:
        return [("c", R(rng, "小李 那个接口今天能上线吗", "思远 下午三点开个会", "周报发我一下", "客户那边又提需求了")),
                ("u", R(rng, "可以 下午提测", "好的王总", "收到", "马上发", "好的 我看下影响范围")),
                ("c", R(rng, "好", "尽快", "辛苦", "👍"))]
    if k == 1:
        return [("u", R(rng, "王总 明天请半天假可以吗", "王总 测试环境挂了", "王总 需求文档我改完了")),
                ("c", R(rng, "可以 OA上提一下", "找运维", "好 我晚点看")),
                ("u", R(rng, "好的谢谢王总", "好的", "嗯嗯"))]
    if k == 2:
        return [("c", R(rng, "隔壁组那个事你别掺和", "这次评级你心里有数", "年底述职准备一下")),
                ("u", R(rng, "明白", "好的 王总", "收到 谢谢王总提醒")),
                ("c", R(rng, "嗯", "好好干", "👌"))]
    if k == 3:
        return [("c", R(rng, "线上报警了 看一下", "生产库慢查询 查一下", "这个bug谁写的")),
                ("u", R(rng, "在看了", "定位到了 是缓存的问题", "马上回滚", "我的锅 马上修")),
                ("c", R(rng, "好", "修完说一声", "下次注意"))]
    if k == 4:
        return [("u", R(rng, "王总 方案发您邮箱了", "王总 排期表更新了")), ("c", R(rng, "收到", "好"))]
    return [("c", R(rng, "明天九点半站会", "周五团建 别请假")), ("u", R(rng, "好的", "收到"))]


LIU = angry_messages(
    random.Random(101),
    ["说句实话，", "我真是服了，", "你们看新闻没有？", "气死我了！", "又来了，", "凭什么啊，", "笑死，", "我就问一句，", "讲真的，", "烦死了！", ""],
    ["现在这个房价", "那些开发商", "地方政府", "这帮当官的", "烂尾楼的事", "延迟退休", "社保", "教育减负", "我们这边的物业费和公摊", "房地产税", "专家又出来说话了", "城管"],
    ["就是在割韭菜", "把老百姓当傻子", "一个都不管", "全是形式主义", "说话跟放屁一样", "交了钱连个响都听不到", "根本不管普通人死活", "只会喊口号", "就会往我们身上摊", "出了事就踢皮球", "贷款买的房到现在还是个坑", "越改越烂"],
    ["真的忍不了了", "这日子没法过", "你们还笑得出来？", "迟早要出大事", "我就说到这儿", "别劝我", "🤬", "😡😡", "谁爱信谁信", "心寒"],
    95, zh=True)


def t_group(rng, d, liu_q):
    k = rng.randrange(6)
    who = rng.choice(["jie", "min", "fat", "wei"])
    if liu_q and rng.random() < 0.55:
        lines = [("liu", liu_q.pop())]
        if rng.random() < 0.5:
            lines.append((rng.choice(["jie", "min", "wei"]), R(rng, "老刘又来了", "刘哥消消气", "群里别聊这个", "……", "少说两句", "吃瓜")))
        if rng.random() < 0.3 and liu_q:
            lines.append(("liu", liu_q.pop()))
        if rng.random() < 0.3:
            lines.append(("u", R(rng, "哈哈 打住打住", "来聊点开心的", "周末约饭不")))
        return lines
    if k == 0:
        return [(who, R(rng, "周末有人聚不", "谁在成都 约饭", "元旦回学校看看不")),
                ("u", R(rng, "我可以", "+1", "看情况", "周六行")),
                (rng.choice(["jie", "min", "wei"]), R(rng, "+1", "我在深圳回不来", "带家属不", "去哪吃"))]
    if k == 1:
        return [(who, R(rng, "[图片]", "[链接] 这个好好笑", "我儿子会走路了", "我升职了哈哈")),
                ("u", R(rng, "恭喜", "哈哈哈", "牛", "666")),
                (rng.choice(["jie", "min", "wei", "fat"]), R(rng, "恭喜恭喜", "发红包", "👍"))]
    if k == 2:
        return [(who, R(rng, "[红包]", "[红包] 新年快乐", "[红包] 大吉大利")), ("u", R(rng, "谢谢老板", "抢到两毛😂", "手慢了"))]
    if k == 3:
        return [("u", R(rng, "有人玩王者吗 拉个群", "有没有人知道哪里修车靠谱", "谁家有猫砂推荐")),
                (who, R(rng, "我", "胖子呗", "我知道一家 私聊", "用豆腐砂"))]
    if k == 4:
        return [(who, R(rng, "早", "早上好", "周一综合症")), (rng.choice(["jie", "min"]), R(rng, "早", "[表情]"))]
    return [(who, R(rng, "最近好忙", "又加班", "好想辞职")), ("u", R(rng, "同", "加油", "打工人"))]


# ------------------------------------------------------------------ build chats
def build(out_dir):
    rng = random.Random(20240901)
    P = Planter()
    chats = {k: Chat(v["title"], {"u": USER, "c": v["title"]}) for k, v in C.items()}
    grp = Chat(GROUP["title"], {"u": USER, **{k: v[0] for k, v in GM.items()}})
    liu_q = list(LIU)
    rng.shuffle(liu_q)
    freq = {"wife": (2.6, t_wife), "mum": (0.55, t_mum), "fat": (0.7, t_fat), "boss": (0.45, t_boss)}
    slots_work = [(3, hm("07:40"), hm("08:50")), (4, hm("12:00"), hm("13:30")), (3, hm("14:00"), hm("18:00")), (6, hm("18:30"), hm("23:30")), (2, hm("23:30"), hm("23:55"))]
    for d in days(START, END):
        weekend = d.weekday() >= 5
        for key, (lam, fn) in freq.items():
            if key == "boss" and weekend and rng.random() < 0.8:
                continue
            n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
            for _ in range(n):
                st = pick_start(rng, slots_work)
                if key == "wife" and rng.random() < 0.12:
                    st = rng.randint(hm("00:05"), hm("00:45"))  # late-night messages
                place_session(chats[key], rng, d, st, vary_lines(rng, fn(rng, d), True), SLEEP)
        if rng.random() < 0.9:
            for _ in range(1 + (rng.random() < 0.4)):
                place_session(grp, rng, d, pick_start(rng, slots_work), vary_lines(rng, t_group(rng, d, liu_q), True), SLEEP)
    assert len(LIU) - len(liu_q) >= 80, (len(LIU), len(liu_q))

    # ---------------- planted conversations
    def plant(chat, y, mo, dd, h, mi, lines):
        place_session(chat, rng, datetime(y, mo, dd, tzinfo=TZ), h * 60 + mi, lines, SLEEP)

    wf = "聊天记录/老婆/老婆_utf8.csv"
    mf = "聊天记录/妈/妈_utf8.csv"
    ff = "聊天记录/胖子/胖子_utf8.csv"
    bf = "聊天记录/王总/王总_utf8.csv"
    gf = f"聊天记录/{GROUP['title']}/{GROUP['title']}_utf8.csv"
    home_label = "成都市武侯区玉林北路88号"
    work_label = "成都市高新区天府大道中段1268号天府软件园D区"
    # location shares: home (evenings) and work (mornings), spread over months
    for i, (mo, dd) in enumerate([(9, 3), (9, 19), (10, 11), (10, 24), (11, 6), (11, 20), (12, 4), (12, 18), (1, 8), (1, 15)]):
        y = 2025 if mo == 1 else 2024
        plant(chats["wife"], y, mo, dd, 8, 52 + i % 5, [("u", "到公司了"), ("u", "[位置]", "loc", {"lat": WORK[0] + rng.uniform(-3e-4, 3e-4), "lon": WORK[1] + rng.uniform(-3e-4, 3e-4), "label": work_label, "poi": "天府软件园D5"})])
        plant(chats["wife"], y, mo, dd, 19, 40 + i % 7, [("u", R(rng, "到小区门口了", "我到楼下了 下来拿东西", "回来了")), ("u", "[位置]", "loc", {"lat": HOME[0] + rng.uniform(-2e-4, 2e-4), "lon": HOME[1] + rng.uniform(-2e-4, 2e-4), "label": home_label, "poi": "玉林花园"})])
    plant(chats["fat"], 2024, 10, 2, 20, 10, [("c", "你家具体地址发我 给你寄螃蟹"), ("u", P.add(ff, "ADDRESS", HOME_ADDR) + " 李思远 " + P.add(ff, "PHONE_NUMBER", "138 0813 2476")), ("c", "好")])
    P.add(ff, "PERSON", "李思远")
    plant(chats["mum"], 2024, 12, 21, 20, 5, [("c", "你把身份证号发我 给你买回家的火车票"), ("u", "买两张哈 我的"), ("u", P.add(mf, "CN_RESIDENT_ID", USER_ID)), ("u", "晓雯的 " + P.add(mf, "CN_RESIDENT_ID", WIFE_ID[:6] + " " + WIFE_ID[6:14] + " " + WIFE_ID[14:])), ("c", "好 买好了 腊月二十八 G8701"), ("u", "谢谢妈")])
    plant(chats["mum"], 2024, 9, 14, 18, 30, [("c", "妈的新地址记一下 寄东西用"), ("c", P.add(mf, "ADDRESS", "四川省绵阳市涪城区临园路东段45号2单元301室") + " 王秀英 " + P.add(mf, "PHONE_NUMBER", "139-0816-5532")), ("u", "好 存了")])
    P.add(mf, "PERSON", "王秀英")
    plant(chats["wife"], 2024, 11, 12, 21, 3, [("c", "你卡号多少 我转你"), ("u", P.add(wf, "CN_BANK_CARD", " ".join(USER_CARD[i:i + 4] for i in range(0, 16, 4)))), ("u", "招行的"), ("c", "转了 先把花呗还上")])
    plant(chats["wife"], 2024, 10, 27, 22, 12, [("u", "花呗逾期了 今天收到短信说要上征信"), ("c", "啊？？不是说上个月还了吗"), ("u", "只还了最低 这个月工资不够"), ("c", "借呗那边还欠多少"), ("u", "还有一万二"), ("c", "你别再借了 我们一起想办法"), ("u", "嗯 对不起老婆")])
    plant(chats["wife"], 2024, 12, 9, 12, 44, [("u", "信用卡自动还款失败了 卡里钱不够"), ("c", "唉 我先给你转两千"), ("u", "嗯 发工资还你")])
    plant(chats["fat"], 2024, 11, 3, 21, 40, [("u", "兄弟 能不能借我三千 下个月十号还你"), ("c", "咋了"), ("u", "信用卡和花呗撞一起了 周转不过来"), ("c", "行 转你了 不急"), ("u", "谢了兄弟 🙏")])
    plant(chats["fat"], 2024, 12, 12, 20, 15, [("u", "三千还你了 收一下"), ("c", "收到")])
    plant(chats["wife"], 2024, 9, 25, 18, 2, [("c", "我的卡号给你 帮我交下物业费 " + P.add(wf, "CN_BANK_CARD", WIFE_CARD)), ("u", "好")])
    plant(chats["boss"], 2024, 9, 5, 10, 15, [("c", "入职材料再发一份给HR 邮箱 hr@yunfan-data.example.com"), ("u", "好的 我邮箱是 " + P.add(bf, "EMAIL_ADDRESS", USER_EMAIL)), ("c", "嗯")])
    P.add(bf, "EMAIL_ADDRESS", "hr@yunfan-data.example.com")
    plant(chats["boss"], 2024, 10, 16, 11, 20, [("c", "我车牌报给物业了 你帮我登记下访客车位"), ("u", "您车牌多少"), ("c", P.add(bf, "LICENSE_PLATE", "川A·D3M81")), ("u", "好的 我的也登记了 " + P.add(bf, "LICENSE_PLATE", PLATE))])
    plant(chats["boss"], 2024, 11, 28, 17, 50, [("c", "部门里站队的事你别参与 办公室政治没意思"), ("u", "明白 我只管写代码"), ("c", "对")])
    plant(chats["fat"], 2024, 9, 8, 21, 0, [("c", "我微信号换了 加我新号 " + P.add(ff, "WECHAT_ID", "haozi_zh1995")), ("u", "加了"), ("u", "我的是 " + P.add(ff, "WECHAT_ID", USER_WXNO) + " 你一直没备注😂")])
    plant(chats["wife"], 2024, 10, 5, 15, 30, [("u", "今天去文殊院吃素面 人好多"), ("c", "拍照了没 我要看"), ("u", "[图片]"), ("c", "我的天 排队这么长"), ("u", "就当逛景点了")])
    plant(chats["fat"], 2024, 10, 20, 22, 30, [("c", "楼下彩票站又在打广告 双色球一千万"), ("u", "我从来不买 概率太低"), ("c", "我也是 哈哈")])
    plant(chats["wife"], 2024, 11, 1, 23, 20, [("u", "加班头都要炸了"), ("c", "早点睡 别熬了"), ("u", "嗯 明天体检 都正常的话就放心了"), ("c", "肯定正常")])
    plant(chats["wife"], 2024, 11, 8, 19, 0, [("u", "体检报告出来了 都正常"), ("c", "那就好")])
    plant(grp, 2024, 9, 10, 20, 0, [("min", "班长统计一下 毕业十周年聚会 手机号报一下"), ("u", P.add(gf, "PHONE_NUMBER", "+86 138 0813 2476") + " 李思远"), ("jie", "周杰 " + P.add(gf, "PHONE_NUMBER", "186-2817-0934")), ("liu", "刘志强 " + P.add(gf, "PHONE_NUMBER", "15982214406"))])
    for n in ("李思远", "周杰", "刘志强"):
        P.add(gf, "PERSON", n)

    # system lines (recalls, pats) are not messages and never count
    for i, (mo, dd) in enumerate([(9, 17), (10, 30), (12, 1), (1, 20)]):
        y = 2025 if mo == 1 else 2024
        plant(chats["wife"], y, mo, dd, 21, 10 + i, [("u", "你撤回了一条消息", "system"), ("u", "发错了")])
        plant(chats["wife"], y, mo, dd + 1, 22, 5, [("c", '"晓雯Wendy" 拍了拍我', "system"), ("c", "干嘛不理我")])
    plant(grp, 2024, 9, 1, 9, 0, [("jie", '"周杰"邀请"李思远"加入了群聊', "system")])
    plant(chats["wife"], 2024, 11, 23, 10, 30, [("c", "买菜清单：\n1. 牛肉\n2. 莴笋\n3. 豆瓣酱\n4. 团子的猫砂"), ("u", "收到 我下班去盒马")])
    for ch in chats.values():
        ch.sort()
    grp.sort()

    files = {}
    for key, ch in chats.items():
        info = C[key]
        files[f"聊天记录/{info['title']}/{info['title']}_utf8.csv"] = memotrace_csv(ch, info, False)
    files[gf] = memotrace_csv(grp, {"title": GROUP["title"], "wxid": GROUP["wxid"], "nick": GROUP["title"]}, True)
    for path, text in files.items():
        write_text(f"{out_dir}/{path}", text, encoding="utf-8-sig", newline="\r\n")
    for key, info in C.items():
        P.add(f"聊天记录/{info['title']}/{info['title']}_utf8.csv", "WECHAT_ID", info["wxid"])
        P.add(f"聊天记录/{info['title']}/{info['title']}_utf8.csv", "WECHAT_ID", USER_WXID)
    P.add(gf, "WECHAT_ID", GM["liu"][1])
    P.add(bf, "PERSON", "王建国")

    payments(out_dir, rng, P)
    counts = {C[k]["title"]: ch.count_non_system() for k, ch in chats.items()}
    total = sum(counts.values()) + grp.count_non_system()
    return P, counts, total, grp


def memotrace_csv(ch, info, is_group):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status", "StrContent", "StrTime", "Remark", "NickName", "Sender"])
    for i, (dt, who, text, kind, extra) in enumerate(ch.msgs, 1):
        typ = 1
        content = text
        if kind == "loc":
            typ = 48
            content = (f'<?xml version="1.0"?>\n<msg>\n\t<location x="{extra["lat"]:.6f}" y="{extra["lon"]:.6f}" scale="16" '
                       f'label="{extra["label"]}" maptype="0" poiname="{extra["poi"]}" poiid="" />\n</msg>')
        elif kind == "system":
            typ = 10000
        elif text in ("[图片]",):
            typ, content = 3, ""
        elif text == "[语音]":
            typ, content = 34, ""
        elif text == "[表情]":
            typ, content = 47, ""
        if is_group:
            sender = USER_WXID if who == "u" else GM[who][1]
        else:
            sender = USER_WXID if who == "u" else info["wxid"]
        if kind == "system":
            sender = ""
        is_sender = 1 if (who == "u" and kind != "system") else 0
        w.writerow([i, info["wxid"], typ, 0, is_sender, epoch(dt), 2 if is_sender else 0, content,
                    dt.strftime("%Y-%m-%d %H:%M:%S"), info["title"], info["nick"], sender])
    return buf.getvalue()


# ------------------------------------------------------------------ payments
def payments(out_dir, rng, P):
    alipay_rows, wx_rows, cmb_rows = [], [], []
    bal = 1210.55
    for d in days(START, END):
        # daily spending
        for _ in range(rng.randint(1, 3)):
            t = d.replace(hour=rng.choice([8, 12, 12, 13, 18, 19, 20, 21]), minute=rng.randint(0, 59), second=rng.randint(0, 59))
            cat, who, item, amt = rng.choice([
                ("餐饮美食", "成都市武侯区某某冒菜店", "收款", rng.uniform(18, 45)),
                ("餐饮美食", "瑞幸咖啡", "生椰拿铁", rng.choice([9.9, 13.0, 16.0])),
                ("交通出行", "成都地铁", "地铁出行", rng.choice([3.0, 4.0, 5.0])),
                ("交通出行", "滴滴出行", "快车", rng.uniform(15, 48)),
                ("日用百货", "美团买菜", "生鲜订单", rng.uniform(30, 120)),
                ("餐饮美食", "美团外卖", "外卖订单", rng.uniform(25, 70)),
                ("充值缴费", "中国移动", "话费充值", 50.0)])
            if rng.random() < 0.5:
                alipay_rows.append([t, cat, who, "/", item, "支出", f"{amt:.2f}", "花呗", "交易成功"])
            else:
                wx_rows.append([t, "商户消费", who, item, "支出", f"¥{amt:.2f}", "零钱", "支付成功"])
    # salary, rent, loans in CMB
    y, m = 2024, 9
    while (y, m) <= (2025, 1):
        pay = datetime(y, m, 10, 10, 3, 11, tzinfo=TZ)
        while pay.weekday() >= 5:
            pay -= timedelta(days=1)
        cmb_rows.append((pay, SALARY, "", "代发工资", EMPLOYER))
        cmb_rows.append((datetime(y, m, 12, 7, 50, 2, tzinfo=TZ), "", "6832.40", "个人贷款还款", "住房贷款还款 玉林花园3-2-1504"))
        cmb_rows.append((datetime(y, m, 15, 9, 12, 40, tzinfo=TZ), "", "2000.00", "转账汇款", "转给 王秀英"))
        cmb_rows.append((datetime(y, m, 20, 9, 0, 5, tzinfo=TZ), "", f"{rng.uniform(2800, 3600):.2f}", "网联快捷支付", "支付宝-花呗还款"))
        if (y, m) != (2024, 12):
            cmb_rows.append((datetime(y, m, 9, 8, 0, 0, tzinfo=TZ) + timedelta(days=1 if m == 9 else 0), "", f"{rng.uniform(5600, 7400):.2f}", "信用卡还款", "招商银行信用卡自动还款"))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    cmb_rows.append((datetime(2024, 10, 25, 14, 2, 31, tzinfo=TZ), "20000.00", "", "网联收款", "支付宝-蚂蚁借呗放款"))
    cmb_rows.append((datetime(2024, 11, 5, 9, 10, 0, tzinfo=TZ), "3000.00", "", "转账汇款", "张浩 转入"))
    cmb_rows.append((datetime(2024, 12, 9, 8, 0, 0, tzinfo=TZ), "", "0.00", "信用卡还款", "招商银行信用卡自动还款失败 余额不足"))
    cmb_rows.append((datetime(2024, 12, 9, 12, 50, 0, tzinfo=TZ), "2000.00", "", "转账汇款", "陈晓雯 转入"))
    cmb_rows.append((datetime(2024, 12, 12, 20, 16, 0, tzinfo=TZ), "", "3000.00", "转账汇款", "转给 张浩 还款"))
    cmb_rows.sort()
    # Alipay extra rows: borrowing, overdue
    alipay_rows += [
        [datetime(2024, 10, 25, 14, 2, 30, tzinfo=TZ), "信用借还", "蚂蚁借呗", "/", "借呗放款", "不计收支", "20000.00", f"招商银行储蓄卡({USER_CARD[-4:]})", "放款成功"],
        [datetime(2024, 10, 27, 9, 0, 0, tzinfo=TZ), "信用借还", "花呗", "/", "花呗逾期费", "支出", "37.42", "余额宝", "交易成功"],
        [datetime(2024, 11, 25, 9, 0, 0, tzinfo=TZ), "信用借还", "蚂蚁借呗", "/", "借呗还款-第1期", "不计收支", "1783.30", f"招商银行储蓄卡({USER_CARD[-4:]})", "还款成功"],
        [datetime(2024, 12, 25, 9, 0, 0, tzinfo=TZ), "信用借还", "蚂蚁借呗", "/", "借呗还款-第2期", "不计收支", "1783.30", f"招商银行储蓄卡({USER_CARD[-4:]})", "还款失败"],
        [datetime(2024, 9, 22, 15, 20, 0, tzinfo=TZ), "转账红包", "陈晓雯", "cxw0823@example.net", "转账", "支出", "520.00", "余额宝", "交易成功"],
    ]
    wx_rows += [
        [datetime(2024, 9, 14, 22, 40, 0, tzinfo=TZ), "商户消费", "腾讯天游", "王者荣耀-点券充值", "支出", "¥128.00", "零钱", "支付成功"],
        [datetime(2024, 10, 19, 23, 5, 0, tzinfo=TZ), "商户消费", "腾讯天游", "王者荣耀-点券充值", "支出", "¥328.00", "零钱", "支付成功"],
        [datetime(2024, 11, 30, 21, 12, 0, tzinfo=TZ), "商户消费", "腾讯天游", "王者荣耀-战令", "支出", "¥68.00", "零钱", "支付成功"],
        [datetime(2024, 9, 28, 20, 1, 0, tzinfo=TZ), "商户消费", "Steam", "黑神话：悟空 DLC", "支出", "¥98.00", f"招商银行({USER_CARD[-4:]})", "支付成功"],
        [datetime(2024, 11, 3, 21, 55, 0, tzinfo=TZ), "转账", "浩子", "/", "收入", "¥3000.00", "/", "已存入零钱"],
        [datetime(2024, 12, 12, 20, 15, 0, tzinfo=TZ), "转账", "浩子", "/", "支出", "¥3000.00", "零钱", "对方已收钱"],
        [datetime(2024, 10, 2, 19, 0, 0, tzinfo=TZ), "商户消费", "成都市武侯区玉林花园物业服务中心", "物业费", "支出", "¥612.00", "零钱", "支付成功"],
    ]
    for mo, dd in [(9, 12), (10, 9), (10, 31), (11, 14), (12, 5), (12, 26), (1, 9), (1, 23)]:
        y = 2025 if mo == 1 else 2024
        t = datetime(y, mo, dd, 8, rng.randint(10, 25), rng.randint(0, 59), tzinfo=TZ)
        alipay_rows.append([t, "交通出行", "滴滴出行", "/", "快车-玉林北路88号玉林花园→天府软件园D区", "支出", f"{rng.uniform(34, 46):.2f}", "花呗", "交易成功"])
        t = datetime(y, mo, dd, 21, rng.randint(30, 55), rng.randint(0, 59), tzinfo=TZ)
        alipay_rows.append([t, "交通出行", "滴滴出行", "/", "快车-天府软件园D区→玉林花园(北门)", "支出", f"{rng.uniform(34, 52):.2f}", "花呗", "交易成功"])
    alipay_rows.sort(key=lambda r: r[0])
    wx_rows.sort(key=lambda r: r[0])

    # Alipay (GBK, padded, trailing comma)
    af = "支付宝/alipay_record_20250203_101245.csv"
    inc = sum(float(r[6]) for r in alipay_rows if r[5] == "收入")
    exp = sum(float(r[6]) for r in alipay_rows if r[5] == "支出")
    lines = ["------------------------------------------------------------------------------------",
             "导出信息：", f"姓名：{USER}", f"支付宝账户：{USER_PHONE}",
             "起始时间：[2024-09-01 00:00:00]    终止时间：[2025-01-31 23:59:59]",
             "导出交易类型：[全部]", "导出时间：[2025-02-03 10:12:45]", f"共{len(alipay_rows)}笔记录",
             f"收入：{sum(1 for r in alipay_rows if r[5]=='收入')}笔 {inc:.2f}元",
             f"支出：{sum(1 for r in alipay_rows if r[5]=='支出')}笔 {exp:.2f}元",
             f"不计收支：{sum(1 for r in alipay_rows if r[5]=='不计收支')}笔 {sum(float(r[6]) for r in alipay_rows if r[5]=='不计收支'):.2f}元",
             "", "特别提示：",
             "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或者其他原因，可能导致交易未成功；",
             "2.请勿将本回单作为收款方发货的凭据使用，请查询账户实际到账情况；",
             "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
             "4.本回单如经任何涂改、编造，均立即失去效力；",
             "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
             "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
             "7.禁止将本回单用于非法用途；", "8.本明细仅展示当前账单中的交易，不包括已删除的记录；", "9.本明细仅供个人对账使用。", "",
             "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
             "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,"]
    for i, r in enumerate(reversed(alipay_rows)):
        oid = f"{r[0]:%Y%m%d}22001{rng.randrange(10**13):013d}"
        cells = [r[0].strftime("%Y-%m-%d %H:%M:%S"), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]]
        padded = [c.ljust(len(c) + 1) for c in cells] + [oid + "\t", (f"T200P{rng.randrange(10**18):018d}" if r[1] != "信用借还" else "") + "\t", ""]
        lines.append(",".join(padded) + ",")
    write_text(f"{out_dir}/{af}", "\n".join(lines) + "\n", encoding="gbk", newline="\r\n")
    P.add(af, "PERSON", USER)
    P.add(af, "PHONE_NUMBER", USER_PHONE)
    P.add(af, "EMAIL_ADDRESS", "cxw0823@example.net")
    P.add(af, "PERSON", "陈晓雯")

    # WeChat Pay (UTF-8, 16-line preamble)
    wf = "微信支付/微信支付账单(20240901-20250131).csv"
    wl = ["微信支付账单明细,,,,,,,,,,", f"微信昵称：[{USER_WXNO}],,,,,,,,,,",
          "起始时间：[2024-09-01 00:00:00] 终止时间：[2025-01-31 23:59:59],,,,,,,,,,", "导出类型：[全部],,,,,,,,,,",
          "导出时间：[2025-02-03 10:20:17],,,,,,,,,,", ",,,,,,,,,,", f"共{len(wx_rows)}笔记录,,,,,,,,,,",
          f"收入：{sum(1 for r in wx_rows if r[4]=='收入')}笔 {sum(float(r[5][1:]) for r in wx_rows if r[4]=='收入'):.2f}元,,,,,,,,,,",
          f"支出：{sum(1 for r in wx_rows if r[4]=='支出')}笔 {sum(float(r[5][1:]) for r in wx_rows if r[4]=='支出'):.2f}元,,,,,,,,,,",
          "中性交易：0笔 0.00元,,,,,,,,,,", "注：,,,,,,,,,,",
          "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,,,",
          "2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,,,", "3. 本明细仅供个人对账使用,,,,,,,,,,", ",,,,,,,,,,",
          "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
          "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"]
    for i, r in enumerate(reversed(wx_rows)):
        tid = f"4200002{rng.randrange(10**21):021d}"
        wl.append(",".join([r[0].strftime("%Y-%m-%d %H:%M:%S"), r[1], r[2], r[3], r[4], r[5], r[6], r[7], tid + "\t", ("/" if r[1] == "转账" else f"{rng.randrange(10**16):016d}") + "\t", "/"]))
    write_text(f"{out_dir}/{wf}", "\n".join(wl) + "\n", encoding="utf-8")
    P.add(wf, "WECHAT_ID", USER_WXNO)

    # CMB debit card statement (GBK)
    cf = "招商银行/CMB_一卡通交易流水_20240901-20250131.csv"
    cl = ["# 招商银行交易记录", f"# 账    号: [一卡通:{USER_CARD}]", f"# 户    名: [{USER}]", "# 币    种: [人民币]",
          "# 起始日期: [20240901]   终止日期: [20250131]", "# 导出时间: [2025-02-03 10:25:36]", "",
          "交易日期,交易时间,收入,支出,余额,交易类型,交易备注"]
    for dt, inc_, out_, typ, note in cmb_rows:
        if inc_:
            bal += float(inc_)
        if out_:
            bal -= float(out_)
        cl.append(f'"\t{dt:%Y%m%d}","\t{dt:%H:%M:%S}",{inc_},{out_},{bal:.2f},{typ},{note}')
    cl += ["", f"# 收入合计: {sum(float(r[1]) for r in cmb_rows if r[1]):.2f}  支出合计: {sum(float(r[2]) for r in cmb_rows if r[2]):.2f}"]
    write_text(f"{out_dir}/{cf}", "\n".join(cl) + "\n", encoding="gbk", newline="\r\n")
    P.add(cf, "CN_BANK_CARD", USER_CARD)
    P.add(cf, "PERSON", USER)
    P.add(cf, "PERSON", "王秀英")
    P.add(cf, "PERSON", "张浩")
    P.add(cf, "PERSON", "陈晓雯")


def ground_truth(P, counts, total):
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "description": "李思远, 28, backend developer in Chengdu; wife 陈晓雯, mother in Mianyang, gamer friend 张浩, boss 王总; "
                       "money trouble (花呗 overdue, 借呗 loan, failed card repayment, borrowing from a friend). "
                       f"{total} WeChat messages.",
        "timezone": "Asia/Shanghai",
        "user": {"names": [USER, "思远", "远远"], "phones": [USER_PHONE, "138 0813 2476", "+86 138 0813 2476"],
                 "emails": [USER_EMAIL], "handles": [USER_WXID, USER_WXNO]},
        "facts": {
            "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "成都"},
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "01:00", "end": "07:30", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "老婆", "relationship": "partner", "full_name": "陈晓雯"},
                {"name": "妈", "relationship": "mother", "full_name": "王秀英"},
                {"name": "胖子", "relationship": "close friend", "full_name": "张浩"},
                {"name": "王总", "relationship": "colleague", "full_name": "王建国"}],
            "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": False}, "gaming": {"value": True},
            "salary": {"amount": SALARY, "currency": "CNY", "payer": EMPLOYER, "period": "monthly"},
            "risky_contact": {"name": "老刘", "why": "posts 80+ distinct angry messages attacking the government, officials and property policy in the group chat"},
        },
    }
