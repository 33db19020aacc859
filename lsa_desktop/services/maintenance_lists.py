"""The Maintenance page's two lists: the work still open, and what is overdue for service (by
date or by mileage). Registers like the others (filtered, searched and sorted in SQL, read
lazily), so both stay quick on a mission of 100,000 items."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, String, and_, exists, false, true, type_coerce

from lsa_desktop.domain.enums import AssetStatus, MaintenanceKind
from lsa_desktop.services.fleet import overdue_condition
from lsa_desktop.services.query import ListQuery, Register, SortTerm, enum_order
from lsa_desktop.store.models import Asset, EquipmentType, MaintenanceEvent, Unit

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

_event = MaintenanceEvent.__table__
_asset = Asset.__table__
_type = EquipmentType.__table__
_unit = Unit.__table__

Clock = Callable[[], date]

#: The terms of each sort key, before the unique column that ends every sort (built once: SQL
#: expressions are immutable).
_OPEN_WORK_ORDERS: dict[str, Sequence[SortTerm]] = {
    "opened_on": (SortTerm(_event.c.opened_on),),
    "registration": (SortTerm(_asset.c.registration, nulls_last=True),),
    "tag": (SortTerm(_asset.c.tag),),
    "type": (SortTerm(_type.c.name), SortTerm(_event.c.opened_on)),
    "unit": (SortTerm(_unit.c.code, nulls_last=True), SortTerm(_event.c.opened_on)),
    "kind": (SortTerm(enum_order(_event.c.kind, MaintenanceKind)), SortTerm(_event.c.opened_on)),
    "odometer": (SortTerm(_event.c.odometer_km, nulls_last=True),),
    "cost": (SortTerm(_event.c.cost_usd, nulls_last=True),),
}
_OVERDUE_ORDERS: dict[str, Sequence[SortTerm]] = {
    "next_service": (SortTerm(_asset.c.next_service_date, nulls_last=True),),
    "registration": (SortTerm(_asset.c.registration, nulls_last=True),),
    "tag": (),
    "type": (SortTerm(_type.c.name),),
    "unit": (SortTerm(_unit.c.code, nulls_last=True),),
    "status": (SortTerm(enum_order(_asset.c.status, AssetStatus)),),
    "odometer": (SortTerm(_asset.c.odometer_km, nulls_last=True),),
    "next_service_km": (SortTerm(_asset.c.next_service_km, nulls_last=True),),
}


@dataclass(frozen=True, slots=True)
class OpenWorkRow:
    """A maintenance event still open, as the Maintenance page lists it."""

    id: uuid.UUID
    asset_id: uuid.UUID
    tag: str
    registration: str | None
    type_name: str
    unit_code: str | None
    asset_status: AssetStatus
    kind: MaintenanceKind
    opened_on: date
    odometer_km: int | None
    cost_usd: float | None
    notes: str
    #: The day the row was read: what "days open" counts to.
    as_of: date

    @property
    def key(self) -> str:
        return self.id.hex

    @property
    def days_open(self) -> int:
        return max((self.as_of - self.opened_on).days, 0)


@dataclass(frozen=True, slots=True)
class OverdueRow:
    """A vehicle or item overdue for service, by date, by mileage or both."""

    id: uuid.UUID
    tag: str
    registration: str | None
    type_name: str
    is_vehicle: bool
    unit_code: str | None
    status: AssetStatus
    odometer_km: int | None
    next_service_date: date | None
    next_service_km: int | None
    #: Work is already open on it (it may be in the workshop for this very service).
    in_maintenance: bool
    as_of: date

    @property
    def key(self) -> str:
        return self.id.hex

    @property
    def days_overdue(self) -> int | None:
        """Days since the service date passed; None if it is not overdue by date."""
        due = self.next_service_date
        return (self.as_of - due).days if due is not None and due < self.as_of else None

    @property
    def km_over(self) -> int | None:
        """Kilometres past the service mileage; None if it is not overdue by mileage."""
        if self.odometer_km is None or self.next_service_km is None:
            return None
        over = self.odometer_km - self.next_service_km
        return over if over >= 0 else None


class OpenWorkRegister(Register[OpenWorkRow]):
    """Maintenance still open on items not archived. Default order: oldest first."""

    sort_keys: ClassVar[tuple[str, ...]] = (
        "opened_on",
        "registration",
        "tag",
        "type",
        "unit",
        "kind",
        "odometer",
        "cost",
    )

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        super().__init__(store)
        self._today = today

    def _source(self, query: ListQuery | None) -> FromClause:
        return (
            _event.join(_asset, _asset.c.id == _event.c.asset_id)
            .join(_type, _type.c.id == _asset.c.equipment_type_id)
            .outerjoin(_unit, _unit.c.id == _asset.c.unit_id)
        )

    def _base_conditions(self, first_page: bool) -> Sequence[ColumnElement[bool]]:
        return (_event.c.closed_on.is_(None), _asset.c.archived == false())

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_event.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _event.c.id

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _OPEN_WORK_ORDERS[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_asset.c.search_text,)

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_type.c.name, _event.c.notes)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        return {
            "unit_id": lambda value: _asset.c.unit_id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
            "kind": lambda value: _event.c.kind == MaintenanceKind(value),
            "asset_id": lambda value: _event.c.asset_id == value,
        }

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        e, a = _event.c, _asset.c
        return (
            e.id,
            e.asset_id,
            a.tag,
            a.registration,
            _type.c.name,
            _unit.c.code,
            a.status,
            e.kind,
            e.opened_on,
            e.odometer_km,
            e.cost_usd,
            e.notes,
        )

    def _make_row(self, values: Row[Any]) -> OpenWorkRow:
        return OpenWorkRow(*values, self._today())


class OverdueRegister(Register[OverdueRow]):
    """Items the units hold whose service date has passed or whose odometer has reached the
    service mileage (:func:`~lsa_desktop.services.fleet.overdue_condition`). Default order:
    the longest overdue by date first, then those overdue by mileage only."""

    sort_keys: ClassVar[tuple[str, ...]] = (
        "next_service",
        "registration",
        "tag",
        "type",
        "unit",
        "status",
        "odometer",
        "next_service_km",
    )

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        super().__init__(store)
        self._today = today

    def _source(self, query: ListQuery | None) -> FromClause:
        return _asset.join(_type, _type.c.id == _asset.c.equipment_type_id).outerjoin(
            _unit, _unit.c.id == _asset.c.unit_id
        )

    def _base_conditions(self, first_page: bool) -> Sequence[ColumnElement[bool]]:
        return (overdue_condition(self._today()),)

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_asset.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _asset.c.tag

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _OVERDUE_ORDERS[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_asset.c.search_text,)

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_type.c.name,)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        return {
            "unit_id": lambda value: _asset.c.unit_id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
            "vehicles": lambda wanted: _type.c.is_vehicle == (true() if wanted else false()),
        }

    def _archived(self) -> ColumnElement[bool]:
        return _asset.c.archived

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        a = _asset.c
        in_maintenance = exists().where(
            and_(_event.c.asset_id == a.id, _event.c.closed_on.is_(None))
        )
        return (
            a.id,
            a.tag,
            a.registration,
            _type.c.name,
            _type.c.is_vehicle,
            _unit.c.code,
            a.status,
            a.odometer_km,
            a.next_service_date,
            a.next_service_km,
            in_maintenance.label("in_maintenance"),
        )

    def _make_row(self, values: Row[Any]) -> OverdueRow:
        return OverdueRow(*values, self._today())
