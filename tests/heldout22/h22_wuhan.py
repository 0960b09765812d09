# -*- coding: utf-8 -*-
"""Persona cn_wuhan_driver: 熊志刚, 44, ride-hailing driver for a fleet in Wuhan. Fictional."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import h22_wuhan_script as S
from h22_common import Msg, Planted, count_top, digits, fill_to, make_rng, parse_script, realise
from h22_formats import alipay_csv, ondevice_timeline, simulate, wechat_dump_line, wechatpay_csv

PID = "cn_wuhan_driver"
TZ = ZoneInfo("Asia/Shanghai")
START, END = date(2024, 11, 1), date(2025, 1, 31)

USER = {
    "names": ["熊志刚"],
    "phones": ["13971864402", "139 7186 4402", "一三九七一八六四四零二"],
    "emails": ["xiongzg1980@example.com"],
    "handles": ["xiongzg1980"],
}

AUTO_NAMES = ["彭丽华", "熊浩然", "浩浩", "浩然", "周桂英", "志强", "万德胜", "老万", "谭卫东", "老谭",
              "喻晓红", "喻姐", "谭哥", "姜经理", "胡师傅", "春生", "小鲁", "万国庆", "龚医生", "熊志刚"]
FULL_NAMES = ["彭丽华", "熊浩然", "周桂英", "熊志强", "万德胜", "谭卫东", "喻晓红", "姜海涛", "胡春生",
              "鲁金鹏", "万国庆", "熊志刚"]

HOURS = [(9, 1), (10, 3), (11, 3), (12, 3), (13, 3), (14, 3), (15, 3), (16, 3), (17, 3), (18, 4),
         (19, 4), (20, 3), (21, 3), (22, 3), (23, 3), (0, 1)]

HOURS_DAY = [(9, 1), (10, 3), (11, 3), (12, 3), (13, 2), (14, 2), (15, 2), (16, 2), (17, 2), (18, 2), (19, 2), (20, 2)]

CHATS = [
    ("wife", "老婆", S.WIFE, S.WIFE_POOL, 168),
    ("son", "儿子", S.SON, S.SON_POOL, 70),
    ("mother", "妈", S.MOTHER, S.MOTHER_POOL, 62),
    ("friend", "万德胜", S.FRIEND, S.FRIEND_POOL, 96),
    ("insurance", "喻晓红 平安车险", S.INSURANCE, S.INSURANCE_POOL, 36),
    ("fleet", "车队姜经理", S.FLEET, S.FLEET_POOL, 44),
]
GROUP_TITLE = "江城网约车兄弟伙"
MEMBERS = {"laotan": "老谭", "laowan": "万德胜", "hu": "胡师傅", "xiaolu": "小鲁", "guoqing": "万国庆",
           "wxid": "wxid_2ks9d0f7l1m322"}
NICK = {"wife": "丽华", "son": "浩然", "mother": "桂英", "friend": "德胜", "insurance": "平安喻晓红", "fleet": "姜海涛"}


def _pool_fn(pool):
    order = list(range(len(pool)))

    def fn(rng, i):
        if i == 0:
            rng.shuffle(order)
        entry = pool[order[i % len(order)]]
        head = "# " + entry[0] if entry[0].startswith("@") else "#"
        return parse_script(head + "\n" + "\n".join(e for e in entry if not e.startswith("@")))[0]
    return fn


def build_chats():
    chats = {}
    for key, title, script, pool, target in CHATS:
        exs = fill_to(target, parse_script(script), _pool_fn(pool), make_rng(PID, "pool", key))
        chats[key] = realise(exs, make_rng(PID, "time", key), TZ, START, END,
                             HOURS_DAY if key in ("mother", "insurance", "fleet") else HOURS, key)
    exs = fill_to(110, parse_script(S.GROUP), _pool_fn(S.GROUP_POOL), make_rng(PID, "pool", "group"))
    r = make_rng(PID, "rants")
    for rant in S.LAOTAN_RANTS:
        lines = [("laotan", rant, None)]
        if r.random() < 0.22:
            who, txt = S.LAOTAN_REPLIES[r.randrange(len(S.LAOTAN_REPLIES))]
            lines.append((who, txt, None))
        exs.append({"date": None, "time": None, "lines": lines})
    chats["group"] = realise(exs, make_rng(PID, "time", "group"), TZ, START, END, HOURS, "group")
    rng = make_rng(PID, "ack")
    for key, msgs in chats.items():
        extra = []
        for m in msgs:
            if m.kind == "transfer" and "__ack__" not in m.arg:
                who = "me" if m.sender != "me" else "other"
                extra.append(Msg(m.ts + timedelta(minutes=rng.randrange(1, 50)), who, "transfer", "", [],
                                 m.arg.split(" ")[0] + " __ack__", key))
        msgs.extend(extra)
        msgs.sort(key=lambda m: m.ts)
    return chats


def scan_text(planted, fname, text):
    for n in AUTO_NAMES:
        if n in text:
            planted.add(fname, "PERSON", n)


def write_wechat(files, planted, chats):
    rng = make_rng(PID, "dump")
    titles = {}
    for key, title, *_ in CHATS + [("group", GROUP_TITLE)]:
        titles[key] = title
        safe = "".join(c for c in title if c.isalpha() or c.isdigit() or c == " ").rstrip()
        fname = "wechat-dump/%s.txt" % safe
        lines = []
        for m in chats[key]:
            if m.sender == "me":
                who = "me"
            elif key == "group":
                who = MEMBERS[m.sender]
            else:
                who = title
            ms = 0 if rng.random() < 0.04 else rng.randrange(1, 1000)
            m.ts = m.ts.replace(microsecond=ms * 1000)
            line = wechat_dump_line(m, who, rng)
            lines.append(line)
            planted.add_many(fname, m.pii)
            scan_text(planted, fname, line.split(":", 1)[1] if m.kind == "text" else "")
            for fn in FULL_NAMES:
                if fn in who:
                    planted.add(fname, "PERSON", fn)
        files[fname] = ("\n".join(lines) + "\n").encode("utf-8")
    return titles


def alipay_rows(rng):
    rows = []

    def add(ts, cat, party, acct, item, io, amt, method="余额", status="交易成功", moid="", note=""):
        t = datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
        rows.append(dict(t=t, cat=cat, party=party, acct=acct, item=item, io=io, amt=amt, method=method,
                         status=status, oid=t.strftime("%Y%m%d") + "2200" + digits(rng, 4) + "0" + digits(rng, 11),
                         moid=moid, note=note))

    for ts, mth in (("2024-11-15 10:48:12", "10"), ("2024-12-15 10:52:40", "11"), ("2025-01-15 10:47:03", "12")):
        add(ts, "转账红包", "武汉鑫程汽车租赁有限公司", "xin***@example.cn", "%s月工资" % mth, "收入", "5860.00")
    for ts, amt in (("2024-11-26 11:20:41", "260.00"), ("2024-12-24 11:05:10", "310.00"), ("2025-01-21 11:12:37", "180.00")):
        add(ts, "转账红包", "武汉鑫程汽车租赁有限公司", "xin***@example.cn", "冲单奖励", "收入", amt)
    # EV charging: many small rows
    d0 = datetime(2024, 11, 1)
    ops = [("特来电", "特来电充电-光谷金融港充电站"), ("星星充电", "星星充电-鲁巷广场站"),
           ("武汉鑫程汽车租赁有限公司", "运营站充电桩电费")]
    for i in range(26):
        day = d0 + timedelta(days=rng.randrange(92))
        t = day + timedelta(hours=rng.choice([15, 16, 18, 19, 20, 23]), minutes=rng.randrange(60), seconds=rng.randrange(60))
        party, item = ops[i % 3]
        add(t.strftime("%Y-%m-%d %H:%M:%S"), "交通出行", party, "/", item, "支出",
            "%d.%02d" % (rng.randrange(28, 75), rng.randrange(100)), rng.choice(["余额", "招商银行储蓄卡(6386)"]),
            moid="CD" + digits(rng, 16))
    # health
    for ts in ("2024-11-05 10:12:30", "2024-11-12 09:40:05", "2024-12-10 09:51:44", "2025-01-14 09:48:20"):
        add(ts, "医疗健康", "华中科技大学同济医学院附属协和医院", "/", "门诊挂号-骨科" if ts.startswith("2024-11-05") else "门诊挂号-心内科",
            "支出", "14.00", "医保个人账户")
    for ts, amt in (("2024-11-05 11:30:12", "86.50"), ("2024-12-10 10:40:22", "129.00"), ("2025-01-14 10:36:02", "129.00")):
        add(ts, "医疗健康", "华中科技大学同济医学院附属协和医院", "/", "门诊缴费-处方药", "支出", amt, "医保个人账户")
    for ts, amt in (("2024-11-06 14:20:11", "38.60"), ("2024-11-21 15:02:45", "45.80"), ("2024-12-18 14:55:09", "52.00"),
                    ("2025-01-08 14:30:28", "45.80")):
        add(ts, "医疗健康", "老百姓大药房(雄楚大道店)", "/", "苯磺酸氨氯地平片/云南白药膏", "支出", amt)
    add("2024-11-18 17:05:40", "保险", "中国平安人寿保险股份有限公司", "/", "平安e生保+意外险 首期", "支出", "3200.00", "招商银行储蓄卡(6386)")
    # fines / traffic
    add("2024-11-22 12:30:10", "公共服务", "武汉市公安局交通管理局", "/", "交通违法罚没款", "支出", "200.00")
    add("2024-12-27 13:02:55", "公共服务", "武汉市公安局交通管理局", "/", "交通违法罚没款", "支出", "100.00")
    # utilities
    for m, y in (("11", 2024), ("12", 2024), ("01", 2025)):
        add("%d-%s-0%d 13:1%d:22" % (y, m, rng.randrange(2, 8), rng.randrange(10)), "充值缴费", "国网湖北省电力有限公司", "/",
            "电费-雄楚大道318号", "支出", "%d.%02d" % (rng.randrange(180, 420), rng.randrange(100)))
        add("%d-%s-1%d 12:4%d:05" % (y, m, rng.randrange(0, 8), rng.randrange(10)), "充值缴费", "武汉市水务集团有限公司", "/",
            "水费", "支出", "%d.%02d" % (rng.randrange(40, 90), rng.randrange(100)))
        add("%d-%s-2%d 11:2%d:51" % (y, m, rng.randrange(0, 8), rng.randrange(10)), "充值缴费", "中国电信", "/",
            "话费充值-139****4402", "支出", "100.00")
    food = [("2024-11-08 13:10:02", "户部巷蔡林记热干面", "12.00"), ("2024-11-29 18:42:11", "周黑鸭(鲁巷店)", "58.90"),
            ("2024-12-06 13:21:45", "老通城豆皮", "15.00"), ("2024-12-21 18:30:00", "美团外卖-湖锦酒楼", "88.00"),
            ("2025-01-03 13:15:33", "户部巷蔡林记热干面", "12.00"), ("2025-01-23 15:40:12", "汉正街服装市场-老王童装", "236.00")]
    for ts, party, amt in food:
        add(ts, "餐饮美食" if "童装" not in party else "服饰装扮", party, "/", "消费", "支出", amt)
    add("2024-12-09 19:02:15", "转账红包", "熊志强", "158******09", "转账", "支出", "500.00")
    add("2025-01-27 10:12:00", "日用百货", "武商量贩(卓刀泉店)", "/", "年货", "支出", "486.30", "花呗")
    return rows


def wechatpay_rows(rng, chats):
    rows = []

    def add(t, kind, party, item, io, amt, method, status, mid="/", note="/"):
        rows.append(dict(t=t, kind=kind, party=party, item=item, io=io, amt=amt, method=method, status=status,
                         tid="42000" + digits(rng, 23), mid=mid, note=note))

    for key, msgs in chats.items():
        for m in msgs:
            if m.kind != "transfer" or "__ack__" in m.arg:
                continue
            amount, _, memo = m.arg.partition(" ")
            t = m.ts.replace(tzinfo=None, microsecond=0)
            item = "转账备注:" + memo.strip() if memo.strip() else "/"
            if m.sender == "me":
                add(t, "转账", NICK[key], item, "支出", amount, "零钱", "对方已收钱")
            else:
                add(t, "转账", NICK[key], item, "收入", amount, "/", "已存入零钱")
    d0 = datetime(2024, 11, 1)
    # lottery shop & mahjong room (gambling, his own)
    for i in range(14):
        t = d0 + timedelta(days=rng.randrange(92), hours=rng.choice([11, 12, 15, 17, 21]), minutes=rng.randrange(60),
                           seconds=rng.randrange(60))
        add(t, "扫二维码付款", "中国体育彩票42010573站", "收款方备注:二维码收款", "支出",
            rng.choice(["20.00", "30.00", "50.00", "50.00", "100.00", "10.00"]), "零钱", "支付成功")
    for i in range(9):
        t = d0 + timedelta(days=rng.randrange(92), hours=22, minutes=rng.randrange(20, 59), seconds=rng.randrange(60))
        add(t, "扫二维码付款", "雀友棋牌室", "收款方备注:台费", "支出", rng.choice(["40.00", "50.00", "60.00"]), "零钱", "支付成功")
    add(datetime(2024, 12, 1, 20, 40, 12), "二维码收款", "中国体育彩票42010573站", "收款方备注:二维码收款", "收入", "180.00", "/", "已存入零钱")
    for ts in (datetime(2024, 11, 20, 15, 10, 3), datetime(2024, 11, 27, 14, 50, 40), datetime(2024, 12, 8, 15, 22, 18),
               datetime(2024, 12, 11, 15, 5, 51), datetime(2024, 12, 18, 14, 58, 7)):
        add(ts, "扫二维码付款", "百草堂推拿(雄楚店)", "收款方备注:二维码收款", "支出", "80.00", "零钱", "支付成功")
    spends = [("商户消费", "武汉地铁", "乘车码", (2, 6)), ("扫二维码付款", "面窝豆皮早点", "收款方备注:二维码收款", (5, 15)),
              ("商户消费", "中百罗森(雄楚店)", "便利店消费", (6, 35)), ("扫二维码付款", "老刘洗车", "收款方备注:二维码收款", (25, 40)),
              ("商户消费", "光谷停车场", "停车费", (5, 20))]
    for i in range(18):
        kind, party, item, (lo, hi) = spends[i % len(spends)]
        t = d0 + timedelta(days=rng.randrange(92), hours=rng.randrange(10, 23), minutes=rng.randrange(60), seconds=rng.randrange(60))
        add(t, kind, party, item, "支出", "%d.00" % rng.randrange(lo, hi), "零钱", "支付成功",
            mid=digits(rng, 18) if kind == "商户消费" else "/")
    for ts, party, amt in ((datetime(2025, 1, 1, 0, 6, 12), "春生", "8.88"), (datetime(2025, 1, 28, 20, 1, 40), "德胜", "6.66")):
        add(ts, "微信红包", party, "/", "收入", amt, "/", "已存入零钱")
    add(datetime(2025, 1, 29, 10, 11, 2), "微信红包-单发", "丽华", "/", "支出", "520.00", "零钱", "朋友已收钱")
    add(datetime(2024, 12, 31, 23, 20, 1), "零钱提现", "招商银行(6386)", "/", "/", "2000.00", "招商银行(6386)", "提现已到账",
        note="服务费¥2.00")
    return rows


PLACES = {
    "home": {"lat": 30.508720, "lon": 114.348910, "pid": "ChIJ8b3k1xqvLjQRr2n0Xc9aW1k", "od_type": "HOME"},
    "depot": {"lat": 30.519630, "lon": 114.398880, "pid": "ChIJq2w9e8r7LjQRb5n4m3k2j1h", "od_type": "WORK"},
    "hankou": {"lat": 30.618500, "lon": 114.256000, "pid": "ChIJx0c9v8b7LjQRa1s2d3f4g5h"},
    "wuhanzhan": {"lat": 30.607400, "lon": 114.424000, "pid": "ChIJk9j8h7g6LjQRz1x2c3v4b5n"},
    "wuchang": {"lat": 30.529000, "lon": 114.317000, "pid": "ChIJm1n2b3v4LjQRq9w8e7r6t5y"},
    "airport": {"lat": 30.783800, "lon": 114.208100, "pid": "ChIJp0o9i8u7LjQRl1k2j3h4g5f"},
    "guanggu": {"lat": 30.505500, "lon": 114.398000, "pid": "ChIJa2s3d4f5LjQRg6h7j8k9l0z"},
    "jianghan": {"lat": 30.579500, "lon": 114.288000, "pid": "ChIJz9x8c7v6LjQRb5n4m3a2s1d"},
    "hanjie": {"lat": 30.559000, "lon": 114.342000, "pid": "ChIJf6g7h8j9LjQRk0l1z2x3c4v"},
    "xiehe": {"lat": 30.586600, "lon": 114.270000, "pid": "ChIJv5b6n7m8LjQRa9s0d1f2g3h"},
    "mother": {"lat": 30.881400, "lon": 114.374000, "pid": "ChIJh4j5k6l7LjQRz8x9c0v1b2n"},
    "mahjong": {"lat": 30.511020, "lon": 114.352040, "pid": "ChIJn3m4b5v6LjQRc7x8z9a0s1d"},
    "massage": {"lat": 30.507300, "lon": 114.346100, "pid": "ChIJs2d3f4g5LjQRh6j7k8l9z0x"},
}
TRIP_SPOTS = ["hankou", "wuhanzhan", "wuchang", "airport", "guanggu", "jianghan", "hanjie", "xiehe"]
HOSPITAL_DAYS = {date(2024, 11, 5), date(2024, 11, 12), date(2024, 12, 10), date(2025, 1, 14)}
MAHJONG_NIGHTS = {date(2024, 11, 3), date(2024, 11, 8), date(2024, 12, 13), date(2024, 12, 28), date(2025, 1, 4),
                  date(2024, 11, 30), date(2025, 1, 18)}
MOTHER_DAYS = {date(2024, 11, 24), date(2024, 12, 22), date(2025, 1, 28)}
MASSAGE_DAYS = {date(2024, 11, 20), date(2024, 11, 27), date(2024, 12, 8), date(2024, 12, 11), date(2024, 12, 18)}


def day_fn_factory(rng):
    def at(d, h, m, s=None):
        return datetime(d.year, d.month, d.day, h, m, rng.randrange(60) if s is None else s)

    def day_fn(d):
        out = []
        nxt = d + timedelta(days=1)
        prev = d - timedelta(days=1)
        # night continues from previous evening: home from ~01:10
        if prev in MAHJONG_NIGHTS:
            out.append(("mahjong", at(d, 0, 0), at(d, 2, 40 + rng.randrange(20))))
            out.append(("home", at(d, 3, 15), at(d, 12, 30)))
        elif d == START:
            out.append(("home", at(d, 0, 0), at(d, 12, 50)))
        else:
            out.append(("depot", at(d, 0, 0), at(d, 0, 35 + rng.randrange(10))))
            out.append(("home", at(d, 1, 10), at(d, 12, 50)))
        if d in MOTHER_DAYS:
            out.append(("mother", at(d, 14, 0), at(d, 18, 30)))
            out.append(("home", at(d, 19, 40), at(d, 23, 59)))
            return out
        if d in HOSPITAL_DAYS:
            out[-1] = (out[-1][0], out[-1][1], at(d, 8, 50))
            out.append(("xiehe", at(d, 9, 30), at(d, 11, 40)))
            out.append(("home", at(d, 12, 20), at(d, 12, 55)))
        if d in MASSAGE_DAYS:
            out[-1] = (out[-1][0], out[-1][1], at(d, 14, 40))
            out.append(("massage", at(d, 14, 48), at(d, 15, 55)))
            out.append(("depot", at(d, 16, 15), at(d, 16, 40)))
        else:
            out.append(("depot", at(d, 13, 20), at(d, 13, 45)))
        t = out[-1][2]
        spots = rng.sample(TRIP_SPOTS, 3)
        hour_slots = [(14, 30), (16, 30), (21, 0)]
        for sp, (h, mm) in zip(spots, hour_slots):
            s = at(d, h, mm + rng.randrange(20))
            if s <= t + timedelta(minutes=25):
                s = t + timedelta(minutes=30)
            e = s + timedelta(minutes=8 + rng.randrange(25))
            out.append((sp, s, e))
            t = e
            if h == 16:
                ds = at(d, 18, 10 + rng.randrange(15))
                if ds <= t + timedelta(minutes=25):
                    ds = t + timedelta(minutes=30)
                out.append(("depot", ds, ds + timedelta(minutes=75 + rng.randrange(30))))
                t = out[-1][2]
        if d in MAHJONG_NIGHTS:
            out.append(("mahjong", at(d, 22, 40), at(d, 23, 59)))
        else:
            s = at(d, 23, 35, 0) if t < at(d, 23, 0, 0) else t + timedelta(minutes=20)
            if s.day != d.day or s > at(d, 23, 58, 0):
                s = at(d, 23, 58, 0)
            out.append(("depot", s, at(d, 23, 59, 59)))
        return out
    return day_fn


def write_location(files):
    rng = make_rng(PID, "loc")
    days = [START + timedelta(days=i) for i in range((END - START).days + 1)]
    items = simulate(rng, days, day_fn_factory(rng), PLACES, TZ)
    files["Timeline.json"] = ondevice_timeline(items, PLACES, make_rng(PID, "od"),
                                               [("home", "HOME"), ("depot", "WORK")])


def build():
    files = {}
    planted = Planted()
    chats = build_chats()
    titles = write_wechat(files, planted, chats)

    arows = alipay_rows(make_rng(PID, "alipay"))
    fa = "alipay/alipay_record_20250203_221047_1.csv"
    files[fa] = alipay_csv("熊志刚", "13971864402", "2024-11-01", "2025-01-31", datetime(2025, 2, 3, 22, 10, 47), arows)
    planted.add(fa, "PERSON", "熊志刚")
    planted.add(fa, "PHONE_NUMBER", "13971864402")
    for r in arows:
        for fn in FULL_NAMES:
            if fn in r["party"] or fn in r["item"]:
                planted.add(fa, "PERSON", fn)
    planted.add(fa, "LOCATION", "雄楚大道318号")

    wrows = wechatpay_rows(make_rng(PID, "wxpay"), chats)
    fw = "wechatpay/微信支付账单(20241101-20250131).csv"
    files[fw] = wechatpay_csv("刚子🚗", "2024-11-01", "2025-01-31", datetime(2025, 2, 3, 22, 16, 5), wrows)
    for r in wrows:
        for fn in FULL_NAMES:
            if fn in r["party"]:
                planted.add(fw, "PERSON", fn)

    write_location(files)

    by_title = {titles[k]: v for k, v in chats.items()}
    facts = {
        "home": {"lat": PLACES["home"]["lat"], "lon": PLACES["home"]["lon"], "radius_m": 300,
                 "address": "武汉市洪山区雄楚大道318号金桥苑6栋1单元803", "city": "武汉"},
        "work": {"lat": PLACES["depot"]["lat"], "lon": PLACES["depot"]["lon"], "radius_m": 300,
                 "employer": "武汉鑫程汽车租赁有限公司（网约车车队运营站）"},
        "sleep_window": {"start": "01:30", "end": "09:30", "tolerance_min": 60},
        "top_contacts": count_top(by_title),
        "relationships": [
            {"name": "老婆", "relationship": "partner", "full_name": "彭丽华"},
            {"name": "儿子", "relationship": "son", "full_name": "熊浩然"},
            {"name": "妈", "relationship": "mother", "full_name": "周桂英"},
            {"name": "万德胜", "relationship": "close_friend", "full_name": "万德胜"},
            {"name": "喻晓红 平安车险", "relationship": "insurance_agent", "full_name": "喻晓红"},
            {"name": "车队姜经理", "relationship": "manager", "full_name": "姜海涛"},
        ],
        "religion": {"value": False, "distractor": "mother burns incense at 归元寺 for the grandson; user declines to go"},
        "health": {"value": True, "evidence": "腰椎间盘突出 (L4/L5) and high blood pressure in his own words; 协和医院 visits, 降压药, 推拿 payments, insurance exclusion"},
        "politics": {"value": False, "distractor": "老谭 posts political rants in the drivers' group; the user never joins in"},
        "financial_stress": {"value": False, "distractor": "brother 志强's mortgage trouble and 老万 borrowing money; user has steady salary"},
        "gambling": {"value": True, "evidence": "mahjong for money with 老万 (wins/losses, transfers), 竞彩 football bets, 大乐透, 刮刮乐, lottery shop QR payments, mahjong room table fees"},
        "gaming": {"value": False, "distractor": "son asks for 原神 top-up and internet café; user refuses"},
        "salary": {"amount": "5860.00", "currency": "CNY", "payer": "武汉鑫程汽车租赁有限公司", "period": "monthly"},
        "risky_contact": {"name": "老谭", "full_name": "谭卫东",
                          "why": "posts %d distinct angry political messages in the group 江城网约车兄弟伙" % len(S.LAOTAN_RANTS)},
    }
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "熊志刚, 44, drives an electric car (鄂AD81926) for a ride-hailing fleet in Wuhan on the late shift; "
                       "wife 彭丽华, son 浩浩 (熊浩然), mother in 黄陂. Short messages and voice-to-text run-ons. "
                       "WeChat exported with ppwwyyxx/wechat-dump (dump-msg.py text), Alipay CSV (GBK), WeChat Pay CSV, "
                       "Google on-device Timeline.json.",
        "timezone": "Asia/Shanghai",
        "user": USER,
        "pii": planted.items,
        "facts": facts,
    }
    stats = {"messages": {titles[k]: len(v) for k, v in chats.items()},
             "payments": {"alipay": len(arows), "wechatpay": len(wrows)}, "rants": len(S.LAOTAN_RANTS)}
    return files, gt, stats
