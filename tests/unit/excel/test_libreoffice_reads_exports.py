"""A workbook the app writes opens in LibreOffice (a real third-party client) with the same
values, formula-like text still text: converted headless to CSV and compared.

Skipped where LibreOffice is not installed (Debian: ``apt-get install libreoffice-calc-nogui``);
CI installs it. Each conversion gets its own profile: a second run sharing one writes nothing
and still exits 0, so the test checks that the CSV exists.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from xlsx_readback import calamine_rows

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.excel.exports import export_kind
from lsa_desktop.excel.model import FieldType
from lsa_desktop.excel.writer import SheetSpec, write_workbook
from lsa_desktop.store.models import Contingent, Unit

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed (Debian: libreoffice-calc-nogui); CI installs it",
)

#: Comma-separated, double-quoted, UTF-8; cells "as shown" (formatted), formulas not exported.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"

HOSTILE = [
    "=1+2",
    "+509 3456 7890",
    "-5",
    "@SUM(A1:A3)",
    "\tleading tab",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x.invalid","click")',
    "<r>&</r>",
    "_x0041_ stays",
    "two\nlines",
    "Gonaïves — 漢字 😀 \u202eRTL",
    "0012",
    "TRUE",
]


def libreoffice_csv(workbook: Path, folder: Path) -> list[list[str]]:
    out = folder / "csv"
    profile = folder / "lo-profile"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        # The C locale gives LibreOffice's en-US formats: "1,250", whatever the machine's locale.
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    converted = out / f"{workbook.stem}.csv"
    assert converted.exists(), "LibreOffice exited 0 but wrote nothing"
    with converted.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_libreoffice_reads_text_as_written_and_evaluates_nothing(tmp_path):
    path = tmp_path / "hostile.xlsx"
    rows = [(text, number, date(2026, 1, 2)) for number, text in enumerate(HOSTILE, start=1)]
    kinds = [FieldType.TEXT, FieldType.INTEGER, FieldType.DATE]
    write_workbook(path, [SheetSpec("Hostile", ("Text", "Number", "Day"), rows, kinds)])

    assert libreoffice_csv(path, tmp_path) == [
        ["Text", "Number", "Day"],
        *([text, f"{number:,}", "2026-01-02"] for text, number, _ in rows),
    ]


def shown(value: object) -> str:
    """A cell as LibreOffice shows it with the export's formats."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)


def test_libreoffice_opens_an_export_with_the_same_values(tmp_store, tmp_path):
    with tmp_store.write() as session:
        kenya = Contingent(name="Kenya", country_code="KE")
        session.add(kenya)
        session.flush()
        for code, name, strength in (
            ("KE-FPU-1", "Kenya Formed Police Unit 1", 140),
            ("JM-FPU", "=Jamaica FPU", 1_250),
        ):
            session.add(
                Unit(
                    code=code,
                    name=name,
                    unit_type=UnitType.FPU,
                    contingent_id=kenya.id,
                    authorised_strength=strength,
                )
            )
    path = tmp_path / "units.xlsx"
    export_kind(tmp_store, "units", path)

    expected = [[shown(value) for value in row] for row in calamine_rows(path)]
    assert libreoffice_csv(path, tmp_path) == expected
    assert expected[1][1] == "=Jamaica FPU"
