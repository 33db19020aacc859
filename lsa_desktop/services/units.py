"""Units and contingents: as the filters and pickers list them, a unit's form (add, save,
archive) with its inspections, and the units register (:mod:`lsa_desktop.services.units_register`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    false,
    func,
    select,
)
from sqlmodel import Session

from lsa_desktop.domain.enums import InspectionKind, PersonStatus, UnitType
from lsa_desktop.domain.inspections import is_overdue
from lsa_desktop.domain.personnel_rules import UnitInput, check_unit, descendants
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.services.units_register import (
    LAST_INSPECTIONS,
    LAST_KIND,
    UnitsRegister,
    due_from_last,
)
from lsa_desktop.store.models import Contingent, Inspection, Location, Person, Unit

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

_unit = Unit.__table__
_contingent = Contingent.__table__
_location = Location.__table__
_person = Person.__table__
_inspection = Inspection.__table__
_parent = _unit.alias("parent_unit")


@dataclass(frozen=True, slots=True)
class UnitOption:
    id: uuid.UUID
    code: str
    name: str
    unit_type: UnitType
    contingent_id: uuid.UUID | None
    contingent_name: str | None


@dataclass(frozen=True, slots=True)
class ContingentOption:
    id: uuid.UUID
    country_code: str
    name: str


@dataclass(frozen=True, slots=True)
class LocationOption:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class UnitDetail:
    """One unit as its form shows it."""

    id: uuid.UUID
    code: str
    name: str
    unit_type: UnitType
    contingent_id: uuid.UUID | None
    parent_id: uuid.UUID | None
    base_id: uuid.UUID | None
    authorised_strength: int
    min_operational_strength: int
    archived: bool

    def values(self) -> UnitInput:
        return UnitInput(**{field.name: getattr(self, field.name) for field in fields(UnitInput)})


@dataclass(frozen=True, slots=True)
class UnitInspections:
    """A unit's signed inspections as its form shows them: the last one, and the next periodic
    one due (None when none is: never inspected, or repatriated)."""

    last_kind: InspectionKind | None
    last_inspected_on: date | None
    next_periodic_due: date | None
    #: The day this was read: what "overdue" is judged against.
    as_of: date

    @property
    def overdue(self) -> bool:
        return is_overdue(self.next_periodic_due, self.as_of)


#: What changes when any unit or contingent is added, edited or archived (see UnitService.units).
_UNITS_STAMP = select(
    select(func.count()).select_from(_unit).scalar_subquery(),
    select(func.max(_unit.c.updated_at)).scalar_subquery(),
    select(func.count()).select_from(_contingent).scalar_subquery(),
    select(func.max(_contingent.c.updated_at)).scalar_subquery(),
)


class UnitService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self._today = today
        self.register = UnitsRegister(store, today)
        self._units_cache: dict[bool, tuple[tuple[Any, ...], list[UnitOption]]] = {}

    # --- pickers ----------------------------------------------------------------------------------

    def units(self, include_archived: bool = False) -> list[UnitOption]:
        """Every unit, in code order (the order the readiness report uses).

        Every form with a unit picker asks for this list as it opens; on a large mission (1,500
        units) building it costs more than the rest of the form. It is kept, and read again only
        when a unit or a contingent has changed since: their row counts and last updates, read
        first, cost a fraction of a millisecond, and any write (this process's or another's)
        moves one of them.
        """
        with self.store.read() as session:
            stamp = tuple(session.execute(_UNITS_STAMP).one())
            cached = self._units_cache.get(include_archived)
            if cached is not None and cached[0] == stamp:
                return list(cached[1])
            options = self._read_units(session, include_archived)
        self._units_cache[include_archived] = (stamp, options)
        return list(options)

    def _read_units(self, session: Session, include_archived: bool) -> list[UnitOption]:
        u = _unit.c
        statement = (
            select(
                u.id,
                u.code,
                u.name,
                u.unit_type,
                u.contingent_id,
                _contingent.c.name.label("contingent_name"),
            )
            .select_from(_unit.outerjoin(_contingent, _contingent.c.id == u.contingent_id))
            .order_by(u.code)
        )
        if not include_archived:
            statement = statement.where(u.archived == false())
        return [UnitOption(*values) for values in session.execute(statement)]

    def contingents(self, include_archived: bool = False) -> list[ContingentOption]:
        """Every contingent, by name."""
        c = _contingent.c
        statement = select(c.id, c.country_code, c.name).order_by(c.name)
        if not include_archived:
            statement = statement.where(c.archived == false())
        with self.store.read() as session:
            return [ContingentOption(*values) for values in session.execute(statement)]

    def locations(self, include_archived: bool = False) -> list[LocationOption]:
        """Every base and site (in service, unless asked), by name."""
        loc = _location.c
        statement = select(loc.id, loc.code, loc.name).order_by(loc.name)
        if not include_archived:
            statement = statement.where(loc.archived == false())
        with self.store.read() as session:
            return [LocationOption(*values) for values in session.execute(statement)]

    def parent_choices(self, unit_id: uuid.UUID | None = None) -> list[UnitOption]:
        """The units ``unit_id`` may be placed under: every unit in service but itself and the
        units under it (the tree would loop)."""
        with self.store.read() as session:
            excluded = _self_and_below(session, unit_id) if unit_id is not None else set()
        return [unit for unit in self.units() if unit.id not in excluded]

    # --- a unit's form ------------------------------------------------------------------------

    def unit(self, unit_id: uuid.UUID) -> UnitDetail:
        with self.store.read() as session:
            return _detail(_get(session, unit_id))

    def inspections(self, unit_id: uuid.UUID) -> UnitInspections:
        """The unit's last signed inspection and when its next periodic one is due."""
        statement = (
            select(
                LAST_KIND,
                LAST_INSPECTIONS.c.last_on,
                LAST_INSPECTIONS.c.periodic_on,
                LAST_INSPECTIONS.c.arrival_on,
                LAST_INSPECTIONS.c.repatriation_on,
            )
            .select_from(
                _unit.outerjoin(LAST_INSPECTIONS, LAST_INSPECTIONS.c.unit_id == _unit.c.id)
            )
            .where(_unit.c.id == unit_id)
        )
        with self.store.read() as session:
            found = session.execute(statement).one_or_none()
        if found is None:
            raise UserError("This unit is no longer in the database: refresh the list.")
        last_kind, last_on, periodic_on, arrival_on, repatriation_on = found
        return UnitInspections(
            last_kind,
            last_on,
            due_from_last(periodic_on, arrival_on, repatriation_on),
            self._today(),
        )

    def create_unit(self, values: UnitInput) -> UnitDetail:
        values = _cleaned(values)
        with self.store.write() as session:
            problems = check_unit(values)
            _check_references(session, values, None, problems)
            problems.raise_if_any()
            assert values.unit_type is not None
            unit = Unit(**asdict(values))
            session.add(unit)
            session.flush()
            return _detail(unit)

    def update_unit(self, unit_id: uuid.UUID, values: UnitInput) -> UnitDetail:
        """Save a unit's form; only the fields that changed are written (and audited)."""
        values = _cleaned(values)
        with self.store.write() as session:
            unit = _get(session, unit_id)
            if unit.archived:
                raise UserError(
                    f"Unit {unit.code} is archived: an archived record is kept for the history "
                    "and is not edited."
                )
            problems = check_unit(values)
            _check_references(session, values, unit, problems)
            problems.raise_if_any()
            for name, value in asdict(values).items():
                if getattr(unit, name) != value:
                    setattr(unit, name, value)
            session.flush()
            return _detail(unit)

    def archive_unit(self, unit_id: uuid.UUID) -> UnitDetail:
        """Archive a unit, once nobody and no unit in service is left in it."""
        with self.store.write() as session:
            unit = _get(session, unit_id)
            p = _person.c
            on_roll = session.execute(
                select(func.count()).where(
                    p.unit_id == unit.id,
                    p.archived == false(),
                    p.status != PersonStatus.REPATRIATED,
                )
            ).scalar_one()
            if on_roll:
                officers = "1 officer" if on_roll == 1 else f"{on_roll} officers"
                raise UserError(
                    f"Unit {unit.code} still has {officers} on its roll. Move them to another "
                    "unit (Personnel: select them, then Move to unit…) or record their departure "
                    "(Record rotation…), then archive the unit."
                )
            u = _unit.c
            children = list(
                session.execute(
                    select(u.code)
                    .where(u.parent_id == unit.id, u.archived == false())
                    .order_by(u.code)
                ).scalars()
            )
            if children:
                raise UserError(
                    f"Unit {unit.code} has units under it ({', '.join(children)}): archive them "
                    "or place them under another unit first."
                )
            unit.archived = True
            session.flush()
            return _detail(unit)


