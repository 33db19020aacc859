"""Reading a workbook's rows safely and fast, with python-calamine.

The order is what makes it safe: :func:`~lsa_desktop.excel.preflight.preflight` judges the file by
its directory (bombs, entity declarations, wrong formats) before calamine opens it (calamine's own
zip reader then refuses any part that grows past its declared size); and each sheet is scanned
(:mod:`.sheet_scan`) for its true extent and for cells with no usable value before calamine lays
it out, in Rust.

What comes out is every row from row 1, blank rows included, as :class:`RawRow` s of plain values:
text stays text (leading zeros kept), numbers come as ``float`` (``12.0``), dates as ``date`` or
``datetime`` (calamine decides from the cell's number format and value: midnight gives a
``date``), empty cells as None. A formula saved without its result, or a cell holding an error
(``#N/A``), comes as a :class:`FormulaWithoutValue` (the error as its subclass
:class:`~lsa_desktop.excel.sheet_scan.CellError`), never as empty. A time-of-day or a duration
(rare: a date-formatted cell holding less than a day) comes as its text, ``"12:00:00"``.

Every failure is a :class:`BadSpreadsheet` whose text is one sentence naming the file. No Qt here.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import time, timedelta
from itertools import chain, islice
from pathlib import Path
from sys import intern
from types import TracebackType
from typing import Any
from zipfile import ZipFile, ZipInfo

import python_calamine

from lsa_desktop.excel.model import (
    BadSpreadsheet,
    CellValue,
    FormulaWithoutValue,
    RawRow,
    SheetInfo,
)
from lsa_desktop.excel.preflight import preflight
from lsa_desktop.excel.sheet_scan import CellError, Limits, scan_sheet
from lsa_desktop.excel.zip_parts import damaged, iter_part, quoted

__all__ = ["MAX_CELLS", "MAX_COLUMNS", "MAX_ROWS", "CellError", "Workbook", "read_rows"]

log = logging.getLogger(__name__)

MAX_ROWS = 1_048_576  # Excel's own limit
MAX_COLUMNS = 512
#: calamine holds a sheet as one dense block of rows x columns (about 30 bytes a cell).
MAX_CELLS = 16_000_000
#: workbook.xml and its relationships list sheets; beyond this they hold something else.
_MAX_INDEX_BYTES = 16 * 1024 * 1024
_BATCH = 256

_TAG_ATTRIBUTES = rb"(?=[\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
_SHEET_TAG = re.compile(rb"<(?:[\w.-]+:)?sheet" + _TAG_ATTRIBUTES)
_RELATIONSHIP_TAG = re.compile(rb"<(?:[\w.-]+:)?Relationship" + _TAG_ATTRIBUTES)
_ATTRIBUTE = re.compile(rb"([\w.:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(?:#(\d+)|#x([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos));")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ODD_TYPES = frozenset({time, timedelta})


class Workbook:
    """An open workbook: its sheets, and the rows of any of them. Use it as a context manager.

    Opening runs :func:`preflight`; reading a sheet first scans it. Nothing is written."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        preflight(self.path)
        self._zip: ZipFile | None = None
        self._book: Any = None
        try:
            self._zip = ZipFile(self.path)
            self._parts = _sheet_parts(self.path, self._zip.infolist())
            self._book = _calamine(
                self.path, python_calamine.CalamineWorkbook.from_path, str(self.path)
            )
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def sheets(self) -> list[SheetInfo]:
        """The worksheets, in the workbook's order (chart sheets left out); ``index`` is the
        position among all the workbook's sheets."""
        worksheet = python_calamine.SheetTypeEnum.WorkSheet
        return [
            SheetInfo(meta.name, index)
            for index, meta in enumerate(self._book.sheets_metadata)
            if meta.typ == worksheet
        ]

    def rows(
        self, sheet: str | None = None, *, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS
    ) -> Iterator[RawRow]:
        """Every row of ``sheet`` (the first worksheet when None) from row 1, blank rows
        included, each as wide as the widest. The sheet is checked here, before the first row is
        asked for: an unknown sheet, or one beyond the caps, raises :class:`BadSpreadsheet`."""
        name = self.sheet_name(sheet)
        part = self._parts.get(name)
        if part is None:
            raise damaged(self.path, f'sheet "{name}" has no part of its own')
        limits = Limits(rows=max_rows, columns=max_columns, cells=MAX_CELLS)
        marks = scan_sheet(self.path, part, name, limits).marks
        data = _calamine(self.path, self._book.get_sheet_by_name, name)
        return _rows(data, marks)

    def sheet_name(self, sheet: str | None) -> str:
        """The worksheet ``sheet`` names, or the first worksheet when None; a
        :class:`BadSpreadsheet` listing the sheets when there is no such worksheet, or none."""
        names = [info.name for info in self.sheets()]
        if sheet is None and names:
            return names[0]
        if sheet in names:
            return sheet
        if not names:
            raise BadSpreadsheet(
                f"{quoted(self.path)} holds no worksheet, only charts: choose a workbook with "
                "the list in a sheet of rows."
            )
        listed = ", ".join(f'"{name}"' for name in names)
        if sheet in self._book.sheet_names:
            raise BadSpreadsheet(
                f'"{sheet}" in {quoted(self.path)} is a chart, not a sheet of rows: choose one '
                f"of {listed}."
            )
        raise BadSpreadsheet(
            f'{quoted(self.path)} has no sheet named "{sheet}": its sheets are {listed}.'
        )


def read_rows(path: Path, sheet: str | None = None) -> tuple[str, list[RawRow]]:
    """The sheet's name (the first worksheet's when ``sheet`` is None) and all its rows."""
    with Workbook(path) as workbook:
        name = workbook.sheet_name(sheet)
        return name, list(workbook.rows(name))


