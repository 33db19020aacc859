"""Undo: reverting one change set of the audit trail, as a new change set.

A change set is everything one ``store.write()`` did (its entries share a ``change_id``). Undo
replays it backwards through the ORM inside a write opened with ``action="UNDO"``, so the revert is
audited like any change, each entry naming the change set it reverts:

- an edited field gets its old value back (the text converted to the column's type);
- a created record is deleted if nothing refers to it, archived if something does and the table
  can archive, and otherwise the undo is refused;
- a deleted record is inserted again from the row the trail kept.

Undo never overwrites someone's later work: if a later change that still stands touched the same
field (or, for a created record, the record at all), or the value is no longer the one the change
set wrote, the undo is refused with a sentence saying who changed what.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from lsa_desktop.errors import UserError
from lsa_desktop.services.audit import ChangeKind, change_kind
from lsa_desktop.services.audit_values import (
    TABLE_NOUNS,
    RecordNamer,
    from_text,
    model_of,
    row_values,
    table_of,
)
from lsa_desktop.store.models import AuditEntry

_audit = AuditEntry.__table__
_a = _audit.c


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """A change set as undo describes it: what was done, to which records, by whom and when.

    The main records are those of one table, changed the same way (``kind``): the records the
    others hang from (a requisition rather than its lines), the most numerous if several do.
    ``record`` names the first of them, ``record_count`` counts them, ``field_count`` counts the
    fields of an edit of one record; ``other_records`` counts the rest.
    """

    change_id: uuid.UUID
    at: datetime
    user: str
    kind: ChangeKind
    table_name: str
    record_id: uuid.UUID
    record: str
    record_count: int
    field_count: int
    other_records: int

    @property
    def description(self) -> str:
        """In English, for the command line and the log: "Edit of officer 0061154 (2 fields)"."""
        noun = noun_of(self.table_name)
        verb = {
            ChangeKind.CREATED: "Creation",
            ChangeKind.EDITED: "Edit",
            ChangeKind.DELETED: "Deletion",
        }[self.kind]
        if self.record_count > 1:
            what = f"{verb} of {self.record_count} {plural(noun)}"
        elif self.kind is ChangeKind.EDITED:
            fields = "1 field" if self.field_count == 1 else f"{self.field_count} fields"
            what = f"{verb} of {noun} {self.record} ({fields})"
        else:
            what = f"{verb} of {noun} {self.record}"
        if self.other_records == 1:
            return f"{what} and 1 other record"
        if self.other_records:
            return f"{what} and {self.other_records} other records"
        return what


def noun_of(table_name: str) -> str:
    return TABLE_NOUNS.get(table_name, table_name.replace("_", " "))


def plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


@dataclass(frozen=True, slots=True)
class _Entry:
    at: datetime
    user: str
    table_name: str
    record_id: uuid.UUID
    field: str
    old: str | None
    new: str | None

    @property
    def kind(self) -> ChangeKind:
        return change_kind(self.field, self.old, self.new)


def _entries(session: Session, change_id: uuid.UUID) -> list[_Entry]:
    statement = (
        select(_a.at, _a.user, _a.table_name, _a.record_id, _a.field, _a.old_value, _a.new_value)
        .where(_a.change_id == change_id)
        .order_by(_a.table_name, _a.record_id, _a.field)
    )
    return [_Entry(*values) for values in session.execute(statement)]


def summarise(session: Session, change_id: uuid.UUID, entries: list[_Entry]) -> ChangeSummary:
    """Describe a change set by its main records (see :class:`ChangeSummary`)."""
    kinds: dict[tuple[str, uuid.UUID], ChangeKind] = {}
    fields: Counter[tuple[str, uuid.UUID]] = Counter()
    for entry in entries:
        record = (entry.table_name, entry.record_id)
        kinds.setdefault(record, entry.kind)
        fields[record] += 1
    groups = Counter((table, kind) for (table, _), kind in kinds.items())
    tables = {table for table, _ in groups}
    # The main records are those the others hang from (a requisition, not its lines; a vehicle,
    # not the maintenance event opened on it); among those, the most numerous.
    (table_name, kind), record_count = max(
        groups.items(), key=lambda group: (not _refers_to(group[0][0], tables), group[1])
    )
    record_id = next(rid for (table, rid), k in kinds.items() if (table, k) == (table_name, kind))
    return ChangeSummary(
        change_id=change_id,
        at=entries[0].at,
        user=entries[0].user,
        kind=kind,
        table_name=table_name,
        record_id=record_id,
        record=RecordNamer(session).name(table_name, record_id),
        record_count=record_count,
        field_count=fields[(table_name, record_id)] if kind is ChangeKind.EDITED else 0,
        other_records=len(kinds) - record_count,
    )


def _refers_to(table_name: str, tables: set[str]) -> bool:
    """Whether ``table_name`` has a foreign key to one of the other ``tables``."""
    table = table_of(table_name)
    if table is None:
        return False
    return any(
        key.column.table.name in tables - {table_name}
        for column in table.columns
        for key in column.foreign_keys
    )


def latest_undoable(session: Session, user: str, since: datetime) -> ChangeSummary | None:
    """``user``'s latest change set at or after ``since`` that is not an undo and still stands."""
    undone = select(_a.reverts_change_id).where(_a.reverts_change_id.is_not(None))
    statement = (
        select(_a.change_id)
        .where(
            _a.user == user,
            _a.at >= since,
            _a.reverts_change_id.is_(None),
            _a.action != "UNDO",
            _a.change_id.not_in(undone),
        )
        .group_by(_a.change_id)
        .order_by(func.max(_a.at).desc())
        .limit(1)
    )
    change_id = session.execute(statement).scalar_one_or_none()
    if change_id is None:
        return None
    return summarise(session, change_id, _entries(session, change_id))


