"""Presidio's own predefined recognizers for national identifiers, run by footprint's engine.

Each class below is a row: which Presidio recognizer, the entity it reports, the texts it
runs on and the cheap prechecks. Patterns, context words and checksums are Presidio's
(:class:`PresidioAdapter` reads ``PATTERNS`` and ``CONTEXT`` from the Presidio class and
calls its ``validate_result`` and ``invalidate_result``); they are plain regexes, nothing
to download. Weak patterns stay under the reporting threshold unless a context word
(``national insurance``, ``passport``, ``护照``) is near.

Where Presidio's checksum would make any matching run certain (an NHS number is any ten
digits that pass mod 11, one in eleven), ``CHECKSUM_CERTAIN = False`` keeps the pattern's
own score, so the context word is still needed.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import (
    CaPostalCodeRecognizer,
    CaSinRecognizer,
    InAadhaarRecognizer,
    NhsRecognizer,
    SgFinRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
    ZaIdNumberRecognizer,
    ZaLicensePlateRecognizer,
)

from footprint.pii.recognizers.base import (
    BOTH,
    CASE_SENSITIVE,
    ENGLISH,
    FootprintPatternRecognizer,
)
from footprint.pii.recognizers.phone import phone_validity
from footprint.pii.recognizers.uk_passport import UkPassportNumberRecognizer, says_american

PASSPORT_BOOST = 0.5  # Presidio scores passport shapes 0.05-0.1: "passport" must be near
# Two to four digit groups, one separator throughout (28 419 736, 09-217-4456, 123 456 789).
_DL_GROUPS = (
    r"(?<![0-9A-Za-z\-$£€¥])[0-9]{1,4}(?P<dl_sep>[ \-])[0-9]{2,4}(?:(?P=dl_sep)[0-9]{2,4}){0,2}"
    r"(?![0-9A-Za-z]|-[0-9])"
)
_GROUP_SPLIT = re.compile(r"[ \-]")
# Licences that are no driver's: software, a TV set, a venue's.
_OTHER_LICENCES = (
    r"(?i:software|product|tv|television|app|game|windows|office|music|premises|alcohol"
    r"|liquor|fishing|hunting|firearms?|gun|business|trade|marriage)"
)


def _is_date(groups: list[str], lengths: list[int]) -> bool:
    """03 15 2024, 2024 03 15: a four-digit year at one end, day and month of one or two."""
    if len(groups) != 3:
        return False
    if lengths[0] == 4:
        year, rest = groups[0], groups[1:]
    elif lengths[2] == 4:
        year, rest = groups[2], groups[:2]
    else:
        return False
    return year[:2] in ("19", "20") and all(len(g) <= 2 and 1 <= int(g) <= 31 for g in rest)


class PresidioAdapter(FootprintPatternRecognizer):
    """A Presidio PatternRecognizer's patterns, context and checks in footprint's engine."""

    PRESIDIO: ClassVar[type[PatternRecognizer]]
    CHECKSUM_CERTAIN: ClassVar[bool] = True

    def __init__(self) -> None:
        self.presidio = self.PRESIDIO()  # type: ignore[call-arg]  # each sets its entity
        super().__init__()

    def validate_result(self, pattern_text: str) -> bool | None:
        valid = self.presidio.validate_result(pattern_text)
        if valid is True and not self.CHECKSUM_CERTAIN:
            return None  # passes the checksum; the score still needs context
        return valid

    def invalidate_result(self, pattern_text: str) -> bool:
        return bool(self.presidio.invalidate_result(pattern_text))


class UkNinoAdapter(PresidioAdapter):
    LABEL_CERTAIN = True
    PRESIDIO = UkNinoRecognizer
    ENTITY = "UK_NINO"
    PATTERNS: ClassVar[list[Pattern]] = UkNinoRecognizer.PATTERNS
    CONTEXT: ClassVar[list[str]] = [*UkNinoRecognizer.CONTEXT, "ni no", "insurance number"]
    LANGUAGES = ENGLISH
    MIN_DIGITS = 6


class UkNhsAdapter(PresidioAdapter):
    LABEL_CERTAIN = True
    PRESIDIO = NhsRecognizer
    ENTITY = "UK_NHS"
    PATTERNS: ClassVar[list[Pattern]] = NhsRecognizer.PATTERNS
    # Scotland's CHI number has the NHS number's shape and check digit (DDMMYY + four).
    CONTEXT: ClassVar[list[str]] = [
        *NhsRecognizer.CONTEXT, "nhs number", "nhs no", "chi number", "chi no", "chi"
    ]  # fmt: skip
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 10
    NEEDS_ANY = ("nhs", "health", "chi")
    CHECKSUM_CERTAIN = False
    BOOST = 0.5  # checksum and context together: certain


class UkPassportAdapter(PresidioAdapter):
    """The newer UK series, two letters and seven digits; see uk_passport for nine digits."""

    PRESIDIO = UkPassportRecognizer
    ENTITY = "UK_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = UkPassportRecognizer.PATTERNS
    CONTEXT: ClassVar[list[str]] = [*UkPassportRecognizer.CONTEXT, "护照"]
    CONVERSATION = True
    LANGUAGES = BOTH
    MIN_DIGITS = 7
    NEEDS_ANY = ("passport", "护照", "hmpo", "travel document")
    BOOST = PASSPORT_BOOST


class UkDrivingLicenceAdapter(PresidioAdapter):
    LABEL_CERTAIN = True
    PRESIDIO = UkDrivingLicenceRecognizer
    ENTITY = "UK_DRIVING_LICENCE"
    # Presidio's 16 characters, and the three groups printed on the card ("MORGA 753116 SM9IJ"),
    # the check letters also written apart ("MORGA 753116 SM9 IJ").
    PATTERNS: ClassVar[list[Pattern]] = [
        *UkDrivingLicenceRecognizer.PATTERNS,
        Pattern(
            "uk_driving_licence_grouped",
            r"\b[A-Z9]{5} [0-9](?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]"
            r" [A-Z9]{2}[A-Z0-9] ?[A-Z]{2}\b",
            0.5,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = UkDrivingLicenceRecognizer.CONTEXT
    LANGUAGES = ENGLISH
    MIN_DIGITS = 6
    MIN_LENGTH = 16


class UsSsnAdapter(PresidioAdapter):
    LABEL_CERTAIN = True
    PRESIDIO = UsSsnRecognizer
    ENTITY = "US_SSN"
    PATTERNS: ClassVar[list[Pattern]] = UsSsnRecognizer.PATTERNS
    # Presidio's list has "social" alone, an everyday word; "my social" is how people ask,
    # and "social:" / "social #" / "social no" how a form or a message labels the number.
    CONTEXT: ClassVar[list[str]] = [
        "social security", "ssn", "ssns", "ssn#", "ss#", "ssid", "my social", "your social",
        "ur social", "social:", "social #", "social#", "social no", "social number",
        "social is", "social's", "ss card", "ss number", "social security card",
    ]  # fmt: skip
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 9
    BOOST = 0.5

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """Presidio's, and a message that is nothing but a dashed SSN (``412-58-7302``
        sent alone): an answer, whether or not the question is in the export."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if _ITIN_WORD.search(text):  # area 9xx is never an SSN: the ITIN recognizer's
            results = [r for r in results if not text[r.start : r.end].startswith("9")]
        if _DASHED_SSN_ALONE.fullmatch(text) and not self.invalidate_result(text.strip()):
            start = len(text) - len(text.lstrip())
            results = [r for r in results if r.start != start]
            results.append(
                RecognizerResult(
                    self.ENTITY,
                    start,
                    start + 11,
                    SSN_ALONE_SCORE,
                    recognition_metadata=self.metadata,
                )
            )
        return results


