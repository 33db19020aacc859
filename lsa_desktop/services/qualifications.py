"""Qualifications: an officer's licences and certificates (add, save, renew, archive), and the
list of those that expire soon or have expired.

Renewing is not editing: the old qualification is archived and the new one added in the same
write, so its history stays (which number, issued when) and the expiring list forgets the old one.

The expiring list reads the ``expires_on`` index: a range up to a day, in expiry order. It leaves
out archived qualifications and the qualifications of officers who are archived or repatriated
(they have left the mission: their licences lapsing asks nothing of anyone).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, String, false, select, type_coerce
from sqlmodel import Session

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.personnel_rules import QualificationInput, check_qualification, display_name
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError
from lsa_desktop.services.query import ListQuery, Register, SortTerm
from lsa_desktop.store.models import Person, Qualification, QualificationType, Rank, Unit

if TYPE_CHECKING:
    from sqlalchemy.engine import Row

    from lsa_desktop.store.engine import Store

Clock = Callable[[], date]

_qualification = Qualification.__table__
_type = QualificationType.__table__
_person = Person.__table__
_rank = Rank.__table__
_unit = Unit.__table__


@dataclass(frozen=True, slots=True)
class QualificationTypeOption:
    id: uuid.UUID
    code: str
    name: str
    #: None: it does not expire.
    validity_months: int | None


@dataclass(frozen=True, slots=True)
class QualificationRow:
    """One qualification of an officer, as their form lists it."""

    id: uuid.UUID
    person_id: uuid.UUID
    qualification_type_id: uuid.UUID
    type_code: str
    type_name: str
    validity_months: int | None
    number: str
    issued_on: date | None
    expires_on: date | None
    archived: bool

    @property
    def key(self) -> str:
        return self.id.hex

    def values(self) -> QualificationInput:
        return QualificationInput(
            **{field.name: getattr(self, field.name) for field in fields(QualificationInput)}
        )


@dataclass(frozen=True, slots=True)
class ExpiringRow:
    """A qualification that expires soon or has expired, with whose it is."""

    id: uuid.UUID
    person_id: uuid.UUID
    service_number: str
    rank_code: str | None
    surname: str
    given_names: str
    unit_code: str | None
    type_code: str
    type_name: str
    number: str
    expires_on: date
    #: The day the row was read: what "days left" counts from.
    as_of: date

    @property
    def key(self) -> str:
        return self.id.hex

    @property
    def officer(self) -> str:
        return display_name(self.surname, self.given_names)

    @property
    def days_left(self) -> int:
        """Days until it expires; negative once it has (-3: expired three days ago)."""
        return (self.expires_on - self.as_of).days


_ORDERS: dict[str, Sequence[SortTerm]] = {
    "expires_on": (SortTerm(_qualification.c.expires_on),),
    "officer": (SortTerm(_person.c.surname), SortTerm(_person.c.given_names)),
    "service_number": (SortTerm(_person.c.service_number),),
    "unit": (SortTerm(_unit.c.code, nulls_last=True),),
    "qualification": (SortTerm(_type.c.name),),
    "number": (SortTerm(_qualification.c.number),),
}


class ExpiringRegister(Register[ExpiringRow]):
    """Qualifications with an expiry date, of officers still in the mission. Default order: the
    soonest expiry first. Filters: ``within_days`` (expires at the latest that many days from
    today; already expired included), ``expired`` (only those already expired), ``unit_id``,
    ``contingent_id``, ``qualification_type_id``."""

    sort_keys: ClassVar[tuple[str, ...]] = tuple(_ORDERS)

    def __init__(self, store: Store, today: Clock = date.today) -> None:
        super().__init__(store)
        self._today = today

    def _source(self, query: ListQuery | None) -> FromClause:
        q, p = _qualification.c, _person.c
        source = _qualification.join(_person, p.id == q.person_id)
        if query is None or query.sort_key == "qualification":
            source = source.join(_type, _type.c.id == q.qualification_type_id)
        if query is None or query.sort_key == "unit" or "contingent_id" in query.filters:
            source = source.outerjoin(_unit, _unit.c.id == p.unit_id)
        if query is None:
            source = source.outerjoin(_rank, _rank.c.id == p.rank_id)
        return source

    def _base_conditions(self, first_page: bool) -> Sequence[ColumnElement[bool]]:
        p = _person.c
        return (
            _qualification.c.expires_on.is_not(None),
            p.archived == false(),
            p.status != PersonStatus.REPATRIATED,
        )

    def _key(self) -> ColumnElement[str]:
        return type_coerce(_qualification.c.id, String)

    def _tiebreak(self) -> ColumnElement[Any]:
        return _qualification.c.id

    def _order(self, sort_key: str) -> Sequence[SortTerm]:
        return _ORDERS[sort_key]

    def _search_columns(self) -> Sequence[ColumnElement[Any]]:
        return (_person.c.search_text,)

    def _filters(self) -> Mapping[str, Callable[[Any], ColumnElement[bool]]]:
        q, p = _qualification.c, _person.c
        return {
            "within_days": lambda days: q.expires_on <= self._today() + timedelta(days=int(days)),
            "expired": lambda _wanted: q.expires_on < self._today(),
            "unit_id": lambda value: p.unit_id == value,
            "contingent_id": lambda value: _unit.c.contingent_id == value,
            "qualification_type_id": lambda value: q.qualification_type_id == value,
        }

    def _archived(self) -> ColumnElement[bool]:
        return _qualification.c.archived

    def _row_columns(self) -> Sequence[ColumnElement[Any]]:
        q, p = _qualification.c, _person.c
        return (
            q.id,
            q.person_id,
            p.service_number,
            _rank.c.code.label("rank_code"),
            p.surname,
            p.given_names,
            _unit.c.code.label("unit_code"),
            _type.c.code.label("type_code"),
            _type.c.name.label("type_name"),
            q.number,
            q.expires_on,
        )

    def _make_row(self, values: Row[Any]) -> ExpiringRow:
        return ExpiringRow(*values, self._today())


class QualificationService:
    def __init__(self, store: Store, today: Clock = date.today) -> None:
        self.store = store
        self.expiring_register = ExpiringRegister(store, today)

    def types(self) -> list[QualificationTypeOption]:
        """Every qualification type, by name."""
        t = _type.c
        statement = select(t.id, t.code, t.name, t.validity_months).order_by(t.name)
        with self.store.read() as session:
            return [QualificationTypeOption(*values) for values in session.execute(statement)]

    def expiring(
        self,
        within_days: int = 30,
        *,
        expired_only: bool = False,
        unit_id: uuid.UUID | None = None,
    ) -> list[ExpiringRow]:
        """Qualifications expiring within ``within_days`` of today or already expired (only
        those already expired with ``expired_only``), the soonest first."""
        filters: dict[str, object] = {"unit_id": unit_id}
        if expired_only:
            filters["expired"] = True
        else:
            filters["within_days"] = within_days
        register = self.expiring_register
        return register.rows(register.keys(ListQuery(filters=filters)))

    # --- an officer's qualifications -------------------------------------------------------------

    def of_person(self, person_id: uuid.UUID) -> list[QualificationRow]:
        """The officer's qualifications in force (archived ones left out), by type."""
        statement = (
            _detail_query()
            .where(_qualification.c.person_id == person_id, _qualification.c.archived == false())
            .order_by(_type.c.name)
        )
        with self.store.read() as session:
            return [QualificationRow(*values) for values in session.execute(statement)]

    def qualification(self, qualification_id: uuid.UUID) -> QualificationRow:
        with self.store.read() as session:
            return _detail(session, qualification_id)

    def add(self, person_id: uuid.UUID, values: QualificationInput) -> QualificationRow:
        """Give an officer a qualification (one of each type: a second is a renewal)."""
        values = _cleaned(values)
        with self.store.write() as session:
            person = _live_person(session, person_id)
            problems = _check(session, values)
            _check_single(session, person, values, None, problems)
            problems.raise_if_any()
            added = Qualification(person_id=person.id, **asdict(values))
            session.add(added)
            session.flush()
            return _detail(session, added.id)

    def update(self, qualification_id: uuid.UUID, values: QualificationInput) -> QualificationRow:
        """Correct a qualification as recorded (a typo in its number, a wrong date)."""
        values = _cleaned(values)
        with self.store.write() as session:
            held = _live(session, qualification_id)
            person = _live_person(session, held.person_id)
            problems = _check(session, values)
            _check_single(session, person, values, held.id, problems)
            problems.raise_if_any()
            for name, value in asdict(values).items():
                if getattr(held, name) != value:
                    setattr(held, name, value)
            session.flush()
            return _detail(session, held.id)

    def renew(self, qualification_id: uuid.UUID, values: QualificationInput) -> QualificationRow:
        """Replace a qualification by its renewal: the old one is archived, the new one added,
        in one write."""
        values = _cleaned(values)
        with self.store.write() as session:
            held = _live(session, qualification_id)
            person = _live_person(session, held.person_id)
            problems = _check(session, values)
            _check_single(session, person, values, held.id, problems)
            problems.raise_if_any()
            held.archived = True
            renewed = Qualification(person_id=person.id, **asdict(values))
            session.add(renewed)
            session.flush()
            return _detail(session, renewed.id)

    def archive(self, qualification_id: uuid.UUID) -> QualificationRow:
        """Take a qualification off the officer (withdrawn, or recorded by mistake)."""
        with self.store.write() as session:
            held = _live(session, qualification_id)
            held.archived = True
            session.flush()
            return _detail(session, held.id)


