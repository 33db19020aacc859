"""The rules units, officers and their qualifications follow before anything is saved.

Pure functions over plain values (no database, no Qt): the forms run them as a field is left, the
services run them again before writing and add what needs the database (a service number already
used, a rank that does not exist) to the same :class:`~lsa_desktop.domain.validation.Problems`.
Each problem is keyed by the field it belongs to, which is also the name of the form's widget.

An officer's status must make sense with their dates. The rules, kept few and stated once:

1. **Repatriated** needs a tour-end date (the day the officer left), and that day is not after
   today: an officer leaving next month is still present until then.
2. An officer **back from repatriation** (any other status) starts a new tour: the arrival date
   must be that of the new tour, after the last tour end (or, if none was recorded, a different
   arrival date from the last one).
3. An officer **present in the mission** (active, on leave, sick, injured) has arrived: an
   arrival date, when given, is not after today. Until then the officer is *In transit*.
4. The tour end is never before the arrival; either may be left blank.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from lsa_desktop.domain.enums import PersonStatus, Sex, UnitType
from lsa_desktop.domain.text import fold
from lsa_desktop.domain.validation import Problems

#: Statuses of an officer who is in the mission area (rule 3).
PRESENT_STATUSES = frozenset(
    {PersonStatus.ACTIVE, PersonStatus.LEAVE, PersonStatus.SICK, PersonStatus.INJURED}
)

# Column widths of the tables (store/models): a longer value would be cut by another database.
_UNIT_CODE_MAX, _UNIT_NAME_MAX = 30, 160
_SERVICE_NUMBER_MAX, _SURNAME_MAX, _GIVEN_NAMES_MAX, _ROLE_MAX = 30, 80, 120, 120
_QUALIFICATION_NUMBER_MAX = 60


def display_name(surname: str, given_names: str = "") -> str:
    """An officer as nominal rolls write them: "HÉRARD Célestin"."""
    return f"{surname.upper()} {given_names}".strip()


def _max_length(problems: Problems, value: str, limit: int, field: str, label: str) -> None:
    if len(value) > limit:
        problems.add(field, f"{label} is too long ({len(value)} characters): keep it to {limit}.")


# --- units ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitInput:
    """A unit as its form gives it; the field names are the form's widget names."""

    code: str
    name: str
    unit_type: UnitType | None
    contingent_id: uuid.UUID | None = None
    parent_id: uuid.UUID | None = None
    base_id: uuid.UUID | None = None
    authorised_strength: int = 0
    min_operational_strength: int = 0


def check_unit(values: UnitInput) -> Problems:
    problems = Problems()
    if problems.required(values.code, "code", "Code"):
        _max_length(problems, values.code.strip(), _UNIT_CODE_MAX, "code", "The code")
    if problems.required(values.name, "name", "Name"):
        _max_length(problems, values.name.strip(), _UNIT_NAME_MAX, "name", "The name")
    problems.check(values.unit_type is not None, "unit_type", "Choose the type of unit.")
    authorised_ok = problems.not_negative(
        values.authorised_strength, "authorised_strength", "Authorised strength"
    )
    minimum_ok = problems.not_negative(
        values.min_operational_strength, "min_operational_strength", "Minimum strength"
    )
    if authorised_ok and minimum_ok:
        problems.check(
            values.min_operational_strength <= values.authorised_strength,
            "min_operational_strength",
            f"The minimum operational strength ({values.min_operational_strength}) cannot be "
            f"above the authorised strength ({values.authorised_strength}): lower the minimum "
            "or raise the authorised strength.",
        )
    return problems


def descendants(
    unit_id: uuid.UUID, parent_of: Mapping[uuid.UUID, uuid.UUID | None]
) -> set[uuid.UUID]:
    """Every unit under ``unit_id`` (children, their children...), given each unit's parent.

    A unit cannot be placed under itself or under one of these: the tree would loop.
    """
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for child, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[uuid.UUID] = set()
    waiting = list(children.get(unit_id, ()))
    while waiting:
        child = waiting.pop()
        if child not in found and child != unit_id:
            found.add(child)
            waiting.extend(children.get(child, ()))
    return found


