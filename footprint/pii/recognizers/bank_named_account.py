"""Account numbers named only by their bank, as people in Nigeria, the Philippines, India
and South Africa send them: ``Opay 8123456789``, ``pay to 9095164184 (Zenith)``,
``send ko sa 474926308393 BPI``, ``Sneha's HDFC 46615613241005``, ``DBS 699-5-938292``.

Where an account number is a bare run of digits (Nigeria's ten-digit NUBAN, Philippine
and Indian accounts of 10 to 18, Singapore's and South Africa's printed in groups), the
bank's name beside it is what says "account"; a
payment sent to a phone is a phone (a wallet's number: GCash 0917…), so numbers that read
as a phone or a card are left to their own recognizers. An Indian IFSC right after the
number (``37018149716643 (SBIN0138576)``) names the bank too.

The banks are the large retail banks and wallets whose customers pay by account number;
names that are also words (Access, Zenith, Equity, Sterling) count only capitalised.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.bank_account_number import not_an_account
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

# By country: what a sender writes for the bank or the wallet.
BANKS = {
    "NG": ["GTBank", "GTB", "GTCO", "Access", "Zenith", "First Bank", "FirstBank", "UBA",
           "Opay", "OPay", "opay", "Kuda", "kuda", "Moniepoint", "moniepoint", "PalmPay",
           "Palmpay", "palmpay", "Wema", "Fidelity", "Sterling", "Union Bank", "Ecobank",
           "Stanbic", "FCMB", "Polaris", "Providus", "Keystone", "Jaiz"],
    "PH": ["BDO", "BPI", "Metrobank", "Landbank", "LandBank", "PNB", "Security Bank",
           "UnionBank", "RCBC", "Chinabank", "EastWest", "GoTyme"],
    "IN": ["SBI", "HDFC", "ICICI", "Axis", "Kotak", "Canara", "Bank of Baroda", "BoB",
           "Yes Bank", "IDFC", "IndusInd", "Federal Bank"],
    "ZA": ["FNB", "ABSA", "Absa", "Capitec", "Nedbank", "Standard Bank", "TymeBank"],
    "KE/GH": ["Equity", "KCB", "Co-op Bank", "GCB", "Ecobank"],
    "SG": ["DBS", "OCBC", "UOB", "POSB"],
    "JM": ["NCB", "JN Bank", "JMMB", "Sagicor"],
}  # fmt: skip
_BANK = "|".join(sorted({name for names in BANKS.values() for name in names}, key=len)[::-1])
# Run together or in the groups a bank prints (DBS 699-5-938292, Capitec 62206 179 733).
_NUMBER = (
    r"(?<![0-9A-Za-z])(?:[0-9]{9,18}|[0-9]{2,6}(?:[ \-][0-9]{1,7}){1,3})"
    r"(?![0-9A-Za-z]|[.,\-][0-9])"
)
_IFSC = r"[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])"
# The bank's name, then at most an account word and punctuation: "Opay 812…",
# "HDFC a/c: 466…", "Zenith acct no 909…".
_BANK_BEFORE = (
    rf"(?<=(?<![A-Za-z])(?:{_BANK})(?:[ \t]+(?i:bank))?[ \t:\-]{{1,3}}"
    r"(?:(?i:a/c|acct|acc|account)(?:[ \t]*(?i:no\.?|number|#))?[ \t:\-]{0,3})?)"
)
_BANK_AFTER = rf"(?=[ \t]{{0,2}}[(\[（]?[ \t]?(?:{_BANK})(?![A-Za-z]))"
_IFSC_AFTER = rf"(?=[ \t,/]{{0,3}}[(\[（]?[ \t]?(?i:ifsc[ \t:]{{0,3}})?{_IFSC})"


class BankNamedAccountRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    # Scored above a phone number's shape alone (a US number fits 120 838 9957): the
    # bank's name says what the digits are.
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("bank_then_number", rf"{_BANK_BEFORE}{_NUMBER}", 0.75),
        Pattern("number_then_bank", rf"{_NUMBER}{_BANK_AFTER}", 0.75),
        Pattern("number_then_ifsc", rf"{_NUMBER}{_IFSC_AFTER}", 0.75),
    ]
    LANGUAGES = ENGLISH
    MIN_DIGITS = 9
    FLAGS = CASE_SENSITIVE  # the banks' capitals are part of their names

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        return not 9 <= len(digits) <= 18 or not_an_account(digits)
