"""The list of sources, and the path table that dispatches files to them.

Dispatch order for each file:

1. a source whose ``PATHS`` match the file's path, confirmed by its ``detect``;
2. ``KNOWN_IGNORED``: files that belong to exports but hold nothing to parse
   (media, manifests, HTML duplicates of JSON). They are listed, not dropped;
3. every source's ``detect`` on the content, for files with unusual names;
4. otherwise the file is reported as unrecognised.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
from dataclasses import dataclass
from typing import Literal

import footprint.sources
from footprint.loading import InputFile
from footprint.sources.base import SourceModule, path_matches

_NOT_SOURCES = {"base", "registry"}


def _discover() -> tuple[SourceModule, ...]:
    """Every module of ``footprint.sources`` except the contract itself, by name.

    Adding a format is adding a module; nothing else needs to list it.
    """
    found = []
    for info in sorted(pkgutil.iter_modules(footprint.sources.__path__), key=lambda i: i.name):
        if info.name in _NOT_SOURCES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"footprint.sources.{info.name}")
        if not isinstance(module, SourceModule):
            raise TypeError(f"footprint.sources.{info.name} does not follow the source contract")
        found.append(module)
    return tuple(found)


SOURCES: tuple[SourceModule, ...] = _discover()

# Pattern -> why it is ignored. Patterns follow base.path_matches. Sources add
# their own with an optional module-level ``IGNORED`` dict.
KNOWN_IGNORED: dict[str, str] = {
    "*.jpg": "media file",
    "*.jpeg": "media file",
    "*.png": "media file",
    "*.gif": "media file",
    "*.webp": "media file",
    "*.heic": "media file",
    "*.mp4": "media file",
    "*.mov": "media file",
    "*.opus": "media file",
    "*.ogg": "media file",
    "*.m4a": "media file",
    "*.mp3": "media file",
    "*.vcf": "contact card attachment",
    "*.pdf": "document attachment",
    "*.webm": "media file",
    ".ds_store": "operating-system metadata",
    "__macosx/*": "operating-system metadata",
    "README.txt": "readme",
    "manifest.json": "footprint redaction manifest",
    "ground_truth.json": "footprint sample persona's answer key",
}
for _source in SOURCES:
    KNOWN_IGNORED.update(getattr(_source, "IGNORED", {}))

DETECT_THRESHOLD = 0.5

Status = Literal["parsed", "ignored", "unrecognised"]


def export_root(file: InputFile, source: SourceModule) -> str:
    """The folder an export's files hang from: ``x/data/tweets.js`` -> ``x``.

    Multi-file sources are grouped by it; found by stripping the folders of the
    pattern that claimed the file, else the file's own folder.
    """
    parts = file.path.split("/")
    depth = 1
    for pattern in source.PATHS:
        if path_matches(file.path, pattern):
            depth = pattern.count("/") + 1
            break
    return "/".join(parts[: max(len(parts) - depth, 0)])


@dataclass(frozen=True)
class Detection:
    """How one file was classified."""

    file: InputFile
    status: Status
    source: SourceModule | None = None
    confidence: float = 0.0
    reason: str = ""

    @property
    def format(self) -> str | None:
        return self.source.FORMAT if self.source else None


def source_by_format(name: str) -> SourceModule | None:
    return next((source for source in SOURCES if name == source.FORMAT), None)


# Codecs tried per source before a text file is given up on (see _detect).
ENCODING_TRIES = 3


def _detect(source: SourceModule, file: InputFile) -> tuple[float, str | None]:
    """The source's confidence in ``file``, and the codec that gave it.

    The file's candidate encodings are tried in order, the source's own
    ``ENCODINGS`` first: a decoding in which the source finds none of its
    headers or keys was a wrong guess, so the next candidate is tried.
    """
    best, chosen = 0.0, None
    preferred = tuple(getattr(source, "ENCODINGS", ()))
    try:
        encodings = file.distinct_encodings(preferred)[:ENCODING_TRIES]
    except Exception:
        return 0.0, None  # an unreadable file: its parse reports why
    for encoding in encodings:
        with file.decoded_as(encoding):
            try:
                score = float(source.detect(file))
            except Exception:
                score = 0.0
        if score > best:
            best, chosen = score, encoding
        if best >= DETECT_THRESHOLD:
            break
    return best, chosen


def _best(
    file: InputFile, candidates: tuple[SourceModule, ...]
) -> tuple[SourceModule | None, float]:
    best: SourceModule | None = None
    best_score = 0.0
    for source in candidates:
        score, encoding = _detect(source, file)
        if score > best_score:
            best, best_score = source, score
            file.chosen_encoding = encoding
    return best, best_score


def classify(file: InputFile, override: str | None = None) -> Detection:
    """Decide which source parses ``file``; ``override`` forces a format by id."""
    if override:
        forced = source_by_format(override)
        if forced is None:
            return Detection(file, "unrecognised", reason=f"unknown format {override!r}")
        with contextlib.suppress(Exception):  # an unreadable file: its parse reports why
            file.chosen_encoding = file.encodings(tuple(getattr(forced, "ENCODINGS", ())))[0]
        return Detection(file, "parsed", forced, 1.0, "chosen by the user")
    claimed = tuple(s for s in SOURCES if any(path_matches(file.path, p) for p in s.PATHS))
    if claimed:
        source, score = _best(file, claimed)
        if source is not None and score >= DETECT_THRESHOLD:
            return Detection(file, "parsed", source, score, "path and content")
    for pattern, why in KNOWN_IGNORED.items():
        if path_matches(file.path, pattern):
            return Detection(file, "ignored", reason=why)
    source, score = _best(file, SOURCES)
    if source is not None and score >= DETECT_THRESHOLD:
        return Detection(file, "parsed", source, score, "content")
    if file.size == 0:
        return Detection(file, "unrecognised", reason="empty file")
    return Detection(file, "unrecognised", reason="no known export format matches this file")
