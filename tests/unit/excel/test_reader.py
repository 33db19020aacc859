"""Reading rows: every row from row 1 whatever the file says about itself, values as the cells
hold them, formulas without a saved result and error cells reported by address, never as empty.
(Hostile and forged workbooks: ``test_reader_hostile.py``.)"""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import hostile_files as hostile
import openpyxl
import pytest
import python_calamine
from hostile_files import TEXT, refused, rows_of

from lsa_desktop.excel.model import FormulaWithoutValue, RawRow, SheetInfo
from lsa_desktop.excel.reader import CellError, Workbook, read_rows

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


# -- workbooks written by LibreOffice --------------------------------------------------------


def test_the_french_nominal_roll():
    sheet, rows = read_rows(FIXTURES / "roster_fr_libreoffice.xlsx")
    assert sheet == "État nominatif"
    assert [row.number for row in rows] == list(range(1, 66))
    assert all(len(row.cells) == 10 for row in rows)
    assert (
        rows[0].cells[0].startswith("MISSION MULTINATIONALE") and rows[0].cells[1:] == (None,) * 9
    )
    assert rows[2].cells[:4] == ("N° matricule", "Grade", "Nom", "Prénom(s)")
    assert rows[3].cells == (
        "0061154", "SP", "OTIENO", "Mercy", "F", "KE-FPU-1", "Commandant du contingent", "Actif",
        date(2026, 1, 20), date(2027, 1, 19),
    )  # fmt: skip
    assert rows[5].cells[8] == "23/01/2026"  # a date typed as text stays text
    assert rows[14].cells[0] is None and rows[14].cells[2] == "WAMBUI"
    assert rows[33].is_blank()
    assert rows[49].cells[8] == "31/02/2025"
    assert rows[57].cells[:4] == ("0079471", "PC", "TOO", "Joseph Kamau")
    assert rows[64].cells == ("Total : 60",) + (None,) * 9


def test_the_vehicle_state_report():
    sheet, rows = read_rows(FIXTURES / "vehicles_en_libreoffice.xlsx")
    assert sheet == "Vehicle state" and len(rows) == 42
    assert rows[1].cells[0] == "Registration No."
    assert rows[2].cells == (
        "MSS 0001", "VEH-MRAP", "Navistar", "MaxxPro", "KE-FPU-1", "Serviceable", "Good",
        95076.0, date(2027, 1, 15), None,
    )  # fmt: skip
    assert rows[4].cells[9] == "Petrol bomb damage, awaiting armour panels"


def test_the_stock_count():
    with Workbook(FIXTURES / "stock_count_libreoffice.xlsx") as book:
        assert book.sheets() == [SheetInfo("Stock count", 0)]
        rows = list(book.rows())
    assert len(rows) == 23
    assert rows[11].cells == ("KE-FPU-2", "PPE-SHLD", "Riot shield", 40.0, 44.0)
    assert rows[22].cells == ("JM-FPU", "FLD-JERR", "Jerrycan, 20 L", 0.0, 0.0)


# -- the shape of what is read ----------------------------------------------------------------


def test_every_row_is_read_when_the_dimension_lies(tmp_path):
    rows = rows_of(hostile.lying_dimension(tmp_path / "lying.xlsx", rows=100))
    assert len(rows) == 100 and rows[-1].cells == ("row 100", "100")


def test_a_huge_dimension_does_not_make_rows(tmp_path):
    book = hostile.workbook(
        tmp_path / "wide.xlsx", hostile.text_row(1, "a", "b"), dimension="A1:XFD1048576"
    )
    assert [row.cells for row in rows_of(book)] == [("a", "b")]


