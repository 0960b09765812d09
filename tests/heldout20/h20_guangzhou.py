"""Persona cn_guangzhou_media: 吴梓晴, 24, new-media operator in 广州, family in 湛江 / 汕头."""
import os
import random
from datetime import datetime, timedelta

from h20_common import build_chat, distinct_combos, spread_planted, collect_pii, write_gt, luhn_complete, cn_id_complete
from h20_cnfmt import pywxdump_csv, alipay_csv, wechatpay_csv
from h20_loc import expand_visits, semantic_history

PID = "cn_guangzhou_media"
TZ = "Asia/Shanghai"
START = datetime(2024, 9, 1)
NDAYS = 91
ME = "wxid_wzq0718kk3n22"

MY_ID = cn_id_complete("44080220000718442")
MUM_ID = cn_id_complete("44080219721015332")
MY_CARD = luhn_complete("621483020117352")
MY_CARD_SP = " ".join([MY_CARD[i:i + 4] for i in range(0, 16, 4)])
PASSPORT = "E69274183"
MUM_PASSPORT = "EJ3805126"

HOURS = [(8, 2), (9, 2), (10, 1), (12, 4), (13, 3), (15, 1), (17, 2), (18, 3), (19, 4), (20, 4), (21, 5), (22, 6), (23, 6), (0, 3)]
GROUP_HOURS = [(h, 2) for h in range(7, 24)]

WX = {"me": ME, "ma": "wxid_lxm7210zj88", "lo": "wxid_wzh_zj2003", "kiki": "wxid_kiki_hsq98", "kelvin": "wxid_ljh_kelvin21",
      "chen": "wxid_czm_travel020", "jie": "wxid_hyj_pig1996"}

MA_ME = ["阿妈 食咗饭未", "食咗喇", "今日返工好忙", "知道啦", "唔使担心我", "阿爸血压点啊", "我周末返唔到",
         "好啦好啦", "嗯", "我自己识煮饭", "广州落雨", "你哋早啲瞓", "我买咗啲嘢寄返去"]
MA_THEM = ["食咗饭未啊", "天冷多穿衫", "你几时返湛江", "早啲瞓啊 唔好成日夜晚打机", "你阿爸话想你", "知道未",
           "屋企一切都好", "钱够唔够使", "秀英姨问你有冇男朋友", "你细佬又冇打电话返嚟", "好", "嗯嗯",
           "我今日去市场买咗沙虫", "唔好乱花钱啊"]
MA_PLANT = [
    (3, "21:10", "ma", "你阿爸血压又高咗 今日去咗中心医院 医生开咗药 冇大事"),
    (3, "21:20", "me", "叫阿爸按时食药啊 我周末打电话返去"),
    (9, "20:30", "ma", "阿嫲话中秋返汕头拜神 拜老爷 你请唔请到假"),
    (9, "20:40", "me", "请唔到啊 我唔信呢啲啦 帮我同阿嫲讲声中秋快乐"),
    (14, "22:15", "ma", "德发叔又去买六合彩 输咗几千 你阿爸闹佢"),
    (20, "21:30", "ma", "你卡号发我 我转啲钱俾你交租"),
    (20, "21:35", "me", "招行 " + MY_CARD_SP + " 唔使转太多啊 我顶得顺"),
    (33, "22:05", "me", "阿妈 呢个月花呗还唔切 可唔可以借我两千 下个月还"),
    (33, "22:10", "ma", "又冇钱？你成日充钱打游戏 我都知"),
    (46, "20:50", "ma", "秀英姨换咗号 159 1862 0735 你存低"),
    (52, "21:40", "ma", "寄嘢就寄去湛江市赤坎区海滨大道北56号 写我名林秀梅"),
    (61, "22:30", "me", "房租拖咗一个礼拜 房东催咗两次 我好烦"),
    (75, "21:05", "ma", "你阿爸今日复查 血压稳定咗"),
    (4, "20:15", "ma", "医生叫吴国强家属签字 我签咗 你唔使返"),
    (80, "21:00", "me", "今晚同Kiki食饭 Kelvin揸车送我返屋企 放心"),
]
LO_ME = ["细佬 做乜", "冇嘢", "你读书点啊", "哈哈哈哈", "收声啦", "今晚开黑", "上分上分", "好", "嗯", "唔该"]
LO_THEM = ["家姐", "打紧机", "今晚开唔开黑", "你好菜啊", "哈哈", "俾啲钱我啦", "阿妈又闹我", "知道", "我考试", "你几时返嚟"]
LO_PLANT = [
    (5, "22:40", "me", "今晚十一点王者开黑 我带你上王者"),
    (18, "23:50", "me", "原神新卡池我又抽咗648 冇出 气死"),
    (29, "23:30", "lo", "我新号 188 2590 4417 旧嗰个唔用喇"),
    (40, "00:20", "me", "我昨晚打到三点 今日返工成个丧尸"),
    (57, "22:10", "lo", "德发叔又喺度买马 阿爸话佢输咗成万"),
    (63, "22:30", "lo", "阿爸架车粤G·3N729年检过咗 吴德发借咗去又刮花"),
    (71, "23:40", "me", "王者赛季末 冲分冲到凌晨 明天又要迟到"),
]
KIKI_ME = ["思琪 收工未", "去唔去饮茶", "哈哈哈哈笑死", "好啊", "我喺地铁", "今晚食咩", "你件衫好靓",
           "我老细好烦", "听日再倾", "冇钱喇", "OK", "唔该晒", "😭😭", "天河城等"]
