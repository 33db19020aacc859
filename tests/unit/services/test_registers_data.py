"""A small hand-built mission for the register tests: every row is written out, so each expected
result can be checked by reading this file.

As of ``AS_OF`` (2025-03-01):
- officers: six on the roll (one archived, one with no rank and no unit, one Haitian with
  accents: Hérard, Élie Célestin);
- vehicles: MRAP-01 overdue by date, V-002 overdue by mileage, V-003 without a service plan,
  V-004 written off with a past date (not overdue: no longer held), V-005 archived;
- holdings: FPU1 radios 10 authorised, 3 serviceable of 4 held -> gap 7 (critical);
  FPU1 night vision 5 authorised, 1 held, 2 pledged -> gap 2 (critical);
  FPU1 tents 25 authorised, 18 serviceable of 20 in stock -> gap 7;
  FPU2 radios 4 authorised, none held -> gap 4; JCU tents 0 authorised, 6 held -> no gap;
  the vehicles held (MRAP-01, V-002, V-003) are holdings without an authorisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factories import MissionBuilder

from lsa_desktop.domain.enums import AssetStatus, Condition, PersonStatus, Sex, UnitType
from lsa_desktop.store.models import (
    Asset,
    Contingent,
    EquipmentCategory,
    EquipmentType,
    Person,
    Rank,
    Unit,
)

AS_OF = date(2025, 3, 1)


@dataclass
class Mission:
    kenya: Contingent
    jamaica: Contingent
    fpu1: Unit
    fpu2: Unit
    jcu: Unit
    old: Unit
    comms: EquipmentCategory
    camp: EquipmentCategory
    radio: EquipmentType
    nvg: EquipmentType
    tent: EquipmentType
    mrap: EquipmentType
    pickup: EquipmentType


def build_mission(store) -> Mission:
    with store.write() as session:
        add = _adder(session)
        kenya = add(Contingent(name="Kenya", country_code="KE"))
        jamaica = add(Contingent(name="Jamaica", country_code="JM"))
        fpu1 = add(
            Unit(code="FPU1", name="Formed unit 1", unit_type=UnitType.FPU, contingent_id=kenya.id)
        )
        fpu2 = add(
            Unit(code="FPU2", name="Formed unit 2", unit_type=UnitType.FPU, contingent_id=kenya.id)
        )
        jcu = add(
            Unit(
                code="JCU",
                name="Jamaica company",
                unit_type=UnitType.SECTION,
                contingent_id=jamaica.id,
            )
        )
        old = add(
            Unit(
                code="OLD",
                name="Disbanded",
                unit_type=UnitType.FPU,
                contingent_id=kenya.id,
                archived=True,
            )
        )
        pc = add(Rank(code="PC", name="Police constable", level=1))
        sgt = add(Rank(code="SGT", name="Sergeant", level=3))
        ip = add(Rank(code="IP", name="Inspector", level=5))

        def officer(
            number,
            surname,
            given,
            rank,
            unit,
            status,
            sex,
            arrival,
            tour_end,
            role="Constable",
            archived=False,
        ):
            add(
                Person(
                    service_number=number,
                    surname=surname,
                    given_names=given,
                    rank_id=rank.id if rank else None,
                    unit_id=unit.id if unit else None,
                    status=status,
                    sex=sex,
                    arrival_date=arrival,
                    tour_end_date=tour_end,
                    role=role,
                    archived=archived,
                )
            )

        officer(
            "KE001",
            "Otieno",
            "John",
            pc,
            fpu1,
            PersonStatus.ACTIVE,
            Sex.M,
            date(2024, 6, 25),
            date(2025, 6, 25),
            role="Driver",
        )
        officer(
            "KE002",
            "Wanjiru",
            "Grace Akinyi",
            sgt,
            fpu1,
            PersonStatus.LEAVE,
            Sex.F,
            date(2024, 7, 10),
            None,
            role="Signaller",
        )
        officer(
            "KE010",
            "Mwangi",
            "Peter",
            ip,
            fpu2,
            PersonStatus.ACTIVE,
            Sex.M,
            date(2024, 6, 25),
            date(2025, 1, 1),
            role="Commander",
        )
        officer(
            "JM-0457",
            "Campbell",
            "Andre",
            sgt,
            jcu,
            PersonStatus.SICK,
            Sex.M,
            date(2024, 8, 1),
            date(2025, 8, 1),
            role="Medic",
        )
        officer(
            "KE_050",
            "Brown",
            "Otis",
            None,
            None,
            PersonStatus.IN_TRANSIT,
            None,
            None,
            None,
            role="",
        )
        officer(
            "HT100",
            "Hérard",
            "Élie Célestin",
            pc,
            jcu,
            PersonStatus.ACTIVE,
            Sex.M,
            date(2024, 9, 1),
            date(2025, 9, 1),
            role="Interpreter",
        )
        officer(
            "KE099",
            "Kamau",
            "Joseph",
            pc,
            fpu1,
            PersonStatus.REPATRIATED,
            Sex.M,
            date(2024, 6, 25),
            date(2024, 12, 25),
            archived=True,
        )

        comms = add(
            EquipmentCategory(code="COMMS", name="Communications", critical=True, sort_order=1)
        )
        camp = add(EquipmentCategory(code="CAMP", name="Camp", critical=False, sort_order=2))
        vehicles = add(EquipmentCategory(code="VEH", name="Vehicles", critical=True, sort_order=0))
        radio = add(EquipmentType(code="RAD-HH", name="Handheld radio", category_id=comms.id))
        nvg = add(EquipmentType(code="NVG", name="Night vision goggles", category_id=comms.id))
        tent = add(
            EquipmentType(
                code="TENT", name="Tent, 10-person", category_id=camp.id, serialised=False
            )
        )
        mrap = add(
            EquipmentType(code="MRAP", name="MRAP", category_id=vehicles.id, is_vehicle=True)
        )
        pickup = add(
            EquipmentType(code="4X4", name="Pick-up 4x4", category_id=vehicles.id, is_vehicle=True)
        )

        def vehicle(
            tag,
            registration,
            kind,
            unit,
            status,
            odometer,
            next_date,
            next_km,
            make="",
            model="",
            condition=Condition.GOOD,
            archived=False,
        ):
            add(
                Asset(
                    tag=tag,
                    registration=registration,
                    equipment_type_id=kind.id,
                    unit_id=unit.id if unit else None,
                    status=status,
                    odometer_km=odometer,
                    next_service_date=next_date,
                    next_service_km=next_km,
                    make=make,
                    model=model,
                    condition=condition,
                    archived=archived,
                    serial_number=f"SN-{tag}",
                )
            )

        vehicle(
            "V-001",
            "KE-MRAP-01",
            mrap,
            fpu1,
            AssetStatus.IN_SERVICE,
            12000,
            date(2025, 2, 1),
            20000,
            make="Navistar",
            model="MaxxPro",
        )
        vehicle(
            "V-002",
            None,
            pickup,
            fpu2,
            AssetStatus.UNDER_REPAIR,
            30500,
            date(2025, 5, 1),
            30000,
            make="Toyota",
            model="Hilux",
            condition=Condition.NEEDS_MAINTENANCE,
        )
        vehicle(
            "V-003",
            "KE-4X4-07",
            pickup,
            jcu,
            AssetStatus.IN_SERVICE,
            None,
            None,
            None,
            make="Toyota",
            model="Land Cruiser",
        )
        vehicle(
            "V-004",
            "KE-4X4-08",
            pickup,
            fpu1,
            AssetStatus.WRITTEN_OFF,
            88000,
            date(2024, 11, 1),
            None,
            make="Nissan",
            model="Patrol",
            condition=Condition.MAJOR_DAMAGE,
        )
        vehicle(
            "V-005",
            "KE-4X4-09",
            pickup,
            fpu1,
            AssetStatus.IN_SERVICE,
            100,
            date(2024, 1, 1),
            None,
            archived=True,
        )

        def item(tag, kind, unit, status=AssetStatus.IN_SERVICE):
            add(
                Asset(
                    tag=tag,
                    serial_number=f"SER{tag}",
                    equipment_type_id=kind.id,
                    unit_id=unit.id,
                    status=status,
                    make="Motorola" if kind is radio else "",
                )
            )

        item("R-001", radio, fpu1)
        item("R-002", radio, fpu1)
        item("R-003", radio, fpu1)
        item("R-004", radio, fpu1, AssetStatus.UNSERVICEABLE)
        item("N-001", nvg, fpu1)

        build = MissionBuilder(session)
        build.authorise(fpu1, radio, 10)
        build.authorise(fpu1, nvg, 5)
        build.authorise(fpu1, tent, 25)
        build.authorise(fpu2, radio, 4)
        build.authorise(old, radio, 2)
        build.stock(fpu1, tent, on_hand=20, serviceable=18)
        build.stock(jcu, tent, on_hand=6, serviceable=6)
        build.pledge(fpu1, nvg, 2)
        session.expunge_all()
    return Mission(
        kenya, jamaica, fpu1, fpu2, jcu, old, comms, camp, radio, nvg, tent, mrap, pickup
    )


def _adder(session):
    def add(row):
        session.add(row)
        session.flush()
        return row

    return add
