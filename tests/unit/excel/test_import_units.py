"""The units importer: units matched by code, contingents and bases created when new, parent
units found wherever they are in the file, and the unit form's rules."""

from __future__ import annotations

import pytest
from people_import_helpers import (
    add_reference_units,
    apply_rows,
    errors,
    outcomes,
    plan_rows,
    row,
    seeded,
)
from sqlmodel import select

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import Contingent, Location, Unit

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED


@pytest.fixture
def store(tmp_store):
    seeded(tmp_store)
    add_reference_units(tmp_store)
    return tmp_store


def unit_row(number: int, code: str, **values):
    base = {
        "code": code,
        "name": f"{code} unit",
        "unit_type": UnitType.SECTION,
        "contingent": "Kenya",
        "base": "Port-au-Prince",
        "authorised_strength": 12,
        "min_operational_strength": 10,
    }
    return row(number, **{**base, **values})


def units(store) -> dict[str, Unit]:
    with store.read() as session:
        return {unit.code: unit for unit in session.exec(select(Unit)).all()}


def test_new_contingents_and_bases_are_created_once_and_said(store):
    rows = [
        unit_row(2, "BZ-SEC-1", contingent="Belize", base="Jacmel"),
        unit_row(3, "BZ-SEC-2", contingent="belize", base="Jacmel"),
        unit_row(4, "KE-SEC-1", contingent="KE", base="gonaives"),
    ]

    plan = apply_rows(store, "units", rows)

    assert outcomes(plan) == [NEW, NEW, NEW]
    assert plan.created == ["Contingent Belize will be created.", "Base Jacmel will be created."]
    with store.read() as session:
        belize = session.exec(select(Contingent).where(Contingent.name == "Belize")).one()
        jacmel = session.exec(select(Location).where(Location.name == "Jacmel")).one()
        gonaives = session.exec(select(Location).where(Location.code == "GON")).one()
        kenya = session.exec(select(Contingent).where(Contingent.country_code == "KE")).one()
    assert (belize.country_code, jacmel.code) == ("BZ", "JACMEL")
    stored = units(store)
    assert stored["BZ-SEC-1"].contingent_id == stored["BZ-SEC-2"].contingent_id == belize.id
    assert stored["BZ-SEC-2"].base_id == jacmel.id
    assert (stored["KE-SEC-1"].contingent_id, stored["KE-SEC-1"].base_id) == (
        kenya.id,
        gonaives.id,
    )


def test_a_contingent_of_an_unknown_country_needs_its_code(store):
    plan = apply_rows(
        store,
        "units",
        [
            unit_row(2, "XY-1", contingent="Freedonia"),
            unit_row(3, "XY-2", contingent="Freedonia (FD)"),
        ],
    )

    assert outcomes(plan) == [SKIPPED, NEW]
    [(field, message)] = errors(plan)[2]
    assert field == "contingent" and "'Freedonia (XY)'" in message
    with store.read() as session:
        assert session.exec(
            select(Contingent).where(Contingent.country_code == "FD")
        ).one().name == ("Freedonia")


def test_a_contingent_created_only_for_invalid_rows_is_not_announced(store):
    plan = plan_rows(
        store, "units", [unit_row(2, "BZ-1", contingent="Belize", min_operational_strength=20)]
    )

    assert outcomes(plan) == [SKIPPED]
    assert plan.created == []


def test_a_parent_defined_later_in_the_file_is_written_first(store):
    rows = [
        unit_row(2, "KE-FPU-1-S1", parent="KE-FPU-1-HQ"),
        unit_row(3, "KE-FPU-1-S2", parent="ke-fpu-1-hq unit"),  # by name
        unit_row(4, "KE-FPU-1-HQ", parent="Kenya Formed Police Unit 1"),
    ]

    plan = apply_rows(store, "units", rows)

    assert outcomes(plan) == [NEW, NEW, NEW]
    stored = units(store)
    hq = stored["KE-FPU-1-HQ"]
    assert stored["KE-FPU-1-S1"].parent_id == stored["KE-FPU-1-S2"].parent_id == hq.id
    assert hq.parent_id == stored["KE-FPU-1"].id


