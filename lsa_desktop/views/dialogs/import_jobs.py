"""The import wizard's work off the GUI thread, and what each step hands the next.

Three jobs, run by ``app.tasks``: :func:`peek_sheet` reads the first rows of a sheet (enough to
find the header row and show sample values); :func:`check_file` is the dry run behind the preview
(the import engine's own checks, plan-level ones included: duplicates, references, the domain's
rules, so the preview shows exactly what importing would find); :func:`import_and_report`
imports, then writes the error report if asked. No Qt here: the wizard's pages only show what
these return.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsa_desktop.domain.enums import Severity
from lsa_desktop.errors import UserError
from lsa_desktop.excel import importer
from lsa_desktop.excel.aliases import compact
from lsa_desktop.excel.error_report import write_error_report
from lsa_desktop.excel.headers import find_header
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.excel.model import (
    BadSpreadsheet,
    HeaderMatch,
    ImportOptions,
    ImportReport,
    RawRow,
)
from lsa_desktop.excel.reader import Workbook, read_rows
from lsa_desktop.progress import Job
from lsa_desktop.views.import_memory import IGNORE, ImportMemory

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

log = logging.getLogger(__name__)

#: The rows read to find the header (the engine looks in the first 30) and show sample values.
PEEK_ROWS = 60
#: The rows the preview shows: the first ones below the header, and as many with problems.
PREVIEW_ROWS = 200


@dataclass
class ImportChoice:
    """What the person has chosen so far, page by page; the wizard's pages share one."""

    path: Path | None = None
    kind: str | None = None
    peek: SheetPeek | None = None
    #: The header row as the automatic matching finds it, and as the person's mapping reads it.
    automatic: HeaderMatch | None = None
    header: HeaderMatch | None = None
    #: Header text -> field name, or IGNORE: every column of the header row (page 2).
    mapping: dict[str, str] = field(default_factory=dict)
    #: The mapping was offered from an earlier file with the same headers.
    remembered: bool = False
    skip_invalid: bool = False
    error_report: Path | None = None

    def options(self) -> ImportOptions:
        """The options of the import as chosen (the dry run makes its own of them)."""
        assert self.peek is not None
        return ImportOptions(
            sheet=self.peek.sheet, mapping=dict(self.mapping), skip_invalid=self.skip_invalid
        )


@dataclass(frozen=True)
class SheetPeek:
    """The first rows of one sheet of a workbook, and the names of all its sheets."""

    path: Path
    sheets: tuple[str, ...]
    sheet: str
    rows: tuple[RawRow, ...]


def peek_sheet(path: Path, sheet: str | None, memory: ImportMemory) -> SheetPeek:
    """Read the sheets of ``path`` and the first rows of ``sheet`` (the first sheet when None or
    gone). Also read ``memory`` again, so that a mapping another wizard remembered since is
    offered, and keep the folder for the next file dialog. Raises BadSpreadsheet."""
    memory.load()
    with Workbook(path) as workbook:
        sheets = tuple(info.name for info in workbook.sheets())
        if not sheets:
            raise BadSpreadsheet(f"{path.name} has no sheet: there is nothing to import.")
        name = sheet if sheet in sheets else sheets[0]
        rows = tuple(itertools.islice(workbook.rows(name), PEEK_ROWS))
    try:
        memory.remember_folder(str(path.parent))
    except OSError as exc:  # the next file dialog opens elsewhere; nothing worse
        log.warning("could not remember the import folder: %s", exc)
    return SheetPeek(path, sheets, name, rows)


def guess_kind(rows: Sequence[RawRow]) -> str | None:
    """The kind whose columns the header row names best, when one does clearly (a tie is no
    guess: "Code, Name" could be units or equipment categories)."""
    found: list[tuple[int, str]] = []
    for name, spec in KINDS.items():
        try:
            match = find_header(rows, spec)
        except UserError:
            continue
        found.append((len(match.columns) - len(match.missing), name))
    found.sort(reverse=True)
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        return None
    return found[0][1]


def automatic_mapping(header: HeaderMatch) -> dict[str, str]:
    """Header text -> field (or IGNORE) for every column of ``header``, as matched. A mapping
    names a column by its header, so of two columns with the same name the first speaks for
    both (the importer reads it and ignores the other)."""
    mapping: dict[str, str] = {}
    seen: set[str] = set()
    for column, text in sorted(header.headers.items()):
        if compact(text) not in seen:
            seen.add(compact(text))
            mapping[text] = header.columns.get(column, IGNORE)
    return mapping


@dataclass(frozen=True)
class Preview:
    """What a dry run found, with the rows to show it on."""

    report: ImportReport
    #: The rows below the header to show: the first PREVIEW_ROWS, then those with problems.
    rows: tuple[RawRow, ...]
    #: Every row below the header (blank and totals rows included), shown or not.
    total_rows: int


def check_file(
    store: Store, path: Path, kind: str, options: ImportOptions, *, user: str
) -> Job[Preview]:
    """The dry run of the preview. It skips invalid rows, so that its counts say what the valid
    rows would do whatever the person then chooses; nothing is written but the engine's note of
    the attempt."""
    dry = dataclasses.replace(options, dry_run=True, skip_invalid=True)
    report = yield from importer.run_import(store, path, kind, dry, user=user)
    assert report.header is not None
    _, rows = read_rows(path, report.sheet)
    below = [row for row in rows if row.number > report.header.row]
    while below and below[-1].is_blank():
        below.pop()
    return Preview(report, _rows_to_show(below, report), len(below))


def _rows_to_show(below: Sequence[RawRow], report: ImportReport) -> tuple[RawRow, ...]:
    marked = {issue.row for issue in report.issues if issue.row is not None}
    first = list(below[:PREVIEW_ROWS])
    later = (row for row in below[PREVIEW_ROWS:] if row.number in marked)
    return (*first, *itertools.islice(later, PREVIEW_ROWS))


@dataclass(frozen=True)
class ImportDone:
    """An import's report, and the error report written after it (if asked and needed)."""

    report: ImportReport
    error_report: Path | None = None
    error_report_rows: int = 0
    #: Why the error report could not be written (the import itself stands).
    error_report_problem: str = ""


def import_and_report(
    store: Store,
    path: Path,
    kind: str,
    options: ImportOptions,
    *,
    user: str,
    error_report: Path | None = None,
) -> Job[ImportDone]:
    """Import; then write the rows with errors to ``error_report`` when there are any.

    Cancelled (the generator closed at a ``yield``), the engine rolls back: nothing is written.
    """
    report = yield from importer.run_import(store, path, kind, options, user=user)
    if error_report is None or not report.errors:
        return ImportDone(report)
    try:
        count = _write_error_report(path, report, error_report)
    except UserError as exc:
        return ImportDone(report, error_report_problem=str(exc))
    return ImportDone(report, error_report, count)


def _write_error_report(path: Path, report: ImportReport, target: Path) -> int:
    """The rows with errors, under the file's own header texts (read again: the import kept no
    rows), to ``target``; returns how many rows it holds."""
    header = report.header
    assert header is not None
    _, rows = read_rows(path, report.sheet)
    width = max(header.headers, default=-1) + 1
    headers = [header.headers.get(column, "") for column in range(width)]
    return write_error_report(target, headers, rows, report.issues)


def rows_with(report: ImportReport, severity: Severity) -> set[int]:
    """The sheet rows with at least one issue of ``severity``."""
    return {i.row for i in report.issues if i.severity is severity and i.row is not None}
