"""IPv4 and IPv6 addresses, checked with ``ipaddress``; boundaries work next to CJK text."""

from __future__ import annotations

import ipaddress
from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import FootprintPatternRecognizer


class IpAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "ipv4",
            r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])",
            0.6,
        ),
        Pattern(
            "ipv6",
            r"(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])",
            0.6,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["ip", "address", "server", "login", "地址", "登录"]
    NEEDS_ANY = (".", ":")
    MIN_DIGITS = 2

    def validate_result(self, pattern_text: str) -> bool:
        try:
            address = ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        return not address.is_unspecified and (address.version == 6 or pattern_text.count(".") == 3)
