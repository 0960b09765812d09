"""Places: home, work, frequent places, trips and travel abroad.

With location history (LocationPoint, LocationVisit) positions are grouped into
clusters of about 250 m, each record weighted by the hours it stands for (a visit's
duration; a fix's time until the next record, at most an hour, so that fixes sampled
while travelling weigh little). Home is the cluster where the user spends the nights,
work the other one where they spend the most weekday hours: office hours count fully,
early mornings and evenings half, so that a courier's evening shifts at a depot
outweigh a lunchtime stop. Places are named offline from their coordinates
(:mod:`footprint.infer.geocode`, GeoNames data): the home city is the city around home.
Without location history the home city comes only from the person's own address (a
profile field, or their own words about where they live), never from merchant names, and
is otherwise left unknown; the time zone comes from timestamps and the network from IPs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.api.types import union_categoricals

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, PointBatch, UserIdentity, prepare, refs
from footprint.infer.geocode import PlaceName, city_in_address, name_place, zone_names
from footprint.infer.routine import body_clock_shift
from footprint.model import Payment, Record, unpack_raw_fields
from footprint.phrases import Phrase, phrase

CATEGORY = "places"
CLUSTER_RADIUS_M = 250.0
MAX_CLUSTERS = 25
TRIP_DISTANCE_KM = 50.0
EARTH_RADIUS_M = 6_371_000.0
NIGHT_HOURS = (22, 23, 0, 1, 2, 3, 4, 5)
# Off-work hours most people spend at home: they stand in for the night when no record
# falls in it (a chat's shared locations, sent before and after work, never at 3 am).
EVENING_HOURS = (6, 7, 19, 20, 21)
EVENING_HOME_CONFIDENCE = 0.75
# How much an hour spent somewhere on a weekday says "work", by hour of the day: office
# hours fully, early mornings and evenings half (shift work), small hours not at all
# (they belong to home).
WORK_WEIGHT_BY_HOUR = np.array([0.0] * 6 + [0.5] * 3 + [1.0] * 8 + [0.5] * 7)
# A location fix stands for the time until the next record, at most this long.
MAX_FIX_HOURS = 1.0
CELL_LAT_DEG, CELL_LON_DEG = 0.002, 0.003  # the ~200 m grid places are clustered on
MIN_FIX_HOURS = 1 / 60
_MINUTES_PER_WEEK = 7 * 1440
_MONDAY = np.datetime64("1970-01-05T00:00", "m")

__all__ = ["haversine_m", "infer", "location_rows", "place_clusters"]


def haversine_m(
    lat1: np.ndarray | float, lon1: np.ndarray | float, lat2: float, lon2: float
) -> np.ndarray:
    """Great-circle distance in metres from each (lat1, lon1) to (lat2, lon2)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat = p2 - p1
    dlon = np.radians(lon2) - np.radians(lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0))))


def _weekly_work_hours() -> np.ndarray:
    """Work-weighted hours from Monday 00:00 to each minute of the week (length 7*1440+1)."""
    per_minute = np.repeat(WORK_WEIGHT_BY_HOUR, 60) / 60.0
    week = np.concatenate([np.tile(per_minute, 5), np.zeros(2 * 1440)])
    return np.concatenate([[0.0], np.cumsum(week)])


_WORK_CUMULATIVE = _weekly_work_hours()


def _work_hours_before(stamps: pd.Series) -> np.ndarray:
    """Work-weighted hours from a fixed Monday to each (naive, local) time: the work weight
    of a stay is the difference at its two ends, without a loop over days."""
    minutes = (stamps.to_numpy(dtype="datetime64[m]") - _MONDAY).astype(np.int64)
    weeks, minute = np.divmod(minutes, _MINUTES_PER_WEEK)
    return np.asarray(weeks * _WORK_CUMULATIVE[-1] + _WORK_CUMULATIVE[minute])


def location_rows(inp: InferenceInput) -> pd.DataFrame:
    """Located rows with ``weight`` (hours the row stands for), ``night``, ``evening``
    (:data:`EVENING_HOURS`), ``work_weight``
    (weekday hours weighted by :data:`WORK_WEIGHT_BY_HOUR`), ``workday`` (work weight > 0)
    and ``records`` (how many records the row sums up).

    A visit is one row. Raw fixes are summed up per grid cell and local hour
    (:func:`_point_rows`), so a location history of millions of fixes becomes a few
    hundred thousand rows whose weights, night and work hours are exactly those of the
    fixes they hold."""
    visits = _visit_rows(inp)
    points = _point_rows(inp)
    if points.empty:
        return visits
    if visits.empty:
        return points
    return _stacked_in_order(visits, points)


def _joined(first: pd.Series, second: pd.Series) -> Any:
    """Two columns end to end; categoricals stay categorical (a path per row costs a byte)."""
    if isinstance(first.dtype, pd.CategoricalDtype) and isinstance(
        second.dtype, pd.CategoricalDtype
    ):
        return union_categoricals([first.array, second.array])
    return pd.concat([first, second], ignore_index=True).array


