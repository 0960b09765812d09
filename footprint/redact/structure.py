"""The words the export formats themselves are made of, which redaction never rewrites.

A parser finds its way through a file by fixed words: column names (``交易对方``), labels
in a preamble (``微信昵称：[…]``), the names its files go by (``微信支付账单*.csv``).
A detected value that happens to be part of such a word (a false positive "微信", a
person called "Will" in "Will Pay") must not be replaced there: the copy would lose the
column, the label or the name, and so its records. Replacing it everywhere else is
unaffected.

The words are read from the source modules, so a new format brings its own: every
``*COLUMNS*`` or ``*SYNONYMS*`` table of header names, the literal parts of ``PATHS``
and an optional ``LABELS`` tuple for the words that only a regular expression of the
parser holds (a preamble's ``微信昵称``, a statement's ``户名``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from types import ModuleType

from footprint.sources.registry import SOURCES

# Shorter pieces ("js", "my") are no words a format keys on, and would keep too much.
MIN_WORD_LENGTH = 3
MIN_CJK_WORD_LENGTH = 2
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Glob syntax and folder separators cut a PATHS pattern into its literal parts.
_GLOB = re.compile(r"[*?\[\]/]+")
# A path piece without its extension and the separators around it: "alipay_record_" ->
# "alipay_record", "BrowserHistory.json" -> "BrowserHistory".
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_EDGE = " ._-"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from value.split(",")  # a header written as one line (MemoTrace's columns)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


def _path_words(pattern: str) -> Iterator[str]:
    for piece in _GLOB.split(pattern):
        yield _EXTENSION.sub("", piece)


def _words_of(module: ModuleType) -> Iterator[str]:
    for name, value in vars(module).items():
        if "COLUMNS" in name or "SYNONYMS" in name or "LABELS" in name:
            yield from _strings(value)
    for pattern in getattr(module, "PATHS", ()):
        yield from _path_words(pattern)


def _long_enough(word: str) -> bool:
    return len(word) >= (MIN_CJK_WORD_LENGTH if _CJK.search(word) else MIN_WORD_LENGTH)


@cache
def format_words() -> frozenset[str]:
    """Every word a source module keys on (see the module docstring)."""
    words = set()
    for source in SOURCES:
        assert isinstance(source, ModuleType)
        for word in _words_of(source):
            word = word.strip(_EDGE)
            if _long_enough(word) and any(ch.isalpha() for ch in word):
                words.add(word)
    return frozenset(words)
