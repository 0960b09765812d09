"""Boundaries that work next to Chinese characters.

``\\b`` treats CJK characters as word characters, so ``手机号是13812345678谢谢`` has no
boundary around the number. These lookarounds only forbid the characters that would
make the match part of a longer token.
"""

from __future__ import annotations

NOT_AFTER_DIGIT = r"(?<![0-9])"
NOT_BEFORE_DIGIT = r"(?![0-9])"
NOT_AFTER_ALNUM = r"(?<![A-Za-z0-9])"
NOT_BEFORE_ALNUM = r"(?![A-Za-z0-9])"
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
