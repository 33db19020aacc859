"""A worksheet written as a form for someone else to fill in: title lines, a header, rows whose
cells are all protected except the columns the reader fills, those columns shaded, with drop-down
lists and number or date checks where a column takes fixed values.

The protection has no password, on purpose: it keeps a reader from typing over the figures by
mistake, not anyone determined (a password on a shared workbook is lost sooner than it protects,
and Excel's sheet password is no security). Review > Unprotect Sheet lifts it.

Cells are written as safely as :mod:`lsa_desktop.excel.sheet_writer` writes them: text that a
spreadsheet would evaluate gets the quote prefix, characters XML cannot hold are replaced, text
too long for a cell stops the export with a sentence naming the cell. Rows go in order, so the
sheet can be written in XlsxWriter's constant-memory mode.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from lsa_desktop.errors import UserError
from lsa_desktop.excel.cell_text import (
    MAX_CELL_TEXT,
    needs_quote_prefix,
    safe_text,
    too_long_for_a_cell,
    utf16_length,
)
from lsa_desktop.excel.model import CellValue, FieldType, cell_address
from lsa_desktop.excel.styles import (
    DATE_FORMAT,
    INTEGER_FORMAT,
    MONEY_FORMAT,
    ColumnWidths,
    number_width,
)

_NUMBER_FORMATS = {
    FieldType.INTEGER: INTEGER_FORMAT,
    FieldType.DECIMAL: MONEY_FORMAT,
    FieldType.DATE: DATE_FORMAT,
}
_HEADER = {"bold": True, "bg_color": "#D9E1F2", "bottom": 1, "valign": "top", "text_wrap": True}
#: The columns the reader fills: a pale yellow, the colour forms use for "write here".
_FILL = {"bg_color": "#FFF2CC", "border": 1, "border_color": "#BFBFBF", "locked": False}
_FILL_HEADER = {**_HEADER, "bg_color": "#FFE699"}
_TITLE = {"bold": True, "font_size": 14}
_SUBTITLE = {"italic": True, "font_color": "#595959"}
_FIRST_EXCEL_DATE = date(1900, 1, 1)

#: What the reader may do on the protected sheet: select, filter, widen columns and rows.
PROTECTION: Mapping[str, bool] = {
    "autofilter": True,
    "format_columns": True,
    "format_rows": True,
    "select_locked_cells": True,
    "select_unlocked_cells": True,
}


@dataclass(frozen=True)
class FormColumn:
    """One column of the form."""

    header: str
    kind: FieldType = FieldType.TEXT  # TEXT, INTEGER, DECIMAL (USD) or DATE
    #: True: the reader fills this column (unlocked, shaded); False: protected.
    fill: bool = False
    #: XlsxWriter data-validation options applied to the column's data rows (a list, whole
    #: numbers, dates), or None.
    validation: Mapping[str, Any] | None = None
    #: A comment on the header cell saying what the column holds.
    note: str = ""


@dataclass
class _Formats:
    book: Workbook
    cache: dict[tuple[str | None, bool, bool], Format] = field(default_factory=dict)

    def cell(self, number_format: str | None, fill: bool, quoted: bool) -> Format | None:
        key = (number_format, fill, quoted)
        if not (number_format or fill or quoted):
            return None
        if key not in self.cache:
            properties: dict[str, Any] = dict(_FILL) if fill else {}
            if number_format:
                properties["num_format"] = number_format
            if quoted:
                properties["quote_prefix"] = True
            self.cache[key] = self.book.add_format(properties)
        return self.cache[key]


class FormSheet:
    """Writes title lines, the header, then data rows in order, into a new protected sheet."""

    def __init__(
        self,
        book: Workbook,
        name: str,
        columns: Sequence[FormColumn],
        titles: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.columns = tuple(columns)
        self.rows = 0  # data rows written
        self._sheet: Worksheet = book.add_worksheet(name)
        self._formats = _Formats(book)
        self._widths = ColumnWidths([column.header for column in self.columns])
        self._plain_run = book.add_format()
        title_format = book.add_format(_TITLE)
        subtitle_format = book.add_format(_SUBTITLE)
        for row, title in enumerate(titles):
            self._text(row, 0, title, title_format if row == 0 else subtitle_format, measure=False)
        #: 0-based sheet row of the header; the data starts below it.
        self.header_row = len(titles)
        header, fill_header = book.add_format(_HEADER), book.add_format(_FILL_HEADER)
        for column, spec in enumerate(self.columns):
            style = fill_header if spec.fill else header
            self._text(self.header_row, column, spec.header, style, measure=False)
            if spec.note:
                self._sheet.write_comment(self.header_row, column, safe_text(spec.note))

    @property
    def first_data_row(self) -> int:
        """The 1-based sheet row of the first data row (what Excel shows)."""
        return self.header_row + 2

    def write_row(self, values: Sequence[CellValue]) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        row = self.header_row + 1 + self.rows
        for column, (spec, value) in enumerate(zip(self.columns, values, strict=True)):
            self._cell(row, column, spec, value)
        self.rows += 1

    def finish(self) -> None:
        """Freeze the header, filter the rows, fit the widths, add the checks, protect."""
        sheet = self._sheet
        last = len(self.columns) - 1
        sheet.freeze_panes(self.header_row + 1, 0)
        sheet.autofilter(self.header_row, 0, self.header_row + self.rows, last)
        for column, width in enumerate(self._widths.widths()):
            sheet.set_column(column, column, width)
        if self.rows:
            first, end = self.header_row + 1, self.header_row + self.rows
            for column, spec in enumerate(self.columns):
                if spec.validation is not None:
                    sheet.data_validation(first, column, end, column, dict(spec.validation))
        sheet.protect("", dict(PROTECTION))

    def activate(self) -> None:
        """Make this the sheet the workbook opens on."""
        self._sheet.activate()

    # -- cells ------------------------------------------------------------------------------

    def _cell(self, row: int, column: int, spec: FormColumn, value: CellValue) -> None:
        number_format = _NUMBER_FORMATS.get(spec.kind)
        sheet = self._sheet
        if value is None:
            style = self._formats.cell(number_format, spec.fill, False)
            if style is not None:  # an unlocked empty cell must exist to be unlocked
                sheet.write_blank(row, column, None, style)
        elif isinstance(value, str):
            self._text(row, column, value, self._formats.cell(None, spec.fill, False))
        elif isinstance(value, date):
            self._date(row, column, value, spec.fill)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            sheet.write_number(
                row, column, value, self._formats.cell(number_format, spec.fill, False)
            )
            self._widths.see(column, number_width(value, number_format))
        else:
            raise TypeError(f"a form cell cannot hold a {type(value).__name__}: {value!r}")

    def _date(self, row: int, column: int, value: date, fill: bool) -> None:
        day = value.date() if isinstance(value, datetime) else value
        if day < _FIRST_EXCEL_DATE:  # Excel counts from 1900: an earlier date goes as text
            self._text(row, column, day.isoformat(), self._formats.cell(None, fill, False))
            return
        self._sheet.write_datetime(row, column, day, self._formats.cell(DATE_FORMAT, fill, False))
        self._widths.see(column, len(DATE_FORMAT))

    def _text(
        self, row: int, column: int, value: str, style: Format | None, *, measure: bool = True
    ) -> None:
        text = safe_text(value)
        if too_long_for_a_cell(text):
            raise UserError(
                f"Cannot write sheet {self.name}, cell {cell_address(column, row + 1)}: its text "
                f"is {utf16_length(text):,} characters long and a cell holds at most "
                f"{MAX_CELL_TEXT:,}. Shorten it; nothing was written."
            )
        if needs_quote_prefix(text):
            spec = self.columns[column] if column < len(self.columns) and measure else None
            style = self._formats.cell(None, bool(spec and spec.fill), True)
        if text.startswith("<r>") and text.endswith("</r>"):
            # XlsxWriter would take this for its own rich-text XML and write it unescaped: two
            # plain runs are escaped like any text and read back unchanged.
            parts: list[Any] = [text[:1], self._plain_run, text[1:]]
            self._sheet.write_rich_string(row, column, *parts, *([style] if style else []))
        elif text:
            self._sheet.write_string(row, column, text, style)
        if measure:
            self._widths.see_text(column, text)
