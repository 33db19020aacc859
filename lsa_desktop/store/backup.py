"""``backup``, ``restore`` and ``check``: the person's own copies of the database, and its health.

Every copy goes through SQLite's backup API (:func:`~lsa_desktop.store.migrate.copy_database`),
which reads one consistent snapshot of a live database, write-ahead log included; a plain file copy
of a database in use can catch a half-written page or miss the log. These commands work on SQLite
files only.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from lsa_desktop import paths
from lsa_desktop.errors import DatabaseCorrupt, InvalidInput, NotADatabase
from lsa_desktop.store.engine import sqlite_path
from lsa_desktop.store.integrity import (
    SQLITE_HEADER,
    check_sqlite_file,
    connect_read_only,
    ensure_intact,
    quick_check,
)
from lsa_desktop.store.lock import InstanceLock
from lsa_desktop.store.migrate import (
    automatic_backup,
    copy_database,
    file_status,
    raise_if_known,
    read_status,
    refuse_unusable,
)

log = logging.getLogger(__name__)

# The tables whose row counts ``check`` prints: what the person would miss if it were gone.
MAIN_TABLES = (
    "mission",
    "contingent",
    "location",
    "unit",
    "person",
    "qualification",
    "equipment_category",
    "equipment_type",
    "authorisation",
    "asset",
    "stock_line",
    "requisition",
    "donor",
    "pledge",
    "delivery",
    "readiness_snapshot",
    "audit_entry",
)
_SIDECARS = ("-wal", "-shm", "-journal")
_PROBLEMS_SHOWN = 20


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found: ``ok`` is False when the database is damaged or unusable here."""

    ok: bool
    lines: list[str]


def _database_file(url: str) -> Path:
    """The SQLite file behind ``url``, which must exist and be an SQLite database."""
    path = sqlite_path(url)
    if path is None:
        raise InvalidInput(
            f"backup, restore and check work on an SQLite file; {_shown(url)} is not one."
        )
    if not path.exists():
        raise InvalidInput(f"There is no database at {path}. Check the path given with --db.")
    check_sqlite_file(path)
    return path


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _is_part_of(candidate: Path, database: Path) -> bool:
    """Whether ``candidate`` is the database itself or a file SQLite keeps beside it."""
    live = database.resolve()
    names = {live, *(live.with_name(live.name + suffix) for suffix in _SIDECARS)}
    return candidate.resolve() in names


def backup_database(url: str, out: Path) -> Path:
    """Copy the database into ``out`` (a file, or a folder to put a dated file in); returns it.

    The copy is written beside ``out`` under a temporary name, checked, then renamed over ``out``
    in one step: an interrupted backup never leaves a half-written file under the chosen name.
    """
    source = _database_file(url)
    out = Path(out).expanduser()
    if out.is_dir():
        out = out / f"lsa-{source.stem}-{_stamp()}.sqlite3"
    if _is_part_of(out, source):
        raise InvalidInput(f"{out} is the database itself: choose another file for the backup.")
    partial = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        copy_database(source, partial)
        os.replace(partial, out)
    except (sqlite3.Error, OSError) as exc:
        raise_if_known(exc, out)
        raise
    finally:
        partial.unlink(missing_ok=True)
    log.info("backed up %s to %s", source, out)
    return out.resolve()


def _check_backup_file(source: Path) -> None:
    """Refuse a file to restore from that is not a sound LSA Desktop database this app can read."""
    if not source.is_file():
        raise InvalidInput(f"There is no backup file at {source}.")
    check_sqlite_file(source)
    problems = quick_check(source)
    if problems:
        raise DatabaseCorrupt(
            f"{source} is damaged (SQLite's check found: {problems[0]}). Choose another backup."
        )
    status = file_status(source)
    if status.is_new:
        raise NotADatabase(f"{source} holds no LSA Desktop data. Choose another backup.")
    refuse_unusable(source, status)


def _set_aside(live: Path) -> Path | None:
    """Keep what is at the live path before a restore replaces it; returns where it went.

    A sound database is backed up with the backup API. A damaged one, or a file that is no
    database at all, cannot be read page by page: it is moved, with the files beside it, into the
    backups folder as it is, so that nothing the person had is lost.
    """
    if not live.exists():
        return None
    try:
        check_sqlite_file(live)
        ensure_intact(live)
    except (NotADatabase, DatabaseCorrupt):
        return _move_damaged(live)
    return automatic_backup(live, "restore")


