"""Forms of address and intimacy cues in one message, English and Chinese.

A kinship or pet name counts only where it *addresses* someone: at the start of a message
("Mum, I'm home", 妈，我到了, 老婆你在哪), after a greeting ("hey babe", 晚安宝贝), between
commas ("ok, hun, see you"), at the end after a closing word ("thanks mum x", 谢谢老板), or
alone. A mention of a third person ("my mum said", "I'll ask your dad", 我妈说, 王姐) is not
an address and does not count. In a 1:1 chat an address either way tells the relationship:
the user calling the contact "mum", or the contact calling the user "son", both say family.

Phrases of the group ``cue`` (``lexicons/relationships.yaml``) count anywhere: "date night",
"kind regards", 纪念日, 收到. A parent named as a shared one ("our mum", 咱妈) says family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from footprint.infer.lexicon import load_lexicon, matcher

__all__ = [
    "Cue",
    "cues",
    "name_labels",
    "name_relationship",
    "relationship_of",
    "stated_relationship",
]

_GREETINGS_EN = (
    r"hi|hey|heya|hiya|hello|yo|morning|good morning|night|good night|goodnight|nite|night night|"
    r"evening|thanks|thank you|thanks so much|thx|ty|cheers|love you|love u|luv u|love ya|"
    r"miss you|ok|okay|k|sorry|yes|yeah|yep|yup|no|nope|bye|see you|see ya|later|congrats|"
    r"happy birthday|aw|aww|awww|omg|oh|ah|haha|lol|sure|alright|night x|morning x"
)
_GREETINGS_ZH = (
    r"早|早安|早上好|晚安|谢谢|谢啦|好的|好|嗯|嗯嗯|收到|在吗|在不在|哈喽|嗨|喂|知道了|明白|"
    r"拜拜|想你了|爱你|么么哒|辛苦了|生日快乐|对不起|抱歉|对|是|行|哈哈|哈哈哈"
)
_EMOJI = r"\U0001F300-\U0001FAFF\u2600-\u27BF"
# What may follow an address at the start of a message.
_AFTER_EN = (
    rf"(?=\s*(?:[,!.?:;)~]|x+\b|$|[{_EMOJI}])"
    r"|\s+(?:you|u|ur|i|im|i'm|we|how|what|where|when|are you|do you|did you|can you|"
    r"could you|r u)\b)"
)
# A one-character greeting after an address is one only when the message breaks after it
# (老婆早, 妈，好): in 媳妇对你好 ("your wife is good to you") 对 starts the predicate.
_GREETINGS_ZH_AFTER = "|".join(
    [w for w in _GREETINGS_ZH.split("|") if len(w) > 1]
    + [rf"{w}(?=[\s,，!！?？。~～…]|$|[{_EMOJI}])" for w in _GREETINGS_ZH.split("|") if len(w) == 1]
)
_AFTER_ZH = rf"(?=[\s,，!！?？。~～…:：、]|你|我|$|[{_EMOJI}]|(?:{_GREETINGS_ZH_AFTER}))"
_END_EN = rf"\W*(?:x+)?\W*(?:[{_EMOJI}]\W*)*$"
_END_ZH = rf"[\s!！~～。.…?？哈呀啊呢吧哦喔嘛啦]*(?:[{_EMOJI}]\s*)*$"


@dataclass(frozen=True)
class Cue:
    # partner, family, close_friend, colleague, source, affection; or an ambiguous
    # kinship word: kin_or_friend, friend_or_kin (footprint.infer.social resolves them)
    relationship: str
    kind: str  # vocative, cue, shared_family
    term: str
    weight: float
    weak: bool = False  # a phrase of a *_weak label of the group "cue"


def _relationship(label: str) -> str:
    return label.removesuffix("_weak")


@cache
def _vocatives() -> dict[str, tuple[str, float]]:
    """Vocative term -> (relationship, weight)."""
    lexicon = load_lexicon("relationships")
    out: dict[str, tuple[str, float]] = {}
    for label_name, label in lexicon.groups["vocative"].labels.items():
        for term in label.terms:
            out.setdefault(term, (_relationship(label_name), label.weight))
    return out


def _alternation(terms: list[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


# Words before a term at the end of a message that make it a mention, not an address
# ("ask mum", "see my mum", "with the boss").
_MENTION_BEFORE = frozenset(
    [
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "the",
        "a",
        "an",
        "to",
        "with",
        "and",
        "for",
        "about",
        "at",
        "from",
        "of",
        "ask",
        "tell",
        "call",
        "see",
        "visit",
        "like",
        "than",
        "by",
        "me",
        "him",
        "them",
        "us",
        "ur",
        "yr",
        # Past forms of the same verbs ("you seen Mom", "I told dad").
        "seen",
        "saw",
        "asked",
        "told",
        "called",
        "rang",
        "texted",
        "visited",
        "met",
        "meet",
        "text",
        "ring",
        "help",
        "helped",
        # Verbs and prepositions that take someone as their object ("borrowing off mam",
        # "I'll bring Mam", "collecting nan"): a mention at the end, not an address.
        "off",
        "on",
        "into",
        "over",
        "after",
        "behind",
        "bring",
        "brought",
        "bringing",
        "take",
        "took",
        "taking",
        "collect",
        "collecting",
        "pick",
        "picking",
        "drop",
        "dropping",
        "mind",
        "minding",
        "borrow",
        "borrowing",
        "owe",
        "owes",
        "give",
        "gave",
        "get",
        "got",
        "getting",
        "thank",
        "thanked",
        "hug",
        "phone",
        "phoned",
        "facetime",
        "facetimed",
        # A noun or adjective after a copula, a linking verb or a degree word is said of
        # someone, not to them ("i'm dad 😂", "your flat looks gorgeous", "so lovely").
        "i'm",
        "im",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "am",
        "you're",
        "youre",
        "it's",
        "its",
        "that's",
        "thats",
        "look",
        "looks",
        "looked",
        "feel",
        "feels",
        "seem",
        "seems",
        "sounds",
        "so",
        "very",
        "really",
    ]
)
# Words after a term that make it a verb's object or a noun's determiner ("aww love that",
# "oh love your hair"): the term is a verb there, not an address.
_OBJECT_AFTER = r"that|this|it|these|those|the|a|an|your|ur|my|his|her|their|our|them|him"


@cache
def _slang() -> str:
    """Address terms that are not used as a bare name for a third person (unlike "Mum said"):
    pet names and mates' slang, which may start a message followed by anything."""
    lexicon = load_lexicon("relationships")
    labels = lexicon.groups["vocative"].labels
    names = ("partner", "close_friend", "casual", "friend_or_kin")
    terms = [t for name in names for t in labels[name].terms if t.isascii()]
    # "little bro pls", "big sis can u...": a sibling named by age is addressed, like slang.
    terms += [t for t in labels["family"].terms if re.match(r"(?:little|lil|big|baby) ", t)]
    return _alternation(terms)


