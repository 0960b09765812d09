# -*- coding: utf-8 -*-
"""Persona cn_xiamen_tea: 蔡淑芬, 38, runs a small tea shop on 大同路, Xiamen. Fictional."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import h22_xiamen_script as S
from h22_common import Msg, Planted, count_top, digits, fill_to, hexid, make_rng, parse_script, realise
from h22_formats import (alipay_csv, memotrace_content, memotrace_csv, simulate, slh_month,
                         wechatpay_csv)

PID = "cn_xiamen_tea"
TZ = ZoneInfo("Asia/Shanghai")
START, END = date(2024, 8, 1), date(2024, 10, 31)

USER = {
    "names": ["蔡淑芬"],
    "phones": ["13859216743", "138 5921 6743", "+86 138 5921 6743", "0592-2036718"],
    "emails": ["fenjicha@example.cn"],
    "handles": ["fenjicha0592"],
}
ME = {"remark": "芬记茶行·阿芬", "nick": "芬记茶行·阿芬", "wxid": "wxid_4n8fj2k0ca9x22"}

# person name forms that are scanned automatically in free text (unambiguous ones)
AUTO_NAMES = ["陈振宏", "振宏", "航航", "蔡淑婷", "阿婷", "林玉兰", "蔡文明", "王春水", "春水叔", "坚仔", "志坚",
              "郑丽娟", "丽娟姐", "黄金土", "黄伯", "吴小敏", "小敏", "许老师", "林医生", "阿贵", "志明",
              "庄姐", "朵朵", "蔡天赐", "蔡美珠"]
# full names that may sit in display columns (NickName / Remark / payment counterparties)
FULL_NAMES = ["陈宇航", "陈振宏", "蔡淑婷", "林玉兰", "蔡文明", "王春水", "郑丽娟", "黄金土", "吴小敏", "蔡天赐", "蔡美珠", "蔡淑芬"]

HOURS = [(7, 2), (8, 3), (9, 3), (10, 4), (11, 4), (12, 4), (13, 3), (14, 4), (15, 4), (16, 4),
         (17, 3), (18, 3), (19, 3), (20, 4), (21, 4), (22, 3)]

CHATS = [
    # key, remark (title), nickname, wxid, talker_id, script, pool, target
    ("husband", "老公", "陈振宏", "wxid_8h2kq0zv1m3s22", 41, S.HUSBAND, S.HUSBAND_POOL_A, 158),
    ("sister", "阿妹", "婷婷💕", "wxid_r5tn7c0xk2w912", 57, S.SISTER, S.SISTER_POOL, 112),
    ("supplier", "安溪-王春水 铁观音", "春水茶园", "wxid_3fz9p1aa6e0b21", 133, S.SUPPLIER, S.SUPPLIER_POOL, 74),
    ("customer", "丽娟姐 泉州老客", "娟子", "wxid_m0c4vy2t8q1l12", 206, S.CUSTOMER, S.CUSTOMER_POOL, 62),
    ("landlord", "店面房东黄伯", "黄金土", "wxid_6kd1s8u2x0pq11", 98, S.LANDLORD, S.LANDLORD_POOL, 30),
    ("assistant", "小敏", "敏敏Min", "wxid_y7e2n5b9c3ha12", 172, S.ASSISTANT, S.ASSISTANT_POOL, 64),
]
GROUP = {"key": "group", "title": "蔡家大院🏠", "talker_id": 88, "chatroom": "20394871653@chatroom"}
MEMBERS = {  # key: (remark, nickname, wxid)
    "sanshu": ("三叔", "海阔天空", "wxid_q0w8e7r6t5y412"),
    "aba": ("阿爸", "蔡天赐", "wxid_a1b2c3d4e5f611"),
    "amu": ("阿母", "平安是福", "wxid_z9x8c7v6b5n411"),
    "ating": ("阿妹", "婷婷💕", "wxid_r5tn7c0xk2w912"),
    "laogong": ("老公", "陈振宏", "wxid_8h2kq0zv1m3s22"),
    "ergu": ("二姑", "美珠", "wxid_k4j5h6g7f8d912"),
    "zhiming": ("表弟志明", "Zhiming", "wxid_p1o2i3u4y5t622"),
}


def _pool_fn(pool, who_default="other"):
    order = list(range(len(pool)))

    def fn(rng, i):
        if i == 0:
            rng.shuffle(order)
        entry = pool[order[i % len(order)]]
        head = "# " + entry[0] if entry[0].startswith("@") else "#"
        body = [e for e in entry if not e.startswith("@")]
        return parse_script(head + "\n" + "\n".join(body), who_default)[0]
    return fn


def build_chats(rng=None):
    chats = {}
    for key, remark, nick, wxid, tid, script, pool, target in CHATS:
        exs = parse_script(script)
        exs = fill_to(target, exs, _pool_fn(pool), make_rng(PID, "pool", key))
        msgs = realise(exs, make_rng(PID, "time", key), TZ, START, END, HOURS, key)
        chats[key] = msgs
    # group chat
    exs = parse_script(S.GROUP)
    exs = fill_to(118, exs, _pool_fn(S.GROUP_POOL), make_rng(PID, "pool", "group"))
    r = make_rng(PID, "rants")
    for i, rant in enumerate(S.SANSHU_RANTS):
        lines = [("sanshu", rant, None)]
        if r.random() < 0.2:
            who, txt = S.SANSHU_REPLIES[r.randrange(len(S.SANSHU_REPLIES))]
            lines.append((who, txt, None))
        exs.append({"date": None, "time": None, "lines": lines})
    chats["group"] = realise(exs, make_rng(PID, "time", "group"), TZ, START, END, HOURS, "group")
    return chats


def ack_transfers(chats, rng):
    """The receiving side of a WeChat transfer confirms it (收款)."""
    for key, msgs in chats.items():
        extra = []
        for m in msgs:
            if m.kind == "transfer" and not m.arg.endswith("__ack__"):
                amount = m.arg.split(" ")[0]
                who = "me" if m.sender != "me" else ("other" if key != "group" else m.sender)
                extra.append(Msg(m.ts + timedelta(minutes=rng.randrange(1, 40)), who, "transfer", "",
                                 [], amount + " __ack__", key))
        msgs.extend(extra)
        msgs.sort(key=lambda m: m.ts)


def scan_text(planted, fname, text):
    for n in AUTO_NAMES:
        if n in text:
            planted.add(fname, "PERSON", n)


def write_wechat(files, planted, chats):
    rng = make_rng(PID, "memotrace")
    # global localId order across all chats
    allm = sorted((m for ms in chats.values() for m in ms), key=lambda m: (m.ts, m.chat))
    local_ids = {}
    lid = 4120
    for m in allm:
        lid += 1 + (rng.randrange(3) if rng.random() < 0.3 else 0)
        local_ids[id(m)] = lid
    titles = {}
    for key, remark, nick, wxid, tid, *_ in CHATS + [("group", GROUP["title"], "", GROUP["chatroom"], GROUP["talker_id"], None, None, None)]:
        fname = "wechat/聊天记录/%s/%s_utf8.csv" % (remark, remark)
        titles[key] = remark
        rows = []
        for m in chats[key]:
            is_me = m.sender == "me"
            if key == "group":
                if is_me:
                    other = (ME["remark"], ME["nick"], ME["wxid"])
                else:
                    other = MEMBERS[m.sender]
                sender_id = other[2]
                to_id = GROUP["chatroom"]
            else:
                other = (ME["remark"], ME["nick"], ME["wxid"]) if is_me else (remark, nick, wxid)
                sender_id = other[2]
                to_id = wxid if is_me else ME["wxid"]
            tp, sub, content = memotrace_content(m, rng, sender_id, to_id)
            ts = int(m.ts.timestamp())
            rows.append([local_ids[id(m)], tid, tp, sub, 1 if is_me else 0, ts, 2 if is_me else 3,
                         content, m.ts.strftime("%Y-%m-%d %H:%M:%S"), other[0], other[1], other[2]])
            planted.add_many(fname, m.pii)
            if m.kind in ("text", "transfer", "loc", "link", "redpacket"):
                scan_text(planted, fname, content)
            for fn in FULL_NAMES:
                if fn in other[0] or fn in other[1]:
                    planted.add(fname, "PERSON", fn)
        files[fname] = memotrace_csv(rows)
    return titles


# ------------------------------------------------------------------ payments
def _t(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def alipay_rows(rng):
    rows = []

    def oid(t):
        return t.strftime("%Y%m%d") + "2200" + digits(rng, 4) + "0" + digits(rng, 11)

    def add(ts, cat, party, acct, item, io, amt, method="余额", status="交易成功", moid=None, note=""):
        t = _t(ts)
        rows.append(dict(t=t, cat=cat, party=party, acct=acct, item=item, io=io, amt=amt, method=method,
                         status=status, oid=oid(t), moid=moid if moid is not None else "", note=note))

    for m, d in (("08", "10"), ("09", "10"), ("10", "10")):
        add("2024-%s-%s 09:58:%02d" % (m, d, rng.randrange(60)), "转账红包", "厦门鹭茗茶业有限公司", "lum***@example.cn",
            "%d月工资" % int(m), "收入", "6800.00")
    add("2024-08-09 22:31:05", "信用借还", "花呗", "/", "花呗主动还款-2024年08月账单", "不计收支", "420.00", "中国建设银行储蓄卡(1884)", "还款成功")
    add("2024-09-09 21:47:40", "信用借还", "花呗", "/", "花呗主动还款-2024年09月账单", "不计收支", "395.00", "中国建设银行储蓄卡(1884)", "还款成功")
    add("2024-10-09 22:10:12", "信用借还", "花呗", "/", "花呗主动还款-2024年10月账单", "不计收支", "388.00", "余额", "还款成功")
    add("2024-09-08 14:18:33", "信用借还", "借呗", "/", "借呗借款-借款到账", "不计收支", "20000.00", "余额", "交易成功")
    add("2024-10-08 09:00:21", "信用借还", "借呗", "/", "借呗还款-第1期", "不计收支", "1716.50", "余额", "还款成功")
    add("2024-10-15 20:44:10", "信用借还", "招商银行", "/", "信用卡还款-招商银行(7302)", "不计收支", "8326.40", "余额", "还款成功")
    add("2024-09-08 14:25:02", "转账红包", "王春水", "139******21", "转账-货款", "支出", "8000.00")
    add("2024-10-16 20:12:44", "转账红包", "郑丽娟", "159******14", "转账", "收入", "560.00")
    add("2024-09-20 10:05:51", "医疗健康", "厦门大学附属中山医院", "/", "住院预交金-林玉兰", "支出", "2000.00", "花呗")
    # temple: 初一/十五 offerings
    for ts, amt in (("2024-08-04 07:31:10", "66.00"), ("2024-09-03 07:20:42", "200.00"),
                    ("2024-09-21 10:12:05", "88.00"), ("2024-10-03 07:25:18", "66.00"), ("2024-10-17 07:40:03", "66.00")):
        add(ts, "其他", "厦门南普陀寺", "/", "随喜功德", "支出", amt)
    # utilities & living
    for m in ("08", "09", "10"):
        add("2024-%s-0%d 20:1%d:33" % (m, rng.randrange(3, 7), rng.randrange(10)), "充值缴费", "国网福建省电力有限公司", "/",
            "电费-大同路212号店", "支出", "%d.%02d" % (rng.randrange(680, 1150), rng.randrange(100)), "花呗")
        add("2024-%s-1%d 21:0%d:12" % (m, rng.randrange(1, 9), rng.randrange(10)), "充值缴费", "国网福建省电力有限公司", "/",
            "电费-金尚佳苑", "支出", "%d.%02d" % (rng.randrange(260, 480), rng.randrange(100)))
        add("2024-%s-2%d 19:3%d:40" % (m, rng.randrange(0, 8), rng.randrange(10)), "充值缴费", "厦门华润燃气有限公司", "/",
            "燃气费", "支出", "%d.00" % rng.randrange(60, 110))
        add("2024-%s-1%d 12:2%d:08" % (m, rng.randrange(0, 6), rng.randrange(10)), "充值缴费", "中国移动", "/",
            "话费充值-138****6743", "支出", "50.00")
    taobao = [("2024-08-13 23:02:19", "日用百货", "义乌市茗香包装厂", "茶叶包装袋 铁观音真空小泡袋 500个", "38.50"),
              ("2024-08-30 21:40:05", "日用百货", "潮州市枫溪区陶然居茶具", "白瓷盖碗 手绘 三才碗 6只", "96.00"),
              ("2024-09-01 22:15:33", "日用百货", "义乌市茗香包装厂", "中秋茶叶礼盒 空盒 双罐装 30套", "315.00"),
              ("2024-09-11 20:50:12", "母婴亲子", "晨光文具旗舰店", "学生文具套装 小学生", "42.80"),
              ("2024-10-05 22:33:46", "日用百货", "义乌市茗香包装厂", "茶叶罐 铁罐 半斤装 50个", "128.00"),
              ("2024-10-27 21:05:09", "服饰装扮", "南极人官方旗舰店", "儿童秋季外套", "89.00")]
    for ts, cat, party, item, amt in taobao:
        add(ts, cat, party, "/", item, "支出", amt, "花呗", "交易成功", "T200P" + digits(rng, 19))
    for ts, amt in (("2024-08-06 16:50:10", "23.00"), ("2024-08-29 17:30:45", "46.00"), ("2024-09-06 16:02:11", "218.00"),
                    ("2024-09-27 15:44:02", "23.00"), ("2024-10-16 18:20:30", "31.00")):
        add(ts, "生活服务", "顺丰速运", "/", "寄件-泉州", "支出", amt)
    food = [("2024-08-02 12:31:20", "餐饮美食", "美团外卖-厦门沙茶面", "外卖订单", "26.50"),
            ("2024-08-16 12:12:55", "餐饮美食", "饿了么-姜母鸭大同路店", "外卖订单", "58.00"),
            ("2024-09-02 12:40:01", "餐饮美食", "美团外卖-老谢肉燕", "外卖订单", "21.00"),
            ("2024-09-24 12:08:17", "餐饮美食", "饿了么-吴再添小吃", "外卖订单", "32.50"),
            ("2024-10-12 12:21:43", "餐饮美食", "美团外卖-厦门沙茶面", "外卖订单", "24.00"),
            ("2024-10-29 12:35:08", "餐饮美食", "饿了么-土笋冻专卖", "外卖订单", "19.90")]
    for ts, cat, party, item, amt in food:
        add(ts, cat, party, "/", item, "支出", amt, "花呗")
    add("2024-10-15 11:02:33", "酒店旅游", "携程旅行网", "/", "槟城酒店 2晚", "支出", "1286.00", "花呗")
    add("2024-10-20 10:31:05", "爱车养车", "中国石化福建厦门湖里加油站", "/", "92#汽油", "支出", "300.00", "中国建设银行储蓄卡(1884)")
    add("2024-10-22 16:10:22", "爱车养车", "中国石化安溪感德加油站", "/", "92#汽油", "支出", "200.00", "花呗")
    add("2024-08-25 15:20:40", "保险", "中国人寿保险股份有限公司", "/", "学生平安保险-陈宇航", "支出", "150.00")
    add("2024-09-30 18:42:11", "日用百货", "盒马鲜生(湖里万达店)", "/", "盒马订单", "支出", "176.40", "花呗")
    add("2024-10-06 19:12:40", "日用百货", "永辉超市(金尚店)", "/", "超市购物", "支出", "132.60")
    add("2024-08-23 08:42:50", "交通出行", "厦门地铁", "/", "地铁乘车码", "支出", "3.00")
    return rows


def wechatpay_rows(rng, chats):
    rows = []

    def tid():
        return "42000" + digits(rng, 23)

    def add(t, kind, party, item, io, amt, method, status, mid="/", note="/"):
        rows.append(dict(t=t, kind=kind, party=party, item=item, io=io, amt=amt, method=method, status=status,
                         tid=tid(), mid=mid, note=note))

    nick = {c[0]: c[2] for c in CHATS}
    for key, msgs in chats.items():
        for m in msgs:
            if m.kind != "transfer" or m.arg.endswith("__ack__"):
                continue
            amount, _, memo = m.arg.partition(" ")
            party = nick.get(key, "")
            t = m.ts.replace(tzinfo=None)
            if m.sender == "me":
                add(t, "转账", party, "转账备注:" + memo if memo else "/", "支出", amount, "零钱", "对方已收钱")
            else:
                add(t, "转账", party, "转账备注:" + memo if memo else "/", "收入", amount, "/", "已存入零钱")
    payers = ["A茶客老陈", "阳光总在风雨后", "Lucky", "林", "静待花开", "木子", "鹭岛小王", "Vivian", "一叶知秋",
              "平常心", "顺其自然", "老洪", "晓琳", "Tony", "花开富贵", "清风徐来"]
    d0 = datetime(2024, 8, 1)
    for i in range(38):
        t = d0 + timedelta(days=rng.randrange(92), hours=rng.randrange(10, 21), minutes=rng.randrange(60), seconds=rng.randrange(60))
        amt = rng.choice(["58.00", "68.00", "88.00", "128.00", "168.00", "198.00", "236.00", "268.00", "336.00", "480.00", "36.00"])
        add(t, "二维码收款", rng.choice(payers), "收款方备注:二维码收款", "收入", amt, "/", "已存入零钱")
    spends = [("扫二维码付款", "阿珠海鲜", "收款方备注:二维码收款", (25, 90)),
              ("商户消费", "美宜佳(大同路店)", "美宜佳便利店", (6, 30)),
              ("扫二维码付款", "面线糊阿伯", "收款方备注:二维码收款", (8, 16)),
              ("商户消费", "鹭江香烛店", "香烛金纸", (30, 80)),
              ("商户消费", "滴滴出行", "滴滴快车", (12, 35)),
              ("扫二维码付款", "八市阿香水果", "收款方备注:二维码收款", (15, 45))]
    for i in range(22):
        kind, party, item, (lo, hi) = spends[i % len(spends)]
        t = d0 + timedelta(days=rng.randrange(92), hours=rng.randrange(7, 21), minutes=rng.randrange(60), seconds=rng.randrange(60))
        add(t, kind, party, item, "支出", "%d.%02d" % (rng.randrange(lo, hi), rng.choice([0, 0, 50, 80, 20])),
            "零钱", "支付成功", mid=digits(rng, 18) if kind == "商户消费" else "/")
    for ts, party, amt in ((datetime(2024, 9, 17, 21, 21, 4), "Zhiming", "16.88"), (datetime(2024, 9, 30, 20, 11, 30), "蔡天赐", "88.00")):
        add(ts, "微信红包", party, "/", "收入", amt, "/", "已存入零钱")
    add(datetime(2024, 9, 17, 21, 5, 12), "微信红包-单发", "陈宇航的手机", "/", "支出", "66.00", "零钱", "朋友已收钱")
    for ts, amt in ((datetime(2024, 8, 31, 22, 40, 2), "5000.00"), (datetime(2024, 10, 8, 22, 52, 16), "3000.00")):
        add(ts, "零钱提现", "中国建设银行(1884)", "/", "/", amt, "中国建设银行(1884)", "提现已到账", note="服务费¥%.2f" % (float(amt) * 0.001))
    return rows


# ------------------------------------------------------------------ location
PLACES = {
    "home": {"lat": 24.507120, "lon": 118.144680, "pid": "ChIJ0x7h2kq0zRQRa1wm3s22Fk0", "name": "金尚佳苑",
             "address": "中国福建省厦门市湖里区金尚路", "slh_type": "TYPE_HOME"},
    "shop": {"lat": 24.458720, "lon": 118.083190, "pid": "ChIJ9d4Xk2v5zRQR7eQ0n1b9cPo", "name": "芬记茶行",
             "address": "中国福建省厦门市思明区大同路212号", "slh_type": "TYPE_WORK"},
    "temple": {"lat": 24.444280, "lon": 118.096410, "pid": "ChIJ1Sx8wV16zRQR8i0qYq3kZ8s", "name": "南普陀寺",
               "address": "中国福建省厦门市思明区思明南路"},
    "parents": {"lat": 24.484610, "lon": 118.032800, "pid": "ChIJm2nB8f5uzRQRk4q1o2p3Q4w", "name": "",
                "address": "中国福建省厦门市海沧区"},
    "hospital": {"lat": 24.477120, "lon": 118.099520, "pid": "ChIJ3v9rT1l6zRQR2Hc6u5y1l0E", "name": "厦门大学附属中山医院",
                 "address": "中国福建省厦门市思明区湖滨南路"},
    "anxi": {"lat": 25.260830, "lon": 117.959330, "pid": "ChIJq8w7E6r5zBQRx0z9y8u7i6o", "name": "",
             "address": "中国福建省泉州市安溪县感德镇槐植村下尾38号"},
    "pool": {"lat": 24.503480, "lon": 118.152010, "pid": "ChIJb4n5m6k7zRQRp0o9i8u7y6t", "name": "湖里区全民健身中心",
             "address": "中国福建省厦门市湖里区"},
    "market": {"lat": 24.463020, "lon": 118.087050, "pid": "ChIJx1c2v3b4zRQRn5m6k7j8h9g", "name": "第八市场",
               "address": "中国福建省厦门市思明区"},
}
LUNAR_TEMPLE_DAYS = {date(2024, 8, 4), date(2024, 9, 3), date(2024, 10, 3), date(2024, 10, 17), date(2024, 9, 21)}
PARENT_EVENINGS = {date(2024, 8, 18), date(2024, 9, 17), date(2024, 10, 11), date(2024, 8, 25), date(2024, 9, 29)}


def day_fn_factory(rng):
    def at(d, h, m):
        return datetime(d.year, d.month, d.day, h, m, rng.randrange(60))

    def day_fn(d):
        if date(2024, 10, 20) <= d <= date(2024, 10, 22):
            if d == date(2024, 10, 20):
                return [("home", at(d, 0, 0), at(d, 10, 25)), ("anxi", at(d, 13, 10), at(d, 23, 59))]
            if d == date(2024, 10, 21):
                return [("anxi", at(d, 0, 0), at(d, 23, 59))]
            return [("anxi", at(d, 0, 0), at(d, 14, 30)), ("home", at(d, 17, 40), at(d, 23, 59))]
        out = []
        wake_leave = at(d, 8, 40 + rng.randrange(15))
        if d in LUNAR_TEMPLE_DAYS:
            out.append(("home", at(d, 0, 0), at(d, 6, 45 + rng.randrange(10))))
            out.append(("temple", at(d, 7, 15), at(d, 8, 35 + rng.randrange(10))))
            shop_start = at(d, 9, 5 + rng.randrange(10))
        elif d == date(2024, 8, 4):
            out.append(("home", at(d, 0, 0), wake_leave))
            shop_start = at(d, 9, 20)
        else:
            out.append(("home", at(d, 0, 0), wake_leave))
            shop_start = at(d, 9, 10 + rng.randrange(15))
        if rng.random() < 0.18:
            out.append(("market", shop_start - timedelta(minutes=1), shop_start + timedelta(minutes=25)))
            shop_start += timedelta(minutes=35)
        if d in PARENT_EVENINGS:
            out.append(("shop", shop_start, at(d, 17, 50)))
            out.append(("parents", at(d, 18, 35), at(d, 21, 50 + rng.randrange(5))))
            out.append(("home", at(d, 22, 30), at(d, 23, 59)))
            return out
        if date(2024, 9, 19) <= d <= date(2024, 9, 26) and d.toordinal() % 2 == 1:
            out.append(("shop", shop_start, at(d, 18, 40)))
            out.append(("hospital", at(d, 19, 0), at(d, 20, 55)))
            out.append(("home", at(d, 21, 25), at(d, 23, 59)))
            return out
        close = at(d, 21, 0 + rng.randrange(20))
        if d.weekday() == 1 and rng.random() < 0.6:
            out.append(("shop", shop_start, at(d, 14, 5)))
            out.append(("home", at(d, 14, 40), at(d, 23, 59)))
            return out
        if d.weekday() == 5 and d.month == 8 and rng.random() < 0.7:
            out.append(("shop", shop_start, at(d, 16, 30)))
            out.append(("pool", at(d, 17, 0), at(d, 18, 10)))
            out.append(("home", at(d, 18, 25), at(d, 23, 59)))
            return out
        out.append(("shop", shop_start, close))
        out.append(("home", close + timedelta(minutes=30 + rng.randrange(10)), at(d, 23, 59)))
        return out
    return day_fn


def write_location(files, planted):
    rng = make_rng(PID, "loc")
    days = [START + timedelta(days=i) for i in range((END - START).days + 1)]
    items = simulate(rng, days, day_fn_factory(rng), PLACES, TZ)
    months = {8: "AUGUST", 9: "SEPTEMBER", 10: "OCTOBER"}
    for mo, name in months.items():
        sub = [it for it in items if (it[2] if it[0] == "visit" else it[3]).month == mo]
        fname = "Takeout/Location History (Timeline)/Semantic Location History/2024/2024_%s.json" % name
        files[fname] = slh_month(sub, PLACES, make_rng(PID, "slh", mo))
        used = {it[1] for it in sub if it[0] == "visit"}
        for k in ("shop", "anxi"):
            if k in used:
                planted.add(fname, "LOCATION", PLACES[k]["address"])


def build(rng_unused=None):
    files = {}
    planted = Planted()
    chats = build_chats(None)
    ack_transfers(chats, make_rng(PID, "ack"))
    titles = write_wechat(files, planted, chats)

    rng = make_rng(PID, "alipay")
    arows = alipay_rows(rng)
    fa = "alipay/alipay_record_20241101_091544_1.csv"
    files[fa] = alipay_csv("蔡淑芬", "13859216743", "2024-08-01", "2024-10-31", datetime(2024, 11, 1, 9, 15, 44), arows)
    planted.add(fa, "PERSON", "蔡淑芬")
    planted.add(fa, "PHONE_NUMBER", "13859216743")
    for r in arows:
        for fn in FULL_NAMES:
            if fn in r["party"] or fn in r["item"]:
                planted.add(fa, "PERSON", fn)
    planted.add(fa, "LOCATION", "大同路212号")

    wrows = wechatpay_rows(make_rng(PID, "wxpay"), chats)
    fw = "wechatpay/微信支付账单(20240801-20241031).csv"
    files[fw] = wechatpay_csv("芬记茶行·阿芬", "2024-08-01", "2024-10-31", datetime(2024, 11, 1, 9, 22, 10), wrows)
    for r in wrows:
        for fn in FULL_NAMES:
            if fn in r["party"]:
                planted.add(fw, "PERSON", fn)
    planted.add(fw, "PERSON", "陈宇航")

    write_location(files, planted)

    by_title = {titles[k]: v for k, v in chats.items()}
    facts = {
        "home": {"lat": PLACES["home"]["lat"], "lon": PLACES["home"]["lon"], "radius_m": 300,
                 "address": "厦门市湖里区金尚路58号金尚佳苑7栋1203", "city": "厦门"},
        "work": {"lat": PLACES["shop"]["lat"], "lon": PLACES["shop"]["lon"], "radius_m": 300,
                 "employer": "芬记茶行（厦门鹭茗茶业有限公司）"},
        "sleep_window": {"start": "23:30", "end": "06:45", "tolerance_min": 60},
        "top_contacts": count_top(by_title),
        "relationships": [
            {"name": "老公", "relationship": "partner", "full_name": "陈振宏"},
            {"name": "阿妹", "relationship": "sister", "full_name": "蔡淑婷"},
            {"name": "安溪-王春水 铁观音", "relationship": "supplier", "full_name": "王春水"},
            {"name": "丽娟姐 泉州老客", "relationship": "customer", "full_name": "郑丽娟"},
            {"name": "店面房东黄伯", "relationship": "landlord", "full_name": "黄金土"},
            {"name": "小敏", "relationship": "colleague", "full_name": "吴小敏"},
        ],
        "religion": {"value": "Buddhist", "evidence": "初一/十五 goes to 南普陀寺 to burn incense, eats vegetarian on those days, lamp and 香油钱 for 阿嬷; Alipay 随喜功德 to 厦门南普陀寺 x5"},
        "health": {"value": False, "distractor": "阿嬷 (grandmother) knee replacement at 中山医院, hospital deposit paid by the user"},
        "politics": {"value": False, "distractor": "三叔 posts political rants in the family group; user only asks him to stop"},
        "financial_stress": {"value": True, "evidence": "rent rise, 花呗 minimum repayments, 借呗 loan 20000, borrows 5000 from sister, late assistant wage, discount sale to raise cash"},
        "gambling": {"value": False, "distractor": "中秋博饼 dice game (festival custom), husband's friend 阿贵 buys lottery tickets"},
        "gaming": {"value": False, "distractor": "son 航航 plays 王者荣耀 and gets his phone confiscated"},
        "salary": {"amount": "6800.00", "currency": "CNY", "payer": "厦门鹭茗茶业有限公司", "period": "monthly"},
        "risky_contact": {"name": "三叔", "full_name": "蔡文明",
                          "why": "posts %d distinct angry political messages in the family group 蔡家大院🏠" % len(S.SANSHU_RANTS)},
    }
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "蔡淑芬, 38, runs the small tea shop 芬记茶行 on 大同路 in Xiamen and sells on WeChat; "
                       "husband 陈振宏, son 航航, sister 阿婷, grandmother 阿嬷 (knee surgery), supplier 王春水 in 安溪 感德. "
                       "WeChat exported with MemoTrace (WeChatMsg) CSV, Alipay CSV (GBK), WeChat Pay CSV, Google Semantic Location History.",
        "timezone": "Asia/Shanghai",
        "user": USER,
        "pii": planted.items,
        "facts": facts,
    }
    stats = {"messages": {titles[k]: len(v) for k, v in chats.items()},
             "payments": {"alipay": len(arows), "wechatpay": len(wrows)},
             "rants": len(S.SANSHU_RANTS)}
    return files, gt, stats