def _move_damaged(live: Path) -> Path:
    dest = paths.backups_dir() / f"lsa-{live.stem}-damaged-{_stamp()}{live.suffix}"
    for suffix in ("", *_SIDECARS):
        part = live.with_name(live.name + suffix)
        if part.exists():
            shutil.move(part, dest.with_name(dest.name + suffix))
    log.warning("moved the damaged database %s to %s", live, dest)
    return dest


def restore_database(source: Path, url: str) -> Path | None:
    """Replace the database at ``url`` with the backup ``source``; returns the safety copy.

    ``source`` must be a sound LSA Desktop database whose schema this app knows (an older one is
    upgraded at the next start, after its own automatic backup). What the live path held is kept
    first (see :func:`_set_aside`); ``None`` is returned when there was nothing there. The backup
    API then writes the source INTO the live database under SQLite's own locking, so a reader never
    sees half of each. Takes the instance lock: refused while the app is open on that database.
    """
    live = sqlite_path(url)
    if live is None:
        raise InvalidInput(f"restore works on an SQLite file; {_shown(url)} is not one.")
    source = Path(source).expanduser().resolve()
    if _is_part_of(source, live):
        raise InvalidInput(f"{source} is the database itself: choose a backup file to restore.")
    _check_backup_file(source)
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise_if_known(exc, live.parent)
        raise
    with InstanceLock(live):
        kept = _set_aside(live)
        try:
            _copy_into(source, live)
        except (sqlite3.Error, OSError) as exc:
            raise_if_known(exc, live)
            raise
    log.info("restored %s from %s (what was there is now %s)", live, source, kept)
    return kept


def _copy_into(source: Path, live: Path) -> None:
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(live, timeout=5.0)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def check_database(url: str) -> CheckReport:
    """Integrity, references, schema, journal mode, size and row counts, without writing."""
    path = _database_file(url)
    lines = [f"Database: {path} ({_size_text(path)})", f"Journal mode: {_journal_mode(path)}"]
    try:
        conn = connect_read_only(path)
        try:
            ok = _check_contents(conn, lines)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        lines.extend([f"Integrity: cannot be read ({exc})", _restore_advice()])
        ok = False
    return CheckReport(ok=ok, lines=lines)


def _restore_advice() -> str:
    return (
        "Restore a backup with: lsa-desktop restore FILE (automatic backups are in "
        f"{paths.backups_dir()})."
    )


def _check_contents(conn: sqlite3.Connection, lines: list[str]) -> bool:
    rows = [row[0] for row in conn.execute(f"PRAGMA integrity_check({_PROBLEMS_SHOWN})")]
    if rows == ["ok"]:
        lines.append("Integrity: ok")
    else:
        # One row may hold several problems, one per line, under a "*** in database ***" title.
        problems = [p for row in rows for p in row.splitlines() if not p.startswith("***")]
        lines.append("Integrity: damaged")
        lines.extend(f"  {problem}" for problem in problems[:_PROBLEMS_SHOWN])
        lines.append(_restore_advice())
        return False  # the rest would read damaged pages

    broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    lines.append("References: ok" if not broken else f"References: {broken} broken reference(s)")

    status = read_status(conn)
    if status.is_newer:
        lines.append(
            f"Schema: {status.current}, written by a newer version of LSA Desktop "
            f"(this one knows up to {status.head}); install that version or newer"
        )
    elif status.is_new:
        lines.append("Schema: none yet (an empty database; created at the next start)")
    elif status.current is None:
        lines.append("Schema: none (this is not an LSA Desktop database)")
    elif status.needs_upgrade:
        lines.append(f"Schema: {status.current}, upgraded to {status.head} at the next start")
    else:
        lines.append(f"Schema: {status.current} (up to date)")
    usable = not status.is_newer and (status.is_new or status.current is not None)

    lines.extend(_row_counts(conn))
    return usable and not broken


def _row_counts(conn: sqlite3.Connection) -> list[str]:
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    tables = [name for name in MAIN_TABLES if name in present]
    if not tables:
        return []
    width = max(len(name) for name in tables)
    counts = ["Rows:"]
    for name in tables:
        (count,) = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        counts.append(f"  {name:<{width}}  {count:>9,}")
    return counts


def _journal_mode(path: Path) -> str:
    """Read from the file header: an immutable connection always reports ``delete``."""
    with path.open("rb") as f:
        header = f.read(20)
    if len(header) < 20 or not header.startswith(SQLITE_HEADER):
        return "unknown"
    return "wal" if header[18] == 2 else "rollback journal"


def _size_text(path: Path) -> str:
    files = (path, path.with_name(path.name + "-wal"))
    size = sum(f.stat().st_size for f in files if f.exists())
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):,.1f} MB"
