"""A user has one partner: pet names said in several chats mark the one that holds the
most of them, and once the partner is settled the others' 宝 or "babe" says only that the
two are close. Siblings talk like mates ("dude", 兄弟): with a shared surname or a shared
parent that register is family's. A parent named bare as an owner ("mom's ITIN", 妈生日)
is a parent both writers share."""

from __future__ import annotations

import pytest

from footprint.infer.address import cues
from tests.infer.test_accuracy_cues import _chat, _me, _relationship

# --- one partner -------------------------------------------------------------------------

_PARTNER_ZH = [(False, "宝 下班了没"), (True, "宝 刚到家"), (False, "晚安"), (True, "晚安"),
               (False, "抱抱"), (True, "想你了"), (False, "今晚吃什么"), (True, "都行"),
               (False, "亲亲"), (True, "爱你"), (False, "宝宝 想你")]  # fmt: skip
_FRIEND_ZH = [(False, "宝 周末逛街不"), (True, "宝 可以"), (True, "晚安"), (False, "晚安"),
              (False, "抱抱")]  # fmt: skip
_PARTNER_EN = [(False, "hey babe how was work"), (True, "long day babe"), (False, "love you"),
               (True, "love you too"), (False, "miss you"), (True, "what's for tea"),
               (False, "pasta"), (True, "night babe"), (False, "sweet dreams"),
               (True, "miss you more")]  # fmt: skip
_FRIEND_EN = [(False, "hey babe you free sat"), (True, "yes babe"), (False, "love you"),
              (True, "love you")]  # fmt: skip


@pytest.mark.parametrize(
    ("partner", "friend"), [(_PARTNER_ZH, _FRIEND_ZH), (_PARTNER_EN, _FRIEND_EN)]
)
def test_pet_names_in_two_chats_make_one_partner(
    partner: list[tuple[bool, str]], friend: list[tuple[bool, str]]
) -> None:
    records = _me() + _chat("Robin", partner) + _chat("Alex", friend)
    assert _relationship(records, "Robin") == "partner"
    # Pet names said both ways by someone who is not the partner: a close friend's.
    assert _relationship(records, "Alex") == "close_friend"


@pytest.mark.parametrize(
    "other",
    [
        [(False, "宝 吃饭没"), (True, "妈 吃了"), (False, "宝 晚安"), (True, "晚安 妈")],
        [(False, "night babe"), (True, "night mum"), (False, "love you babe"), (True, "love you mum")],
        [(False, "宝 吃饭没"), (False, "宝 晚安"), (True, "嗯")],  # said one way only
        [(False, "hey babe"), (False, "love you babe"), (True, "ok")],
    ],
)  # fmt: skip
def test_pet_names_of_kin_or_said_one_way_are_no_friends(other: list[tuple[bool, str]]) -> None:
    records = _me() + _chat("Robin", _PARTNER_ZH + _PARTNER_EN) + _chat("Alex", other)
    assert _relationship(records, "Alex") != "close_friend"


@pytest.mark.parametrize(
    "own",
    [
        [(False, "亲爱的 睡了没"), (True, "亲爱的 还没"), (False, "么么哒"), (True, "么么哒")],
        [(False, "hey darling"), (True, "hi darling"), (False, "xoxo"), (True, "xoxo")],
    ],
)
def test_a_runner_up_with_pet_names_of_its_own_gets_no_label(own: list[tuple[bool, str]]) -> None:
    # Pet names said in that chat only: it might be the partner after all; no guess.
    records = _me() + _chat("Robin", _PARTNER_ZH + _PARTNER_EN) + _chat("Alex", own)
    assert _relationship(records, "Robin") == "partner"
    assert _relationship(records, "Alex") is None


def test_a_partner_kept_by_messages_alone_leaves_the_others_unlabelled() -> None:
    # As much affection, but more messages: the partner, though not beyond doubt, so the
    # other chat's pet names are no friend's either.
    both = [
        (False, "宝 吃了没"),
        (True, "宝 吃了"),
        (False, "晚安"),
        (True, "晚安"),
        (False, "抱抱"),
    ]
    more = [*both, (False, "今天好热"), (True, "是啊"), (False, "好")]
    records = _me() + _chat("Robin", more) + _chat("Alex", both)
    assert _relationship(records, "Robin") == "partner"
    assert _relationship(records, "Alex") is None


