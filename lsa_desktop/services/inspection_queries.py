"""What the inspection service reads: the rows it returns and the queries behind them.

The register an inspection is compared with is the unit's holdings as the readiness figures read
them (:func:`lsa_desktop.services.holdings.holdings_query`): a line's register figures are what the
dashboard counts for that unit and type, so a signed count moves exactly those figures.

Each function takes the connection of a session the service opened (a read, or the write that
saves or signs), so that a write can return what it wrote, read in its own transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Select, Subquery, and_, case, func, or_, select

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus
from lsa_desktop.domain.inspections import is_overdue, next_periodic_due
from lsa_desktop.errors import UserError
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.store.models import (
    EquipmentCategory,
    EquipmentType,
    Inspection,
    InspectionLine,
    Unit,
)

_inspection = Inspection.__table__
_line = InspectionLine.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__
_category = EquipmentCategory.__table__


@dataclass(frozen=True, slots=True)
class InspectionLineRow:
    """One equipment type of an inspection: what is authorised, what was counted, what was found.

    ``register_on_hand`` and ``register_serviceable`` are the unit's holdings now, for comparison
    while the count goes on; None once the inspection is signed (its findings then say how the
    count differed from the register at the signature).
    """

    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    category_name: str
    serialised: bool
    unit_of_measure: str
    authorised: int
    present: int
    serviceable: int
    findings: str
    register_on_hand: int | None
    register_serviceable: int | None

    @property
    def differs(self) -> bool:
        """The count differs from the register (always False once signed: see ``findings``)."""
        if self.register_on_hand is None or self.register_serviceable is None:
            return False
        return (self.present, self.serviceable) != (
            self.register_on_hand,
            self.register_serviceable,
        )


@dataclass(frozen=True, slots=True)
class InspectionDetail:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    unit_name: str
    kind: InspectionKind
    inspected_on: date
    inspector: str
    status: InspectionStatus
    signed_at: datetime | None
    remarks: str
    lines: tuple[InspectionLineRow, ...]

    @property
    def locked(self) -> bool:
        return self.status == InspectionStatus.SIGNED


@dataclass(frozen=True, slots=True)
class InspectionRow:
    """One inspection in the list. ``discrepancies``: lines with a finding, and, on a draft, lines
    whose count differs from the register as it stands."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    unit_name: str
    kind: InspectionKind
    inspected_on: date
    inspector: str
    status: InspectionStatus
    signed_at: datetime | None
    line_count: int
    discrepancies: int


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """A unit's inspections so far (signed ones only) and when the next periodic one is due."""

    unit_id: uuid.UUID
    unit_code: str
    unit_name: str
    last_kind: InspectionKind | None
    last_inspected_on: date | None
    last_periodic_on: date | None
    next_periodic_due: date | None
    overdue: bool


def _line_query(holdings: Subquery) -> Select[Any]:
    """Holdings rows labelled with their equipment type and category, in category order."""
    t, k, h = _type.c, _category.c, holdings.c
    return (
        select(
            h.equipment_type_id,
            t.code,
            t.name,
            k.name.label("category_name"),
            t.serialised,
            t.unit_of_measure,
            h.authorised,
            h.on_hand,
            h.serviceable,
        )
        .join(_type, t.id == h.equipment_type_id)
        .join(_category, k.id == t.category_id)
        .order_by(k.sort_order, k.code, t.code)
    )


def unit_lines(conn: Connection, unit_id: uuid.UUID) -> list[InspectionLineRow]:
    """What an inspection of the unit lists: the types it is authorised or holds, pre-filled with
    the register's figures."""
    h = holdings_query([unit_id])
    query = _line_query(h).where(or_(h.c.authorised > 0, h.c.on_hand > 0, h.c.serviceable > 0))
    return [
        InspectionLineRow(
            equipment_type_id=row.equipment_type_id,
            type_code=row.code,
            type_name=row.name,
            category_name=row.category_name,
            serialised=row.serialised,
            unit_of_measure=row.unit_of_measure,
            authorised=row.authorised,
            present=row.on_hand,
            serviceable=row.serviceable,
            findings="",
            register_on_hand=row.on_hand,
            register_serviceable=row.serviceable,
        )
        for row in conn.execute(query)
    ]


def register(conn: Connection, unit_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, int]]:
    """The unit's holdings per type: (on hand, serviceable)."""
    h = holdings_query([unit_id])
    rows = conn.execute(select(h.c.equipment_type_id, h.c.on_hand, h.c.serviceable))
    return {row.equipment_type_id: (row.on_hand, row.serviceable) for row in rows}


