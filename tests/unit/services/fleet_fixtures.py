"""A small fleet for the tests of vehicles, stock, authorisations and maintenance.

Two Kenyan formed units of 10 officers, all present, so that a unit's readiness is the readiness
of its armour (the one critical category authorised):

  KEN-FPU-1: authorised 2 MRAPs, holds MRAP-A and MRAP-B in service    -> 100 %
  KEN-FPU-2: authorised 1 MRAP, holds none                              ->   0 %

Also a handheld radio (serialised, not a vehicle), helmets (bulk) and a written-off MRAP of
KEN-FPU-2, for the rules that refuse.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lsa_desktop.domain.enums import AssetStatus, UnitType
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    Asset,
    Authorisation,
    Contingent,
    EquipmentCategory,
    EquipmentType,
    Person,
    Unit,
)

TODAY = date(2025, 3, 14)


@dataclass(frozen=True)
class Fleet:
    fpu1: uuid.UUID
    fpu2: uuid.UUID
    mrap: uuid.UUID  # the vehicle type
    radio: uuid.UUID  # serialised, not a vehicle
    helmet: uuid.UUID  # bulk
    mrap_a: uuid.UUID
    mrap_b: uuid.UUID
    written_off: uuid.UUID


def build_fleet(store: Store) -> Fleet:
    with store.write() as s:
        kenya = Contingent(country_code="KE", name="Kenya")
        armour = EquipmentCategory(code="ARMD", name="Armoured vehicles", critical=True)
        comms = EquipmentCategory(code="COMMS", name="Communications", critical=False)
        protection = EquipmentCategory(code="PROT", name="Protection", critical=False)
        s.add_all([kenya, armour, comms, protection])
        s.flush()
        units = [
            Unit(
                code=f"KEN-FPU-{n}",
                name=f"Formed Police Unit {n}",
                unit_type=UnitType.FPU,
                contingent_id=kenya.id,
                authorised_strength=10,
                min_operational_strength=8,
            )
            for n in (1, 2)
        ]
        mrap = EquipmentType(
            code="VEH-MRAP",
            name="MRAP armoured vehicle",
            category_id=armour.id,
            is_vehicle=True,
            default_make="Navistar Defense",
            default_model="MaxxPro Dash",
            service_interval_km=5_000,
            service_interval_days=180,
        )
        radio = EquipmentType(code="COM-RAD-HH", name="Handheld radio", category_id=comms.id)
        helmet = EquipmentType(
            code="PPE-HELM", name="Ballistic helmet", category_id=protection.id, serialised=False
        )
        s.add_all([*units, mrap, radio, helmet])
        s.flush()
        for unit in units:
            s.add_all(
                Person(service_number=f"{unit.code}-{i}", surname="Officer", unit_id=unit.id)
                for i in range(10)
            )
        s.add_all(
            [
                Authorisation(unit_id=units[0].id, equipment_type_id=mrap.id, quantity=2),
                Authorisation(unit_id=units[1].id, equipment_type_id=mrap.id, quantity=1),
            ]
        )
        mraps = [
            Asset(
                tag=f"VEH-MRAP-00000{n}",
                registration=plate,
                equipment_type_id=mrap.id,
                unit_id=units[0].id,
                make="Navistar Defense",
                model="MaxxPro Dash",
                odometer_km=43_652,
                next_service_km=48_000,
                next_service_date=date(2025, 6, 1),
            )
            for n, plate in ((1, "GKB 101A"), (2, "GKB 102A"))
        ]
        gone = Asset(
            tag="VEH-MRAP-000003",
            registration="GKB 103A",
            equipment_type_id=mrap.id,
            unit_id=units[1].id,
            status=AssetStatus.WRITTEN_OFF,
        )
        s.add_all([*mraps, gone])
        s.flush()
        return Fleet(
            fpu1=units[0].id,
            fpu2=units[1].id,
            mrap=mrap.id,
            radio=radio.id,
            helmet=helmet.id,
            mrap_a=mraps[0].id,
            mrap_b=mraps[1].id,
            written_off=gone.id,
        )