KIKI_THEM = ["收咗工喇", "去啊去啊", "笑死", "我都系", "北京路啊", "你又冇钱？", "食火锅啦", "周末去唔去长隆",
             "我请你", "哈哈哈", "你同阿杰点啊", "好攰", "OK啦", "我到咗"]
KIKI_PLANT = [
    (2, "19:30", "kiki", "我QQ 3312084569 你加返我 大学嗰个号唔用喇"),
    (2, "19:35", "me", "加咗 我QQ 1849027735 仲系旧嗰个"),
    (8, "22:30", "me", "花呗又到期 我真系冇钱 思琪借我八百得唔得"),
    (8, "22:32", "kiki", "转咗俾你 慢慢还"),
    (16, "12:20", "kiki", "嘉怡话想加你微信 我俾咗你嘅微信号wzq_0718佢"),
    (27, "21:50", "me", "我又借咗网贷 还唔到 好大压力"),
    (27, "21:55", "kiki", "你唔好再充钱打游戏啦 真系"),
    (44, "22:40", "me", "原神周年庆 我又氪咗三百几 我系咪癫咗"),
    (58, "12:30", "kiki", "我新微信 kiki_huangsq 旧号冻结咗"),
    (66, "20:20", "me", "房东话再拖就要我搬 我个月薪全部还晒卡债"),
    (82, "22:00", "kiki", "黄思琪生日会 你一定要嚟啊 珠江新城嗰间"),
]
KELVIN_ME = ["Kelvin 份稿改好未", "收到", "我改咗标题", "OK", "听日开会几点", "老细又改需求", "好", "我晏啲到",
             "数据出咗", "推文排咗八点发"]
KELVIN_THEM = ["改好喇 你睇下", "收到", "十点开会", "今日数据几好", "小红书嗰条爆咗", "好", "老细搵你",
               "你今日好似好攰", "一齐落去食饭", "OK"]
