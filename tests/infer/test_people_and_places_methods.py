"""Methods found missing by blind personas: who the user is, names the user saved
contacts under, names others call a group member, homes known only from evenings,
shop QR payments, foreign-relations opinions. Synthetic data, English and Chinese."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from footprint.infer import places, politics, social
from footprint.infer.address import name_labels
from footprint.infer.frame import normalize_identifier, prepare
from footprint.infer.stance import text_stance
from footprint.model import LocationPoint, Message, Payment, ProfileFact, Record

T0 = datetime(2024, 9, 2, 9, tzinfo=UTC)


def _msg(
    path: str,
    n: int,
    actor: str,
    text: str,
    chat: str,
    counterparty: str | None = None,
    source: str = "whatsapp",
    minutes: int = 7,
) -> Message:
    return Message(
        source=source, path=path, locator=f"line {n}", timestamp=T0 + timedelta(minutes=minutes * n),
        actor=actor, counterparty=counterparty, conversation=chat, text=text,
    )  # fmt: skip


def _one_to_one(
    chat: str,
    me: str,
    theirs: list[str],
    mine: list[str],
    *,
    source: str = "whatsapp",
    title: str | None = None,
    offset: int = 0,
) -> list[Record]:
    """Alternating messages of a 1:1 chat; the user's carry the chat's name as counterparty."""
    title = title or chat
    out: list[Record] = []
    for i, (their, my) in enumerate(zip(theirs, mine, strict=True)):
        n = offset + 2 * i
        out.append(_msg(f"{source}/{chat}", n, chat, their, title, me, source))
        out.append(_msg(f"{source}/{chat}", n + 1, me, my, title, chat, source))
    return out


def _fact(field: str, value: str, n: int) -> ProfileFact:
    return ProfileFact(
        source="facebook", path="profile_information.json", locator=f"$.p[{n}]",
        field=field, value=value,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("user", "relative", "fact"),
    [
        ("Jordan Alvarez", "Linda Alvarez", "Linda Alvarez (Mother)"),
        ("李思远", "王秀英", "王秀英 (母亲)"),
    ],
)
def test_a_family_member_in_the_profile_is_not_the_user(
    user: str, relative: str, fact: str
) -> None:
    records: list[Record] = [
        _fact("name", user, 0),
        _fact("family_member", fact, 1),
        _fact("relationship", f"In a relationship with {relative}x", 2),
        *_one_to_one(relative, user, ["hi"] * 30, ["hey"] * 30, source="messenger"),
        *_one_to_one("Friend", user, ["yo"] * 3, ["ok"] * 3, source="messenger", offset=100),
    ]
    inp = prepare(records)
    assert inp.frame.loc[inp.frame["actor"] == relative, "is_me"].eq(False).all()
    stats = social.contact_stats(inp)
    assert int(stats.loc[stats["name"] == relative, "messages"].iloc[0]) == 60


def test_user_named_differently_in_one_app_is_found_by_who_writes_to_the_titled_chat() -> None:
    """WhatsApp calls the user "Rhys"; an Instagram thread titled after the sister
    ("Instagram: Ellie Callaghan") shows the user's full name as the other author."""
    records: list[Record] = []
    for k, friend in enumerate(["Mum", "Jonno", "Dave"]):
        records += _one_to_one(friend, "Rhys", ["hiya"] * 5, ["hi"] * 5, offset=20 * k)
    records += _one_to_one(
        "Ellie Callaghan", "Rhys Callaghan", ["have u rung mum"] * 6, ["not yet"] * 6,
        source="messenger", title="Instagram: Ellie Callaghan", offset=200,
    )  # fmt: skip
    inp = prepare(records)
    assert "rhys callaghan" in inp.user.keys
    stats = social.contact_stats(inp)
    assert "Rhys Callaghan" not in set(stats["name"])
    row = stats[stats["name"] == "Ellie Callaghan"].iloc[0]
    assert (int(row["sent"]), int(row["received"])) == (6, 6)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Priya Work", {"colleague"}),
        ("Dave work", {"colleague"}),
        ("赵磊-同事", {"colleague"}),
        ("Mum", {"family"}),
        ("妈", {"family"}),
        ("老婆", {"partner"}),
        ("Workman", set()),  # a word inside a longer part is not a label
        ("王姐-拾光咖啡", set()),  # 王姐 is a name: 姐 inside it is not a label
        ("Soph ❤️", set()),
        ("Linda Alvarez", set()),
        ("Glen (landlord)", {"landlord"}),
        ("房东孟叔", {"landlord"}),  # a role glued to the name it labels
        ("孟叔(房东)", {"landlord"}),
        ("小孙同事", {"colleague"}),
        ("老公公", set()),  # a father-in-law: kin words are not read glued on
    ],
)
def test_name_labels(name: str, expected: set[str]) -> None:
    assert {cue.relationship for cue in name_labels(name)} == expected


