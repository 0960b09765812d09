"""footprint's own Presidio recognizers, one per module, assembled by :func:`build_recognizers`.

Presidio's predefined recognizers for national identifiers (UK NINO, NHS number,
passports, driving licence; US SSN, ITIN, passport, driver's licence) run through
:mod:`.predefined`, with their own patterns, context and checksums; the US driver's
licence only next to words that name one, since its shapes fit most numbers. Those that
are noise on chat text are not loaded: US_BANK_NUMBER fires inside phone and card numbers,
MEDICAL_LICENSE on short codes, and DATE_TIME on "tonight"; dates count here only as
dates of birth, with context. The NHS number needs its context word: any ten digits
that pass mod 11 would do otherwise.
"""

from __future__ import annotations

from footprint.pii.recognizers.aba_routing import AbaRoutingNumberRecognizer
from footprint.pii.recognizers.bank_account_number import BankAccountNumberRecognizer
from footprint.pii.recognizers.bank_card import BankCardRecognizer
from footprint.pii.recognizers.bank_named_account import BankNamedAccountRecognizer
from footprint.pii.recognizers.bare_given_name import BareGivenNameRecognizer
from footprint.pii.recognizers.base import FootprintPatternRecognizer
from footprint.pii.recognizers.branch_code import BranchCodeRecognizer
from footprint.pii.recognizers.cn_address import CnAddressRecognizer
from footprint.pii.recognizers.cn_cued_name import CnCuedNameRecognizer
from footprint.pii.recognizers.cn_driving_licence import CnDrivingLicenceRecognizer
from footprint.pii.recognizers.cn_landline import CnLandlineRecognizer
from footprint.pii.recognizers.cn_license_plate import CnLicensePlateRecognizer
from footprint.pii.recognizers.cn_minority_name import CnMinorityNameRecognizer
from footprint.pii.recognizers.cn_mobile import CnMobileRecognizer
from footprint.pii.recognizers.cn_passport import CnPassportRecognizer
from footprint.pii.recognizers.cn_person import CnPersonRecognizer
from footprint.pii.recognizers.cn_resident_id import CnResidentIdRecognizer
from footprint.pii.recognizers.cn_social_security import CnSocialSecurityCardRecognizer
from footprint.pii.recognizers.cn_spoken_mobile import CnSpokenMobileRecognizer
from footprint.pii.recognizers.crypto_wallet import CryptoWalletRecognizer
from footprint.pii.recognizers.cued_name import CuedNameRecognizer
from footprint.pii.recognizers.date_of_birth import DateOfBirthRecognizer
from footprint.pii.recognizers.email import CjkEmailRecognizer
from footprint.pii.recognizers.french_street_address import FrenchStreetAddressRecognizer
from footprint.pii.recognizers.given_name import GivenNameRecognizer
from footprint.pii.recognizers.iban import IbanMod97Recognizer
from footprint.pii.recognizers.ie_license_plate import IeLicensePlateRecognizer
from footprint.pii.recognizers.ie_pps_number import IePpsNumberRecognizer
from footprint.pii.recognizers.imei import ImeiRecognizer
from footprint.pii.recognizers.ip_address import IpAddressRecognizer
from footprint.pii.recognizers.kinship_name import KinshipNameRecognizer
from footprint.pii.recognizers.latin_name_in_chinese import LatinNameInChineseRecognizer
from footprint.pii.recognizers.lowercase_name import LowercaseNameRecognizer
from footprint.pii.recognizers.mac_address import MacRecognizer
from footprint.pii.recognizers.nz_bank_account import NzBankAccountRecognizer
from footprint.pii.recognizers.nz_ird_number import NzIrdNumberRecognizer
from footprint.pii.recognizers.payee_name import PayeeNameRecognizer
from footprint.pii.recognizers.phone import IntlPhoneRecognizer
from footprint.pii.recognizers.pinyin_name import PinyinNameRecognizer
from footprint.pii.recognizers.predefined import (
    CaPostalCodeAdapter,
    CaSinAdapter,
    InAadhaarAdapter,
    SgNricAdapter,
    UkDrivingLicenceAdapter,
    UkNhsAdapter,
    UkNinoAdapter,
    UkPassportAdapter,
    UsDriverLicenseAdapter,
    UsItinAdapter,
    UsPassportAdapter,
    UsSsnAdapter,
    ZaIdAdapter,
    ZaLicensePlateAdapter,
)
from footprint.pii.recognizers.qq_number import QqNumberRecognizer
from footprint.pii.recognizers.spanish_street_address import SpanishStreetAddressRecognizer
from footprint.pii.recognizers.street_address import StreetAddressRecognizer
from footprint.pii.recognizers.street_name import StreetNameRecognizer
from footprint.pii.recognizers.titled_name import TitledNameRecognizer
from footprint.pii.recognizers.uk_bank_account import UkSortCodeAccountRecognizer
from footprint.pii.recognizers.uk_license_plate import UkLicensePlateRecognizer
from footprint.pii.recognizers.uk_passport import UkPassportNumberRecognizer
from footprint.pii.recognizers.url import LinkRecognizer
from footprint.pii.recognizers.us_license_plate import UsLicensePlateRecognizer
from footprint.pii.recognizers.username import UsernameRecognizer
from footprint.pii.recognizers.wechat_id import WeChatIdRecognizer
from footprint.pii.recognizers.wechat_id_shape import WeChatIdShapeRecognizer

