"""What is done to several officers at once: move them to a unit, change their status, archive
them, and record a rotation (a batch of arrivals or departures on one date).

Each action is one ``store.write()``: the audit trail records one UPDATE per officer and changed
field (one INSERT per new officer), all under the same change id, so the batch is undone as one.
A batch is all or nothing: if any officer or line cannot be taken, nothing is written and the
refusal names every one of them with what is wrong ("Line 3: ...", "HÉRARD Célestin (HT-0001):
...").
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session

from lsa_desktop.domain.enums import PersonStatus
from lsa_desktop.domain.personnel_rules import (
    ArrivalLine,
    LineProblem,
    check_status,
    parse_arrival_lines,
    refusal,
)
from lsa_desktop.domain.text import fold
from lsa_desktop.domain.validation import Problems
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.personnel import as_input, named, service_number_holder, usable_unit
from lsa_desktop.store.models import Person, Rank, Unit

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store

Clock = Callable[[], date]

#: Statuses an officer already on the roll can arrive from: not yet arrived, or back for a new tour.
ARRIVING_FROM = (PersonStatus.IN_TRANSIT, PersonStatus.REPATRIATED)


class RotationKind(StrEnum):
    ARRIVALS = "ARRIVALS"
    DEPARTURES = "DEPARTURES"


@dataclass(frozen=True, slots=True)
class RotationResult:
    """What a rotation recorded: for the status bar ("40 officers arrived in KEN-FPU-2...")."""

    kind: RotationKind
    unit_code: str | None
    on: date
    new_officers: int
    existing_officers: int

    @property
    def count(self) -> int:
        return self.new_officers + self.existing_officers


class PersonnelBatchService:
    def __init__(self, store: Store, today: Clock = date.today) -> None:
        self.store = store
        self._today = today

    # --- bulk actions on officers chosen in the register ----------------------------------------

    def archive_people(self, person_ids: Sequence[uuid.UUID]) -> int:
        """Archive officers (they leave the register and every count); returns how many."""
        with self.store.write() as session:
            people = _chosen(session, person_ids)
            for person in people:
                person.archived = True
            return len(people)

    def move_people(self, person_ids: Sequence[uuid.UUID], unit_id: uuid.UUID | None) -> int:
        """Move officers to a unit; returns how many changed unit (those already in it did not)."""
        with self.store.write() as session:
            problems = Problems()
            unit = _unit(session, unit_id, problems)
            problems.raise_if_any()
            assert unit is not None
            moved = 0
            for person in _chosen(session, person_ids):
                if person.unit_id != unit.id:
                    person.unit_id = unit.id
                    moved += 1
            return moved

    def change_status(
        self,
        person_ids: Sequence[uuid.UUID],
        status: PersonStatus,
        tour_end_date: date | None = None,
    ) -> int:
        """Give officers a new status; for Repatriated, ``tour_end_date`` is the day they left
        (it replaces each one's tour end; without it, each keeps their own). Refused as a whole,
        naming each officer the status does not fit (the rules of
        :mod:`lsa_desktop.domain.personnel_rules`)."""
        today = self._today()
        with self.store.write() as session:
            people = _chosen(session, person_ids)
            refused: list[str] = []
            for person in people:
                previous = as_input(person)
                wanted = replace(previous, status=status)
                if status == PersonStatus.REPATRIATED and tour_end_date is not None:
                    wanted = replace(wanted, tour_end_date=tour_end_date)
                problems = Problems()
                problems.dates_in_order(
                    wanted.arrival_date,
                    wanted.tour_end_date,
                    "tour_end_date",
                    "Arrival",
                    "Tour end",
                )
                check_status(wanted, today, previous, problems)
                if problems:
                    refused.append(f"{named(person)}: {' '.join(problems.as_dict().values())}")
                    continue
                person.status = wanted.status
                person.tour_end_date = wanted.tour_end_date
            if refused:
                raise ValidationFailed({"status": refusal(refused, "officers")})
            return len(people)

    # --- rotations ------------------------------------------------------------------------------

    def record_arrivals(
        self,
        unit_id: uuid.UUID | None,
        on: date | None,
        lines: str,
        existing_ids: Sequence[uuid.UUID] = (),
        tour_end_date: date | None = None,
    ) -> RotationResult:
        """Officers arriving in a unit on one day, all made Active there with that arrival date.

        ``lines``: new officers typed or pasted one a line ("service number, rank, surname, given
        names, sex"; see :func:`~lsa_desktop.domain.personnel_rules.parse_arrival_lines`); the
        rank is a code or a name of the rank table. ``existing_ids``: officers already on the
        roll, in transit or back for a new tour. ``tour_end_date``, if given, is every arriving
        officer's planned tour end. Problems are keyed ``unit_id``, ``on``, ``tour_end_date``,
        ``lines`` (the new officers) and ``people`` (those on the roll).
        """
        today = self._today()
        parsed, line_problems = parse_arrival_lines(lines)
        with self.store.write() as session:
            problems = Problems()
            unit = _unit(session, unit_id, problems)
            _check_day(on, today, problems, "Arrivals")
            problems.dates_in_order(on, tour_end_date, "tour_end_date", "Arrival", "Tour end")
            line_problems += _check_new_officers(session, parsed)
            people = _chosen(session, existing_ids) if existing_ids else []
            refused = [_arrival_problem(session, person, on) for person in people]
            if line_problems:
                problems.add("lines", refusal(line_problems))
            if any(refused):
                problems.add("people", refusal([r for r in refused if r], "officers"))
            if not parsed and not people and not line_problems:
                problems.add(
                    "lines",
                    "Type or paste the arriving officers, one a line, or select officers already "
                    "on the roll in the register.",
                )
            problems.raise_if_any()
            assert unit is not None and on is not None
            ranks = _ranks(session)
            for line in parsed:
                session.add(
                    Person(
                        service_number=line.service_number,
                        rank_id=ranks.get(fold(line.rank)) if line.rank else None,
                        surname=line.surname,
                        given_names=line.given_names,
                        sex=line.sex,
                        unit_id=unit.id,
                        status=PersonStatus.ACTIVE,
                        arrival_date=on,
                        tour_end_date=tour_end_date,
                    )
                )
            for person in people:
                person.unit_id = unit.id
                person.status = PersonStatus.ACTIVE
                person.arrival_date = on
                if tour_end_date is not None:
                    person.tour_end_date = tour_end_date
                elif person.tour_end_date is not None and person.tour_end_date < on:
                    person.tour_end_date = None  # the last tour's end: the new tour has none yet
            return RotationResult(RotationKind.ARRIVALS, unit.code, on, len(parsed), len(people))

    def record_departures(
        self, unit_id: uuid.UUID | None, on: date | None, person_ids: Sequence[uuid.UUID]
    ) -> RotationResult:
        """Officers leaving the mission on one day: each becomes Repatriated, their tour ending
        that day. ``unit_id`` is the unit they leave, for the result (officers of other units
        may be in the batch: a rotation flight takes whoever is on it)."""
        today = self._today()
        with self.store.write() as session:
            problems = Problems()
            unit = session.get(Unit, unit_id) if unit_id is not None else None
            _check_day(on, today, problems, "Departures")
            if not person_ids:
                problems.add("people", "Tick the officers who are leaving.")
            problems.raise_if_any()
            assert on is not None
            people = _chosen(session, person_ids)
            refused = [_departure_problem(person, on) for person in people]
            if any(refused):
                raise ValidationFailed({"people": refusal([r for r in refused if r], "officers")})
            for person in people:
                person.status = PersonStatus.REPATRIATED
                person.tour_end_date = on
            code = unit.code if unit is not None else None
            return RotationResult(RotationKind.DEPARTURES, code, on, 0, len(people))


def _chosen(session: Session, person_ids: Sequence[uuid.UUID]) -> list[Person]:
    """The officers chosen in the register, in one query and in the order given; refused if any
    has gone or was archived meanwhile (the register was out of date)."""
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise UserError("No officer is selected: select officers in the register first.")
    found = {
        person.id: person for person in session.scalars(select(Person).where(Person.id.in_(wanted)))
    }
    live = [found[key] for key in wanted if key in found and not found[key].archived]
    if len(live) != len(wanted):
        missing = len(wanted) - len(live)
        raise UserError(
            f"{missing} of the selected officers {'is' if missing == 1 else 'are'} no longer "
            "in the register (archived or removed meanwhile). Refresh the register and select "
            "again; nothing was changed."
        )
    return live


def _unit(session: Session, unit_id: uuid.UUID | None, problems: Problems) -> Unit | None:
    if unit_id is None:
        problems.add("unit_id", "Choose the unit.")
        return None
    return usable_unit(session, unit_id, problems, "unit_id")


def _check_day(on: date | None, today: date, problems: Problems, what: str) -> None:
    if on is None:
        problems.add("on", "Enter the date.")
    elif on > today:
        problems.add(
            "on",
            f"{on.isoformat()} is after today: {what.lower()} are recorded on the day or after, "
            "once they have happened.",
        )


def _ranks(session: Session) -> dict[str, uuid.UUID]:
    """Each rank by its code and by its name, folded: "cpl", "corporal" -> the rank's id. A code
    shared by two ranks of different contingents keeps the first (they are the same grade)."""
    found: dict[str, uuid.UUID] = {}
    for rank_id, code, name in session.execute(
        select(Rank.id, Rank.code, Rank.name).order_by(Rank.level, Rank.code)
    ):
        found.setdefault(fold(code), rank_id)
        found.setdefault(fold(name), rank_id)
    return found


def _check_new_officers(session: Session, lines: Sequence[ArrivalLine]) -> list[LineProblem]:
    """What needs the database: service numbers not yet used, ranks that exist."""
    problems: list[LineProblem] = []
    ranks = _ranks(session) if any(line.rank for line in lines) else {}
    for line in lines:
        holder = service_number_holder(session, line.service_number)
        if holder is not None:
            problems.append(
                LineProblem(
                    line.line,
                    f"service number {line.service_number} is already used by {holder}.",
                )
            )
        elif line.rank and fold(line.rank) not in ranks:
            problems.append(
                LineProblem(
                    line.line,
                    f"rank {line.rank!r} is not in the rank table: write its code (PC, CPL, "
                    "SGT...) or its name, or leave it blank.",
                )
            )
    return sorted(problems, key=lambda problem: problem.line)


#: How a present officer's status reads in a sentence.
_PRESENT_AS = {
    PersonStatus.ACTIVE: "active",
    PersonStatus.LEAVE: "on leave",
    PersonStatus.SICK: "sick",
    PersonStatus.INJURED: "injured",
}


def _arrival_problem(session: Session, person: Person, on: date | None) -> str:
    """Why an officer on the roll cannot arrive on ``on`` ("" if they can)."""
    if person.status not in ARRIVING_FROM:
        unit = session.get(Unit, person.unit_id) if person.unit_id else None
        where = f" in {unit.code}" if unit is not None else ""
        return (
            f"{named(person)}: already present{where} ({_PRESENT_AS[person.status]}); to change "
            "their unit, use Move to unit… instead."
        )
    last_end = person.tour_end_date
    if person.status == PersonStatus.REPATRIATED and on and last_end and on <= last_end:
        return (
            f"{named(person)}: their last tour ended on {last_end.isoformat()}; the new arrival "
            "must be after that day."
        )
    return ""


def _departure_problem(person: Person, on: date) -> str:
    """Why an officer cannot leave on ``on`` ("" if they can)."""
    if person.status == PersonStatus.REPATRIATED:
        ended = person.tour_end_date.isoformat() if person.tour_end_date else "earlier"
        return f"{named(person)}: already repatriated ({ended})."
    if person.arrival_date is not None and person.arrival_date > on:
        return (
            f"{named(person)}: arrived on {person.arrival_date.isoformat()}, after the departure "
            "date."
        )
    return ""
