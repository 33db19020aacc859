"""The units register: units as the Units page lists them, with their strength and inspections.

A unit's "present" strength is its officers whose status is Active (CONTEXT: readiness), counted
per unit on the person index ``(unit_id, status, archived)``. Its inspections: the last signed one
(day and kind) and when the next periodic one is due; the last days of each kind come from one
grouped query over the signed inspections, and the due day is worked out from them per row by the
domain's rule (:func:`~lsa_desktop.domain.inspections.next_periodic_due`), the one definition.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    FromClause,
    String,
    Subquery,
    case,
    false,
    func,
    null,
    select,
    type_coerce,
)

from lsa_desktop.domain.enums import InspectionKind, InspectionStatus, PersonStatus, UnitType
from lsa_desktop.domain.inspections import is_overdue, next_periodic_due
from lsa_desktop.services.query import ListQuery, Register, SortTerm, enum_order
from lsa_desktop.store.models import Contingent, Inspection, Location, Person, Unit

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

_unit = Unit.__table__
_contingent = Contingent.__table__
_location = Location.__table__
_person = Person.__table__
_inspection = Inspection.__table__
_parent = _unit.alias("parent_unit")


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One unit as the units register shows it."""

    id: uuid.UUID
    code: str
    name: str
    unit_type: UnitType
    contingent_name: str | None
    parent_code: str | None
    base_name: str | None
    authorised_strength: int
    min_operational_strength: int
    #: Officers whose status is Active.
    present: int
    archived: bool
    #: The unit's last signed inspection: its kind and day (None: never inspected).
    last_inspection_kind: InspectionKind | None
    last_inspected_on: date | None
    #: When its next periodic inspection is due (:func:`next_periodic_due`).
    next_periodic_due: date | None
    #: The day the row was read: what "overdue" is judged against.
    as_of: date

    @property
    def key(self) -> str:
        return self.id.hex

    @property
    def below_minimum(self) -> bool:
        return self.present < self.min_operational_strength

    @property
    def inspection_overdue(self) -> bool:
        return is_overdue(self.next_periodic_due, self.as_of)


def _present() -> ColumnElement[int]:
    """The unit's active officers: a count per unit on the ``(unit_id, status, archived)`` index."""
    p = _person.c
    return (
        select(func.count())
        .where(p.unit_id == _unit.c.id, p.status == PersonStatus.ACTIVE, p.archived == false())
        .correlate(_unit)
        .scalar_subquery()
    )


_PRESENT = _present()


def _last_inspections() -> Subquery:
    """Per unit with signed inspections: the day of its last one, and of its last of each kind
    the due rule reads (periodic, arrival, repatriation)."""
    i = _inspection.c

    def last(kind: InspectionKind) -> ColumnElement[date]:
        return func.max(case((i.kind == kind, i.inspected_on)))

    return (
        select(
            i.unit_id,
            func.max(i.inspected_on).label("last_on"),
            last(InspectionKind.PERIODIC).label("periodic_on"),
            last(InspectionKind.ARRIVAL).label("arrival_on"),
            last(InspectionKind.REPATRIATION).label("repatriation_on"),
        )
        .where(i.status == InspectionStatus.SIGNED)
        .group_by(i.unit_id)
        .subquery("last_inspection")
    )


def _last_kind() -> ColumnElement[InspectionKind]:
    """The kind of the unit's last signed inspection (the later signature on the same day)."""
    i = _inspection.c
    return (
        select(i.kind)
        .where(i.unit_id == _unit.c.id, i.status == InspectionStatus.SIGNED)
        .order_by(i.inspected_on.desc(), i.signed_at.desc())
        .limit(1)
        .correlate(_unit)
        .scalar_subquery()
    )


def _due_order(last: Subquery) -> ColumnElement[date]:
    """What sorts units by their next periodic due day: the day it counts from (the later of the
    last periodic and arrival inspections), none after a repatriation. Six months later is in the
    same order, so the domain rule stays the one place the due day is worked out."""
    periodic, arrival, gone = last.c.periodic_on, last.c.arrival_on, last.c.repatriation_on
    base = case(
        (arrival.is_(None), periodic),
        (periodic.is_(None), arrival),
        (periodic >= arrival, periodic),
        else_=arrival,
    )
    return case((gone >= base, null()), else_=base)


