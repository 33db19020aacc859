"""The engine, its pragmas, and the one-writer rule.

SQLite runs with WAL, ``synchronous=FULL``, ``foreign_keys=ON`` and ``busy_timeout=5000``. Reads
open their own sessions (deferred transactions, so they never block the writer); every write goes
through :meth:`Store.write`, which serialises writers in this process with a lock and opens the
transaction with ``BEGIN IMMEDIATE`` so that a second process waits instead of failing halfway.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

from lsa_desktop import paths
from lsa_desktop.errors import DatabaseLocked, DiskFull, ReadOnly

log = logging.getLogger(__name__)

_WRITE_OPTION = "lsa_write"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` / ``LSA_DB`` / the default into an SQLAlchemy URL."""
    value = os.fspath(db) if db else os.environ.get("LSA_DB") or ""
    if not value:
        return f"sqlite:///{paths.default_database_path()}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for an in-memory or non-SQLite database."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is broken).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA foreign_keys=ON")
        mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "memory" and mode != "wal":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
    finally:
        cur.close()


def _on_begin(conn: object) -> None:
    write = conn.get_execution_options().get(_WRITE_OPTION, False)  # type: ignore[attr-defined]
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")  # type: ignore[attr-defined]


def make_engine(url: str) -> Engine:
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    kwargs: dict[str, object] = {}
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 5.0}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    return engine


def translate_operational_error(exc: OperationalError) -> Exception:
    """Turn SQLite's known failures into sentences; anything else stays a bug."""
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            "The database is busy: another program is writing to it. Wait a moment and try again."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnly(
            "The database cannot be written (read-only file or folder). "
            "Check the file's permissions or open a copy."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull("The disk is full. Free some space and try again; nothing was saved.")
    return exc


class Store:
    """Owns the engine; hands out read sessions and the one write session at a time."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._write_lock = threading.RLock()
        self.user = "system"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed (closing it rolls back, without
        expiring the objects read, so plain values read from them stay usable)."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except OperationalError as exc:
                raise translate_operational_error(exc) from exc

    @contextlib.contextmanager
    def write(
        self, *, action: str | None = None, reverts: uuid.UUID | None = None
    ) -> Iterator[Session]:
        """One unit of work: ``BEGIN IMMEDIATE``, committed on success, rolled back on error.

        Every ORM change made in it is audited in the same transaction, as one change set of
        ``self.user`` (see :mod:`lsa_desktop.store.audit`); its id is ``session.info["lsa_change_id"]``.
        """
        # Imported here, not at the top: it loads every model, which a command that only reads,
        # and the window's first paint, do not need. The first write registers the hook.
        from lsa_desktop.store.audit import begin_audited

        with self._write_lock, Session(self._write_engine, expire_on_commit=False) as session:
            begin_audited(session, self.user, action=action, reverts=reverts)
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise translate_operational_error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def write_connection(self) -> Iterator[object]:
        """A Core connection in a ``BEGIN IMMEDIATE`` transaction, for bulk loads."""
        with self._write_lock:
            try:
                with self._write_engine.begin() as conn:
                    yield conn
            except OperationalError as exc:
                raise translate_operational_error(exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()