KELVIN_PLANT = [
    (6, "18:40", "kelvin", "今晚我揸车送你 粤A5W8K2 喺B2等"),
    (15, "12:10", "me", "俊豪 我请两日假 返湛江 阿爸入院睇下"),
    (15, "12:15", "kelvin", "冇问题 我同经理讲"),
    (37, "09:50", "me", "昨晚打机打到三点 今日好似死咗"),
    (50, "18:30", "kelvin", "合同寄去公司 天河区花城大道88号1703 写我梁俊豪收"),
]
CHEN_ME = ["陈生 你好", "好的", "收到", "唔该", "几时出签"]
CHEN_THEM = ["吴小姐你好", "收到", "资料齐咗", "下周出签", "好的"]
CHEN_PLANT = [
    (10, "12:30", "chen", "吴小姐 报团去泰国要身份证号 护照号同联系电话"),
    (10, "12:40", "me", "吴梓晴 身份证" + MY_ID + " 护照" + PASSPORT + " 电话137 2648 1953"),
    (10, "12:45", "me", "我阿妈林秀梅 身份证" + MUM_ID + " 护照号" + MUM_PASSPORT),
    (11, "13:00", "chen", "收到 有咩问题打我哋办公室 020-3826 7714"),
    (12, "12:50", "me", "邮箱 wuzq_gz@example.cn 发行程单过嚟就得"),
]
JIE_ME = ["猪猪", "收工未", "我好挂住你", "今晚开黑", "哈哈哈", "你又迟到", "嗯", "好", "晚安", "你食咗饭未",
          "我喺屋企", "今日好攰", "听日见", "😘", "你好衰", "唔理你", "食咩好", "我饿", "上号", "快啲啦"]
JIE_THEM = ["宝宝", "收咗喇", "我都挂住你", "上号", "我带你飞", "今晚食咩", "好", "嗯嗯", "早啲瞓", "我到楼下喇",
            "你又熬夜", "听日接你", "😘😘", "对唔住啦", "你话事", "落雨带遮", "饮奶茶", "我买咗鸡蛋仔"]
JIE_PLANT = [
    (1, "23:10", "jie", "我新号 135-6071-2284 记住啊"),
    (7, "00:10", "me", "再打一局 打完就瞓"),
    (13, "23:55", "me", "原神十连又冇金 我真系唔服"),
    (35, "20:10", "me", "今晚同Kiki去北京路 你唔使等我"),
    (21, "22:30", "jie", "我明晚上夜班 你自己打排位啦"),
    (26, "23:20", "me", "花呗逾期咗 好惊影响征信"),
    (26, "23:25", "jie", "我帮你还住一千 唔好再氪金喇"),
    (39, "00:30", "me", "王者今晚五连跪 心态崩咗"),
    (54, "23:40", "me", "下个月工资到咗先还你 真系对唔住"),
    (68, "00:05", "me", "新出嗰个游戏 一齐玩啊 Switch我都想买 不过冇钱"),
    (84, "23:15", "jie", "何永杰同你讲 你再通宵打机我就收你部手机 哈哈"),
]
RISKY_PARTS = [
    ["真系顶唔顺，", "你哋睇下，", "讲句公道话，", "又嚟！", "我唔怕讲，", "激死我，", "大家醒下啦，", "笑死人，"],
    ["啲官老爷成日讲为人民服务，", "延迟退休话改就改，", "上面一拍脑袋就出政策，", "啲贪官捉极都捉唔晒，",
     "楼价跌成咁都唔准讲，", "社保年年加，", "新闻净系报喜唔报忧，", "基层成日搞形式主义，", "青年失业率都唔公布，"],
    ["老百姓死活边个理啊！😡", "仲有冇天理！", "迟早出事！", "当我哋韭菜咁割！", "讲两句就删帖！",
     "蝦蝦霸霸欺负老实人！！", "呢个制度根本有问题！", "投诉都冇地方投诉！"],
]
GROUP_WX = {"me": ME, "zheng": "wxid_zht_1999zj", "jiayi": "wxid_jiayi_cc", "ming": "wxid_ming_0503", "kiki": WX["kiki"],
            "yan": "wxid_yanzi_fs"}
GROUP_FILL = {
    "me": ["哈哈哈哈", "好耐冇见", "我喺广州", "好啊", "我都嚟", "郑海涛你唔好喺度发呢啲啦"],
    "jiayi": ["聚会定喺元旦", "哈哈哈", "收到", "边个返湛江", "我喺深圳", "报名接龙", "梓晴嚟唔嚟"],
    "ming": ["👍", "收到", "我嚟", "今日好热", "开车紧", "哈哈"],
    "kiki": ["哈哈哈", "我都去", "梓晴请食饭", "笑死"],
    "yan": ["🌹", "大家好", "我报名", "带埋仔女嚟", "好耐冇见啊", "我喺佛山"],
    "zheng": ["早晨", "食咗未", "哈哈"],
}


