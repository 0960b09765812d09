"""Chinese personal names in free text that no structured field names (``我和王芳去吃饭``).

jieba segments the text and tags person names (``nr``); a tagged word counts when it
starts with a known surname (single or double: ``欧阳娜娜``, split by jieba into
``欧阳`` + ``娜娜`` and joined again) followed by a one- or two-character given name.
Dropped: words jieba's dictionary knows as famous or fixed names (``诸葛亮``,
``东方明珠``), ordinary words it tags ``nr`` (``谢谢``) and a doubled surname. A
nickname right after the words that give it (``叫我帕帕就行``, ``小名豆豆``) is one. A
surname with a form of address (``陈姐``, ``李老师``) is reported whole, as a call name.
A full three-character name is reported on its own; a two-character one needs a word
around it that introduces a person (叫, 同学, 收件人...), because many two-character
words fit the shape.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.chinese import (
    DOUBLE_SURNAMES,
    FUNCTION_TAGS,
    GIVEN_CHARACTER_MIN,
    KIN_AFTER_GIVEN,
    RELATION_WORDS,
    SURNAMES,
    TAGGED_GIVEN_MIN,
    dictionary_entry,
    given_name_characters,
    given_name_count,
    is_common_non_name,
    is_common_word,
    may_hold_name,
    segmented,
    split_name,
    starts_platform,
    tagged_words,
)
from footprint.pii.names import given_names
from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer
from footprint.pii.recognizers.cn_address import division_names

_NAME_TAGS = ("nr", "nrfg", "nrt")
# A dictionary entry tagged nr this common is a famous person or a fixed phrase.
_KNOWN_ENTRY_FREQUENCY = 20
# ... unless its given name is made of common name characters (马春花, 刘永福): many people
# share such a name; only the household names (毛泽东, 孙中山) are that common in text.
_HOUSEHOLD_NAME_FREQUENCY = 1000
_COMMON_PREFIX_FREQUENCY = 100
# Words that follow a surname in place of a given name: forms of address, not names.
_TITLES = frozenset(
    {"老师", "先生", "女士", "小姐", "总", "经理", "阿姨", "叔叔", "师傅", "医生", "律师",
     "老板", "同学", "太太", "奶奶", "爷爷", "大爷", "大妈", "哥", "姐", "总监", "主任",
     "局长", "科长", "处长", "教授", "博士", "家", "某", "氏", "大夫", "主管", "护士", "工",
     "大姐", "大哥", "会计", "秘书", "助理"}
)  # fmt: skip
# Parts of speech of single characters that cannot be part of a given name:
# prepositions, conjunctions, particles, pronouns, adverbs, numerals, measure words, verbs.
_NOT_GIVEN_TAGS = ("p", "c", "u", "r", "d", "y", "e", "m", "q", "f", "v")
NAME_SCORE = 0.65
NICKNAME_SCORE = 0.6
WEAK_SCORE = 0.45  # 小 + a given name's character (小怡, but also 小红书): needs context
# 老张 and 小张 are in jieba's dictionary as nouns (~300): only far more common words
# (老师, 小时, 小区) are not nicknames. 阿 + anything is rarer: 阿姨 is a word.
_COMMON_NICKNAME_FREQUENCY = 350
_COMMON_AH_FREQUENCY = 100
# 老王, 小李 (老/小 + a surname), 阿杰 (阿 + a given name's character), 大刘 (the elder or
# bigger of two with one surname).
_NICKNAME = regex.compile(r"[老小阿幺大][\u4e00-\u9fff]")
# A given name's characters, by how many of ngender's ~32M given names hold them: one
# character alone must be a common name character (芳 195k, 帆 22k; not 桃 9k, 基 10k);
# each of two must be at least an occasional one (not 数, 客, 厘). jieba's HMM tags
# unknown words nr freely (乐高, 柯基, 顾客), so below these a name needs a context word.
_SINGLE_GIVEN_MIN = 15_000
_DOUBLE_GIVEN_MIN = 1_000


def _overlaps(start: int, end: int, spans: Iterable[tuple[float, ...]]) -> bool:
    """Whether ``[start, end)`` overlaps any (start, end, ...) span."""
    return any(s < end and start < e for s, e, *_ in spans)


def _is_han(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def name_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of each Chinese personal name jieba's tags and the surname list
    support in ``text``, and of each 老X/小X/阿X nickname jieba does not know as a common word."""
    tag = may_hold_name(text) or _may_hold_given(text)
    words = _join_reduplicated(tagged_words(text)) if tag else []
    out: list[tuple[int, int, float]] = []
    index = 0
    while index < len(words):
        start, end, word, flag = words[index]
        index += 1
        if not _is_han(word):
            continue
        # jieba splits some names after the surname: 司马 + 超霞, 肖 + 红艳, 上官 + 婷 + 芳.
        tagged_given = False
        if word in SURNAMES and index < len(words) and not _is_function_word(word):
            given, last = _given_after(words, index)
            trusted = flag in _NAME_TAGS or word in DOUBLE_SURNAMES
            tagged_given = last == index and words[index][3] in _NAME_TAGS
            if not trusted and not tagged_given:
                given = ""
            if given:
                word, flag, end = word + given, "nr", words[last][1]
                index = last + 1
        if flag not in _NAME_TAGS or not 2 <= len(word) <= 4:
            continue
        surname, given = split_name(word)
        if not surname or not 1 <= len(given) <= 2 or given in _TITLES or given[0] == surname:
            continue
        if _is_function_word(surname) and (
            _NICKNAME.fullmatch(given) or (len(given) == 2 and given[0] == given[1])
        ):
            continue  # 和 + 阿琪, 和 + 志志: a conjunction before a nickname
        plausible = _plausible(word, given, tagged_given)
        if not (plausible or _named_with_words(word, given)) or word in division_names():
            continue  # 岳麓区
        if (given[0] == given[-1] and len(given) == 2 and is_common_word(given)) or is_place(
            text, start, end
        ):
            continue  # 车 + 谢谢 (jieba tags 谢谢 nr); 李楼村, 王庄 + 村
        if _conjunction_before(text, start, surname):
            # 我 + 和晓燕: the conjunction, then a given name that needs a word around it
            out.append((start + 1, end, WEAK_SCORE))  # (爱玛和雅迪 are two brands)
            continue
        # 向, 于, 和 are surnames, but far more often a preposition or a conjunction: a word
        # jieba lists that starts with one (向左转) is taken as that word unless context says.
        weak = (
            (_is_function_word(surname) and dictionary_entry(word)[0] > 0)
            or not _name_like(given)
            or not plausible  # a name made of words: needs a word around it (乙方刘永福)
        )
        out.append((start, end, WEAK_SCORE if weak else NAME_SCORE))
    out.extend(_doubled_surnames(text, words, out))
    out.extend(_after_relations(words, out))
    out.extend(_doubled_given_names(text, out))
    calls = _call_names(text, words, out)
    called = {(start, end) for start, end, _ in calls}
    out = [span for span in out if span[:2] not in called] + calls  # 王 + 孃孃 weak as a name
    out.extend(_given_nicknames(text, out))
    out.extend(_unsplit_full_names(text, words, out))
    out.extend(_full_names_in_slot(text, out))
    out.extend(_given_names_in_context(text, words, out))
    out.extend(_doubled_nicknames(text, words, out))
    out.extend(_given_character_kin(text, out))
    out.extend(_doubled_child_names(text, out))
    out.extend(_listed_given_names(text, out))
    out.extend(_pasted_chat_senders(text, out))
    out.extend(_tagged_given_names(text, words, out))
    taken = [(s, e) for s, e, _ in out]
    for match in _NICKNAME.finditer(text):
        nick_start, nick_end = match.span()
        if _overlaps(nick_start, nick_end, taken):
            continue
        nickname = match.group()
        if nickname[0] == "阿" and _name_continues(words, nick_end):
            continue  # 阿凡 + 达里: part of a longer, transliterated name
        if starts_platform(text, nick_start):
            continue  # 小红 + 书
        if nickname[0] == "大" and _crosses_listed_word(words, nick_start, nick_end):
            continue  # 大 + 陈皮
        word, flag = _word_around(words, nick_start)
        if len(word) == 3 and word[1:] == nickname and _is_function_word(word[0]):
            word = nickname  # jieba glued a conjunction to it: 和小曦
        if _nickname_ok(nickname, word, flag):
            by_surname = nickname[0] == "阿" or nickname[1] in SURNAMES
            by_surname = by_surname or _by_name_character(nickname)
            out.append((nick_start, nick_end, NICKNAME_SCORE if by_surname else WEAK_SCORE))
    return out