def _stacked_in_order(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """The rows of both frames sorted by index, built a column at a time: ``concat`` then
    ``sort_index`` would hold two copies of a million rows at once."""
    index = np.concatenate([first.index.to_numpy(), second.index.to_numpy()])
    order = np.argsort(index, kind="stable")
    columns = {name: _joined(first[name], second[name])[order] for name in first.columns}
    return pd.DataFrame(columns, copy=False).set_index(pd.Index(index[order]))


_LOCATED_KINDS = ["location_point", "location_visit"]
_LOCATED_COLUMNS = ("kind", "path", "locator", "lat", "lon", "local", "end_local", "hour",
                    "weekday", "day", "tz_assumed", "utc_offset_min", "place_name",
                    "address")  # fmt: skip


def _visit_rows(inp: InferenceInput) -> pd.DataFrame:
    frame = inp.frame
    # The columns places read, as for summed-up fixes: concatenated with those, a wide
    # visit row would widen hundreds of thousands of fix rows.
    rows = frame.loc[
        (frame["kind"] == "location_visit")
        & frame["lat"].notna()
        & frame["lon"].notna()
        & frame["local"].notna(),
        list(_LOCATED_COLUMNS),
    ]
    rows = rows[(rows["lat"].abs() <= 90) & (rows["lon"].abs() <= 180)]
    if rows.empty:
        return rows.assign(weight=[], night=[], evening=[], work_weight=[], workday=[], records=[])
    weight = (
        ((rows["end_local"] - rows["local"]).dt.total_seconds() / 3600).clip(0.25, 24.0).fillna(1.0)
    )
    # Night, evening and work hours on the user's own clock (see body_clock_shift).
    shift = pd.Timedelta(hours=body_clock_shift(inp))
    start = rows["local"] - shift
    end = rows["end_local"].where(rows["end_local"].notna(), rows["local"]) - shift
    three_am = start.dt.normalize() + pd.Timedelta(hours=3)
    night = ((three_am >= start) & (three_am <= end)) | ((three_am + pd.Timedelta(days=1)) <= end)
    eight_pm = start.dt.normalize() + pd.Timedelta(hours=20)
    evening = start.dt.hour.isin(EVENING_HOURS) | ((eight_pm >= start) & (eight_pm <= end))
    stay_end = start + pd.to_timedelta(weight.to_numpy(), unit="h")
    work_weight = _work_hours_before(stay_end) - _work_hours_before(start)
    # Same dtypes as summed-up fixes, so that concatenating them converts nothing.
    return rows.assign(
        kind=pd.Categorical(["location_visit"] * len(rows), categories=_LOCATED_KINDS),
        weight=weight.to_numpy(),
        night=night.to_numpy(dtype=bool),
        evening=evening.to_numpy(dtype=bool),
        work_weight=work_weight,
        workday=work_weight > 0,
        records=1,
    )


def _fix_hours(inp: InferenceInput) -> np.ndarray:
    """Hours each fix stands for, in :meth:`~InferenceInput.point_batches` order: the time
    until the next located record of any kind, 1 min to 1 h. Only the times are held."""
    fixes = [
        np.where(_usable(batch), batch.local, np.datetime64("NaT")) for batch in inp.point_batches()
    ]
    if not fixes:
        return np.empty(0)
    count = sum(len(part) for part in fixes)
    frame = inp.frame
    visits = frame.loc[frame["kind"] == "location_visit", "local"].to_numpy(dtype="datetime64[ns]")
    stamps = np.concatenate([*fixes, visits]).view(np.int64)
    del fixes  # millions of fixes: hold as few arrays at once as possible
    stamps[stamps == np.iinfo(np.int64).min] = np.iinfo(np.int64).max  # NaT sorts last
    order = np.argsort(stamps, kind="stable")
    ordered = stamps[order]
    del stamps
    hours = np.diff(ordered).astype(np.float64)
    del ordered
    hours /= 3.6e12  # nanoseconds to hours
    np.clip(hours, MIN_FIX_HOURS, MAX_FIX_HOURS, out=hours)
    by_position = np.empty(len(order))
    by_position[order[:-1]] = hours
    by_position[order[-1]] = MIN_FIX_HOURS
    return by_position[:count]


def _point_rows(inp: InferenceInput) -> pd.DataFrame:
    """Raw fixes, a stored block at a time, summed up per (grid cell, local hour, UTC
    offset), each weighing the hours :func:`_fix_hours` gives it."""
    hours = _fix_hours(inp)
    parts: list[pd.DataFrame] = []
    done = 0
    for batch in inp.point_batches():
        part = _sum_up(batch, hours[done : done + len(batch.positions)])
        done += len(batch.positions)
        if not part.empty:
            parts.append(part)
    if not parts:
        return pd.DataFrame()
    # A stay straddling two blocks gives two rows: every sum downstream stays exact.
    rows = pd.concat(parts, ignore_index=True)
    del parts
    rows.index = pd.Index(rows.pop("position").to_numpy())
    rows = rows.sort_index().drop(columns=["cell_lat", "cell_lon"])
    rows["lat"] = rows.pop("wlat") / rows["weight"]
    rows["lon"] = rows.pop("wlon") / rows["weight"]
    rows["kind"] = pd.Categorical(["location_point"] * len(rows), categories=_LOCATED_KINDS)
    rows["place_name"] = pd.array([None] * len(rows), dtype="str")
    rows["address"] = rows["place_name"]
    rows["weekday"] = rows["day"].dt.day_of_week
    # Night, evening and work hours on the user's own clock (see body_clock_shift).
    shift = body_clock_shift(inp)
    body = rows["day"] + pd.to_timedelta(rows["hour"].to_numpy() - shift, unit="h")
    body_hour = body.dt.hour
    rows["night"] = body_hour.isin(NIGHT_HOURS).to_numpy()
    rows["evening"] = body_hour.isin(EVENING_HOURS).to_numpy()
    weekday = (body.dt.day_of_week < 5).to_numpy()
    by_hour = WORK_WEIGHT_BY_HOUR[body_hour.to_numpy(dtype=np.int64)]
    rows["work_weight"] = np.where(weekday, by_hour, 0.0) * rows["weight"].to_numpy()
    rows["workday"] = rows["work_weight"] > 0
    return rows


_POINT_KEYS = ["cell_lat", "cell_lon", "day", "hour", "utc_offset_min", "tz_assumed"]
_POINT_SUMS = {
    "position": "min",
    "path": "first",
    "locator": "first",
    "local": "min",
    "end_local": "max",
    "wlat": "sum",
    "wlon": "sum",
    "weight": "sum",
    "records": "sum",
}


def _usable(batch: PointBatch) -> np.ndarray:
    """Fixes with a time and a position on Earth."""
    return np.asarray(
        np.isfinite(batch.lat)
        & np.isfinite(batch.lon)
        & (np.abs(batch.lat) <= 90)
        & (np.abs(batch.lon) <= 180)
        & ~np.isnat(batch.local)
    )


def _sum_up(batch: PointBatch, hours: np.ndarray) -> pd.DataFrame:
    ok = _usable(batch)
    if not ok.any():
        return pd.DataFrame()
    order = np.flatnonzero(ok)[np.argsort(batch.local[ok], kind="stable")]
    local = batch.local[order]
    lat, lon = batch.lat[order], batch.lon[order]
    weight = hours[order]
    offset = (local - batch.timestamp[order]).astype("timedelta64[m]").astype(np.int64)
    fixes = pd.DataFrame(
        {
            "cell_lat": np.round(lat / CELL_LAT_DEG).astype(np.int64),
            "cell_lon": np.round(lon / CELL_LON_DEG).astype(np.int64),
            "day": local.astype("datetime64[D]").astype("datetime64[ns]"),
            "hour": (local.astype("datetime64[h]") - local.astype("datetime64[D]")).astype(
                np.int64
            ),
            "utc_offset_min": offset.astype(np.float64),
            "tz_assumed": batch.tz_assumed[order],
            "position": batch.positions[order],
            "path": pd.Categorical(batch.path.take(pa.array(order)).to_pandas()),
            "locator": batch.locator.take(pa.array(order)).to_pandas().array,
            "local": local,
            "end_local": local,
            "wlat": lat * weight,
            "wlon": lon * weight,
            "weight": weight,
            "records": 1,
        }
    )
    return fixes.groupby(_POINT_KEYS, sort=False, observed=True).agg(_POINT_SUMS).reset_index()


def _records(rows: pd.DataFrame) -> int:
    """How many records ``rows`` of :func:`location_rows` stand for."""
    return int(rows["records"].sum())


def _assign_clusters(rows: pd.DataFrame) -> np.ndarray:
    """Cluster id per row (-1: in no cluster), densest first, greedy on a ~200 m grid."""
    lat, lon = rows["lat"].to_numpy(), rows["lon"].to_numpy()
    cells = pd.DataFrame(
        {
            "cell_lat": np.round(lat / CELL_LAT_DEG).astype(np.int64),
            "cell_lon": np.round(lon / CELL_LON_DEG).astype(np.int64),
            "lat": lat,
            "lon": lon,
            "weight": rows["weight"].to_numpy(),
        }
    )
    cell_id = cells.groupby(["cell_lat", "cell_lon"], sort=True).ngroup().to_numpy()
    per_cell = cells.assign(
        cell=cell_id, wlat=cells["lat"] * cells["weight"], wlon=cells["lon"] * cells["weight"]
    )
    summary = per_cell.groupby("cell")[["wlat", "wlon", "weight"]].sum()
    c_lat = (summary["wlat"] / summary["weight"]).to_numpy()
    c_lon = (summary["wlon"] / summary["weight"]).to_numpy()
    c_weight = summary["weight"].to_numpy().copy()
    cell_cluster = np.full(len(summary), -1)
    total = c_weight.sum()
    for cluster in range(MAX_CLUSTERS):
        free = cell_cluster < 0
        if not free.any():
            break
        candidates = np.where(free, c_weight, -1.0)
        seed = int(np.argmax(candidates))
        if c_weight[seed] < max(1.0, 0.002 * total) and cluster > 0:
            break
        near = free & (haversine_m(c_lat, c_lon, c_lat[seed], c_lon[seed]) <= CLUSTER_RADIUS_M)
        cell_cluster[near] = cluster
    return np.asarray(cell_cluster[cell_id])


def _clustered(inp: InferenceInput) -> pd.DataFrame:
    clustered: pd.DataFrame = inp.memo("places.clustered", lambda: _cluster(inp))
    return clustered


def _cluster(inp: InferenceInput) -> pd.DataFrame:
    rows = location_rows(inp)
    if rows.empty:
        return rows.assign(cluster=[])
    rows["cluster"] = _assign_clusters(rows)  # in place: the rows are ours and may be many
    return rows


def place_clusters(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """One row per place cluster: ``cluster``, ``lat``, ``lon``, ``records``, ``weight``,
    ``night_weight``, ``evening_weight``, ``workday_weight``, ``days``, ``name`` and
    ``label`` (home, work or frequent). Heaviest first."""
    inp = prepare(records)
    rows = _clustered(inp)
    columns = [
        "cluster",
        "lat",
        "lon",
        "records",
        "weight",
        "night_weight",
        "evening_weight",
        "workday_weight",
        "days",
        "name",
        "label",
    ]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    # Only the columns summed up: the rows may number in the hundreds of thousands.
    rows = rows.loc[
        rows["cluster"] >= 0,
        ["cluster", "lat", "lon", "weight", "night", "evening", "work_weight", "day",
         "records", "place_name", "address"],
    ]  # fmt: skip
    if rows.empty:
        return pd.DataFrame(columns=columns)
    weighted = rows.assign(
        wlat=rows["lat"] * rows["weight"],
        wlon=rows["lon"] * rows["weight"],
        night_weight=rows["weight"] * rows["night"],
        evening_weight=rows["weight"] * rows["evening"],
        workday_weight=rows["work_weight"],
        label_name=rows["place_name"].fillna(rows["address"]),
    )
    grouped = weighted.groupby("cluster")
    clusters = pd.DataFrame(
        {
            "lat": grouped["wlat"].sum() / grouped["weight"].sum(),
            "lon": grouped["wlon"].sum() / grouped["weight"].sum(),
            "records": grouped["records"].sum(),
            "weight": grouped["weight"].sum(),
            "night_weight": grouped["night_weight"].sum(),
            "evening_weight": grouped["evening_weight"].sum(),
            "workday_weight": grouped["workday_weight"].sum(),
            "days": grouped["day"].nunique(),
            "name": grouped["label_name"].agg(
                lambda s: str(s.dropna().value_counts().index[0]) if s.notna().any() else ""
            ),
        }
    ).reset_index()
    clusters["label"] = "frequent"
    home = _pick(clusters, "night_weight", exclude=None)
    if home is None and not (clusters["night_weight"] > 0).any():
        home = _pick(clusters, "evening_weight", exclude=None)
    if home is not None:
        clusters.loc[home, "label"] = "home"
    work = _pick(clusters, "workday_weight", exclude=home)
    if work is not None:
        clusters.loc[work, "label"] = "work"
    clusters = clusters.sort_values(["weight", "cluster"], ascending=[False, True])
    return clusters[columns].reset_index(drop=True)


def _pick(clusters: pd.DataFrame, column: str, exclude: int | None) -> int | None:
    candidates = clusters if exclude is None else clusters.drop(index=exclude)
    candidates = candidates[(candidates[column] > 0) & (candidates["days"] >= 2)]
    if candidates.empty:
        return None
    if exclude is not None:
        far = haversine_m(
            candidates["lat"].to_numpy(),
            candidates["lon"].to_numpy(),
            float(clusters["lat"].to_numpy()[clusters.index.get_loc(exclude)]),
            float(clusters["lon"].to_numpy()[clusters.index.get_loc(exclude)]),
        )
        candidates = candidates[far > CLUSTER_RADIUS_M]
        if candidates.empty:
            return None
    best = int(candidates[column].astype(float).to_numpy().argmax())
    return int(candidates.index[best])


def _place_inference(
    key: str, cluster: pd.Series, rows: pd.DataFrame, share: float, claim: str, method: Phrase
) -> Inference:
    value: dict[str, object] = {
        "lat": round(float(cluster["lat"]), 5),
        "lon": round(float(cluster["lon"]), 5),
        "radius_m": int(CLUSTER_RADIUS_M),
        "days": int(cluster["days"]),
    }
    if cluster["name"]:
        value["name"] = str(cluster["name"])
    named = name_place(float(cluster["lat"]), float(cluster["lon"]))
    if named is not None:
        value.update(named.to_json())
        claim = claim.replace(":", f" ({named.display()}):", 1)
    return Inference(
        category=CATEGORY,
        key=key,
        claim=claim,
        value=value,
        confidence=round(min(0.97, 0.4 + 0.5 * share + 0.01 * min(int(cluster["days"]), 10)), 3),
        method=method,
        evidence=refs(rows, 30),
        evidence_count=_records(rows),
    )


def _home_work(inp: InferenceInput, rows: pd.DataFrame, clusters: pd.DataFrame) -> list[Inference]:
    out: list[Inference] = []
    for label, column, flag, claim, method in (
        (
            "home",
            "night_weight",
            "night",
            "You live near {lat:.4f}, {lon:.4f}: your phone spends the nights there.",
            phrase("method_places_home"),
        ),
        (
            "work",
            "workday_weight",
            "workday",
            "You work near {lat:.4f}, {lon:.4f}: you spend long weekday stretches there.",
            phrase("method_places_work"),
        ),
    ):
        match = clusters[clusters["label"] == label]
        if match.empty:
            continue
        cluster = match.iloc[0]
        if label == "home" and not float(cluster["night_weight"]):
            # No record at night anywhere: the evenings and early mornings chose home.
            column, flag = "evening_weight", "evening"
            claim = "You live near {lat:.4f}, {lon:.4f}: you are there in the evenings."
            method = phrase("method_places_home_evenings")
        total = float(clusters[column].sum())
        share = float(cluster[column]) / total if total else 0.0
        members = rows[(rows["cluster"] == cluster["cluster"]) & rows[flag]]
        found = _place_inference(
            label, cluster, members, share, claim.format(lat=cluster["lat"], lon=cluster["lon"]),
            method,
        )  # fmt: skip
        if flag == "evening":  # evenings say less than nights: a gym, a partner's flat
            found = replace(found, confidence=min(found.confidence, EVENING_HOME_CONFIDENCE))
        out.append(found)
    return out


def _work_hours(rows: pd.DataFrame, clusters: pd.DataFrame) -> list[Inference]:
    work = clusters[clusters["label"] == "work"]
    if work.empty:
        return []
    # Records in the small hours (a shift's last fix after midnight) would read as
    # another day's arrival.
    at_work = rows[(rows["cluster"] == work.iloc[0]["cluster"]) & rows["workday"]]
    end = at_work["end_local"].fillna(at_work["local"])
    per_day = pd.DataFrame({"day": at_work["day"], "start": at_work["local"], "end": end}).groupby(
        "day"
    )
    arrive = per_day["start"].min()
    leave = per_day["end"].max()
    if len(arrive) < 3:
        return []
    arrive_min = float(((arrive - arrive.dt.normalize()).dt.total_seconds() / 60).median())
    # Counted from the arrival day's midnight, so a shift ending after midnight stays late.
    leave_min = float(((leave - arrive.dt.normalize()).dt.total_seconds() / 60).median()) % 1440
    start = f"{int(arrive_min) // 60:02d}:{int(arrive_min) % 60:02d}"
    finish = f"{int(leave_min) // 60:02d}:{int(leave_min) % 60:02d}"
    weekdays = sorted({int(d) for d in at_work["weekday"]})
    return [
        Inference(
            category="routine",
            key="work_hours",
            claim=f"You are usually at work from about {start} to {finish} on weekdays.",
            value={"start": start, "end": finish, "days": len(arrive), "weekdays": weekdays},
            confidence=round(min(0.9, 0.4 + 0.05 * len(arrive)), 3),
            method=phrase("method_places_work_hours"),
            evidence=refs(at_work, 30),
            evidence_count=_records(at_work),
        )
    ]


def _area(lat: float, lon: float) -> dict[str, object]:
    """The offline names of a position (city, area, country), empty when far from towns."""
    named = name_place(lat, lon)
    return named.to_json() if named is not None else {}


def _frequent(rows: pd.DataFrame, clusters: pd.DataFrame) -> list[Inference]:
    frequent = clusters[(clusters["label"] == "frequent") & (clusters["days"] >= 3)].head(10)
    if frequent.empty:
        return []
    places = [
        {
            "lat": round(float(c["lat"]), 5),
            "lon": round(float(c["lon"]), 5),
            "days": int(c["days"]),
            "records": int(c["records"]),
            "name": c["name"],
            **_area(float(c["lat"]), float(c["lon"])),
        }
        for _, c in frequent.iterrows()
    ]
    evidence: list[str] = []
    for cluster_id in frequent["cluster"]:
        evidence.extend(refs(rows[rows["cluster"] == cluster_id], 5))
    return [
        Inference(
            category=CATEGORY,
            key="frequent_places",
            claim=f"Besides home and work you keep returning to {len(places)} place(s).",
            value={"places": places},
            confidence=0.8,
            method=phrase("method_places_frequent_places"),
            evidence=tuple(evidence),
            evidence_count=int(frequent["records"].sum()),
        )
    ]


def _trips(inp: InferenceInput, rows: pd.DataFrame, clusters: pd.DataFrame) -> list[Inference]:
    home = clusters[clusters["label"] == "home"]
    if home.empty:
        return []
    h_lat, h_lon = float(home.iloc[0]["lat"]), float(home.iloc[0]["lon"])
    distance_km = haversine_m(rows["lat"].to_numpy(), rows["lon"].to_numpy(), h_lat, h_lon) / 1000
    away = rows[distance_km > TRIP_DISTANCE_KM].assign(
        distance_km=distance_km[distance_km > TRIP_DISTANCE_KM]
    )
    if away.empty:
        return []
    days = away["day"].drop_duplicates().sort_values()
    trip_of_day = (days.diff() > pd.Timedelta(days=2)).cumsum()
    away = away.assign(trip=away["day"].map(dict(zip(days, trip_of_day, strict=True))))
    usual_offset = inp.frame["utc_offset_min"].mode()
    usual = float(usual_offset.iloc[0]) if not usual_offset.empty else 0.0
    trips: list[dict[str, object]] = []
    abroad_rows = []
    for _, trip in away.groupby("trip"):
        offsets = trip.loc[~trip["tz_assumed"], "utc_offset_min"].dropna()
        abroad = bool((offsets != usual).any()) if not offsets.empty else False
        trips.append(
            {
                "start": f"{trip['day'].min():%Y-%m-%d}",
                "end": f"{trip['day'].max():%Y-%m-%d}",
                "lat": round(float(trip["lat"].median()), 4),
                "lon": round(float(trip["lon"].median()), 4),
                "max_distance_km": round(float(trip["distance_km"].max()), 1),
                "abroad": abroad,
                "trip": len(trips),
                **_area(float(trip["lat"].median()), float(trip["lon"].median())),
            }
        )
        if abroad:
            abroad_rows.append(trip)
    out = [
        Inference(
            category=CATEGORY,
            key="trips",
            claim=f"You made {len(trips)} trip(s) more than {TRIP_DISTANCE_KM:.0f} km from home.",
            value={"trips": trips},
            confidence=0.85,
            method=phrase("method_places_trips", distance=round(TRIP_DISTANCE_KM)),
            evidence=tuple(e for trip in away.groupby("trip") for e in refs(trip[1], 5)),
            evidence_count=_records(away),
        )
    ]
    if abroad_rows:
        rows_abroad = pd.concat(abroad_rows)
        out.append(
            Inference(
                category=CATEGORY,
                key="travel_abroad",
                claim=f"You travelled abroad {len(abroad_rows)} time(s).",
                value={"trips": [t for t in trips if t["abroad"]], "evidence": "location"},
                confidence=0.8,
                method=phrase("method_places_travel_abroad"),
                evidence=refs(rows_abroad, 30),
                evidence_count=_records(rows_abroad),
            )
        )
    return out


def _foreign_currency(inp: InferenceInput) -> list[Inference]:
    frame = inp.frame
    stated = frame["currency"].fillna("").astype(str).str.strip() != ""
    payments = frame[(frame["kind"] == "payment") & stated]
    if payments.empty:
        return []
    currency = payments["currency"].astype(str).str.upper()
    home = currency.mode().iloc[0]
    foreign = payments[(currency != home) & (payments["amount"] < 0)]
    if len(foreign) < 2:
        return []
    spent = (
        foreign.assign(currency=currency[foreign.index])
        .groupby("currency")["amount"]
        .agg(["size", "sum"])
    )
    spends = {
        str(c): {"payments": int(r["size"]), "total": round(-float(r["sum"]), 2)}
        for c, r in spent.iterrows()
    }
    return [
        Inference(
            category=CATEGORY,
            key="foreign_spending",
            claim=f"You paid in {', '.join(sorted(spends))} besides {home}: a sign of travel "
            "abroad or shopping from abroad.",
            value={"home_currency": str(home), "currencies": spends},
            confidence=0.6,
            method=phrase("method_places_foreign_spending"),
            evidence=refs(foreign, 30),
            evidence_count=len(foreign),
        )
    ]


# Profile fields that state where the person lives now (not a hometown).
_ADDRESS_FIELDS = re.compile(
    r"(?i)address|current_?city|^city$|^location$|residence|地址|所在地|常住|现居|地区"
)
# The person's own words about where they live or want things delivered.
_LIVES_IN = re.compile(
    r"(?i)\b(?:i live in|i live at|we live at|i'm living in|i am living in|we live in|"
    r"i moved to|we moved to|my address is|my home address|my new address|i'm based in|"
    r"i am based in|deliver to)\b|"
    r"我(?:家)?(?:住在|住|家在|现在住|现居|搬到了?|搬来)|(?:我的|家庭|收货|寄到|送到)地址|地址[是:：]"
)


def _home_city_from_home(home: Inference) -> list[Inference]:
    city = home.value.get("city")
    if not city:
        return []
    keys = ("city", "city_en", "country", "area", "city_zh", "province_zh", "city_names")
    names = {k: home.value[k] for k in keys if home.value.get(k)}
    english = home.value.get("city_en", city)
    shown = f"{english} ({home.value['city_zh']})" if home.value.get("city_zh") else str(city)
    if home.value.get("country"):
        shown += f", {home.value['country']}"
    return [
        Inference(
            category=CATEGORY,
            key="home_city",
            claim=f"You live in {shown}.",
            value={**names, "source": "location"},
            confidence=round(min(0.95, home.confidence), 3),
            method=phrase("method_places_home_city"),
            evidence=home.evidence,
            evidence_count=home.evidence_count,
        )
    ]


# An export's column holding where the user has their own purchases delivered (PayPal's
# "Shipping Address", "Lieferadresse", 收货地址): usually home.
_SHIPPING_FIELDS = re.compile(r"(?i)shipping|delivery|lieferadresse|adresse de livraison|收货|配送")


def _shipping_addresses(inp: InferenceInput) -> pd.DataFrame:
    """The delivery address of each of the user's own payments (``value``, indexed by
    frame position), read from the export fields kept with the record."""
    frame = inp.frame
    empty = pd.DataFrame({"value": pd.Series(dtype=object)})
    store = inp.store
    if store is None:
        return empty
    paid = frame.index[(frame["kind"] == "payment") & (frame["amount"] < 0)]
    if not len(paid):
        return empty
    wanted = set(paid.tolist())
    found: dict[int, str] = {}
    for positions, columns in store.iter_blocks(Payment, ["raw_fields"]):
        column = columns["raw_fields"]
        texts = column.to_pylist() if isinstance(column, pa.Array | pa.ChunkedArray) else column
        for position, text in zip(positions.tolist(), list(texts), strict=True):
            if text is None or int(position) not in wanted:
                continue
            for name, value in unpack_raw_fields(str(text)):
                if value and _SHIPPING_FIELDS.search(name) and str(value).strip():
                    found.setdefault(int(position), str(value).strip())
    return pd.DataFrame({"value": list(found.values())}, index=list(found.keys()), dtype=object)


def _home_city_from_address(inp: InferenceInput) -> list[Inference]:
    """The city of the person's own address: a profile field, else the delivery address
    of their own purchases, else their own messages about where they live (Chinese
    addresses parsed with cpca). None found: unknown."""
    frame = inp.frame
    facts = frame.loc[
        (frame["kind"] == "profile_fact")
        & frame["field"].fillna("").astype(str).str.contains(_ADDRESS_FIELDS)
        & frame["value"].notna(),
        ["path", "locator", "value"],
    ]
    own = frame.loc[
        frame["is_me"] & frame["kind"].isin(["message", "post"]) & frame["text"].notna(),
        ["path", "locator", "text"],
    ]
    own = own[own["text"].astype(str).str.contains(_LIVES_IN)]
    zones = _zones_of(inp)
    for rows, column, confidence, how in (
        (facts, "value", 0.85, phrase("city_from_profile")),
        (_shipping_addresses(inp), "value", 0.75, phrase("city_from_shipping")),
        (own, "text", 0.6, phrase("city_from_your_words")),
    ):
        found: dict[str, tuple[PlaceName, list[int]]] = {}
        for position, text in zip(rows.index.tolist(), rows[column].astype(str), strict=True):
            named = city_in_address(text, zones)
            if named is not None:
                key = f"{named.city}|{named.country}"
                found.setdefault(key, (named, []))[1].append(position)
        if not found:
            continue
        named, positions = max(found.values(), key=lambda item: (len(item[1]), -item[1][0]))
        evidence_rows = frame.loc[sorted(positions)]
        return [
            Inference(
                category=CATEGORY,
                key="home_city",
                claim=f"You live in {named.display()}.",
                value={**named.to_json(), "source": "address"},
                confidence=confidence,
                method=phrase("method_places_home_city_named", how=how),
                evidence=refs(evidence_rows, 20),
                evidence_count=len(evidence_rows),
            )
        ]
    return []


# Where a message gives the user's own street address: the user saying where they live
# ("my address is", "I live at", 我新租的房子在, 我住在), or someone asking or telling the
# user about theirs ("is your address still", 你家地址是). The address follows the words.
_OWN_ADDRESS = re.compile(
    r"(?i)(?:\bmy (?:new |home )?address(?: is|'s)?(?: now)?|\bi live at|\bwe live at|"
    r"\bi(?:'ve| have)? moved to|\bwe(?:'ve| have)? moved to|"
    r"\bmy (?:new )?(?:flat|house|place|apartment) is(?: at)?|"
    r"我(?:新|现在)?(?:租的|买的|住的)?(?:房子|家|住处|宿舍|公寓)(?:在|地址是|地址)|"
    r"我(?:现在)?住在|我搬到了?|(?:我的|我家|收货)地址(?:是|为)?)[\s:：,，]*"
)
_THEIR_ADDRESS = re.compile(
    r"(?i)(?:\bis your address(?: still)?|\byour (?:new |home )?address(?: is|'s)?(?: still)?|"
    r"\bdo you still live at|\bare you still at|"
    r"\b(?:send|sending|sent|post|posting|posted) (?:it|them|this|that) to (?:you|yours) at\b|"
    r"你(?:的|家)?地址(?:是|还是)?|你(?:现在)?住在|你家在|你(?:新)?(?:租的)?房子在|"
    r"(?:寄|送|发)(?:到|给)?你(?:那|那里|那儿|家)了?)[\s:：,，]*"
)
# The end of an address in running text: a question or a new clause.
_ADDRESS_END = re.compile(
    r"(?i)[?？!！\n。；;]|\.\s|\s+(?:if|so|and|sending|can|for|right|yeah)\b|\s-\s"
)
_ZH_ADDRESS_SPAN = re.compile(r"[\u4e00-\u9fff0-9A-Za-z\-#]+")
# A street address, not a town: a road and house number (电子二路86号, 5栋2单元), or a
# number with a street type or a UK postcode.
_ZH_STREET = re.compile(r"[路街道巷弄里].{0,8}?\d+号|\d+(?:号|栋|幢|单元|室)")
_UK_POSTCODE = re.compile(r"(?i)\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")


@cache
def _street_types() -> frozenset[str]:
    """Street types (USPS Publication 28 list shipped with usaddress, MIT) and UK ones."""
    import usaddress  # type: ignore[import-untyped]  # its vocabulary only, no model

    uk = {"road", "rd", "lane", "close", "crescent", "gardens", "grove", "terrace", "mews",
          "wynd", "brae", "gate", "quay", "parade", "rise", "row", "walk", "drive"}  # fmt: skip
    return frozenset(str(t).casefold() for t in usaddress.STREET_NAMES) | uk


def street_address(text: str) -> bool:
    """Whether ``text`` holds a street address (a house on a street), not only a town."""
    if _ZH_STREET.search(text):
        return True
    words = re.findall(r"[a-z]+", text.casefold())
    number = re.search(r"\d", text) is not None
    return number and (
        bool(_UK_POSTCODE.search(text)) or any(w in _street_types() for w in words[1:])
    )


def _address_after(text: str, cue: re.Pattern[str]) -> str | None:
    """The street address that follows ``cue`` in a message, if one does."""
    match = cue.search(text)
    if match is None:
        return None
    rest = text[match.end() :]
    span = _ZH_ADDRESS_SPAN.match(rest)
    if span and re.search(r"[\u4e00-\u9fff]", span.group(0)):  # Chinese: one unspaced run
        found = span.group(0)
    else:
        end = _ADDRESS_END.search(rest)
        found = rest[: end.start()] if end else rest
    found = found.strip(" ,，.。:：")
    return found if found and len(found) <= 120 and street_address(found) else None


# Rent paid for a home: the payment's words name the street address it is paid for
# ("RENT 12 OAK ST APT 4", 房租 幸福路8号), month after month. A rent the user receives is
# someone else's home; a rental shop or car hire (Rent-A-Car) is no home at all.
_RENT = re.compile(r"(?i)\brent\b(?![- ]a[- ])|房租|租金|月租")
MIN_RENT_PAYMENTS = 2
_OCCUPANCY = frozenset({"apt", "apartment", "unit", "suite", "ste", "flat", "#", "no", "room"})
_ZH_STREET_RUN = re.compile(r"[\u4e00-\u9fff0-9A-Za-z\-#]+")
_ZH_ADDRESS_LABEL = re.compile(r"^(?:收货|收件|寄件|家庭|现)?(?:地址|住址)(?:是|为)?")


def _street_part(text: str) -> str | None:
    """The street address in ``text`` and nothing around it: a Chinese unspaced run with a
    road and number (天河区棠下二横路7号402房), or a house number, the words up to a street
    type, and a flat or unit after it (2218 E Helen St Apt 6)."""
    for run in _ZH_STREET_RUN.findall(text):
        if re.search(r"[\u4e00-\u9fff]", run) and _ZH_STREET.search(run):
            return _ZH_ADDRESS_LABEL.sub("", run)
    tokens = re.findall(r"[^\s,;|]+", text)
    for start, token in enumerate(tokens):
        if not re.fullmatch(r"\d+[a-zA-Z]?", token):
            continue
        for end in range(start + 2, min(start + 7, len(tokens) + 1)):
            if not re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*|\d+(?:st|nd|rd|th)", tokens[end - 1]):
                break  # a street's name is words: another number or a symbol ends it
            if tokens[end - 1].casefold().strip(".") in _street_types():
                if end < len(tokens) and tokens[end].casefold().strip(".") in _OCCUPANCY:
                    end = min(end + 2, len(tokens))
                elif end < len(tokens) and re.fullmatch(r"#\w+", tokens[end]):
                    end += 1
                return " ".join(tokens[start:end])
    return None


def _rent_addresses(inp: InferenceInput) -> pd.Series:
    """The street address each rent payment the user makes is paid for (frame position
    -> address)."""
    from footprint.infer.payments import outgoing

    frame = inp.frame
    texts = frame.loc[outgoing(frame), "search_text"].dropna().astype(str)
    texts = texts[texts.str.contains(_RENT)]
    found = texts.map(lambda t: _street_part(_RENT.sub(" ", t)) if street_address(t) else None)
    found = found.dropna()
    folded = found.astype(str).str.casefold()
    kept: pd.Series = found[folded.map(folded.value_counts()) >= MIN_RENT_PAYMENTS]
    return kept


def _labelled_address(text: str, user: UserIdentity) -> str | None:
    """A street address the user wrote together with their own name or phone number, as a
    delivery label is written (广东省…路7号402房 陈雨萱 186…; "12 Oak St, Sam Lee, 555-0100"):
    where to send things to them."""
    if not street_address(text):
        return None
    digits = re.sub(r"\D", "", text)
    folded = text.casefold()
    phone = any(
        kind == "phone" and len(key) >= 7 and key in digits
        for key, (kind, _, _) in user.found.items()
    )
    name = any(
        kind == "name" and len(display) >= 2 and display.casefold() in folded
        for kind, display, _ in user.found.values()
    )
    return _street_part(text) if phone or name else None


def _home_address(inp: InferenceInput) -> list[Inference]:
    """The user's street address written in the records: a profile's address field, the
    delivery address of their own purchases, their own words ("I live at", 我住在), or a
    contact asking or telling them about it ("is your address still ...?"). The one most
    often written in the surest source; its city when the address names one."""
    frame = inp.frame
    facts = frame.loc[
        (frame["kind"] == "profile_fact")
        & frame["field"].fillna("").astype(str).str.contains(_ADDRESS_FIELDS)
        & frame["value"].notna(),
        ["value"],
    ]
    texts = frame.loc[frame["kind"].isin(["message", "post"]) & frame["text"].notna()]
    mine = texts.loc[texts["is_me"], ["text"]]
    theirs = texts.loc[~texts["is_me"], ["text"]]
    zones = _zones_of(inp)
    for rows, how, confidence in (
        (facts["value"].astype(str).map(lambda t: t if street_address(t) else None),
         "city_from_profile", 0.85),
        (_shipping_addresses(inp)["value"].astype(str).map(
            lambda t: t if street_address(t) else None), "city_from_shipping", 0.75),
        (_rent_addresses(inp), "address_from_rent", 0.75),
        (mine["text"].astype(str).map(lambda t: _address_after(t, _OWN_ADDRESS)),
         "city_from_your_words", 0.7),
        (mine["text"].astype(str).map(lambda t: _labelled_address(t, inp.user)),
         "address_with_your_name", 0.65),
        (theirs["text"].astype(str).map(lambda t: _address_after(t, _THEIR_ADDRESS)),
         "address_from_contacts", 0.6),
    ):  # fmt: skip
        found = rows.dropna()
        if found.empty:
            continue
        folded = found.map(lambda t: " ".join(re.sub(r"[^\w/]+", " ", t.casefold()).split()))
        counts = folded.value_counts()
        best = counts[counts == counts.max()].index.min()
        chosen = found[folded == best]
        address = " ".join(str(chosen.iloc[0]).split())
        value: dict[str, object] = {"address": address, "source": how}
        named = city_in_address(address, zones)
        if named is not None:
            value.update(named.to_json())
        evidence = frame.loc[chosen.index]
        return [
            Inference(
                category=CATEGORY,
                key="home_address",
                claim=f"You live at {address}.",
                value=value,
                confidence=confidence,
                method=phrase("method_places_home_address", how=phrase(how)),
                evidence=refs(evidence, 20),
                evidence_count=len(evidence),
            )
        ]
    return []


def _zones_of(inp: InferenceInput) -> list[str]:
    """The named time zones the person's records were read in (stated by the exports or
    decided by the scan), for telling namesake cities apart (Manchester, GB or NH)."""
    return zone_names(inp.store.zones if inp.store is not None else [])


def _without_history(inp: InferenceInput) -> list[Inference]:
    """Time zone from timestamps, network from IP addresses."""
    frame = inp.frame
    out: list[Inference] = []
    stated = frame.loc[
        frame["timestamp"].notna() & ~frame["tz_assumed"] & frame["is_me"],
        ["path", "locator", "utc_offset_min"],  # a narrow copy: the frame is wide and long
    ]
    if not stated.empty:
        offsets = stated["utc_offset_min"].value_counts()
        offset = int(offsets.index[0])
        if offset != 0 or offsets.iloc[0] < len(stated):
            rows = stated[stated["utc_offset_min"] == offset]
            sign = "+" if offset >= 0 else "-"
            zone = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
            out.append(
                Inference(
                    category=CATEGORY,
                    key="time_zone",
                    claim=f"Your records are mostly stamped in {zone}, which narrows down "
                    "where you live.",
                    value={
                        "utc_offset": zone,
                        "share": round(float(offsets.iloc[0] / len(stated)), 3),
                    },
                    confidence=round(float(offsets.iloc[0] / len(stated)) * 0.8, 3),
                    method=phrase("method_places_time_zone"),
                    evidence=refs(rows, 20),
                    evidence_count=len(rows),
                )
            )
    ips = frame.loc[frame["ip"].notna(), ["path", "locator", "ip"]]
    if not ips.empty:
        counts = ips["ip"].astype(str).value_counts()
        top = counts.head(5)
        rows = ips[ips["ip"].astype(str) == top.index[0]]
        out.append(
            Inference(
                category=CATEGORY,
                key="ip_addresses",
                claim=f"You connect mostly from {top.index[0]}; any IP-location database maps it "
                "to a town and provider.",
                value={"ips": {str(k): int(v) for k, v in top.items()}},
                confidence=0.6,
                method=phrase("method_places_ip_addresses"),
                evidence=refs(rows, 20),
                evidence_count=int(counts.sum()),
            )
        )
    return out


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    out: list[Inference] = []
    rows = _clustered(inp)
    if not rows.empty:
        clusters = place_clusters(inp)
        out += _home_work(inp, rows, clusters)
        out += _work_hours(rows, clusters)
        out += _frequent(rows, clusters)
        out += _trips(inp, rows, clusters)
    home = next((i for i in out if i.key == "home"), None)
    if home is not None:
        out += _home_city_from_home(home)
    if not any(i.key == "home_city" for i in out):
        out += _home_city_from_address(inp)
    if home is None:  # no location history: the address the records write, if any
        out += _home_address(inp)
    out += _foreign_currency(inp)
    out += _without_history(inp)
    return out
