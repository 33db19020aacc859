"""The import engine end to end on real workbooks: LibreOffice's French nominal roll, refused,
skipped, dry run, re-imported, undone and cancelled; every import recorded."""

from __future__ import annotations

import gc
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from people_import_helpers import REFERENCE_UNITS, TODAY, seeded
from sqlmodel import func, select

from lsa_desktop.domain.enums import ImportStatus, PersonStatus, Severity, Sex
from lsa_desktop.excel import importer as engine
from lsa_desktop.excel.importer import DRY_RUN_NOTE, import_file, run_import
from lsa_desktop.excel.importers import bulk
from lsa_desktop.excel.model import ImportOptions, Issue
from lsa_desktop.services.audit import AuditService
from lsa_desktop.store.models import (
    AuditEntry,
    ImportIssue,
    ImportJob,
    Person,
    Rank,
    Unit,
    utcnow,
)

FIXTURES = Path(__file__).parents[2] / "fixtures"
ROSTER = FIXTURES / "roster_fr_libreoffice.xlsx"
USER = "Sgt J. Otieno"

#: Rows 4, 6 and 58 of the roll as the fixture's README says they are stored (row 6's arrival
#: and row 58's dates are text cells typed day first).
SPOT_CHECKS = {
    "0061154": ("SP", "OTIENO", "Mercy", Sex.F, "KE-FPU-1", "Commandant du contingent",
                PersonStatus.ACTIVE, date(2026, 1, 20), date(2027, 1, 19)),
    "0065056": ("PC", "KAMAU", "Brian", Sex.M, "KE-FPU-1", "Agent d'intervention",
                PersonStatus.ACTIVE, date(2026, 1, 23), date(2027, 1, 22)),
    "0079471": ("PC", "TOO", "Joseph Kamau", Sex.M, "KE-SWAT", "Opérateur radio",
                PersonStatus.ACTIVE, date(2026, 6, 2), date(2027, 6, 1)),
}  # fmt: skip


