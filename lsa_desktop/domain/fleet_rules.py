"""The rules of vehicles and other serialised items, bulk stock, authorisations and maintenance.

Pure functions over plain values (no database, no screen): a form calls them as a field is left,
and the services call them again before writing, adding what only the database knows (a tag
already used, a unit archived meanwhile) to the same :class:`Problems`.

Status changes that make sense (:func:`status_change_problem`):

- WRITTEN_OFF is final: a write-off is an accounting act; a mistaken one is undone (Ctrl+Z), not
  reversed by a new status.
- LOST can only become WRITTEN_OFF (the board of inquiry's outcome); an item that turns up was not
  lost: undo the loss.
- REPATRIATED has left the mission; it can only come back IN_TRANSIT.
- Anything else may change freely, except that an item with an open maintenance event cannot be
  put IN_SERVICE while the work is still open: close the event (the forms offer to) first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta

from lsa_desktop.domain.enums import (
    ON_HAND_STATUSES,
    Acquisition,
    AssetStatus,
    Condition,
    MaintenanceKind,
    Owner,
)
from lsa_desktop.domain.validation import Problems

#: Column widths of the tables (``store.models.equipment``), so a form refuses what cannot be kept.
TAG_MAX = 40
REGISTRATION_MAX = 30
SERIAL_MAX = 80
MAKE_MAX = 60
MAINTENANCE_NOTES_MAX = 2000
#: Digits of the number in a suggested tag: "VEH-LC-000123".
TAG_DIGITS = 6

#: Statuses that admit only some others after them; every status not listed may change freely.
_ONLY_TO: dict[AssetStatus, frozenset[AssetStatus]] = {
    AssetStatus.WRITTEN_OFF: frozenset(),
    AssetStatus.LOST: frozenset({AssetStatus.WRITTEN_OFF}),
    AssetStatus.REPATRIATED: frozenset({AssetStatus.IN_TRANSIT}),
}
_STATUS_WORDS = {
    AssetStatus.IN_SERVICE: "in service",
    AssetStatus.UNSERVICEABLE: "unserviceable",
    AssetStatus.UNDER_REPAIR: "under repair",
    AssetStatus.IN_TRANSIT: "in transit",
    AssetStatus.LOST: "lost",
    AssetStatus.WRITTEN_OFF: "written off",
    AssetStatus.REPATRIATED: "repatriated",
}
_KIND_WORDS = {
    MaintenanceKind.SCHEDULED_SERVICE: "scheduled service",
    MaintenanceKind.REPAIR: "repair",
    MaintenanceKind.BATTLE_DAMAGE: "battle-damage repair",
    MaintenanceKind.INSPECTION: "inspection",
    MaintenanceKind.MODIFICATION: "modification",
}


def km(value: int) -> str:
    """A distance as the sentences write it: "43,652 km"."""
    return f"{value:,} km"


def status_words(status: AssetStatus) -> str:
    return _STATUS_WORDS[status]


def kind_words(kind: MaintenanceKind) -> str:
    return _KIND_WORDS[kind]


def clean_key(text: str) -> str:
    """A tag or registration as it is kept: spaces collapsed, upper case ("gkb  634e" ->
    "GKB 634E"), so that the same plate typed twice is found as the same."""
    return " ".join(text.split()).upper()


# --- vehicles and serialised items ----------------------------------------------------------------


@dataclass(frozen=True)
class OpenWork:
    """The maintenance event still open on an item."""

    kind: MaintenanceKind
    opened_on: date


@dataclass(frozen=True)
class AssetRecord:
    """What is recorded of an item now, for the rules that compare a change with the past."""

    status: AssetStatus
    #: The highest odometer reading on record (the item's own, or one noted on its maintenance).
    odometer_km: int | None = None
    next_service_km: int | None = None
    open_work: OpenWork | None = None


@dataclass(frozen=True)
class AssetDraft:
    """A vehicle or serialised item as a form or an import gives it."""

    equipment_type_id: uuid.UUID | None
    tag: str = ""
    registration: str = ""
    make: str = ""
    model: str = ""
    serial_number: str = ""
    unit_id: uuid.UUID | None = None
    owner: Owner = Owner.CONTINGENT
    acquisition: Acquisition = Acquisition.MOU
    status: AssetStatus = AssetStatus.IN_SERVICE
    condition: Condition = Condition.GOOD
    odometer_km: int | None = None
    next_service_date: date | None = None
    next_service_km: int | None = None
    acquired_on: date | None = None

    def cleaned(self) -> AssetDraft:
        """Text trimmed; tag and registration in the form they are kept (:func:`clean_key`)."""
        return replace(
            self,
            tag=clean_key(self.tag),
            registration=clean_key(self.registration),
            make=self.make.strip(),
            model=self.model.strip(),
            serial_number=self.serial_number.strip(),
        )


def status_change_problem(old: AssetStatus, new: AssetStatus) -> str | None:
    """Why an item cannot go from ``old`` to ``new`` (None if it can); see the module's rules."""
    allowed = _ONLY_TO.get(old)
    if old == new or allowed is None or new in allowed:
        return None
    if old is AssetStatus.WRITTEN_OFF:
        return (
            "It was written off, which is final. If the write-off was a mistake, undo it "
            "(Ctrl+Z) instead of changing the status."
        )
    if old is AssetStatus.LOST:
        return (
            "A lost item can only be written off. If it has turned up, undo the loss (Ctrl+Z) "
            "instead of changing the status."
        )
    return "It was repatriated: it can only come back to the mission as in transit."


