"""Export-format writers for heldout24. Each returns a list of OutFile records
(relative path, decoded text, message bodies) after writing the bytes."""
from __future__ import annotations

import csv
import io
import json
import random
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from h24_common import (Chat, Msg, OutFile, Seg, epoch, json_strings, to_utc, write_bytes, UTC)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _num(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _csv_text(rows: list[list], lineterminator: str = "\r\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator=lineterminator)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def transfer_notes(chat: Chat) -> dict[int, tuple[str, datetime]]:
    """For every 'recv' message, the note and time of the last transfer before it."""
    notes = {}
    last = ("", None)
    for i, m in enumerate(chat.sorted_msgs()):
        if m.kind == "transfer":
            last = (m.extra.get("note", ""), m.ts)
        elif m.kind == "recv":
            notes[i] = last
    return notes


# ====================================================================== WeChat: PyWxDump CSV


def _pywx_headurl(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "https://wx.qlogo.cn/mmhead/ver_1/" + "".join(rng.choice(alphabet) for _ in range(88)) + "/132"


_EXTRABUF_KEYS = ["性别[1男2女]", "个性签名", "国", "省", "市", "公司名称", "手机号", "企微属性", "朋友圈背景",
                  "备注图片", "备注图片2"] + [str(i) for i in range(26)]


def _pywx_user(info: dict, rng) -> dict:
    eb = {k: "" for k in _EXTRABUF_KEYS}
    eb["性别[1男2女]"] = info.get("gender", 0)
    eb["个性签名"] = info.get("sign", "")
    eb["国"] = info.get("country", "CN")
    eb["省"] = info.get("province", "")
    eb["市"] = info.get("city", "")
    eb["手机号"] = info.get("phone", "")
    eb["朋友圈背景"] = info.get("sns_bg", "")
    eb["0"] = 0
    eb["2"] = rng.randint(0, 3)
    return {
        "wxid": info["wxid"], "nickname": info["nickname"], "remark": info.get("remark", ""),
        "account": info.get("account", ""), "describe": info.get("describe", ""),
        "headImgUrl": _pywx_headurl(rng), "ExtraBuf": eb, "LabelIDList": list(info.get("labels", [])),
    }


def write_pywxdump(root: str, base: str, chat: Chat, chat_wxid: str, people: dict, zone: str,
                   rng: random.Random) -> list[OutFile]:
    """PyWxDump 3.x export_csv: <base>/<wxid>/<wxid>_0_<n+1>.csv + users.json.
    CreateTime is written as FORMATS.md documents it (local 'YYYY/M/D H:MM')."""
    z = ZoneInfo(zone)
    msgs = chat.sorted_msgs()
    notes = transfer_notes(chat)
    rows = [["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src", "CreateTime"]]
    bodies = []
    talkers = []
    for i, m in enumerate(msgs):
        d = m.ts.astimezone(z)
        ct_full = d.strftime("%Y-%m-%d %H:%M:%S")
        ct = f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}"
        svr = _num(rng, 19)
        is_sender = 1 if m.sender == "me" else 0
        talker = people[m.sender]["wxid"]
        if talker not in talkers:
            talkers.append(talker)
        src = ""
        if m.kind == "text":
            tn, msg = "文本", m.text
        elif m.kind == "image":
            tn, msg = "图片", "图片"
            src = "FileStorage\\MsgAttach\\" + _hex(rng, 32) + "\\Image\\" + d.strftime("%Y-%m") + "\\" + _hex(rng, 32) + ".dat"
        elif m.kind == "video":
            tn, msg = "视频", "视频"
            src = "FileStorage\\Video\\" + d.strftime("%Y-%m") + "\\" + _hex(rng, 32) + ".mp4"
        elif m.kind == "voice":
            secs = f"{m.extra['seconds']:.2f}"
            msg = f"语音时长：{secs}秒\n翻译结果：{m.text}" if m.text else f"语音时长：{secs}秒"
            tn = "语音"
            src = "audio\\" + chat_wxid + "\\" + ct_full.replace(":", "-").replace(" ", "_") + f"_{is_sender}_{svr}.wav"
        elif m.kind == "sticker":
            tn, msg = "动画表情", "表情"
            src = ("http://wxapp.tc.qq.com/262/20304/stodownload?m=" + _hex(rng, 32) + "&filekey=" + _hex(rng, 40)
                   + "&hy=SH&storeid=" + _hex(rng, 48) + "&bizid=1023")
        elif m.kind in ("transfer", "recv"):
            tn = "转账消息"
            amt = m.extra["amount"]
            if m.kind == "transfer":
                note, t0 = m.extra.get("note", ""), d
            else:
                note, t0 = notes[i][0], notes[i][1].astimezone(z)
            head = "转账" if m.kind == "transfer" else "已收款"
            msg = f"{head}：￥{amt}\n转账说明：{note}\n转账时间：{t0.strftime('%Y-%m-%d %H:%M:%S')}\n"
        elif m.kind == "location":
            tn = "地图信息"
            other = {"scale": "16", "maptype": "roadmap", "fromusername": people[m.sender]["wxid"],
                     "poiid": "qqmap_" + _num(rng, 19), "isFromPoiList": "true"}
            label = m.extra.get("label", "")
            msg = (f"纬度:【{m.extra['lat']}】 经度:【{m.extra['lon']}】\n"
                   f"位置：{label} {m.extra['name']}\n"
                   f"其他信息：{json.dumps(other, ensure_ascii=False, indent=4)}")
        elif m.kind == "link":
            tn = "卡片式链接"
            msg = f'{m.extra["title"]}\n{m.text}\n\n<a href="{m.extra["url"]}">点击查看详情</a>'
            src = m.extra["url"]
        elif m.kind == "call":
            tn, msg = "语音通话", f"语音/视频通话[通话时长 {m.extra['duration']}]"
        elif m.kind == "recall":
            tn = "系统通知"
            msg = "你撤回了一条消息" if m.sender == "me" else f"\"{people[m.sender].get('remark') or people[m.sender]['nickname']}\" 撤回了一条消息"
        elif m.kind == "system":
            tn, msg = "系统通知", m.text
        else:
            raise ValueError(m.kind)
        rows.append([i + 1, svr, tn, is_sender, talker, chat_wxid, msg, src, ct])
        bodies.append(msg)
    n = len(msgs)
    rel_csv = f"{base}/{chat_wxid}/{chat_wxid}_0_{n + 1}.csv"
    text = _csv_text(rows)
    write_bytes(root, rel_csv, text.encode("utf-8"))
    users = {}
    for key in sorted(people, key=lambda k: talkers.index(people[k]["wxid"]) if people[k]["wxid"] in talkers else 999):
        info = people[key]
        if info["wxid"] in talkers:
            users[info["wxid"]] = _pywx_user(info, rng)
    utext = json.dumps(users, ensure_ascii=False, indent=4)
    rel_users = f"{base}/{chat_wxid}/users.json"
    write_bytes(root, rel_users, utext.encode("utf-8"))
    return [OutFile(rel_csv, text, bodies), OutFile(rel_users, "\n".join(json_strings(users)), [])]


# ====================================================================== WeChat: MemoTrace CSV


def write_memotrace(root: str, base: str, chat: Chat, talker_id: int, people: dict, zone: str,
                    rng: random.Random, local_id_start: int) -> list[OutFile]:
    z = ZoneInfo(zone)
    remark = chat.title
    rows = [["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status", "StrContent",
             "StrTime", "Remark", "NickName", "Sender"]]
    bodies = []
    me = people["me"]
    lid = local_id_start
    for m in chat.sorted_msgs():
        d = m.ts.astimezone(z)
        is_sender = 1 if m.sender == "me" else 0
        p = people[m.sender]
        sub = 0
        if m.kind == "text":
            typ, content = 1, m.text
        elif m.kind == "image":
            typ = 3
            content = (f'<?xml version="1.0"?>\n<msg>\n\t<img aeskey="{_hex(rng, 32)}" encryver="1" '
                       f'cdnthumbaeskey="{_hex(rng, 32)}" cdnthumburl="{_hex(rng, 120)}" cdnthumblength="{rng.randint(3000, 9000)}" '
                       f'cdnthumbheight="120" cdnthumbwidth="90" length="{rng.randint(80000, 900000)}" md5="{_hex(rng, 32)}" />\n'
                       f'\t<platform_signature></platform_signature>\n\t<imgdatahash></imgdatahash>\n</msg>\n')
        elif m.kind == "voice":
            typ = 34
            content = (f'<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" '
                       f'voicelength="{int(m.extra["seconds"] * 1000)}" length="{rng.randint(4000, 40000)}" bufid="0" '
                       f'aeskey="{_hex(rng, 32)}" voiceurl="{_hex(rng, 96)}" voicemd5="" clientmsgid="{_hex(rng, 40)}" '
                       f'fromusername="{p["wxid"]}" /></msg>')
        elif m.kind == "sticker":
            typ = 47
            content = (f'<msg><emoji fromusername = "{p["wxid"]}" tousername = "{people[chat.other]["wxid"] if m.sender == "me" else me["wxid"]}" '
                       f'type="2" idbuffer="media:0_0" md5="{_hex(rng, 32)}" len = "{rng.randint(20000, 900000)}" productid="" '
                       f'androidmd5="{_hex(rng, 32)}" androidlen="{rng.randint(20000, 900000)}" s60v3md5 = "{_hex(rng, 32)}" '
                       f'cdnurl = "http://wxapp.tc.qq.com/262/20304/stodownload?m={_hex(rng, 32)}&amp;filekey={_hex(rng, 40)}&amp;hy=SH&amp;storeid={_hex(rng, 40)}&amp;bizid=1023" '
                       f'designerid = "" thumburl = "" ></emoji></msg>')
        elif m.kind in ("transfer", "recv"):
            typ, sub, content = 49, 2000, ""
        elif m.kind == "link":
            typ, sub, content = 49, 5, ""
        elif m.kind == "location":
            typ = 48
            content = (f'<?xml version="1.0"?>\n<msg>\n\t<location x="{m.extra["lat"]}" y="{m.extra["lon"]}" scale="16" '
                       f'label="{m.extra.get("label", "")}" maptype="roadmap" poiname="{m.extra["name"]}" poiid="" '
                       f'fromusername="{p["wxid"]}" />\n</msg>\n')
        elif m.kind == "call":
            typ = 50
            content = (f'<voipmsg type="VoIPBubbleMsg"><VoIPBubbleMsg><msg><![CDATA[通话时长 {m.extra["duration"]}]]></msg>'
                       f'<room_type>1</room_type><red_dot>false</red_dot><roomid>{_num(rng, 10)}</roomid>'
                       f'<roomkey>0</roomkey><inviteid>{_num(rng, 10)}</inviteid><msg_type>100</msg_type>'
                       f'<timestamp>{_num(rng, 13)}</timestamp><identity><![CDATA[{_num(rng, 19)}]]></identity>'
                       f'<duration>0</duration><inviteid64>{_num(rng, 19)}</inviteid64><business>1</business>'
                       f'<caller_memberid>0</caller_memberid><callee_memberid>1</callee_memberid></VoIPBubbleMsg></voipmsg>')
        elif m.kind == "recall":
            typ = 10000
            content = "你撤回了一条消息" if m.sender == "me" else f"\"{p.get('remark') or p['nickname']}\" 撤回了一条消息"
        elif m.kind == "system":
            typ, content = 10000, m.text
        else:
            raise ValueError(m.kind)
        status = 2 if is_sender else 3
        if chat.group:
            other = [p.get("remark", ""), p["nickname"], p["wxid"]]
        else:
            c = people[chat.other]
            other = [me.get("remark", "") if is_sender else c.get("remark", ""),
                     me["nickname"] if is_sender else c["nickname"],
                     me["wxid"] if is_sender else c["wxid"]]
        rows.append([lid, talker_id, typ, sub, is_sender, epoch(m.ts), status, content,
                     d.strftime("%Y-%m-%d %H:%M:%S")] + other)
        lid += rng.randint(1, 3)
        bodies.append(content)
    rel = f"{base}/{remark}/{remark}_utf8.csv"
    text = _csv_text(rows)
    write_bytes(root, rel, ("\ufeff" + text).encode("utf-8"))
    return [OutFile(rel, text, bodies)]


# ====================================================================== WeChat Pay bill CSV


def write_wechatpay(root: str, rel: str, nickname: str, period: tuple[str, str], export_time: str,
                    rows: list[dict]) -> list[OutFile]:
    """rows: dict(dt 'YYYY-MM-DD HH:MM:SS', typ, cp, goods, io, amount(float), method, status, tx, mch, note)"""
    rows = sorted(rows, key=lambda r: r["dt"], reverse=True)
    inc = [r for r in rows if r["io"] == "收入"]
    out = [r for r in rows if r["io"] == "支出"]
    neu = [r for r in rows if r["io"] == "/"]
    pad = ",,,,,,,,,,"
    lines = [
        "微信支付账单明细" + pad,
        f"微信昵称：[{nickname}]" + pad,
        f"起始时间：[{period[0]} 00:00:00] 终止时间：[{period[1]} 23:59:59]" + pad,
        "导出类型：[全部]" + pad,
        f"导出时间：[{export_time}]" + pad,
        pad,
        f"共{len(rows)}笔记录" + pad,
        f"收入：{len(inc)}笔 {sum(r['amount'] for r in inc):.2f}元" + pad,
        f"支出：{len(out)}笔 {sum(r['amount'] for r in out):.2f}元" + pad,
        f"中性交易：{len(neu)}笔 {sum(r['amount'] for r in neu):.2f}元" + pad,
        "注：" + pad,
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + pad,
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + pad,
        "3. 本明细仅供个人对账使用" + pad,
        pad,
        "----------------------微信支付账单明细列表--------------------" + pad,
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    bodies = []
    for r in rows:
        def q(s):
            return '"' + s.replace('"', '""') + '"'
        lines.append(",".join([
            r["dt"], q(r["typ"]), q(r["cp"]), q(r["goods"]), q(r["io"]), f"¥{r['amount']:.2f}",
            q(r["method"]), q(r["status"]), q(r["tx"]) + "\t", q(r["mch"]) + "\t", q(r.get("note", "/"))]))
        bodies += [r["goods"], r.get("note", "/")]
    text = "\n".join(lines) + "\n"
    write_bytes(root, rel, text.encode("utf-8"))
    return [OutFile(rel, text, bodies)]


# ====================================================================== Alipay bill CSV (GBK)


def write_alipay(root: str, rel: str, name: str, account: str, period: tuple[str, str], export_time: str,
                 rows: list[dict]) -> list[OutFile]:
    """rows: dict(dt, cat, cp, acct, desc, io, amount(float), method, status, order, morder, note)"""
    rows = sorted(rows, key=lambda r: r["dt"], reverse=True)
    inc = [r for r in rows if r["io"] == "收入"]
    out = [r for r in rows if r["io"] == "支出"]
    neu = [r for r in rows if r["io"] == "不计收支"]
    lines = [
        "-" * 84,
        "导出信息：",
        f"姓名：{name}",
        f"支付宝账户：{account}",
        f"起始时间：[{period[0]} 00:00:00]    终止时间：[{period[1]} 23:59:59]",
        "导出交易类型：[全部]",
        f"导出时间：[{export_time}]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(r['amount'] for r in inc):.2f}元",
        f"支出：{len(out)}笔 {sum(r['amount'] for r in out):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(r['amount'] for r in neu):.2f}元",
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
    bodies = []
    for r in rows:
        p = lambda s: s.ljust(20)
        lines.append(",".join([
            p(r["dt"]), p(r["cat"]), p(r["cp"]), p(r["acct"]), p(r["desc"]), p(r["io"]), p(f"{r['amount']:.2f}"),
            p(r["method"]), p(r["status"]), r["order"] + "\t", (r["morder"] or " " * 20) + "\t", p(r.get("note", "")), ""]))
        bodies += [r["cp"], r["desc"], r.get("note", "")]
    text = "\n".join(lines) + "\n"
    write_bytes(root, rel, text.encode("gbk"))
    return [OutFile(rel, text, bodies)]


# ====================================================================== Google: Semantic Location History


def _e7(x: float) -> int:
    return int(round(x * 1e7))


def _iso_ms(dt: datetime, rng) -> str:
    ms = (epoch(dt) * 7919) % 1000
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z"


_MODE_SEMANTIC = {"walk": ("WALKING", "WALK"), "bus": ("IN_BUS", "DRIVE"), "car": ("IN_PASSENGER_VEHICLE", "DRIVE"),
                  "subway": ("IN_SUBWAY", "TRANSIT"), "train": ("IN_TRAIN", "TRANSIT"), "cycle": ("CYCLING", "BICYCLE")}


def write_semantic(root: str, base: str, segs: list[Seg], zone: str, rng: random.Random,
                   device_tag: int) -> list[OutFile]:
    z = ZoneInfo(zone)
    months: dict[str, list] = {}
    order: list[str] = []
    for s in segs:
        d = s.start.astimezone(z)
        key = f"{d.year}/{d.year}_{d.strftime('%B').upper()}.json"
        if key not in months:
            months[key] = []
            order.append(key)
        dur = {"startTimestamp": _iso_ms(s.start, rng), "endTimestamp": _iso_ms(s.end, rng)}
        if s.kind == "visit":
            p = s.place
            loc = {"latitudeE7": _e7(p.lat), "longitudeE7": _e7(p.lon), "placeId": p.place_id}
            if p.address:
                loc["address"] = p.address
            loc["name"] = p.name
            if p.semantic:
                loc["semanticType"] = "TYPE_" + p.semantic
            loc["sourceInfo"] = {"deviceTag": device_tag}
            loc["locationConfidence"] = round(rng.uniform(55, 98), 6)
            loc["calibratedProbability"] = round(rng.uniform(45, 95), 6)
            obj = {"placeVisit": {
                "location": loc, "duration": dur,
                "placeConfidence": rng.choice(["HIGH_CONFIDENCE", "HIGH_CONFIDENCE", "MEDIUM_CONFIDENCE"]),
                "centerLatE7": _e7(p.lat + rng.uniform(-0.0002, 0.0002)),
                "centerLngE7": _e7(p.lon + rng.uniform(-0.0002, 0.0002)),
                "visitConfidence": rng.randint(60, 99),
                "otherCandidateLocations": [],
                "editConfirmationStatus": "NOT_CONFIRMED",
                "locationConfidence": rng.randint(50, 98),
                "placeVisitType": "SINGLE_PLACE",
                "placeVisitImportance": "MAIN"}}
        else:
            at, tm = _MODE_SEMANTIC[s.mode]
            others = [x for x in ("WALKING", "IN_BUS", "IN_PASSENGER_VEHICLE", "IN_SUBWAY", "CYCLING") if x != at]
            p1 = round(rng.uniform(70, 97), 6)
            acts = [{"activityType": at, "probability": p1}]
            rest = 100 - p1
            for o in others[:2]:
                v = round(rest * rng.uniform(0.3, 0.6), 6)
                rest -= v
                acts.append({"activityType": o, "probability": v})
            obj = {"activitySegment": {
                "startLocation": {"latitudeE7": _e7(s.src.lat), "longitudeE7": _e7(s.src.lon),
                                  "sourceInfo": {"deviceTag": device_tag}},
                "endLocation": {"latitudeE7": _e7(s.dst.lat), "longitudeE7": _e7(s.dst.lon),
                                "sourceInfo": {"deviceTag": device_tag}},
                "duration": dur,
                "distance": int(s.distance),
                "activityType": at,
                "confidence": rng.choice(["HIGH", "HIGH", "MEDIUM"]),
                "activities": acts,
                "waypointPath": {"waypoints": [{"latE7": _e7(s.src.lat), "lngE7": _e7(s.src.lon)},
                                               {"latE7": _e7(s.dst.lat), "lngE7": _e7(s.dst.lon)}],
                                 "source": "INFERRED", "distanceMeters": round(s.distance * rng.uniform(1.05, 1.3), 6),
                                 "travelMode": tm, "confidence": round(rng.uniform(0.4, 0.99), 6)},
                "editConfirmationStatus": "NOT_CONFIRMED"}}
        months[key].append(obj)
    out = []
    for key in order:
        rel = f"{base}/{key}"
        data = {"timelineObjects": months[key]}
        text = json.dumps(data, ensure_ascii=False, indent=2)
        write_bytes(root, rel, text.encode("utf-8"))
        out.append(OutFile(rel, "\n".join(json_strings(data)), []))
    return out


# ====================================================================== Google: iOS location-history.json


def _iso_off(dt: datetime, z: ZoneInfo) -> str:
    d = dt.astimezone(z)
    s = d.strftime("%Y-%m-%dT%H:%M:%S.000%z")
    return s[:-2] + ":" + s[-2:]


_MODE_IOS = {"walk": "walking", "car": "in passenger vehicle", "bus": "in bus", "subway": "in subway",
             "train": "in train", "cycle": "cycling"}


def write_ios_location(root: str, rel: str, segs: list[Seg], zone: str, rng: random.Random) -> list[OutFile]:
    z = ZoneInfo(zone)
    arr = []
    for s in segs:
        if s.kind == "visit":
            p = s.place
            sem = {"HOME": "Home", "WORK": "Work"}.get(p.semantic, "Unknown")
            arr.append({"endTime": _iso_off(s.end, z), "startTime": _iso_off(s.start, z),
                        "visit": {"hierarchyLevel": "0",
                                  "topCandidate": {"probability": f"{rng.uniform(0.4, 0.99):.6f}",
                                                   "semanticType": sem, "placeID": p.place_id,
                                                   "placeLocation": f"geo:{p.lat:.6f},{p.lon:.6f}"},
                                  "probability": f"{rng.uniform(0.6, 0.99):.6f}"}})
        else:
            arr.append({"endTime": _iso_off(s.end, z), "startTime": _iso_off(s.start, z),
                        "activity": {"probability": f"{rng.uniform(0.6, 0.99):.6f}",
                                     "end": f"geo:{s.dst.lat:.6f},{s.dst.lon:.6f}",
                                     "topCandidate": {"type": _MODE_IOS[s.mode], "probability": f"{rng.uniform(0.5, 0.98):.6f}"},
                                     "distanceMeters": f"{s.distance:.6f}",
                                     "start": f"geo:{s.src.lat:.6f},{s.src.lon:.6f}"}})
            mins = max(1, int((s.end - s.start).total_seconds() // 60))
            path = []
            for k in range(3):
                f = k / 2
                lat = s.src.lat + (s.dst.lat - s.src.lat) * f + rng.uniform(-0.0003, 0.0003)
                lon = s.src.lon + (s.dst.lon - s.src.lon) * f + rng.uniform(-0.0003, 0.0003)
                path.append({"point": f"geo:{lat:.6f},{lon:.6f}", "durationMinutesOffsetFromStartTime": str(int(mins * f))})
            arr.append({"endTime": _iso_off(s.end, z), "startTime": _iso_off(s.start, z), "timelinePath": path})
    text = json.dumps(arr, ensure_ascii=False, indent=2, separators=(",", " : "))
    write_bytes(root, rel, text.encode("utf-8"))
    return [OutFile(rel, "\n".join(json_strings(arr)), [])]


# ====================================================================== Google: on-device Timeline.json


_MODE_TL = {"walk": "WALKING", "car": "IN_PASSENGER_VEHICLE", "bus": "IN_BUS", "cycle": "CYCLING",
            "subway": "IN_SUBWAY", "train": "IN_TRAIN"}


def _deg(lat, lon):
    return f"{lat:.7f}°, {lon:.7f}°"


def write_timeline(root: str, rel: str, segs: list[Seg], zone: str, rng: random.Random,
                   frequent: list[tuple[str, float, float, str]]) -> list[OutFile]:
    z = ZoneInfo(zone)
    ss = []
    raw = []
    for s in segs:
        off_a = int(s.start.astimezone(z).utcoffset().total_seconds() // 60)
        off_b = int(s.end.astimezone(z).utcoffset().total_seconds() // 60)
        base = {"startTime": _iso_off(s.start, z), "endTime": _iso_off(s.end, z),
                "startTimeTimezoneUtcOffsetMinutes": off_a, "endTimeTimezoneUtcOffsetMinutes": off_b}
        if s.kind == "visit":
            p = s.place
            sem = {"HOME": "HOME", "WORK": "WORK"}.get(p.semantic, "UNKNOWN")
            base["visit"] = {"hierarchyLevel": 0, "probability": round(rng.uniform(0.6, 0.99), 9),
                             "topCandidate": {"placeId": p.place_id, "semanticType": sem,
                                              "probability": round(rng.uniform(0.4, 0.99), 9),
                                              "placeLocation": {"latLng": _deg(p.lat, p.lon)}}}
            ss.append(base)
        else:
            base["activity"] = {"start": {"latLng": _deg(s.src.lat, s.src.lon)},
                                "end": {"latLng": _deg(s.dst.lat, s.dst.lon)},
                                "distanceMeters": round(s.distance, 6),
                                "probability": round(rng.uniform(0.6, 0.99), 9),
                                "topCandidate": {"type": _MODE_TL[s.mode], "probability": round(rng.uniform(0.5, 0.98), 9)}}
            ss.append(base)
            pts = []
            dur = s.end - s.start
            for k in range(4):
                f = k / 3
                lat = s.src.lat + (s.dst.lat - s.src.lat) * f + rng.uniform(-0.0003, 0.0003)
                lon = s.src.lon + (s.dst.lon - s.src.lon) * f + rng.uniform(-0.0003, 0.0003)
                pts.append({"point": _deg(lat, lon), "time": _iso_off(s.start + dur * f, z)})
            ss.append({"startTime": _iso_off(s.start, z), "endTime": _iso_off(s.end, z),
                       "startTimeTimezoneUtcOffsetMinutes": off_a, "endTimeTimezoneUtcOffsetMinutes": off_b,
                       "timelinePath": pts})
            if rng.random() < 0.5:
                raw.append({"position": {"LatLng": _deg(s.src.lat, s.src.lon), "accuracyMeters": rng.randint(4, 30),
                                         "altitudeMeters": round(rng.uniform(228, 240), 1), "source": "GPS",
                                         "timestamp": _iso_off(s.start, z),
                                         "speedMetersPerSecond": round(rng.uniform(0.5, 14), 6)}})
    data = {"semanticSegments": ss, "rawSignals": raw,
            "userLocationProfile": {"frequentPlaces": [
                {"placeId": pid, "placeLocation": _deg(lat, lon), "label": label} for pid, lat, lon, label in frequent]}}
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_bytes(root, rel, text.encode("utf-8"))
    return [OutFile(rel, "\n".join(json_strings(data)), [])]


# ====================================================================== Telegram Desktop result.json

_ENT = re.compile(
    r"(?P<link>https?://[^\s]+)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
    r"|(?P<mention>(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31})"
    r"|(?P<phone>(?<![\d])(?:\+1[ -]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d))"
    r"|(?P<hashtag>(?<![\w#])#[A-Za-z][A-Za-z0-9_]+)")


def tg_text(s: str):
    parts = []
    ents = []
    pos = 0
    for m in _ENT.finditer(s):
        if m.start() > pos:
            parts.append(s[pos:m.start()])
            ents.append({"type": "plain", "text": s[pos:m.start()]})
        kind = m.lastgroup
        parts.append({"type": kind, "text": m.group(0)})
        ents.append({"type": kind, "text": m.group(0)})
        pos = m.end()
    if not parts:
        return s, ([{"type": "plain", "text": s}] if s else [])
    if pos < len(s):
        parts.append(s[pos:])
        ents.append({"type": "plain", "text": s[pos:]})
    return parts, ents


NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def telegram_messages(chat: Chat, people: dict, zone: str, rng: random.Random, id_start: int,
                      chat_created: datetime | None = None) -> tuple[list, list[str]]:
    z = ZoneInfo(zone)
    out = []
    bodies = []
    mid = id_start
    if chat.group and chat_created is not None:
        d = chat_created.astimezone(z)
        creator = people[chat.members[0]]
        out.append({"id": mid, "type": "service", "date": d.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(epoch(chat_created)), "actor": creator["name"],
                    "actor_id": creator["tg_id"], "action": "create_group", "title": chat.title,
                    "members": [people[k]["name"] for k in chat.members] + [people["me"]["name"]],
                    "text": "", "text_entities": []})
        mid += 1
    prev_ids = []
    for m in chat.sorted_msgs():
        mid += rng.randint(1, 2)
        d = m.ts.astimezone(z)
        p = people[m.sender]
        msg = {"id": mid, "type": "message", "date": d.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": str(epoch(m.ts)), "from": p["name"], "from_id": p["tg_id"]}
        if m.extra.get("reply") and prev_ids:
            msg["reply_to_message_id"] = prev_ids[-1]
        if m.kind == "image":
            msg["photo"] = NOT_INCLUDED
            msg["photo_file_size"] = rng.randint(40000, 400000)
            msg["width"] = rng.choice([1280, 960, 1080])
            msg["height"] = rng.choice([960, 1280, 1920])
        elif m.kind == "sticker":
            msg["file"] = NOT_INCLUDED
            msg["file_size"] = rng.randint(8000, 60000)
            msg["thumbnail"] = NOT_INCLUDED
            msg["thumbnail_file_size"] = rng.randint(2000, 9000)
            msg["media_type"] = "sticker"
            msg["sticker_emoji"] = m.extra.get("emoji", "😂")
            msg["width"] = 512
            msg["height"] = 512
        elif m.kind == "voice":
            msg["file"] = NOT_INCLUDED
            msg["file_size"] = rng.randint(8000, 90000)
            msg["media_type"] = "voice_message"
            msg["mime_type"] = "audio/ogg"
            msg["duration_seconds"] = int(m.extra["seconds"])
        elif m.kind == "file":
            msg["file"] = NOT_INCLUDED
            msg["file_name"] = m.extra["name"]
            msg["file_size"] = rng.randint(40000, 900000)
            msg["mime_type"] = "application/pdf"
        elif m.kind == "location":
            msg["location_information"] = {"latitude": m.extra["lat"], "longitude": m.extra["lon"]}
        elif m.kind == "link":
            m.text = (m.text + " " if m.text else "") + m.extra["url"]
        elif m.kind == "call":
            msg["type"] = "service"
            msg.pop("from")
            msg.pop("from_id")
            msg["actor"] = p["name"]
            msg["actor_id"] = p["tg_id"]
            msg["action"] = "phone_call"
            mm, ss = m.extra["duration"].split(":")
            msg["duration_seconds"] = int(mm) * 60 + int(ss)
            msg["discard_reason"] = "hangup"
        elif m.kind != "text":
            raise ValueError(m.kind)
        if m.extra.get("edited"):
            e = m.ts + timedelta(seconds=rng.randint(20, 200))
            msg["edited"] = e.astimezone(z).strftime("%Y-%m-%dT%H:%M:%S")
            msg["edited_unixtime"] = str(epoch(e))
        text, ents = tg_text(m.text if m.kind not in ("call",) else "")
        msg["text"] = text
        msg["text_entities"] = ents
        out.append(msg)
        prev_ids.append(mid)
        if m.text:
            bodies.append(m.text)
    return out, bodies


# ====================================================================== OFX 1.02 (SGML)


def write_ofx(root: str, rel: str, bankid: str, acctid: str, currency: str, txns: list[dict],
              server_time: datetime, zone: str, org: str, fid: str, start: datetime, end: datetime,
              balance: float) -> list[OutFile]:
    z = ZoneInfo(zone)

    def ofx_dt(dt: datetime, ms: bool = True) -> str:
        d = dt.astimezone(z)
        off = int(d.utcoffset().total_seconds() // 3600)
        return d.strftime("%Y%m%d%H%M%S") + (".000" if ms else "") + f"[{off}:{d.tzname()}]"

    L = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252",
         "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "", "<OFX>",
         "\t<SIGNONMSGSRSV1>", "\t\t<SONRS>", "\t\t\t<STATUS>", "\t\t\t\t<CODE>0", "\t\t\t\t<SEVERITY>INFO",
         "\t\t\t</STATUS>", f"\t\t\t<DTSERVER>{ofx_dt(server_time)}", "\t\t\t<LANGUAGE>ENG",
         "\t\t\t<FI>", f"\t\t\t\t<ORG>{org}", f"\t\t\t\t<FID>{fid}", "\t\t\t</FI>", "\t\t</SONRS>",
         "\t</SIGNONMSGSRSV1>", "\t<BANKMSGSRSV1>", "\t\t<STMTTRNRS>", "\t\t\t<TRNUID>0", "\t\t\t<STATUS>",
         "\t\t\t\t<CODE>0", "\t\t\t\t<SEVERITY>INFO", "\t\t\t</STATUS>", "\t\t\t<STMTRS>",
         f"\t\t\t\t<CURDEF>{currency}", "\t\t\t\t<BANKACCTFROM>", f"\t\t\t\t\t<BANKID>{bankid}",
         f"\t\t\t\t\t<ACCTID>{acctid}", "\t\t\t\t\t<ACCTTYPE>CHECKING", "\t\t\t\t</BANKACCTFROM>",
         "\t\t\t\t<BANKTRANLIST>", f"\t\t\t\t\t<DTSTART>{ofx_dt(start)}", f"\t\t\t\t\t<DTEND>{ofx_dt(end)}"]
    bodies = []
    for t in sorted(txns, key=lambda t: t["dt"]):
        L += ["\t\t\t\t\t<STMTTRN>", f"\t\t\t\t\t\t<TRNTYPE>{t['type']}", f"\t\t\t\t\t\t<DTPOSTED>{ofx_dt(t['dt'])}",
              f"\t\t\t\t\t\t<TRNAMT>{t['amount']:.2f}", f"\t\t\t\t\t\t<FITID>{t['fitid']}"]
        if t.get("checknum"):
            L.append(f"\t\t\t\t\t\t<CHECKNUM>{t['checknum']}")
        L.append(f"\t\t\t\t\t\t<NAME>{t['name'][:32]}")
        if t.get("memo"):
            L.append(f"\t\t\t\t\t\t<MEMO>{t['memo']}")
        L.append("\t\t\t\t\t</STMTTRN>")
        bodies += [t["name"][:32], t.get("memo", "")]
    L += ["\t\t\t\t</BANKTRANLIST>", "\t\t\t\t<LEDGERBAL>", f"\t\t\t\t\t<BALAMT>{balance:.2f}",
          f"\t\t\t\t\t<DTASOF>{ofx_dt(server_time)}", "\t\t\t\t</LEDGERBAL>", "\t\t\t\t<AVAILBAL>",
          f"\t\t\t\t\t<BALAMT>{balance:.2f}", f"\t\t\t\t\t<DTASOF>{ofx_dt(server_time)}", "\t\t\t\t</AVAILBAL>",
          "\t\t\t</STMTRS>", "\t\t</STMTTRNRS>", "\t</BANKMSGSRSV1>", "</OFX>"]
    text = "\n".join(L)
    write_bytes(root, rel, text.encode("ascii"))
    return [OutFile(rel, text, bodies)]


# ====================================================================== Reddit data request CSVs


def write_reddit_csv(root: str, rel: str, header: list[str], rows: list[list], body_cols: list[str],
                     bom: bool = False) -> list[OutFile]:
    text = _csv_text([header] + rows)
    write_bytes(root, rel, (("\ufeff" if bom else "") + text).encode("utf-8"))
    idx = [header.index(c) for c in body_cols]
    bodies = [str(r[i]) for r in rows for i in idx]
    return [OutFile(rel, text, bodies)]
