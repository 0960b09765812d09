"""Cues and rules behind the planted facts: each with the case it must catch and the
look-alike it must not (a courier's depot, not his lunchtime stop; 佛系 is not Buddhism;
"I didn't go to the protest" is no protest)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from footprint.infer import infer_all, places, routine, sensitive, social
from footprint.infer.base import Inference
from footprint.infer.evaluate import _aliases, _check, _relationships
from footprint.infer.frame import prepare
from footprint.model import LocationPoint, LocationVisit, Message, Payment, ProfileFact, Record
from tests.infer.builders import ME, START

DEPOT = (51.4979, -0.0497)
HOME = (51.4453, -0.0206)
MOSQUE = (51.4521, -0.0179)


def _one(found: Sequence[Inference], key: str, subject: str | None = None) -> Inference | None:
    return next(
        (i for i in found if i.key == key and (subject is None or i.subject == subject)), None
    )


def _me() -> list[Record]:
    return [
        ProfileFact(
            source="twitter",
            path="data/account.js",
            locator="$[0].account.accountDisplayName",
            field="display_name",
            value=ME,
        )
    ]


def _chat(name: str, lines: Iterable[tuple[bool, str]], days: int = 20) -> list[Record]:
    """A 1:1 WhatsApp chat with ``name``: (from me?, text) lines, repeated on ``days`` days."""
    path = f"WhatsApp Chat with {name}.txt"
    out: list[Record] = []
    lines = list(lines)
    for day in range(days):
        for index, (mine, text) in enumerate(lines):
            out.append(
                Message(
                    source="whatsapp",
                    path=path,
                    locator=f"line {len(out) + 1}",
                    timestamp=START + timedelta(days=day, hours=12, minutes=index),
                    actor=ME if mine else name,
                    counterparty=name if mine else None,
                    conversation=name,
                    text=text,
                )
            )
    return out


def _relationship(records: list[Record], name: str) -> str | None:
    found = _one(social.infer(records), "relationship", name)
    return None if found is None else str(found.value["relationship"])


# -- places ----------------------------------------------------------------------------


def _courier(days: int = 56) -> list[Record]:
    """Home at night; evening shifts at a depot (17:30 to after midnight) on six days a
    week; a 50-minute stop at a mosque on Friday lunchtimes; fixes every 4 minutes on the
    way between them."""
    rng = random.Random(5)
    out: list[Record] = []

    def visit(start: datetime, end: datetime, where: tuple[float, float]) -> None:
        out.append(
            LocationVisit(
                source="google_timeline",
                path="Timeline.json",
                locator=f"$.timelineObjects[{len(out)}]",
                timestamp=start,
                end=end,
                lat=where[0],
                lon=where[1],
            )
        )

    def ride(start: datetime, origin: tuple[float, float], to: tuple[float, float]) -> datetime:
        for step in range(1, 9):
            out.append(
                LocationPoint(
                    source="google_timeline",
                    path="Timeline.json",
                    locator=f"$.timelineObjects[{len(out)}]",
                    timestamp=start + timedelta(minutes=4 * step),
                    lat=origin[0] + (to[0] - origin[0]) * step / 9,
                    lon=origin[1] + (to[1] - origin[1]) * step / 9,
                )
            )
        return start + timedelta(minutes=36)

    left_home = START
    for day in range(days):
        date = START + timedelta(days=day)
        if date.weekday() == 4:
            prayer = date.replace(hour=13, minute=rng.randint(0, 5))
            visit(left_home, ride(prayer - timedelta(minutes=36), HOME, MOSQUE), HOME)
            visit(prayer, prayer + timedelta(minutes=50), MOSQUE)
            left_home = ride(prayer + timedelta(minutes=50), MOSQUE, HOME)
        if date.weekday() != 1:
            shift = date.replace(hour=17, minute=30 + rng.randint(-10, 10))
            visit(left_home, ride(shift - timedelta(minutes=36), HOME, DEPOT), HOME)
            end = date.replace(hour=23, minute=30) + timedelta(minutes=rng.randint(0, 60))
            visit(shift, end, DEPOT)
            left_home = ride(end, DEPOT, HOME)
    return out


def test_work_is_the_depot_of_evening_shifts_not_a_lunchtime_stop() -> None:
    found = places.infer(_courier())
    work, home = _one(found, "work"), _one(found, "home")
    assert work is not None and home is not None
    assert places.haversine_m(work.value["lat"], work.value["lon"], *DEPOT) < 150
    assert places.haversine_m(home.value["lat"], home.value["lon"], *HOME) < 150
    hours = _one(found, "work_hours")
    assert hours is not None
    # A shift that ends after midnight is reported late, not as an early-morning end.
    assert hours.value["start"].startswith("17")
    assert hours.value["end"] >= "23:00" or hours.value["end"] < "01:00"


def test_fixes_on_the_way_weigh_the_time_until_the_next_record() -> None:
    rows = places.location_rows(prepare(_courier(7)))
    fixes = rows[rows["kind"] == "location_point"]
    visits = rows[rows["kind"] == "location_visit"]
    assert fixes["weight"].max() <= places.MAX_FIX_HOURS
    assert fixes["weight"].median() == pytest.approx(4 / 60)
    assert visits["weight"].median() > 1
    # At the depot (17:20 to 00:30 at most) the evening counts half, the small hours not.
    shifts = visits[(visits["lat"] - DEPOT[0]).abs() < 1e-6]
    assert not shifts.empty
    assert shifts["work_weight"].max() <= (24 - 17 - 20 / 60) * 0.5 + 1e-9


def test_office_hours_still_beat_evenings_elsewhere() -> None:
    out: list[Record] = []
    office, pub = (53.47, -2.29), (53.48, -2.24)
    for day in range(28):
        date = START + timedelta(days=day)
        if date.weekday() >= 5:
            continue
        for start, end, where in (
            (date.replace(hour=9), date.replace(hour=17), office),
            (date.replace(hour=18), date.replace(hour=23), pub),
        ):
            out.append(
                LocationVisit(
                    source="google_timeline",
                    path="Timeline.json",
                    locator=f"$[{len(out)}]",
                    timestamp=start,
                    end=end,
                    lat=where[0],
                    lon=where[1],
                )
            )
    work = _one(places.infer(out), "work")
    assert work is not None
    assert places.haversine_m(work.value["lat"], work.value["lon"], *office) < 150


# -- sleep window ----------------------------------------------------------------------


def _sends(times: Iterable[datetime]) -> list[Record]:
    return [
        Message(
            source="whatsapp",
            path="WhatsApp Chat with Pat.txt",
            locator=f"line {index + 1}",
            timestamp=when,
            actor=ME,
            counterparty="Pat",
            conversation="Pat",
            text="ok",
        )
        for index, when in enumerate(sorted(times))
    ]


def test_sleep_starts_at_bedtime_not_at_a_typical_last_message() -> None:
    # Awake 07:30-23:45 with four messages a day: the last one of a night is often hours
    # before bed (its 80th percentile is 22:30), yet the quiet hours begin at bedtime.
    rng = random.Random(11)
    times = []
    for day in range(60):
        wake = (START + timedelta(days=day)).replace(hour=7, minute=30)
        for _ in range(4):
            times.append(wake + timedelta(minutes=rng.randint(0, 16 * 60 + 15)))
    window = _one(routine.infer(_sends(times)), "sleep_window")
    assert window is not None
    # Within three quarters of an hour of bed (23:45) and of waking (07:30); the window is
    # narrowed by routine.SETTLE_MINUTES at each end, most people being awake a while
    # beyond their last and first activity.
    assert _minutes_apart(window.value["start"], "23:45") <= 45
    assert _minutes_apart(window.value["end"], "07:30") <= 45


def _minutes_apart(clock: str, other: str) -> int:
    a, b = (int(c[:2]) * 60 + int(c[3:]) for c in (clock, other))
    return min((a - b) % 1440, (b - a) % 1440)


def test_sleep_window_from_activity_that_fades_out_before_bed() -> None:
    # Asleep 23:30-07:00, but like most people the user's messages thin out over the
    # evening and start a while after waking: the edges of the activity are not the night.
    rng = random.Random(5)
    times = []
    for day in range(70):
        date = START + timedelta(days=day)
        for _ in range(10):  # the day: 08:00-21:00
            times.append(date.replace(hour=8) + timedelta(minutes=rng.randint(0, 13 * 60)))
        for _ in range(rng.randint(0, 2)):  # the late evening, now and then: 21:00-22:45
            times.append(date.replace(hour=21) + timedelta(minutes=rng.randint(0, 105)))
        if rng.random() < 0.4:  # an early message, some mornings: 07:30-08:00
            times.append(date.replace(hour=7, minute=rng.randint(30, 59)))
    window = _one(routine.infer(_sends(times)), "sleep_window")
    assert window is not None
    assert _minutes_apart(window.value["start"], "23:30") <= 60
    assert _minutes_apart(window.value["end"], "07:00") <= 60


def test_a_file_of_dates_only_does_not_put_activity_at_midnight() -> None:
    # A bank's QIF gives dates only, read as midnight: that says nothing about when the
    # user was up, and must not move the night to after midnight.
    rng = random.Random(8)
    times = []
    records: list[Record] = []
    for day in range(60):
        date = START + timedelta(days=day)
        for _ in range(12):
            times.append(date.replace(hour=7) + timedelta(minutes=rng.randint(0, 15 * 60)))
        if day % 2 == 0:
            records.append(
                Payment(
                    source="qif",
                    path="bank/statement.qif",
                    locator=f"record {day}",
                    timestamp=date,
                    counterparty="Tesco",
                    amount=Decimal("-12.00"),
                    currency="GBP",
                )
            )
    window = _one(routine.infer(_sends(times) + records), "sleep_window")
    assert window is not None
    assert _minutes_apart(window.value["start"], "22:30") <= 60
    assert _minutes_apart(window.value["end"], "07:00") <= 60
    heat = routine.heatmap_frame(_sends(times) + records)
    assert int(heat[0].sum()) == 0


def test_a_scheduled_payment_at_six_does_not_end_the_night() -> None:
    rng = random.Random(2)
    times = []
    records: list[Record] = []
    for day in range(60):
        date = START + timedelta(days=day)
        for hour in range(8, 24):
            times.append(date.replace(hour=hour, minute=rng.randint(0, 50)))
        if day % 10 == 3:
            records.append(
                Payment(
                    source="revolut",
                    path="revolut.csv",
                    locator=f"row {day}",
                    timestamp=date.replace(hour=6),
                    counterparty="Lending Stream",
                    amount=Decimal("-95.00"),
                    currency="GBP",
                )
            )
    window = _one(routine.infer(_sends(times) + records), "sleep_window")
    assert window is not None
    # The day starts at 08:00 (less routine.SETTLE_MINUTES), not at the payment at 06:00.
    assert "07:15" <= window.value["end"] <= "08:30"
    # The same party at the same minute every tenth day is a schedule, not the user up
    # (routine.scheduled): no night counts as interrupted.
    assert window.confidence == 0.95


def test_no_sleep_window_without_a_quiet_stretch() -> None:
    rng = random.Random(4)
    times = [
        START + timedelta(days=day, minutes=rng.randint(0, 1439))
        for day in range(40)
        for _ in range(200)
    ]
    assert _one(routine.infer(_sends(times)), "sleep_window") is None


# -- relationships ---------------------------------------------------------------------


def test_bro_from_a_mate_is_a_close_friend_not_family() -> None:
    lines = [(False, "bro that was a pen"), (True, "fifa?"), (False, "on in 10")]
    assert _relationship(_me() + _chat("Brian Skinner", lines), "Brian Skinner") == "close_friend"


def test_little_bro_is_family() -> None:
    lines = [(True, "how's my little bro doing"), (False, "mum says hi")]
    assert _relationship(_me() + _chat("Adam Price", lines), "Adam Price") == "family"


def test_chat_cues_outweigh_a_shared_surname() -> None:
    # Work talk outweighs the surname; two work words alone are too weak for a label.
    work = [(False, "meeting moved to 3"), (True, "can you check the quarterly report")]
    assert _relationship(_me() + _chat("Liam Wells", work), "Liam Wells") != "family"
    work += [
        (False, "Kind regards, Liam"),
        (True, "noted, I'll send the draft before the deadline"),
    ]
    assert _relationship(_me() + _chat("Liam Wells", work), "Liam Wells") == "colleague"
    # When the chat says little, the shared surname is what tells.
    quiet = [(False, "catch up at the shop")]
    records = _me() + _chat("Kate Wells", quiet, days=1)
    found = _one(social.infer(records), "relationship", "Kate Wells")
    assert found is not None and found.value["relationship"] == "family"
    assert found.evidence


def test_kinship_slang_from_someone_with_the_users_surname_is_family() -> None:
    # "bro" is a mate's word, but a brother's too: the shared surname (Wells) tells.
    lines = [(False, "alright bro"), (True, "ok love"), (False, "flights booked")]
    assert _relationship(_me() + _chat("Gary Wells", lines), "Gary Wells") == "family"
    assert _relationship(_me() + _chat("Gary Hughes", lines), "Gary Hughes") == "close_friend"
    # A wife shares the surname too: her pet names still say partner (on two days: one
    # message of affection is no pattern).
    wife = [(False, "hey babe"), (True, "ok")]
    assert _relationship(_me() + _chat("Linda Wells", wife, days=2), "Linda Wells") == "partner"


def test_jie_and_ge_alone_decide_nothing() -> None:
    # 姐/哥 address an older friend as often as a sister or brother.
    alone = [(True, "姐 晚上去公园走走？"), (False, "好"), (True, "谢谢姐")]
    assert _relationship(_me() + _chat("淑芬姐", alone), "淑芬姐") is None
    friend = [*alone, (False, "好姐妹，明天逛街吗")]
    assert _relationship(_me() + _chat("淑芬姐", friend), "淑芬姐") == "close_friend"
    # A sister goes shopping with the user too: a friend's weak word is no clear lean.
    shopping = [*alone, (False, "逛街去不")]
    assert _relationship(_me() + _chat("淑芬姐", shopping, days=3), "淑芬姐") is None
    family = [*alone, (False, "咱妈最近咋样")]
    assert _relationship(_me() + _chat("淑芬姐", family), "淑芬姐") == "family"
    # The same for "sis" in English.
    sis = [(True, "hey sis you coming?"), (False, "yes"), (True, "thanks sis")]
    assert _relationship(_me() + _chat("Dana Price", sis), "Dana Price") is None
    # Saved under the kinship word alone, as relatives are: family.
    assert _relationship(_me() + _chat("大姐", alone), "大姐") == "family"
    assert _relationship(_me() + _chat("Sis", sis), "Sis") == "family"


_FILLER = [(True, "ok"), (False, "yeah"), (True, "see you later"), (False, "👍"),
           (True, "what's for tea"), (False, "pasta"), (True, "lovely"), (False, "on my way"),
           (True, "drive safe"), (False, "home"), (True, "good"), (False, "night")]  # fmt: skip
_FILLER_ZH = [(True, "好"), (False, "嗯"), (True, "晚上吃啥"), (False, "饺子"), (True, "行"),
              (False, "钥匙在鞋柜上"), (True, "知道了"), (False, "到家了"), (True, "哦"),
              (False, "饭在锅里"), (True, "好的"), (False, "快了")]  # fmt: skip


def test_a_spouse_saved_by_a_spouse_term_despite_talk_of_work() -> None:
    # Asking when the other finishes work is what a spouse does: work words in a small
    # share of a chat are no colleague's; the saved name (老头子, Hubby) says partner.
    zh = [*_FILLER_ZH, (False, "你几点下班")]
    assert _relationship(_me() + _chat("老头子", zh), "老头子") == "partner"
    en = [*_FILLER, (False, "what time does your shift end")]
    assert _relationship(_me() + _chat("Hubby", en), "Hubby") == "partner"
    # Without a spouse term, passing work talk gives no label at all.
    assert _relationship(_me() + _chat("王建国", zh), "王建国") is None
    assert _relationship(_me() + _chat("Ken Lowe", en), "Ken Lowe") is None


def test_a_pet_name_said_to_everyone_does_not_beat_a_work_label() -> None:
    # The user says "ok love" / "好的亲" to everyone: a habit, not a partner's name.
    en = (
        _me()
        + _chat("Jo", [(True, "ok love"), (False, "love you"), (True, "night love")])
        + _chat("Sam (work)", [(True, "ok love"), (False, "rota's up")])
        + _chat("Pete Warehouse", [(True, "ok love"), (False, "forklift's broken again")])
        + _chat("Aunt Mo", [(True, "ok love"), (False, "x")], days=3)
    )
    assert _relationship(en, "Sam (work)") == "colleague"
    assert _relationship(en, "Pete Warehouse") == "colleague"
    assert _relationship(en, "Jo") == "partner"
    zh = (
        _me()
        + _chat("老公", [(True, "好的亲"), (False, "爱你"), (True, "好的亲 晚安")])
        + _chat("小周 同事", [(True, "好的亲"), (False, "明天几点到")])
        + _chat("阿强 仓库", [(True, "好的亲"), (False, "叉车又坏了")])
        + _chat("小美", [(True, "好的亲"), (False, "嗯")], days=3)
    )
    assert _relationship(zh, "小周 同事") == "colleague"
    assert _relationship(zh, "阿强 仓库") == "colleague"
    assert _relationship(zh, "老公") == "partner"


def test_a_partners_name_the_user_says_to_many_weighs_where_said_most() -> None:
    partner = [(True, "ok bae"), (False, "babe 💕"), (True, "night bae"), (True, "bae you up")]
    pet = [(True, "ok bae"), (False, "shift swap?"), (False, "cool")]
    en = (
        _me()
        + _chat("Tia", partner)
        + _chat("Kev", pet, days=5)
        + _chat("Ron", pet, days=5)
        + _chat("Mo", pet, days=5)
    )
    assert _relationship(en, "Tia") == "partner"
    assert _relationship(en, "Kev") is None
    zh_partner = [(True, "好的宝贝"), (False, "亲爱的"), (True, "晚安宝贝")]
    zh_pet = [(True, "好的宝贝"), (False, "明天见"), (False, "嗯")]
    zh = _me() + _chat("小雨", zh_partner) + _chat("阿明", zh_pet, days=5)
    zh += _chat("大刘", zh_pet, days=5) + _chat("老周", zh_pet, days=5)
    assert _relationship(zh, "小雨") == "partner"
    assert _relationship(zh, "阿明") is None


def test_a_joke_or_a_mates_word_does_not_outweigh_a_couples_affection() -> None:
    # Pet names and "love you" said both ways every day: a couple, though one says "night
    # son" as a joke and the other "long day man".
    couple = [
        (True, "night gorgeous x"),
        (False, "love you"),
        (True, "miss you"),
        (False, "babe 😘"),
        (True, "love you too"),
        (False, "can't wait to see you"),
    ]
    joke = [(False, "right that's it im going to bed son"), (True, "yes dad")]
    records = _me() + _chat("Sam Cole", couple) + _chat("Sam Cole", joke, days=2)
    assert _relationship(records, "Sam Cole") == "partner"
    mate = [(True, "long day man"), (True, "ugh man")]
    records = _me() + _chat("Alex Reed", couple) + _chat("Alex Reed", mate, days=2)
    assert _relationship(records, "Alex Reed") == "partner"
    # The same words *inside* the affectionate messages are a friend's way of talking.
    pals = [(True, "love you pal"), (False, "love you more pal"), (False, "hun!!"), (True, "x")]
    assert _relationship(_me() + _chat("Ailsa Ross", pals), "Ailsa Ross") == "close_friend"
    # Affection one way only, with a friend's word, stays a friend's (姐妹 calling 宝贝).
    sisters = [(False, "晚安宝贝"), (True, "姐妹!!!"), (True, "下周约饭"), (False, "抱抱")]
    assert _relationship(_me() + _chat("小雨", sisters), "小雨") == "close_friend"


def test_mum_speaking_of_the_users_wife_is_family() -> None:
    # 媳妇对你好 is about the user's wife ("your wife is good to you"), not an address; the
    # contact saved as 妈 is the user's mother.
    mum = [(False, "媳妇对你好 你也要对她好呀"), (False, "给你寄了腊肠"), (True, "好的")]
    assert _relationship(_me() + _chat("妈", mum), "妈") == "family"
    # 老婆对不起 still addresses her.
    wife = [(True, "老婆对不起"), (False, "哼"), (True, "老婆早")]
    assert _relationship(_me() + _chat("阿玲", wife), "阿玲") == "partner"


def test_compliments_and_one_friendly_hun_are_no_partner() -> None:
    # "aww love that" (a verb), "your flat looks gorgeous" (said of a flat): no pet names.
    friend = [(True, "aww love that"), (False, "your new flat looks gorgeous"), (True, "ha")]
    assert _relationship(_me() + _chat("Leah Byrne", friend), "Leah Byrne") is None
    # A seller's single "yes hun!" is no pattern.
    seller = [(False, "yes hun! £80 ono, collection only"), (True, "great, tomorrow?")]
    assert _relationship(_me() + _chat("Kim Dale", seller, days=1), "Kim Dale") is None


def test_a_mention_after_a_past_tense_verb_is_not_an_address() -> None:
    lines = [(True, "bro you seen Mom"), (False, "bro"), (True, "bro can you lend me 20")]
    assert _relationship(_me() + _chat("Jay", lines), "Jay") == "close_friend"


def test_a_journalists_source_in_english_and_chinese() -> None:
    english = [
        (False, "I have the documents. Publish the names."),
        (False, "Can you meet tomorrow? Not on the phone."),
        (True, "Thanks, we'll keep it off the record"),
    ]
    chinese = [(False, "这是内部文件，别写我的名字"), (True, "放心，我不会暴露线人")]
    records = _me() + _chat("Grace West", english) + _chat("李明", chinese)
    assert _relationship(records, "Grace West") == "source"
    assert _relationship(records, "李明") == "source"
    claim = _one(social.infer(records), "relationship", "Grace West")
    assert claim is not None and "source" in claim.claim


def test_an_editor_is_a_colleague_not_a_source() -> None:
    lines = [
        (False, "Any update from your source?"),
        (False, "Need 800 words by the deadline"),
        (True, "Invoice for March is in"),
        (False, "Sign the documents for the contract please"),
    ]
    assert _relationship(_me() + _chat("Timothy Hall", lines), "Timothy Hall") == "colleague"


def test_chinese_roommate_and_cafe_boss() -> None:
    roommate = [(False, "今晚开黑吗，王者五排"), (False, "帮我带个饭呗"), (True, "好")]
    boss = [(False, "这周排班发群里了"), (False, "明天能来上早班吗"), (False, "工资月底转你")]
    records = _me() + _chat("阎帆", roommate) + _chat("王姐-拾光咖啡", boss)
    assert _relationship(records, "阎帆") == "close_friend"
    assert _relationship(records, "王姐-拾光咖啡") == "colleague"


# -- special categories ----------------------------------------------------------------


def _posts(texts: Iterable[str]) -> list[Record]:
    return _me() + _chat("Pat", [(True, text) for text in texts], days=3)


def _value(found: Sequence[Inference], key: str) -> object:
    inference = _one(found, key)
    return None if inference is None else inference.value.get("value")


def test_buddhist_practice_in_chinese() -> None:
    records = _posts(["周末去寺庙拜佛", "初一去文殊院烧香"])
    records.append(
        Payment(
            source="wechat_pay",
            path="wechat_pay.csv",
            locator="row 2",
            timestamp=START,
            counterparty="文殊院",
            text="香火功德",
            amount=Decimal("-50.00"),
            currency="CNY",
        )
    )
    assert _value(sensitive.infer(records), "religion") == "buddhist"


def test_fo_xi_and_other_buddha_look_alikes_are_not_religion() -> None:
    records = _posts(
        [
            "我现在很佛系，随便吧",
            "考试前临时抱佛脚",
            "佛跳墙太好吃了",
            "下周去佛山出差",
            "家里就指望我延续香火",
            "你真是功德无量",
        ]
    )
    assert _one(sensitive.infer(records), "religion") is None


def test_negated_protest_does_not_count() -> None:
    records = _posts(
        [
            "I didn't go to the protest, the government can do what it likes",
            "Not going to the march on Saturday",
            "我不会去参加游行",
            "我没去游行",
        ]
    )
    assert _one(sensitive.infer(records), "politics") is None


def test_a_protest_call_counts() -> None:
    records = _posts(["Join the protest on Saturday", "we march on parliament tomorrow"])
    found = _one(sensitive.infer(records), "politics")
    assert found is not None and found.value["protest"] is True


@pytest.mark.parametrize(
    ("text", "term", "negated"),
    [
        ("I didn't go to the protest", "protest", True),
        ("never been to a mosque", "mosque", True),
        ("我不会去参加游行", "游行", True),
        ("我没去游行", "游行", True),
        ("can't wait for eid", "eid", False),
        ("No more lies, join the protest", "protest", False),
        ("I'm not sure, but I'll join the protest", "protest", False),
        ("I didn't go, the protest was huge", "protest", False),
        ("特别想去寺庙", "寺庙", False),
        ("我没钱，不过周末还是去游行", "游行", False),
        ("为了未来去游行", "游行", False),
        ("didn't go to the protest but went to the protest after", "protest", False),
        ("nothing here", "protest", False),
    ],
)
def test_negated_in_clause(text: str, term: str, negated: bool) -> None:
    assert sensitive.negated_in_clause(text, term) is negated


# -- evaluation ------------------------------------------------------------------------


def test_top_contacts_match_a_person_under_any_of_their_names() -> None:
    facts = {"relationships": [{"name": "妈妈", "relationship": "mother", "full_name": "陈海燕"}]}
    top = Inference(
        "social",
        "top_contacts",
        "claim",
        {"contacts": [{"name": "吴辉"}, {"name": "妈妈"}]},
        0.5,
        "method",
        ("a.csv#row 1",),
    )
    wanted = [{"name": "吴辉"}, {"name": "陈海燕"}]
    assert _check("top_contacts", wanted, [top], _aliases(facts))[2]
    assert not _check("top_contacts", wanted, [top])[2]
    assert not _check("top_contacts", [*wanted, {"name": "阎帆"}], [top], _aliases(facts))[2]


def test_source_is_a_relationship_of_the_ground_truth() -> None:
    source = Inference(
        "social",
        "relationship",
        "claim",
        {"name": "Grace West", "relationship": "source"},
        0.5,
        "method",
        ("a.json#$[0]",),
    )
    [(_, wanted, got, ok)] = _relationships(
        [{"name": "Grace West", "relationship": "source"}], [source]
    )
    assert (wanted, got, ok) == ("source", "source", True)


def test_the_whole_pipeline_keeps_evidence_on_the_new_claims() -> None:
    records = _me() + _chat("Grace West", [(False, "I have the documents. Not on the phone.")])
    for inference in infer_all(records):
        assert inference.evidence


WAREHOUSE = (52.5069, -1.7963)
FLAT = (52.4571, -1.8703)


def _night_worker(as_points: bool, sleep: tuple[int, int] = (8, 15)) -> list[Record]:
    """Four weeks of night shifts (21:00-06:00, Sunday to Thursday nights) at a warehouse,
    days at home asleep from ``sleep[0]`` to ``sleep[1]`` o'clock, messages when awake."""
    out: list[Record] = _me()
    rng = random.Random(7)

    def at(start: datetime, end: datetime, where: tuple[float, float]) -> None:
        if not as_points:
            out.append(LocationVisit(source="google_timeline", path="Timeline.json",
                                     locator=f"$.semanticSegments[{len(out)}]", timestamp=start,
                                     end=end, lat=where[0], lon=where[1]))  # fmt: skip
            return
        when = start
        while when < end:
            out.append(LocationPoint(source="google_location", path="Records.json",
                                     locator=f"$.locations[{len(out)}]", timestamp=when,
                                     lat=where[0], lon=where[1]))  # fmt: skip
            when += timedelta(minutes=30)

    for day in range(28):
        date = START + timedelta(days=day)
        working = date.weekday() in (6, 0, 1, 2, 3)
        evening = date.replace(hour=21) if working else date.replace(hour=23, minute=59)
        at(date.replace(hour=6, minute=30), evening - timedelta(minutes=30), FLAT)
        if working:
            at(evening, evening + timedelta(hours=9), WAREHOUSE)
        else:
            at(evening, evening + timedelta(hours=6, minutes=31), FLAT)
        awake = [h for h in range(24) if not sleep[0] <= h < sleep[1] + 1]
        for hour in rng.sample(awake, 8):
            out.append(Message(source="whatsapp", path="chat.txt", locator=f"line {len(out)}",
                               timestamp=date.replace(hour=hour, minute=rng.randint(0, 59)),
                               actor=ME, conversation="Zed", text="on my way"))  # fmt: skip
    return out


