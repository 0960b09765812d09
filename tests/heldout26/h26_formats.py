"""Writers for the export formats used by heldout26.

Every writer returns a list of (relpath, bytes, full_text, message_text):
full_text is the decoded file as the ground-truth rules define it, message_text the
free-text parts (message bodies, payment notes) used to find nicknames.
"""
import csv
import datetime as dt
import hashlib
import io
import json
from zoneinfo import ZoneInfo

from h26_common import UTC, epoch, epoch_ms, iso_z


def _h(*parts, n=32):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def _digits(*parts, n=19):
    h = int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)
    s = str(h)
    return s[:n]


def _csv_rows(rows, lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ======================================================================= WeChat: MemoTrace

def memotrace(chats, me, people, zone, talker_ids, local_id_start=2317):
    """MemoTrace/WeChatMsg CSV: 聊天记录/<remark>/<remark>_utf8.csv, utf-8-sig, CRLF (csv module)."""
    z = ZoneInfo(zone)
    # localId is a database-wide counter: number all messages of all chats in time order
    allm = []
    for c in chats:
        for m in c.sorted():
            allm.append((m.t, c.key, m))
    allm.sort(key=lambda x: x[0])
    lid = {}
    n = local_id_start
    for t, k, m in allm:
        n += 1 + (1 if (n * 7) % 13 == 0 else 0)
        lid[id(m)] = n
    out = []
    header = ['localId', 'TalkerId', 'Type', 'SubType', 'IsSender', 'CreateTime', 'Status',
              'StrContent', 'StrTime', 'Remark', 'NickName', 'Sender']
    for c in chats:
        rows = [header]
        texts = []
        for m in c.sorted():
            p = me if m.who == "me" else people[m.who]
            is_sender = 1 if m.who == "me" else 0
            typ, sub, content = 1, 0, m.text
            if m.kind == "image":
                typ, content = 3, ""
            elif m.kind == "voice":
                typ = 34
                content = ('<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" '
                           'voicelength="%d" length="%d" bufid="0" aeskey="%s" voiceurl="" '
                           'voicemd5="" clientmsgid="%s" fromusername="%s" /></msg>'
                           % (m.extra.get("sec", 5) * 1000, m.extra.get("sec", 5) * 1650,
                              _h("aes", m.t, n=32), _h("cm", m.t, n=28), p["wxid"]))
            elif m.kind == "sticker":
                typ = 47
                md5 = _h("emoji", m.text, n=32)
                content = ('<msg><emoji fromusername="%s" tousername="%s" type="2" idbuffer="media:0_0" '
                           'md5="%s" len="%d" productid="" androidmd5="%s" androidlen="%d" /></msg>'
                           % (p["wxid"], c.key, md5, 20000 + int(md5[:4], 16), md5, 20000 + int(md5[:4], 16)))
            elif m.kind == "location":
                typ = 48
                content = ('<msg><location x="%.6f" y="%.6f" scale="16" label="%s" maptype="roadmap" '
                           'poiname="%s" poiid="" /></msg>'
                           % (m.extra["lat"], m.extra["lon"], m.extra["label"], m.extra["poi"]))
                texts.append(m.extra["label"])
                texts.append(m.extra["poi"])
            elif m.kind == "transfer":
                typ, sub = 49, 2000
                content = ('<msg><appmsg appid="" sdkver=""><title><![CDATA[微信转账]]></title>'
                           '<des><![CDATA[%s]]></des><type>2000</type><wcpayinfo><paysubtype>%d</paysubtype>'
                           '<feedesc><![CDATA[￥%s]]></feedesc><pay_memo><![CDATA[%s]]></pay_memo>'
                           '</wcpayinfo></appmsg></msg>'
                           % ("收到转账%s元。如需收钱，请点此升级至最新版本" % m.extra["amount"],
                              1 if m.who == "me" else 3, m.extra["amount"], m.text))
                texts.append(m.text)
            elif m.kind == "system":
                typ, is_sender = 10000, 0
            else:
                texts.append(m.text)
            ct = epoch(m.t)
            st = m.t.astimezone(z).strftime("%Y-%m-%d %H:%M:%S")
            status = 2 if is_sender else 3
            if m.kind == "system":
                remark, nick, sender = "", "", ""
            else:
                remark, nick, sender = p.get("remark") or p["nick"], p["nick"], p["wxid"]
            rows.append([lid[id(m)], talker_ids[c.key], typ, sub, is_sender, ct, status, content, st,
                         remark, nick, sender])
        text = _csv_rows(rows)
        rel = "聊天记录/%s/%s_utf8.csv" % (c.title, c.title)
        out.append((rel, ("\ufeff" + text).encode("utf-8"), text, "\n".join(texts)))
    return out


# ======================================================================= WeChat: PyWxDump

PYWX_TYPES = {"text": "文本", "image": "图片", "voice": "语音", "sticker": "动画表情",
              "location": "位置", "transfer": "转账", "system": "系统通知", "video": "视频"}


def pywxdump(chats, chat_wxids, people, zone, users_extra=None):
    """PyWxDump CSV: export/<wxid>/<wxid>_0_<n+1>.csv plus users.json; CreateTime local wall time."""
    z = ZoneInfo(zone)
    out = []
    for c in chats:
        room = chat_wxids[c.key]
        msgs = c.sorted()
        rows = [["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src", "CreateTime"]]
        texts = []
        users = {}
        for i, m in enumerate(msgs, 1):
            lt = m.t.astimezone(z)
            ctime = "%d/%d/%d %d:%02d" % (lt.year, lt.month, lt.day, lt.hour, lt.minute)
            svr = _digits("svr", c.key, i, m.t, n=19)
            if svr[0] in "0":
                svr = "7" + svr[1:]
            if m.who == "me":
                talker = "我"
            else:
                talker = people[m.who]["wxid"]
                users[talker] = people[m.who]
            src = ""
            msg = m.text
            if m.kind == "image":
                msg = "图片"
                src = "FileStorage\\MsgAttach\\%s\\Image\\%s\\%s.dat" % (_h("a", room), lt.strftime("%Y-%m"), _h("i", m.t))
            elif m.kind == "voice":
                msg = "语音"
                src = "audio\\%s\\%s_%s.wav" % (room, lt.strftime("%Y-%m-%d_%H-%M-%S"), svr[-6:])
            elif m.kind == "sticker":
                msg = "动画表情"
                src = "http://wxapp.tc.qq.com/262/20304/stodownload?m=%s&filekey=%s&hy=SH&storeid=%s&bizid=1023" % (
                    _h("e", m.text), _h("f", m.text, n=48), _h("s", m.text, n=40))
            elif m.kind == "location":
                msg = "纬度:【%.6f】 经度:【%.6f】\n名称：%s\n地址：%s" % (
                    m.extra["lat"], m.extra["lon"], m.extra["poi"], m.extra["label"])
                texts.append(msg)
            elif m.kind == "transfer":
                msg = "%s %s" % (m.extra.get("title", "转账"), "￥" + m.extra["amount"])
                if m.text:
                    msg += " " + m.text
                texts.append(msg)
            elif m.kind == "system":
                talker = "系统"
                texts.append(msg)
            else:
                texts.append(msg)
            rows.append([i, svr, PYWX_TYPES[m.kind], 1 if m.who == "me" else 0, talker, room, msg, src, ctime])
        if not c.group:
            key = [k for k in c.members if k != "me"][0]
            users[room] = people[key]
        if users_extra and c.key in users_extra:
            users.update(users_extra[c.key])
        n = len(msgs)
        text = _csv_rows(rows)
        rel = "export/%s/%s_0_%d.csv" % (room, room, n + 1)
        out.append((rel, text.encode("utf-8"), text, "\n".join(texts)))
        uj = {}
        for wx in sorted(users):
            p = users[wx]
            uj[wx] = {"wxid": wx, "nickname": p["nick"], "remark": p.get("remark", ""),
                      "account": p.get("account", ""), "describe": p.get("describe", ""),
                      "headImgUrl": "https://wx.qlogo.cn/mmhead/ver_1/%s/132" % _h("hd", wx, n=60)}
        ujs = json.dumps(uj, ensure_ascii=False, indent=4)
        out.append(("export/%s/users.json" % room, ujs.encode("utf-8"), ujs, ""))
    return out


# ======================================================================= WeChat Pay bill

def wechat_pay(rows, nick, start, end, exported, filename):
    """rows: dicts t, type, cp, goods, io (收入/支出/'/'), amt (str), method, status, note."""
    rows = sorted(rows, key=lambda r: r["t"], reverse=True)
    inc = [r for r in rows if r["io"] == "收入"]
    exp = [r for r in rows if r["io"] == "支出"]
    neu = [r for r in rows if r["io"] == "/"]

    def tot(rs):
        return "%.2f" % sum(float(r["amt"]) for r in rs)
    pad = ",,,,,,,,,,"
    lines = ["微信支付账单明细" + pad,
             "微信昵称：[%s]" % nick + pad,
             "起始时间：[%s] 终止时间：[%s]" % (start, end) + pad,
             "导出类型：[全部]" + pad,
             "导出时间：[%s]" % exported + pad,
             pad,
             "共%d笔记录" % len(rows) + pad,
             "收入：%d笔 %s元" % (len(inc), tot(inc)) + pad,
             "支出：%d笔 %s元" % (len(exp), tot(exp)) + pad,
             "中性交易：%d笔 %s元" % (len(neu), tot(neu)) + pad,
             "注：" + pad,
             "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + pad,
             "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + pad,
             "3. 本明细仅供个人对账使用" + pad,
             pad,
             "----------------------微信支付账单明细列表--------------------" + pad,
             "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"]
    texts = []
    for i, r in enumerate(rows):
        ts = r["t"].strftime("%Y-%m-%d %H:%M:%S")
        tx = r.get("txid") or ("42000%s" % _digits("wx", ts, r["cp"], i, n=23))
        if r["type"] in ("转账", "微信红包", "二维码收款", "微信红包-单发"):
            mch = "/"
            if r["type"] == "转账":
                tx = "1000050%s" % _digits("tr", ts, r["cp"], i, n=25)
        else:
            mch = r.get("mch") or _digits("mch", ts, i, n=28)
        lines.append('%s,%s,"%s","%s",%s,¥%s,%s,%s,%s\t,%s\t,"%s"' % (
            ts, r["type"], r["cp"], r["goods"], r["io"], r["amt"], r["method"], r["status"], tx, mch,
            r.get("note", "/")))
        texts += [r["goods"], r.get("note", "/")]
    text = "\n".join(lines) + "\n"
    return [(filename, text.encode("utf-8"), text, "\n".join(texts))]


# ======================================================================= Alipay bill (GBK)

_ALI_W = [20, 24, 24, 20, 24, 20, 20, 24, 24, 14, 20, 20]


def _gbk_len(s):
    return len(s.encode("gbk"))


def _ali_pad(s, w):
    return s + " " * max(1, w - _gbk_len(s))


def alipay(rows, name, account, start, end, exported, filename):
    """rows: dicts t, cat, cp, acct, goods, io (收入/支出/不计收支), amt, method, status, note."""
    rows = sorted(rows, key=lambda r: r["t"], reverse=True)

    def tot(io_):
        rs = [r for r in rows if r["io"] == io_]
        return len(rs), "%.2f" % sum(float(r["amt"]) for r in rs)
    lines = ["-" * 84,
             "导出信息：",
             "姓名：%s" % name,
             "支付宝账户：%s" % account,
             "起始时间：[%s]    终止时间：[%s]" % (start, end),
             "导出交易类型：[全部]",
             "导出时间：[%s]" % exported,
             "共%d笔记录" % len(rows),
             "收入：%d笔 %s元" % tot("收入"),
             "支出：%d笔 %s元" % tot("支出"),
             "不计收支：%d笔 %s元" % tot("不计收支"),
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
             "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"]
    head = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式",
            "交易状态", "交易订单号", "商家订单号", "备注"]
    lines.append("".join(_ali_pad(h, w) + "," for h, w in zip(head, _ALI_W)))
    texts = []
    for i, r in enumerate(rows):
        ts = r["t"].strftime("%Y-%m-%d %H:%M:%S")
        oid = r.get("oid") or (r["t"].strftime("%Y%m%d") + "2200" + _digits("ali", ts, i, n=20))
        mid = r.get("mid", "")
        vals = [ts, r["cat"], r["cp"], r.get("acct", "/"), r["goods"], r["io"], r["amt"], r.get("method", ""),
                r["status"]]
        cells = [_ali_pad(v, w) for v, w in zip(vals, _ALI_W)]
        cells.append(oid + "\t")
        cells.append(_ali_pad(mid, 20) + "\t" if mid else " " * 20 + "\t")
        cells.append(_ali_pad(r.get("note", ""), 20))
        lines.append("".join(c + "," for c in cells))
        texts += [r["goods"], r.get("note", "")]
    text = "\n".join(lines) + "\n"
    return [(filename, text.encode("gbk"), text, "\n".join(texts))]


