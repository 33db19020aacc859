"""Typed settings with their defaults in one place, stored as JSON in the user data folder.

Writes are atomic (a temporary file renamed over the old one), so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from lsa_desktop import paths

log = logging.getLogger(__name__)

#: The papers documents are laid out for, as ``paper_size`` names them (the first is the default).
PAPER_SIZES = ("A4", "Letter")


@dataclass
class Settings:
    user_name: str = ""
    language: str = "en"
    #: Green at or above it. 90 % is often quoted in UN COE practice: an assumption to check
    #: against each unit's MOU (File > Settings says so).
    readiness_threshold_pct: float = 90.0
    #: Amber at or above it and below the threshold; red below it.
    amber_threshold_pct: float = 75.0
    #: The marking printed at the top and bottom of every page ("" prints none).
    classification: str = "RESTRICTED"
    paper_size: str = PAPER_SIZES[0]  # one of PAPER_SIZES: printed documents and PDFs
    first_start_done: bool = False

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            f = known.get(key)
            default = getattr(cls(), key, None)
            if f is not None and isinstance(value, type(default)):
                values[key] = value
            elif f is not None and isinstance(default, float) and isinstance(value, int):
                values[key] = float(value)
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        path = path or paths.settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, indent=2, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @property
    def current_user(self) -> str:
        return self.user_name or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