# --- officers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonInput:
    """An officer as their form gives them; the field names are the form's widget names."""

    service_number: str
    surname: str
    given_names: str = ""
    rank_id: uuid.UUID | None = None
    sex: Sex | None = None
    unit_id: uuid.UUID | None = None
    role: str = ""
    status: PersonStatus = PersonStatus.ACTIVE
    arrival_date: date | None = None
    tour_end_date: date | None = None


def check_person(values: PersonInput, today: date, previous: PersonInput | None = None) -> Problems:
    """The rules of an officer's fields; ``previous`` is the officer as saved, when editing."""
    problems = Problems()
    if problems.required(values.service_number, "service_number", "Service number"):
        _max_length(
            problems,
            values.service_number.strip(),
            _SERVICE_NUMBER_MAX,
            "service_number",
            "The service number",
        )
    if problems.required(values.surname, "surname", "Surname"):
        _max_length(problems, values.surname.strip(), _SURNAME_MAX, "surname", "The surname")
    _max_length(
        problems, values.given_names.strip(), _GIVEN_NAMES_MAX, "given_names", "Given names"
    )
    _max_length(problems, values.role.strip(), _ROLE_MAX, "role", "The role")
    problems.dates_in_order(
        values.arrival_date, values.tour_end_date, "tour_end_date", "Arrival", "Tour end"
    )
    check_status(values, today, previous, problems)
    return problems


def check_status(
    values: PersonInput, today: date, previous: PersonInput | None, problems: Problems
) -> None:
    """Rules 1 to 3 of the module's docstring, added to ``problems``."""
    status = values.status
    if status == PersonStatus.REPATRIATED:
        if values.tour_end_date is None:
            problems.add(
                "tour_end_date",
                "A repatriated officer needs the date their tour ended: enter the day they left.",
            )
        elif values.tour_end_date > today:
            problems.add(
                "tour_end_date",
                f"The tour ends on {values.tour_end_date.isoformat()}, after today: the officer "
                "is repatriated from that day. Keep the present status until then, or correct "
                "the date.",
            )
        return
    if previous is not None and previous.status == PersonStatus.REPATRIATED:
        last_end = previous.tour_end_date
        arrival = values.arrival_date
        if last_end is not None and (arrival is None or arrival <= last_end):
            problems.add(
                "arrival_date",
                f"This officer was repatriated (tour ended {last_end.isoformat()}). To bring "
                "them back, enter the arrival date of the new tour, after that day.",
            )
        elif last_end is None and (arrival is None or arrival == previous.arrival_date):
            problems.add(
                "arrival_date",
                "This officer was repatriated. To bring them back, enter the arrival date of "
                "the new tour.",
            )
    if status in PRESENT_STATUSES and values.arrival_date is not None:
        problems.check(
            values.arrival_date <= today,
            "status",
            f"The officer arrives on {values.arrival_date.isoformat()}, after today: set the "
            "status to In transit until then, or correct the arrival date.",
        )


# --- qualifications -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QualificationInput:
    """A qualification as its form gives it; the field names are the form's widget names."""

    qualification_type_id: uuid.UUID | None
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months; the 31st becomes the last day of a short month."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def default_expiry(issued_on: date | None, validity_months: int | None) -> date | None:
    """When a qualification issued on ``issued_on`` lapses, if its type has a validity."""
    if issued_on is None or not validity_months:
        return None
    return add_months(issued_on, validity_months)


