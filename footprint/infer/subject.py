"""Whose trait a sensitive word is: the user's, or someone else's they write about.

A special category is claimed about the user only from evidence about the user. The user's
own messages also talk about other people: "your blood pressure", "mum's church", 老王血压高,
"我陪朋友去医院", "tell pastor I said hey", a granddaughter's christening. Three readings,
English and Chinese:

- :func:`about_someone_else`: the nearest person named before the word, in its clause, is
  someone else (you, he, she, they, a relative, a friend, "Ellie's", 你, 他, 我妈, 老王), or
  the clause says the user goes along for another person (陪朋友, "taking mum to ...") or
  gets the thing for them ("tablets for dad", 降压药给妈买了), or the word is in a question
  that does not name the user ("did the physio help", "pills taken yet?", 复查了吗, 血压量了没,
  还剩几盒), or a clause naming no one continues a sentence whose subject is someone else
  (妈挺好的，就是血压有点高; "dad's fine, blood pressure a bit high").
- :func:`owned_by_user`: a word that names a person of a faith (pastor, 牧师) is somebody
  else unless the user makes them their own ("my pastor", 我们牧师).
- :func:`at_anothers_ceremony`: a place of worship in a text about a wedding, a christening
  or a funeral is where a guest goes, not the user's practice.

Kinship and other words for people come from ``lexicons/relationships.yaml`` (forms of
address), with pronouns and a few general person nouns added here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from footprint.infer.lexicon import load_lexicon

__all__ = ["about_someone_else", "at_anothers_ceremony", "owned_by_user"]

# How far back in a clause a person named still governs the word (tokens / characters).
WINDOW_WORDS = 6
WINDOW_CHARS = 8

_SELF = frozenset(
    {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "we",
     "we're", "we've", "we'd", "our", "ours", "us", "ourselves"}
)  # fmt: skip
_OTHER_PRONOUNS = frozenset(
    {"you", "your", "yours", "you're", "youre", "you've", "u", "ur", "yourself", "he", "he's",
     "his", "him", "himself", "she", "she's", "her", "hers", "herself", "they", "they're",
     "their", "theirs", "them", "themselves"}
)  # fmt: skip
_PERSON_NOUNS = frozenset(
    {"friend", "friends", "neighbour", "neighbor", "neighbours", "neighbors", "colleague",
     "colleagues", "coworker", "coworkers", "partner", "wife", "husband", "girlfriend",
     "boyfriend", "fiance", "fiancee", "kid", "kids", "child", "children", "baby", "grandson",
     "granddaughter", "grandkids", "grandchildren", "niece", "nephew", "parents", "family",
     "mother", "father", "sibling", "siblings", "in-laws", "flatmate", "roommate", "housemate",
     "someone", "somebody", "everyone", "people", "patient", "patients", "client", "clients"}
)  # fmt: skip
# Words ending in 's that are not a possessive of a person.
_NOT_POSSESSIVE = frozenset(
    {"it's", "that's", "what's", "there's", "here's", "who's", "let's", "where's", "how's",
     "when's", "why's", "today's", "tomorrow's", "yesterday's", "tonight's", "week's", "year's",
     "month's", "night's", "day's", "morning's", "weekend's", "one's", "world's", "life's"}
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9']+")
_CLAUSE_BREAK = re.compile(r"[|,.;:!?()\[\]\n，。；：！？、（）…]|\bbut\b|但是|可是|不过")

_CJK_SELF = ("我", "咱", "本人", "自己")
_CJK_OTHER_BASE = (
    "你", "您", "他", "她", "朋友", "同事", "邻居", "老公", "老婆", "老伴", "老头子", "爱人",
    "丈夫", "妻子", "孩子", "儿子", "女儿", "孙子", "孙女", "外孙", "家人", "亲戚", "别人",
    "人家", "病人", "客户", "患者", "病患",
)  # fmt: skip
# 其他 ("other") and 其她 hold 他/她 without naming anyone.
_CJK_NOT_PERSON = re.compile(r"其他|其她|其它")
# Someone called by their surname (老王, 老李): the commonest Chinese surnames.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
)
_OLD_SURNAME = re.compile(f"[老小][{_SURNAMES}]")

# Going along for someone else: 陪 (accompany), "taking mum to", "drove her to".
_CJK_ACCOMPANY = re.compile(r"陪")
_ACCOMPANY = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|driv(?:e|es|ing)|drove|bring(?:s|ing)?|brought|"
    r"accompan(?:y|ies|ied|ying)|escort(?:s|ed|ing)?)\s+(?:(?:my|our|his|her|their)\s+)?"
    r"([a-z'\-]+)"
)

_CEREMONY = re.compile(
    r"(?i)\b(?:wedding|weddings|christening|christenings|baptism|baptisms|funeral|funerals|"
    r"memorial service|bar mitzvah|bat mitzvah|godparents?|godfather|godmother)\b|"
    r"婚礼|葬礼|丧礼|追悼会|告别仪式|洗礼|满月酒|白事|喜事"
)
_OWN_PERSON_EN = frozenset({"my", "our"})
_OWN_PERSON_ZH = re.compile(r"(?:我的|我们的|我们|咱们|咱)\s*$")


_WORK_PLACES = frozenset(
    {"work", "office", "clinic", "hospital", "school", "lab", "shop", "store", "salon",
     "studio", "restaurant", "公司", "单位", "医院", "诊所", "学校", "门店", "店里", "实验室",
     "车间", "科室"}
)  # fmt: skip


@cache
def _kin_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words for people from the forms-of-address lexicon: (English tokens, Chinese words)."""
    groups = load_lexicon("relationships").groups
    terms: list[str] = []
    for group, labels in (
        ("vocative", ("partner", "family", "family_weak", "colleague")),
        ("label", ("colleague",)),
    ):
        for label in labels:
            found = groups[group].labels.get(label)
            if found is not None:
                terms += found.terms
    # Work places in saved names ("Theo (clinic)", "王姐 医院") are places, not people.
    latin = frozenset(t for t in terms if t.isascii() and " " not in t) - _WORK_PLACES
    cjk = tuple(t for t in terms if not t.isascii() and t not in _WORK_PLACES)
    return latin | _PERSON_NOUNS | _OTHER_PRONOUNS, cjk + _CJK_OTHER_BASE