# Words before a measure word: 一张, 这张, 几张 (张 counts sheets there, not a surname).
_COUNTING = frozenset("一二三四五六七八九十两几这那哪每某")


def _join_reduplicated(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A surname and a doubled given name (婷婷, 丽丽) joined into one name token.

    jieba tags the surname by its other use (张 as a measure word, ``q``) and the doubled
    given name as a state word or a noun, or takes a famous two-character name and leaves
    the doubled character alone (X娜 + 娜): the name then has no ``nr`` token to start
    from. A doubled pair counts when jieba's dictionary knows it only rarely (not 哥哥,
    妈妈, 刚刚) and the surname is not counting something (一张, 这张).
    """
    out: list[tuple[int, int, str, str]] = []
    index = 0
    while index < len(words):
        start, _, word, flag = words[index]
        after = words[index + 1] if index + 1 < len(words) else None
        before = out[-1][2] if out else ""
        if after is not None and _is_han(word) and _is_han(after[2]):
            # 张 + 婷婷: a surname token, then a rare doubled pair.
            pair = after[2]
            if (
                word in SURNAMES
                and len(pair) == 2
                and pair[0] == pair[1]
                and pair not in _TITLES
                and not is_common_word(pair)
                and not _is_function_word(word)
                and not (before and before[-1] in _COUNTING)
            ):
                out.append((start, after[1], word + pair, "nr"))
                index += 2
                continue
            # 张 (a measure word to jieba) + 欣怡: a given name of name characters.
            if (
                flag == "q"
                and word in SURNAMES
                and len(pair) == 2
                and pair not in _TITLES
                and _name_like(pair)
                and not is_common_non_name(pair)
                and not (before and before[-1] in _COUNTING)
            ):
                out.append((start, after[1], word + pair, "nr"))
                index += 2
                continue
            # X娜 (a name jieba lists) + 娜: the doubled given name split off.
            if (
                len(word) == 2
                and flag in _NAME_TAGS
                and word[0] in SURNAMES
                and after[2] == word[1]
            ):
                out.append((start, after[1], word + after[2], "nr"))
                index += 2
                continue
        out.append(words[index])
        index += 1
    return out


def _name_like(given: str) -> bool:
    """Whether the characters of ``given`` are common enough in given names (see above)."""
    least = _SINGLE_GIVEN_MIN if len(given) == 1 else _DOUBLE_GIVEN_MIN
    return all(given_name_count(character) >= least for character in given)


def _doubled_given_names(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """Surname + a doubled given name (X婷婷, X睿睿) found by its characters, wherever
    jieba cut it (``下X睿睿的`` as one word): the doubled character common in given names,
    the pair not a word jieba's dictionary knows well (哥哥, 天天), the three characters
    no word it lists (黄澄澄, 冷冰冰) nor start with a common one, not counting (一张), and
    not half of a doubled phrase (高高兴兴, 明明白白)."""
    out: list[tuple[int, int, float]] = []
    for start in range(len(text) - 2):
        surname, given = text[start], text[start + 1]
        if text[start + 2] != given or surname == given or surname not in SURNAMES:
            continue
        end = start + 3
        before = text[start - 1] if start else ""
        if before == surname or before in _COUNTING or text[end : end + 1] == given:
            continue
        if not _is_han(given) or given_name_count(given) < _SINGLE_GIVEN_MIN:
            continue
        pair = given + given
        if pair in _TITLES or is_common_word(pair) or _is_function_word(surname):
            continue
        if dictionary_entry(text[start:end])[0] > 0 or is_common_non_name(text[start : end - 1]):
            continue  # 黄澄澄 is listed; 华丽丽 starts with the word 华丽
        if _overlaps(start, end, (*found, *out)):
            continue
        out.append((start, end, NAME_SCORE))
    return out


# Family and social relations that introduce the short name right after them: 表妹小雪,
# 同事小王, 闺蜜婷婷. After one of these, a 小X/老X/阿X or doubled form is a name even where
# jieba lists it as a word (小雪 is also a solar term), unless the word is far more common.
_RELATIONS = RELATION_WORDS
_RELATION_NICKNAME_MAX = 1_000  # 小雪 87; 小心, 小时 far above


def _after_relations(
    words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    out = []
    for (_, _, word, _), (start, end, name, _) in itertools.pairwise(words):
        if word not in _RELATIONS or len(name) != 2 or not _is_han(name):
            continue
        if not (name[0] in "小老阿" or name[0] == name[1]):
            continue
        if dictionary_entry(name)[0] >= _RELATION_NICKNAME_MAX:
            continue
        if _overlaps(start, end, found):
            continue
        out.append((start, end, NICKNAME_SCORE))
    return out


def _doubled_surnames(
    text: str, words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """汤汤, 林林: a surname said twice, a common nickname, where jieba takes the pair for
    a name it rarely or never saw. Not an adjective's reduplication (红红的, 高高) nor a
    reduplicated phrase (林林总总), which jieba segments as one longer word."""
    out = []
    for start, end, word, flag in words:
        if len(word) != 2 or word[0] != word[1] or word[0] not in SURNAMES:
            continue
        if flag not in _NAME_TAGS or dictionary_entry(word)[0] >= _KNOWN_ENTRY_FREQUENCY:
            continue
        if text[end : end + 1] in ("的", "地") or _overlaps(start, end, found):
            continue
        out.append((start, end, NICKNAME_SCORE))
    return out


# Forms of address after a surname that make the pair how one person is called: 陈姐在催,
# 王总说, 叶师傅修好了. Like "Mrs Brown", the pair names someone the reader can identify.
CALL_TITLES = (
    "老师", "医生", "大夫", "师傅", "经理", "主任", "总监", "律师", "老板", "教练", "阿姨",
    "叔叔", "姐姐", "哥哥", "先生", "女士", "小姐", "太太", "奶奶", "爷爷", "婆婆", "伯伯",
    "大爷", "大妈", "孃孃", "嬢嬢", "主管", "护士", "会计", "秘书", "助理", "大姐", "大哥",
    "大叔", "院长", "校长", "队长", "组长", "店长", "部长", "书记", "教授", "师父",
    "同学", "警官", "法官", "老板娘", "老弟", "姑娘", "妈妈", "爸爸",
    "姐", "哥", "总", "叔", "姨", "嫂", "工",
    # what southern families call their elders' generation: 郑伯, 黄姑, 洪舅, 罗嬢
    "伯", "姑", "舅", "婶", "嬢", "孃",
    # Hunan's grandmother and grandfather (刘娭毑, 王嗲嗲), southern elders (陈阿婆, 李阿公),
    # and uncles and aunts called by a surname (林舅舅, 黄姑姑)
    "娭毑", "嗲嗲", "阿婆", "阿公", "舅舅", "姑姑", "婶婶",
)  # fmt: skip
_CALL_TITLE = "|".join(sorted(CALL_TITLES, key=len, reverse=True))
_CALL_NAME = regex.compile(rf"[\u4e00-\u9fff](?:{_CALL_TITLE})")
# An English first name and a form of address, as Chinese workplaces call people (Kelly姐,
# Tony老师): the first name must be one the nicknames dataset lists.
_LATIN_CALL_NAME = regex.compile(rf"(?<![A-Za-z])(?P<given>[A-Z][a-z]{{2,}})(?:{_CALL_TITLE})")
# Surnames far more often a verb said to the person that follows (祝老师, 问医生, 找师傅).
_ADDRESSING_VERBS = frozenset("祝问找叫请求帮等给让把")
_NUMERALS = frozenset("0123456789零一二三四五六七八九十百千万亿两几")
# Surnames jieba tags as a pronoun or an adverb (任, 何, 曾) still head a form of address
# (任律师, 何叔); prepositions and conjunctions (和老师, 向医生) and 那 ("that") do not.
_CALL_NOT_SURNAME_TAGS = ("p", "c")
_CALL_NOT_SURNAMES = frozenset("那都")


# Titles a two-character given name takes as well as a surname: 春花阿姨, 建国叔叔, 丽娟姐.
_KIN_CALL_TITLES = (
    "阿姨", "叔叔", "姐姐", "哥哥", "奶奶", "爷爷", "舅舅", "姑姑", "婶婶", "娭毑", "嗲嗲",
    "姐", "哥", "姨", "叔",
)  # fmt: skip


def _given_name_before_kin_title(text: str, start: int, end: int) -> bool:
    """Whether the "surname" of a call name and the character before it are a two-character
    given name (春 + 花阿姨: 春花, called 阿姨), opening the clause or after a character it
    makes no word with."""
    if not text.endswith(_KIN_CALL_TITLES, start + 1, end) or start == 0:
        return False
    first = text[start - 1]
    # at the clause's start, or after a character it makes no word with (谢谢 + 春林舅舅)
    opens = (
        start - 1 == 0
        or not _is_han(text[start - 2])
        or (
            dictionary_entry(text[start - 2 : start])[0] == 0
            and not (dictionary_entry(first)[1] or "").startswith(_NOT_GIVEN_TAGS)
        )  # not a verb or a function word before a call name (已转 + 宋叔)
    )
    names_use = all(given_name_count(ch) >= _UNTAGGED_GIVEN_MIN for ch in (first, text[start]))
    return _is_han(first) and opens and names_use


def _rare_word_ends(words: list[tuple[int, int, str, str]], end: int) -> bool:
    """Whether a word jieba lists rarely, if at all, ends at ``end``: the surname glued to
    the word before it (问下林 + 经理), not a word of its own (小周 + 总结 never gets here)."""
    for start, word_end, word, _ in words:
        if word_end == end and word_end - start > 1:
            return dictionary_entry(word)[0] < _KNOWN_ENTRY_FREQUENCY
    return False


def _call_surname(surname: str) -> bool:
    """Whether ``surname`` may head a form of address (任律师; not 和老师, 那医生)."""
    if surname not in SURNAMES or surname in _CALL_NOT_SURNAMES:
        return False
    _, tag = dictionary_entry(surname)
    return not (tag or "").startswith(_CALL_NOT_SURNAME_TAGS)


def _call_names(
    text: str, words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """A surname and a form of address (陈姐, 王总, 李老师) where jieba's words start and end
    with it (not 周 + 总结, 帅哥, 师姐: words it lists), not after a number (三万总), and
    the surname not a verb said to the person (祝老师 "wish the teachers")."""
    starts = {start for start, _, _, _ in words}
    ends = {end for _, end, _, _ in words}
    out: list[tuple[int, int, float]] = []
    for match in _CALL_NAME.finditer(text, overlapped=True):
        start, end = match.span()
        surname = text[start]
        if not _call_surname(surname):
            continue
        if surname in _ADDRESSING_VERBS:
            continue  # 祝老师节日快乐: a verb (祝 "wish") before a title
        if end not in ends or text[start - 1 : start] in _NUMERALS:
            continue
        if start not in starts and not _rare_word_ends(words, start + 1):
            continue  # jieba read the surname into a rare word (问下林经理, 发金经理)
        limit = 1 if end - start == 2 else _KNOWN_ENTRY_FREQUENCY  # 李老师 is listed, rarely
        if dictionary_entry(match.group())[0] >= limit:
            continue
        if _given_name_before_kin_title(text, start, end):
            # 春兰姐 is a call name of its own, like 王姐; 春花 + 阿姨 a name and a title.
            start, end = start - 1, (end if end - start == 2 else start + 1)
        elif text[start - 1 : start] in ("小", "老") and start - 1 in starts:
            start -= 1  # 小王老师: the nickname and the title, one call name
        if any(s < end and start < e and (s, e) != (start, end) for s, e, _ in (*found, *out)):
            continue
        out.append((start, end, NICKNAME_SCORE))
    for match in _LATIN_CALL_NAME.finditer(text):
        start, end = match.span()
        if match.group("given").lower() in given_names() and not _overlaps(
            start, end, (*found, *out)
        ):
            out.append((start, end, NICKNAME_SCORE))
    return out


# Each given-name character of a full name found without jieba's name tag: one given
# names use (凯 85k, 墨 1.7k; not 价, 末).
_UNTAGGED_GIVEN_MIN = 1_500
_UNTAGGED_WORD_MAX = 50  # the given name, as a word jieba lists: rare (凯文 40; not 国家)


# Given names of a generation that used words as names (建国, 宏伟, 爱国, 立新): each
# character one that given names use very often, and the word no time, number, verb or
# function word to jieba. After a surname jieba left alone (郑 + 立新) it is a full name.
_CLASSIC_GIVEN_MIN = 40_000
_CLASSIC_NOT_TAGS = ("t", "m", "q", "v", "p", "c", "u", "r", "y", "e", "f")


def _classic_given_name(given: str, tag: str) -> bool:
    return (
        len(given) == 2
        and given[0] != given[1]
        and not tag.startswith(_CLASSIC_NOT_TAGS)
        and all(given_name_count(ch) >= _CLASSIC_GIVEN_MIN for ch in given)
        and given not in _RELATIONS
        and given not in _TITLES
    )


def _unsplit_full_names(
    text: str, words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """A surname and a two-character given name that jieba tagged otherwise: the surname
    alone and the given name as one word it does not list as an ordinary one (郑 as a place
    + 凯文), or a two-character name it lists and a character it leaves over (朱子 + 墨).
    The given characters must be ones given names use, the three no word jieba lists
    (高中生), and a character left over no function word (乐高 + 又)."""
    out: list[tuple[int, int, float]] = []
    for (start, _, head, head_tag), (_, end, rest, rest_tag) in itertools.pairwise(words):
        name = head + rest
        if len(name) != 3 or not _is_han(name) or end - start != 3:
            continue
        if len(head) == 1:
            surname, given = head, rest
            frequency, tag = dictionary_entry(given)
            classic = _classic_given_name(given, rest_tag)
            if frequency >= _UNTAGGED_WORD_MAX and not (tag or "").startswith("nr") and not classic:
                continue  # 王 + 国家
            if rest_tag.startswith((*_NOT_GIVEN_TAGS, "a", "t")) and not classic:
                continue  # 云 + 好用, 丁 + 下周: an adjective, a verb or a time, no given name
        elif (
            head_tag in _NAME_TAGS
            and head[0] in SURNAMES
            and dictionary_entry(head)[0] < _KNOWN_ENTRY_FREQUENCY  # 朱子 17; not 杨梅, 荣耀
        ):
            surname, given = head[0], head[1:] + rest
            if rest_tag.startswith(_NOT_GIVEN_TAGS):
                continue  # 乐高 + 又
        else:
            continue
        # 曾 is an adverb to jieba ("once") but not before a given name it tags as one (曾 +
        # 秀英); prepositions and conjunctions (和, 跟) stay words.
        adverb = head_tag.startswith("d") and rest_tag.startswith("nr") and surname not in "都也就"
        if surname not in SURNAMES or (_is_function_word(surname) and not adverb):
            continue
        if surname in _ADDRESSING_VERBS:
            continue
        if text[start - 1 : start] in _NUMERALS or text[start - 1 : start] in _COUNTING:
            continue
        if given[0] == given[1] or any(given_name_count(ch) < _UNTAGGED_GIVEN_MIN for ch in given):
            continue
        if dictionary_entry(name)[0] > 0 or is_place(text, start, end):
            continue
        if name in division_names() or given in _TITLES:
            continue
        if _overlaps(start, end, (*found, *out)):
            continue
        out.append((start, end, NAME_SCORE))
    return out


# A slot only a person fills: a parent named after their child (冯宏伟爸爸), a patient's
# family (吴国强家属), or a form's
# name field (预约人：江建国). A surname and two given-name characters there are a full
# name even when the given name is a word (宏伟 "grand", 光明 "bright", 建国).
_FULL_NAME_SLOT = regex.compile(
    r"(?P<name>[\u4e00-\u9fff]{3})(?=妈妈|爸爸|家长(?![会群])|家属)"
    r"|(?<=(?:收件人|寄件人|联系人|预约人|订票人|户名|姓名|名字|家长)[:：]\s?)"
    r"(?P<name>[\u4e00-\u9fff]{3})(?![\u4e00-\u9fff])"
    # the party a record or a contract names, with or without a colon (就诊人黄家伟,
    # 乙方程水生, 业主苏海生请到…, 签收人罗俊熙, 收件人写何建平)
    r"|(?<=(?:就诊人|签收人|收件人|收货人|收款人|付款人|业主|甲方|乙方|承租人|出租人|患者|新郎|新娘)"
    r"(?:[:：]\s?|写|是|为)?)"
    r"(?P<name>[\u4e00-\u9fff]{3})(?=[^\u4e00-\u9fff]|$|请|的|说|在|已|于)"
)


def _full_names_in_slot(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """Full names in a slot only a person fills (see ``_FULL_NAME_SLOT``): a surname that
    may head a form of address and two characters given names use, no word jieba lists
    often."""
    out: list[tuple[int, int, float]] = []
    for match in _FULL_NAME_SLOT.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        surname, given = name[0], name[1:]
        if not _call_surname(surname) or given in _TITLES:
            continue  # 曾 (an adverb to jieba) may; 和, 跟 (conjunctions) may not
        if any(given_name_count(ch) < _UNTAGGED_GIVEN_MIN for ch in given):
            continue
        if dictionary_entry(name)[0] >= _KNOWN_ENTRY_FREQUENCY:
            continue  # a famous person or a fixed phrase (江建国 is listed 5 times: no)
        if _overlaps(start, end, (*found, *out)):
            continue
        out.append((start, end, NAME_SCORE))
    return out


# A given name said alone (two characters, no surname), in a slot that says a person: a
# parent or class named after a child (子墨妈妈, 玉兰的班主任), what is theirs (诗涵的快递,
# 若曦手机), a sister or brother (丽娟姐), a relation before it (我老婆红梅), or addressed
# at the start of a message (丽娟，你到哪了).
_GIVEN_AFTER = regex.compile(
    r"(?P<name>[\u4e00-\u9fff]{2})(?="
    r"妈妈|爸爸|家长|奶奶|爷爷|外婆|姥姥|姐姐|哥哥|手机|电话|微信|同学|"
    r"的(?:班主任|家长|妈妈|爸爸|快递|号码|手机|电话|微信|QQ|qq|生日|同桌)|"
    # their family or home: 志刚家闺女, 去丽娟家过
    r"家(?:闺女|儿子|女儿|孩子|小孩|老人|媳妇|老婆|老公|宝宝|姑娘|小子|老大|老二|的|里|过|吃|玩|住))"
)
# Parents and grandparents are called by the child's name in school and family groups.
_PARENT_WORDS = "妈妈|爸爸|奶奶|爷爷|外婆|姥姥|外公|姥爷"
_CHILD_BEFORE_PARENT = regex.compile(rf"(?P<name>[\u4e00-\u9fff]{{2}})(?:{_PARENT_WORDS})")
_OUR_CHILD = regex.compile(r"(?<=(?:我们|咱们|我|咱|俺)家)(?P<name>[\u4e00-\u9fff]{2})")
# A given name with a one-character kin word glued on is what the family calls them, a
# call name of its own like 王姐: 秀英姨, 德发叔, 春兰姐 (not 姐夫, 哥们, 姨妈, 舅妈, 嫂子).
_KIN_SUFFIXES = KIN_AFTER_GIVEN  # the kin words of _GIVEN_KIN
_GIVEN_KIN = regex.compile(
    r"(?P<name>[\u4e00-\u9fff]{2})"
    r"(?:阿姨|叔叔|奶奶|爷爷|阿婆|婆婆|伯伯|舅舅|姑姑|婶婶|姨姨|娭毑|嗲嗲|"
    r"姐(?![夫妹姐])|哥(?![们哥])|姨(?![妈夫姨])|叔(?![叔])|婶(?![婶子])|伯(?![伯父母])|"
    r"舅(?![舅妈])|嫂(?![子嫂]))"
)
# Addressed or the subject of a clause: at the start or after a punctuation mark, and
# followed by a comma or a space (俊豪 我请两日假), a call particle (啊, 呀), 你, a time
# word (芬宸今天又没交作业), "says" (说, and Cantonese 话/讲), an emoji code ([呲牙]), or
# a verb a person does to others (志强约我们, 晓峰问你), an adverb a subject takes
# (建军也来, 秀英已经到了), or what a subject does (静雯到了, 嘉怡在医院, 铭轩怎么不回;
# not 的 or 和: 李宁的新款, 瑞幸和茅台 are brands).
_GIVEN_ADDRESSED = regex.compile(
    r"(?:^|(?<=[\n，。！？：；,!?:;】\]\s]))(?P<name>[\u4e00-\u9fff]{2})"
    r"(?=[，,！!]|[ \u3000](?=[\u4e00-\u9fff])|啊|呀|你|在吗|在不在|今天|明天|昨天|说|跟|"
    r"话(?![题费筒])|讲|\[|已经|刚刚|到了|把|在(?!于)|怎么|没(?!有人)|同(?![学事意时样号])|"
    r"不(?:让|要|想|来|去|会|肯|在|回|理|同意|知道)|"
    r"(?:约|问|叫|喊|让|请|帮|带|找|陪|催|告诉|刚才|也|又|还)"
    r"(?:我|你|他|她|咱|大家|我们|你们|了|在|来|去|到|要|说|过|没|不|会|想|给|帮|问)"
    r")"
)
# Named outright: 我叫海军, 她叫欣怡, 备注泽宇, 我是秋实. These slots hold a name even
# when it is a word (海军 "navy", 秋实 "autumn fruit"), so only the characters are checked.
_GIVEN_NAMED = regex.compile(
    r"(?:(?P<naming>(?:我|她|他|你|名字)叫|名叫)|我是|我就是|备注(?:名|一下|下)?[:：]?)"
    r"(?P<name>[\u4e00-\u9fff]{2})(?=$|[^\u4e00-\u9fff]|啊|呀|哈|吧|呢|哦)"
)
# A sign-off: a given name alone at the message's end, after a space or a punctuation
# mark (…孩子在睡觉 伟龙), one word to jieba and not an exclamation (好甜, 真香, 太美).
_GIVEN_SIGNOFF = regex.compile(r"(?:^|(?<=[\s，。！？,.!?]))(?P<name>[\u4e00-\u9fff]{2})$")
_DEGREE_ADVERBS = frozenset("好真太很超挺蛮巨贼最更")
_DOUBLED = regex.compile(r"([\u4e00-\u9fff])\1")


def _may_hold_given(text: str) -> bool:
    """A slot for a given name, a form of address (任律师: jieba tags 任 a pronoun) or a
    doubled character: worth tagging (see name_spans)."""
    slots = (_GIVEN_AFTER, _GIVEN_KIN, _GIVEN_ADDRESSED, _GIVEN_NAMED, _DOUBLED, _CALL_NAME)
    return any(pattern.search(text) for pattern in slots)


_GIVEN_CHARACTER_MIN = GIVEN_CHARACTER_MIN
_DOUBLED_GIVEN_MIN = 5_000  # a doubled one (贝贝 7.9k)
_GIVEN_LISTED_MAX = 50  # jieba lists it as another word this often at most (甜甜 3)
_GIVEN_NAME_LISTED_MAX = 250  # or as a name (玉兰 229, 红梅 189; not 宝宝 301)


def _cut_as_no_name(words: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """Whether jieba cut a single character out of ``[start, end)`` as a word that is no
    part of a given name (a numeral, a verb: 日 + 开), or across its end (晚上 + 上线)."""
    for word_start, word_end, word, flag in words:
        if word_start < end and start < word_end:
            if word_end > end or word_start < start:
                return True
            if len(word) == 1 and flag.startswith(_NOT_GIVEN_TAGS):
                return True
    return False


def _crosses_listed_word(words: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """Whether a word jieba's dictionary lists runs across an end of ``[start, end)``
    (晚上 + 上线; not 给囡 + 囡, a word its HMM made up)."""
    return any(
        word_start < end
        and start < word_end
        and (word_start < start or word_end > end)
        and dictionary_entry(word)[0] > 0
        for word_start, word_end, word, _ in words
    )


def _name_characters(name: str) -> bool:
    """Two characters given names use, not a title or a relation (叫老师, 叫哥哥)."""
    if name in _TITLES or name in _RELATIONS or name in CALL_TITLES:
        return False
    return given_name_characters(name)


def given_name_like(name: str) -> bool:
    """Two characters a given name may take, no common word (see _given_names_in_context)."""
    least = _DOUBLED_GIVEN_MIN if name[0] == name[1] else _GIVEN_CHARACTER_MIN
    if any(given_name_count(ch) < least for ch in name) or name in _RELATIONS:
        return False
    frequency, tag = dictionary_entry(name)
    if name[0] != name[1] and (tag or "").startswith((*_NOT_GIVEN_TAGS, "a")):
        return False  # 开锁 (a verb) + 的电话
    limit = _GIVEN_NAME_LISTED_MAX if (tag or "").startswith("nr") else _GIVEN_LISTED_MAX
    return frequency < limit and name not in _TITLES and name not in division_names()


# A given name that is a word (春生, 彩霞, 平安): both characters are ones people are named
# with by the tens of thousands, and the word is no time, number, verb or place word and
# not so common in text that the slot would more often hold the word (朋友 9,200).
_WORD_NAME_MAX = 2_000
_COMMONEST_GIVEN = 100_000
_COMMONEST_WORD_NAME_MAX = 5_000
_NOT_WORD_NAME_TAGS = ("t", "m", "v", "s", "f", "p", "c", "d", "r", "u", "q", "ns", "y", "e")


def _word_name(name: str) -> bool:
    frequency, tag = dictionary_entry(name)
    # Two of the commonest name characters (建国, 红军, 振华: a generation's names) are a name
    # in these slots however common the word, or a place (jieba lists 建国 as one).
    commonest = all(given_name_count(ch) >= _COMMONEST_GIVEN for ch in name)
    limit, excluded = (
        (_COMMONEST_WORD_NAME_MAX, tuple(t for t in _NOT_WORD_NAME_TAGS if t != "ns"))
        if commonest
        else (_WORD_NAME_MAX, _NOT_WORD_NAME_TAGS)
    )
    return (
        all(given_name_count(ch) >= TAGGED_GIVEN_MIN for ch in name)
        and name[0] != name[1]
        and frequency < limit
        and not (tag or "").startswith(excluded)
        and name not in _TITLES
        and name not in _RELATIONS
        and name not in CALL_TITLES
        and name not in division_names()
    )


def _given_names_in_context(
    text: str, words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """Two-character given names in a person's slot (see above), where jieba's words start
    with the name (not 一个 + 人妈妈) and no surname right before makes it a full name."""
    starts = {start for start, _, _, _ in words} or {0}
    spans = [m.span("name") for m in _GIVEN_AFTER.finditer(text, overlapped=True)]
    addressed = {m.span("name") for m in _GIVEN_ADDRESSED.finditer(text)}
    spans += addressed
    named = {m.span("name"): bool(m.group("naming")) for m in _GIVEN_NAMED.finditer(text)}
    spans += named
    signoff = _GIVEN_SIGNOFF.search(text)
    if (
        signoff
        and text[signoff.start("name")] not in _DEGREE_ADVERBS
        and any(w[:2] == signoff.span("name") for w in words)
    ):
        spans.append(signoff.span("name"))
    # A one-character kin word stays in the span; the checks below read the name before it.
    kin = {m.span("name"): m.end() for m in _GIVEN_KIN.finditer(text, overlapped=True)}
    spans += kin
    # A child's name before the parent or grandparent it names (浩然爸爸), or after 我家
    # (我们家可乐): slots where a word is a name too.
    parents = {
        m.span("name"): m.end() for m in _CHILD_BEFORE_PARENT.finditer(text, overlapped=True)
    }
    ours = {m.span("name") for m in _OUR_CHILD.finditer(text)}
    spans += ours
    spans += [
        (start, end)
        for (_, _, relation, _), (start, end, name, tag) in itertools.pairwise(words)
        if relation in _RELATIONS and len(name) == 2 and not tag.startswith(_NOT_GIVEN_TAGS)
    ]  # not 我老公 + 微信 (a verbal noun to jieba)
    out: list[tuple[int, int, float]] = []
    for start, end in sorted(set(spans)):
        name = text[start:end]
        # Named outright (她叫思彤), the slot is enough, however jieba cut it (叫思 + 彤).
        said_to_be = named.get((start, end), False) and _name_characters(name)
        if not _is_han(name) or (start not in starts and not said_to_be):
            continue
        whole = kin.get((start, end), end)
        # A word is a name before one kin character (平安叔, 春生叔) or where it is
        # addressed or the subject (彩霞让我上夜班).
        slot = whole - end == 1 or (start, end) in addressed or (start, end) in parents
        worded = (slot or (start, end) in ours) and _word_name(name)
        if not said_to_be and not given_name_like(name) and not worded:
            continue
        # 德发叔 one word to jieba, or cut inside the call name only (玉 + 珍婶)
        one_word = whole - end == 1 and (
            any(w[:2] == (start, whole) for w in words) or not _cut_as_no_name(words, start, whole)
        )
        if _cut_as_no_name(words, start, end) and not one_word and not said_to_be:
            continue  # 14日 + 开 + 家长会
        if (start, end) in addressed and _is_function_word(name[0]) and start + 1 in starts:
            continue  # 都 + 来啊
        if whole - end == 1:
            end = whole  # 德发叔, 秀英姨: one kin character glued on is a call name
        elif (start, end) in parents:
            end = parents[(start, end)]  # 浩然爸爸: the parent, called by the child's name
        # (a two-character title is a name and a title: 春林 + 舅舅, as 春花 + 阿姨)
        if _overlaps(start, end, (*found, *out)):
            continue
        out.append((start, end, NICKNAME_SCORE))
    return out


# A two-character word jieba's dictionary does not list and its HMM tags a name (凤英,
# 锦荣, 佩珊), both of whose characters are frequent in given names, is a given name said
# alone; not the start of a platform's name (小红 + 书) nor a shop's or a firm's (永辉 +
# 超市, 宝龙 + 广场).
_ORGANISATION_AFTER = regex.compile(
    r"超市|广场|商场|商城|大厦|集团|公司|银行|医院|酒店|宾馆|门口|门店|汽车|地图|打车|科技|"
    r"电器|手机|品牌|旗舰|专卖|连锁|分店|总店"
)


def _tagged_given_names(
    text: str, words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for start, end, word, flag in words:
        if end - start != 2 or not flag.startswith("nr") or not _is_han(word):
            continue
        if dictionary_entry(word)[0] > 0 or word in _RELATIONS or word in _TITLES:
            continue
        if any(given_name_count(character) < TAGGED_GIVEN_MIN for character in word):
            continue
        if starts_platform(text, start) or _ORGANISATION_AFTER.match(text, end):
            continue
        if not _overlaps(start, end, (*found, *out)):
            out.append((start, end, NICKNAME_SCORE))
    return out


# A doubled character is a child's or a close friend's pet name (婷婷, 丹丹, 囡囡, 豆豆):
# its character one given names use, the pair a word jieba's dictionary lists rarely if
# at all (毛毛 43, 朵朵 44; not 宝宝, 星星, 刚刚), and no part of a longer word it lists
# (楚楚动人, 点点滴滴). A character that is mostly a word of its own (甜, 暖, 毛: fewer
# than ten given names for each time jieba counts the word) is the adjective or the
# adverb where the pair is tagged so (甜甜 a) or ``的``/``地``/``哒`` follows (暖暖的).
_DOUBLED_NICKNAME_MIN = 1_000  # 囡 1.3k, 豆 1.2k, 朵 1.3k
_DOUBLED_NICKNAME_LISTED_MAX = 50
_WORDLIKE_RATIO = 10
_ADJECTIVE_AFTER = frozenset("的地得哒滴")
_GROUP_AFTER = frozenset("班组队")


def _doubled_nicknames(
    text: str, words: list[tuple[int, int, str, str]], found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _DOUBLED.finditer(text, overlapped=True):
        start, end = match.span()
        character, pair = match.group(1), match.group()
        before, after = text[start - 1 : start], text[end : end + 1]
        if character in (before, after) or before in _COUNTING or before in _NUMERALS:
            continue  # 哈哈哈, 一朵朵
        count = given_name_count(character)
        if count < _DOUBLED_NICKNAME_MIN or pair in _TITLES or pair in _RELATIONS:
            continue
        frequency, tag = dictionary_entry(pair)
        name_tagged = (tag or "").startswith("nr")
        if frequency >= (_GIVEN_NAME_LISTED_MAX if name_tagged else _DOUBLED_NICKNAME_LISTED_MAX):
            continue
        word, _ = _word_around(words, start)
        if len(word) > 2 and pair in word and dictionary_entry(word)[0] > 0:
            continue  # 楚楚动人
        if _crosses_listed_word(words, start, end):
            continue  # 晚上 + 上线
        single, single_tag = dictionary_entry(character)
        if count < _WORDLIKE_RATIO * max(1, single) and (
            after in _ADJECTIVE_AFTER
            or (tag or "").startswith(("a", "z", "d", "v", "m", "t"))
            or (single_tag or "").startswith(("v", "a", "d"))
        ):
            continue  # 甜甜的, 改改 (a verb said twice), 扣扣, 天天 (every day)
        if (single_tag or "").startswith(("m", "t")) and single >= _WORDLIKE_RATIO * count:
            continue  # 年年 (every year): a numeral or time word far more than a name's
        if after in _GROUP_AFTER:
            continue  # 苗苗班: a class named with a doubled word
        if _overlaps(start, end, (*found, *out)):
            continue
        out.append((start, end, NICKNAME_SCORE))
    return out


# One given-name character and 姐 or 哥 (or 仔, 妹), how friends and workmates call each
# other (红姐, 鹏哥, 涛哥): a character given names use often, no surname before 姐/哥 (王姐
# is a call name of its own), the pair no word jieba lists (帅哥, 伟哥, 大姐), and none of
# the characters that make 姐/哥 a role or a kinship (学姐, 师哥, 表姐, 二哥, 小哥).
# Cantonese and southern speech call a man X仔 and a woman X妹 the same way (杰仔, 芳妹;
# not 仔细, 牛仔裤, 妹子, 妹夫).
_ONE_CHARACTER_KIN = regex.compile(
    r"(?P<name>[\u4e00-\u9fff](?:[姐哥](?![姐哥夫们])|仔(?![细裤鸡仔])|妹(?![妹子夫们])))"
)
_ROLE_BEFORE_KIN = frozenset("学师堂表亲干大二三四五六小老阿靓帅富胖瘦傻空乘嫂")


def _given_character_kin(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _ONE_CHARACTER_KIN.finditer(text):
        start, end = match.span("name")
        character = text[start]
        if character in SURNAMES and text[end - 1] in "姐哥":
            continue  # 王姐: a call name (see _call_names)
        if character in _ROLE_BEFORE_KIN or character in _NUMERALS:
            continue
        if given_name_count(character) < _SINGLE_GIVEN_MIN:
            continue
        if dictionary_entry(text[start:end])[0] >= _KNOWN_ENTRY_FREQUENCY:
            continue
        before = text[start - 1 : start]
        if before and dictionary_entry(before + character)[0] >= _COMMON_PREFIX_FREQUENCY:
            continue  # 网红 + 姐: the character ends a word
        if not _overlaps(start, end, (*found, *out)):
            out.append((start, end, NICKNAME_SCORE))
    return out


# A child called by a doubled character in a slot only a child fills: their parent or
# grandparent named after them (甜甜的妈妈, 妞妞她妈, 笑笑奶奶), or a patient or child
# label before (患儿甜甜). There even a word (甜甜 "sweet") is the child's name.
_CHILD_SLOT = regex.compile(
    r"(?P<name>(?P<a>[\u4e00-\u9fff])(?P=a))"
    r"(?=的?(?:妈妈|爸爸|她妈|他妈|她爸|他爸|奶奶|爷爷|外婆|姥姥|姥爷|外公|家长))"
    r"|(?<=患儿|孩子|宝宝|女儿|儿子|闺女|小朋友)(?P<name>(?P<b>[\u4e00-\u9fff])(?P=b))"
)
_DOUBLED_CHILD_MIN = 500  # 妞 562, 豆 1.2k


def _doubled_child_names(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _CHILD_SLOT.finditer(text):
        start, end = match.span("name")
        pair = text[start:end]
        if pair in _TITLES or pair in _RELATIONS or pair[0] in _NUMERALS or pair[0] in _COUNTING:
            continue
        if given_name_count(pair[0]) < _DOUBLED_CHILD_MIN:
            continue
        if dictionary_entry(pair)[0] >= _GIVEN_NAME_LISTED_MAX:
            continue  # 宝宝 301, 天天 1855: what any child is called
        if not _overlaps(start, end, (*found, *out)):
            out.append((start, end, NICKNAME_SCORE))
    return out


# Two-character given names listed with the enumeration comma (永强、宏伟、天宇 各 68 元;
# 子萱、永强还有我): every item made of given-name characters, and most of them no word
# (so 海淀、朝阳 or 红烧、清蒸 is no list of people). A list holding a person already is
# conjuncts' (see footprint.pii.conjuncts).
_GIVEN_LIST = regex.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})+"
    r"(?=[^\u4e00-\u9fff]|$|还有|和|跟|等|都|各|一起|他们|她们|我们|你们|也|说|在|去|来)"
)


def _listed_given_names(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _GIVEN_LIST.finditer(text):
        items = match.group().split("、")
        if not all(_name_characters(item) and item not in division_names() for item in items):
            continue
        names = sum(
            given_name_like(item) or _classic_given_name(item, dictionary_entry(item)[1] or "")
            for item in items
        )
        if 2 * names <= len(items):
            continue
        start = match.start()
        for item in items:
            end = start + len(item)
            if not _overlaps(start, end, (*found, *out)):
                out.append((start, end, NICKNAME_SCORE))
            start = end + 1
    return out


# A chat pasted as text, one line per message with its sender and a colon, the writer's
# own lines as 我 (建芬：姐我到了 / 我：你在哪): the other senders are people. The 我 lines
# tell a transcript from a form, whose lines are fields (地址：…, 电话：…).
_PASTED_SENDER = regex.compile(r"(?m:^)(?P<name>[\u4e00-\u9fff]{2,3})[：:]")
_PASTED_MINE = regex.compile(r"(?m:^)我[：:]")


def _pasted_chat_senders(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    if not _PASTED_MINE.search(text):
        return []
    out: list[tuple[int, int, float]] = []
    for match in _PASTED_SENDER.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        surname, given = split_name(name) if len(name) == 3 else ("", name)
        if len(name) == 3 and not surname:
            continue
        if is_common_word(given) or not _name_characters(given):
            continue
        if not _overlaps(start, end, (*found, *out)):
            out.append((start, end, NICKNAME_SCORE))
    return out


# Words that give the name someone goes by (大家叫我帕帕就行, 小名豆豆), and a nickname's
# shapes: a doubled character, 小/老/阿 + one, or one + 哥/姐/子/仔/儿.
_NAMING = regex.compile(
    r"(?:叫我|喊我|叫他|叫她|管我叫|管他叫|管她叫|小名|乳名|外号|昵称|绰号)(?:叫|是|就是)?[:：\s]?"
    r"(?P<name>[\u4e00-\u9fff]{2})(?=就行|就好|就可以|吧|好了|啦|[^\u4e00-\u9fff]|$)"
)
_NICKNAME_SHAPE = regex.compile(r"(.)\1|[小老阿].|.[哥姐子仔儿]")


def _given_nicknames(
    text: str, found: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """A nickname right after the words that give it (叫我帕帕就行), in a nickname's shape and
    no word jieba's dictionary knows well (叫我哥哥 "call me big brother")."""
    out = []
    for match in _NAMING.finditer(text):
        name = match.group("name")
        start, end = match.span("name")
        if not _NICKNAME_SHAPE.fullmatch(name) or is_common_word(name):
            continue
        if not _overlaps(start, end, found):
            out.append((start, end, NICKNAME_SCORE))
    return out