def test_blank_rows_and_empty_leading_columns_are_kept(tmp_path):
    body = f'<row r="3"><c r="C3" {TEXT}><is><t>x</t></is></c></row><row r="5"><c r="D5"><v>3</v></c></row>'
    rows = rows_of(hostile.workbook(tmp_path / "sparse.xlsx", body))
    assert [row.number for row in rows] == [1, 2, 3, 4, 5]
    assert [row.cells for row in rows] == [
        (None, None, None, None),
        (None, None, None, None),
        (None, None, "x", None),
        (None, None, None, None),
        (None, None, None, 3.0),
    ]
    assert [row.is_blank() for row in rows] == [True, True, False, True, False]


def test_values_as_the_cells_hold_them(tmp_path):
    body = (
        '<row r="1">'
        f'<c r="A1" {TEXT}><is><t xml:space="preserve">  007 </t></is></c>'
        '<c r="B1"><v>12</v></c><c r="C1" t="b"><v>1</v></c>'
        '<c r="D1" s="1"><v>46042</v></c><c r="E1" s="1"><v>46042.5</v></c>'
        '<c r="F1" s="1"><v>0.5</v></c><c r="G1" t="s"><v>0</v></c></row>'
    )
    strings = f'<sst xmlns="{hostile.MAIN}"><si><t>0061154</t></si></sst>'
    rows = rows_of(hostile.workbook(tmp_path / "values.xlsx", body, shared_strings=strings))
    assert rows[0].cells == (
        "  007 ",
        12.0,
        True,
        date(2026, 1, 20),
        datetime(2026, 1, 20, 12),
        "12:00:00",
        "0061154",
    )


def test_a_duration_comes_as_text(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = 1.25
    book.active["A1"].number_format = "[h]:mm"
    book.save(tmp_path / "duration.xlsx")
    assert rows_of(tmp_path / "duration.xlsx")[0].cells == ("1 day, 6:00:00",)


def test_an_empty_sheet_has_no_rows(tmp_path):
    assert rows_of(hostile.workbook(tmp_path / "empty.xlsx", "")) == []


# -- formulas and errors ----------------------------------------------------------------------


def test_a_formula_saved_without_its_result(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A2"] = 21
    sheet["B2"] = "=A2*2"  # openpyxl computes nothing: the file holds no result
    book.save(tmp_path / "formula.xlsx")
    assert rows_of(tmp_path / "formula.xlsx")[1].cells == (21.0, FormulaWithoutValue("B2"))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('<c r="B1"><f>A1*2</f><v>84</v></c>', 84.0),
        ('<c r="B1" t="str"><f>A1&amp;"x"</f><v>42x</v></c>', "42x"),
        ('<c r="B1" t="str"><f>""</f><v></v></c>', None),  # a saved empty text result
        ('<c r="B1" t="b"><f>A1&gt;1</f><v>1</v></c>', True),
        ('<c r="B1"><f>A1*2</f></c>', FormulaWithoutValue("B1")),
        ('<c r="B1"><f>A1*2</f><v/></c>', FormulaWithoutValue("B1")),
        ('<c r="B1" s="1"><f>A1*2</f><v> </v></c>', FormulaWithoutValue("B1")),
        ('<c r="B1">\n  <f>A1*2</f>\n</c>', FormulaWithoutValue("B1")),
        ('<c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>', CellError("B1", "#DIV/0!")),
        ('<c r="B1" t="e"><v>#N/A</v></c>', CellError("B1", "#N/A")),
        ('<c r="B1" t="e"/>', CellError("B1", "")),
        (f'<c r="B1" {TEXT}><f>"x"</f><is><t>x</t></is></c>', "x"),
        (f'<c r="B1" {TEXT}><f>"x"</f></c>', FormulaWithoutValue("B1")),
    ],
    ids=[
        "cached-number",
        "cached-text",
        "cached-empty-text",
        "cached-bool",
        "no-value",
        "empty-value",
        "blank-value",
        "indented",
        "formula-error",
        "typed-error",
        "bare-error",
        "inline-text",
        "inline-nothing",
    ],
)
def test_what_a_formula_or_error_cell_gives(tmp_path, cell, expected):
    body = f'<row r="1"><c r="A1"><v>42</v></c>{cell}</row>'
    rows = rows_of(hostile.workbook(tmp_path / "cells.xlsx", body))
    assert rows[0].cells == (42.0, expected)


