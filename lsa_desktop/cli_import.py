"""``lsa-desktop import KIND FILE.xlsx``: the command line's import, a thin call into the engine.

Prints one line per error and warning ("Row 15, cell A15: ..."), one line for the blank and
totals rows skipped, one per reference created, then the summary. Exit codes: 0 written (or a
dry run that would be); 1 a file that cannot be read, or another user error (one line on stderr,
printed by :mod:`lsa_desktop.cli`); 2 a malformed ``--map``; 3 refused for invalid rows, nothing
written (a dry run of an import that would be refused also returns 3, so a script can check a
file first).

A written import refreshes today's readiness snapshot (when the figures it holds moved), so the
trend and ``readiness --as-of`` see the import without the window being opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from lsa_desktop import APP_ID
from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.importer import import_file
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.excel.model import ImportOptions, ImportReport, KindSpec

if TYPE_CHECKING:
    from lsa_desktop.services import Services
    from lsa_desktop.settings import Settings

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_REFUSED = 3

#: Skipped rows listed by number on the skipped line; more are counted.
_SKIPPED_SHOWN = 10


class MapError(ValueError):
    """A ``--map`` that is not ``HEADER=Field`` with a field of the kind; ``str()`` says why."""


def parse_mappings(pairs: Iterable[str], spec: KindSpec) -> dict[str, str]:
    """``["Svc No=Service number", ...]`` -> ``{"Svc No": "service_number"}``.

    The field may be written as the public header or the field name, in any case.
    """
    fields = {name.casefold(): f.name for f in spec.fields for name in (f.name, f.header)}
    mapping: dict[str, str] = {}
    for pair in pairs:
        header, equals, field = pair.rpartition("=")
        header, field = header.strip(), field.strip()
        if not equals or not header or not field:
            raise MapError(
                f"--map {pair!r} is not HEADER=Field: write the sheet's header, '=' and the "
                "field, for example --map 'Svc No=Service number'."
            )
        if field.casefold() not in fields:
            raise MapError(
                f"--map {pair!r}: {field!r} is not a column of {spec.name}; the columns are "
                f"{', '.join(spec.headers)}."
            )
        mapping[header] = fields[field.casefold()]
    return mapping


def run_import_command(args: argparse.Namespace, services: Services, settings: Settings) -> int:
    spec = KINDS[args.kind]
    try:
        mapping = parse_mappings(args.map, spec)
    except MapError as problem:
        print(f"{APP_ID}: {problem}", file=sys.stderr)
        return EXIT_USAGE
    options = ImportOptions(
        sheet=args.sheet, mapping=mapping, dry_run=args.dry_run, skip_invalid=args.skip_invalid
    )
    report = import_file(services.store, args.file, args.kind, options, user=settings.current_user)
    if report.written:
        # Today's readiness snapshot follows the import, as it follows changes in the window.
        services.readiness.refresh_today_snapshot()
    for line in report_lines(report):
        print(line)
    if args.errors is not None:
        print(_write_errors(args, report))
    print(summary(report, dry_run=args.dry_run))
    return EXIT_REFUSED if _would_refuse(report, options) else EXIT_OK


def report_lines(report: ImportReport) -> list[str]:
    """The errors and warnings one a line, the skipped rows in one line, the references made."""
    lines = [
        f"{issue.where}: {issue.message}" if issue.where else issue.message
        for issue in report.issues
        if issue.severity is not Severity.SKIPPED
    ]
    skipped = sorted({i.row for i in report.issues if i.severity is Severity.SKIPPED and i.row})
    if skipped:
        shown = [str(row) for row in skipped[:_SKIPPED_SHOWN]]
        if len(skipped) > _SKIPPED_SHOWN:
            shown.append(f"{len(skipped) - _SKIPPED_SHOWN:,} more")
        noun = "Row" if len(skipped) == 1 else "Rows"
        lines.append(f"{noun} {_listed(shown)} skipped: not data (blank, totals or notes).")
    lines += report.created
    return lines


def summary(report: ImportReport, *, dry_run: bool) -> str:
    """The last line: what was written, or why nothing was."""
    counts = (
        f"{report.new:,} new, {report.updated:,} updated, {report.unchanged:,} unchanged, "
        f"{report.skipped:,} skipped"
    )
    if dry_run:
        return f"Dry run, nothing written: {counts}."
    if report.written:
        return f"Imported {report.kind} from {report.file_name}: {counts}."
    bad_rows = {issue.row for issue in report.errors}
    if None in bad_rows:
        return "Nothing written: the file has errors that are not on one row (see above)."
    valid = report.new + report.updated + report.unchanged
    rows = "1 row has errors" if len(bad_rows) == 1 else f"{len(bad_rows):,} rows have errors"
    them = "it" if len(bad_rows) == 1 else "them"
    if not valid:
        return f"Nothing written: {rows}. Fix {them} and import the file again."
    valid_rows = "the valid row" if valid == 1 else f"the {valid:,} valid rows"
    return f"Nothing written: {rows}. Fix {them}, or use --skip-invalid to import {valid_rows}."


def _would_refuse(report: ImportReport, options: ImportOptions) -> bool:
    if not report.errors:
        return False
    if any(issue.row is None for issue in report.errors):
        return True
    return not options.skip_invalid


def _write_errors(args: argparse.Namespace, report: ImportReport) -> str:
    """Write the rows with errors to ``--errors`` (the file read again: the report keeps only
    the issues, not the cells); the line saying what was written."""
    if not report.errors:
        return f"No rows with errors: {args.errors} not written."
    from lsa_desktop.excel.reader import read_rows
    from lsa_desktop.excel.writer import write_error_report

    _sheet, rows = read_rows(args.file, report.sheet)
    headers: Sequence[object] = ()
    if report.header is not None:
        headers = rows[report.header.row - 1].cells
    written = write_error_report(args.errors, _texts(headers), rows, report.issues)
    noun = "row" if written == 1 else "rows"
    return f"Wrote the {written:,} {noun} with errors to {args.errors}: fix them there and import that file."


def _texts(cells: Sequence[object]) -> list[str]:
    return ["" if cell is None else str(cell) for cell in cells]


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
