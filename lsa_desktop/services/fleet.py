"""Serialised items, one ``Asset`` row each: vehicles (with what is overdue for service) and the
other serialised items (radios, night-vision goggles, drones...); recording them is
:mod:`lsa_desktop.services.assets`."""

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
    and_,
    false,
    func,
    not_,
    or_,
    true,
    type_coerce,
)

from lsa_desktop.domain.enums import ON_HAND_STATUSES, AssetStatus, Condition, Owner
from lsa_desktop.services.assets import AssetWrites
from lsa_desktop.services.query import ListQuery, Register, SortTerm, enum_order, likely
from lsa_desktop.store.models import Asset, EquipmentCategory, EquipmentType, Unit

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

_asset = Asset.__table__
_type = EquipmentType.__table__
_unit = Unit.__table__
_category = EquipmentCategory.__table__

Clock = Callable[[], date]

#: The terms of each sort key, before the unique tag that ends every sort. Built once rather than
#: per query (SQL expressions are immutable): building them took a tenth of a first page's time.
_VEHICLE_ORDERS: dict[str, Sequence[SortTerm]] = {
    "registration": (SortTerm(_asset.c.registration, nulls_last=True),),
    "tag": (),
    "type": (SortTerm(_type.c.name),),
    "make": (SortTerm(_asset.c.make), SortTerm(_asset.c.model)),
    "model": (SortTerm(_asset.c.model),),
    "unit": (SortTerm(_unit.c.code, nulls_last=True),),
    "status": (SortTerm(enum_order(_asset.c.status, AssetStatus)),),
    "condition": (SortTerm(enum_order(_asset.c.condition, Condition)),),
    "odometer": (SortTerm(_asset.c.odometer_km, nulls_last=True),),
    "next_service": (SortTerm(_asset.c.next_service_date, nulls_last=True),),
}
_ITEM_ORDERS: dict[str, Sequence[SortTerm]] = {
    "tag": (),
    "serial_number": (SortTerm(_asset.c.serial_number),),
    "type": (SortTerm(_type.c.name),),
    "category": (SortTerm(_category.c.sort_order), SortTerm(_type.c.name)),
    "make": (SortTerm(_asset.c.make), SortTerm(_asset.c.model)),
    "model": (SortTerm(_asset.c.model),),
    "unit": (SortTerm(_unit.c.code, nulls_last=True),),
    "owner": (SortTerm(enum_order(_asset.c.owner, Owner)),),
    "status": (SortTerm(enum_order(_asset.c.status, AssetStatus)),),
    "condition": (SortTerm(enum_order(_asset.c.condition, Condition)),),
}


def service_overdue(
    status: AssetStatus,
    next_service_date: date | None,
    odometer_km: int | None,
    next_service_km: int | None,
    as_of: date,
) -> bool:
    """A vehicle the unit holds whose service date has passed or whose odometer has reached the
    service mileage. A vehicle lost, written off or repatriated is not "overdue"."""
    if status not in ON_HAND_STATUSES:
        return False
    if next_service_date is not None and next_service_date < as_of:
        return True
    return (
        odometer_km is not None and next_service_km is not None and odometer_km >= next_service_km
    )


def overdue_condition(as_of: date) -> ColumnElement[bool]:
    """:func:`service_overdue` in SQL, for the "overdue" filter."""
    a = _asset.c
    return and_(
        a.status.in_(ON_HAND_STATUSES),
        or_(
            a.next_service_date < as_of,
            and_(
                a.odometer_km.is_not(None),
                a.next_service_km.is_not(None),
                a.odometer_km >= a.next_service_km,
            ),
        ),
    )


@dataclass(frozen=True, slots=True)
class VehicleRow:
    id: uuid.UUID
    registration: str | None
    tag: str
    serial_number: str
    type_code: str
    type_name: str
    make: str
    model: str
    unit_id: uuid.UUID | None
    unit_code: str | None
    status: AssetStatus
    condition: Condition
    odometer_km: int | None
    next_service_date: date | None
    next_service_km: int | None
    archived: bool
    #: The day the row was read: what "overdue" is judged against.
    as_of: date

    @property
    def key(self) -> str:
        return self.id.hex

    @property
    def overdue(self) -> bool:
        """Overdue for service on ``as_of`` (see :func:`service_overdue`)."""
        return service_overdue(
            self.status, self.next_service_date, self.odometer_km, self.next_service_km, self.as_of
        )


