"""Keyword lexicons (YAML data files in ``lexicons/``), validated with pydantic, and a fast matcher.

A lexicon file holds groups (``health``, ``religion`` ...), each with labels
(``asthma``, ``christian`` ...), each with terms in English and Chinese. A label
may require a context term in the same text, so that an ambiguous word (``temple``)
counts only next to a telling one (``pray``). Terms preceded by a negation
(``not``, ``不``) do not count.

All terms of a file compile into one trie-shaped regular expression, so a text is
scanned once whatever the number of terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["Label", "Lexicon", "LexiconMatcher", "load_lexicon", "matcher"]


class Label(BaseModel):
    """One conclusion a term can support, e.g. religion -> christian."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[str] = Field(min_length=1)
    context: list[str] = Field(default_factory=list)
    weight: float = Field(default=1.0, gt=0)
    display: str | None = None

    @field_validator("terms", "context")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        cleaned = [value.strip().casefold() for value in values]
        if any(not value for value in cleaned):
            raise ValueError("empty term")
        return cleaned


class Group(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    labels: dict[str, Label] = Field(min_length=1)


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    negations: list[str] = Field(default_factory=list)
    groups: dict[str, Group] = Field(min_length=1)


@cache
def load_lexicon(name: str) -> Lexicon:
    """The validated lexicon ``footprint/infer/lexicons/<name>.yaml`` (read once)."""
    text = (
        resources.files("footprint.infer")
        .joinpath("lexicons", f"{name}.yaml")
        .read_text(encoding="utf-8")
    )
    data: Any = yaml.safe_load(text)
    return Lexicon.model_validate(data)


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` shaped as a prefix tree: one branch per character."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return render(trie)


def _is_ascii(word: str) -> bool:
    return word.isascii()


def _compile(words: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted(set(words))
    ascii_words = [word for word in words if _is_ascii(word)]
    other_words = [word for word in words if not _is_ascii(word)]
    parts = []
    if ascii_words:
        parts.append(rf"(?<![\w])(?:{_trie_pattern(ascii_words)})(?![\w])")
    if other_words:
        # CJK has no spaces between words: match anywhere.
        parts.append(f"(?:{_trie_pattern(other_words)})")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    group: str
    label: str
    term: str


class LexiconMatcher:
    """Finds a lexicon's terms in texts, applying context and negation rules."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._owners: dict[str, list[tuple[str, str, Label]]] = {}
        contexts: set[str] = set()
        for group_name, group in lexicon.groups.items():
            for label_name, label in group.labels.items():
                for term in label.terms:
                    self._owners.setdefault(term, []).append((group_name, label_name, label))
                contexts.update(label.context)
        self._terms = _compile(self._owners)
        self._contexts = _compile(contexts)
        self._negation = _compile(lexicon.negations)

    def _negated(self, text: str, start: int) -> bool:
        if self._negation is None:
            return False
        window = text[max(0, start - 12) : start]
        return self._negation.search(window) is not None

    def hits(self, text: str) -> list[Hit]:
        """Every counted term occurrence in ``text``."""
        if self._terms is None or not text:
            return []
        found: list[Hit] = []
        context_found: set[str] | None = None
        for match in self._terms.finditer(text):
            term = match.group(0).casefold()
            owners = self._owners.get(term)
            if not owners or self._negated(text, match.start()):
                continue
            for group, label_name, label in owners:
                if label.context:
                    if context_found is None:
                        context_found = (
                            {m.group(0).casefold() for m in self._contexts.finditer(text)}
                            if self._contexts is not None
                            else set()
                        )
                    if not context_found.intersection(label.context):
                        continue
                found.append(Hit(group, label_name, term))
        return found

    def weight(self, group: str, label: str) -> float:
        return self.lexicon.groups[group].labels[label].weight

    def display(self, group: str, label: str) -> str:
        return self.lexicon.groups[group].labels[label].display or label.replace("_", " ")

    def frame_hits(self, texts: pd.Series | Sequence[str | None]) -> pd.DataFrame:
        """Hits over many texts: columns ``row`` (position in ``texts``), group, label, term.

        Each distinct text is matched once, so repeated texts cost nothing extra.
        """
        series = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        rows: list[tuple[int, str, str, str]] = []
        for code, text in enumerate(uniques):
            if not isinstance(text, str):
                continue
            for hit in self.hits(text):
                rows.append((code, hit.group, hit.label, hit.term))
        if not rows:
            return pd.DataFrame(
                {
                    "row": pd.Series(dtype="int64"),
                    "group": pd.Series(dtype=object),
                    "label": pd.Series(dtype=object),
                    "term": pd.Series(dtype=object),
                }
            )
        hits = pd.DataFrame(rows, columns=["code", "group", "label", "term"])
        positions = pd.DataFrame({"code": codes, "row": np.arange(len(codes), dtype="int64")})
        positions = positions[positions["code"].isin(hits["code"].unique())]
        merged = positions.merge(hits, on="code", how="inner").drop(columns="code")
        return merged.sort_values("row", kind="stable").reset_index(drop=True)


@cache
def matcher(name: str) -> LexiconMatcher:
    """The matcher of lexicon ``name`` (built once)."""
    return LexiconMatcher(load_lexicon(name))
