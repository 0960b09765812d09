"""Finding the detected values again in any text, in all the forms they take.

One matcher serves both sides: the rewriter replaces what it finds, the leak
check reports what it still finds. A value is matched literally
(case-insensitive, not inside a longer word), names also without spaces,
handles (``@name``) also without their ``@``,
phones by their digits whatever the separators, and identifiers made of digits
and letters (cards, IDs, IBANs, account numbers) by their characters whatever the
grouping: "6214 8330 7418 5292" in a chat is also "6214833074185292" in a bank
statement's header. A value holding ``&``, ``<`` or ``>`` is also found as markup
stores it (``FLOOR &amp; DECOR`` in an OFX statement). A literal hit that lies within
one of the ``keep`` words (the words a format is made of, see structure) is no hit:
"微信" is replaced in a chat, not in the ``微信昵称`` label a bill's parser reads its
owner from.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from footprint.pii.lexicon import COMMON_WORDS
from footprint.redact.operators import normalise

# Below this many characters a value is too likely to be an ordinary word or number.
MIN_VALUE_LENGTH = 3
# A Chinese name is two or three characters (小明, 王芳): two is a whole value there.
MIN_CJK_VALUE_LENGTH = 2
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MIN_JOINED_NAME_LENGTH = 6
_PHONE_SPAN = re.compile(r"\+?\d[\d \t\u00a0\-().]{5,}\d")
_WORD = r"0-9A-Za-z\u00c0-\u024f"
# A value that is a number (digits, maybe grouped): bounded by digits only (see _compile).
NUMBER = re.compile(r"[0-9](?:[0-9 .\-]*[0-9])?")
# Runs of ASCII letter/digit groups joined by single separators: "GB29 NWBK 6016", "212-47-8853".
_GROUPED_RUN = re.compile(r"[0-9A-Za-z]+(?:[ \-.\u00a0][0-9A-Za-z]+)*")
_GROUP = re.compile(r"[0-9A-Za-z]+")
_GROUPED_VALUE = re.compile(r"[0-9A-Za-z]+(?:[ \-.\u00a0/]*[0-9A-Za-z]+)*")
# Shorter or digit-poor compact forms would hit ordinary words and small numbers.
MIN_COMPACT_LENGTH = 6
MIN_COMPACT_DIGITS = 4
# A regrouped match that reads as a date or time is one: rewriting it would break the record.
_DATE_LIKE = re.compile(
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
)


def _is_phone(entity_type: str) -> bool:
    return "PHONE" in entity_type or entity_type == "CN_MOBILE"


def compact_form(value: str) -> str | None:
    """An identifier's letters and digits without separators, upper-cased; None for
    values that are not such an identifier (words, names, short or digit-poor values)."""
    value = value.strip()
    if not _GROUPED_VALUE.fullmatch(value):
        return None
    compact = "".join(_GROUP.findall(value)).upper()
    digits = sum(ch.isdigit() for ch in compact)
    if len(compact) < MIN_COMPACT_LENGTH or digits < MIN_COMPACT_DIGITS:
        return None
    return compact


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
    form: str  # "literal", "joined" (name without spaces), "digits" or "regrouped"


class ValueMatcher:
    """Finds every target value in a text, longest first, without overlaps."""

    def __init__(self, targets: Iterable[Target], keep: Iterable[str] = ()) -> None:
        keep_forms = sorted({word.casefold() for word in keep if word})
        self._keep = self._compile(keep_forms)
        self._keep_forms = keep_forms
        self._keep_length = max(map(len, keep_forms), default=0)
        self._keepable: dict[str, bool] = {}  # a form -> whether it is part of a keep word
        self._by_form: dict[str, tuple[Target, str]] = {}
        self._phones: dict[str, Target] = {}
        self._compact: dict[str, Target] = {}
        for target in sorted(set(targets), key=lambda t: (-len(t.value), t.entity_type, t.value)):
            value = target.value.strip()
            shortest = MIN_CJK_VALUE_LENGTH if _CJK.search(value) else MIN_VALUE_LENGTH
            if len(value) < shortest:
                continue
            if _is_phone(target.entity_type):
                digits = normalise(target.entity_type, value)
                if len(digits) >= 7:
                    self._phones.setdefault(digits, target)
            elif target.entity_type != "PERSON" and (compact := compact_form(value)):
                self._compact.setdefault(compact, target)
            self._by_form.setdefault(value.casefold(), (target, "literal"))
            escaped = html.escape(value, quote=False)
            if escaped != value:  # as SGML and XML files (OFX, QFX, HTML) store it: R &amp; D
                self._by_form.setdefault(escaped.casefold(), (target, "literal"))
            if target.entity_type == "USERNAME" and value.startswith("@"):
                # The handle without its sign (in a link, a profile, a reply) is the same
                # handle, unless it is an everyday word ("@owner").
                bare = value[1:]
                if len(bare) >= MIN_VALUE_LENGTH and bare.casefold() not in COMMON_WORDS:
                    self._by_form.setdefault(bare.casefold(), (Target("USERNAME", bare), "literal"))
            if target.entity_type == "PERSON" and " " in value:
                joined = "".join(value.split())
                if len(joined) >= MIN_JOINED_NAME_LENGTH:
                    self._by_form.setdefault(joined.casefold(), (target, "joined"))
        self._pattern = self._compile(list(self._by_form))
        # Every start of a compact form: a run of groups stops growing once it is none.
        self._compact_prefixes = {
            compact[:end] for compact in self._compact for end in range(1, len(compact) + 1)
        }
        # Where a regrouped identifier can start: its first three characters, however
        # separated, at the start of a group (one C-level scan instead of a loop per run).
        starts = {
            r"[ \-.\u00a0]?".join(re.escape(ch) for ch in compact[:3]) for compact in self._compact
        }
        self._compact_starts = (
            re.compile(rf"(?<![0-9A-Za-z])(?:{'|'.join(sorted(starts))})", re.IGNORECASE)
            if starts
            else None
        )
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
            # A number's edge is another digit only: chat glues numbers to labels
            # ("QQ1730542286", "tel07700900123"), and the detector reads them there.
            if NUMBER.fullmatch(form):
                before, after = r"(?<![0-9])", r"(?![0-9])"
            else:
                before = rf"(?<![{_WORD}])" if re.match(rf"[{_WORD}]", form) else ""
                after = rf"(?![{_WORD}])" if re.search(rf"[{_WORD}]$", form) else ""
            parts.append(f"{before}{escaped}{after}")
        return re.compile("|".join(parts), re.IGNORECASE)

    @property
    def empty(self) -> bool:
        return self._pattern is None and not self._phones and not self._compact

    def find(self, text: str) -> Iterator[Hit]:
        """Non-overlapping hits, in text order."""
        hits: list[Hit] = []
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                found = match.group(0).casefold()
                if self._kept(text, match.start(), match.end(), found):
                    continue
                target, form = self._by_form[found]
                hits.append(Hit(match.start(), match.end(), target, form))
        if self._phones:
            for match in _PHONE_SPAN.finditer(text):
                digits = re.sub(r"\D", "", match.group(0))
                key = digits[-9:] if len(digits) > 9 else digits
                phone = self._phones.get(key)
                if phone is not None:
                    hits.append(Hit(match.start(), match.end(), phone, "digits"))
        if self._compact:
            hits.extend(self._regrouped(text))
        hits.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                last_end = hit.end
                yield hit

    def _kept(self, text: str, start: int, end: int, form: str) -> bool:
        """Whether ``text[start:end]`` lies within an occurrence of a keep word."""
        if self._keep is None:
            return False
        keepable = self._keepable.get(form)
        if keepable is None:  # most values (real names) are part of no format word
            keepable = self._keepable[form] = any(form in word for word in self._keep_forms)
        if not keepable:
            return False
        # The alternatives run longest first, so the match at a start is the longest there.
        limit = min(len(text), start + self._keep_length + 1)
        for begin in range(max(0, end - self._keep_length), start + 1):
            word = self._keep.match(text, begin, limit)
            if word is not None and word.end() >= end:
                return True
        return False

    def _regrouped(self, text: str) -> Iterator[Hit]:
        """Identifier targets written with another grouping: whole groups only, so
        "123456" never matches inside "91234567"."""
        assert self._compact_starts is not None
        for anchor in self._compact_starts.finditer(text):
            run = _GROUPED_RUN.match(text, anchor.start())
            if run is None:
                continue
            base = run.start()
            joined = ""
            for group in _GROUP.finditer(run.group(0)):
                joined += group.group(0).upper()
                if joined not in self._compact_prefixes:
                    break
                target = self._compact.get(joined)
                if target is not None and not _DATE_LIKE.fullmatch(run.group(0)[: group.end()]):
                    yield Hit(base, base + group.end(), target, "regrouped")

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
