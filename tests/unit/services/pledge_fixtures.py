"""A small mission for the tests of donors, pledges and deliveries.

KEN-FPU-1, 140 officers present, authorised 40 night-vision goggles (critical communications)
and 20 tents; it holds 10 goggles in service and 5 tents (bulk, all serviceable). Its approved
requisition REQ-2025-0001 asks for 30 goggles (24 approved, estimated at 3,900 USD each) and 15
tents (no estimate: the catalogue's 1,200 USD applies). KEN-FPU-2 has nothing. Two donors,
Canada and the United States, have pledged nothing yet.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from factories import MissionBuilder

from lsa_desktop.domain.enums import PledgeKind, Priority, RequisitionStatus
from lsa_desktop.domain.pledge_inputs import PledgeInput, PledgeLineInput
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    Donor,
    EquipmentType,
    Requisition,
    RequisitionLine,
)

TODAY = date(2025, 6, 1)


@dataclass(frozen=True)
class Mission:
    fpu1: uuid.UUID
    fpu2: uuid.UUID
    nvg: uuid.UUID  # serialised, 4,000 USD
    tent: uuid.UUID  # bulk, 1,200 USD
    mrap: uuid.UUID  # a vehicle, serviced every 90 days
    requisition: uuid.UUID
    nvg_line: uuid.UUID  # 30 requested, 24 approved
    tent_line: uuid.UUID  # 15 requested, not approved yet
    canada: uuid.UUID
    usa: uuid.UUID


def build_mission(store: Store) -> Mission:
    with store.write() as s:
        m = MissionBuilder(s)
        fpu1, fpu2 = m.unit("KEN-FPU-1"), m.unit("KEN-FPU-2")
        m.officers(fpu1, 140)
        comms, camp = m.category("COMMS", critical=True), m.category("CAMP")
        nvg = m.equipment("NVG", comms)
        tent = m.equipment("TENT", camp, serialised=False)
        mrap = m.equipment("MRAP", camp)
        nvg.unit_value_usd, tent.unit_value_usd = 4000.0, 1200.0
        mrap.is_vehicle, mrap.service_interval_days = True, 90
        mrap.default_make, mrap.default_model = "Navistar", "MaxxPro"
        m.authorise(fpu1, nvg, 40)
        m.authorise(fpu1, tent, 20)
        m.assets(fpu1, nvg, 10)
        m.stock(fpu1, tent, 5, 5)
        requisition = Requisition(
            reference="REQ-2025-0001",
            unit_id=fpu1.id,
            requested_by="Insp. Otieno",
            requested_on=date(2025, 3, 1),
            priority=Priority.URGENT,
            status=RequisitionStatus.APPROVED,
            submission_round=1,
        )
        s.add(requisition)
        s.flush()
        nvg_line = RequisitionLine(
            requisition_id=requisition.id,
            equipment_type_id=nvg.id,
            quantity_requested=30,
            quantity_approved=24,
            unit_cost_usd=3900.0,
        )
        tent_line = RequisitionLine(
            requisition_id=requisition.id, equipment_type_id=tent.id, quantity_requested=15
        )
        canada = Donor(name="Canada", country_code="CA")
        usa = Donor(name="United States", country_code="US")
        s.add_all([nvg_line, tent_line, canada, usa])
        s.flush()
        return Mission(
            fpu1=fpu1.id,
            fpu2=fpu2.id,
            nvg=nvg.id,
            tent=tent.id,
            mrap=mrap.id,
            requisition=requisition.id,
            nvg_line=nvg_line.id,
            tent_line=tent_line.id,
            canada=canada.id,
            usa=usa.id,
        )


def pledge_input(
    donor_id: uuid.UUID,
    *lines: PledgeLineInput,
    reference: str = "",
    pledged_on: date = date(2025, 4, 1),
    expected: date | None = date(2025, 7, 1),
    value_usd: float | None = None,
) -> PledgeInput:
    return PledgeInput(
        donor_id=donor_id,
        reference=reference,
        pledged_on=pledged_on,
        kind=PledgeKind.IN_KIND if lines else PledgeKind.CASH,
        expected_delivery=expected,
        value_usd=value_usd,
        notes="",
        lines=tuple(lines),
    )


def against(requisition_line_id: uuid.UUID, quantity: int, value: float | None = None):
    """A pledge line answering a requisition line."""
    return PledgeLineInput(requisition_line_id, None, None, quantity, value)


def direct(unit_id: uuid.UUID, type_id: uuid.UUID, quantity: int, value: float | None = None):
    """A pledge line straight for a unit and type."""
    return PledgeLineInput(None, unit_id, type_id, quantity, value)


def type_code(store: Store, type_id: uuid.UUID) -> str:
    with store.read() as s:
        kind = s.get(EquipmentType, type_id)
        assert kind is not None
        return kind.code