def _rows(data: Any, marks: dict[tuple[int, int], FormulaWithoutValue]) -> Iterator[RawRow]:
    """calamine's rows as :class:`RawRow` s, with the scan's marks put in their cells.

    calamine's ``iter_rows`` starts at row 1 but at the first column holding a value, so that
    many empty cells are put back in front of each row."""
    lead = data.start[1] if data.start is not None else 0
    width = lead + data.width if data.start is not None else 0
    width = max([width, *(col + 1 for _row, col in marks)])
    marked_rows: dict[int, list[tuple[int, FormulaWithoutValue]]] = defaultdict(list)
    for (row, col), mark in marks.items():
        marked_rows[row].append((col, mark))
    whole = not marks and lead == 0  # calamine's rows need nothing but their empty cells as None
    padding = (None,) * lead
    number = 0
    values = data.iter_rows()
    while batch := list(islice(values, _BATCH)):
        odd = not _ODD_TYPES.isdisjoint(map(type, chain.from_iterable(batch)))
        for row in batch:
            # Text interned: a roll repeats its ranks, units and statuses on every row, and one
            # string each instead of one per cell keeps 100,000 rows in far less memory.
            cells = tuple(
                [
                    (None if value == "" else intern(value)) if type(value) is str else value
                    for value in row
                ]
            )
            if odd:
                cells = tuple(map(_plain, cells))
            number += 1
            yield (
                RawRow(number, cells)
                if whole
                else _row(number, padding + cells, width, marked_rows)
            )
    while marked_rows and number < max(marked_rows) + 1:
        number += 1
        yield _row(number, (), width, marked_rows)


def _row(
    number: int,
    cells: tuple[CellValue, ...],
    width: int,
    marked_rows: dict[int, list[tuple[int, FormulaWithoutValue]]],
) -> RawRow:
    """Row ``number`` (1-based) made ``width`` wide, with its marks in place."""
    if len(cells) < width:
        cells = cells + (None,) * (width - len(cells))
    marked = marked_rows.get(number - 1)
    if marked is None:
        return RawRow(number, cells)
    full: list[CellValue | FormulaWithoutValue] = list(cells)
    for col, mark in marked:
        full[col] = mark
    return RawRow(number, tuple(full))


def _plain(value: Any) -> CellValue:
    """A time of day or a duration as its text; any other value as it is."""
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return value


def _calamine(path: Path, call: Callable[..., Any], *arguments: Any) -> Any:
    """Runs a python-calamine call, turning its errors into a sentence naming the file."""
    try:
        return call(*arguments)
    except python_calamine.PasswordError as error:
        raise BadSpreadsheet(
            f"{quoted(path)} is password-protected: open it in Excel or LibreOffice and save it "
            "as .xlsx without a password."
        ) from error
    except Exception as error:  # calamine's own errors, and any it lets through from Rust
        log.warning("python-calamine could not read %s: %r", path, error)
        raise damaged(path, "its content cannot be read as a workbook") from error


def _sheet_parts(path: Path, infos: Iterable[ZipInfo]) -> dict[str, ZipInfo]:
    """Each sheet's name -> its part, found as calamine finds it (xl/workbook.xml names the
    sheets and their relationship ids; xl/_rels/workbook.xml.rels gives each id's target), so
    that the part scanned is the part calamine will read. Anything ambiguous is refused."""
    parts = {info.filename.lower(): info for info in infos}
    targets: dict[bytes, bytes] = {}
    for attributes in _tags(path, parts, "xl/_rels/workbook.xml.rels", _RELATIONSHIP_TAG):
        key = attributes.get(b"Id")
        if key is not None:
            if key in targets:
                raise damaged(path, f"relationship {key.decode('latin-1')} is listed twice")
            targets[key] = attributes.get(b"Target", b"")
    sheets: dict[str, ZipInfo] = {}
    for attributes in _tags(path, parts, "xl/workbook.xml", _SHEET_TAG):
        ids = [value for key, value in attributes.items() if key.endswith(b":id")]
        name = _unescape(attributes.get(b"name", b"").decode("utf-8", errors="replace"))
        if len(ids) != 1 or name in sheets:
            raise damaged(path, f'sheet "{name}" is listed ambiguously')
        target = targets.get(ids[0], b"").decode("utf-8", errors="replace")
        # calamine's rule, to the letter: "xl/worksheets/s.xml" is read as "xl/xl/worksheets/..."
        part = parts.get((target[1:] if target.startswith("/xl/") else f"xl/{target}").lower())
        if part is not None:
            sheets[name] = part
    return sheets


def _tags(
    path: Path, parts: dict[str, ZipInfo], name: str, tag: re.Pattern[bytes]
) -> Iterator[dict[bytes, bytes]]:
    """The attributes of every ``tag`` in a small index part (none when the part is missing)."""
    info = parts.get(name)
    if info is None:
        return
    if info.file_size > _MAX_INDEX_BYTES:
        raise damaged(path, f"its part {info.filename} is far too big for what it holds")
    text = b"".join(iter_part(path, info))
    for found in tag.finditer(text):
        yield {key: double or single for key, double, single in _ATTRIBUTE.findall(found.group(1))}


def _unescape(text: str) -> str:
    """XML's character references and five named entities, as in an attribute value."""

    def replace(found: re.Match[str]) -> str:
        decimal, hexadecimal, named = found.groups()
        if named:
            return _PREDEFINED[named]
        try:
            return chr(int(decimal) if decimal else int(hexadecimal, 16))
        except (ValueError, OverflowError):  # no such character: left as written
            return found.group(0)

    return _ENTITY.sub(replace, text)
