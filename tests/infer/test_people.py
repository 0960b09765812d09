"""The alias model: one person per identity, named as the user would name them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from footprint.infer import social
from footprint.infer.frame import prepare
from footprint.infer.people import Person
from footprint.model import Message, Record, pack_raw_fields

T0 = datetime(2024, 9, 1, 9, tzinfo=UTC)


def _chat(
    source: str,
    path: str,
    conversation: str,
    senders: list[tuple[str, dict[str, str]]],
    *,
    mine: int = 2,
    each: int = 3,
) -> list[Record]:
    """``each`` messages from every (actor, raw fields) of ``senders`` and ``mine`` from me."""
    out: list[Record] = []
    n = 0
    for actor, raw in [*senders, *[("me", {})] * mine]:
        for _ in range(each):
            n += 1
            out.append(
                Message(
                    source=source,
                    path=path,
                    locator=f"row {n}",
                    timestamp=T0 + timedelta(minutes=n),
                    actor=actor,
                    counterparty=conversation if actor == "me" else None,
                    conversation=conversation,
                    text="在吗" if n % 2 else "ok",
                    raw_fields=pack_raw_fields(raw.items()),
                )
            )
    return out


def _memotrace(remark: str, nickname: str, sender: str, talker: str) -> dict[str, str]:
    return {"Sender": sender, "TalkerId": talker, "Remark": remark, "NickName": nickname}


# (case, records, contact key looked up, expected display name, expected aliases)
CASES = [
    (
        "memotrace remark over nickname",
        _chat("wechat", "老周_utf8.csv", "老周",
              [("老周", _memotrace("老周", "周志鹏", "wxid_zzp90", "wxid_zzp90"))]),
        "周志鹏", "老周", ("周志鹏", "wxid_zzp90"),
    ),
    (
        "memotrace chat title over nickname when no remark",
        _chat("wechat", "陈昊_utf8.csv", "陈昊", [("Hao", _memotrace("", "Hao", "wxid_h1", "wxid_h1"))]),
        "hao", "陈昊", ("Hao", "wxid_h1"),
    ),
    (
        "memotrace group sender: the group display name of a member without a remark",
        _chat("wechat", "群_utf8.csv", "同学群",
              [("周志鹏", _memotrace("", "周志鹏", "老周同学", "2093@chatroom")),
               ("吴昊天", _memotrace("", "吴昊天", "吴昊天", "2093@chatroom"))]),
        "老周同学", "周志鹏", ("老周同学",),
    ),
    (
        "pywxdump title from the file, wxid kept as alias",
        _chat("wechat_pywxdump", "大姐.csv", "大姐",
              [("大姐", {"talker": "zhouweihong_xy", "room_name": "zhouweihong_xy"})]),
        "zhouweihong_xy", "大姐", ("zhouweihong_xy",),
    ),
    (
        "pywxdump auto-generated file name: the wxid is all there is",
        _chat("wechat_pywxdump", "wxid_lgf_0_9.csv", "wxid_lgf",
              [("wxid_lgf", {"talker": "wxid_lgf", "room_name": "wxid_lgf"})]),
        "wxid_lgf", "wxid_lgf", (),
    ),
    (
        "pywxdump group member: the user's remark, their own nickname from users.json an alias",
        _chat("wechat_pywxdump", "2233@chatroom_0_9.csv", "同学群",
              [("老车", {"talker": "wxid_che", "room_name": "2233@chatroom", "remark": "老车",
                         "nickname": "车宏伟"}),
               ("阿美", {"talker": "wxid_mei", "room_name": "2233@chatroom"})]),
        "wxid_che", "老车", ("车宏伟", "wxid_che"),
    ),
    (
        "telegram personal chat titled by the user",
        _chat("telegram", "result.json", "Mum", [("Fiona Fraser", {})]),
        "fiona fraser", "Mum", ("Fiona Fraser",),
    ),
    (
        "a tool's label before the name is not a title",
        _chat("messenger", "inbox/jane_1/message_1.json", "Messenger: Jane Doe", [("Jane Doe", {})]),
        "jane doe", "Jane Doe", (),
    ),
    (
        "a message's subject is not a title",
        _chat("reddit", "messages.csv", "re: debt advice", [("yusuf_rides", {})]),
        "yusuf_rides", "yusuf_rides", (),
    ),
    (
        "whatsapp chat named after the contact: no alias",
        _chat("whatsapp", "WhatsApp Chat with Bri.txt", "Bri", [("Bri", {})]),
        "bri", "Bri", (),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "records", "key", "name", "aliases"), CASES, ids=[c[0] for c in CASES]
)
def test_display_name_and_aliases(
    case: str, records: list[Record], key: str, name: str, aliases: tuple[str, ...]
) -> None:
    # A second chat makes "me" the author present everywhere.
    other = _chat("whatsapp", "other.txt", "Zoe", [("Zoe", {})])
    inp = prepare([*records, *other])
    assert inp.people.get(key) == Person(name, aliases), case


def test_one_wxid_under_two_names_is_one_person_named_by_the_remark() -> None:
    """The 1:1 chat knows them as 老周 (the user's remark); the group by their nickname."""
    private = _chat("wechat", "老周_utf8.csv", "老周",
                    [("老周", _memotrace("老周", "周志鹏", "wxid_zzp90", "wxid_zzp90"))])  # fmt: skip
    group = _chat("wechat", "群_utf8.csv", "同学群",
                  [("周志鹏", _memotrace("", "周志鹏", "wxid_zzp90", "2093@chatroom")),
                   ("吴昊天", _memotrace("", "吴昊天", "wxid_wht", "2093@chatroom"))], each=5)  # fmt: skip
    inp = prepare([*private, *group])
    stats = social.contact_stats(inp)
    assert "周志鹏" not in set(stats["name"])
    row = stats[stats["name"] == "老周"].iloc[0]
    assert row["received"] == 3 + 5 and row["aliases"] == ["周志鹏", "wxid_zzp90"]
    top = next(i for i in social.infer(inp) if i.key == "top_contacts")
    first = top.value["contacts"][0]
    assert first["name"] == "老周" and "周志鹏" in first["aliases"]
    assert "老周 (周志鹏)" in top.claim


def test_same_nickname_of_two_accounts_stays_two_people() -> None:
    a = _chat("wechat", "a_utf8.csv", "wxid_a1",
              [("Mike", _memotrace("", "Mike", "wxid_a1", "wxid_a1"))])  # fmt: skip
    b = _chat("wechat", "b_utf8.csv", "wxid_b2",
              [("Mike Li", _memotrace("", "Mike Li", "wxid_b2", "wxid_b2"))])  # fmt: skip
    inp = prepare([*a, *b])
    assert inp.people.get("mike") != inp.people.get("mike li")


def test_several_titles_for_one_person_are_topics_not_their_name() -> None:
    first = _chat("telegram", "a/result.json", "Plans", [("Sam Lee", {})])
    second = _chat("telegram", "b/result.json", "Holiday", [("Sam Lee", {})])
    inp = prepare([*first, *second])
    assert inp.people.get("sam lee") == Person("Sam Lee")