@cache
def _titles_zh() -> str:
    """Chinese work titles, said after the surname (张老师, 王经理, 李主任)."""
    labels = load_lexicon("relationships").groups["vocative"].labels
    terms = [t for name in ("colleague", "colleague_weak") if name in labels
             for t in labels[name].terms if not t.isascii()]  # fmt: skip
    return _alternation(terms)


@cache
def _any_vocative() -> re.Pattern[str]:
    return re.compile("(?i)" + _alternation(list(_vocatives())))


@cache
def _end_pattern() -> re.Pattern[str]:
    english = _alternation([t for t in _vocatives() if t.isascii()])
    return re.compile(rf"(?i)\b(?P<before>[\w']+)\s+(?P<t>{english}){_END_EN}")


@cache
def _patterns() -> list[re.Pattern[str]]:
    english = _alternation([t for t in _vocatives() if t.isascii()])
    chinese = _alternation([t for t in _vocatives() if not t.isascii()])
    greet_en, greet_zh = _GREETINGS_EN, _GREETINGS_ZH
    return [
        # Alone, or at the start with a break after it.
        re.compile(rf"(?i)^\W*(?P<t>{english}){_AFTER_EN}"),
        # After a greeting at the start ("hey babe how was it").
        re.compile(rf"(?i)^\W*(?:{greet_en})\W+(?P<t>{english})\b(?!\s+(?:{_OBJECT_AFTER})\b)"),
        # Between commas, or after a comma at the end.
        re.compile(rf"(?i),\s*(?P<t>{english})\s*(?:[,!.?]|{_END_EN})"),
        # At the end after a closing word ("thanks mum x", "love you babe").
        re.compile(rf"(?i)\b(?:{greet_en})\W+(?P<t>{english}){_END_EN}"),
        re.compile(rf"(?i)^\W*(?P<t>{_slang()})\s+\w"),
        # Asking the contact after themselves: "how's my little bro doing?"
        re.compile(rf"(?i)\bhow(?:'s| is| are)\s+my\s+(?P<t>{english})\b"),
        re.compile(rf"^[\W]*(?P<t>{chinese}){_AFTER_ZH}"),
        # A surname and a work title at the start (张老师, 王主任): not 我/你 + title.
        re.compile(rf"^[\W]*[\u4e00-\u9fff](?<![我你他她它咱您])(?P<t>{_titles_zh()}){_AFTER_ZH}"),
        re.compile(rf"^[\W]*(?:{greet_zh})[\s,，!！~～。]*(?P<t>{chinese})"),
        re.compile(rf"(?:[\s,，!！~～。]|{greet_zh}|了|啦|呀|哦|吧)(?P<t>{chinese}){_END_ZH}"),
    ]


