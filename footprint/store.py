"""Column-wise storage of frozen dataclasses, so millions of records fit in little memory.

A list of a million :class:`~footprint.model.Message` objects costs about a gigabyte:
every object, string, datetime and float is a separate Python object. A
:class:`ColumnStore` keeps the same values in Apache Arrow arrays, a chunk at a time:
strings share one buffer, numbers and instants are machine words, and a column
that repeats a few values (``source``, ``path``) is dictionary-encoded.

The store is a :class:`~collections.abc.Sequence` of the original objects: indexing
and iteration rebuild them on demand, equal to what was appended. Code that needs
many rows (the inference frame) reads the columns instead, with :meth:`ColumnStore.columns`,
and never builds the objects at all.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any, Generic, TypeVar, overload

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "DEFAULT_CHUNK_ROWS",
    "ColumnBatch",
    "ColumnBlock",
    "ColumnStore",
    "Constant",
    "Instants",
    "MixedBatch",
    "Numbered",
    "field_values",
    "of_kind",
]

T = TypeVar("T")

# Rows gathered as objects before they are packed into columns: bounds the memory
# held as Python objects while keeping Arrow's per-array overhead negligible.
DEFAULT_CHUNK_ROWS = 32_768

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = _EPOCH.replace(tzinfo=None)
_NS = 1_000_000_000


def _base_type(annotation: Any) -> type:
    """``str`` for ``str | None``; the annotation itself otherwise."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(members) == 1:
            return _base_type(members[0])
        return object
    return annotation if isinstance(annotation, type) else object


class _AllMissing:
    """A column with no value at all (most optional fields of most records): its length only."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: slice) -> _AllMissing:
        return _AllMissing(len(range(*index.indices(self.length))))


class _Codec:
    """Turns one field's Python values into an Arrow array and back."""

    def encode(self, values: list[Any]) -> pa.Array:
        raise NotImplementedError

    def decode(self, array: pa.Array) -> list[Any]:
        values = array.to_numpy(zero_copy_only=False)
        if array.null_count and values.dtype.kind in "fiu":
            # NumPy turns nulls into NaN; the dataclass field wants None.
            return [
                None if not valid else value
                for value, valid in zip(
                    values.tolist(), array.is_valid().to_numpy(zero_copy_only=False), strict=True
                )
            ]
        return list(values.tolist())


# A text ending in a number: "line 12", "$.locations[4031]", "row 7" (canonical digits only,
# so that joining the parts gives the text back).
_NUMBERED = re.compile(r"(.*?)(0|[1-9][0-9]{0,17})([^0-9]*)", re.DOTALL)
_NUMBERED_FIELDS = ("head", "number", "tail")


def _numbered(values: list[Any]) -> pa.Array | None:
    """Texts like locators as (head, number, tail) with the head and tail dictionary-encoded:
    about 6 bytes a row instead of 25. None when the texts do not share a few shapes."""
    heads: list[str] = []
    numbers: list[int] = []
    tails: list[str] = []
    match = _NUMBERED.fullmatch
    for value in values:
        found = match(value) if value is not None else None
        if found is None:
            return None
        head, number, tail = found.groups()
        heads.append(head)
        numbers.append(int(number))
        tails.append(tail)
    if len(set(heads)) >= 128 or len(set(tails)) >= 128:
        return None
    small = pa.dictionary(pa.int8(), pa.string())
    number_type = pa.int32() if max(numbers) < 2**31 else pa.int64()
    return pa.StructArray.from_arrays(
        [
            pa.array(heads, pa.string()).dictionary_encode().cast(small),
            pa.array(numbers, number_type),
            pa.array(tails, pa.string()).dictionary_encode().cast(small),
        ],
        names=list(_NUMBERED_FIELDS),
    )


def _is_numbered(array: Any) -> bool:
    return (
        isinstance(array, pa.Array)
        and pa.types.is_struct(array.type)
        and tuple(field.name for field in array.type) == _NUMBERED_FIELDS
    )


def _joined(array: pa.Array) -> pa.Array:
    """The texts of a :func:`_numbered` array, rebuilt in Arrow (no Python string per row)."""
    return pc.binary_join_element_wise(
        array.field("head").dictionary_decode(),
        pc.cast(array.field("number"), pa.string()),
        array.field("tail").dictionary_decode(),
        "",
    )


class _StringCodec(_Codec):
    def decode(self, array: pa.Array) -> list[Any]:
        return super().decode(_joined(array) if _is_numbered(array) else array)

    def encode(self, values: list[Any]) -> pa.Array:
        if len(values) >= 64 and (numbered := _numbered(values)) is not None:
            return numbered
        array = pa.array(values, type=pa.string())
        # Columns such as source, path or currency repeat a handful of values.
        distinct = len(set(values))
        if len(values) >= 64 and distinct * 4 <= len(values):
            encoded = array.dictionary_encode()
            if distinct < 128:  # one byte per row instead of four
                encoded = encoded.cast(pa.dictionary(pa.int8(), pa.string()))
            return encoded
        return array


class _PlainCodec(_Codec):
    def __init__(self, arrow_type: pa.DataType) -> None:
        self.arrow_type = arrow_type

    def encode(self, values: list[Any]) -> pa.Array:
        return pa.array(values, type=self.arrow_type)


