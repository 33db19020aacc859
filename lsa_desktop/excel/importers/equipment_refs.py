"""The references of the supply importers that :mod:`.references` does not hold: donors (created
when a pledges file names a new one) and requisition lines (by requisition reference and type).

Each is read once per plan, like the shared lookups, and answers from memory.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Row, select
from sqlmodel import Session

from lsa_desktop.domain.enums import DonorType
from lsa_desktop.domain.pledge_inputs import DonorInput, check_donor
from lsa_desktop.excel.importers.matching import ReferenceProblem, match_text
from lsa_desktop.excel.importers.references import Creatable, Lookup
from lsa_desktop.store.models import Donor, EquipmentType, Requisition, RequisitionLine

_CHUNK = 500


def donors(session: Session) -> Creatable:
    """Donors by name; a name no donor has becomes a new donor (a government, with no country
    code: the donor's form completes it), checked as the donor form checks a name."""

    def values_for(name: str) -> Mapping[str, Any]:
        problems = check_donor(DonorInput(name, DonorType.GOVERNMENT, "", "")).as_dict()
        if problems:
            raise ReferenceProblem(next(iter(problems.values())))
        return {"name": name}

    return Creatable(Lookup(session, Donor.__table__, "donor", by=("name",)), Donor, values_for)


class RequisitionLines:
    """The lines of the requisitions a file names, read in one query: each answers a pledge line
    by its requisition's reference and its equipment type."""

    def __init__(self, session: Session, references: Iterable[str]) -> None:
        wanted = sorted({match_text(text) for text in references if text})
        r, rl, t = Requisition.__table__.c, RequisitionLine.__table__.c, EquipmentType.__table__.c
        self._requisitions: dict[str, list[Row[Any]]] = {}
        self._lines: dict[uuid.UUID, list[Row[Any]]] = {}
        if not wanted:
            return
        found = select(r.id, r.reference, r.unit_id, r.status)
        for requisition in session.execute(found):
            key = match_text(requisition.reference)
            if key in wanted:
                self._requisitions.setdefault(key, []).append(requisition)
        ids = [row.id for rows in self._requisitions.values() for row in rows]
        for start in range(0, len(ids), _CHUNK):
            statement = (
                select(rl.id, rl.requisition_id, rl.equipment_type_id, t.code)
                .join(EquipmentType.__table__, t.id == rl.equipment_type_id)
                .where(rl.requisition_id.in_(ids[start : start + _CHUNK]))
            )
            for line in session.execute(statement):
                self._lines.setdefault(line.requisition_id, []).append(line)

    def requisition(self, text: str) -> Row[Any]:
        """The requisition ``text`` names; :class:`ReferenceProblem` if none or two do."""
        found = self._requisitions.get(match_text(text), [])
        if not found:
            raise ReferenceProblem(
                f"There is no requisition {text!r}: check the reference (REQ-YYYY-NNNN), or leave "
                "the cell empty for a pledge that answers no requisition."
            )
        if len(found) > 1:
            listed = ", ".join(row.reference for row in found)
            raise ReferenceProblem(
                f"Requisition {text!r} matches {len(found)} requisitions ({listed}): write the "
                "reference exactly."
            )
        return found[0]

    def line(self, requisition: Row[Any], type_id: uuid.UUID, type_code: str) -> Row[Any]:
        """The requisition's line for the type; :class:`ReferenceProblem` if it has none or
        several (then the pledge is recorded in the window, on the line it answers)."""
        lines = [
            line
            for line in self._lines.get(requisition.id, [])
            if line.equipment_type_id == type_id
        ]
        if not lines:
            raise ReferenceProblem(
                f"Requisition {requisition.reference} asks for no {type_code}: check the "
                "equipment code or the requisition."
            )
        if len(lines) > 1:
            raise ReferenceProblem(
                f"Requisition {requisition.reference} has {len(lines)} lines of {type_code}: "
                "record this pledge in the window, on the line it answers."
            )
        return lines[0]