def chats():
    res = {}
    res["阿妈"] = (build_chat(201, TZ, START, NDAYS, {"me": 5, "ma": 5}, {"me": MA_ME, "ma": MA_THEM}, 100, MA_PLANT, HOURS,
                              flavour={"ma": ["啊", "呀"]}, media={"ma": ["<VOICE>", "<IMG>"]}), "ma")
    res["细佬"] = (build_chat(202, TZ, START, NDAYS, {"me": 5, "lo": 5}, {"me": LO_ME, "lo": LO_THEM}, 70, LO_PLANT, HOURS,
                              flavour={"lo": [" 😂"]}), "lo")
    res["Kiki"] = (build_chat(203, TZ, START, NDAYS, {"me": 5, "kiki": 5}, {"me": KIKI_ME, "kiki": KIKI_THEM}, 118, KIKI_PLANT,
                              HOURS, flavour={"me": ["啊", " 😂", "啦"], "kiki": ["啊", "喎"]},
                              media={"me": ["<STICKER>"], "kiki": ["<STICKER>", "<IMG>"]}), "kiki")
    res["Kelvin"] = (build_chat(204, TZ, START, NDAYS, {"me": 5, "kelvin": 5}, {"me": KELVIN_ME, "kelvin": KELVIN_THEM}, 75,
                                KELVIN_PLANT, HOURS, day_filter=lambda d: d.weekday() < 5), "kelvin")
    res["旅行社陈生"] = (build_chat(205, TZ, START, NDAYS, {"me": 5, "chen": 5}, {"me": CHEN_ME, "chen": CHEN_THEM}, 16,
                                   CHEN_PLANT, HOURS, burst=(2, 3)), "chen")
    res["猪猪🐷"] = (build_chat(206, TZ, START, NDAYS, {"me": 5, "jie": 5}, {"me": JIE_ME, "jie": JIE_THEM}, 168, JIE_PLANT,
                              HOURS, flavour={"me": ["啦", "😘", "啊"], "jie": ["啦", "❤️"]},
                              media={"me": ["<STICKER>", "<VOICE>"], "jie": ["<IMG>", "<VOICE>"]}), "jie")
    risky = distinct_combos(207, RISKY_PARTS, 70)
    planted = spread_planted(208, risky, NDAYS, "zheng", GROUP_HOURS)
    planted += [(30, "22:20", "me", "郑海涛你唔好喺度发呢啲啦 群会俾人封"),
                (44, "21:10", "jiayi", "梓晴 你份工喺天河区花城大道88号系咪 元旦我哋上去搵你")]
    g = build_chat(209, TZ, START, NDAYS, {"me": 2, "jiayi": 4, "ming": 3, "kiki": 2, "yan": 3, "zheng": 1}, GROUP_FILL, 80,
                   planted, GROUP_HOURS, burst=(2, 5), media={"yan": ["<IMG>"]})
    res["湛江一中高三5班"] = (g, "group")
    return res


def _dt(day, hm):
    h, m = map(int, hm.split(":"))
    return (START + timedelta(days=day)).replace(hour=h, minute=m, second=(day * 13 + h) % 60)


