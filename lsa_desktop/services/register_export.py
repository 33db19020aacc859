"""A register's list out to a workbook: every row of a query, in its order, as typed cells.

The page on screen says what to export (its query, its columns as cells, its notes); this module
reads the rows and writes them, as a job (:mod:`lsa_desktop.progress`) run off the GUI thread:

- the ordered keys of the query are read once (one light query on the key column, filtered and
  sorted in SQL, as the table itself reads them), then the full rows block by block with
  :meth:`~lsa_desktop.services.query.Register.rows` (one ``IN`` query per ``BLOCK_SIZE`` keys),
  never one query per row; only one block of rows is held at a time, beside the keys (about
  80 bytes a row: 10 MB for 129,000 officers);
- each block is written at once to the sheet (XlsxWriter's constant-memory mode), and the job
  yields its progress after each block: a cancel then stops it there, and the workbook being
  built is thrown away, so the previous file at the path, if any, stays whole;
- the file appears only once complete (:func:`lsa_desktop.excel.xlsx_file.new_workbook`).

The sheet is written with the same parts as :func:`lsa_desktop.excel.writer.write_workbook`
(one :class:`~lsa_desktop.excel.sheet_writer.SheetWriter`, then the "About" sheet of notes), driven
block by block here so that the job can report progress and stop between blocks, which a single
blocking call cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from lsa_desktop.excel.model import CellValue, FieldType
from lsa_desktop.excel.sheet_writer import NOTES_SHEET, SheetWriter, write_notes
from lsa_desktop.excel.xlsx_file import new_workbook
from lsa_desktop.progress import Job, Progress
from lsa_desktop.services.query import ListQuery, RegisterSource

#: Rows read per query. Measured on the 129,000 officers of the scale-100 demo (warm cache):
#: their keys in 0.4 s, then every row in about 2.2 s whether a block holds 1,000, 2,000 or
#: 5,000 keys; 2,000 keeps a block small and the progress lively.
BLOCK_SIZE = 2_000

#: A row as the sheet receives it: one cell per column.
Cells = Sequence[CellValue]

#: What a sheet's name cannot hold, and how long it can be (Excel's rules).
_NOT_IN_SHEET_NAMES = str.maketrans({ch: " " for ch in "[]:*?/\\"})
_SHEET_NAME_LENGTH = 31


def sheet_name(title: str) -> str:
    """``title`` made a valid sheet name: Excel refuses ``[]:*?/\\``, a name over 31
    characters, a name starting or ending with an apostrophe, and the name of the notes sheet."""
    name = " ".join(title.translate(_NOT_IN_SHEET_NAMES).split())[:_SHEET_NAME_LENGTH]
    name = name.strip(" '")
    if not name or name.casefold() == NOTES_SHEET.casefold():
        return "Rows"
    return name


def register_blocks(
    register: RegisterSource[Any],
    query: ListQuery,
    cells: Callable[[Any], Cells],
    *,
    block_size: int = BLOCK_SIZE,
    keys: Sequence[str] | None = None,
) -> Iterator[list[Cells]]:
    """Every row matching ``query``, in its order, as cells, ``block_size`` rows at a time.

    ``keys`` are the query's keys if already read. A row deleted between reading the keys and
    reading its block is left out, as the table leaves it out.
    """
    if keys is None:
        keys = register.keys(query)
    for start in range(0, len(keys), block_size):
        rows = register.rows(keys[start : start + block_size])
        yield [cells(row) for row in rows]


def column_kinds(rows: Sequence[Cells], width: int) -> list[FieldType | None]:
    """How each column is formatted, from the first value found in it among ``rows``: whole
    numbers with a thousands separator, fractions as amounts with two decimals; text, dates and
    moments as they come (the writer gives dates and moments their own formats)."""
    kinds: list[FieldType | None] = [None] * width
    unknown = set(range(width))
    for row in rows:
        for column in list(unknown):
            value = row[column] if column < len(row) else None
            if value is None or value == "":
                continue
            unknown.discard(column)
            if isinstance(value, bool):
                continue
            if isinstance(value, int):
                kinds[column] = FieldType.INTEGER
            elif isinstance(value, float):
                kinds[column] = FieldType.DECIMAL
        if not unknown:
            break
    return kinds


def export_register(
    register: RegisterSource[Any],
    query: ListQuery,
    path: Path,
    *,
    sheet: str,
    headers: Sequence[str],
    cells: Callable[[Any], Cells],
    notes: Sequence[tuple[str, str]] = (),
    block_size: int = BLOCK_SIZE,
) -> Job[int]:
    """Write every row of ``register`` matching ``query``, in its order, to the sheet ``sheet``
    of a new workbook at ``path``, under ``headers``, followed by an "About" sheet of ``notes``
    (mission, when, who, the filter). ``cells`` turns a row into its cells, one per header.

    A job: yields :class:`~lsa_desktop.progress.Progress` (rows written of rows matching) after
    each block; returns the number of rows written. Closed at a ``yield`` (cancelled), it leaves
    nothing at ``path`` but what was there before. Raises
    :class:`~lsa_desktop.errors.UserError` when the file cannot be written (the sentence names
    the file, or the cell whose text is too long).
    """
    keys = register.keys(query)
    total = len(keys)
    yield Progress(0, total)
    blocks = register_blocks(register, query, cells, block_size=block_size, keys=keys)
    first = next(blocks, [])
    kinds = column_kinds(first, len(headers))
    written = 0
    with new_workbook(path) as (book, styles):
        writer = SheetWriter(book.add_worksheet(sheet), styles, headers, kinds)
        for block in chain([first], blocks):
            for row in block:
                writer.write_row(row)
            written += len(block)
            yield Progress(written, total)
        writer.finish()
        if notes:
            write_notes(book.add_worksheet(NOTES_SHEET), styles, notes)
    return written
