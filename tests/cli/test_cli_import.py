"""``lsa-desktop import`` as a person runs it, in a process of its own: the messy French roll
refused, its two bad rows sent back in an error report, fixed there and imported; what each run
prints and its exit code."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from lsa_desktop.cli_import import report_lines, summary
from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.model import ImportReport, Issue

FIXTURES = Path(__file__).parents[1] / "fixtures"
ROSTER = FIXTURES / "roster_fr_libreoffice.xlsx"

UNITS = [
    ["Code", "Name", "Type", "Contingent", "Parent unit", "Base", "Authorised strength",
     "Minimum operational strength"],
    ["KE-FPU-1", "Kenya Formed Police Unit 1", "FPU", "Kenya", None, "Port-au-Prince", 140, 120],
    ["KE-FPU-2", "Kenya Formed Police Unit 2", "FPU", "Kenya", None, "Port-au-Prince", 140, 120],
    ["KE-SWAT", "Kenya SWAT Team", "SWAT", "Kenya", None, "Port-au-Prince", 40, 32],
    ["JM-FPU", "Jamaica Formed Police Unit", "FPU", "Jamaica", None, "Gonaïves", 140, 120],
]  # fmt: skip


class Lsa:
    """The command line on one database, each call a new process."""

    def __init__(self, folder: Path) -> None:
        self.db = folder / "mission.sqlite3"
        self.data = folder / "data"
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.env.pop("LSA_DB", None)

    def __call__(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "lsa_desktop", "--db", str(self.db),
                   "--data-dir", str(self.data), *map(str, args)]  # fmt: skip
        return subprocess.run(
            command, capture_output=True, text=True, timeout=120, env=self.env, check=False
        )

    def officers(self) -> int:
        with sqlite3.connect(self.db) as connection:
            return connection.execute("SELECT count(*) FROM person").fetchone()[0]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for values in rows:
        book.active.append(values)
    book.save(path)
    return path


@pytest.fixture
def lsa(tmp_path: Path) -> Lsa:
    lsa = Lsa(tmp_path)
    done = lsa("import", "units", workbook(tmp_path / "units.xlsx", UNITS))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Contingent Kenya created.",
        "Contingent Jamaica created.",
        "Base Port-au-Prince created.",
        "Base Gonaïves created.",
        "Imported units from units.xlsx: 4 new, 0 updated, 0 unchanged, 0 skipped.",
    ]
    return lsa


def test_the_roll_is_refused_then_fixed_through_its_error_report(lsa, tmp_path):
    report = tmp_path / "to-fix.xlsx"

    refused = lsa("import", "personnel", ROSTER, "--errors", report)

    assert refused.returncode == 3, refused.stderr
    lines = refused.stdout.splitlines()
    errors = [line for line in lines if line.startswith(("Row 15,", "Row 50,"))]
    assert errors == [
        "Row 15, cell A15: Service number is required, and this cell is empty.",
        'Row 50, cell I50: Arrival date "31/02/2025" is not a date: February 2025 has no day 31.',
    ]
    assert "Rows 34 and 65 skipped: not data (blank, totals or notes)." in lines
    assert lines[-2] == (
        f"Wrote the 2 rows with errors to {report}: fix them there and import that file."
    )
    assert lines[-1] == (
        "Nothing written: 2 rows have errors. Fix them, or use --skip-invalid to import the 58 "
        "valid rows."
    )
    assert lsa.officers() == 0

    written = lsa("import", "personnel", ROSTER, "--skip-invalid")
    assert written.returncode == 0, written.stderr
    assert written.stdout.splitlines()[-1] == (
        "Imported personnel from roster_fr_libreoffice.xlsx: 58 new, 0 updated, 0 unchanged, "
        "2 skipped."
    )
    assert lsa.officers() == 58

    book = openpyxl.load_workbook(report)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert [row[headers.index("Nom")].value for row in sheet.iter_rows(min_row=2)] == [
        "WAMBUI",
        "SIMIYU",
    ]
    sheet.cell(2, headers.index("N° matricule") + 1, "0099001")
    sheet.cell(3, headers.index("Date d'arrivée") + 1, datetime(2026, 3, 15))
    book.save(report)
    fixed = lsa("import", "personnel", report)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert fixed.stdout.splitlines()[-1] == (
        "Imported personnel from to-fix.xlsx: 2 new, 0 updated, 0 unchanged, 0 skipped."
    )
    again = lsa("import", "personnel", ROSTER, "--skip-invalid", "--dry-run")
    assert again.returncode == 0
    assert again.stdout.splitlines()[-1] == (
        "Dry run, nothing written: 0 new, 0 updated, 58 unchanged, 2 skipped."
    )
    assert lsa.officers() == 60


def test_a_dry_run_of_a_file_that_would_be_refused_exits_3(lsa):
    done = lsa("import", "personnel", ROSTER, "--dry-run")

    assert done.returncode == 3
    assert done.stdout.splitlines()[-1] == (
        "Dry run, nothing written: 58 new, 0 updated, 0 unchanged, 2 skipped."
    )
    assert lsa.officers() == 0


def test_map_reads_a_column_the_matching_does_not_know(lsa, tmp_path):
    path = workbook(
        tmp_path / "roll.xlsx",
        [["Badge", "Surname", "Unit"], ["0099001", "OTIENO", "KE-SWAT"]],
    )

    done = lsa("import", "personnel", path, "--map", "Badge=Service number")

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].endswith("1 new, 0 updated, 0 unchanged, 0 skipped.")


@pytest.mark.parametrize(
    ("mapping", "sentence"),
    [
        ("Badge", "--map 'Badge' is not HEADER=Field"),
        ("Badge=Shoe size", "'Shoe size' is not a column of personnel; the columns are Service"),
    ],
)
def test_a_malformed_map_is_bad_usage(lsa, mapping, sentence):
    done = lsa("import", "personnel", ROSTER, "--map", mapping)

    assert done.returncode == 2
    assert sentence in done.stderr and len(done.stderr.splitlines()) == 1
    assert done.stdout == ""


def test_a_file_that_is_not_a_workbook_is_one_line_and_exit_1(lsa, tmp_path):
    fake = tmp_path / "roll.xlsx"
    fake.write_text("Service number;Surname\n001;OTIENO\n", encoding="utf-8")

    done = lsa("import", "personnel", fake)

    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and "roll.xlsx" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_summary_and_skipped_lines_in_their_other_forms():
    blank = [Issue(Severity.SKIPPED, "Blank row: skipped.", row=n) for n in range(3, 16)]
    bad = [Issue(Severity.ERROR, "Surname is required.", row=2, column=2)]
    report = ImportReport("personnel", "roll.xlsx", "Roll", None, (*bad, *blank), skipped=1)

    assert report_lines(report) == [
        "Row 2, cell C2: Surname is required.",
        "Rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 3 more skipped: not data (blank, totals or "
        "notes).",
    ]
    assert summary(report, dry_run=False) == (
        "Nothing written: 1 row has errors. Fix it and import the file again."
    )
