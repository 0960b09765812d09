"""Chinese names in the slot a cue opens for them, where jieba's segmentation misses them.

jieba cuts a name glued to the word before it into other words (``转账给付雨桐`` as 给付 +
雨桐, ``车主任刚`` as 车 + 主任 + 刚, ``联系人马思琪`` as 联系 + 人马 + 思琪), and takes a
given name that is also a word for that word (朱 + 国庆, 石 + 欣怡): the name recognizer
then has no name token to start from. Here the text is read character by character
after a cue that says a name comes next:

- a field or a role that holds a name (姓名, 户名, 实名, 收款人, 联系人, 车主, 司机,
  家长, 新郎...), with a colon or not: a surname and a one- or two-character given name,
  even one that is a word (姓名：安宁, 户名夏天) when a mark, a digit or the end closes it;
- a kinship term (二姨, 三舅, 表哥): the same;
- brackets right after an account or a number (``6216…（黎明）``): the same;
- a verb or a list that hands something to a person (转账给, 抄送, 找, 是, 和, 、) and,
  weakest, a punctuation mark or the start of the text: a full three-character name only.

The slot must close right after the name: a punctuation mark, a bracket, a digit or the
end of the text, or a word that cannot continue a name (的, a time word, 电话, 还有...).
Each given-name character must be common in given names (ngender's counts, as in
:mod:`.cn_person`); the name must be no ordinary word (高兴) nor a division's name. A
given name that is a word (国庆, 建军) is taken here, since the cue says it is a name.
"""

from __future__ import annotations

from functools import cache
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.chinese import (
    DOUBLE_SURNAMES,
    FUNCTION_TAGS,
    SURNAMES,
    dictionary_entry,
    given_name_count,
    is_common_word,
    split_name,
    tagged_words,
)
from footprint.pii.names import remark_name
from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer
from footprint.pii.recognizers.cn_address import division_names
from footprint.pii.recognizers.cn_person import CALL_TITLES, is_place

# Fields and roles whose value is a person's name.
_FIELDS = (
    "姓名", "名字", "户名", "实名", "收款人", "收款方", "收件人", "收货人", "联系人", "寄件人",
    "发件人", "持卡人", "开户名", "开户人", "账户名", "乘车人", "乘机人", "入住人", "领取人",
    "取件人", "负责人", "经办人", "申请人", "监护人", "签收人", "委托人", "患者", "家长",
    "车主", "户主", "房东", "租客", "司机", "快递员", "骑手", "经纪人", "新郎", "新娘", "班主任",
    "法人", "担保人", "借款人", "付款人", "付款方", "紧急联系人", "群主",
)  # fmt: skip
# Fields only a form, a transfer or a contact card has: what fills them is the name even
# with no colon (户名夏天); any field counts after a colon (司机：黄金), not in a sentence
# (家长高兴).
_FORM_FIELDS = frozenset(
    {"姓名", "户名", "实名", "开户名", "开户人", "账户名", "持卡人", "收款人", "收款方", "付款人",
     "付款方", "收件人", "收货人", "寄件人", "紧急联系人"}
)  # fmt: skip
# Kinship terms, with the rank or side that often comes before them (二姨, 表哥).
_KIN = (
    r"(?:[大二三四五六七八九小老表堂]?(?:姨|舅|姑|叔|伯|婶|姐|哥|妹|弟)"
    r"|姨妈|舅舅|姑姑|姥姥|奶奶|爷爷)"
)
# Verbs that hand something to a person: a two-character name may follow when a
# punctuation mark or the end closes it (转账给万宁，).
_HANDOVER = ("转账给", "转给", "打给", "发给", "交给", "寄给", "还给", "借给", "给", "抄送", "找")
# Verbs and joins that name or list people.
_VERBS = (
    "问", "通知", "告诉", "是", "和", "跟", "与", "及", "、", "叫", "请",
    "见到", "碰到", "遇到", "等",
)  # fmt: skip
_SEPARATOR = r"[:：\s]*"
_CUE = regex.compile(
    rf"(?P<field>{'|'.join(sorted(_FIELDS, key=len, reverse=True))})(?:信息|姓名|名字)?{_SEPARATOR}"
    rf"|(?P<kin>{_KIN})"
    rf"|(?<=[0-9A-Za-z@.])\s*(?P<bracket>[（(【\[])"
    rf"|(?P<handover>{'|'.join(sorted(_HANDOVER, key=len, reverse=True))})"
    rf"|(?P<verb>{'|'.join(sorted(_VERBS, key=len, reverse=True))})"
    r"|(?P<start>^|[，。！？；：,.!?;:【】（）()\[\]\s])"
)
# Brackets and what closes each.
_CLOSING = {"（": "）", "(": ")", "【": "】", "[": "]"}
_PUNCTUATION = frozenset("，。！？；：、,.!?;:（）()【】[]「」『』“”\"'…~～ \t\n")
# Words that cannot continue a name: particles, prepositions, conjunctions, adverbs,
# time words, numerals, pronouns; and the contact details that follow a name.
_FOLLOW_TAGS = ("uj", "ul", "uz", "p", "c", "d", "t", "m", "r", "y")
_FOLLOW_WORDS = frozenset(
    {"电话", "手机", "手机号", "手机号码", "微信", "邮箱", "身份证", "地址", "联系方式", "卡号",
     "还有", "以及", "等", "说", "回", "来", "去", "为您", "同学", "先生", "女士", "收"}
)  # fmt: skip
_SINGLE_GIVEN_MIN = 15_000  # as cn_person: a one-character given name of a common one
_FIELD_SINGLE_GIVEN_MIN = 5_000  # after a field (户名范桐): 桐 6.6k
_DOUBLE_GIVEN_MIN = 3_000
_FAMOUS_FREQUENCY = 20  # as cn_person: a listed name this common is famous or fixed
_COMMON_HEAD_FREQUENCY = 100  # as cn_person: 张开嘴 starts with a word
_WEAK_HEAD_FREQUENCY = 50
_COMMON_GIVEN_FREQUENCY = 1_000  # 明天 3264, 元素 1914; 国庆 131, 建军 170
FIELD_SCORE = 0.7
CUE_SCORE = 0.65


