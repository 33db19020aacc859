"""The import engine: a workbook in; its rows checked, matched and written all or nothing; the
import recorded.

The steps: read the sheet (:mod:`.reader`, after the pre-flight checks), find the header row and
read each cell (:mod:`.headers`, :mod:`.values`), then, inside one audited ``store.write()``, let
the kind's importer plan every row (:mod:`.importers`) and, unless the import is to write
nothing, apply the valid rows and add the :class:`ImportJob` with its :class:`ImportIssue` s.

Writing nothing is a rollback: a refused import (an error and no ``skip_invalid``), a dry run,
and a cancelled one (the generator closed at a ``yield`` while writing) leave the database exactly
as it was. A refused import and a dry run are still recorded, as an :class:`ImportJob` alone in
a small write of its own, outside the audit trail: it is a note of an attempt, not a change to
the mission's data, and it must not become what Edit > Undo offers to revert. A written import is
one change set of the audit trail (the records, the job and its issues), so undo reverts it whole.

An importer names the field of each problem, not the cell: the engine finds the cell from the
header match, so importers never deal with the sheet's layout.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert

from lsa_desktop.collector import collector_paused, present_objects_set_aside
from lsa_desktop.domain.enums import ImportStatus, Severity
from lsa_desktop.errors import UserError
from lsa_desktop.excel.headers import find_header, interpret
from lsa_desktop.excel.importers.base import KindPlan, RowPlan, importer_for
from lsa_desktop.excel.importers.bulk import expect_bulk, flush_bulk
from lsa_desktop.excel.importers.matching import TODAY_KEY
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.excel.model import (
    HeaderMatch,
    ImportOptions,
    ImportReport,
    Issue,
    Outcome,
    ParsedRow,
    RawRow,
)
from lsa_desktop.excel.reader import Workbook
from lsa_desktop.progress import Job, Progress, run_to_end
from lsa_desktop.store.audit import USER_KEY
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import ImportIssue, ImportJob, utcnow

#: Progress is yielded every this many rows read or written (and so cancel is honoured).
PROGRESS_EVERY = 500

DRY_RUN_NOTE = "Dry run: nothing was written."


class _NothingWritten(Exception):
    """Raised inside the write to roll it back; carries the report of what would have been."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report.kind)
        self.report = report


def import_file(
    store: Store,
    path: Path,
    kind: str,
    options: ImportOptions | None = None,
    *,
    user: str,
    today: date | None = None,
) -> ImportReport:
    """:func:`run_import` driven to its end, for the command line and tests."""
    return run_to_end(
        run_import(store, path, kind, options or ImportOptions(), user=user, today=today)
    )


def run_import(
    store: Store,
    path: Path,
    kind: str,
    options: ImportOptions,
    *,
    user: str,
    today: date | None = None,
) -> Job[ImportReport]:
    """Import ``path`` as ``kind``: a job yielding progress and returning the report.

    ``user`` is who the audit trail and the import record name; ``today`` the day the rules
    judge dates against (today by default). Raises :class:`BadSpreadsheet` (nothing read, nothing
    written) when the file cannot be read or has no header row.
    """
    spec = KINDS.get(kind)
    if spec is None:
        raise UserError(f"There is no import of {kind!r}: choose one of {', '.join(KINDS)}.")
    importer = importer_for(kind)
    started = utcnow()
    yield Progress(0, 0, f"Reading {path.name}…")
    with Workbook(path) as workbook:
        sheet = options.sheet or workbook.sheets()[0].name
        raw: list[RawRow] = []
        for raw_row in workbook.rows(sheet):
            raw.append(raw_row)
            if len(raw) % PROGRESS_EVERY == 0:
                yield Progress(len(raw), 0, f"Reading {path.name}: {len(raw):,} rows")
    header = find_header(raw, spec, options.mapping, sheet=sheet)
    with collector_paused():
        parsed, read_issues = interpret(raw, header, spec)
    del raw  # the cells are parsed: let them go before the plan needs the memory
    rows = len(parsed)
    yield Progress(0, rows, "Checking the rows…")
    try:
        with store.write() as session:
            session.info[USER_KEY] = user
            session.info[TODAY_KEY] = today or date.today()
            with collector_paused():
                plan = importer.plan(session, parsed)
                outcome = _Outcome(parsed, read_issues, plan, header)
            del parsed  # the plans hold what writing needs
            report = ImportReport(
                kind=kind,
                file_name=path.name,
                sheet=sheet,
                header=header,
                issues=outcome.issues,
                new=outcome.count(Outcome.NEW),
                updated=outcome.count(Outcome.UPDATED),
                unchanged=outcome.count(Outcome.UNCHANGED),
                skipped=len(outcome.invalid),
                created=tuple(plan.created),
            )
            if (
                options.dry_run
                or outcome.file_error
                or (outcome.invalid and not options.skip_invalid)
            ):
                raise _NothingWritten(report)
            valid = outcome.valid
            total = len(valid)
            expect_bulk(session, report.new)
            with present_objects_set_aside():  # the plans: not walked between the batches
                for start in range(0, total, PROGRESS_EVERY):
                    with collector_paused():
                        for row_plan in valid[start : start + PROGRESS_EVERY]:
                            if row_plan.apply is not None:
                                row_plan.apply(session)
                    done = min(start + PROGRESS_EVERY, total)
                    if done % PROGRESS_EVERY == 0:
                        yield Progress(done, total, f"Writing: {done:,} of {total:,} rows")
                with collector_paused():
                    flush_bulk(session)
            report = dataclasses.replace(
                report, written=True, created=tuple(_past(sentence) for sentence in plan.created)
            )
            job, *issues = _job_records(report, path, started, ImportStatus.DONE)
            session.add(job)
            session.flush()  # the job before its issues: the ORM orders tables by class name
            session.add_all(issues)
            session.flush()
            # The last step is reported inside the write: a cancel that arrives after the
            # commit would otherwise be told "nothing was written" while the rows are in.
            yield Progress(rows, rows, "Saving")
    except _NothingWritten as nothing:
        report = nothing.report
        _record_unwritten(store, report, path, started, user, dry_run=options.dry_run)
    return report