@pytest.mark.parametrize("as_points", [False, True])
def test_a_night_worker_lives_where_they_sleep_by_day(as_points: bool) -> None:
    records = _night_worker(as_points)
    assert routine.body_clock_shift(records) >= 7
    found = places.infer(records)
    home, work = _one(found, "home"), _one(found, "work")
    assert home is not None and work is not None
    assert places.haversine_m(home.value["lat"], home.value["lon"], *FLAT) < 150
    assert places.haversine_m(work.value["lat"], work.value["lon"], *WAREHOUSE) < 150


def test_a_usual_sleeper_keeps_the_usual_clock() -> None:
    records = _night_worker(False, sleep=(0, 6))
    assert routine.body_clock_shift(records) == 0


@pytest.mark.parametrize(
    "texts",
    [
        ["went to confession for the first time in years", "giving up chocolate for lent"],
        ["ash wednesday is next week", "midnight mass at 11.30, see you there"],
        ["这周去办告解了", "四旬期开始了，戒零食"],
    ],
)
def test_catholic_practice_is_christian(texts: list[str]) -> None:
    assert _value(sensitive.infer(_posts(texts)), "religion") == "christian"


def test_lent_as_lend_is_no_religion() -> None:
    records = _posts(["I lent him my bike", "she lent me a fiver", "lent the car to dad"])
    assert _one(sensitive.infer(records), "religion") is None


def test_a_landlord_saved_as_such_and_the_rent_talk() -> None:
    en = (
        _me()
        + _chat("Glen (landlord)", [(True, "the rent is sent"), (False, "got it, thanks")])
        + _chat("Jo", [(True, "love you"), (False, "love you too x"), (True, "night love")])
    )
    assert _relationship(en, "Glen (landlord)") == "landlord"
    # addressed as an elder who is no kin (孟叔), with repairs and 收到 between them
    lines = [
        (True, "孟叔 这个月房租转您了"), (False, "收到了"), (True, "热水器又坏了 麻烦看看"),
        (False, "我明天叫师傅来"), (True, "好的 谢谢孟叔"),
    ]  # fmt: skip
    zh = _me() + _chat("房东孟叔", lines)
    assert _relationship(zh, "房东孟叔") == "landlord"
    # Rent talk alone, with a partner, names no landlord.
    couple = [(True, "the rent is sent"), (False, "love you"), (True, "love you too x")]
    assert _relationship(_me() + _chat("Jo 💛", couple), "Jo 💛") != "landlord"