def revert(session: Session, change_id: uuid.UUID) -> ChangeSummary:
    """Revert change set ``change_id`` in ``session`` (a write opened for the undo).

    Everything is checked before anything changes; rows are then re-inserted parents first and
    removed children first, flushed table by table, so that no foreign key is ever left dangling.
    """
    entries = _entries(session, change_id)
    if not entries:
        raise UserError("That change is not in the history any more; there is nothing to undo.")
    if session.execute(select(exists().where(_a.reverts_change_id == change_id))).scalar():
        raise UserError("That change has already been undone.")
    summary = summarise(session, change_id, entries)
    namer = RecordNamer(session)
    for entry in entries:
        if model_of(entry.table_name) is None:
            raise UserError(
                f"Changes to {entry.table_name} cannot be undone by this version of the app."
            )
        _refuse_if_changed_since(session, namer, change_id, entry)
    by_kind: dict[ChangeKind, list[_Entry]] = {kind: [] for kind in ChangeKind}
    for entry in entries:
        by_kind[entry.kind].append(entry)
    created = {(e.table_name, e.record_id) for e in by_kind[ChangeKind.CREATED]}
    removable = _removable(session, created)
    with session.no_autoflush:
        for key in sorted(created - removable, key=_parents_first):
            _archive_instead(session, namer, *key)
        for entry in by_kind[ChangeKind.EDITED]:
            record = session.get(_model(entry.table_name), entry.record_id)
            if record is not None:  # else deleted by this same change set: restored below
                setattr(record, entry.field, from_text(entry.table_name, entry.field, entry.old))
    for group in _by_table(by_kind[ChangeKind.DELETED], reverse=False):
        for entry in group:
            values = row_values(entry.table_name, entry.old)
            session.add(_model(entry.table_name)(id=entry.record_id, **values))
        session.flush()
    removed = [e for e in by_kind[ChangeKind.CREATED] if (e.table_name, e.record_id) in removable]
    for group in _by_table(removed, reverse=True):
        for entry in group:
            record = session.get(_model(entry.table_name), entry.record_id)
            if record is not None:
                session.delete(record)
        session.flush()
    return summary


def _model(table_name: str) -> type[SQLModel]:
    model = model_of(table_name)
    assert model is not None, table_name  # checked before anything changed
    return model


def _table_rank() -> dict[str, int]:
    return {table.name: rank for rank, table in enumerate(SQLModel.metadata.sorted_tables)}


def _parents_first(key: tuple[str, uuid.UUID]) -> int:
    return _table_rank().get(key[0], 0)


