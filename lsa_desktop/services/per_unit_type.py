"""Registers with one row per unit and equipment type: holdings, bulk stock, authorisations.

What they share: the joins to the unit, the type and its category, the unit and type sort orders,
the filters by unit, contingent, category (or critical categories) and type, and the search in the type's code and name.
"""

from __future__ import annotations

import uuid
from abc import abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, FromClause, false, or_, true

from lsa_desktop.services.query import Register, RowT, SortTerm
from lsa_desktop.store.models import EquipmentCategory, EquipmentType, Unit

_type = EquipmentType.__table__
_category = EquipmentCategory.__table__
_unit = Unit.__table__


def typed(source: FromClause, type_id: ColumnElement[Any]) -> FromClause:
    """``source`` joined to its equipment type and the type's category."""
    return source.join(_type, _type.c.id == type_id).join(
        _category, _category.c.id == _type.c.category_id
    )


class PerUnitAndType(Register[RowT]):
    """A register with one row per unit and equipment type.

    Every query reads the same joins (unit, type, category): the filters and sorts all need them.
    Rows of an archived unit or equipment type are hidden like archived rows.
    """

    @abstractmethod
    def _unit_id(self) -> ColumnElement[uuid.UUID]:
        """The unit column of the register's main table."""

    def _archived(self) -> ColumnElement[bool]:
        return or_(_unit.c.archived, _type.c.archived)

    def _unit_order(self) -> Sequence[SortTerm]:
        return (SortTerm(_unit.c.code), SortTerm(_category.c.sort_order), SortTerm(_type.c.code))

    def _type_orders(self) -> dict[str, Sequence[SortTerm]]:
        return {
            "unit": self._unit_order(),
            "code": (SortTerm(_type.c.code), SortTerm(_unit.c.code)),
            "name": (SortTerm(_type.c.name), SortTerm(_unit.c.code)),
            "category": (
                SortTerm(_category.c.sort_order),
                SortTerm(_type.c.code),
                SortTerm(_unit.c.code),
            ),
        }

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_type.c.code, _type.c.name)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        return {
            "unit_id": lambda value: self._unit_id() == value,
            "category_id": lambda value: _type.c.category_id == value,
            "equipment_type_id": lambda value: _type.c.id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
            "critical": lambda wanted: _category.c.critical == (true() if wanted else false()),
        }
