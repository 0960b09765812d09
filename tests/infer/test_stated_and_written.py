"""What the records state rather than suggest: a saved name that is a partner's or a
relative's word, a profile's partner and family list, a street address and an employer
written down when no location history exists, a business bearing the user's own name,
party dues, and a few health, faith and money words. Synthetic records, English and
Chinese, positive and negative cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from footprint.infer import infer_all, places, sensitive
from footprint.infer.address import name_relationship, stated_relationship
from footprint.infer.evaluate import _check, address_match
from footprint.infer.sentiment import polarity
from footprint.model import Contact, Message, Payment, ProfileFact, Record
from tests.infer.builders import ME, START
from tests.infer.test_accuracy_cues import _chat, _me, _one, _posts, _relationship, _value
from tests.infer.test_money import Ledger, _stress

SHANGHAI = ZoneInfo("Asia/Shanghai")

# --- saved names and stated relations ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "relationship"),
    [
        ("老婆", "partner"),
        ("我家老公", "partner"),
        ("老婆大人", "partner"),
        ("媳妇", "partner"),
        ("爱人", "partner"),
        ("Wife", "partner"),
        ("My Husband", "partner"),
        ("hubby ❤️", "partner"),
        ("大哥", "family"),
        ("二姐", "family"),
        ("三哥", "family"),
        ("小姨", "family"),
        ("儿子", "family"),
        ("妈", "family"),
        ("Mum", "family"),
        ("Mom 💕", "family"),
        ("Sis", "family"),
        ("Brother", "family"),
        # Cantonese, other languages spoken at home, and "our" with a first name
        ("阿妈", "family"),
        ("细佬", "family"),
        ("Hooyo 💛", "family"),
        ("Abuela", "family"),
        ("Our Jade", "family"),
    ],
)
def test_a_saved_name_that_is_a_kin_or_partner_word_states_it(name: str, relationship: str) -> None:
    assert name_relationship(name) == relationship


@pytest.mark.parametrize(
    "name",
    ["王姐", "欧阳老师", "老李", "小李", "阿姨", "Eilidh MacLeod", "Dad's friend Bob",
     "Priya Work", "bro", "Partner", "babe", "宝贝", "Our House Cleaning", "Jade"],
)  # fmt: skip
def test_a_name_holding_a_word_or_a_loose_word_states_nothing(name: str) -> None:
    assert name_relationship(name) is None


@pytest.mark.parametrize(
    ("relation", "relationship"),
    [("partner", "partner"), ("Brother", "family"), ("Mother", "family"), ("妻子", "partner"),
     ("Partner at KPMG", None), ("Manager at Tesco store", None), ("Friend", None)],
)  # fmt: skip
def test_a_stated_relation_is_read_whole(relation: str, relationship: str | None) -> None:
    assert stated_relationship(relation) == relationship


# A wife the user talks shop with: work talk fills the chat, the saved name decides.
_SHOP_TALK_ZH = [(True, "今天到了三百多个件"), (False, "客户又投诉了 加班吧"), (True, "下班了吗"),
                 (False, "开会说派费又降了"), (True, "好的收到"), (False, "晚上回来吃饭")]  # fmt: skip
_SHOP_TALK_EN = [(True, "the rota is out"), (False, "meeting ran late, deadline friday"),
                 (True, "client called about the invoice"), (False, "report done"),
                 (True, "ok"), (False, "see you at home")]  # fmt: skip


def test_a_wife_saved_as_such_is_a_partner_whatever_the_chat_talks_about() -> None:
    assert _relationship(_me() + _chat("老婆", _SHOP_TALK_ZH), "老婆") == "partner"
    assert _relationship(_me() + _chat("Wife", _SHOP_TALK_EN), "Wife") == "partner"
    assert _relationship(_me() + _chat("二姐", _SHOP_TALK_ZH), "二姐") == "family"


def _profile(*facts: tuple[str, str]) -> list[Record]:
    return [
        ProfileFact(source="facebook", path="profile_information.json", locator=f"$.f[{i}]",
                    field=field, value=value)
        for i, (field, value) in enumerate(facts)
    ]  # fmt: skip


def _listed(name: str, relation: str) -> Record:
    return Contact(source="facebook", path="profile_information.json",
                   locator=f"$.family[{name}]", name=name, text=relation)  # fmt: skip


_SMALL_TALK = [(True, "you about sat?"), (False, "tell me about it"), (True, "will do"),
               (False, "the telly is knackered again"), (True, "ha"), (False, "ok")]  # fmt: skip


def test_a_profile_names_the_partner_and_a_brother() -> None:
    records = [
        *_profile(("name", "Gary Holroyd")),
        _listed("Julie Holroyd", "partner"),
        _listed("Pete Holroyd", "Brother"),
        *_chat("Julie", _SMALL_TALK),
        *_chat("Pete Holroyd", _SMALL_TALK),
        *_chat("Jonno", _SMALL_TALK),
    ]
    assert _relationship(records, "Julie") == "partner"
    assert _relationship(records, "Pete Holroyd") == "family"
    assert _relationship(records, "Jonno") is None
    stated = _one(infer_all(records), "relationship", "Julie")
    assert stated is not None and stated.evidence


def test_a_first_name_shared_by_two_stated_people_matches_neither() -> None:
    records = [
        *_profile(("name", "Gary Holroyd")),
        _listed("Julie Holroyd", "partner"),
        _listed("Julie Smith", "Sister"),
        *_chat("Julie", _SMALL_TALK),
    ]
    assert _relationship(records, "Julie") is None


def test_a_namesake_with_a_quiet_chat_is_family() -> None:
    records = [*_profile(("name", "Gary Holroyd")), *_chat("Pete Holroyd", _SMALL_TALK)]
    assert _relationship(records, "Pete Holroyd") == "family"


# --- affection said both ways ------------------------------------------------------------

_COUPLE = [(False, "miss you"), (True, "miss you too"), (False, "love you x"),
           (True, "sleep well x"), (True, "cheers pal"), (False, "cheers pal"),
           (True, "ok"), (False, "lab meeting at 10")]  # fmt: skip


_MATES = [(True, "cheers pal"), (False, "cheers pal"), (True, "pint later?"), (False, "aye")]


def test_a_mates_word_said_to_everyone_does_not_make_a_couple_friends() -> None:
    # "cheers pal" is said to a mate too: a way of talking, it explains no affection.
    records = _me() + _chat("Eilidh Ross", _COUPLE) + _chat("Rab", _MATES)
    assert _relationship(records, "Eilidh Ross") == "partner"
    assert _relationship(records, "Rab") == "close_friend"
    zh = [(False, "宝 我换号了"), (True, "晚安"), (False, "晚安"), (True, "姐妹我裂开了"),
          (False, "姐妹我裂开了"), (True, "好的")]  # fmt: skip
    mates = [(True, "姐妹我裂开了"), (False, "姐妹 周六逛街不"), (True, "好")]
    records = _me() + _chat("阿杰", zh) + _chat("糖糖", mates)
    assert _relationship(records, "阿杰") == "partner"


def test_a_friends_own_words_still_explain_her_affection() -> None:
    # 姐妹 and 宝子 are said in her chat only: she is a friend, her 亲爱的 a friend's.
    lines = [(False, "姐妹！！"), (True, "宝子 周六逛街不"), (True, "爱你 mua"),
             (False, "亲爱的 借我你那条裙子"), (False, "抱抱"), (True, "好")]  # fmt: skip
    records = _me() + _chat("小雨", lines) + _chat("妈妈", [(True, "妈 我到了"), (False, "好")])
    assert _relationship(records, "小雨") == "close_friend"


# --- home and work written down -----------------------------------------------------------


def _message(text: str, mine: bool, chat: str = "Mum", day: int = 0) -> Message:
    return Message(source="whatsapp", path=f"WhatsApp Chat with {chat}.txt",
                   locator=f"line {day}-{mine}-{len(text)}",
                   timestamp=START + timedelta(days=day, hours=12), actor=ME if mine else chat,
                   counterparty=chat if mine else None, conversation=chat, text=text)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mine", "address"),
    [
        ("Is your address still flat 2/1, 47 Byres Road? Sending a card", False,
         "flat 2/1, 47 Byres Road"),
        ("my new address is 14 Example Road, Leeds LS6 3PX. see you soon", True,
         "14 Example Road, Leeds LS6 3PX"),
        ("妈 我新租的房子在雁塔区科技路12号绿地小区3栋1单元502 快递寄这里", True,
         "雁塔区科技路12号绿地小区3栋1单元502"),
        ("被子我直接寄你那了 武侯区玉林北路9号1栋2单元301室 没错吧", False,
         "武侯区玉林北路9号1栋2单元301室"),
    ],
)  # fmt: skip
def test_a_street_address_written_in_a_chat_is_home(text: str, mine: bool, address: str) -> None:
    found = _one(places.infer([*_me(), _message(text, mine)]), "home_address")
    assert found is not None and found.value["address"] == address and found.evidence


@pytest.mark.parametrize(
    ("text", "mine"),
    [
        ("I live at the end of the road", True),
        ("我住在成都", True),
        ("your address is in Leeds?", False),
        ("my address is on the form", True),
        ("can you send it to the office at 5 Bank Street", False),
    ],
)
def test_no_street_address_no_home(text: str, mine: bool) -> None:
    assert _one(places.infer([*_me(), _message(text, mine)]), "home_address") is None


def test_a_profile_address_and_a_profile_employer() -> None:
    records = [
        *_profile(
            ("name", "Gary Holroyd"),
            ("address", "Rose Cottage, 3 Mill Lane\nHorsforth, Leeds, LS18 5HX"),
            ("work", "Postman at Royal Mail"),
        ),
        *_chat("Jonno", _SMALL_TALK, days=3),
    ]
    found = infer_all(records)
    home = _one(found, "home_address")
    employer = _one(found, "employer")
    assert home is not None and "3 Mill Lane" in str(home.value["address"])
    assert employer is not None and employer.value["employer"] == "Royal Mail"


def test_the_salary_payer_is_the_employer_without_a_work_place() -> None:
    ledger = Ledger("微信支付账单.csv", "CNY")
    for month in range(1, 5):
        ledger.pay(datetime(2024, month, 10, 9, tzinfo=SHANGHAI), "3500.00", "工资",
                   counterparty="西安某某软件有限公司")  # fmt: skip
    employer = _one(infer_all(ledger.records), "employer")
    assert employer is not None and employer.value["employer"] == "西安某某软件有限公司"


@pytest.mark.parametrize(
    "payer", ["青岛市社会保险事业中心", "DWP STATE PENSION", "Acme Pension Trust"]
)
def test_a_pension_office_is_no_employer(payer: str) -> None:
    """A retired person's pension is income, but whoever pays it is not their employer."""
    ledger = Ledger("微信支付账单.csv", "CNY")
    for month in range(1, 5):
        ledger.pay(datetime(2024, month, 10, 9, tzinfo=SHANGHAI), "6230.00", "养老金",
                   counterparty=payer)  # fmt: skip
    assert _one(infer_all(ledger.records), "employer") is None


