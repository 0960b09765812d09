"""Names of people known from the exports' own metadata, and the forms they take in text.

Chat senders, contacts, payment counterparties and the account's display name are
people the export already names. Each gives a full name, a first name and common
nicknames (``William`` -> ``Will``, ``Bill``; ``王小明`` -> ``小明``, ``老王``), matched
case-insensitively in free text by :mod:`footprint.pii.recognizers.person_gazetteer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex  # type: ignore[import-untyped]  # no stubs; re lacks \p{Latin}

from footprint.model import Contact, Message, Payment, ProfileFact, Record, unpack_raw_fields
from footprint.pii.chinese import (
    RELATION_WORDS,
    SURNAMES,
    dictionary_entry,
    given_name_characters,
    given_name_count,
    is_call_name,
    is_common_word,
    is_given_kin_name,
    is_role,
    split_name,
)
from footprint.pii.fields import FIELD_ENTITIES
from footprint.pii.lexicon import COMMON_WORDS, NOT_A_PERSON, lowercase_words

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# A Chinese name as payment apps mask it: 刘*芳, 陈**, *芳.
_MASKED_CJK_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,2}[*＊]{1,2}[\u4e00-\u9fff]?|[*＊]{1,2}[\u4e00-\u9fff]{1,2})$"
)
_LATIN_NAME = regex.compile(r"^[\p{Latin}\p{M}]+(?:[-'][\p{Latin}\p{M}]+)*$")
_EMOJI_OR_SYMBOL = re.compile(r"[^\w\s'\-.]")

# Common forms the nicknames dataset lacks (it has will/bill for William, not liam).
_EXTRA_NICKNAMES: dict[str, tuple[str, ...]] = {
    "william": ("liam",),
    "robert": ("robbie",),
    "katherine": ("katie", "kat"),
    "catherine": ("katie", "kate", "cat"),
    "alexandra": ("lexi",),
    "natalie": ("nat",),
}
# A clipped first name (Kev, Jess) is at least this long, and leaves this much behind.
_CLIP_LENGTHS = (3, 4)
_CLIP_REST = 2
_VOWELS = frozenset("aeiouy")
# Month and weekday abbreviations, written capitalised mid-sentence ("12 Jan", "Sat").
_CALENDAR_WORDS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)  # fmt: skip
# Emoji, hearts and symbols people put around a contact's name ("Nat 💕", "✨Mum✨").
_DECORATION = re.compile(r"^[^\w(]+|[^\w.)]+$")


@cache
def _nicknamer() -> Any:
    from nicknames import NickNamer  # its bundled names.csv, read from disk

    return NickNamer()


@cache
def given_names() -> frozenset[str]:
    """Every first name and nickname the nicknames dataset lists (lower case)."""
    lookup = _nicknamer().nickname_lookup
    return frozenset(lookup) | frozenset(n for forms in lookup.values() for n in forms)


def dataset_nicknames(first: str) -> set[str]:
    """Nicknames of a (lower-case) first name: the nicknames dataset (Apache-2.0) plus a
    few common forms it lacks."""
    return set(_nicknamer().nicknames_of(first)) | set(_EXTRA_NICKNAMES.get(first, ()))


def clipped_forms(first: str) -> set[str]:
    """Short forms clipped from a first name after a consonant that the nicknames dataset
    knows as a name (kevina -> kev, jessamyn -> jess; not mar for Marcus, a month), or a
    first syllable that is no word (gavin -> gav; not gar for Gareth, a fish)."""
    return {
        first[:length]
        for length in _CLIP_LENGTHS
        if len(first) >= length + _CLIP_REST
        and first[length - 1] not in _VOWELS
        and (first[:length] in given_names() or _first_syllable(first, length))
        and first[:length] not in _CALENDAR_WORDS
    }


def _first_syllable(first: str, length: int) -> bool:
    """Three letters, a vowel among them, that end where a syllable does (gav-in) and
    that are no word Webster's or chat uses."""
    clip = first[:length]
    return (
        length == _CLIP_LENGTHS[0]
        and any(ch in _VOWELS for ch in clip)
        and first[length] in _VOWELS
        and clip not in COMMON_WORDS
        and clip not in lowercase_words()
    )


# British short forms: the first syllable's consonants and vowel, then z or zza (Gareth ->
# Gaz, Gazza; Sharon -> Shaz; Barry -> Baz, Bazza; Jeremy -> Jez).
_Z_STEM = re.compile(r"^((?:sh|ch|th|[b-df-hj-np-tv-z])[aeiou])[b-df-hj-np-tv-z]")
_Z_NAME_LENGTH = 4