def write_workbook(path: Path, rows: list[list[object]], title: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


@pytest.fixture
def store(tmp_store, tmp_path):
    """A database holding the reference data and the fixtures' units, imported from a workbook
    with the public headers, as a new user would."""
    seeded(tmp_store)
    headers = ["Code", "Name", "Type", "Contingent", "Parent unit", "Base"]
    headers += ["Authorised strength", "Minimum operational strength"]
    rows = [
        [code, name, kind.value, contingent, None, base, authorised, minimum]
        for code, name, kind, contingent, base, authorised, minimum in REFERENCE_UNITS
    ]
    units = write_workbook(tmp_path / "units.xlsx", [headers, *rows])
    report = import_file(tmp_store, units, "units", user=USER, today=TODAY)
    assert (report.written, report.new, report.errors) == (True, 4, ())
    assert report.created == (
        "Contingent Kenya created.",
        "Contingent Jamaica created.",
        "Base Port-au-Prince created.",
        "Base Gonaïves created.",
    )
    return tmp_store


def count(store, model) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def jobs(store) -> list[ImportJob]:
    with store.read() as session:
        return list(session.exec(select(ImportJob).order_by(ImportJob.started_at)).all())


def job_issues(store, job: ImportJob) -> list[tuple[int | None, str, Severity]]:
    with store.read() as session:
        found = session.exec(
            select(ImportIssue).where(ImportIssue.import_job_id == job.id).order_by(ImportIssue.row)
        ).all()
    return [(issue.row, issue.cell, issue.severity) for issue in found]


def roster(store, **options) -> engine.ImportReport:
    return import_file(store, ROSTER, "personnel", ImportOptions(**options), user=USER, today=TODAY)


def test_the_roll_is_refused_by_default_naming_its_two_bad_rows(store):
    audit_before = count(store, AuditEntry)

    report = roster(store)

    assert report.refused and not report.written
    assert [(issue.row, issue.cell) for issue in report.errors] == [(15, "A15"), (50, "I50")]
    assert "31/02/2025" in report.errors[1].message
    assert (report.new, report.skipped) == (58, 2)  # what --skip-invalid would do
    skipped = [issue.row for issue in report.issues if issue.severity is Severity.SKIPPED]
    assert skipped == [34, 65]
    assert count(store, Person) == 0
    assert count(store, AuditEntry) == audit_before  # the record of the attempt is not audited
    [_units_job, job] = jobs(store)
    assert (job.kind, job.status, job.rows_new, job.rows_skipped) == (
        "personnel",
        ImportStatus.REFUSED,
        58,
        2,
    )
    assert job.file_name.endswith("roster_fr_libreoffice.xlsx") and job.sheet == "État nominatif"
    assert job.created_by == USER
    assert (15, "A15", Severity.ERROR) in job_issues(store, job)


def test_skip_invalid_imports_the_58_valid_officers_as_the_fixture_says(store):
    report = roster(store, skip_invalid=True)

    assert report.written
    assert (report.new, report.updated, report.unchanged, report.skipped) == (58, 0, 0, 2)
    with store.read() as session:
        found = session.exec(select(Person, Unit.code).join(Unit, Unit.id == Person.unit_id)).all()
        ranks = {rank.id: rank.code for rank in session.exec(select(Rank)).all()}
    assert len(found) == 58
    assert Counter(person.status for person, _ in found) == {
        PersonStatus.ACTIVE: 48,
        PersonStatus.LEAVE: 5,
        PersonStatus.SICK: 3,
        PersonStatus.REPATRIATED: 2,
    }
    assert Counter(code for _, code in found) == {"KE-FPU-1": 24, "KE-FPU-2": 22, "KE-SWAT": 12}
    by_number = {person.service_number: (person, code) for person, code in found}
    for service_number, expected in SPOT_CHECKS.items():
        p, unit = by_number[service_number]
        stored = (ranks[p.rank_id], p.surname, p.given_names, p.sex, unit, p.role, p.status)
        assert (*stored, p.arrival_date, p.tour_end_date) == expected
    # The two repatriated officers' planned tour ends are after the roll's date: kept, flagged.
    assert [(i.row, i.cell) for i in report.warnings if i.field == "tour_end_date"] == [
        (28, "J28"),
        (53, "J53"),
    ]
    job = jobs(store)[-1]
    assert (job.status, job.rows_new, job.rows_skipped, job.finished_at is not None) == (
        ImportStatus.DONE,
        58,
        2,
        True,
    )


def test_a_dry_run_writes_nothing_but_the_record_of_the_import(store):
    audit_before = count(store, AuditEntry)

    report = roster(store, dry_run=True, skip_invalid=True)

    assert not report.written and (report.new, report.skipped) == (58, 2)
    assert count(store, Person) == 0 and count(store, AuditEntry) == audit_before
    job = jobs(store)[-1]
    assert job.status is ImportStatus.DONE
    with store.read() as session:
        notes = session.exec(select(ImportIssue.message).where(ImportIssue.row.is_(None))).all()
    assert DRY_RUN_NOTE in notes


def test_reimporting_the_roll_changes_nothing(store):
    roster(store, skip_invalid=True)
    with store.read() as session:
        audit_ids = list(session.exec(select(AuditEntry.id)).all())

    report = roster(store, skip_invalid=True)

    assert report.written
    assert (report.new, report.updated, report.unchanged, report.skipped) == (0, 0, 58, 2)
    with store.read() as session:
        written = session.exec(
            select(AuditEntry.table_name).where(AuditEntry.id.not_in(audit_ids))
        ).all()
    assert set(written) == {"import_job", "import_issue"}  # the import's record, no officer


def test_an_import_is_one_change_set_that_undo_reverts_whole(store):
    since = utcnow()
    roster(store, skip_invalid=True)
    audit = AuditService(store)

    change = audit.undoable(USER, since)

    assert change is not None
    assert change.description.startswith("Creation of 58 officers")
    audit.undo(change.change_id)
    assert count(store, Person) == 0


def test_cancelling_while_writing_leaves_the_database_as_it_was(store, monkeypatch):
    monkeypatch.setattr(engine, "PROGRESS_EVERY", 20)
    monkeypatch.setattr(bulk, "CHUNK", 5)  # officers reach the database before the cancel
    jobs_before, audit_before = len(jobs(store)), count(store, AuditEntry)
    job = run_import(
        store, ROSTER, "personnel", ImportOptions(skip_invalid=True), user=USER, today=TODAY
    )

    for step in job:
        if step.message.startswith("Writing"):
            job.close()  # what the task runner does on Cancel
            break
    else:
        pytest.fail("the import never reported writing")

    assert count(store, Person) == 0
    assert (len(jobs(store)), count(store, AuditEntry)) == (jobs_before, audit_before)


def person_indexes(store, table: str = "person") -> list[tuple[str, str]]:
    with store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "ORDER BY name",
            (table,),
        )
        return [tuple(row) for row in rows]