def payments():
    rng = random.Random(210)
    ali, wx = [], []
    n = [0]

    def oid(prefix):
        n[0] += 1
        return prefix + "%010d%08d" % (rng.randrange(10 ** 10), n[0] * 41)
    for d, m in ((14, "9月"), (44, "10月"), (75, "11月")):
        ali.append(dict(time=_dt(d, "10:02"), cat="转账红包", party="广州浪尖文化传播有限公司", acct="/", item=m + "工资",
                        io="收入", amount="6200.00", method="余额", oid=oid("2024")))
    for d in (4, 35, 68):
        ali.append(dict(time=_dt(d, "21:30"), cat="转账红包", party="冯志成", acct="fzc***@example.cn", item="房租",
                        io="支出", amount="2300.00", method="花呗" if d == 68 else "余额", oid=oid("2024")))
    for d, amt in ((8, "1456.20"), (38, "1620.00"), (69, "1380.55")):
        ali.append(dict(time=_dt(d, "12:00"), cat="信用借还", party="花呗", acct="/", item="花呗主动还款",
                        io="不计收支", amount=amt, method="余额", oid=oid("2024")))
    ali.append(dict(time=_dt(27, "21:40"), cat="信用借还", party="借呗", acct="/", item="借呗借款-到账",
                    io="不计收支", amount="3000.00", method="余额", oid=oid("2024")))
    ali.append(dict(time=_dt(40, "09:00"), cat="信用借还", party="花呗", acct="/", item="花呗逾期服务费",
                    io="支出", amount="36.50", method="余额", oid=oid("2024")))
    ali.append(dict(time=_dt(33, "22:20"), cat="转账红包", party="林秀梅", acct="lxm***@example.cn", item="转账",
                    io="收入", amount="2000.00", method="余额", oid=oid("2024")))
    games = [(5, "648.00", "原神-创世结晶"), (13, "328.00", "原神-创世结晶"), (18, "648.00", "原神-创世结晶"),
             (25, "68.00", "王者荣耀-点券"), (39, "198.00", "王者荣耀-点券"), (44, "328.00", "原神-周年庆礼包"),
             (52, "30.00", "原神-空月祝福"), (60, "128.00", "王者荣耀-战令"), (71, "198.00", "王者荣耀-点券"),
             (82, "30.00", "原神-空月祝福")]
    for d, a, it in games:
        ali.append(dict(time=_dt(d, "23:%02d" % rng.randrange(60)), cat="文化休闲", party="米哈游" if "原神" in it else "腾讯游戏",
                        acct="/", item=it, io="支出", amount=a, method="花呗", oid=oid("2024"), moid="GM%012d" % rng.randrange(10 ** 12)))
    merch = [("餐饮美食", "饿了么", "外卖订单"), ("日用百货", "淘宝", "淘宝-衣服"), ("交通出行", "广州地铁", "乘车码"),
             ("日用百货", "拼多多", "纸巾"), ("充值缴费", "中国移动", "话费充值"), ("餐饮美食", "喜茶", "多肉葡萄")]
    for i in range(30):
        c, p, it = merch[i % len(merch)]
        ali.append(dict(time=_dt(rng.randrange(NDAYS), "%02d:%02d" % (rng.choice([8, 12, 19, 22]), rng.randrange(60))),
                        cat=c, party=p, acct="/", item=it, io="支出", amount="%.2f" % rng.uniform(3, 180),
                        method=rng.choice(["花呗", "余额", "招商银行储蓄卡(4035)"]), oid=oid("2024")))
    wx_people = [(8, "收入", "黄思琪", "800.00", "转账备注:借你"), (26, "收入", "何永杰", "1000.00", "转账备注:帮你还花呗"),
                 (45, "支出", "黄思琪", "300.00", "转账备注:先还三百"), (76, "支出", "何永杰", "1000.00", "转账备注:还你"),
                 (15, "支出", "吴梓豪", "200.00", "转账备注:零用"), (83, "支出", "黄思琪", "500.00", "转账备注:还埋")]
    for d, io, p, a, it in wx_people:
        wx.append(dict(time=_dt(d, "22:%02d" % rng.randrange(60)), type="转账", party=p, item=it, io=io, amount=a,
                       method="零钱" if io == "支出" else "/", status="对方已收钱" if io == "支出" else "已存入零钱", oid=oid("1000")))
    wx.append(dict(time=_dt(10, "13:10"), type="商户消费", party="广州悠游国际旅行社", item="泰国五天四晚团费(2人)", io="支出",
                   amount="5998.00", method="招商银行(4035)", oid=oid("4200")))
    shops = ["7-ELEVEN(江南西店)", "陶陶居", "点都德", "肠粉王", "美宜佳", "猪脚饭档口", "茶餐厅", "滴滴出行", "瑞幸咖啡"]
    for i in range(34):
        wx.append(dict(time=_dt(rng.randrange(NDAYS), "%02d:%02d" % (rng.choice([8, 12, 13, 19]), rng.randrange(60))),
                       type="商户消费" if i % 2 else "扫二维码付款", party=shops[i % len(shops)], item="/", io="支出",
                       amount="%.2f" % rng.uniform(4, 88), method=rng.choice(["零钱", "招商银行(4035)"]), oid=oid("4200"),
                       moid=str(rng.randrange(10 ** 14))))
    wx.append(dict(time=_dt(50, "21:00"), type="微信红包", party="林秀英", item="/", io="收入", amount="88.00", method="/",
                   status="已存入零钱", oid=oid("1000")))
    return ali, wx