# Characters that end a village's, a town's or a street's name: a name-shaped word ending
# with one, or written right before one, is a place (李楼村, 王庄 + 村, 张集镇).
PLACE_ENDINGS = frozenset("村镇乡庄屯寨路街")


def is_place(text: str, start: int, end: int) -> bool:
    """Whether the name-shaped ``text[start:end]`` ends with a place's ending or is followed
    by one that starts no longer word (王芳 + 路过 is a name, 王庄 + 村 a village)."""
    if end - start >= 3 and text[end - 1] in PLACE_ENDINGS:
        return True
    if end >= len(text) or text[end] not in PLACE_ENDINGS:
        return False
    following = segmented(text[end : end + 4])
    return not following or len(following[0]) == 1 or dictionary_entry(following[0])[0] == 0


def _conjunction_before(text: str, start: int, surname: str) -> bool:
    """Whether the name's one-character surname, right after a Han character, is a
    conjunction there (和, 与: ``我和晓燕``, ``爱玛和雅迪``)."""
    if start == 0 or not _is_han(text[start - 1]) or len(surname) != 1:
        return False
    return (dictionary_entry(surname)[1] or "").startswith("c")


def _is_function_word(word: str) -> bool:
    """A single character jieba's dictionary tags as a function word (向 p, 和 c)."""
    _, tag = dictionary_entry(word)
    return len(word) == 1 and tag is not None and tag.startswith(FUNCTION_TAGS)


