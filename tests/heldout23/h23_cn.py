"""cn_nanjing_retiree: 顾振华, retired accountant in Nanjing (Asia/Shanghai).

Formats: MemoTrace (WeChatMsg) per-chat CSV, Alipay bill CSV (GBK), WeChat Pay
bill CSV, Google on-device Timeline.json (Android)."""
import csv
import datetime as dt
import io
import json
import random
from zoneinfo import ZoneInfo

import h23_common as C
import h23_cn_text as T

PID = "cn_nanjing_retiree"
TZ = ZoneInfo("Asia/Shanghai")
D0, D1 = dt.date(2024, 3, 1), dt.date(2024, 5, 31)
SLEEP = ("22:00", "06:00")

ME_WXID = "wxid_gzh59nj8821"
ME_NICK = "宁静致远"

# chat key -> (remark/title, wxid, nickname, TalkerId, speaker code)
CHATS = {
    "daughter": ("女儿", "wxid_tg88mel0u2q21", "考拉妈妈🐨", 7, "d"),
    "son": ("儿子", "wxid_gl85bigg7c12", "大G", 12, "s"),
    "wife": ("老伴", "wxid_hetang61sxl5", "荷塘月色", 3, "w"),
    "jiang": ("老蒋", "wxid_mxzz2j4k9q22", "墨香斋主", 25, "j"),
    "doctor": ("钱主任", "wxid_rxrs8q7h3m11", "仁心仁术", 41, "q"),
    "group": ("翠荷苑5栋邻里群", "24817730519@chatroom", "翠荷苑5栋邻里群", 58, None),
}

PLACES = {
    "home": (32.068531, 118.755624),
    "work": (32.041920, 118.784471),
    "uni_old": (32.062540, 118.739480),
    "uni": (32.058912, 118.770365),
    "park": (32.059020, 118.746510),
    "hospital": (32.076534, 118.761842),
    "son": (31.948210, 118.828030),
    "cemetery": (31.976020, 118.771280),
    "room": (32.067010, 118.757190),
    "market": (32.065480, 118.759830),
    "lake": (32.076010, 118.795040),
    "school": (31.944020, 118.820110),
    "hs_hotel": (30.073020, 118.159040),
    "hs_scenic": (30.132050, 118.165020),
    "tunxi": (29.715030, 118.310020),
}


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- chats

def build_chats(rng):
    book = C.ChatBook(TZ, rng, SLEEP)
    days = list(C.daterange(D0, D1))
    trip = {dt.date(2024, 5, d) for d in (14, 15, 16, 17)}
    home_days = [d for d in days if d not in trip]

    def fixed(chat, scenes):
        for d, hhmm, lines in scenes:
            book.scene(chat, d, hhmm, lines)

    fixed("daughter", T.DAUGHTER_SCENES)
    fixed("son", T.SON_SCENES)
    fixed("wife", T.WIFE_SCENES)
    fixed("jiang", T.JIANG_SCENES)
    fixed("doctor", T.DOCTOR_SCENES)
    fixed("group", T.GROUP_SCENES)

    book.place_fillers("daughter", T.DAUGHTER_FILLER, home_days, [(7, 9), (16, 21)], per_day_max=1)
    book.place_fillers("son", T.SON_FILLER, home_days, [(12, 13), (18, 21)], per_day_max=1)
    book.place_fillers("wife", T.WIFE_FILLER, home_days, [(8, 12), (15, 20)], per_day_max=1)
    book.place_fillers("jiang", T.JIANG_FILLER, home_days, [(8, 11), (18, 21)], per_day_max=1)
    book.place_fillers("group", T.GROUP_OTHER, home_days, [(7, 12), (14, 21)], per_day_max=1)

    # the rest of 潘建军's rants: bursts of one to three posts, any hour (he is not the user)
    used = {0, 1, 2, 3, 20, 21}
    rest = [r for i, r in enumerate(T.PAN_RANTS) if i not in used]
    i = 0
    while i < len(rest):
        n = min(len(rest) - i, rng.choice([1, 1, 2, 2, 3]))
        lines = [("pan", r) for r in rest[i:i + n]]
        for _ in range(100):
            d = rng.choice(days)
            hh = rng.choice([6, 7, 9, 11, 13, 16, 19, 20, 21, 22, 23])
            start = dt.datetime(d.year, d.month, d.day, hh, rng.randint(0, 59), tzinfo=TZ)
            if book.is_free("group", d, start):
                book.scene("group", d, f"{hh:02d}:{start.minute:02d}", lines)
                break
        i += n
    return book


