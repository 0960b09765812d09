"""Persona cn_chengdu_hotpot: 蒋雪莲, 34, floor manager at a hotpot restaurant in 成都."""
import os
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from h20_common import build_chat, distinct_combos, spread_planted, collect_pii, write_gt, luhn_complete, cn_id_complete
from h20_cnfmt import memotrace_csv, alipay_csv, wechatpay_csv
from h20_loc import expand_visits, ondevice_timeline

PID = "cn_chengdu_hotpot"
TZ = "Asia/Shanghai"
START = datetime(2024, 3, 1)
NDAYS = 92
ME_WXID = "wxid_k2m8jxl0315q22"

LANDLORD_CARD = luhn_complete("622202440201556789")          # 19 digits
LANDLORD_CARD_SP = " ".join([LANDLORD_CARD[0:4], LANDLORD_CARD[4:8], LANDLORD_CARD[8:12], LANDLORD_CARD[12:16], LANDLORD_CARD[16:]])
SISTER_CARD = luhn_complete("621700381000224567")
MY_ID = cn_id_complete("51010719900315442")
MUM_ID = cn_id_complete("51010819630412062")

HOURS = [(9, 1), (10, 4), (11, 2), (12, 1), (14, 4), (15, 5), (16, 3), (17, 1), (19, 1), (20, 1),
         (21, 1), (22, 4), (23, 6), (0, 5)]
GROUP_HOURS = [(h, 2) for h in range(8, 24)]

PEOPLE = {
    "me": ("", "雪莲花🌸", ME_WXID),
    "gong": ("老公", "勇往直前", "wxid_r7zy2k91ab3c22"),
    "ma": ("妈", "桂芳", "wxid_lgf1963cd8812"),
    "mei": ("幺妹", "琴琴Qin", "wxid_jxq95_7hh21"),
    "jie": ("谢玉洁", "洁洁子", "wxid_xyj_chengdu91"),
    "peng": ("彭店长", "海波", "wxid_phb6632ks01"),
    "deng": ("邓素华房东", "邓阿姨", "wxid_dsh1958yl"),
}

# --------------------------------------------------------------- chats
GONG_ME = ["到家没得", "今天翻台翻惨了，脚都站肿了", "你吃饭没嘛", "宇宇作业写完没", "好嘛", "晓得了", "嗯嗯",
           "明天我轮休", "帮我把快递拿了撒", "冰箱头还有半把蒜苗", "你少喝点酒哈", "我下班了 等我", "哈哈哈哈哈",
           "今天来了桌客人硬是难缠", "老子累惨了", "莫等我了你们先睡", "空调遥控器在沙发缝缝头", "巴适",
           "买点鸡蛋回来", "你又在刷抖音", "宇宇明天要交班费五十", "周末回我妈那吃饭哈", "你把车开走没", "好好好",
           "今晚上店头好多人哦", "我手机要没电了", "你先洗澡", "等哈再说", "哪个喊你买的嘛", "要得"]
GONG_THEM = ["到了", "吃了 面", "写完了在打游戏 我喊他睡了", "好", "嗯", "晓得", "你几点下班", "我来接你嘛",
             "今天工地上热死", "宇宇考了92", "要得", "冰箱头没得菜了", "你妈打电话来了", "车子我开走了",
             "莫骂了嘛", "哈哈哈", "明天降温 多穿点", "早点回来", "我买了冒菜 给你留了", "好的老婆",
             "睡了没", "在楼下了", "今天发了个红包给宇宇老师 算了 没发", "你腰杆好点没", "周末去哪耍",
             "电费交了没", "锅盔吃不吃", "等你", "喊你莫那么拼"]
