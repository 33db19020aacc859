"""One requisition as its form, its decision dialog and its printout read it, in a few queries
whatever its number of lines: the header with its unit, the lines with what pledges and deliveries
did for each (summed in SQL per line), the approvals of every round, the approvers its priority
needs, and the timeline (:mod:`lsa_desktop.services.requisition_timeline`).

Lines are listed in the order they were added (the lines of one save by the catalogue's order), so
``lines[I]`` means the same line in the detail, the decision dialog and the problems of a decision.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlmodel import Session

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.domain.requisition_rules import reference_prefix
from lsa_desktop.domain.requisitions import (
    EDITABLE_STATUSES,
    Action,
    Coverage,
    allowed_actions,
    pledge_coverage,
    required_approvers,
)
from lsa_desktop.errors import UserError
from lsa_desktop.services.holdings import accepted_for_line, covered_for_line
from lsa_desktop.services.mission_settings import approver_settings, mission_name
from lsa_desktop.services.requisition_timeline import TimelineEntry, timeline
from lsa_desktop.store.models import (
    Approval,
    EquipmentCategory,
    EquipmentType,
    Requisition,
    RequisitionLine,
    Unit,
)

_requisition = Requisition.__table__
_line = RequisitionLine.__table__
_approval = Approval.__table__
_unit = Unit.__table__
_type = EquipmentType.__table__
_category = EquipmentCategory.__table__


@dataclass(frozen=True, slots=True)
class EquipmentChoice:
    """An equipment type a requisition line can ask for, with the catalogue's unit value."""

    id: uuid.UUID
    code: str
    name: str
    category_name: str
    unit_of_measure: str
    unit_value_usd: float
    serialised: bool


@dataclass(frozen=True, slots=True)
class RequisitionLineDetail:
    """One line with what donors did about it.

    ``pledged`` is what the pledges answering the line cover: each its quantity while the pledge
    is open, what it delivered once it is delivered, closed or withdrawn (a pledge that ended
    short covers only what came); ``delivered`` is what deliveries accepted against them.
    ``coverage`` compares ``pledged`` with what is wanted.
    """

    id: uuid.UUID
    equipment_type_id: uuid.UUID
    type_code: str
    type_name: str
    category_name: str
    unit_of_measure: str
    serialised: bool
    quantity_requested: int
    quantity_approved: int | None
    unit_cost_usd: float
    remarks: str
    pledged: int
    delivered: int
    coverage: Coverage

    @property
    def wanted(self) -> int:
        """The approved quantity once an approver set one, else the requested quantity."""
        return self.quantity_requested if self.quantity_approved is None else self.quantity_approved

    @property
    def requested_usd(self) -> float:
        return self.quantity_requested * self.unit_cost_usd

    @property
    def approved_usd(self) -> float:
        return (self.quantity_approved or 0) * self.unit_cost_usd


@dataclass(frozen=True, slots=True)
class ApprovalDetail:
    id: uuid.UUID
    approver: str
    role: str
    decision: Decision
    comment: str
    decided_at: datetime
    submission_round: int


@dataclass(frozen=True, slots=True)
class RequisitionDetail:
    id: uuid.UUID
    reference: str
    unit_id: uuid.UUID
    unit_code: str
    unit_name: str
    requested_by: str
    requested_on: date
    required_by: date | None
    priority: Priority
    status: RequisitionStatus
    justification: str
    operational_impact: str
    submission_round: int
    lines: tuple[RequisitionLineDetail, ...]
    #: Every round's decisions, oldest first.
    approvals: tuple[ApprovalDetail, ...]
    #: Names or roles, one approval each; ``*`` is anybody but the requester.
    required_approvers: tuple[str, ...]
    #: Oldest first, from the audit trail and the approvals.
    timeline: tuple[TimelineEntry, ...]
    allowed_actions: frozenset[Action]
    #: For the printout; "" when no mission is recorded.
    mission_name: str

    @property
    def total_requested_usd(self) -> float:
        return sum(line.requested_usd for line in self.lines)

    @property
    def total_approved_usd(self) -> float:
        return sum(line.approved_usd for line in self.lines)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def current_approvals(self) -> tuple[ApprovalDetail, ...]:
        """The decisions since the requisition was last submitted: the ones that count."""
        return tuple(a for a in self.approvals if a.submission_round == self.submission_round)