def check_qualification(values: QualificationInput, validity_months: int | None) -> Problems:
    """``validity_months`` is that of the chosen type (None: it does not expire)."""
    problems = Problems()
    problems.check(
        values.qualification_type_id is not None,
        "qualification_type_id",
        "Choose the qualification.",
    )
    _max_length(problems, values.number.strip(), _QUALIFICATION_NUMBER_MAX, "number", "The number")
    if validity_months and values.expires_on is None:
        problems.add(
            "expires_on",
            f"This qualification is valid for {validity_months} months: enter the day it expires.",
        )
    problems.dates_in_order(values.issued_on, values.expires_on, "expires_on", "Issue", "Expiry")
    return problems


# --- rotations --------------------------------------------------------------------------------------

#: How a rotation's arrival lines are written, for the sentences that refuse a line.
ARRIVAL_LINE_FORMAT = "service number, rank, surname, given names, sex"

_SEXES = {
    **dict.fromkeys(("m", "male", "man", "masculin", "masculino", "h", "homme"), Sex.M),
    **dict.fromkeys(("f", "female", "woman", "feminin", "femenino", "femme"), Sex.F),
}
_HEADER_WORDS = {"service number", "service no", "service no.", "svc no", "matricule", "numero"}


@dataclass(frozen=True)
class ArrivalLine:
    """One officer of a rotation, as typed or pasted: ``line`` counts from 1."""

    line: int
    service_number: str
    rank: str
    surname: str
    given_names: str
    sex: Sex | None


@dataclass(frozen=True)
class LineProblem:
    line: int
    sentence: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.sentence}"


def parse_sex(text: str) -> Sex | None:
    """ "M", "F" and the words for them in English, French and Spanish; ValueError otherwise."""
    folded = fold(text.strip())
    if not folded:
        return None
    if folded not in _SEXES:
        raise ValueError(text)
    return _SEXES[folded]


def _cells(text: str) -> list[str]:
    """A line split at tabs (pasted from a spreadsheet), semicolons or commas, in that order."""
    for separator in ("\t", ";", ","):
        if separator in text:
            return [cell.strip() for cell in text.split(separator)]
    return [text.strip()]


def parse_arrival_lines(text: str) -> tuple[list[ArrivalLine], list[LineProblem]]:
    """The officers of a rotation, one a line, and the lines that are wrong.

    Blank lines are skipped, and so is a first line of column titles. A line needs a service
    number and a surname; rank, given names and sex may be blank. A service number given twice
    is refused on its second line.
    """
    lines: list[ArrivalLine] = []
    problems: list[LineProblem] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        cells = _cells(raw)
        if not lines and not problems and fold(cells[0]) in _HEADER_WORDS:
            continue
        if len(cells) > 5:
            problems.append(
                LineProblem(
                    number, f"{len(cells)} values where 5 are expected ({ARRIVAL_LINE_FORMAT})."
                )
            )
            continue
        service_number, rank, surname, given_names, sex_text = (cells + [""] * 5)[:5]
        if not service_number or not surname:
            problems.append(
                LineProblem(
                    number,
                    f"a service number and a surname are needed ({ARRIVAL_LINE_FORMAT}).",
                )
            )
            continue
        try:
            sex = parse_sex(sex_text)
        except ValueError:
            problems.append(LineProblem(number, f"the sex must be M or F, not {sex_text!r}."))
            continue
        if service_number in seen:
            problems.append(
                LineProblem(
                    number,
                    f"service number {service_number} is already on line {seen[service_number]}.",
                )
            )
            continue
        seen[service_number] = number
        lines.append(ArrivalLine(number, service_number, rank, surname, given_names, sex))
    return lines, problems


def refusal(problems: Sequence[LineProblem | str], what: str = "lines") -> str:
    """The sentence that refuses a whole batch: how many of its ``what`` are wrong, then each
    problem on its own line ("Line 3: ...", or an officer's name and what is wrong)."""
    count = len(problems)
    head = (
        f"1 of the {what} is wrong" if count == 1 else f"{count} of the {what} are wrong"
    ) + "; nothing was recorded. Correct them and save again."
    return "\n".join([head, *(str(problem) for problem in problems)])
