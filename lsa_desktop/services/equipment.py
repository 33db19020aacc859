"""Equipment: holdings and gaps per unit and type, bulk stock, authorisations, the catalogue.
Serialised items (one ``Asset`` row each) are listed by :mod:`lsa_desktop.services.fleet`.

The holdings register stands on :func:`lsa_desktop.services.holdings.holdings_query`, the same
rows the readiness figures are computed from, so a gap in the register is the gap on the dashboard.
"""

from __future__ import annotations

import uuid
from abc import abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, String, false, or_, select, true
from sqlalchemy import type_coerce as _as

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.services.query import ListQuery, Register, RowT, SortTerm, enum_order
from lsa_desktop.store.models import (
    Authorisation,
    EquipmentCategory,
    EquipmentType,
    StockLine,
    Unit,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

_type = EquipmentType.__table__
_category = EquipmentCategory.__table__
_unit = Unit.__table__
_stock = StockLine.__table__
_authorisation = Authorisation.__table__


@dataclass(frozen=True, slots=True)
class CategoryOption:
    id: uuid.UUID
    code: str
    name: str
    critical: bool


@dataclass(frozen=True, slots=True)
class HoldingRow:
    """What one unit is authorised, holds and has been pledged of one equipment type."""

    unit_id: uuid.UUID
    unit_code: str
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    category_name: str
    critical: bool
    unit_of_measure: str
    authorised: int
    on_hand: int
    serviceable: int
    pledged_open: int
    gap: int

    @property
    def key(self) -> str:
        return self.unit_id.hex + self.equipment_type_id.hex


@dataclass(frozen=True, slots=True)
class StockRow:
    """Bulk items of one type held by one unit."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    type_code: str
    type_name: str
    category_name: str
    unit_of_measure: str
    on_hand: int
    serviceable: int
    counted_on: date | None

    @property
    def key(self) -> str:
        return self.id.hex


@dataclass(frozen=True, slots=True)
class AuthorisationRow:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    type_code: str
    type_name: str
    category_name: str
    quantity: int
    basis: AuthorisationBasis
    reference: str

    @property
    def key(self) -> str:
        return self.id.hex


def _typed(source: FromClause, type_id: ColumnElement[Any]) -> FromClause:
    """``source`` joined to its equipment type and the type's category."""
    return source.join(_type, _type.c.id == type_id).join(
        _category, _category.c.id == _type.c.category_id
    )


class _PerUnitAndType(Register[RowT]):
    """Registers with one row per unit and equipment type (holdings, stock, authorisations).

    They are small (units x types), so every query reads the same joins; rows of an archived unit
    or equipment type are hidden like archived rows.
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

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_type.c.code, _type.c.name)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        return {
            "unit_id": lambda value: self._unit_id() == value,
            "category_id": lambda value: _type.c.category_id == value,
            "equipment_type_id": lambda value: _type.c.id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
        }


class HoldingsRegister(_PerUnitAndType[HoldingRow]):
    """Holdings and gaps. Filters beyond the shared ones: ``only_gaps`` and ``critical``."""

    sort_keys: ClassVar[tuple[str, ...]] = (
        "unit",
        "code",
        "name",
        "category",
        "critical",
        "authorised",
        "on_hand",
        "serviceable",
        "pledged",
        "gap",
    )

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._h = holdings_query()

    def _unit_id(self) -> ColumnElement[uuid.UUID]:
        return self._h.c.unit_id

    def _source(self, query: ListQuery | None) -> FromClause:
        h = self._h.c
        return _typed(self._h.join(_unit, _unit.c.id == h.unit_id), h.equipment_type_id)

    def _key(self) -> ColumnElement[str]:
        return _as(self._h.c.unit_id, String) + _as(self._h.c.equipment_type_id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return self._key()

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        h = self._h.c
        figures = {
            "authorised": h.authorised,
            "on_hand": h.on_hand,
            "serviceable": h.serviceable,
            "pledged": h.pledged_open,
            "gap": h.gap,
        }
        if sort_key in figures:
            return (SortTerm(figures[sort_key]), *self._unit_order())
        if sort_key == "critical":
            return (SortTerm(_category.c.critical), *self._unit_order())
        return self._type_orders()[sort_key]

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        h = self._h.c
        return {
            **super()._filters(),
            "only_gaps": lambda wanted: h.gap > 0 if wanted else h.gap == 0,
            "critical": lambda wanted: _category.c.critical == (true() if wanted else false()),
        }

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        h = self._h.c
        return (
            h.unit_id,
            _unit.c.code,
            h.equipment_type_id,
            _type.c.code,
            _type.c.name,
            _category.c.name,
            _category.c.critical,
            _type.c.unit_of_measure,
            h.authorised,
            h.on_hand,
            h.serviceable,
            h.pledged_open,
            h.gap,
        )

    def _make_row(self, values: Row[Any]) -> HoldingRow:
        return HoldingRow(*values)


class StockRegister(_PerUnitAndType[StockRow]):
    sort_keys: ClassVar[tuple[str, ...]] = (
        "unit",
        "code",
        "name",
        "category",
        "unit_of_measure",
        "on_hand",
        "serviceable",
        "counted_on",
    )

    def _unit_id(self) -> ColumnElement[uuid.UUID]:
        return _stock.c.unit_id

    def _source(self, query: ListQuery | None) -> FromClause:
        s = _stock.c
        return _typed(_stock.join(_unit, _unit.c.id == s.unit_id), s.equipment_type_id)

    def _key(self) -> ColumnElement[str]:
        return _as(_stock.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _stock.c.id

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        s = _stock.c
        figures = {"on_hand": s.on_hand, "serviceable": s.serviceable}
        if sort_key in figures:
            return (SortTerm(figures[sort_key]), *self._unit_order())
        if sort_key == "counted_on":
            return (SortTerm(s.counted_on, nulls_last=True), *self._unit_order())
        if sort_key == "unit_of_measure":
            return (SortTerm(_type.c.unit_of_measure), *self._unit_order())
        return self._type_orders()[sort_key]

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        s = _stock.c
        return (
            s.id,
            s.unit_id,
            _unit.c.code,
            _type.c.code,
            _type.c.name,
            _category.c.name,
            _type.c.unit_of_measure,
            s.on_hand,
            s.serviceable,
            s.counted_on,
        )

    def _make_row(self, values: Row[Any]) -> StockRow:
        return StockRow(*values)


class AuthorisationRegister(_PerUnitAndType[AuthorisationRow]):
    sort_keys: ClassVar[tuple[str, ...]] = (
        "unit",
        "code",
        "name",
        "category",
        "quantity",
        "basis",
        "reference",
    )

    def _unit_id(self) -> ColumnElement[uuid.UUID]:
        return _authorisation.c.unit_id

    def _source(self, query: ListQuery | None) -> FromClause:
        a = _authorisation.c
        return _typed(_authorisation.join(_unit, _unit.c.id == a.unit_id), a.equipment_type_id)

    def _key(self) -> ColumnElement[str]:
        return _as(_authorisation.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _authorisation.c.id

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        a = _authorisation.c
        if sort_key == "quantity":
            return (SortTerm(a.quantity), *self._unit_order())
        if sort_key == "basis":
            return (SortTerm(enum_order(a.basis, AuthorisationBasis)), *self._unit_order())
        if sort_key == "reference":
            return (SortTerm(a.reference), *self._unit_order())
        return self._type_orders()[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (*super()._search_columns(), _authorisation.c.reference)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        return {
            **super()._filters(),
            "basis": lambda value: _authorisation.c.basis == AuthorisationBasis(value),
        }

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        a = _authorisation.c
        return (
            a.id,
            a.unit_id,
            _unit.c.code,
            _type.c.code,
            _type.c.name,
            _category.c.name,
            a.quantity,
            a.basis,
            a.reference,
        )

    def _make_row(self, values: Row[Any]) -> AuthorisationRow:
        return AuthorisationRow(*values)


class EquipmentService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.holdings = HoldingsRegister(store)
        self.stock = StockRegister(store)
        self.authorisations = AuthorisationRegister(store)

    def categories(self, include_archived: bool = False) -> list[CategoryOption]:
        """Equipment categories in their display order (critical ones carry the flag)."""
        c = _category.c
        statement = select(c.id, c.code, c.name, c.critical).order_by(c.sort_order, c.name)
        if not include_archived:
            statement = statement.where(c.archived == false())
        with self.store.read() as session:
            return [CategoryOption(*values) for values in session.execute(statement)]
