"""The catalogue importers: equipment categories and types, matched by code, categories found by
code or name, and the changes that records already kept forbid; and authorisations, matched by
unit and type."""

from __future__ import annotations

import pytest
from people_import_helpers import apply_rows, errors, outcomes, plan_rows, row, seeded
from sqlmodel import select
from supply_import_helpers import REFERENCE_CATEGORIES, REFERENCE_TYPES, reference_mission

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.excel.model import Outcome
from lsa_desktop.store.models import Asset, Authorisation, EquipmentCategory, EquipmentType, Unit

NEW, UPDATED, UNCHANGED, SKIPPED = Outcome.NEW, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.SKIPPED


@pytest.fixture
def store(tmp_store):
    return seeded(tmp_store)


def categories(store) -> dict[str, EquipmentCategory]:
    with store.read() as session:
        return {c.code: c for c in session.exec(select(EquipmentCategory)).all()}


def types(store) -> dict[str, EquipmentType]:
    with store.read() as session:
        return {t.code: t for t in session.exec(select(EquipmentType)).all()}


# --- categories -----------------------------------------------------------------------------------


def test_categories_are_added_after_the_others_and_updated_by_code(store):
    rows = [
        row(2, code="MOB", name="Mobility", critical=True),
        row(3, code="FIELD", name="Field accommodation"),
        row(4, code="med", name="Medical", critical=False),
        row(5, code="PROT", name="Protection"),
    ]

    plan = apply_rows(store, "equipment-categories", rows)

    assert outcomes(plan) == [NEW, NEW, UPDATED, UNCHANGED]
    found = categories(store)
    assert (found["MOB"].critical, found["FIELD"].critical) == (True, False)
    assert found["MOB"].sort_order == 100 and found["FIELD"].sort_order == 110  # after CAMP's 90
    assert found["MED"].critical is False  # updated, and the code keeps its stored spelling
    assert found["PROT"].critical is True  # an empty cell keeps what is stored
    assert "med" not in found


def test_reimporting_the_same_categories_changes_nothing(store):
    rows = [
        row(n, code=code, name=name, critical=critical)
        for n, (code, name, critical) in enumerate(REFERENCE_CATEGORIES, start=2)
    ]
    apply_rows(store, "equipment-categories", rows)

    assert set(outcomes(plan_rows(store, "equipment-categories", rows))) == {UNCHANGED}


def test_a_category_name_is_used_once(store):
    rows = [
        row(2, code="TELE", name="communications"),
        row(3, code="MOB", name="Mobility"),
        row(4, code="MOB2", name="Mobility"),
        row(5, code="mob", name="Mobility 2"),
    ]

    plan = plan_rows(store, "equipment-categories", rows)

    assert outcomes(plan) == [SKIPPED, NEW, SKIPPED, SKIPPED]
    found = errors(plan)
    assert found[2] == [
        (
            "name",
            "communications is already the name of category COMMS: each category has a name of "
            "its own. Choose another name, or use code COMMS to update that category.",
        )
    ]
    assert found[4][0][0] == "name"
    assert found[4][0][1].startswith("Name Mobility is already on row 3")
    assert found[5][0][0] == "code" and "already on row 3" in found[5][0][1]


def test_an_archived_category_is_not_edited(store):
    with store.write() as session:
        camp = session.exec(select(EquipmentCategory).where(EquipmentCategory.code == "CAMP")).one()
        camp.archived = True

    plan = plan_rows(store, "equipment-categories", [row(2, code="CAMP", name="Camp")])

    assert errors(plan) == {
        2: [
            (
                "code",
                "Category CAMP is archived: an archived record is kept for the history and is "
                "not edited.",
            )
        ]
    }


# --- types ----------------------------------------------------------------------------------------


def type_row(number, code, **values):
    return row(number, **{"code": code, "name": f"{code} name", "category": "COMMS", **values})


def test_a_new_type_takes_the_tables_defaults_and_its_category_by_code_or_name(store):
    rows = [
        type_row(2, "COM-TETRA", category="Communications", unit_value_usd=1500.0),
        type_row(3, "PPE-GLOVE", category="prot", unit_of_measure="pair", serialised=False),
    ]

    plan = apply_rows(store, "equipment-types", rows)

    assert outcomes(plan) == [NEW, NEW]
    found, cats = types(store), categories(store)
    tetra, glove = found["COM-TETRA"], found["PPE-GLOVE"]
    assert (tetra.category_id, tetra.unit_of_measure, tetra.unit_value_usd) == (
        cats["COMMS"].id,
        "each",
        1500.0,
    )
    assert (tetra.serialised, tetra.is_vehicle) == (True, False)
    assert (glove.category_id, glove.unit_of_measure, glove.serialised, glove.unit_value_usd) == (
        cats["PROT"].id,
        "pair",
        False,
        0.0,
    )


def test_the_fixtures_catalogue_moves_types_and_reimports_unchanged(tmp_store):
    reference_mission(tmp_store)
    found, cats = types(tmp_store), categories(tmp_store)
    assert found["VEH-MRAP"].category_id == cats["MOB"].id
    assert found["VEH-MRAP"].is_vehicle  # still the seeded vehicle type
    assert found["FLD-JERR"].category_id == cats["FIELD"].id

    rows = [
        row(n, code=c, name=name, category=cat, unit_of_measure="each", unit_value_usd=v,
            serialised=s)
        for n, (c, name, cat, v, s) in enumerate(REFERENCE_TYPES, start=2)
    ]  # fmt: skip
    assert set(outcomes(plan_rows(tmp_store, "equipment-types", rows))) == {UNCHANGED}


