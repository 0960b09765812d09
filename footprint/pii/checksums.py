"""Checksums the recognizers validate with: Luhn, GB 11643, IBAN mod 97, ABA 3-7-1,
Base58Check, Bech32."""

from __future__ import annotations

from datetime import UTC, date, datetime
from hashlib import sha256

_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHECK = "10X98765432"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by payment cards and IMEIs."""
    if not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def utc_today() -> date:
    """Today's date in UTC: "today" must not depend on the computer's time zone."""
    return datetime.now(UTC).date()


def cn_resident_id_ok(text: str, today: date | None = None) -> bool:
    """GB 11643-1999: 17 digits, a check character, and a real birth date in the past."""
    value = text.upper()
    if len(value) != 18 or not value[:17].isdigit():
        return False
    total = sum(int(value[i]) * _GB11643_WEIGHTS[i] for i in range(17))
    if _GB11643_CHECK[total % 11] != value[17]:
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= (today or utc_today())


def iban_ok(text: str) -> bool:
    """ISO 13616 mod-97 check on an IBAN with or without spaces."""
    value = text.replace(" ", "").upper()
    if not 15 <= len(value) <= 34 or not value[:2].isalpha() or not value[2:4].isdigit():
        return False
    rearranged = value[4:] + value[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def aba_routing_ok(digits: str, *, any_prefix: bool = False) -> bool:
    """A US ABA routing transit number: nine digits, a Federal Reserve prefix (00-12
    banks, 21-32 thrifts, 61-72 electronic, 80 travellers' cheques; any, with
    ``any_prefix``) and the 3-7-1 check."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    prefix = int(digits[:2])
    known = prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80
    if not (known or any_prefix):
        return False
    total = sum(int(ch) * (3, 7, 1)[i % 3] for i, ch in enumerate(digits))
    return total % 10 == 0 and digits != "000000000"


def base58check_ok(text: str) -> bool:
    """A legacy Bitcoin address: Base58 with a 4-byte double-SHA256 checksum."""
    number = 0
    for char in text:
        index = _BASE58.find(char)
        if index < 0:
            return False
        number = number * 58 + index
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    if len(raw) != 25:
        return False
    return sha256(sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            checksum ^= generator[i] if ((top >> i) & 1) else 0
    return checksum


def bech32_ok(text: str) -> bool:
    """A SegWit address (bech32 or bech32m checksum)."""
    value = text.lower()
    hrp, sep, data = value.rpartition("1")
    if not sep or not hrp or len(data) < 6 or any(ch not in _BECH32 for ch in data):
        return False
    expanded = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]
    return _bech32_polymod(expanded + [_BECH32.index(ch) for ch in data]) in (1, 0x2BC830A3)


_IRD_PRIMARY = (3, 2, 7, 6, 5, 4, 3, 2)
_IRD_SECONDARY = (7, 4, 3, 2, 5, 2, 7, 6)
_IRD_LOWEST, _IRD_HIGHEST = 10_000_000, 150_000_000


def nz_ird_ok(text: str) -> bool:
    """New Zealand IRD number (Inland Revenue's published algorithm): 8 or 9 digits in
    10,000,000-150,000,000; the base padded to 8 digits, weighted mod 11, and a second set
    of weights when the first gives 10."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) not in (8, 9) or not _IRD_LOWEST <= int(digits) <= _IRD_HIGHEST:
        return False
    base, check = digits[:-1].zfill(8), int(digits[-1])
    for weights in (_IRD_PRIMARY, _IRD_SECONDARY):
        remainder = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
        expected = 0 if remainder == 0 else 11 - remainder
        if expected != 10:
            return expected == check
    return False


def ie_pps_ok(text: str) -> bool:
    """Irish PPS number: seven digits, a check letter (mod 23 of the digits weighted 8..2,
    plus 9 times a second letter's value; W counts 0) and an optional second letter."""
    value = "".join(ch for ch in text.upper() if ch.isalnum())
    if not (8 <= len(value) <= 9) or not value[:7].isdigit() or not value[7:].isalpha():
        return False
    total = sum(int(d) * (8 - i) for i, d in enumerate(value[:7]))
    if len(value) == 9 and value[8] != "W":
        total += (ord(value[8]) - 64) * 9
    remainder = total % 23
    return value[7] == ("W" if remainder == 0 else chr(64 + remainder))
