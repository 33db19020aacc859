"""The database as a whole, for the window: backups and checks of the open database."""

from __future__ import annotations

from pathlib import Path

from lsa_desktop.store.backup import CheckReport, backup_database, check_database
from lsa_desktop.store.engine import Store


class DatabaseService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def backup(self, out: str | Path) -> Path:
        """A consistent copy of the open database at ``out`` (a file, or a folder for a dated name)."""
        return backup_database(self.store.url, Path(out))

    def check(self) -> CheckReport:
        return check_database(self.store.url)
