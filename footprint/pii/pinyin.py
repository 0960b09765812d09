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

The surnames are those :mod:`footprint.pii.chinese` lists in characters.
"""

from __future__ import annotations

from functools import cache

from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.pinyin_dict import pinyin_dict

from footprint.pii.chinese import DOUBLE_SURNAMES, SURNAMES

_VOWELS = frozenset("aeiouvü")
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
def syllables() -> frozenset[str]:
    """Every Mandarin syllable, toneless and lower case, of two letters or more."""
    out: set[str] = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = to_normal(reading)
            if len(plain) >= 2 and plain.isalpha() and _VOWELS & set(plain) and "ê" not in plain:
                out |= _spellings(plain)
    return frozenset(out)


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


def syllable_count(word: str) -> int:
    """How many syllables (1 or 2) the lower-case ``word`` is, 0 if it is not one or two
    pinyin syllables; a hyphen may part the two (``xiao-ming``)."""
    table = syllables()
    if "-" in word:
        parts = word.split("-")
        return 2 if len(parts) == 2 and all(p in table for p in parts) else 0
    if word in table:
        return 1
    for cut in range(2, len(word) - 1):
        if word[cut] not in _NO_INNER_START and word[:cut] in table and word[cut:] in table:
            return 2
    return 0
