"""Equipment: holdings and gaps per unit and type, bulk stock, authorisations, the catalogue.
Serialised items (one ``Asset`` row each) are listed by :mod:`lsa_desktop.services.fleet`.

The holdings register stands on :func:`lsa_desktop.services.holdings.holdings_query`, the same
rows the readiness figures are computed from, so a gap in the register is the gap on the dashboard.
Each of its answers adds up only the units it shows (see :class:`HoldingsRegister`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    String,
    Subquery,
    false,
    or_,
    select,
)
from sqlalchemy import type_coerce as _as

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.services.authorisations import AuthorisationWrites
from lsa_desktop.services.equipment_types import CatalogueReads
from lsa_desktop.services.holdings import UnitIds, holdings_query
from lsa_desktop.services.per_unit_type import PerUnitAndType, typed
from lsa_desktop.services.query import ListQuery, RowKey, SortTerm, enum_order
from lsa_desktop.services.stock import StockWrites
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

_A = TypeVar("_A", bound=Sized)


@dataclass(frozen=True, slots=True)
class HoldingRow:
    """What one unit is authorised, holds and has been pledged of one equipment type, and what
    the supply chain does about its gap (see :func:`~lsa_desktop.services.holdings.holdings_query`):
    ``requested_open`` still wanted on open requisitions, ``delivered`` by donors, ``uncovered``
    the part of the gap no requisition or pledge answers yet."""

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
    requested_open: int = 0
    delivered: int = 0
    uncovered: int = 0

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


class _HoldingsQueries(PerUnitAndType[HoldingRow]):
    """The holdings register's queries over one holdings subquery (of some units or all)."""

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
        "requested",
        "delivered",
        "uncovered",
    )

    def __init__(self, store: Store, holdings: Subquery) -> None:
        super().__init__(store)
        self._h = holdings

    def _unit_id(self) -> ColumnElement[uuid.UUID]:
        return self._h.c.unit_id

    def _source(self, query: ListQuery | None) -> FromClause:
        h = self._h.c
        return typed(self._h.join(_unit, _unit.c.id == h.unit_id), h.equipment_type_id)

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
            "requested": h.requested_open,
            "delivered": h.delivered,
            "uncovered": h.uncovered,
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
            "uncovered": lambda wanted: h.uncovered > 0 if wanted else h.uncovered == 0,
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
            h.requested_open,
            h.delivered,
            h.uncovered,
        )

    def _make_row(self, values: Row[Any]) -> HoldingRow:
        return HoldingRow(*values)


class HoldingsRegister:
    """Holdings and gaps. Filters beyond the shared ones (unit, contingent, category, critical,
    type): ``only_gaps`` and ``uncovered`` (a part of the gap nothing answers yet, or none).

    Adding up a whole large mission takes a while (0.15 s for the 26,000 (unit, type) rows of the
    demo at scale 100), so
    each answer adds up only the units it needs: :meth:`rows` those of its keys (a block of the
    table spans a few units); a query filtered by unit or contingent, those units; the first page
    in unit order, the first units in that order, as many as it takes to fill it. Only the whole
    key list and the count of an unfiltered query, and a first page sorted by anything but the
    unit, add up every unit; the sort itself is always SQL, over all the rows concerned.
    """

    sort_keys: ClassVar[tuple[str, ...]] = _HoldingsQueries.sort_keys
    #: Units a first page in unit order is first looked for in, then 4x as many, and so on
    #: (a unit has some 10 to 30 rows).
    FIRST_UNITS: ClassVar[int] = 8

    def __init__(self, store: Store) -> None:
        self.store = store

    def page(self, query: ListQuery | None = None, limit: int = 50) -> list[HoldingRow]:
        query = query or ListQuery()
        return self._first(query, limit, lambda queries: queries.page(query, limit))

    def keys(self, query: ListQuery | None = None, limit: int | None = None) -> tuple[RowKey, ...]:
        query = query or ListQuery()
        if limit is not None:
            return self._first(query, limit, lambda queries: queries.keys(query, limit))
        return self._of(self._filtered_units(query)).keys(query)

    def rows(self, keys: Sequence[RowKey]) -> list[HoldingRow]:
        # A key is the unit's id then the type's, as hex.
        units = {uuid.UUID(key[:32]) for key in keys}
        return self._of(units).rows(keys)

    def count(self, query: ListQuery | None = None) -> int:
        return self._of(self._filtered_units(query)).count(query)

    def _of(self, unit_ids: UnitIds) -> _HoldingsQueries:
        return _HoldingsQueries(self.store, holdings_query(unit_ids))

    @staticmethod
    def _unit_conditions(query: ListQuery | None) -> list[ColumnElement[bool]]:
        """What a query's unit and contingent filters ask of a unit."""
        filters = query.filters if query is not None else {}
        conditions = []
        if "unit_id" in filters:
            conditions.append(_unit.c.id == filters["unit_id"])
        if "contingent_id" in filters:
            conditions.append(_unit.c.contingent_id == filters["contingent_id"])
        return conditions

    def _filtered_units(self, query: ListQuery | None) -> Select[Any] | None:
        """The units a query's filters allow; None (every unit) if it has no unit filter."""
        conditions = self._unit_conditions(query)
        return select(_unit.c.id).where(*conditions) if conditions else None

    def _first(self, query: ListQuery, limit: int, fetch: Callable[[_HoldingsQueries], _A]) -> _A:
        """What ``fetch`` answers for the first ``limit`` rows of ``query``.

        In unit order, the rows of the first units come before all others: if the first few
        units have ``limit`` rows, those are the first rows of the whole list, and no other unit
        need be added up. Otherwise (filters leave few rows per unit) 4x as many units are tried,
        until the rows are found or every unit is."""
        if (query.sort_key or self.sort_keys[0]) != "unit":
            return fetch(self._of(self._filtered_units(query)))
        u = _unit.c
        in_order = select(u.id).where(*self._unit_conditions(query))
        if not query.include_archived:
            in_order = in_order.where(u.archived == false())
        in_order = in_order.order_by(u.code.desc() if query.descending else u.code)
        with self.store.read() as session:
            units = session.execute(in_order).scalars().all()
        taken = self.FIRST_UNITS
        while taken < len(units):
            answer = fetch(self._of(units[:taken]))
            if len(answer) >= limit:
                return answer
            taken *= 4
        return fetch(self._of(self._filtered_units(query)))


class StockRegister(PerUnitAndType[StockRow]):
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

    def _archived(self) -> ColumnElement[bool]:
        return or_(_stock.c.archived, super()._archived())

    def _source(self, query: ListQuery | None) -> FromClause:
        s = _stock.c
        return typed(_stock.join(_unit, _unit.c.id == s.unit_id), s.equipment_type_id)

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


class AuthorisationRegister(PerUnitAndType[AuthorisationRow]):
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
        return typed(_authorisation.join(_unit, _unit.c.id == a.unit_id), a.equipment_type_id)

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

    def _plain_search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (*super()._plain_search_columns(), _authorisation.c.reference)

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


class EquipmentService(CatalogueReads, StockWrites, AuthorisationWrites):
    """Holdings, bulk stock and authorisations: the registers here; the catalogue's options and
    the forms' reads and writes in :mod:`~lsa_desktop.services.equipment_types`,
    :mod:`~lsa_desktop.services.stock` and :mod:`~lsa_desktop.services.authorisations`."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today
        self.holdings = HoldingsRegister(store)
        self.stock = StockRegister(store)
        self.authorisations = AuthorisationRegister(store)