def due_from_last(
    periodic_on: date | None, arrival_on: date | None, repatriation_on: date | None
) -> date | None:
    """:func:`next_periodic_due` from the last day of each kind it reads."""
    return next_periodic_due(
        (kind, day)
        for kind, day in (
            (InspectionKind.PERIODIC, periodic_on),
            (InspectionKind.ARRIVAL, arrival_on),
            (InspectionKind.REPATRIATION, repatriation_on),
        )
        if day is not None
    )


LAST_INSPECTIONS = _last_inspections()
LAST_KIND = _last_kind()

_ORDERS: dict[str, Sequence[SortTerm]] = {
    "code": (),
    "name": (SortTerm(_unit.c.name),),
    "unit_type": (SortTerm(enum_order(_unit.c.unit_type, UnitType)),),
    "contingent": (SortTerm(_contingent.c.name, nulls_last=True),),
    "parent": (SortTerm(_parent.c.code, nulls_last=True),),
    "base": (SortTerm(_location.c.name, nulls_last=True),),
    "authorised_strength": (SortTerm(_unit.c.authorised_strength),),
    "min_operational_strength": (SortTerm(_unit.c.min_operational_strength),),
    "present": (SortTerm(_PRESENT),),
    "last_inspection": (SortTerm(LAST_INSPECTIONS.c.last_on, nulls_last=True),),
    "next_periodic_due": (SortTerm(_due_order(LAST_INSPECTIONS), nulls_last=True),),
}


class UnitsRegister(Register[UnitRow]):
    """The units register. Default order: code (the order the readiness report uses)."""

    sort_keys: ClassVar[tuple[str, ...]] = tuple(_ORDERS)

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        super().__init__(store)
        self._today = today

    def _source(self, query: ListQuery | None) -> FromClause:
        u = _unit.c
        sort_key = query.sort_key if query is not None else None
        source: FromClause = _unit
        if query is None or sort_key == "contingent":
            source = source.outerjoin(_contingent, _contingent.c.id == u.contingent_id)
        if query is None or sort_key == "parent":
            source = source.outerjoin(_parent, _parent.c.id == u.parent_id)
        if query is None or sort_key == "base":
            source = source.outerjoin(_location, _location.c.id == u.base_id)
        if query is None or sort_key in ("last_inspection", "next_periodic_due"):
            source = source.outerjoin(LAST_INSPECTIONS, LAST_INSPECTIONS.c.unit_id == u.id)
        return source

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_unit.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _unit.c.code

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _ORDERS[sort_key]

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_unit.c.code, _unit.c.name)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        u = _unit.c
        return {
            "contingent_id": lambda value: u.contingent_id == value,
            "unit_type": lambda value: u.unit_type == UnitType(value),
        }

    def _archived(self) -> ColumnElement[bool]:
        return _unit.c.archived

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        u = _unit.c
        return (
            u.id,
            u.code,
            u.name,
            u.unit_type,
            _contingent.c.name.label("contingent_name"),
            _parent.c.code.label("parent_code"),
            _location.c.name.label("base_name"),
            u.authorised_strength,
            u.min_operational_strength,
            _PRESENT.label("present"),
            u.archived,
            LAST_KIND.label("last_kind"),
            LAST_INSPECTIONS.c.last_on,
            LAST_INSPECTIONS.c.periodic_on,
            LAST_INSPECTIONS.c.arrival_on,
            LAST_INSPECTIONS.c.repatriation_on,
        )

    def _make_row(self, values: Row[Any]) -> UnitRow:
        *unit, last_kind, last_on, periodic_on, arrival_on, repatriation_on = values
        return UnitRow(
            *unit,
            last_kind,
            last_on,
            due_from_last(periodic_on, arrival_on, repatriation_on),
            self._today(),
        )