def _str_content(rng, m, from_wxid, to_wxid, t):
    k = m["kind"]
    o = m["opts"]
    if k == "text":
        return 1, 0, m["text"]
    if k == "image":
        return 3, 0, (f'<?xml version="1.0"?>\n<msg>\n\t<img aeskey="{_hex(rng, 32)}" encryver="1" '
                      f'cdnthumbaeskey="{_hex(rng, 32)}" cdnthumblength="{rng.randint(3000, 9000)}" '
                      f'cdnthumbheight="120" cdnthumbwidth="90" length="{rng.randint(90000, 900000)}" '
                      f'md5="{_hex(rng, 32)}" />\n</msg>\n')
    if k == "sticker":
        n = rng.randint(20000, 400000)
        return 47, 0, (f'<msg><emoji fromusername = "{from_wxid}" tousername = "{to_wxid}" type="2" '
                       f'idbuffer="media:0_0" md5="{_hex(rng, 32)}" len = "{n}" productid="" '
                       f'androidmd5="{_hex(rng, 32)}" androidlen="{n}" width= "240" height= "240" ></emoji></msg>')
    if k == "voice":
        ms = rng.randint(2000, 42000)
        return 34, 0, (f'<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" '
                       f'voicelength="{ms}" length="{ms // 2 + rng.randint(100, 900)}" bufid="0" '
                       f'aeskey="{_hex(rng, 32)}" voiceurl="{_hex(rng, 64)}" voicemd5="" '
                       f'clientmsgid="{_hex(rng, 32)}" fromusername="{from_wxid}" /></msg>')
    if k == "video":
        return 43, 0, (f'<?xml version="1.0"?>\n<msg>\n\t<videomsg aeskey="{_hex(rng, 32)}" '
                       f'cdnthumbaeskey="{_hex(rng, 32)}" length="{rng.randint(2000000, 9000000)}" '
                       f'playlength="{rng.randint(8, 50)}" cdnthumbwidth="288" cdnthumbheight="512" '
                       f'fromusername="{from_wxid}" md5="{_hex(rng, 32)}" isad="0" />\n</msg>\n')
    if k == "location":
        return 48, 0, (f'<?xml version="1.0"?>\n<msg>\n\t<location x="{o["x"]}" y="{o["y"]}" scale="16" '
                       f'label="{o["label"]}" maptype="roadmap" poiname="{o["poiname"]}" poiid="" '
                       f'isFromPoiList="true" adcode="320106" cityname="南京市" fromusername="{from_wxid}" />\n</msg>\n')
    if k == "call":
        return 50, 0, (f'<voipmsg type="VoIPBubbleMsg"><VoIPBubbleMsg><msg><![CDATA[通话时长 {o["dur"]}]]></msg>\n'
                       f'<room_type>1</room_type>\n<red_dot>false</red_dot>\n<roomid>{rng.randint(10**9, 10**10)}</roomid>\n'
                       f'<msg_type>100</msg_type>\n<timestamp>{C.epoch_ms(t)}</timestamp>\n<duration>0</duration>\n'
                       f'<business>1</business>\n</VoIPBubbleMsg></voipmsg>')
    if k == "link":
        return 49, 5, (f'<?xml version="1.0"?>\n<msg>\n\t<appmsg appid="" sdkver="0">\n\t\t<title>{o["title"]}</title>\n'
                       f'\t\t<des>{o["des"]}</des>\n\t\t<action>view</action>\n\t\t<type>5</type>\n\t\t<showtype>0</showtype>\n'
                       f'\t\t<url>{o["url"]}</url>\n\t\t<appattach>\n\t\t\t<totallen>0</totallen>\n\t\t</appattach>\n'
                       f'\t\t<sourceusername>gh_{_hex(rng, 12)}</sourceusername>\n\t</appmsg>\n'
                       f'\t<fromusername>{from_wxid}</fromusername>\n\t<scene>0</scene>\n</msg>\n')
    if k == "system":
        return 10000, 0, m["text"]
    raise ValueError(k)


def write_chats(root, book, rng):
    files = {}
    allm = sorted(book.msgs, key=lambda m: (m["t"], m["chat"]))
    local_id = 18234
    for m in allm:
        local_id += 1 + (1 if rng.random() < 0.04 else 0)
        m["localId"] = local_id
    for key, (remark, wxid, nick, talker, code) in CHATS.items():
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(['localId', 'TalkerId', 'Type', 'SubType', 'IsSender', 'CreateTime', 'Status',
                    'StrContent', 'StrTime', 'Remark', 'NickName', 'Sender'])
        for m in book.by_chat(key):
            t = m["t"]
            is_me = m["who"] == "me"
            if key == "group":
                if m["kind"] == "system":
                    sender = ("", "", "")
                elif is_me:
                    sender = (ME_NICK, ME_NICK, ME_WXID)
                else:
                    gw, gn = T.GROUP_MEMBERS[m["who"]]
                    sender = (gn, gn, gw)
                from_w = sender[2] or wxid
                to_w = wxid
            else:
                sender = (ME_NICK, ME_NICK, ME_WXID) if is_me else (remark, nick, wxid)
                from_w, to_w = (ME_WXID, wxid) if is_me else (wxid, ME_WXID)
            typ, sub, content = _str_content(rng, m, from_w, to_w, t)
            status = 2 if is_me else 3
            w.writerow([m["localId"], talker, typ, sub, 1 if is_me else 0, C.epoch(t), status, content,
                        t.strftime("%Y-%m-%d %H:%M:%S"), *sender])
        rel = f"wechat/聊天记录/{remark}/{remark}_utf8.csv"
        C.write_bytes(root, rel, buf.getvalue().encode("utf-8-sig"))
        files[rel] = "text-utf8-sig"
    return files