class VehicleRegister(Register[VehicleRow]):
    """The vehicle register. Default order: registration (vehicles without one last)."""

    sort_keys: ClassVar[tuple[str, ...]] = (
        "registration",
        "tag",
        "type",
        "make",
        "model",
        "unit",
        "status",
        "condition",
        "odometer",
        "next_service",
    )

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        super().__init__(store)
        self._today = today

    def _source(self, query: ListQuery | None) -> FromClause:
        source = _asset.join(_type, _type.c.id == _asset.c.equipment_type_id)
        if query is None or query.sort_key == "unit" or "contingent_id" in query.filters:
            source = source.outerjoin(_unit, _unit.c.id == _asset.c.unit_id)
        return source

    def _base_conditions(self, first_page: bool) -> Sequence[ColumnElement[bool]]:
        return (_type.c.is_vehicle == true(),)

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_asset.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _asset.c.tag

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _VEHICLE_ORDERS[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_asset.c.search_text,)  # tag, registration, serial number, make, model

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_type.c.name,)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        a = _asset.c
        return {
            "unit_id": lambda value: a.unit_id == value,
            "status": lambda value: a.status == AssetStatus(value),
            "equipment_type_id": lambda value: a.equipment_type_id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
            "overdue": self._overdue_filter,
        }

    def _overdue_filter(self, wanted: object) -> ColumnElement[bool]:
        condition = overdue_condition(self._today())
        # NULL dates make the condition NULL, not false: "not overdue" must still keep those rows.
        return condition if wanted else not_(func.coalesce(condition, false()))

    def _archived(self) -> ColumnElement[bool]:
        return _asset.c.archived

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        a = _asset.c
        return (
            a.id,
            a.registration,
            a.tag,
            a.serial_number,
            _type.c.code,
            _type.c.name,
            a.make,
            a.model,
            a.unit_id,
            _unit.c.code,
            a.status,
            a.condition,
            a.odometer_km,
            a.next_service_date,
            a.next_service_km,
            a.archived,
        )

    def _make_row(self, values: Row[Any]) -> VehicleRow:
        return VehicleRow(*values, self._today())


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A serialised item that is not a vehicle (radios, night-vision goggles, drones...)."""

    id: uuid.UUID
    tag: str
    serial_number: str
    type_code: str
    type_name: str
    category_name: str
    make: str
    model: str
    unit_id: uuid.UUID | None
    unit_code: str | None
    owner: Owner
    status: AssetStatus
    condition: Condition
    archived: bool

    @property
    def key(self) -> str:
        return self.id.hex


class ItemRegister(Register[ItemRow]):
    """Serialised items that are not vehicles (vehicles have their own register). Filters:
    ``unit_id``, ``contingent_id``, ``category_id``, ``critical`` (of a critical category),
    ``equipment_type_id``, ``status``."""

    sort_keys: ClassVar[tuple[str, ...]] = (
        "tag",
        "serial_number",
        "type",
        "category",
        "make",
        "model",
        "unit",
        "owner",
        "status",
        "condition",
    )

    def _source(self, query: ListQuery | None) -> FromClause:
        return (
            _asset.join(_type, _type.c.id == _asset.c.equipment_type_id)
            .join(_category, _category.c.id == _type.c.category_id)
            .outerjoin(_unit, _unit.c.id == _asset.c.unit_id)
        )

    def _base_conditions(self, first_page: bool) -> Sequence[ColumnElement[bool]]:
        not_a_vehicle = _type.c.is_vehicle == false()
        # Most assets are not vehicles: scanning in tag order fills the first page at once.
        return (likely(not_a_vehicle, 0.9) if first_page else not_a_vehicle,)

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_asset.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _asset.c.tag

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _ITEM_ORDERS[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_asset.c.search_text,)  # tag, registration, serial number, make, model

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_type.c.code, _type.c.name)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        a = _asset.c
        return {
            "unit_id": lambda value: a.unit_id == value,
            "category_id": lambda value: _type.c.category_id == value,
            "equipment_type_id": lambda value: a.equipment_type_id == value,
            "status": lambda value: a.status == AssetStatus(value),
            "contingent_id": lambda value: _unit.c.contingent_id == value,
            "critical": lambda wanted: _category.c.critical == (true() if wanted else false()),
        }

    def _archived(self) -> ColumnElement[bool]:
        return _asset.c.archived

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        a = _asset.c
        return (
            a.id,
            a.tag,
            a.serial_number,
            _type.c.code,
            _type.c.name,
            _category.c.name,
            a.make,
            a.model,
            a.unit_id,
            _unit.c.code,
            a.owner,
            a.status,
            a.condition,
            a.archived,
        )

    def _make_row(self, values: Row[Any]) -> ItemRow:
        return ItemRow(*values)


class FleetService(AssetWrites):
    """Vehicles and serialised items: their registers here, their forms' reads and writes in
    :class:`~lsa_desktop.services.assets.AssetWrites` (maintenance has its own service)."""

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        self.store = store
        self._today = today
        self.vehicles = VehicleRegister(store, today)
        self.items = ItemRegister(store)