def _is_han(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


@cache
def _first_word(text: str) -> tuple[str, str]:
    """jieba's first word of ``text`` and its tag."""
    words = tagged_words(text)
    return (words[0][2], words[0][3]) if words else ("", "")


def _closes(text: str, end: int) -> bool:
    """Whether a name may end at ``end``: the end, punctuation, a digit or Latin letter, or
    a word that cannot continue a name."""
    if end >= len(text):
        return True
    after = text[end]
    if after in _PUNCTUATION or after.isascii() or not _is_han(after):
        return True
    word, tag = _first_word(text[end : end + 6])
    return word in _FOLLOW_WORDS or tag.startswith(_FOLLOW_TAGS)


def _cuts_word(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` would cut a common word in two (阿杰周 + 末)."""
    return 0 < end < len(text) and is_common_word(text[end - 1 : end + 1])


def _given_ok(given: str, field: bool = False) -> bool:
    if len(given) == 2 and given[0] == given[1] and is_common_word(given):
        return False  # 张 + 多多, 张 + 妈妈: a doubled word
    single = _FIELD_SINGLE_GIVEN_MIN if field else _SINGLE_GIVEN_MIN
    least = single if len(given) == 1 else _DOUBLE_GIVEN_MIN
    return _is_han(given) and all(given_name_count(ch) >= least for ch in given)


def _candidates(text: str, start: int, field: bool = False) -> list[tuple[int, str]]:
    """(end, name) of each surname + given name (two characters first) at ``start``."""
    out = []
    for surname_length in (2, 1):
        surname = text[start : start + surname_length]
        if surname_length == 2 and surname not in DOUBLE_SURNAMES:
            continue
        if surname_length == 1 and surname not in SURNAMES:
            continue
        for given_length in (2, 1):
            end = start + surname_length + given_length
            if end <= len(text) and _given_ok(text[start + surname_length : end], field):
                out.append((end, text[start:end]))
        break
    return out


def _plain_word(name: str, strong: bool, to_person: bool) -> bool:
    """A word jieba's dictionary knows as no name (高兴, 王国), or, but for a strong cue, as
    a name so common it is someone famous or a word (黎明), unless a verb hands something to
    it (抄送, 转账给: a famous person gets no copy); or three characters that start
    with a common word (许多人, 田园风, 杨梅钱)."""
    if len(name) == 3 and name[:2] not in DOUBLE_SURNAMES:
        # jieba tags many words nr (田园, 杨梅): after a weak cue any listed head counts.
        head, head_tag = dictionary_entry(name[:2])
        if strong and head >= _COMMON_HEAD_FREQUENCY and not (head_tag or "").startswith("nr"):
            return True
        if not strong and head >= _WEAK_HEAD_FREQUENCY:
            return True
    frequency, tag = dictionary_entry(name)
    if frequency == 0:
        return False
    if (tag or "").startswith("nr"):
        # 东方明珠 (20+) is a fixed name, or a famous one (黎明), unless a field says so.
        return not (strong or to_person) and frequency >= _FAMOUS_FREQUENCY
    return is_common_word(name) or len(name) > 2


def _weak_reading(name: str, to_person: bool) -> bool:
    """After a weak cue, a reading other than a name that is likelier: a surname that is
    mostly a function word (那周日, 都正常), or a given name that is a common word (车 +
    明天, 乐 + 元素; not 国庆 or 建军, which are rarer as words than as names)."""
    surname, given = split_name(name)
    _, surname_tag = dictionary_entry(surname)
    if not to_person and len(surname) == 1 and (surname_tag or "").startswith(FUNCTION_TAGS):
        return True  # after 找 or 抄送, 何 is a surname
    frequency, tag = dictionary_entry(given)
    return (
        len(given) == 2
        and frequency >= _COMMON_GIVEN_FREQUENCY
        and not (tag or "").startswith("nr")
    )


# A surname and a form of address (方师傅, 谢总), where jieba glued the surname to the cue
# (房东 + 方 -> 房 + 东方, 找谢 + 总): the title list is cn_person's.
_CALL_NAME = regex.compile(rf"(?:{'|'.join(sorted(CALL_TITLES, key=len, reverse=True))})")
_LISTED_CALL_FREQUENCY = 20  # as cn_person: a listed three-character one is fixed (康师傅)


def _call_name_end(text: str, start: int) -> int:
    """The end of a surname + form of address at ``start``, or -1."""
    for surname_length in (2, 1):
        surname = text[start : start + surname_length]
        if surname_length == 2 and surname not in DOUBLE_SURNAMES:
            continue
        if surname not in SURNAMES:
            continue
        title = _CALL_NAME.match(text, start + surname_length)
        if title is None:
            return -1
        end: int = title.end()
        limit = 1 if end - start == 2 else _LISTED_CALL_FREQUENCY  # 施工, 康师傅 are words
        if dictionary_entry(text[start:end])[0] >= limit or _cuts_word(text, end):
            return -1  # 周总 + 结: the title is the start of a word (总结)
        return end
    return -1


# WeChat's own line when someone adds people to a group: "A"邀请"B"加入了群聊 (the display
# names quoted or not). Both are people; a remark that pairs a role with a name (班长刘洋)
# gives the name.
_INVITE = regex.compile(
    r"(?:^|(?<=[\s，。！？；：,.!?;:]))(?P<q1>[\"“”]*)(?P<a>[^\s\"“”，。]{2,12}?)(?P=q1)"
    r"邀请(?P<q2>[\"“”]*)(?P<b>[^\s\"“”，。]{2,12}?)(?P=q2)加入了?群聊"
)


def _invite_spans(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _INVITE.finditer(text):
        for group in ("a", "b"):
            start, end = match.span(group)
            name = match.group(group)
            part = remark_name(name) if _is_han(name) else None
            if part is not None and name.endswith(part):
                out.append((end - len(part), end, FIELD_SCORE))
            elif _is_han(name) and 2 <= len(name) <= 4 and split_name(name)[0]:
                out.append((start, end, FIELD_SCORE))
    return out


# An e-mail address's display name: 张伟 <zhangwei@example.com>; the format says it is a
# name, so any given name after a surname counts, but an ordinary word does not.
_DISPLAY_NAME = regex.compile(
    r"(?:^|(?<=[\s，,：:;；\]】]))(?P<name>[\u4e00-\u9fff]{2,4})\s*<[^<>\s@]+@[^<>\s]+>"
)


def _display_name_spans(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for match in _DISPLAY_NAME.finditer(text):
        name = match.group("name")
        surname, given = split_name(name)
        if surname and 1 <= len(given) <= 2 and not is_common_word(name):
            out.append((*match.span("name"), FIELD_SCORE))
    return out


_CONJUNCTIONS = frozenset("和跟与及")


def cued_name_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of each name in a slot a cue opens (see the module)."""
    out = _invite_spans(text) + _display_name_spans(text)
    taken_until = -1
    for cue in _CUE.finditer(text):
        start = cue.end()
        if start <= taken_until or start >= len(text):
            continue
        if any(s <= start < e for s, e, _ in out):
            continue
        kind = cue.lastgroup or "start"
        strong = kind in ("field", "kin", "bracket")
        if kind == "kin" and text[start] in _CONJUNCTIONS and start + 1 < len(text):
            start += 1  # 我表哥和阿杰: the cousin, then someone else, and 和 joins them
        if kind != "start":
            call_end = _call_name_end(text, start)
            if call_end > 0:
                out.append((start, call_end, FIELD_SCORE if strong else CUE_SCORE))
                taken_until = call_end
                continue
        for end, name in _candidates(text, start, kind == "field"):
            if not strong and len(name) < 3:
                closed = end >= len(text) or text[end] in _PUNCTUATION
                if kind != "handover" or not closed:
                    continue
            if _cuts_word(text, end):
                continue
            if kind == "bracket":
                if text[end : end + 1] != _CLOSING[cue.group("bracket")]:
                    continue
            elif not _closes(text, end):
                continue
            # A field's value closed by a mark, a digit or the end is the name the field
            # asks for, though it is a word too (姓名：安宁, 户名夏天，, 紧急联系人江河 183...).
            filled = (
                kind == "field"
                and (cue.group("field") in _FORM_FIELDS or regex.search(r"[:：]", cue.group()))
                and (end >= len(text) or text[end] in _PUNCTUATION or text[end].isascii())
            )
            if (
                (not filled and _plain_word(name, strong, kind == "handover"))
                or name in division_names()
                or is_place(text, start, end)
            ):
                continue
            if not strong and _weak_reading(name, kind == "handover"):
                continue
            out.append((start, end, FIELD_SCORE if strong else CUE_SCORE))
            taken_until = end
            break
    return out


class CnCuedNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    # The shape only (Presidio wants a pattern): analyze reads the cues instead.
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("cn_cued_name", r"[\u4e00-\u9fff]{2,4}", 0.0)]
    LANGUAGES = CHINESE
    MIN_LENGTH = 3

    def warm(self) -> None:
        given_name_count("芳")
        division_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        return self.results(cued_name_spans(text))
