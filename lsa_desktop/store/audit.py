"""The audit trail, written by the write session itself.

Every ORM change made inside :meth:`Store.write` is recorded before the flush, in the same
transaction: who (the store's user), when, which table and record, which field, the old and the
new value as text. A service therefore cannot forget to audit, and an audit entry can never
describe a change that was rolled back. All the entries of one ``store.write()`` share a
``change_id``: that is the unit that undo reverts.

Inserts are recorded as one entry (field ``""``) holding the new row's values as JSON; updates as
one entry per changed field; deletes as one entry holding the old row. Bookkeeping columns
(``updated_at``, ``updated_by``, ``search_text``...) are not audited: they follow from the others.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from lsa_desktop.store.models import AuditEntry, Record, new_id, utcnow

#: Columns whose changes say nothing a person did.
NOT_AUDITED = frozenset(
    {"id", "created_at", "updated_at", "created_by", "updated_by", "search_text"}
)

USER_KEY = "lsa_user"
CHANGE_KEY = "lsa_change_id"
ACTION_KEY = "lsa_action"  # "UNDO" while undo replays a change set; else the natural action
REVERTS_KEY = "lsa_reverts"  # the change set an undo reverts


def to_text(value: Any) -> str | None:
    """A column value as the audit trail stores it: stable, readable text."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _columns(obj: Record) -> list[str]:
    return [attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in NOT_AUDITED]


def _entry(
    session: Session, obj: Record, action: str, field: str, old: Any, new: Any
) -> AuditEntry:
    return AuditEntry(
        at=session.info["lsa_now"],
        user=session.info[USER_KEY],
        action=session.info.get(ACTION_KEY) or action,
        table_name=type(obj).__tablename__,
        record_id=obj.id,
        field=field,
        old_value=old,
        new_value=new,
        change_id=session.info[CHANGE_KEY],
        reverts_change_id=session.info.get(REVERTS_KEY),
        created_by=session.info[USER_KEY],
        updated_by=session.info[USER_KEY],
    )


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if USER_KEY not in session.info:
        return  # a session that is not a Store write session: nothing to record
    session.info["lsa_now"] = now = utcnow()
    user = session.info[USER_KEY]
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, Record) or isinstance(obj, AuditEntry):
            continue
        obj.created_by = obj.updated_by = user
        obj.created_at = obj.updated_at = now
        values = {key: to_text(getattr(obj, key)) for key in _columns(obj)}
        entries.append(
            _entry(session, obj, "INSERT", "", None, json.dumps(values, ensure_ascii=False))
        )
    for obj in list(session.dirty):
        if not isinstance(obj, Record) or isinstance(obj, AuditEntry):
            continue
        state = inspect(obj)
        changed = []
        for key in _columns(obj):
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = to_text(history.deleted[0]) if history.deleted else None
            new = to_text(history.added[0]) if history.added else None
            if old != new:
                changed.append((key, old, new))
        if changed:
            obj.updated_by = user
            obj.updated_at = now
            entries += [_entry(session, obj, "UPDATE", key, old, new) for key, old, new in changed]
    for obj in list(session.deleted):
        if not isinstance(obj, Record) or isinstance(obj, AuditEntry):
            continue
        values = {key: to_text(getattr(obj, key)) for key in _columns(obj)}
        entries.append(
            _entry(session, obj, "DELETE", "", json.dumps(values, ensure_ascii=False), None)
        )
    session.add_all(entries)


def begin_audited(
    session: Session, user: str, *, action: str | None = None, reverts: uuid.UUID | None = None
) -> uuid.UUID:
    """Mark ``session`` as a write session of ``user``; returns the change set's id.

    ``action`` overrides the recorded action (undo records "UNDO"); ``reverts`` names the change
    set an undo reverts.
    """
    change_id = new_id()
    session.info[USER_KEY] = user
    session.info[CHANGE_KEY] = change_id
    if action:
        session.info[ACTION_KEY] = action
    if reverts:
        session.info[REVERTS_KEY] = reverts
    return change_id


event.listen(Session, "before_flush", _before_flush)