GONG_PLANT = [
    (2, "23:40", "me", "腰杆又痛起来了 弯都弯不下去"),
    (2, "23:52", "gong", "喊你去华西看你不去嘛"),
    (3, "10:05", "me", "挂到号了 后天上午骨科 骆医生的号"),
    (5, "14:20", "me", "片子出来了 腰椎间盘突出 L4 L5 骆医生说要做理疗"),
    (5, "14:22", "gong", "严不严重哦"),
    (5, "14:25", "me", "说暂时不用开刀 先做一个疗程理疗 每周两次 布洛芬先吃起"),
    (9, "22:45", "me", "今天又去玉林那个茶铺打了几圈 输了三百多 手气背得很"),
    (9, "22:47", "gong", "你少打点嘛 上个月输好多了"),
    (16, "23:10", "me", "血战到底 今天赢了四百 哈哈 春兰姐脸都黑了"),
    (20, "15:02", "gong", "川A8L2Q6 停在负一楼B区 钥匙在鞋柜上"),
    (27, "00:10", "me", "又输了 八百 莫跟我妈说哈"),
    (27, "00:12", "gong", "你这个麻将瘾硬是要戒一下了"),
    (33, "10:20", "me", "做完理疗了 针灸扎得我眼泪花都出来了"),
    (41, "23:05", "me", "我身份证号你帮我填一哈 510107199003154429 社区要登记"),
    (47, "22:58", "me", "今天一直坐起 腰杆又不对了 明天找彭哥请假"),
    (55, "23:30", "me", "周二约了老曾他们打麻将 三缺一 你来不来"),
    (55, "23:31", "gong", "不来 你也少打点"),
    (63, "10:15", "me", "骆医生说恢复得还可以 但是不能久站 我这个工作咋个不久站嘛"),
    (70, "23:48", "me", "今天手气好 自摸了三把 赢了六百二"),
    (78, "10:02", "me", "华西复查 药又开了一盒 塞来昔布"),
    (37, "23:15", "gong", "宇宇又在偷偷打王者荣耀 喊我给他充点券"),
    (37, "23:18", "me", "不得给他充 我又不耍游戏 搞不懂那些有啥好耍的"),
    (85, "23:20", "me", "这周麻将输了一千二 我心头也慌 下个月少打点"),
]
MA_ME = ["妈 吃饭没", "我今天上班", "周末回来吃饭", "你莫操心了", "晓得了妈", "好嘛", "娃儿乖得很",
         "你血压药按时吃没", "我给你买了件衣服", "天气冷了你多穿点", "嗯嗯", "我过两天来看你",
         "你莫一个人去爬山", "钱够不够用", "好的", "哈哈哈", "不得不得", "我腰杆好些了 你莫担心"]
MA_THEM = ["吃了", "你腰杆好点没得", "周末回来吃兔头不", "宇宇啥子时候放假", "我买了点腊肉给你们",
           "你少熬夜", "晓得了", "楼下王大爷住院了", "你幺妹好久没给我打电话了", "天天打麻将 要不得哦",
           "好", "嗯", "莫买衣服了 浪费钱", "你爸以前也是腰杆痛", "早点睡", "要得", "你们好久回来",
           "今天去菜市场 菜又涨价了"]
MA_PLANT = [
    (1, "10:30", "ma", "明天我跟你张嬢去文殊院烧香 给你们求个平安"),
    (1, "10:45", "me", "你去嘛 我不信这些 你们耍开心就好"),
    (6, "15:10", "ma", "骆医生咋个说的嘛 要不要紧"),
    (6, "15:20", "me", "腰椎间盘突出 先理疗 不开刀 妈你莫着急"),
    (12, "14:40", "me", "志勇换号了 158 2846 3390 你存一下"),
    (19, "10:20", "ma", "初一我去昭觉寺拜菩萨 你要不要一起"),
    (19, "10:35", "me", "我上班 去不了 你帮我烧柱香嘛"),
    (30, "15:05", "ma", "我的身份证号你帮我挂号用 " + MUM_ID),
    (30, "15:06", "me", "好 我帮你挂华西的号"),
    (44, "14:15", "ma", "你又在打麻将？你妈我都听说了"),
    (44, "14:30", "me", "耍一哈嘛 又没打好大"),
    (60, "10:10", "ma", "你弄的那个地址我记不到 再发一遍"),
    (60, "10:12", "me", "武侯区玉林北路17号玉林小区3栋2单元502 你打车就说玉林小区"),
    (75, "15:30", "ma", "今天在文殊院吃素斋 巴适得很"),
]
MEI_ME = ["幺妹 在干啥", "哈哈哈哈笑死", "你莫理他", "周末出来吃串串", "好嘛", "我今天累惨了",
          "你那个工作咋样了", "晓得了", "娃儿想你了", "给妈打个电话撒", "看到了", "要得要得", "🙄"]
