"""The register filters the Dashboard's figures open on: a whole contingent on every register,
and critical categories on every equipment register (the hand-built mission of
``test_registers_data``: Kenya holds FPU1 and FPU2, Jamaica the JCU; radios, night vision and
vehicles are critical, tents are not)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select
from test_registers_data import build_mission

from lsa_desktop.services import Services
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import Person, Qualification, QualificationType


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def services(tmp_store, mission):
    return Services(tmp_store)


def listed(register, **filters):
    return register.rows(register.keys(ListQuery().with_filters(**filters)))


def per_unit_type(rows):
    return sorted((row.unit_code, row.type_code) for row in rows)


def test_critical_categories_on_every_equipment_register(services):
    equipment = services.equipment
    assert per_unit_type(listed(equipment.authorisations, critical=True)) == [
        ("FPU1", "NVG"),
        ("FPU1", "RAD-HH"),
        ("FPU2", "RAD-HH"),
    ]
    assert per_unit_type(listed(equipment.authorisations, critical=False)) == [("FPU1", "TENT")]
    assert listed(equipment.stock, critical=True) == []
    assert per_unit_type(listed(equipment.stock, critical=False)) == [
        ("FPU1", "TENT"),
        ("JCU", "TENT"),
    ]
    holdings = listed(equipment.holdings, critical=True, only_gaps=True)
    assert per_unit_type(holdings) == [("FPU1", "NVG"), ("FPU1", "RAD-HH"), ("FPU2", "RAD-HH")]
    items = listed(services.fleet.items, critical=True)
    assert items and {row.type_code for row in items} == {"RAD-HH", "NVG"}
    assert listed(services.fleet.items, critical=False) == []


def test_a_contingent_on_the_equipment_registers(services, mission):
    kenya, jamaica = mission.kenya.id, mission.jamaica.id
    equipment = services.equipment
    assert per_unit_type(listed(equipment.stock, contingent_id=jamaica)) == [("JCU", "TENT")]
    assert {row.unit_code for row in listed(equipment.holdings, contingent_id=kenya)} == {
        "FPU1",
        "FPU2",
    }
    assert {row.unit_code for row in listed(services.fleet.items, contingent_id=jamaica)} == set()


def test_a_contingents_expiring_qualifications(tmp_store, services, mission):
    today = date.today()
    with tmp_store.write() as s:
        first_aid = QualificationType(code="FA", name="First aid", validity_months=24)
        s.add(first_aid)
        s.flush()
        for number, days in (("KE001", 5), ("KE010", 12), ("HT100", 20), ("JM-0457", 90)):
            person = s.exec(select(Person).where(Person.service_number == number)).one()
            s.add(
                Qualification(
                    person_id=person.id,
                    qualification_type_id=first_aid.id,
                    expires_on=today + timedelta(days=days),
                )
            )
    register = services.qualifications.expiring_register

    def numbers(**filters):
        return [row.service_number for row in listed(register, within_days=30, **filters)]

    assert numbers(contingent_id=mission.kenya.id) == ["KE001", "KE010"]
    assert numbers(contingent_id=mission.jamaica.id) == ["HT100"]
    assert numbers() == ["KE001", "KE010", "HT100"]
    # Sorted by unit, the contingent's filter still joins the unit once.
    query = ListQuery(sort_key="unit").with_filters(contingent_id=mission.kenya.id, within_days=30)
    assert register.count(query) == 2
