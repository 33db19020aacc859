"""Fixtures for the start-up, lock and backup tests: real database files, a real second process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import lsa_desktop
from lsa_desktop.store.integrity import connect_read_only
from lsa_desktop.store.migrate import open_database
from lsa_desktop.store.models import Mission

_REPO_ROOT = Path(lsa_desktop.__file__).resolve().parent.parent

# A second instance of the app, reduced to its lock: takes it, says so, holds it until stdin ends.
_HOLD_LOCK = """
import sys
from pathlib import Path
from lsa_desktop.store.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
sys.stdin.read()
lock.release()
"""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lsa.sqlite3"


@pytest.fixture
def make_database(db_path: Path) -> Callable[..., Path]:
    """``make_database("A", "B")``: an LSA database at the head revision holding those missions."""

    def make(*codes: str, path: Path = db_path) -> Path:
        store = open_database(f"sqlite:///{path}", backup=False)
        try:
            with store.write() as session:
                for code in codes:
                    session.add(Mission(code=code, name=f"Mission {code}"))
        finally:
            store.dispose()
        return path

    return make


@pytest.fixture
def mission_codes() -> Callable[[Path], list[str]]:
    """The mission codes in a database file, read without writing anything."""

    def read(path: Path) -> list[str]:
        conn = connect_read_only(path)
        try:
            return [row[0] for row in conn.execute("SELECT code FROM mission ORDER BY code")]
        finally:
            conn.close()

    return read


@pytest.fixture
def damage() -> Callable[[Path], None]:
    """Overwrite, as a bad disk would, the b-tree header of the page holding the missions."""

    def overwrite(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal to recover
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='mission'").fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        conn.close()
        data = bytearray(path.read_bytes())
        start = (root - 1) * page_size
        assert 0 < start < len(data) - page_size  # a page in the middle of the file
        data[start : start + 48] = b"\xa5" * 48
        path.write_bytes(bytes(data))

    return overwrite


@pytest.fixture
def lock_holder() -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    """Start another process that holds the instance lock on a database until told to stop."""
    started: list[subprocess.Popen[str]] = []
    env = {**os.environ, "PYTHONPATH": str(_REPO_ROOT)}

    def start(db: Path) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", _HOLD_LOCK, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        started.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the child holds the lock (or dies)
        assert line.strip() == "locked", proc.communicate()[1]
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