def test_as_much_affection_and_as_many_messages_make_no_partner() -> None:
    records = _me() + _chat("Robin", _FRIEND_ZH) + _chat("Alex", _FRIEND_ZH)
    assert _relationship(records, "Robin") is None
    assert _relationship(records, "Alex") is None


def test_one_chat_with_pet_names_is_still_a_partner() -> None:
    assert _relationship(_me() + _chat("Robin", _PARTNER_ZH), "Robin") == "partner"
    assert _relationship(_me() + _chat("Robin", _PARTNER_EN), "Robin") == "partner"


@pytest.mark.parametrize(
    "work",
    [
        [(False, "宝 明天开会"), (True, "收到"), (False, "报表发我一下"), (True, "好的收到"),
         (False, "宝 下午开会别忘了"), (True, "收到 辛苦了")],
        [(False, "babe the meeting moved"), (True, "noted, the deadline too?"),
         (False, "yes send the report before the meeting"), (True, "ok the client wants it"),
         (False, "babe the project deadline is friday"), (True, "on the rota for friday")],
    ],
)  # fmt: skip
def test_a_colleagues_pet_name_does_not_contest_work_talk_once_the_partner_is_settled(
    work: list[tuple[bool, str]],
) -> None:
    records = _me() + _chat("Robin", _PARTNER_ZH + _PARTNER_EN) + _chat("Kim", work)
    assert _relationship(records, "Robin") == "partner"
    assert _relationship(records, "Kim") == "colleague"


@pytest.mark.parametrize("friend", [_FRIEND_ZH, _FRIEND_EN])
def test_a_saved_partner_leaves_other_pet_names_to_friends(friend: list[tuple[bool, str]]) -> None:
    records = _me() + _chat("老婆", [(False, "到家没"), (True, "快了")]) + _chat("Alex", friend)
    assert _relationship(records, "老婆") == "partner"
    assert _relationship(records, "Alex") == "close_friend"


# --- siblings talk like mates ----------------------------------------------------------


def test_a_namesake_who_talks_like_a_mate_is_family() -> None:
    lines = [(False, "dude you around tonight"), (True, "dude no, working"), (False, "ok"),
             (True, "dude did you see the game")]  # fmt: skip
    assert _relationship(_me() + _chat("Kyle Wells", lines), "Kyle Wells") == "family"
    # Without the shared surname the same talk is a friend's.
    assert _relationship(_me() + _chat("Kyle Moss", lines), "Kyle Moss") == "close_friend"


def test_a_shared_parent_and_mates_talk_is_family_in_chinese() -> None:
    lines = [(False, "兄弟 在吗"), (True, "兄弟 在"), (False, "咱妈说周末回家吃饭"), (True, "好"),
             (False, "兄弟 你去不")]  # fmt: skip
    assert _relationship(_me() + _chat("阿强", lines), "阿强") == "family"
    friend = [(False, "兄弟 在吗"), (True, "兄弟 在"), (False, "兄弟 周末开黑"), (True, "好")]
    assert _relationship(_me() + _chat("阿强", friend), "阿强") == "close_friend"


# --- a bare parent as an owner -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("do u have mom's ITIN? her tax lady is asking", True),
        ("Dad's birthday is sunday, what are we getting him", True),
        ("grandma's house this weekend?", True),
        ("妈生日快到了 买什么", True),
        ("爸的药吃完了", True),
        ("my mom's car broke down", False),
        ("your dad's so funny", False),
        ("the dad's group meets at 6", False),
        ("mum's doing puja at home this weekend", False),  # "mum is": their own mum
        ("dad's got a cold", False),
        ("mom's in hospital again", False),
        ("我妈生日快到了", False),
        ("妈的 又堵车", False),  # a curse, not a parent
    ],
)
def test_a_bare_parent_as_an_owner_is_a_shared_parent(text: str, shared: bool) -> None:
    assert any(cue.kind == "shared_family" for cue in cues(text)) is shared


# --- a register word said in every chat ----------------------------------------------------


