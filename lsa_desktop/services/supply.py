"""Requisitions and donors as lists, with their money figures summed in SQL.

Each list is one aggregate query: lines are counted and valued per requisition, so the cost does
not grow with Python loops over lines. The donors' money follows the rules of
:mod:`lsa_desktop.services.donor_figures`, which :class:`~lsa_desktop.services.donors.DonorService`
also stands on (with quantities, overdue pledges and the lines behind each figure).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from lsa_desktop.domain.enums import DonorType, Priority, RequisitionStatus
from lsa_desktop.services.donor_figures import donor_summaries
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import Requisition, RequisitionLine, Unit

_requisition = Requisition.__table__
_requisition_line = RequisitionLine.__table__
_unit = Unit.__table__


@dataclass(frozen=True, slots=True)
class RequisitionRow:
    id: uuid.UUID
    reference: str
    unit_code: str
    unit_name: str
    priority: Priority
    status: RequisitionStatus
    requested_on: date
    required_by: date | None
    line_count: int
    total_usd: float  # sum of quantity requested x unit cost
    justification: str


@dataclass(frozen=True, slots=True)
class DonorRow:
    id: uuid.UUID
    name: str
    donor_type: DonorType
    country_code: str
    pledge_count: int  # pledges not withdrawn
    pledged_usd: float
    delivered_usd: float
    outstanding_usd: float


class SupplyService:
    """Lists of requisitions and donors; each method is one read."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def requisitions(self) -> list[RequisitionRow]:
        """Every requisition with its unit, line count and value; newest first."""
        r, rl, u = _requisition.c, _requisition_line.c, _unit.c
        lines = (
            select(
                rl.requisition_id,
                func.count().label("line_count"),
                func.sum(rl.quantity_requested * rl.unit_cost_usd).label("total_usd"),
            )
            .group_by(rl.requisition_id)
            .subquery("lines")
        )
        query = (
            select(
                r.id,
                r.reference,
                u.code.label("unit_code"),
                u.name.label("unit_name"),
                r.priority,
                r.status,
                r.requested_on,
                r.required_by,
                func.coalesce(lines.c.line_count, 0).label("line_count"),
                func.coalesce(lines.c.total_usd, 0.0).label("total_usd"),
                r.justification,
            )
            .join(_unit, u.id == r.unit_id)
            .outerjoin(lines, lines.c.requisition_id == r.id)
            .order_by(r.requested_on.desc(), r.reference)
        )
        with self._store.read() as session:
            rows = session.connection().execute(query).all()
        return [
            RequisitionRow(
                id=row.id,
                reference=row.reference,
                unit_code=row.unit_code,
                unit_name=row.unit_name,
                priority=Priority(row.priority),
                status=RequisitionStatus(row.status),
                requested_on=row.requested_on,
                required_by=row.required_by,
                line_count=int(row.line_count),
                total_usd=float(row.total_usd),
                justification=row.justification,
            )
            for row in rows
        ]

    def donors(self) -> list[DonorRow]:
        """Every donor not archived, with its pledges' value, delivered and outstanding; by name.
        The figures are the donor summaries' (:mod:`lsa_desktop.services.donor_figures`)."""
        with self._store.read() as session:
            rows = session.execute(donor_summaries(date.today())).all()
        return [
            DonorRow(
                id=row.id,
                name=row.name,
                donor_type=DonorType(row.donor_type),
                country_code=row.country_code,
                pledge_count=int(row.pledge_count),
                pledged_usd=float(row.pledged_usd),
                delivered_usd=float(row.delivered_usd),
                outstanding_usd=float(row.outstanding_usd),
            )
            for row in rows
        ]
