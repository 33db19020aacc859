"""Forged and hostile workbooks at the reader: sheets listed ambiguously, parts that lie about
their size, cells far beyond the caps, addresses that are not addresses, and what python-calamine
itself refuses. Each is refused in under a second with one sentence naming the file, before
calamine lays out a single sheet."""

from __future__ import annotations

import hostile_files as hostile
import pytest
import python_calamine
from hostile_files import TEXT, refused

from lsa_desktop.excel import reader
from lsa_desktop.excel.reader import MAX_COLUMNS, Workbook


def _listed_twice(workbook_xml: str) -> str:
    return workbook_xml.replace(
        "</sheets>", '<sheet name="Sheet1" sheetId="9" r:id="rId1"/></sheets>'
    )


def _two_ids(workbook_xml: str) -> str:
    return workbook_xml.replace('r:id="rId1"', 'r:id="rId1" x:id="rId1"')


@pytest.mark.parametrize("edit", [_listed_twice, _two_ids], ids=["twice", "two-ids"])
def test_a_workbook_listing_its_sheets_ambiguously(tmp_path, edit):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    edited = edit(parts["xl/workbook.xml"])
    parts["xl/workbook.xml"] = edited.replace("<workbook ", '<workbook xmlns:x="urn:x" ')
    sentence = refused(Workbook, hostile.write_zip(tmp_path / "book.xlsx", parts))
    assert 'sheet "Sheet1" is listed ambiguously' in sentence


@pytest.mark.parametrize(
    "target",
    [
        "worksheets/sheet1.xml",
        "/xl/worksheets/sheet1.xml",
        "Worksheets/Sheet1.XML",
        "xl/worksheets/sheet1.xml",
        "/worksheets/sheet1.xml",
    ],
)
def test_the_part_scanned_is_the_part_calamine_reads(tmp_path, target):
    """Two parts a target could name, one with a far cell: whichever calamine reads is the one
    the scan judged (a forged workbook must not show the scan one part and calamine another)."""
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "plain")))])
    rels = parts["xl/_rels/workbook.xml.rels"]
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        'Target="worksheets/sheet1.xml"', f'Target="{target}"'
    ).replace("</Relationships>", '<Relationship Target="orphan.xml"/></Relationships>')
    far = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>1</v></c></row>'
    parts["xl/xl/worksheets/sheet1.xml"] = hostile.sheet(far)
    book = hostile.write_zip(tmp_path / "targets.xlsx", parts)
    calamine = python_calamine.CalamineWorkbook.from_path(str(book))
    try:
        width = calamine.get_sheet_by_name("Sheet1").width
    except python_calamine.CalamineError:
        width = None  # calamine finds no part: neither may the reader
    with Workbook(book) as workbook:
        if width is None:
            assert "has no part of its own" in refused(workbook.rows)
        elif width > MAX_COLUMNS:
            assert "uses 16,384 columns" in refused(workbook.rows)
        else:
            assert [row.cells for row in workbook.rows()] == [("plain",)]


def test_a_workbook_without_its_relationships(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    del parts["xl/_rels/workbook.xml.rels"]
    book = hostile.write_zip(tmp_path / "book.xlsx", parts)
    assert "its content cannot be read as a workbook" in refused(Workbook, book)


def test_a_sheet_name_with_a_character_that_does_not_exist(tmp_path):
    parts = hostile.workbook_parts([("&#99999999;", hostile.sheet(hostile.text_row(1, "a")))])
    assert "is damaged" in refused(Workbook, hostile.write_zip(tmp_path / "book.xlsx", parts))


def test_a_relationship_listed_twice(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    rels = parts["xl/_rels/workbook.xml.rels"]
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId1" Target="worksheets/other.xml"/></Relationships>',
    )
    sentence = refused(Workbook, hostile.write_zip(tmp_path / "book.xlsx", parts))
    assert "relationship rId1 is listed twice" in sentence


def test_a_sheet_whose_part_is_missing(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    del parts["xl/worksheets/sheet1.xml"]
    with Workbook(hostile.write_zip(tmp_path / "book.xlsx", parts)) as workbook:
        assert 'sheet "Sheet1" has no part of its own' in refused(workbook.rows)


def test_an_index_part_far_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "_MAX_INDEX_BYTES", 100)
    book = hostile.workbook(tmp_path / "book.xlsx", hostile.text_row(1, "a"))
    assert "workbook.xml.rels is far too big for what it holds" in refused(Workbook, book)


# -- caps and hostile sheets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "attributes"),
    [("XFD1048576", ""), ("XFD1", 's="0" '), ("xfd1", ""), ("SS1", "")],
    ids=["far-corner", "address-not-first", "lower-case", "column-513"],
)
def test_a_cell_beyond_the_columns_is_refused_before_calamine_lays_it_out(
    tmp_path, address, attributes
):
    book = hostile.far_cell(tmp_path / "far.xlsx", address, attributes=attributes)
    with Workbook(book) as workbook:
        sentence = refused(workbook.rows)
    assert sentence.startswith(f'Sheet "Sheet1" of "{book.name}" uses ')
    assert f"more than the {MAX_COLUMNS} this app reads" in sentence


