"""Reading the audit trail's text back: values in their column's type, and records by name.

The audit trail stores every value as text (:func:`lsa_desktop.store.audit.to_text`). Showing a
change readably and undoing it both need the value back in its column's Python type (an enum
member, a date, a number, a UUID), which the mapped model of the table says. A reference (a
``unit_id``) is shown as the record it names ("KE-FPU-1"), and a record as its natural key
("0061154"), read through :class:`RecordNamer`.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, Table, TypeDecorator, select
from sqlalchemy import types as sa_types
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from lsa_desktop.store.models import AuditEntry

#: The columns that name a record of each table, most telling first. Tables without a key of
#: their own are named by the records they belong to (a stock line by its unit and type).
NAME_FIELDS: Mapping[str, tuple[str, ...]] = {
    "mission": ("code",),
    "contingent": ("name",),
    "location": ("code",),
    "unit": ("code",),
    "rank": ("code",),
    "person": ("service_number", "surname", "given_names"),
    "qualification_type": ("code",),
    "qualification": ("person_id", "qualification_type_id"),
    "equipment_category": ("code",),
    "equipment_type": ("code",),
    "authorisation": ("unit_id", "equipment_type_id"),
    "asset": ("tag", "registration"),
    "stock_line": ("unit_id", "equipment_type_id"),
    "stock_movement": ("stock_line_id", "moved_on", "kind"),
    "maintenance_event": ("asset_id", "kind", "opened_on"),
    "inspection": ("unit_id", "kind", "inspected_on"),
    "inspection_line": ("inspection_id", "equipment_type_id"),
    "requisition": ("reference",),
    "requisition_line": ("requisition_id", "equipment_type_id"),
    "approval": ("requisition_id", "decision"),
    "donor": ("name",),
    "pledge": ("reference",),
    "pledge_line": ("pledge_id", "unit_id", "equipment_type_id"),
    "delivery": ("pledge_id", "delivered_on"),
    "delivery_line": ("delivery_id", "pledge_line_id"),
    "readiness_snapshot": ("unit_id", "as_of"),
    "readiness_snapshot_line": ("unit_id", "equipment_type_id", "as_of"),
    "app_user": ("username",),
}

#: Fields worth showing besides the name when a record is created or deleted.
SUMMARY_FIELDS: Mapping[str, tuple[str, ...]] = {
    "unit": ("name", "unit_type", "authorised_strength"),
    "person": ("rank_id", "unit_id", "status"),
    "qualification": ("number", "expires_on"),
    "equipment_type": ("name",),
    "authorisation": ("quantity",),
    "asset": ("equipment_type_id", "unit_id", "status"),
    "stock_line": ("on_hand", "serviceable"),
    "stock_movement": ("delta_on_hand", "delta_serviceable"),
    "maintenance_event": ("closed_on",),
    "inspection": ("status",),
    "inspection_line": ("present", "serviceable"),
    "requisition": ("unit_id", "status"),
    "requisition_line": ("quantity_requested",),
    "pledge": ("donor_id", "status"),
    "pledge_line": ("quantity",),
}


def summary_fields(table_name: str) -> tuple[str, ...]:
    """The fields shown for a created or deleted record: its name's, then its summary's."""
    return NAME_FIELDS.get(table_name, ()) + SUMMARY_FIELDS.get(table_name, ())


#: The noun of a record of each table, in English (the CLI and the log; the window translates
#: its own, see ``views.widgets.history_panel``).
TABLE_NOUNS: Mapping[str, str] = {
    "mission": "mission",
    "contingent": "contingent",
    "location": "location",
    "unit": "unit",
    "rank": "rank",
    "person": "officer",
    "qualification_type": "qualification type",
    "qualification": "qualification",
    "equipment_category": "equipment category",
    "equipment_type": "equipment type",
    "authorisation": "authorisation",
    "asset": "asset",
    "stock_line": "stock line",
    "stock_movement": "stock movement",
    "maintenance_event": "maintenance event",
    "inspection": "inspection",
    "inspection_line": "inspection line",
    "requisition": "requisition",
    "requisition_line": "requisition line",
    "approval": "approval",
    "donor": "donor",
    "pledge": "pledge",
    "pledge_line": "pledge line",
    "delivery": "delivery",
    "delivery_line": "delivery line",
    "readiness_snapshot": "readiness snapshot",
    "readiness_snapshot_line": "readiness snapshot line",
    "app_user": "user",
}

#: How deep a name follows references (a qualification -> its officer -> ...).
_NAME_DEPTH = 2


@cache
def model_of(table_name: str) -> type[SQLModel] | None:
    """The mapped class of ``table_name``, or None for a table the app does not map."""
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table_name:
            return mapper.class_  # type: ignore[no-any-return]
    return None


def table_of(table_name: str) -> Table | None:
    table = SQLModel.metadata.tables.get(table_name)
    return table if isinstance(table, Table) else None


def column_of(table_name: str, field: str) -> Column[Any] | None:
    table = table_of(table_name)
    if table is None or field not in table.columns:
        return None
    return table.columns[field]


def referenced_table(table_name: str, field: str) -> str | None:
    """The table a foreign-key column points at, if it is one."""
    column = column_of(table_name, field)
    if column is None:
        return None
    for key in column.foreign_keys:
        return key.column.table.name
    return None


def _python_type(column: Column[Any]) -> type | None:
    column_type: Any = column.type
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa_types.Enum) and column_type.enum_class is not None:
        return column_type.enum_class  # type: ignore[no-any-return]
    if isinstance(column_type, sa_types.DateTime):
        return datetime
    if isinstance(column_type, sa_types.String):
        return str
    try:
        return column_type.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def from_text(table_name: str, field: str, text: str | None) -> Any:
    """``text`` from the audit trail as the Python value of ``table_name.field``.

    The inverse of :func:`lsa_desktop.store.audit.to_text`; a column the model no longer has
    gives the text unchanged.
    """
    if text is None:
        return None
    column = column_of(table_name, field)
    kind = _python_type(column) if column is not None else None
    if kind is None or kind is str:
        return text
    if kind is bool:
        return text == "true"
    if kind is datetime:
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if kind is date:
        return date.fromisoformat(text)
    if kind is uuid.UUID:
        return uuid.UUID(text)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(text)
    if kind in (int, float):
        return kind(text)
    return text


def row_values(table_name: str, text: str | None) -> dict[str, Any]:
    """The JSON of an INSERT or DELETE entry as the row's Python values."""
    if not text:
        return {}
    raw = json.loads(text)
    return {field: from_text(table_name, field, value) for field, value in raw.items()}