_ITIN_WORD = re.compile(r"\bitin\b|taxpayer", re.IGNORECASE)
# A dashed SSN as the whole text; scored over US_SSN's threshold (0.55).
_DASHED_SSN_ALONE = re.compile(r"\s*[0-9]{3}-[0-9]{2}-[0-9]{4}\s*")
SSN_ALONE_SCORE = 0.6


class UsItinAdapter(PresidioAdapter):
    LABEL_CERTAIN = True
    PRESIDIO = UsItinRecognizer
    ENTITY = "US_ITIN"
    PATTERNS: ClassVar[list[Pattern]] = UsItinRecognizer.PATTERNS
    CONTEXT: ClassVar[list[str]] = ["itin", "taxpayer", "individual taxpayer"]
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 9
    NEEDS_ANY = ("itin", "taxpayer")


class UsPassportAdapter(PresidioAdapter):
    """Presidio's context list also has "us", "travel" and "document", which in chat are
    everyday words: only the passport words are kept."""

    PRESIDIO = UsPassportRecognizer
    ENTITY = "US_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = [
        *UsPassportRecognizer.PATTERNS,
        # A letter and eight digits (the next-generation book) anywhere in an English line
        # that names a passport: "US passport number for the cruise booking -> T69083441".
        Pattern(
            "US Passport - letter and digits after the word",
            r"(?<=(?<!(?i:chinese|china|prc) )(?i:passports?)(?![a-z])[^\n\u4e00-\u9fff]{0,80})"
            r"(?<![A-Za-z0-9])[A-Z][0-9]{8}"
            r"(?![A-Za-z0-9])",
            0.6,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["passport", "passports", "passport#", "passport no", "护照"]
    CONVERSATION = True
    LANGUAGES = BOTH
    MIN_DIGITS = 8
    NEEDS_ANY = ("passport", "护照")
    BOOST = PASSPORT_BOOST
    # Where the text says the passport is American, nine digits right after the word are
    # as strong as the UK recognizer's elsewhere (and beat a phone number of the same
    # digits); not a number before the word ("SSN 123456789, passport ...").
    AMERICAN_SCORE = UkPassportNumberRecognizer.PATTERNS[0].score

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if results and says_american(text):
            for result in results:
                if _PASSPORT_BEFORE.search(text, 0, result.start):
                    result.score = max(result.score, self.AMERICAN_SCORE)
        return results


# "passport" and at most a few words (no other number) before the number.
_PASSPORT_BEFORE = re.compile(r"(?i)passports?(?![a-z])[^0-9\n]{0,30}$")


class UsDriverLicenseAdapter(PresidioAdapter):
    """Presidio's US licence shapes match most numbers and codes, so they are scored near
    zero here and count only next to words that name a licence (here or in the message
    before, as an answer to "what's your license number?"). People and several states
    write the number in groups (12-345-6789, 123 456 789, 28 419 736: 7-13 digits in two
    to four groups), which Presidio's patterns do not cover. In that grouped shape the
    bare word "license" a few words before is enough ("my license, it's 12-345-6789");
    a grouped number that is a phone number's layout never is one."""

    LABEL_CERTAIN = True
    PRESIDIO = UsLicenseRecognizer
    ENTITY = "US_DRIVER_LICENSE"
    PATTERNS: ClassVar[list[Pattern]] = [
        *(Pattern(p.name, p.regex, 0.05) for p in UsLicenseRecognizer.PATTERNS),
        Pattern("Driver License - dashed digits", r"\b[0-9]{2,3}-[0-9]{2,3}-[0-9]{3,4}\b", 0.05),
        Pattern("Driver License - digit groups", _DL_GROUPS, 0.05),
        # The grouped shape a few words after "license" (not "license plate"): enough alone.
        Pattern(
            "Driver License - groups after the word",
            r"(?<=(?<![A-Za-z])[Ll]icen[cs]e(?![A-Za-z]|\s*[Pp]late)[^0-9\n]{0,20})" + _DL_GROUPS,
            0.5,
        ),
        # A plain run of digits, or a letter and digits (Minnesota, Florida), right after the
        # word and a verb or a label ("licence says 53100024", "my license is 7294518",
        # "my MN license is Y820451937264"), not another kind's.
        Pattern(
            "Driver License - digits after the word",
            rf"(?<=(?<![A-Za-z]|{_OTHER_LICENCES} )[Ll]icen[cs]e(?:\s+(?:number|no\.?|#))?"
            r"(?:\s*(?:says|reads|shows|is|=|:|#|-)\s*|\s+))"
            r"[A-Z]?[0-9]{7,13}(?![0-9A-Za-z]|[.,][0-9])",
            0.5,
        ),
        # A letter and digit groups, as printed on the card (L 512 847 391 026, F-123-456-78)
        # or run into the first group (Illinois B135-9295-3641, Wisconsin O215-4830-9951-07,
        # Kentucky T04-185-527): 7 to 13 digits in all (see invalidate_result).
        Pattern(
            "Driver License - letter and groups",
            r"\b[A-Z][ \-]?[0-9]{2,4}(?:[ \-][0-9]{2,4}){1,4}\b(?!-[0-9])",
            0.05,
        ),
        # Washington's since 2018: WDL and nine letters or digits.
        Pattern("Driver License - Washington", r"\bWDL[A-Z0-9]{9}\b", 0.05),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "driver's license", "drivers license", "driver license", "driver's licence",
        "drivers licence", "license number", "licence number", "license #", "license no",
        "license#", "lic#", "dl", "dl#", "dl number", "cdl", "cdl#", "cdl number",
        # how people give their own: "my license is D0841…" (not a software licence's key)
        "my license", "my licence", "your license", "ur license",
    ]  # fmt: skip
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 2  # Washington's WDL numbers may hold only two
    NEEDS_ANY = ("licen", "dl", "lic#")  # "dl" is in "cdl" (a commercial licence) too
    FLAGS = CASE_SENSITIVE
    BOOST = 0.5

    def invalidate_result(self, pattern_text: str) -> bool:
        # A date or a phone-shaped run is not a licence: 2024-05-01, 555-0134.
        if pattern_text.count("-") == 2 and len(pattern_text.replace("-", "")) < 9:
            return True
        groups = _GROUP_SPLIT.split(pattern_text)
        if pattern_text[0].isalpha() and len(groups) >= 2:
            digits_count = sum(ch.isdigit() for ch in pattern_text)
            return not 7 <= digits_count <= 13  # a letter and its digit groups
        if len(groups) < 2 or not all(group.isdigit() for group in groups):
            return False
        digits = "".join(groups)
        if not 7 <= len(digits) <= 13:
            return True
        # A phone number's layouts: 555 0134, 555-013-4567, 0161 496 0123.
        lengths = [len(group) for group in groups]
        if _is_date(groups, lengths):
            return True
        if lengths in ([3, 4], [3, 3, 4]) or (digits[0] == "0" and len(digits) >= 10):
            return True
        return phone_validity(pattern_text) is True


class ZaIdAdapter(PresidioAdapter):
    """South Africa's 13-digit ID number (birth date, sequence, citizenship, Luhn digit):
    the Luhn digit passes one number in ten, so a word such as "ID" must be near."""

    LABEL_CERTAIN = True
    PRESIDIO = ZaIdNumberRecognizer
    ENTITY = "ZA_ID"
    PATTERNS: ClassVar[list[Pattern]] = ZaIdNumberRecognizer.PATTERNS
    CONTEXT: ClassVar[list[str]] = [*ZaIdNumberRecognizer.CONTEXT, "id no", "id#", "id:"]
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 13
    NEEDS_ANY = ("id", "identity")
    CHECKSUM_CERTAIN = False
    BOOST = 0.5


class SgNricAdapter(PresidioAdapter):
    """Singapore's NRIC and FIN (S/T/F/G/M, seven digits, a check letter)."""

    LABEL_CERTAIN = True
    PRESIDIO = SgFinRecognizer
    ENTITY = "SG_NRIC"
    # Only the S/T/F/G/M shape: any letter, seven digits and a letter is also a code.
    PATTERNS: ClassVar[list[Pattern]] = [p for p in SgFinRecognizer.PATTERNS if "STFGM" in p.regex]
    CONTEXT: ClassVar[list[str]] = [*SgFinRecognizer.CONTEXT, "ic", "ic no", "ic number"]
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 7


class CaSinAdapter(PresidioAdapter):
    """Canada's Social Insurance Number: nine digits that pass Luhn, next to its words."""

    LABEL_CERTAIN = True
    PRESIDIO = CaSinRecognizer
    ENTITY = "CA_SIN"
    PATTERNS: ClassVar[list[Pattern]] = CaSinRecognizer.PATTERNS
    # Not Presidio's "canada" (a country named anywhere) nor "sin" alone (Spanish "without").
    CONTEXT: ClassVar[list[str]] = [
        "sin number", "sin no", "sin#", "sin:", "my sin", "your sin", "ur sin", "his sin",
        "her sin", "social insurance", "social insurance number", "nas", "numéro nas",
        "numéro d'assurance sociale", "assurance sociale",
    ]  # fmt: skip
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 9
    NEEDS_ANY = ("sin", "social insurance", "nas", "assurance")
    CHECKSUM_CERTAIN = False
    BOOST = 0.5


class InAadhaarAdapter(PresidioAdapter):
    """India's Aadhaar number: twelve digits with a Verhoeff check digit, next to its word."""

    LABEL_CERTAIN = True
    PRESIDIO = InAadhaarRecognizer
    ENTITY = "IN_AADHAAR"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(p.name, p.regex, 0.3) for p in InAadhaarRecognizer.PATTERNS
    ]
    CONTEXT: ClassVar[list[str]] = [*InAadhaarRecognizer.CONTEXT, "aadhar", "adhaar"]
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 12
    NEEDS_ANY = ("aadhaar", "aadhar", "adhaar", "uidai")
    CHECKSUM_CERTAIN = False
    BOOST = 0.5