class _Outcome:
    """Every row's issues (the file's and the importer's, each with its cell) and its fate."""

    def __init__(
        self,
        parsed: Sequence[ParsedRow],
        read_issues: Sequence[Issue],
        plan: KindPlan,
        header: HeaderMatch,
    ) -> None:
        column_of = {field: column for column, field in header.columns.items()}
        found: dict[Issue, None] = dict.fromkeys(read_issues)
        for row in parsed:
            found.update(dict.fromkeys(row.issues))
        for row_plan in plan.rows:
            found.update(dict.fromkeys(_with_cell(i, column_of) for i in row_plan.issues))
        self.issues = tuple(sorted(found, key=_position))
        error_rows = {i.row for i in self.issues if i.severity is Severity.ERROR}
        #: An error that is not on a row (a whole column) stops the import whatever the options.
        self.file_error = None in error_rows
        self.valid: list[RowPlan] = []
        self.invalid: list[RowPlan] = []
        for row_plan in plan.rows:
            ok = row_plan.number not in error_rows and row_plan.outcome is not Outcome.SKIPPED
            (self.valid if ok else self.invalid).append(row_plan)
        if self.file_error:
            self.invalid += self.valid
            self.valid = []

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row_plan in self.valid if row_plan.outcome is outcome)


def _with_cell(issue: Issue, column_of: dict[str, int]) -> Issue:
    if issue.column is None and issue.row is not None and issue.field in column_of:
        return dataclasses.replace(issue, column=column_of[issue.field])
    return issue


def _position(issue: Issue) -> tuple[int, int]:
    return (issue.row or 0, -1 if issue.column is None else issue.column)


def _past(sentence: str) -> str:
    """Importers say what writing would create ("Contingent Belize will be created."); once
    written the report says it was ("Contingent Belize created.")."""
    return sentence.replace(" will be created.", " created.")


def _job_records(
    report: ImportReport, path: Path, started: datetime, status: ImportStatus, note: str = ""
) -> Iterator[ImportJob | ImportIssue]:
    job = ImportJob(
        kind=report.kind,
        file_name=str(path)[-400:],
        sheet=report.sheet,
        status=status,
        started_at=started,
        finished_at=utcnow(),
        rows_new=report.new,
        rows_updated=report.updated,
        rows_unchanged=report.unchanged,
        rows_skipped=report.skipped,
    )
    yield job
    if note:
        yield ImportIssue(import_job_id=job.id, severity=Severity.WARNING, message=note)
    for issue in report.issues:
        yield ImportIssue(
            import_job_id=job.id,
            row=issue.row,
            cell=issue.cell,
            severity=issue.severity,
            message=issue.message[:1000],
        )


def _record_unwritten(
    store: Store, report: ImportReport, path: Path, started: datetime, user: str, *, dry_run: bool
) -> None:
    """Record a refused import or a dry run: the job and its issues, in a write of their own.

    Core inserts, not the ORM: the note of an attempt stays out of the audit trail (it changed
    nothing), so Edit > Undo keeps offering the person's last real change.
    """
    status = ImportStatus.DONE if dry_run else ImportStatus.REFUSED
    note = DRY_RUN_NOTE if dry_run else ""
    rows = list(_job_records(report, path, started, status, note))
    for record in rows:
        record.created_by = record.updated_by = user
    jobs = [record.model_dump() for record in rows if isinstance(record, ImportJob)]
    issues = [record.model_dump() for record in rows if isinstance(record, ImportIssue)]
    with store.write_connection() as connection:
        connection.execute(insert(ImportJob.__table__), jobs)  # type: ignore[attr-defined]
        if issues:
            connection.execute(insert(ImportIssue.__table__), issues)  # type: ignore[attr-defined]
