"""Workbooks built byte by byte for the reading tests: plain ones whose XML the test chooses, and
the hostile files of issue 5 point 2 (entity bomb, zip bomb, lying sizes and dimension, renamed
CSV, encrypted workbook, empty and truncated files) and a few more that only a forger would make.

A workbook here is a zip of the few parts python-calamine needs; ``sheet`` takes the XML of the
rows (``<row>`` elements) so a test can write any cell exactly as it wants it.
"""

from __future__ import annotations

import struct
import time
import warnings
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from lsa_desktop.excel.model import BadSpreadsheet, RawRow
from lsa_desktop.excel.reader import Workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
_CHARTSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"
_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"

#: The attribute of a cell holding its own text.
TEXT = 't="inlineStr"'

#: styles.xml with one date format: a cell with s="1" is a date (dd/mm/yyyy).
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
    '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)

#: The billion laughs: ten levels of ten references, a gigabyte of "lol" once expanded.
BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10 if level > 1 else "&lol;" * 10}">\n'
        for level in range(1, 10)
    )
    + f']>\n<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def sheet(rows: str, *, dimension: str = "A1", root: str = "worksheet", prefix: str = "") -> str:
    """A worksheet part holding ``rows`` (the XML of its ``<row>`` elements)."""
    p = f"{prefix}:" if prefix else ""
    namespace = f'xmlns{":" + prefix if prefix else ""}="{MAIN}"'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<{p}{root} {namespace} xmlns:r="{RELATIONSHIPS}">'
        f'<{p}dimension ref="{dimension}"/><{p}sheetData>{rows}</{p}sheetData></{p}{root}>'
    )


def text_row(number: int, *values: str) -> str:
    """A row of inline-text cells from column A."""
    cells = "".join(
        f'<c r="{chr(65 + index)}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
        for index, value in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def workbook_parts(
    sheets: Sequence[tuple[str, str]],
    *,
    shared_strings: str | None = None,
    charts: Sequence[str] = (),
) -> dict[str, str]:
    """The parts of a workbook with these (name, worksheet XML) sheets, then chart sheets."""
    entries = [
        (name, f"worksheets/sheet{n}.xml", _WORKSHEET) for n, (name, _) in enumerate(sheets, 1)
    ]
    entries += [
        (name, f"chartsheets/sheet{n}.xml", _CHARTSHEET) for n, name in enumerate(charts, 1)
    ]
    listed = "".join(
        f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
        for n, (name, _, _) in enumerate(entries, 1)
    )
    relations = "".join(
        f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>'
        for n, (_, target, kind) in enumerate(entries, 1)
    )
    relations += f'<Relationship Id="rIdS" Type="{_STYLES}" Target="styles.xml"/>'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns='
            '"http://schemas.openxmlformats.org/package/2006/content-types"/>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}">'
            f'<Relationship Id="rId1" Type="{_DOCUMENT}" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
            f'xmlns:r="{RELATIONSHIPS}"><sheets>{listed}</sheets></workbook>'
        ),
        "xl/styles.xml": STYLES,
    }
    if shared_strings is not None:
        relations += f'<Relationship Id="rIdT" Type="{_STRINGS}" Target="sharedStrings.xml"/>'
        parts["xl/sharedStrings.xml"] = shared_strings
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}">'
        f"{relations}</Relationships>"
    )
    for n, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{n}.xml"] = xml
    for n, _name in enumerate(charts, 1):
        parts[f"xl/chartsheets/sheet{n}.xml"] = f'<chartsheet xmlns="{MAIN}"/>'
    return parts


