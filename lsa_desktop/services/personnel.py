"""Personnel: the nominal roll of every officer, searched, filtered and sorted in SQL, and an
officer's form (read, add, save). The actions on several officers at once (move, status, archive,
rotations) are in :mod:`lsa_desktop.services.personnel_batch`.

Every write is one ``store.write()``, so the audit trail records each changed field under one
change id; a form is refused with a sentence per field while anything is wrong.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, String, select, type_coerce
from sqlmodel import Session

from lsa_desktop.domain.enums import PersonStatus, Sex
from lsa_desktop.domain.personnel_rules import PersonInput, check_person, display_name
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError
from lsa_desktop.services.query import ListQuery, Register, SortTerm, enum_order
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import Person, Rank, Unit

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

Clock = Callable[[], date]

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


@dataclass(frozen=True, slots=True)
class RankOption:
    id: uuid.UUID
    code: str
    name: str
    level: int


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """One officer as their form shows them."""

    id: uuid.UUID
    service_number: str
    rank_id: uuid.UUID | None
    surname: str
    given_names: str
    sex: Sex | None
    unit_id: uuid.UUID | None
    unit_code: str | None
    role: str
    status: PersonStatus
    arrival_date: date | None
    tour_end_date: date | None
    archived: bool

    @property
    def display_name(self) -> str:
        return display_name(self.surname, self.given_names)

    def values(self) -> PersonInput:
        """The officer as the form's fields hold them."""
        return as_input(self)


def _cleaned(values: PersonInput) -> PersonInput:
    """Text fields without spaces around them: "0061154 " pasted from a roll is the service
    number 0061154, and must meet the uniqueness check as such."""
    return replace(
        values,
        service_number=values.service_number.strip(),
        surname=values.surname.strip(),
        given_names=values.given_names.strip(),
        role=values.role.strip(),
    )


def named(person: Person) -> str:
    """An officer in a sentence: "HÉRARD Célestin (HT-0001)"."""
    return f"{display_name(person.surname, person.given_names)} ({person.service_number})"


def as_input(person: Person | PersonDetail) -> PersonInput:
    """An officer, stored or read, as the rules and the form see them."""
    return PersonInput(**{field.name: getattr(person, field.name) for field in fields(PersonInput)})


def service_number_holder(session: Session, service_number: str) -> str | None:
    """Who already holds ``service_number``, as a sentence's subject; None if nobody does."""
    p, u = _person.c, _unit.c
    found = session.execute(
        select(p.surname, p.given_names, p.archived, u.code)
        .select_from(_person.outerjoin(_unit, u.id == p.unit_id))
        .where(p.service_number == service_number)
    ).first()
    if found is None:
        return None
    surname, given_names, archived, unit_code = found
    name = display_name(surname, given_names)
    if archived:
        return f"an archived officer, {name}"
    return f"{name} ({unit_code})" if unit_code else name


def usable_unit(
    session: Session, unit_id: uuid.UUID, problems: Problems, field: str
) -> Unit | None:
    """The unit officers can be placed in; a problem for ``field`` if it is gone or archived."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        problems.add(field, "That unit no longer exists: choose another.")
        return None
    if unit.archived:
        problems.add(field, f"Unit {unit.code} is archived: choose a unit in service.")
        return None
    return unit


class PersonnelService:
    """Officers: the roll and an officer's form."""

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        self.store = store
        self.people = PeopleRegister(store)
        self._today = today

    # --- reading ------------------------------------------------------------------------------

    def ranks(self) -> list[RankOption]:
        """Every rank, junior first (as a rank combo lists them)."""
        r = _rank.c
        statement = select(r.id, r.code, r.name, r.level).order_by(r.level, r.code)
        with self.store.read() as session:
            return [RankOption(*values) for values in session.execute(statement)]

    def person(self, person_id: uuid.UUID) -> PersonDetail:
        with self.store.read() as session:
            return self._detail(session, person_id)

    def _detail(self, session: Session, person_id: uuid.UUID) -> PersonDetail:
        p = _person.c
        found = session.execute(
            select(
                p.id,
                p.service_number,
                p.rank_id,
                p.surname,
                p.given_names,
                p.sex,
                p.unit_id,
                _unit.c.code,
                p.role,
                p.status,
                p.arrival_date,
                p.tour_end_date,
                p.archived,
            )
            .select_from(_person.outerjoin(_unit, _unit.c.id == p.unit_id))
            .where(p.id == person_id)
        ).first()
        if found is None:
            raise UserError("This officer is no longer in the database: refresh the register.")
        return PersonDetail(*found)

    # --- one officer --------------------------------------------------------------------------

    def create_person(self, values: PersonInput) -> PersonDetail:
        """Add an officer; refused with a sentence per field if anything is wrong."""
        values = _cleaned(values)
        with self.store.write() as session:
            problems = check_person(values, self._today())
            self._check_references(session, values, None, problems)
            problems.raise_if_any()
            person = Person(**asdict(values))
            session.add(person)
            session.flush()
            return self._detail(session, person.id)

    def update_person(self, person_id: uuid.UUID, values: PersonInput) -> PersonDetail:
        """Save an officer's form; only the fields that changed are written (and audited)."""
        values = _cleaned(values)
        with self.store.write() as session:
            person = self._editable(session, person_id)
            previous = as_input(person)
            problems = check_person(values, self._today(), previous)
            self._check_references(session, values, previous, problems)
            problems.raise_if_any()
            for name, value in asdict(values).items():
                if getattr(person, name) != value:
                    setattr(person, name, value)
            session.flush()
            return self._detail(session, person_id)

    def _editable(self, session: Session, person_id: uuid.UUID) -> Person:
        person = get_or_refuse(session, Person, person_id, "officer")
        if person.archived:
            raise UserError(
                f"{named(person)} is archived: an archived record is kept for the history and "
                "is not edited."
            )
        return person

    def _check_references(
        self,
        session: Session,
        values: PersonInput,
        previous: PersonInput | None,
        problems: Problems,
    ) -> None:
        """What needs the database: a unique service number, a rank and a unit that exist."""
        number = values.service_number
        if number and (previous is None or number != previous.service_number):
            holder = service_number_holder(session, number)
            if holder is not None:
                problems.add(
                    "service_number",
                    f"Service number {number} is already used by {holder}. Check the number or "
                    "edit that officer.",
                )
        if values.rank_id is not None and session.get(Rank, values.rank_id) is None:
            problems.add("rank_id", "That rank is no longer in the rank table: choose another.")
        unit_changed = previous is None or values.unit_id != previous.unit_id
        if values.unit_id is not None and unit_changed:
            usable_unit(session, values.unit_id, problems, "unit_id")
