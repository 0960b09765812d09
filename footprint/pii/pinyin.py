"""Chinese names spelled in pinyin: the Mandarin syllables, and how the surnames read.

Both come from pypinyin (MIT), whose tables give every reading of ~40,000 characters
(data only, no model, no download):

- the syllables are every toneless reading of any character (~410), less the
  interjections without a vowel (``m``, ``ng``, ``hm``) and ``ê``; ü is also written
  ``v``, ``u`` and, as Chinese passports do after l and n, ``yu`` (吕: LV, LU, LYU);
- a surname's spellings are all the readings of its character (单: ``dan``, ``shan``;
  曾: ``ceng``, ``zeng``), since a surname's reading is often not the character's
  usual one, less other readings of two letters (蓝: ``la``); a double surname is read
  as a phrase (欧阳: ``ouyang``, 万俟: ``moqi``).

The surnames are those :mod:`footprint.pii.chinese` lists in characters; a given
name's syllables must be ones given names use (ngender's character counts).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from faker.providers.person.zh_CN import Provider as _ChineseNames
from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.pinyin_dict import pinyin_dict

from footprint.pii.chinese import DOUBLE_SURNAMES, SURNAMES, given_name_count

_VOWELS = frozenset("aeiouvü")
_GIVEN_SHARE = 8_000
_FREQUENT_SHARE = 0.1  # per cent
# Pinyin writes an apostrophe before a syllable that starts with a, o or e (Xi'an): a
# name run together never has one there.
_NO_INNER_START = frozenset("aoe")


def _spellings(syllable: str) -> set[str]:
    """A toneless syllable as names are written: ü as v, ü, u, and yu after l or n."""
    if "v" not in syllable:
        return {syllable}
    out = {syllable, syllable.replace("v", "ü"), syllable.replace("v", "u")}
    if syllable[0] in "ln":
        out.add(syllable.replace("v", "yu"))
    return out


@cache
def _plain_syllables() -> frozenset[str]:
    """Every Mandarin syllable, toneless and lower case (ü as v), of two letters or more."""
    out: set[str] = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = to_normal(reading)
            if len(plain) >= 2 and plain.isalpha() and _VOWELS & set(plain) and "ê" not in plain:
                out.add(plain)
    return frozenset(out)


@cache
def syllables() -> frozenset[str]:
    """Every Mandarin syllable as names spell it (``lv``, ``lü``, ``lu``, ``lyu``)."""
    return frozenset(s for plain in _plain_syllables() for s in _spellings(plain))


def _readings(character: str) -> set[str]:
    found = pinyin(character, style=Style.NORMAL, heteronym=True)[0]
    return {s for reading in found for s in _spellings(reading) if reading.isalpha()}


@cache
def surname_spellings() -> tuple[frozenset[str], frozenset[str]]:
    """(single, double) surnames in pinyin, lower case (``wang``; ``ouyang``)."""
    single: set[str] = set()
    for surname in SURNAMES:
        if len(surname) == 1:
            usual = _spellings(lazy_pinyin(surname)[0])
            # Other readings of two letters (蓝: la, 蔡: sa) are no surname's, and words
            # in other languages (la, ta, po).
            single |= {s for s in _readings(surname) if (s in usual and len(s) > 1) or len(s) > 2}
    # pypinyin reads a double surname as a phrase (万俟: moqi, 尉迟: yuchi).
    double = {"".join(lazy_pinyin(surname)) for surname in DOUBLE_SURNAMES}
    return frozenset(single), frozenset(double)


@cache
def given_syllables() -> frozenset[str]:
    """The syllables given names use: those that the characters of at least one given
    name in 8,000 read as (ngender's counts, each character by its usual reading).
    Not ``ha``, ``me``, ``re``, ``wo``, ``men``: English words run together from those
    (here, came, women) are no given names."""
    counts: Counter[str] = Counter()
    for code, readings in pinyin_dict.items():
        count = given_name_count(chr(code))
        if count:
            counts[to_normal(readings.split(",")[0])] += count
    least = sum(counts.values()) / _GIVEN_SHARE
    return frozenset(
        spelling
        for syllable, count in counts.items()
        if count >= least and syllable in _plain_syllables()
        for spelling in _spellings(syllable)
    )


@cache
def frequent_surname_spellings() -> frozenset[str]:
    """Pinyin of the surnames at least one person in a thousand has (Faker's ``zh_CN``
    weights: about 130 surnames, most of the population), and the double surnames."""
    single, double = surname_spellings()
    frequent = {
        spelling
        for surname, share in _ChineseNames.last_names.items()
        if share >= _FREQUENT_SHARE
        for spelling in _readings(surname)
    }
    return frozenset(frequent & single) | double


def syllable_count(word: str) -> int:
    """How many given-name syllables (1 or 2) the lower-case ``word`` is, 0 if it is not
    one or two; a hyphen may part the two (``xiao-ming``)."""
    table = given_syllables()
    if "-" in word:
        parts = word.split("-")
        return 2 if len(parts) == 2 and all(p in table for p in parts) else 0
    if word in table:
        return 1
    for cut in range(2, len(word) - 1):
        if word[cut] not in _NO_INNER_START and word[:cut] in table and word[cut:] in table:
            return 2
    return 0