class _FloatCodec(_Codec):
    """Floats; when every value of a block is a whole number of units of 1 or 1e-7 (whole
    metres, Google's ``latitudeE7``), they are kept as 32-bit integers of those units,
    which give back the very same floats."""

    def encode(self, values: list[Any]) -> pa.Array:
        return self.compact(pa.array(values, type=pa.float64()))

    @staticmethod
    def compact(array: pa.Array) -> pa.Array:
        """``array`` (float64) as scaled integers when that is exact, else itself."""
        if array.null_count or len(array) < 64:
            return array
        floats = array.to_numpy(zero_copy_only=False)
        for scale in (1, 10_000_000):
            units = np.rint(floats * scale)
            if np.all(np.abs(units) < 2**31) and np.array_equal(units / scale, floats):
                # The scale is in the field's name: no per-row cost.
                return pa.StructArray.from_arrays(
                    [pa.array(units.astype(np.int32))], names=[f"{_SCALED}{scale}"]
                )
        return array

    def decode(self, array: pa.Array) -> list[Any]:
        return super().decode(_unscaled(array) if _is_scaled(array) else array)


_SCALED = "units_per_"


def _is_scaled(array: Any) -> bool:
    return (
        isinstance(array, pa.Array)
        and pa.types.is_struct(array.type)
        and array.type.num_fields == 1
        and array.type[0].name.startswith(_SCALED)
    )


def _unscaled(array: pa.Array) -> pa.Array:
    """The floats of a scaled column (the same division that proved them exact)."""
    scale = int(array.type[0].name.removeprefix(_SCALED))
    return pc.divide(array.field(0).cast(pa.float64()), float(scale))


class _DecimalCodec(_Codec):
    """Decimals as their exact text: amounts must come back to the last digit."""

    def encode(self, values: list[Any]) -> pa.Array:
        return pa.array([None if v is None else str(v) for v in values], type=pa.string())

    def decode(self, array: pa.Array) -> list[Any]:
        return [None if v is None else Decimal(v) for v in super().decode(array)]


class _ObjectCodec(_Codec):
    """Anything else (rare): kept as the Python objects themselves."""

    def encode(self, values: list[Any]) -> Any:
        return list(values)

    def decode(self, array: Any) -> list[Any]:
        return list(array)


class _ZoneTable:
    """Every distinct ``tzinfo`` seen, once; entry 0 stands for naive datetimes."""

    def __init__(self) -> None:
        self.zones: list[tzinfo | None] = [None]
        self._ids: dict[tzinfo | None, int] = {None: 0}

    def id_of(self, zone: tzinfo | None) -> int:
        found = self._ids.get(zone)
        if found is None:
            found = self._ids[zone] = len(self.zones)
            self.zones.append(zone)
        return found