@pytest.mark.parametrize(
    ("got", "wanted", "same"),
    [
        ("flat 2/1, 47 dumbarton rd", "Flat 2/1, 47 Dumbarton Road, Glasgow G11 6PD", True),
        ("48 dumbarton rd", "Flat 2/1, 47 Dumbarton Road, Glasgow G11 6PD", False),
        ("Tessa K, 1862 S Pearl St Apt 4, Denver", "1862 S Pearl St Apt 4, Denver, CO 80210", True),
        ("3 MILL LANE LS18 5HX", "Rose Cottage, 3 Mill Lane, Horsforth, Leeds LS18 5HX", True),
        ("Leeds LS18 5HX", "Rose Cottage, 3 Mill Lane, Horsforth, Leeds LS18 5HX", True),
        ("Leeds LS18 5HY", "Rose Cottage, 3 Mill Lane, Horsforth, Leeds LS18 5HX", False),
        ("雁塔区电子二路86号", "雁塔区电子二路86号枫林绿洲三期5栋2单元1102", True),
        ("雁塔区电子二路88号", "雁塔区电子二路86号枫林绿洲三期5栋2单元1102", False),
    ],
)  # fmt: skip
def test_written_addresses_compare_by_house_and_street(got: str, wanted: str, same: bool) -> None:
    assert address_match(got, wanted) is same


