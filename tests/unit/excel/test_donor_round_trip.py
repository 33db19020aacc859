"""The donor round trip: the request exported, filled in by a donor (with openpyxl, as a
spreadsheet program saves it: only the shaded cells typed in), imported with ``import pledges``;
the pledges land on the right requisition lines and the next request shows the gap moved. The
story and its figures are in ``donor_workbook_data``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from donor_workbook_data import build_story
from sqlalchemy import select

from lsa_desktop.domain.enums import PledgeStatus, Severity
from lsa_desktop.excel.donor_request import LINES_SHEET, PLEDGES_SHEET, write_donor_request
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.model import ImportOptions
from lsa_desktop.store.models import Donor, Pledge, PledgeLine

EXPORTED = datetime(2025, 7, 1, 9, 30)
IMPORTED = date(2025, 7, 2)
HEADER_ROW = 4
FIRST_LINE_ROW = HEADER_ROW + 1


@pytest.fixture
def story(tmp_store):
    return build_story(tmp_store)


def export(store, path: Path, donor: str | None = None) -> Path:
    write_donor_request(store, path, donor, user="Insp. Otieno", now=lambda: EXPORTED)
    return path


def fill(request: Path, filled: Path, answers: dict[int, dict[str, object]]) -> Path:
    """The donor's copy: per line number of the Lines sheet, the cells typed in by header."""
    book = openpyxl.load_workbook(request)
    sheet = book[LINES_SHEET]
    column = {cell.value: cell.column for cell in sheet[HEADER_ROW]}
    for line, cells in answers.items():
        row = FIRST_LINE_ROW + line - 1
        assert sheet.cell(row, column["Line"]).value == line
        for header, value in cells.items():
            target = sheet.cell(row, column[header])
            assert not target.protection.locked, f"{header} is not for the donor to fill"
            target.value = value
    book.save(filled)
    return filled


def lines_sheet(path: Path) -> dict[int, dict]:
    rows = list(
        openpyxl.load_workbook(path)[LINES_SHEET].iter_rows(min_row=HEADER_ROW, values_only=True)
    )
    return {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}


def pledge_lines(store, reference: str) -> tuple[Pledge, str, set[tuple]]:
    with store.read() as session:
        pledge = session.execute(select(Pledge).where(Pledge.reference == reference)).scalar_one()
        donor = session.get(Donor, pledge.donor_id)
        lines = session.execute(select(PledgeLine).where(PledgeLine.pledge_id == pledge.id))
        found = {
            (line.requisition_line_id, line.quantity, line.unit_value_usd)
            for line in lines.scalars()
        }
        session.expunge(pledge)
        return pledge, donor.name, found


def test_a_donor_answers_two_lines_and_the_import_records_the_pledge_on_them(
    tmp_store, story, tmp_path
):
    request = export(tmp_store, tmp_path / "request.xlsx")
    japan = {
        "Donor": "Japan",
        "Pledge reference": "JP-2025-01",
        "Expected delivery": date(2025, 9, 1),
    }
    filled = fill(
        request,
        tmp_path / "filled.xlsx",
        {1: {**japan, "Quantity pledged": 30}, 4: {**japan, "Quantity pledged": 15}},
    )

    report = import_file(
        tmp_store, filled, "pledges", ImportOptions(), user="Insp. Otieno", today=IMPORTED
    )

    assert report.written, [issue.message for issue in report.errors]
    assert report.errors == ()
    assert (report.new, report.updated, report.unchanged) == (2, 0, 0)
    skipped = {issue.row for issue in report.issues if issue.severity is Severity.SKIPPED}
    assert skipped == {FIRST_LINE_ROW + 1, FIRST_LINE_ROW + 2}  # lines 2 and 3, left blank
    assert any("Japan" in sentence for sentence in report.created)
    pledge, donor, lines = pledge_lines(tmp_store, "JP-2025-01")
    assert donor == "Japan"
    assert pledge.status is PledgeStatus.PLEDGED
    assert pledge.expected_delivery == date(2025, 9, 1)
    assert lines == {(story.radio_line, 30, 850.0), (story.tent_line, 15, 1200.0)}
    assert pledge.value_usd == 30 * 850 + 15 * 1200

    after = lines_sheet(export(tmp_store, tmp_path / "after.xlsx"))
    radios, tents = after[1], after[4]
    assert (radios["Already pledged"], radios["Remaining gap"]) == (20 + 30, 50 - 30)
    assert (tents["Already pledged"], tents["Remaining gap"]) == (15, 0)
    made = openpyxl.load_workbook(tmp_path / "after.xlsx")[PLEDGES_SHEET]
    japanese = [
        row for row in made.iter_rows(min_row=4, values_only=True) if row[6] == "JP-2025-01"
    ]
    assert sorted((row[0], row[9]) for row in japanese) == [(1, 30), (4, 15)]

    again = import_file(
        tmp_store, filled, "pledges", ImportOptions(), user="Insp. Otieno", today=IMPORTED
    )
    assert (again.new, again.updated, again.unchanged, again.errors) == (0, 0, 2, ())


def test_a_request_addressed_to_a_donor_comes_back_as_that_donors_pledge(
    tmp_store, story, tmp_path
):
    request = export(tmp_store, tmp_path / "request.xlsx", donor="Canada")
    filled = fill(
        request,
        tmp_path / "filled.xlsx",
        {
            2: {
                "Pledge reference": "PLG-CA-3",
                "Pledge date": date(2025, 7, 1),
                "Pledge status": "COMMITTED",
                "Quantity pledged": 20,
                "Expected delivery": date(2025, 10, 1),
            }
        },
    )

    report = import_file(
        tmp_store, filled, "pledges", ImportOptions(), user="Insp. Otieno", today=IMPORTED
    )

    assert report.written, [issue.message for issue in report.errors]
    assert report.new == 1
    pledge, donor, lines = pledge_lines(tmp_store, "PLG-CA-3")
    assert (donor, pledge.status, pledge.pledged_on) == (
        "Canada",
        PledgeStatus.COMMITTED,
        date(2025, 7, 1),
    )
    assert lines == {(story.nvg_line, 20, 3900.0)}
    nvg = lines_sheet(export(tmp_store, tmp_path / "after.xlsx"))[2]
    assert (nvg["Already pledged"], nvg["Remaining gap"]) == (4 + 20, 0)


def test_a_copy_left_blank_imports_nothing(tmp_store, story, tmp_path):
    request = export(tmp_store, tmp_path / "request.xlsx", donor="Canada")

    report = import_file(
        tmp_store, request, "pledges", ImportOptions(), user="Insp. Otieno", today=IMPORTED
    )

    assert report.errors == ()
    assert (report.new, report.updated, report.unchanged) == (0, 0, 0)
    skipped = {issue.row for issue in report.issues if issue.severity is Severity.SKIPPED}
    assert skipped == {FIRST_LINE_ROW + n for n in range(4)}
