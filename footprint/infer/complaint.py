"""Complaint constructions of spoken Chinese, matched over jieba tokens.

Word lists rate words; spoken complaint is mostly carried by constructions of neutral
words: a rhetorical question (凭什么, 难道...吗), a burden imposed on "us" (让我们多交),
a repeated or capricious change (又涨了, 说改就改), resignation (熬到, 没盼头), a
counterfactual grievance (早知道). ``lexicons/complaint_zh.yaml`` holds them by category,
each with its rationale; this module compiles them into one regular expression per
category over the token stream, so a slot starts at a token boundary (对不起 "sorry" does
not hold 不起) while a slot's characters may span tokens (凭什么 matches 凭/什么).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Construction", "constructions", "matches"]

_SEP = "\x1f"  # joins tokens; never inside a token
_ANY_TOKEN = f"{_SEP}[^{_SEP}]+"
_GAPS = {"~": f"(?:{_ANY_TOKEN}){{0,3}}", "?": f"(?:{_ANY_TOKEN})?"}
_CLASS = re.compile(r"^<(\w+)>$")


class _Category(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rationale: str
    weight: float = Field(default=1.0, gt=0)
    sarcasm: bool = False
    patterns: list[str] = Field(min_length=1)


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    classes: dict[str, list[str]] = Field(default_factory=dict)
    categories: dict[str, _Category] = Field(min_length=1)


@dataclass(frozen=True)
class Construction:
    """One category of complaint constructions, compiled."""

    category: str
    weight: float
    sarcasm: bool  # ironic praise: the clause's positive words do not count
    regex: re.Pattern[str]


def _literal(word: str) -> str:
    # Characters of a literal may be cut into several tokens by jieba.
    return f"{_SEP}?".join(re.escape(char) for char in word)


def _slot(slot: str, classes: dict[str, list[str]]) -> str:
    if slot in _GAPS:
        return _GAPS[slot]
    words: list[str] = []
    for alternative in slot.split("|"):
        named = _CLASS.match(alternative)
        if named:
            if named.group(1) not in classes:
                raise ValueError(f"complaint_zh: unknown class {alternative}")
            words.extend(classes[named.group(1)])
        elif alternative:
            words.append(alternative)
    body = "|".join(_literal(w) for w in sorted(set(words), key=len, reverse=True))
    # A slot starts at a token boundary and covers whole tokens.
    return f"{_SEP}(?:{body})[^{_SEP}]*"


def _compile(patterns: Sequence[str], classes: dict[str, list[str]]) -> re.Pattern[str]:
    return re.compile("|".join("".join(_slot(s, classes) for s in p.split()) for p in patterns))


@cache
def constructions() -> tuple[Construction, ...]:
    text = (
        resources.files("footprint.infer")
        .joinpath("lexicons", "complaint_zh.yaml")
        .read_text(encoding="utf-8")
    )
    data: Any = yaml.safe_load(text)
    table = _Table.model_validate(data)
    return tuple(
        Construction(
            name, category.weight, category.sarcasm, _compile(category.patterns, table.classes)
        )
        for name, category in table.categories.items()
    )


def matches(tokens: Sequence[str]) -> list[Construction]:
    """The categories whose constructions occur in ``tokens``, once per occurrence."""
    stream = _SEP + _SEP.join(tokens) + _SEP
    found: list[Construction] = []
    for construction in constructions():
        found.extend(construction for _ in construction.regex.finditer(stream))
    return found
