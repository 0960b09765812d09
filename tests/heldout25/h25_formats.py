"""Export-format writers for the heldout25 set.  Each returns an OutFile (bytes plus the decoded
strings, split into free text and other fields, used to derive the ground truth)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from zoneinfo import ZoneInfo

from h25_common import (UTC, Msg, OutFile, csv_bytes, iso_local, iso_z, json_bytes, local_str,
                        mojibake_tree)


def _h(*parts, n=32) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def _num(*parts, n=19) -> str:
    h = int(hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)
    s = str(h)
    return ("1" + s)[:n] if s[0] == "0" else s[:n]


# ================================================================ WeChat: MemoTrace CSV
def memotrace_csv(rel: str, msgs: list[Msg], is_group: bool, me: dict, people: dict,
                  places: dict, zone: ZoneInfo, talker_id: int, local_id0: int) -> OutFile:
    """me/people values: {'remark','nick','wxid'}; one 1:1 partner or group members."""
    rows = [["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
             "StrContent", "StrTime", "Remark", "NickName", "Sender"]]
    texts, fields = [], []
    lid = local_id0
    rng = random.Random(talker_id)
    for m in msgs:
        lid += rng.choice([1, 1, 1, 2, 3])
        who = me if m.sender == "me" else people[m.sender]
        is_send = 1 if m.sender == "me" else 0
        typ, sub, content = 1, 0, m.text
        arg = m.extra.get("arg", "")
        if m.kind == "text":
            texts.append(m.text)
        elif m.kind == "image":
            typ = 3
            content = (f'<?xml version="1.0"?>\n<msg>\n\t<img aeskey="{_h(m.ts, "a")}" encryver="1" '
                       f'cdnthumblength="{rng.randint(3000, 9000)}" cdnthumbheight="120" cdnthumbwidth="90" '
                       f'length="{rng.randint(90000, 400000)}" md5="{_h(m.ts, "m")}" />\n</msg>\n')
        elif m.kind == "voice":
            typ = 34
            secs = int(arg or rng.randint(3, 40))
            content = (f'<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" '
                       f'voicelength="{secs * 1000 + rng.randint(0, 999)}" length="{secs * 1650}" bufid="0" '
                       f'aeskey="{_h(m.ts, "v")}" voiceurl="" voicemd5="" clientmsgid="{_h(m.ts, "c", n=24)}" '
                       f'fromusername="{who["wxid"]}" /></msg>')
        elif m.kind == "sticker":
            typ = 47
            content = (f'<msg><emoji fromusername = "{who["wxid"]}" type="2" md5="{_h(arg, m.ts, "e")}" '
                       f'len = "{rng.randint(20000, 90000)}" productid="" androidmd5="{_h(arg, "am")}" '
                       f'width="240" height="240" /></msg>')
        elif m.kind == "video":
            typ = 43
            content = (f'<?xml version="1.0"?>\n<msg>\n\t<videomsg aeskey="{_h(m.ts, "vid")}" '
                       f'playlength="{rng.randint(5, 50)}" length="{rng.randint(900000, 6000000)}" />\n</msg>\n')
        elif m.kind == "location":
            typ = 48
            p = places[arg]
            content = (f'<?xml version="1.0"?>\n<msg>\n\t<location x="{p["lat"]:.6f}" y="{p["lon"]:.6f}" '
                       f'scale="16" label="{p["label"]}" maptype="roadmap" poiname="{p["poi"]}" poiid="" '
                       f'buildingId="" floorName="" poiCategoryTips="" poiBusinessHour="" poiPhone="" '
                       f'poiPriceTips="" isFromPoiList="false" adcode="" cityname="{p["city"]}" />\n</msg>\n')
            fields += [p["label"], p["poi"]]
            if m.text:
                texts.append(m.text)
        elif m.kind == "call":
            typ = 50
            label = f"通话时长 {arg}" if arg and arg[0].isdigit() else (arg or "已取消")
            content = (f'<voipmsg type="VoIPBubbleMsg"><VoIPBubbleMsg><msg><![CDATA[{label}]]></msg>'
                       f'<room_type>1</room_type><red_dot>false</red_dot><roomid>{_num(m.ts, "r", n=10)}</roomid>'
                       f'<roomkey>0</roomkey><inviteid>{m.ts}</inviteid><msg_type>100</msg_type>'
                       f'<timestamp>{m.ts}000</timestamp><duration>0</duration></VoIPBubbleMsg></voipmsg>')
        elif m.kind == "transfer":
            typ, sub = 49, 2000
            amount, _, memo = arg.partition("|")
            paysub = "3" if m.text == "收款" else "1"
            des = f"收到转账{amount}元。如需收钱，请点此升级至最新版本" if paysub == "1" else "已收款"
            content = (f'<?xml version="1.0"?>\n<msg>\n<appmsg appid="" sdkver="">\n<title><![CDATA[微信转账]]></title>\n'
                       f'<des><![CDATA[{des}]]></des>\n<action />\n<type>2000</type>\n<content><![CDATA[]]></content>\n'
                       f'<url><![CDATA[https://support.weixin.qq.com/cgi-bin/mmsupport-bin/readtemplate?t=page/common_page__upgrade&text=text001&btn_text=btn_text_0]]></url>\n'
                       f'<wcpayinfo>\n<paysubtype>{paysub}</paysubtype>\n<feedesc><![CDATA[￥{amount}]]></feedesc>\n'
                       f'<transcationid><![CDATA[{_num(m.ts, amount, n=28)}]]></transcationid>\n'
                       f'<transferid><![CDATA[{_num(m.ts, "tf", n=28)}]]></transferid>\n'
                       f'<invalidtime><![CDATA[{m.ts + 86400}]]></invalidtime>\n'
                       f'<pay_memo><![CDATA[{memo}]]></pay_memo>\n</wcpayinfo>\n</appmsg>\n</msg>\n')
            if memo:
                texts.append(memo)
        elif m.kind == "link":
            typ, sub = 49, 5
            title, _, url = arg.partition("|")
            content = (f'<?xml version="1.0"?>\n<msg>\n<appmsg appid="" sdkver="0">\n<title>{title}</title>\n'
                       f'<des>{m.text}</des>\n<type>5</type>\n<url>{url}</url>\n</appmsg>\n</msg>\n')
            texts += [title, m.text]
            fields.append(url)
        elif m.kind == "file":
            typ, sub = 49, 6
            content = (f'<?xml version="1.0"?>\n<msg>\n<appmsg appid="" sdkver="0">\n<title>{arg}</title>\n'
                       f'<type>6</type>\n<appattach><totallen>{rng.randint(20000, 900000)}</totallen>'
                       f'<fileext>{arg.rsplit(".", 1)[-1]}</fileext></appattach>\n</appmsg>\n</msg>\n')
            fields.append(arg)
        elif m.kind == "system":
            typ = 10000
            fields.append(m.text)
        elif m.kind == "recall":
            typ = 10000
            content = "你撤回了一条消息" if m.sender == "me" else f'"{who["remark"]}" 撤回了一条消息'
            fields.append(content)
        else:
            raise ValueError(m.kind)
        fields += [who["remark"], who["nick"]]
        rows.append([str(lid), str(talker_id), str(typ), str(sub), str(is_send), str(m.ts),
                     "2" if is_send else "3", content, local_str(m.ts, zone),
                     who["remark"], who["nick"], who["wxid"]])
    data = csv_bytes(rows, lineterminator="\r\n", bom=True)
    return OutFile(rel, data, texts, fields)


# ================================================================ WeChat: wechat-dump text
def wechat_dump_txt(rel: str, msgs: list[Msg], names: dict, places: dict, zone: ZoneInfo,
                    wxids: dict) -> OutFile:
    out, texts, fields = [], [], []
    rng = random.Random(rel)
    for m in msgs:
        who = "me" if m.sender == "me" else names[m.sender]
        when = local_str(m.ts, zone)
        arg = m.extra.get("arg", "")
        img = None
        if m.kind == "text":
            typ, body = 1, m.text
            texts.append(m.text)
        elif m.kind == "image":
            typ, body = 3, ""
            img = f"THUMBNAIL_DIRPATH://th_{_h(m.ts, rel)}"
        elif m.kind == "voice":
            typ = 34
            secs = int(arg or rng.randint(3, 40))
            body = f"{wxids[m.sender]}:{secs * 1000 + rng.randint(0, 999)}:0\n"
        elif m.kind == "sticker":
            typ = 47
            body = (f'<msg><emoji fromusername = "{wxids[m.sender]}" tousername = "{wxids["__chat__"]}" '
                    f'type="2" idbuffer="media:0_0" md5="{_h(arg, m.ts)}" len = "{rng.randint(20000, 90000)}" '
                    f'productid="" androidmd5="{_h(arg)}" androidlen="{rng.randint(20000, 90000)}" /></msg>')
        elif m.kind == "location":
            typ = 48
            p = places[arg]
            body = f"LOCATION:{p['poi'] or p['label']} ({p['lat']:.6f},{p['lon']:.6f})"
            fields.append(p["poi"] or p["label"])
        elif m.kind == "link":
            typ = 49
            title, _, url = arg.partition("|")
            body = f"URL:{url}"
            fields.append(url)
        elif m.kind == "file":
            typ, body = 49, f"FILE:{arg}"
            fields.append(arg)
        elif m.kind == "call":
            typ, body = 50, "REQUEST VIDEO CHAT"
        elif m.kind == "video":
            typ, body = 43, "VIDEO FILE"
        elif m.kind == "transfer":
            typ = 419430449
            amount, _, memo = arg.partition("|")
            paysub = "3" if m.text == "收款" else "1"
            des = f"收到转账{amount}元。如需收钱，请点此升级至最新版本" if paysub == "1" else "已收款"
            body = (f'<msg><appmsg appid="" sdkver=""><title><![CDATA[微信转账]]></title>'
                    f'<des><![CDATA[{des}]]></des><type>2000</type>'
                    f'<wcpayinfo><paysubtype>{paysub}</paysubtype><feedesc><![CDATA[￥{amount}]]></feedesc>'
                    f'<pay_memo><![CDATA[{memo}]]></pay_memo></wcpayinfo></appmsg></msg>')
            if memo:
                texts.append(memo)
        elif m.kind == "system":
            typ, body = 10000, m.text
            fields.append(m.text)
        elif m.kind == "recall":
            typ = 10000
            body = "你撤回了一条消息" if m.sender == "me" else f'"{names[m.sender]}" 撤回了一条消息'
            fields.append(body)
        else:
            raise ValueError(m.kind)
        if m.sender != "me":
            fields.append(names[m.sender])
        line = f"{typ}|{who}:{when}:{body}"
        if img:
            line = f"{line.strip()}|img:{img}"
        out.append(line)
    data = ("\n".join(out) + "\n").encode("utf-8")
    return OutFile(rel, data, texts, fields)


# ================================================================ WeChat Pay bill CSV
def wechatpay_csv(rel: str, rows: list[dict], nickname: str, start: str, end: str,
                  exported: str) -> OutFile:
    """rows: dicts with t (local 'YYYY-MM-DD HH:MM:SS'), type, party, item, dir, amount, method,
    status, note."""
    rows = sorted(rows, key=lambda r: r["t"], reverse=True)
    inc = [r for r in rows if r["dir"] == "收入"]
    out = [r for r in rows if r["dir"] == "支出"]
    neu = [r for r in rows if r["dir"] == "/"]
    pad = [""] * 10
    pre = [
        ["微信支付账单明细"], [f"微信昵称：[{nickname}]"],
        [f"起始时间：[{start}] 终止时间：[{end}]"], ["导出类型：[全部]"], [f"导出时间：[{exported}]"],
        [""], [f"共{len(rows)}笔记录"],
        [f"收入：{len(inc)}笔 {sum(r['amount'] for r in inc):.2f}元"],
        [f"支出：{len(out)}笔 {sum(r['amount'] for r in out):.2f}元"],
        [f"中性交易：{len(neu)}笔 {sum(r['amount'] for r in neu):.2f}元"],
        ["注："],
        ["1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易"],
        ["2. 本明细仅展示当前账单中的交易，不包括已删除的记录"],
        ["3. 本明细仅供个人对账使用"], [""],
        ["----------------------微信支付账单明细列表--------------------"],
    ]
    lines = [",".join([p[0]] + pad) for p in pre]
    lines.append("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注")
    texts, fields = [], [nickname]
    for i, r in enumerate(rows):
        tx = r.get("txid") or ("42000" + _num(r["t"], r["party"], i, n=23))
        mch = r.get("mch") or ("/" if r["type"] in ("转账", "微信红包", "微信红包（单发）") else _num(r["t"], "m", i, n=20))
        cells = [r["t"], r["type"], r["party"], r["item"], r["dir"], f"¥{r['amount']:.2f}", r["method"],
                 r["status"], tx + "\t", mch + "\t", r.get("note", "/")]
        lines.append(",".join(_q(c) for c in cells))
        fields += [r["party"], r["method"]]
        texts += [r["item"], r.get("note", "/")]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return OutFile(rel, data, texts, fields)


def _q(c: str) -> str:
    if any(ch in c for ch in ',"\n'):
        return '"' + c.replace('"', '""') + '"'
    return c


# ================================================================ Alipay bill CSV (GBK)
ALI_COLS = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式",
            "交易状态", "交易订单号", "商家订单号", "备注"]
ALI_W = [20, 24, 24, 20, 24, 22, 20, 26, 24, 15, 21, 22]


def _gpad(s: str, w: int) -> str:
    n = len(s.encode("gbk"))
    return s + " " * (w - n) if n < w else s


def alipay_csv(rel: str, rows: list[dict], name: str, account: str, start: str, end: str,
               exported: str) -> OutFile:
    rows = sorted(rows, key=lambda r: r["t"], reverse=True)
    inc = [r for r in rows if r["dir"] == "收入"]
    out = [r for r in rows if r["dir"] == "支出"]
    neu = [r for r in rows if r["dir"] == "不计收支"]
    lines = [
        "-" * 84, "导出信息：", f"姓名：{name}", f"支付宝账户：{account}",
        f"起始时间：[{start}]    终止时间：[{end}]", "导出交易类型：[全部]", f"导出时间：[{exported}]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(r['amount'] for r in inc):.2f}元",
        f"支出：{len(out)}笔 {sum(r['amount'] for r in out):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(r['amount'] for r in neu):.2f}元", "", "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；", "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
        "9.本明细仅供个人对账使用。", "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
    ]
    lines.append("".join(_gpad(c, w) + "," for c, w in zip(ALI_COLS, ALI_W)))
    texts, fields = [], [name, account]
    for i, r in enumerate(rows):
        order = r.get("order") or ("2024" + _num(r["t"], r["party"], i, n=24))
        mord = r.get("morder", "") if "morder" in r else (_num(r["t"], "mo", i, n=18) if r["cat"] not in ("转账红包", "亲友代付") else "")
        cells = [r["t"], r["cat"], r["party"], r.get("acct", "/"), r["item"], r["dir"], f"{r['amount']:.2f}",
                 r.get("method", ""), r["status"], order + "\t", mord + "\t", r.get("note", "")]
        lines.append("".join(_gpad(c, w) + "," for c, w in zip(cells, ALI_W)))
        fields += [r["party"], r.get("acct", "/"), r.get("method", "")]
        texts += [r["item"], r.get("note", "")]
    data = ("\n".join(lines) + "\n").encode("gbk")
    return OutFile(rel, data, texts, fields)


# ================================================================ Google: Semantic Location History
def semantic_month(rel: str, segs: list[dict], rng: random.Random) -> OutFile:
    objs, fields = [], []
    for s in segs:
        if s["kind"] == "visit":
            p = s["place"]
            loc = {"latitudeE7": int(round(s["lat"] * 1e7)), "longitudeE7": int(round(s["lon"] * 1e7)),
                   "placeId": p["place_id"], "address": p["address"], "name": p["name"]}
            if p.get("semantic"):
                loc["semanticType"] = {"HOME": "TYPE_HOME", "WORK": "TYPE_WORK"}[p["semantic"]]
            loc.update({"sourceInfo": {"deviceTag": 1180421567},
                        "locationConfidence": round(60 + rng.random() * 39, 6),
                        "calibratedProbability": round(50 + rng.random() * 45, 6)})
            objs.append({"placeVisit": {
                "location": loc,
                "duration": {"startTimestamp": iso_z(s["start"]), "endTimestamp": iso_z(s["end"])},
                "placeConfidence": "HIGH_CONFIDENCE" if p.get("semantic") else "MEDIUM_CONFIDENCE",
                "centerLatE7": int(round(s["lat"] * 1e7)) + rng.randint(-90, 90),
                "centerLngE7": int(round(s["lon"] * 1e7)) + rng.randint(-90, 90),
                "visitConfidence": rng.randint(70, 98), "otherCandidateLocations": [],
                "editConfirmationStatus": "NOT_CONFIRMED", "locationConfidence": rng.randint(60, 95),
                "placeVisitType": "SINGLE_PLACE", "placeVisitImportance": "MAIN"}})
            fields += [p["address"], p["name"]]
        else:
            a, b = s["from"], s["to"]
            seg = {"startLocation": {"latitudeE7": int(round(a[0] * 1e7)), "longitudeE7": int(round(a[1] * 1e7)),
                                     "sourceInfo": {"deviceTag": 1180421567}},
                   "endLocation": {"latitudeE7": int(round(b[0] * 1e7)), "longitudeE7": int(round(b[1] * 1e7)),
                                   "sourceInfo": {"deviceTag": 1180421567}},
                   "duration": {"startTimestamp": iso_z(s["start"]), "endTimestamp": iso_z(s["end"])},
                   "distance": int(s["dist"]), "activityType": s["mode"], "confidence": "HIGH",
                   "activities": [{"activityType": s["mode"], "probability": round(70 + rng.random() * 28, 6)},
                                  {"activityType": "STILL", "probability": round(rng.random() * 8, 6)}]}
            if s.get("path"):
                seg["waypointPath"] = {"waypoints": [{"latE7": int(round(q[0] * 1e7)), "lngE7": int(round(q[1] * 1e7))}
                                                     for q in s["path"]],
                                       "source": "INFERRED", "roadSegment": [], "distanceMeters": float(int(s["dist"])),
                                       "travelMode": s["mode"].replace("IN_PASSENGER_VEHICLE", "DRIVE"),
                                       "confidence": round(0.6 + rng.random() * 0.39, 6)}
            objs.append({"activitySegment": seg})
    return OutFile(rel, json_bytes({"timelineObjects": objs}), [], fields)


# ================================================================ Google: iOS location-history.json
def ios_location(rel: str, segs: list[dict], zone: ZoneInfo, rng: random.Random) -> OutFile:
    arr = []
    for s in segs:
        st, en = iso_local(s["start"], zone), iso_local(s["end"], zone)
        if s["kind"] == "visit":
            p = s["place"]
            arr.append({"endTime": en, "startTime": st, "visit": {
                "hierarchyLevel": "0",
                "topCandidate": {"probability": f"{0.5 + rng.random() * 0.49:.6f}",
                                 "semanticType": {"HOME": "Home", "WORK": "Work"}.get(p.get("semantic"), "Unknown"),
                                 "placeID": p["place_id"],
                                 "placeLocation": f"geo:{s['lat']:.6f},{s['lon']:.6f}"},
                "probability": f"{0.6 + rng.random() * 0.39:.6f}"}})
        else:
            a, b = s["from"], s["to"]
            arr.append({"endTime": en, "startTime": st, "activity": {
                "probability": f"{0.7 + rng.random() * 0.29:.6f}",
                "end": f"geo:{b[0]:.6f},{b[1]:.6f}",
                "topCandidate": {"type": s["mode"], "probability": f"{0.5 + rng.random() * 0.45:.6f}"},
                "distanceMeters": f"{s['dist']:.6f}", "start": f"geo:{a[0]:.6f},{a[1]:.6f}"}})
            if s.get("path"):
                mins = max(1, int((s["end"] - s["start"]) // 60))
                pts = []
                for i, q in enumerate(s["path"]):
                    off = int(mins * (i + 1) / (len(s["path"]) + 1))
                    pts.append({"point": f"geo:{q[0]:.6f},{q[1]:.6f}", "durationMinutesOffsetFromStartTime": str(off)})
                arr.append({"endTime": en, "startTime": st, "timelinePath": pts})
    return OutFile(rel, json_bytes(arr), [], [])


# ================================================================ Google: Android on-device Timeline.json
def _deg(lat, lon) -> str:
    return f"{lat:.7f}°, {lon:.7f}°"


def android_timeline(rel: str, segs: list[dict], zone_of, rng: random.Random, frequent: list[dict]) -> OutFile:
    """zone_of(seg) -> (zone at the start, zone at the end) of the segment."""
    out, raw = [], []
    for s in segs:
        zs, ze = zone_of(s)
        z = zs
        so = int(dt.datetime.fromtimestamp(s["start"], zs).utcoffset().total_seconds() // 60)
        eo = int(dt.datetime.fromtimestamp(s["end"], ze).utcoffset().total_seconds() // 60)
        base = {"startTime": iso_local(s["start"], zs), "endTime": iso_local(s["end"], ze),
                "startTimeTimezoneUtcOffsetMinutes": so, "endTimeTimezoneUtcOffsetMinutes": eo}
        if s["kind"] == "visit":
            p = s["place"]
            sem = p.get("semantic") or "UNKNOWN"
            base["visit"] = {"hierarchyLevel": 0, "probability": round(0.55 + rng.random() * 0.44, 9),
                             "topCandidate": {"placeId": p["place_id"], "semanticType": sem,
                                              "probability": round(0.4 + rng.random() * 0.59, 9),
                                              "placeLocation": {"latLng": _deg(s["lat"], s["lon"])}}}
            out.append(base)
            if rng.random() < 0.3:
                raw.append({"position": {"LatLng": _deg(s["lat"], s["lon"]), "accuracyMeters": rng.randint(5, 40),
                                         "altitudeMeters": round(1100 + rng.random() * 150, 1), "source": "WIFI",
                                         "timestamp": iso_local(s["start"] + 600, z)}})
        else:
            a, b = s["from"], s["to"]
            base["activity"] = {"start": {"latLng": _deg(*a)}, "end": {"latLng": _deg(*b)},
                                "distanceMeters": round(s["dist"], 1),
                                "probability": round(0.8 + rng.random() * 0.19, 9),
                                "topCandidate": {"type": s["mode"], "probability": round(0.6 + rng.random() * 0.39, 9)}}
            out.append(base)
            if s.get("path"):
                span = s["end"] - s["start"]
                pts = []
                for i, q in enumerate(s["path"]):
                    t = s["start"] + span * (i + 1) / (len(s["path"]) + 1)
                    pts.append({"point": _deg(q[0], q[1]), "time": iso_local(int(t), z)})
                out.append({"startTime": base["startTime"], "endTime": base["endTime"],
                            "startTimeTimezoneUtcOffsetMinutes": so, "endTimeTimezoneUtcOffsetMinutes": eo,
                            "timelinePath": pts})
                mid = s["path"][len(s["path"]) // 2]
                raw.append({"position": {"LatLng": _deg(*mid), "accuracyMeters": rng.randint(3, 15),
                                         "altitudeMeters": round(900 + rng.random() * 700, 1), "source": "GPS",
                                         "timestamp": iso_local(int(s["start"] + span / 2), z),
                                         "speedMetersPerSecond": round(s["dist"] / max(span, 1), 2)}})
    doc = {"semanticSegments": out, "rawSignals": raw,
           "userLocationProfile": {"frequentPlaces": frequent,
                                   "persona": {"travelModeAffinities": [{"mode": "DRIVING", "affinity": 0.91},
                                                                        {"mode": "WALKING", "affinity": 0.06}]}}}
    return OutFile(rel, json_bytes(doc), [], [])


# ================================================================ WhatsApp iOS (en_US)
LRM = "\u200e"
NNBSP = "\u202f"


def _wa_time(ts: int, zone: ZoneInfo) -> str:
    d = dt.datetime.fromtimestamp(ts, zone)
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"[{d.month}/{d.day}/{d.year % 100:02d}, {h}:{d.minute:02d}:{d.second:02d}{NNBSP}{ampm}]"


def whatsapp_ios(rel: str, msgs: list[Msg], names: dict, title: str, zone: ZoneInfo,
                 header: list[tuple[int, str]]) -> OutFile:
    lines, texts, fields = [], [], []
    for ts, sys_text in header:
        lines.append(f"{_wa_time(ts, zone)} {title}: {LRM}{sys_text}")
        fields.append(sys_text)
    n_att = 0
    for m in msgs:
        who = names[m.sender]
        fields.append(who)
        stamp = _wa_time(m.ts, zone)
        d = dt.datetime.fromtimestamp(m.ts, zone)
        if m.kind == "text":
            body = m.text + (f" {LRM}<This message was edited>" if m.extra.get("edited") else "")
            lines.append(f"{stamp} {who}: {body}")
            texts.append(m.text)
        elif m.kind in ("image", "video", "voice", "sticker", "file"):
            n_att += 1
            if m.kind == "file":
                lines.append(f"{LRM}{stamp} {who}: {m.extra.get('arg')} {LRM}<attached: {n_att:08d}-{m.extra.get('arg')}>")
                fields.append(m.extra.get("arg"))
            else:
                word = {"image": "image", "video": "video", "voice": "audio", "sticker": "sticker"}[m.kind]
                lines.append(f"{LRM}{stamp} {who}: {LRM}{word} omitted")
            if m.text:
                lines.append(f"{stamp} {who}: {m.text}")
                texts.append(m.text)
        elif m.kind == "location":
            lat, lon = m.extra["arg"].split(",")
            lines.append(f"{stamp} {who}: {LRM}Location: https://maps.google.com/?q={lat},{lon}")
        elif m.kind == "call":
            lines.append(f"{stamp} {who}: {LRM}{m.extra.get('arg') or 'Missed voice call'}")
        elif m.kind == "recall":
            lines.append(f"{stamp} {who}: {LRM}" + ("You deleted this message." if m.sender == "me" else "This message was deleted."))
        elif m.kind == "system":
            lines.append(f"{stamp} {title}: {LRM}{m.text}")
            fields.append(m.text)
        else:
            raise ValueError(m.kind)
        _ = d
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    return OutFile(rel, data, texts, fields)


# ================================================================ OFX 1.02 SGML
def _ofx_dt(ts: int, zone: ZoneInfo) -> str:
    d = dt.datetime.fromtimestamp(ts, zone)
    off = int(d.utcoffset().total_seconds() // 3600)
    return d.strftime("%Y%m%d%H%M%S") + f".000[{off}:{d.tzname()}]"


def ofx(rel: str, txns: list[dict], routing: str, account: str, zone: ZoneInfo, start_ts: int,
        end_ts: int, server_ts: int, org: str, fid: str, balance: float) -> OutFile:
    L = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII",
         "CHARSET:1252", "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "",
         "<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
         f"<DTSERVER>{_ofx_dt(server_ts, zone)}", "<LANGUAGE>ENG", "<FI>", f"<ORG>{org}", f"<FID>{fid}", "</FI>",
         "</SONRS>", "</SIGNONMSGSRSV1>", "<BANKMSGSRSV1>", "<STMTTRNRS>", "<TRNUID>1001", "<STATUS>",
         "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<STMTRS>", "<CURDEF>USD", "<BANKACCTFROM>",
         f"<BANKID>{routing}", f"<ACCTID>{account}", "<ACCTTYPE>CHECKING", "</BANKACCTFROM>",
         "<BANKTRANLIST>", f"<DTSTART>{_ofx_dt(start_ts, zone)}", f"<DTEND>{_ofx_dt(end_ts, zone)}"]
    texts, fields = [], [routing, account]
    for i, t in enumerate(sorted(txns, key=lambda t: t["ts"])):
        L += ["<STMTTRN>", f"<TRNTYPE>{t['type']}", f"<DTPOSTED>{_ofx_dt(t['ts'], zone)}",
              f"<TRNAMT>{t['amount']:.2f}", f"<FITID>{t.get('fitid') or _num(t['ts'], i, n=15)}"]
        if t.get("checknum"):
            L.append(f"<CHECKNUM>{t['checknum']}")
        L.append(f"<NAME>{t['name'][:32]}")
        if t.get("memo"):
            L.append(f"<MEMO>{t['memo']}")
            texts.append(t["memo"])
        L.append("</STMTTRN>")
        fields.append(t["name"][:32])
    L += ["</BANKTRANLIST>", "<LEDGERBAL>", f"<BALAMT>{balance:.2f}", f"<DTASOF>{_ofx_dt(server_ts, zone)}",
          "</LEDGERBAL>", "<AVAILBAL>", f"<BALAMT>{balance - 42.17:.2f}", f"<DTASOF>{_ofx_dt(server_ts, zone)}",
          "</AVAILBAL>", "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>", "</OFX>"]
    data = ("\n".join(L) + "\n").encode("cp1252")
    return OutFile(rel, data, texts, fields)


# ================================================================ Facebook (2024 layout, mojibake)
def _collect(obj, out):
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, list):
        for x in obj:
            _collect(x, out)
    elif isinstance(obj, dict):
        for v in obj.values():
            _collect(v, out)


def facebook_json(rel: str, obj, text_keys=("post", "comment")) -> OutFile:
    texts, fields = [], []

    def walk(o, key=None):
        if isinstance(o, str):
            (texts if key in text_keys else fields).append(o)
        elif isinstance(o, list):
            for x in o:
                walk(x, key)
        elif isinstance(o, dict):
            for k, v in o.items():
                walk(v, k)
    walk(obj)
    data = json.dumps(mojibake_tree(obj), ensure_ascii=True, indent=2).encode("ascii")
    return OutFile(rel, data, texts, fields)