class ZaLicensePlateAdapter(PresidioAdapter):
    """South African registrations: Presidio's provincial shapes (``LJ 70 YB GP``), and the
    Western Cape's and KwaZulu-Natal's town letters and digits (``CA 385-816``, ``ND
    893-930``), next to a vehicle word."""

    PRESIDIO = ZaLicensePlateRecognizer
    ENTITY = "LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        *ZaLicensePlateRecognizer.PATTERNS,
        Pattern(
            "ZA Licence Plate (town letters)",
            r"\b(?:C[A-Z]{1,2}|N[A-Z]{1,2}) ?[0-9]{3}[- ][0-9]{3}\b",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        *ZaLicensePlateRecognizer.CONTEXT, "reg", "reg no", "vehicle", "bakkie", "car",
        "taxi", "uber", "bolt", "blocking", "parked",
    ]  # fmt: skip
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 2
    FLAGS = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool | None:
        if _ZA_TOWN_PLATE.fullmatch(pattern_text):
            return None  # Presidio checks the provincial suffix, which these have not
        return super().validate_result(pattern_text)


_ZA_TOWN_PLATE = re.compile(r"(?:C[A-Z]{1,2}|N[A-Z]{1,2}) ?[0-9]{3}[- ][0-9]{3}")


class CaPostalCodeAdapter(PresidioAdapter):
    """A Canadian postal code (``R3T 4K9``: a few dozen households) next to a postal word."""

    PRESIDIO = CaPostalCodeRecognizer
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = CaPostalCodeRecognizer.PATTERNS
    # Not Presidio's "zip" or province names alone (any Canadian message has one).
    CONTEXT: ClassVar[list[str]] = [
        "postal code", "postal", "postcode", "code postal", "mailing address", "mail it",
        "ship to", "address",
    ]  # fmt: skip
    CONVERSATION = True
    LANGUAGES = ENGLISH
    MIN_DIGITS = 3
    NEEDS_ANY = ("postal", "postcode", "mail", "ship", "address")
    BOOST = 0.5
