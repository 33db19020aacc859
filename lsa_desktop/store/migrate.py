"""Opening a database safely at start: refuse what is not ours, back up, then upgrade in one go.

The start-up path (:func:`open_database`) never writes to a file it has not recognised:

1. a file that is empty or does not start with SQLite's header is refused and left as it was;
2. ``PRAGMA quick_check`` runs on a read-only connection; damage is refused before any write;
3. a schema stamped by a newer app (a revision this app's scripts do not know) is refused;
4. before an upgrade of a database that holds a schema, an automatic backup is taken with SQLite's
   backup API (never a file copy, which could catch a half-written page or miss the WAL);
5. every pending revision then runs in ONE ``BEGIN IMMEDIATE`` transaction on one connection, so a
   revision that fails halfway leaves the database exactly as it was (SQLite has transactional DDL).

Start-up cost: on a database already at the head revision (every start but the first after an
update), Alembic is not imported at all: the stamped revision, read with plain ``sqlite3``, is
compared with the head read from the version files' ``revision`` lines (:func:`head_from_files`).
``quick_check`` reads the whole file (about 1.8 s on a 1.3 GB database): the window starts it on a
thread of its own (:class:`IntegrityCheck`) while it imports its modules, and waits for its verdict
before anything is written or shown.

:mod:`lsa_desktop.store.backup` reuses the checks and the copy for ``backup``, ``restore`` and
``check``.
"""

from __future__ import annotations

import errno
import glob
import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from lsa_desktop import paths
from lsa_desktop.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    NewerSchema,
    NotADatabase,
    ReadOnly,
    UserError,
)
from lsa_desktop.store.engine import Store, sqlite_path, translate_operational_error
from lsa_desktop.store.integrity import (
    IntegrityCheck,
    check_sqlite_file,
    connect_read_only,
    ensure_intact,
    quick_check,
)

if TYPE_CHECKING:  # Alembic is imported only when a schema is created, upgraded or inspected
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
# Alembic announces each of its plugins at INFO on every run; the log needs only the upgrades.
logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)

AUTOMATIC_BACKUPS_KEPT = 10
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database's schema stands against this app's migration scripts."""

    current: str | None  # the stamped revision; None when there is no schema yet
    head: str  # the newest revision this app knows
    is_new: bool  # no tables at all: nothing to back up
    needs_upgrade: bool
    is_newer: bool  # stamped with a revision this app does not know: written by a newer app


# --- Alembic ------------------------------------------------------------------------------------


def alembic_config() -> Config:
    """Alembic's configuration, built in code: the app ships no ``alembic.ini``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# ``revision = "0001"`` / ``down_revision: str | None = "0001"`` lines of a version file.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"'\s]+)["']""")


def head_from_files() -> str | None:
    """The head revision, read from the version files without importing Alembic.

    Each file's ``revision`` and ``down_revision`` lines are read; the head is the one revision
    that no file names as its parent. Returns None whenever the files do not give exactly that
    (no files, a file without a plain ``revision`` line, a branch): Alembic then decides. Only
    used to tell that a database is already at the head, the common case at start.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for file in (paths.migrations_dir() / "versions").glob("*.py"):
            if file.name.startswith("__"):
                continue
            lines: dict[str, str] = {}
            for match in _REVISION_LINE.finditer(file.read_text(encoding="utf-8")):
                lines.setdefault(match.group(1), match.group(2))
            ids = _QUOTED.findall(lines.get("revision", ""))
            if len(ids) != 1:
                return None
            revisions.add(ids[0])
            parents.update(_QUOTED.findall(lines.get("down_revision", "")))
    except (OSError, UnicodeDecodeError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def head_revision() -> str:
    """The newest revision of this app's schema (one head: the history is kept linear)."""
    head = _scripts().get_current_head()
    assert head is not None, "db/migrations/versions holds no revision"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def _status(current: str | None, has_tables: bool) -> SchemaStatus:
    if current is not None and current == head_from_files():  # up to date: no Alembic needed
        return SchemaStatus(
            current=current, head=current, is_new=False, needs_upgrade=False, is_newer=False
        )
    scripts = _scripts()
    head = scripts.get_current_head()
    assert head is not None, "db/migrations/versions holds no revision"
    known = {script.revision for script in scripts.walk_revisions()}
    newer = current is not None and current not in known
    return SchemaStatus(
        current=current,
        head=head,
        is_new=not has_tables,
        needs_upgrade=not newer and current != head,
        is_newer=newer,
    )


