"""``lsa-desktop export KIND OUT.xlsx [--empty]`` as a person runs it."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
import python_calamine

from lsa_desktop.cli import main
from lsa_desktop.cli_export import run_export_command
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.services import Services
from lsa_desktop.settings import Settings
from lsa_desktop.store.models import EquipmentCategory


def header_and_count(path: Path) -> tuple[list, int]:
    """The first sheet's header row and how many rows are below it."""
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return rows[0], len(rows) - 1


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-export")
    db = folder / "mission.sqlite3"
    assert main(["--db", str(db), "--data-dir", str(folder / "data"), "demo"]) == 0
    return db


def test_export_writes_the_records_and_says_how_many(demo_db, tmp_path, capsys):
    out = tmp_path / "roll.xlsx"
    capsys.readouterr()
    assert main(["--db", str(demo_db), "export", "personnel", str(out)]) == 0

    with sqlite3.connect(demo_db) as db:
        (officers,) = db.execute("SELECT count(*) FROM person WHERE NOT archived").fetchone()
    assert capsys.readouterr().out == f"Wrote {officers:,} rows of personnel to {out}.\n"
    assert header_and_count(out) == (list(KINDS["personnel"].headers), officers)


def test_export_empty_writes_a_blank_template(demo_db, tmp_path, capsys):
    out = tmp_path / "units.xlsx"
    capsys.readouterr()
    assert main(["--db", str(demo_db), "export", "units", str(out), "--empty"]) == 0
    assert capsys.readouterr().out == f"Wrote a blank units template to {out}.\n"
    assert header_and_count(out) == (list(KINDS["units"].headers), 0)


def test_a_file_that_cannot_be_written_is_one_sentence(demo_db, tmp_path, capsys):
    out = tmp_path / "missing-folder" / "units.xlsx"
    capsys.readouterr()
    assert main(["--db", str(demo_db), "export", "units", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"lsa-desktop: Cannot write {out}: ")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_one_row_is_a_row(tmp_store, tmp_path, capsys):
    with tmp_store.write() as session:
        session.add(EquipmentCategory(code="COMMS", name="Communications", critical=True))
    out = tmp_path / "categories.xlsx"
    args = argparse.Namespace(kind="equipment-categories", out=out, empty=False)
    assert run_export_command(args, Services(tmp_store), Settings(user_name="Sgt. Achieng")) == 0
    assert capsys.readouterr().out == f"Wrote 1 row of equipment categories to {out}.\n"