MEI_THEM = ["姐", "上班摸鱼", "笑死我了", "好啊好啊", "这周加班", "房贷压得我喘不过气", "在",
            "你腰杆好点没", "晓得了", "我去春熙路逛街", "你店头还招人不", "哈哈", "明天再说"]
MEI_PLANT = [
    (4, "15:20", "mei", "我QQ号2876451903 你加一下 传文件方便"),
    (15, "16:10", "mei", "姐 能不能借我三千 这个月房贷还不上了"),
    (15, "16:15", "me", "转你了 不急着还"),
    (22, "22:40", "mei", "工资卡换了 建行的 " + SISTER_CARD + " 以后转这个"),
    (38, "23:15", "me", "今天又输了 莫跟妈说"),
    (38, "23:20", "mei", "你少打点麻将嘛 姐"),
    (50, "15:40", "mei", "我同事晓雨想加你 问你店头招不招人 她微信 chunlan_6688 不对 是 xiaoyu_cd1992"),
    (66, "14:55", "me", "腰杆做了理疗好多了 骆医生说还要坚持"),
]
JIE_ME = ["洁洁 出来耍", "走 吃火锅 我请你 员工价", "哈哈哈哈哈", "巴适得板", "晓得了", "你男朋友呢",
          "今天店头好忙哦", "莫说了 笑死", "好嘛好嘛", "明天轮休 约不约", "我在玉林路等你", "要得",
          "你那个包好看", "下班了 累死", "等哈 我在穿鞋"]
JIE_THEM = ["要得撒", "来了来了", "笑死我了", "你今天上不上班", "走嘛 去宽窄巷子", "我请你喝奶茶",
            "你腰杆咋样了", "巴适", "好", "晚上打麻将不", "周二有空没", "我到了", "哈哈哈", "你在哪",
            "我也是"]
JIE_PLANT = [
    (7, "15:10", "jie", "我换号了 177-8234-9051 旧的不用了"),
    (8, "15:30", "me", "周二下午玉林茶铺 血战 一块的底 来不来"),
    (8, "15:31", "jie", "来！带够钱哈 上次你欠我八十"),
    (14, "22:50", "me", "你上次说的那个中医推拿 地址发我一哈 腰杆痛得遭不住"),
    (14, "22:58", "jie", "青羊区宽巷子12号附2号 找刘师傅 说是我介绍的"),
    (23, "23:10", "me", "今天麻将桌上春兰姐跟老曾吵起来了 笑死"),
    (36, "15:45", "jie", "我姑妈信基督 天天喊我去教会 我都躲到"),
    (36, "15:50", "me", "哈哈 你躲嘛 我反正啥子都不信"),
    (52, "22:55", "me", "这个月麻将净输一千多 洁洁你喊我莫打了"),
    (67, "23:05", "jie", "周二来不来 差一个"),
    (67, "23:06", "me", "来 腰杆刚做完理疗 坐久了要起来走哈"),
    (80, "15:15", "me", "我今天在医院碰到骆文斌医生了 他喊我莫久坐打麻将 哈哈"),
]
PENG_ME = ["彭哥 今天几个包间订满了", "收到", "好的彭哥", "今天客诉那桌我处理了", "晓得了",
           "明天排班我发群头", "新来的服务员还要带", "毛肚又不够了", "好", "我下午两点到"]
PENG_THEM = ["明天十点半开会", "收到没", "今天营业额还可以", "周末人多 大家辛苦", "把卫生搞好",
             "毛肚鸭肠明天多备点", "好", "你安排", "辛苦了", "今晚上有个三十人的团"]