def _given_after(words: list[tuple[int, int, str, str]], index: int) -> tuple[str, int]:
    """The given name that follows a surname at ``words[index:]``: one token of one or two
    Han characters, or two single characters; ("", -1) when none fits."""
    given, last = "", -1
    for position in range(index, min(index + 2, len(words))):
        _, _, word, flag = words[position]
        if not _is_han(word) or len(given) + len(word) > 2 or word in _TITLES:
            break
        if flag not in _NAME_TAGS and (
            flag.startswith(_NOT_GIVEN_TAGS) if len(word) == 1 else is_common_non_name(word)
        ):
            break
        given, last = given + word, position
        if len(given) == 2:
            break
    return (given, last) if given else ("", -1)


def _named_with_words(word: str, given: str) -> bool:
    """A full name whose given name is a word made of two characters people are named with
    by the tens of thousands (刘建军, 马春花, 刘永福): the parents' generation was named with
    words (建军, 国庆, 春花), so it may be a name even though the dictionary lists the word or
    the whole name; only a household name (毛泽东) is far more common in text."""
    return (
        len(word) == 3
        and len(given) == 2
        and not _is_function_word(word[0])  # 向 + 阳花: "towards", a sunflower
        and all(given_name_count(ch) >= TAGGED_GIVEN_MIN for ch in given)
        and dictionary_entry(word)[0] < _HOUSEHOLD_NAME_FREQUENCY
        and (dictionary_entry(word)[1] or "nr").startswith("nr")
    )


