"""Personnel: the nominal roll of every officer, searched, filtered and sorted in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, String, type_coerce

from lsa_desktop.domain.enums import PersonStatus, Sex
from lsa_desktop.services.query import ListQuery, Register, SortTerm, enum_order
from lsa_desktop.store.models import Person, Rank, Unit

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

_person = Person.__table__
_rank = Rank.__table__
_unit = Unit.__table__

#: The terms of each sort key, before the unique service number that ends every sort. Built once
#: rather than per query (SQL expressions are immutable): building them took a tenth of the time
#: of a first page.
_ORDERS: dict[str, Sequence[SortTerm]] = {
    "service_number": (),
    "rank": (SortTerm(_rank.c.level, nulls_last=True),),
    "surname": (SortTerm(_person.c.surname), SortTerm(_person.c.given_names)),
    "given_names": (SortTerm(_person.c.given_names), SortTerm(_person.c.surname)),
    "sex": (SortTerm(_person.c.sex, nulls_last=True),),
    "unit": (SortTerm(_unit.c.code, nulls_last=True),),
    "role": (SortTerm(_person.c.role),),
    "status": (SortTerm(enum_order(_person.c.status, PersonStatus)),),
    "arrival_date": (SortTerm(_person.c.arrival_date, nulls_last=True),),
    "tour_end_date": (SortTerm(_person.c.tour_end_date, nulls_last=True),),
}


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One officer as the roll shows them."""

    id: uuid.UUID
    service_number: str
    rank_code: str | None
    rank_name: str | None
    #: Seniority, for sorting by rank (higher is more senior).
    rank_level: int | None
    surname: str
    given_names: str
    sex: Sex | None
    unit_id: uuid.UUID | None
    unit_code: str | None
    unit_name: str | None
    role: str
    status: PersonStatus
    arrival_date: date | None
    tour_end_date: date | None
    archived: bool

    @property
    def key(self) -> str:
        return self.id.hex


class PeopleRegister(Register[PersonRow]):
    """The personnel register. Default order: service number (unique and indexed, so the first
    page of any search is read in index order and the scan stops as soon as it is full)."""

    sort_keys: ClassVar[tuple[str, ...]] = (
        "service_number",
        "rank",
        "surname",
        "given_names",
        "sex",
        "unit",
        "role",
        "status",
        "arrival_date",
        "tour_end_date",
    )

    def _source(self, query: ListQuery | None) -> FromClause:
        source: FromClause = _person
        if query is None or query.sort_key == "rank":
            source = source.outerjoin(_rank, _rank.c.id == _person.c.rank_id)
        if query is None or query.sort_key == "unit" or "contingent_id" in query.filters:
            source = source.outerjoin(_unit, _unit.c.id == _person.c.unit_id)
        return source

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_person.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _person.c.service_number

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _ORDERS[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_person.c.search_text,)  # surname, given names and service number, folded

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        p = _person.c
        return {
            "unit_id": lambda value: p.unit_id == value,
            "status": lambda value: p.status == PersonStatus(value),
            "rank_id": lambda value: p.rank_id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
        }

    def _archived(self) -> ColumnElement[bool]:
        return _person.c.archived

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        p = _person.c
        return (
            p.id,
            p.service_number,
            _rank.c.code.label("rank_code"),
            _rank.c.name.label("rank_name"),
            _rank.c.level.label("rank_level"),
            p.surname,
            p.given_names,
            p.sex,
            p.unit_id,
            _unit.c.code.label("unit_code"),
            _unit.c.name.label("unit_name"),
            p.role,
            p.status,
            p.arrival_date,
            p.tour_end_date,
            p.archived,
        )

    def _make_row(self, values: Row[Any]) -> PersonRow:
        return PersonRow(*values)


class PersonnelService:
    """Officers: the roll today; editing, qualifications and rotations arrive with later issues."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.people = PeopleRegister(store)
