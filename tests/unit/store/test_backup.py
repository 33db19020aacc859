"""backup, restore and check on real database files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lsa_desktop import paths
from lsa_desktop.errors import (
    AlreadyRunning,
    DatabaseCorrupt,
    DiskFull,
    InvalidInput,
    NewerSchema,
    NotADatabase,
)
from lsa_desktop.store import backup as backup_module
from lsa_desktop.store.backup import backup_database, check_database, restore_database
from lsa_desktop.store.integrity import quick_check
from lsa_desktop.store.migrate import file_status, head_revision, open_database
from lsa_desktop.store.models import Mission


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _add_missions(path: Path, *codes: str) -> None:
    store = open_database(_url(path))
    try:
        with store.write() as session:
            for code in codes:
                session.add(Mission(code=code, name=f"Mission {code}"))
    finally:
        store.dispose()


def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()


# --- backup ----------------------------------------------------------------------------------


def test_backup_is_a_sound_single_file_copy(make_database, mission_codes, db_path, tmp_path):
    make_database("MSS", "GSF")
    out = backup_database(_url(db_path), tmp_path / "copies" / "monday.sqlite3")
    assert out == (tmp_path / "copies" / "monday.sqlite3").resolve()
    assert mission_codes(out) == ["GSF", "MSS"]
    assert quick_check(out) == []
    assert file_status(out).current == head_revision()
    assert out.read_bytes()[18] == 1  # rollback journal: no -wal needed to read it
    assert sorted(p.name for p in out.parent.iterdir()) == ["monday.sqlite3"]  # no partial left


def test_backup_of_a_database_in_use_includes_what_is_only_in_the_wal(db_path, tmp_path):
    store = open_database(_url(db_path))
    try:
        with store.write() as session:
            session.add(Mission(code="MSS", name="Multinational Security Support"))
        assert db_path.with_name("lsa.sqlite3-wal").exists()  # the row is in the log, live
        out = backup_database(_url(db_path), tmp_path / "live.sqlite3")
    finally:
        store.dispose()
    conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    assert conn.execute("SELECT code FROM mission").fetchall() == [("MSS",)]
    conn.close()


def test_backup_into_a_folder_gets_a_dated_name(make_database, db_path, tmp_path):
    make_database("MSS")
    folder = tmp_path / "usb"
    folder.mkdir()
    out = backup_database(_url(db_path), folder)
    assert out.parent == folder.resolve()
    assert out.name.startswith("lsa-lsa-") and out.suffix == ".sqlite3"


@pytest.mark.parametrize("name", ["lsa.sqlite3", "lsa.sqlite3-wal"])
def test_backup_refuses_to_overwrite_the_live_database(make_database, db_path, name):
    make_database("MSS")
    before = db_path.read_bytes()
    with pytest.raises(InvalidInput, match="is the database itself"):
        backup_database(_url(db_path), db_path.parent / name)
    assert db_path.read_bytes() == before


def test_backup_of_a_missing_database_is_a_sentence(db_path, tmp_path):
    with pytest.raises(InvalidInput, match="There is no database at"):
        backup_database(_url(db_path), tmp_path / "out.sqlite3")


def test_backup_on_a_full_disk_says_so_and_leaves_no_partial_file(
    make_database, db_path, tmp_path, monkeypatch
):
    make_database("MSS")

    def disk_full(_source: Path, dest: Path) -> None:
        dest.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "copy_database", disk_full)
    out = tmp_path / "out" / "copy.sqlite3"
    with pytest.raises(DiskFull, match="The disk is full"):
        backup_database(_url(db_path), out)
    assert list(out.parent.iterdir()) == []


def test_an_unknown_failure_stays_a_bug(make_database, db_path, tmp_path, monkeypatch):
    make_database("MSS")

    def odd(_source: Path, _dest: Path) -> None:
        raise sqlite3.OperationalError("something nobody foresaw")

    monkeypatch.setattr(backup_module, "copy_database", odd)
    with pytest.raises(sqlite3.OperationalError, match="nobody foresaw"):
        backup_database(_url(db_path), tmp_path / "copy.sqlite3")


def test_backup_of_a_non_sqlite_url_is_refused_without_showing_the_password():
    with pytest.raises(InvalidInput, match="work on an SQLite file") as caught:
        backup_database("postgresql://officer:s3cret@server/lsa", Path("out.sqlite3"))
    assert "s3cret" not in str(caught.value)


# --- restore ---------------------------------------------------------------------------------


def test_restore_brings_back_the_backed_up_state(make_database, mission_codes, db_path, tmp_path):
    make_database("MSS")
    saved = backup_database(_url(db_path), tmp_path / "saved.sqlite3")
    _add_missions(db_path, "GSF")
    assert mission_codes(db_path) == ["GSF", "MSS"]

    safety = restore_database(saved, _url(db_path))

    assert mission_codes(db_path) == ["MSS"]
    assert safety is not None and safety.parent == paths.backups_dir()
    assert safety.name.startswith("lsa-lsa-before-restore-")
    assert mission_codes(safety) == ["GSF", "MSS"]  # what was replaced is kept
    store = open_database(_url(db_path))  # and the app starts on it as usual
    store.dispose()


def test_restore_into_an_empty_place_creates_the_database(make_database, mission_codes, tmp_path):
    saved = make_database("MSS", path=tmp_path / "saved.sqlite3")
    live = tmp_path / "elsewhere" / "lsa.sqlite3"
    assert restore_database(saved, _url(live)) is None
    assert mission_codes(live) == ["MSS"]


def test_restore_over_a_damaged_database_moves_it_aside(
    make_database, mission_codes, db_path, tmp_path, damage
):
    saved = make_database("MSS", path=tmp_path / "saved.sqlite3")
    make_database("GSF")
    damage(db_path)
    damaged = db_path.read_bytes()

    kept = restore_database(saved, _url(db_path))

    assert mission_codes(db_path) == ["MSS"]
    assert kept is not None and kept.name.startswith("lsa-lsa-damaged-")
    assert kept.read_bytes() == damaged  # the damaged file is kept as it was, for recovery


def _make_text_file(path: Path) -> None:
    path.write_text("not a database", encoding="utf-8")


def _make_empty_file(path: Path) -> None:
    path.touch()


def _make_foreign_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()


def _make_empty_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")  # writes the header: an SQLite file with no table
    conn.close()


@pytest.mark.parametrize(
    ("make_source", "error", "words"),
    [
        (_make_text_file, NotADatabase, "not an SQLite file"),
        (_make_empty_file, NotADatabase, "it is empty"),
        (_make_foreign_database, NotADatabase, "not an LSA Desktop one"),
        (_make_empty_database, NotADatabase, "holds no LSA Desktop data"),
    ],
)
def test_restore_refuses_a_file_that_is_no_backup(
    make_database, mission_codes, db_path, tmp_path, make_source, error, words
):
    make_database("MSS")
    live = db_path.read_bytes()
    source = tmp_path / "source.sqlite3"
    make_source(source)
    with pytest.raises(error, match=words):
        restore_database(source, _url(db_path))
    assert db_path.read_bytes() == live
    assert list(paths.backups_dir().iterdir()) == []


def test_restore_refuses_a_damaged_backup(make_database, db_path, tmp_path, damage):
    make_database("MSS")
    live = db_path.read_bytes()
    source = make_database("GSF", path=tmp_path / "source.sqlite3")
    damage(source)
    with pytest.raises(DatabaseCorrupt, match="Choose another backup"):
        restore_database(source, _url(db_path))
    assert db_path.read_bytes() == live


def test_restore_refuses_a_backup_from_a_newer_app(make_database, db_path, tmp_path):
    make_database("MSS")
    live = db_path.read_bytes()
    source = make_database("GSF", path=tmp_path / "source.sqlite3")
    _stamp(source, "f00dfeed")
    with pytest.raises(NewerSchema, match="install that version or newer"):
        restore_database(source, _url(db_path))
    assert db_path.read_bytes() == live


def test_restore_of_a_missing_file_is_a_sentence(make_database, db_path, tmp_path):
    make_database("MSS")
    with pytest.raises(InvalidInput, match="There is no backup file at"):
        restore_database(tmp_path / "nowhere.sqlite3", _url(db_path))


def test_restore_refuses_the_live_database_as_its_own_backup(make_database, db_path):
    make_database("MSS")
    with pytest.raises(InvalidInput, match="is the database itself"):
        restore_database(db_path, _url(db_path))


def test_restore_is_refused_while_the_app_runs_on_the_database(
    make_database, mission_codes, db_path, tmp_path, lock_holder
):
    saved = make_database("MSS", path=tmp_path / "saved.sqlite3")
    make_database("GSF")
    running = lock_holder(db_path)
    with pytest.raises(AlreadyRunning, match=f"process {running.pid}"):
        restore_database(saved, _url(db_path))
    assert mission_codes(db_path) == ["GSF"]


# --- check -----------------------------------------------------------------------------------


def test_check_reports_a_sound_database(make_database, db_path):
    make_database("MSS", "GSF")
    report = check_database(_url(db_path))
    assert report.ok
    assert report.lines[0].startswith(f"Database: {db_path} (")
    assert "Journal mode: wal" in report.lines
    assert "Integrity: ok" in report.lines
    assert "References: ok" in report.lines
    assert f"Schema: {head_revision()} (up to date)" in report.lines
    assert any(line.split() == ["mission", "2"] for line in report.lines)
    assert any(line.split() == ["person", "0"] for line in report.lines)


def test_check_writes_nothing(make_database, db_path):
    make_database("MSS")
    before, listing = db_path.read_bytes(), sorted(db_path.parent.iterdir())
    check_database(_url(db_path))
    assert db_path.read_bytes() == before
    assert sorted(db_path.parent.iterdir()) == listing


def test_check_reports_damage_and_says_to_restore(make_database, db_path, damage):
    make_database("MSS", "GSF")
    damage(db_path)
    report = check_database(_url(db_path))
    assert not report.ok
    assert any(line.startswith("Integrity: ") and line != "Integrity: ok" for line in report.lines)
    assert report.lines[-1].startswith("Restore a backup with: lsa-desktop restore FILE")
    assert str(paths.backups_dir()) in report.lines[-1]


def test_check_reports_broken_references(make_database, db_path):
    make_database("MSS")
    conn = sqlite3.connect(db_path)  # foreign keys are off on a bare connection
    conn.execute(
        "INSERT INTO contingent (id, created_at, updated_at, created_by, updated_by, archived,"
        " mission_id, country_code, name) VALUES ('c0', '2025-01-01 00:00:00.000000',"
        " '2025-01-01 00:00:00.000000', 't', 't', 0, 'no-such-mission', 'KE', 'Kenya')"
    )
    conn.commit()
    conn.close()
    report = check_database(_url(db_path))
    assert not report.ok
    assert "References: 1 broken reference(s)" in report.lines


def test_check_reports_a_newer_schema(make_database, db_path):
    make_database("MSS")
    _stamp(db_path, "f00dfeed")
    report = check_database(_url(db_path))
    assert not report.ok
    assert any("written by a newer version of LSA Desktop" in line for line in report.lines)


def test_check_of_a_text_file_is_refused(db_path):
    db_path.write_text("hello", encoding="utf-8")
    with pytest.raises(NotADatabase):
        check_database(_url(db_path))