def _plausible(word: str, given: str, tagged_given: bool = False) -> bool:
    """Whether jieba's dictionary leaves ``word`` (surname + ``given``) free to be a name.

    jieba tags many ordinary words nr (姜汤, 张开), so a two-character word the dictionary
    lists at all is taken as that word; a longer one must not be a famous or fixed name
    (诸葛亮, 东方明珠) nor start or end with a common word (张开嘴, 苏打水, 戴眼镜), unless
    jieba itself cut the given name off and tagged it a name (``tagged_given``: 江 + 海燕,
    not 江海 + 燕).
    """
    frequency, tag = dictionary_entry(word)
    if tag is not None and not tag.startswith("nr"):
        return False
    if len(word) == 2:
        return frequency == 0
    if frequency >= _KNOWN_ENTRY_FREQUENCY:
        return False
    surname = word[: len(word) - len(given)]
    head, _ = dictionary_entry(surname + given[0])
    # 张开嘴 starts with a word; X娜娜 starts with a name jieba lists, which is no word.
    starts_word = (
        head >= _COMMON_PREFIX_FREQUENCY
        and not tagged_given
        and not (
            given[0] == given[-1]
            and (dictionary_entry(surname + given[0])[1] or "").startswith("nr")
        )
    )
    return not (len(given) == 2 and (is_common_non_name(given) or starts_word))


