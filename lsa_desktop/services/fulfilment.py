"""What deliveries do to the requisitions and pledges behind them, inside the write that records
them.

Fulfilment is derived, never typed (DESIGN.md): after any write that changes what was accepted
against a requisition's lines (a delivery recorded, corrected or undone) or what was approved on
them, the requisition's status is recomputed from its lines by
:func:`lsa_desktop.domain.requisitions.follow_deliveries`.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import func, select
from sqlmodel import Session

from lsa_desktop.domain.requisitions import follow_deliveries
from lsa_desktop.store.models import DeliveryLine, PledgeLine, Requisition, RequisitionLine

_requisition_line = RequisitionLine.__table__
_pledge_line = PledgeLine.__table__
_delivery_line = DeliveryLine.__table__


def accepted_per_requisition_line(
    session: Session, requisition_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int]]:
    """Per line of the requisitions: (wanted, accepted), where wanted is the approved quantity
    (the requested one while nothing is approved) and accepted what deliveries accepted against
    the pledge lines that point at it."""
    rl, pl, dl = _requisition_line.c, _pledge_line.c, _delivery_line.c
    accepted = (
        select(func.coalesce(func.sum(dl.quantity_accepted), 0))
        .select_from(_delivery_line.join(_pledge_line, pl.id == dl.pledge_line_id))
        .where(pl.requisition_line_id == rl.id)
        .scalar_subquery()
    )
    statement = select(
        rl.id,
        func.coalesce(rl.quantity_approved, rl.quantity_requested),
        accepted,
    ).where(rl.requisition_id.in_(list(requisition_ids)))
    return {line_id: (int(wanted), int(got)) for line_id, wanted, got in session.execute(statement)}


def follow_requisitions(session: Session, requisition_ids: Collection[uuid.UUID]) -> None:
    """Move each requisition whose fulfilment changed to the state its lines now give (approved,
    partially fulfilled, fulfilled); states outside delivery are left alone. Flushes nothing
    itself: the caller's write commits (and audits) the change with its own."""
    if not requisition_ids:
        return
    rl = _requisition_line.c
    lines_of: dict[uuid.UUID, list[tuple[int, int]]] = {rid: [] for rid in requisition_ids}
    figures = accepted_per_requisition_line(session, requisition_ids)
    owners = session.execute(
        select(rl.id, rl.requisition_id).where(rl.requisition_id.in_(list(requisition_ids)))
    )
    for line_id, requisition_id in owners:
        lines_of[requisition_id].append(figures[line_id])
    for requisition_id, lines in lines_of.items():
        requisition = session.get(Requisition, requisition_id)
        if requisition is None:
            continue
        after = follow_deliveries(requisition.status, lines)
        if after != requisition.status:
            requisition.status = after