def read_status(conn: sqlite3.Connection) -> SchemaStatus:
    """The schema status of the database behind an sqlite3 connection."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if VERSION_TABLE not in tables:
        return _status(None, has_tables=bool(tables))
    row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return _status(row[0] if row else None, has_tables=True)


def file_status(path: Path) -> SchemaStatus:
    """The schema status of an SQLite file, read without writing; a missing file is new."""
    if not path.exists():
        return _status(None, has_tables=False)
    check_sqlite_file(path)
    conn = connect_read_only(path)
    try:
        return read_status(conn)
    finally:
        conn.close()


def schema_status(url: str) -> SchemaStatus:
    """Where the database at ``url`` stands: for ``check``, and to decide whether to upgrade."""
    path = sqlite_path(url)
    if path is not None:
        return file_status(path)
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(conn.dialect.get_table_names(conn))
    finally:
        engine.dispose()
    return _status(current, has_tables)


def refuse_unusable(where: Path | str, status: SchemaStatus) -> None:
    """Refuse a schema written by a newer app, or tables that are not an LSA Desktop schema."""
    if status.is_newer:
        raise NewerSchema(
            f"{where} was written by a newer version of LSA Desktop (schema {status.current}; "
            f"this version knows up to {status.head}); install that version or newer. "
            "The file was left untouched."
        )
    if status.current is None and not status.is_new:
        raise NotADatabase(
            f"{where} is an SQLite database but not an LSA Desktop one (it has no schema "
            "version). Choose another file with --db, or move it away."
        )


# --- Copies -------------------------------------------------------------------------------------


def raise_if_known(exc: BaseException, path: Path) -> None:
    """Raise the sentence for a known failure of sqlite3 or of the file system at ``path``.

    Returns for anything else, which the caller then re-raises as the bug it is.
    """
    if isinstance(exc, OperationalError):
        translated = translate_operational_error(exc)
        if isinstance(translated, UserError):
            raise translated from exc
        return
    if isinstance(exc, OSError):
        full = exc.errno == errno.ENOSPC
        denied = exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
        busy = False
    elif isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        full = "full" in text
        denied = "readonly" in text or "unable to open" in text
        busy = "locked" in text or "busy" in text
    else:
        return
    if full:
        raise DiskFull(
            f"The disk is full while writing {path}. Free some space and try again."
        ) from exc
    if denied:
        raise ReadOnly(f"{path} cannot be written (permission denied or read-only disk).") from exc
    if busy:
        raise DatabaseLocked(
            f"{path} is busy: another program is writing to it. Wait a moment and try again."
        ) from exc


def copy_database(source: Path, dest: Path) -> None:
    """Copy a database, live or not, into a new file ``dest`` with SQLite's backup API.

    The source is read in one consistent snapshot (WAL content included). The copy is switched to
    the rollback journal so that it is one self-contained file, and checked before it is trusted.
    """
    src = sqlite3.connect(source, timeout=5.0)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    problems = quick_check(dest)
    if problems:
        raise DatabaseCorrupt(
            f"The copy of {source} failed SQLite's check ({problems[0]}); the database itself may "
            "be damaged. Run lsa-desktop check."
        )


def automatic_backup(db_path: Path, label: str) -> Path:
    """Back ``db_path`` up into the backups folder as ``lsa-<stem>-before-<label>-<time>.sqlite3``.

    Only the newest :data:`AUTOMATIC_BACKUPS_KEPT` automatic backups of each database are kept;
    backups the person makes with ``lsa-desktop backup`` are never pruned.
    """
    try:
        folder = paths.backups_dir()
    except OSError as exc:
        raise_if_known(exc, paths.user_data_dir() / "backups")
        raise
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = folder / f"lsa-{db_path.stem}-before-{label}-{stamp}.sqlite3"
    n = 1
    while dest.exists():  # two backups within one second
        n += 1
        dest = folder / f"lsa-{db_path.stem}-before-{label}-{stamp}-{n}.sqlite3"
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        copy_database(db_path, partial)
        partial.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        raise_if_known(exc, dest)
        raise
    finally:
        partial.unlink(missing_ok=True)
    log.info("backed up %s to %s", db_path, dest)
    _prune_automatic_backups(folder, db_path.stem)
    return dest


def _prune_automatic_backups(folder: Path, stem: str) -> None:
    pattern = f"lsa-{glob.escape(stem)}-before-*.sqlite3"
    backups = sorted(folder.glob(pattern), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for old in backups[:-AUTOMATIC_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
        log.info("removed old automatic backup %s", old)


# --- Upgrading ----------------------------------------------------------------------------------


def _migration_engine(url: str) -> Engine:
    """An engine for one migration connection: ``BEGIN IMMEDIATE``, foreign keys off.

    Foreign keys are off because batch migrations on SQLite rebuild tables (create, copy, drop,
    rename), and a drop with foreign keys on would delete or refuse rows that point at the table.
    References are checked with ``PRAGMA foreign_key_check`` before the commit instead.
    """
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 5.0})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event below issues BEGIN
        dbapi_conn.execute("PRAGMA busy_timeout=5000")
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _broken_references(conn: Connection) -> int:
    return len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply every pending revision up to ``target`` in one transaction on one connection."""
    from alembic import command

    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn, conn.begin():
        before = _broken_references(conn) if is_sqlite else 0
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        if is_sqlite and _broken_references(conn) > before:
            raise RuntimeError(
                "a migration left rows pointing at missing rows; nothing was changed"
            )


