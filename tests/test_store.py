"""The column store gives back exactly the records it was given, in order, compactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.model import (
    Activity,
    Contact,
    LocationPoint,
    LocationVisit,
    Message,
    Payment,
    Post,
    ProfileFact,
    Record,
)
from footprint.pii.findings import Finding
from footprint.store import ColumnStore, of_kind

ZONES = [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30)),
         ZoneInfo("Europe/London"), ZoneInfo("Asia/Shanghai")]  # fmt: skip

texts = st.none() | st.text(max_size=40)
instants = st.none() | st.builds(
    lambda seconds, zone: datetime.fromtimestamp(seconds, UTC).astimezone(zone),
    st.floats(min_value=0, max_value=4e9, allow_nan=False).map(lambda s: round(s, 6)),
    st.sampled_from(ZONES),
)
common = {
    "source": st.sampled_from(["whatsapp", "paypal", "google_location"]),
    "path": st.sampled_from(["a/chat.txt", "b/Records.json"]),
    "locator": st.text(min_size=1, max_size=20),
    "timestamp": instants,
    "tz_assumed": st.booleans(),
    "actor": texts,
    "counterparty": texts,
    "text": texts,
}
coordinates = st.floats(min_value=-90, max_value=90, allow_nan=False)
records: st.SearchStrategy[Record] = st.one_of(
    st.builds(Message, **common, conversation=texts, is_system=st.booleans(), edited=st.booleans()),
    st.builds(
        Payment,
        **common,
        amount=st.none() | st.decimals(allow_nan=False, allow_infinity=False, places=2),
        currency=st.none() | st.sampled_from(["GBP", "CNY"]),
    ),
    st.builds(Post, **common, url=texts),
    st.builds(
        LocationPoint,
        **common,
        lat=coordinates,
        lon=coordinates,
        accuracy_m=st.none() | st.floats(0, 5000),
    ),
    st.builds(LocationVisit, **common, lat=st.none() | coordinates, end=instants, place_name=texts),
    st.builds(Contact, **common, name=texts, phone=texts),
    st.builds(ProfileFact, **common, field=st.sampled_from(["email", "name"]), value=st.text()),
    st.builds(Activity, **common, activity_type=st.sampled_from(["search", "login"]), ip=texts),
)


def _same(left: Record, right: Record) -> None:
    assert left == right
    # Equal datetimes may still differ in zone: the store keeps the very zone.
    assert left.timestamp is None or right.timestamp is not None
    if left.timestamp is not None and right.timestamp is not None:
        assert left.timestamp.utcoffset() == right.timestamp.utcoffset()
        assert left.timestamp.tzinfo == right.timestamp.tzinfo


@settings(max_examples=60, deadline=None)
@given(st.lists(records, max_size=60), st.integers(min_value=1, max_value=17))
def test_any_records_come_back_equal_and_in_order(items: list[Record], chunk_rows: int) -> None:
    store = ColumnStore.of(items, chunk_rows=chunk_rows)
    assert len(store) == len(items)
    back = list(store)
    assert len(back) == len(items)
    for left, right in zip(items, back, strict=True):
        _same(left, right)
    for index in range(0, len(items), 7):
        _same(items[index], store[index])
    if items:
        _same(items[-1], store[-1])
        assert store[1:4] == items[1:4]
    assert list(store.iter_classes(Message)) == [r for r in items if type(r) is Message]
    assert list(store.iter_except(LocationPoint)) == [
        r for r in items if not isinstance(r, LocationPoint)
    ]
    assert list(of_kind(store, "payment")) == [r for r in items if r.kind == "payment"]
    picked = list(range(0, len(items), 3))[::-1] + [0] * bool(items)
    assert store.take(picked) == [items[i] for i in sorted(set(picked))]
    pairs = {(r.path, r.locator) for r in items[::4]} | {("a/chat.txt", "nowhere")}
    assert store.positions(pairs) == [
        i for i, r in enumerate(items) if (r.path, r.locator) in pairs
    ]
    assert store.positions(pairs, unless=("source", "paypal")) == [
        i for i, r in enumerate(items) if (r.path, r.locator) in pairs or r.source != "paypal"
    ]
    for cls in {type(r) for r in items}:
        rows = [
            (int(at), {name: values[name][i] for name in values})
            for positions, values in store.iter_rows(cls, ["text", "kind", "ref"])
            for i, at in enumerate(positions)
        ]
        assert rows == [
            (i, {"text": r.text, "kind": r.kind, "ref": r.ref})
            for i, r in enumerate(items)
            if type(r) is cls
        ]


def test_take_decodes_whole_chunks_or_single_rows() -> None:
    items = [Message(source="whatsapp", path="c.txt", locator=f"line {i}", timestamp=None,
                     text=f"t{i}") for i in range(2_000)]  # fmt: skip
    store = ColumnStore.of(items, chunk_rows=500)
    many = list(range(0, 2_000, 2))  # over the whole-chunk threshold in every chunk
    assert store.take(many) == [items[i] for i in many]
    assert store.take([1999, 3, 3]) == [items[3], items[1999]]
    assert store.take([]) == []
    # Numbered locators and a dictionary-encoded path, found on their compact form.
    wanted = {("c.txt", "line 5"), ("c.txt", "line 1999"), ("d.txt", "line 6")}
    assert store.positions(wanted) == [5, 1999]
    assert store.positions(wanted, unless=("text", "t7")) == [i for i in range(2_000) if i != 7]


def test_amounts_keep_every_digit_and_missing_fields_stay_missing() -> None:
    stamp = datetime(2024, 10, 27, 1, 30, fold=1, tzinfo=ZoneInfo("Europe/London"))
    payment = Payment(source="paypal", path="p.csv", locator="row 2", timestamp=stamp,
                      amount=Decimal("-1234567.891"), currency="GBP")  # fmt: skip
    store = ColumnStore.of([payment] * 100, chunk_rows=64)
    assert list(store) == [payment] * 100
    assert store[99].amount == Decimal("-1234567.891")
    assert store[0].text is None and store[0].status is None


def test_findings_are_stored_too() -> None:
    finding = Finding(entity_type="PERSON", value="Ana", score=0.85, format="whatsapp",
                      path="c.txt", locator="line 3", timestamp=None, field="text",
                      start=0, end=3)  # fmt: skip
    store: ColumnStore[Finding] = ColumnStore.of([finding, finding])
    assert list(store) == [finding, finding]


def test_a_store_is_much_smaller_than_the_objects() -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    points = [
        LocationPoint(source="google_location", path="Records.json", locator=f"$.locations[{i}]",
                      timestamp=base + timedelta(minutes=i), lat=51.5 + i * 1e-6, lon=-0.1)
        for i in range(50_000)
    ]  # fmt: skip
    store = ColumnStore.of(points)
    list(store.iter_classes(LocationPoint))  # packs the pending rows
    assert store.nbytes() / len(points) < 80


def test_columns_read_without_objects() -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    items: list[Record] = []
    for i in range(10):
        items.append(Message(source="s", path="p", locator=f"line {i}", timestamp=base, text="hi"))
        items.append(LocationPoint(source="s", path="p", locator=f"$[{i}]", lat=1.0, lon=float(i)))
    store = ColumnStore.of(items, chunk_rows=4)
    positions, columns = store.columns(LocationPoint, ["lon", "locator"])
    assert positions.tolist() == list(range(1, 20, 2))
    assert columns["lon"].to_pylist() == [float(i) for i in range(10)]
    assert store.count_present("text") == 10
    assert store.count_classes() == {Message: 10, LocationPoint: 10}


def test_index_out_of_range() -> None:
    store: ColumnStore[Record] = ColumnStore()
    with pytest.raises(IndexError):
        store[0]
    assert list(store) == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.integers(0, 2**40).map(lambda n: f"line {n}"),
            st.integers(0, 99).map(lambda n: f"$.locations[{n}]"),
            st.text(max_size=12),  # also texts with leading zeros, digits in the middle...
        ),
        min_size=64,
        max_size=200,
    )
)
def test_texts_ending_in_numbers_are_packed_and_come_back_exactly(locators: list[str]) -> None:
    items = [Message(source="s", path="p", locator=locator or "x") for locator in locators]
    store = ColumnStore.of(items, chunk_rows=256)
    assert list(store) == items
    assert [store[i].locator for i in range(len(items))] == [m.locator for m in items]
    _, columns = store.columns(Message, ["locator"])
    assert columns["locator"].to_pylist() == [m.locator for m in items]


def test_locators_of_a_location_history_take_a_few_bytes() -> None:
    points = [
        LocationPoint(
            source="g", path="Records.json", locator=f"$.locations[{i}]", lat=1.0, lon=2.0
        )
        for i in range(10_000)
    ]
    store = ColumnStore.of(points, chunk_rows=10_000)
    assert store.nbytes() / len(points) < 45  # two floats, an instant, ~6 bytes of locator
    assert store[9_999].locator == "$.locations[9999]"


def test_coordinates_in_whole_units_are_kept_as_integers_and_come_back_exactly() -> None:
    import random

    rng = random.Random(5)
    points = [
        LocationPoint(source="g", path="Records.json", locator=f"$.locations[{i}]",
                      lat=rng.randint(-900_000_000, 900_000_000) / 1e7,
                      lon=rng.randint(-1_800_000_000, 1_800_000_000) / 1e7,
                      accuracy_m=float(rng.randint(1, 3000)))
        for i in range(5_000)
    ]  # fmt: skip
    store = ColumnStore.of(points, chunk_rows=5_000)
    assert list(store) == points
    _, columns = store.columns(LocationPoint, ["lat", "accuracy_m"])
    assert columns["lat"].to_pylist() == [p.lat for p in points]
    assert store.nbytes() / len(points) < 36  # two int32 coordinates, not two float64


def test_find_locates_pairs_column_wise() -> None:
    from footprint.model import Message

    items = [
        Message(source="s", path=f"chat {index % 3}.txt", locator=f"line {index}", text="x")
        for index in range(200)
    ]
    store = ColumnStore.of(items, chunk_rows=64)
    wanted = [("chat 1.txt", "line 1"), ("chat 2.txt", "line 197"), ("chat 0.txt", "line 1")]
    found = store.find(wanted)
    assert found == {("chat 1.txt", "line 1"): 1, ("chat 2.txt", "line 197"): 197}
    assert store.find([]) == {}


def test_find_on_plain_and_mixed_locators() -> None:
    from footprint.model import Message

    items = [
        Message(source="s", path=f"p{index}.json", locator=f"$.k{'x' * index}", text="x")
        for index in range(100)
    ] + [Message(source="s", path="p.json", locator="line 99999999999", text="y")]
    store = ColumnStore.of(items, chunk_rows=32)
    found = store.find(
        [("p7.json", "$.kxxxxxxx"), ("p.json", "line 99999999999"), ("p7.json", "$.k")]
    )
    assert found == {("p7.json", "$.kxxxxxxx"): 7, ("p.json", "line 99999999999"): 100}


# --- rows given column-wise (ColumnBatch) -------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=-900_000_000, max_value=900_000_000),
            st.integers(min_value=0, max_value=4_000_000_000_000_000),  # µs since 1970
            st.integers(min_value=0, max_value=len(ZONES) - 1),
            st.booleans(),
            st.none() | st.floats(min_value=0, max_value=1e4, allow_nan=False),
        ),
        max_size=300,
    ),
    st.integers(min_value=1, max_value=200),
    st.integers(min_value=0, max_value=3),
)
def test_a_column_batch_reads_back_as_the_same_records_appended_one_by_one(
    rows: list[tuple[int, int, int, bool, float | None]], chunk_rows: int, before: int
) -> None:
    def point(number: int) -> LocationPoint:
        e7, micros, zone, assumed, accuracy = rows[number]
        return LocationPoint(
            source="google_location",
            path="Takeout 2/Records.json",
            locator=f"$.locations[{number}]",
            timestamp=(
                datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros)
            ).astimezone(ZONES[zone]),
            tz_assumed=assumed,
            lat=e7 / 10_000_000,
            lon=-e7 / 10_000_000,
            accuracy_m=accuracy,
        )

    import numpy as np
    import pyarrow as pa

    from footprint.store import ColumnBatch, Constant, Instants, Numbered

    extra = [
        Message(source="whatsapp", path="chat.txt", locator=f"line {n}", text="hi")
        for n in range(before)
    ]
    expected = [*extra, *(point(n) for n in range(len(rows)))]
    batch = ColumnBatch(
        LocationPoint,
        len(rows),
        {
            "source": Constant("google_location"),
            "path": Constant("Takeout 2/Records.json"),
            "locator": Numbered("$.locations[", np.arange(len(rows)), "]"),
            "timestamp": Instants(
                np.array([r[1] * 1_000 for r in rows], dtype=np.int64),
                np.array([r[2] for r in rows], dtype=np.int16),
                ZONES,
            ),
            "tz_assumed": np.array([r[3] for r in rows], dtype=bool),
            "lat": np.array([r[0] for r in rows], dtype=np.int64) / 10_000_000,
            "lon": -np.array([r[0] for r in rows], dtype=np.int64) / 10_000_000,
            "accuracy_m": pa.array([r[4] for r in rows], pa.float64()),
        },
    )
    store: ColumnStore[Record] = ColumnStore(chunk_rows)
    store.extend(extra)
    store.append_columns(batch)
    store.append(
        extra[0] if extra else point(0) if rows else Message(source="s", path="p", locator="l")
    )
    got = list(store)
    assert got[:-1] == expected
    for mine, theirs in zip(got, expected, strict=False):
        assert mine.timestamp is None or mine.timestamp.tzinfo is theirs.timestamp.tzinfo
        assert mine.timestamp is None or mine.timestamp.isoformat() == theirs.timestamp.isoformat()
    assert batch.records() == expected[before:]
    assert [batch.slice(2, 5).records()] == [expected[before + 2 : before + 5]]
    positions, columns = store.columns(LocationPoint, ["lat", "locator"])
    assert positions.tolist()[: len(rows)] == list(range(before, before + len(rows)))
    assert columns["locator"].to_pylist()[: len(rows)] == [
        f"$.locations[{n}]" for n in range(len(rows))
    ]


def test_a_column_batch_must_give_every_field_without_a_default() -> None:
    from footprint.store import ColumnBatch, Constant

    store: ColumnStore[Record] = ColumnStore()
    with pytest.raises(ValueError, match="lat"):
        store.append_columns(ColumnBatch(LocationPoint, 1, {"source": Constant("s")}))
    with pytest.raises(ValueError, match="no fields"):
        store.append_columns(ColumnBatch(LocationPoint, 1, {"colour": Constant("red")}))
