"""interpret(): the rows below the header of the real LibreOffice workbooks of tests/fixtures give
the figures their README states, and each thing a messy sheet holds (blank rows, totals, notes,
columns without a header, month-first or ambiguous dates, formulas without results) is said."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from lsa_desktop.domain.enums import AssetStatus, Condition, PersonStatus, Severity, Sex
from lsa_desktop.excel.headers import find_header, interpret
from lsa_desktop.excel.kinds import KINDS, PERSONNEL, STOCK
from lsa_desktop.excel.model import FormulaWithoutValue, Issue, ParsedRow, RawRow

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def read_fixture(name: str) -> list[RawRow]:
    """Every row of the first sheet of ``tests/fixtures/NAME``, as the reader gives them."""
    try:
        from lsa_desktop.excel.reader import read_rows
    except ImportError:  # the reader is built beside this module: read as it will, meanwhile
        from python_calamine import CalamineWorkbook

        sheet = CalamineWorkbook.from_path(str(FIXTURES / name)).get_sheet_by_index(0)
        return [
            RawRow(number, tuple(None if cell == "" else cell for cell in cells))
            for number, cells in enumerate(sheet.to_python(skip_empty_area=False), start=1)
        ]
    return read_rows(FIXTURES / name)[1]


def read(name: str, kind: str) -> tuple[dict[int, ParsedRow], list[Issue]]:
    rows = read_fixture(name)
    spec = KINDS[kind]
    parsed, issues = interpret(rows, find_header(rows, spec), spec)
    return {row.number: row for row in parsed}, issues


def rows(*cells: tuple, start: int = 1) -> list[RawRow]:
    return [RawRow(number, tuple(row)) for number, row in enumerate(cells, start=start)]


def problems(parsed: dict[int, ParsedRow]) -> dict[str, str]:
    return {issue.where: issue.message for row in parsed.values() for issue in row.issues}


# --- the fixtures ------------------------------------------------------------------------------


def test_the_french_roll_gives_60_rows_two_errors_and_two_skipped_rows():
    parsed, issues = read("roster_fr_libreoffice.xlsx", "personnel")
    assert list(parsed) == [*range(4, 34), *range(35, 65)]
    assert [(i.severity, i.where, i.message) for i in issues] == [
        (Severity.SKIPPED, "Row 34", "Blank row: skipped."),
        (Severity.SKIPPED, "Row 65", 'Totals row ("Total : 60"): skipped.'),
    ]
    assert problems(parsed) == {
        "Row 15, cell A15": "Service number is required, and this cell is empty.",
        "Row 50, cell I50": 'Arrival date "31/02/2025" is not a date: February 2025 has no day 31.',
    }
    assert all(issue.severity is Severity.ERROR for row in parsed.values() for issue in row.issues)
    assert parsed[15].values["surname"] == "WAMBUI" and parsed[15].values["service_number"] is None
    valid = [row for row in parsed.values() if row.valid]
    assert len(valid) == 58
    assert Counter(row.values["status"] for row in valid) == {
        PersonStatus.ACTIVE: 48,
        PersonStatus.LEAVE: 5,
        PersonStatus.SICK: 3,
        PersonStatus.REPATRIATED: 2,
    }
    assert Counter(row.values["unit"] for row in valid) == {
        "KE-FPU-1": 24,
        "KE-FPU-2": 22,
        "KE-SWAT": 12,
    }
    assert {row.values["rank"] for row in valid} == {"PC", "CPL", "SGT", "S/SGT", "IP", "CIP", "SP"}
    assert all(row.values["service_number"].startswith("0") for row in valid)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (4, ("0061154", "SP", "OTIENO", "Mercy", Sex.F, "KE-FPU-1", "Commandant du contingent",
             PersonStatus.ACTIVE, date(2026, 1, 20), date(2027, 1, 19))),
        (6, ("0065056", "PC", "KAMAU", "Brian", Sex.M, "KE-FPU-1", "Agent d'intervention",
             PersonStatus.ACTIVE, date(2026, 1, 23), date(2027, 1, 22))),
        (58, ("0079471", "PC", "TOO", "Joseph Kamau", Sex.M, "KE-SWAT", "Opérateur radio",
              PersonStatus.ACTIVE, date(2026, 6, 2), date(2027, 6, 1))),
    ],
)  # fmt: skip
def test_the_french_roll_spot_checks(number, expected):
    parsed, _ = read("roster_fr_libreoffice.xlsx", "personnel")
    assert tuple(parsed[number].values.values()) == expected
    assert parsed[number].values.keys() == {field.name for field in PERSONNEL.fields}


def test_the_french_rolls_text_dates_are_read_day_first():
    """13 text dates, 02/06/2026 among them: each column holds one whose first number is over
    12, so none of them is ambiguous."""
    raw = {row.number: row for row in read_fixture("roster_fr_libreoffice.xlsx")}
    parsed, _ = read("roster_fr_libreoffice.xlsx", "personnel")
    texts = [
        (number, column)
        for number, row in raw.items()
        for column in (8, 9)
        if number > 3 and isinstance(row.cells[column], str) and row.cells[column]
    ]
    assert len(texts) == 14  # 13 valid text dates and row 50's 31/02/2025
    for number, column in texts:
        if number != 50:
            day, month, year = map(int, raw[number].cells[column].split("/"))
            field = ("arrival_date", "tour_end_date")[column - 8]
            assert parsed[number].values[field] == date(year, month, day)


def test_the_vehicle_report_gives_40_vehicles_and_one_warning():
    parsed, issues = read("vehicles_en_libreoffice.xlsx", "vehicles")
    assert list(parsed) == list(range(3, 43))
    assert problems(parsed) == {}
    assert [(i.severity, i.where, i.message) for i in issues] == [
        (Severity.WARNING, "Column J", 'The header "Remarks" matches no Vehicles field: ignored.')
    ]
    values = [row.values for row in parsed.values()]
    assert len({v["registration"] for v in values}) == 40
    assert parsed[3].values["registration"] == "MSS 0001"
    statuses = {n: row.values["status"] for n, row in parsed.items()}
    assert Counter(statuses.values()) == {
        AssetStatus.IN_SERVICE: 31,
        AssetStatus.UNSERVICEABLE: 4,
        AssetStatus.UNDER_REPAIR: 3,
        AssetStatus.IN_TRANSIT: 2,
    }
    assert [n for n, s in statuses.items() if s is AssetStatus.UNSERVICEABLE] == [5, 12, 24, 36]
    assert [n for n, s in statuses.items() if s is AssetStatus.UNDER_REPAIR] == [9, 20, 31]
    assert [n for n, s in statuses.items() if s is AssetStatus.IN_TRANSIT] == [16, 28]
    assert {v["condition"] for v in values} == {
        Condition.GOOD,
        Condition.MINOR_DAMAGE,
        Condition.MAJOR_DAMAGE,
        Condition.NEEDS_MAINTENANCE,
    }
    assert all(type(v["odometer_km"]) is int for v in values)
    overdue = [
        n for n, row in parsed.items() if row.values["next_service_date"] < date(2026, 11, 28)
    ]
    assert overdue == [7, 14, 33]
    assert Counter(v["unit"] for v in values) == {
        "KE-FPU-1": 12,
        "KE-FPU-2": 11,
        "KE-SWAT": 7,
        "JM-FPU": 10,
    }
    assert Counter(v["equipment_code"] for v in values) == {
        "VEH-MRAP": 13,
        "VEH-APC": 4,
        "VEH-LC": 17,
        "VEH-TRK": 3,
        "VEH-AMB": 3,
    }


def test_the_stock_count_gives_20_lines_leaving_row_12_to_the_importer():
    parsed, issues = read("stock_count_libreoffice.xlsx", "stock")
    assert list(parsed) == list(range(4, 24))
    assert (
        problems(parsed) == {}
    )  # serviceable over on hand (row 12) is a domain rule, checked later
    assert [(i.where, i.message) for i in issues] == [
        ("Column C", 'The header "Description" matches no Stock field: ignored.')
    ]
    assert parsed[12].values == {
        "unit": "KE-FPU-2",
        "equipment_code": "PPE-SHLD",
        "on_hand": 40,
        "serviceable": 44,
    }
    assert parsed[23].values["on_hand"] == 0 and parsed[23].values["serviceable"] == 0


# --- messy sheets, built here ------------------------------------------------------------------

HEADER = ("Unit", "Equipment code", "On hand", "Serviceable")


def interpret_stock(*data: tuple) -> tuple[list[ParsedRow], list[Issue]]:
    sheet = rows(HEADER, *data)
    return interpret(sheet, find_header(sheet, STOCK), STOCK)


@pytest.mark.parametrize(
    "first",
    ["Total", "TOTAL", "Total : 60", "TOTAL GÉNÉRAL", "Sous-total", "Totaux", "Grand total", "Sum"],
)
def test_a_totals_row_is_skipped(first):
    parsed, issues = interpret_stock(("KE-FPU-1", "PPE-HELM", 150, 146), (first, None, 150, 146))
    assert len(parsed) == 1
    assert issues == [Issue(Severity.SKIPPED, f'Totals row ("{first}"): skipped.', row=3)]


def test_a_totals_word_in_a_totals_position_but_beside_a_key_is_data():
    """A unit called "Total" with an equipment code is a row, not a total: its key is there."""
    parsed, issues = interpret_stock(("Total", "PPE-HELM", 150, 146), ("Totalement", None, 1, 1))
    assert [row.values["unit"] for row in parsed] == ["Total", "Totalement"]
    assert issues == []
    assert parsed[1].issues == (
        Issue(
            Severity.ERROR,
            "Equipment code is required, and this cell is empty.",
            3,
            1,
            "equipment_code",
        ),
    )


def test_a_totals_row_can_start_further_right():
    _, issues = interpret_stock(("KE-FPU-1", "PPE-HELM", 150, 146), (None, "Total", 150, 146))
    assert issues == [Issue(Severity.SKIPPED, 'Totals row ("Total"): skipped.', row=3)]


def test_blank_rows_inside_are_skipped_and_blank_rows_at_the_end_are_the_end():
    parsed, issues = interpret_stock(
        (None, None, None, None),
        ("KE-FPU-1", "PPE-HELM", 150, 146),
        ("", "  ", None),
        ("KE-FPU-1", "PPE-VEST", 140, 131),
        (None, None, None, None),
        ("",),
    )
    assert [row.number for row in parsed] == [3, 5]
    assert issues == [
        Issue(Severity.SKIPPED, "Blank row: skipped.", row=2),
        Issue(Severity.SKIPPED, "Blank row: skipped.", row=4),
    ]


def test_a_note_in_a_column_not_imported_is_skipped_and_an_unnamed_column_with_values_is_said():
    sheet = rows(
        ("Unit", "Equipment code", "Description", "On hand", None),
        ("KE-FPU-1", "PPE-HELM", "Ballistic helmet", 150, "recounted"),
        (None, None, "Counted by Sgt Otieno", None, None),
    )
    parsed, issues = interpret(sheet, find_header(sheet, STOCK), STOCK)
    assert [row.number for row in parsed] == [2]
    assert parsed[0].values == {"unit": "KE-FPU-1", "equipment_code": "PPE-HELM", "on_hand": 150}
    assert [(i.severity, i.where, i.message) for i in issues] == [
        (Severity.WARNING, "Column C", 'The header "Description" matches no Stock field: ignored.'),
        (Severity.WARNING, "Column E", "This column has values but no header: ignored."),
        (Severity.SKIPPED, "Row 3", "Nothing in the columns imported: skipped."),
    ]


def test_a_second_column_for_a_field_is_ignored_with_a_warning():
    sheet = rows(
        ("Unit", "Equipment code", "On hand", "Quantité", "Unité"),
        ("KE-FPU-1", "PPE-HELM", 150, 999, "X"),
    )
    parsed, issues = interpret(sheet, find_header(sheet, STOCK), STOCK)
    assert parsed[0].values == {"unit": "KE-FPU-1", "equipment_code": "PPE-HELM", "on_hand": 150}
    assert [(i.severity, i.where, i.message) for i in issues] == [
        (
            Severity.WARNING,
            "Column D",
            'The header "Quantité" names On hand again: ignored (column C is read).',
        ),
        (
            Severity.WARNING,
            "Column E",
            'The header "Unité" names Unit again: ignored (column A is read).',
        ),
    ]


def test_a_required_field_without_a_column_is_an_error_on_every_row():
    sheet = rows(("Unit", "On hand", "Serviceable"), ("KE-FPU-1", 150, 146), ("KE-FPU-2", 10, 9))
    header = find_header(sheet, STOCK)
    assert header.missing == ("equipment_code",)
    parsed, _ = interpret(sheet, header, STOCK)
    assert [row.issues for row in parsed] == [
        (
            Issue(
                Severity.ERROR,
                "Equipment code is required, and the sheet has no column for it.",
                n,
                None,
                "equipment_code",
            ),
        )
        for n in (2, 3)
    ]
    assert "equipment_code" not in parsed[0].values  # absent, not empty: an update leaves it


def test_cell_errors_come_in_column_order_with_the_required_ones():
    parsed, _ = interpret_stock((None, "PPE-HELM", "many", -1))
    assert [(i.cell, i.field) for i in parsed[0].issues] == [
        ("A2", "unit"),
        ("C2", "on_hand"),
        ("D2", "serviceable"),
    ]
    assert not parsed[0].valid


def test_a_formula_without_a_saved_result_is_an_error_at_its_cell():
    parsed, _ = interpret_stock(("KE-FPU-1", "PPE-HELM", FormulaWithoutValue("C2"), 3))
    (issue,) = parsed[0].issues
    assert (issue.severity, issue.cell) == (Severity.ERROR, "C2")
    assert "C2" in issue.message and "formula" in issue.message
    assert parsed[0].values["on_hand"] is None


def test_short_rows_read_as_empty_cells():
    parsed, _ = interpret_stock(("KE-FPU-1", "PPE-HELM", 150))
    assert parsed[0].values == {
        "unit": "KE-FPU-1",
        "equipment_code": "PPE-HELM",
        "on_hand": 150,
        "serviceable": None,
    }
    assert parsed[0].valid


# --- dates, decided per column -----------------------------------------------------------------


def roll(*dates: object) -> tuple[list[ParsedRow], list[Issue]]:
    sheet = rows(
        ("Service number", "Surname", "Unit", "Arrival date", "Tour end date"),
        *((f"00{n}", "OTIENO", "KE-FPU-1", arrival, None) for n, arrival in enumerate(dates)),
    )
    return interpret(sheet, find_header(sheet, PERSONNEL), PERSONNEL)


def test_one_day_first_date_settles_its_column():
    parsed, issues = roll("02/06/2026", "23/01/2026", date(2026, 3, 1))
    assert [row.values["arrival_date"] for row in parsed] == [
        date(2026, 6, 2),
        date(2026, 1, 23),
        date(2026, 3, 1),
    ]
    assert issues == []


def test_a_column_without_proof_flags_each_ambiguous_date_and_no_other():
    parsed, issues = roll("02/06/2026", "05/05/2026", date(2026, 1, 23), "2026-06-02", "03/04/2026")
    flagged = {issue.cell: issue.message for row in parsed for issue in row.issues}
    assert flagged.keys() == {"D2", "D6"}
    assert flagged["D2"].startswith(
        'Arrival date "02/06/2026" is ambiguous: it could be 2 June or 6 February 2026'
    )
    assert "type it as 2026-04-03" in flagged["D6"]
    assert [row.values["arrival_date"] for row in parsed][1:4] == [
        date(2026, 5, 5),
        date(2026, 1, 23),
        date(2026, 6, 2),
    ]
    assert issues == []


def test_a_column_proven_month_first_is_read_month_first_with_a_warning():
    parsed, issues = roll("02/06/2026", "01/23/2026")
    assert [row.values["arrival_date"] for row in parsed] == [date(2026, 2, 6), date(2026, 1, 23)]
    assert issues == [
        Issue(
            Severity.WARNING,
            '"Arrival date" has dates typed month first (such as 01/23/2026): its day/month dates '
            "are read as month/day/year.",
            column=3,
            field="arrival_date",
        )
    ]


def test_each_date_column_is_decided_on_its_own():
    sheet = rows(
        ("Service number", "Surname", "Unit", "Arrival date", "Tour end date"),
        ("001", "OTIENO", "KE-FPU-1", "23/01/2026", "02/06/2027"),
        ("002", "KAMAU", "KE-FPU-1", "02/06/2026", "03/06/2027"),
    )
    parsed, _ = interpret(sheet, find_header(sheet, PERSONNEL), PERSONNEL)
    assert parsed[1].values["arrival_date"] == date(2026, 6, 2)
    assert [issue.cell for row in parsed for issue in row.issues] == ["E2", "E3"]


def test_skipped_rows_do_not_vote_on_the_order():
    _, issues = roll("01/23/2026")
    assert len(issues) == 1
    sheet = rows(
        ("Service number", "Surname", "Unit", "Arrival date"),
        ("Total", None, None, "23/01/2026"),
        ("001", "OTIENO", "KE-FPU-1", "02/06/2026"),
    )
    parsed, issues = interpret(sheet, find_header(sheet, PERSONNEL), PERSONNEL)
    assert issues[0].severity is Severity.SKIPPED
    assert "ambiguous" in parsed[0].issues[0].message


def test_a_form_line_left_blank_is_skipped_not_refused():
    from lsa_desktop.excel.kinds import PLEDGES

    header_cells = ("Line", "Unit", "Equipment code", "Pledge reference", "Quantity pledged")
    rows = [
        RawRow(1, header_cells),
        RawRow(2, (1, "KE-FPU-2", "OBS-NVG", "CA-2026-7", 5)),
        RawRow(3, (2, "KE-FPU-3", "OBS-NVG", None, None)),  # the donor pledged nothing here
        RawRow(4, (3, "KE-FPU-4", "OBS-NVG", None, 4)),  # a quantity without a reference
    ]
    header = find_header(rows, PLEDGES)
    parsed, issues = interpret(rows, header, PLEDGES)
    assert [row.number for row in parsed] == [2, 4]
    skipped = [i for i in issues if i.severity is Severity.SKIPPED]
    assert [(i.row, i.message) for i in skipped] == [
        (3, "Nothing to import on this row (no Pledge reference, Quantity or Date): skipped.")
    ]
    assert not parsed[1].valid  # the reference is still required when a quantity is given