PENG_PLANT = [
    (5, "16:20", "me", "彭哥 我明天请个假 去华西做理疗 腰椎间盘突出"),
    (5, "16:25", "peng", "去嘛 身体要紧 我喊小何顶一下"),
    (9, "20:10", "peng", "3月工资发了 你看一下"),
    (13, "11:05", "me", "排班表我发你邮箱了 jxl0315@example.cn 发出去的 你看下收到没"),
    (24, "11:20", "peng", "店里座机换了 028-8553 6120 跟客人说一下"),
    (40, "20:20", "peng", "4月工资发了"),
    (48, "11:10", "me", "彭哥 腰杆又发了 今天能不能坐收银"),
    (48, "11:12", "peng", "要得 你坐收银 莫累到了"),
    (70, "20:05", "peng", "5月工资发了 辛苦"),
    (72, "11:15", "peng", "有个客人把包落在店头了 喊他来总府路33号拿"),
]
DENG_ME = ["邓阿姨 好的", "收到", "好 谢谢邓阿姨", "马桶又有点漏水", "晓得了"]
DENG_THEM = ["小蒋 房租这个月转了没", "下周物业要来查燃气", "好的", "收到了", "热水器我喊人来修"]
DENG_PLANT = [
    (0, "11:00", "deng", "房租还是转我建行卡 " + LANDLORD_CARD_SP + " 邓素华"),
    (0, "11:10", "me", "好的邓阿姨 转了"),
    (3, "10:40", "deng", "合同续签要你身份证号跟电话"),
    (3, "10:55", "me", "510107199003154429 电话139-8017-6624 蒋雪莲"),
    (31, "10:30", "me", "邓阿姨 4月房租转了 2800"),
    (61, "10:25", "me", "5月房租转了哈"),
]

RISKY_PARTS = [
    ["气死我了，", "你们看到没得，", "说句实话，", "我就直说了，", "又来了！", "真的忍不了了，", "兄弟伙些，", "笑死，"],
    ["那些当官的天天喊为人民服务，", "延迟退休说改就改，", "上面一拍脑壳就出政策，", "物业费水电气一涨再涨，",
     "房价跌成这样还不准人说，", "社保基数年年涨，", "基层干部只晓得搞形式主义，", "新闻里头全是报喜不报忧，",
     "贪官抓一个冒一个，", "教育改革改来改去，"],
    ["老百姓的死活哪个管嘛！😡", "这还有没有天理！", "迟早要出事！", "就是把我们当韭菜割！",
     "说了又不准发，删帖比哪个都快！", "简直是欺负老实人！！", "我看这个体制就是有问题！", "投诉都没得地方投诉！"],
]
GROUP_PEOPLE = {
    "me": ("", "雪莲花🌸", ME_WXID),
    "du": ("杜光明", "光明磊落", "wxid_dgm_1989x"),
    "hu": ("胡小兵", "兵哥", "wxid_hxb0077"),
    "tang": ("", "唐糖🍬", "wxid_tangt_cd"),
    "zhou": ("", "阿伟", "wxid_aw_88213"),
    "jie": ("谢玉洁", "洁洁子", "wxid_xyj_chengdu91"),
}
GROUP_FILL = {
    "me": ["哈哈哈哈", "好久不见了嘛", "我在红汤坊上班 来吃火锅打折", "巴适", "要得", "莫在群头发这些了嘛",
           "今年聚会在哪", "我周二休息"],
    "hu": ["同学会定在五月底", "哈哈哈", "收到", "哪个有空报个名", "我在双流 远得很", "今年一定要来哈",
           "光明你消停点", "好", "群主出来说两句"],
    "tang": ["🌹🌹", "好久不见", "我报名", "宝宝们晚上好", "哈哈哈哈哈哈", "雪莲 下次来你店头吃", "要得",
             "周末带娃累惨了"],
    "zhou": ["👍", "收到", "我来", "今天下雨了", "在开车", "哈哈", "兵哥威武", "老同学们好"],
    "jie": ["哈哈哈", "我也来", "雪莲请客", "要得", "笑死"],
    "du": ["早", "吃了没", "哈哈"],
}


