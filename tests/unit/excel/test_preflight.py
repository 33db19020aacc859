"""The checks a file passes before any parser reads it: each hostile or wrong file is refused in
well under a second, with one sentence that names the file and says what to do."""

from __future__ import annotations

import errno
import os
import sys
import time
import zipfile
from pathlib import Path

import hostile_files as hostile
import pytest

from lsa_desktop.excel.model import BadSpreadsheet
from lsa_desktop.excel.preflight import (
    HEAD_BYTES,
    MAX_FILE_BYTES,
    MAX_PARTS,
    UnsafeXmlSetup,
    check_xml_safety,
    preflight,
)
from lsa_desktop.excel.reader import Workbook

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LIBREOFFICE = sorted(FIXTURES.glob("*_libreoffice.xlsx"))


def refused(path: Path, check=preflight) -> str:
    """The sentence ``check`` refuses ``path`` with, after checking it took under a second and
    is one sentence naming the file."""
    started = time.perf_counter()
    with pytest.raises(BadSpreadsheet) as caught:
        check(path)
    assert time.perf_counter() - started < 1.0
    sentence = str(caught.value)
    assert f'"{path.name}"' in sentence
    assert "\n" not in sentence and sentence.endswith(".")
    return sentence


@pytest.fixture(scope="session")
def ratio_bomb(tmp_path_factory) -> Path:
    return hostile.zip_bomb_ratio(tmp_path_factory.mktemp("bomb") / "ratio.xlsx")


@pytest.mark.parametrize("fixture", LIBREOFFICE, ids=lambda path: path.name)
def test_workbooks_written_by_libreoffice_pass(fixture):
    started = time.perf_counter()
    preflight(fixture)
    assert time.perf_counter() - started < 0.2


def test_fixtures_are_there():
    assert [path.name for path in LIBREOFFICE] == [
        "roster_fr_libreoffice.xlsx",
        "stock_count_libreoffice.xlsx",
        "vehicles_en_libreoffice.xlsx",
    ]


def test_a_missing_file(tmp_path):
    assert "cannot be found" in refused(tmp_path / "roll.xlsx")


def test_a_folder(tmp_path):
    folder = tmp_path / "exports.xlsx"
    folder.mkdir()
    assert "is a folder" in refused(folder)


def test_something_that_is_not_a_file(tmp_path):
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    assert "is not a file" in refused(pipe)


def test_a_file_that_cannot_be_read(tmp_path, monkeypatch):
    locked = hostile.workbook(tmp_path / "locked.xlsx", hostile.text_row(1, "a"))
    if os.geteuid() == 0:
        # root reads any file: the refusal the OS gives others is given here
        real_open = Path.open

        def refused_open(self, *args, **kwargs):
            if self == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refused_open)
    locked.chmod(0)
    try:
        assert "cannot be opened" in refused(locked)
    finally:
        locked.chmod(0o600)


def test_a_path_through_a_file(tmp_path):
    inside = hostile.renamed_csv(tmp_path / "roll.csv") / "roll.xlsx"
    assert "cannot be opened (Not a directory)" in refused(inside)


