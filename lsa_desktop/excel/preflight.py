"""The checks a file passes before any parser reads it, and the start-up check of XML safety.

A workbook is a zip of XML parts. Everything here looks only at the file's first bytes, the zip's
central directory and the first bytes of each part, so a hostile file (a zip bomb, an XML entity
bomb, a renamed CSV, a password-protected or old ``.xls`` workbook, a truncated copy) is refused
in milliseconds with one sentence that names the file and says what to do, before python-calamine
or any XML parser sees it. No Qt here.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
import zipfile
import zlib
from pathlib import Path

from lsa_desktop.errors import UserError
from lsa_desktop.excel.model import BadSpreadsheet
from lsa_desktop.excel.zip_parts import damaged, quoted

MAX_FILE_BYTES = 100 * 1024 * 1024
#: What one part may declare once decompressed: a sheet of 16 million cells of text fits.
MAX_PART_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 1536 * 1024 * 1024
#: Real workbooks compress their XML 5 to 50 times; deflate bombs reach about 1,000.
MAX_RATIO = 200
#: Parts smaller than this are too small to flood anything, whatever their ratio.
RATIO_FLOOR = 1024 * 1024
MAX_PARTS = 5_000
#: How much of each XML part is read to find its root element (past any declarations).
HEAD_BYTES = 64 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with parts; an empty zip
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_MB = 1024 * 1024
#: What reading a damaged part through zipfile raises.
_UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError)


class UnsafeXmlSetup(UserError):
    """The installation cannot parse XML safely; workbooks must not be read until it is fixed."""


def preflight(path: Path) -> None:
    """Refuses, with :class:`BadSpreadsheet` (one sentence naming the file), anything that is not
    a workbook this app may parse. Reads at most the head of the file, the zip directory and the
    first :data:`HEAD_BYTES` of each part."""
    path = Path(path)
    _check_file(path)
    with _open_zip(path) as archive:
        infos = archive.infolist()
        _check_directory(path, infos)
        _check_is_workbook(path, archive, infos)
        for info in infos:
            _check_xml_head(path, archive, info)


def check_xml_safety() -> None:
    """Start-up check: XML is parsed only through defusedxml. Raises :class:`UnsafeXmlSetup` when
    defusedxml is missing or does not refuse an entity declaration, or when openpyxl (used to
    read workbooks back in tests and tools) has been told not to use it. Costs about 20 ms."""
    try:
        import defusedxml
        from defusedxml import ElementTree
    except ImportError as error:
        raise UnsafeXmlSetup(
            "This installation cannot read workbooks safely: the defusedxml package is missing; "
            "reinstall LSA Desktop."
        ) from error
    probe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>'
    try:
        ElementTree.fromstring(probe)
    except defusedxml.DefusedXmlException:
        pass
    else:
        raise UnsafeXmlSetup(
            "This installation cannot read workbooks safely: defusedxml accepted an XML entity "
            "declaration; reinstall LSA Desktop."
        )
    # openpyxl decides once, when first imported, from this variable (openpyxl/xml/__init__.py);
    # importing openpyxl here would add 0.4 s to every start.
    openpyxl = sys.modules.get("openpyxl")
    enabled = (
        getattr(openpyxl, "DEFUSEDXML", False)
        if openpyxl is not None
        else os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"
    )
    if not enabled:
        raise UnsafeXmlSetup(
            "This installation cannot read workbooks safely: openpyxl has been told not to use "
            "defusedxml (OPENPYXL_DEFUSEDXML); remove that setting and start again."
        )


def _check_file(path: Path) -> None:
    """The file exists, is a readable regular file of a size worth opening, and is a zip."""
    name = quoted(path)
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise BadSpreadsheet(f"{name} is a folder, not a workbook: choose an .xlsx file.")
        if not stat.S_ISREG(status.st_mode):
            raise BadSpreadsheet(f"{name} is not a file: choose an .xlsx workbook.")
        if status.st_size == 0:
            raise BadSpreadsheet(
                f"{name} is empty (0 bytes), perhaps because it was not saved or copied to the "
                "end: save it again from Excel or LibreOffice."
            )
        if status.st_size > MAX_FILE_BYTES:
            raise BadSpreadsheet(
                f"{name} is {status.st_size / _MB:,.0f} MB, more than the "
                f"{MAX_FILE_BYTES // _MB} MB this app reads: split it into smaller workbooks."
            )
        with path.open("rb") as file:
            head = file.read(4096)
    except FileNotFoundError as error:
        raise BadSpreadsheet(f"{name} cannot be found: check its name and folder.") from error
    except OSError as error:
        raise BadSpreadsheet(
            f"{name} cannot be opened ({error.strerror or error}): check that you may read it "
            "and that no other program is holding it."
        ) from error
    if head.startswith(_OLE2):
        raise BadSpreadsheet(
            f"{name} is an old .xls workbook or a password-protected one: open it in Excel or "
            "LibreOffice and save it as .xlsx without a password."
        )
    if not head.startswith(_ZIP):
        if _looks_like_text(head):
            raise BadSpreadsheet(
                f"{name} is not an Excel workbook (.xlsx) but plain text, perhaps a CSV file "
                "renamed: open it in Excel or LibreOffice and save it as .xlsx."
            )
        raise BadSpreadsheet(
            f"{name} is not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save "
            "it as .xlsx."
        )


def _looks_like_text(head: bytes) -> bool:
    """Text (CSV, HTML, XML, in UTF-8, UTF-16 or a one-byte code page), not binary data."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in head


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as error:
        raise BadSpreadsheet(
            f"{quoted(path)} is incomplete or damaged (not a whole workbook, perhaps cut short "
            "while it was copied or downloaded): copy it again, or ask the sender for a new copy."
        ) from error
    except OSError as error:
        raise BadSpreadsheet(
            f"{quoted(path)} cannot be opened ({error.strerror or error}): check that you may "
            "read it and that no other program is holding it."
        ) from error


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Judges every part by what the central directory declares: a bomb is refused here."""
    if len(infos) > MAX_PARTS:
        raise damaged(path, f"it holds {len(infos):,} parts, where a workbook has a few dozen")
    seen: set[str] = set()
    for info in infos:
        folded = info.filename.lower()  # the reader finds parts whatever their case
        if folded in seen:
            raise damaged(path, f"it holds two parts named {info.filename}")
        seen.add(folded)
        if info.flag_bits & 0x1:
            raise BadSpreadsheet(
                f"{quoted(path)} has encrypted parts: open it in Excel or LibreOffice and save "
                "it as .xlsx without a password."
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged(path, f"its part {info.filename} uses a compression Excel never writes")
        if info.file_size > MAX_PART_BYTES:
            raise _bomb(
                path,
                f"its part {info.filename} would expand to {info.file_size / _MB:,.0f} MB, more "
                f"than the {MAX_PART_BYTES // _MB:,} MB allowed",
            )
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise _bomb(
            path,
            f"its parts would expand to {total / _MB:,.0f} MB, more than the "
            f"{MAX_TOTAL_BYTES // _MB:,} MB allowed in all",
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_FLOOR and ratio > MAX_RATIO:
            raise _bomb(
                path,
                f"its part {info.filename} expands {ratio:,.0f} times, where the parts of a real "
                f"workbook expand at most about {MAX_RATIO} times",
            )


def _bomb(path: Path, detail: str) -> BadSpreadsheet:
    return BadSpreadsheet(
        f"{quoted(path)} is refused because {detail} (a damaged or malicious file): ask the "
        "sender for a copy saved by Excel or LibreOffice."
    )


def _check_is_workbook(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """The zip is an Excel workbook, or a sentence saying what it is instead."""
    names = {info.filename.lower(): info for info in infos}
    if "xl/workbook.xml" in names:
        return
    name = quoted(path)
    if "mimetype" in names and _read_small(archive, names["mimetype"]) == _ODS_MIMETYPE:
        raise BadSpreadsheet(
            f"{name} is an OpenDocument spreadsheet (.ods): open it in LibreOffice and save it "
            "as Excel 2007-365 (.xlsx)."
        )
    if "xl/workbook.bin" in names:
        raise BadSpreadsheet(
            f"{name} is a binary Excel workbook (.xlsb): open it in Excel or LibreOffice and save "
            "it as .xlsx."
        )
    if "word/document.xml" in names:
        raise BadSpreadsheet(f"{name} is a Word document, not a workbook: choose an .xlsx file.")
    raise BadSpreadsheet(
        f"{name} is a zip file but not an Excel workbook: choose an .xlsx file saved by Excel or "
        "LibreOffice."
    )


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A tiny part's bytes (stripped), or b"" when it is not tiny or cannot be read."""
    if info.file_size > 100:
        return b""
    try:
        return archive.read(info).strip()
    except _UNREADABLE:
        return b""


