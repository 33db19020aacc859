"""Hand-built data for the register pages and models (no tests here).

Dates are relative to today, because the vehicle register judges "overdue" against the clock:
- officers: six on the roll, one archived; KE-0001 and KE-0004 match "ot" (Otieno, Otis);
  HT-0001 is Célestin Hérard, found by "celestin" and "herard" as well;
- vehicles: KE-MRAP-01 overdue by date, JM-4X4-03 overdue by mileage, KE-4X4-02 not due;
- holdings: KEN-FPU-1 radios 10 authorised, 2 of 3 serviceable -> gap 8 (critical);
  KEN-FPU-2 radios 5 authorised, none -> gap 5 (critical); tents fully held; the vehicles held
  without an authorisation; 7 rows in all, 2 with a gap.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert

from lsa_desktop.domain.enums import AssetStatus, PersonStatus, UnitType
from lsa_desktop.store.models import (
    Asset,
    Authorisation,
    Contingent,
    EquipmentCategory,
    EquipmentType,
    Person,
    Rank,
    StockLine,
    Unit,
    new_id,
    utcnow,
)

PEOPLE = ["HT-0001", "JM-0001", "KE-0001", "KE-0002", "KE-0003", "KE-0004"]


def build_registers(store) -> dict[str, Unit]:
    """The small mission; returns its units by code."""
    today = date.today()
    with store.write() as session:

        def add(row):
            session.add(row)
            session.flush()
            return row

        kenya = add(Contingent(name="Kenya", country_code="KE"))
        jamaica = add(Contingent(name="Jamaica", country_code="JM"))
        units = {
            code: add(Unit(code=code, name=name, unit_type=UnitType.FPU, contingent_id=c.id))
            for code, name, c in (
                ("KEN-FPU-1", "Formed Police Unit 1", kenya),
                ("KEN-FPU-2", "Formed Police Unit 2", kenya),
                ("JAM-1", "Jamaica company", jamaica),
            )
        }
        ranks = {
            code: add(Rank(code=code, name=name, level=level))
            for code, name, level in (("PC", "Constable", 1), ("SGT", "Sergeant", 3))
        }
        for number, surname, given, rank, unit, status, archived in (
            ("KE-0001", "Otieno", "John", "PC", "KEN-FPU-1", PersonStatus.ACTIVE, False),
            ("KE-0002", "Wanjiru", "Grace", "SGT", "KEN-FPU-1", PersonStatus.LEAVE, False),
            ("KE-0003", "Mwangi", "Peter", "SGT", "KEN-FPU-2", PersonStatus.ACTIVE, False),
            ("KE-0004", "Ochieng", "Otis", "PC", "KEN-FPU-2", PersonStatus.SICK, False),
            ("JM-0001", "Campbell", "Andre", "SGT", "JAM-1", PersonStatus.ACTIVE, False),
            ("HT-0001", "Hérard", "Célestin", "PC", "JAM-1", PersonStatus.ACTIVE, False),
            ("KE-0099", "Kamau", "Joseph", "PC", "KEN-FPU-1", PersonStatus.REPATRIATED, True),
        ):
            add(
                Person(
                    service_number=number,
                    surname=surname,
                    given_names=given,
                    rank_id=ranks[rank].id,
                    unit_id=units[unit].id,
                    status=status,
                    arrival_date=date(2024, 6, 25),
                    archived=archived,
                )
            )
        comms = add(EquipmentCategory(code="COMMS", name="Communications", critical=True))
        camp = add(EquipmentCategory(code="CAMP", name="Camp", sort_order=2))
        fleet = add(EquipmentCategory(code="VEH", name="Vehicles", critical=True, sort_order=1))
        radio = add(EquipmentType(code="RAD-HH", name="Handheld radio", category_id=comms.id))
        tent = add(EquipmentType(code="TENT", name="Tent", category_id=camp.id, serialised=False))
        mrap = add(EquipmentType(code="MRAP", name="MRAP", category_id=fleet.id, is_vehicle=True))
        pickup = add(
            EquipmentType(code="4X4", name="Pick-up", category_id=fleet.id, is_vehicle=True)
        )
        for tag, registration, kind, unit, status, next_date, odometer, next_km in (
            ("V-1", "KE-MRAP-01", mrap, "KEN-FPU-1", AssetStatus.IN_SERVICE,
             today - timedelta(days=10), 12_000, None),
            ("V-2", "KE-4X4-02", pickup, "KEN-FPU-2", AssetStatus.IN_SERVICE,
             today + timedelta(days=30), 8_000, 20_000),
            ("V-3", "JM-4X4-03", pickup, "JAM-1", AssetStatus.UNDER_REPAIR,
             None, 31_000, 30_000),
        ):  # fmt: skip
            add(
                Asset(
                    tag=tag,
                    registration=registration,
                    equipment_type_id=kind.id,
                    unit_id=units[unit].id,
                    status=status,
                    next_service_date=next_date,
                    odometer_km=odometer,
                    next_service_km=next_km,
                )
            )
        for tag, status in (
            ("R-1", AssetStatus.IN_SERVICE),
            ("R-2", AssetStatus.IN_SERVICE),
            ("R-3", AssetStatus.UNSERVICEABLE),
        ):
            add(
                Asset(
                    tag=tag,
                    serial_number=f"SN{tag}",
                    equipment_type_id=radio.id,
                    unit_id=units["KEN-FPU-1"].id,
                    status=status,
                )
            )
        for unit, kind, quantity in (
            ("KEN-FPU-1", radio, 10),
            ("KEN-FPU-1", tent, 20),
            ("KEN-FPU-2", radio, 5),
        ):
            add(Authorisation(unit_id=units[unit].id, equipment_type_id=kind.id, quantity=quantity))
        for unit, count in (("KEN-FPU-1", 20), ("JAM-1", 4)):
            add(
                StockLine(
                    unit_id=units[unit].id,
                    equipment_type_id=tent.id,
                    on_hand=count,
                    serviceable=count,
                )
            )
        session.expunge_all()
    return units


def many_people(store, count: int, unit: Unit | None = None) -> list[str]:
    """``count`` officers in one insert; their service numbers, in order (BULK-00000...)."""
    now = utcnow()
    numbers = [f"BULK-{i:05d}" for i in range(count)]
    surnames = ["Otieno", "Kamau", "Mwangi", "Brown", "Joseph"]
    with store.write() as session:
        session.connection().execute(
            insert(Person.__table__),
            [
                {
                    "id": new_id(),
                    "created_at": now,
                    "updated_at": now,
                    "service_number": number,
                    "surname": surnames[i % len(surnames)],
                    "given_names": f"Officer {i}",
                    "unit_id": unit.id if unit else None,
                    "status": PersonStatus.ACTIVE,
                }
                for i, number in enumerate(numbers)
            ],
        )
    return numbers
