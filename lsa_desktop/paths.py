"""Where things live: the one module that knows the three homes of the data files.

1. a source checkout (``resources/``, ``db/`` beside the package),
2. an installed wheel (the same folders shipped as package data under ``lsa_desktop/_data``),
3. a PyInstaller bundle (``sys._MEIPASS``).

User files (database, settings, logs, backups) go to the platform's user folders, or under
``--data-dir`` when given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from lsa_desktop import APP_ID, ORG_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent
_data_dir_override: Path | None = None


def _install_root() -> Path:
    """The folder that holds ``resources/`` and ``db/``."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    source_root = _PACKAGE_DIR.parent
    if (source_root / "db" / "migrations").is_dir():
        return source_root
    return _PACKAGE_DIR / "_data"


def resources_dir() -> Path:
    return _install_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _install_root() / "db" / "migrations"


def seed_dir() -> Path:
    return _install_root() / "db" / "seed"


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Put every user file under ``path`` (the ``--data-dir`` option); ``None`` restores the default."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def user_data_dir() -> Path:
    base = _data_dir_override or Path(platformdirs.user_data_dir(APP_ID, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def user_log_dir() -> Path:
    if _data_dir_override:
        base = _data_dir_override / "logs"
    else:
        base = Path(platformdirs.user_log_dir(APP_ID, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def backups_dir() -> Path:
    d = user_data_dir() / "backups"
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_database_path() -> Path:
    return user_data_dir() / "lsa.sqlite3"


def settings_path() -> Path:
    return user_data_dir() / "settings.json"