@pytest.mark.parametrize(
    ("name", "theirs", "mine"),
    [
        ("Priya Work", ["coffee?", "got it", "thanks!"], ["sure", "on my way", "10 min"]),
        ("李雷 同事", ["中午吃啥", "好嘞", "谢谢"], ["都行", "马上到", "十分钟"]),
    ],
)
def test_the_name_the_user_saved_says_colleague(
    name: str, theirs: list[str], mine: list[str]
) -> None:
    records = _one_to_one(name, "me", theirs * 5, mine * 5)
    found = {
        i.value["name"]: i.value["relationship"]
        for i in social.infer(records)
        if i.key == "relationship"
    }
    assert found == {name: "colleague"}


@pytest.mark.parametrize(
    ("joke", "affection_theirs", "affection_mine"),
    [
        (
            "yes mum 🙄",
            ["love u", "miss you", "sleep well x", "love you lol"],
            ["sorry babe x", "love you", "miss u", "night babe"],
        ),
        (
            "是，妈🙄",
            ["爱你", "想你了", "晚安", "么么哒"],
            ["宝贝晚安", "爱你", "想你", "亲爱的你到了吗"],
        ),
    ],
)
def test_one_line_repeated_as_a_joke_does_not_explain_affection(
    joke: str, affection_theirs: list[str], affection_mine: list[str]
) -> None:
    theirs = affection_theirs * 4 + ["did u eat"] * 6
    mine = affection_mine * 4 + [joke] * 6
    records = _one_to_one("Sam", "me", theirs, mine)
    found = {
        i.value["name"]: i.value["relationship"]
        for i in social.infer(records)
        if i.key == "relationship"
    }
    assert found == {"Sam": "partner"}


def _group(source: str, chat: str, lines: list[tuple[str, str]]) -> list[Record]:
    return [
        _msg(f"{source}/{chat}", n, actor, text, chat, chat, source, minutes=3)
        for n, (actor, text) in enumerate(lines)
    ]


@pytest.mark.parametrize(
    ("member", "rant", "answer", "called"),
    [
        ("wxid_liu77", "房价又涨了 政府不管", "老刘又来了", "老刘"),
        ("wxid_liu77", "城管又来了 烦死", "刘哥消消气", "刘哥"),
        ("447700900111", "Westminster is a joke", "Gaz, calm down mate", "Gaz"),
    ],
)
def test_a_member_known_by_id_is_named_as_others_answer_them(
    member: str, rant: str, answer: str, called: str
) -> None:
    lines: list[tuple[str, str]] = []
    for i in range(6):
        lines += [
            (member, f"{rant} {i}"),
            ("wxid_other1", answer),
            ("me", "哈哈"),
            ("wxid_other2", "ok"),
        ]
    records = _group("wechat", "同学群", lines)
    inp = prepare(records)
    person = inp.people.get(normalize_identifier(member))
    assert person is not None and person.name == called
    # Nobody else gets the name: the answers to others do not start with it.
    assert inp.people.get("wxid_other1") is None or inp.people.get("wxid_other1").name != called  # type: ignore[union-attr]


@pytest.mark.parametrize("answer", ["@刘建伟 少发点这些", "@刘建伟\u2005群里有老师"])
def test_an_at_mention_names_the_member_it_answers_a_few_messages_later(answer: str) -> None:
    # Others post in between: an @mention answers one of the last few authors.
    lines: list[tuple[str, str]] = []
    for i in range(6):
        lines += [
            ("wxid_liu77", f"当官的都不管 {i}"),
            (f"wxid_other{2 + i % 3}", "图片"),
            ("wxid_other1", answer),
            (f"wxid_other{2 + (i + 1) % 3}", f"周末聚吗 {i}"),
        ]
    inp = prepare(_group("wechat", "同学群", lines))
    person = inp.people.get(normalize_identifier("wxid_liu77"))
    assert person is not None and person.name == "刘建伟"
    for other in ("wxid_other2", "wxid_other3", "wxid_other4"):
        assert inp.people.get(other) is None or inp.people.get(other).name != "刘建伟"  # type: ignore[union-attr]


def test_an_at_mention_after_the_same_two_authors_names_neither() -> None:
    lines = [
        ("wxid_liu77", "当官的都不管"),
        ("wxid_zhao8", "图片"),
        ("wxid_other1", "@刘建伟 别发了"),
    ]
    inp = prepare(_group("wechat", "同学群", lines * 5))
    for member in ("wxid_liu77", "wxid_zhao8"):
        person = inp.people.get(member)
        assert person is None or person.name == member


