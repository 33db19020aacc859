"""Requisitions with approvals; donors, pledges and deliveries."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import Field

from lsa_desktop.domain.enums import (
    Condition,
    Decision,
    DonorType,
    PledgeKind,
    PledgeStatus,
    Priority,
    RequisitionStatus,
)
from lsa_desktop.store.models.base import Archivable, Record


class Requisition(Record, table=True):
    __tablename__ = "requisition"

    reference: str = Field(max_length=20, unique=True)  # REQ-YYYY-NNNN
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    requested_by: str = Field(max_length=120)
    requested_on: date = Field(index=True)
    required_by: date | None = None
    priority: Priority = Field(default=Priority.ROUTINE, index=True)
    status: RequisitionStatus = Field(default=RequisitionStatus.DRAFT, index=True)
    justification: str = Field(default="", max_length=4000)
    operational_impact: str = Field(default="", max_length=4000)
    #: How many times it has been submitted: the approvals of the current round are those
    #: recorded with this number, so a requisition returned and submitted again starts afresh.
    submission_round: int = Field(default=0, ge=0)


class RequisitionLine(Record, table=True):
    __tablename__ = "requisition_line"

    requisition_id: uuid.UUID = Field(foreign_key="requisition.id", index=True)
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id", index=True)
    quantity_requested: int = Field(ge=0)
    quantity_approved: int | None = Field(default=None, ge=0)
    unit_cost_usd: float = Field(default=0.0, ge=0)
    remarks: str = Field(default="", max_length=400)


class Approval(Record, table=True):
    __tablename__ = "approval"

    requisition_id: uuid.UUID = Field(foreign_key="requisition.id", index=True)
    approver: str = Field(max_length=120)
    role: str = Field(default="", max_length=120)
    decision: Decision
    comment: str = Field(default="", max_length=2000)
    decided_at: datetime
    submission_round: int = Field(default=1, ge=1)  # the requisition's round it decided on


class Donor(Record, Archivable, table=True):
    __tablename__ = "donor"

    name: str = Field(max_length=160, unique=True)
    donor_type: DonorType = DonorType.GOVERNMENT
    country_code: str = Field(default="", max_length=2)
    contact: str = Field(default="", max_length=400)


class Pledge(Record, table=True):
    __tablename__ = "pledge"

    reference: str = Field(max_length=40, unique=True)
    donor_id: uuid.UUID = Field(foreign_key="donor.id", index=True)
    pledged_on: date = Field(index=True)
    kind: PledgeKind = PledgeKind.IN_KIND
    status: PledgeStatus = Field(default=PledgeStatus.PLEDGED, index=True)
    expected_delivery: date | None = Field(default=None, index=True)
    value_usd: float = Field(default=0.0, ge=0)
    notes: str = Field(default="", max_length=2000)


class PledgeLine(Record, table=True):
    """One item of a pledge: against a requisition line, or directly for a unit and type."""

    __tablename__ = "pledge_line"

    pledge_id: uuid.UUID = Field(foreign_key="pledge.id", index=True)
    requisition_line_id: uuid.UUID | None = Field(
        default=None, foreign_key="requisition_line.id", index=True
    )
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    equipment_type_id: uuid.UUID = Field(foreign_key="equipment_type.id", index=True)
    quantity: int = Field(ge=0)
    unit_value_usd: float = Field(default=0.0, ge=0)


class Delivery(Record, table=True):
    __tablename__ = "delivery"

    pledge_id: uuid.UUID = Field(foreign_key="pledge.id", index=True)
    delivered_on: date = Field(index=True)
    waybill_reference: str = Field(default="", max_length=80)
    received_by: str = Field(default="", max_length=120)


class DeliveryLine(Record, table=True):
    __tablename__ = "delivery_line"

    delivery_id: uuid.UUID = Field(foreign_key="delivery.id", index=True)
    pledge_line_id: uuid.UUID = Field(foreign_key="pledge_line.id", index=True)
    quantity_received: int = Field(default=0, ge=0)
    quantity_accepted: int = Field(default=0, ge=0)
    condition: Condition = Condition.NEW
    discrepancy_reason: str = Field(default="", max_length=400)