class RecordNamer:
    """Names records for people, within one read session; each record is read once.

    A record is named by its :data:`NAME_FIELDS`, references among them named in turn; a record
    deleted since is named from the last row the audit trail holds of it.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._names: dict[tuple[str, uuid.UUID], str] = {}
        self._rows: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}

    def prefetch(self, records: Iterable[tuple[str, uuid.UUID]]) -> None:
        """Read the name fields of many records at once: one query per table, not per record
        (a block of the change log names fifty records)."""
        by_table: dict[str, set[uuid.UUID]] = {}
        for table_name, record_id in records:
            if (table_name, record_id) not in self._rows:
                by_table.setdefault(table_name, set()).add(record_id)
        for table_name, ids in by_table.items():
            table, fields = self._name_columns(table_name)
            if table is None or not fields:
                continue
            columns = (table.c.id, *(table.c[f] for f in fields))
            statement = select(*columns).where(table.c.id.in_(ids))
            for record_id, *values in self._session.execute(statement):
                self._rows[(table_name, record_id)] = dict(zip(fields, values, strict=True))

    def name(self, table_name: str, record_id: uuid.UUID, depth: int = 0) -> str:
        cache_key = (table_name, record_id)
        if cache_key not in self._names:
            values = self._values(table_name, record_id)
            parts = [
                self.value_text(table_name, field, values.get(field), depth)
                for field in NAME_FIELDS.get(table_name, ())
            ]
            self._names[cache_key] = " ".join(part for part in parts if part) or record_id.hex[:8]
        return self._names[cache_key]

    def value_text(self, table_name: str, field: str, value: Any, depth: int = 0) -> str:
        """A value as plain text for a name: a reference by the record's own name."""
        if value is None or value == "":
            return ""
        target = referenced_table(table_name, field)
        if target is not None and isinstance(value, uuid.UUID):
            return self.name(target, value, depth + 1) if depth < _NAME_DEPTH else ""
        if isinstance(value, enum.Enum):
            return str(value.value)
        if isinstance(value, datetime | date):
            return value.isoformat()
        return str(value)

    @staticmethod
    def _name_columns(table_name: str) -> tuple[Table | None, list[str]]:
        table = table_of(table_name)
        fields = [f for f in NAME_FIELDS.get(table_name, ()) if table is not None and f in table.c]
        return table, fields

    def _values(self, table_name: str, record_id: uuid.UUID) -> dict[str, Any]:
        known = self._rows.get((table_name, record_id))
        if known is not None:
            return known
        table, fields = self._name_columns(table_name)
        if table is not None and fields:
            statement = select(*(table.c[f] for f in fields)).where(table.c.id == record_id)
            found = self._session.execute(statement).first()
            if found is not None:
                return dict(zip(fields, found, strict=True))
        return self._last_known(table_name, record_id)

    def _last_known(self, table_name: str, record_id: uuid.UUID) -> dict[str, Any]:
        """The row as the audit trail last held it whole (its insert or its deletion)."""
        audit = AuditEntry.__table__.c
        statement = (
            select(audit.old_value, audit.new_value)
            .where(audit.table_name == table_name, audit.record_id == record_id, audit.field == "")
            .order_by(audit.at.desc())
            .limit(1)
        )
        found = self._session.execute(statement).first()
        if found is None:
            return {}
        old, new = found
        return row_values(table_name, new if new is not None else old)
