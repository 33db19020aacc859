"""The pass over a sheet's XML that settles its extent and finds the cells with no usable value
before calamine reads it: exact at the caps' edges, across chunk boundaries, and when the sheet
is unusual (rows or cells without addresses, prefixed tags, a row longer than a chunk)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import hostile_files as hostile
import pytest

from lsa_desktop.excel import sheet_scan
from lsa_desktop.excel.model import BadSpreadsheet, FormulaWithoutValue, column_letter
from lsa_desktop.excel.sheet_scan import Limits, scan_sheet
from lsa_desktop.excel.zip_parts import CHUNK_BYTES

PART = "xl/worksheets/sheet1.xml"
WIDE = Limits(rows=1_048_576, columns=100_000, cells=10**9)


def scan(book: Path, limits: Limits = WIDE) -> dict:
    with zipfile.ZipFile(book) as archive:
        info = archive.getinfo(PART)
    return dict(scan_sheet(book, info, "Sheet1", limits).marks)


def number_rows(first: int, last: int, columns: str = "A") -> str:
    return "".join(
        f'<row r="{n}">' + "".join(f'<c r="{c}{n}"><v>{n}</v></c>' for c in columns) + "</row>"
        for n in range(first, last + 1)
    )


def test_rows_up_to_the_cap_pass_and_one_more_is_refused(tmp_path):
    limits = Limits(rows=533_333, columns=10, cells=10**9)
    body = number_rows(1, 1, "ABCDEFGHIJ") + '<row r="533333"><c r="J533333"><v>1</v></c></row>'
    assert scan(hostile.workbook(tmp_path / "edge.xlsx", body), limits) == {}
    over = body.replace("533333", "533334")
    with pytest.raises(BadSpreadsheet, match="uses 533,334 rows, more than the 533,333"):
        scan(hostile.workbook(tmp_path / "over.xlsx", over), limits)


def test_columns_up_to_the_cap_pass_and_one_more_is_refused(tmp_path):
    limits = Limits(rows=100, columns=30, cells=10**9)
    columns = [column_letter(n) for n in range(30)]
    header = '<row r="1">' + "".join(f'<c r="{c}1"><v>1</v></c>' for c in columns) + "</row>"
    assert scan(hostile.workbook(tmp_path / "edge.xlsx", header + number_rows(2, 5)), limits) == {}
    wider = header + '<row r="2"><c r="AE2"><v>1</v></c></row>'
    with pytest.raises(BadSpreadsheet, match=r"uses 31 columns \(up to column AE\)"):
        scan(hostile.workbook(tmp_path / "over.xlsx", wider), limits)


def test_the_cap_on_cells(tmp_path):
    book = hostile.workbook(tmp_path / "block.xlsx", number_rows(1, 10, "ABCDEFGHIJ"))
    with pytest.raises(BadSpreadsheet) as caught:
        scan(book, Limits(rows=1000, columns=100, cells=50))
    assert str(caught.value) == (
        'Sheet "Sheet1" of "block.xlsx" spans 10 rows by 10 columns, more than the 50 cells this '
        "app reads at once: delete unused rows and columns, or split it."
    )


def test_a_sheet_that_widens_after_its_first_rows_is_read_again_exactly(tmp_path, monkeypatch):
    narrow = number_rows(1, 40_000)  # 1.3 MB: the first chunk sees one column
    wide = number_rows(40_001, 40_003, "ABCDEFGHIJKLMNOPQRST")
    last = '<row r="40004"><c r="T40004"><f>A1</f></c></row>'
    assert len(narrow) > CHUNK_BYTES
    book = hostile.workbook(tmp_path / "widens.xlsx", narrow + wide + last)
    runs = []
    run = sheet_scan._Scanner.run

    def counted(self, *arguments):
        runs.append(self.exact)
        return run(self, *arguments)

    monkeypatch.setattr(sheet_scan._Scanner, "run", counted)
    marks = scan(book, Limits(rows=1_000_000, columns=50, cells=2_000_000))
    assert runs == [False, True]
    assert marks == {(40_003, 19): FormulaWithoutValue("T40004")}


def test_marks_across_chunk_boundaries(tmp_path):
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><f>A{n}*2</f></c></row>'
        for n in range(1, 40_001)
    )
    marks = scan(hostile.workbook(tmp_path / "many.xlsx", rows))
    assert len(marks) == 40_000
    assert all(marks[(n - 1, 1)] == FormulaWithoutValue(f"B{n}") for n in range(1, 40_001))


def test_a_row_longer_than_a_chunk(tmp_path):
    cells = "".join(f'<c r="{column_letter(n)}1"><v>{n}</v></c>' for n in range(60_000))
    body = f'<row r="1">{cells}<c r="{column_letter(60_000)}1"><f>A1</f></c></row>'
    marks = scan(hostile.workbook(tmp_path / "long.xlsx", body))
    assert marks == {(0, 60_000): FormulaWithoutValue(f"{column_letter(60_000)}1")}


def test_a_prefixed_sheet_longer_than_a_chunk(tmp_path):
    rows = "".join(
        f'<x:row r="{n}"><x:c r="A{n}"><x:v>{n}</x:v></x:c></x:row>' for n in range(1, 40_001)
    )
    rows += '<x:row r="40001"><x:c r="B40001"><x:f>A1</x:f></x:c></x:row>'
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(rows, prefix="x"))])
    marks = scan(hostile.write_zip(tmp_path / "prefixed.xlsx", parts))
    assert marks == {(40_000, 1): FormulaWithoutValue("B40001")}


def test_rows_without_addresses_carry_the_position_to_the_next_chunk():
    scanner = sheet_scan._Scanner(WIDE, exact=False)
    scanner.max_col = 1
    usual = (
        b'<row r="5"><c r="A5"><v>1</v></c></row><row><c r="A6"><v>1</v></c></row>'
        b'<row spans="1:1"><c r="A7"><v>2</v></c></row>'
    )
    scanner.feed(usual, 0, len(usual))
    assert (scanner.row_index, scanner.col_index) == (7, 0)
    unusual = b"<row><c><f>1+1</f></c></row>"
    scanner.feed(unusual, 0, len(unusual))
    assert scanner.marks == {(7, 0): FormulaWithoutValue("A8")}


def test_rows_without_any_address_in_a_usual_chunk():
    scanner = sheet_scan._Scanner(WIDE, exact=False)
    scanner.max_col, scanner.row_index = 1, 3
    usual = b'<row><c r="A4"><v>1</v></c></row><row/><rowBreaks count="0"/>'
    scanner.feed(usual, 0, len(usual))
    assert (scanner.row_index, scanner.col_index) == (5, 0)