def _get(session: Session, unit_id: uuid.UUID) -> Unit:
    return get_or_refuse(session, Unit, unit_id, "unit")


def _detail(unit: Unit) -> UnitDetail:
    return UnitDetail(
        id=unit.id,
        code=unit.code,
        name=unit.name,
        unit_type=unit.unit_type,
        contingent_id=unit.contingent_id,
        parent_id=unit.parent_id,
        base_id=unit.base_id,
        authorised_strength=unit.authorised_strength,
        min_operational_strength=unit.min_operational_strength,
        archived=unit.archived,
    )


def _cleaned(values: UnitInput) -> UnitInput:
    return replace(values, code=values.code.strip(), name=values.name.strip())


def _self_and_below(session: Session, unit_id: uuid.UUID) -> set[uuid.UUID]:
    u = _unit.c
    parent_of = {child: parent for child, parent in session.execute(select(u.id, u.parent_id))}
    return {unit_id, *descendants(unit_id, parent_of)}


def _check_references(
    session: Session, values: UnitInput, unit: Unit | None, problems: Problems
) -> None:
    """What needs the database: a unique code, a contingent, parent and base that exist, and a
    parent that is not the unit itself or under it."""
    u = _unit.c
    if values.code and (unit is None or values.code != unit.code):
        holder = session.execute(select(u.name, u.archived).where(u.code == values.code)).first()
        if holder is not None:
            name, archived = holder
            whose = f"an archived unit, {name}" if archived else name
            problems.add(
                "code",
                f"Code {values.code} is already used by {whose}. Choose another code.",
            )
    if values.contingent_id is not None and session.get(Contingent, values.contingent_id) is None:
        problems.add("contingent_id", "That contingent no longer exists: choose another.")
    if values.base_id is not None and session.get(Location, values.base_id) is None:
        problems.add("base_id", "That base no longer exists: choose another.")
    if values.parent_id is not None:
        parent = session.get(Unit, values.parent_id)
        if parent is None:
            problems.add("parent_id", "That parent unit no longer exists: choose another.")
        elif unit is not None and values.parent_id in _self_and_below(session, unit.id):
            problems.add(
                "parent_id",
                f"{parent.code} is {'this unit' if parent.id == unit.id else 'under this unit'}: "
                "a unit cannot be placed under itself. Choose another parent.",
            )
        elif parent.archived and (unit is None or unit.parent_id != parent.id):
            problems.add("parent_id", f"Unit {parent.code} is archived: choose a unit in service.")