# ---------------------------------------------------------------- payments

def _alipay_rows(rng):
    R = []

    def add(d, hhmm, cat, cp, acct, item, io_, amt, method, status="交易成功", note="", merchant=True):
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(d.year, d.month, d.day, h, mi, rng.randint(0, 59), tzinfo=TZ)
        oid = t.strftime("%Y%m%d") + "2200" + "".join(rng.choice("0123456789") for _ in range(16))
        mid = ("T200P" + t.strftime("%y%m%d") + "".join(rng.choice("0123456789") for _ in range(14))) if merchant else ""
        R.append((t, [t.strftime("%Y-%m-%d %H:%M:%S"), cat, cp, acct, item, io_, f"{amt:.2f}", method, status, oid, mid, note]))

    icbc, boc = "工商银行储蓄卡(6574)", "中国银行储蓄卡(9488)"
    for m, prev in ((3, 2), (4, 3), (5, 4)):
        add(dt.date(2024, m, 10), "09:1" + str(m), "转账红包", "南京恒源商贸有限公司", "hyshm***@example.cn",
            f"{prev}月劳务费", "收入", 3200.00, "余额", merchant=False)
    # utilities
    for d, amt in ((dt.date(2024, 3, 6), 168.40), (dt.date(2024, 4, 7), 142.70), (dt.date(2024, 5, 6), 121.90)):
        add(d, "10:05", "生活缴费", "国网江苏省电力有限公司", "/", "电费-户号0102****5831", "支出", amt, "余额")
    add(dt.date(2024, 3, 18), "19:40", "生活缴费", "南京水务集团有限公司", "/", "水费-2024年1-2月", "支出", 52.80, "余额")
    add(dt.date(2024, 5, 19), "19:12", "生活缴费", "南京水务集团有限公司", "/", "水费-2024年3-4月", "支出", 47.30, "余额")
    add(dt.date(2024, 3, 22), "10:30", "生活缴费", "南京港华燃气有限公司", "/", "燃气费充值", "支出", 150.00, "余额")
    add(dt.date(2024, 5, 3), "16:02", "生活缴费", "南京港华燃气有限公司", "/", "燃气费充值", "支出", 150.00, "余额")
    for d in (dt.date(2024, 3, 2), dt.date(2024, 4, 2), dt.date(2024, 5, 2)):
        add(d, "08:40", "充值缴费", "中国移动", "/", "话费充值-139****7364", "支出", 100.00, "余额")
    # health
    add(dt.date(2024, 3, 18), "14:26", "医疗健康", "南京市鼓楼区中心医院", "/", "门诊挂号费-心内科专家号", "支出", 25.00, "余额")
    add(dt.date(2024, 3, 20), "10:41", "医疗健康", "南京市鼓楼区中心医院", "/", "门诊缴费-西药费", "支出", 86.40, icbc)
    add(dt.date(2024, 5, 16), "15:31", "医疗健康", "南京市鼓楼区中心医院", "/", "门诊挂号费-心内科专家号", "支出", 25.00, "余额")
    add(dt.date(2024, 5, 22), "08:57", "医疗健康", "南京市鼓楼区中心医院", "/", "门诊缴费-检验费", "支出", 128.00, icbc)
    for d, amt in ((dt.date(2024, 3, 21), 32.50), (dt.date(2024, 4, 15), 65.00), (dt.date(2024, 5, 11), 65.00),
                   (dt.date(2024, 5, 25), 28.80)):
        add(d, "09:5" + str(d.day % 10), "医疗健康", "老百姓大药房(虎踞路店)", "/", "药品", "支出", amt, "余额")
    # groceries, shopping
    for i in range(12):
        d = D0 + dt.timedelta(days=rng.randint(0, 91))
        if dt.date(2024, 5, 14) <= d <= dt.date(2024, 5, 17):
            continue
        add(d, f"09:{rng.randint(10, 40)}", "日用百货", "苏果超市(虎踞北路店)", "/", "超市购物", "支出",
            round(rng.uniform(23, 168), 2), "余额")
    for i in range(5):
        d = D0 + dt.timedelta(days=rng.randint(0, 91))
        if dt.date(2024, 5, 14) <= d <= dt.date(2024, 5, 17):
            continue
        add(d, f"{rng.choice([10, 15, 16])}:{rng.randint(10, 59)}", "餐饮美食", "盒马鲜生", "/", "盒马订单", "支出",
            round(rng.uniform(45, 210), 2), boc)
    add(dt.date(2024, 3, 5), "20:18", "文化休闲", "湖笔文化旗舰店", "/", "湖笔狼毫毛笔3支装", "支出", 68.00, "余额")
    add(dt.date(2024, 4, 10), "19:44", "文化休闲", "宣城宣纸专营店", "/", "宣纸四尺一刀", "支出", 98.00, "余额")
    add(dt.date(2024, 4, 23), "20:30", "日用百货", "淘宝商家", "/", "茶叶密封罐 10只装", "支出", 39.90, "余额")
    # family transfers
    add(dt.date(2024, 4, 20), "10:14", "转账红包", "顾磊", "gul***@example.cn", "转账", "支出", 5980.00, icbc,
        note="黄山旅游团费", merchant=False)
    add(dt.date(2024, 5, 1), "12:30", "转账红包", "顾磊", "gul***@example.cn", "转账", "支出", 500.00, "余额",
        note="给孩子买玩具", merchant=False)
    add(dt.date(2024, 5, 8), "11:43", "转账红包", "蒋国庆", "138******07", "转账", "支出", 85.00, "余额",
        note="春游车费", merchant=False)
    add(dt.date(2024, 4, 24), "09:30", "转账红包", "梅岭茶舍", "mlcs***@example.cn", "转账", "支出", 1200.00, icbc,
        note="雨花茶团购", merchant=False)
    # Huangshan trip
    add(dt.date(2024, 5, 14), "12:36", "餐饮美食", "黄山汤口徽府酒家", "/", "餐费", "支出", 186.00, "余额")
    add(dt.date(2024, 5, 15), "08:12", "文化休闲", "黄山旅游发展股份有限公司", "/", "玉屏索道单程x2", "支出", 180.00, "余额")
    add(dt.date(2024, 5, 16), "15:48", "日用百货", "屯溪老街徽韵茶行", "/", "黄山毛峰250g", "支出", 160.00, "余额")
    add(dt.date(2024, 5, 17), "11:05", "餐饮美食", "G3高速黄山服务区", "/", "商品", "支出", 24.00, "余额")
    add(dt.date(2024, 5, 22), "11:20", "交通出行", "滴滴出行", "/", "快车订单", "支出", 14.60, "余额")
    add(dt.date(2024, 4, 4), "10:50", "交通出行", "功德园停车场", "/", "停车费", "支出", 10.00, "余额")
    # refund / neutral
    add(dt.date(2024, 4, 25), "14:02", "退款", "淘宝商家", "/", "退款-茶叶密封罐 10只装", "不计收支", 39.90, "余额",
        status="退款成功")
    for m in (3, 4, 5):
        add(dt.date(2024, m, 28), "07:50", "投资理财", "余额宝", "/", "余额宝-收益发放", "不计收支",
            round(rng.uniform(8, 14), 2), "余额宝")
    R.sort(key=lambda r: r[0], reverse=True)
    return R


