"""WeChat chats as MemoTrace (WeChatMsg) writes them: ``<remark>_utf8.csv``, UTF-8 with BOM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from footprint.samples.common import PERSON, GroundTruth, Msg, Person, csv_text

HEADER = [
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


@dataclass(frozen=True)
class Contact:
    person: Person  # ``handle`` is the WeChat ID
    remark: str
    nickname: str


def _location(msg: Msg) -> str:
    return (
        '<?xml version="1.0"?>\n<msg>\n\t<location x="'
        f'{msg.lat:.6f}" y="{msg.lon:.6f}" scale="16" label="{msg.text}" maptype="0" '
        f'poiname="{msg.text}" poiid="" />\n</msg>'
    )


def chat(
    file: str,
    talker_id: int,
    me: Contact,
    contact: Contact,
    messages: Sequence[Msg],
    truth: GroundTruth,
) -> bytes:
    rows = [HEADER]
    for local_id, msg in enumerate(messages, start=1):
        mine = msg.author == me.person
        who = me if mine else contact
        kind, content = 1, msg.text
        if msg.kind == "media":
            kind, content = 3, ""
        elif msg.kind == "deleted":
            kind = 10000
            content = "你撤回了一条消息" if mine else f'"{who.nickname}" 撤回了一条消息'
        elif msg.kind == "location":
            kind, content = 48, _location(msg)
        elif msg.kind == "system":
            kind = 10000
        else:
            truth.plant_tags(file, msg.tags)
        rows.append(
            [
                str(local_id),
                str(talker_id),
                str(kind),
                "0",
                "1" if mine else "0",
                str(int(msg.when.timestamp())),
                "2" if mine else "3",
                content,
                f"{msg.when:%Y-%m-%d %H:%M:%S}",
                who.remark,
                who.nickname,
                who.person.handle,
            ]
        )
    for who in (me, contact):
        if who.remark == who.person.name:
            truth.plant(file, PERSON, who.person.name)
    return ("\ufeff" + csv_text(rows)).encode("utf-8")
