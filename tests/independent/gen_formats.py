"""Writers for each export layout (field layouts follow FORMATS.md and the real samples)."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

from gen_common import ME, Chat, Msg, epoch, iso_offset, iso_z, to_utc, write_json, write_text

ZH_PLACEHOLDER = {"image": "[图片]", "voice": "[语音]", "video": "[视频]", "sticker": "[动画表情]"}
WX_TYPE = {
    "text": 1,
    "image": 3,
    "voice": 34,
    "video": 43,
    "sticker": 47,
    "location": 48,
    "link": 49,
    "system": 10000,
}


def _csv_text(rows: list[list[str]], lineterminator: str = "\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator)
    w.writerows(rows)
    return buf.getvalue()


def wx_location_xml(m: Msg) -> str:
    return (
        f'<?xml version="1.0"?>\n<msg>\n\t<location x="{m.lat:.6f}" y="{m.lon:.6f}" scale="15" label="{m.label}" '
        f'maptype="roadmap" poiname="{m.poi or m.label}" poiid="" />\n</msg>'
    )


def memotrace_csv(
    path: Path,
    chat: Chat,
    zone: str,
    talker_id: str,
    names: dict[str, tuple[str, str]],
    rng: random.Random,
) -> None:
    """names: sender -> (remark, nickname); ME included."""
    rows = [
        [
            "localId",
            "TalkerId",
            "Type",
            "SubType",
            "IsSender",
            "CreateTime",
            "Status",
            "StrContent",
            "StrTime",
            "Remark",
            "NickName",
            "Sender",
        ]
    ]
    lid = rng.randrange(1000, 9000)
    for m in chat.messages:
        lid += 1
        content = m.text
        sub = 0
        if m.kind == "location":
            content = wx_location_xml(m)
        elif m.kind in ZH_PLACEHOLDER:
            content = ""
        elif m.kind == "link":
            sub = 5
        remark, nick = names[m.sender]
        sender_disp = remark or nick
        rows.append(
            [
                str(lid),
                talker_id,
                str(WX_TYPE[m.kind]),
                str(sub),
                "1" if m.sender == ME else "0",
                str(epoch(zone, m.local)),
                "2" if m.sender == ME else "3",
                content,
                m.local.strftime("%Y-%m-%d %H:%M:%S"),
                remark,
                nick,
                sender_disp,
            ]
        )
    write_text(path, "\ufeff" + _csv_text(rows, "\r\n"))


def pywxdump_csv(
    path: Path, chat: Chat, room_id: str, ids: dict[str, str], rng: random.Random
) -> None:
    """PyWxDump/WeClone layout: local wall time without zone, type_name in Chinese."""
    tname = {
        "text": "文本",
        "image": "图片",
        "voice": "语音",
        "video": "视频",
        "sticker": "动画表情",
        "location": "位置",
        "link": "分享链接",
        "system": "系统通知",
    }
    rows = [
        [
            "id",
            "MsgSvrID",
            "type_name",
            "is_sender",
            "talker",
            "room_name",
            "msg",
            "src",
            "CreateTime",
        ]
    ]
    svr = rng.randrange(10**18, 2 * 10**18)
    for i, m in enumerate(chat.messages, 1):
        svr += rng.randrange(10**12, 10**14)
        msg = m.text
        src = ""
        if m.kind == "location":
            msg = f"{m.label}({m.lat:.6f},{m.lon:.6f})"
        elif m.kind in ("image", "video", "voice"):
            msg = ""
            src = f"FileStorage\\MsgAttach\\{rng.getrandbits(64):016x}\\{m.kind}\\{m.local:%Y-%m}\\{rng.getrandbits(64):016x}.dat"
        t = m.local
        rows.append(
            [
                str(i),
                str(svr),
                tname[m.kind],
                "1" if m.sender == ME else "0",
                ids[m.sender],
                room_id,
                msg,
                src,
                f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}",
            ]
        )
    write_text(path, "\ufeff" + _csv_text(rows, "\r\n"))


# ---------------------------------------------------------------------------- WhatsApp
def whatsapp_ios(path: Path, chat: Chat, me_name: str, style: str = "us") -> None:
    lines = []
    first = chat.messages[0].local - timedelta(minutes=3)
    enc = "\u200eMessages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."
    lines.append(f"[{_ios_date(first, style)}, {_ios_time(first)}] {chat.title}: {enc}")
    for m in chat.messages:
        who = me_name if m.sender == ME else m.sender
        ts = f"[{_ios_date(m.local, style)}, {_ios_time(m.local)}]"
        if m.kind == "text":
            lines.append(f"{ts} {who}: {m.text}")
        elif m.kind == "system":
            lines.append(f"\u200e{ts} {chat.title}: \u200e{m.text}")
        elif m.kind == "location":
            lines.append(
                f"{ts} {who}: \u200eLocation: https://maps.google.com/?q={m.lat:.6f},{m.lon:.6f}"
            )
        elif m.kind == "deleted":
            lines.append(f"{ts} {who}: \u200eThis message was deleted.")
        else:
            word = {"image": "image", "video": "video", "sticker": "sticker", "voice": "audio"}[
                m.kind
            ]
            lines.append(f"\u200e{ts} {who}: \u200e{word} omitted")
    write_text(path, "\n".join(lines) + "\n", newline="\r\n")


def _ios_date(t: datetime, style: str) -> str:
    if style == "us":
        return f"{t.month}/{t.day}/{t:%y}"
    return f"{t:%d/%m/%Y}"


def _ios_time(t: datetime) -> str:
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d}:{t.second:02d}\u202f{'AM' if t.hour < 12 else 'PM'}"


def whatsapp_android_zh(path: Path, chat: Chat, me_name: str) -> None:
    """Android export with a phone set to Simplified Chinese: YYYY/M/D HH:MM - name: text."""
    lines = []
    first = chat.messages[0].local - timedelta(minutes=5)
    lines.append(
        f"{_zh_date(first)} - 消息和通话已进行端到端加密。只有此对话中的成员才能读取、收听或分享。"
    )
    for m in chat.messages:
        who = me_name if m.sender == ME else m.sender
        ts = _zh_date(m.local)
        if m.kind == "text":
            lines.append(f"{ts} - {who}: {m.text}")
        elif m.kind == "system":
            lines.append(f"{ts} - {m.text}")
        elif m.kind == "location":
            lines.append(f"{ts} - {who}: 位置: https://maps.google.com/?q={m.lat:.6f},{m.lon:.6f}")
        elif m.kind == "deleted":
            lines.append(f"{ts} - {who}: 此消息已删除")
        else:
            lines.append(f"{ts} - {who}: <省略影音内容>")
    write_text(path, "\n".join(lines) + "\n")


def _zh_date(t: datetime) -> str:
    return f"{t.year}/{t.month}/{t.day} {t.hour:02d}:{t.minute:02d}"


# ---------------------------------------------------------------------------- Telegram
def telegram_message(
    mid: int, m: Msg, zone: str, me_name: str, ids: dict[str, str]
) -> dict[str, object]:
    who = me_name if m.sender == ME else m.sender
    d: dict[str, object] = {
        "id": mid,
        "type": "message",
        "date": m.local.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(epoch(zone, m.local)),
        "from": who,
        "from_id": ids[m.sender],
    }
    if m.kind == "location":
        d["location_information"] = {"latitude": m.lat, "longitude": m.lon}
        d["text"] = ""
        d["text_entities"] = []
    elif m.kind in ("image", "video", "voice", "sticker"):
        if m.kind == "image":
            d["photo"] = "(File not included. Change data exporting settings to download.)"
            d["width"] = 1280
            d["height"] = 960
        else:
            d["file"] = "(File not included. Change data exporting settings to download.)"
            d["media_type"] = {
                "video": "video_file",
                "voice": "voice_message",
                "sticker": "sticker",
            }[m.kind]
        d["text"] = ""
        d["text_entities"] = []
    else:
        d["text"], d["text_entities"] = _tg_text(m.text)
    return d


def _tg_text(text: str) -> tuple[object, list[dict[str, str]]]:
    import re

    parts: list[object] = []
    ents: list[dict[str, str]] = []
    pos = 0
    for mt in re.finditer(
        r"https?://\S+|@[A-Za-z][A-Za-z0-9_]{4,}|#\w+|[\w.+-]+@[\w-]+\.[\w.]+", text
    ):
        if mt.start() > pos:
            parts.append(text[pos : mt.start()])
            ents.append({"type": "plain", "text": text[pos : mt.start()]})
        tok = mt.group(0)
        typ = (
            "link"
            if tok.startswith("http")
            else "mention"
            if tok.startswith("@")
            else "hashtag"
            if tok.startswith("#")
            else "email"
        )
        parts.append({"type": typ, "text": tok})
        ents.append({"type": typ, "text": tok})
        pos = mt.end()
    if not parts:
        return text, [{"type": "plain", "text": text}] if text else []
    if pos < len(text):
        parts.append(text[pos:])
        ents.append({"type": "plain", "text": text[pos:]})
    return parts, ents


# ---------------------------------------------------------------------------- Messenger
def mojibake(obj: object) -> object:
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: mojibake(v) for k, v in obj.items()}
    return obj


def messenger_thread(path: Path, chat: Chat, zone: str, me_name: str, thread_path: str) -> None:
    msgs = []
    for m in sorted(chat.messages, key=lambda x: x.local, reverse=True):
        who = me_name if m.sender == ME else m.sender
        ms = epoch(zone, m.local) * 1000 + (m.local.second * 37) % 1000
        d: dict[str, object] = {"sender_name": who, "timestamp_ms": ms}
        if m.kind == "text":
            d["content"] = m.text
        elif m.kind == "image":
            d["photos"] = [
                {
                    "uri": f"your_facebook_activity/messages/inbox/{thread_path}/photos/{ms % 10**15}.jpg",
                    "creation_timestamp": ms // 1000,
                }
            ]
        elif m.kind == "sticker":
            d["sticker"] = {
                "uri": "your_facebook_activity/messages/stickers_used/369239263222822.png",
                "ai_stickers": [],
            }
        elif m.kind == "location":
            d["content"] = f"{who} sent a location."
            d["share"] = {
                "link": f"https://www.facebook.com/l.php?u=https%3A%2F%2Fmaps.google.com%2F%3Fq%3D{m.lat:.6f}%252C{m.lon:.6f}"
            }
        else:
            d["content"] = m.text or "You unsent a message" if m.kind == "deleted" else m.text
            if m.kind == "deleted":
                d["is_unsent"] = True
        d["is_geoblocked_for_viewer"] = False
        d["is_unsent_image_by_messenger_kid_parent"] = False
        msgs.append(d)
    obj = {
        "participants": [{"name": me_name if p == ME else p} for p in chat.members],
        "messages": msgs,
        "title": chat.title,
        "is_still_participant": True,
        "thread_path": f"inbox/{thread_path}",
        "magic_words": [],
        "image": {"uri": "", "creation_timestamp": 0} if chat.group else None,
        "joinable_mode": {"mode": 1, "link": ""},
    }
    if not chat.group:
        del obj["image"]
    write_text(path, json.dumps(mojibake(obj), ensure_ascii=True, indent=2) + "\n")


# ---------------------------------------------------------------------------- payments
def alipay_csv(
    path: Path, name: str, account: str, rows: list[dict[str, str]], export_at: datetime
) -> None:
    rows = sorted(rows, key=lambda r: r["time"], reverse=True)
    inc = [r for r in rows if r["dir"] == "收入"]
    out = [r for r in rows if r["dir"] == "支出"]
    neu = [r for r in rows if r["dir"] == "不计收支"]

    def tot(rs: list[dict[str, str]]) -> str:
        return f"{sum(float(r['amount']) for r in rs):.2f}"

    first = min(r["time"] for r in rows)[:10]
    last = max(r["time"] for r in rows)[:10]
    pre = [
        "-" * 84,
        "导出信息：",
        f"姓名：{name}",
        f"支付宝账户：{account}",
        f"起始时间：[{first} 00:00:00]    终止时间：[{last} 23:59:59]",
        "导出交易类型：[全部]",
        f"导出时间：[{export_at:%Y-%m-%d %H:%M:%S}]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {tot(inc)}元",
        f"支出：{len(out)}笔 {tot(out)}元",
        f"不计收支：{len(neu)}笔 {tot(neu)}元",
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
    ]
    header = [
        "交易时间",
        "交易分类",
        "交易对方",
        "对方账号",
        "商品说明",
        "收/支",
        "金额",
        "收/付款方式",
        "交易状态",
        "交易订单号",
        "商家订单号",
        "备注",
    ]
    widths = [20, 24, 24, 24, 24, 22, 20, 26, 24, 14, 20, 20]
    lines = [",".join(h.ljust(w - len(h)) for h, w in zip(header, widths, strict=True)) + ","]
    for r in rows:
        vals = [
            r["time"],
            r["cat"],
            r["party"],
            r.get("acct", "/"),
            r["item"],
            r["dir"],
            r["amount"],
            r.get("method", ""),
            r.get("status", "交易成功"),
            r["order"] + "\t",
            r.get("morder", "") + "\t",
            r.get("note", ""),
        ]
        cells = []
        for i, v in enumerate(vals):
            pad = widths[i] - len(v) - (1 if i == 0 else 0)
            cells.append(v + " " * max(1, pad) if i not in (9, 10) else v)
        lines.append(",".join(cells) + ",")
    write_text(path, "\n".join(pre + lines) + "\n", encoding="gbk")


def wechatpay_csv(path: Path, nick: str, rows: list[dict[str, str]], export_at: datetime) -> None:
    rows = sorted(rows, key=lambda r: r["time"], reverse=True)
    inc = [r for r in rows if r["dir"] == "收入"]
    out = [r for r in rows if r["dir"] == "支出"]
    neu = [r for r in rows if r["dir"] == "/"]
    first = min(r["time"] for r in rows)[:10]
    last = max(r["time"] for r in rows)[:10]

    def tot(rs: list[dict[str, str]]) -> str:
        return f"{sum(float(r['amount']) for r in rs):.2f}"

    e = ",,,,,,,,,,"
    pre = [
        "微信支付账单明细" + e,
        f"微信昵称：[{nick}]" + e,
        f"起始时间：[{first} 00:00:00] 终止时间：[{last} 23:59:59]" + e,
        "导出类型：[全部]" + e,
        f"导出时间：[{export_at:%Y-%m-%d %H:%M:%S}]" + e,
        e,
        f"共{len(rows)}笔记录" + e,
        f"收入：{len(inc)}笔 {tot(inc)}元" + e,
        f"支出：{len(out)}笔 {tot(out)}元" + e,
        f"中性交易：{len(neu)}笔 {tot(neu)}元" + e,
        "注：" + e,
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + e,
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + e,
        "3. 本明细仅供个人对账使用" + e,
        e,
        "----------------------微信支付账单明细列表--------------------" + e,
    ]
    body = [
        [
            "交易时间",
            "交易类型",
            "交易对方",
            "商品",
            "收/支",
            "金额(元)",
            "支付方式",
            "当前状态",
            "交易单号",
            "商户单号",
            "备注",
        ]
    ]
    for r in rows:
        body.append(
            [
                r["time"],
                r["type"],
                r["party"],
                r.get("item", "/"),
                r["dir"],
                "¥" + r["amount"],
                r.get("method", "零钱"),
                r.get("status", "支付成功"),
                r["order"] + "\t",
                r.get("morder", "/") + "\t",
                r.get("note", "/"),
            ]
        )
    write_text(path, "\n".join(pre) + "\n" + _csv_text(body))


# ---------------------------------------------------------------------------- location
def records_json(
    path: Path, points: list[tuple[datetime, float, float, int]], zone: str, device: int
) -> None:
    locs = []
    for t, lat, lon, acc in points:
        d: dict[str, object] = {
            "latitudeE7": round(lat * 1e7),
            "longitudeE7": round(lon * 1e7),
            "accuracy": acc,
            "source": "WIFI" if acc < 30 else "CELL" if acc > 400 else "GPS",
            "deviceTag": device,
            "timestamp": iso_z(zone, t),
        }
        locs.append(d)
    write_json(path, {"locations": locs})


def timeline_json(path: Path, segments: list[dict[str, object]]) -> None:
    write_json(
        path,
        {
            "semanticSegments": segments,
            "rawSignals": [],
            "userLocationProfile": {
                "persona": {"travelModeAffinities": [{"mode": "WALKING", "affinity": 0.6}]}
            },
        },
    )


def tl_visit(
    zone: str,
    start: datetime,
    end: datetime,
    lat: float,
    lon: float,
    place_id: str,
    stype: str,
    prob: float,
) -> dict[str, object]:
    off = int(_off_min(zone, start))
    return {
        "startTime": iso_offset(zone, start),
        "endTime": iso_offset(zone, end),
        "startTimeTimezoneUtcOffsetMinutes": off,
        "endTimeTimezoneUtcOffsetMinutes": int(_off_min(zone, end)),
        "visit": {
            "hierarchyLevel": 0,
            "probability": prob,
            "topCandidate": {
                "placeId": place_id,
                "semanticType": stype,
                "probability": round(prob - 0.1, 6),
                "placeLocation": {"latLng": f"{lat:.7f}°, {lon:.7f}°"},
            },
        },
    }


def tl_activity(
    zone: str,
    start: datetime,
    end: datetime,
    a: tuple[float, float],
    b: tuple[float, float],
    mode: str,
    metres: float,
) -> dict[str, object]:
    return {
        "startTime": iso_offset(zone, start),
        "endTime": iso_offset(zone, end),
        "startTimeTimezoneUtcOffsetMinutes": int(_off_min(zone, start)),
        "endTimeTimezoneUtcOffsetMinutes": int(_off_min(zone, end)),
        "activity": {
            "start": {"latLng": f"{a[0]:.7f}°, {a[1]:.7f}°"},
            "end": {"latLng": f"{b[0]:.7f}°, {b[1]:.7f}°"},
            "distanceMeters": metres,
            "topCandidate": {"type": mode, "probability": 0.87},
        },
    }


def tl_path(
    zone: str, start: datetime, pts: list[tuple[datetime, float, float]]
) -> dict[str, object]:
    end = start + timedelta(hours=2)
    return {
        "startTime": iso_offset(zone, start),
        "endTime": iso_offset(zone, end),
        "startTimeTimezoneUtcOffsetMinutes": int(_off_min(zone, start)),
        "endTimeTimezoneUtcOffsetMinutes": int(_off_min(zone, end)),
        "timelinePath": [
            {"point": f"{la:.7f}°, {lo:.7f}°", "time": iso_offset(zone, t)} for t, la, lo in pts
        ],
    }


def _off_min(zone: str, t: datetime) -> float:
    from gen_common import utc_offset

    return utc_offset(zone, t).total_seconds() / 60


def utc_str(zone: str, t: datetime, fmt: str) -> str:
    return to_utc(zone, t).strftime(fmt)
