"""The start-up path refuses what it must not touch, and leaves it exactly as it found it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lsa_desktop import paths
from lsa_desktop.errors import DatabaseCorrupt, NewerSchema, NotADatabase, ReadOnly
from lsa_desktop.store.integrity import check_sqlite_file
from lsa_desktop.store.migrate import (
    file_status,
    head_revision,
    open_database,
    schema_status,
)


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _assert_refused_untouched(path: Path, error: type[Exception], *words: str) -> str:
    """open_database raises ``error`` and the file and its folder are exactly as they were."""
    before, listing = path.read_bytes(), _folder(path)
    with pytest.raises(error) as caught:
        open_database(_url(path))
    assert path.read_bytes() == before
    assert _folder(path) == listing  # no -wal, -shm or -journal beside it
    message = str(caught.value)
    assert str(path) in message
    for word in words:
        assert word in message
    return message


def test_zero_length_file_is_refused_and_left_as_it_was(db_path):
    db_path.touch()
    message = _assert_refused_untouched(db_path, NotADatabase, "it is empty", "--db")
    assert message == (
        f"{db_path} is not an LSA Desktop database (it is empty). "
        "Choose another file with --db, or move it away."
    )


def test_text_file_is_refused_and_left_as_it_was(db_path):
    db_path.write_text("service_number,surname\n0012345,Otieno\n", encoding="utf-8")
    _assert_refused_untouched(db_path, NotADatabase, "not an SQLite file", "move it away")


def test_a_folder_at_the_database_path_is_refused(db_path):
    db_path.mkdir()
    with pytest.raises(NotADatabase, match="is a folder"):
        open_database(_url(db_path))


def test_unreadable_file_is_a_sentence_not_a_traceback(db_path, monkeypatch):
    db_path.write_bytes(b"SQLite format 3\x00")

    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ReadOnly, match="cannot be read: permission denied"):
        check_sqlite_file(db_path)


def test_sqlite_file_of_another_program_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _assert_refused_untouched(db_path, NotADatabase, "not an LSA Desktop one")


def test_schema_of_a_newer_app_is_refused_and_left_as_it_was(make_database, db_path):
    make_database("MSS")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.commit()
    conn.close()
    message = _assert_refused_untouched(db_path, NewerSchema, "install that version or newer")
    assert "newer version of LSA Desktop" in message
    status = schema_status(_url(db_path))
    assert status.is_newer and not status.needs_upgrade


def test_damaged_database_is_refused_with_nothing_written(make_database, db_path, damage):
    make_database("MSS", "GSF")
    damage(db_path)
    message = _assert_refused_untouched(db_path, DatabaseCorrupt, "Restore a backup")
    assert str(paths.backups_dir()) in message
    assert list(paths.backups_dir().iterdir()) == []


def test_missing_folders_are_created_and_the_new_database_is_at_head(tmp_path):
    path = tmp_path / "new" / "deeper" / "lsa.sqlite3"
    store = open_database(_url(path))
    store.dispose()
    status = file_status(path)
    assert status.current == head_revision()
    assert not status.needs_upgrade and not status.is_new
    assert list(paths.backups_dir().iterdir()) == []  # nothing to back up in a new database


def test_reopening_a_current_database_changes_nothing(make_database, mission_codes, db_path):
    make_database("MSS")
    open_database(_url(db_path)).dispose()
    assert mission_codes(db_path) == ["MSS"]
    assert list(paths.backups_dir().iterdir()) == []  # no upgrade, no backup


def test_in_memory_database_is_migrated_on_the_stores_own_connection():
    store = open_database("sqlite://")
    try:
        with store.read() as session:
            tables = session.connection().exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('person', 'alembic_version')"
            )
            assert tables.scalar() == 2
    finally:
        store.dispose()