PLACES = {
    "home": dict(lat=23.104120, lon=113.268330, placeId="ChIJh0mE5rL_AjQR2kqJ3bX0T1c", semantic="TYPE_HOME",
                 name="怡乐苑", address="中国广东省广州市海珠区江南大道中128号"),
    "work": dict(lat=23.121640, lon=113.325870, placeId="ChIJ1d8x4u3_AjQRq2WbH4Z9eUo", semantic="TYPE_WORK",
                 name="广州浪尖文化传播有限公司", address="中国广东省广州市天河区花城大道88号"),
    "cafe": dict(lat=23.132410, lon=113.323950, placeId="ChIJ3xQ9Yv7_AjQRo5t1LpM2aBs", name="天河城",
                 address="中国广东省广州市天河区天河路"),
    "kiki": dict(lat=23.126100, lon=113.281900, placeId="ChIJv2dN0sL_AjQR9sPq8cR4nHk", name="北京路步行街",
                 address="中国广东省广州市越秀区北京路"),
    "zj": dict(lat=21.274800, lon=110.365900, placeId="ChIJ0Qk1mQf7GzERpT3dY6wVh8c", name="赤坎区",
               address="中国广东省湛江市赤坎区海滨大道北"),
}


def day_plan(day, rng):
    i = (day - START).days
    m = rng.randrange(0, 25)
    if 15 <= i <= 16:
        return [("00:00", "24:00", "zj")]
    if i == 17:
        return [("00:00", "15:00", "zj"), ("20:30", "24:00", "home")]
    if day.weekday() < 5:
        return [("00:00", "08:%02d" % (40 + m // 2), "home"), ("09:%02d" % (20 + m), "18:%02d" % (35 + m), "work"),
                ("19:%02d" % (15 + m), "24:00", "home")]
    if day.weekday() == 5:
        return [("00:00", "11:%02d" % m, "home"), ("12:%02d" % m, "17:%02d" % m, "kiki" if i % 2 else "cafe"),
                ("18:%02d" % m, "24:00", "home")]
    return [("00:00", "24:00", "home")]


def build(out_root):
    pdir = os.path.join(out_root, PID)
    counts = {}
    sid = 1
    for title, (msgs, who) in chats().items():
        if who == "group":
            pywxdump_csv(os.path.join(pdir, "wechat_csv", title, title + "_0_%d.csv" % len(msgs)), msgs,
                         "38201977466@chatroom", GROUP_WX, start_id=sid)
        else:
            pywxdump_csv(os.path.join(pdir, "wechat_csv", title, title + "_0_%d.csv" % len(msgs)), msgs, WX[who],
                         {"me": ME, who: WX[who]}, start_id=sid)
        sid += len(msgs)
        counts[title] = len(msgs)
    ali, wx = payments()
    alipay_csv(os.path.join(pdir, "alipay", "支付宝交易明细(20240901-20241130).csv"), ali, "吴梓晴", "13726481953",
               "2024-09-01 00:00:00", "2024-11-30 23:59:59", "2024-12-01 21:47:03")
    wechatpay_csv(os.path.join(pdir, "wechatpay", "微信支付账单(20240901-20241130).csv"), wx, "晴天☀️",
                  "2024-09-01 00:00:00", "2024-11-30 23:59:59", "2024-12-01 21:52:18")
    visits = expand_visits(211, TZ, START, NDAYS, day_plan, PLACES)
    semantic_history(pdir, visits, PLACES, 212)
    registry = [
        ("PERSON", "吴梓晴"), ("PERSON", "林秀梅"), ("PERSON", "吴国强"), ("PERSON", "吴梓豪"), ("PERSON", "林秀英"),
        ("PERSON", "吴德发"), ("PERSON", "黄思琪"), ("PERSON", "梁俊豪"), ("PERSON", "何永杰"), ("PERSON", "郑海涛"),
        ("PERSON", "冯志成"), ("PERSON", "秀英姨"), ("PERSON", "德发叔"), ("PERSON", "思琪"), ("PERSON", "俊豪"),
        ("PERSON", "阿杰"), ("PERSON", "陈生"), ("PERSON", "嘉怡"), ("PERSON", "Kiki"), ("PERSON", "Kelvin"), ("LICENSE_PLATE", "粤G·3N729"),
        ("PHONE_NUMBER", "13726481953"), ("PHONE_NUMBER", "137 2648 1953"), ("PHONE_NUMBER", "159 1862 0735"),
        ("PHONE_NUMBER", "188 2590 4417"), ("PHONE_NUMBER", "135-6071-2284"), ("PHONE_NUMBER", "020-3826 7714"),
        ("EMAIL_ADDRESS", "wuzq_gz@example.cn"),
        ("LOCATION", "湛江市赤坎区海滨大道北56号"), ("LOCATION", "天河区花城大道88号1703"), ("LOCATION", "天河区花城大道88号"),
        ("LOCATION", "海珠区江南大道中128号"),
        ("CN_ID_CARD", MY_ID), ("CN_ID_CARD", MUM_ID), ("CN_PASSPORT", PASSPORT), ("CN_PASSPORT", MUM_PASSPORT),
        ("CN_BANK_CARD", MY_CARD_SP), ("QQ_NUMBER", "3312084569"), ("QQ_NUMBER", "1849027735"),
        ("WECHAT_ID", "wzq_0718"), ("WECHAT_ID", "kiki_huangsq"), ("LICENSE_PLATE", "粤A5W8K2"),
    ]
    pii = collect_pii(pdir, registry)
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "吴梓晴, 24, new-media operator at a 天河 agency, rents in 海珠; family in 湛江, grandmother in 汕头. "
                       "Heavy mobile gamer (原神/王者荣耀 top-ups on 花呗) and short of money.",
        "timezone": TZ,
        "user": {"names": ["吴梓晴", "梓晴", "晴天☀️"], "phones": ["13726481953", "137 2648 1953"],
                 "emails": ["wuzq_gz@example.cn"], "handles": ["wzq_0718", "1849027735"]},
        "pii": pii,
        "facts": {
            "home": {"lat": 23.10412, "lon": 113.26833, "radius_m": 300, "address": "海珠区江南大道中128号怡乐苑", "city": "广州"},
            "work": {"lat": 23.12164, "lon": 113.32587, "radius_m": 300, "employer": "广州浪尖文化传播有限公司"},
            "sleep_window": {"start": "00:30", "end": "08:00", "tolerance_min": 60},
            "top_contacts": sorted([{"name": t, "messages": c} for t, c in counts.items() if t != "湛江一中高三5班"],
                                   key=lambda x: -x["messages"])[:3],
            "relationships": [
                {"name": "猪猪🐷", "relationship": "partner", "full_name": "何永杰"},
                {"name": "阿妈", "relationship": "mother", "full_name": "林秀梅"},
                {"name": "细佬", "relationship": "brother", "full_name": "吴梓豪"},
                {"name": "Kiki", "relationship": "close_friend", "full_name": "黄思琪"},
                {"name": "Kelvin", "relationship": "colleague", "full_name": "梁俊豪"},
                {"name": "旅行社陈生", "relationship": "travel_agent", "full_name": "陈生"}],
            "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": False}, "gaming": {"value": True},
            "salary": {"amount": "6200.00", "currency": "CNY", "payer": "广州浪尖文化传播有限公司", "period": "monthly"},
            "risky_contact": {"name": "郑海涛", "why": "posts 70 distinct angry political messages in 湛江一中高三5班 (sender wxid_zht_1999zj)"}},
    }
    write_gt(pdir, gt)
    return counts, len(ali) + len(wx), pii
