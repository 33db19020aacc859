"""A small supply story for the donor workbooks' tests, every figure worked out here.

Catalogue: RAD-HH handheld radio (Communications, 850 USD), NVG night-vision goggles
(Observation, 4,000 USD), TENT (Camp, 1,200 USD).

Requisitions (the lines a donor is asked for are those still waiting for items):

- REQ-2025-0001, KEN-FPU-1, IMMEDIATE, approved, required by 2025-07-01:
  line 1 RAD-HH 100 requested, 80 approved, 850 each; Canada's PLG-CA-1 (committed) pledges 30,
  10 accepted so far: needed 70, pledged 20, gap 50.
  line 2 NVG 30 requested, 24 approved, 3,900 each, remarks "=cmd|' /C calc'!A0" (text that
  would be a formula); the United States' PLG-US-1 pledges 4: needed 24, pledged 4, gap 20.
- REQ-2025-0002, KEN-HQ, ROUTINE, submitted, no date: line 1 TENT 15, no estimate (the
  catalogue's 1,200): the United States' withdrawn PLG-US-W offered 3: needed 15, gap 15.
- REQ-2025-0005, KEN-FPU-1, URGENT, partly fulfilled, required by 2025-09-30:
  line 1 RAD-HH 10 approved, all 10 delivered by Canada's PLG-CA-2 (delivered): not listed.
  line 2 NVG 5 approved at 4,100; the United States' PLG-US-2 (partly delivered) pledges 5,
  2 accepted: needed 3, pledged 3, gap 0.
- REQ-2025-0003, draft, and REQ-2025-0004, fulfilled: never listed.

Canada also gave 50,000 USD in cash (PLG-CA-CASH, closed, expected 2025-04-15).

Pledge dates and deliveries, for the donor report:
PLG-CA-2 2024-11-01, delivered 2025-02-01 (10 of 10); PLG-CA-CASH 2025-01-15;
PLG-CA-1 2025-03-10, delivered 2025-05-10 (12 received, 10 accepted, 2 cracked);
PLG-US-2 2024-12-01, delivered 2025-06-20 (2 of 2); PLG-US-W 2025-02-01; PLG-US-1 2025-04-01.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from lsa_desktop.domain.enums import (
    Condition,
    PledgeKind,
    PledgeStatus,
    Priority,
    RequisitionStatus,
    UnitType,
)
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    Delivery,
    DeliveryLine,
    Donor,
    EquipmentCategory,
    EquipmentType,
    Mission,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    Unit,
)


@dataclass(frozen=True)
class Story:
    radio_line: uuid.UUID  # REQ-2025-0001/1
    nvg_line: uuid.UUID  # REQ-2025-0001/2
    tent_line: uuid.UUID  # REQ-2025-0002/1
    late_nvg_line: uuid.UUID  # REQ-2025-0005/2


class _Builder:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row):
        self.session.add(row)
        self.session.flush()
        return row

    def requisition(self, reference, unit, priority, status, required_by=None, **more):
        return self.add(
            Requisition(
                reference=reference,
                unit_id=unit.id,
                requested_by="Insp. Otieno",
                requested_on=date(2025, 1, 10),
                required_by=required_by,
                priority=priority,
                status=status,
                submission_round=1,
                **more,
            )
        )

    def line(self, requisition, kind, requested, approved=None, cost=0.0, remarks=""):
        return self.add(
            RequisitionLine(
                requisition_id=requisition.id,
                equipment_type_id=kind.id,
                quantity_requested=requested,
                quantity_approved=approved,
                unit_cost_usd=cost,
                remarks=remarks,
            )
        )

    def pledge(self, reference, donor, on, status, *lines, expected=None, value=0.0):
        """``lines``: (requisition line, unit, type, quantity, unit value, deliveries), each
        delivery (date, received, accepted, condition, reason)."""
        pledge = self.add(
            Pledge(
                reference=reference,
                donor_id=donor.id,
                pledged_on=on,
                status=status,
                kind=PledgeKind.IN_KIND if lines else PledgeKind.CASH,
                expected_delivery=expected,
                value_usd=value or sum(q * v for _, _, _, q, v, _ in lines),
            )
        )
        for requisition_line, unit, kind, quantity, unit_value, deliveries in lines:
            pledge_line = self.add(
                PledgeLine(
                    pledge_id=pledge.id,
                    requisition_line_id=requisition_line.id if requisition_line else None,
                    unit_id=unit.id,
                    equipment_type_id=kind.id,
                    quantity=quantity,
                    unit_value_usd=unit_value,
                )
            )
            for day, received, accepted, condition, reason in deliveries:
                delivery = self.add(
                    Delivery(
                        pledge_id=pledge.id,
                        delivered_on=day,
                        waybill_reference=f"WB-{reference}-{day:%m%d}",
                    )
                )
                self.add(
                    DeliveryLine(
                        delivery_id=delivery.id,
                        pledge_line_id=pledge_line.id,
                        quantity_received=received,
                        quantity_accepted=accepted,
                        condition=condition,
                        discrepancy_reason=reason,
                    )
                )
        return pledge


def build_story(store: Store) -> Story:
    with store.write() as session:
        b = _Builder(session)
        b.add(Mission(code="MSS", name="Multinational Security Support Mission in Haiti"))
        fpu = b.add(Unit(code="KEN-FPU-1", name="Kenya FPU 1", unit_type=UnitType.FPU))
        hq = b.add(Unit(code="KEN-HQ", name="Kenya HQ", unit_type=UnitType.HQ))
        comms = b.add(EquipmentCategory(code="COMMS", name="Communications", sort_order=1))
        obs = b.add(EquipmentCategory(code="OBS", name="Observation", sort_order=2))
        camp = b.add(EquipmentCategory(code="CAMP", name="Camp", sort_order=3))
        radio = b.add(
            EquipmentType(
                code="RAD-HH", name="Handheld radio", category_id=comms.id, unit_value_usd=850
            )
        )
        nvg = b.add(
            EquipmentType(
                code="NVG", name="Night-vision goggles", category_id=obs.id, unit_value_usd=4000
            )
        )
        tent = b.add(
            EquipmentType(
                code="TENT", name="Tent", category_id=camp.id, unit_value_usd=1200, serialised=False
            )
        )
        first = b.requisition(
            "REQ-2025-0001",
            fpu,
            Priority.IMMEDIATE,
            RequisitionStatus.APPROVED,
            date(2025, 7, 1),
            justification="Night patrols\x0b need radios and goggles.",
            operational_impact="No night patrols.",
        )
        radio_line = b.line(first, radio, 100, 80, 850.0)
        nvg_line = b.line(first, nvg, 30, 24, 3900.0, remarks="=cmd|' /C calc'!A0")
        second = b.requisition("REQ-2025-0002", hq, Priority.ROUTINE, RequisitionStatus.SUBMITTED)
        tent_line = b.line(second, tent, 15)
        draft = b.requisition("REQ-2025-0003", fpu, Priority.URGENT, RequisitionStatus.DRAFT)
        b.line(draft, tent, 5)
        done = b.requisition("REQ-2025-0004", fpu, Priority.URGENT, RequisitionStatus.FULFILLED)
        b.line(done, tent, 2, 2)
        late = b.requisition(
            "REQ-2025-0005",
            fpu,
            Priority.URGENT,
            RequisitionStatus.PARTIALLY_FULFILLED,
            date(2025, 9, 30),
        )
        late_radio_line = b.line(late, radio, 10, 10, 850.0)
        late_nvg_line = b.line(late, nvg, 5, 5, 4100.0)

        canada = b.add(Donor(name="Canada", country_code="CA"))
        usa = b.add(Donor(name="United States", country_code="US"))
        new, cracked = Condition.NEW, Condition.MINOR_DAMAGE
        b.pledge(
            "PLG-CA-2", canada, date(2024, 11, 1), PledgeStatus.DELIVERED,
            (late_radio_line, fpu, radio, 10, 850.0, [(date(2025, 2, 1), 10, 10, new, "")]),
        )  # fmt: skip
        b.pledge(
            "PLG-CA-CASH", canada, date(2025, 1, 15), PledgeStatus.CLOSED,
            expected=date(2025, 4, 15), value=50_000.0,
        )  # fmt: skip
        b.pledge(
            "PLG-CA-1", canada, date(2025, 3, 10), PledgeStatus.COMMITTED,
            (radio_line, fpu, radio, 30, 850.0, [(date(2025, 5, 10), 12, 10, cracked, "2 cracked")]),
            expected=date(2025, 8, 15),
        )  # fmt: skip
        b.pledge(
            "PLG-US-2", usa, date(2024, 12, 1), PledgeStatus.PARTIALLY_DELIVERED,
            (late_nvg_line, fpu, nvg, 5, 4100.0, [(date(2025, 6, 20), 2, 2, new, "")]),
        )  # fmt: skip
        b.pledge(
            "PLG-US-W", usa, date(2025, 2, 1), PledgeStatus.WITHDRAWN,
            (tent_line, hq, tent, 3, 1200.0, []),
        )  # fmt: skip
        b.pledge(
            "PLG-US-1", usa, date(2025, 4, 1), PledgeStatus.PLEDGED,
            (nvg_line, fpu, nvg, 4, 3900.0, []), expected=date(2025, 8, 1),
        )  # fmt: skip
        return Story(radio_line.id, nvg_line.id, tent_line.id, late_nvg_line.id)
