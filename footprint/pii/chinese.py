"""Chinese word knowledge for finding names: surnames, and jieba's segmenter and dictionary.

- Surnames: Faker's ``zh_CN`` list (about 400, by frequency) plus the common double
  surnames (``欧阳``, ``司马``...), which Faker lacks but for one.
- ngender (MIT) counts how often each character occurs in given names (about 9,400
  characters over ~32 million names, data only): ``芳`` and ``磊`` are name characters,
  ``桃`` and ``客`` rarely are.
- jieba (MIT) segments text and tags words with parts of speech; ``nr`` marks a person's
  name. Its dictionary ships with the package (no download); it caches the parsed
  dictionary in the temporary folder. A word the dictionary knows well as anything
  but a name (``明明`` "obviously", ``高兴``) is a common word, not a nickname.
"""

from __future__ import annotations

import csv
import itertools
import logging
import threading
from functools import cache
from importlib import resources
from typing import Any

from faker.providers.person.zh_CN import Provider as _ChineseNames

# Two-character surnames in use today (Faker lists only 欧阳).
DOUBLE_SURNAMES = frozenset(
    {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
     "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "钟离", "申屠",
     "澹台", "太史", "闻人", "万俟", "赫连", "拓跋"}
)  # fmt: skip
# Common simplified spellings Faker lists only in another form (萧, 傅, 阎).
VARIANT_SURNAMES = frozenset({"肖", "付", "闫"})
# 阿 heads a form of address (阿杰, 阿紫) far more often than it is the rare surname.
NOT_SURNAMES = frozenset({"阿"})
SURNAMES = (frozenset(_ChineseNames.last_names) | DOUBLE_SURNAMES | VARIANT_SURNAMES) - NOT_SURNAMES

# A word jieba's dictionary counts at least this often, tagged as anything but a name,
# is an ordinary word; nr-tagged words that common (谢谢 is tagged nr) are too.
COMMON_WORD_FREQUENCY = 100
COMMON_NAME_TAGGED_FREQUENCY = 500

# Tags of words that are never part of a name: prepositions, conjunctions, particles,
# pronouns, adverbs, modal particles, interjections.
FUNCTION_TAGS = ("p", "c", "u", "r", "d", "y", "e")

_lock = threading.Lock()


@cache
def _given_name_counts() -> dict[str, int]:
    table = resources.files("ngender").joinpath("charfreq.csv")
    with table.open(encoding="utf-8") as rows:
        return {row["char"]: int(row["male"]) + int(row["female"]) for row in csv.DictReader(rows)}


def given_name_count(character: str) -> int:
    """How many of ngender's ~32 million given names hold ``character``."""
    return _given_name_counts().get(character, 0)


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name) of a Chinese full name; ("", name) when no surname leads it."""
    if name[:2] in DOUBLE_SURNAMES and len(name) >= 3:
        return name[:2], name[2:]
    if name[:1] in SURNAMES and len(name) >= 2:
        return name[:1], name[1:]
    return "", name


@cache
def _tokenizer() -> Any:
    """jieba's part-of-speech tokenizer, initialised once (about a second, then cached)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        jieba.initialize()
    return jieba.posseg.dt


def segmented(text: str) -> list[str]:
    """jieba's words for ``text`` (with its HMM, which joins characters it has never seen
    together, such as most personal names, into new words); no tags, nine times cheaper."""
    return list(_tokenizer().tokenizer.cut(text, HMM=True))


def tagged_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, part-of-speech tag) for each word jieba segments ``text`` into."""
    out: list[tuple[int, int, str, str]] = []
    position = 0
    for pair in _tokenizer().cut(text, HMM=True):
        word, flag = str(pair.word), str(pair.flag)
        out.append((position, position + len(word), word, flag))
        position += len(word)
    return out


# Chinese apps and platforms whose names chats write and jieba's dictionary lacks; one
# may start like a nickname (小红书 as 小红 + 书).
PLATFORMS = ("小红书", "小程序", "抖音", "快手", "微博", "哔哩哔哩", "视频号", "公众号")


def starts_platform(text: str, position: int) -> bool:
    """Whether a platform's name starts at ``position`` of ``text``."""
    return text.startswith(PLATFORMS, position)


def may_hold_name(text: str) -> bool:
    """Cheap test before tagging: does jieba segment a word that may be a name? One its
    dictionary tags as a name, a new word (not in the dictionary) with a surname or
    老/小/阿 in it or of two frequent given-name characters, or a surname standing alone
    that is not a function word."""
    tags = _tokenizer().word_tag_tab
    for word in segmented(text):
        tag = tags.get(word)
        if tag is None:  # a new word: a name may be glued to a character (叫小怡)
            if len(word) >= 2 and any(ch in SURNAMES or ch in "老小阿" for ch in word):
                return True
            frequent = [given_name_count(ch) >= TAGGED_GIVEN_MIN for ch in word]
            if any(a and b for a, b in itertools.pairwise(frequent)):
                return True  # a given name said alone, maybe glued to a verb (问 + 凤英)
        elif tag.startswith("nr") or (word in SURNAMES and not tag.startswith(FUNCTION_TAGS)):
            return True
    return False


