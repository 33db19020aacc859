"""The error report: the refused rows back under the file's own headers, the bad cells marked and
explained, ready to fix and import again."""

from __future__ import annotations

from datetime import date

import openpyxl
from xlsx_readback import calamine_rows, openpyxl_book

from lsa_desktop.domain.enums import Severity, UnitType
from lsa_desktop.excel.error_report import ERRORS_HEADER, ROWS_SHEET, write_error_report
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.model import FormulaWithoutValue, Issue, RawRow
from lsa_desktop.excel.reader import read_rows
from lsa_desktop.store.models import Unit
from lsa_desktop.store.seed import load_reference_data

HEADERS = ["N° matricule", "Nom", "Unité", "Date d'arrivée"]
ROWS = [
    RawRow(4, ("0061154", "OTIENO", "KE-FPU-1", date(2026, 1, 2))),
    RawRow(5, ("0061155", "", "KE-FPU-9", "31/02/2026")),  # two bad cells
    RawRow(6, ("0061156", "=WANJIKU", "KE-FPU-1", FormulaWithoutValue("D6"))),
    RawRow(7, ("0061157", "KAMAU", "KE-SWAT")),  # a row-level error; a short row
    RawRow(8, ("0061158", "MWANGI", "KE-SWAT", date(2026, 2, 1))),  # a warning only
]


def error(message: str, row: int | None, column: int | None = None) -> Issue:
    return Issue(Severity.ERROR, message, row=row, column=column)


ISSUES = [
    error("Surname is required", 5, 1),
    error("There is no unit 'KE-FPU-9': check the code or name, or add the unit first.", 5, 2),
    error("31/02/2026 is not a date.", 5, 3),
    error("Cell D6 holds a formula with no saved value: open the file, recalculate, save.", 6, 3),
    error("Service number 0061157 appears twice: rows 7 and 3.", 7, None),
    Issue(Severity.WARNING, "Arrival date is in the future.", row=8, column=3),
    Issue(Severity.SKIPPED, "Blank row skipped.", row=9),
    error("The column Surname is missing.", None, None),
]


def test_the_rows_with_errors_come_back_under_their_own_headers(tmp_path):
    path = tmp_path / "errors.xlsx"
    assert write_error_report(path, HEADERS, ROWS, ISSUES) == 3

    rows = calamine_rows(path, ROWS_SHEET)
    assert rows[0] == [*HEADERS, ERRORS_HEADER]
    assert [row[:4] for row in rows[1:]] == [
        ["0061155", "", "KE-FPU-9", "31/02/2026"],
        ["0061156", "=WANJIKU", "KE-FPU-1", ""],
        ["0061157", "KAMAU", "KE-SWAT", ""],
    ]
    assert [row[4] for row in rows[1:]] == [
        "Nom: Surname is required. Unité: There is no unit 'KE-FPU-9': check the code or name, "
        "or add the unit first. Date d'arrivée: 31/02/2026 is not a date.",
        "Date d'arrivée: Cell D6 holds a formula with no saved value: open the file, "
        "recalculate, save.",
        "Service number 0061157 appears twice: rows 7 and 3.",
    ]


def test_the_bad_cells_are_marked_and_explained(tmp_path):
    path = tmp_path / "errors.xlsx"
    write_error_report(path, HEADERS, ROWS, ISSUES)

    sheet = openpyxl_book(path)[ROWS_SHEET]
    marked = {
        cell.coordinate
        for row in sheet.iter_rows(min_row=2)
        for cell in row
        if cell.fill.fgColor.rgb == "FFFFC7CE"
    }
    assert marked == {"B2", "C2", "D2", "D3"}
    assert sheet["C2"].comment.text.startswith("There is no unit 'KE-FPU-9'")
    assert sheet["D3"].comment.text.startswith("Cell D6 holds a formula")
    assert sheet["A2"].comment is None
    assert sheet["B3"].quotePrefix  # "=WANJIKU" stays text
    assert sheet.freeze_panes == "A2"


def test_file_wide_problems_and_what_to_do_are_on_the_about_sheet(tmp_path):
    path = tmp_path / "errors.xlsx"
    write_error_report(path, HEADERS, ROWS, ISSUES)
    about = calamine_rows(path, "About")[1:]
    assert about[0] == ["Rows to fix", "3"]
    assert about[1][0] == "What to do"
    assert about[2:] == [["Problem", "The column Surname is missing."]]


def test_headers_shorter_than_the_rows_and_not_text(tmp_path):
    path = tmp_path / "errors.xlsx"
    rows = [RawRow(2, ("a", "b", "c", "d"))]
    write_error_report(path, ["Code", None, 2025], rows, [error("Bad", 2, 3)])  # type: ignore[list-item]
    assert calamine_rows(path, ROWS_SHEET) == [
        ["Code", "", "2025", "", ERRORS_HEADER],
        ["a", "b", "c", "d", "Bad."],
    ]


def test_a_person_fixes_the_report_and_imports_it(tmp_store, tmp_path):
    load_reference_data(tmp_store)
    with tmp_store.write() as session:
        session.add(
            Unit(code="KE-FPU-1", name="Kenya Formed Police Unit 1", unit_type=UnitType.FPU)
        )
    roll = tmp_path / "roll.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Matricule", "Nom", "Unité"])
    sheet.append(["0061154", "OTIENO", "KE-FPU-1"])
    sheet.append(["0061155", "WANJIKU", "KE-FPU-9"])
    book.save(roll)

    refused = import_file(tmp_store, roll, "personnel", user="Capt. Otieno")
    assert not refused.written and [issue.row for issue in refused.errors] == [3]
    _sheet, rows = read_rows(roll)
    report = tmp_path / "roll-errors.xlsx"
    assert write_error_report(report, ["Matricule", "Nom", "Unité"], rows, refused.issues) == 1

    fixed = openpyxl.load_workbook(report)
    assert fixed[ROWS_SHEET]["C2"].value == "KE-FPU-9"
    fixed[ROWS_SHEET]["C2"].value = "KE-FPU-1"
    fixed.save(report)
    imported = import_file(tmp_store, report, "personnel", user="Capt. Otieno")

    assert imported.written and imported.errors == ()
    assert (imported.new, imported.updated) == (1, 0)
