"""The donor request workbook, read back with openpyxl: its lines and figures (worked out in
``donor_workbook_data``), the summary equal to the lines' sums, the protection with exactly the
donor's columns open, the drop-downs and checks, dates as dates, text never a formula."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from donor_workbook_data import build_story

from lsa_desktop.errors import UserError
from lsa_desktop.excel.donor_request import (
    LINES_SHEET,
    PLEDGES_SHEET,
    SUMMARY_SHEET,
    write_donor_request,
)

EXPORTED = datetime(2025, 7, 1, 9, 30)
HEADER_ROW = 4  # three title lines above it
FILL = {
    "Pledge reference",
    "Pledge date",
    "Pledge status",
    "Quantity pledged",
    "Expected delivery",
}


@pytest.fixture
def story(tmp_store):
    return build_story(tmp_store)


def export(store, tmp_path: Path, donor: str | None = None):
    path = tmp_path / "request.xlsx"
    result = write_donor_request(store, path, donor, user="Insp. Otieno", now=lambda: EXPORTED)
    return result, openpyxl.load_workbook(path)


def table(sheet, header_row: int) -> list[dict]:
    rows = list(sheet.iter_rows(min_row=header_row, values_only=True))
    headers = rows[0]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def test_lines_list_what_is_still_needed_most_pressing_first(tmp_store, story, tmp_path):
    result, book = export(tmp_store, tmp_path)

    assert book.sheetnames == [LINES_SHEET, SUMMARY_SHEET, PLEDGES_SHEET, "About"]
    assert book.active.title == LINES_SHEET
    lines = table(book[LINES_SHEET], HEADER_ROW)
    figures = [
        (
            row["Line"],
            row["Requisition line"],
            row["Unit"],
            row["Budget category"],
            row["Equipment code"],
            row["Quantity needed"],
            row["Unit cost"],
            row["Total (USD)"],
            row["Priority"],
            row["Quantity delivered"],
            row["Already pledged"],
            row["Remaining gap"],
        )
        for row in lines
    ]
    assert figures == [
        (1, "REQ-2025-0001/1", "KEN-FPU-1", "Communications", "RAD-HH", 70, 850, 59_500, "IMMEDIATE", 10, 20, 50),
        (2, "REQ-2025-0001/2", "KEN-FPU-1", "Observation", "NVG", 24, 3900, 93_600, "IMMEDIATE", 0, 4, 20),
        (3, "REQ-2025-0005/2", "KEN-FPU-1", "Observation", "NVG", 3, 4100, 12_300, "URGENT", 2, 3, 0),
        (4, "REQ-2025-0002/1", "KEN-HQ", "Camp", "TENT", 15, 1200, 18_000, "ROUTINE", 0, 0, 15),
    ]  # fmt: skip
    first = lines[0]
    assert first["Requisition reference"] == "REQ-2025-0001"
    assert first["Item"] == "Handheld radio"
    assert first["Specification"] == "Handheld radio"  # no remarks: the item's name
    assert first["Currency"] == "USD"
    assert first["Operational impact"] == "No night patrols."
    assert first["Required by"] == datetime(2025, 7, 1)
    assert lines[3]["Required by"] is None
    assert all(row[column] is None for row in lines for column in FILL | {"Donor"})
    assert (result.lines, result.needed_usd, result.gap_usd) == (4, 183_400.0, 138_500.0)
    assert result.describe().startswith("Wrote the donor request to ")


def test_summary_totals_are_values_equal_to_the_lines_sums(tmp_store, story, tmp_path):
    _, book = export(tmp_store, tmp_path)

    summary = table(book[SUMMARY_SHEET], 3)
    rows = [tuple(row.values()) for row in summary]
    assert rows == [
        ("Priority", "IMMEDIATE", 2, 94, 153_100, 24, 70, 120_500),
        ("Priority", "URGENT", 1, 3, 12_300, 3, 0, 0),
        ("Priority", "ROUTINE", 1, 15, 18_000, 0, 15, 18_000),
        ("Budget category", "Camp", 1, 15, 18_000, 0, 15, 18_000),
        ("Budget category", "Communications", 1, 70, 59_500, 20, 50, 42_500),
        ("Budget category", "Observation", 2, 27, 105_900, 7, 20, 78_000),
        ("All lines", None, 4, 112, 183_400, 27, 85, 138_500),
    ]
    lines = table(book[LINES_SHEET], HEADER_ROW)
    everything = summary[-1]
    assert everything["Quantity needed"] == sum(row["Quantity needed"] for row in lines)
    assert everything["Total (USD)"] == sum(row["Total (USD)"] for row in lines)
    assert everything["Remaining gap"] == sum(row["Remaining gap"] for row in lines)
    for by in ("Priority", "Budget category"):
        part = [row for row in summary if row["By"] == by]
        assert sum(row["Total (USD)"] for row in part) == everything["Total (USD)"]
        assert sum(row["Lines"] for row in part) == len(lines)
    formulas = [
        cell.coordinate
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []


def test_only_the_columns_a_donor_fills_are_unlocked(tmp_store, story, tmp_path):
    _, book = export(tmp_store, tmp_path)

    for name in (LINES_SHEET, SUMMARY_SHEET, PLEDGES_SHEET):
        protection = book[name].protection
        assert protection.sheet is True
        assert protection.password is None  # documented: no password
        assert protection.autoFilter is False  # False means "allowed" in the file's terms
    sheet = book[LINES_SHEET]
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        unlocked = {headers[cell.column - 1] for cell in row if not cell.protection.locked}
        assert unlocked == FILL | {"Donor"}
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    summary_cells = [cell for row in book[SUMMARY_SHEET].iter_rows() for cell in row]
    assert all(cell.protection.locked for cell in summary_cells)


def test_addressed_to_a_donor_the_donor_is_written_and_locked(tmp_store, story, tmp_path):
    result, book = export(tmp_store, tmp_path, donor="  canada ")

    assert result.donor == "Canada"
    sheet = book[LINES_SHEET]
    assert sheet["A1"].value == (
        "Donor request for Canada: Multinational Security Support Mission in Haiti"
    )
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    donor_column = headers.index("Donor") + 1
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        assert row[donor_column - 1].value == "Canada"
        assert row[donor_column - 1].protection.locked
        unlocked = {headers[cell.column - 1] for cell in row if not cell.protection.locked}
        assert unlocked == FILL
    made = table(book[PLEDGES_SHEET], 3)
    assert [(row["Line"], row["Pledge reference"], row["Donor"]) for row in made] == [
        (1, "PLG-CA-1", "Canada")
    ]
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert about["Donor"] == "Canada"
    assert about["Exported by"] == "Insp. Otieno"
    assert about["Exported at"] == "2025-07-01 09:30"


def test_drop_downs_and_checks_cover_the_donor_columns(tmp_store, story, tmp_path):
    _, book = export(tmp_store, tmp_path)

    sheet = book[LINES_SHEET]
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    letter = {header: openpyxl.utils.get_column_letter(i + 1) for i, header in enumerate(headers)}
    first, last = HEADER_ROW + 1, HEADER_ROW + 4
    found = {
        str(rule.sqref): (rule.type, rule.operator, rule.formula1)
        for rule in sheet.data_validations.dataValidation
    }

    def span(header: str) -> str:
        return f"{letter[header]}{first}:{letter[header]}{last}"

    assert found[span("Pledge status")] == ("list", None, '"PLEDGED,COMMITTED"')
    assert found[span("Currency")] == ("list", None, '"USD"')
    assert found[span("Quantity pledged")] == ("whole", "greaterThanOrEqual", "1")
    assert found[span("Pledge date")][0] == "date"
    assert found[span("Expected delivery")][0] == "date"
    assert len(found) == 5
    assert sheet[f"{letter['Required by']}{first}"].number_format == "yyyy-mm-dd"
    assert sheet[f"{letter['Expected delivery']}{first}"].number_format == "yyyy-mm-dd"


def test_pledges_made_show_each_pledge_line_against_its_line(tmp_store, story, tmp_path):
    _, book = export(tmp_store, tmp_path)

    made = table(book[PLEDGES_SHEET], 3)
    assert [
        (
            row["Line"],
            row["Donor"],
            row["Pledge reference"],
            row["Status"],
            row["Quantity pledged"],
            row["Quantity delivered"],
            row["Outstanding"],
        )
        for row in made
    ] == [
        (1, "Canada", "PLG-CA-1", "COMMITTED", 30, 10, 20),
        (2, "United States", "PLG-US-1", "PLEDGED", 4, 0, 4),
        (3, "United States", "PLG-US-2", "PARTIALLY_DELIVERED", 5, 2, 3),
        (4, "United States", "PLG-US-W", "WITHDRAWN", 3, 0, 0),
    ]
    assert made[0]["Pledge date"] == datetime(2025, 3, 10)
    assert made[0]["Expected delivery"] == datetime(2025, 8, 15)


def test_text_is_never_a_formula_and_xml_illegal_characters_are_replaced(
    tmp_store, story, tmp_path
):
    _, book = export(tmp_store, tmp_path)

    nvg = table(book[LINES_SHEET], HEADER_ROW)[1]
    assert nvg["Specification"] == "=cmd|' /C calc'!A0"
    assert nvg["Remarks"] == "Night patrols\ufffd need radios and goggles."
    sheet = book[LINES_SHEET]
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    cell = sheet.cell(HEADER_ROW + 2, headers.index("Specification") + 1)
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_an_unknown_donor_is_refused_naming_the_donors_and_writes_nothing(
    tmp_store, story, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match=r"no donor named 'Japan'.*Canada, United States"):
        write_donor_request(tmp_store, out / "request.xlsx", "Japan")
    assert list(out.iterdir()) == []


def test_a_failed_write_leaves_the_previous_file_whole(tmp_store, story, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "request.xlsx"
    path.write_bytes(b"the previous workbook")
    import lsa_desktop.excel.donor_request as module

    def broken(*args, **kwargs):
        raise UserError("Cannot write it: the disk is full.")

    monkeypatch.setattr(module, "summary_rows", broken)
    with pytest.raises(UserError, match="disk is full"):
        write_donor_request(tmp_store, path)
    assert path.read_bytes() == b"the previous workbook"
    assert list(out.iterdir()) == [path]  # no temporary file left behind


def test_with_nothing_requested_the_workbook_has_its_headers_and_zero_totals(tmp_store, tmp_path):
    result, book = export(tmp_store, tmp_path)

    assert result.lines == 0
    assert table(book[LINES_SHEET], HEADER_ROW) == []
    assert [tuple(row.values()) for row in table(book[SUMMARY_SHEET], 3)] == [
        ("All lines", None, 0, 0, 0, 0, 0, 0)
    ]
    assert book[LINES_SHEET].data_validations.dataValidation == []


def test_dates_are_date_cells(tmp_store, story, tmp_path):
    """Dates are real date cells, never text, so that a donor's sort and filter work."""
    _, book = export(tmp_store, tmp_path)
    made = book[PLEDGES_SHEET]
    dates = [
        cell
        for row in made.iter_rows(min_row=4)
        for cell in row
        if isinstance(cell.value, datetime)
    ]
    assert {cell.value.date() for cell in dates} >= {date(2024, 12, 1), date(2025, 8, 1)}
    assert all(cell.number_format == "yyyy-mm-dd" for cell in dates)
