"""How written workbooks look: the header style, number and date formats, the highlight of a bad
cell, and column widths fitted to what the columns hold (so no cell shows ``###``)."""

from __future__ import annotations

from collections.abc import Sequence

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from lsa_desktop.excel.cell_text import display_width
from lsa_desktop.excel.model import FieldType

INTEGER_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"  # every decimal column of the kinds is a USD amount
DATE_FORMAT = "yyyy-mm-dd"  # unambiguous in every locale, and what the importer reads first
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

#: The number format of each kind of column (None: text, or as the value comes).
NUMBER_FORMATS: dict[FieldType, str] = {
    FieldType.INTEGER: INTEGER_FORMAT,
    FieldType.DECIMAL: MONEY_FORMAT,
    FieldType.DATE: DATE_FORMAT,
}

_HEADER = {
    "bold": True,
    "bg_color": "#D9E1F2",
    "bottom": 1,
    "valign": "top",
}
#: Excel's own "Bad" cell style: light red fill, dark red text.
_HIGHLIGHT = {"bg_color": "#FFC7CE", "font_color": "#9C0006"}

#: Column widths, in the width of a digit of the default font (Excel's unit).
MIN_WIDTH = 8.0
MAX_WIDTH = 60.0
_PADDING = 2.0
_FILTER_BUTTON = 3.0  # the autofilter's drop-down arrow covers the end of the header
_BOLD = 1.1  # bold header text is wider than the same text in the body


class Styles:
    """The formats of one workbook, made once each (Excel caps a workbook at 64,000)."""

    def __init__(self, book: Workbook) -> None:
        self._book = book
        self._cells: dict[tuple[str | None, bool, bool, bool], Format | None] = {}

    def cell(
        self,
        number_format: str | None = None,
        *,
        quoted: bool = False,
        highlighted: bool = False,
        header: bool = False,
    ) -> Format | None:
        """The format of a cell; None when it needs none (the default style). ``quoted``: text
        shown and kept as text, never evaluated (the quote prefix)."""
        key = (number_format, quoted, highlighted, header)
        if key not in self._cells:
            properties: dict[str, object] = dict(_HEADER) if header else {}
            if number_format:
                properties["num_format"] = number_format
            if quoted:
                properties["quote_prefix"] = True
            if highlighted:
                properties.update(_HIGHLIGHT)
            self._cells[key] = self._book.add_format(properties) if properties else None
        return self._cells[key]


class ColumnWidths:
    """The widest content seen in each column, turned into widths that show it whole."""

    def __init__(self, headers: Sequence[str]) -> None:
        self._widest = [display_width(h) * _BOLD + _FILTER_BUTTON for h in headers]

    def see(self, column: int, width: float) -> None:
        widest = self._widest
        if column >= len(widest):
            widest.extend([0.0] * (column + 1 - len(widest)))
        if width > widest[column]:
            widest[column] = width

    def see_text(self, column: int, text: str) -> None:
        # Display width is at most twice the length: most cells are skipped without measuring.
        if column >= len(self._widest) or 2 * len(text) > self._widest[column]:
            self.see(column, display_width(text))

    def widths(self) -> list[float]:
        return [min(max(w + _PADDING, MIN_WIDTH), MAX_WIDTH) for w in self._widest]


def number_width(value: int | float, number_format: str | None) -> int:
    """The characters ``value`` shows with ``number_format`` (thousands separators, decimals)."""
    if number_format == MONEY_FORMAT:
        return len(f"{value:,.2f}")
    if number_format == INTEGER_FORMAT:
        return len(f"{value:,.0f}")
    if isinstance(value, float):
        return min(len(repr(value)), 12)  # "General" shows at most 11 characters of a fraction
    return len(str(value))
