"""How a detected value is replaced: mask, replace, pseudonym or hash.

Pseudonyms and hashes are keyed HMACs of the *normalised* value, so the same
person or phone gets the same replacement in every file of a run, whatever its
spelling (``+44 7700 900123`` and ``07700900123`` are one phone). Presidio's own
hash operator salts every value randomly, which breaks that linkage.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from enum import StrEnum
from pathlib import Path

from footprint.errors import FootprintError

KEY_BYTES = 32


class Operator(StrEnum):
    MASK = "mask"
    REPLACE = "replace"
    PSEUDONYM = "pseudonym"
    HASH = "hash"


_PHONE_TYPES = {"PHONE_NUMBER", "CN_MOBILE", "CN_PHONE"}
# Numbers whose spacing and dashes are only layout: one value however written.
_ID_TYPES = {
    "CREDIT_CARD", "IBAN_CODE", "CN_RESIDENT_ID", "CN_PASSPORT", "CN_SOCIAL_SECURITY",
    "CN_DRIVING_LICENCE", "IMEI", "UK_NINO", "UK_NHS",
    "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT",
    "LICENSE_PLATE", "BANK_ACCOUNT", "ZA_ID", "SG_NRIC", "CA_SIN", "IN_AADHAAR", "NZ_IRD", "IE_PPS",
}  # fmt: skip


def normalise(entity_type: str, value: str) -> str:
    """The canonical form that decides whether two spellings are the same value."""
    text = unicodedata.normalize("NFKC", value).strip()
    if entity_type in _PHONE_TYPES or "PHONE" in entity_type:
        digits = re.sub(r"\D", "", text)
        # Treat a national number and its international form alike (last 9 digits).
        return digits[-9:] if len(digits) > 9 else digits
    if entity_type == "USERNAME":  # @name and name are one handle
        return text.removeprefix("@").casefold()
    if entity_type in {"EMAIL_ADDRESS", "URL"}:
        return text.casefold()
    if entity_type in _ID_TYPES:
        return re.sub(r"[\s-]", "", text).upper()
    return " ".join(text.casefold().split())


def load_or_create_key(key_file: Path | None) -> bytes:
    """The run key: read from ``key_file`` if it exists, else new (and saved there if named).

    Without a key file the key lives only in memory and is thrown away: pseudonyms
    then cannot be linked back to this run's inputs by anyone.
    """
    if key_file is None:
        return secrets.token_bytes(KEY_BYTES)
    if key_file.exists():
        try:
            key = bytes.fromhex(key_file.read_text(encoding="ascii").strip())
        except (ValueError, UnicodeDecodeError, OSError) as exc:
            raise FootprintError(f"{key_file}: not a footprint key file ({exc})") from exc
        if len(key) < 16:
            raise FootprintError(f"{key_file}: key too short")
        return key
    key = secrets.token_bytes(KEY_BYTES)
    try:
        key_file.touch(mode=0o600)
        key_file.write_text(key.hex() + "\n", encoding="ascii")
    except OSError as exc:
        raise FootprintError(f"cannot write key file {key_file}: {exc}") from exc
    return key


class Replacer:
    """Turns (entity type, value) into its replacement under one operator and key."""

    def __init__(self, operator: Operator, key: bytes) -> None:
        self.operator = operator
        self._key = key

    def _digest(self, entity_type: str, value: str) -> str:
        message = f"{entity_type}\x1f{normalise(entity_type, value)}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def __call__(self, entity_type: str, value: str) -> str:
        if self.operator is Operator.MASK:
            return "*" * max(len(value), 3)
        if self.operator is Operator.REPLACE:
            return f"<{entity_type}>"
        if self.operator is Operator.PSEUDONYM:
            label = entity_type.split("_")[0].title()
            return f"{label}-{self._digest(entity_type, value)[:6].upper()}"
        return self._digest(entity_type, value)[:16]
