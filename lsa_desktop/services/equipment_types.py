"""The equipment catalogue as the filters and forms offer it: the categories, and the types a
combo box lists with what a form needs to know of each (counted one by one or in bulk, a vehicle
or not, its default make and model, its service intervals)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import false, select

from lsa_desktop.store.models import EquipmentCategory, EquipmentType

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

_type = EquipmentType.__table__
_category = EquipmentCategory.__table__


@dataclass(frozen=True, slots=True)
class CategoryOption:
    id: uuid.UUID
    code: str
    name: str
    critical: bool


@dataclass(frozen=True, slots=True)
class EquipmentTypeOption:
    id: uuid.UUID
    code: str
    name: str
    category_name: str
    serialised: bool
    is_vehicle: bool
    unit_of_measure: str
    default_make: str
    default_model: str
    service_interval_km: int | None
    service_interval_days: int | None


def equipment_type_options(
    store: Store,
    *,
    serialised: bool | None = None,
    vehicles: bool | None = None,
    include_archived: bool = False,
) -> list[EquipmentTypeOption]:
    """Types in the catalogue's order (category, then name); ``serialised`` and ``vehicles``
    keep only the types that are (True) or are not (False) serialised, or vehicles."""
    t = _type.c
    statement = (
        select(
            t.id,
            t.code,
            t.name,
            _category.c.name,
            t.serialised,
            t.is_vehicle,
            t.unit_of_measure,
            t.default_make,
            t.default_model,
            t.service_interval_km,
            t.service_interval_days,
        )
        .select_from(_type.join(_category, _category.c.id == t.category_id))
        .order_by(_category.c.sort_order, t.name)
    )
    if serialised is not None:
        statement = statement.where(t.serialised == serialised)
    if vehicles is not None:
        statement = statement.where(t.is_vehicle == vehicles)
    if not include_archived:
        statement = statement.where(t.archived == false())
    with store.read() as session:
        return [EquipmentTypeOption(*values) for values in session.execute(statement)]


class CatalogueReads:
    """The catalogue's options (a mixin: the class gives ``store``)."""

    store: Store

    def categories(self, include_archived: bool = False) -> list[CategoryOption]:
        """Equipment categories in their display order (critical ones carry the flag)."""
        c = _category.c
        statement = select(c.id, c.code, c.name, c.critical).order_by(c.sort_order, c.name)
        if not include_archived:
            statement = statement.where(c.archived == false())
        with self.store.read() as session:
            return [CategoryOption(*values) for values in session.execute(statement)]

    def equipment_types(
        self, *, serialised: bool | None = None, vehicles: bool | None = None
    ) -> list[EquipmentTypeOption]:
        """The catalogue's types in use, as the forms offer them (see
        :func:`equipment_type_options`)."""
        return equipment_type_options(self.store, serialised=serialised, vehicles=vehicles)
