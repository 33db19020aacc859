"""One worksheet written row by row in constant memory: typed cells, text that is never evaluated
and never cut, a styled header, and what needs every row seen (filter, widths) at the end.

XlsxWriter's constant-memory mode writes each row to disk once the next begins, so memory stays
flat however many rows there are; the row-level settings that must wait (the autofilter's range,
the column widths) are stored apart and written when the workbook closes, which is why the widths
fit every row written, not a sample.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from xml.sax.saxutils import escape

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from lsa_desktop.errors import UserError
from lsa_desktop.excel.cell_text import (
    MAX_CELL_TEXT,
    needs_quote_prefix,
    safe_text,
    too_long_for_a_cell,
    utf16_length,
)
from lsa_desktop.excel.model import CellValue, FieldType, cell_address, column_letter
from lsa_desktop.excel.styles import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    NUMBER_FORMATS,
    ColumnWidths,
    Styles,
    number_width,
)

#: A sheet's size in Excel and in LibreOffice (7.4 and later).
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

#: The sheet of key/value notes (mission, when, who, filter) that follows the data sheets.
NOTES_SHEET = "About"

#: Columns whose values are text whatever their type: a number there is written as it reads.
_TEXT_KINDS = frozenset({FieldType.TEXT, FieldType.IDENTIFIER, FieldType.CHOICE})

#: Excel counts dates from 1900-01-01: an earlier one would show as ###, so it goes as ISO text.
_FIRST_EXCEL_DATE = date(1900, 1, 1)

#: Excel keeps 15 significant digits: a larger whole number goes as text, every digit kept.
_EXACT_INTEGERS = 10**15


class SheetWriter:
    """Writes a header row, then data rows in order, into ``sheet`` (new, of a workbook in
    constant-memory mode), then :meth:`finish` es it."""

    def __init__(
        self,
        sheet: Worksheet,
        styles: Styles,
        headers: Sequence[str],
        kinds: Sequence[FieldType | None] | None = None,
        *,
        header_notes: Sequence[str] = (),
        drop_downs: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        if len(headers) > MAX_COLUMNS:
            raise UserError(
                f"Sheet {sheet.name} would have {len(headers):,} columns; "
                f"a sheet holds at most {MAX_COLUMNS:,}."
            )
        self.name = sheet.name
        self.headers = tuple(headers)
        self.rows = 0  # data rows written
        self._sheet = sheet
        self._styles = styles
        self._widths = ColumnWidths(self.headers)
        self._kinds = tuple(kinds or ())
        self._drop_downs = dict(drop_downs or {})
        for column, header in enumerate(self.headers):
            self._text(0, column, header, header=True)
        for column, note in enumerate(header_notes):
            if note:
                sheet.write_comment(0, column, self._checked(0, column, safe_text(note)))

    def write_row(self, cells: Sequence[CellValue], highlighted: Collection[int] = ()) -> int:
        """Write the next data row; the cells of ``highlighted`` columns are marked as bad.
        Returns the row's 1-based sheet number."""
        row = self.rows + 1
        if row >= MAX_ROWS:
            raise UserError(
                f"Sheet {self.name} would have more than {MAX_ROWS - 1:,} rows below its header; "
                f"a sheet holds at most {MAX_ROWS:,} rows. Export fewer rows (filter the list)."
            )
        if len(cells) > MAX_COLUMNS:
            raise UserError(
                f"Row {row + 1} of sheet {self.name} has {len(cells):,} cells; "
                f"a sheet holds at most {MAX_COLUMNS:,} columns."
            )
        for column, value in enumerate(cells):
            bad = column in highlighted
            if value is None:
                if bad:
                    self._sheet.write_blank(row, column, None, self._styles.cell(highlighted=True))
            else:
                self._cell(row, column, value, bad)
        self.rows = row
        return row + 1

    def comment(self, sheet_row: int, column: int, text: str) -> None:
        """A note on a cell (``sheet_row`` 1-based), shown when the pointer is over it."""
        self._sheet.write_comment(
            sheet_row - 1, column, self._checked(sheet_row - 1, column, safe_text(text))
        )

    def finish(self) -> None:
        """Freeze the header, filter the rows written, and fit every column to its content."""
        widths = self._widths.widths()
        self._sheet.freeze_panes(1, 0)
        # Printed as an officer would: landscape, every column on the page's width, the header
        # repeated on each page.
        self._sheet.set_landscape()
        self._sheet.fit_to_pages(1, 0)
        self._sheet.repeat_rows(0)
        if widths:
            self._sheet.autofilter(0, 0, self.rows, len(widths) - 1)
        for column, width in enumerate(widths):
            self._sheet.set_column(column, column, width)
        for column, values in self._drop_downs.items():
            # A suggestion, not a rule: the import also reads French and abbreviated values.
            options = {"validate": "list", "source": list(values), "show_error": False}
            if self._sheet.data_validation(1, column, MAX_ROWS - 1, column, options):
                raise ValueError(f"XlsxWriter refused the drop-down of column {column}: {values}")

    # -- cells ------------------------------------------------------------------------------

    def _kind(self, column: int) -> FieldType | None:
        return self._kinds[column] if column < len(self._kinds) else None

    def _cell(self, row: int, column: int, value: CellValue, bad: bool) -> None:
        if isinstance(value, str):
            self._text(row, column, value, bad=bad)
            return
        kind = self._kind(column)
        if isinstance(value, bool):
            if kind is FieldType.BOOLEAN:  # what the templates say and the importer reads
                self._text(row, column, "yes" if value else "no", bad=bad)
            else:
                self._sheet.write_boolean(row, column, value, self._styles.cell(highlighted=bad))
                self._widths.see(column, 5)
        elif isinstance(value, int | float):
            self._number(row, column, value, kind, bad)
        elif isinstance(value, date):
            self._date(row, column, value, kind, bad)
        else:
            raise TypeError(f"a cell cannot hold a {type(value).__name__}: {value!r}")

    def _number(
        self, row: int, column: int, value: int | float, kind: FieldType | None, bad: bool
    ) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            raise UserError(
                f"Cannot write {self._where(row, column)}: {value} is not a number a "
                "spreadsheet can hold."
            )
        whole = isinstance(value, int) or value.is_integer()
        if kind in _TEXT_KINDS or (whole and abs(value) >= _EXACT_INTEGERS):
            self._text(row, column, str(int(value)) if whole else repr(value), bad=bad)
            return
        number_format = NUMBER_FORMATS.get(kind) if kind is not FieldType.DATE else None
        self._sheet.write_number(
            row, column, value, self._styles.cell(number_format, highlighted=bad)
        )
        self._widths.see(column, number_width(value, number_format))

    def _date(self, row: int, column: int, value: date, kind: FieldType | None, bad: bool) -> None:
        is_datetime = isinstance(value, datetime)
        day = value.date() if isinstance(value, datetime) else value
        if day < _FIRST_EXCEL_DATE:
            text = value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
            self._text(row, column, text, bad=bad)
            return
        # A moment in a date column shows as its day: the time is not what the column holds.
        with_time = is_datetime and kind is not FieldType.DATE
        number_format = DATETIME_FORMAT if with_time else DATE_FORMAT
        self._sheet.write_datetime(
            row, column, value, self._styles.cell(number_format, highlighted=bad)
        )
        self._widths.see(column, len(number_format))

    def _text(
        self, row: int, column: int, value: str, *, bad: bool = False, header: bool = False
    ) -> None:
        text = self._checked(row, column, safe_text(value))
        style = self._styles.cell(quoted=needs_quote_prefix(text), highlighted=bad, header=header)
        if text:
            write_text(self._sheet, row, column, text, style)
        elif bad or header:  # an empty cell, styled: the header's fill, the bad cell's mark
            self._sheet.write_blank(row, column, None, style)
        self._widths.see_text(column, text)

    def _checked(self, row: int, column: int, text: str) -> str:
        if too_long_for_a_cell(text):
            raise UserError(
                f"Cannot write {self._where(row, column)}: its text is "
                f"{utf16_length(text):,} characters long and a cell holds at most "
                f"{MAX_CELL_TEXT:,}. Shorten it; nothing was written."
            )
        return text

    def _where(self, row: int, column: int) -> str:
        header = self.headers[column] if column < len(self.headers) else ""
        label = header[:40] or column_letter(column)
        return f"sheet {self.name}, row {row + 1}, column {label} (cell {cell_address(column, row + 1)})"