def test_the_scorer_judges_home_and_work_by_what_is_written() -> None:
    records = [
        *_profile(("address", "Flat 2/1, 47 Byres Road, Glasgow G12 8QQ"),
                  ("work", "PhD student at University of Glasgow")),
        *_chat("Ross", _SMALL_TALK, days=3),
    ]  # fmt: skip
    found = infer_all(records)
    home = {"lat": 55.87, "lon": -4.29, "address": "47 Byres Road, Glasgow G12 8QQ"}
    assert _check("home", home, found)[2]
    assert _check("work", {"lat": 55.87, "lon": -4.29, "employer": "University of Glasgow"},
                  found)[2]  # fmt: skip
    assert not _check("work", {"lat": 55.87, "lon": -4.29, "employer": "NHS"}, found)[2]


# --- traits ----------------------------------------------------------------------------


def test_gout_in_chinese_and_english() -> None:
    assert (
        _value(sensitive.infer(_posts(["痛风又犯了 脚肿得走不了", "尿酸又高了"])), "health")
        == "gout"
    )
    assert (
        _value(sensitive.infer(_posts(["gout flare again", "on colchicine now"])), "health")
        == "gout"
    )


def test_giving_to_a_basilica_is_christian() -> None:
    records = _posts(["what's for dinner"])
    for month in (1, 2, 3):
        records.append(
            Payment(source="chase", path="chase.csv", locator=f"row {month}",
                    timestamp=datetime(2024, month, 15, tzinfo=UTC),
                    counterparty="ST MARY BASILICA ONLINE GIVING", amount=Decimal("-40.00"),
                    currency="USD")
        )  # fmt: skip
    assert _value(sensitive.infer(records), "religion") == "christian"