def _detail_query() -> Any:
    q, t = _qualification.c, _type.c
    return select(
        q.id,
        q.person_id,
        q.qualification_type_id,
        t.code,
        t.name,
        t.validity_months,
        q.number,
        q.issued_on,
        q.expires_on,
        q.archived,
    ).select_from(_qualification.join(_type, t.id == q.qualification_type_id))


def _detail(session: Session, qualification_id: uuid.UUID) -> QualificationRow:
    found = session.execute(_detail_query().where(_qualification.c.id == qualification_id)).first()
    if found is None:
        raise UserError("This qualification is no longer in the database: refresh the list.")
    return QualificationRow(*found)


def _live(session: Session, qualification_id: uuid.UUID) -> Qualification:
    held = session.get(Qualification, qualification_id)
    if held is None or held.archived:
        raise UserError(
            "This qualification was renewed or removed meanwhile: refresh the list and try again."
        )
    return held


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.archived:
        raise UserError(
            "This officer is archived or no longer in the database: their qualifications are "
            "kept for the history and not edited."
        )
    return person


def _cleaned(values: QualificationInput) -> QualificationInput:
    return replace(values, number=values.number.strip())


def _check(session: Session, values: QualificationInput) -> Problems:
    """The form's rules, with the validity of the type as stored."""
    kind = (
        session.get(QualificationType, values.qualification_type_id)
        if values.qualification_type_id is not None
        else None
    )
    problems = check_qualification(values, kind.validity_months if kind else None)
    if values.qualification_type_id is not None and kind is None:
        problems.add(
            "qualification_type_id", "That qualification type no longer exists: choose another."
        )
    return problems


def _check_single(
    session: Session,
    person: Person,
    values: QualificationInput,
    replacing: uuid.UUID | None,
    problems: Problems,
) -> None:
    """An officer holds one qualification of each type at a time: a second is a renewal."""
    if values.qualification_type_id is None:
        return
    q = _qualification.c
    statement = select(q.id, q.number, q.expires_on).where(
        q.person_id == person.id,
        q.qualification_type_id == values.qualification_type_id,
        q.archived == false(),
    )
    if replacing is not None:
        statement = statement.where(q.id != replacing)
    other = session.execute(statement).first()
    if other is not None:
        _other_id, number, expires_on = other
        held = f" no. {number}" if number else ""
        until = f", expires {expires_on.isoformat()}" if expires_on else ""
        problems.add(
            "qualification_type_id",
            f"{display_name(person.surname, person.given_names)} already holds this "
            f"qualification ({held.strip() or 'no number'}{until}): renew that one instead of "
            "adding a second.",
        )