def open_work_problem(work: OpenWork) -> str:
    """Why an item with open maintenance cannot be put in service."""
    return (
        f"The {kind_words(work.kind)} opened on {work.opened_on.isoformat()} is still open: "
        "close it to put the item back in service."
    )


def odometer_problem(reading: int | None, recorded: int | None) -> str | None:
    """Why an odometer reading cannot be taken: negative, or lower than the one on record."""
    if reading is None:
        if recorded is not None:
            return f"The odometer read {km(recorded)} on the last record: it cannot be left empty."
        return None
    if reading < 0:
        return "The odometer cannot be negative."
    if recorded is not None and reading < recorded:
        return f"The odometer cannot run backwards: it read {km(recorded)} on the last record."
    return None


def check_asset(
    draft: AssetDraft,
    *,
    is_vehicle: bool,
    today: date,
    recorded: AssetRecord | None = None,
    closing_open_work: bool = False,
) -> Problems:
    """The rules of a vehicle or item that need no database.

    ``recorded`` is what is on record for an item being edited (None for a new one);
    ``closing_open_work`` says the save also closes its open maintenance event.
    """
    draft = draft.cleaned()
    problems = Problems()
    problems.check(
        draft.equipment_type_id is not None, "equipment_type_id", "Choose the equipment type."
    )
    problems.check(len(draft.tag) <= TAG_MAX, "tag", f"A tag has {TAG_MAX} characters at most.")
    if is_vehicle:
        problems.check(
            bool(draft.registration),
            "registration",
            "A vehicle needs its registration (the number plate).",
        )
    problems.check(
        len(draft.registration) <= REGISTRATION_MAX,
        "registration",
        f"A registration has {REGISTRATION_MAX} characters at most.",
    )
    problems.check(
        len(draft.serial_number) <= SERIAL_MAX,
        "serial_number",
        f"A serial number has {SERIAL_MAX} characters at most.",
    )
    for field, text, label in (("make", draft.make, "make"), ("model", draft.model, "model")):
        problems.check(
            len(text) <= MAKE_MAX, field, f"A {label} has {MAKE_MAX} characters at most."
        )

    odometer = odometer_problem(draft.odometer_km, recorded.odometer_km if recorded else None)
    if odometer:
        problems.add("odometer_km", odometer)
    _check_next_service(problems, draft, recorded)
    if draft.acquired_on is not None:
        problems.check(
            draft.acquired_on <= today,
            "acquired_on",
            "The acquisition date cannot be in the future.",
        )
    if recorded is not None:
        change = status_change_problem(recorded.status, draft.status)
        if change:
            problems.add("status", change)
        elif (
            draft.status is AssetStatus.IN_SERVICE
            and recorded.open_work is not None
            and not closing_open_work
        ):
            problems.add("status", open_work_problem(recorded.open_work))
    return problems


def _check_next_service(
    problems: Problems, draft: AssetDraft, recorded: AssetRecord | None
) -> None:
    due_km = draft.next_service_km
    if due_km is not None:
        if due_km < 0:
            problems.add("next_service_km", "The service mileage cannot be negative.")
        # Only a mileage being set is checked against the odometer: an item already overdue by
        # mileage stays editable (its other fields) until it is serviced.
        elif (
            draft.odometer_km is not None
            and due_km <= draft.odometer_km
            and (recorded is None or recorded.next_service_km != due_km)
        ):
            problems.add(
                "next_service_km",
                f"The next service must fall above the odometer's {km(draft.odometer_km)}.",
            )
    if draft.next_service_date is not None and draft.acquired_on is not None:
        problems.check(
            draft.next_service_date >= draft.acquired_on,
            "next_service_date",
            f"The next service cannot fall before the item was acquired "
            f"({draft.acquired_on.isoformat()}).",
        )