def test_an_error_is_a_cell_without_a_usable_value():
    assert isinstance(CellError("D12", "#N/A"), FormulaWithoutValue)


def test_shared_formulas(tmp_path):
    body = (
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f>'
        '<v>2</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/>'
        '<v>4</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/>'
        "</c></row>"
    )
    rows = rows_of(hostile.workbook(tmp_path / "shared.xlsx", body))
    assert [row.cells for row in rows] == [(1.0, 2.0), (2.0, 4.0), (3.0, FormulaWithoutValue("B3"))]


def test_formulas_without_results_beyond_the_last_value(tmp_path):
    body = '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="C3"><f>A1</f></c></row>'
    rows = rows_of(hostile.workbook(tmp_path / "beyond.xlsx", body))
    assert [row.cells for row in rows] == [
        (1.0, None, None),
        (None, None, None),
        (None, None, FormulaWithoutValue("C3")),
    ]


def test_a_sheet_holding_nothing_but_a_formula_without_result(tmp_path):
    body = '<row r="2"><c r="B2"><f>1+1</f></c></row>'
    rows = rows_of(hostile.workbook(tmp_path / "only.xlsx", body))
    assert [row.cells for row in rows] == [(None, None), (None, FormulaWithoutValue("B2"))]


def test_cells_and_rows_without_addresses_are_placed_as_calamine_places_them(tmp_path):
    body = (
        f'<row r="2"><c {TEXT}><is><t>a</t></is></c><c><v>1</v></c><c r="E2"><v>5</v></c>'
        "<c><f>A2</f></c></row>"
        f"<row><c><v>7</v></c><c {TEXT}><is><t>b</t></is></c></row>"
        '<row r="6"/><row><c r="B7" t="e"><v>#REF!</v></c></row>'
    )
    book = hostile.workbook(tmp_path / "unaddressed.xlsx", body)
    rows = rows_of(book)
    assert rows[1].cells == ("a", 1.0, None, None, 5.0, FormulaWithoutValue("F2"))
    assert rows[2].cells == (7.0, "b", None, None, None, None)
    assert [row.number for row in rows if row.is_blank()] == [1, 4, 5, 6]
    assert rows[6].cells == (None, CellError("B7", "#REF!"), None, None, None, None)
    calamine = python_calamine.CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0)
    theirs = [
        [None if cell == "" else cell for cell in row]
        for row in calamine.to_python(skip_empty_area=False)
    ]
    ours = [
        [None if isinstance(cell, FormulaWithoutValue) else cell for cell in row.cells]
        for row in rows
    ]
    assert [row[: len(theirs[0])] for row in ours] == theirs


def test_a_stray_end_tag_is_passed_over_and_left_to_calamine(tmp_path):
    body = '<row r="1"><c><v>1</v></c></c><c><v>2</v></c></row>'
    with Workbook(hostile.workbook(tmp_path / "stray.xlsx", body)) as workbook:
        assert "its content cannot be read as a workbook" in refused(workbook.rows)


def test_a_sheet_whose_tags_carry_a_namespace_prefix(tmp_path):
    rows = (
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>'
        '<x:c r="B1"><x:f>1+1</x:f></x:c></x:row>'
    )
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(rows, prefix="x"))])
    book = hostile.write_zip(tmp_path / "prefixed.xlsx", parts)
    assert rows_of(book)[0].cells == ("a", FormulaWithoutValue("B1"))


# -- sheets -----------------------------------------------------------------------------------