def _check_xml_head(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuses an XML part whose prolog declares a document type (where entities live): the
    billion-laughs and external-entity attacks need one, and no workbook writer emits one."""
    if info.is_dir() or info.file_size == 0:
        return
    try:
        with archive.open(info) as part:
            head = part.read(HEAD_BYTES)
    except _UNREADABLE as error:
        raise damaged(path, f"its part {info.filename} cannot be read") from error
    verdict = _prolog_verdict(_decode_head(head))
    if verdict == "entities":
        raise BadSpreadsheet(
            f"{quoted(path)} is refused because its part {info.filename} declares a document "
            "type, which workbooks never need and XML entity attacks use: ask the sender for a "
            "copy saved by Excel or LibreOffice."
        )
    if verdict == "unfinished" and len(head) == HEAD_BYTES:
        raise damaged(
            path,
            f"its part {info.filename} does not reach its first element in {HEAD_BYTES:,} bytes",
        )


def _decode_head(head: bytes) -> str:
    """The head of a part as text; markup is ASCII in every encoding XML allows but UTF-16."""
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(b"<\x00"):
        return head.decode("utf-16-le", errors="replace").lstrip("\ufeff")
    if head.startswith(codecs.BOM_UTF16_BE) or head.startswith(b"\x00<"):
        return head.decode("utf-16-be", errors="replace").lstrip("\ufeff")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


def _prolog_verdict(text: str) -> str:
    """ "root" when the first element comes after nothing but the XML declaration, processing
    instructions, comments and spaces; "entities" when a declaration (``<!DOCTYPE``, ``<!ENTITY``)
    comes first; "unfinished" when the head ends inside the prolog; "not xml" otherwise."""
    at = 0
    while True:
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        if at == len(text):
            return "unfinished"
        if text.startswith("<?", at):
            end = text.find("?>", at + 2)
            if end < 0:
                return "unfinished"
            at = end + 2
        elif text.startswith("<!--", at):
            end = text.find("-->", at + 4)
            if end < 0:
                return "unfinished"
            at = end + 3
        elif text.startswith("<!", at):
            return "entities"
        elif text.startswith("<", at):
            return "root" if at + 1 < len(text) else "unfinished"
        elif at == 0:
            return "not xml"
        else:  # text in the prolog: not well-formed; refuse if a declaration hides behind it
            return "entities" if "<!" in text[at:] else "root"
