"""The rules of bulk stock counts and authorisations: pure functions over plain values, called by
the forms as a field is left and by the services again before writing (see
:mod:`lsa_desktop.domain.fleet_rules` for vehicles and serialised items)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.domain.validation import Problems

REFERENCE_MAX = 120
STOCK_NOTE_MAX = 400


@dataclass(frozen=True)
class StockDraft:
    """A count of one bulk equipment type held by one unit."""

    unit_id: uuid.UUID | None
    equipment_type_id: uuid.UUID | None
    on_hand: int | None
    serviceable: int | None
    counted_on: date | None
    note: str = ""


def check_stock(draft: StockDraft, *, today: date) -> Problems:
    problems = Problems()
    problems.check(draft.unit_id is not None, "unit_id", "Choose the unit that holds the stock.")
    problems.check(
        draft.equipment_type_id is not None, "equipment_type_id", "Choose the equipment type."
    )
    for field, value, label in (
        ("on_hand", draft.on_hand, "On hand"),
        ("serviceable", draft.serviceable, "Serviceable"),
    ):
        if problems.required(value, field, label):
            problems.not_negative(value, field, label)
    if (
        draft.on_hand is not None
        and draft.serviceable is not None
        and draft.on_hand >= 0
        and draft.serviceable > draft.on_hand
    ):
        problems.add(
            "serviceable",
            f"Serviceable cannot be more than on hand ({draft.on_hand:,}): what works is part "
            "of what is held.",
        )
    if problems.required(draft.counted_on, "counted_on", "The count date"):
        assert draft.counted_on is not None
        problems.check(
            draft.counted_on <= today, "counted_on", "The count date cannot be in the future."
        )
    problems.check(
        len(draft.note.strip()) <= STOCK_NOTE_MAX,
        "note",
        f"A note has {STOCK_NOTE_MAX} characters at most.",
    )
    return problems


@dataclass(frozen=True)
class AuthorisationDraft:
    """What a unit should hold of one equipment type, and on what basis."""

    unit_id: uuid.UUID | None
    equipment_type_id: uuid.UUID | None
    quantity: int | None
    basis: AuthorisationBasis = AuthorisationBasis.MOU
    reference: str = ""


def check_authorisation(draft: AuthorisationDraft) -> Problems:
    problems = Problems()
    problems.check(draft.unit_id is not None, "unit_id", "Choose the unit.")
    problems.check(
        draft.equipment_type_id is not None, "equipment_type_id", "Choose the equipment type."
    )
    if problems.required(draft.quantity, "quantity", "The authorised quantity"):
        problems.not_negative(draft.quantity, "quantity", "The authorised quantity")
    problems.check(
        len(draft.reference.strip()) <= REFERENCE_MAX,
        "reference",
        f"A reference has {REFERENCE_MAX} characters at most.",
    )
    return problems