def _by_table(entries: list[_Entry], reverse: bool) -> list[list[_Entry]]:
    """``entries`` grouped by table, parents' tables first (children's first if ``reverse``)."""
    groups: dict[str, list[_Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.table_name, []).append(entry)
    rank = _table_rank()
    ordered = sorted(groups, key=lambda name: rank.get(name, 0), reverse=reverse)
    return [groups[name] for name in ordered]


def _refuse_if_changed_since(
    session: Session, namer: RecordNamer, change_id: uuid.UUID, entry: _Entry
) -> None:
    """Raise if a later change that still stands touched what ``entry`` changed."""
    same_record = and_(_a.table_name == entry.table_name, _a.record_id == entry.record_id)
    touched = same_record
    if entry.kind is ChangeKind.EDITED:
        touched = and_(same_record, or_(_a.field == entry.field, _a.field == ""))
    undone = select(_a.reverts_change_id).where(_a.reverts_change_id.is_not(None))
    later = (
        select(_a.user, _a.at)
        .where(touched, _a.change_id != change_id, _a.at >= entry.at)
        # A later change that was undone, and the undo that reverted it, cancel out.
        .where(
            _a.change_id.not_in(undone),
            or_(_a.reverts_change_id.is_(None), _a.reverts_change_id.not_in(undone)),
        )
        .order_by(_a.at.desc())
        .limit(1)
    )
    found = session.execute(later).first()
    if found is None:
        found = _value_differs(session, entry)
    if found is not None:
        user, at = found[0], found[1]
        noun = noun_of(entry.table_name)
        name = namer.name(entry.table_name, entry.record_id)
        what = f"its {entry.field.replace('_', ' ')}" if entry.kind is ChangeKind.EDITED else "it"
        when = at.astimezone().strftime("%Y-%m-%d %H:%M")
        raise UserError(
            f"This change cannot be undone: {what} on {noun} {name} was changed again later "
            f"by {user} ({when}). Edit the record instead, so that nobody's later work is lost."
        )


def _value_differs(session: Session, entry: _Entry) -> tuple[str, datetime] | None:
    """For an edit: if the field no longer holds what the change set wrote (changed outside the
    audit trail, by a bulk import), who last wrote the record and when."""
    if entry.kind is not ChangeKind.EDITED:
        return None
    table = table_of(entry.table_name)
    if table is None or entry.field not in table.c:
        return None
    statement = select(table.c[entry.field], table.c.updated_by, table.c.updated_at).where(
        table.c.id == entry.record_id
    )
    found = session.execute(statement).first()
    if found is None:
        return None  # the record is gone: a later deletion, found by the audit query
    if found[0] == from_text(entry.table_name, entry.field, entry.new):
        return None
    return found[1], found[2]


def _removable(session: Session, created: set[tuple[str, uuid.UUID]]) -> set[tuple[str, uuid.UUID]]:
    """The records the change set created that can be deleted: those no record outside the
    deleted ones refers to. A record kept (archived) keeps what it refers to, hence the loop."""
    removable = set(created)
    while True:
        kept = {key for key in removable if _referenced(session, *key, removable)}
        if not kept:
            return removable
        removable -= kept


def _archive_instead(
    session: Session, namer: RecordNamer, table_name: str, record_id: uuid.UUID
) -> None:
    """Undo the creation of a record others now refer to: archive it, or refuse."""
    record = session.get(_model(table_name), record_id)
    if record is None:
        return
    if hasattr(record, "archived"):
        record.archived = True
        return
    noun = noun_of(table_name)
    raise UserError(
        f"This change cannot be undone: other records now refer to the {noun} "
        f"{namer.name(table_name, record_id)} it created, and a {noun} cannot be "
        "archived. Remove those records first."
    )


def _referenced(
    session: Session, table_name: str, record_id: uuid.UUID, created: set[tuple[str, uuid.UUID]]
) -> bool:
    """Whether a record outside ``created`` (the records the undo removes) refers to this one."""
    for table in SQLModel.metadata.tables.values():
        for column in table.columns:
            if not any(key.column.table.name == table_name for key in column.foreign_keys):
                continue
            removed = [rid for name, rid in created if name == table.name]
            condition: Any = column == record_id
            if removed:
                condition = and_(condition, table.c.id.not_in(removed))
            if session.execute(select(exists().where(condition))).scalar():
                return True
    return False