# A parent named bare as the subject of what they said or want, at the start of a message
# ("mom says call her", "dad wants to know", 妈说让你回电话): a parent both writers share, as
# siblings talk. "my mom says" and 我妈说 are a mention of one's own parent, not this.
_SHARED_PARENT = re.compile(
    r"(?i)^\W*(?P<t>mom|mum|mam|dad|mama|momma|nan|nana|gran|grandma|grandpa|grandad)\s+"
    r"(?:says|said|wants|wanted|asked|asks|is asking|was asking|called|rang|texted|"
    r"messaged|told me|thinks|needs|is coming|sends)\b"
    r"|^[\W]*(?P<z>妈|老妈|妈妈|爸|老爸|爸爸|奶奶|爷爷|外婆|姥姥)(?:说|让你|叫你|问你|问)"
)


# A parent named bare as the owner of something ("do u have mom's ITIN", "dad's birthday
# is sunday", 妈生日快到了, 爸的药吃完了): the parent both writers share. After "my",
# "your", "his" and the like it is someone's own parent ("my mom's car"): not this.
_SHARED_PARENT_OWNS = re.compile(
    r"(?i)(?:^|(?<=[\s(\"“]))(?P<t>mom|mum|mam|dad|mama|momma|papa|nan|nana|gran|grandma|grandpa|"
    r"grandad)['’]s\s+(?P<after>[\w']+)"
    r"|^[\W]*(?P<z>妈|老妈|妈妈|爸|老爸|爸爸|爸妈)的?(?:生日|身体|手机|药|医保|社保|体检|退休金|病|血压)"
)
# Words before "mom's" that make the parent someone's own ("my mom's", "a dad's"), and
# words after it that make the 's an "is" or a "has" ("mum's doing puja", "dad's got
# a cold", "mom's in hospital"): a friend says that of their own parent.
_OWNER_BEFORE = frozenset(
    {"my", "your", "ur", "yr", "his", "her", "their", "a", "the", "someone", "somebody", "whose"}
)

_NOT_OWNED = frozenset(
    {"been", "got", "gone", "not", "in", "at", "on", "a", "an", "the", "so", "very", "back",
     "home", "here", "there", "off", "out", "still", "just", "really", "always", "never",
     "also", "probably", "fine", "ok", "okay", "well", "better", "worse", "asking", "going",
     "coming", "being", "had", "having", "all", "away", "over", "up", "down", "like", "too"}
)  # fmt: skip


def _shared_parent_owns(text: str) -> str | None:
    """The parent a message names bare as an owner (see _SHARED_PARENT_OWNS), if any."""
    for match in _SHARED_PARENT_OWNS.finditer(text):
        if match.group("z"):
            return match.group("z")
        before = text[: match.start()].split()
        if before and before[-1].casefold().strip('"“(') in _OWNER_BEFORE:
            continue
        after = match.group("after").casefold()
        if after in _NOT_OWNED or after.endswith(("ing", "ed")):
            continue
        return match.group("t").casefold()
    return None


# One-character kin words that follow a surname when an elder who is no relative is
# addressed (谢叔, 王姨, 陈伯): the pair is a form of address, not kinship.
_KIN_AFTER_SURNAME = frozenset("叔姨伯舅婶姑")