def chats():
    z = ZoneInfo(TZ)
    res = {}
    res["老公"] = (build_chat(101, TZ, START, NDAYS, {"me": 5, "gong": 5}, {"me": GONG_ME, "gong": GONG_THEM}, 178,
                              GONG_PLANT, HOURS, flavour={"me": ["撒", "嘛", " 😂", "哦"], "gong": ["哈", " 👌"]},
                              media={"me": ["<IMG>", "<STICKER>"], "gong": ["<VOICE>", "<IMG>"]}), "wxid_r7zy2k91ab3c22")
    res["妈"] = (build_chat(102, TZ, START, NDAYS, {"me": 5, "ma": 5}, {"me": MA_ME, "ma": MA_THEM}, 92,
                            MA_PLANT, HOURS, flavour={"ma": ["哈", "嘛"]}, media={"ma": ["<VOICE>"]}), "wxid_lgf1963cd8812")
    res["幺妹"] = (build_chat(103, TZ, START, NDAYS, {"me": 5, "mei": 5}, {"me": MEI_ME, "mei": MEI_THEM}, 80,
                              MEI_PLANT, HOURS, flavour={"mei": ["~", "撒", " 😭"]}), "wxid_jxq95_7hh21")
    res["谢玉洁"] = (build_chat(104, TZ, START, NDAYS, {"me": 5, "jie": 5}, {"me": JIE_ME, "jie": JIE_THEM}, 104,
                               JIE_PLANT, HOURS, flavour={"me": ["撒", " 😂"], "jie": ["嘛", "哈哈"]},
                               media={"jie": ["<STICKER>"], "me": ["<STICKER>"]}), "wxid_xyj_chengdu91")
    res["彭店长"] = (build_chat(105, TZ, START, NDAYS, {"me": 5, "peng": 5}, {"me": PENG_ME, "peng": PENG_THEM}, 66,
                               PENG_PLANT, HOURS), "wxid_phb6632ks01")
    res["邓素华房东"] = (build_chat(106, TZ, START, NDAYS, {"me": 5, "deng": 5}, {"me": DENG_ME, "deng": DENG_THEM}, 16,
                                   DENG_PLANT, HOURS, burst=(2, 3)), "wxid_dsh1958yl")
    risky = distinct_combos(107, RISKY_PARTS, 66)
    planted = spread_planted(108, risky, NDAYS, "du", GROUP_HOURS)
    planted += [(10, "23:05", "me", "加我嘛 微信号jxl_yulin88 搜得到"),
                (25, "23:30", "me", "杜光明 你莫天天在群头发这些 群都要遭封了"),
                (58, "22:40", "hu", "雪莲 你店在总府路33号是不是 聚会就定你那")]
    g = build_chat(109, TZ, START, NDAYS, {"me": 2, "hu": 4, "tang": 4, "zhou": 3, "jie": 2, "du": 1},
                   GROUP_FILL, 86, planted, GROUP_HOURS, burst=(2, 5), media={"tang": ["<IMG>", "<STICKER>"]})
    res["玉林中学03届3班"] = (g, "21409887731@chatroom")
    return res


# --------------------------------------------------------------- payments
def _dt(day, hm):
    h, m = map(int, hm.split(":"))
    return (START + timedelta(days=day)).replace(hour=h, minute=m, second=(day * 7 + h) % 60)