def open_database(
    url: str, *, backup: bool = True, integrity: IntegrityCheck | None = None
) -> Store:
    """The start-up path: check the database, back it up, upgrade it, and hand back its Store.

    Raises a :class:`~lsa_desktop.errors.UserError` subclass, with nothing written, for a file
    that is not an SQLite database, a damaged one, or one written by a newer app. The caller holds
    the :class:`~lsa_desktop.store.lock.InstanceLock` first, so that no other instance is upgrading
    or using the same file meanwhile. ``integrity`` is the file's ``quick_check`` if the caller
    started it earlier (:class:`IntegrityCheck`); otherwise it runs here.
    """
    path = sqlite_path(url)
    if path is None:  # another server, or SQLite in memory: the Store's own engine migrates it
        status = schema_status(url)
        refuse_unusable(make_url(url).render_as_string(hide_password=True), status)
        store = Store(url)
        if status.needs_upgrade:
            upgrade(store.engine)
        return store

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise_if_known(exc, path.parent)
        raise
    if path.exists():
        check_sqlite_file(path)
        ensure_intact(path, integrity)
    status = file_status(path)
    refuse_unusable(path, status)
    if status.needs_upgrade:
        if backup and not status.is_new:
            automatic_backup(path, status.head)
        _upgrade_file(url, path, status)
    return Store(url)


def _upgrade_file(url: str, path: Path, status: SchemaStatus) -> None:
    engine = _migration_engine(url)
    try:
        upgrade(engine)
    except OperationalError as exc:
        raise_if_known(exc, path)
        raise
    finally:
        engine.dispose()
    log.info("upgraded %s from schema %s to %s", path, status.current or "(none)", status.head)
