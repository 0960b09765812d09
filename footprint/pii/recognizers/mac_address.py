"""MAC addresses: six hex pairs with one separator throughout, or Cisco's dotted form."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import FootprintPatternRecognizer

_HEX = "[0-9A-Fa-f]"


class MacRecognizer(FootprintPatternRecognizer):
    ENTITY = "MAC_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "mac_colon",
            rf"(?<![0-9A-Za-z:\-]){_HEX}{{2}}([:\-]){_HEX}{{2}}(?:\1{_HEX}{{2}}){{4}}(?![0-9A-Za-z:\-])",
            0.7,
        ),
        Pattern(
            "mac_dotted",
            rf"(?<![0-9A-Za-z.]){_HEX}{{4}}\.{_HEX}{{4}}\.{_HEX}{{4}}(?![0-9A-Za-z.])",
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["mac", "wifi", "wi-fi", "router", "device", "网卡", "地址"]
    NEEDS_ANY = (":", "-", ".")
    MIN_DIGITS = 1

    def invalidate_result(self, pattern_text: str) -> bool:
        hex_digits = pattern_text.replace(":", "").replace("-", "").replace(".", "").lower()
        return len(set(hex_digits)) == 1 or (hex_digits.isdigit() and "." in pattern_text)