def test_a_load_larger_than_the_table_rebuilds_its_indexes_and_they_are_used(store, monkeypatch):
    before = person_indexes(store)
    audit_before = person_indexes(store, "audit_entry")
    dropped: list[str] = []
    audit_dropped: list[str] = []
    original_drop = bulk._drop_for_load

    def drop_for_load(session, table, count):
        statements = original_drop(session, table, count)
        if table == "audit_entry":
            audit_dropped.extend(statements)
        return statements

    monkeypatch.setattr(bulk, "_drop_for_load", drop_for_load)
    original = bulk.BulkInsert.expect

    def expect(self, count):
        original(self, count)
        dropped.extend(self.dropped_indexes)

    monkeypatch.setattr(bulk, "REBUILD_INDEXES_FROM", 10)  # the roll's 58 officers count as many
    monkeypatch.setattr(bulk.BulkInsert, "expect", expect)

    report = roster(store, skip_invalid=True)

    assert report.new == 58
    assert len(dropped) == 7  # every secondary index; the unique ones stay to refuse duplicates
    assert person_indexes(store) == before
    # The trail got as many entries as the table rows, more than it held: its indexes too.
    assert len(audit_dropped) == 5
    assert person_indexes(store, "audit_entry") == audit_before
    with store.read() as session:
        entries = (
            session.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM audit_entry INDEXED BY ix_audit_table_record "
                "WHERE table_name = 'person'"
            )
            .scalar_one()
        )
    assert entries == 58  # the rebuilt index holds every new officer's entry
    with store.read() as session:
        plan = (
            session.connection()
            .exec_driver_sql("EXPLAIN QUERY PLAN SELECT id FROM person WHERE surname = 'OTIENO'")
            .all()
        )
        by_index = (
            session.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM person INDEXED BY ix_person_surname_given WHERE surname >= 'O'"
            )
            .scalar_one()
        )
        by_scan = (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM person NOT INDEXED WHERE surname >= 'O'")
            .scalar_one()
        )
    assert "ix_person_surname_given" in str(plan)
    assert by_index == by_scan > 0  # the rebuilt index holds every imported officer


def test_a_cancelled_large_load_leaves_the_indexes_as_they_were(store, monkeypatch):
    before = person_indexes(store)
    audit_before = person_indexes(store, "audit_entry")
    monkeypatch.setattr(bulk, "REBUILD_INDEXES_FROM", 10)
    monkeypatch.setattr(engine, "PROGRESS_EVERY", 20)
    monkeypatch.setattr(bulk, "CHUNK", 5)
    job = run_import(
        store, ROSTER, "personnel", ImportOptions(skip_invalid=True), user=USER, today=TODAY
    )

    for step in job:
        if step.message.startswith("Writing"):
            assert gc.get_freeze_count() > 0  # the plans set aside from the collector
            job.close()
            break

    assert count(store, Person) == 0
    assert person_indexes(store) == before
    assert gc.get_freeze_count() == 0  # and handed back on the way out
    assert person_indexes(store, "audit_entry") == audit_before


def test_a_load_smaller_than_the_table_keeps_its_indexes(store, monkeypatch):
    monkeypatch.setattr(bulk, "REBUILD_INDEXES_FROM", 10)
    roster(store, skip_invalid=True)  # 58 officers
    with store.write() as session:  # the same officers again count as updates, not new rows
        session.connection().exec_driver_sql("DELETE FROM person WHERE service_number LIKE '%1'")
    dropped: list[str] = []
    original = bulk.BulkInsert.expect

    def expect(self, count):
        original(self, count)
        dropped.extend(self.dropped_indexes)

    monkeypatch.setattr(bulk.BulkInsert, "expect", expect)

    report = roster(store, skip_invalid=True)

    assert 0 < report.new < 58 - report.new
    assert dropped == []


def test_an_importers_problem_is_reported_at_its_cell(store, tmp_path):
    headers = ["Service number", "Rank", "Surname", "Unit"]
    path = write_workbook(
        tmp_path / "roll.xlsx",
        [headers, ["001", "XYZ", "OTIENO", "KE-FPU-1"], ["002", "PC", "KAMAU", "KE-FPU-7"]],
        title="Roll",
    )

    report = import_file(store, path, "personnel", user=USER, today=TODAY)

    assert [(issue.cell, issue.field) for issue in report.errors] == [
        ("B3", "rank"),
        ("D4", "unit"),
    ]
    assert report.refused and count(store, Person) == 0


def test_a_missing_required_column_is_an_error_on_every_row(store, tmp_path):
    path = write_workbook(
        tmp_path / "roll.xlsx", [["Service number", "Surname"], ["001", "OTIENO"]]
    )

    report = import_file(store, path, "personnel", user=USER, today=TODAY)

    assert report.refused and count(store, Person) == 0
    [problem] = report.errors
    assert (problem.row, problem.cell, problem.field) == (2, "", "unit")


def test_an_error_on_no_row_refuses_the_import_even_with_skip_invalid(store, monkeypatch):
    """A problem with the whole file (none of today's readers report one, but the report's
    shape allows it) cannot be skipped: nothing is written."""
    from lsa_desktop.excel.headers import interpret

    def with_file_error(*args):
        parsed, issues = interpret(*args)
        return parsed, [*issues, Issue(Severity.ERROR, "The sheet is protected.")]

    monkeypatch.setattr(engine, "interpret", with_file_error)

    report = roster(store, skip_invalid=True)

    assert report.refused and count(store, Person) == 0
    assert jobs(store)[-1].status is ImportStatus.REFUSED