def payments():
    rng = random.Random(110)
    ali = []
    wx = []
    n = [0]

    def oid(prefix):
        n[0] += 1
        return prefix + "%010d%08d" % (rng.randrange(10 ** 10), n[0] * 37)

    # rent (Alipay transfer to landlord)
    for d in (0, 31, 61):
        ali.append(dict(time=_dt(d, "11:06"), cat="转账红包", party="邓素华", acct="622202******7898", item="房租",
                        io="支出", amount="2800.00", method="余额宝", oid=oid("2024")))
    ali.append(dict(time=_dt(15, "16:14"), cat="转账红包", party="蒋雪琴", acct="jxq***@example.cn", item="转账",
                    io="支出", amount="3000.00", method="余额", oid=oid("2024")))
    # health
    for d, party, item, amt in [(3, "四川大学华西医院", "挂号费-骨科", "50.00"), (5, "四川大学华西医院", "腰椎MRI检查", "520.00"),
                                (5, "四川大学华西医院", "门诊药费", "86.40"), (11, "四川大学华西医院", "康复理疗", "180.00"),
                                (18, "四川大学华西医院", "康复理疗", "180.00"), (25, "四川大学华西医院", "康复理疗", "180.00"),
                                (33, "四川大学华西医院", "针灸治疗", "150.00"), (40, "四川大学华西医院", "康复理疗", "180.00"),
                                (63, "四川大学华西医院", "复诊挂号", "50.00"), (78, "四川大学华西医院", "门诊药费-塞来昔布", "62.30"),
                                (14, "老百姓大药房(玉林店)", "布洛芬缓释胶囊", "23.80"), (47, "老百姓大药房(玉林店)", "腰托", "138.00"),
                                (30, "四川大学华西医院", "挂号费(刘桂芳)", "30.00")]:
        ali.append(dict(time=_dt(d, "10:%02d" % rng.randrange(60)), cat="医疗健康", party=party, acct="/",
                        item=item, io="支出", amount=amt, method="招商银行储蓄卡(2231)", oid=oid("2024")))
    merchants = [("日用百货", "盒马鲜生", "盒马-生鲜"), ("餐饮美食", "饿了么", "外卖订单"), ("交通出行", "滴滴出行", "快车"),
                 ("日用百货", "淘宝", "淘宝-儿童运动鞋"), ("充值缴费", "中国移动", "话费充值"), ("生活服务", "国网四川电力", "电费"),
                 ("生活服务", "成都燃气", "燃气费"), ("日用百货", "天猫超市", "洗衣液"), ("餐饮美食", "星巴克", "拿铁")]
    for i in range(34):
        c, p, it = merchants[i % len(merchants)]
        amt = "%.2f" % rng.uniform(8, 160)
        ali.append(dict(time=_dt(rng.randrange(NDAYS), "%02d:%02d" % (rng.choice([10, 15, 16, 23]), rng.randrange(60))),
                        cat=c, party=p, acct="/", item=it, io="支出", amount=amt,
                        method=rng.choice(["花呗", "余额", "招商银行储蓄卡(2231)"]), oid=oid("2024"), moid="T%012d" % rng.randrange(10 ** 12)))
    ali.append(dict(time=_dt(20, "15:30"), cat="交通出行", party="成都停车", acct="/", item="停车费 川A8L2Q6",
                    io="支出", amount="15.00", method="余额", oid=oid("2024")))
    ali.append(dict(time=_dt(45, "11:00"), cat="投资理财", party="余额宝", acct="/", item="转入余额宝",
                    io="不计收支", amount="2000.00", method="招商银行储蓄卡(2231)", oid=oid("2024")))
    # WeChat Pay
    for d, m in ((9, "3月工资"), (40, "4月工资"), (70, "5月工资")):
        wx.append(dict(time=_dt(d, "20:08"), type="转账", party="彭海波", item="转账备注:" + m, io="收入",
                       amount="6850.00", method="/", status="已存入零钱", oid=oid("1000")))
    mj = [(1, "支出", "黄春兰", "320.00"), (9, "支出", "曾德明", "180.00"), (16, "收入", "黄春兰", "400.00"),
          (22, "支出", "谢玉洁", "80.00"), (27, "支出", "黄春兰", "500.00"), (27, "支出", "曾德明", "300.00"),
          (36, "收入", "曾德明", "120.00"), (43, "支出", "黄春兰", "260.00"), (50, "支出", "曾德明", "350.00"),
          (57, "支出", "黄春兰", "400.00"), (64, "支出", "谢玉洁", "150.00"), (70, "收入", "黄春兰", "620.00"),
          (78, "支出", "曾德明", "280.00"), (85, "支出", "黄春兰", "700.00"), (85, "支出", "曾德明", "500.00")]
    for d, io, p, a in mj:
        wx.append(dict(time=_dt(d, "19:%02d" % rng.randrange(60)), type="转账", party=p,
                       item="转账备注:" + rng.choice(["麻将", "麻将钱", "/", "今天的"]), io=io, amount=a,
                       method="零钱" if io == "支出" else "/", status="对方已收钱" if io == "支出" else "已存入零钱", oid=oid("1000")))
    for d in range(1, NDAYS, 7):
        wx.append(dict(time=_dt(d, "14:%02d" % rng.randrange(60)), type="扫二维码付款", party="玉林茶铺棋牌",
                       item="收款方备注:茶位费", io="支出", amount="%.2f" % rng.choice([20, 25, 30]), method="零钱",
                       oid=oid("4200")))
    shops = ["张记菜市场摊位", "红旗连锁(玉林北路店)", "成都地铁", "冯记兔头", "育才小学小卖部", "钵钵鸡", "蜜雪冰城"]
    for i in range(26):
        wx.append(dict(time=_dt(rng.randrange(NDAYS), "%02d:%02d" % (rng.choice([10, 15, 23]), rng.randrange(60))),
                       type="商户消费" if i % 3 else "扫二维码付款", party=shops[i % len(shops)], item="/", io="支出",
                       amount="%.2f" % rng.uniform(3, 68), method="零钱", oid=oid("4200"), moid=str(rng.randrange(10 ** 14))))
    for d in (12, 42, 72):
        wx.append(dict(time=_dt(d, "23:20"), type="转账", party="冉志勇", item="转账备注:家用", io="收入",
                       amount="3000.00", method="/", status="已存入零钱", oid=oid("1000")))
    wx.append(dict(time=_dt(60, "10:40"), type="微信红包", party="刘桂芳", item="/", io="支出", amount="520.00",
                   method="零钱", status="对方已收钱", oid=oid("1000")))
    wx.append(dict(time=_dt(66, "11:00"), type="零钱提现", party="招商银行(2231)", item="/", io="/", amount="5000.00",
                   method="招商银行(2231)", status="提现已到账", oid=oid("1330")))
    return ali, wx


