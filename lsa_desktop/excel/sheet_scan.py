"""One streaming pass over a sheet's XML before python-calamine reads it.

python-calamine is fast and gives each cell's cached value, but two things it cannot be trusted
with are settled here first:

- **The sheet's extent.** calamine lays a sheet out as one dense block from its first to its last
  cell, whatever ``<dimension>`` says (a lying dimension neither hides rows nor enlarges the
  block). Two cells, A1 and XFD1048576, would make it allocate 17 billion cells and kill the app,
  so the last row and column holding a cell are found here and held to the reader's caps.
- **Cells with no usable value.** A formula saved without its result, and a cell holding an error
  (``#N/A``, ``#DIV/0!``), both come out of calamine as an empty string; they are found here by
  address so that the reader hands them on as :class:`FormulaWithoutValue`, never as empty.

Speed is the point (an import of 100,000 rows must stay within twice calamine's own time), so the
XML is never parsed as a tree. It is cut into chunks of whole rows and each chunk is searched in C
with four compiled patterns: cells not written in the usual form (``<c r="B12"``, the column
within the extent known so far, the row number short enough), formulas, error cells, and tags
with a namespace prefix. Whatever they find is placed exactly, one cell at a time; a chunk with a
cell that has no address of its own is walked tag by tag, placing cells as calamine does
(``xlsx/cells_reader.rs``: a cell at its ``r``, else after the previous cell; a row at its ``r``,
else after the previous row). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from zipfile import ZipInfo

from lsa_desktop.excel.model import (
    BadSpreadsheet,
    FormulaWithoutValue,
    cell_address,
    column_letter,
)
from lsa_desktop.excel.zip_parts import damaged, iter_part, quoted


@dataclass(frozen=True, slots=True)
class CellError(FormulaWithoutValue):
    """A cell holding an error value (``#N/A``, ``#DIV/0!``...), typed or the result of its
    formula: python-calamine reads it as empty, so it travels as a cell with no usable value."""

    code: str = ""  # "#N/A"


@dataclass(frozen=True, slots=True)
class Limits:
    """The reader's caps: rows, columns, and cells of calamine's dense block (rows x columns)."""

    rows: int
    columns: int
    cells: int


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What the pass found: (0-based row, 0-based column) -> the cell to hand on instead of the
    empty string calamine gives for it."""

    marks: Mapping[tuple[int, int], FormulaWithoutValue] = field(default_factory=dict)


_PREFIXED = re.compile(rb":(?:c|row|f|v|is)[\s/>]")
_FORMULA = re.compile(rb"<f[\s/>]")
_ERROR = re.compile(rb"t=[\"']e[\"']")
_COLUMNS_SEEN = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_REF = re.compile(rb"([A-Za-z]+)(\d+)")
_ATTRIBUTES = rb"((?:[^>\"']|\"[^\"]*\"|'[^']*')*)"
_CELL_AT = re.compile(rb"<c\s++r=[\"']([A-Za-z]+)(\d+)[\"']" + _ATTRIBUTES + rb">")
_TAG = re.compile(rb"<(/?)(?:[\w.-]+:)?(row|c)(?=[\s/>])" + _ATTRIBUTES + rb">")
_CELL_END = re.compile(rb"</(?:[\w.-]+:)?c\s*>")
_R_ATTR = re.compile(rb"(?:^|\s)r\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_T_ATTR = re.compile(rb"(?:^|\s)t\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ANY_FORMULA = re.compile(rb"<(?:[\w.-]+:)?f[\s/>]")
_ANY_INLINE = re.compile(rb"<(?:[\w.-]+:)?is[\s/>]")
_VALUE = re.compile(rb"<(?:[\w.-]+:)?v(?:\s[^>]*)?(?:/>|>(.*?)</(?:[\w.-]+:)?v\s*>)", re.S)


def scan_sheet(path: Path, info: ZipInfo, sheet: str, limits: Limits) -> SheetScan:
    """Streams the sheet's part once (held to the zip directory, see ``zip_parts``) and returns
    the cells with no usable value. Raises :class:`BadSpreadsheet`, with a sentence naming the
    file, the sheet and the cap, when the sheet is bigger than ``limits`` allow."""
    scanner = _Scanner(limits, exact=False)
    scanner.run(path, info)
    if not scanner.settled():
        # Only a sheet near the caps whose width grew after its first rows gets here: read it
        # again, placing every cell.
        scanner = _Scanner(limits, exact=True)
        scanner.run(path, info)
    broken = scanner.breaks()
    if broken is not None:
        raise BadSpreadsheet(f'Sheet "{sheet}" of {quoted(path)} {broken}.')
    return SheetScan(scanner.marks)


class _Scanner:
    def __init__(self, limits: Limits, *, exact: bool) -> None:
        self.limits = limits
        self.exact = exact  # every cell placed one by one (slow): no pattern thresholds
        self.path = Path()
        self.max_row = 0  # 1-based, over the cells placed one by one
        self.max_col = 0
        self.bound_row = 0  # the cells the patterns let pass lie at or within these
        self.bound_col = 0
        self.row_index = 0  # calamine's running position, for cells without an address
        self.col_index = 0
        self.marks: dict[tuple[int, int], FormulaWithoutValue] = {}

    def run(self, path: Path, info: ZipInfo) -> None:
        """Feeds the whole part in chunks that end after a row's end tag. Nothing is skipped,
        not even what lies outside ``<sheetData>``: a tag there can only make the extent found
        larger than calamine's, never smaller, so no text mimicking an end tag can fool it."""
        self.path = path
        pending = b""
        for data in iter_part(path, info):
            if not self.exact and self.max_col == 0:
                # The usual width, from the first rows: the patterns then let those cells pass.
                seen = set(_COLUMNS_SEEN.findall(data))
                self.max_col = max(map(_column_number, seen), default=0)
            needle = b"</row>" if b"</row>" in data else b"row>"
            last = data.rfind(needle)
            if last < 0:
                pending += data  # no row ends here: wait for more
                continue
            first = data.find(needle) + len(needle)
            head = pending + data[:first]
            self.feed(head, 0, len(head))
            self.feed(data, first, last + len(needle))
            pending = data[last + len(needle) :]
        self.feed(pending, 0, len(pending))

    def feed(self, chunk: bytes, start: int, end: int) -> None:
        """The rows in ``chunk[start:end]``: searched with patterns, placed cell by cell where
        they find something, walked tag by tag if a cell has no address of its own."""
        if start >= end:
            return
        if _PREFIXED.search(chunk, start, end):
            self.walk(chunk, start, end)
            return
        width = 0 if self.exact else min(self.max_col, 702)
        rows = 0 if self.exact else self._safe_rows(width)
        found = list(_unusual_cells(width, rows).finditer(chunk, start, end))
        found += _FORMULA.finditer(chunk, start, end)
        found += _ERROR.finditer(chunk, start, end)
        for match in found:
            if not self._place_cell_around(chunk, start, match.start()):
                self.walk(chunk, start, end)
                return
        self.bound_row = max(self.bound_row, rows)
        self.bound_col = max(self.bound_col, width)
        self._carry_rows(chunk, start, end)

    def _safe_rows(self, width: int) -> int:
        return min(self.limits.rows, self.limits.cells // max(width, 1))

    def _place_cell_around(self, chunk: bytes, start: int, at: int) -> bool:
        """Places (and judges) the cell whose start tag begins at, holds, or ends right before
        ``at``; False when no cell with its own address is there (the chunk is then walked)."""
        begin = chunk.rfind(b"<c", start, at + 1)
        tag = _CELL_AT.match(chunk, begin) if begin >= 0 else None
        if tag is None:
            return False
        row, col = self._position(tag.group(1), tag.group(2))
        self._place(row, col)
        attributes = tag.group(3)
        if attributes.endswith(b"/"):
            content = b""
        else:
            close = chunk.find(b"</c>", tag.end())
            if close < at:
                return False
            content = chunk[tag.end() : close]
        self._judge(row, col, attributes, content)
        return True

    def _carry_rows(self, chunk: bytes, start: int, end: int) -> None:
        """calamine's running row after these rows: the last row with an ``r``, plus one for
        each row after it without one (cells are all addressed here, rows need not be)."""
        unaddressed = 0
        at = end
        while (at := chunk.rfind(b"<row", start, at)) >= 0:
            tag = _TAG.match(chunk, at)
            if tag is None or tag.group(2) != b"row":
                continue
            r = _attribute(_R_ATTR, tag.group(3))
            if r is not None:
                self.row_index, self.col_index = self._row_number(r) + unaddressed, 0
                return
            unaddressed += 1
        if unaddressed:
            self.row_index, self.col_index = self.row_index + unaddressed, 0

    def walk(self, chunk: bytes, start: int, end: int) -> None:
        """Every row and cell tag, placed as calamine places them."""
        at = start
        while (tag := _TAG.search(chunk, at, end)) is not None:
            closing, name, attributes = tag.groups()
            at = tag.end()
            empty = attributes.endswith(b"/")
            if name == b"row":
                if not closing:
                    r = _attribute(_R_ATTR, attributes)
                    if r is not None:
                        self.row_index = self._row_number(r) - 1
                if closing or empty:
                    self.row_index += 1
                    self.col_index = 0
                continue
            if closing:
                continue
            r = _attribute(_R_ATTR, attributes)
            if r is None:
                row, col = self.row_index, self.col_index
            else:
                ref = _REF.fullmatch(r)
                if ref is None:
                    raise damaged(self.path, f"{r.decode('latin-1')!r} is not a cell address")
                row, col = self._position(ref.group(1), ref.group(2))
            content = b""
            if not empty:
                close = _CELL_END.search(chunk, at, end)
                content = chunk[at : close.start() if close else end]
                at = close.end() if close else end
            self.col_index = col + 1
            self._place(row, col)
            self._judge(row, col, attributes, content)

    def _position(self, letters: bytes, digits: bytes) -> tuple[int, int]:
        """0-based (row, column) of an address, its letters in either case as calamine reads."""
        return self._row_number(digits) - 1, _column_number(letters) - 1

    def _row_number(self, digits: bytes) -> int:
        number = int(digits) if digits.isdigit() else 0
        if number < 1:
            raise damaged(self.path, f"{digits.decode('latin-1')!r} is not a row number")
        return number

    def _place(self, row: int, col: int) -> None:
        self.max_row = max(self.max_row, row + 1)
        self.max_col = max(self.max_col, col + 1)

    def _judge(self, row: int, col: int, attributes: bytes, content: bytes) -> None:
        """Marks the cell if calamine would read "" from it though it is not empty."""
        kind = _attribute(_T_ATTR, attributes)
        address = cell_address(col, row + 1)
        if kind == b"e":
            code = (_value(content) or b"").strip().decode("utf-8", errors="replace")
            self.marks[(row, col)] = CellError(address, code)
            return
        if not _ANY_FORMULA.search(content):
            return
        if kind == b"inlineStr":
            has_value = _ANY_INLINE.search(content) is not None
        else:
            value = _value(content)
            has_value = value is not None and (kind == b"str" or bool(value.strip()))
        if not has_value:
            self.marks[(row, col)] = FormulaWithoutValue(address)

    def settled(self) -> bool:
        """Whether the caps can be judged now: the cells the patterns let pass are bounded
        tightly enough, or the cells placed one by one already break a cap."""
        rows = max(self.max_row, self.bound_row)
        cols = max(self.max_col, self.bound_col)
        limits = self.limits
        fits = rows <= limits.rows and cols <= limits.columns and rows * cols <= limits.cells
        return fits or self.breaks() is not None

    def breaks(self) -> str | None:
        """The end of the sentence refusing the sheet, or None when it fits the caps."""
        limits, rows, cols = self.limits, self.max_row, self.max_col
        if cols > limits.columns:
            return (
                f"uses {cols:,} columns (up to column {column_letter(cols - 1)}), more than the "
                f"{limits.columns:,} this app reads: delete the unused columns on the right, or "
                "copy the data to a new sheet"
            )
        if rows > limits.rows:
            return (
                f"uses {rows:,} rows, more than the {limits.rows:,} this app reads: split it "
                "into smaller sheets"
            )
        if rows * cols > limits.cells:
            return (
                f"spans {rows:,} rows by {cols:,} columns, more than the {limits.cells:,} cells "
                "this app reads at once: delete unused rows and columns, or split it"
            )
        return None


def _attribute(pattern: re.Pattern[bytes], attributes: bytes) -> bytes | None:
    found = pattern.search(attributes)
    if found is None:
        return None
    return found.group(1) if found.group(1) is not None else found.group(2)


def _value(content: bytes) -> bytes | None:
    """The text of the cell's ``<v>``: None without one, b"" for an empty one."""
    found = _VALUE.search(content)
    if found is None:
        return None
    return found.group(1) or b""


def _column_number(letters: bytes) -> int:
    """1-based column of "A", "b", "XFD"..."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


@cache
def _unusual_cells(width: int, rows: int) -> re.Pattern[bytes]:
    """Matches every cell start tag except the usual ``<c r="B12"`` whose column is at most
    ``width`` (702 at most: two letters) and whose row is at most ``rows``. Excel, LibreOffice,
    openpyxl and XlsxWriter write every cell in that form, so the search stays in C."""
    if width == 0 or rows == 0:
        return re.compile(rb"<c[\s/>]")
    letters = column_letter(width - 1)
    if len(letters) == 1:
        columns = f"[A-{letters}]"
    else:
        first, second = letters
        earlier = f"|[A-{chr(ord(first) - 1)}][A-Z]" if first > "A" else ""
        columns = f"(?:[A-Z]{earlier}|{first}[A-{second}])"
    return re.compile(f'<c(?! r="{columns}(?:{_up_to(rows)})")[\\s/>]'.encode())


def _up_to(number: int) -> str:
    """A pattern for the whole numbers 1 to ``number`` written without leading zeros."""
    digits = str(number)
    size = len(digits)
    shorter = [f"[1-9][0-9]{{0,{size - 2}}}"] if size > 1 else []
    same = []
    for at, digit in enumerate(digits):
        lowest = 1 if at == 0 else 0
        if int(digit) > lowest:
            rest = size - at - 1
            same.append(f"{digits[:at]}[{lowest}-{int(digit) - 1}][0-9]{{{rest}}}")
    return "|".join([*shorter, *same, digits])