def suggested_tag(type_code: str, highest_tag: str | None) -> str:
    """The next tag of a type: its code and a number one above the highest in use
    (``VEH-LC-000123`` after ``VEH-LC-000122``)."""
    number = 0
    if highest_tag is not None:
        suffix = highest_tag.rsplit("-", 1)[-1]
        number = int(suffix) if suffix.isdigit() else 0
    return f"{type_code}-{number + 1:0{TAG_DIGITS}d}"


# --- maintenance ------------------------------------------------------------------------------------


def under_repair_by_default(kind: MaintenanceKind) -> bool:
    """Whether opening work of this kind takes the item out of service unless told otherwise:
    a repair or battle damage does; a service, an inspection or a modification may be done
    between patrols."""
    return kind in (MaintenanceKind.REPAIR, MaintenanceKind.BATTLE_DAMAGE)


def can_be_maintained(status: AssetStatus) -> bool:
    """Only what the unit holds can be worked on (not what is lost, written off or gone)."""
    return status in ON_HAND_STATUSES


@dataclass(frozen=True)
class MaintenanceOpening:
    kind: MaintenanceKind
    opened_on: date | None
    odometer_km: int | None = None
    cost_usd: float | None = None
    notes: str = ""
    #: Take the item out of service (UNDER_REPAIR) while the work is open.
    set_under_repair: bool = False


def check_opening(
    draft: MaintenanceOpening, *, today: date, recorded_odometer_km: int | None
) -> Problems:
    problems = Problems()
    if problems.required(draft.opened_on, "opened_on", "The opening date"):
        assert draft.opened_on is not None
        problems.check(
            draft.opened_on <= today, "opened_on", "The work cannot be opened in the future."
        )
    if draft.odometer_km is not None:
        odometer = odometer_problem(draft.odometer_km, recorded_odometer_km)
        if odometer:
            problems.add("odometer_km", odometer)
    problems.not_negative(draft.cost_usd, "cost_usd", "The cost")
    _check_notes(problems, draft.notes)
    return problems


@dataclass(frozen=True)
class MaintenanceClosing:
    closed_on: date | None
    cost_usd: float | None = None
    #: Days out of use; None: the days from opening to closing.
    downtime_days: int | None = None
    notes: str = ""
    #: Put the item back IN_SERVICE if the work had taken it out (under repair, unserviceable).
    return_to_service: bool = True
    #: For a scheduled service: plan the next one from the type's service intervals.
    plan_next_service: bool = True


def check_closing(draft: MaintenanceClosing, *, opened_on: date, today: date) -> Problems:
    problems = Problems()
    if problems.required(draft.closed_on, "closed_on", "The closing date"):
        assert draft.closed_on is not None
        problems.check(
            draft.closed_on >= opened_on,
            "closed_on",
            f"The work cannot be closed before it was opened ({opened_on.isoformat()}).",
        )
        problems.check(
            draft.closed_on <= today, "closed_on", "The work cannot be closed in the future."
        )
    problems.not_negative(draft.cost_usd, "cost_usd", "The cost")
    problems.not_negative(draft.downtime_days, "downtime_days", "The downtime")
    if draft.closed_on is not None and draft.downtime_days is not None:
        span = (draft.closed_on - opened_on).days + 1
        problems.check(
            draft.downtime_days <= max(span, 0),
            "downtime_days",
            f"The downtime cannot be longer than the {span} days the work was open.",
        )
    _check_notes(problems, draft.notes)
    return problems


def downtime_days(opened_on: date, closed_on: date) -> int:
    """Days out of use by default: from the opening date to the closing date."""
    return max((closed_on - opened_on).days, 0)


def next_service_after(
    closed_on: date,
    odometer_km: int | None,
    interval_days: int | None,
    interval_km: int | None,
) -> tuple[date | None, int | None]:
    """When the next service falls after one done on ``closed_on`` at ``odometer_km``: by date
    and by mileage, each only if the type has that interval (and the mileage is known)."""
    due_on = closed_on + timedelta(days=interval_days) if interval_days else None
    due_km = odometer_km + interval_km if interval_km and odometer_km is not None else None
    return due_on, due_km


def _check_notes(problems: Problems, notes: str) -> None:
    problems.check(
        len(notes.strip()) <= MAINTENANCE_NOTES_MAX,
        "notes",
        f"Notes have {MAINTENANCE_NOTES_MAX:,} characters at most.",
    )
