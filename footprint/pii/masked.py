"""Partially masked names, as payment exports print the other party: 刘*芳, 张**, *芳.

Alipay and WeChat Pay hide part of a person's name (never a merchant's) in the
counterparty column. What is left is still personal data: with the amount and the time
it points to one person the user knows. Such a value is a PERSON finding, and redacted.
"""

from __future__ import annotations

import re

from footprint.pii.chinese import SURNAMES

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff]"
_STARS = r"[*＊]{1,3}"
# Surname, stars, given name (刘*芳, 张**, 欧阳*); or stars then the given name (**芳).
_MASKED = re.compile(rf"^(?P<surname>{_HAN}{{1,2}}){_STARS}{_HAN}{{0,2}}$|^{_STARS}{_HAN}{{1,2}}$")


def is_masked_name(value: str) -> bool:
    """Whether ``value`` is a Chinese name with some characters replaced by stars."""
    match = _MASKED.match(value.strip())
    if match is None:
        return False
    surname = match.group("surname")
    return surname is None or surname in SURNAMES or surname[0] in SURNAMES
