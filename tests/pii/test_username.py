"""Usernames and handles in free text: a table of positive and negative cases in English
and Chinese, the types that keep their own values (e-mails, links, WeChat IDs), and the
answer that is only a handle, with the platform named in the message before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from footprint.model import Message
from footprint.pii.engine import Detector
from footprint.pii.findings import find_pii
from footprint.pii.lexicon import COMMON_WORDS
from tests.pii.conftest import values

ENTITY = "USERNAME"
POSITIVE = [
    ("my login is Harbour_Lights77 but the reset goes to my old email", "Harbour_Lights77"),
    ("add me on snap, it's quietmorning_jo", "quietmorning_jo"),
    # a system's user named by its role, in a handle's shape
    ("helpdesk: user t.okafor locked out after 5 tries", "t.okafor"),
    ("complaint from buyer velvetfox_88 about the lamp", "velvetfox_88"),
    ("Login attempt blocked\nUser: brynmawr_77\nIP: 203.0.113.9", "brynmawr_77"),
    ("Failed password for invalid user deiniol_b from 192.0.2.8 port 22", "deiniol_b"),
    ("Accepted publickey for gwen_ll from 192.0.2.8 port 22", "gwen_ll"),
    ("你的校园网账号2019304417欠费了", "2019304417"),  # a system's login
    ("教务系统账号B1904226，密码是生日", "B1904226"),
    ("the login for the old router was netgear_hamid.", "netgear_hamid"),
    # second-hand and shopping platforms' account names
    ("我闲鱼号是xy5550123456 你搜一下", "xy5550123456"),
    ("淘宝买家moon_lake77 退货了", "moon_lake77"),
    ("ssh into 198.51.100.96 with user not_ruaridh", "not_ruaridh"),
    ("SSH'd into 198.51.100.85 as ayesha_88, the cron is dead", "ayesha_88"),
    ("login for the kids' tablet is the_real_chidi, password on the fridge", "the_real_chidi"),
    ("im MarcDel#NA1 on val", "MarcDel#NA1"),  # a Riot ID's capital tag, no platform word
    # signs: @mention, Reddit's u/ (kept, like the @), a fediverse @name@host (whole)
    ("thanks @jo_bright for the tip", "@jo_bright"),
    ("cc @TomWhitfield99", "@TomWhitfield99"),
    ("ask @jo-bright-7 on venmo", "@jo-bright-7"),
    ("(@rae.okafor) posted it first", "@rae.okafor"),
    # a platform named right before 是 or a colon; GitHub handles take dashes
    ("我GitHub是li-wei-dev 把我加进去", "li-wei-dev"),
    ("github: sam-o-codes", "sam-o-codes"),
    ("add me, RiverFox_77, on tonight", "RiverFox_77"),
    ("saw it on /u/quiet_otter_22's post", "u/quiet_otter_22"),
    ("u/Ferris-Wheel-Kid replied", "u/Ferris-Wheel-Kid"),
    ("follow @moss_lane@hachyderm.io for the photos", "@moss_lane@hachyderm.io"),
    ("boosted @kettle@social.example.org's thread.", "@kettle@social.example.org"),
    # a handle word right before the value
    ("my gamertag is NightOwl_Ollie", "NightOwl_Ollie"),
    ("and my valorant is Kestrel#EUW1 if u play", "Kestrel#EUW1"),  # a Riot ID, tag kept
    ("username: priya.k88", "priya.k88"),
    ("my psn id is xXFrostbiteXx", "xXFrostbiteXx"),
    ("my steam name is kettle_drum", "kettle_drum"),
    # a handle-shaped token near a platform word
    ("find me on insta, it's ellie.marsh_", "ellie.marsh_"),
    ("my snap is benny_b2", "benny_b2"),
    ("add me on discord: wrenfield#0427", "wrenfield#0427"),
    ("discord: Dragon#2211", "Dragon#2211"),
    ("twitch streams as PixelPanda77 most nights", "PixelPanda77"),
    ("she goes by LunaLovesLattes on tiktok", "LunaLovesLattes"),
    # a platform and its word for the account, said with "is"; the @ named as a word
    ("ok cash app tag is paper_plane_yeti, not the other one", "paper_plane_yeti"),
    ("tiktok @ is the_tofu_otter now", "the_tofu_otter"),
    ("venmo username: jo-bright-7", "jo-bright-7"),
    # a player named for how they played, in gamers' words
    ("Feral_Muffin_73 carried us last night", "Feral_Muffin_73"),
    ("TurboGremlin clutched the last round", "TurboGremlin"),
    ("psn: TurboWombat - on most nights after 6ish", "TurboWombat"),  # not "6ish"
    # the account a login uses; a handle-shaped account to follow
    ("ssh into the box as owen99", "owen99"),
    ("logged in as gaz_ by mistake", "gaz_"),
    ("follow xX_NightOwl_Xx she makes the best cakes", "xX_NightOwl_Xx"),
    ("follow stevo#5215 for the clips", "stevo#5215"),
    # Chinese
    ("我的抖音号是 tangtang_77", "tangtang_77"),
    ("小红书号：88120034", "88120034"),
    ("b站 UID：mochi.cat", "mochi.cat"),
    ("B站ID是 xiaoyu2021", "xiaoyu2021"),
    ("用户名 chen_lei01 密码另发", "chen_lei01"),
    ("我游戏账号是 DragonWu_9", "DragonWu_9"),
    ("微博上关注一下 @fengfeng_art", "@fengfeng_art"),
    ("我快手号叫 kuaile_gege", "kuaile_gege"),
    ("抖音号ks20318846，晚上直播", "ks20318846"),  # a letter prefix and digits, introduced
    # Chinese nicknames, up to a space or a punctuation mark
    ("快手号：开心果儿88，记得关注", "开心果儿88"),
    ("她网名叫蓝色星空 特好认", "蓝色星空"),
    ("视频号：老刘修车日记", "老刘修车日记"),
    ("我的昵称是月亮不睡我不睡，记住了", "月亮不睡我不睡"),
    ("@晚风吹过的小镇 周末出来吗", "晚风吹过的小镇"),
    ("@bobo爱喝奶茶 收到请回复", "bobo爱喝奶茶"),
    # a platform's blogger, with the profile link or 主页 right after the name
    ("抖音博主吃货阿飞（https://www.douyin.com/user/abc）挺好笑", "吃货阿飞"),
    ("小红书叫花卷的厨房，主页点我头像", "花卷的厨房"),
]
NEGATIVE = [
    "the username field and password field are empty",
    "dm me for price",  # a word after "dm"
    "dm anytime if u need",
    "user manual for the PS5 is in the drawer",  # no handle's shape after the role
    "student loan 2024 statement",
    "Buyer asked if it's still available",  # a word, not a handle's shape
    "see issue#A12",  # a word before a code
    "C# and F# are keys",
    "my xbox is broken again",  # a platform, then a word
    "my league is going badly",
    "@everyone standup moved to 10",
    "see you @ 5pm",
    "meet @5pm by the gate",
    "write to tom_h@example.com",  # an e-mail address, not a handle
    "https://www.instagram.com/ellie.marsh_",  # a link
    "my username is required for login",
    "username: admin",
    "my steam is broken again",
    "steam the veg for 10mins",
    "on ps5 tonight?",
    "Steam Guard code 4KX9T",
    "follow me on TikTok",
    "my ig is private now",
    "insta: McDonald",
    "e.g. use the twitter app",
    "tweet it at 3pm",
    "issue#1234 on discord is fixed",
    "sent the photo.jpg on snap",
    "ig: bakery.co.uk has the menu",  # a domain
    "my handle is broken",
    "my tiktok name is weird",  # a platform's word, then a word
    "cash app tag is required",
    "the iPhone carried us through the trip",  # a brand's style
    "logged in as usual",
    "follow the recipe",  # no handle's shape
    "follow up on it by 5pm",
    "zhang_wei88",  # no word, no sign
    "抖音刷到停不下来",
    "B站那个up主更新了",
    "抖音号：13812345678",  # a mobile number
    "银行账号 6222 0212 3456 7890",
    "抖音上买的，快递单号SF1402277358261",  # a tracking number
    "tiktok shop order TS20240917004 shipped",
    "github: check-in is broken",  # a dictionary-word compound, no shape
    "reddit: long-term",
    "账号 abc_2024 的 微信 也是这个",  # WeChat named: its IDs stay WECHAT_ID
    # chat about an account, not its name
    "抖音号被封了",
    "我昵称改了",
    "网名叫什么来着",
    "抖音号注销了，主页也没了",
    "微博热搜第一，链接发群里了",
    "博主说的，链接https://x.com",
    "up主今天更新，链接在这",
    "@所有人 明天放假",
    "@全体成员 交作业",
]
# Only the model's dictionary tells a plain word from a made-up one.
WITH_DICTIONARY = [
    ("my gamertag is dragonslayer", ["dragonslayer"]),
    ("my username is mountain", []),
    ("@home now", []),
    ("my twitter handle is @bookish_bea", ["@bookish_bea"]),
    ("username glenwanders password is on the fridge", ["glenwanders"]),
    ("eBay user bigkrzysztof left negative feedback", ["bigkrzysztof"]),
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


@pytest.mark.parametrize(("text", "expected"), WITH_DICTIONARY)
def test_dictionary_words_are_never_handles(
    ner_detector: Detector, text: str, expected: list[str]
) -> None:
    assert values(ner_detector, text, ENTITY) == expected


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("write to tom_h@example.com", "EMAIL_ADDRESS", "tom_h@example.com"),
        ("my insta https://www.instagram.com/ellie.marsh_", "URL",
         "https://www.instagram.com/ellie.marsh_"),
        ("加我微信 zhang_wei88", "WECHAT_ID", "zhang_wei88"),
        ("my wechat is lily_chen99", "WECHAT_ID", "lily_chen99"),
        ("微信号：liuyang_1990 账号同名", "WECHAT_ID", "liuyang_1990"),
    ],
)  # fmt: skip
def test_other_types_keep_their_values(
    patterns_detector: Detector, text: str, entity: str, value: str
) -> None:
    found = [(r.entity_type, text[r.start : r.end]) for r in patterns_detector.analyze(text)]
    assert found == [(entity, value)]


START = datetime(2025, 3, 14, 21, 0, tzinfo=UTC)


def _chat(*lines: tuple[str, str]) -> list[Message]:
    return [
        Message(
            source="messenger",
            path="messages/inbox/sam_1/message_1.json",
            locator=f"message {i}",
            timestamp=START + timedelta(minutes=i),
            actor=actor,
            conversation="Sam",
            text=text,
        )
        for i, (actor, text) in enumerate(lines)
    ]


def _usernames(detector: Detector, chat: list[Message]) -> list[str]:
    return [
        f.value
        for f in find_pii(list(chat), detector)
        if f.field == "text" and f.entity_type == ENTITY
    ]


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("wait whats your psn again", "GrimTide_K9", "GrimTide_K9"),
        ("what's ur gamertag", "it's SilverFox88", "SilverFox88"),
        ("got discord?", "ya marlo#5190", "marlo#5190"),
        ("你抖音号多少", "mengmeng_0618", "mengmeng_0618"),
        ("b站关注你了吗 你id是啥", "chiikawa.fan", "chiikawa.fan"),
    ],
)
def test_a_handle_alone_after_the_question(
    patterns_detector: Detector, question: str, answer: str, value: str
) -> None:
    assert _usernames(patterns_detector, _chat(("Sam", question), ("Me", answer))) == [value]
    # Without the platform named before, the same answer is no handle.
    assert _usernames(patterns_detector, _chat(("Sam", "ok"), ("Me", answer))) == []


def test_a_wechat_question_leaves_the_answer_alone(patterns_detector: Detector) -> None:
    chat = _chat(("Sam", "你微信账号多少"), ("Me", "mengmeng_0618"))
    assert _usernames(patterns_detector, chat) == []


@pytest.mark.parametrize(
    "answer", ["see you at 5pm", "GoodMorning", "ok.see you", "v2.1.3", "ABC123", "4k", "ps5"]
)
def test_everyday_answers_after_a_platform_word_stay_unflagged(
    patterns_detector: Detector, answer: str
) -> None:
    chat = _chat(("Sam", "are you on steam tonight?"), ("Me", answer))
    assert _usernames(patterns_detector, chat) == []


_WORDS = sorted(w for w in COMMON_WORDS if w.isalpha() and len(w) > 2)
_FRAMES = ["my username is {w}", "@{w} see you", "gamertag: {w}", "my ig is {w}",
           "用户名是 {w}", "我的抖音号：{w}", "add me on snap {w}"]  # fmt: skip


@hypothesis_settings(max_examples=80, deadline=None)
@given(st.sampled_from(_WORDS), st.sampled_from(_FRAMES), st.booleans())
def test_a_plain_word_is_never_a_handle(
    patterns_detector: Detector, word: str, frame: str, capital: bool
) -> None:
    text = frame.format(w=word.capitalize() if capital and "@" not in frame else word)
    assert values(patterns_detector, text, ENTITY) == []


def test_a_lower_case_handle_after_dm(ner_detector: Detector) -> None:
    # Only with the model's dictionary can a lower-case handle be told from a word.
    text = "LFG ranked, dm frostyotter or me, must have mic"
    assert values(ner_detector, text, ENTITY) == ["frostyotter"]
    assert values(ner_detector, "dm me for price, dm anytime", ENTITY) == []