def _called_by_surname(text: str, start: int, term: str) -> bool:
    from footprint.pii.chinese import SURNAMES

    return term in _KIN_AFTER_SURNAME and start > 0 and text[start - 1] in SURNAMES


@lru_cache(maxsize=1 << 16)
def cues(text: str) -> tuple[Cue, ...]:
    """Every relationship cue in one message's ``text``."""
    if not text or not text.strip():
        return ()
    found: dict[tuple[str, str], Cue] = {}
    vocatives = _vocatives()
    stripped = text.strip()
    # Most messages hold no address term at all: one search rules the patterns out.
    patterns = _patterns() if _any_vocative().search(stripped) else []
    for pattern in patterns:
        for match in pattern.finditer(stripped):
            term = match.group("t").casefold()
            relationship, weight = vocatives[term]
            if relationship == "family" and _called_by_surname(stripped, match.start("t"), term):
                relationship = "kin_or_friend"  # 谢叔, 王姨: how elders who are no kin are called
            found.setdefault(("vocative", term), Cue(relationship, "vocative", term, weight))
    # At the end after any word but one that makes it a mention ("Eid Mubarak cuz").
    for match in _end_pattern().finditer(stripped) if patterns else ():
        if match.group("before").casefold() not in _MENTION_BEFORE:
            term = match.group("t").casefold()
            relationship, weight = vocatives[term]
            found.setdefault(("vocative", term), Cue(relationship, "vocative", term, weight))
    shared = _SHARED_PARENT.search(stripped)
    owner = None if shared else _shared_parent_owns(stripped)
    if shared or owner:
        term = (shared.group("t") or shared.group("z")).casefold() if shared else str(owner)
        weight = matcher("relationships").weight("shared_family", "family")
        found[("shared_family", term)] = Cue("family", "shared_family", term, weight)
    lexicon = matcher("relationships")
    for hit in lexicon.hits(stripped):
        if hit.group in {"vocative", "label"}:  # labels are read from names only
            continue
        key = (hit.group, hit.term)
        if key not in found:
            weight = lexicon.weight(hit.group, hit.label)
            weak = hit.label.endswith("_weak")
            found[key] = Cue(_relationship(hit.label), hit.group, hit.term, weight, weak)
    if owner and sum(1 for group, _ in found if group == "shared_family") > 1:
        found.pop(("shared_family", str(owner)), None)  # "at mom's" said it already
    return tuple(found[key] for key in sorted(found))


@cache
def _labels() -> dict[str, tuple[str, float]]:
    """Label word -> (relationship, weight): the group ``label``, then every vocative."""
    lexicon = load_lexicon("relationships")
    out: dict[str, tuple[str, float]] = {}
    for label_name, label in lexicon.groups["label"].labels.items():
        for term in label.terms:
            out.setdefault(term.casefold(), (_relationship(label_name), label.weight))
    for term, found in _vocatives().items():
        out.setdefault(term.casefold(), found)
    return out


# A part of a saved name that is a team or department (赵磊-产品组, 王芳 财务部, 技术部小李):
# where the user knows them from, as 同事 would say. Clubs and societies are not work.
_TEAM_ZH = re.compile(r"[\u4e00-\u9fff]{0,4}[\u4e00-\u9fff]{2}(?:组|部|部门|团队|小组|科室|事业部)")
_NOT_TEAM_ZH = re.compile(r"俱乐部|社团|球队|学生会|兴趣组|读书会")


# Relationships whose Chinese label word may be glued to the name it labels (房东谢叔,
# 王德旺配件's like): roles, not kin or partners (老公公 is a father-in-law, not 老公).
_GLUED_LABELS = frozenset({"landlord", "colleague"})


def _glued_label(part: str) -> tuple[str, tuple[str, float]] | None:
    """A Chinese role word of two or more characters inside a longer part of a saved name
    (房东谢叔, 小王同事, 店面房东黄伯)."""
    if not part or not "\u4e00" <= part[0] <= "\u9fff":
        return None
    for term, found in _labels().items():
        if (
            len(term) >= 2
            and len(part) > len(term)
            and "\u4e00" <= term[0] <= "\u9fff"
            and found[0] in _GLUED_LABELS
            and term in part
        ):
            return term, found
    return None


