"""Places: home, work, frequent places, trips and travel abroad.

With location history (LocationPoint, LocationVisit) positions are grouped into
clusters of about 250 m, each record weighted by the hours it stands for (a visit's
duration; a fix's time until the next record, at most an hour, so that fixes sampled
while travelling weigh little). Home is the cluster where the user spends the nights,
work the other one where they spend the most weekday hours: office hours count fully,
early mornings and evenings half, so that a courier's evening shifts at a depot
outweigh a lunchtime stop. Without location history, the city is guessed from payment
merchants and posts, the time zone from timestamps and the network from IPs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare, refs
from footprint.infer.lexicon import matcher
from footprint.model import Record

CATEGORY = "places"
CLUSTER_RADIUS_M = 250.0
MAX_CLUSTERS = 25
TRIP_DISTANCE_KM = 50.0
EARTH_RADIUS_M = 6_371_000.0
NIGHT_HOURS = (22, 23, 0, 1, 2, 3, 4, 5)
# How much an hour spent somewhere on a weekday says "work", by hour of the day: office
# hours fully, early mornings and evenings half (shift work), small hours not at all
# (they belong to home).
WORK_WEIGHT_BY_HOUR = np.array([0.0] * 6 + [0.5] * 3 + [1.0] * 8 + [0.5] * 7)
# A location fix stands for the time until the next record, at most this long.
MAX_FIX_HOURS = 1.0
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
    """Located rows with ``weight`` (hours the record stands for), ``night``, ``work_weight``
    (weekday hours weighted by :data:`WORK_WEIGHT_BY_HOUR`) and ``workday`` (work weight > 0)."""
    frame = inp.frame
    rows = frame[
        frame["kind"].isin(["location_point", "location_visit"])
        & frame["lat"].notna()
        & frame["lon"].notna()
        & frame["local"].notna()
    ]
    rows = rows[(rows["lat"].abs() <= 90) & (rows["lon"].abs() <= 180)]
    if rows.empty:
        return rows.assign(weight=[], night=[], work_weight=[], workday=[])
    is_visit = rows["kind"] == "location_visit"
    hours = ((rows["end_local"] - rows["local"]).dt.total_seconds() / 3600).clip(0.25, 24.0)
    # A fix stands for the time until the next located record (of any kind).
    ordered = rows["local"].sort_values(kind="stable")
    until_next = (ordered.shift(-1) - ordered).dt.total_seconds() / 3600
    fix_hours = until_next.clip(MIN_FIX_HOURS, MAX_FIX_HOURS).fillna(MIN_FIX_HOURS)
    weight = np.where(is_visit, hours.fillna(1.0), fix_hours.reindex(rows.index))
    start = rows["local"]
    end = rows["end_local"].where(is_visit & rows["end_local"].notna(), start)
    three_am = start.dt.normalize() + pd.Timedelta(hours=3)
    covers_night = ((three_am >= start) & (three_am <= end)) | (
        (three_am + pd.Timedelta(days=1)) <= end
    )
    night = np.where(is_visit, covers_night, rows["hour"].isin(NIGHT_HOURS))
    stay_end = start + pd.to_timedelta(np.where(is_visit, weight, 0.0), unit="h")
    visit_work = _work_hours_before(stay_end) - _work_hours_before(start)
    by_hour = WORK_WEIGHT_BY_HOUR[start.dt.hour.to_numpy(dtype=np.int64)]
    fix_work = np.where(start.dt.day_of_week.to_numpy() < 5, by_hour, 0.0)
    work_weight = np.where(is_visit, visit_work, fix_work * weight)
    return rows.assign(
        weight=weight,
        night=night.astype(bool),
        work_weight=work_weight,
        workday=work_weight > 0,
    )


def _assign_clusters(rows: pd.DataFrame) -> np.ndarray:
    """Cluster id per row (-1: in no cluster), densest first, greedy on a ~200 m grid."""
    lat, lon = rows["lat"].to_numpy(), rows["lon"].to_numpy()
    cells = pd.DataFrame(
        {
            "cell_lat": np.round(lat / 0.002).astype(np.int64),
            "cell_lon": np.round(lon / 0.003).astype(np.int64),
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
    rows = location_rows(inp)
    if rows.empty:
        return rows.assign(cluster=[])
    return rows.assign(cluster=_assign_clusters(rows))


def place_clusters(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """One row per place cluster: ``cluster``, ``lat``, ``lon``, ``records``, ``weight``,
    ``night_weight``, ``workday_weight``, ``days``, ``name`` and ``label`` (home, work or
    frequent). Heaviest first."""
    inp = prepare(records)
    rows = _clustered(inp)
    columns = [
        "cluster",
        "lat",
        "lon",
        "records",
        "weight",
        "night_weight",
        "workday_weight",
        "days",
        "name",
        "label",
    ]
    rows = rows[rows["cluster"] >= 0] if not rows.empty else rows
    if rows.empty:
        return pd.DataFrame(columns=columns)
    weighted = rows.assign(
        wlat=rows["lat"] * rows["weight"],
        wlon=rows["lon"] * rows["weight"],
        night_weight=rows["weight"] * rows["night"],
        workday_weight=rows["work_weight"],
        label_name=rows["place_name"].fillna(rows["address"]),
    )
    grouped = weighted.groupby("cluster")
    clusters = pd.DataFrame(
        {
            "lat": grouped["wlat"].sum() / grouped["weight"].sum(),
            "lon": grouped["wlon"].sum() / grouped["weight"].sum(),
            "records": grouped.size(),
            "weight": grouped["weight"].sum(),
            "night_weight": grouped["night_weight"].sum(),
            "workday_weight": grouped["workday_weight"].sum(),
            "days": grouped["day"].nunique(),
            "name": grouped["label_name"].agg(
                lambda s: str(s.dropna().value_counts().index[0]) if s.notna().any() else ""
            ),
        }
    ).reset_index()
    clusters["label"] = "frequent"
    home = _pick(clusters, "night_weight", exclude=None)
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
    key: str, cluster: pd.Series, rows: pd.DataFrame, share: float, claim: str, method: str
) -> Inference:
    value: dict[str, object] = {
        "lat": round(float(cluster["lat"]), 5),
        "lon": round(float(cluster["lon"]), 5),
        "radius_m": int(CLUSTER_RADIUS_M),
        "days": int(cluster["days"]),
    }
    if cluster["name"]:
        value["name"] = str(cluster["name"])
    return Inference(
        category=CATEGORY,
        key=key,
        claim=claim,
        value=value,
        confidence=round(min(0.97, 0.4 + 0.5 * share + 0.01 * min(int(cluster["days"]), 10)), 3),
        method=method,
        evidence=refs(rows, 30),
        evidence_count=len(rows),
    )


def _home_work(inp: InferenceInput, rows: pd.DataFrame, clusters: pd.DataFrame) -> list[Inference]:
    out: list[Inference] = []
    for label, column, flag, claim, method in (
        (
            "home",
            "night_weight",
            "night",
            "You live near {lat:.4f}, {lon:.4f}: your phone spends the nights there.",
            "The place cluster (about 250 m) holding most of your night-time location records "
            "(22:00-06:00).",
        ),
        (
            "work",
            "workday_weight",
            "workday",
            "You work near {lat:.4f}, {lon:.4f}: you spend long weekday stretches there.",
            "The place cluster (about 250 m), other than home, where you spend the most "
            "weekday hours: 09:00-17:00 counts fully, 06:00-09:00 and 17:00-24:00 half "
            "(shifts), the small hours not at all.",
        ),
    ):
        match = clusters[clusters["label"] == label]
        if match.empty:
            continue
        cluster = match.iloc[0]
        total = float(clusters[column].sum())
        share = float(cluster[column]) / total if total else 0.0
        members = rows[(rows["cluster"] == cluster["cluster"]) & rows[flag]]
        out.append(
            _place_inference(
                label,
                cluster,
                members,
                share,
                claim.format(lat=cluster["lat"], lon=cluster["lon"]),
                method,
            )
        )
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
            method="Median first arrival and last departure per weekday at the work place cluster.",
            evidence=refs(at_work, 30),
            evidence_count=len(at_work),
        )
    ]


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
            method="Place clusters (about 250 m) visited on at least 3 different days.",
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
            method=f"Location records more than {TRIP_DISTANCE_KM:.0f} km from the home "
            "cluster, grouped by consecutive days.",
            evidence=tuple(e for trip in away.groupby("trip") for e in refs(trip[1], 5)),
            evidence_count=len(away),
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
                method="Trips whose records carry a different UTC offset than your usual one.",
                evidence=refs(rows_abroad, 30),
                evidence_count=len(rows_abroad),
            )
        )
    return out


def _foreign_currency(inp: InferenceInput) -> list[Inference]:
    payments = inp.frame[(inp.frame["kind"] == "payment") & inp.frame["currency"].notna()]
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
            method="Outgoing payments in a currency other than the one most of your payments use.",
            evidence=refs(foreign, 30),
            evidence_count=len(foreign),
        )
    ]


def _without_history(inp: InferenceInput) -> list[Inference]:
    """City from merchants and posts, time zone from timestamps, network from IP addresses."""
    frame = inp.frame
    out: list[Inference] = []
    texts = frame[frame["kind"].isin(["payment", "post", "location_visit"]) | frame["is_me"]]
    hits = inp.hits("places", texts.index)
    if not hits.empty:
        counts = (
            hits.groupby("label")["position"].nunique().sort_values(ascending=False, kind="stable")
        )
        city = str(counts.index[0])
        rows = frame.loc[sorted(hits.loc[hits["label"] == city, "position"].unique())]
        out.append(
            Inference(
                category=CATEGORY,
                key="home_city",
                claim=f"You are probably based in {matcher('places').display('city', city)}.",
                value={
                    "city": city,
                    "mentions": {str(k): int(v) for k, v in counts.head(5).items()},
                },
                confidence=round(
                    min(0.8, 0.3 + 0.1 * int(counts.iloc[0]))
                    * float(counts.iloc[0] / counts.sum()),
                    3,
                ),
                method="City names in payment merchants, addresses and your posts; the most "
                "frequent one.",
                evidence=refs(rows, 30),
                evidence_count=len(rows),
            )
        )
    stated = frame[frame["timestamp"].notna() & ~frame["tz_assumed"] & frame["is_me"]]
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
                    method="The UTC offset most of your own timestamped records carry.",
                    evidence=refs(rows, 20),
                    evidence_count=len(rows),
                )
            )
    ips = frame[frame["ip"].notna()]
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
                method="IP addresses recorded in your login and activity history, by frequency.",
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
    out += _foreign_currency(inp)
    out += _without_history(inp)
    return out