# --------------------------------------------------------------- location
PLACES = {
    "home": dict(lat=30.631240, lon=104.056710, placeId="ChIJm3Yx0c3F7zYRkQ7hQ1yLn0A", semantic="INFERRED_HOME", label="HOME",
                 name="玉林小区", address="四川省成都市武侯区玉林北路17号"),
    "work": dict(lat=30.657690, lon=104.080280, placeId="ChIJt9pQ2kXF7zYR0wq1PzWm3cE", semantic="INFERRED_WORK", label="WORK",
                 name="红汤坊火锅(总府路店)", address="四川省成都市锦江区总府路33号"),
    "mj": dict(lat=30.633520, lon=104.059010, placeId="ChIJa1tV3eHF7zYRf2o0n1b8YQk", semantic="UNKNOWN",
               name="玉林茶铺", address="四川省成都市武侯区玉林西路"),
    "hosp": dict(lat=30.641830, lon=104.062480, placeId="ChIJ7Qb9xwzF7zYR4hX0k2nD8sA", semantic="UNKNOWN",
                 name="四川大学华西医院", address="四川省成都市武侯区国学巷37号"),
    "ma": dict(lat=30.673910, lon=104.104320, placeId="ChIJq8sN1r_E7zYRx0L3m7c2VuQ", semantic="UNKNOWN",
               name="建设路", address="四川省成都市成华区建设路"),
}
HOSP_DAYS = {5, 11, 18, 25, 33, 40, 63, 78}