RECOGNIZER_CLASSES: tuple[type[FootprintPatternRecognizer], ...] = (
    CjkEmailRecognizer,
    LinkRecognizer,
    IntlPhoneRecognizer,
    CnMobileRecognizer,
    CnSpokenMobileRecognizer,
    CnLandlineRecognizer,
    CnResidentIdRecognizer,
    BankCardRecognizer,
    IbanMod97Recognizer,
    UkSortCodeAccountRecognizer,
    BranchCodeRecognizer,
    NzBankAccountRecognizer,
    AbaRoutingNumberRecognizer,
    BankAccountNumberRecognizer,
    BankNamedAccountRecognizer,
    CryptoWalletRecognizer,
    CnPassportRecognizer,
    CnSocialSecurityCardRecognizer,
    CnDrivingLicenceRecognizer,
    WeChatIdRecognizer,
    WeChatIdShapeRecognizer,
    QqNumberRecognizer,
    UsernameRecognizer,
    StreetAddressRecognizer,
    SpanishStreetAddressRecognizer,
    FrenchStreetAddressRecognizer,
    StreetNameRecognizer,
    CnAddressRecognizer,
    CnPersonRecognizer,
    CnCuedNameRecognizer,
    CnMinorityNameRecognizer,
    KinshipNameRecognizer,
    GivenNameRecognizer,
    BareGivenNameRecognizer,
    LatinNameInChineseRecognizer,
    LowercaseNameRecognizer,
    PinyinNameRecognizer,
    TitledNameRecognizer,
    PayeeNameRecognizer,
    CuedNameRecognizer,
    DateOfBirthRecognizer,
    ImeiRecognizer,
    MacRecognizer,
    IpAddressRecognizer,
    CnLicensePlateRecognizer,
    UkLicensePlateRecognizer,
    IeLicensePlateRecognizer,
    UsLicensePlateRecognizer,
    # Presidio's own national-ID recognizers (see predefined), and the UK nine-digit passport.
    UkNinoAdapter,
    UkNhsAdapter,
    UkPassportAdapter,
    UkPassportNumberRecognizer,
    NzIrdNumberRecognizer,
    IePpsNumberRecognizer,
    UkDrivingLicenceAdapter,
    UsSsnAdapter,
    UsItinAdapter,
    UsPassportAdapter,
    UsDriverLicenseAdapter,
    ZaIdAdapter,
    ZaLicensePlateAdapter,
    SgNricAdapter,
    CaSinAdapter,
    CaPostalCodeAdapter,
    InAadhaarAdapter,
)

# Lowest score at which each type is reported; types not listed use DEFAULT_THRESHOLD.
DEFAULT_THRESHOLD = 0.5
THRESHOLDS: dict[str, float] = {
    "PERSON": 0.6,
    "LOCATION": 0.5,
    "DATE_OF_BIRTH": 0.6,
    "CN_PASSPORT": 0.6,
    "IMEI": 0.6,
    "UK_NHS": 0.6,
    "UK_PASSPORT": 0.5,
    "US_PASSPORT": 0.5,
    "US_SSN": 0.55,  # xxx-xx-xxxx alone (0.5) is not enough; with "SSN" near it is
}


def build_recognizers() -> list[FootprintPatternRecognizer]:
    """One instance of every pattern recognizer footprint runs."""
    return [cls() for cls in RECOGNIZER_CLASSES]


def threshold_for(entity_type: str) -> float:
    return THRESHOLDS.get(entity_type, DEFAULT_THRESHOLD)