def write_alipay(root, rng):
    rows = _alipay_rows(rng)

    def pad(v, w=20):
        return v.ljust(w) if len(v) < w else v + " "

    inc = [r for _, r in rows if r[5] == "收入"]
    out = [r for _, r in rows if r[5] == "支出"]
    neu = [r for _, r in rows if r[5] == "不计收支"]
    s = lambda rs: sum(float(r[6]) for r in rs)
    lines = [
        "-" * 84,
        "导出信息：",
        "姓名：顾振华",
        "支付宝账户：13951827364",
        "起始时间：[2024-03-01 00:00:00]    终止时间：[2024-05-31 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2024-06-01 09:26:13]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {s(inc):.2f}元",
        f"支出：{len(out)}笔 {s(out):.2f}元",
        f"不计收支：{len(neu)}笔 {s(neu):.2f}元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；",
        "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
        "9.本明细仅供个人对账使用。",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
        "交易时间            ,交易分类                ,交易对方                ,对方账号                ,商品说明                ,"
        "收/支                 ,金额                  ,收/付款方式              ,交易状态                ,交易订单号     ,"
        "商家订单号           ,备注                  ,",
    ]
    for _, r in rows:
        f = [pad(x) for x in r[:9]] + [r[9] + "\t", (r[10] + "\t") if r[10] else pad("") + "\t", pad(r[11])]
        lines.append(",".join(f) + ",")
    data = ("\n".join(lines) + "\n").encode("gbk")
    rel = "alipay/alipay_record_20240601_0926.csv"
    C.write_bytes(root, rel, data)
    return {rel: "text-gbk"}, len(rows)


