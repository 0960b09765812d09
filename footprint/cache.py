"""An optional on-disk cache of finished analyses, so the dashboard can reopen one at once.

Off unless the user names a folder (``FOOTPRINT_CACHE_DIR``). The folder is created
private (0700), every file in it 0600. Entries are keyed by a SHA-256 over the
inputs' bytes, footprint's version and the settings, so a changed file, version or
setting never returns a stale result. ``footprint cache wipe`` deletes it all.

An entry is a pickle of data footprint itself wrote; a folder anyone else can
write to must never be used as the cache (the folder's mode is checked).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import shutil
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from footprint import __version__
from footprint.config import Settings
from footprint.errors import FootprintError
from footprint.loading import InputSpec, MemoryInput

CACHE_ENV = "FOOTPRINT_CACHE_DIR"
_SUFFIX = ".analysis"
_CHUNK = 1024 * 1024


def cache_dir() -> Path | None:
    """The cache folder the user chose, or None: the cache is off by default."""
    value = os.environ.get(CACHE_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _hash_path(digest: hashlib._Hash, path: Path) -> None:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.is_symlink():
                digest.update(child.relative_to(path).as_posix().encode() + b"\0")
                _hash_file(digest, child)
    else:
        digest.update(path.name.encode() + b"\0")
        _hash_file(digest, path)


def _hash_file(digest: hashlib._Hash, path: Path) -> None:
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)


def _shape() -> str:
    """The fields of the stored dataclasses: a finding or record that gains a field (in a
    development version, same version number) never meets an entry written before."""
    from footprint.pii.findings import Finding

    return ";".join(
        f"{cls.__name__}:{','.join(field.name for field in dataclasses.fields(cls))}"
        for cls in (Finding,)
    )


def content_key(inputs: Sequence[InputSpec], settings: Settings, extra: str = "") -> str:
    """SHA-256 over every input byte, the version, the settings and ``extra``."""
    from footprint.timezones import computer_zone

    digest = hashlib.sha256()
    digest.update(f"footprint {__version__}\0{settings.model_dump_json()}\0{extra}\0".encode())
    digest.update(f"{_shape()}\0".encode())
    # A source without zone evidence falls back to this computer's zone (see timezones).
    digest.update(f"{computer_zone()}\0".encode())
    for spec in inputs:
        if isinstance(spec, MemoryInput):
            digest.update(spec.name.encode() + b"\0")
            digest.update(spec.data)
        else:
            _hash_path(digest, Path(spec))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _private_dir(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = folder.stat().st_mode
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise FootprintError(f"cache folder {folder} is writable by others; refusing to use it")
    return folder


def load(folder: Path, key: str) -> object | None:
    path = folder / f"{key}{_SUFFIX}"
    if not path.is_file():
        return None
    try:
        with path.open("rb") as stream:
            value: object = pickle.load(stream)  # noqa: S301 - our own file, in a private folder
        return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        path.unlink(missing_ok=True)  # unreadable or from another version: recompute
        return None


def store(folder: Path, key: str, value: object) -> Path:
    folder = _private_dir(folder)
    path = folder / f"{key}{_SUFFIX}"
    temporary = folder / f".{key}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)
    return path


T = TypeVar("T")


def cached(
    inputs: Sequence[InputSpec], settings: Settings, compute: Callable[[], T], extra: str = ""
) -> T:
    """``compute()``, or its stored result when the cache is on and holds this input."""
    folder = cache_dir()
    if folder is None:
        return compute()
    key = content_key(inputs, settings, extra)
    found = load(folder, key)
    if found is not None:
        return found  # type: ignore[return-value]
    value = compute()
    store(folder, key, value)
    return value


def wipe(folder: Path) -> int:
    """Delete every cache entry (and the folder); returns how many entries there were."""
    if not folder.exists():
        return 0
    entries = sum(1 for p in folder.iterdir() if p.name.endswith(_SUFFIX))
    shutil.rmtree(folder)
    return entries