def test_a_zip_that_cannot_be_opened(tmp_path, monkeypatch):
    book = hostile.workbook(tmp_path / "book.xlsx", hostile.text_row(1, "a"))

    def gone(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(zipfile, "ZipFile", gone)
    assert "cannot be opened (Permission denied)" in refused(book)


def test_an_empty_file(tmp_path):
    assert "is empty (0 bytes)" in refused(hostile.empty(tmp_path / "roll.xlsx"))


def test_a_file_too_big_to_read(tmp_path):
    big = tmp_path / "big.xlsx"
    with big.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    assert "more than the 100 MB this app reads" in refused(big)


@pytest.mark.parametrize("name", ["roll.xlsx", "roll.xls"])
def test_a_password_protected_or_old_xls_workbook(tmp_path, name):
    sentence = refused(hostile.encrypted(tmp_path / name))
    assert sentence == (
        f'"{name}" is an old .xls workbook or a password-protected one: open it in Excel or '
        "LibreOffice and save it as .xlsx without a password."
    )


@pytest.mark.parametrize("name", ["roll.xlsx", "roll.csv"])
def test_a_renamed_csv(tmp_path, name):
    assert "plain text, perhaps a CSV file renamed" in refused(hostile.renamed_csv(tmp_path / name))


def test_a_text_file_in_utf16(tmp_path):
    text = tmp_path / "roll.xlsx"
    text.write_text("Matricule\tNom\n", encoding="utf-16")
    assert "plain text" in refused(text)


def test_binary_data_that_is_not_a_workbook(tmp_path):
    picture = tmp_path / "photo.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "is not an Excel workbook (.xlsx)" in refused(picture)


@pytest.mark.parametrize("fixture", LIBREOFFICE, ids=lambda path: path.name)
def test_a_truncated_workbook(tmp_path, fixture):
    sentence = refused(hostile.truncated(tmp_path / fixture.name, fixture))
    assert "is incomplete or damaged (not a whole workbook, perhaps cut short" in sentence


def test_a_zip_bomb_declaring_two_gigabytes_is_refused_in_milliseconds(tmp_path):
    bomb = hostile.zip_bomb_declared(tmp_path / "bomb.xlsx")
    started = time.perf_counter()
    sentence = refused(bomb)
    assert time.perf_counter() - started < 0.05
    assert "xl/worksheets/sheet1.xml would expand to 2,048 MB" in sentence
    assert "ask the sender for a copy saved by Excel or LibreOffice" in sentence


def test_a_zip_bomb_by_its_ratio(ratio_bomb):
    assert ratio_bomb.stat().st_size < 100_000
    sentence = refused(ratio_bomb)
    assert "xl/worksheets/sheet1.xml expands" in sentence and "times" in sentence


def test_parts_too_big_together(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts |= {f"xl/media/blob{n}.bin": b"x" for n in range(3)}
    bomb = hostile.write_zip(tmp_path / "bomb.xlsx", parts)
    for n in range(3):
        hostile.set_declared_size(bomb, f"xl/media/blob{n}.bin", 600 * 1024 * 1024)
    assert "its parts would expand to 1,800 MB, more than the 1,536 MB allowed in all" in refused(
        bomb
    )


def test_an_entity_bomb_in_the_shared_strings(tmp_path):
    sentence = refused(hostile.entity_bomb(tmp_path / "laughs.xlsx"))
    assert "its part xl/sharedStrings.xml declares a document type" in sentence


@pytest.mark.parametrize("utf16", [False, True], ids=["utf8", "utf16"])
def test_an_entity_declared_in_a_sheet_after_a_comment(tmp_path, utf16):
    bomb = hostile.entity_bomb_in_sheet(tmp_path / "entity.xlsx", utf16=utf16)
    assert "its part xl/worksheets/sheet1.xml declares a document type" in refused(bomb)


def test_an_entity_bomb_never_reaches_calamine(tmp_path, monkeypatch):
    import python_calamine

    def never(*_args, **_kwargs):
        raise AssertionError("python-calamine was given a hostile file")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", never)
    refused(hostile.entity_bomb(tmp_path / "laughs.xlsx"), check=Workbook)


@pytest.mark.parametrize(
    ("head", "verdict"),
    [
        ('<?xml version="1.0"?><root/>', None),
        ("\ufeff<?xml version='1.0'?>\n<!-- note --><?pi data?><root/>", None),
        ('<?xml version="1.0"?>junk<!DOCTYPE x []><root/>', "declares a document type"),
        ('<?xml version="1.0"?><!ENTITY a "b"><root/>', "declares a document type"),
        ("<!--" + " " * HEAD_BYTES, "does not reach its first element"),
        ("<?xml version='1.0'?>", None),  # the whole part: no root, nothing declared either
        ("<?xml version='1.0'", None),
    ],
    ids=[
        "plain",
        "bom-comment-pi",
        "text-then-doctype",
        "entity",
        "endless-comment",
        "no-root",
        "unfinished-declaration",
    ],
)
def test_the_prolog_of_every_xml_part(tmp_path, head, verdict):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts["docProps/custom.xml"] = head
    book = hostile.write_zip(tmp_path / "book.xlsx", parts)
    if verdict is None:
        preflight(book)
    else:
        assert verdict in refused(book)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_declaration_in_utf16_without_a_byte_order_mark(tmp_path, encoding):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts["docProps/custom.xml"] = '<!DOCTYPE x [<!ENTITY a "b">]><x/>'.encode(encoding)
    assert "declares a document type" in refused(hostile.write_zip(tmp_path / "b.xlsx", parts))


def test_folders_and_empty_parts_are_passed_over(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts |= {"xl/media/": b"", "xl/empty.xml": b""}
    preflight(hostile.write_zip(tmp_path / "book.xlsx", parts))


def test_binary_parts_are_not_taken_for_xml(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts["xl/media/image1.png"] = b"\x89PNG\r\n\x1a\n<!DOCTYPE"
    preflight(hostile.write_zip(tmp_path / "book.xlsx", parts))


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, "(.ods)"),
        ({"xl/workbook.bin": b"\x00"}, "(.xlsb)"),
        ({"word/document.xml": "<w/>"}, "is a Word document"),
        ({"mimetype": "application/epub+zip"}, "is a zip file but not an Excel workbook"),
        ({"mimetype": "x" * 101}, "is a zip file but not an Excel workbook"),
        ({"notes.txt": "hello"}, "is a zip file but not an Excel workbook"),
    ],
    ids=["ods", "xlsb", "docx", "epub", "long-mimetype", "zip"],
)
def test_zip_files_that_are_not_workbooks(tmp_path, parts, expected):
    assert expected in refused(hostile.write_zip(tmp_path / "other.xlsx", parts))


def test_an_unreadable_mimetype(tmp_path):
    other = hostile.write_zip(tmp_path / "other.xlsx", {"mimetype": "x" * 50})
    data = bytearray(other.read_bytes())
    at = data.find(b"mimetype") + len("mimetype")
    data[at : at + 4] = b"\xff" * 4
    other.write_bytes(bytes(data))
    assert "is a zip file but not an Excel workbook" in refused(other)


def test_encrypted_zip_parts(tmp_path):
    book = hostile.workbook(tmp_path / "book.xlsx", hostile.text_row(1, "a"))
    hostile.set_flags(book, "xl/worksheets/sheet1.xml", 0x1)
    assert "has encrypted parts" in refused(book)


def test_a_compression_excel_never_writes(tmp_path):
    book = hostile.workbook(tmp_path / "book.xlsx", hostile.text_row(1, "a"))
    hostile.set_method(book, "xl/worksheets/sheet1.xml", zipfile.ZIP_BZIP2)
    assert "uses a compression Excel never writes" in refused(book)


def test_two_parts_with_one_name(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts["XL/Worksheets/Sheet1.xml"] = hostile.sheet(hostile.text_row(1, "forged"))
    sentence = refused(hostile.write_zip(tmp_path / "book.xlsx", parts))
    assert "holds two parts named XL/Worksheets/Sheet1.xml" in sentence


def test_too_many_parts(tmp_path):
    parts = hostile.workbook_parts([("Sheet1", hostile.sheet(hostile.text_row(1, "a")))])
    parts |= {f"xl/media/p{n}.bin": b"" for n in range(MAX_PARTS)}
    assert f"it holds {len(parts):,} parts" in refused(
        hostile.write_zip(tmp_path / "b.xlsx", parts)
    )


def test_a_part_that_cannot_be_read(tmp_path):
    book = hostile.workbook(tmp_path / "book.xlsx", hostile.text_row(1, "a"))
    data = bytearray(book.read_bytes())
    at = data.find(b"xl/styles.xml") + len("xl/styles.xml")  # the local header's name
    data[at : at + 8] = b"\xff" * 8  # its deflate stream, broken
    book.write_bytes(bytes(data))
    assert "its part xl/styles.xml cannot be read" in refused(book)


# -- the start-up check -----------------------------------------------------------------------


def test_xml_is_parsed_safely_here():
    check_xml_safety()


def test_without_defusedxml(monkeypatch):
    monkeypatch.setitem(sys.modules, "defusedxml", None)
    with pytest.raises(UnsafeXmlSetup, match="defusedxml package is missing"):
        check_xml_safety()


def test_a_defusedxml_that_lets_entities_through(monkeypatch):
    from defusedxml import ElementTree

    monkeypatch.setattr(ElementTree, "fromstring", lambda text: None)
    with pytest.raises(UnsafeXmlSetup, match="accepted an XML entity declaration"):
        check_xml_safety()


def test_openpyxl_told_not_to_use_defusedxml(monkeypatch):
    import openpyxl

    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(UnsafeXmlSetup, match="OPENPYXL_DEFUSEDXML"):
        check_xml_safety()


def test_the_setting_is_read_before_openpyxl_is_imported(monkeypatch):
    monkeypatch.delitem(sys.modules, "openpyxl", raising=False)
    monkeypatch.setenv("OPENPYXL_DEFUSEDXML", "False")
    with pytest.raises(UnsafeXmlSetup):
        check_xml_safety()
    monkeypatch.setenv("OPENPYXL_DEFUSEDXML", "True")
    check_xml_safety()