@pytest.mark.parametrize("word", ["dude", "兄弟"])
def test_a_mates_word_said_in_every_chat_is_a_register_not_a_friendship(word: str) -> None:
    lines = [(False, f"{word} you around"), (True, f"{word} yes"), (False, "ok"),
             (True, f"{word} see you")]  # fmt: skip
    names = ["Jo", "Sam", "Ali", "Kit"]
    records = _me() + [r for name in names for r in _chat(name, lines)]
    assert all(_relationship(records, name) is None for name in names)


@pytest.mark.parametrize("word", ["dude", "兄弟"])
def test_the_chat_that_holds_most_of_a_mates_word_is_still_a_friend(word: str) -> None:
    mate = [(False, f"{word} you around"), (True, f"{word} yes"), (False, f"{word} pints?"),
            (True, f"{word} go on"), (False, f"{word} 7pm"), (True, f"nice {word}")]  # fmt: skip
    once = [(False, f"{word} ok"), (True, "fine")]
    records = _me() + _chat("Jo", mate, days=30) + _chat("Sam", once, days=2)
    records += _chat("Ali", once, days=2)
    assert _relationship(records, "Jo") == "close_friend"


# --- own working hours are no shared work ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("下班没", False),
        ("这个周末我加班 呜呜", False),
        ("不想上班", False),
        ("working late again, save me some dinner", False),
        ("团建的报销单发我一下", True),
        ("新同事明天入职", True),
        ("can you cover my break", True),
        ("send me ur email for the overtime sheet", True),
        ("my work laptop is dying", True),
    ],
)
def test_own_working_hours_are_no_colleague_cue(text: str, work: bool) -> None:
    assert any(cue.relationship == "colleague" for cue in cues(text)) is work


@pytest.mark.parametrize(
    "lines",
    [
        [(False, "下班没"), (True, "刚下班"), (False, "想你"), (True, "想你了"),
         (False, "这个周末我加班 呜呜"), (True, "晚安 早点睡"), (False, "晚安"),
         (True, "又加班"), (False, "下班来接我")],
        [(False, "off work yet?"), (True, "working late again"), (False, "miss you"),
         (True, "miss you too babe"), (False, "night babe"), (True, "working late tmrw too")],
    ],
)  # fmt: skip
def test_a_partner_who_asks_about_the_users_hours_is_no_colleague(
    lines: list[tuple[bool, str]],
) -> None:
    assert _relationship(_me() + _chat("Robin", lines), "Robin") == "partner"


# --- a parent both writers share, named bare ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("ring mum she's worried", True),
        ("did mom call u too lol", True),
        ("text dad back", True),
        ("你给妈打个电话", True),
        ("跟妈说一声 我周末回去", True),
        ("ring my mum later", False),
        ("did my mom call you", False),
        ("我跟我妈说了", False),
        ("我陪我妈去医院", False),
    ],
)
def test_a_bare_parent_as_an_object_is_a_shared_parent(text: str, shared: bool) -> None:
    assert any(cue.kind == "shared_family" for cue in cues(text)) is shared


@pytest.mark.parametrize(
    "lines",
    [
        [(False, "hey sis"), (True, "ring mum she's worried"), (False, "ok will do"),
         (True, "did mom call u too")],
        [(False, "姐 在吗"), (True, "你给妈打个电话"), (False, "好"), (True, "跟妈说一声")],
    ],
)  # fmt: skip
def test_a_kinship_word_and_a_shared_parent_make_family(lines: list[tuple[bool, str]]) -> None:
    assert _relationship(_me() + _chat("Kit", lines), "Kit") == "family"


@pytest.mark.parametrize(
    "text",
    ["boss wants the invoices by friday", "customer wasn't home", "working from home today",
     "who's on call this weekend", "HR says your form is missing"],
)  # fmt: skip
def test_shared_work_words(text: str) -> None:
    assert any(cue.relationship == "colleague" for cue in cues(text))


# --- the user's surname from the name they post under --------------------------------------


def test_a_namesake_of_the_name_the_user_pays_under_is_family() -> None:
    from decimal import Decimal

    from footprint.model import Payment
    from tests.infer.builders import ME, START

    paid = [
        Payment(source="venmo", path="venmo.csv", locator=f"row {i}", timestamp=START,
                actor=ME, counterparty="Corner Deli", text="lunch", amount=Decimal("-9.50"),
                currency="USD")
        for i in range(3)
    ]  # fmt: skip
    small_talk = [(True, "you about sat?"), (False, "the game was mad"), (True, "ha")]
    records = paid + _chat("Kyle Wells", small_talk) + _chat("Kyle Moss", small_talk)
    assert _relationship(records, "Kyle Wells") == "family"
    assert _relationship(records, "Kyle Moss") is None


