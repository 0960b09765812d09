"""zh5_wuhan: 林晓雯, nurse in Wuhan. MemoTrace CSV, Alipay (GBK), WeChat Pay, CCB statement."""
import csv
import datetime as dt
import io
from common import Engine, Chat, Msg, combos, luhn_complete, cn_id, top_contacts, UTC

RID = cn_id("42010319960815302")
RID_SPACED = f"{RID[:6]} {RID[6:14]} {RID[14:]}"

PID = "zh5_wuhan"
TZ = "Asia/Shanghai"
U = "__me__"
ME_NICK = "晓雯不吃香菜"
ME_WXID = "wxid_k3n8q2lx9w0m22"
ME_NAME = "林晓雯"
HOME = (30.59412, 114.26583)
WORK = (30.58236, 114.28417)
HOME_ADDR = "武汉市江汉区青年路188号锦绣华庭7栋2单元1503"
EMPLOYER = "武汉市汉口仁济医院"
SALARY = "7856.30"

CONTACTS = {  # remark: (nickname, wxid)
    "老妈": ("桂芳", "wxid_m7d2fz81hq5t22"),
    "阿杰": ("Jay陈", "wxid_9xq2v0p7c1jr12"),
    "小雨": ("雨萱今天也要加油", "wxid_u1y8rn4kd6ew22"),
    "张姐": ("张敏", "wxid_z4m2n6b8s0kq21"),
}
GROUP = "高中老同学吹水群"
GROUP_ID = "20318847562@chatroom"
GM = {  # member display (remark or nickname) -> (remark, nickname, wxid)
    "小雨": ("小雨", "雨萱今天也要加油", "wxid_u1y8rn4kd6ew22"),
    "老刘": ("老刘", "刘哥说真话", "wxid_lz0p3q7t5h2e11"),
    "胖虎": ("", "胖虎", "wxid_ph8c2m5n7b4y21"),
    "大伟": ("大伟", "Wei_2024", "wxid_dw6k9r1t3z8u12"),
    "琳琳": ("", "琳琳要暴富", "wxid_ll2t7y4v9e1q22"),
}

PH = [("image", "[图片]"), ("sticker", "[动画表情]"), ("voice", "[语音]"), ("sticker", "[动画表情]")]