def dictionary_entry(word: str) -> tuple[int, str | None]:
    """(frequency, part-of-speech tag) of ``word`` in jieba's dictionary; (0, None) if absent."""
    tokenizer = _tokenizer()
    frequency = int(tokenizer.tokenizer.FREQ.get(word) or 0)
    return frequency, tokenizer.word_tag_tab.get(word)


def is_common_non_name(word: str) -> bool:
    """A common word that is not a proper noun (眼镜, 打水; not 建华, tagged nz)."""
    frequency, tag = dictionary_entry(word)
    return frequency >= COMMON_WORD_FREQUENCY and not (tag or "").startswith(("nr", "nz", "ns"))


def is_common_word(word: str) -> bool:
    """Whether jieba's dictionary knows ``word`` as an ordinary word rather than a name."""
    frequency, tag = dictionary_entry(word)
    if tag is not None and tag.startswith("nr"):
        return frequency >= COMMON_NAME_TAGGED_FREQUENCY
    return frequency >= COMMON_WORD_FREQUENCY


# How a contact is called by surname and standing: 何姐, 李总, 周工, 陈老师.
HONORIFICS = (
    "姐", "哥", "总", "工", "姨", "叔", "伯", "嫂", "老师", "师傅", "医生", "经理", "主任",
    "阿姨", "叔叔", "大姐", "大哥", "老板", "律师", "老板娘", "主管", "护士", "大夫",
)  # fmt: skip
# 老张 and 小张 are in jieba's dictionary as nouns (~300): only far more common words
# (老师, 小时, 小米) are not nicknames; 阿 + anything is rarer (阿姨 is a word).
_COMMON_NICKNAME_FREQUENCY = 350
_COMMON_AH_FREQUENCY = 100


def is_call_name(word: str) -> bool:
    """A form people use for someone instead of the full name: 小刘, 老王, 阿杰 (小/老 + a
    surname, 阿 + a character) or a surname with a form of address (何姐, 李总, 陈老师);
    not an ordinary word jieba's dictionary knows well (小米, 老公, 阿姨, 高工)."""
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word) or not 2 <= len(word) <= 4:
        return False
    frequency, _ = dictionary_entry(word)
    if len(word) == 2 and word[0] in "小老阿":
        if word[0] == "阿":
            return frequency < _COMMON_AH_FREQUENCY
        return word[1] in SURNAMES and frequency < _COMMON_NICKNAME_FREQUENCY
    surname, rest = split_name(word)
    return bool(surname) and rest in HONORIFICS and frequency < COMMON_WORD_FREQUENCY


# A given name's characters: each one given names use (墨 1.7k; not 手 149).
GIVEN_CHARACTER_MIN = 1_500
# Each character of a two-character word jieba does not list this frequent in given names
# (凤 37k, 英 220k): the word may be a given name said alone, jieba's HMM tags it so.
TAGGED_GIVEN_MIN = 20_000
# Relations and roles written right before a given name (表弟志明, 我老婆红梅, 中介小康).
RELATION_WORDS = frozenset(
    {"表妹", "表弟", "表姐", "表哥", "堂妹", "堂弟", "堂姐", "堂哥", "妹妹", "弟弟", "姐姐", "哥哥",
     "老妹", "老弟", "我妹", "我弟", "我姐", "我哥", "同事", "同学", "朋友", "闺蜜", "室友", "舍友",
     "邻居", "老公", "老婆", "媳妇", "男友", "女友", "男朋友", "女朋友", "儿子", "女儿", "侄子",
     "侄女", "外甥", "外甥女", "孙子", "孙女", "师傅", "徒弟", "师兄", "师姐", "师弟", "师妹",
     "孩子", "闺女", "学姐", "学妹", "学长", "学弟", "租客", "房客", "房东", "学生", "员工", "中介",
     "楼长", "对象", "司机", "保姆", "合租", "老乡", "发小"}
)  # fmt: skip
# Kin words glued after a given name to call someone (丽娟姐, 秀英姨, 德发叔).
KIN_AFTER_GIVEN = frozenset("姐哥姨叔婶伯舅嫂")


def given_name_characters(word: str) -> bool:
    """Two Han characters that given names use (志明, 丽娟; not 铁观, 老客)."""
    return (
        len(word) == 2
        and all("\u4e00" <= ch <= "\u9fff" for ch in word)
        and all(given_name_count(ch) >= GIVEN_CHARACTER_MIN for ch in word)
    )


def is_given_kin_name(word: str) -> bool:
    """A given name and a kin word, what a family or a shop's regulars call someone:
    ``丽娟姐``, ``秀英姨``; not a listed word (表姐, 大哥)."""
    return (
        len(word) == 3
        and word[2] in KIN_AFTER_GIVEN
        and given_name_characters(word[:2])
        and not is_common_word(word[:2])
        and dictionary_entry(word)[0] < COMMON_WORD_FREQUENCY
    )


def is_role(words: str) -> bool:
    """Whether ``words`` (Han characters) is made of ordinary dictionary words, as a role,
    a place or a team in a contact's remark is (调度, 财务部, 楼下, 健身教练), and is no
    surname or name itself."""
    if len(words) < 2 or words in SURNAMES or words[:2] in DOUBLE_SURNAMES:
        return False
    if not all("\u4e00" <= ch <= "\u9fff" for ch in words):
        return False
    for word in segmented(words):
        frequency, tag = dictionary_entry(word)
        if frequency == 0 or (tag or "").startswith("nr"):
            return False
    return True
