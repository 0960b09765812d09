"""How a personal value looks on screen and in reports while values are hidden.

:func:`hide` is the one function every view calls before it shows a value, a
claim, a chart label, a graph node, an evidence row or a file path: with
*Show personal values* off it masks

- the whole value, when the caller knows the text is a value (a name cell);
- every known personal value inside a longer text (a claim that names you, a
  chat's file name naming the partner), found with the redaction matcher, so a
  value is recognised the same way here as in a redacted copy;
- e-mail addresses and international phone numbers by their shape, as a net
  for values that no finding named.

Presenter mode blurs the page on top of this; it never replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from footprint.redact.values import Target, ValueMatcher

MASK_CHAR = "•"
# Types that are not personal on their own and that read as ordinary words or dates.
NOT_MASKED = frozenset({"DATE_TIME", "NRP", "ORGANIZATION"})

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w+])\+\d[\d \u00a0\-().]{6,}\d(?!\d)")


def mask(value: str) -> str:
    """Enough of a value to recognise it, not enough to use it: ``j•••@e••••••.com``."""
    if value.startswith("@") and len(value) > 1:  # a handle: @name
        return "@" + mask(value[1:])
    if "@" in value:
        local, _, domain = value.partition("@")
        host, dot, tld = domain.rpartition(".")
        if not host:  # no dotted domain: not an e-mail, mask the whole
            return mask(local) + "@" + mask(domain)
        return f"{mask(local)}@{mask(host)}{dot}{tld}"
    visible = 1 if len(value) <= 6 else 2
    if len(value) <= 2:
        return MASK_CHAR * len(value)
    return value[:visible] + MASK_CHAR * max(len(value) - visible - 1, 1) + value[-1:]


def known_values(pairs: Iterable[tuple[str, str]]) -> ValueMatcher:
    """A matcher of the (entity type, value) pairs worth hiding inside texts."""
    return ValueMatcher(
        Target(entity, value)
        for entity, value in dict.fromkeys(pairs)
        if entity not in NOT_MASKED and value
    )


def _mask_known(text: str, known: ValueMatcher | None) -> str:
    if known is None or known.empty:
        return text
    masked, _ = known.replace(text, lambda target: mask(target.value))
    return masked


def hide(
    value: object, reveal: bool, known: ValueMatcher | None = None, *, whole: bool = False
) -> str:
    """``value`` as the screen may show it.

    ``reveal``: the user chose to see values, nothing is masked. ``whole``: the text is
    itself a personal value (masked as a unit). Otherwise the known values and the
    e-mail and phone shapes inside the text are masked, the rest stays readable.
    """
    text = "" if value is None else str(value)
    if reveal or not text:
        return text
    if whole:
        return mask(text)
    text = _mask_known(text, known)
    text = _EMAIL.sub(lambda match: mask(match.group(0)), text)
    return _PHONE.sub(lambda match: mask(match.group(0)), text)
