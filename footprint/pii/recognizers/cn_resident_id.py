"""Chinese resident identity card numbers (GB 11643-1999)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import cn_resident_id_ok
from footprint.pii.recognizers.base import FootprintPatternRecognizer


class CnResidentIdRecognizer(FootprintPatternRecognizer):
    """18 characters: region, birth date, sequence, and a mod-11 check digit (0-9 or X)."""

    ENTITY = "CN_RESIDENT_ID"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_resident_id",
            r"(?<![A-Za-z0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
            r"(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![A-Za-z0-9])",
            0.5,
        ),
        # Written in its parts, as people copy it: 510703 19970823 0628 (or with dashes).
        Pattern(
            "cn_resident_id_grouped",
            r"(?<![A-Za-z0-9])[1-9][0-9]{5}[ \-](?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
            r"(?:0[1-9]|[12][0-9]|3[01])[ \-][0-9]{3}[0-9Xx](?![A-Za-z0-9])",
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["身份证", "证件", "身份", "id card", "identity"]
    MIN_DIGITS = 17

    def validate_result(self, pattern_text: str) -> bool:
        return cn_resident_id_ok(pattern_text.replace(" ", "").replace("-", ""))