def _wechat_rows(rng):
    R = []

    def add(d, hhmm, typ, cp, goods, io_, amt, method, status, note="/", quoted=True):
        h, mi = map(int, hhmm.split(":"))
        t = dt.datetime(d.year, d.month, d.day, h, mi, rng.randint(0, 59), tzinfo=TZ)
        tid = "42000" + "".join(rng.choice("0123456789") for _ in range(5)) + t.strftime("%Y%m%d") + \
            "".join(rng.choice("0123456789") for _ in range(10))
        mid = "".join(rng.choice("0123456789") for _ in range(rng.choice([18, 20, 24]))) if typ != "转账" else "/"
        R.append((t, typ, cp, goods, io_, amt, method, status, tid, mid, note))

    markets = [("鲜多多蔬菜", "收款方备注:二维码收款"), ("百味鲜肉铺", "收款方备注:二维码收款"),
               ("水果码头(虎踞北路)", "收款方备注:二维码收款"), ("金陵锅贴", "收款方备注:二维码收款")]
    trip = {dt.date(2024, 5, d) for d in (14, 15, 16, 17)}
    n = 0
    while n < 26:
        d = D0 + dt.timedelta(days=rng.randint(0, 91))
        if d in trip:
            continue
        cp, goods = rng.choice(markets)
        amt = round(rng.uniform(6, 58), 2) if "锅贴" not in cp else rng.choice([8.0, 12.0, 16.0])
        add(d, f"0{rng.randint(7, 8)}:{rng.randint(0, 59):02d}", "扫二维码付款", cp, goods, "支出", amt, "零钱", "已转账")
        n += 1
    add(dt.date(2024, 3, 1), "10:22", "商户消费", "南京老年大学", "2024春季书法班学费", "支出", 380.00, "中国银行(9488)", "支付成功")
    for d in (dt.date(2024, 3, 14), dt.date(2024, 4, 25), dt.date(2024, 5, 23)):
        add(d, "10:1" + str(d.day % 10), "扫二维码付款", "清凉理发店", "收款方备注:二维码收款", "支出", 15.00, "零钱", "已转账")
    # games (gaming = true)
    add(dt.date(2024, 3, 11), "19:32", "商户消费", "深圳市腾讯计算机系统有限公司", "天天象棋-月卡", "支出", 12.00, "零钱", "支付成功")
    add(dt.date(2024, 4, 11), "19:32", "商户消费", "深圳市腾讯计算机系统有限公司", "天天象棋-月卡(自动续费)", "支出", 12.00, "零钱", "支付成功")
    for d, hhmm, amt, g in ((dt.date(2024, 3, 25), "20:41", 6.00, "开心消消乐-金币礼包"),
                            (dt.date(2024, 4, 18), "20:05", 12.00, "开心消消乐-道具礼包"),
                            (dt.date(2024, 5, 2), "15:20", 6.00, "开心消消乐-金币礼包"),
                            (dt.date(2024, 5, 19), "20:48", 30.00, "开心消消乐-超值道具礼包")):
        add(d, hhmm, "商户消费", "上海乐元素信息技术有限公司", g, "支出", amt, "零钱", "支付成功")
    # cleaner 秋菊阿姨 (WeChat nickname 知足常乐), monthly
    for d in (dt.date(2024, 3, 26), dt.date(2024, 4, 26), dt.date(2024, 5, 26)):
        add(d, "18:1" + str(d.month), "转账", "知足常乐", "转账备注:微信转账", "支出", 480.00, "零钱", "对方已收钱")
    # tea group-buy from neighbours
    add(dt.date(2024, 4, 23), "19:20", "转账", "夕阳红", "转账备注:雨花茶一斤", "收入", 400.00, "/", "已收钱")
    add(dt.date(2024, 4, 23), "19:31", "转账", "阳光心态", "转账备注:微信转账", "收入", 140.00, "/", "已收钱")
    add(dt.date(2024, 4, 24), "08:55", "转账", "平安是福", "转账备注:茶叶", "收入", 280.00, "/", "已收钱")
    add(dt.date(2024, 5, 22), "11:02", "商户消费", "南京城市停车", "停车费", "支出", 10.00, "零钱", "支付成功")
    add(dt.date(2024, 4, 20), "11:05", "扫二维码付款", "顺达水电维修", "收款方备注:二维码收款", "支出", 120.00, "零钱", "已转账")
    add(dt.date(2024, 5, 15), "12:40", "商户消费", "黄山风景区光明顶餐厅", "餐费", "支出", 96.00, "零钱", "支付成功")
    add(dt.date(2024, 5, 16), "09:15", "商户消费", "黄山市屯溪区某便利店", "饮料", "支出", 9.50, "零钱", "支付成功")
    add(dt.date(2024, 5, 1), "11:10", "微信红包", "/", "/", "支出", 200.00, "零钱", "支付成功", note="/")
    add(dt.date(2024, 4, 27), "09:00", "零钱提现", "工商银行(6574)", "/", "/", 500.00, "工商银行(6574)", "提现已到账")
    for i in range(6):
        d = D0 + dt.timedelta(days=rng.randint(0, 91))
        if d in trip:
            continue
        add(d, f"{rng.choice([9, 10, 15, 16])}:{rng.randint(0, 59):02d}", "商户消费", "美团",
            "美团订单-" + rng.choice(["快驴买菜", "药品", "鲜花", "水果"]), "支出", round(rng.uniform(18, 88), 2),
            "中国银行(9488)", "支付成功")
    R.sort(key=lambda r: r[0], reverse=True)
    return R