def z_forms(first: str) -> set[str]:
    """The z and zza forms of a (lower-case) first name of four letters or more."""
    stem = _Z_STEM.match(first) if len(first) >= _Z_NAME_LENGTH else None
    return {stem.group(1) + "z", stem.group(1) + "zza"} if stem else set()


# British short forms in -s, from a pet name with a doubled consonant: Maggie -> Mags,
# Debbie -> Debs, Babbie -> Babs.
_S_STEM = re.compile(r"^((?:[b-df-hj-np-tv-z]{1,2})?[aeiou])([b-df-hj-np-tv-z])\2(?:ie|y)$")


def s_forms(nicknames: Iterable[str]) -> set[str]:
    """The -s forms of a name and its pet names (see ``_S_STEM``)."""
    forms = set()
    for nickname in nicknames:
        stem = _S_STEM.match(nickname)
        if stem:
            forms.add(stem.group(1) + stem.group(2) + "s")
    return forms


def clean_name(name: str) -> str:
    """A name without the emoji and symbols around it, and with single spaces."""
    return " ".join(_DECORATION.sub("", " ".join(name.split())).split()).strip(" .,:;")


# Sources whose values are a person only when they look like one (a payee may be a shop).
_WEAK_SOURCES = ("counterparty", "conversation")


@dataclass
class NameBook:
    """Surface forms of known people's names (lower case) -> the full name they refer to.

    ``cased`` holds forms that are also common words ("will", "may") or, with an English
    ``dictionary`` (the spaCy model's), dictionary words ("rich" for Richard): they count
    only when written with a capital letter and not at the start of a sentence. Forms
    clipped from a first name that are no words ("gav", "kev") count in any case. A
    dictionary word that is a nickname but not part of the name (merry for Mary) is left
    out. ``nicknames`` holds the forms
    derived from a name rather than written in the export.
    """

    forms: dict[str, str] = field(default_factory=dict)
    cased: set[str] = field(default_factory=set)
    full_names: set[str] = field(default_factory=set)
    nicknames: set[str] = field(default_factory=set)
    dictionary: frozenset[str] = field(default=frozenset(), repr=False)
    _own: set[str] = field(default_factory=set, repr=False)

    def __len__(self) -> int:
        return len(self.full_names)

    def add(self, name: str, *, weak: bool = False) -> bool:
        """Add a person's name and its variants; False when it does not look like a person.

        A remark that pairs a role with a name (``调度小刘``, ``财务部-何姐``,
        ``健身教练Kevin``) adds the name part, which is what the chat's text calls them."""
        cleaned = clean_name(name)
        part = remark_name(cleaned)
        if part is not None:
            return self._add_call_name(part) if is_call_name(part) else self.add(part)
        if not looks_like_person(cleaned, weak=weak):
            return not weak and self._add_word_name(cleaned)
        self.full_names.add(cleaned)
        own = own_forms(cleaned)
        first = cleaned.lower().split()[0]
        guessed = s_forms({first} | dataset_nicknames(first))  # Mags, Debs; like robs
        self._own.update(own)
        for form in name_variants(cleaned):
            if form in self._own:  # someone's own name, whoever else it shortens
                self.forms.setdefault(form, cleaned)
                self.nicknames.discard(form)
                if form in COMMON_WORDS:
                    self.cased.add(form)
                else:
                    self.cased.discard(form)
                continue
            word = form in COMMON_WORDS or form in self.dictionary
            in_name = form in first  # kev in kevin, liz in elizabeth; not bob in robert
            if word and form not in COMMON_WORDS and not in_name:
                continue  # merry for Mary, dick for Richard: the word, far more often
            self.forms.setdefault(form, cleaned)
            if form not in own:
                self.nicknames.add(form)
            # Without a dictionary a nickname not spelt from the name (sue, art) may be a
            # word: capitalised and mid-sentence only.
            unchecked = not self.dictionary and not in_name and form.isascii()
            # A form clipped from a known person's name that is no word (gav for Gavin,
            # kez for Kerry) is them in lower case too: chat rarely capitalises it.
            if word or unchecked or form in guessed or (form.isascii() and len(form) < 3):
                self.cased.add(form)
        return True

    def _add_word_name(self, name: str) -> bool:
        """A sender or contact called by a first name that is also a word (Joy, Honey,
        Hope): a person, but found in text only capitalised, where it names someone."""
        from footprint.pii.given_names import english_given_names  # it imports this module

        lowered = name.lower()
        if " " in lowered or lowered not in COMMON_WORDS or lowered not in english_given_names():
            return False
        self.full_names.add(name)
        self._own.add(lowered)
        self.forms.setdefault(lowered, name)
        self.cased.add(lowered)
        return True

    def _add_call_name(self, form: str) -> bool:
        """A form the export itself writes for someone (小刘, 何姐): a name of its own."""
        self.full_names.add(form)
        self._own.add(form)
        self.forms.setdefault(form, form)
        self.nicknames.discard(form)
        return True

    def max_tokens(self) -> int:
        return max((form.count(" ") + 1 for form in self.forms), default=1)