def name_labels(name: str) -> tuple[Cue, ...]:
    """Relationship words in the name the user saved a contact under: a part of the name,
    split at spaces and punctuation, that is a label word ("Priya Work", "赵磊-同事",
    "Mum"). A word inside a longer part is not one (王姐 is a name, not 姐)."""
    found: dict[str, Cue] = {}
    for part in re.split(r"[\s\W_]+", name.casefold()):
        if part in _labels():
            relationship, weight = _labels()[part]
            found.setdefault(part, Cue(relationship, "label", part, weight))
        elif (glued := _glued_label(part)) is not None:
            term, (relationship, weight) = glued
            found.setdefault(term, Cue(relationship, "label", term, weight))
        elif _TEAM_ZH.fullmatch(part) and not _NOT_TEAM_ZH.search(part):
            relationship, weight = _labels()["同事"]
            found.setdefault(part, Cue(relationship, "label", part, weight))
    return tuple(found[key] for key in sorted(found))


# A relative named by birth order or rank (二姐, 三哥, 大舅, 小姨, 幺妹): how Chinese families
# save and call each other; friends are not numbered.
_ORDINAL_KIN_ZH = re.compile(r"[大二三四五六七八九十小幺][姐哥弟妹姑舅姨叔伯嫂]")
# Possessives and fond words around a saved name that add nothing to who the person is
# ("My Wife", "Our Kid", 我家老公, 亲爱的老婆, 老婆大人).
_NAME_FILLER = frozenset({"my", "our", "the", "me", "我的", "我家", "亲爱的", "大人"})
# "Our" and a first name: a brother, sister or child, as the north of England and Ireland
# save and call them (our Jade, our Kieran).
_OUR_NAME = re.compile(r"(?i:our)\s+[A-ZÀ-Þ][^\W\d_]+[\W_]*$")
# Relationships a saved name or a stated relation decides by itself.
_DECISIVE = frozenset({"partner", "family"})


# Below this weight a word is too loose to decide (阿姨 is also the nanny, "kiddo" anyone).
_DECISIVE_WEIGHT = 1.5
# What a profile calls a partner (Facebook's relationship partner): never a saved name's
# word, which may be a business partner.
_STATED_PARTNER = frozenset({"partner", "spouse", "civil partner", "domestic partner"})


def _term_relationship(term: str) -> str | None:
    """The relationship one whole word states, when it states one (partner or family)."""
    found = _labels().get(term)
    if found is not None:
        relationship, weight = found
        if weight < _DECISIVE_WEIGHT:
            return None
        if relationship in {"kin_or_friend", "friend_or_kin"}:
            return "family" if relationship == "kin_or_friend" else None
        return relationship if relationship in _DECISIVE else None
    if _ORDINAL_KIN_ZH.fullmatch(term):
        return "family"
    return None


def name_relationship(name: str) -> str | None:
    """The relationship the saved name of a contact states on its own: the whole name is a
    partner's or a relative's word ("Mum", "Wife", "hubby ❤️", 老婆, 大哥, 二姐, 我家老公),
    not a name that holds one (王姐, "Dad's friend Bob"). Nothing else: None."""
    folded = name.casefold().strip()
    for filler in sorted(_NAME_FILLER, key=len, reverse=True):
        if not filler.isascii():
            folded = folded.replace(filler, " ")
    words = [w for w in re.split(r"[\s\W_]+", folded) if w and w not in _NAME_FILLER]
    if len(words) != 1:
        return None
    if _OUR_NAME.match(name) and _term_relationship(words[0]) is None:
        return "family"  # "Our Jade", "our Kieran": how the north of England names kin
    return _term_relationship(words[0])


def stated_relationship(relation: str) -> str | None:
    """The relationship a stated relation names ("Brother", "partner", "Married", 妻子):
    what a profile's family list or relationship status says, read whole."""
    if " ".join(relation.casefold().split()) in _STATED_PARTNER:
        return "partner"
    words = [w for w in re.split(r"[\s\W_]+", relation.casefold()) if w]
    if not words or len(words) > 2:  # "Manager at Tesco store" is a job, not a relation
        return None
    found = {r for w in words if (r := _term_relationship(w)) is not None}
    return found.pop() if len(found) == 1 else None


def relationship_of(texts: list[str]) -> dict[str, float]:
    """Score per relationship of a few messages of one chat (for tests and explanations)."""
    scores: dict[str, float] = {}
    for text in texts:
        for cue in cues(text):
            scores[cue.relationship] = scores.get(cue.relationship, 0.0) + cue.weight
    return scores