# A character used in given names this many times for each time jieba's dictionary
# counts it as a word of its own is more a name's than a word: 雯 (42,418 to 8), 菊
# (38,404 to 786), 锦, 军; not 爱 (87,170 to 14,878), 美, 新, 雨.
_NAME_CHARACTER_RATIO = _WORDLIKE_RATIO
_NAME_CHARACTER_MIN = 5_000  # 曦 13.9k, 梓 7.5k


def _name_continues(words: list[tuple[int, int, str, str]], position: int) -> bool:
    """Whether a word jieba tags as a name, and no nickname, starts at ``position``
    (阿凡 + 达里; not 阿杰 + 阿浩)."""
    return any(
        start == position and flag in _NAME_TAGS and _is_han(word) and word[0] != "阿"
        for start, _, word, flag in words
    )


def _by_name_character(nickname: str) -> bool:
    """小 and a character that is almost only found in given names (小雯, 小磊)."""
    if nickname[0] != "小":
        return False
    count = given_name_count(nickname[1])
    return count >= _NAME_CHARACTER_MIN and count >= _NAME_CHARACTER_RATIO * max(
        1, dictionary_entry(nickname[1])[0]
    )


def _word_around(words: list[tuple[int, int, str, str]], position: int) -> tuple[str, str]:
    """The word jieba segmented at ``position``, and its tag."""
    for start, end, word, flag in words:
        if start <= position < end:
            return word, flag
    return "", ""