def test_sheets_in_order_without_chart_sheets(tmp_path):
    parts = hostile.workbook_parts(
        [
            ("Notes", hostile.sheet(hostile.text_row(1, "notes"))),
            ("R&amp;D", hostile.sheet(hostile.text_row(1, "r&amp;d"))),
            ("&#201;tat", hostile.sheet(hostile.text_row(1, "état"))),
        ],
        charts=["Chart"],
    )
    book = hostile.write_zip(tmp_path / "sheets.xlsx", parts)
    with Workbook(book) as workbook:
        assert workbook.sheets() == [
            SheetInfo("Notes", 0),
            SheetInfo("R&D", 1),
            SheetInfo("État", 2),
        ]
        assert [row.cells for row in workbook.rows()] == [("notes",)]
        assert [row.cells for row in workbook.rows("R&D")] == [("r&d",)]
        assert [row.cells for row in workbook.rows("État")] == [("état",)]
        assert "is a chart, not a sheet of rows" in refused(workbook.rows, "Chart")
        sentence = refused(workbook.rows, "Roll")
    assert sentence == (
        f'"{book.name}" has no sheet named "Roll": its sheets are "Notes", "R&D", "État".'
    )
    assert read_rows(book, "R&D") == ("R&D", [RawRow(1, ("r&d",))])


def test_the_sheet_a_name_or_none_means(tmp_path):
    parts = hostile.workbook_parts(
        [("Notes", hostile.sheet("")), ("Roll", hostile.sheet(""))], charts=["Chart"]
    )
    with Workbook(hostile.write_zip(tmp_path / "book.xlsx", parts)) as workbook:
        assert workbook.sheet_name(None) == "Notes"
        assert workbook.sheet_name("Roll") == "Roll"
        assert "is a chart" in refused(workbook.sheet_name, "Chart")


def test_a_workbook_of_charts_only(tmp_path):
    book = hostile.write_zip(tmp_path / "charts.xlsx", hostile.workbook_parts([], charts=["C"]))
    assert "holds no worksheet, only charts" in refused(read_rows, book)


def test_closing_twice(tmp_path):
    workbook = Workbook(hostile.workbook(tmp_path / "book.xlsx", hostile.text_row(1, "a")))
    workbook.close()
    workbook.close()


# -- speed ------------------------------------------------------------------------------------


def _roll(path: Path, count: int) -> Path:
    """A personnel roll of ``count`` rows, its cells written as XlsxWriter's constant-memory
    mode writes them (inline text, dates as numbers with a date style)."""

    def text(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    header = ("Service number", "Rank", "Surname", "Given names", "Sex", "Unit", "Role", "Status")
    lines = [
        f'<row r="1">{"".join(text(f"{chr(65 + c)}1", h) for c, h in enumerate(header))}</row>'
    ]
    for n in range(2, count + 2):
        lines.append(
            f'<row r="{n}">{text(f"A{n}", f"{n:07d}")}{text(f"B{n}", "PC")}'
            f"{text(f'C{n}', f'SURNAME{n % 5000}')}{text(f'D{n}', f'Given {n % 300}')}"
            f"{text(f'E{n}', 'MF'[n % 2])}{text(f'F{n}', 'KE-FPU-1')}{text(f'G{n}', 'Agent')}"
            f'{text(f"H{n}", "Active")}<c r="I{n}" s="1"><v>46042</v></c>'
            f'<c r="J{n}" s="1"><v>46406</v></c></row>'
        )
    return hostile.workbook(path, "".join(lines))


@pytest.mark.slow
def test_reading_100000_rows_costs_little_more_than_calamine(tmp_path):
    roll = _roll(tmp_path / "roll.xlsx", 100_000)

    def calamine() -> int:
        book = python_calamine.CalamineWorkbook.from_path(str(roll))
        return sum(1 for _ in book.get_sheet_by_index(0).iter_rows())

    def reader() -> int:
        with Workbook(roll) as workbook:
            return sum(1 for _ in workbook.rows())

    def best(call) -> float:
        times = []
        for _ in range(2):
            started = time.perf_counter()
            assert call() == 100_001
            times.append(time.perf_counter() - started)
        return min(times)

    alone, ours = best(calamine), best(reader)
    print(f"\n100,000 rows: calamine {alone:.2f} s, reader {ours:.2f} s ({ours / alone:.2f}x)")
    assert ours < 2 * alone
