"""Usernames and handles written in free text (``@maya_l``, ``u/name``, ``name#1234``,
Riot IDs ``MarcDel#NA1``, ``my psn is DanTheMan_S6``, ``我的抖音号是 xyz_123``).

Any word can be a handle, so a value counts only where its form or the text says what
it is:

- a fediverse ``@name@host``, whole (its second @ does not make it an e-mail address);
- an ``@mention`` (not an e-mail address: nothing word-like before the ``@``), and a
  Reddit ``u/name``, anywhere: the sign says handle;
- any ID-like value right after a handle word (``username:``, ``my gamertag is``,
  ``cash app tag is``, ``tiktok @ is``, ``抖音号是``, ``b站 ID：``) or after a login's
  "as" (``ssh into 203.0.113.4 as owen99``);
- a handle-shaped value or a Discord tag right after "follow" (``follow xX_Owl_Xx``);
- a Discord ``name#1234`` tag near a platform word (weak alone: ``issue#1234`` is none);
- a Chinese nickname (``熬夜冠军小陈``, ``一只路过的咸鱼``), written up to a space or a
  punctuation mark: after a nickname word (抖音号, 昵称, 网名), after an ``@``, or after a
  platform or its 博主/UP主 when a profile link or 主页 follows it (``B站UP主X（https://…）``,
  ``微博X，主页…``). jieba's tags keep chat out: a value that starts with a function word,
  a pronoun or a time (``抖音号被封了``, ``up主今天更新``), ends with a particle
  (``…了``, ``…吗``) after a nickname word, or is a common word (``@所有人``) is none; an
  ``@`` before a personal name (``@王芳``) leaves it to the name recognizers;
- a handle-shaped token (an underscore, a dot between letters, letters mixed with
  digits, or inner CamelCase) near a platform or handle word: weak alone. The word may
  be in the message before (``CONVERSATION``): "whats ur psn again" - "DanTheMan_S6".
  Gamers' words count too: a player is named by their tag ("TurboGremlin carried us").

A plain dictionary word is never one (``@everyone``, ``my username is required``): the
spaCy model's dictionary when installed, else the common-word list. A text that names
WeChat or QQ leaves its IDs to those recognizers; e-mails and links have their own.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.chinese import is_call_name, is_common_word, split_name, tagged_words
from footprint.pii.lexicon import COMMON_WORDS
from footprint.pii.recognizers.base import (
    BOTH,
    CASE_SENSITIVE,
    FootprintPatternRecognizer,
    TextFeatures,
)

# Words that say the value next to them is an account name. A value right after one
# of these (with "is" / ":" / 是) is taken whatever its shape, unless a dictionary word.
# A platform and the word for its account name: "tiktok handle", "cash app tag",
# "tiktok @" (the sign named as a word). Said with "is" too: "cash app tag is X".
_PLATFORM_HANDLE_WORDS = (
    r"(?:psn|xbox|xbl|steam|discord|insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitch"
    r"|twitter|reddit|telegram|roblox|epic|riot|cash\s?app|venmo|paypal|youtube|yt"
    r"|bluesky|threads|kik|spotify|pinterest|tumblr|github|gitlab)"
    r"\s*(?:id|name|user\s?name|handle|tag|@)(?![a-z])"
)
_HANDLE_WORDS_EN = (
    r"user\s?names?|user\s?id|screen\s?name|gamer\s?tag|handle|ign|in-game\s+name"
    rf"|cash\s?tag|{_PLATFORM_HANDLE_WORDS}|psn"
)
_HANDLE_WORDS_ZH = (
    r"用户名|账号名|帐号名|用户id|游戏id|游戏账号|游戏帐号|抖音号|抖音id|小红书号|小红书id"
    r"|快手号|快手id|微博id|微博号|(?:b站|哔哩哔哩|bilibili)\s*(?:id|uid|号|账号)"
    # shopping and second-hand platforms' account names (闲鱼号, 淘宝买家 x), and a platform
    # on which someone "is called" x (在抖音上叫 x)
    r"|(?:闲鱼|淘宝|拼多多|京东)(?:号|id|账号|帐号|名|昵称)|旺旺号?|(?:淘宝|闲鱼)?(?:买家|卖家)(?:id|号)?"
    r"|(?:抖音|快手|小红书|微博|闲鱼|b站)上(?:叫|的名字是|名字叫)"
    # logins of a school's, a workplace's or a router's systems (校园网账号, 管理账号, 学号)
    r"|(?:校园网|教务系统|教务|系统|管理员|管理|登录|登陆|后台|邮箱|网盘|wifi|宽带)(?:账号|帐号)"
    r"|学号"
)
_OWNER = r"(?:my|ur|your|his|her|their|our)\s+(?:new\s+|main\s+|alt\s+)?"
# A platform's name right before 是 or a colon introduces the account on it ("GitHub是…").
_PLATFORMS_INTRODUCING = (
    r"github|gitlab|insta(?:gram)?|tiktok|twitter|discord|steam|psn|snap(?:chat)?|twitch"
    r"|reddit|telegram|youtube|bluesky|mastodon"
)
# Games and platforms whose account people name by the platform alone ("my valorant is").
_PLATFORMS_OWNED = (
    r"valorant|league|lol|fortnite|minecraft|roblox|apex|overwatch|genshin|riot|epic"
    r"|battle\.?net|steam|psn|xbox|xbl|discord|insta(?:gram)?|snap(?:chat)?|tiktok|twitch"
)
_LOGIN = r"ssh(?:'d|’d|ed)?|sftp|telnet|log(?:ged|ging)?\s?(?:in|on)|sign(?:ed|ing)?\s?in"
# Letters and digits, an underscore, a dot between letters, or a capital inside a word.
_SHAPE = r"(?=[A-Za-z0-9_.]*(?:_|[A-Za-z]\.[A-Za-z]|[A-Za-z][0-9]|[0-9][A-Za-z]|[a-z][A-Z]))"
# The handle word is matched, the value after it is reported (group "handle"): cheaper
# than a look-behind tried at every position.
_INTRODUCED = (
    rf"(?i:(?<![a-z]){_OWNER}(?:{_HANDLE_WORDS_EN})\s*(?:is|'s|’s|=|:|：|-)?\s*"
    rf"|(?<![a-z]){_OWNER}(?:{_PLATFORMS_OWNED})\s*(?:is|=|:|：)\s*"
    rf"|(?<![a-z])(?:{_HANDLE_WORDS_EN})\s*[:：=]\s*"
    rf"|(?<![a-z])(?:{_PLATFORM_HANDLE_WORDS}|cash\s?tag)\s*(?:is|=|:|：)\s*"
    # the account a login uses: "ssh into 203.0.113.4 as owen99", "logged in as gaz_"
    rf"|(?<![a-z])(?:{_LOGIN})(?:\s+(?:into|to|onto|on)(?:\s+[^\s,;]{{1,60}}){{1,3}}?)?"
    r"\s+(?:as|with\s+(?:the\s+)?user(?:\s?name)?)\s+"
    # a login and what it is for: "login for the kids' tablet is chidi_9"
    r"|(?<![a-z])(?:login|log-in|user\s?name)\s+for\s+[^,.;:!?\n]{1,30}?\s+(?:is|was)\s+"
    # a system's user named by its role, in a handle's shape: "user s.begum locked out",
    # "buyer kingcobra_1987", "admin front_desk2", "student mwis2", "for user jr_1990"
    rf"|(?<![a-z])(?:user|admin|buyer|seller|student|member)\s+(?-i:{_SHAPE})"
    # a log's or a form's user field ("User: tomos_vibes") and sshd's lines ("Failed
    # password for invalid user x from …")
    r"|(?<![a-z])user\s*[:：=]\s*"
    r"|(?<![a-z])(?:failed|accepted)\s+(?:password|publickey)\s+for\s+(?:invalid\s+user\s+)?"
    r"|(?<![a-z])invalid\s+user\s+"
    # a marketplace's or a platform's user: "eBay user bigkrzysztof", "add me on discord x"
    r"|(?<![a-z])(?:ebay|vinted|depop|etsy|gumtree|poshmark|facebook marketplace)\s+user\s+"
    rf"|(?<![a-z])add\s+me\s+on\s+(?:{_PLATFORMS_OWNED}|snap|insta)\s*"
    r"(?:,?\s*(?:it'?s|it’s|i'?m|i’m)\s+|\s+)"
    # a handle typed in lower case after "dm" / "pm" ("dm saltymoosejaw or ..."); a word
    # there (dm me, dm for price) is dropped as every introduced value is
    r"|(?<![a-z])(?:dm|pm|msg)\s+(?!(?:anytime|asap|pls|plz|thx|tmrw|tonight|instead)\b)"
    r"(?=(?-i:[a-z0-9_.]{5,30})(?![A-Za-z0-9_.]))"
    # a lower-case handle right after the word: "username theseun", "gamertag kirstyxsi",
    # "login is huynhp" (a word there, "username field", is dropped)
    r"|(?<![a-z])(?:user\s?name|gamer\s?tag|login(?:\s+is)?)\s+"
    r"(?=(?-i:[a-z0-9_.]{4,30})(?![A-Za-z0-9_@]|\.[A-Za-z0-9_]))"
    # "my login is Trevor_9", "the login: x"
    r"|(?<![a-z])(?:my|ur|your|the|his|her)\s+(?:login|log-in|sign-in)\s+(?:is|:|=)\s*"
    # a login written out with its password: "username glenw password is on the fridge"
    r"|(?<![a-z])(?:user\s?name|login)\s+(?=\S+\s+(?:and\s+|&\s+|/\s*)?(?:password|pw|pwd|pass)\b)"
    rf"|(?<![a-z])(?:{_PLATFORMS_INTRODUCING})\s*(?:是|[:：])\s*"
    rf"|(?:{_HANDLE_WORDS_ZH})\s*(?:是|为|叫|:|：)?\s*)"
)
# A Chinese nickname: Han characters, with letters, digits, _, · or -, up to a space or a
# punctuation mark.
_NICK = r"[\u4e00-\u9fffA-Za-z0-9_·\-]{2,20}"
_NICK_END = r"(?=[\s，。！？、,.!?；;：:（(）)【】\[\]「」“”\"'~～]|$)"
_NICK_WORDS = (
    r"抖音号|抖音名|抖音昵称|快手号|快手名|小红书号|小红书名|微博号|微博名|微博昵称|昵称|网名"
    r"|视频号|用户名|账号名|帐号名|游戏id|游戏名"
)
# A platform, or its blogger or uploader, whose profile link or 主页 follows the name.
_PROFILE_OWNERS = (
    r"(?:微博|抖音|快手|小红书|b站|哔哩哔哩|bilibili|视频号)(?:\s*(?:up主|博主|主播|账号|帐号))?"
    r"|up主|博主|主播"
)
_PROFILE_AFTER = r"(?=\s*[（(，,：:\s]\s*(?:个人主页|主页|链接|https?://))"
_HAN = regex.compile(r"[\u4e00-\u9fff]")
# A nickname never starts with a function word, a pronoun, a place or time word
# (被, 还, 我, 上, 今天), nor with these verbs of chat about an account (是, 换, 封), nor
# with 号 (抖音 + 号注销了).
_NOT_NICK_START_TAGS = ("p", "c", "u", "r", "d", "y", "e", "f", "t")
_NOT_NICK_START = frozenset("是叫在被有没换改丢封注号")
# A nickname names something: it holds a noun, a name, an idiom or Latin letters.
_NOUN_TAGS = ("n", "eng", "l", "i", "z", "s")
_PARTICLES = frozenset("了吗呢吧啊呀哦嘛的么")
_CHINESE_PATTERNS = frozenset({"nickname", "nickname_with_profile", "mention_han"})
# Cheap tests that a text may hold an introduced value or a handle shape at all.
_HANDLE_WORD_HINT = regex.compile(
    rf"user|name|handle|tag|ign|psn|id|ssh|log|sign|admin|buyer|seller|student|member|password|publickey"
    rf"|dm|pm|msg"
    rf"|用户|账号|帐号|号|买家|卖家|旺旺|上叫"
    rf"|{_PLATFORMS_INTRODUCING}"
    rf"|{_PLATFORMS_OWNED}",
    regex.I,
)
_SHAPE_HINT = regex.compile(r"[_.]|[A-Za-z][0-9]|[0-9][A-Za-z]|[a-z][A-Z]")
# Characters of a handle on most platforms (Xbox's spaces and Steam's anything aside).
_BEFORE = r"(?<![A-Za-z0-9_.@/#\-+%])"
_AFTER = r"(?![A-Za-z0-9_@/#\-]|\.[A-Za-z0-9_])"
_HANDLE = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?"  # GitHub and Reddit allow "-"

# Platform and handle words that make a handle-shaped token near them one (English and
# Chinese). "账号" (account) counts, but not in 微信账号 / QQ账号 / 银行账号 (see __init__).
_CONTEXT = [
    "username", "user name", "usernames", "user id", "userid", "screen name", "handle",
    "gamertag", "gamer tag", "ign", "psn", "playstation", "xbox", "xbl", "steam", "discord",
    "insta", "instagram", "ig", "snap", "snapchat", "tiktok", "twitch", "twitter", "tweet",
    "reddit", "telegram", "roblox", "fortnite", "minecraft", "bluesky", "mastodon",
    "threads", "kik", "follow me", "dm me", "add me", "github", "gitlab", "cash app",
    "cashapp", "cashtag", "venmo", "login", "log in", "logged in", "locked out",
    # a player named for how they played (gamers go by their tags): "X carried us"
    "carried us", "carried me", "carry", "lobby", "squad", "ranked", "clutch", "clutched",
    "teammate", "teammates", "respawn", "killcam", "gg", "noob", "afk", "duo", "gamer",
    "用户名", "账号", "帐号", "抖音", "抖音号", "小红书", "小红书号", "快手", "微博", "b站",
    "哔哩哔哩", "bilibili", "游戏id", "闲鱼号", "旺旺", "淘宝买家", "淘宝卖家", "闲鱼买家",
    "闲鱼卖家", "买家id", "卖家id",
]  # fmt: skip
_NOT_AN_ACCOUNT_BEFORE = r"(?<!微信|威信|薇信|qq|扣扣|银行|银行卡|支付宝|wechat\s?)"
# Where a text names WeChat or QQ, a shape-only ID there is theirs.
_WECHAT_OR_QQ = regex.compile(
    r"微信|薇信|威信|微x|wechat|weixin|v信|(?<![a-z])(?:vx|wx|qq)(?![a-z])|扣扣", regex.I
)
# Letters and digits that are a time, an ordinal, a quantity or a model, not a name.
_QUANTITY = regex.compile(
    r"[0-9]+(?:st|nd|rd|th|am|pm|ish|[a-z]|ms|hrs?|mins?|secs?|days?|wks?|yrs?|kb|mb|gb|tb|kg"
    r"|km|mi|cm|mm|ml|lbs?|oz|fps|hz|mph|kph)"
    r"|[a-z]{1,2}[0-9]{1,4}|[0-9]+[a-z]{1,2}[0-9]*|v?[0-9]+(?:\.[0-9]+)+[a-z]?",
    regex.I,
)
_FILE_SUFFIXES = frozenset(
    {
        "jpg", "jpeg", "png", "gif", "webp", "heic", "mp4", "mov", "mp3", "wav", "pdf", "doc",
        "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "zip", "rar", "exe", "apk", "html",
        "htm", "json",
    }
)  # fmt: skip
# A dotted value ending so is a domain (the newer endings, .cat or .fan, end handles too).
_DOMAIN_ENDINGS = frozenset(
    {
        "com", "net", "org", "edu", "gov", "io", "co", "uk", "cn", "de", "fr", "jp", "ru", "us",
        "ca", "au", "nl", "it", "es", "ch", "se", "no", "be", "at", "ie", "nz", "in", "hk", "tw",
        "sg", "me", "info", "biz", "app", "dev", "tv", "ly", "gg", "xyz",
    }
)  # fmt: skip
# Two humps that are a brand or a surname, not a handle (PlayStation, McDonald, LinkedIn).
_CAMEL_PREFIXES = ("mc", "mac", "de", "di", "la", "le", "van", "von", "du")
_PLATFORM_NAMES = frozenset(
    {
        "playstation", "youtube", "tiktok", "wechat", "whatsapp", "linkedin", "github", "paypal",
        "facebook", "instagram", "snapchat", "twitter", "reddit", "telegram", "discord", "xbox",
        "steam", "twitch", "bilibili", "weibo", "douyin", "iphone", "ipad", "macbook", "airpods",
        "powerpoint", "javascript", "typescript", "onlyfans", "soundcloud", "spotify", "netflix",
        "pinterest", "tumblr",
    }
)  # fmt: skip
_MENTION_KEYWORDS = frozenset({"everyone", "here", "channel", "all", "admin", "admins", "mods"})
# What a group chat's @ may address besides a member (WeChat's @所有人).
_ZH_MENTION_KEYWORDS = frozenset({"所有人", "全体成员", "全体", "大家", "群主", "管理员"})


def _nickname_ok(value: str, pattern: str) -> bool:
    """Whether a Chinese nickname found by ``pattern`` reads as one (see the module)."""
    if not _HAN.search(value) or is_common_word(value) or value in _ZH_MENTION_KEYWORDS:
        return False
    words = tagged_words(value)
    tag = words[0][3]
    if (tag != "eng" and tag.startswith(_NOT_NICK_START_TAGS)) or value[0] in _NOT_NICK_START:
        return False
    if not any(t.startswith(_NOUN_TAGS) for _, _, _, t in words):
        return False  # 博主说的: no noun, no name
    if pattern != "nickname_with_profile" and value[-1] in _PARTICLES:
        return False  # 抖音号注销了: chat about the account; a profile link says otherwise
    if pattern == "mention_han":
        surname, given = split_name(value)
        if is_call_name(value) or (surname and 1 <= len(given) <= 2 and _HAN.fullmatch(given[0])):
            return False  # @王芳: a person, for the name recognizers
    return True


def _letters(token: str) -> str:
    return "".join(ch for ch in token if ch.isalpha()).lower()


class UsernameRecognizer(FootprintPatternRecognizer):
    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [
        # @name, never the middle of an e-mail address; the "@" stays part of the value.
        Pattern("mention", rf"{_BEFORE}@[A-Za-z_][A-Za-z0-9_.\-]{{0,29}}[A-Za-z0-9_]{_AFTER}", 0.6),
        # A fediverse account, @name@host (Mastodon): the whole handle, not an e-mail.
        Pattern(
            "fediverse",
            rf"{_BEFORE}@[A-Za-z0-9_][A-Za-z0-9_.\-]{{0,29}}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
            r"(?<![.\-])(?![A-Za-z0-9_@\-]|\.[A-Za-z0-9])",
            0.9,
        ),
        # Reddit's u/name (also /u/name), with its u/ as people write it (like the @).
        Pattern(
            "reddit_user",
            r"(?:(?<![A-Za-z0-9_./\-])|(?<=(?<![A-Za-z0-9_./\-])/))"
            r"u/[A-Za-z0-9_\-]{3,20}(?![A-Za-z0-9_\-/])",
            0.7,
        ),
        # A Riot ID keeps its tag (Name#EUW1).
        Pattern(
            "introduced",
            rf"{_INTRODUCED}(?P<handle>{_HANDLE}(?:#[A-Za-z0-9]{{2,5}})?){_AFTER}",
            0.6,
        ),
        Pattern(
            "nickname",
            rf"(?i:{_NICK_WORDS})\s*(?:是|为|叫|:|：)?\s*(?P<handle>{_NICK}){_NICK_END}",
            0.6,
        ),
        Pattern(
            "nickname_with_profile",
            rf"(?i:{_PROFILE_OWNERS})\s*(?:是|叫|:|：)?\s*(?P<handle>{_NICK}){_PROFILE_AFTER}",
            0.6,
        ),
        Pattern("mention_han", rf"{_BEFORE}@(?P<handle>{_NICK}){_NICK_END}", 0.6),
        # "follow X" where X has a handle's shape (or a Discord tag): an account to follow.
        Pattern(
            "follow",
            rf"(?i:(?<![a-z])follow)\s+"
            rf"(?P<handle>{_SHAPE}{_HANDLE}|[A-Za-z0-9_.]{{2,32}}#[0-9]{{4}}(?![0-9A-Za-z])){_AFTER}",
            0.6,
        ),
        Pattern("discord_tag", rf"{_BEFORE}[A-Za-z0-9_.]{{2,32}}#[0-9]{{4}}(?![0-9A-Za-z])", 0.3),
        # The user of an ssh address: "ssh owen99@203.0.113.4".
        Pattern(
            "ssh_user",
            r"(?i:(?<![a-z])ssh)\s+(?P<handle>[A-Za-z0-9_.\-]{2,32})(?=@[A-Za-z0-9\-]+\.)",
            0.7,
        ),
        # A Riot ID: a name and a tag of capitals (and digits) after "#", which nothing else
        # writes so: MarcDel#NA1, PotatoAimbot#EUW.
        Pattern(
            "riot_id",
            rf"{_BEFORE}(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{{3,16}}"
            r"#(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,5}(?![0-9A-Za-z])",
            0.6,
        ),
        Pattern("handle_shape", rf"{_BEFORE}{_SHAPE}{_HANDLE}{_AFTER}", 0.2),
    ]  # fmt: skip
    CONTEXT: ClassVar[list[str]] = _CONTEXT
    LANGUAGES = BOTH
    FLAGS = CASE_SENSITIVE  # the shape tells a capital inside a word; words are (?i:...)
    CONVERSATION = True
    BOOST = 0.4
    # An answer that is only a handle is short; a long message is left to its own words.
    CONVERSATION_MAX_LENGTH = 80

    def __init__(self) -> None:
        super().__init__()
        words = sorted({w.lower() for w in self.CONTEXT}, key=len, reverse=True)
        english = "|".join(regex.escape(w) for w in words if w.isascii())
        chinese = "|".join(regex.escape(w) for w in words if not w.isascii())
        self.context_pattern = regex.compile(
            f"(?<![a-z])(?:{english})(?![a-z])|{_NOT_AN_ACCOUNT_BEFORE}(?:{chinese})"
        )
        self._needles = (
            "@", "u/", "#", "昵称", "网名", "up主", "博主", "主播", "视频号", "follow", " as ",
            "ssh", "login", "with user", "ebay", "vinted", "depop", "etsy", "gumtree",
            "poshmark", "add me on", "user ", "admin ", "buyer ", "seller ", "student ",
            "member ", "password for", "publickey for",
            *words,
        )  # fmt: skip
        # What a text must hold for each pattern to be worth running: a cheap test first.
        needs: dict[str, regex.Pattern[str]] = {
            "fediverse": regex.compile("@.*@"),
            "mention": regex.compile("@"),
            "reddit_user": regex.compile("u/"),
            "discord_tag": regex.compile("#"),
            "ssh_user": regex.compile("ssh", regex.I),
            "follow": regex.compile("follow", regex.I),
            "riot_id": regex.compile("#[A-Z0-9]"),
            "introduced": _HANDLE_WORD_HINT,
            "nickname": regex.compile(r"号|名|昵称|id", regex.I),
            "nickname_with_profile": regex.compile(r"主页|链接|https?://"),
            "mention_han": regex.compile(r"@[^\s@]*[\u4e00-\u9fff]"),
            "handle_shape": _SHAPE_HINT,
        }
        self._gated = [
            (pattern.name, needs[pattern.name], score, compiled)
            for pattern, (score, compiled) in zip(self.PATTERNS, self.compiled, strict=True)
        ]

    def applies(self, features: TextFeatures) -> bool:
        return (
            bool(self.LANGUAGES & features.languages)
            and len(features.text) >= 3
            and any(needle in features.lower for needle in self._needles)
        )

    def applies_in_conversation(self, features: TextFeatures) -> bool:
        return 3 <= len(features.text) <= self.CONVERSATION_MAX_LENGTH

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """The base's semantics, with each pattern run only on texts that can hold it and
        the introduced value reported without its handle word."""
        results: list[RecognizerResult] = []
        for name, needed, score, compiled in self._gated:
            if not needed.search(text):
                continue
            for match in compiled.finditer(text):
                start, end = match.span("handle" if "handle" in compiled.groupindex else 0)
                if start == end:
                    continue
                value = text[start:end]
                if name in _CHINESE_PATTERNS:
                    if not _nickname_ok(value, name):
                        continue
                elif self.invalidate_result(value, introduced=name == "introduced"):
                    continue
                results.append(
                    RecognizerResult(
                        self.ENTITY, start, end, score, recognition_metadata=self.metadata
                    )
                )
        if results and _WECHAT_OR_QQ.search(text):
            # Only the signs (@, u/) and the handle words are ours in a text about WeChat.
            results = [r for r in results if r.score >= 0.6 and not self._bare_wechat(text, r)]
        return results

    @staticmethod
    def _bare_wechat(text: str, result: RecognizerResult) -> bool:
        """An introduced value whose handle word is WeChat's (微信账号 xxx)."""
        return text[result.start] != "@" and bool(
            _WECHAT_OR_QQ.search(text, max(0, result.start - 12), result.start)
        )

    def invalidate_result(self, pattern_text: str, introduced: bool = False) -> bool:
        """Whether a value is no handle; ``introduced``: right after a handle word, which
        says what it is, so a letter prefix and digits (dy9771644150) may be one."""
        if pattern_text.startswith("@") and "@" in pattern_text[1:]:
            return False  # @name@host: its host says fediverse account, whatever the name
        value = pattern_text.removeprefix("@").removeprefix("u/")
        lowered = value.lower()
        if "#" in value:  # a Discord tag: its number says what it is, unless a word's
            name = lowered.partition("#")[0]
            return name in _PLATFORM_NAMES or name in COMMON_WORDS
        if value.isdigit():  # a numeric ID only after a handle word, and no phone
            return not 5 <= len(value) <= 10
        if self._is_word(value) or lowered in _MENTION_KEYWORDS or lowered in _PLATFORM_NAMES:
            return True
        if "." in value:
            parts = lowered.split(".")
            # e.g, a.m, ok.see: initials, or words run together after a full stop (an
            # initial and a surname after a handle word is a login: user s.begum)
            initial = introduced and len(parts) == 2 and len(parts[1]) >= 3  # s.begum
            # after @ an initial sits inside a handle too: @kwabena.b.official
            signed = pattern_text.startswith("@") and sum(len(p) >= 3 for p in parts) >= 2
            if (any(len(part) < 2 for part in parts) and not (initial or signed)) or all(
                p in COMMON_WORDS for p in parts
            ):
                return True
            if parts[-1] in _FILE_SUFFIXES or parts[-1] in _DOMAIN_ENDINGS:
                return True
        if "-" in value and all(
            part in COMMON_WORDS or part in self.dictionary for part in lowered.split("-")
        ):
            return True  # check-in, long-term
        if _QUANTITY.fullmatch(lowered):
            return True
        letters = _letters(value)
        digits = sum(ch.isdigit() for ch in value)
        if len(letters) < 2 and not (introduced and digits >= 5):
            return True  # (a letter and a number after a handle word: 学号 B1904226)
        # A number with a letter prefix (a tracking or order number) is no handle, nor
        # a short all-capitals code with digits (a Steam key).
        if "_" not in value and "." not in value:
            if digits >= 6 and digits > len(letters) and not introduced:
                return True
            if digits and value.isupper() and len(value) <= 8 and not introduced:
                return True  # (after a handle word, a student's S2203118 is one)
        return self._is_brand_or_surname(value)

    def _is_word(self, value: str) -> bool:
        lowered = value.lower()
        if lowered in COMMON_WORDS or lowered in self.dictionary:
            return True
        # Without the model's dictionary any lower-case word may be one: not taken.
        return not self.dictionary and value.isalpha() and value.islower()

    def _is_brand_or_surname(self, value: str) -> bool:
        """CamelCase alone (no digit, _ or .) that reads as a brand, a surname or words."""
        if not value.isalpha():
            return False
        humps = regex.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", value)
        lowered = value.lower()
        if lowered in _PLATFORM_NAMES or lowered in COMMON_WORDS or lowered in self.dictionary:
            return True
        if all(hump.lower() in COMMON_WORDS for hump in humps):  # GoodMorning
            return True
        # iPhone, eBay: one lower-case letter before the capital is a brand's style.
        if len(humps) != 2:
            return False
        return bool(regex.match(r"[a-z][A-Z]", value)) or humps[0].lower() in _CAMEL_PREFIXES