# ======================================================================= Google: Records.json

def records_json(points, device_tag, rel="Takeout/Location History (Timeline)/Records.json"):
    """points: list of (t, lat, lon, acc, source, activity or None)."""
    locs = []
    for t, lat, lon, acc, src, act in points:
        d = {"latitudeE7": int(round(lat * 1e7)), "longitudeE7": int(round(lon * 1e7)), "accuracy": acc}
        if act:
            d["activity"] = [{"activity": [{"type": a, "confidence": c} for a, c in act],
                              "timestamp": iso_z(t - dt.timedelta(seconds=7))}]
        d["source"] = src
        d["deviceTag"] = device_tag
        d["platformType"] = "ANDROID"
        d["timestamp"] = iso_z(t)
        locs.append(d)
    text = json.dumps({"locations": locs}, ensure_ascii=False, indent=2)
    return [(rel, text.encode("utf-8"), text, "")]


# ======================================================================= Google: Semantic Location History

MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
          "OCTOBER", "NOVEMBER", "DECEMBER"]


def semantic(objs, zone, device_tag):
    """objs: ('visit', t0, t1, place) or ('move', t0, t1, (lat,lon), (lat,lon), mode, metres).
    place: dict lat, lon, pid, address, name, stype.  One file per local month."""
    z = ZoneInfo(zone)
    months = {}
    for o in objs:
        lt = o[1].astimezone(z)
        months.setdefault((lt.year, lt.month), []).append(o)
    out = []
    for (y, mo) in sorted(months):
        tl = []
        for o in months[(y, mo)]:
            if o[0] == "visit":
                _, t0, t1, p = o
                loc = {"latitudeE7": int(round(p["lat"] * 1e7)), "longitudeE7": int(round(p["lon"] * 1e7)),
                       "placeId": p["pid"], "address": p["address"], "name": p["name"]}
                if p.get("stype"):
                    loc["semanticType"] = p["stype"]
                loc["sourceInfo"] = {"deviceTag": device_tag}
                loc["locationConfidence"] = p.get("conf", 88.5)
                loc["calibratedProbability"] = p.get("conf", 88.5) - 7.25
                tl.append({"placeVisit": {
                    "location": loc,
                    "duration": {"startTimestamp": iso_z(t0), "endTimestamp": iso_z(t1)},
                    "placeConfidence": "HIGH_CONFIDENCE",
                    "centerLatE7": int(round(p["lat"] * 1e7)) + 113,
                    "centerLngE7": int(round(p["lon"] * 1e7)) - 87,
                    "visitConfidence": 92,
                    "otherCandidateLocations": [],
                    "editConfirmationStatus": "NOT_CONFIRMED",
                    "locationConfidence": 81,
                    "placeVisitType": "SINGLE_PLACE",
                    "placeVisitImportance": "MAIN"}})
            else:
                _, t0, t1, a, b, mode, metres = o
                tl.append({"activitySegment": {
                    "startLocation": {"latitudeE7": int(round(a[0] * 1e7)), "longitudeE7": int(round(a[1] * 1e7)),
                                      "sourceInfo": {"deviceTag": device_tag}},
                    "endLocation": {"latitudeE7": int(round(b[0] * 1e7)), "longitudeE7": int(round(b[1] * 1e7)),
                                    "sourceInfo": {"deviceTag": device_tag}},
                    "duration": {"startTimestamp": iso_z(t0), "endTimestamp": iso_z(t1)},
                    "distance": metres,
                    "activityType": mode,
                    "confidence": "HIGH",
                    "activities": [{"activityType": mode, "probability": 91.3},
                                   {"activityType": "STILL", "probability": 4.1}]}})
        text = json.dumps({"timelineObjects": tl}, ensure_ascii=False, indent=2)
        rel = "Takeout/Location History (Timeline)/Semantic Location History/%d/%d_%s.json" % (y, y, MONTHS[mo - 1])
        msgs = "\n".join(o[3]["address"] for o in months[(y, mo)] if o[0] == "visit")
        out.append((rel, text.encode("utf-8"), text, msgs))
    return out


