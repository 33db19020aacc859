"""The demo mission's supply story: requisitions with approvals, pledges and deliveries.

Pledges and deliveries are the donors' (one row each, whatever the scale); their lines go to every
copy of the units, as the requisitions do. What donors pledged and have not delivered is told to the
``History`` as it was on each day: a pledge counts from the day it was made, each delivery takes
off what was accepted, and a pledge closed as delivered counts nothing from its last delivery on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table

from lsa_desktop.domain.enums import Condition, PledgeStatus, RequisitionStatus
from lsa_desktop.services.demo.equipment import EquipmentKind, UnitCopy
from lsa_desktop.services.demo.history import History
from lsa_desktop.services.demo.story import PLEDGES, REQUISITIONS, PledgeStory
from lsa_desktop.store.models import (
    Approval,
    Delivery,
    DeliveryLine,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
)

REQUISITION: Table = Requisition.__table__  # type: ignore[assignment]
REQUISITION_LINE: Table = RequisitionLine.__table__  # type: ignore[assignment]
APPROVAL: Table = Approval.__table__  # type: ignore[assignment]
PLEDGE: Table = Pledge.__table__  # type: ignore[assignment]
PLEDGE_LINE: Table = PledgeLine.__table__  # type: ignore[assignment]
DELIVERY: Table = Delivery.__table__  # type: ignore[assignment]
DELIVERY_LINE: Table = DeliveryLine.__table__  # type: ignore[assignment]

_CLOSED = (PledgeStatus.DELIVERED, PledgeStatus.CLOSED)


class SupplyBuilder:
    def __init__(
        self,
        today: date,
        new_id: Callable[[], uuid.UUID],
        add: Callable[[Table, dict[str, Any]], None],
        history: History,
        kinds: dict[str, EquipmentKind],
        scale: int,
    ) -> None:
        self.today = today
        self.new_id = new_id
        self.add = add
        self.history = history
        self.kinds = kinds
        self.scale = scale
        #: (unit layout code, type code) -> [(delivered on, accepted, waybill)]
        self.received: dict[tuple[str, str], list[tuple[date, int, str]]] = {}
        self._pledges: list[tuple[uuid.UUID, PledgeStory, list[uuid.UUID]]] = []
        self._requisitions = 0

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def headers(self, donor_ids: dict[str, uuid.UUID]) -> None:
        """The pledges and deliveries, numbered in date order; fills ``received``."""
        waybills = 0
        for number, story in enumerate(sorted(PLEDGES, key=lambda s: -s.pledged_ago), start=1):
            pledged_on = self.ago(story.pledged_ago)
            value = story.cash_usd or self.scale * sum(
                quantity * self.kinds[type_code].unit_value_usd
                for _unit, type_code, quantity, _key in story.lines
            )
            pledge_id = self.new_id()
            self.add(
                PLEDGE,
                {
                    "id": pledge_id,
                    "reference": f"PLG-{pledged_on.year}-{number:03d}",
                    "donor_id": donor_ids[story.donor],
                    "pledged_on": pledged_on,
                    "kind": story.kind,
                    "status": story.status,
                    "expected_delivery": self.ago(story.expected_ago),
                    "value_usd": value,
                    "notes": story.notes,
                },
            )
            delivery_ids = []
            for delivery in story.deliveries:
                waybills += 1
                day = self.ago(delivery.days_ago)
                waybill = f"WB-{day:%Y%m%d}-{waybills:02d}"
                delivery_ids.append(self.new_id())
                self.add(
                    DELIVERY,
                    {
                        "id": delivery_ids[-1],
                        "pledge_id": pledge_id,
                        "delivered_on": day,
                        "waybill_reference": waybill,
                        "received_by": delivery.received_by,
                    },
                )
                for unit, type_code, _received, accepted, _reason in delivery.lines:
                    self.received.setdefault((unit, type_code), []).append((day, accepted, waybill))
            self._pledges.append((pledge_id, story, delivery_ids))

    def copy(self, units: dict[str, UnitCopy]) -> None:
        """Requisitions, pledge lines and delivery lines of one copy of the units."""
        requisition_lines = self._requisitions_of(units)
        for pledge_id, story, delivery_ids in self._pledges:
            pledged_on = self.ago(story.pledged_ago)
            line_ids: dict[tuple[str, str], uuid.UUID] = {}
            open_quantity: dict[tuple[str, str], int] = {}
            for unit_code, type_code, quantity, requisition in story.lines:
                kind = self.kinds[type_code]
                line_ids[unit_code, type_code] = self.new_id()
                open_quantity[unit_code, type_code] = quantity
                self.add(
                    PLEDGE_LINE,
                    {
                        "id": line_ids[unit_code, type_code],
                        "pledge_id": pledge_id,
                        "requisition_line_id": (
                            requisition_lines[requisition, type_code] if requisition else None
                        ),
                        "unit_id": units[unit_code].id,
                        "equipment_type_id": kind.id,
                        "quantity": quantity,
                        "unit_value_usd": kind.unit_value_usd,
                    },
                )
                if story.status is not PledgeStatus.WITHDRAWN:
                    self.history.holding(units[unit_code].id, kind.id, pledged_on, pledged=quantity)
            for delivery_id, delivery in zip(delivery_ids, story.deliveries, strict=True):
                day = self.ago(delivery.days_ago)
                for unit_code, type_code, received, accepted, reason in delivery.lines:
                    self.add(
                        DELIVERY_LINE,
                        {
                            "id": self.new_id(),
                            "delivery_id": delivery_id,
                            "pledge_line_id": line_ids[unit_code, type_code],
                            "quantity_received": received,
                            "quantity_accepted": accepted,
                            "condition": Condition.NEW
                            if accepted == received
                            else Condition.MINOR_DAMAGE,
                            "discrepancy_reason": reason,
                        },
                    )
                    open_quantity[unit_code, type_code] -= accepted
                    kind_id = self.kinds[type_code].id
                    self.history.holding(units[unit_code].id, kind_id, day, pledged=-accepted)
            if story.status in _CLOSED and story.deliveries:
                closed_on = self.ago(min(delivery.days_ago for delivery in story.deliveries))
                for (unit_code, type_code), remaining in open_quantity.items():
                    kind_id = self.kinds[type_code].id
                    self.history.holding(
                        units[unit_code].id, kind_id, closed_on, pledged=-remaining
                    )

    def _requisitions_of(self, units: dict[str, UnitCopy]) -> dict[tuple[str, str], uuid.UUID]:
        """The requisitions of one copy; returns the line ids by (story key, type code)."""
        lines: dict[tuple[str, str], uuid.UUID] = {}
        for story in sorted(REQUISITIONS, key=lambda s: -s.requested_ago):
            self._requisitions += 1
            requested_on = self.ago(story.requested_ago)
            requisition_id = self.new_id()
            self.add(
                REQUISITION,
                {
                    "id": requisition_id,
                    "reference": f"REQ-{requested_on.year}-{self._requisitions:04d}",
                    "unit_id": units[story.unit].id,
                    "requested_by": story.requested_by,
                    "requested_on": requested_on,
                    "required_by": requested_on + timedelta(days=story.required_in),
                    "priority": story.priority,
                    "status": story.status,
                    "justification": story.justification,
                    "operational_impact": story.impact,
                    # every demo requisition past the draft was submitted once
                    "submission_round": 0 if story.status is RequisitionStatus.DRAFT else 1,
                },
            )
            for type_code, requested, approved in story.lines:
                lines[story.key, type_code] = self.new_id()
                self.add(
                    REQUISITION_LINE,
                    {
                        "id": lines[story.key, type_code],
                        "requisition_id": requisition_id,
                        "equipment_type_id": self.kinds[type_code].id,
                        "quantity_requested": requested,
                        "quantity_approved": approved,
                        "unit_cost_usd": self.kinds[type_code].unit_value_usd,
                        "remarks": "",
                    },
                )
            if story.decision:
                decision, days_ago, approver, role, comment = story.decision
                self.add(
                    APPROVAL,
                    {
                        "id": self.new_id(),
                        "requisition_id": requisition_id,
                        "approver": approver,
                        "role": role,
                        "decision": decision,
                        "comment": comment,
                        "decided_at": datetime.combine(self.ago(days_ago), time(10, 0), tzinfo=UTC),
                        "submission_round": 1,
                    },
                )
        return lines