@pytest.mark.parametrize("answer", ["周末 有空吗", "高兴 一下"])
def test_a_word_opening_answers_is_no_name(answer: str) -> None:
    lines = [("wxid_liu77", "今天吃啥"), ("wxid_other1", answer), ("me", "好")] * 5
    inp = prepare(_group("wechat", "同学群", lines))
    person = inp.people.get(normalize_identifier("wxid_liu77"))
    assert person is None or person.name == "wxid_liu77"


def test_a_group_name_in_member_fields_is_no_members_name() -> None:
    """A group chat is several authors: never a contact, whatever its rows' fields say."""
    lines = [("wxid_a", "hi"), ("wxid_b", "yo"), ("me", "hey"), ("wxid_c", "ok")] * 5
    inp = prepare(_group("wechat", "川大群", lines))
    assert "川大群" not in set(social.contact_stats(inp)["name"])


def _points(lat: float, lon: float, hour: int, days: int) -> list[Record]:
    return [
        LocationPoint(
            source="wechat",
            path="chat.csv",
            locator=f"row {hour}-{d}",
            timestamp=datetime(2024, 9, 2 + d, hour, 45, tzinfo=UTC),
            lat=lat,
            lon=lon,
        )
        for d in range(days)
        if (datetime(2024, 9, 2 + d).weekday() < 5)
    ]


@pytest.mark.parametrize(
    ("home", "work"),
    [((30.6318, 104.0559), (30.5460, 104.0691)), ((53.8195, -1.5765), (53.7962, -1.5560))],
)
def test_without_night_records_the_evenings_find_home(
    home: tuple[float, float], work: tuple[float, float]
) -> None:
    """Locations shared in a chat before work (08:45) and after it (19:45): never at night."""
    records = [*_points(*work, 8, 20), *_points(*home, 19, 20)]
    found = {i.key: i for i in places.infer(records)}
    assert (found["home"].value["lat"], found["home"].value["lon"]) == pytest.approx(home, abs=1e-3)
    assert (found["work"].value["lat"], found["work"].value["lon"]) == pytest.approx(work, abs=1e-3)
    assert found["home"].evidence
    assert found["home"].confidence <= places.EVENING_HOME_CONFIDENCE


def test_night_records_still_decide_home_over_evenings() -> None:
    home, gym = (53.8195, -1.5765), (53.80, -1.60)
    records = [*_points(*gym, 19, 20), *_points(*gym, 20, 20), *_points(*home, 2, 20)]
    found = {i.key: i for i in places.infer(records)}
    assert found["home"].value["lat"] == pytest.approx(home[0], abs=1e-3)
    assert found["home"].confidence > places.EVENING_HOME_CONFIDENCE


def _pay(n: int, who: str, kind: str, text: str) -> Payment:
    return Payment(
        source="wechat_pay", path="bill.csv", locator=f"row {n}",
        timestamp=T0 + timedelta(days=n), counterparty=who, text=text,
        amount=Decimal("-30"), currency="CNY", category=kind,
    )  # fmt: skip


def test_a_shops_qr_code_is_not_a_person() -> None:
    records: list[Record] = [_pay(n, "某某冒菜店", "商户消费", "收款") for n in range(10)]
    records += [_pay(20 + n, "张浩", "转账", "/") for n in range(2)]
    records += [_pay(30 + n, "Corner Cafe", "Purchase", "收款") for n in range(3)]
    names = set(social.contact_stats(records)["name"])
    assert "张浩" in names and "某某冒菜店" not in names and "Corner Cafe" not in names


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Leaving the single market was self harm", True),
        ("The 'Brexit dividend' is still missing", True),
        ("脱欧真是一场灾难", True),
        ("they told us Brexit would make us better off", None),  # the promiser's praise
        ("不是说改革以后会更好吗", None),
        ("mum what's my NHS number again, the new GP form wants it", None),
    ],
)
def test_foreign_relations_stance(text: str, negative: bool | None) -> None:
    found = text_stance(text)
    if negative is None:
        assert not found
    else:
        assert found and found[0].negative is negative


def test_brexit_critic_is_critical_of_a_named_policy() -> None:
    tweets = [
        "Leaving the single market was self harm",
        "The 'Brexit dividend' is still missing, what a disaster",
        "Brexit was a terrible mistake",
    ]
    records = [_msg("x/tweets.js", n, "me", t, "Jonno", "Jonno") for n, t in enumerate(tweets)]
    records += [_msg("x/tweets.js", 10 + n, "Jonno", "ok", "Jonno") for n in range(3)]
    from footprint.infer.frame import prepare as _prepare

    inp = _prepare(records)
    own = inp.frame.index[inp.frame["is_me"]]
    (claim,) = politics.infer_politics(inp, own)
    assert claim.value["topic"] == "foreign_relations"
    assert "brexit" in claim.value["value"].casefold()
