"""Bitcoin (legacy Base58Check and SegWit bech32) and Ethereum wallet addresses."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.checksums import base58check_ok, bech32_ok
from footprint.pii.recognizers.base import CASE_SENSITIVE, FootprintPatternRecognizer


class CryptoWalletRecognizer(FootprintPatternRecognizer):
    ENTITY = "CRYPTO"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "btc_legacy",
            r"(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])",
            0.3,
        ),
        Pattern(
            "btc_bech32",
            r"(?<![A-Za-z0-9])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![A-Za-z0-9])",
            0.3,
        ),
        # Checking EIP-55 needs Keccak, which hashlib lacks; 0x + 40 hex is specific enough.
        Pattern("eth", r"(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])", 0.8),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "bitcoin", "btc", "ethereum", "eth", "wallet", "crypto", "钱包", "比特币", "以太坊"
    ]  # fmt: skip
    FLAGS = CASE_SENSITIVE
    MIN_LENGTH = 26

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text.startswith(("0x", "0X")):
            return None if len(set(pattern_text[2:])) > 1 else False
        if pattern_text.lower().startswith("bc1"):
            return bech32_ok(pattern_text)
        return base58check_ok(pattern_text)