def test_single_quoted_addresses(tmp_path):
    body = f"<row r='1'><c r='A1' {TEXT}><is><t>a</t></is></c><c r='XFD1'><v>1</v></c></row>"
    with Workbook(hostile.workbook(tmp_path / "quotes.xlsx", body)) as workbook:
        assert "uses 16,384 columns (up to column XFD)" in refused(workbook.rows)


def test_cells_without_addresses_reaching_beyond_the_columns(tmp_path):
    body = '<row r="1">' + "<c/>" * 600 + "<c><v>1</v></c></row>"
    with Workbook(hostile.workbook(tmp_path / "unaddressed.xlsx", body)) as workbook:
        assert "uses 601 columns" in refused(workbook.rows)


def test_a_row_without_address_after_the_last_row(tmp_path):
    body = '<row r="1048576"/><row><c><v>1</v></c></row>'
    with Workbook(hostile.workbook(tmp_path / "rows.xlsx", body)) as workbook:
        assert "uses 1,048,577 rows, more than the 1,048,576 this app reads" in refused(
            workbook.rows
        )


def test_the_caps_a_caller_sets(tmp_path):
    book = hostile.lying_dimension(tmp_path / "rows.xlsx", rows=100)
    with Workbook(book) as workbook:
        assert "uses 100 rows, more than the 50 this app reads" in refused(
            workbook.rows, max_rows=50
        )
        assert "uses 2 columns" in refused(workbook.rows, max_columns=1)
        assert len(list(workbook.rows(max_rows=100, max_columns=2))) == 100


class _NoSheetLoads:
    """A calamine workbook that fails the test if asked to lay a sheet out."""

    def __init__(self, book) -> None:
        self.book = book
        self.sheets_metadata = book.sheets_metadata
        self.sheet_names = book.sheet_names

    def get_sheet_by_name(self, name):
        raise AssertionError(f"python-calamine was asked to load {name}")

    def close(self) -> None:
        self.book.close()


def test_a_sheet_part_bigger_than_it_declares(tmp_path, monkeypatch):
    book = hostile.lying_size(tmp_path / "lying.xlsx")
    with Workbook(book) as workbook:
        monkeypatch.setattr(workbook, "_book", _NoSheetLoads(workbook._book))
        sentence = refused(workbook.rows)
    assert "its part xl/worksheets/sheet1.xml holds more than the 102,400 bytes" in sentence


def test_shared_strings_bigger_than_they_declare(tmp_path):
    """calamine's zip reader refuses a part the moment it grows past its declared size: the
    reader relies on that for the parts calamine reads on opening."""
    book = hostile.lying_size(tmp_path / "lying.xlsx", part="xl/sharedStrings.xml")
    assert "is damaged (its content cannot be read as a workbook)" in refused(Workbook, book)


def test_a_sheet_part_shorter_than_it_declares(tmp_path):
    book = hostile.workbook(tmp_path / "short.xlsx", hostile.text_row(1, "a"))
    with Workbook(book) as workbook:
        size = workbook._zip.getinfo("xl/worksheets/sheet1.xml").file_size
    hostile.set_declared_size(book, "xl/worksheets/sheet1.xml", size + 100)
    with Workbook(book) as workbook:
        assert "is shorter than its directory declares" in refused(workbook.rows)


def test_a_cell_address_that_is_not_one(tmp_path):
    body = '<row r="1"><c s="0" r="1A"><v>1</v></c></row>'
    with Workbook(hostile.workbook(tmp_path / "bad.xlsx", body)) as workbook:
        assert "'1A' is not a cell address" in refused(workbook.rows)


@pytest.mark.parametrize("row", ["0", "x"])
def test_a_row_number_that_is_not_one(tmp_path, row):
    body = f'<row r="{row}"><c><v>1</v></c></row>'
    with Workbook(hostile.workbook(tmp_path / "bad.xlsx", body)) as workbook:
        assert f"'{row}' is not a row number" in refused(workbook.rows)


# -- calamine's own failures ------------------------------------------------------------------


def test_xml_calamine_cannot_read(tmp_path, caplog):
    strings = f'<sst xmlns="{hostile.MAIN}"><si><t>unfinished'
    book = hostile.workbook(
        tmp_path / "broken.xlsx", hostile.text_row(1, "a"), shared_strings=strings
    )
    sentence = refused(Workbook, book)
    assert sentence.startswith('"broken.xlsx" is damaged (its content cannot be read')
    assert "python-calamine could not read" in caplog.text


def test_a_password_calamine_finds(tmp_path, monkeypatch):
    def locked(_path):
        raise python_calamine.PasswordError("Workbook is password protected")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", locked)
    book = hostile.workbook(tmp_path / "locked.xlsx", hostile.text_row(1, "a"))
    assert "is password-protected" in refused(Workbook, book)
