"""User settings that are not per-assessment, read from settings.json in the data directory."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from assess.paths import data_dir

DEFAULT_MAX_EVIDENCE_MB = 1024


@dataclass(frozen=True)
class Settings:
    max_evidence_bytes: int = DEFAULT_MAX_EVIDENCE_MB * 1024 * 1024


def load_settings() -> Settings:
    """Settings from the environment (ASSESS_MAX_EVIDENCE_MB) or settings.json; defaults otherwise."""
    megabytes: object = DEFAULT_MAX_EVIDENCE_MB
    path = data_dir() / "settings.json"
    try:
        stored = json.loads(path.read_text("utf-8"))
        if isinstance(stored, dict):
            megabytes = stored.get("max_evidence_mb", megabytes)
    except (OSError, ValueError):
        pass
    megabytes = os.environ.get("ASSESS_MAX_EVIDENCE_MB", megabytes)
    try:
        value = float(str(megabytes))
    except ValueError:
        value = DEFAULT_MAX_EVIDENCE_MB
    if value <= 0:
        value = DEFAULT_MAX_EVIDENCE_MB
    return Settings(max_evidence_bytes=int(value * 1024 * 1024))
