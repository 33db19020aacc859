"""Writing workbooks: any list of rows out as a styled, safe ``.xlsx``, and the error report that
sends the rows an import refused back to be fixed.

Safe, whatever the rows hold: text a spreadsheet would evaluate (``=``, ``+``, ``-``, ``@``, tab,
CR first) is written as text with the quote prefix and never becomes a formula; characters XML
cannot hold are replaced with U+FFFD; text longer than a cell holds stops the export with a
sentence naming the cell, never cut; the file is built beside the target and moved into place
when complete, readable by its owner only. Styled: a bold filled header, the top row frozen, a
filter over the rows, number and date formats, widths that fit every row written. Rows are
streamed (XlsxWriter's constant-memory mode): memory stays flat however many there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lsa_desktop.excel.cell_text import MAX_CELL_TEXT, safe_text
from lsa_desktop.excel.error_report import write_error_report
from lsa_desktop.excel.model import CellValue, FieldType
from lsa_desktop.excel.sheet_writer import NOTES_SHEET, SheetWriter, write_notes
from lsa_desktop.excel.xlsx_file import new_workbook

__all__ = [
    "MAX_CELL_TEXT",
    "NOTES_SHEET",
    "SheetSpec",
    "safe_text",
    "write_error_report",
    "write_notes",
    "write_workbook",
]


@dataclass(frozen=True)
class SheetSpec:
    """One sheet to write: its header row, its rows (any iterable; read once, never held), how
    each column is formatted, and notes about it for the "About" sheet."""

    name: str  # at most 31 characters, none of []:*?/\
    headers: Sequence[str]
    rows: Iterable[Sequence[CellValue]]
    #: Per column: INTEGER "#,##0", DECIMAL "#,##0.00", DATE "yyyy-mm-dd"; TEXT, IDENTIFIER and
    #: CHOICE columns write numbers as text; BOOLEAN writes "yes"/"no". None: as the value comes.
    kinds: Sequence[FieldType | None] | None = None
    #: (key, value) lines for the "About" sheet: mission, exported at, exported by, filter.
    notes: Sequence[tuple[str, str]] = ()
    #: A comment on each header cell, saying what the column holds ("" for none).
    header_notes: Sequence[str] = ()
    #: Per column, the values its drop-down offers (any other value may still be typed).
    drop_downs: Mapping[int, Sequence[str]] = field(default_factory=dict)


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> tuple[int, ...]:
    """Write ``sheets`` (then an "About" sheet of their notes, if any) to ``path``; returns the
    number of data rows written per sheet. Raises :class:`~lsa_desktop.errors.UserError` naming
    the file or the cell when it cannot be written; ``path`` is then untouched."""
    counts = []
    with new_workbook(path) as (book, styles):
        for spec in sheets:
            writer = SheetWriter(
                book.add_worksheet(spec.name),
                styles,
                spec.headers,
                spec.kinds,
                header_notes=spec.header_notes,
                drop_downs=spec.drop_downs,
            )
            for row in spec.rows:
                writer.write_row(row)
            writer.finish()
            counts.append(writer.rows)
        notes = [note for spec in sheets for note in spec.notes]
        if notes:
            write_notes(book.add_worksheet(NOTES_SHEET), styles, notes)
    return tuple(counts)
