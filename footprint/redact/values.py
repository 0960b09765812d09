"""Finding the detected values again in any text, in all the forms they take.

One matcher serves both sides: the rewriter replaces what it finds, the leak
check reports what it still finds. A value is matched literally
(case-insensitive, not inside a longer word), names also without spaces, and
phones by their digits whatever the separators.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from footprint.redact.operators import normalise

# Below this many characters a value is too likely to be an ordinary word or number.
MIN_VALUE_LENGTH = 3
# A Chinese name is two or three characters (小明, 王芳): two is a whole value there.
MIN_CJK_VALUE_LENGTH = 2
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MIN_JOINED_NAME_LENGTH = 6
_PHONE_SPAN = re.compile(r"\+?\d[\d \t\u00a0\-().]{5,}\d")
_WORD = r"0-9A-Za-z\u00c0-\u024f"


def _is_phone(entity_type: str) -> bool:
    return "PHONE" in entity_type or entity_type == "CN_MOBILE"


@dataclass(frozen=True)
class Target:
    """One detected value to find again."""

    entity_type: str
    value: str


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    target: Target
    form: str  # "literal", "joined" (name without spaces) or "digits"


class ValueMatcher:
    """Finds every target value in a text, longest first, without overlaps."""

    def __init__(self, targets: Iterable[Target]) -> None:
        self._by_form: dict[str, tuple[Target, str]] = {}
        self._phones: dict[str, Target] = {}
        for target in sorted(set(targets), key=lambda t: (-len(t.value), t.entity_type, t.value)):
            value = target.value.strip()
            shortest = MIN_CJK_VALUE_LENGTH if _CJK.search(value) else MIN_VALUE_LENGTH
            if len(value) < shortest:
                continue
            if _is_phone(target.entity_type):
                digits = normalise(target.entity_type, value)
                if len(digits) >= 7:
                    self._phones.setdefault(digits, target)
            self._by_form.setdefault(value.casefold(), (target, "literal"))
            if target.entity_type == "PERSON" and " " in value:
                joined = "".join(value.split())
                if len(joined) >= MIN_JOINED_NAME_LENGTH:
                    self._by_form.setdefault(joined.casefold(), (target, "joined"))
        self._pattern = self._compile(list(self._by_form))
        # Whether a value may match across a line break: text then cannot be cut into lines.
        self.spans_lines = any("\n" in form for form in self._by_form)

    @staticmethod
    def _compile(forms: list[str]) -> re.Pattern[str] | None:
        if not forms:
            return None
        parts = []
        for form in sorted(forms, key=len, reverse=True):
            escaped = re.escape(form)
            # Latin words need boundaries; CJK text has no spaces to lean on.
            before = rf"(?<![{_WORD}])" if re.match(rf"[{_WORD}]", form) else ""
            after = rf"(?![{_WORD}])" if re.search(rf"[{_WORD}]$", form) else ""
            parts.append(f"{before}{escaped}{after}")
        return re.compile("|".join(parts), re.IGNORECASE)

    @property
    def empty(self) -> bool:
        return self._pattern is None and not self._phones

    def find(self, text: str) -> Iterator[Hit]:
        """Non-overlapping hits, in text order."""
        hits: list[Hit] = []
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                target, form = self._by_form[match.group(0).casefold()]
                hits.append(Hit(match.start(), match.end(), target, form))
        if self._phones:
            for match in _PHONE_SPAN.finditer(text):
                digits = re.sub(r"\D", "", match.group(0))
                key = digits[-9:] if len(digits) > 9 else digits
                phone = self._phones.get(key)
                if phone is not None:
                    hits.append(Hit(match.start(), match.end(), phone, "digits"))
        hits.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                last_end = hit.end
                yield hit

    def replace(self, text: str, replacement: Callable[[Target], str]) -> tuple[str, list[Hit]]:
        """``text`` with every hit replaced; also the hits."""
        hits = list(self.find(text))
        if not hits:
            return text, hits
        pieces: list[str] = []
        position = 0
        for hit in hits:
            pieces.append(text[position : hit.start])
            pieces.append(replacement(hit.target))
            position = hit.end
        pieces.append(text[position:])
        return "".join(pieces), hits
