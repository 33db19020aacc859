"""Helpers for the tests of the equipment and supply importers: the fixtures' catalogue (see
/work/shared/fixtures/README.md), made through the importers themselves, and the rows read back.

The people helpers (:mod:`people_import_helpers`) give the store, the units and the plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from people_import_helpers import add_reference_units, apply_rows, row, seeded
from sqlmodel import select

from lsa_desktop.domain.enums import Priority, RequisitionStatus
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    Donor,
    EquipmentType,
    Pledge,
    PledgeLine,
    Requisition,
    RequisitionLine,
    StockLine,
    StockMovement,
    Unit,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

#: The fixtures' categories: COMMS, PROT and MED come with the reference data; MOB and FIELD not.
REFERENCE_CATEGORIES = (
    ("COMMS", "Communications", True),
    ("MOB", "Mobility", True),
    ("PROT", "Protection", True),
    ("MED", "Medical", False),
    ("FIELD", "Field accommodation", False),
)
#: The fixtures' types: (code, name, category, unit value, serialised).
REFERENCE_TYPES = (
    ("COM-RAD-HH", "Handheld radio", "COMMS", 850.0, True),
    ("VEH-MRAP", "MRAP armoured vehicle (MaxxPro)", "MOB", 650000.0, True),
    ("VEH-APC", "Armoured personnel carrier", "MOB", 420000.0, True),
    ("VEH-LC", "Toyota Land Cruiser 4x4", "MOB", 68000.0, True),
    ("VEH-TRK", "Truck 4x4, 5 t", "MOB", 95000.0, True),
    ("VEH-AMB", "Field ambulance", "MED", 110000.0, True),
    ("PPE-HELM", "Ballistic helmet", "PROT", 320.0, False),
    ("PPE-VEST", "Body armour vest, level IIIA", "PROT", 780.0, False),
    ("PPE-SHLD", "Riot shield", "PROT", 140.0, False),
    ("MED-IFAK", "Individual first aid kit", "MED", 65.0, False),
    ("FLD-TENT", "Tent, 10-person", "FIELD", 1450.0, False),
    ("FLD-JERR", "Jerrycan, 20 L", "FIELD", 18.0, False),
)


def reference_mission(store: Store) -> dict[str, Unit]:
    """The fixtures' reference data: the seeded catalogue, the four units, and the README's
    categories and types imported over it (MOB and FIELD new, the types moved into them)."""
    seeded(store)
    units = add_reference_units(store)
    categories = [
        row(number, code=code, name=name, critical=critical)
        for number, (code, name, critical) in enumerate(REFERENCE_CATEGORIES, start=2)
    ]
    plan = apply_rows(store, "equipment-categories", categories)
    assert {p.outcome for p in plan.rows} <= {Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED}
    types = [
        row(
            number,
            code=code,
            name=name,
            category=category,
            unit_of_measure="each",
            unit_value_usd=value,
            serialised=serialised,
        )
        for number, (code, name, category, value, serialised) in enumerate(REFERENCE_TYPES, start=2)
    ]
    plan = apply_rows(store, "equipment-types", types)
    assert all(p.valid for p in plan.rows), [p.issues for p in plan.rows]
    return units


def type_id(store: Store, code: str):
    with store.read() as session:
        return session.exec(select(EquipmentType.id).where(EquipmentType.code == code)).one()


def stock_lines(store: Store) -> dict[tuple[str, str], tuple[int, int]]:
    """(unit code, type code) -> (on hand, serviceable) of every line not archived."""
    with store.read() as session:
        found = session.exec(
            select(Unit.code, EquipmentType.code, StockLine.on_hand, StockLine.serviceable)
            .join(Unit, Unit.id == StockLine.unit_id)
            .join(EquipmentType, EquipmentType.id == StockLine.equipment_type_id)
            .where(StockLine.archived == False)  # noqa: E712
        ).all()
    return {(unit, kind): (on_hand, serviceable) for unit, kind, on_hand, serviceable in found}


def movements(store: Store) -> list[tuple[str, int, int]]:
    """(kind, delta on hand, delta serviceable) of every stock movement, oldest first."""
    with store.read() as session:
        found = session.exec(
            select(
                StockMovement.kind, StockMovement.delta_on_hand, StockMovement.delta_serviceable
            ).order_by(StockMovement.created_at)
        ).all()
    return [(kind.value, on_hand, serviceable) for kind, on_hand, serviceable in found]


#: The requisition the supply tests pledge against: KE-FPU-1's, approved.
REQUISITION = "REQ-2026-0001"


def supply_mission(store: Store) -> dict[str, Unit]:
    """:func:`reference_mission`, with KE-FPU-1's approved requisition REQ-2026-0001 (40 radios
    requested, 30 approved at 800 USD; 10 tents, no estimate) and the donor Canada."""
    units = reference_mission(store)
    with store.write() as session:
        requisition = Requisition(
            reference=REQUISITION,
            unit_id=units["KE-FPU-1"].id,
            requested_by="Insp. Wambui",
            requested_on=date(2026, 10, 1),
            priority=Priority.URGENT,
            status=RequisitionStatus.APPROVED,
            submission_round=1,
        )
        session.add_all([requisition, Donor(name="Canada", country_code="CA")])
        session.flush()
        radio = session.exec(select(EquipmentType).where(EquipmentType.code == "COM-RAD-HH")).one()
        tent = session.exec(select(EquipmentType).where(EquipmentType.code == "FLD-TENT")).one()
        session.add_all(
            [
                RequisitionLine(
                    requisition_id=requisition.id,
                    equipment_type_id=radio.id,
                    quantity_requested=40,
                    quantity_approved=30,
                    unit_cost_usd=800.0,
                ),
                RequisitionLine(
                    requisition_id=requisition.id, equipment_type_id=tent.id, quantity_requested=10
                ),
            ]
        )
    return units


def pledge_lines(store: Store) -> dict[tuple[str, str, str], tuple[int, float, bool]]:
    """(pledge reference, unit code, type code) -> (quantity, unit value, answers a requisition)."""
    with store.read() as session:
        found = session.exec(
            select(
                Pledge.reference,
                Unit.code,
                EquipmentType.code,
                PledgeLine.quantity,
                PledgeLine.unit_value_usd,
                PledgeLine.requisition_line_id,
            )
            .join(Pledge, Pledge.id == PledgeLine.pledge_id)
            .join(Unit, Unit.id == PledgeLine.unit_id)
            .join(EquipmentType, EquipmentType.id == PledgeLine.equipment_type_id)
        ).all()
    return {(r, u, t): (q, v, line is not None) for r, u, t, q, v, line in found}


def pledge(store: Store, reference: str) -> Pledge:
    with store.read() as session:
        return session.exec(select(Pledge).where(Pledge.reference == reference)).one()


def requisition_status(store: Store) -> RequisitionStatus:
    with store.read() as session:
        found = session.exec(
            select(Requisition.status).where(Requisition.reference == REQUISITION)
        ).one()
    return found