def pools():
    return {
        "老妈": {
            U: ["妈 我下班了", "刚到家", "吃了吃了", "还没 等下点外卖", "今天夜班 明天白天睡觉", "知道啦", "嗯嗯", "好的妈",
                "不用寄了 这边啥都有", "周末回去看你们", "你别老熬夜刷抖音", "我又不是小孩子了[捂脸]", "降温了你们也多穿点",
                "爸呢", "哈哈哈哈哈", "行", "晓得了晓得了", "药按时吃没", "今天科室忙死了", "月底回来", "你让爸别喝那么多酒"],
            "老妈": ["吃饭了没", "到家了没", "天冷了 多穿点", "你那边下雨没", "周末回来吃饭不", "我给你寄了点腊肉", "早点睡 别玩手机",
                     "你跟小陈怎么样了", "你爸又去钓鱼了", "[语音]", "晓雯 在忙吗", "好的", "嗯", "注意身体 别太累了",
                     "你小姨问你过年回不回", "我今天去量了血压 有点高 医生让我少吃盐", "外婆身体还行 你放心",
                     "下班路上注意安全", "莫天天吃外卖", "蛮好", "那你早点休息"],
        },
        "阿杰": {
            U: ["宝 我下班了", "来接我嘛", "哈哈哈哈哈哈", "你好烦啊", "饿饿 饭饭", "今晚吃啥", "热干面还是豆皮", "困死了",
                "上号上号", "你又送人头[捂脸]", "我打辅助 你别抢蓝", "嗯呢", "好滴", "不要", "想你了", "周六去江滩吗",
                "我们科今天来了个好难搞的家属", "晚安啦", "到了跟我说", "你是猪吧哈哈哈", "ok", "笑死", "今天好累 抱抱",
                "我排了下周三个夜班", "别忘了给你妈打电话", "你那个PPT做完没", "爱你", "买奶茶了 你要不要", "今天有个阿姨塞给我一袋橘子 好可爱", "鞋子到了 好看!", "你猜我今天遇到谁了", "我不管 我就要吃小龙虾", "下班啦下班啦", "今天交班晚了半小时 累瘫", "明天我休息 去哪玩", "你昨晚打呼噜好响", "哼", "等下视频", "我手机快没电了", "这周末去汉口江滩骑车吧", "妈说让你过年来家里"],
            "阿杰": ["下班没", "我在楼下了", "今晚打几把排位", "来了来了", "宝你在干嘛", "哈哈哈哈", "好", "收到", "我请你吃烧烤",
                    "今天领导又画饼", "我去 这局太坑了", "你先睡 我加班", "想你", "[语音]", "吃了没宝", "等我十分钟",
                    "周末去看电影不", "我妈问你啥时候有空来家里吃饭", "在开会", "刚到公司", "冲冲冲", "晚安 梦里见",
                    "我带了鸭脖", "路上堵死了 二环全是车", "你上次说的那个口红是哪个色号", "刚开完会 脑壳疼", "今天老板夸我了 嘿嘿", "你别又不吃早饭", "这把我carry了", "在路上 十分钟到", "给你点了杯奶茶 记得拿", "宝 我错了", "好好好 都听你的", "周六我去接你下班", "我妈包了饺子 给你留了"],
        },
        "小雨": {
            U: ["姐妹!!!", "救命 笑死我了", "真的假的", "我不李姐", "绝绝子", "yyds", "啊啊啊啊啊", "下周约饭", "那家火锅店倒闭了[裂开]",
                "你俩还好吗", "我也想辞职", "emo了", "冲", "好家伙", "栓Q", "哈哈哈哈哈哈哈哈", "我今天上班被骂了",
                "周末楚河汉街逛逛?", "不去 我要睡到下午", "他又没回我消息", "你懂我", "啧", "麻了", "爱了爱了"],
            "小雨": ["晓雯!!!", "在吗在吗", "出来喝奶茶", "我跟你说个八卦", "笑不活了", "家人们谁懂啊", "绝了", "我麻了",
                    "真的服了", "冲冲冲", "好耶", "你男朋友又惹你了?", "抱抱", "我最近在减肥 别约我吃火锅[捂脸]", "哈哈哈哈哈哈",
                    "下次一定", "你们医院是不是很忙", "周末有空吗", "蚌埠住了", "你先忙", "我老板又发疯了", "oh no", "啊这", "我新买的裙子好看不", "周末去光谷吃东西", "救命我又胖了三斤", "你看那个综艺没", "我们部门新来个帅哥", "晚安宝贝", "我今天摸鱼一整天", "酸了酸了"],
        },
        "张姐": {
            U: ["张姐 我今天晚到十分钟 地铁停了", "收到", "好的张姐", "8床的液体我换过了", "明天我跟小周换班可以吗", "谢谢张姐",
                "交班记录写好了", "我这边没问题", "嗯嗯 马上", "好的我去看看", "护理查房我准备一下"],
            "张姐": ["晓雯 明天白班", "收到回复一下", "下周排班表发群里了", "今天辛苦了", "记得补一下护理记录", "好的",
                    "没事 路上慢点", "下午两点开会", "你跟小周商量好就行", "质控要来检查 大家注意一下", "3床家属找你"],
        },
        "group": {
            "*": ["哈哈哈哈", "有人吗", "周末聚一下?", "+1", "在", "我去", "冲", "好久没见了", "谁去", "我看行", "红包呢",
                  "狗头", "哈哈哈哈哈哈", "绝了", "又加班", "羡慕", "有没有人去看演唱会", "6", "笑死", "这个好"],
            U: ["哈哈哈哈", "我下夜班再说", "+1", "我周六可以", "好久不见!", "红包拿来", "笑死", "大家注意身体啊"],
        },
    }


POLITICS = None