def _nickname_ok(nickname: str, word: str, tag: str) -> bool:
    """老X/小X with X a surname, or 阿X; not a word jieba's dictionary knows well
    (老师, 小时, 阿姨) nor the start of a longer one (小时候, 老百姓). 大X only with a
    surname, one word to jieba or 大 and the surname alone, and no word it lists at all
    (大刘; not 大方, 大王, 大江)."""
    if nickname[0] == "大":  # one word, or 大 and the surname alone (大 + 邹说: crossing checked)
        return (
            nickname[1] in SURNAMES
            and word in (nickname, "大")
            and dictionary_entry(nickname)[0] == 0
        )
    if nickname[0] != "阿" and nickname[1] not in SURNAMES:
        # 小怡, 小涛: only where jieba itself took it for a name it does not list, or 小 and
        # a character far more a name's than a word (小雯, 小菊; not 小爱, 小美), as one word.
        if word != nickname or dictionary_entry(word)[0] >= _KNOWN_ENTRY_FREQUENCY:
            return False
        return (tag in _NAME_TAGS and dictionary_entry(word)[0] == 0) or _by_name_character(
            nickname
        )
    frequency, listed_tag = dictionary_entry(nickname)
    limit = _COMMON_AH_FREQUENCY if nickname[0] == "阿" else _COMMON_NICKNAME_FREQUENCY
    if frequency >= limit:
        return False
    if nickname[0] == "阿" and frequency and not (listed_tag or "").startswith("nr"):
        return False  # 阿胶, 阿Q: a word jieba lists as no name
    return not (len(word) > 2 and word.startswith(nickname) and dictionary_entry(word)[0] > 0)


class CnPersonRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    # The shape only (Presidio wants a pattern): analyze reads jieba's tags instead.
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("cn_name_shape", r"[\u4e00-\u9fff]{2,4}", 0.0)]
    CONTEXT: ClassVar[list[str]] = [
        "叫", "名叫", "姓名", "名字", "收件人", "联系人", "同学", "同事", "朋友", "老公", "老婆",
        "男朋友", "女朋友", "先生", "女士", "小姐", "老师", "室友", "表姐", "表哥", "堂弟",
        "我和", "我跟", "和我", "跟我",  # someone the writer does something with
        # the parties and roles a form, a contract or a delivery names a person by
        "甲方", "乙方", "出租方", "承租方", "男方", "女方", "户名", "收款人", "付款人", "配送员",
        "快递员", "骑手", "司机", "负责人", "经办人", "业主", "租客", "房东", "患者", "病人",
        "家属", "紧急联系人", "介绍人", "担保人", "申请人", "监护人",
    ]  # fmt: skip
    LANGUAGES = CHINESE
    MIN_LENGTH = 2

    def warm(self) -> None:
        may_hold_name("张")  # loads jieba's dictionary
        given_name_count("芳")
        division_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        return self.results(name_spans(text))


def given_names_in_call_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` and, for each call name made of a given name and a kin word (红梅姐,
    德发叔) or a parent called by the child's name (浩然爸爸), the given name as a finding of
    its own: chat says 红梅 as often as 红梅姐, and
    a reader may know her by either (run after overlaps are resolved, which would drop it)."""
    added = (
        [
            RecognizerResult(
                "PERSON", r.start, r.end - 1, r.score, recognition_metadata=r.recognition_metadata
            )
            for r in results
            if r.entity_type == "PERSON"
            and r.end - r.start == 3
            and text[r.end - 1] in _KIN_SUFFIXES
            and text[r.end - 2] not in "阿大小老"  # 方 + 阿姨: a surname and a title
            and given_name_like(text[r.start : r.end - 1])
        ]
        + [
            RecognizerResult(
                "PERSON", r.start, r.start + 2, r.score, recognition_metadata=r.recognition_metadata
            )
            for r in results
            if r.entity_type == "PERSON"
            and r.end - r.start == 4
            and regex.fullmatch(_PARENT_WORDS, text[r.start + 2 : r.end])
        ]
    )
    if not added:
        return results
    return sorted([*results, *added], key=lambda r: (r.start, -r.end))
