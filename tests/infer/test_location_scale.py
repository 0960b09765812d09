"""Location fixes stay out of the shared frame and are summed up per cell and hour,
with the same totals as one row per fix."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from footprint.infer import places
from footprint.infer.frame import prepare
from footprint.model import LocationPoint, Message, Record
from footprint.store import ColumnStore

HOME, WORK = (51.5007, -0.1246), (51.5155, -0.0922)
LONDON = ZoneInfo("Europe/London")


def _days_of_fixes(days: int = 12, seed: int = 3) -> list[Record]:
    """Fixes every 2-6 minutes: nights at home, weekday office hours at work."""
    rng = random.Random(seed)
    out: list[Record] = []
    moment = datetime(2024, 3, 4, tzinfo=UTC)
    end = moment + timedelta(days=days)
    while moment < end:
        local = moment.astimezone(LONDON)
        at_work = local.weekday() < 5 and 9 <= local.hour < 17
        lat, lon = WORK if at_work else HOME
        out.append(
            LocationPoint(source="google_location", path="Records.json",
                          locator=f"$.locations[{len(out)}]", timestamp=local,
                          lat=lat + rng.uniform(-2e-4, 2e-4), lon=lon + rng.uniform(-2e-4, 2e-4))
        )  # fmt: skip
        if len(out) % 50 == 0:
            out.append(Message(source="whatsapp", path="chat.txt", locator=f"line {len(out)}",
                               timestamp=local, actor="Ana", text="on my way"))  # fmt: skip
        moment += timedelta(minutes=rng.randint(2, 6))
    return out


def test_fixes_are_not_rows_of_the_frame_but_reach_places() -> None:
    records = _days_of_fixes()
    inp = prepare(records)
    assert set(inp.frame["kind"].astype(str)) == {"message"}
    fixes = sum(len(batch.positions) for batch in inp.point_batches())
    assert fixes == sum(isinstance(r, LocationPoint) for r in records)
    found = {i.key: i for i in places.infer(inp)}
    assert places.haversine_m(found["home"].value["lat"], found["home"].value["lon"], *HOME) < 100
    assert places.haversine_m(found["work"].value["lat"], found["work"].value["lon"], *WORK) < 100
    # Evidence still points at single fixes of the history.
    assert all("Records.json#$.locations[" in ref for ref in found["home"].evidence)


@pytest.mark.parametrize("chunk_rows", [7, 64, 100_000])
def test_summed_rows_keep_the_totals_of_every_fix(chunk_rows: int) -> None:
    records = _days_of_fixes()
    rows = places.location_rows(prepare(ColumnStore.of(records, chunk_rows=chunk_rows)))
    fixes = [r for r in records if isinstance(r, LocationPoint)]
    assert int(rows["records"].sum()) == len(fixes)
    if chunk_rows > 1000:
        assert len(rows) < len(fixes) / 3  # summed up, not one row per fix
    # One row per fix, computed directly: the time until the next fix, 1 min to 1 h.
    stamps = np.array([f.timestamp.timestamp() for f in fixes])  # type: ignore[union-attr]
    hours = np.append(np.clip(np.diff(stamps) / 3600, places.MIN_FIX_HOURS,
                              places.MAX_FIX_HOURS), places.MIN_FIX_HOURS)  # fmt: skip
    assert float(rows["weight"].sum()) == pytest.approx(float(hours.sum()))
    local_hours = np.array([f.timestamp.astimezone(LONDON).hour for f in fixes])  # type: ignore[union-attr]
    night = np.isin(local_hours, places.NIGHT_HOURS)
    assert float((rows["weight"] * rows["night"]).sum()) == pytest.approx(float(hours[night].sum()))
    clusters = places.place_clusters(prepare(ColumnStore.of(records, chunk_rows=chunk_rows)))
    assert set(clusters["label"]) >= {"home", "work"}


def test_the_same_clusters_whatever_the_block_size() -> None:
    records = _days_of_fixes()
    small = places.place_clusters(prepare(ColumnStore.of(records, chunk_rows=9)))
    large = places.place_clusters(prepare(records))
    for column in ("records", "days", "label"):
        assert small[column].tolist() == large[column].tolist()
    for column in ("lat", "lon", "weight", "night_weight", "workday_weight"):
        assert np.allclose(small[column].astype(float), large[column].astype(float))