def _fold(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


def _other_word(word: str) -> bool:
    latin, _ = _kin_words()
    if word in latin:
        return True
    return word.endswith("'s") and word not in _NOT_POSSESSIVE and word[:-2] not in _SELF


_SAINT = frozenset({"st", "saint"})  # words: "st." reads as "st"


def _last_person_en(prefix: str) -> str | None:
    """ "self", "other" or None: the nearest person named at the end of ``prefix``."""
    words = _WORD.findall(prefix)[-WINDOW_WORDS:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in _SELF:
            return "self"
        if index and words[index - 1] in _SAINT:
            continue  # St Mary's, St John's: a church or a school, not a person's
        if _other_word(word):
            return "other"
    return None


def _last_person_zh(prefix: str) -> str | None:
    chinese = _CJK_NOT_PERSON.sub("  ", re.sub(r"[\x00-\x7f]", "", prefix))[-WINDOW_CHARS:]
    if not chinese:
        return None
    _, cjk = _kin_words()
    best: tuple[int, str] | None = None
    for words, who in ((_CJK_SELF, "self"), (cjk, "other")):
        for word in words:
            end = chinese.rfind(word)
            if end >= 0 and (best is None or end + len(word) > best[0]):
                best = (end + len(word), who)
    for match in _OLD_SURNAME.finditer(chinese):
        if best is None or match.end() >= best[0]:
            best = (match.end(), "other")
    return best[1] if best else None


def _occurrences(lowered: str, term: str) -> list[tuple[int, int]]:
    if term.isascii():
        words = term.split()
        pattern = r"(?<![a-z0-9])" + r"\W+".join(map(re.escape, words)) + r"(?![a-z0-9])"
    else:
        pattern = re.escape(term)
    return [(m.start(), m.end()) for m in re.finditer(pattern, lowered)]


def _clause_around(lowered: str, start: int, end: int) -> tuple[str, str]:
    prefix = _CLAUSE_BREAK.split(lowered[max(0, start - 200) : start])[-1]
    suffix = _CLAUSE_BREAK.split(lowered[end : end + 200])[0]
    return prefix, suffix


# For whom a thing is got or done, just after the word: "tablets for mum", 降压药给妈买好了.
# Not after a place the user goes to: 去鸡鸣寺给你求了个平安符 and "to church for mum's
# birthday" are the user's own visits.
_FOR_WHOM = re.compile(r"\bfor\s+(?:(?:my|our|his|her|their|the)\s+)?([a-z'\-]+)")
_CJK_FOR_WHOM = re.compile(r"[给帮替]我?")
_GOING_TO_EN = frozenset({"to", "at", "in", "into", "from"})
_GOING_TO_ZH = re.compile(r"[去到在回进]")
FOR_WHOM_WORDS = 3
GOING_TO_CHARS = 4


def _for_someone_else(prefix: str, suffix: str) -> bool:
    """Whether the clause after a word says it is for another person."""
    # The place may have a name before its word: 去鸡鸣寺, "to St Mary's church".
    if _GOING_TO_EN.intersection(_WORD.findall(prefix)[-FOR_WHOM_WORDS:]):
        return False
    if _GOING_TO_ZH.search(re.sub(r"[\x00-\x7f]", "", prefix)[-GOING_TO_CHARS:]):
        return False
    for match in _FOR_WHOM.finditer(suffix):
        if len(_WORD.findall(suffix[: match.start()])) < FOR_WHOM_WORDS:
            return _other_word(match.group(1))
    # Right after the word, not after a pause: 烧香 给你求了个平安符 is two acts.
    _, cjk = _kin_words()
    given = _CJK_FOR_WHOM.match(suffix)
    if given is None:
        return False
    after = suffix[given.end() :]
    return after.startswith(cjk) or bool(_OLD_SURNAME.match(after))


def _accompanies(text: str) -> bool:
    if _CJK_ACCOMPANY.search(text):
        return True
    return any(_other_word(m.group(1)) for m in _ACCOMPANY.finditer(text))


# The people a carer, a therapist or a salesperson sees at work. A text that names them
# is about their conditions ("three back pain patients", 腰痛的患者, "new client, slipped
# disc") unless the user says, in the clause, that it is their own ("I", "my", 我).
_CARE_RECEIVER = re.compile(
    r"\b(?:patients?|clients?|customers?|residents?|pupils?|service users?|caseload)\b"
    r"|病人|患者|病患|客户|顾客|来访者|学员"
)


def _self_nearest(prefix: str) -> bool:
    """Whether the nearest person named in ``prefix`` (a clause before a word) is the user."""
    who = _last_person_zh(prefix) if not prefix.isascii() else None
    return (who or _last_person_en(prefix)) == "self"


# A question the user asks is about whom they ask ("did the physio help", "how's the hip",
# 医院去了吗): unless they name themselves in it.
_SENTENCE_BREAK = re.compile(r"[.!?\n。！？]")
_QUESTION_START = re.compile(
    r"(?:(?:btw|so|and|oh|ok|okay|right|wait|hey|hi|also|anyway|hun|mum|mam|dad)\W+)*"
    r"(?:did|does|do|has|have|had|is|are|was|were|how|how's|hows|what|what's|whats|when"
    r"|where|any)(?![a-z'])"
)
_CJK_QUESTION_END = re.compile(r"(?:了吗|了没有?|怎么样了?|好点了?吗?)\W*$")
# Asking after something done or counted, anywhere in the sentence (Chinese writes no
# question mark in chat): 量了没 / 吃了吗 before a pause or a particle, "X没X" (吃没吃),
# 多少 or 几 + a measure word closing a clause (血压多少, 还剩几盒; 这几天, 前几天 and
# 多少有点 are no questions).
_CJK_ASKED = re.compile(
    r"了(?:吗|么|没有?)[啊呀呢哦吖嘛啦]?(?![\u4e00-\u9fff])"
    r"|([\u4e00-\u9fff])没\1"
    r"|多少[了啊呀呢啦]?(?![\u4e00-\u9fff])"
    r"|(?<![这那前后过好十没隔每头近再])几[\u4e00-\u9fff]?[了啊呀呢啦]?(?![\u4e00-\u9fff])"
)
# Asking whether something is done yet: "pills taken yet?", "BP checked yet?".
_ASKED_YET = re.compile(r"\byet\s*$")


def _asked_of_someone(lowered: str, start: int, end: int) -> bool:
    """Whether the word sits in a question that does not name the user."""
    before = _SENTENCE_BREAK.split(lowered[max(0, start - 200) : start])[-1]
    rest = lowered[end : end + 200]
    stop = _SENTENCE_BREAK.search(rest)
    sentence = before + lowered[start:end] + (rest[: stop.start()] if stop else rest)
    question_mark = stop is not None and rest[stop.start()] == "?"
    # Asking how something went or is: a plan put as a question ("going to mass sunday?",
    # 周日去教堂吗) is the user's own.
    asked = bool(
        _QUESTION_START.match(sentence.strip())
        or _CJK_QUESTION_END.search(sentence)
        or _CJK_ASKED.search(sentence)
        or (question_mark and _ASKED_YET.search(sentence))
    )
    if not asked:
        return False
    if any(word in _SELF for word in _WORD.findall(sentence)):
        return False
    return not any(word in sentence for word in _CJK_SELF)


# A subject opens its clause: a person named within these first characters (Chinese) or
# words (English, after an interjection) is who the clause is about, unless a preposition
# makes them a companion or a receiver (跟妈吃饭, 给爸打电话, "got the kids to school").
SUBJECT_CHARS = 4
_CJK_NOT_SUBJECT = "跟和陪给帮带找同与对向让叫被替为"
_INTERJECTIONS = frozenset({"oh", "well", "so", "and", "yeah", "yes", "ok", "okay", "anyway"})
_CJK_OWNER = re.compile(r"^(?:我们|我的|咱们|我|咱)")


def _subject_zh(chinese: str) -> str | None:
    _, cjk = _kin_words()
    for at in range(min(SUBJECT_CHARS, len(chinese))):
        if at and chinese[at - 1] in _CJK_NOT_SUBJECT:
            continue
        rest = chinese[at:]
        owner = _CJK_OWNER.match(rest)
        kin = rest[owner.end() :] if owner else rest
        length = max((len(word) for word in cjk if kin.startswith(word)), default=0)
        if not length and _OLD_SURNAME.match(kin):
            length = 2
        if length:
            # A name that ends the clause is someone addressed: 妈，血压有点高.
            return "other" if len(kin) > length else None
        if owner:
            return "self"
    return None


def _subject_en(words: list[str]) -> str | None:
    while words and words[0] in _INTERJECTIONS:
        words = words[1:]
    if len(words) >= 2 and words[0] in _OWN_PERSON_EN and _other_word(words[1]):
        return "other" if len(words) > 2 else None
    if words and _other_word(words[0]):
        return "other" if len(words) > 1 else None  # "thanks mum" names whom they thank
    if words and words[0] in _SELF:
        return "self"
    return None


def _subject_of(clause: str) -> str | None:
    """ "self", "other" or None: the person a clause opens with, when more follows it (a
    subject: 妈挺好的, "dad's doing ok"); a name that ends the clause is someone addressed
    ("thanks mum", 妈)."""
    chinese = _CJK_NOT_PERSON.sub("  ", re.sub(r"[\x00-\x7f]", "", clause)).strip()
    if chinese:
        return _subject_zh(chinese)
    return _subject_en(_WORD.findall(clause))


def _topic_is_someone_else(lowered: str, start: int, suffix: str) -> bool:
    """Whether a clause that names no one continues a sentence about another person: 妈挺好的，
    就是血压有点高; "dad's doing ok, blood pressure still high though"."""
    if set(_WORD.findall(suffix)) & _SELF:
        return False
    if any(word in suffix for word in _CJK_SELF):
        return False
    before = _SENTENCE_BREAK.split(lowered[max(0, start - 200) : start])[-1]
    clauses = _CLAUSE_BREAK.split(before)
    return len(clauses) >= 2 and _subject_of(clauses[-2]) == "other"


def _occurrence_about_other(lowered: str, start: int, end: int) -> bool:
    prefix, suffix = _clause_around(lowered, start, end)
    if _accompanies(prefix) or _accompanies(suffix) or _for_someone_else(prefix, suffix):
        return True
    if _asked_of_someone(lowered, start, end):
        return True
    if _CARE_RECEIVER.search(lowered) and not _self_nearest(prefix):
        return True
    # Chinese and English may mix in one message: the later-named person governs.
    who = (_last_person_zh(prefix) if not prefix.isascii() else None) or _last_person_en(prefix)
    if who is None:
        return _topic_is_someone_else(lowered, start, suffix)
    return who == "other"


@lru_cache(maxsize=1 << 14)
def about_someone_else(text: str, term: str) -> bool:
    """True when every occurrence of ``term`` in ``text`` is about another person: "your
    blood pressure", "my mum's diabetes", 你血压, 老王血压高, 陪朋友去医院."""
    lowered = _fold(text)
    spans = _occurrences(lowered, _fold(term))
    return bool(spans) and all(_occurrence_about_other(lowered, s, e) for s, e in spans)


@lru_cache(maxsize=1 << 14)
def owned_by_user(text: str, term: str) -> bool:
    """Whether a person-naming ``term`` (pastor, 牧师) is the user's own in ``text``:
    "my pastor", "our vicar", 我们牧师."""
    lowered = _fold(text)
    for start, _ in _occurrences(lowered, _fold(term)):
        before = lowered[max(0, start - 40) : start]
        words = _WORD.findall(before)[-2:]
        if _OWN_PERSON_EN.intersection(words) or _OWN_PERSON_ZH.search(before):
            return True
    return False


def at_anothers_ceremony(text: str) -> bool:
    """Whether ``text`` is about a wedding, christening, funeral or the like: the place
    of worship named there is one the user visits as a guest."""
    return bool(_CEREMONY.search(text))
