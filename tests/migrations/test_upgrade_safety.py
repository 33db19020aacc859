"""An upgrade is preceded by a backup and runs in one transaction: all of it, or nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from lsa_desktop import paths
from lsa_desktop.errors import DiskFull, NewerSchema
from lsa_desktop.store import migrate
from lsa_desktop.store.migrate import AUTOMATIC_BACKUPS_KEPT, file_status, open_database

FIRST_SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite3"
APP_SCRIPTS = paths.migrations_dir()

ADD_CALLSIGN = """
with op.batch_alter_table("mission") as batch_op:
    batch_op.add_column(sa.Column("callsign", sa.String(20), nullable=False, server_default=""))
op.execute("UPDATE mission SET callsign = 'HAWK'")
"""

FAIL_HALFWAY = """
op.create_table("convoy", sa.Column("id", sa.Integer, primary_key=True))
with op.batch_alter_table("mission") as batch_op:
    batch_op.add_column(sa.Column("callsign", sa.String(20), nullable=True))
op.execute("UPDATE mission SET name = 'changed'")
raise RuntimeError("the migration failed halfway")
"""


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _contents(path: Path) -> list[str]:
    """The whole database as SQL text: schema, rows and stamped revision."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _backups() -> list[Path]:
    return sorted(paths.backups_dir().iterdir())


def test_a_new_database_gets_every_revision_and_no_backup(add_revision, tmp_path):
    head = add_revision("0002", ADD_CALLSIGN)
    path = tmp_path / "fresh.sqlite3"
    open_database(_url(path)).dispose()
    assert file_status(path).current == head
    assert _backups() == []


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_schema(add_revision, saved_database):
    live = saved_database(FIRST_SCHEMA)
    before = _contents(live)
    head = add_revision("0002", ADD_CALLSIGN)

    open_database(_url(live)).dispose()

    assert file_status(live).current == head
    conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    assert conn.execute("SELECT code, callsign FROM mission").fetchall() == [("MSS", "HAWK")]
    conn.close()
    [backup] = _backups()
    assert backup.name.startswith("lsa-lsa-before-0002-")
    assert backup.suffix == ".sqlite3"
    assert _contents(backup) == before  # the backup is the database as it was


def test_no_backup_when_the_caller_says_so(add_revision, saved_database):
    live = saved_database(FIRST_SCHEMA)
    add_revision("0002", ADD_CALLSIGN)
    open_database(_url(live), backup=False).dispose()
    assert _backups() == []


def test_only_the_newest_automatic_backups_are_kept(add_revision, saved_database):
    folder = paths.backups_dir()
    old = [folder / f"lsa-lsa-before-0001-2024010{n % 10}-00000{n}.sqlite3" for n in range(12)]
    for age, path in enumerate(old):
        path.write_bytes(b"old backup")
        os.utime(path, (1_700_000_000 + age, 1_700_000_000 + age))
    others = [folder / "lsa-other-before-0001-20240101-000000.sqlite3", folder / "mine.sqlite3"]
    for path in others:
        path.write_bytes(b"not ours to prune")
    live = saved_database(FIRST_SCHEMA)
    add_revision("0002", ADD_CALLSIGN)

    open_database(_url(live)).dispose()

    kept = [p for p in _backups() if p.name.startswith("lsa-lsa-before-")]
    assert len(kept) == AUTOMATIC_BACKUPS_KEPT
    assert sum(p.name.startswith("lsa-lsa-before-0002-") for p in kept) == 1
    assert set(old[-(AUTOMATIC_BACKUPS_KEPT - 1) :]) <= set(kept)  # the oldest went first
    assert all(path.exists() for path in others)


def test_a_migration_that_fails_halfway_leaves_the_database_as_it_was(add_revision, saved_database):
    live = saved_database(FIRST_SCHEMA)
    before_bytes, before = live.read_bytes(), _contents(live)
    add_revision("0002", FAIL_HALFWAY)

    with pytest.raises(RuntimeError, match="failed halfway"):
        open_database(_url(live))

    assert _contents(live) == before
    assert live.read_bytes() == before_bytes
    assert sorted(p.name for p in live.parent.iterdir() if p.name.startswith("lsa.")) == [
        "lsa.sqlite3"
    ]


def test_no_room_for_the_backup_means_no_upgrade(add_revision, saved_database, monkeypatch):
    live = saved_database(FIRST_SCHEMA)
    before = live.read_bytes()
    add_revision("0002", ADD_CALLSIGN)

    def disk_full(_source: Path, dest: Path) -> None:
        dest.write_bytes(b"half a backup")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrate, "copy_database", disk_full)
    with pytest.raises(DiskFull, match="The disk is full"):
        open_database(_url(live))
    assert live.read_bytes() == before
    assert _backups() == []  # no partial backup left behind


def test_a_database_upgraded_by_a_newer_app_is_refused_by_this_one(
    add_revision, saved_database, monkeypatch
):
    live = saved_database(FIRST_SCHEMA)
    add_revision("0002", ADD_CALLSIGN)
    open_database(_url(live)).dispose()  # the newer app upgrades it
    monkeypatch.setattr(paths, "migrations_dir", lambda: APP_SCRIPTS)  # this app stops at 0001
    after_upgrade = live.read_bytes()

    with pytest.raises(NewerSchema, match="newer version of LSA Desktop"):
        open_database(_url(live))
    assert live.read_bytes() == after_upgrade