def write_text(sheet: Worksheet, row: int, column: int, text: str, style: Format | None) -> None:
    """Write ``text`` (already made safe and checked: :func:`safe_text`, at most a cell's
    length) as a string cell, whatever it holds, ``row`` and ``column`` 0-based.

    Text shaped like ``<r>...</r>`` needs care: XlsxWriter (3.3) takes such a string for
    rich-text XML of its own making and writes it unescaped, so "<r>&</r>" would break the file
    and "<r><t>x</t></r>" would read back as "x"; and its own rich strings are no way out, as
    they escape ``_xHHHH_`` and control characters twice. So such text goes as the one-run
    rich-text XML XlsxWriter expects, escaped here (& < >) and once more by XlsxWriter (control
    characters, ``_xHHHH_``) like any other text: it reads back unchanged. The tests write and
    read such text, so an XlsxWriter that changes this is caught.
    """
    if not (text.startswith("<r>") and text.endswith("</r>")):
        sheet.write_string(row, column, text, style)
        return
    xml = f'<r><t xml:space="preserve">{escape(text)}</t></r>'
    if too_long_for_a_cell(xml):  # XlsxWriter would cut the XML itself
        raise UserError(
            f"Cannot write sheet {sheet.name}, cell {cell_address(column, row + 1)}: text that "
            "begins with <r> and ends with </r> takes more room in the file, and this one would "
            "not fit in a cell. Shorten it; nothing was written."
        )
    sheet.write_string(row, column, xml, style)


def write_notes(sheet: Worksheet, styles: Styles, notes: Sequence[tuple[str, str]]) -> None:
    """A two-column sheet of (key, value) notes, written as safely as any other sheet."""
    writer = SheetWriter(sheet, styles, ("About", "Value"))
    for key, value in notes:
        writer.write_row((key, value))
    writer.finish()
