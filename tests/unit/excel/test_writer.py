"""The workbook writer: text never evaluated, never cut, never breaking the file; the file moved
into place whole or not at all, readable by its owner only; styled so a donor can read it."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from xlsx_readback import calamine_rows, ooxml_unescape, openpyxl_book, sheet_xml

from lsa_desktop.errors import UserError
from lsa_desktop.excel import sheet_writer, xlsx_file
from lsa_desktop.excel.cell_text import MAX_CELL_TEXT, needs_quote_prefix, safe_text
from lsa_desktop.excel.model import FieldType
from lsa_desktop.excel.writer import SheetSpec, write_workbook

T, ID, INT, DEC, BOOL, DATE = (
    FieldType.TEXT,
    FieldType.IDENTIFIER,
    FieldType.INTEGER,
    FieldType.DECIMAL,
    FieldType.BOOLEAN,
    FieldType.DATE,
)


def write(path: Path, rows, headers=("A", "B", "C"), kinds=None, **more) -> Path:
    write_workbook(path, [SheetSpec("Sheet", headers, rows, kinds, **more)])
    return path


# --- text -------------------------------------------------------------------------------------


FORMULA_LIKE = ["=1+2", "+509 3456 7890", "-5", "@SUM(A1:A3)", "\tx", "\r=1", '=HYPERLINK("x")']


def test_text_a_spreadsheet_would_evaluate_is_written_as_text_with_the_quote_prefix(tmp_path):
    path = write(tmp_path / "f.xlsx", [(text, "plain") for text in FORMULA_LIKE], ("A", "B"))

    sheet = openpyxl_book(path)["Sheet"]
    for row, text in enumerate(FORMULA_LIKE, start=2):
        cell = sheet.cell(row, 1)
        assert (cell.data_type, ooxml_unescape(cell.value)) == ("s", text)
        assert cell.quotePrefix, text
        assert not sheet.cell(row, 2).quotePrefix
    assert "<f>" not in sheet_xml(path)
    assert [row[0] for row in calamine_rows(path)[1:]] == FORMULA_LIKE


def test_a_phone_number_keeps_its_plus_sign(tmp_path):
    path = write(
        tmp_path / "p.xlsx", [("+509 3456 7890", 50934567890)], ("Phone", "As number"), [T, INT]
    )
    assert calamine_rows(path)[1][0] == "+509 3456 7890"


def test_needs_quote_prefix_only_for_the_formula_starters():
    assert all(needs_quote_prefix(text) for text in FORMULA_LIKE)
    assert not any(needs_quote_prefix(text) for text in ("", "a=1", " =1", "509", "\n=1"))


def test_characters_xml_cannot_hold_are_replaced_one_for_one():
    assert safe_text("a\x00b\x08c\x0bd\x1fe\ud800f\udfffg\ufffeh\uffff") == (
        "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh\ufffd"
    )
    kept = "tab\tLF\nCR\r\x7f \u200f\u202e😀\ufeff"
    assert safe_text(kept) == kept


def test_a_workbook_with_illegal_characters_still_opens(tmp_path):
    path = write(tmp_path / "x.xlsx", [("bell\x07", "lone \ud83d surrogate", "ok")])
    assert calamine_rows(path)[1] == ["bell\ufffd", "lone \ufffd surrogate", "ok"]
    assert openpyxl_book(path)["Sheet"]["A2"].value == "bell\ufffd"


@pytest.mark.parametrize("text", ["<r><t>x</t></r>", "<r>&</r>", "<r></r>", "<r>_x0041_\r</r>"])
def test_text_shaped_like_rich_text_xml_reads_back_unchanged(tmp_path, text):
    # XlsxWriter writes a string starting "<r>" and ending "</r>" unescaped, as its own XML.
    path = write(tmp_path / "r.xlsx", [(text, "=1")])
    assert calamine_rows(path)[1][:2] == [text, "=1"]
    assert ooxml_unescape(openpyxl_book(path)["Sheet"]["A2"].value) == text


def test_text_shaped_like_rich_text_xml_too_long_once_escaped_is_refused(tmp_path):
    text = "<r>" + "&" * 12_000 + "</r>"  # under the limit, but each & takes five characters
    with pytest.raises(UserError, match="Sheet, cell A2: text that begins with <r>"):
        write(tmp_path / "r.xlsx", [(text,)], ("A",))


def test_text_up_to_the_cell_limit_is_written_whole(tmp_path):
    text = "x" * (MAX_CELL_TEXT - 2) + "😀"  # the emoji counts two, as Excel counts
    path = write(tmp_path / "long.xlsx", [("a", text)])
    assert calamine_rows(path)[1][1] == text


@pytest.mark.parametrize("text", ["x" * (MAX_CELL_TEXT + 1), "😀" * (MAX_CELL_TEXT // 2 + 1)])
def test_text_over_the_cell_limit_is_refused_naming_the_cell_never_cut(tmp_path, text):
    path = tmp_path / "long.xlsx"
    rows = [("a", "b", "c"), ("a", "b", text)]
    with pytest.raises(UserError) as raised:
        write(path, rows, ("Code", "Name", "Surname"))
    message = str(raised.value)
    assert "sheet Sheet, row 3, column Surname (cell C3)" in message
    assert f"{MAX_CELL_TEXT + 1:,} characters" in message
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


# --- numbers, dates, booleans -------------------------------------------------------------------


def test_each_kind_of_column_gets_its_format_and_type(tmp_path):
    row = ("0012", 123, 1234, 1250.5, True, date(2025, 3, 31), datetime(2025, 3, 31, 14, 5))
    headers = ("Id", "Id2", "Qty", "Value", "Flag", "Day", "When")
    path = write(tmp_path / "k.xlsx", [row], headers, [ID, T, INT, DEC, BOOL, DATE, None])

    sheet = openpyxl_book(path)["Sheet"]
    cells = sheet[2]
    assert [c.value for c in cells[:5]] == ["0012", "123", 1234, 1250.5, "yes"]
    assert [c.number_format for c in cells[2:4]] == ["#,##0", "#,##0.00"]
    assert (cells[5].number_format, cells[6].number_format) == ("yyyy-mm-dd", "yyyy-mm-dd hh:mm")
    assert calamine_rows(path)[1][5:] == [date(2025, 3, 31), datetime(2025, 3, 31, 14, 5)]


def test_values_a_spreadsheet_cannot_show_exactly_go_as_text(tmp_path):
    rows = [(date(1899, 12, 30), 10**15, 123.0), (datetime(1850, 1, 1, 8, 0), -(10**16), 12.5)]
    path = write(tmp_path / "t.xlsx", rows, ("Day", "Big", "Id"), [DATE, INT, ID])
    assert calamine_rows(path)[1:] == [
        ["1899-12-30", "1000000000000000", "123"],
        ["1850-01-01 08:00:00", "-10000000000000000", "12.5"],
    ]


def test_a_number_that_is_not_finite_is_refused_naming_the_cell(tmp_path):
    with pytest.raises(UserError, match=r"row 2, column Value \(cell B2\): nan"):
        write(tmp_path / "n.xlsx", [("a", float("nan"))], ("Name", "Value"), [T, DEC])


def test_a_boolean_outside_a_boolean_column_stays_a_boolean(tmp_path):
    path = write(tmp_path / "b.xlsx", [(True, False)], ("A", "B"))
    assert calamine_rows(path)[1] == [True, False]


# --- the file ---------------------------------------------------------------------------------


def rows_that_fail_after(count: int, error: Exception):
    for number in range(count):
        yield (f"row {number}", number, date(2025, 1, 1))
    raise error


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "old.xlsx")


def private_row_folders() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("lsa-xlsx-")}


@pytest.mark.parametrize(
    "error",
    [RuntimeError("the disk went away"), UserError("a value that cannot be written")],
    ids=["crash", "refused"],
)
def test_a_failure_midway_leaves_the_previous_file_whole(tmp_path, error):
    path = write(tmp_path / "old.xlsx", [("kept", 1, date(2024, 1, 1))])
    before = path.read_bytes()
    folders = private_row_folders()

    with pytest.raises(type(error)):
        write(path, rows_that_fail_after(5_000, error))

    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert private_row_folders() == folders


def test_a_failure_to_move_the_file_into_place_is_a_sentence(tmp_path, monkeypatch):
    path = write(tmp_path / "old.xlsx", [("kept", 1, date(2024, 1, 1))])
    before = path.read_bytes()

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(xlsx_file.os, "replace", refuse)
    with pytest.raises(UserError, match=r"Cannot write .*old.xlsx: permission denied"):
        write(path, [("new", 2, None)])
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_a_sentence(tmp_path):
    with pytest.raises(UserError, match=r"Cannot write .*no-such-folder.*no such file"):
        write(tmp_path / "no-such-folder" / "out.xlsx", [("a", 1, None)])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "roll.xlsx"
    path.write_bytes(b"an older file anyone could read")
    path.chmod(0o644)
    write(path, [("a", 1, None)])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_rows_beyond_what_a_sheet_holds_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_writer, "MAX_ROWS", 4)
    with pytest.raises(UserError, match="more than 3 rows below its header"):
        write(tmp_path / "big.xlsx", [("a",)] * 4, ("A",))
    assert not (tmp_path / "big.xlsx").exists()


# --- styling ----------------------------------------------------------------------------------


def test_header_frozen_filtered_and_styled(tmp_path):
    rows = [("KE-FPU-1", 140, date(2025, 3, 1)), ("JM-FPU", 1_250_000, None)]
    path = write(tmp_path / "s.xlsx", rows, ("Unit", "Strength", "Arrival"), [ID, INT, DATE])

    sheet = openpyxl_book(path)["Sheet"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    header = sheet["A1"]
    assert header.font.b
    assert header.fill.fgColor.rgb == "FFD9E1F2"
    assert not sheet["A2"].font.b


def test_column_widths_fit_every_row_written(tmp_path):
    # The widest cell is the very last of 3,000 rows: the widths see every row, not a sample.
    rows = [("x", 7, date(2025, 1, 1), "short")] * 2_999 + [("y" * 45, 1_234_567, None, "s" * 500)]
    path = write(tmp_path / "w.xlsx", rows, ("Name", "Qty", "Day", "Remarks"), [T, INT, DATE, T])

    widths = {k: v.width for k, v in openpyxl_book(path)["Sheet"].column_dimensions.items()}
    assert 47 <= widths["A"] <= 49  # 45 characters and a little padding
    assert widths["B"] >= len("1,234,567") + 1  # the shown number, separators included
    assert widths["C"] >= len("2025-01-01") + 1  # a date never shows as ###
    assert 60 <= widths["D"] <= 61  # long text capped; it wraps or overflows, never ###


def test_a_narrow_column_is_still_wide_enough_for_its_header_and_filter_button(tmp_path):
    path = write(tmp_path / "n.xlsx", [("M", 1)], ("Sex", "Minimum operational strength"))
    widths = {k: v.width for k, v in openpyxl_book(path)["Sheet"].column_dimensions.items()}
    assert widths["A"] >= 8
    assert widths["B"] >= len("Minimum operational strength") + 3


def test_notes_go_to_an_about_sheet(tmp_path):
    notes = [("Mission", "MSS Haiti"), ("Filter", "=unit KE-FPU-1")]
    path = write(tmp_path / "a.xlsx", [("a",)], ("A",), notes=notes)
    book = openpyxl_book(path)
    assert book.sheetnames == ["Sheet", "About"]
    assert [[c.value for c in row] for row in book["About"].iter_rows(min_row=2)] == [
        ["Mission", "MSS Haiti"],
        ["Filter", "=unit KE-FPU-1"],
    ]
    assert book["About"]["B3"].quotePrefix


def test_header_notes_and_drop_downs(tmp_path):
    path = write(
        tmp_path / "d.xlsx",
        [],
        ("Code", "Status"),
        header_notes=("Required.", ""),
        drop_downs={1: ["ACTIVE", "LEAVE"]},
    )
    book = openpyxl_book(path)
    sheet = book["Sheet"]
    assert sheet["A1"].comment.text == "Required."
    assert sheet["B1"].comment is None
    (validation,) = sheet.data_validations.dataValidation
    assert (validation.type, validation.formula1, str(validation.sqref)) == (
        "list",
        '"ACTIVE,LEAVE"',
        "B2:B1048576",
    )
    assert not validation.showErrorMessage  # French or abbreviated values may still be typed