def write_wechatpay(root, rng):
    rows = _wechat_rows(rng)
    inc = [r for r in rows if r[4] == "收入"]
    out = [r for r in rows if r[4] == "支出"]
    neu = [r for r in rows if r[4] == "/"]
    s = lambda rs: sum(r[5] for r in rs)
    pre = [
        "微信支付账单明细",
        "微信昵称：[宁静致远]",
        "起始时间：[2024-03-01 00:00:00] 终止时间：[2024-05-31 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2024-06-01 09:31:48]",
        "",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {s(inc):.2f}元",
        f"支出：{len(out)}笔 {s(out):.2f}元",
        f"中性交易：{len(neu)}笔 {s(neu):.2f}元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    lines = [p + ",,,,,,,,,," for p in pre]
    lines.append("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注")
    for (t, typ, cp, goods, io_, amt, method, status, tid, mid, note) in rows:
        lines.append(",".join([t.strftime("%Y-%m-%d %H:%M:%S"), typ, f'"{cp}"', f'"{goods}"', io_, f"¥{amt:.2f}",
                               method, status, tid + "\t", mid + "\t", f'"{note}"']))
    rel = "wechat_pay/微信支付账单(20240301-20240531).csv"
    C.write_bytes(root, rel, ("\n".join(lines) + "\n").encode("utf-8"))
    return {rel: "text-utf8"}, len(rows)


# ---------------------------------------------------------------- location

def plan_day(rng, d):
    wd = d.weekday()  # 0 = Monday
    md = (d.month, d.day)
    if md in ((5, 14), (5, 15), (5, 16), (5, 17)):
        return {
            (5, 14): [("home", "00:00", "05:50"), ("hs_hotel", "11:40", "24:00")],
            (5, 15): [("hs_hotel", "00:00", "07:00"), ("hs_scenic", "07:50", "16:10"), ("hs_hotel", "17:00", "24:00")],
            (5, 16): [("hs_hotel", "00:00", "08:00"), ("tunxi", "09:30", "17:20"), ("hs_hotel", "18:30", "24:00")],
            (5, 17): [("hs_hotel", "00:00", "07:40"), ("home", "14:50", "24:00")],
        }[md]
    stays = [("home", "00:00", "06:20")]
    walk = rng.random() > 0.15
    if walk:
        stays += [("park", "06:35", "07:25"), ("home", "07:40", "08:15")]
    special = {
        (3, 20): [("home", "00:00", "08:05"), ("hospital", "08:40", "11:30"), ("home", "11:55", "24:00")],
        (5, 22): [("home", "00:00", "08:00"), ("hospital", "08:35", "11:10"), ("home", "11:40", "24:00")],
        (4, 4): [("home", "00:00", "06:55"), ("cemetery", "07:40", "10:40"), ("home", "11:30", "24:00")],
        (3, 30): [("home", "00:00", "08:10"), ("lake", "08:40", "11:20"), ("home", "12:00", "24:00")],
        (3, 16): stays + [("home", "08:15", "18:50"), ("room", "19:00", "21:05"), ("home", "21:10", "24:00")],
        (5, 29): stays + [("home", "08:15", "12:50"), ("school", "13:45", "15:40"), ("home", "16:40", "24:00")],
        (5, 1): [("home", "00:00", "24:00")],
        (5, 2): stays + [("home", "08:15", "24:00")],
        (5, 3): stays + [("home", "08:15", "24:00")],
    }
    if md in special:
        return special[md]
    if md in ((3, 24), (4, 21), (5, 26)):
        return stays + [("son", "10:10", "16:00"), ("home", "17:00", "24:00")]
    if wd in (1, 3):  # Tuesday/Thursday: part-time bookkeeping job
        return stays + [("work", "08:55", "16:35"), ("home", "17:20", "24:00")]
    if wd in (0, 2):  # Monday/Wednesday: calligraphy class
        uni = "uni_old" if d < dt.date(2024, 4, 8) else "uni"
        if rng.random() < 0.5:
            stays += [("market", "09:05", "09:40"), ("home", "09:50", "13:35")]
        return stays + [(uni, "13:55", "16:35"), ("home", "16:55", "24:00")]
    if wd == 5 and rng.random() < 0.6:
        return stays + [("room", "14:00", "17:05"), ("home", "17:10", "24:00")]
    if rng.random() < 0.5:
        return stays + [("market", "09:10", "09:45"), ("home", "09:55", "24:00")]
    return stays + [("home", "08:15", "24:00")]


def _pid(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "ChIJ" + "".join(rng.choice(alphabet) for _ in range(23))


def _latlng(p):
    return f"{p[0]:.7f}°, {p[1]:.7f}°"


def write_timeline(root, rng):
    stays = C.build_days(TZ, rng, D0, D1, lambda d: plan_day(rng, d))
    place_ids = {k: _pid(rng) for k in PLACES}
    segs = []
    for i, (key, s, e) in enumerate(stays):
        stype = {"home": "INFERRED_HOME", "work": "INFERRED_WORK"}.get(key, "UNKNOWN")
        segs.append({
            "startTime": C.iso_offset_ms(s), "endTime": C.iso_offset_ms(e),
            "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
            "visit": {"hierarchyLevel": 0, "probability": round(rng.uniform(0.62, 0.97), 6),
                      "topCandidate": {"placeId": place_ids[key], "semanticType": stype,
                                       "probability": round(rng.uniform(0.55, 0.95), 6),
                                       "placeLocation": {"latLng": _latlng(C.jitter(rng, PLACES[key], 8))}}}})
        if i + 1 < len(stays):
            nk, ns, _ = stays[i + 1]
            a, b = PLACES[key], PLACES[nk]
            dist = C.haversine_m(a, b)
            mode = "WALKING" if dist < 1800 else ("IN_SUBWAY" if dist < 12000 else "IN_PASSENGER_VEHICLE")
            segs.append({
                "startTime": C.iso_offset_ms(e), "endTime": C.iso_offset_ms(ns),
                "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
                "activity": {"start": {"latLng": _latlng(a)}, "end": {"latLng": _latlng(b)},
                             "distanceMeters": round(dist * rng.uniform(1.1, 1.35), 1),
                             "topCandidate": {"type": mode, "probability": round(rng.uniform(0.5, 0.95), 6)},
                             "probability": round(rng.uniform(0.7, 0.99), 6)}})
            n = 4
            path = []
            for j in range(n + 1):
                f = j / n
                p = C.jitter(rng, (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f), 30)
                tt = e + (ns - e) * f
                path.append({"point": _latlng(p), "time": C.iso_offset_ms(tt.replace(microsecond=0))})
            segs.append({"startTime": C.iso_offset_ms(e), "endTime": C.iso_offset_ms(ns),
                         "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
                         "timelinePath": path})
    raw = []
    for key, s, e in stays[::6]:
        p = C.jitter(rng, PLACES[key], 20)
        t = s + (e - s) / 2
        t = t.replace(microsecond=0)
        raw.append({"position": {"LatLng": _latlng(p), "accuracyMeters": rng.randint(5, 40),
                                 "altitudeMeters": round(rng.uniform(8, 40), 1), "source": rng.choice(["WIFI", "GPS", "CELL"]),
                                 "timestamp": C.iso_offset_ms(t)}})
    doc = {"semanticSegments": segs, "rawSignals": raw,
           "userLocationProfile": {"frequentPlaces": [
               {"placeId": place_ids["home"], "placeLocation": _latlng(PLACES["home"]), "label": "HOME"},
               {"placeId": place_ids["work"], "placeLocation": _latlng(PLACES["work"]), "label": "WORK"}],
               "persona": {"travelModeAffinities": [{"mode": "WALKING", "affinity": 0.61},
                                                     {"mode": "IN_SUBWAY", "affinity": 0.27},
                                                     {"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.12}]}}}
    rel = "google/Timeline.json"
    C.write_bytes(root, rel, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return {rel: "json"}, stays


# ---------------------------------------------------------------- registry / truth

def registry():
    r = C.Registry()
    P = "PERSON"
    # user's own full name (Alipay header, booking message)
    r.add(P, "顾振华")
    r.add(P, "GU ZHENHUA")
    r.add(P, "沈秀兰")
    r.add(P, "秀兰")
    r.add(P, "婷婷")
    r.add(P, "乐乐")
    r.add(P, "顾磊")
    r.add(P, "蒋国庆")
    r.add(P, "老蒋")
    r.add(P, "国庆", not_followed_by=["节"])
    r.add(P, "钱主任")
    r.add(P, "秋菊阿姨")
    r.add(P, "潘建军")
    r.add(P, "吴阿姨")
    r.add(P, "小马")
    r.add(P, "孙师傅")
    r.add("CN_ID_CARD", "320106195904122416")
    r.add("CN_ID_CARD", "320104196109030645")
    r.add("CN_PASSPORT", "E62718394")
    r.add("CN_BANK_CARD", "6217 8560 1000 2739 488")
    r.add("CN_BANK_CARD", "6222024301018846574")
    r.add("PHONE_NUMBER", "13951827364")
    r.add("PHONE_NUMBER", "13814072259")
    r.add("PHONE_NUMBER", "025-8342 6617")
    r.add("PHONE_NUMBER", "15062314470")
    r.add("EMAIL_ADDRESS", "gzh1959@example.cn")
    r.add("EMAIL_ADDRESS", "tingting.gu@example.com")
    r.add("LOCATION", "南京市鼓楼区虎踞北路118号翠荷苑5栋2单元302室")
    r.add("LOCATION", "翠荷苑5栋2单元302室")
    r.add("LOCATION", "江苏省南京市鼓楼区中山北路261号")
    r.add("LOCATION", "江苏省南京市鼓楼区北京西路41号")
    r.add("LICENSE_PLATE", "苏A·7K29N")
    r.add("LICENSE_PLATE", "苏A 7K29N")
    r.add("LICENSE_PLATE", "苏AD73519")
    r.add("QQ_NUMBER", "806427153")
    r.add("WECHAT_ID", "gzh_1959")
    r.add("WECHAT_ID", "sunsf_8866")
    return r


def build(root, seed=2311):
    rng = random.Random(seed)
    book = build_chats(random.Random(seed + 1))
    files = {}
    files.update(write_chats(f"{root}/{PID}", book, random.Random(seed + 2)))
    f, n_ali = write_alipay(f"{root}/{PID}", random.Random(seed + 3))
    files.update(f)
    f, n_wx = write_wechatpay(f"{root}/{PID}", random.Random(seed + 4))
    files.update(f)
    f, stays = write_timeline(f"{root}/{PID}", random.Random(seed + 5))
    files.update(f)

    counts = book.counts()
    dm = [k for k in CHATS if k != "group"]
    top = sorted(dm, key=lambda k: -counts[k])[:3]
    facts = {
        "home": {"lat": PLACES["home"][0], "lon": PLACES["home"][1], "radius_m": 300,
                 "address": "南京市鼓楼区虎踞北路118号翠荷苑5栋2单元302室", "city": "南京"},
        "work": {"lat": PLACES["work"][0], "lon": PLACES["work"][1], "radius_m": 300,
                 "employer": "南京恒源商贸有限公司"},
        "sleep_window": {"start": SLEEP[0], "end": SLEEP[1], "tolerance_min": 60},
        "top_contacts": [{"name": CHATS[k][0], "messages": counts[k]} for k in top],
        "relationships": [
            {"name": "女儿", "relationship": "daughter", "full_name": "顾婷"},
            {"name": "儿子", "relationship": "son", "full_name": "顾磊"},
            {"name": "老伴", "relationship": "partner", "full_name": "沈秀兰"},
            {"name": "老蒋", "relationship": "close_friend", "full_name": "蒋国庆"},
            {"name": "钱主任", "relationship": "doctor", "full_name": "钱红梅"},
        ],
        "religion": {"value": False}, "health": {"value": True}, "politics": {"value": False},
        "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
        "salary": {"amount": "3200.00", "currency": "CNY", "payer": "南京恒源商贸有限公司", "period": "monthly"},
        "risky_contact": {"name": "潘建军",
                          "why": "posts 68 distinct angry political rants in the building group chat 翠荷苑5栋邻里群; the user never joins in"},
    }
    header = {
        "description": "顾振华, 65, retired accountant in Nanjing doing two days a week of part-time bookkeeping; "
                       "wife, son in Jiangning, daughter in Melbourne; calligraphy class at the senior university; "
                       "hypertension and pre-diabetes followed by his cardiologist; plays Tiantian Xiangqi and a "
                       "match-3 game and pays for in-game items.",
        "timezone": "Asia/Shanghai",
        "user": {"names": ["顾振华", "GU ZHENHUA", "宁静致远"], "phones": ["13951827364"],
                 "emails": ["gzh1959@example.cn"], "handles": ["gzh_1959"]},
    }
    gt = C.build_ground_truth(root, PID, files, registry(), header, facts)
    stats = {"messages": counts, "alipay_rows": n_ali, "wechatpay_rows": n_wx, "stays": len(stays)}
    return gt, stats, book
