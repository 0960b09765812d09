"""Find runs of three or more English words in text shown to a Chinese reader.

A run is allowed only when it is a data value (it occurs in a field of one of the
loaded records, or in a file path) or when, without product names, fewer than three
words remain. Everything else is untranslated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from typing import Any

from footprint.model import Record
from footprint.sources.registry import SOURCES

# Product, format and standard names stay as they are in Chinese text.
PRODUCT_NAMES = {
    "footprint",
    "wechat",
    "alipay",
    "presidio",
    "streamlit",
    "sesame",
    "credit",
    "twitter",
    "google",
    "timeline",
    "chromium",
    "gdpr",
    "pipl",
    "csv",
    "json",
    "html",
    "md",
    "zip",
    "utc",
    "ip",
    "id",
    "ids",
    "memotrace",
    "pywxdump",
    "markdown",
    "plotly",
    "spacy",
    "whatsapp",
    "telegram",
    "facebook",
    "instagram",
    "tiktok",
    "reddit",
    "linkedin",
    "mastodon",
    "discord",
    "slack",
    "paypal",
    "revolut",
    "monzo",
    "venmo",
    "messenger",
    "weibo",
    "gbk",
    "utf",
    "txt",
    "sqlite",
    "x",
    "microsoft",
    "token",
    "demo",
    "person",
    "email",
    "address",
    "phone",
    "number",
    "https",
    "http",
    "www",
    "pdf",
    "api",
    "sha",
    "hmac",
    "ner",
    "lgbtq",
}
WORD = r"[A-Za-z][A-Za-z0-9_'’\-]*"
RUN = re.compile(rf"{WORD}(?:[ \t,;:/&.()\"'’\-]+{WORD}){{2,}}")


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)


def data_corpus(records: Iterable[Record]) -> str:
    """Every string in the records, casefolded, one field a line."""
    out: list[str] = []
    for record in records:
        if not is_dataclass(record):
            continue
        for field in fields(record):
            out.extend(_strings(getattr(record, field.name)))
    return "\n".join(out).casefold()


def product_names() -> set[str]:
    names = set(PRODUCT_NAMES)
    for source in SOURCES:
        for part in re.split(r"[\s_/()\-]+", str(getattr(source, "FORMAT", ""))):
            if part:
                names.add(part.casefold())
    return names


def english_runs(text: str, corpus: str, allowed: set[str] | None = None) -> list[str]:
    """The runs of three or more English words in ``text`` that are not data values."""
    allowed = product_names() if allowed is None else allowed
    found: list[str] = []
    for match in RUN.finditer(text):
        run = match.group(0).strip(" ,;:/&.()\"'’-")
        if run.casefold() in corpus:
            continue
        # A listing of data values ("twitter: Coffee, Honor of Kings"): drop each item
        # that is a data value, then count what is left.
        kept = [
            part.strip()
            for part in re.split(r"[,;:]", run)
            if part.strip() and part.strip().casefold() not in corpus
        ]
        words = [
            w
            for part in kept
            for w in re.findall(WORD, part)
            if w.casefold().strip("'’-") not in allowed
        ]
        if len(words) >= 3:
            found.append(run)
    return found


def proto_strings(value: Any) -> Iterable[str]:
    yield from _strings(value)