# --- a software team's work, older friends' pastimes ----------------------------------------


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("今天站会改到十点半", "colleague"),
        ("需求评审又延期了", "colleague"),
        ("测试环境又挂了 你看下", "colleague"),
        ("can you do the code review before the deploy", "colleague"),
        ("明天去钓鱼不", "close_friend"),
        ("来斗地主 差一个", "close_friend"),
        ("下午茶馆坐一哈 喝茶去", "close_friend"),
        ("poker night at mine friday", "close_friend"),
    ],
)
def test_shared_work_and_pastimes(text: str, relationship: str) -> None:
    assert any(cue.relationship == relationship for cue in cues(text))


def test_a_partner_who_mentions_the_users_bugs_is_no_colleague() -> None:
    # Asking about someone's own job ("fixing bugs again?") is no shared work.
    assert not any(cue.relationship == "colleague" for cue in cues("你又在改bug吗"))


@pytest.mark.parametrize(
    ("lines", "relationship"),
    [
        ([(False, "明天钓鱼不"), (True, "要得 几点走"), (False, "六点半楼下等"), (True, "好"),
          (False, "晚上喝两杯"), (True, "来斗地主 差一个"), (False, "茶馆坐一哈")], "close_friend"),
        ([(False, "今天站会改到十点半"), (True, "收到"), (False, "测试环境又挂了"),
          (True, "这个bug复现不了"), (False, "需求评审又延期了"), (True, "发版到几点")], "colleague"),
    ],
)  # fmt: skip
def test_pastimes_make_a_friend_and_shared_work_a_colleague(
    lines: list[tuple[bool, str]], relationship: str
) -> None:
    assert _relationship(_me() + _chat("老周", lines), "老周") == relationship


# --- a heart in the saved name ------------------------------------------------------------

_EVERYDAY = [(False, "what time u back"), (True, "about 6"), (False, "ok see u then"),
             (True, "can u get milk"), (False, "will do x"), (True, "ta x"), (False, "home now")]  # fmt: skip


def test_a_heart_in_the_saved_name_says_partner() -> None:
    records = _me() + _chat("Tom ❤️", _EVERYDAY * 2) + _chat("Ciara", _EVERYDAY * 2)
    assert _relationship(records, "Tom ❤️") == "partner"
    assert _relationship(records, "Ciara") != "partner"


def test_a_heart_beside_a_kin_word_stays_kin() -> None:
    records = _me() + _chat("Mum ❤️", _EVERYDAY)
    assert _relationship(records, "Mum ❤️") == "family"


@pytest.mark.parametrize("heart", ["💕", "💛", "💚", "🧡", "❤️"])
def test_a_heart_on_the_saved_name_outweighs_a_few_more_messages(heart: str) -> None:
    # Friends get pet names too ("babe", "hun"); a heart beside a saved name is chosen for one
    # person, so it settles which of two close scores is the partner.
    both = [
        (False, "hey babe"),
        (True, "hi hun"),
        (False, "love you"),
        (True, "love you"),
        (False, "night babe"),
    ]
    more = [*both, (False, "its so hot today"), (True, "ikr"), (False, "ok")]
    records = _me() + _chat("Robin", more) + _chat(f"Alex {heart}", both)
    assert _relationship(records, f"Alex {heart}") == "partner"
    assert _relationship(records, "Robin") != "partner"


@pytest.mark.parametrize("saved", ["Tita Baby", "Tito Boy", "Nani", "Khala"])
def test_an_aunt_or_a_grandparent_saved_by_her_title_is_family(saved: str) -> None:
    # Kinship titles families use at home (Tagalog, Spanish, Hindi/Urdu) beside a nickname
    # that is also a pet name ("Baby"): kin explains the affection.
    records = _me() + _chat(saved, [(False, "kain na"), (True, "ok po"), (False, "ingat")])
    assert _relationship(records, saved) == "family"