def test_a_basilica_street_is_no_church() -> None:
    records = _posts(["what's for dinner"])
    records.append(
        Payment(source="chase", path="chase.csv", locator="row 1", timestamp=START,
                counterparty="BASILICA ST DELI", amount=Decimal("-9.00"), currency="USD")
    )  # fmt: skip
    assert _value(sensitive.infer(records), "religion") is None


@pytest.mark.parametrize(
    ("payee", "party"),
    [("Scottish Green Party Membership", "Green"), ("Labour Party membership", "Labour"),
     ("中共某某公司支部委员会 5月党费", "Communist Party of China")],
)  # fmt: skip
def test_party_dues_say_membership(payee: str, party: str) -> None:
    records = _posts(["what's for dinner"])
    for month in (1, 2):
        records.append(
            Payment(source="bank", path="bank.csv", locator=f"row {month}",
                    timestamp=datetime(2024, month, 14, tzinfo=UTC), counterparty=payee,
                    amount=Decimal("-6.00"), currency="GBP")
        )  # fmt: skip
    found = _one(sensitive.infer(records), "politics")
    assert found is not None and found.value["party"] == party
    assert "member" in str(found.value["value"])


def test_a_party_shop_purchase_is_no_membership() -> None:
    records = _posts(["what's for dinner"])
    records.append(
        Payment(source="bank", path="bank.csv", locator="row 1", timestamp=START,
                counterparty="The Greens Garden Centre", amount=Decimal("-6.00"), currency="GBP")
    )  # fmt: skip
    assert _one(sensitive.infer(records), "politics") is None


@pytest.mark.parametrize(
    "text",
    ["那帮当官的真不是东西", "那帮当官的就是吸老百姓的血", "他们早晚要遭报应", "又蹬鼻子上脸了"],
)
def test_chinese_condemnation_reads_negative(text: str) -> None:
    assert polarity(text) < -0.05


def test_asking_to_borrow_tens_of_thousands_is_hardship() -> None:
    ledger = Ledger("微信支付账单.csv", "CNY")
    ledger.say(datetime(2024, 5, 3, 20, tzinfo=SHANGHAI), "哥 先借我两万 店里周转不开", chat="大哥")
    ledger.pay(datetime(2024, 5, 4, 9, tzinfo=SHANGHAI), "20000.00", "借款 年底还",
               counterparty="孙某")  # fmt: skip
    assert _stress(ledger).get("hardship")


