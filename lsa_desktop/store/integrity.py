"""The database file itself, checked before anything is written to it.

Reading only: the header, then ``PRAGMA quick_check`` through a connection that can neither write
nor leave files beside the database. :class:`IntegrityCheck` runs the check on a thread of its own,
so that the window can import its modules meanwhile (the check reads the whole file: seconds on a
large database).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from lsa_desktop import paths
from lsa_desktop.errors import DatabaseCorrupt, NotADatabase, ReadOnly

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: Files SQLite leaves beside a database that is open (or was, when a process crashed).
SIDECARS = ("-wal", "-journal")


def check_sqlite_file(path: Path) -> None:
    """Refuse a path that is not an SQLite file, reading only its first 16 bytes."""
    if path.is_dir():
        raise NotADatabase(
            f"{path} is a folder, not an LSA Desktop database. Choose a file with --db."
        )
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise ReadOnly(
            f"{path} cannot be read: permission denied. Check the file's permissions."
        ) from exc
    if not header:
        what = "it is empty"
    elif header != SQLITE_HEADER:
        what = "it is not an SQLite file"
    else:
        return
    raise NotADatabase(
        f"{path} is not an LSA Desktop database ({what}). "
        "Choose another file with --db, or move it away."
    )


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` nor leave files beside it.

    With no ``-wal`` or ``-journal`` file beside it, no other connection has the database open,
    so it is opened ``immutable``: SQLite then creates no ``-wal``/``-shm`` either. Otherwise it is
    opened read-only, reading through the write-ahead log that another instance (or a crash) left.
    """
    in_use = any(Path(f"{path}{suffix}").exists() for suffix in SIDECARS)
    mode = "mode=ro" if in_use else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    return sqlite3.connect(uri, uri=True, timeout=5.0)


def quick_check(path: Path) -> list[str]:
    """``PRAGMA quick_check`` on a read-only connection: an empty list means no damage was found."""
    try:
        conn = connect_read_only(path)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # a damaged first page: "file is not a database"
        return [str(exc)]
    return [] if rows == ["ok"] else rows


class IntegrityCheck:
    """:func:`quick_check` of a file, run on a thread of its own from the moment it is created.

    The check reads the whole file, which takes seconds on a large database; the window starts it
    as soon as it holds the instance lock, imports its own modules meanwhile, and hands it to
    :func:`open_database`, which waits for the verdict before anything is written. The thread
    only reads, through :func:`connect_read_only`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = quick_check(self.path)
        except BaseException as exc:  # raised again on the thread that asks for the verdict
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def problems(self) -> list[str]:
        """Wait for the check; its problems (empty when none was found)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def ensure_intact(path: Path, check: IntegrityCheck | None = None) -> None:
    """Refuse a damaged database; ``check`` is a check of ``path`` already started, if any."""
    problems = check.problems() if check is not None and check.path == path else quick_check(path)
    if problems:
        log.error("quick_check failed on %s: %s", path, "; ".join(problems[:5]))
        raise DatabaseCorrupt(
            f"{path} is damaged (SQLite's check found: {problems[0]}). Nothing was written to it. "
            f"Restore a backup (lsa-desktop restore FILE); automatic backups are in "
            f"{paths.backups_dir()}."
        )