def day_plan(day, rng):
    wd = day.weekday()
    m = rng.randrange(0, 20)
    if wd == 1:  # Tuesday off
        plan = [("00:00", "12:%02d" % (10 + m), "home"), ("13:%02d" % (40 + m // 2), "19:%02d" % (10 + m), "mj"),
                ("19:50", "24:00", "home")]
    elif wd == 6 and day.day % 2 == 0:
        plan = [("00:00", "10:05", "home"), ("10:%02d" % (30 + m), "22:%02d" % (20 + m), "work"), ("22:55", "24:00", "home")]
    else:
        plan = [("00:00", "10:%02d" % (5 + m), "home"), ("10:%02d" % (35 + m), "22:%02d" % (15 + m), "work"),
                ("22:%02d" % (45 + m // 2), "24:00", "home")]
    i = (day - START).days
    if i in HOSP_DAYS:
        plan = [("00:00", "08:20", "home"), ("08:50", "11:10", "hosp"), ("11:40", "22:10", "work"), ("22:40", "24:00", "home")]
    if wd == 5 and day.day % 3 == 0:
        plan = [("00:00", "09:40", "home"), ("10:20", "13:00", "ma"), ("13:40", "22:10", "work"), ("22:40", "24:00", "home")]
    return plan


def build(out_root):
    pdir = os.path.join(out_root, PID)
    cs = chats()
    counts = {}
    for title, (msgs, talker) in cs.items():
        people = GROUP_PEOPLE if talker.endswith("@chatroom") else PEOPLE
        memotrace_csv(os.path.join(pdir, "wechat", title, title + "_utf8.csv"), msgs, talker, people)
        counts[title] = len(msgs)
    ali, wx = payments()
    alipay_csv(os.path.join(pdir, "alipay", "alipay_record_20240601_1012.csv"), ali, "蒋雪莲", "13980176624",
               "2024-03-01 00:00:00", "2024-05-31 23:59:59", "2024-06-01 10:12:44")
    wechatpay_csv(os.path.join(pdir, "wechatpay", "微信支付账单(20240301-20240531).csv"), wx, "雪莲花🌸",
                  "2024-03-01 00:00:00", "2024-05-31 23:59:59", "2024-06-01 10:20:31")
    visits = expand_visits(111, TZ, START, NDAYS, day_plan, PLACES)
    ondevice_timeline(os.path.join(pdir, "location", "Timeline.json"), visits, PLACES, 112)

    registry = [
        ("PERSON", "蒋雪莲"), ("PERSON", "冉志勇"), ("PERSON", "刘桂芳"), ("PERSON", "蒋雪琴"), ("PERSON", "谢玉洁"),
        ("PERSON", "彭海波"), ("PERSON", "邓素华"), ("PERSON", "杜光明"), ("PERSON", "胡小兵"), ("PERSON", "骆文斌"),
        ("PERSON", "黄春兰"), ("PERSON", "曾德明"), ("PERSON", "骆医生"), ("PERSON", "春兰姐"), ("PERSON", "彭哥"),
        ("PERSON", "邓阿姨"), ("PERSON", "洁洁"), ("PERSON", "志勇"), ("PERSON", "老曾"), ("PERSON", "晓雨"), ("PERSON", "宇宇"),
        ("PHONE_NUMBER", "13980176624"), ("PHONE_NUMBER", "139-8017-6624"), ("PHONE_NUMBER", "158 2846 3390"),
        ("PHONE_NUMBER", "177-8234-9051"), ("PHONE_NUMBER", "028-8553 6120"),
        ("EMAIL_ADDRESS", "jxl0315@example.cn"),
        ("LOCATION", "武侯区玉林北路17号玉林小区3栋2单元502"), ("LOCATION", "总府路33号"), ("LOCATION", "武侯区玉林北路17号"),
        ("LOCATION", "锦江区总府路33号"), ("LOCATION", "国学巷37号"), ("LOCATION", "青羊区宽巷子12号附2号"), ("PERSON", "刘师傅"),
        ("CN_BANK_CARD", LANDLORD_CARD_SP), ("CN_BANK_CARD", SISTER_CARD),
        ("CN_ID_CARD", MY_ID), ("CN_ID_CARD", MUM_ID),
        ("QQ_NUMBER", "2876451903"), ("WECHAT_ID", "jxl_yulin88"), ("WECHAT_ID", "chunlan_6688"), ("WECHAT_ID", "xiaoyu_cd1992"),
        ("LICENSE_PLATE", "川A8L2Q6"),
    ]
    pii = collect_pii(pdir, registry)
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "蒋雪莲, 34, floor manager at a hotpot restaurant on 总府路 in 成都, lives in 玉林 with her husband 冉志勇 and son; "
                       "late shifts, lumbar disc herniation treated at 华西, regular money mahjong.",
        "timezone": TZ,
        "user": {"names": ["蒋雪莲", "雪莲花🌸"], "phones": ["13980176624", "139-8017-6624"], "emails": ["jxl0315@example.cn"],
                 "handles": ["jxl_yulin88"]},
        "pii": pii,
        "facts": {
            "home": {"lat": 30.63124, "lon": 104.05671, "radius_m": 300, "address": "武侯区玉林北路17号玉林小区3栋2单元502", "city": "成都"},
            "work": {"lat": 30.65769, "lon": 104.08028, "radius_m": 300, "employer": "红汤坊火锅(总府路店)"},
            "sleep_window": {"start": "01:30", "end": "09:30", "tolerance_min": 60},
            "top_contacts": sorted([{"name": t, "messages": c} for t, c in counts.items() if t != "玉林中学03届3班"],
                                   key=lambda x: -x["messages"])[:3],
            "relationships": [
                {"name": "老公", "relationship": "partner", "full_name": "冉志勇"},
                {"name": "妈", "relationship": "mother", "full_name": "刘桂芳"},
                {"name": "幺妹", "relationship": "sister", "full_name": "蒋雪琴"},
                {"name": "谢玉洁", "relationship": "close_friend", "full_name": "谢玉洁"},
                {"name": "彭店长", "relationship": "colleague", "full_name": "彭海波"},
                {"name": "邓素华房东", "relationship": "landlord", "full_name": "邓素华"}],
            "religion": {"value": False}, "health": {"value": True}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": True}, "gaming": {"value": False},
            "salary": {"amount": "6850.00", "currency": "CNY", "payer": "彭海波", "period": "monthly"},
            "risky_contact": {"name": "杜光明", "why": "posts 66 distinct angry political messages in the group 玉林中学03届3班"}},
    }
    write_gt(pdir, gt)
    return counts, len(ali) + len(wx), pii