def test_a_parent_loop_is_refused_on_every_row_in_it(store):
    plan = plan_rows(
        store,
        "units",
        [unit_row(2, "A", parent="B"), unit_row(3, "B", parent="A"), unit_row(4, "C", parent="C")],
    )

    assert outcomes(plan) == [SKIPPED, SKIPPED, SKIPPED]
    assert all("cannot be placed under itself" in errors(plan)[n][0][1] for n in (2, 3, 4))


def test_moving_a_stored_unit_under_its_own_child_is_refused(store):
    apply_rows(store, "units", [unit_row(2, "KE-SEC-1", parent="KE-FPU-1")])

    plan = plan_rows(store, "units", [row(2, code="KE-FPU-1", parent="KE-SEC-1")])

    assert "cannot be placed under itself" in errors(plan)[2][0][1]


def test_an_unknown_or_ambiguous_parent_is_an_error(store):
    plan = plan_rows(
        store,
        "units",
        [
            unit_row(2, "X-1", parent="Nowhere"),
            # "KE-SWAT" is a stored unit's code and the name of a unit in this file.
            unit_row(3, "X-2", name="KE-SWAT"),
            unit_row(4, "X-3", parent="KE-SWAT"),
        ],
    )

    assert outcomes(plan) == [SKIPPED, NEW, SKIPPED]
    assert "There is no unit 'Nowhere', stored or in this file" in errors(plan)[2][0][1]
    assert "matches 2 units" in errors(plan)[4][0][1]


def test_a_unit_under_a_new_parent_with_errors_is_refused_too(store):
    plan = plan_rows(
        store,
        "units",
        [
            unit_row(2, "P", min_operational_strength=99),
            unit_row(3, "C", parent="P"),
            unit_row(4, "GC", parent="C"),
        ],
    )

    assert outcomes(plan) == [SKIPPED, SKIPPED, SKIPPED]
    assert errors(plan)[2][0][0] == "min_operational_strength"
    assert errors(plan)[3] == [
        ("parent", "Parent unit P is on row 2, which has errors: fix that row too.")
    ]
    assert errors(plan)[4] == [
        ("parent", "Parent unit C is on row 3, which has errors: fix that row too.")
    ]


def test_the_unit_forms_rules_apply(store):
    plan = plan_rows(
        store,
        "units",
        [
            unit_row(2, "X", authorised_strength=10, min_operational_strength=12),
            unit_row(3, "Y" * 31),
        ],
    )

    [(field, message)] = errors(plan)[2]
    assert field == "min_operational_strength" and "cannot be above the authorised" in message
    assert errors(plan)[3] == [("code", "The code is too long (31 characters): keep it to 30.")]


def test_a_code_twice_in_the_file_and_an_archived_unit_are_errors(store):
    with store.write() as session:
        session.exec(select(Unit).where(Unit.code == "JM-FPU")).one().archived = True

    plan = plan_rows(
        store, "units", [unit_row(2, "N-1"), unit_row(3, "n-1"), unit_row(4, "JM-FPU")]
    )

    assert outcomes(plan) == [NEW, SKIPPED, SKIPPED]
    assert "Unit code n-1 is already on row 2" in errors(plan)[3][0][1]
    assert "Unit JM-FPU is archived" in errors(plan)[4][0][1]


def test_reimporting_updates_only_what_changed_and_keeps_what_is_empty(store):
    same = row(
        2,
        code="KE-FPU-1",
        name="Kenya Formed Police Unit 1",
        unit_type=UnitType.FPU,
        contingent="Kenya",
        base="Port-au-Prince",
        authorised_strength=140,
        min_operational_strength=120,
    )
    changed = row(3, code="KE-SWAT", authorised_strength=44, base=None, contingent=None)

    plan = apply_rows(store, "units", [same, changed])

    assert outcomes(plan) == [UNCHANGED, UPDATED]
    swat = units(store)["KE-SWAT"]
    assert (swat.authorised_strength, swat.min_operational_strength) == (44, 32)
    assert swat.base_id is not None and swat.contingent_id is not None
