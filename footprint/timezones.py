"""Whose local time: the zone of each source, decided from the exports themselves.

Routines (sleep, work hours, nights at home) are about the person's wall clock, not the
computer's. Parsers keep a time that came without a zone as wall-clock time in
:data:`UNPLACED` and report exact offsets they can see (:class:`ZoneClues`); once every
source is parsed, :func:`decide` picks a zone per source, in this order:

1. an override (``--timezone ZONE`` or ``--timezone PATH=ZONE``);
2. exact offsets the export itself gives (a local time next to an absolute one);
3. the zone of the person's own coordinates, day by day (travel and DST included):
   looked up offline with ``tzfpy``, whose boundary data ships inside the package;
4. weighted hints: the person's phone number, the currency of payments, the script of
   the text, an explicit zone field; together with the zone the other sources agree on;
5. the zone the other sources agree on, then hints from all sources together;
6. the computer's zone, said so.

:func:`relocalise` then rewrites the stored times, a stored block at a time: unplaced
wall-clock times are placed in the chosen zone (per day where the person travelled)
and absolute UTC instants (X, Mastodon) are shown in it. Times an export stated with
their own offset keep it. Everything downstream reads local time from the records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pyarrow as pa

from footprint.phrases import Phrase, Term, phrase

__all__ = [
    "UNPLACED",
    "SourceEvidence",
    "ZoneClues",
    "ZoneDecision",
    "computer_zone",
    "decide",
    "gather",
    "parse_timezone_options",
    "relocalise",
    "zone_named",
]

# Wall-clock times a parser could not place: "UTC" in form (offset 0, so the stored
# instant *is* the wall clock) but a distinct object, so the store keeps it apart.
UNPLACED: tzinfo = ZoneInfo.no_cache("UTC")

_NS_PER_DAY = 86_400 * 1_000_000_000
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Zulu", "Zulu", "Universal"})
_MAX_OFFSET = 14 * 3600
_SAMPLE_TEXTS = 3000  # texts per source looked at for their script


def zone_named(name: str) -> tzinfo:
    """The zone of an IANA name or of a fixed offset written ``UTC+08:00``."""
    match = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", name)
    if match:
        sign = 1 if match[1] == "+" else -1
        return timezone(sign * timedelta(hours=int(match[2]), minutes=int(match[3])))
    return ZoneInfo(name)


def valid_zone(name: str) -> bool:
    try:
        zone_named(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def offset_name(seconds: int) -> str:
    sign = "+" if seconds >= 0 else "-"
    minutes = abs(seconds) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def computer_zone() -> str:
    """This computer's zone as an IANA name when it has one (``TZ``, ``/etc/localtime``,
    ``/etc/timezone``), else its current offset."""
    import os

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        with open("/etc/timezone", encoding="utf-8") as stream:
            candidates.append(stream.read().strip())
    except OSError:
        pass
    for name in candidates:
        if ("/" in name or name == "UTC") and valid_zone(name):
            return name
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    return offset_name(int(offset.total_seconds()))


def is_utc(zone: tzinfo | None) -> bool:
    """Whether a stored zone is UTC itself (an absolute instant), not a local offset."""
    if zone is None or zone is UNPLACED:
        return False
    if isinstance(zone, ZoneInfo):
        return zone.key in _UTC_NAMES
    if isinstance(zone, timezone):
        return zone.utcoffset(None) == timedelta(0)
    return False


# -- clues the parsers report --------------------------------------------------------


@dataclass
class ZoneClues:
    """What a parser saw of the zone: exact UTC offsets (per UTC day) and zone fields."""

    offsets: dict[int, Counter[int]] = field(default_factory=dict)
    named: Counter[str] = field(default_factory=Counter)

    def place(self, instant: datetime, wall: datetime) -> datetime:
        """``instant`` (aware) in the zone whose wall clock read ``wall`` at that moment.

        The export gave both (MemoTrace ``CreateTime`` and ``StrTime``, Telegram
        ``date_unixtime`` and ``date``): their difference is the exact offset.
        """
        naive = instant.astimezone(UTC).replace(tzinfo=None)
        seconds = round((wall.replace(tzinfo=None) - naive).total_seconds() / 900) * 900
        if abs(seconds) > _MAX_OFFSET:
            return instant
        day = int((naive - datetime(1970, 1, 1)).total_seconds() // 86_400)
        self.offsets.setdefault(day, Counter())[seconds] += 1
        return instant.astimezone(timezone(timedelta(seconds=seconds)))

    def name(self, value: str) -> None:
        """An explicit zone field of the export (e.g. a profile's time zone)."""
        if value and valid_zone(value):
            self.named[value] += 1

    def merge(self, other: ZoneClues) -> None:
        for day, counts in other.offsets.items():
            self.offsets.setdefault(day, Counter()).update(counts)
        self.named.update(other.named)


# -- evidence gathered from the stored records ----------------------------------------


@dataclass
class SourceEvidence:
    """Everything one source tells about the zone."""

    label: str
    clues: ZoneClues = field(default_factory=ZoneClues)
    format: str = ""  # the format id, to name the source in the reader's language
    located_days: dict[int, Counter[str]] = field(default_factory=dict)  # UTC day -> zone
    currencies: Counter[str] = field(default_factory=Counter)
    phones: Counter[str] = field(default_factory=Counter)
    # Others' numbers: the zone their area code places them in, else their territory.
    contact_countries: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    scripts: Counter[str] = field(default_factory=Counter)
    texts: int = 0


def _plain(column: Any, length: int) -> list[Any]:
    if column is None:
        return [None] * length
    combined = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if isinstance(combined, list):
        return combined
    if isinstance(combined.type, pa.DictionaryType):
        combined = combined.dictionary_decode()
    return list(combined.to_pylist())


def _factorize(column: Any, length: int) -> tuple[np.ndarray, list[Any]]:
    """Codes of a column's values (-1 for None) and the distinct values, in Arrow."""
    if column is None:
        return np.full(length, -1, dtype=np.int64), []
    combined = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if isinstance(combined, list):
        uniques = list(dict.fromkeys(value for value in combined if value is not None))
        index = {value: number for number, value in enumerate(uniques)}
        return np.array([index.get(value, -1) for value in combined], dtype=np.int64), uniques
    if not isinstance(combined.type, pa.DictionaryType):
        combined = combined.dictionary_encode()
    codes = combined.indices.cast(pa.int64()).fill_null(-1).to_numpy(zero_copy_only=False)
    return codes, combined.dictionary.to_pylist()


_SCRIPTS = {
    "Kana": re.compile(r"[\u3040-\u30ff]"),
    "Hangul": re.compile(r"[\uac00-\ud7af]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
    "Han": re.compile(r"[\u4e00-\u9fff]"),
}
# A script written in one territory only (Han: mostly mainland China; a weak hint).
_SCRIPT_TERRITORY = {"Kana": ("JP", 1.0), "Hangul": ("KR", 1.0), "Thai": ("TH", 1.0),
                     "Han": ("CN", 0.5)}  # fmt: skip


def gather(store: Any, path_source: Mapping[str, int], evidence: Sequence[SourceEvidence]) -> None:
    """Fill ``evidence`` (one per source, indexed as in ``path_source``) from the store:
    coordinates, currencies, own phone numbers and language fields, text scripts."""
    from tzfpy import get_tz

    from footprint.model import LocationPoint, LocationVisit, Message, Payment, Post, ProfileFact

    classes = store.count_classes()
    cell_zone: dict[tuple[int, int], str] = {}
    for cls in (LocationPoint, LocationVisit):
        if cls not in classes:
            continue
        for _, columns in store.iter_blocks(cls, ["lat", "lon", "timestamp", "path"]):
            _located(columns, path_source, evidence, cell_zone, get_tz)
    if Payment in classes:
        for _, columns in store.iter_blocks(Payment, ["currency", "path"]):
            for path, currency, count in _distinct(columns, ["path", "currency"]):
                source = path_source.get(str(path))
                if source is not None and isinstance(currency, str) and currency.strip():
                    evidence[source].currencies[currency.strip().upper()] += count
    if ProfileFact in classes:
        for _, columns in store.iter_blocks(ProfileFact, ["field", "value", "path"]):
            for path, name, value, count in _distinct(columns, ["path", "field", "value"]):
                source = path_source.get(str(path))
                if source is None or not isinstance(value, str):
                    continue
                if name == "phone":
                    evidence[source].phones[value] += count
                elif name == "language":
                    evidence[source].languages[value] += count
                elif name in {"timezone", "time_zone"}:
                    evidence[source].clues.name(value)
    _contact_numbers(store, classes, path_source, evidence)
    for written in (Message, Post):
        if written not in classes:
            continue
        # Every file's texts, not only the first block's: a long chat fills blocks alone.
        wanted = {
            str(path)
            for _, columns in store.iter_blocks(written, ["path"])
            for path, _ in _distinct(columns, ["path"])
            if path_source.get(str(path)) is not None
            and evidence[path_source[str(path)]].texts < _SAMPLE_TEXTS
        }
        if wanted:  # once every source has its sample, the texts are not read at all
            _scripts(store, written, wanted, path_source, evidence)


def _column(column: Any, length: int) -> pa.Array:
    if column is None:
        return pa.nulls(length, pa.string())
    if isinstance(column, list):
        return pa.array([None if v is None else str(v) for v in column], pa.string())
    combined = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if isinstance(combined.type, pa.DictionaryType):
        combined = combined.dictionary_decode()
    if pa.types.is_null(combined.type):
        return pa.nulls(length, pa.string())
    return combined


def _distinct(columns: Mapping[str, Any], names: Sequence[str]) -> list[tuple[Any, ...]]:
    """The distinct value combinations of a block's columns, each with its count."""
    length = len(columns[names[0]])
    table = pa.table({name: _column(columns[name], length) for name in names})
    grouped = table.group_by(list(names)).aggregate([([], "count_all")])
    return list(zip(*(grouped[name].to_pylist() for name in [*names, "count_all"]), strict=True))


def _scripts(
    store: Any,
    cls: type,
    wanted: set[str],
    path_source: Mapping[str, int],
    evidence: Sequence[SourceEvidence],
) -> None:
    """The scripts of a sample of texts per source (the first few thousand of each)."""
    for _, columns in store.iter_blocks(cls, ["text", "path"]):
        length = len(columns["path"])
        paths = _plain(columns["path"], length)
        if not wanted.intersection(paths):
            continue
        texts = _plain(columns["text"], length)
        for path, text in zip(paths, texts, strict=True):
            source = path_source.get(path)
            if source is None or not isinstance(text, str) or not text.strip():
                continue
            found = evidence[source]
            if found.texts >= _SAMPLE_TEXTS:
                wanted.discard(path)
                continue
            found.texts += 1
            for script, pattern in _SCRIPTS.items():
                if pattern.search(text):
                    found.scripts[script] += 1
                    break  # Japanese mixes kana and Han: the first script found decides
        if not wanted:
            return


_NUMBER = re.compile(r"^\+\d[\d\s\-().]{6,}$")
_MAX_NUMBERS = 2000  # distinct numbers looked at per source


def _contact_numbers(
    store: Any,
    classes: Mapping[type, int],
    path_source: Mapping[str, int],
    evidence: Sequence[SourceEvidence],
) -> None:
    """Country codes of the people in the exports (chat authors shown as numbers, address
    books): most of a person's contacts live where they do, a weak hint."""
    import phonenumbers

    from footprint.model import Contact, Message

    seen: dict[int, int] = {}
    for cls, name in ((Message, "actor"), (Contact, "phone")):
        if cls not in classes:
            continue
        for _, columns in store.iter_blocks(cls, [name, "path"]):
            for path, value, _ in _distinct(columns, ["path", name]):
                source = path_source.get(str(path))
                if source is None or not isinstance(value, str) or not _NUMBER.match(value):
                    continue
                if seen.get(source, 0) >= _MAX_NUMBERS:
                    continue
                seen[source] = seen.get(source, 0) + 1
                try:
                    number = phonenumbers.parse(value)
                except phonenumbers.NumberParseException:
                    continue
                zones, _ = _phone_zones(value)
                if len(zones) == 1:  # the area code places it (+1 415: Los Angeles)
                    evidence[source].contact_countries[zones[0]] += 1
                    continue
                # Else the country code's main territory (+44 GB): the number may be made up.
                region = phonenumbers.region_code_for_country_code(number.country_code or 0)
                if region and region != "ZZ":
                    evidence[source].contact_countries[region] += 1


def _located(
    columns: Mapping[str, Any],
    path_source: Mapping[str, int],
    evidence: Sequence[SourceEvidence],
    cell_zone: dict[tuple[int, int], str],
    get_tz: Callable[[float, float], str],
) -> None:
    length = len(columns["path"])
    lat = np.asarray(
        pa.chunked_array(columns["lat"]).cast(pa.float64()).fill_null(np.nan).to_numpy()
        if not isinstance(columns["lat"], list)
        else np.array(columns["lat"], dtype=float)
    )
    lon = np.asarray(
        pa.chunked_array(columns["lon"]).cast(pa.float64()).fill_null(np.nan).to_numpy()
        if not isinstance(columns["lon"], list)
        else np.array(columns["lon"], dtype=float)
    )
    stamps = columns["timestamp"]
    stamps = stamps.combine_chunks() if isinstance(stamps, pa.ChunkedArray) else stamps
    if not pa.types.is_struct(stamps.type):
        return
    utc = stamps.field("utc").cast(pa.int64())
    valid = utc.is_valid().to_numpy(zero_copy_only=False)
    nanos = utc.fill_null(0).to_numpy(zero_copy_only=False)
    ok = valid & np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    if not ok.any():
        return
    path_codes = _column(columns["path"], length).dictionary_encode()
    codes = path_codes.indices.fill_null(-1).to_numpy(zero_copy_only=False)[ok]
    sources = np.array(
        [path_source.get(str(path), -1) for path in path_codes.dictionary.to_pylist()] + [-1],
        dtype=np.int64,
    )[codes]
    # Cells of 0.01 degree (about a kilometre): one look-up per cell, not per fix.
    cell_keys = (np.round(lat[ok] * 100).astype(np.int64) + 9_000) * 40_000 + (
        np.round(lon[ok] * 100).astype(np.int64) + 18_000
    )
    unique_cells, cell_of_row = np.unique(cell_keys, return_inverse=True)
    names: list[str] = []
    for key in unique_cells.tolist():
        a, o = key // 40_000 - 9_000, key % 40_000 - 18_000
        zone = cell_zone.get((a, o))
        if zone is None:
            found = get_tz(o / 100, a / 100) or ""
            zone = cell_zone[(a, o)] = found if found and valid_zone(found) else ""
        names.append(zone)
    days = nanos[ok] // _NS_PER_DAY
    keep = sources >= 0
    if not keep.any():
        return
    width_source, width_cell = len(evidence) + 1, len(unique_cells)
    triple = (days[keep] * width_source + sources[keep]) * width_cell + cell_of_row[keep]
    found_keys, counts = np.unique(triple, return_counts=True)
    for key, count in zip(found_keys.tolist(), counts.tolist(), strict=True):
        cell = key % width_cell
        day, source = divmod(key // width_cell, width_source)
        if names[cell]:
            evidence[source].located_days.setdefault(day, Counter())[names[cell]] += count


# -- territories and their zones (tzdata's zone.tab) ----------------------------------


@cache
def _zone_table() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Territory -> its zones in zone.tab order, and every zone of the table."""
    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    territories: dict[str, list[str]] = {}
    order: list[str] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            territories.setdefault(parts[0], []).append(parts[2])
            order.append(parts[2])
    return {k: tuple(v) for k, v in territories.items()}, tuple(order)


def territory_zones(territory: str) -> tuple[str, ...]:
    return _zone_table()[0].get(territory.upper(), ())


def _phone_zones(phone: str) -> tuple[tuple[str, ...], str | None]:
    """Zones of a phone number (area codes narrow them), and its territory."""
    import phonenumbers
    from phonenumbers import timezone as phone_timezone

    try:
        number = phonenumbers.parse(phone if phone.startswith("+") else f"+{phone}")
    except phonenumbers.NumberParseException:
        return (), None
    if not phonenumbers.is_possible_number(number):
        return (), None
    zones = tuple(
        zone for zone in phone_timezone.time_zones_for_number(number) if zone != "Etc/Unknown"
    )
    return zones, phonenumbers.region_code_for_number(number)


@dataclass
class _Hints:
    scores: dict[str, float] = field(default_factory=dict)
    why: dict[str, list[Phrase]] = field(default_factory=dict)

    def add(self, zones: Iterable[str], weight: float, why: Phrase) -> None:
        for zone in zones:
            self.scores[zone] = self.scores.get(zone, 0.0) + weight
            reasons = self.why.setdefault(zone, [])
            if why not in reasons:
                reasons.append(why)

    def territory(self, territory: str, weight: float, why: Phrase) -> None:
        zones = territory_zones(territory)
        self.add(zones, weight, why)
        if zones:
            self.scores[zones[0]] = self.scores.get(zones[0], 0.0) + 0.01

    def best(self) -> tuple[str, float] | None:
        if not self.scores:
            return None
        zone, score = min(self.scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return zone, float(score)


def _hints(evidence: SourceEvidence) -> _Hints:
    """Weighted hints of one source (not offsets, not coordinates)."""
    hints = _Hints()
    for name, count in evidence.clues.named.most_common(1):
        if count:
            hints.add([name], 5.0, phrase("hint_zone_field", zone=name))
    for phone, _ in sorted(evidence.phones.items()):
        zones, territory = _phone_zones(phone)
        if zones:
            hints.add(zones, 3.0 / len(zones), phrase("hint_phone"))
        elif territory:
            hints.territory(territory, 2.0, phrase("hint_phone_country", territory=territory))
    if sum(evidence.contact_countries.values()) >= 2:
        country, count = min(evidence.contact_countries.items(), key=lambda kv: (-kv[1], kv[0]))
        if count >= 0.5 * sum(evidence.contact_countries.values()):
            if "/" in country:
                hints.add([country], 0.5, phrase("hint_contact_areas"))
            else:
                hints.territory(country, 0.5, phrase("hint_contact_country", country=country))
    if evidence.currencies:
        currency = min(evidence.currencies.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        # ISO 4217 codes start with the issuing territory's ISO 3166 code (USD, GBP, CNY).
        territory = currency[:2]
        if territory_zones(territory):
            hints.territory(territory, 1.0, phrase("hint_currency", currency=currency))
    for tag, _ in sorted(evidence.languages.items()):
        parts = re.split(r"[-_]", tag)
        region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
        if region and territory_zones(region):
            hints.territory(region, 1.0, phrase("hint_language", tag=tag))
    if evidence.texts:
        for script, count in evidence.scripts.most_common():
            if count >= max(3, 0.2 * evidence.texts):
                territory, weight = _SCRIPT_TERRITORY[script]
                hints.territory(territory, weight, phrase("hint_script", script=script))
                break
    return hints


# -- decisions --------------------------------------------------------------------------


@dataclass(frozen=True)
class ZoneDecision:
    """The zone chosen for one source, why, and its segments over time.

    ``segments`` are ``(start, zone)`` with ``start`` an aware UTC datetime (None for the
    first): the zone in force from then on. ``basis`` is one of ``override``,
    ``offsets``, ``coordinates``, ``hints``, ``others``, ``computer``.
    """

    zone: str
    why: Phrase
    basis: str
    segments: tuple[tuple[datetime | None, str], ...]

    @property
    def reason(self) -> str:
        """Why, in English."""
        return self.why.text()

    def to_json(self) -> list[dict[str, str | None]]:
        return [
            {"from": start.date().isoformat() if start else None, "zone": zone}
            for start, zone in self.segments
        ]


def _fixed(zone: str, why: Phrase, basis: str) -> ZoneDecision:
    return ZoneDecision(zone=zone, why=why, basis=basis, segments=((None, zone),))


def _day_start(day: int) -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(days=day)


def _day_zones(days: Mapping[int, Counter[str]]) -> list[tuple[int, str]]:
    return [
        (day, min(days[day].items(), key=lambda kv: (-kv[1], kv[0]))[0]) for day in sorted(days)
    ]


def _timeline(
    days: Mapping[int, Counter[str]], base: str, gap: int = 3
) -> tuple[tuple[datetime | None, str], ...]:
    """Zone segments: ``base`` wherever nothing says otherwise, and each run of located
    days in another zone (a trip; runs a few days apart join) from its first day to the
    day after its last. Sparse fixes abroad (one shared location) do not move the rest."""
    runs: list[list[Any]] = []  # [first day, last day, zone]
    for day, zone in _day_zones(days):
        if runs and runs[-1][2] == zone and day - runs[-1][1] <= gap:
            runs[-1][1] = day
        else:
            runs.append([day, day, zone])
    segments: list[tuple[datetime | None, str]] = [(None, base)]
    for first, last, zone in runs:
        if zone == base:
            continue
        if segments[-1][0] == _day_start(first):  # the previous run ended the day before
            segments.pop()
        segments.append((_day_start(first), zone))
        segments.append((_day_start(last + 1), base))
    merged: list[tuple[datetime | None, str]] = []
    for start, zone in segments:
        if merged and merged[-1][1] == zone:
            continue
        merged.append((start, zone))
    return tuple(merged)


def _main_zone(days: Mapping[int, Counter[str]], extra: Mapping[str, int] | None = None) -> str:
    """The zone of most located days (plus ``extra`` days of other evidence)."""
    totals: Counter[str] = Counter(extra or {})
    for _, zone in _day_zones(days):
        totals[zone] += 1
    return min(totals.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _trips(segments: Sequence[tuple[datetime | None, str]], main: str) -> tuple[Phrase, ...]:
    away = []
    for index, (start, zone) in enumerate(segments):
        if zone == main or start is None:
            continue
        end = segments[index + 1][0] if index + 1 < len(segments) else None
        since = start.date().isoformat()
        if end:
            last = (end - timedelta(days=1)).date().isoformat()
            away.append(phrase("tz_trip", zone=zone, start=since, end=last))
        else:
            away.append(phrase("tz_trip_on", zone=zone, start=since))
    return tuple(away)


def _with_trips(key: str, trips: tuple[Phrase, ...], **params: object) -> Phrase:
    """The phrase ``key``, or ``key_trips`` listing the trips when there are any."""
    return phrase(f"{key}_trips", trips=trips, **params) if trips else phrase(key, **params)


def _name_offsets(clues: ZoneClues, hints: _Hints, source: Term) -> tuple[str, Phrase]:
    """A zone whose offsets match the export's, and how it was named."""
    per_day = {
        day: min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for day, counts in sorted(clues.offsets.items())
    }
    days = list(per_day)
    picked = set(days[:: max(1, len(days) // 40)]) | {days[-1]}
    previous = None
    for day in days:  # every change of offset (DST) is sampled too
        if per_day[day] != previous:
            picked.add(day)
        previous = per_day[day]
    samples = [(_day_start(day) + timedelta(hours=12), per_day[day]) for day in sorted(picked)]
    offsets = {offset for _, offset in samples}
    candidates = [
        zone
        for zone in _zone_table()[1]
        if all(
            (moment.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0))
            == timedelta(seconds=offset)
            for moment, offset in samples
        )
    ]
    scored = [(hints.scores.get(zone, 0.0), zone) for zone in candidates]
    scored = [pair for pair in scored if pair[0] > 0]
    if scored:
        _, zone = min(scored, key=lambda pair: (-pair[0], pair[1]))
        return zone, phrase("tz_offsets_named", source=source, hints=hints.why.get(zone, []))
    plain = phrase("tz_offsets", source=source)
    if len(candidates) == 1:  # only one zone has these offsets (Asia/Kathmandu)
        return candidates[0], plain
    if len(offsets) == 1:
        return offset_name(next(iter(offsets))), plain
    if candidates:
        return candidates[0], phrase("tz_offsets_others", source=source, count=len(candidates))
    common: Counter[int] = Counter(per_day.values())
    return offset_name(min(common.items(), key=lambda kv: (-kv[1], kv[0]))[0]), plain


def _source_term(found: SourceEvidence) -> Term:
    return Term("source", found.format, found.label)


def decide(
    evidence: Sequence[SourceEvidence],
    *,
    records: Sequence[int],
    forced: Sequence[str | None] | None = None,
    computer: Callable[[], str] = computer_zone,
) -> list[ZoneDecision]:
    """The zone of each source (same order as ``evidence``).

    ``records`` weighs the sources when they disagree; ``forced`` holds the zone the
    user set for a source (None where they set none).
    """
    forced = list(forced or [None] * len(evidence))
    decisions: list[ZoneDecision | None] = [None] * len(evidence)
    # The person's whereabouts, from every source's coordinates.
    located: dict[int, Counter[str]] = {}
    located_from: dict[str, Term] = {}
    for found in evidence:
        if found.located_days:
            located_from[found.label] = _source_term(found)
            for day, counts in found.located_days.items():
                located.setdefault(day, Counter()).update(counts)
    pooled = _Hints()
    for found in evidence:
        own = _hints(found)
        for zone, score in own.scores.items():
            pooled.scores[zone] = pooled.scores.get(zone, 0.0) + score
            pooled.why.setdefault(zone, []).extend(
                why for why in own.why[zone] if why not in pooled.why.get(zone, [])
            )
    if located:
        pooled.add([_main_zone(located)], 2.0, phrase("hint_coordinates"))
    for index, found in enumerate(evidence):
        if forced[index]:
            decisions[index] = _fixed(str(forced[index]), phrase("tz_set_by_you"), "override")
        elif found.clues.offsets:
            zone, why = _name_offsets(found.clues, pooled, _source_term(found))
            decisions[index] = _fixed(zone, why, "offsets")
        elif found.located_days:
            main = _main_zone(found.located_days)
            segments = _timeline(found.located_days, main)
            decisions[index] = ZoneDecision(
                zone=main,
                why=_with_trips(
                    "tz_coordinates", _trips(segments, main), source=_source_term(found)
                ),
                basis="coordinates",
                segments=segments,
            )
    strong = [
        (decision.zone, records[i])
        for i, decision in enumerate(decisions)
        if decision is not None and decision.basis in {"offsets", "coordinates", "override"}
    ]
    agreed: Counter[str] = Counter()
    for zone, count in strong:
        agreed[zone] += max(count, 1)
    consensus = min(agreed.items(), key=lambda kv: (-kv[1], kv[0]))[0] if agreed else None
    # Where the person lives: the zone of most days, counting located days and the days
    # an export's own offsets cover.
    offset_days: Counter[str] = Counter()
    for found, decision in zip(evidence, decisions, strict=True):
        if decision is not None and decision.basis == "offsets":
            offset_days[decision.zone] += len(found.clues.offsets)
    home = _main_zone(located, offset_days) if located else None
    person = _timeline(located, home) if home is not None else None
    for index, found in enumerate(evidence):
        if decisions[index] is not None:
            continue
        if person is not None and home is not None:
            main = home
            where = tuple(located_from[label] for label in sorted(located_from))
            decisions[index] = ZoneDecision(
                zone=main,
                why=_with_trips("tz_person", _trips(person, main), sources=where),
                basis="coordinates",
                segments=person,
            )
            continue
        own = _hints(found)
        if consensus is not None:
            own.add([consensus], 2.0, phrase("hint_others"))
        best = own.best()
        if best is not None and best[1] > 0:
            zone = best[0]
            whys = own.why.get(zone, [])
            basis = "others" if whys == [phrase("hint_others")] else "hints"
            why = phrase("tz_others") if basis == "others" else phrase("tz_hints", hints=whys)
            decisions[index] = _fixed(zone, why, basis)
            continue
        overall = pooled.best()
        if overall is not None and overall[1] > 0:
            zone = overall[0]
            decisions[index] = _fixed(
                zone, phrase("tz_all_hints", hints=pooled.why.get(zone, [])), "hints"
            )
            continue
        decisions[index] = _fixed(computer(), phrase("tz_computer"), "computer")
    return [decision for decision in decisions if decision is not None]


# -- rewriting the stored times ---------------------------------------------------------


def _segment_ids(
    decision: ZoneDecision, zone_id: Callable[[tzinfo], int]
) -> tuple[np.ndarray, list[tuple[tzinfo, int]]]:
    starts = np.array(
        [
            np.iinfo(np.int64).min if start is None else int(start.timestamp()) * 1_000_000_000
            for start, _ in decision.segments
        ],
        dtype=np.int64,
    )
    zones = [(zone_named(zone), zone_id(zone_named(zone))) for _, zone in decision.segments]
    return starts, zones


def relocalise(
    store: Any, path_source: Mapping[str, int], decisions: Sequence[ZoneDecision]
) -> None:
    """Place every unplaced wall-clock time in its source's zone (per segment), show UTC
    instants in it. Times stated with their own offset keep it, even under an override."""
    if not decisions:
        return
    ids: list[list[int]] = []

    def zone_ids_of() -> tuple[list[int], list[int]]:
        if not ids:
            zones = list(store.zones)
            ids.append([i for i, zone in enumerate(zones) if zone is UNPLACED])
            ids.append([i for i, zone in enumerate(zones) if is_utc(zone)])
        return ids[0], ids[1]

    fallback = Counter(d.zone for d in decisions).most_common(1)[0][0]
    default = _fixed(fallback, phrase("tz_others"), "others")
    prepared = [_segment_ids(d, store.zone_id) for d in [*decisions, default]]

    def rewrite(path_column: Any, column: pa.StructArray) -> pa.StructArray | None:
        unplaced_ids, utc_ids = zone_ids_of()
        zone_ids = column.field("zone").to_numpy(zero_copy_only=False).astype(np.int16)
        movable = np.isin(zone_ids, unplaced_ids + utc_ids)
        if not movable.any():
            return None
        codes, uniques = _factorize(path_column, len(column))
        source_of = np.array(
            [path_source.get(str(path), len(decisions)) for path in uniques] + [len(decisions)],
            dtype=np.int64,
        )
        sources = source_of[codes]
        utc = column.field("utc").cast(pa.int64())
        valid = utc.is_valid().to_numpy(zero_copy_only=False)
        nanos = utc.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
        new_nanos, new_ids = nanos.copy(), zone_ids.copy()
        wall = np.isin(zone_ids, unplaced_ids)
        for source in np.unique(sources[movable & valid]).tolist():
            starts, segment_zones = prepared[source]
            rows = movable & valid & (sources == source)
            segment = np.clip(np.searchsorted(starts, nanos, side="right") - 1, 0, None)
            for number, (zone, zone_number) in enumerate(segment_zones):
                chosen = rows & (segment == number)
                if not chosen.any():
                    continue
                new_ids[chosen] = zone_number
                placing = chosen & wall
                if placing.any():
                    import pandas as pd  # only wall times need it (its import is slow)

                    local = pd.DatetimeIndex(nanos[placing].astype("datetime64[ns]"))
                    placed = local.tz_localize(
                        zone,
                        ambiguous=np.ones(len(local), dtype=bool),
                        nonexistent="shift_forward",
                    )
                    new_nanos[placing] = placed.tz_convert("UTC").asi8
        return pa.StructArray.from_arrays(
            [
                pa.array(new_nanos, type=pa.int64(), mask=~valid).cast(
                    pa.timestamp("ns", tz="UTC")
                ),
                pa.array(new_ids, pa.int16()),
            ],
            names=["utc", "zone"],
        )

    store.rewrite_datetimes(rewrite)


def parse_timezone_options(values: Iterable[str]) -> tuple[str | None, dict[str, str]]:
    """``--timezone ZONE`` (every source) and ``--timezone PATH=ZONE`` (one source)."""
    overall: str | None = None
    per_source: dict[str, str] = {}
    for value in values:
        path, sep, zone = value.rpartition("=")
        zone = zone.strip()
        if not valid_zone(zone) and zone != "local":
            raise ValueError(f"unknown time zone {zone!r}")
        if sep and path:
            per_source[path] = zone
        else:
            overall = zone
    return overall, per_source


# -- checking the decisions against a persona's ground truth -----------------------------


def check_facts(
    fact: Mapping[str, Any], sources: Sequence[Any], root: str
) -> list[tuple[str, str, str, bool]]:
    """``(name, expected, got, passed)`` rows for a ground-truth ``timezones`` fact:
    ``sources`` maps a path pattern (relative to the persona folder) to ``ZONE`` or
    ``ZONE (basis)``; ``trips`` lists ``{zone, from, to, sources}`` segments that the
    named sources must show (a day of slack each side)."""
    import fnmatch

    prefix = root.rstrip("/") + "/"

    def matching(pattern: str) -> list[Any]:
        return [
            s for s in sources if fnmatch.fnmatchcase(str(s.path).removeprefix(prefix), pattern)
        ]

    rows: list[tuple[str, str, str, bool]] = []
    for pattern, expected in sorted(fact.get("sources", {}).items()):
        found = matching(pattern)
        wanted_zone, _, basis = str(expected).partition(" (")
        basis = basis.rstrip(")")
        got = sorted({f"{s.timezone} ({s.timezone_basis})" for s in found}) or ["no such source"]
        ok = bool(found) and all(
            s.timezone == wanted_zone and (not basis or s.timezone_basis == basis) for s in found
        )
        rows.append((f"time zone {pattern}", str(expected), ", ".join(got), ok))
    for trip in fact.get("trips", []):
        start = datetime.fromisoformat(trip["from"]).date()
        end = datetime.fromisoformat(trip["to"]).date()
        for pattern in trip.get("sources", []):
            found = matching(pattern)
            seen: list[str] = []
            ok = bool(found)
            for source in found:
                segments = list(source.timezone_segments)
                hit = False
                for index, segment in enumerate(segments):
                    if segment["zone"] != trip["zone"] or not segment["from"]:
                        continue
                    began = datetime.fromisoformat(segment["from"]).date()
                    after = segments[index + 1]["from"] if index + 1 < len(segments) else None
                    ended = (
                        datetime.fromisoformat(after).date() - timedelta(days=1) if after else None
                    )
                    seen.append(f"{segment['zone']} {began} to {ended}")
                    hit = hit or (
                        abs((began - start).days) <= 1
                        and ended is not None
                        and abs((ended - end).days) <= 1
                    )
                ok = ok and hit
            rows.append(
                (
                    f"trip {trip['zone']} in {pattern}",
                    f"{trip['zone']} {start} to {end}",
                    "; ".join(sorted(set(seen))) or "none",
                    ok,
                )
            )
    return rows
