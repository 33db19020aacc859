"""Writing units (add, save, archive) and the units register, on the mission of
``test_personnel_writes``."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select
from test_personnel_writes import audit, build_people, refused

from lsa_desktop.domain.enums import PersonStatus, UnitType
from lsa_desktop.domain.personnel_rules import UnitInput
from lsa_desktop.errors import UserError
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.units import UnitService
from lsa_desktop.store.models import Location, Person, Unit


@pytest.fixture
def mission(tmp_store):
    return build_people(tmp_store)


@pytest.fixture
def units(tmp_store, mission) -> UnitService:
    return UnitService(tmp_store)


@pytest.fixture
def base(tmp_store, mission) -> Location:
    with tmp_store.write() as session:
        base = Location(code="PAP-AIR", name="Port-au-Prince airport base")
        session.add(base)
    return base


def section(code: str = "KEN-FPU-1-A", **changes) -> UnitInput:
    return replace(
        UnitInput(
            code=code,
            name="Section A",
            unit_type=UnitType.SECTION,
            authorised_strength=12,
            min_operational_strength=10,
        ),
        **changes,
    )


def test_a_unit_is_added_with_its_parent_and_base(tmp_store, mission, units, base):
    added = units.create_unit(section(parent_id=mission.fpu1.id, base_id=base.id, code=" S-1 "))
    assert (added.code, added.parent_id, added.base_id) == ("S-1", mission.fpu1.id, base.id)
    assert units.unit(added.id) == added
    (entry,) = [e for e in audit(tmp_store) if e.table_name == "unit"]
    assert (entry.action, entry.record_id) == ("INSERT", added.id)
    assert [option.name for option in units.locations()] == ["Port-au-Prince airport base"]


def test_a_code_in_use_is_refused_naming_the_unit(mission, units):
    assert refused(units.create_unit, section("KEN-FPU-1")) == {
        "code": "Code KEN-FPU-1 is already used by KEN-FPU-1 name. Choose another code."
    }
    assert "an archived unit" in refused(units.create_unit, section("KEN-OLD"))["code"]


def test_strength_rules_are_checked_before_saving(mission, units):
    problems = refused(
        units.create_unit, section(authorised_strength=10, min_operational_strength=12)
    )
    assert (
        "(12) cannot be above the authorised strength (10)" in problems["min_operational_strength"]
    )
    assert (
        "negative"
        in refused(units.create_unit, section(authorised_strength=-1))["authorised_strength"]
    )


def test_a_unit_cannot_be_placed_under_itself_or_below_it(tmp_store, mission, units):
    child = units.create_unit(section(parent_id=mission.fpu1.id))
    grandchild = units.create_unit(section("KEN-FPU-1-A-1", parent_id=child.id))
    fpu1 = units.unit(mission.fpu1.id)
    assert (
        "is this unit"
        in refused(units.update_unit, fpu1.id, replace(fpu1.values(), parent_id=fpu1.id))[
            "parent_id"
        ]
    )
    assert (
        "is under this unit"
        in refused(units.update_unit, fpu1.id, replace(fpu1.values(), parent_id=grandchild.id))[
            "parent_id"
        ]
    )
    choices = {option.code for option in units.parent_choices(mission.fpu1.id)}
    assert choices == {"KEN-FPU-2"}
    assert {option.code for option in units.parent_choices()} >= {"KEN-FPU-1", "KEN-FPU-1-A"}
    archived_parent = refused(units.create_unit, section("S-9", parent_id=mission.old.id))
    assert "KEN-OLD is archived" in archived_parent["parent_id"]


def test_saving_a_unit_writes_only_what_changed(tmp_store, mission, units):
    fpu2 = units.unit(mission.fpu2.id)
    units.update_unit(fpu2.id, replace(fpu2.values(), authorised_strength=150))
    assert [(e.field, e.old_value, e.new_value) for e in audit(tmp_store, "UPDATE")] == [
        ("authorised_strength", "140", "150")
    ]


def test_a_unit_with_officers_on_its_roll_is_not_archived(tmp_store, mission, units):
    with pytest.raises(UserError) as caught:
        units.archive_unit(mission.fpu1.id)
    assert str(caught.value) == (
        "Unit KEN-FPU-1 still has 2 officers on its roll. Move them to another unit (Personnel: "
        "select them, then Move to unit…) or record their departure (Record rotation…), then "
        "archive the unit."
    )
    # KEN-FPU-2 holds only a repatriated officer: it can go.
    archived = units.archive_unit(mission.fpu2.id)
    assert archived.archived
    assert [(e.field, e.new_value) for e in audit(tmp_store, "UPDATE")] == [("archived", "true")]
    with pytest.raises(UserError, match="archived"):
        units.update_unit(archived.id, archived.values())


def test_a_unit_with_units_under_it_is_not_archived(tmp_store, mission, units):
    units.create_unit(section(parent_id=mission.fpu2.id))
    with pytest.raises(UserError, match=r"units under it \(KEN-FPU-1-A\)"):
        units.archive_unit(mission.fpu2.id)


def test_the_register_counts_active_officers_and_sorts_by_every_column(tmp_store, mission, units):
    register = units.register
    rows = register.rows(register.keys())
    assert [(row.code, row.present, row.below_minimum) for row in rows] == [
        ("KEN-FPU-1", 2, True),
        ("KEN-FPU-2", 0, True),
    ]
    assert rows[0].contingent_name == "Kenya"
    by_present = register.keys(ListQuery(sort_key="present", descending=True))
    assert by_present[0] == mission.fpu1.id.hex
    for key in register.sort_keys:
        assert len(register.keys(ListQuery(sort_key=key))) == 2
    assert register.keys(ListQuery(search="fpu-2")) == (mission.fpu2.id.hex,)
    assert register.count(ListQuery(include_archived=True)) == 3
    assert register.keys(ListQuery(filters={"unit_type": "SECTION"})) == ()
    with tmp_store.write() as session:
        session.get(Person, mission.kamau.id).status = PersonStatus.SICK
    assert register.rows([mission.fpu1.id.hex])[0].present == 1


def test_units_are_read_back_as_stored(tmp_store, mission, units):
    with tmp_store.read() as session:
        stored = session.exec(select(Unit).where(Unit.code == "KEN-FPU-1")).one()
    assert units.unit(stored.id).values().authorised_strength == 140