def political(rng):
    a = ["这帮当官的", "街道办那帮人", "上面那些领导", "搞拆迁的那伙人", "天天喊口号的那些干部", "吃公家饭的",
         "管房地产的那些部门", "搞延迟退休的", "那些专家"]
    b = ["根本不管老百姓死活", "就知道收税收费", "把房价炒上天了还不管", "一边喊共同富裕一边自己捞钱",
         "延迟退休就是要我们干到死", "社保交了一辈子到头来啥都拿不到", "就会删帖封号 不让人说话", "贪了多少钱谁知道"]
    c = ["!!!", " 真的气死了", " 迟早要出事", " 这社会还有没有王法", " 我说的都是实话 删吧", " 恶心", " 一群蛀虫",
         " 老百姓都是韭菜"]
    return combos(rng, [a, b, c], 88)


def build():
    e = Engine(5101, TZ, U, dt.date(2025, 8, 1), dt.date(2025, 12, 19), ("23:45", "06:45"))
    e.suffixes = ["哈哈哈", "[捂脸]", "[破涕为笑]", "[旺柴]", "~", "！", "。。。", "[呲牙]", " hhh", "嘛", "啦", "[奸笑]", "[让我看看]", "[苦涩]", " ok", "啊啊啊"]
    rng = e.rng
    P = pools()
    chats = {r: Chat(r, "dm", [r]) for r in CONTACTS}
    grp = Chat(GROUP, "group", list(GM))
    targets = {"阿杰": 620, "老妈": 430, "小雨": 330, "张姐": 110}
    for day in e.days():
        for r, tgt in targets.items():
            p = tgt / 140 / 6
            if rng.random() < p:
                pl = {U: P[r][U], r: P[r][r]}
                e.session(chats[r], day, pl, rng.randint(3, 10), placeholders=PH)
        if rng.random() < 0.55:
            e.session(grp, day, P["group"], rng.randint(2, 8), placeholders=PH)
    # risky contact: 88 distinct angry political rants, spread over the period
    rants = political(rng)
    days = list(e.days())
    for i, txt in enumerate(rants):
        d = days[(i * 7 + 3) % len(days)]
        e.plant(grp, d, f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", "老刘", txt)
    reacts = ["老刘你又来了", "刘哥冷静", "别在群里说这些啊", "哈哈哈 刘哥又开始了", "刘哥小心被封号"]
    for i in range(12):
        e.plant(grp, days[(i * 11 + 5) % len(days)], "20:31", rng.choice(["胖虎", "大伟", "琳琳"]), rng.choice(reacts))
    # ---- planted PII and facts ----
    D = lambda m, d: dt.date(2025, m, d)
    m = chats["老妈"]
    e.plant(m, D(8, 6), "20:10", "老妈", "晓雯 你身份证号发我一下 给你买那个医疗险")
    e.plant(m, D(8, 6), "20:14", U, RID_SPACED)
    e.plant(m, D(8, 6), "20:15", U, "买好了把保单截图给我")
    e.plant(m, D(9, 2), "19:40", "老妈", f"我的卡号是{MOM_CARD} 建行的 你那钱打这个卡就行")
    e.plant(m, D(9, 2), "19:52", U, "转过去了 1000 你查一下")
    e.plant(m, D(10, 3), "12:05", "老妈", "你奶奶初一十五还是要去归元寺烧香 说是保佑你们平平安安")
    e.plant(m, D(10, 3), "12:07", U, "哈哈 奶奶开心就好")
    e.plant(m, D(11, 14), "21:02", "老妈", "我电话换了 新号码 139 7154 0826 你存一下")
    a = chats["阿杰"]
    e.plant(a, D(8, 12), "18:20", "阿杰", "我在医院门口 车牌鄂A·5RN27 白色那个")
    e.plant(a, D(9, 9), "22:10", U, "今晚上分了 王者五十星!!! 李白yyds")
    e.plant(a, D(9, 9), "22:11", "阿杰", "牛啊宝 明天双排")
    e.plant(a, D(10, 18), "17:45", "阿杰", "[名片] 陈俊杰 手机 18627093354")
    e.plant(a, D(11, 20), "20:05", "阿杰", "我们部门王总老公网赌被抓了 欠了几十万 吓死人")
    e.plant(a, D(11, 20), "20:07", U, "天 赌这个东西真的碰都不能碰")
    e.plant(a, D(12, 1), "21:30", U, "我邮箱是 linxiaowen0815@example.com 你把电影票发我")
    e.plant(a, D(12, 6), "16:00", U, "新赛季点券冲了68 皮肤太好看了[捂脸]")
    y = chats["小雨"]
    e.plant(y, D(8, 20), "19:30", "小雨", "快递地址发我 给你寄生日礼物")
    e.plant(y, D(8, 20), "19:33", U, "江汉区青年路188号锦绣华庭7栋2单元1503 林晓雯 13871206649")
    e.plant(y, D(9, 25), "21:10", "小雨", "我微信小号 yuxuan_0317 加一下 这个号快满了")
    e.plant(y, D(10, 28), "22:40", "小雨", "我同事信基督的 天天拉我去教会 好尴尬")
    e.plant(y, D(11, 8), "13:20", U, "今天看新闻 又一个赌球团伙被抓 几个亿的流水")
    z = chats["张姐"]
    e.plant(z, D(9, 1), "15:00", "张姐", "晓雯 我是张敏 新手机号15927346081 有事打这个")
    e.plant(z, D(10, 10), "11:20", "张姐", "小周得了甲流 这几天你顶一下她的班")
    # location shares: home and work (WeChat Type 48), plus some commute points
    def loc(chat, day, hhmm, sender, pt, label, poi):
        x, y_ = pt
        xml = (f'<?xml version="1.0"?>\n<msg>\n\t<location x="{x:.6f}" y="{y_:.6f}" scale="16" label="{label}" '
               f'maptype="0" poiname="{poi}" poiid="" />\n</msg>')
        e.plant(chat, day, hhmm, sender, xml, "location")
    jit = lambda p, k: (p[0] + ((k * 37) % 9 - 4) * 0.00012, p[1] + ((k * 53) % 9 - 4) * 0.00012)
    for k, d in enumerate([D(8, 3), D(8, 24), D(9, 14), D(10, 5), D(10, 26), D(11, 16), D(12, 7)]):
        loc(a, d, "21:15", U, jit(HOME, k), "湖北省武汉市江汉区青年路188号", "锦绣华庭")
    for k, d in enumerate([D(8, 7), D(8, 28), D(9, 18), D(10, 9), D(10, 30), D(11, 20), D(12, 11)]):
        loc(a, d, "17:40", U, jit(WORK, k), "湖北省武汉市江岸区解放大道1095号", EMPLOYER)
    for k, d in enumerate([D(9, 3), D(10, 15), D(11, 26)]):
        loc(a, d, "07:25", U, (30.5885, 114.2752), "湖北省武汉市江汉区循礼门地铁站", "循礼门")
    loc(y, D(9, 27), "15:00", U, (30.5563, 114.3301), "湖北省武汉市武昌区楚河汉街", "楚河汉街")
    for c in list(chats.values()) + [grp]:
        c.sort()
    return e, chats, grp


def memotrace(e, chat):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow("localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender".split(","))
    tcode = {"text": 1, "image": 3, "voice": 34, "video": 43, "sticker": 47, "location": 48, "system": 10000}
    talker = GROUP_ID if chat.kind == "group" else CONTACTS[chat.title][1]
    for i, m in enumerate(chat.msgs, 1):
        epoch = int(m.ts.timestamp())
        st = m.ts.astimezone(e.tz).strftime("%Y-%m-%d %H:%M:%S")
        if m.sender == U:
            rem, nick, snd, iss = "", ME_NICK, ME_WXID, 1
        elif chat.kind == "group":
            rem, nick, snd = GM[m.sender]
            iss = 0
        else:
            rem, nick, snd, iss = chat.title, CONTACTS[chat.title][0], CONTACTS[chat.title][1], 0
        w.writerow([i, talker, tcode[m.kind], 0, iss, epoch, 2 if iss else 3, m.text, st, rem, nick, snd])
    return buf.getvalue().encode("utf-8-sig")


def pay_rows(e):
    rng = e.rng
    start, end = e.start, e.end
    ali, wx, bank = [], [], []
    t = lambda d, hhmm: dt.datetime.strptime(f"{d} {hhmm}", "%Y-%m-%d %H:%M:%S")
    d = start
    while d <= end:
        if rng.random() < 0.7:
            ali.append((t(d, f"{rng.randint(11,13)}:{rng.randint(10,59)}:{rng.randint(10,59)}"), "餐饮美食", "美团外卖", "meituan@example.com",
                        rng.choice(["黄焖鸡米饭", "热干面+蛋酒", "麻辣烫", "周黑鸭"]), "支出", f"{rng.randint(15,45)}.{rng.randint(0,99):02d}", "余额宝", "交易成功", ""))
        if rng.random() < 0.35:
            ali.append((t(d, f"{rng.randint(17,21)}:{rng.randint(10,59)}:{rng.randint(10,59)}"), "交通出行", "滴滴出行", "didi@example.com",
                        "快车", "支出", f"{rng.randint(12,38)}.{rng.randint(0,99):02d}", "招商银行信用卡(3391)", "交易成功", ""))
        if rng.random() < 0.4:
            wx.append((t(d, f"{rng.randint(8,21)}:{rng.randint(10,59)}:{rng.randint(10,59)}"), "商户消费", rng.choice(["瑞幸咖啡", "蜜雪冰城", "罗森便利店", "地铁乘车码"]),
                       "/", "支出", f"{rng.randint(2,25)}.{rng.randint(0,99):02d}", "零钱", "支付成功", ""))
        if d.day == 10:
            bank.append((d, "10:02:17", "+" + SALARY, "代发工资", EMPLOYER, "4200 1653 8201 0000 1187", "武汉分行营业部"))
        if d.day == 3:
            ali.append((t(d, "19:52:31"), "转账红包", "周桂芳", "6217****" + MOM_CARD[-4:], "转账", "支出", "1000.00", "余额宝", "交易成功", "妈 生活费"))
        if d.day == 15:
            bank.append((d, "09:00:05", "-2300.00", "房租", "武汉安居房屋租赁有限公司", "4200 1653 8201 0000 5520", "网上银行"))
        if d.day == 28 and d.month in (8, 10, 12):
            wx.append((t(d, "20:40:12"), "微信转账", "陈俊杰", "/", "收入", "520.00", "/", "已存入零钱", "宝 买衣服"))
        if d.day in (6, 20) and rng.random() < 0.8:
            wx.append((t(d, "21:13:09"), "商户消费", "腾讯游戏", "王者荣耀-点券", "支出", rng.choice(["30.00", "68.00", "6.00"]), "零钱", "支付成功", ""))
        if d.day == 24:
            ali.append((t(d, "21:30:44"), "转账红包", "王雨萱", "yuxuan_wang@example.net", "火锅AA", "收入", "86.50", "", "交易成功", ""))
        d += dt.timedelta(days=1)
    return ali, wx, bank


def alipay_csv(ali, start, end):
    pre = ["------------------------------------------------------------------------------------",
           "导出信息：", f"姓名：{ME_NAME}", "支付宝账户：linxiaowen0815@example.com",
           f"起始时间：[{start} 00:00:00]    终止时间：[{end} 23:59:59]", "导出交易类型：[全部]",
           "导出时间：[2025-12-20 10:31:07]", f"共{len(ali)}笔记录",
           f"收入：{sum(1 for r in ali if r[5]=='收入')}笔 {sum(float(r[6]) for r in ali if r[5]=='收入'):.2f}元",
           f"支出：{sum(1 for r in ali if r[5]=='支出')}笔 {sum(float(r[6]) for r in ali if r[5]=='支出'):.2f}元",
           "不计收支：0笔 0.00元", "", "特别提示：",
           "1.本回单内容可表明支付宝受理了相关交易申请，因不同交易对应的资金处理情况不同，请您结合具体交易情况，与交易对方确认交易结果；",
           "2.请勿将本回单作为收款方发货的凭据使用；", "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
           "4.本回单如经任何涂改、编造，均立即失去效力；", "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记录可在支付宝APP中查看；",
           "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
           "7.禁止将本回单用于非法用途；", "8.本明细仅展示当前账单中的交易，不包括已删除的记录；", "9.本明细仅供个人对账使用。", "",
           "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"]
    hdr = "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,"
    lines = pre + [hdr]
    for i, r in enumerate(sorted(ali, reverse=True)):
        oid = f"2025{r[0]:%m%d}2200147{i:05d}{(i * 7919) % 100000:05d}"
        vals = [r[0].strftime("%Y-%m-%d %H:%M:%S"), r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], oid + "\t", "", r[9]]
        lines.append(",".join(v.ljust(20) if j < 9 else v for j, v in enumerate(vals)) + ",")
    return ("\r\n".join(lines) + "\r\n").encode("gbk")


