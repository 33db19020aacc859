"""Recording what units are authorised to hold: one authorisation per unit and equipment type,
with its quantity and basis (MOU, statement of requirements, commander's decision). Mixed into
:class:`~lsa_desktop.services.equipment.EquipmentService`.

Nothing refers to an authorisation, so removing one deletes it (the audit trail keeps what it
held, and undo can put it back).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.domain.stock_rules import AuthorisationDraft, check_authorisation
from lsa_desktop.domain.validation import Problems
from lsa_desktop.services.records import get_or_refuse
from lsa_desktop.store.models import Authorisation, EquipmentType, Unit

if TYPE_CHECKING:
    from lsa_desktop.store.engine import Store


@dataclass(frozen=True, slots=True)
class AuthorisationDetail:
    """One authorisation as its form shows it."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit_code: str
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    quantity: int
    basis: AuthorisationBasis
    reference: str


class AuthorisationWrites:
    """Writes of authorisations (a mixin: the class gives ``store``)."""

    store: Store

    def authorisation(self, authorisation_id: uuid.UUID) -> AuthorisationDetail:
        with self.store.read() as session:
            return _detail(session, _get(session, authorisation_id))

    def save_authorisation(
        self, draft: AuthorisationDraft, authorisation_id: uuid.UUID | None = None
    ) -> AuthorisationDetail:
        """Add an authorisation (``authorisation_id`` None) or change one, in one write.

        A unit has one authorisation per type: a second one is refused with the first one's
        figures (edit it instead). An authorisation stays with its unit and type. Raises
        ``ValidationFailed``."""
        with self.store.write() as session:
            row = _get(session, authorisation_id) if authorisation_id is not None else None
            problems = check_authorisation(draft)
            if row is None:
                _check_new(session, problems, draft)
            elif (draft.unit_id, draft.equipment_type_id) != (row.unit_id, row.equipment_type_id):
                problems.add(
                    "equipment_type_id",
                    "An authorisation stays with its unit and equipment type: add a new one for "
                    "another.",
                )
            problems.raise_if_any()
            assert draft.unit_id and draft.equipment_type_id and draft.quantity is not None
            if row is None:
                row = Authorisation(
                    unit_id=draft.unit_id,
                    equipment_type_id=draft.equipment_type_id,
                    quantity=draft.quantity,
                )
                session.add(row)
            row.quantity = draft.quantity
            row.basis = draft.basis
            row.reference = draft.reference.strip()
            session.flush()
            return _detail(session, row)

    def remove_authorisation(self, authorisation_id: uuid.UUID) -> None:
        """Remove an authorisation: the unit is no longer authorised that type at all."""
        with self.store.write() as session:
            session.delete(_get(session, authorisation_id))


def _check_new(session: Session, problems: Problems, draft: AuthorisationDraft) -> None:
    unit = session.get(Unit, draft.unit_id) if draft.unit_id is not None else None
    if draft.unit_id is not None and (unit is None or unit.archived):
        problems.add("unit_id", "That unit is archived or gone: choose another unit.")
    if draft.equipment_type_id is None:
        return
    kind = session.get(EquipmentType, draft.equipment_type_id)
    if kind is None or kind.archived:
        problems.add(
            "equipment_type_id", "That equipment type is archived or gone: choose another."
        )
        return
    existing = session.execute(
        select(Authorisation).where(
            col(Authorisation.unit_id) == draft.unit_id,
            col(Authorisation.equipment_type_id) == draft.equipment_type_id,
        )
    ).scalar_one_or_none()
    if existing is not None and unit is not None:
        problems.add(
            "equipment_type_id",
            f"{unit.code} is already authorised {existing.quantity:,} of {kind.name} "
            f"({existing.basis.value}): edit that authorisation instead.",
        )


def _get(session: Session, authorisation_id: uuid.UUID) -> Authorisation:
    return get_or_refuse(session, Authorisation, authorisation_id, "authorisation")


def _detail(session: Session, row: Authorisation) -> AuthorisationDetail:
    unit = session.get(Unit, row.unit_id)
    kind = session.get(EquipmentType, row.equipment_type_id)
    assert unit is not None and kind is not None  # foreign keys
    return AuthorisationDetail(
        id=row.id,
        unit_id=unit.id,
        unit_code=unit.code,
        equipment_type_id=kind.id,
        type_code=kind.code,
        type_name=kind.name,
        quantity=row.quantity,
        basis=row.basis,
        reference=row.reference,
    )