_HAN = re.compile(r"[\u4e00-\u9fff]")
# What separates a role from a name in a remark: 财务部-何姐, 物业｜小周, 保洁 张阿姨.
_REMARK_SEPARATOR = re.compile(r"[\s\-－_—–·•|｜/／:：]+")
_HAN_THEN_LATIN = re.compile(r"^([\u4e00-\u9fff]{2,})([A-Za-z][A-Za-z'\-]*)$")
_LATIN_THEN_HAN = re.compile(r"^([A-Za-z][A-Za-z'\-]*)([\u4e00-\u9fff]{2,})$")


def remark_name(remark: str) -> str | None:
    """The name in a Chinese contact remark or chat title that pairs a role with a name:
    ``调度小刘`` -> 小刘, ``财务部-何姐`` -> 何姐, ``楼下王姐`` -> 王姐, ``健身教练Kevin`` ->
    Kevin, ``保洁 张秀英`` -> 张秀英; None for anything else (a plain name, a group title).

    The role is ordinary dictionary words (jieba's), the name a call name (小/老 + a
    surname, a surname + 姐/总/老师...), a full name with a surname, or a first name the
    nicknames dataset lists; so neither part of a name like 欧阳小林 is taken for a role.
    """
    if not _HAN.search(remark):
        return None
    parts = [part for part in _REMARK_SEPARATOR.split(remark) if part]
    if len(parts) >= 2:
        # a place the dictionary lists (安溪) reads as surname + given name too: a role
        names = [part for part in parts if _name_part(part) and not _place_word(part)]
        roles = [part for part in parts if part not in names]
        if len(names) == 1 and roles and all(is_role(role) for role in roles):
            return names[0]
        called = [part for part in parts if _remark_call_name(part)]
        if len(called) == 1 and (names == called or not names):
            return called[0]  # 翠荷苑物业-小马: a call name beside an estate no dictionary lists
        return None
    for pattern, role_group, name_group in ((_HAN_THEN_LATIN, 1, 2), (_LATIN_THEN_HAN, 2, 1)):
        match = pattern.match(remark)
        if match:
            latin = match.group(name_group)
            return latin if is_role(match.group(role_group)) and _given_name(latin) else None
    for length in (2, 3, 4):  # the name at the end: 调度小刘, 楼下王姐, 保洁张阿姨
        head, tail = remark[:-length], remark[-length:]
        if len(head) >= 2 and (is_call_name(tail) or _unlisted_full_name(tail)) and is_role(head):
            return tail
    # a relation, then a given name: 表弟志明, 同学晓峰
    head, tail = remark[:-2], remark[-2:]
    if head in RELATION_WORDS and given_name_characters(tail) and not is_common_word(tail):
        return tail
    return None


def _given_name(word: str) -> bool:
    lowered = word.lower()
    return word[0].isupper() and lowered in given_names() and lowered not in COMMON_WORDS


# A one-character given name after a role (班长刘洋) must be a common one (as cn_person).
_SINGLE_GIVEN_MIN = 15_000


def _unlisted_full_name(word: str) -> bool:
    """Surname + a given name jieba's dictionary does not list as a word: two characters,
    or one that given names often use (洋, not 组 in 小组)."""
    surname, given = split_name(word)
    if len(surname) != 1 or dictionary_entry(word)[0] or not _CJK_NAME.match(word):
        return False
    if len(word) == 2:
        return given_name_count(given) >= _SINGLE_GIVEN_MIN
    return len(word) == 3 and not is_common_word(given)


# Beside a role in a remark, 小/老 + a surname is the person even when jieba lists the pair
# as a word less common than this (小马 "pony" 391; not 小时, 老板).
_REMARK_CALL_NAME_MAX = 1_000


def _remark_call_name(part: str) -> bool:
    if is_call_name(part):
        return True
    return (
        len(part) == 2
        and part[0] in "小老"
        and part[1] in SURNAMES
        and dictionary_entry(part)[0] < _REMARK_CALL_NAME_MAX
    )


def _place_word(part: str) -> bool:
    """A listed word that only looks like surname + given name (安溪, a county)."""
    return (
        len(part) == 2 and is_role(part) and not is_call_name(part) and not is_given_kin_name(part)
    )