def wechat_csv(wx, start, end):
    inc = [r for r in wx if r[4] == "收入"]
    out = [r for r in wx if r[4] == "支出"]
    pre = ["微信支付账单明细", f"微信昵称：[{ME_NICK}]", f"起始时间：[{start} 00:00:00] 终止时间：[{end} 23:59:59]",
           "导出类型：[全部]", "导出时间：[2025-12-20 10:35:52]", "", f"共{len(wx)}笔记录",
           f"收入：{len(inc)}笔 {sum(float(r[5]) for r in inc):.2f}元", f"支出：{len(out)}笔 {sum(float(r[5]) for r in out):.2f}元",
           "中性交易：0笔 0.00元", "注：",
           "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
           "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用", "",
           "----------------------微信支付账单明细列表--------------------"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for p in pre:
        w.writerow([p] + [""] * 10)
    w.writerow("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注".split(","))
    for i, r in enumerate(sorted(wx, reverse=True)):
        w.writerow([r[0].strftime("%Y-%m-%d %H:%M:%S"), r[1], r[2], r[3], r[4], "¥" + r[5], r[6], r[7],
                    f"4200002{r[0]:%y%m%d}{(i*104729)%10**9:09d}\t", "/" if r[1] == "微信转账" else f"M{(i*7)%997:03d}{r[0]:%m%d%H%M%S}\t", r[8] or "/"])
    return buf.getvalue().encode("utf-8")


CARD = luhn_complete("621700287012345678")
MOM_CARD = luhn_complete("621700287055318842")  # 19-digit UnionPay debit card (CCB)


def ccb_csv(bank, start, end):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["中国建设银行个人活期账户全部交易明细"])
    w.writerow([f"卡号/账号：{CARD}", f"客户名称：{ME_NAME}", "币种：人民币", "钞汇：钞"])
    w.writerow([f"起始日期：{start:%Y%m%d}", f"结束日期：{end:%Y%m%d}"])
    w.writerow("序号,摘要,币别,钞汇,交易日期,交易金额,账户余额,交易地点/附言,对方账号与户名".split(","))
    bal = 12403.55
    for i, r in enumerate(sorted(bank), 1):
        bal += float(r[2])
        w.writerow([i, r[3], "人民币元", "钞", f"{r[0]:%Y%m%d}", r[2], f"{bal:.2f}", r[6], f"{r[5]}/{r[4]}"])
    return buf.getvalue().encode("utf-8-sig")


