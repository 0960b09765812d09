# -*- coding: utf-8 -*-
"""Writers for the export formats used by heldout22 (stdlib only).

Every writer returns ``bytes`` plus the list of "text" strings it wrote (the
free-text parts that the ground-truth scanner looks at).
"""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta

from h22_common import UTC, digits, hexid, iso_local, iso_z

# ====================================================================== WeChat
def _xml_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def memotrace_content(m, rng, sender_id, to_id):
    """(Type, SubType, StrContent) for a MemoTrace/WeChatMsg CSV row."""
    k = m.kind
    if k == "text":
        return 1, 0, m.text
    if k == "img":
        return 3, 0, ('<?xml version="1.0"?>\n<msg>\n\t<img aeskey="%s" encryver="1" cdnthumblength="%d" '
                      'cdnthumbheight="120" cdnthumbwidth="90" length="%d" md5="%s" hevc_mid_size="%d" />\n</msg>\n'
                      % (hexid(rng, 32), rng.randrange(3000, 9000), rng.randrange(60000, 900000), hexid(rng, 32),
                         rng.randrange(30000, 90000)))
    if k == "voice":
        ms = rng.randrange(1800, 42000)
        return 34, 0, ('<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" voicelength="%d" '
                       'length="%d" bufid="0" aeskey="%s" voiceurl="%s" voicemd5="" clientmsgid="%s" '
                       'fromusername="%s" /></msg>' % (ms, ms // 3, hexid(rng, 32), hexid(rng, 56), hexid(rng, 40), sender_id))
    if k == "sticker":
        return 47, 0, ('<msg><emoji fromusername="%s" tousername="%s" type="2" idbuffer="media:0_0" md5="%s" '
                       'len="%d" productid="" androidmd5="%s" androidlen="%d" s60v3md5="%s" s60v3len="%d" '
                       'width="240" height="240" /></msg>' % (sender_id, to_id, hexid(rng, 32), rng.randrange(20000, 300000),
                                                              hexid(rng, 32), rng.randrange(20000, 300000), hexid(rng, 32),
                                                              rng.randrange(20000, 300000)))
    if k == "video":
        return 43, 0, ('<?xml version="1.0"?>\n<msg>\n\t<videomsg aeskey="%s" cdnthumbaeskey="%s" length="%d" '
                       'playlength="%d" md5="%s" fromusername="%s" />\n</msg>\n'
                       % (hexid(rng, 32), hexid(rng, 32), rng.randrange(900000, 9000000), rng.randrange(5, 60),
                          hexid(rng, 32), sender_id))
    if k == "loc":
        lat, lon, label, poi = m.arg.split("|")
        return 48, 0, ('<?xml version="1.0"?>\n<msg>\n\t<location x="%s" y="%s" scale="15" label="%s" '
                       'maptype="roadmap" poiname="%s" poiid="" />\n</msg>\n' % (lat, lon, _xml_escape(label), _xml_escape(poi)))
    if k == "transfer":
        amount, _, memo = m.arg.partition(" ")
        sub = "3" if memo == "__ack__" else "1"
        memo = "" if memo == "__ack__" else memo
        des = ("已收款" if sub == "3" else "收到转账%s元。如需收钱，请点此升级至最新版本" % amount)
        return 49, 2000, ('<msg>\n<appmsg appid="" sdkver="">\n<title><![CDATA[微信转账]]></title>\n'
                          '<des><![CDATA[%s]]></des>\n<type>2000</type>\n<wcpayinfo>\n<paysubtype>%s</paysubtype>\n'
                          '<feedesc><![CDATA[￥%s]]></feedesc>\n<transcationid><![CDATA[%s]]></transcationid>\n'
                          '<pay_memo><![CDATA[%s]]></pay_memo>\n</wcpayinfo>\n</appmsg>\n</msg>'
                          % (des, sub, amount, digits(rng, 28), memo))
    if k == "redpacket":
        return 49, 2001, ('<msg>\n<appmsg appid="" sdkver="">\n<des><![CDATA[我给你发了一个红包，赶紧去拆!]]></des>\n'
                          '<title><![CDATA[%s]]></title>\n<type>2001</type>\n<wcpayinfo>\n<sendertitle><![CDATA[%s]]></sendertitle>\n'
                          '<senderdes><![CDATA[查看红包]]></senderdes>\n<scenetext><![CDATA[微信红包]]></scenetext>\n'
                          '</wcpayinfo>\n</appmsg>\n</msg>' % (m.arg, m.arg))
    if k == "link":
        title, _, url = m.arg.partition("|")
        url = url or "https://mp.weixin.qq.com/s/" + hexid(rng, 22)
        return 49, 5, ('<msg>\n<appmsg appid="" sdkver="0">\n<title>%s</title>\n<des></des>\n<type>5</type>\n'
                       '<url>%s</url>\n</appmsg>\n</msg>' % (_xml_escape(title), _xml_escape(url)))
    if k == "call":
        return 50, 0, ('<voipmsg type="VoIPBubbleMsg"><VoIPBubbleMsg><msg><![CDATA[通话时长 %s]]></msg>'
                       '<room_type>1</room_type><red_dot>false</red_dot><roomid>%d</roomid><roomkey>0</roomkey>'
                       '<inviteid>%d</inviteid><msg_type>100</msg_type><timestamp>%d</timestamp></VoIPBubbleMsg></voipmsg>'
                       % (m.arg or "01:12", rng.randrange(10 ** 9, 10 ** 10), rng.randrange(10 ** 9, 10 ** 10),
                          int(m.ts.timestamp() * 1000)))
    if k == "recall":
        return 10000, 0, m.arg
    raise ValueError(k)


def memotrace_csv(rows):
    """rows: list of lists (already ordered). utf-8-sig, csv.writer default dialect."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(['localId', 'TalkerId', 'Type', 'SubType', 'IsSender', 'CreateTime', 'Status',
                'StrContent', 'StrTime', 'Remark', 'NickName', 'Sender'])
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8-sig")


def wechat_dump_line(m, sender_name, rng):
    """One message as ppwwyyxx/wechat-dump ``str(msg)``: TYPE|sender:datetime:content."""
    ts = m.ts  # local wall time, printed like str(datetime.fromtimestamp(ms / 1000))
    wall = datetime(ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second, ts.microsecond)
    k = m.kind
    if k == "text":
        tp, body = 1, m.text
    elif k == "img":
        tp, body = 3, "Image|img:THUMBNAIL_DIRPATH://th_%s" % hexid(rng, 32)
        return "%d|%s:%s:%s" % (tp, sender_name, wall, body)
    elif k == "voice":
        tp, body = 34, "Voice|img:%s" % hexid(rng, 32)
        return "%d|%s:%s:%s" % (tp, sender_name, wall, body)
    elif k == "file":
        tp, body = 1090519089, "FILE:%s" % m.arg
    elif k == "sticker":
        tp, body = 47, "Emoji"
    elif k == "video":
        tp, body = 62, "WeChat VIDEO"
    elif k == "loc":
        lat, lon, label, poi = m.arg.split("|")
        tp, body = 48, "LOCATION:%s (%s,%s)" % (poi or label, lat, lon)
    elif k == "transfer":
        amount, _, memo = m.arg.partition(" ")
        tp = 419430449
        if memo == "__ack__":
            body = "[Money Transfer]\n已收款"
        else:
            body = "[Money Transfer]\n收到转账%s元。如需收钱，请点此升级至最新版本" % amount
    elif k == "redpacket":
        tp, body = 436207665, "[RED ENVELOPE]\n%s" % m.arg
    elif k == "link":
        title, _, url = m.arg.partition("|")
        tp, body = 49, "URL:%s" % (url or "https://mp.weixin.qq.com/s/" + hexid(rng, 22))
    elif k == "call":
        tp, body = 50, "REQUEST VIDEO CHAT"
    else:
        raise ValueError(k)
    return "%d|%s:%s:%s" % (tp, sender_name, wall, body)


# ====================================================================== Alipay
ALIPAY_HEADER = ("交易时间            ,交易分类                ,交易对方                ,对方账号                ,"
                 "商品说明                ,收/支                 ,金额                  ,收/付款方式              ,"
                 "交易状态                ,交易订单号     ,商家订单号           ,备注                  ,")

ALIPAY_NOTES = [
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
]


def alipay_csv(name, account, start, end, exported, rows):
    """rows: dicts with keys t(datetime local), cat, party, acct, item, io, amt(str), method, status, oid, moid, note.
    Output newest first, GBK."""
    rows = sorted(rows, key=lambda r: r["t"], reverse=True)
    inc = [r for r in rows if r["io"] == "收入"]
    out = [r for r in rows if r["io"] == "支出"]
    neu = [r for r in rows if r["io"] == "不计收支"]

    def tot(rs):
        return "%.2f" % sum(float(r["amt"]) for r in rs)

    lines = ["-" * 84, "导出信息：", "姓名：%s" % name, "支付宝账户：%s" % account,
             "起始时间：[%s 00:00:00]    终止时间：[%s 23:59:59]" % (start, end),
             "导出交易类型：[全部]", "导出时间：[%s]" % exported.strftime("%Y-%m-%d %H:%M:%S"),
             "共%d笔记录" % len(rows), "收入：%d笔 %s元" % (len(inc), tot(inc)),
             "支出：%d笔 %s元" % (len(out), tot(out)), "不计收支：%d笔 %s元" % (len(neu), tot(neu)), ""]
    lines += ALIPAY_NOTES
    lines += ["", "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
              ALIPAY_HEADER]
    for r in rows:
        f = [r["t"].strftime("%Y-%m-%d %H:%M:%S").ljust(20), r["cat"].ljust(20), r["party"].ljust(20),
             r["acct"].ljust(20), r["item"].ljust(20), r["io"].ljust(20), r["amt"].ljust(20),
             r["method"].ljust(20), r["status"].ljust(20), r["oid"] + "\t", (r["moid"] or " " * 20) + "\t",
             r.get("note", "").ljust(20), ""]
        lines.append(",".join(f))
    text = "\n".join(lines) + "\n"
    return text.encode("gbk")


# ====================================================================== WeChat Pay
def wechatpay_csv(nick, start, end, exported, rows):
    """rows: dicts t, kind, party, item, io ('收入'/'支出'/'/'), amt(str), method, status, tid, mid, note."""
    rows = sorted(rows, key=lambda r: r["t"], reverse=True)
    inc = [r for r in rows if r["io"] == "收入"]
    out = [r for r in rows if r["io"] == "支出"]
    neu = [r for r in rows if r["io"] == "/"]

    def tot(rs):
        return "%.2f" % sum(float(r["amt"]) for r in rs)

    pad = ",,,,,,,,,,"
    lines = ["微信支付账单明细" + pad, "微信昵称：[%s]" % nick + pad,
             "起始时间：[%s 00:00:00] 终止时间：[%s 23:59:59]" % (start, end) + pad,
             "导出类型：[全部]" + pad, "导出时间：[%s]" % exported.strftime("%Y-%m-%d %H:%M:%S") + pad, pad,
             "共%d笔记录" % len(rows) + pad, "收入：%d笔 %s元" % (len(inc), tot(inc)) + pad,
             "支出：%d笔 %s元" % (len(out), tot(out)) + pad, "中性交易：%d笔 %s元" % (len(neu), tot(neu)) + pad,
             "注：" + pad,
             "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + pad,
             "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + pad,
             "3. 本明细仅供个人对账使用" + pad, pad,
             "----------------------微信支付账单明细列表--------------------" + pad,
             "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"]

    def q(s):
        if any(c in s for c in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    for r in rows:
        f = [r["t"].strftime("%Y-%m-%d %H:%M:%S"), q(r["kind"]), q(r["party"]), q(r["item"]), r["io"],
             "¥" + r["amt"], q(r["method"]), q(r["status"]), r["tid"] + "\t", r["mid"] + "\t", q(r.get("note") or "/")]
        lines.append(",".join(f))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ====================================================================== Google location
def e7(x):
    return int(round(x * 1e7))


def slh_month(items, places, rng):
    """Semantic Location History month file. items: ('visit', key, s, e) / ('move', a, b, s, e, mode, path)."""
    objs = []
    for it in items:
        if it[0] == "visit":
            _, key, s, e = it
            p = places[key]
            lat, lon = p["lat"], p["lon"]
            loc = {"latitudeE7": e7(lat), "longitudeE7": e7(lon), "placeId": p["pid"]}
            if p.get("address"):
                loc["address"] = p["address"]
            if p.get("name"):
                loc["name"] = p["name"]
            if p.get("slh_type"):
                loc["semanticType"] = p["slh_type"]
            loc["sourceInfo"] = {"deviceTag": 1290364518}
            loc["locationConfidence"] = round(rng.uniform(62, 99), 6)
            loc["calibratedProbability"] = round(rng.uniform(55, 97), 6)
            objs.append({"placeVisit": {
                "location": loc,
                "duration": {"startTimestamp": iso_z(s), "endTimestamp": iso_z(e)},
                "placeConfidence": "HIGH_CONFIDENCE" if loc["locationConfidence"] > 80 else "MEDIUM_CONFIDENCE",
                "centerLatE7": e7(lat + rng.uniform(-0.0004, 0.0004)),
                "centerLngE7": e7(lon + rng.uniform(-0.0004, 0.0004)),
                "visitConfidence": rng.randrange(70, 100),
                "otherCandidateLocations": [],
                "editConfirmationStatus": "NOT_CONFIRMED",
                "locationConfidence": rng.randrange(60, 100),
                "placeVisitType": "SINGLE_PLACE",
                "placeVisitImportance": "MAIN"}})
        else:
            _, a, b, s, e, mode, path, dist = it
            pa, pb = places[a], places[b]
            objs.append({"activitySegment": {
                "startLocation": {"latitudeE7": e7(pa["lat"]), "longitudeE7": e7(pa["lon"]),
                                  "sourceInfo": {"deviceTag": 1290364518}},
                "endLocation": {"latitudeE7": e7(pb["lat"]), "longitudeE7": e7(pb["lon"]),
                                "sourceInfo": {"deviceTag": 1290364518}},
                "duration": {"startTimestamp": iso_z(s), "endTimestamp": iso_z(e)},
                "distance": int(dist),
                "activityType": mode,
                "confidence": "HIGH",
                "activities": [{"activityType": mode, "probability": round(rng.uniform(80, 98), 6)},
                               {"activityType": "STILL", "probability": round(rng.uniform(0.5, 8), 6)}],
                "waypointPath": {"waypoints": [{"latE7": e7(x), "lngE7": e7(y)} for x, y, _ in path],
                                 "source": "INFERRED", "distanceMeters": round(dist * 1.08, 1),
                                 "travelMode": "DRIVE" if mode == "IN_PASSENGER_VEHICLE" else "WALK",
                                 "confidence": round(rng.uniform(0.5, 0.99), 6)},
                "editConfirmationStatus": "NOT_CONFIRMED"}})
    return (json.dumps({"timelineObjects": objs}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _deg(lat, lon):
    return "%.7f°, %.7f°" % (lat, lon)


def ondevice_timeline(items, places, rng, frequent):
    """Android on-device Timeline.json (semanticSegments / rawSignals / userLocationProfile)."""
    segs = []
    raws = []
    for it in items:
        if it[0] == "visit":
            _, key, s, e = it
            p = places[key]
            off = int(s.utcoffset().total_seconds() // 60)
            offe = int(e.utcoffset().total_seconds() // 60)
            segs.append({"startTime": iso_local(s), "endTime": iso_local(e),
                         "startTimeTimezoneUtcOffsetMinutes": off, "endTimeTimezoneUtcOffsetMinutes": offe,
                         "visit": {"hierarchyLevel": 0, "probability": round(rng.uniform(0.6, 0.97), 9),
                                   "topCandidate": {"placeId": p["pid"], "semanticType": p.get("od_type", "UNKNOWN"),
                                                    "probability": round(rng.uniform(0.4, 0.95), 9),
                                                    "placeLocation": {"latLng": _deg(p["lat"], p["lon"])}}}})
            if rng.random() < 0.35:
                raws.append({"position": {"LatLng": _deg(p["lat"] + rng.uniform(-3e-4, 3e-4), p["lon"] + rng.uniform(-3e-4, 3e-4)),
                                          "accuracyMeters": rng.randrange(5, 40), "altitudeMeters": round(rng.uniform(18, 40), 1),
                                          "source": rng.choice(["WIFI", "GPS", "CELL"]), "timestamp": iso_local(s + timedelta(minutes=3))}})
        else:
            _, a, b, s, e, mode, path, dist = it
            pa, pb = places[a], places[b]
            off = int(s.utcoffset().total_seconds() // 60)
            offe = int(e.utcoffset().total_seconds() // 60)
            segs.append({"startTime": iso_local(s), "endTime": iso_local(e),
                         "startTimeTimezoneUtcOffsetMinutes": off, "endTimeTimezoneUtcOffsetMinutes": offe,
                         "activity": {"start": {"latLng": _deg(pa["lat"], pa["lon"])},
                                      "end": {"latLng": _deg(pb["lat"], pb["lon"])},
                                      "distanceMeters": round(dist, 1),
                                      "probability": round(rng.uniform(0.8, 0.99), 9),
                                      "topCandidate": {"type": mode, "probability": round(rng.uniform(0.6, 0.95), 9)}}})
            if path:
                segs.append({"startTime": iso_local(s), "endTime": iso_local(e),
                             "timelinePath": [{"point": _deg(x, y), "time": iso_local(t)} for x, y, t in path]})
                x, y, t = path[len(path) // 2]
                raws.append({"activityRecord": {"probableActivities": [
                    {"type": "IN_VEHICLE" if mode != "WALKING" else "ON_FOOT", "confidence": round(rng.uniform(0.6, 0.95), 2)},
                    {"type": "STILL", "confidence": round(rng.uniform(0.02, 0.2), 2)}], "timestamp": iso_local(t)}})
    prof = {"frequentPlaces": [{"placeId": places[k]["pid"], "placeLocation": _deg(places[k]["lat"], places[k]["lon"]),
                                "label": lab} for k, lab in frequent],
            "persona": {"travelModeAffinities": [{"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.91},
                                                  {"mode": "WALKING", "affinity": 0.07}]}}
    doc = {"semanticSegments": segs, "rawSignals": raws, "userLocationProfile": prof}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def ios_location_history(items, places, rng):
    """Google Maps iOS export: top-level array, every value a string, points as geo:lat,lng."""
    out = []
    for it in items:
        if it[0] == "visit":
            _, key, s, e = it
            p = places[key]
            out.append({"endTime": iso_local(e), "startTime": iso_local(s),
                        "visit": {"hierarchyLevel": "0",
                                  "topCandidate": {"probability": "%.6f" % rng.uniform(0.3, 0.95),
                                                   "semanticType": p.get("ios_type", "Unknown"),
                                                   "placeID": p["pid"],
                                                   "placeLocation": "geo:%.6f,%.6f" % (p["lat"], p["lon"])},
                                  "probability": "%.6f" % rng.uniform(0.6, 0.99)}})
        else:
            _, a, b, s, e, mode, path, dist = it
            pa, pb = places[a], places[b]
            ios_mode = {"IN_PASSENGER_VEHICLE": "in passenger vehicle", "WALKING": "walking",
                        "IN_BUS": "in bus", "IN_SUBWAY": "in subway", "FLYING": "flying"}[mode]
            out.append({"endTime": iso_local(e), "startTime": iso_local(s),
                        "activity": {"probability": "%.6f" % rng.uniform(0.8, 0.99),
                                     "end": "geo:%.6f,%.6f" % (pb["lat"], pb["lon"]),
                                     "topCandidate": {"type": ios_mode, "probability": "%.6f" % rng.uniform(0.5, 0.95)},
                                     "distanceMeters": "%.6f" % dist,
                                     "start": "geo:%.6f,%.6f" % (pa["lat"], pa["lon"])}})
            if path:
                out.append({"endTime": iso_local(e), "startTime": iso_local(s),
                            "timelinePath": [{"point": "geo:%.6f,%.6f" % (x, y),
                                              "durationMinutesOffsetFromStartTime": str(int((t - s).total_seconds() // 60))}
                                             for x, y, t in path]})
    return (json.dumps(out, indent=2) + "\n").encode("utf-8")


# ====================================================================== location simulation
def simulate(rng, days, day_fn, places, tz, speed_kmh=28.0):
    """day_fn(date) -> list of (place_key, start_local_naive, end_local_naive), contiguous-ish.
    Returns items list: visits and moves, with aware datetimes."""
    from h22_common import haversine_m
    stays = []
    for d in days:
        for key, s, e in day_fn(d):
            ptz = places[key].get("tz", tz)
            s = s.replace(tzinfo=ptz)
            e = e.replace(tzinfo=ptz)
            if stays and stays[-1][0] == key:
                stays[-1] = (key, stays[-1][1], e)
            else:
                stays.append((key, s, e))
    items = []
    for i, (key, s, e) in enumerate(stays):
        if i > 0:
            pk, ps, pe = stays[i - 1]
            a, b = places[pk], places[key]
            dist = haversine_m((a["lat"], a["lon"]), (b["lat"], b["lon"]))
            mode = "WALKING" if dist < 1300 else ("FLYING" if dist > 200000 else "IN_PASSENGER_VEHICLE")
            n = 3 if dist < 1300 else (4 if dist > 200000 else min(12, 3 + int(dist // 2500)))
            path = []
            for j in range(1, n + 1):
                f = j / (n + 1)
                t = (pe + (s - pe) * f).astimezone(pe.tzinfo)
                x = a["lat"] + (b["lat"] - a["lat"]) * f + rng.uniform(-0.0015, 0.0015)
                y = a["lon"] + (b["lon"] - a["lon"]) * f + rng.uniform(-0.0015, 0.0015)
                path.append((round(x, 7), round(y, 7), t.replace(second=0, microsecond=0)))
            items.append(("move", pk, key, pe, s, mode, path, dist * rng.uniform(1.15, 1.35)))
        items.append(("visit", key, s, e))
    return items