# ======================================================================= Google: on-device Timeline.json

def _deg(lat, lon):
    return "%.7f°, %.7f°" % (lat, lon)


def _iso_off(t, zone):
    lt = t.astimezone(ZoneInfo(zone))
    s = lt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (lt.microsecond // 1000)
    off = lt.utcoffset()
    mins = int(off.total_seconds() // 60)
    return s + "%s%02d:%02d" % ("+" if mins >= 0 else "-", abs(mins) // 60, abs(mins) % 60), mins


def timeline_json(segments, frequent, zone, rel="Timeline.json"):
    """segments: ('visit', t0, t1, place) | ('move', t0, t1, a, b, mode, metres, path[(t,lat,lon)]).
    frequent: list of (place, label)."""
    segs = []
    raw = []
    for s in segments:
        t0s, o0 = _iso_off(s[1], zone)
        t1s, o1 = _iso_off(s[2], zone)
        d = {"startTime": t0s, "endTime": t1s,
             "startTimeTimezoneUtcOffsetMinutes": o0, "endTimeTimezoneUtcOffsetMinutes": o1}
        if s[0] == "visit":
            p = s[3]
            d["visit"] = {"hierarchyLevel": 0, "probability": 0.83,
                          "topCandidate": {"placeId": p["pid"], "semanticType": p.get("stype", "UNKNOWN"),
                                           "probability": 0.79,
                                           "placeLocation": {"latLng": _deg(p["lat"], p["lon"])}}}
        else:
            _, t0, t1, a, b, mode, metres, path = s
            d["activity"] = {"start": {"latLng": _deg(*a)}, "end": {"latLng": _deg(*b)},
                             "distanceMeters": float(metres), "probability": 0.92,
                             "topCandidate": {"type": mode, "probability": 0.88}}
            segs.append(d)
            d = {"startTime": t0s, "endTime": t1s,
                 "timelinePath": [{"point": _deg(la, lo), "time": _iso_off(tt, zone)[0]} for tt, la, lo in path]}
            for tt, la, lo in path[::3]:
                raw.append({"position": {"LatLng": _deg(la, lo), "accuracyMeters": 12, "altitudeMeters": 31.0,
                                         "source": "GPS", "timestamp": _iso_off(tt, zone)[0],
                                         "speedMetersPerSecond": 9.5 if mode == "IN_PASSENGER_VEHICLE" else 1.3}})
        segs.append(d)
    prof = {"frequentPlaces": [{"placeId": p["pid"], "placeLocation": _deg(p["lat"], p["lon"]), "label": lab}
                               for p, lab in frequent],
            "persona": {"travelModeAffinities": [{"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.81},
                                                 {"mode": "WALKING", "affinity": 0.12}]}}
    text = json.dumps({"semanticSegments": segs, "rawSignals": raw, "userLocationProfile": prof},
                      ensure_ascii=False, indent=2)
    return [(rel, text.encode("utf-8"), text, "")]


# ======================================================================= WhatsApp Android (en-NZ)

NNBSP = "\u202f"


def _wa_stamp(t, zone):
    lt = t.astimezone(ZoneInfo(zone))
    h = lt.hour % 12 or 12
    return "%d/%02d/%02d, %d:%02d%s%s" % (lt.day, lt.month, lt.year % 100, h, lt.minute, NNBSP,
                                          "am" if lt.hour < 12 else "pm")


def whatsapp_android(chat, names, zone, filename):
    """names: speaker key -> display name as the phone shows it."""
    lines, texts = [], []
    msgs = chat.sorted()
    first = msgs[0].t
    lines.append("%s - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
                 "WhatsApp, can read or listen to them. Tap to learn more." % _wa_stamp(first, zone))
    for m in msgs:
        st = _wa_stamp(m.t, zone)
        if m.kind == "system":
            lines.append("%s - %s" % (st, m.text))
            texts.append(m.text)
            continue
        author = names[m.who]
        if m.kind == "image" or m.kind == "sticker" or m.kind == "voice":
            body = "<Media omitted>"
        elif m.kind == "deleted":
            body = "You deleted this message" if m.who == "me" else "This message was deleted"
        elif m.kind == "location":
            body = "location: https://maps.google.com/?q=%.6f,%.6f" % (m.extra["lat"], m.extra["lon"])
        else:
            body = m.text
            if m.extra.get("edited"):
                body += " <This message was edited>"
            texts.append(m.text)
        lines.append("%s - %s: %s" % (st, author, body))
    text = "\n".join(lines) + "\n"
    return [(filename, text.encode("utf-8"), text, "\n".join(texts))]


# ======================================================================= Facebook Messenger

def _moji(s):
    return s.encode("utf-8").decode("latin-1")


def _moji_all(o):
    if isinstance(o, str):
        return _moji(o)
    if isinstance(o, list):
        return [_moji_all(x) for x in o]
    if isinstance(o, dict):
        return {k: _moji_all(v) for k, v in o.items()}
    return o


def messenger(chat, names, folder, me_key="me"):
    msgs = chat.sorted()
    other = [k for k in chat.members if k != me_key]
    parts = [{"name": names[k]} for k in other] + [{"name": names[me_key]}]
    ms = []
    texts = []
    for m in reversed(msgs):
        d = {"sender_name": names[m.who], "timestamp_ms": epoch_ms(m.t)}
        if m.kind == "image":
            d["photos"] = [{"uri": "your_facebook_activity/messages/inbox/%s/photos/%s_%s.jpg" % (
                folder, _digits("p", m.t, n=15), _digits("q", m.t, n=16)),
                "creation_timestamp": epoch(m.t)}]
        elif m.kind == "share":
            d["content"] = m.text
            d["share"] = {"link": m.extra["link"]}
            texts.append(m.text)
        elif m.kind == "call":
            d["content"] = "%s called you." % names[m.who].split()[0] if m.who != me_key else "You called %s." % names[other[0]].split()[0]
            d["call_duration"] = m.extra.get("sec", 0)
        else:
            d["content"] = m.text
            texts.append(m.text)
        if m.extra.get("react"):
            d["reactions"] = [{"reaction": m.extra["react"], "actor": names[[k for k in chat.members if k != m.who][0]]}]
        d["is_geoblocked_for_viewer"] = False
        d["is_unsent_image_by_messenger_kid_parent"] = False
        ms.append(d)
    obj = {"participants": parts, "messages": ms, "title": names[other[0]] if not chat.group else chat.title,
           "is_still_participant": True, "thread_path": "inbox/%s" % folder, "magic_words": []}
    raw = json.dumps(_moji_all(obj), ensure_ascii=True, indent=2)
    decoded = json.dumps(obj, ensure_ascii=False, indent=2)
    rel = "your_facebook_activity/messages/inbox/%s/message_1.json" % folder
    return [(rel, raw.encode("ascii"), decoded, "\n".join(texts))]


# ======================================================================= OFX 1.02

def _ofx_date(t, zone):
    lt = t.astimezone(ZoneInfo(zone))
    off = int(lt.utcoffset().total_seconds() // 3600)
    return lt.strftime("%Y%m%d%H%M%S") + ".000[%+d:%s]" % (off, lt.tzname())


def ofx(rows, acct, bankid, zone, start, end, server_time, filename, org="KIWIBANK", fid="3955"):
    """rows: dicts t, type, amt (str, signed), name, memo. Returns SGML OFX 1.02 (cp1252, LF)."""
    rows = sorted(rows, key=lambda r: r["t"])
    bal = 0.0
    for r in rows:
        bal += float(r["amt"])
    L = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII",
         "CHARSET:1252", "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "",
         "<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>",
         "<DTSERVER>" + _ofx_date(server_time, zone), "<LANGUAGE>ENG", "<FI>", "<ORG>" + org, "<FID>" + fid,
         "</FI>", "</SONRS>", "</SIGNONMSGSRSV1>", "<BANKMSGSRSV1>", "<STMTTRNRS>", "<TRNUID>1", "<STATUS>",
         "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<STMTRS>", "<CURDEF>NZD", "<BANKACCTFROM>",
         "<BANKID>" + bankid, "<ACCTID>" + acct, "<ACCTTYPE>CHECKING", "</BANKACCTFROM>", "<BANKTRANLIST>",
         "<DTSTART>" + _ofx_date(start, zone), "<DTEND>" + _ofx_date(end, zone)]
    texts = []
    for i, r in enumerate(rows):
        L += ["<STMTTRN>", "<TRNTYPE>" + r["type"], "<DTPOSTED>" + _ofx_date(r["t"], zone),
              "<TRNAMT>" + r["amt"], "<FITID>" + r["t"].strftime("%Y%m%d") + "%05d" % (i + 1)]
        L.append("<NAME>" + r["name"][:32])
        if r.get("memo"):
            L.append("<MEMO>" + r["memo"])
        L.append("</STMTTRN>")
        texts += [r["name"][:32], r.get("memo", "")]
    L += ["</BANKTRANLIST>", "<LEDGERBAL>", "<BALAMT>%.2f" % (bal + 412.57), "<DTASOF>" + _ofx_date(end, zone),
          "</LEDGERBAL>", "<AVAILBAL>", "<BALAMT>%.2f" % (bal + 412.57), "<DTASOF>" + _ofx_date(end, zone),
          "</AVAILBAL>", "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>", "</OFX>"]
    text = "\n".join(L) + "\n"
    return [(filename, text.encode("cp1252"), text, "\n".join(texts))]
