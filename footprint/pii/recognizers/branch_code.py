"""A bank branch's code after its label, the half of an account that names the branch as a
UK sort code does: Australia's BSB (``BSB 034-614``), Canada's transit number (``transit
18476``), South Africa's branch code (``branch code 250655``), India's IFSC (``IFSC
SBIN0134801``: four letters for the bank, a zero, six for the branch).

Alone, six or five digits are any number, so only the label says what they are; an IFSC's
shape is the bank's code and is found after NEFT/RTGS/bank words or in brackets after an
account too (``37018149716643 (SBIN0138576)``). The account number itself is found by the
account-word rule (``acc 35424559``).
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import ENGLISH, FootprintPatternRecognizer

_IFSC = r"[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])"


class BranchCodeRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "au_bsb",
            r"(?<=(?<![A-Za-z])(?i:bsb)(?:\s*(?:no\.?|number|#))?\s*[:=\-]?\s*)"
            r"[0-9]{3}[\- ]?[0-9]{3}(?![0-9])",
            0.9,
        ),
        Pattern(
            "ca_transit",
            r"(?<=(?<![A-Za-z])(?i:transit)(?:\s*(?:no\.?|number|#))?\s*[:=\-]?\s*)"
            r"[0-9]{5}(?![0-9])",
            0.9,
        ),
        # South Africa's universal branch codes, six digits after "branch (code)".
        Pattern(
            "za_branch_code",
            r"(?<=(?<![A-Za-z])(?i:branch)(?:\s*(?i:code|no\.?|#))?\s*[:=\-]?\s*)"
            r"[0-9]{6}(?![0-9])",
            0.9,
        ),
        Pattern(
            "in_ifsc_labelled",
            rf"(?<=(?<![A-Za-z])(?i:ifsc)(?:\s*(?:code|no\.?))?\s*[:=\-]?\s*){_IFSC}",
            0.9,
        ),
        # The shape alone, with a bank word near it (NEFT, a/c) or in brackets.
        Pattern("in_ifsc", rf"(?<![A-Za-z0-9]){_IFSC}", 0.4),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "neft", "rtgs", "imps", "a/c", "account", "acc", "bank", "branch", "upi"
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 5
    FLAGS = 0  # the IFSC's capitals are its shape; the labels say (?i:) themselves