def inspection_rows(conn: Connection) -> list[InspectionRow]:
    """Every inspection, latest first, with its number of lines and of discrepancies."""
    i, line = _inspection.c, _line.c
    drafts = select(i.unit_id).where(i.status == InspectionStatus.DRAFT).distinct()
    h = holdings_query(drafts)
    differs = and_(
        i.status == InspectionStatus.DRAFT,
        or_(
            line.present != func.coalesce(h.c.on_hand, 0),
            line.serviceable != func.coalesce(h.c.serviceable, 0),
        ),
    )
    flagged = case((or_(line.findings != "", differs), 1), else_=0)
    per_inspection = (
        select(
            line.inspection_id,
            func.count().label("line_count"),
            func.sum(flagged).label("discrepancies"),
        )
        .select_from(_line)
        .join(_inspection, i.id == line.inspection_id)
        .outerjoin(
            h,
            and_(h.c.unit_id == i.unit_id, h.c.equipment_type_id == line.equipment_type_id),
        )
        .group_by(line.inspection_id)
        .subquery("per_inspection")
    )
    u, p = _unit.c, per_inspection.c
    query = (
        select(
            i.id,
            i.unit_id,
            u.code,
            u.name,
            i.kind,
            i.inspected_on,
            i.inspector,
            i.status,
            i.signed_at,
            func.coalesce(p.line_count, 0),
            func.coalesce(p.discrepancies, 0),
        )
        .join(_unit, u.id == i.unit_id)
        .outerjoin(per_inspection, p.inspection_id == i.id)
        .order_by(i.inspected_on.desc(), u.code)
    )
    return [InspectionRow(*row) for row in conn.execute(query)]


def schedule_rows(conn: Connection, today: date) -> list[ScheduleRow]:
    """Per unit (not archived), in code order: its last signed inspection, its last periodic
    one, and when the next periodic inspection is due (overdue once that day has passed)."""
    i, u = _inspection.c, _unit.c
    units = conn.execute(
        select(u.id, u.code, u.name).where(u.archived.is_(False)).order_by(u.code)
    ).all()
    signed = conn.execute(
        select(i.unit_id, i.kind, i.inspected_on)
        .where(i.status == InspectionStatus.SIGNED)
        .order_by(i.inspected_on, i.signed_at)
    ).all()
    history: dict[uuid.UUID, list[tuple[InspectionKind, date]]] = {}
    for row in signed:
        history.setdefault(row.unit_id, []).append((row.kind, row.inspected_on))
    rows = []
    for unit in units:
        done = history.get(unit.id, [])
        last_kind, last_on = done[-1] if done else (None, None)
        periodic = [day for kind, day in done if kind == InspectionKind.PERIODIC]
        due = next_periodic_due(done)
        rows.append(
            ScheduleRow(
                unit_id=unit.id,
                unit_code=unit.code,
                unit_name=unit.name,
                last_kind=last_kind,
                last_inspected_on=last_on,
                last_periodic_on=max(periodic) if periodic else None,
                next_periodic_due=due,
                overdue=is_overdue(due, today),
            )
        )
    return rows


def inspection_detail(conn: Connection, inspection_id: uuid.UUID) -> InspectionDetail:
    i, u = _inspection.c, _unit.c
    header = conn.execute(
        select(
            i.id,
            i.unit_id,
            u.code,
            u.name,
            i.kind,
            i.inspected_on,
            i.inspector,
            i.status,
            i.signed_at,
            i.remarks,
        )
        .join(_unit, u.id == i.unit_id)
        .where(i.id == inspection_id)
    ).one_or_none()
    if header is None:
        raise UserError("This inspection is no longer in the database; reopen the list.")
    signed = header.status == InspectionStatus.SIGNED
    held_now = {} if signed else register(conn, header.unit_id)
    line, t, k = _line.c, _type.c, _category.c
    rows = conn.execute(
        select(
            line.equipment_type_id,
            t.code,
            t.name,
            k.name.label("category_name"),
            t.serialised,
            t.unit_of_measure,
            line.authorised,
            line.present,
            line.serviceable,
            line.findings,
        )
        .join(_type, t.id == line.equipment_type_id)
        .join(_category, k.id == t.category_id)
        .where(line.inspection_id == inspection_id)
        .order_by(k.sort_order, k.code, t.code)
    )
    lines = []
    for row in rows:
        held = None if signed else held_now.get(row.equipment_type_id, (0, 0))
        lines.append(
            InspectionLineRow(
                *row,
                register_on_hand=None if held is None else held[0],
                register_serviceable=None if held is None else held[1],
            )
        )
    return InspectionDetail(*header, lines=tuple(lines))