def read_detail(session: Session, requisition_id: uuid.UUID) -> RequisitionDetail:
    """The requisition as it stands in ``session`` (a read, or a write after its changes)."""
    r, u = _requisition.c, _unit.c
    header = session.execute(
        select(
            r.id,
            r.reference,
            r.unit_id,
            u.code,
            u.name,
            r.requested_by,
            r.requested_on,
            r.required_by,
            r.priority,
            r.status,
            r.justification,
            r.operational_impact,
            r.submission_round,
            r.created_at,
            r.created_by,
        )
        .join(_unit, u.id == r.unit_id)
        .where(r.id == requisition_id)
    ).one_or_none()
    if header is None:
        raise UserError("That requisition is no longer in the database: refresh the list.")
    status = RequisitionStatus(header.status)
    priority = Priority(header.priority)
    approvals = approval_details(session, requisition_id)
    return RequisitionDetail(
        id=header.id,
        reference=header.reference,
        unit_id=header.unit_id,
        unit_code=header.code,
        unit_name=header.name,
        requested_by=header.requested_by,
        requested_on=header.requested_on,
        required_by=header.required_by,
        priority=priority,
        status=status,
        justification=header.justification,
        operational_impact=header.operational_impact,
        submission_round=header.submission_round,
        lines=line_details(session, requisition_id),
        approvals=approvals,
        required_approvers=required_approvers(priority, approver_settings(session)),
        timeline=timeline(
            session,
            requisition_id,
            created=(header.created_at, header.created_by),
            status=status,
            submission_round=header.submission_round,
            approvals=approvals,
        ),
        allowed_actions=allowed_actions(status),
        mission_name=mission_name(session),
    )


def line_details(session: Session, requisition_id: uuid.UUID) -> tuple[RequisitionLineDetail, ...]:
    """The lines in the order they were added, each with its pledged and delivered quantities."""
    rl, t, k = _line.c, _type.c, _category.c
    statement = (
        select(
            rl.id,
            rl.equipment_type_id,
            t.code,
            t.name,
            k.name,
            t.unit_of_measure,
            t.serialised,
            rl.quantity_requested,
            rl.quantity_approved,
            rl.unit_cost_usd,
            rl.remarks,
            covered_for_line(rl.id),
            accepted_for_line(rl.id),
        )
        .join(_type, t.id == rl.equipment_type_id)
        .join(_category, k.id == t.category_id)
        .where(rl.requisition_id == requisition_id)
        .order_by(rl.created_at, k.sort_order, t.code)
    )
    return tuple(_line_detail(*values) for values in session.execute(statement))


def _line_detail(*values: Any) -> RequisitionLineDetail:
    *fields, pledged, delivered = values
    requested, approved = fields[7], fields[8]
    wanted = requested if approved is None else approved
    return RequisitionLineDetail(
        *fields, int(pledged), int(delivered), pledge_coverage(wanted, int(pledged))
    )


def approval_details(session: Session, requisition_id: uuid.UUID) -> tuple[ApprovalDetail, ...]:
    """Every decision on the requisition, oldest first."""
    a = _approval.c
    statement = (
        select(a.id, a.approver, a.role, a.decision, a.comment, a.decided_at, a.submission_round)
        .where(a.requisition_id == requisition_id)
        .order_by(a.submission_round, a.decided_at)
    )
    return tuple(
        ApprovalDetail(row[0], row[1], row[2], Decision(row[3]), *row[4:])
        for row in session.execute(statement)
    )


def next_number(session: Session, year: int) -> int:
    """The number the next requisition of ``year`` takes: one past the highest used."""
    prefix = reference_prefix(year)
    r = _requisition.c
    highest = session.execute(
        select(func.max(cast(func.substr(r.reference, len(prefix) + 1), Integer))).where(
            r.reference.like(prefix + "%")
        )
    ).scalar_one_or_none()
    return (highest or 0) + 1


def equipment_choices(session: Session) -> list[EquipmentChoice]:
    """The catalogue's types in use, in its order (category, then name)."""
    t, k = _type.c, _category.c
    statement = (
        select(t.id, t.code, t.name, k.name, t.unit_of_measure, t.unit_value_usd, t.serialised)
        .join(_category, k.id == t.category_id)
        .where(t.archived.is_(False))
        .order_by(k.sort_order, t.name)
    )
    return [EquipmentChoice(*values) for values in session.execute(statement)]