def write_zip(path: Path, parts: Mapping[str, str | bytes]) -> Path:
    """Writes the parts, deflated, in order (a name given twice is written twice)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a duplicate name: that is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    return path


def workbook(path: Path, rows: str, *, name: str = "Sheet1", dimension: str = "A1", **more) -> Path:
    """A one-sheet workbook whose sheet holds ``rows``."""
    return write_zip(path, workbook_parts([(name, sheet(rows, dimension=dimension))], **more))


# -- hostile files ----------------------------------------------------------------------------


def entity_bomb(path: Path) -> Path:
    """The billion laughs in the shared strings, the part a reader expands first."""
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    return workbook(path, rows, shared_strings=BILLION_LAUGHS)


def entity_bomb_in_sheet(path: Path, *, utf16: bool = False) -> Path:
    """A DOCTYPE with an entity in the sheet itself (UTF-16 if asked, as XML allows)."""
    xml = sheet(text_row(1, "&lol;")).replace(
        "\n", '\n<!-- written by hand -->\n<!DOCTYPE worksheet [<!ENTITY lol "lol">]>\n', 1
    )
    parts: dict[str, str | bytes] = dict(workbook_parts([("Sheet1", xml)]))
    if utf16:
        parts["xl/worksheets/sheet1.xml"] = xml.replace("UTF-8", "UTF-16").encode("utf-16")
    return write_zip(path, parts)


def zip_bomb_declared(path: Path, declared: int = 2 * 1024**3) -> Path:
    """A small real workbook whose sheet part declares ``declared`` bytes once inflated."""
    workbook(path, text_row(1, "Service number", "Surname"))
    return set_declared_size(path, "xl/worksheets/sheet1.xml", declared)


def zip_bomb_ratio(path: Path, megabytes: int = 4) -> Path:
    """A sheet padded with megabytes of spaces: honest sizes, a ratio of about a thousand."""
    padding = " " * (megabytes * 1024 * 1024)
    return workbook(path, text_row(1, "a") + padding)


def lying_size(path: Path, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """A part that inflates to 1 MB while its directory entry declares 100 KB (with the CRC of
    those 100 KB, so that Python's zipfile, which stops at the declared size, is satisfied)."""
    import zlib

    padding = " " * (1024 * 1024)
    if part.endswith("sharedStrings.xml"):
        strings = f'<sst xmlns="{MAIN}"><si><t>a</t></si>{padding}</sst>'
        workbook(path, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared_strings=strings)
    else:
        workbook(path, text_row(1, "a") + padding)
    declared = 100 * 1024
    with zipfile.ZipFile(path) as archive:
        head = archive.read(part)[:declared]
    set_declared_size(path, part, declared)
    return _patch_member(path, part, central=16, local=14, fmt="<I", value=zlib.crc32(head))


def lying_dimension(path: Path, rows: int = 100) -> Path:
    """A sheet whose ``<dimension>`` says A1:B2 but which holds ``rows`` rows."""
    body = "".join(text_row(n, f"row {n}", str(n)) for n in range(1, rows + 1))
    return workbook(path, body, dimension="A1:B2")


def renamed_csv(path: Path) -> Path:
    path.write_text("Service number;Surname\n0061154;OTIENO\n", encoding="utf-8")
    return path


def encrypted(path: Path) -> Path:
    """What Excel saves with a password (and what an old .xls is): an OLE2 compound file."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"EncryptedPackage")
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated(path: Path, source: Path) -> Path:
    """The first half of a real workbook, as an interrupted copy leaves it."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def far_cell(path: Path, address: str = "XFD1048576", *, attributes: str = "") -> Path:
    """A1 and one more cell far away: enough to make a dense reader allocate billions."""
    row = "".join(ch for ch in address if ch.isdigit())
    rows = (
        text_row(1, "Service number")
        + f'<row r="{row}"><c {attributes}r="{address}" t="inlineStr"><is><t>x</t></is></c></row>'
    )
    return workbook(path, rows)


# -- patching the zip directory ---------------------------------------------------------------


def set_declared_size(path: Path, part: str, size: int) -> Path:
    """Sets the uncompressed size a part declares, in its local header and its directory entry."""
    return _patch_member(path, part, central=24, local=22, fmt="<I", value=size)


def set_flags(path: Path, part: str, flags: int) -> Path:
    return _patch_member(path, part, central=8, local=6, fmt="<H", value=flags)


def set_method(path: Path, part: str, method: int) -> Path:
    return _patch_member(path, part, central=10, local=8, fmt="<H", value=method)


def _patch_member(path: Path, part: str, *, central: int, local: int, fmt: str, value: int) -> Path:
    data = bytearray(path.read_bytes())
    name = part.encode()
    at = 0
    found = False
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        (name_length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + name_length] == name:
            (local_offset,) = struct.unpack_from("<I", data, at + 42)
            struct.pack_into(fmt, data, at + central, value)
            struct.pack_into(fmt, data, local_offset + local, value)
            found = True
        at += 4
    assert found, f"no part {part} in {path}"
    path.write_bytes(bytes(data))
    return path


# -- reading them ----------------------------------------------------------------------------


def rows_of(path: Path, sheet: str | None = None, **caps) -> list[RawRow]:
    with Workbook(path) as book:
        return list(book.rows(sheet, **caps))


def refused(call: Callable, *args, **kwargs) -> str:
    """The sentence ``call`` refuses with, after checking that the refusal took under a second
    and is one sentence."""
    started = time.perf_counter()
    with pytest.raises(BadSpreadsheet) as caught:
        call(*args, **kwargs)
    assert time.perf_counter() - started < 1.0
    sentence = str(caught.value)
    assert "\n" not in sentence and sentence.endswith(".")
    return sentence
