"""IPv4 and IPv6 addresses, checked with ``ipaddress``; boundaries work next to CJK text.

Four dotted numbers right after a version word are a release, not an address
(``firmware 5.6.6.94``, ``v10.2.0.1``, ``build 22.4.1.3``).
"""

from __future__ import annotations

import ipaddress
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import FootprintPatternRecognizer

_VERSION_BEFORE = regex.compile(
    r"(?i)(?<![a-z])(?:v|ver|version|firmware|fw|build|release|patch|bios|kernel|driver"
    r"|ios|ipados|macos|android)\.?\s*[:#]?\s*$"
)


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

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r for r in results if not _VERSION_BEFORE.search(text, max(0, r.start - 20), r.start)
        ]