class _DatetimeCodec(_Codec):
    """An aware datetime as nanoseconds since the epoch (UTC) plus the index of its zone.

    The zone objects themselves live once in the store's zone table, so each value
    comes back with the very ``tzinfo`` it was appended with, ``fold`` included. A wall
    time that does not exist in its zone (inside a spring-forward gap) comes back as
    the same instant, written the way the zone writes it.
    """

    def __init__(self, zones: _ZoneTable) -> None:
        self.zones = zones

    def encode(self, values: list[Any]) -> pa.Array:
        nanos: list[int | None] = []
        zone_ids: list[int] = []
        for value in values:
            if value is None:
                nanos.append(None)
                zone_ids.append(0)
                continue
            delta = (
                value - _EPOCH if value.tzinfo is not None else value - _EPOCH.replace(tzinfo=None)
            )
            nanos.append((delta.days * 86_400 + delta.seconds) * _NS + delta.microseconds * 1_000)
            zone_ids.append(self.zones.id_of(value.tzinfo))
        return pa.StructArray.from_arrays(
            [pa.array(nanos, type=pa.timestamp("ns", tz="UTC")), pa.array(zone_ids, pa.int16())],
            names=["utc", "zone"],
        )

    def encode_instants(self, instants: Instants) -> pa.Array:
        """The stored form of nanoseconds and zones given column-wise (see Instants)."""
        table = np.array([self.zones.id_of(zone) for zone in instants.zones], dtype=np.int16)
        zone_ids = table[instants.zone_codes] if len(instants.zone_codes) else table[:0]
        mask = None
        if instants.valid is not None and not instants.valid.all():
            mask = ~instants.valid
            zone_ids = np.where(instants.valid, zone_ids, 0).astype(np.int16)
        utc = pa.array(instants.nanos, type=pa.int64(), mask=mask).cast(
            pa.timestamp("ns", tz="UTC")
        )
        return pa.StructArray.from_arrays(
            [utc, pa.array(zone_ids, pa.int16())], names=["utc", "zone"]
        )

    def decode(self, array: pa.Array) -> list[Any]:
        # Nulls filled first: NumPy would otherwise make the column float and round it.
        utc = array.field("utc").cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)
        zone_ids = array.field("zone").to_numpy(zero_copy_only=False)
        valid = array.field("utc").is_valid().to_numpy(zero_copy_only=False)
        out: list[Any] = []
        for nanos, zone_id, present in zip(utc.tolist(), zone_ids.tolist(), valid, strict=True):
            if not present:
                out.append(None)
                continue
            zone = self.zones.zones[zone_id]
            moment = _EPOCH + timedelta(microseconds=nanos // 1_000)
            out.append(moment.replace(tzinfo=None) if zone is None else moment.astimezone(zone))
        return out


@dataclass(frozen=True)
class Constant:
    """One value for every row of a :class:`ColumnBatch`."""

    value: Any


@dataclass(frozen=True)
class Numbered:
    """Texts ``f"{head}{number}{tail}"`` (locators such as ``$.locations[4031]``)."""

    head: str
    numbers: np.ndarray  # integers
    tail: str


@dataclass(frozen=True)
class Instants:
    """Aware datetimes column-wise: nanoseconds since the epoch (UTC) and each row's
    zone as an index into ``zones``; ``valid`` False where a row has no datetime."""

    nanos: np.ndarray  # int64
    zone_codes: np.ndarray  # integer indices into zones
    zones: Sequence[tzinfo | None]
    valid: np.ndarray | None = None  # bool

    @staticmethod
    def nanos_of(value: datetime) -> int:
        """The nanoseconds a datetime is stored as (its zone's offset applied)."""
        delta = value - _EPOCH if value.tzinfo is not None else value - _NAIVE_EPOCH
        return (delta.days * 86_400 + delta.seconds) * _NS + delta.microseconds * 1_000


@dataclass(frozen=True)
class ColumnBatch:
    """Rows of one record class given column-wise, by a parser that reads millions.

    ``columns`` maps field names to a :class:`Constant`, a :class:`Numbered` text, an
    :class:`Instants` column, or a NumPy/Arrow array of the field's type (floats may
    be a float64 Arrow array with nulls). A field left out takes its default. The
    parser guarantees what the record class checks (timestamps carry a zone).
    """

    cls: type
    length: int
    columns: dict[str, Any]

    def slice(self, start: int, stop: int) -> ColumnBatch:
        return ColumnBatch(
            self.cls,
            len(range(self.length)[start:stop]),
            {name: _slice(value, start, stop) for name, value in self.columns.items()},
        )

    def records(self) -> list[Any]:
        """The rows as record objects, equal to what a store gives back for them."""
        store: ColumnStore[Any] = ColumnStore(max(self.length, 1))
        store.append_columns(self)
        return list(store)


@dataclass(frozen=True)
class MixedBatch:
    """Rows of several record classes, interleaved (a chat's messages and the location
    shares among them): row ``i`` is the next row of ``parts[kinds[i]]``."""

    parts: list[ColumnBatch]
    kinds: np.ndarray  # small integers, one per row

    @classmethod
    def of(cls, batch: ColumnBatch) -> MixedBatch:
        return cls([batch], np.zeros(batch.length, dtype=np.int8))

    @property
    def length(self) -> int:
        return len(self.kinds)

    def records(self) -> list[Any]:
        """The rows as record objects, in order, equal to what a store gives back."""
        store: ColumnStore[Any] = ColumnStore(max(self.length, 1))
        store.append_columns(self)
        return list(store)


def _defaults(batch: ColumnBatch, codecs: dict[str, _Codec]) -> dict[str, Constant]:
    """The value of each field ``batch`` leaves out: its default; checks the names."""
    unknown = set(batch.columns) - set(codecs)
    if unknown:
        raise ValueError(f"{batch.cls.__name__} has no fields {sorted(unknown)}")
    defaults = {
        field.name: Constant(field.default)
        for field in dataclasses.fields(batch.cls)
        if field.default is not dataclasses.MISSING
    }
    missing = set(codecs) - set(batch.columns) - set(defaults)
    if missing:
        raise ValueError(f"{batch.cls.__name__} needs fields {sorted(missing)}")
    return defaults


def _slice(value: Any, start: int, stop: int) -> Any:
    if isinstance(value, Constant):
        return value
    if isinstance(value, Numbered):
        return Numbered(value.head, value.numbers[start:stop], value.tail)
    if isinstance(value, Instants):
        valid = value.valid[start:stop] if value.valid is not None else None
        return Instants(value.nanos[start:stop], value.zone_codes[start:stop], value.zones, valid)
    return value[start:stop]


def _constant_text(value: str, length: int) -> pa.Array:
    return pa.DictionaryArray.from_arrays(
        pa.array(np.zeros(length, dtype=np.int8)), pa.array([value], pa.string())
    )


def _encode_given(codec: _Codec, value: Any, length: int) -> Any:
    """One field of a :class:`ColumnBatch` in its stored form, without a row object."""
    if isinstance(value, Constant):
        if value.value is None:
            return _AllMissing(length)
        if isinstance(codec, _StringCodec):
            return _constant_text(value.value, length)
        if isinstance(codec, _PlainCodec):
            return pa.array(np.full(length, value.value), type=codec.arrow_type)
        return codec.encode([value.value] * length)
    if isinstance(value, Numbered):
        numbers = np.asarray(value.numbers, dtype=np.int64)
        wide = bool(numbers.size) and int(numbers.max()) >= 2**31
        return pa.StructArray.from_arrays(
            [
                _constant_text(value.head, length),
                pa.array(numbers, pa.int64() if wide else pa.int32()),
                _constant_text(value.tail, length),
            ],
            names=list(_NUMBERED_FIELDS),
        )
    if isinstance(value, Instants):
        assert isinstance(codec, _DatetimeCodec)
        return codec.encode_instants(value)
    if isinstance(codec, _FloatCodec):
        array = value if isinstance(value, pa.Array) else pa.array(value, pa.float64())
        return codec.compact(array.cast(pa.float64()))
    if isinstance(codec, _PlainCodec):
        return value if isinstance(value, pa.Array) else pa.array(value, codec.arrow_type)
    if isinstance(codec, _StringCodec) and isinstance(value, pa.Array):
        return value
    values = value if isinstance(value, list) else list(value)
    if values.count(None) == len(values):
        return _AllMissing(length)
    return codec.encode(values)


@dataclass
class ColumnBlock:
    """The rows of one class inside one chunk: their offsets in the chunk and their columns."""

    cls: type
    offsets: np.ndarray  # int32 positions inside the chunk, ascending
    columns: dict[str, Any]  # field name -> Arrow array (or a list, see _ObjectCodec)


@dataclass
class _Chunk:
    start: int  # global position of the chunk's first row
    length: int
    blocks: list[ColumnBlock]
    block_of_row: np.ndarray  # int8: which block holds each row
    index_in_block: np.ndarray  # int32: the row's index inside its block


class ColumnStore(Sequence[T], Generic[T]):
    """An append-only, column-wise sequence of frozen dataclass instances.

    ``append``/``extend`` take objects of any dataclass type; reading gives back equal
    objects in the same order. Appending after reading is allowed.
    """

    def __init__(self, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> None:
        self._chunk_rows = chunk_rows
        self._chunks: list[_Chunk] = []
        self._starts: list[int] = []
        self._pending: list[T] = []
        self._length = 0
        self._zones = _ZoneTable()
        self._codecs: dict[type, dict[str, _Codec]] = {}

    @classmethod
    def of(cls, items: Iterable[T], chunk_rows: int = DEFAULT_CHUNK_ROWS) -> ColumnStore[T]:
        """A store holding ``items``."""
        store: ColumnStore[T] = cls(chunk_rows)
        store.extend(items)
        return store

    # -- writing -------------------------------------------------------------------

    def append(self, item: T) -> None:
        self._pending.append(item)
        self._length += 1
        if len(self._pending) >= self._chunk_rows:
            self._flush()

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def append_columns(self, batch: ColumnBatch | MixedBatch) -> None:
        """Append a parser's rows given column-wise: each column is encoded once, with
        NumPy and Arrow, and no row object is built. Reading them back gives what
        appending the records one by one would."""
        mixed = batch if isinstance(batch, MixedBatch) else MixedBatch.of(batch)
        kinds = np.asarray(mixed.kinds)
        for number, part in enumerate(mixed.parts):
            if int(np.count_nonzero(kinds == number)) != part.length:
                raise ValueError(f"{part.cls.__name__}: {part.length} rows, not as many kinds")
        if not kinds.size:
            return
        self._flush()  # rows appended before come first
        codecs = [self._codecs_of(part.cls) for part in mixed.parts]
        defaults = [_defaults(part, codec) for part, codec in zip(mixed.parts, codecs, strict=True)]
        taken = [0] * len(mixed.parts)
        for start in range(0, kinds.size, self._chunk_rows):
            stop = min(start + self._chunk_rows, kinds.size)
            length = stop - start
            chunk_kinds = kinds[start:stop]
            blocks: list[ColumnBlock] = []
            block_of_row = np.empty(length, dtype=np.int8)
            index_in_block = np.empty(length, dtype=np.int32)
            for number, part in enumerate(mixed.parts):
                offsets = np.flatnonzero(chunk_kinds == number).astype(np.int32)
                if not offsets.size:
                    continue
                first, taken[number] = taken[number], taken[number] + offsets.size
                whole = first == 0 and offsets.size == part.length
                piece = part if whole else part.slice(first, taken[number])
                columns = {
                    name: _encode_given(
                        codec,
                        piece.columns[name] if name in piece.columns else defaults[number][name],
                        offsets.size,
                    )
                    for name, codec in codecs[number].items()
                }
                block_of_row[offsets] = len(blocks)
                index_in_block[offsets] = np.arange(offsets.size, dtype=np.int32)
                blocks.append(ColumnBlock(part.cls, offsets, columns))
            chunk = _Chunk(self._length, length, blocks, block_of_row, index_in_block)
            self._chunks.append(chunk)
            self._starts.append(self._length)
            self._length += length

    def _codecs_of(self, cls: type) -> dict[str, _Codec]:
        codecs = self._codecs.get(cls)
        if codecs is None:
            hints = typing.get_type_hints(cls)
            codecs = {}
            for field in dataclasses.fields(cls):
                codecs[field.name] = self._codec_for(_base_type(hints[field.name]))
            self._codecs[cls] = codecs
        return codecs

    def _codec_for(self, base: type) -> _Codec:
        if base is str:
            return _StringCodec()
        if base is bool:
            return _PlainCodec(pa.bool_())
        if base is int:
            return _PlainCodec(pa.int64())
        if base is float:
            return _FloatCodec()
        if base is datetime:
            return _DatetimeCodec(self._zones)
        if base is Decimal:
            return _DecimalCodec()
        return _ObjectCodec()

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        classes: dict[type, list[int]] = {}
        for offset, item in enumerate(pending):
            classes.setdefault(type(item), []).append(offset)
        blocks: list[ColumnBlock] = []
        block_of_row = np.empty(len(pending), dtype=np.int8)
        index_in_block = np.empty(len(pending), dtype=np.int32)
        for number, (cls, offsets) in enumerate(classes.items()):
            members = [pending[offset] for offset in offsets]
            columns: dict[str, Any] = {}
            for name, codec in self._codecs_of(cls).items():
                values = [getattr(member, name) for member in members]
                missing = values.count(None)
                columns[name] = (
                    _AllMissing(len(values)) if missing == len(values) else codec.encode(values)
                )
            positions = np.asarray(offsets, dtype=np.int32)
            block_of_row[positions] = number
            index_in_block[positions] = np.arange(len(offsets), dtype=np.int32)
            blocks.append(ColumnBlock(cls, positions, columns))
        start = self._length - len(pending)
        self._chunks.append(_Chunk(start, len(pending), blocks, block_of_row, index_in_block))
        self._starts.append(start)

    # -- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(self._range(*index.indices(self._length)))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("ColumnStore index out of range")
        packed = self._length - len(self._pending)
        if index >= packed:
            return self._pending[index - packed]
        chunk = self._chunks[bisect_right(self._starts, index) - 1]
        offset = index - chunk.start
        block = chunk.blocks[int(chunk.block_of_row[offset])]
        row = int(chunk.index_in_block[offset])
        codecs = self._codecs_of(block.cls)
        values = {
            name: _decode(codec, block.columns[name][row : row + 1])[0]
            for name, codec in codecs.items()
        }
        return typing.cast(T, block.cls(**values))

    def _range(self, start: int, stop: int, step: int) -> Iterator[T]:
        if step != 1:
            for index in range(start, stop, step):
                yield self[index]
            return
        packed = self._length - len(self._pending)
        for chunk in self._chunks:
            if chunk.start + chunk.length <= start or chunk.start >= stop:
                continue
            rows = self._decode_chunk(chunk)
            yield from rows[max(start - chunk.start, 0) : stop - chunk.start]
        if stop > packed:
            yield from self._pending[max(start - packed, 0) : stop - packed]

    def __iter__(self) -> Iterator[T]:
        return self._range(0, self._length, 1)

    def _decode_block(self, block: ColumnBlock) -> list[T]:
        codecs = self._codecs_of(block.cls)
        names = list(codecs)
        decoded = [_decode(codecs[name], block.columns[name]) for name in names]
        make = self._maker(block.cls, names)
        return [make(row) for row in zip(*decoded, strict=True)]

    def _maker(self, cls: type, names: list[str]) -> Callable[[tuple[Any, ...]], T]:
        """Builds an object from its field values, checked when it was appended.

        Slotted dataclasses are filled slot by slot, twice as fast as their ``__init__``
        (which a frozen dataclass runs through ``object.__setattr__`` per field).
        """
        slots = [getattr(cls, name, None) for name in names]
        if all(isinstance(slot, types.MemberDescriptorType) for slot in slots):
            setters = [slot.__set__ for slot in slots]  # type: ignore[union-attr]
            new = object.__new__

            def fill(values: tuple[Any, ...]) -> T:
                item: Any = new(cls)
                for setter, value in zip(setters, values, strict=True):
                    setter(item, value)
                return typing.cast(T, item)

            return fill

        def build(values: tuple[Any, ...]) -> T:
            return typing.cast(T, cls(**dict(zip(names, values, strict=True))))

        return build

    def _decode_chunk(self, chunk: _Chunk) -> list[T]:
        if len(chunk.blocks) == 1:
            return self._decode_block(chunk.blocks[0])
        rows: list[Any] = [None] * chunk.length
        for block in chunk.blocks:
            for offset, item in zip(block.offsets.tolist(), self._decode_block(block), strict=True):
                rows[offset] = item
        return rows

    def take(self, positions: Iterable[int]) -> list[T]:
        """The objects at ``positions`` (ascending order, duplicates dropped), decoding
        only those rows: each block's columns are cut to them with Arrow's ``take``."""
        wanted = sorted(set(positions))
        self._flush()
        out: list[T] = []
        at = 0
        for chunk in self._chunks:
            stop = bisect_left(wanted, chunk.start + chunk.length, at)
            inside = np.asarray(wanted[at:stop], dtype=np.int64) - chunk.start
            at = stop
            if not inside.size:
                continue
            rows: list[Any] = [None] * inside.size
            blocks = chunk.block_of_row[inside]
            indices = chunk.index_in_block[inside]
            for number in np.unique(blocks).tolist():
                picked = np.flatnonzero(blocks == number)
                block = chunk.blocks[number]
                for slot, item in zip(
                    picked.tolist(), self._decode_rows(block, indices[picked]), strict=True
                ):
                    rows[slot] = item
            out.extend(rows)
        return out

    def _decode_rows(self, block: ColumnBlock, rows: np.ndarray) -> list[T]:
        """The objects at ``rows`` (indices into the block) of one block."""
        codecs = self._codecs_of(block.cls)
        names = list(codecs)
        picked = pa.array(rows.astype(np.int64))
        decoded = []
        for name in names:
            column = block.columns[name]
            if isinstance(column, _AllMissing):
                part: Any = _AllMissing(len(rows))
            elif isinstance(column, list):
                part = [column[row] for row in rows.tolist()]
            else:
                part = column.take(picked)
            decoded.append(_decode(codecs[name], part))
        make = self._maker(block.cls, names)
        return [make(row) for row in zip(*decoded, strict=True)]

    def iter_classes(self, *classes: type) -> Iterator[T]:
        """The objects of the given classes (subclasses included), in order, without
        rebuilding the others."""
        for chunk in self._chunks:
            wanted = [block for block in chunk.blocks if issubclass(block.cls, classes)]
            if len(wanted) == len(chunk.blocks):
                yield from self._decode_chunk(chunk)
            elif len(wanted) == 1:
                yield from self._decode_block(wanted[0])
            elif wanted:
                merged: list[tuple[int, T]] = []
                for block in wanted:
                    merged.extend(
                        zip(block.offsets.tolist(), self._decode_block(block), strict=True)
                    )
                merged.sort(key=lambda pair: pair[0])
                yield from (item for _, item in merged)
        yield from (item for item in self._pending if isinstance(item, classes))

    def iter_except(self, *classes: type) -> Iterator[T]:
        """The objects not of the given classes, in order, without rebuilding those."""
        kept = tuple(
            {block.cls for chunk in self._chunks for block in chunk.blocks}
            | {type(item) for item in self._pending}
        )
        wanted = tuple(cls for cls in kept if not issubclass(cls, classes))
        return self.iter_classes(*wanted) if wanted else iter(())

    def count_present(self, name: str, *, exclude: tuple[type, ...] = ()) -> int:
        """How many objects (outside ``exclude``) have field ``name`` set and non-empty."""
        total = 0
        for chunk in self._chunks:
            for block in chunk.blocks:
                column = block.columns.get(name)
                if (
                    column is None
                    or isinstance(column, _AllMissing)
                    or issubclass(block.cls, exclude)
                ):
                    continue
                total += (
                    len(column) - column.null_count
                    if hasattr(column, "null_count")
                    else sum(1 for value in column if value)
                )
        for item in self._pending:
            if not isinstance(item, exclude) and getattr(item, name, None):
                total += 1
        return total

    def values(self, name: str) -> Iterator[Any]:
        """Field ``name`` of every object, in order, read from the columns (None where
        an object has no such field)."""
        for chunk in self._chunks:
            per_block = [
                _decode(self._codecs_of(block.cls)[name], block.columns[name])
                if name in block.columns
                else [None] * len(block.offsets)
                for block in chunk.blocks
            ]
            if len(per_block) == 1:
                yield from per_block[0]
                continue
            rows: list[Any] = [None] * chunk.length
            for block, values in zip(chunk.blocks, per_block, strict=True):
                for offset, value in zip(block.offsets.tolist(), values, strict=True):
                    rows[offset] = value
            yield from rows
        yield from (getattr(item, name, None) for item in self._pending)

    def count_classes(self) -> dict[type, int]:
        """How many objects of each class the store holds."""
        counts: dict[type, int] = {}
        for chunk in self._chunks:
            for block in chunk.blocks:
                counts[block.cls] = counts.get(block.cls, 0) + len(block.offsets)
        for item in self._pending:
            counts[type(item)] = counts.get(type(item), 0) + 1
        return counts

    def columns(self, cls: type, names: Sequence[str]) -> tuple[np.ndarray, dict[str, Any]]:
        """The global positions of ``cls``'s objects and the named columns as Arrow
        arrays (chunked), without building a single object. ``cls`` is matched exactly.

        Datetime columns come as a struct of ``utc`` (timestamp[ns, UTC]) and ``zone``
        (an index into :attr:`zones`).
        """
        self._flush()
        positions: list[np.ndarray] = []
        parts: dict[str, list[Any]] = {name: [] for name in names}
        for chunk in self._chunks:
            for block in chunk.blocks:
                if block.cls is not cls:
                    continue
                positions.append(block.offsets.astype(np.int64) + chunk.start)
                for name in names:
                    parts[name].append(block.columns[name])
        found = np.concatenate(positions) if positions else np.empty(0, dtype=np.int64)
        return found, {name: _concat(chunks) for name, chunks in parts.items()}

    def iter_blocks(
        self, cls: type, names: Sequence[str]
    ) -> Iterator[tuple[np.ndarray, dict[str, Any]]]:
        """Like :meth:`columns`, one stored block at a time: bounded memory for any size."""
        self._flush()
        for chunk in self._chunks:
            for block in chunk.blocks:
                if block.cls is cls:
                    positions = block.offsets.astype(np.int64) + chunk.start
                    yield positions, {name: _concat([block.columns[name]]) for name in names}

    def iter_rows(
        self, cls: type, names: Sequence[str]
    ) -> Iterator[tuple[np.ndarray, dict[str, list[Any]]]]:
        """The global positions of ``cls``'s objects (``cls`` matched exactly) and the
        named attributes as Python values, one stored block at a time. Stored fields
        are decoded from their columns; any other attribute (a property) is read from
        the block's rebuilt objects."""
        self._flush()
        codecs = self._codecs_of(cls)
        for chunk in self._chunks:
            for block in chunk.blocks:
                if block.cls is not cls:
                    continue
                positions = block.offsets.astype(np.int64) + chunk.start
                values: dict[str, list[Any]] = {}
                objects: list[T] | None = None
                for name in names:
                    if name in codecs and name in block.columns:
                        values[name] = _decode(codecs[name], block.columns[name])
                    else:
                        if objects is None:
                            objects = self._decode_block(block)
                        values[name] = [getattr(item, name, None) for item in objects]
                yield positions, values
        # Objects not packed yet (none after _flush, kept for safety).
        packed = self._length - len(self._pending)
        mine = [(packed + i, item) for i, item in enumerate(self._pending) if type(item) is cls]
        if mine:
            yield (
                np.array([i for i, _ in mine], dtype=np.int64),
                {name: [getattr(item, name, None) for _, item in mine] for name in names},
            )

    def find(
        self, pairs: Iterable[tuple[str, str]], first: str = "path", second: str = "locator"
    ) -> dict[tuple[str, str], int]:
        """The position of the first object whose ``(first, second)`` fields equal each of
        ``pairs`` (absent pairs are left out), found with Arrow over the columns: no
        index of every object is built. Meant for a handful of pairs, such as the
        records behind one piece of evidence (``path``, ``locator``)."""
        wanted = set(pairs)
        found: dict[tuple[str, str], int] = {}
        if not wanted:
            return found
        self._flush()
        firsts = {a for a, _ in wanted}
        seconds = {b for _, b in wanted}
        for chunk in self._chunks:
            for block in chunk.blocks:
                left, right = block.columns.get(first), block.columns.get(second)
                rows = _candidates(left, firsts)
                if rows.size:
                    rows = np.intersect1d(rows, _candidates(right, seconds))
                if not rows.size or left is None or right is None:
                    continue
                codecs = self._codecs_of(block.cls)
                for row in rows.tolist():
                    pair = (
                        _decode(codecs[first], left[row : row + 1])[0],
                        _decode(codecs[second], right[row : row + 1])[0],
                    )
                    if pair in wanted and pair not in found:
                        found[pair] = chunk.start + int(block.offsets[row])
                if len(found) == len(wanted):
                    return found
        return found

    def positions(
        self,
        pairs: Iterable[tuple[str, str]],
        first: str = "path",
        second: str = "locator",
        *,
        unless: tuple[str, str] | None = None,
    ) -> list[int]:
        """The positions, ascending, of every object whose ``(first, second)`` fields
        equal one of ``pairs``; with ``unless=(name, value)``, also of every object whose
        field ``name`` is not ``value``. Found on the compact columns, and only the
        candidate rows decoded (in bulk), as in :meth:`find`."""
        wanted = set(pairs)
        firsts = {a for a, _ in wanted}
        seconds = {b for _, b in wanted}
        first_numbers, second_numbers = _numbers_in(firsts), _numbers_in(seconds)
        self._flush()
        found: list[np.ndarray] = []
        for chunk in self._chunks:
            for block in chunk.blocks:
                keep = np.zeros(len(block.offsets), dtype=bool)
                if unless is not None:
                    name, value = unless
                    column = block.columns.get(name)
                    keep[:] = True
                    if column is not None and not isinstance(column, _AllMissing):
                        if isinstance(column, pa.Array):
                            keep[_candidates(column, {value})] = False
                        else:
                            keep[[i for i, v in enumerate(column) if v == value]] = False
                left, right = block.columns.get(first), block.columns.get(second)
                rows = _candidates(left, firsts, first_numbers) if wanted else np.empty(0, np.int64)
                if rows.size:
                    rows = np.intersect1d(rows, _candidates(right, seconds, second_numbers))
                rows = rows[~keep[rows]] if rows.size else rows
                if rows.size and left is not None and right is not None:
                    codecs = self._codecs_of(block.cls)
                    picked = pa.array(rows)
                    lefts = _decode(codecs[first], left.take(picked))
                    rights = _decode(codecs[second], right.take(picked))
                    for row, a, b in zip(rows.tolist(), lefts, rights, strict=True):
                        if (a, b) in wanted:
                            keep[row] = True
                hits = np.flatnonzero(keep)
                if hits.size:
                    found.append(block.offsets[hits].astype(np.int64) + chunk.start)
        if not found:
            return []
        return [int(at) for at in np.sort(np.concatenate(found))]

    def zone_id(self, zone: tzinfo | None) -> int:
        """The index of ``zone`` in :attr:`zones`, added when new."""
        return self._zones.id_of(zone)

    def rewrite_datetimes(
        self, rewrite: Callable[[Any, pa.StructArray], pa.StructArray | None]
    ) -> None:
        """Replace stored datetime columns a block at a time: ``rewrite(path, column)``
        gets a block's ``path`` column and one of its datetime columns (a struct of
        ``utc`` and ``zone``) and returns the new column, or None to keep it. Used to
        place times once their zone is known; memory stays one block's worth."""
        self._flush()
        for chunk in self._chunks:
            for block in chunk.blocks:
                path = block.columns.get("path")
                for name, codec in self._codecs_of(block.cls).items():
                    column = block.columns.get(name)
                    if not isinstance(codec, _DatetimeCodec) or column is None:
                        continue
                    if isinstance(column, _AllMissing):
                        continue
                    paths = _concat([path]) if path is not None else None
                    replaced = rewrite(paths, column)
                    if replaced is not None:
                        block.columns[name] = replaced

    @property
    def zones(self) -> Sequence[tzinfo | None]:
        """The zone table datetime columns index into (entry 0 is "no zone")."""
        return self._zones.zones

    def nbytes(self) -> int:
        """Bytes held by the packed columns (the pending objects not counted)."""
        total = 0
        for chunk in self._chunks:
            total += chunk.block_of_row.nbytes + chunk.index_in_block.nbytes
            for block in chunk.blocks:
                total += block.offsets.nbytes
                total += sum(
                    column.nbytes for column in block.columns.values() if hasattr(column, "nbytes")
                )
        return total


def _numbers_in(wanted: Iterable[str]) -> list[int]:
    """The numbers of the values of ``wanted`` that are numbered texts (``line 12``)."""
    return [
        int(found.group(2)) for value in wanted if (found := _NUMBERED.fullmatch(value)) is not None
    ]


def _candidates(column: Any, wanted: set[str], numbers: list[int] | None = None) -> np.ndarray:
    """Rows of a stored string column that may equal one of ``wanted``: a superset, found
    on the compact form (the number of a numbered text, the codes of a dictionary).
    ``numbers`` is ``_numbers_in(wanted)`` when the caller has it already."""
    none = np.empty(0, dtype=np.int64)
    if column is None or isinstance(column, _AllMissing) or not isinstance(column, pa.Array):
        return none
    if _is_numbered(column):
        numbers_column = column.field("number")
        limit = 2**31 if numbers_column.type == pa.int32() else 2**63
        kept = {n for n in (_numbers_in(wanted) if numbers is None else numbers) if n < limit}
        if not kept:
            return none
        mask = pc.is_in(numbers_column, value_set=pa.array(sorted(kept), numbers_column.type))
    elif pa.types.is_dictionary(column.type):
        texts = pa.array(sorted(wanted), pa.string())
        codes = np.flatnonzero(
            pc.is_in(column.dictionary, value_set=texts).to_numpy(zero_copy_only=False)
        )
        if not codes.size:
            return none
        mask = pc.is_in(column.indices, value_set=pa.array(codes, column.indices.type))
    elif pa.types.is_string(column.type):
        mask = pc.is_in(column, value_set=pa.array(sorted(wanted), pa.string()))
    else:
        return none
    return np.flatnonzero(mask.fill_null(False).to_numpy(zero_copy_only=False))


def field_values(items: Iterable[Any], *names: str) -> Iterator[tuple[Any, ...]]:
    """``(item.<name>, ...)`` for every item; from a store, read from its columns
    without building the objects."""
    if isinstance(items, ColumnStore):
        return zip(*(items.values(name) for name in names), strict=True)
    return (tuple(getattr(item, name, None) for name in names) for item in items)


def of_kind(items: Iterable[Any], kind: str) -> Iterator[Any]:
    """The records whose ``kind`` is ``kind`` (all for ``"any"``); from a store, without
    rebuilding the others."""
    if kind == "any":
        return iter(items)
    if isinstance(items, ColumnStore):
        classes = [cls for cls in items.count_classes() if getattr(cls, "kind", None) == kind]
        return items.iter_classes(*classes) if classes else iter(())
    return (item for item in items if getattr(item, "kind", None) == kind)


def _decode(codec: _Codec, column: Any) -> list[Any]:
    if isinstance(column, _AllMissing):
        return [None] * column.length
    return codec.decode(column)


def _concat(chunks: list[Any]) -> Any:
    """One chunked Arrow array of a column's chunks (``_AllMissing`` becomes nulls)."""
    chunks = [
        _joined(chunk) if _is_numbered(chunk) else _unscaled(chunk) if _is_scaled(chunk) else chunk
        for chunk in chunks
    ]
    typed = next((chunk for chunk in chunks if not isinstance(chunk, _AllMissing | list)), None)
    if any(isinstance(chunk, list) for chunk in chunks):
        return [value for chunk in chunks for value in _plain(chunk)]
    if typed is None:
        return pa.chunked_array([pa.nulls(sum(len(chunk) for chunk in chunks))])
    null_type = typed.type.value_type if isinstance(typed.type, pa.DictionaryType) else typed.type
    chunks = [
        pa.nulls(len(chunk), null_type) if isinstance(chunk, _AllMissing) else chunk
        for chunk in chunks
    ]
    if isinstance(chunks[0].type, pa.DictionaryType) or any(
        chunk.type != chunks[0].type for chunk in chunks
    ):
        # Chunks differ in dictionary encoding: unify them as plain values.
        chunks = [
            chunk.dictionary_decode() if isinstance(chunk.type, pa.DictionaryType) else chunk
            for chunk in chunks
        ]
    return pa.chunked_array(chunks)


def _plain(chunk: Any) -> list[Any]:
    return [None] * len(chunk) if isinstance(chunk, _AllMissing) else list(chunk)
