"""Readiness history, the audit trail, import jobs and users."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from lsa_desktop.domain.enums import ImportStatus, Severity
from lsa_desktop.store.models.base import Record, utcnow


class ReadinessSnapshot(Record, table=True):
    """A unit's personnel figures on one day (one row per unit per day)."""

    __tablename__ = "readiness_snapshot"
    __table_args__ = (UniqueConstraint("as_of", "unit_id"),)

    as_of: date = Field(index=True)
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    authorised_strength: int = 0
    min_operational_strength: int = 0
    present: int = 0
    #: The unit's readiness that day (the lowest of strength and its critical categories),
    #: computed from this row and its lines when the snapshot is written, so that a trend reads
    #: one row per unit and day instead of every line; None when it cannot be computed.
    readiness_pct: float | None = None


class ReadinessSnapshotLine(Record, table=True):
    """A unit's holding of one equipment type on one day (authorised, held or pledged): the rows
    behind that day's figures."""

    __tablename__ = "readiness_snapshot_line"
    __table_args__ = (UniqueConstraint("as_of", "unit_id", "equipment_type_id"),)

    as_of: date = Field(index=True)
    unit_id: uuid.UUID = Field(foreign_key="unit.id")
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id")
    authorised: int = 0
    on_hand: int = 0
    serviceable: int = 0
    pledged_open: int = 0


class AuditEntry(Record, table=True):
    """One changed field of one record: who, when, what, old and new.

    The entries of one write transaction share ``change_id``: the unit that undo reverts. An undo
    is itself a change set, whose ``reverts_change_id`` names the change set it reverted.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_table_record", "table_name", "record_id"),)

    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = Field(max_length=80, index=True)
    action: str = Field(max_length=20)  # INSERT, UPDATE, ARCHIVE, UNDO...
    table_name: str = Field(max_length=60)
    record_id: uuid.UUID
    field: str = Field(default="", max_length=60)
    old_value: str | None = None
    new_value: str | None = None
    change_id: uuid.UUID = Field(index=True)
    reverts_change_id: uuid.UUID | None = Field(default=None, index=True)


class ImportJob(Record, table=True):
    __tablename__ = "import_job"

    kind: str = Field(max_length=40, index=True)
    file_name: str = Field(max_length=400)
    sheet: str = Field(default="", max_length=120)
    status: ImportStatus = ImportStatus.RUNNING
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    rows_new: int = 0
    rows_updated: int = 0
    rows_unchanged: int = 0
    rows_skipped: int = 0


class ImportIssue(Record, table=True):
    __tablename__ = "import_issue"

    import_job_id: uuid.UUID = Field(foreign_key="import_job.id", index=True)
    row: int | None = None
    cell: str = Field(default="", max_length=20)
    severity: Severity = Severity.ERROR
    message: str = Field(max_length=1000)


class User(Record, table=True):
    __tablename__ = "app_user"

    username: str = Field(max_length=80, unique=True)
    display_name: str = Field(default="", max_length=120)
    role: str = Field(default="", max_length=60)
    last_seen: datetime | None = None


class MissionSetting(Record, table=True):
    """A rule the whole mission shares, kept with its data rather than in one laptop's settings
    file (for example the approvers each requisition priority needs). ``value`` is JSON."""

    __tablename__ = "mission_setting"

    key: str = Field(max_length=80, unique=True)
    value: str = Field(default="null", max_length=4000)
