"""The error report of an import: the rows it refused, sent back to be fixed and imported again.

Each refused row is written back with its cells as they were read, in their columns, under the
file's own headers in row 1 (so the importer finds the header at once), with an "Errors" column
of sentences at the end; each bad cell is filled in red and carries its sentence as a comment.
File-wide problems (a required column missing) go to the "About" sheet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.model import CellValue, FormulaWithoutValue, Issue, RawRow
from lsa_desktop.excel.sheet_writer import NOTES_SHEET, SheetWriter, write_notes
from lsa_desktop.excel.xlsx_file import new_workbook

ROWS_SHEET = "Rows to fix"
ERRORS_HEADER = "Errors"


def write_error_report(
    path: Path, source_headers: Sequence[str], rows: Sequence[RawRow], issues: Sequence[Issue]
) -> int:
    """Write the rows of ``rows`` that have an ERROR in ``issues`` to ``path``; returns how many.

    ``source_headers`` are the cells of the file's header row, in sheet order; ``issues`` use
    sheet row numbers and 0-based sheet columns, as the import reports them."""
    by_row: dict[int, list[Issue]] = defaultdict(list)
    for issue in issues:
        if issue.severity is Severity.ERROR and issue.row is not None:
            by_row[issue.row].append(issue)
    bad_rows = [raw for raw in rows if raw.number in by_row]
    width = max([len(source_headers), *(len(raw.cells) for raw in bad_rows)])
    headers = [_header(h) for h in source_headers] + [""] * (width - len(source_headers))
    with new_workbook(path) as (book, styles):
        writer = SheetWriter(book.add_worksheet(ROWS_SHEET), styles, [*headers, ERRORS_HEADER])
        for raw in bad_rows:
            row_issues = by_row[raw.number]
            cells: list[CellValue] = [_value(cell) for cell in raw.cells]
            cells += [None] * (width - len(cells))
            cells.append(" ".join(_sentence(issue, headers) for issue in row_issues))
            comments: dict[int, list[str]] = defaultdict(list)
            for issue in row_issues:
                if issue.column is not None:
                    comments[issue.column].append(issue.message)
            sheet_row = writer.write_row(cells, highlighted=comments.keys())
            for column, messages in comments.items():
                writer.comment(sheet_row, column, "\n".join(messages))
        writer.finish()
        notes = [
            ("Rows to fix", f"{len(bad_rows):,}"),
            (
                "What to do",
                "Correct the cells marked in red (each has a comment saying what is wrong), "
                "then import this file again; the Errors column is not read.",
            ),
        ]
        notes += [
            ("Problem", f"{issue.where}: {issue.message}" if issue.where else issue.message)
            for issue in issues
            if issue.severity is Severity.ERROR and issue.row is None
        ]
        write_notes(book.add_worksheet(NOTES_SHEET), styles, notes)
    return len(bad_rows)


def _header(cell: object) -> str:
    return "" if cell is None else str(cell)


def _value(cell: CellValue | FormulaWithoutValue) -> CellValue:
    """A cell as read; a formula without a value is left empty (its error says so)."""
    return None if isinstance(cell, FormulaWithoutValue) else cell


def _sentence(issue: Issue, headers: Sequence[str]) -> str:
    """ "Arrival date: <message>" for a cell, the bare message for the row; with a full stop."""
    message = issue.message.strip()
    if message and message[-1] not in ".!?":
        message += "."
    if issue.column is not None and issue.column < len(headers) and headers[issue.column]:
        return f"{headers[issue.column]}: {message}"
    return message