def _name_part(part: str) -> bool:
    if part.isascii():
        return _given_name(part)
    if is_call_name(part) or is_given_kin_name(part):
        return True
    surname, given = split_name(part)
    return (
        bool(surname)
        and bool(_CJK_NAME.match(part))
        and 1 <= len(given) <= 2
        and not is_common_word(part)
        and looks_like_person(part)
    )


def _business_word(lowered: str) -> bool:
    """A common word that is no first name (home, best; not grace, hunter)."""
    from footprint.pii.given_names import ssa_births  # it imports from this module

    return lowered in COMMON_WORDS and lowered not in given_names() and not ssa_births(lowered)


def looks_like_person(name: str, *, weak: bool = False) -> bool:
    """Whether a metadata value is plausibly a person's name (not a shop, a group, a number)."""
    if _MASKED_CJK_NAME.match(name.strip()):
        return not any(word in name for word in NOT_A_PERSON if not word.isascii())
    name = clean_name(name)
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "@" in name:
        return False
    if _EMOJI_OR_SYMBOL.search(name):
        return False
    lowered = name.lower()
    if any(word in NOT_A_PERSON for word in lowered.replace(".", " ").split()):
        return False
    if _CJK_NAME.match(name):
        return not any(word in name for word in NOT_A_PERSON if not word.isascii())
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or not all(_LATIN_NAME.match(token) for token in tokens):
        return False
    if len(tokens) == 1:
        return not weak and lowered not in COMMON_WORDS and len(lowered) > 1
    if weak and _business_word(tokens[0].lower()):
        return False  # a payee that opens with a word no one is named: Home Depot, Best Buy
    return all(token[0].isupper() for token in tokens) or not weak


def name_variants(name: str) -> set[str]:
    """The lower-case forms a name may take in free text."""
    if _MASKED_CJK_NAME.match(name):
        return {name}  # half hidden: no nickname to derive
    if _CJK_NAME.match(name):
        return chinese_variants(name)
    tokens = name.lower().split()
    variants = {" ".join(tokens)}
    first = tokens[0]
    if len(first) > 1:
        variants.add(first)
        variants.update(dataset_nicknames(first))
        variants.update(clipped_forms(first) - dataset_nicknames(first))
        variants.update(z_forms(first))
        variants.update(s_forms({first} | dataset_nicknames(first)))
    if len(tokens) > 2:
        variants.add(f"{first} {tokens[-1]}")
    return variants


def own_forms(name: str) -> set[str]:
    """The forms a name is written in itself: whole, first name, first and last."""
    if _CJK_NAME.match(name):
        return {name}
    tokens = name.lower().split()
    return {" ".join(tokens), tokens[0], f"{tokens[0]} {tokens[-1]}"}


def chinese_variants(name: str) -> set[str]:
    """The forms a Chinese name takes in chat: 王小明 -> 小明, 老王, 小王, 阿明, 明明, 王王.

    Forms built from the given name (阿X, 小X, XX) that jieba's dictionary knows as an
    ordinary word (明明 "obviously") are left out.
    """
    surname, given = split_name(name)
    if not surname:  # no known surname: a nickname (伟哥) or a given name already
        return {name}
    variants = {name, "老" + surname, "小" + surname, "阿" + name[-1]}
    if len(given) >= 2:
        variants.add(given)  # 王小明 -> 小明
    last = given[-1]
    doubled_surname = (surname + surname,) if len(surname) == 1 else ()  # 汤汤 for 汤X
    for form in ("小" + last, "阿" + last, last + last, *doubled_surname):
        if form != name and not is_common_word(form):
            variants.add(form)
    return variants


def collect_names(records: Iterable[Record], dictionary: frozenset[str] = frozenset()) -> NameBook:
    """Every person named in the structured fields of ``records`` (``dictionary``: English
    words, see :class:`NameBook`)."""
    book = NameBook(dictionary=dictionary)
    seen: set[tuple[str, bool]] = set()

    def offer(value: str | None, weak: bool) -> None:
        if value and (value, weak) not in seen:
            seen.add((value, weak))
            book.add(value, weak=weak)

    for record in records:
        if isinstance(record, Message):
            offer(record.actor, False)
            offer(record.counterparty, "counterparty" in _WEAK_SOURCES)
            offer(record.conversation, True)
        elif isinstance(record, Contact):
            offer(record.name, False)
        elif isinstance(record, ProfileFact) and record.field in ("display_name", "name"):
            offer(record.value, False)
        elif isinstance(record, Payment):
            offer(record.counterparty, True)
        elif record.actor:
            offer(record.actor, False)
        if record.raw_fields:
            table = FIELD_ENTITIES.get(record.source, {})
            for name, value in unpack_raw_fields(record.raw_fields):
                if table.get(name) == "PERSON":
                    offer(value, False)
    return book
