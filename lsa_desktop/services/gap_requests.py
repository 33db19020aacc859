"""From gaps to requisitions: what already answers each gap, a unit's critical gaps, and the draft
requisitions that ask for the rest.

A gap (authorised - serviceable - pledged and not yet delivered, per unit and type) may already be
answered: open requisitions still want some of it, open pledges will bring some. The "request
from gaps" dialog shows, per gap, what is requested and pledged, by reference, and proposes the
``uncovered`` rest, so the same need is not requested twice. The figures are the holdings' own
(:func:`lsa_desktop.services.holdings.holdings_query`): the dialog and the Equipment & gaps page
agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from lsa_desktop.domain.enums import OPEN_PLEDGE_STATUSES, Priority
from lsa_desktop.domain.requisition_rules import RequisitionInput, RequisitionLineInput
from lsa_desktop.domain.requisitions import OPEN_STATUSES
from lsa_desktop.errors import UserError
from lsa_desktop.services.holdings import accepted_for_line, accepted_on, holdings_query
from lsa_desktop.store.models import (
    EquipmentCategory,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)

Key = tuple[uuid.UUID, uuid.UUID]  # (unit, equipment type)

_unit = Unit.__table__
_type = EquipmentType.__table__
_category = EquipmentCategory.__table__
_requisition = Requisition.__table__
_line = RequisitionLine.__table__
_pledge = Pledge.__table__
_pledge_line = PledgeLine.__table__


@dataclass(frozen=True, slots=True)
class GapCoverage:
    """One (unit, type) gap as the "request from gaps" dialog shows it.

    ``open_requisitions`` and ``open_pledges`` name what still answers the gap, each with the
    quantity it still brings at the same index of ``requested_quantities`` / ``pledged_quantities``
    (a requisition: wanted and not yet delivered; a pledge: promised and not yet delivered).
    """

    unit_id: uuid.UUID
    unit_code: str
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    unit_value_usd: float
    gap: int  # max(0, authorised - serviceable - pledged_open)
    requested_open: int  # wanted and not yet delivered on open requisitions
    pledged_open: int
    uncovered: int  # max(0, gap - requested and not yet pledged): what a new draft asks
    open_requisitions: tuple[str, ...]
    open_pledges: tuple[str, ...]
    requested_quantities: tuple[int, ...] = ()
    pledged_quantities: tuple[int, ...] = ()

    @property
    def covered(self) -> bool:
        """A gap that open requisitions and pledges answer in full."""
        return self.uncovered == 0 and self.gap > 0

    @property
    def note(self) -> str:
        """ "Already requested on REQ-2026-0003 (8); pledged on UK-2025-04 (4)." or ""."""
        parts = []
        if self.open_requisitions:
            parts.append(
                "requested on " + _listed(self.open_requisitions, self.requested_quantities)
            )
        if self.open_pledges:
            parts.append("pledged on " + _listed(self.open_pledges, self.pledged_quantities))
        return f"Already {'; '.join(parts)}." if parts else ""


def _listed(references: Sequence[str], quantities: Sequence[int]) -> str:
    return ", ".join(f"{ref} ({qty:,})" for ref, qty in zip(references, quantities, strict=True))


@dataclass(frozen=True, slots=True)
class GapRequest:
    """How many of one type a new draft asks for one unit."""

    unit_id: uuid.UUID
    equipment_type_id: uuid.UUID
    quantity: int


def _answering(
    session: Session, unit_ids: list[uuid.UUID], type_ids: list[uuid.UUID]
) -> tuple[dict[Key, list[tuple[str, int]]], dict[Key, list[tuple[str, int]]]]:
    """Per (unit, type): the open requisitions and the open pledges that still bring some of it,
    by reference, with how many."""
    r, rl = _requisition.c, _line.c
    still_wanted = func.coalesce(rl.quantity_approved, rl.quantity_requested) - accepted_for_line(
        rl.id
    )
    requested = session.execute(
        select(r.unit_id, rl.equipment_type_id, r.reference, still_wanted)
        .select_from(
            _line.join(_requisition, and_(r.id == rl.requisition_id, r.status.in_(OPEN_STATUSES)))
        )
        .where(r.unit_id.in_(unit_ids), rl.equipment_type_id.in_(type_ids))
        .order_by(r.reference)
    ).all()
    p, pl = _pledge.c, _pledge_line.c
    short = pl.quantity - accepted_on(pl.id)
    owed = func.sum(case((short > 0, short), else_=0))
    pledged = session.execute(
        select(pl.unit_id, pl.equipment_type_id, p.reference, owed)
        .select_from(
            _pledge_line.join(
                _pledge, and_(p.id == pl.pledge_id, p.status.in_(OPEN_PLEDGE_STATUSES))
            )
        )
        .where(pl.unit_id.in_(unit_ids), pl.equipment_type_id.in_(type_ids))
        .group_by(pl.unit_id, pl.equipment_type_id, p.reference)
        .order_by(p.reference)
    ).all()
    by_requisition: dict[Key, list[tuple[str, int]]] = {}
    by_pledge: dict[Key, list[tuple[str, int]]] = {}
    for found, rows in ((by_requisition, requested), (by_pledge, pledged)):
        for unit_id, type_id, reference, quantity in rows:
            if quantity > 0:
                found.setdefault((unit_id, type_id), []).append((reference, int(quantity)))
    return by_requisition, by_pledge


def gap_coverage(session: Session, keys: Sequence[Key]) -> list[GapCoverage]:
    """What answers each (unit, type) of ``keys``, in their order (a key repeated once); a key
    with no holdings row has every figure 0."""
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return []
    unit_ids = list({unit_id for unit_id, _ in wanted})
    type_ids = list({type_id for _, type_id in wanted})
    h = holdings_query(unit_ids)
    u, t = _unit.c, _type.c
    figures = (h.c.gap, h.c.requested_open, h.c.pledged_open, h.c.uncovered)
    statement = (
        select(
            u.id,
            u.code,
            t.id,
            t.code,
            t.name,
            t.unit_value_usd,
            *(func.coalesce(figure, 0) for figure in figures),
        )
        .select_from(_unit.join(_type, t.id.in_(type_ids)))
        .outerjoin(h, and_(h.c.unit_id == u.id, h.c.equipment_type_id == t.id))
        .where(u.id.in_(unit_ids))
    )
    rows = {(row[0], row[2]): row for row in session.execute(statement)}
    by_requisition, by_pledge = _answering(session, unit_ids, type_ids)
    coverages = []
    for key in wanted:
        if key not in rows:
            raise UserError(
                "A unit or an equipment type of the selection is no longer in the database: "
                "refresh the page."
            )
        requisitions = by_requisition.get(key, [])
        pledges = by_pledge.get(key, [])
        coverages.append(
            GapCoverage(
                *rows[key],
                open_requisitions=tuple(ref for ref, _ in requisitions),
                open_pledges=tuple(ref for ref, _ in pledges),
                requested_quantities=tuple(qty for _, qty in requisitions),
                pledged_quantities=tuple(qty for _, qty in pledges),
            )
        )
    return coverages


def critical_gap_keys(session: Session, unit_id: uuid.UUID) -> list[Key]:
    """The unit's gaps in critical categories, in the catalogue's order."""
    h = holdings_query([unit_id])
    t, k = _type.c, _category.c
    statement = (
        select(h.c.unit_id, h.c.equipment_type_id)
        .join(_type, t.id == h.c.equipment_type_id)
        .join(_category, k.id == t.category_id)
        .where(k.critical.is_(True), t.archived.is_(False), h.c.gap > 0)
        .order_by(k.sort_order, t.code)
    )
    return [(unit, kind) for unit, kind in session.execute(statement)]


def gap_drafts(
    session: Session,
    requests: Sequence[GapRequest],
    *,
    requested_by: str,
    priority: Priority,
    justification: str,
    today: date,
) -> list[RequisitionInput]:
    """One draft per unit (in the order the units first appear) for the requests that ask for
    something, each line at the catalogue's unit value. A (unit, type) asked twice is asked once,
    at the larger quantity. Without a justification, each draft says which gaps it answers.

    Raises :class:`UserError` when nothing is left to ask, saying what covers each gap."""
    quantities: dict[Key, int] = {}
    for request in requests:
        key = (request.unit_id, request.equipment_type_id)
        quantities[key] = max(quantities.get(key, 0), request.quantity)
    asked = {key: quantity for key, quantity in quantities.items() if quantity > 0}
    if not asked:
        raise UserError(_nothing_to_request(gap_coverage(session, list(quantities))))
    t, u = _type.c, _unit.c
    kinds = {
        row.id: row
        for row in session.execute(
            select(t.id, t.name, t.unit_value_usd).where(t.id.in_([k for _, k in asked]))
        )
    }
    codes = {
        unit_id: code
        for unit_id, code in session.execute(
            select(u.id, u.code).where(u.id.in_([unit for unit, _ in asked]))
        )
    }
    drafts: dict[uuid.UUID, list[RequisitionLineInput]] = {}
    for (unit_id, type_id), quantity in asked.items():
        kind = kinds.get(type_id)
        drafts.setdefault(unit_id, []).append(
            RequisitionLineInput(type_id, quantity, kind.unit_value_usd if kind else None)
        )
    return [
        RequisitionInput(
            unit_id=unit_id,
            requested_by=requested_by,
            requested_on=today,
            required_by=None,
            priority=priority,
            justification=justification.strip()
            or _gap_justification(codes.get(unit_id, ""), lines, kinds),
            operational_impact="",
            lines=tuple(lines),
        )
        for unit_id, lines in drafts.items()
    ]


def _gap_justification(unit_code: str, lines: Sequence[RequisitionLineInput], kinds: dict) -> str:
    asked = ", ".join(
        f"{line.quantity:,} x {kinds[line.equipment_type_id].name}"
        for line in lines
        if line.equipment_type_id in kinds and line.quantity is not None
    )
    return f"Equipment gaps of {unit_code} against its authorised holdings: {asked}."


def _nothing_to_request(coverages: Sequence[GapCoverage]) -> str:
    """The sentence when every selected gap asks for nothing: what answers each."""
    details = " ".join(
        f"{c.unit_code} {c.type_code}: {c.note or 'no gap left.'}" for c in coverages
    )
    return f"Nothing to request: every selected gap is already covered. {details}".strip()