def write(root):
    e, chats, grp = build()
    files = {}
    for c in list(chats.values()) + [grp]:
        files[f"data/聊天记录/{c.title}/{c.title}_utf8.csv"] = memotrace(e, c)
    ali, wx, bank = pay_rows(e)
    files["alipay/alipay_record_20251220_1031.csv"] = alipay_csv(ali, e.start, e.end)
    files["wechat_pay/微信支付账单(20250801-20251219).csv"] = wechat_csv(wx, e.start, e.end)
    files["bank/中国建设银行_活期账户交易明细_20250801-20251219.csv"] = ccb_csv(bank, e.start, e.end)
    for p, b in files.items():
        f = root / p
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b)
    W = lambda c: f"data/聊天记录/{c}/{c}_utf8.csv"
    pii = [
        (W("老妈"), "CN_RESIDENT_ID", RID_SPACED),
        (W("老妈"), "CN_BANK_CARD", MOM_CARD),
        (W("老妈"), "PHONE_NUMBER", "139 7154 0826"),
        (W("阿杰"), "LICENSE_PLATE", "鄂A·5RN27"),
        (W("阿杰"), "PERSON", "陈俊杰"),
        (W("阿杰"), "PHONE_NUMBER", "18627093354"),
        (W("阿杰"), "EMAIL_ADDRESS", "linxiaowen0815@example.com"),
        (W("阿杰"), "ADDRESS", "湖北省武汉市江汉区青年路188号"),
        (W("阿杰"), "ADDRESS", "湖北省武汉市江岸区解放大道1095号"),
        (W("阿杰"), "WECHAT_ID", CONTACTS["阿杰"][1]),
        (W("小雨"), "ADDRESS", "江汉区青年路188号锦绣华庭7栋2单元1503"),
        (W("小雨"), "PERSON", "林晓雯"),
        (W("小雨"), "PHONE_NUMBER", "13871206649"),
        (W("小雨"), "WECHAT_ID", "yuxuan_0317"),
        (W("张姐"), "PERSON", "张敏"),
        (W("张姐"), "PHONE_NUMBER", "15927346081"),
        (W("老妈"), "WECHAT_ID", CONTACTS["老妈"][1]),
        (W(GROUP), "WECHAT_ID", GM["老刘"][2]),
        (W(GROUP), "WECHAT_ID", ME_WXID),
        ("alipay/alipay_record_20251220_1031.csv", "PERSON", "林晓雯"),
        ("alipay/alipay_record_20251220_1031.csv", "PERSON", "周桂芳"),
        ("alipay/alipay_record_20251220_1031.csv", "PERSON", "王雨萱"),
        ("alipay/alipay_record_20251220_1031.csv", "EMAIL_ADDRESS", "linxiaowen0815@example.com"),
        ("alipay/alipay_record_20251220_1031.csv", "EMAIL_ADDRESS", "yuxuan_wang@example.net"),
        ("wechat_pay/微信支付账单(20250801-20251219).csv", "PERSON", "陈俊杰"),
        ("bank/中国建设银行_活期账户交易明细_20250801-20251219.csv", "CN_BANK_CARD", CARD),
        ("bank/中国建设银行_活期账户交易明细_20250801-20251219.csv", "PERSON", "林晓雯"),
    ]
    tc = top_contacts(list(chats.values()), U)
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "林晓雯, 29, ward nurse at a (fictional) Hankou hospital in Wuhan; boyfriend 阿杰, plays 王者荣耀; day shifts, sleeps ~23:45-06:45.",
        "timezone": TZ,
        "user": {"names": [ME_NAME, ME_NICK], "phones": ["13871206649"], "emails": ["linxiaowen0815@example.com"], "handles": [ME_WXID]},
        "pii": [{"file": f, "entity_type": t, "value": v} for f, t, v in pii],
        "facts": {
            "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR, "city": "武汉"},
            "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
            "sleep_window": {"start": "23:45", "end": "06:45", "tolerance_min": 60},
            "top_contacts": tc,
            "relationships": [
                {"name": "阿杰", "relationship": "partner", "full_name": "陈俊杰"},
                {"name": "老妈", "relationship": "mother", "full_name": "周桂芳"},
                {"name": "小雨", "relationship": "close friend", "full_name": "王雨萱"},
                {"name": "张姐", "relationship": "colleague", "full_name": "张敏"},
            ],
            "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
            "salary": {"amount": SALARY, "currency": "CNY", "payer": EMPLOYER, "period": "monthly"},
            "risky_contact": {"name": "老刘", "why": "posts 88 distinct angry anti-government political rants in the group chat"},
        },
    }
    n = sum(len(c.msgs) for c in list(chats.values()) + [grp])
    return gt, files, n
