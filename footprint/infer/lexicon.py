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
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["Label", "Lexicon", "LexiconMatcher", "load_lexicon", "matcher"]


class Label(BaseModel):
    """One conclusion a term can support, e.g. religion -> christian."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[str] = Field(min_length=1)
    context: list[str] = Field(default_factory=list)
    weight: float = Field(default=1.0, gt=0)
    display: str | None = None
    # What the conclusion itself is called (hypertension, high blood pressure, 高血压): not
    # the evidence for it (a drug, a clinic). The evaluation matches ground truth on these.
    names: list[str] = Field(default_factory=list)
    # Longer words that hold a term but mean something else (礼拜六 is Saturday, not
    # worship): where one matches, the term inside it does not count.
    not_terms: list[str] = Field(default_factory=list)
    # Terms naming a person of the label (a pastor, 牧师): someone else, unless the text
    # makes them the user's own ("my pastor"); see footprint/infer/sensitive.py.
    persons: list[str] = Field(default_factory=list)
    # Terms that only hint at the label: a measurement anyone may take (blood pressure,
    # 血糖) or a mood word (焦虑, anxious), beside the condition's name or its drug. They
    # count for a share of the weight (footprint/infer/sensitive.py); each must be a term.
    weak_terms: list[str] = Field(default_factory=list)

    @field_validator("terms", "context", "names", "not_terms", "persons", "weak_terms")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        cleaned = [value.strip().casefold() for value in values]
        if any(not value for value in cleaned):
            raise ValueError("empty term")
        return cleaned

    @model_validator(mode="after")
    def _weak_are_terms(self) -> Label:
        stray = sorted(set(self.weak_terms) - set(self.terms))
        if stray:
            raise ValueError(f"weak terms that are not terms: {stray}")
        return self


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


# Latin-script words: letters and digits, keeping inner & + ' . - (a&e, disney+, stand-up).
_TOKEN = re.compile(r"[a-z0-9](?:[a-z0-9&+'.\-]*[a-z0-9+])?")


def _tokens(lowered: str) -> list[str]:
    """Latin-script tokens of a case-folded text, possessive ``'s`` dropped."""
    return [token[:-2] if token.endswith("'s") else token for token in _TOKEN.findall(lowered)]


def _fold(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


def _substring_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted(set(words))
    return re.compile(_trie_pattern(words)) if words else None


@dataclass(frozen=True)
class Hit:
    group: str
    label: str
    term: str


Owner = tuple[str, str, Label]
# The owner of a label's not_terms: matched (so the term inside is covered) but no hit.
_SHADOW = ""


class LexiconMatcher:
    """Finds a lexicon's terms in texts, applying context and negation rules.

    Latin-script terms are matched on word tokens (a dictionary lookup per token, the
    longest term first); other scripts, written without spaces, by substring.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._words: dict[tuple[str, ...], list[Owner]] = {}
        self._others: dict[str, list[Owner]] = {}
        # first token -> term lengths in tokens, longest first
        self._starts: dict[str, list[int]] = {}
        self._context_words: set[tuple[str, ...]] = set()
        self._context_others: set[str] = set()
        for group_name, group in lexicon.groups.items():
            for label_name, label in group.labels.items():
                for term in [*label.terms, *label.persons, *label.not_terms]:
                    owner = (group_name, _SHADOW if term in label.not_terms else label_name, label)
                    if term.isascii():
                        key = tuple(_tokens(_fold(term)))
                        if key:
                            self._words.setdefault(key, []).append(owner)
                    else:
                        self._others.setdefault(_fold(term), []).append(owner)
                for context in label.context:
                    if context.isascii():
                        self._context_words.add(tuple(_tokens(_fold(context))))
                    else:
                        self._context_others.add(_fold(context))
        for key in self._words:
            self._starts.setdefault(key[0], []).append(len(key))
        for lengths in self._starts.values():
            lengths.sort(reverse=True)
        self._other_pattern = _substring_pattern(self._others)
        self._negation_words = {n for n in map(_fold, lexicon.negations) if n.isascii()}
        self._negation_others = [n for n in map(_fold, lexicon.negations) if not n.isascii()]

    def _negated_word(self, tokens: list[str], index: int) -> bool:
        for previous in tokens[max(0, index - 2) : index]:
            if previous in self._negation_words or previous.endswith("n't"):
                return True
        return False

    def _negated_other(self, lowered: str, start: int) -> bool:
        window = lowered[max(0, start - 3) : start]
        return any(negation in window for negation in self._negation_others)

    def _contexts(self, lowered: str, tokens: list[str]) -> set[str]:
        found = {other for other in self._context_others if other in lowered}
        for size in {len(key) for key in self._context_words}:
            for index in range(len(tokens) - size + 1):
                key = tuple(tokens[index : index + size])
                if key in self._context_words:
                    found.add(" ".join(key))
        return found

    def hits(self, text: str) -> list[Hit]:
        """Every counted term occurrence in ``text``."""
        if not text:
            return []
        lowered = _fold(text)
        tokens = _tokens(lowered)
        raw: list[tuple[str, list[Owner]]] = []
        starts, words = self._starts, self._words
        covered = 0  # tokens before this index belong to a longer term already found
        for index, token in enumerate(tokens):
            lengths = starts.get(token)
            if not lengths or index < covered:
                continue
            for size in lengths:
                key = tuple(tokens[index : index + size])
                owners = words.get(key)
                if owners:
                    if not self._negated_word(tokens, index):
                        raw.append((" ".join(key), owners))
                    covered = index + size
                    break
        if self._other_pattern is not None and not lowered.isascii():
            for match in self._other_pattern.finditer(lowered):
                if not self._negated_other(lowered, match.start()):
                    raw.append((match.group(0), self._others[match.group(0)]))
        found: list[Hit] = []
        contexts: set[str] | None = None
        for term, owners in raw:
            for group, label_name, label in owners:
                if label_name == _SHADOW:
                    continue
                if label.context:
                    if contexts is None:
                        contexts = self._contexts(lowered, tokens)
                    if not contexts.intersection(label.context):
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
