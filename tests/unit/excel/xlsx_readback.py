"""Reading back what the writer wrote, with the readers others use: python-calamine (the app's own
reader), openpyxl (cells, styles, sheet settings) and the raw XML of the file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import python_calamine

_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def calamine_rows(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """Every row of the sheet (the first by default), empty cells as ""."""
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    data = book.get_sheet_by_name(sheet) if sheet else book.get_sheet_by_index(0)
    return data.to_python(skip_empty_area=False)


def openpyxl_book(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def sheet_xml(path: Path, number: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{number}.xml").decode("utf-8")


def ooxml_unescape(text: str) -> str:
    """Decode OOXML's ``_xHHHH_`` escapes (how a file holds a CR, or a literal "_x0041_").
    Excel, LibreOffice and calamine decode them; openpyxl leaves them as they are, so its values
    are decoded here before they are compared."""
    return _OOXML_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