def _slack_dm(name: str, lines: list[tuple[bool, str]], days: int = 5) -> list[Record]:
    out: list[Record] = []
    for day in range(days):
        for index, (mine, text) in enumerate(lines):
            out.append(
                Message(source="slack", path=f"slack/D01/{day}.json", locator=f"$[{index}]",
                        timestamp=START + timedelta(days=day, hours=10, minutes=index),
                        actor=ME if mine else name, counterparty=name if mine else None,
                        conversation="D01", text=text)
            )  # fmt: skip
    return out


def test_a_direct_chat_in_a_workplace_tool_is_a_colleagues() -> None:
    lines = [(True, "you about later?"), (False, "yeah, after 4"), (True, "thanks")]
    assert _relationship(_me() + _slack_dm("Anjali Rao", lines), "Anjali Rao") == "colleague"
    # The same words on WhatsApp say nothing.
    assert _relationship(_me() + _chat("Anjali Rao", lines), "Anjali Rao") is None


@pytest.mark.parametrize("line", ["can u ask mom", "tell mum I said hi", "new flat, if mom asks"])
def test_a_bare_parent_both_share_makes_siblings(line: str) -> None:
    lines = [(False, line), (True, "ok"), (False, "bears lost again lol"), (True, "lmao")]
    assert _relationship(_me() + _chat("Danny", lines), "Danny") == "family"


def test_my_mom_is_no_shared_parent() -> None:
    lines = [(False, "ask my mom"), (True, "ok"), (False, "bears lost again lol"), (True, "lmao")]
    assert _relationship(_me() + _chat("Danny", lines), "Danny") is None


def _post(text: str, index: int = 0) -> Record:
    return Message(source="facebook", path="posts.json", locator=f"$[{index}]",
                   timestamp=START + timedelta(days=index), actor=ME, text=text)  # fmt: skip


def test_my_oldest_mate_named_in_a_post_is_a_close_friend_by_his_short_name() -> None:
    records = [*_me(), _post("Happy 60th to my oldest mate Jonathan Pickersgill 🍺"),
               *_chat("Jonno", _SMALL_TALK), *_chat("Julie", _SMALL_TALK)]  # fmt: skip
    assert _relationship(records, "Jonno") == "close_friend"
    assert _relationship(records, "Julie") is None


def test_a_short_name_two_contacts_could_be_matches_neither() -> None:
    records = [*_me(), _post("Happy 60th to my oldest mate Jonathan Pickersgill"),
               *_chat("Jonno", _SMALL_TALK), *_chat("Jon", _SMALL_TALK)]  # fmt: skip
    assert _relationship(records, "Jonno") is None
    assert _relationship(records, "Jon") is None


def test_my_bestie_in_chinese() -> None:
    records = [*_me(), _post("周末和我闺蜜小雨去逛街了"), *_chat("小雨", _SMALL_TALK)]
    assert _relationship(records, "小雨") == "close_friend"


@pytest.mark.parametrize("name", ["Father Miguel Soto", "Sister Mary Clare", "Fr. Declan Byrne"])
def test_a_clergy_title_in_a_saved_name_is_no_kin(name: str) -> None:
    """A priest saved as "Father Miguel Soto" is addressed "Father" but is not family."""
    records = [
        *_me(),
        *_chat(name, [(True, "Father, thank you for the blessing"), *_SMALL_TALK], days=6),
    ]
    assert _relationship(records, name) != "family"


def test_a_saved_kin_word_alone_is_still_family() -> None:
    records = [*_me(), *_chat("Father", _SMALL_TALK, days=6)]
    assert _relationship(records, "Father") == "family"


def test_a_nuns_title_addressed_is_no_kin() -> None:
    """ "thanks sister" to Sister Mary Clare is her title, not a sibling's word."""
    records = [*_me(), *_chat("Sister Mary Clare", [(True, "thanks sister"), *_SMALL_TALK], days=6)]
    assert _relationship(records, "Sister Mary Clare") != "family"
