"""Chinese driving licence file numbers (驾驶证档案编号), only next to the words that name
one.

A mainland licence's number is the holder's resident ID number (found by its check
digit); its file number (档案编号) is 12 digits of no checkable structure, so it counts
only right after 档案编号 in a text about a licence (驾驶证, 驾照): a personnel file's or
an archive's number is none.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer


class CnDrivingLicenceRecognizer(FootprintPatternRecognizer):
    ENTITY = "CN_DRIVING_LICENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "cn_driving_licence_file",
            r"(?<=(?:驾驶证|驾照)[^\n，。！？,.!?]{0,8}?档案(?:编号|号码|号)\s*(?:是|为|:|：)?\s*)"
            r"[0-9]{12}(?![0-9])",
            0.7,
        )
    ]
    LANGUAGES = CHINESE
    NEEDS_ANY = ("档案",)
    MIN_DIGITS = 12