def test_types_are_refused_an_unknown_or_archived_category_and_a_repeated_code(store):
    with store.write() as session:
        camp = session.exec(select(EquipmentCategory).where(EquipmentCategory.code == "CAMP")).one()
        camp.archived = True
    rows = [
        type_row(2, "X-1", category="Rations"),
        type_row(3, "X-2", category="CAMP"),
        type_row(4, "FLD-TENT", category="CAMP"),  # already in CAMP: it may stay
        type_row(5, "x-2"),
    ]

    plan = plan_rows(store, "equipment-types", rows)

    assert outcomes(plan) == [SKIPPED, SKIPPED, UPDATED, SKIPPED]
    found = errors(plan)
    assert found[2] == [
        (
            "category",
            "There is no equipment category 'Rations': check the code or name, or add the "
            "equipment category first.",
        )
    ]
    assert found[3] == [("category", "Category CAMP is archived: choose a category in use.")]
    assert found[5][0][0] == "code" and "is already on row 3" in found[5][0][1]


def test_a_type_keeps_its_counting_while_records_depend_on_it(store):
    with store.write() as session:
        radio = session.exec(select(EquipmentType).where(EquipmentType.code == "COM-RAD-HH")).one()
        session.add(Asset(tag="COM-RAD-HH-000001", equipment_type_id=radio.id))
    rows = [
        type_row(2, "COM-RAD-HH", serialised=False),
        type_row(3, "VEH-LC", category="SOFT", serialised=False),
        type_row(4, "COM-SATPH", serialised=False),  # nothing recorded: it may become bulk
    ]

    plan = plan_rows(store, "equipment-types", rows)

    assert outcomes(plan) == [SKIPPED, SKIPPED, UPDATED]
    assert errors(plan) == {
        2: [
            (
                "serialised",
                "1 Handheld radio item is recorded one by one: the type cannot become bulk "
                "while they are. Leave Serialised as yes.",
            )
        ],
        3: [
            (
                "serialised",
                "Toyota Land Cruiser 4x4 is a vehicle type: vehicles are counted one by one.",
            )
        ],
    }


# --- authorisations -------------------------------------------------------------------------------


def authorised(store) -> dict[tuple[str, str], tuple[int, str]]:
    with store.read() as session:
        found = session.exec(
            select(Unit.code, EquipmentType.code, Authorisation.quantity, Authorisation.basis)
            .join(Unit, Unit.id == Authorisation.unit_id)
            .join(EquipmentType, EquipmentType.id == Authorisation.equipment_type_id)
        ).all()
    return {(unit, kind): (quantity, basis.value) for unit, kind, quantity, basis in found}


def test_authorisations_are_matched_by_unit_and_type(tmp_store):
    reference_mission(tmp_store)
    first = [
        row(2, unit="KE-FPU-1", equipment_code="COM-RAD-HH", quantity=40),
        row(3, unit="Kenya SWAT Team", equipment_code="VEH-MRAP", quantity=2,
            basis=AuthorisationBasis.SOR),
    ]  # fmt: skip
    assert outcomes(apply_rows(tmp_store, "authorisations", first)) == [NEW, NEW]

    plan = apply_rows(
        tmp_store,
        "authorisations",
        [
            row(2, unit="ke-fpu-1", equipment_code="COM-RAD-HH", quantity=44),
            row(3, unit="KE-SWAT", equipment_code="VEH-MRAP", quantity=2),
            row(4, unit="KE-FPU-1", equipment_code="com-rad-hh", quantity=1),
        ],
    )

    assert outcomes(plan) == [UPDATED, UNCHANGED, SKIPPED]
    assert "already on row 2" in errors(plan)[4][0][1]
    assert authorised(tmp_store) == {
        ("KE-FPU-1", "COM-RAD-HH"): (44, "MOU"),
        ("KE-SWAT", "VEH-MRAP"): (2, "SOR"),  # an empty basis keeps the stored one
    }


def test_a_new_authorisation_needs_a_unit_and_type_in_service(tmp_store):
    reference_mission(tmp_store)
    with tmp_store.write() as session:
        session.exec(select(Unit).where(Unit.code == "JM-FPU")).one().archived = True
        tent = session.exec(select(EquipmentType).where(EquipmentType.code == "FLD-TENT")).one()
        tent.archived = True
    rows = [
        row(2, unit="JM-FPU", equipment_code="COM-RAD-HH", quantity=10),
        row(3, unit="KE-FPU-1", equipment_code="FLD-TENT", quantity=10),
        row(4, unit="KE-FPU-3", equipment_code="NOPE", quantity=10),
    ]

    plan = plan_rows(tmp_store, "authorisations", rows)

    assert outcomes(plan) == [SKIPPED, SKIPPED, SKIPPED]
    found = errors(plan)
    assert found[2] == [("unit", "Unit JM-FPU is archived: choose a unit in service.")]
    assert found[3] == [
        (
            "equipment_code",
            "Equipment type FLD-TENT (Tent, 10-person) is archived: choose a type in use.",
        )
    ]
    assert [field for field, _ in found[4]] == ["unit", "equipment_code"]
