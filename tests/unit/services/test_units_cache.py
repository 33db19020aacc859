"""The unit list every picker reads is kept between forms, and read again after any change."""

from __future__ import annotations

from sqlalchemy import event
from sqlmodel import select

from lsa_desktop.domain.enums import UnitType
from lsa_desktop.services.units import UnitService
from lsa_desktop.store.models import Contingent, Unit


def count_statements(store):
    seen: list[str] = []
    event.listen(
        store.engine, "before_cursor_execute", lambda *a: a[2] == "BEGIN" or seen.append(a[2])
    )
    return seen


def test_the_list_is_read_once_until_a_unit_or_contingent_changes(tmp_store):
    with tmp_store.write() as session:
        kenya = Contingent(country_code="KE", name="Kenya")
        session.add(kenya)
        session.flush()
        session.add(
            Unit(code="KE-FPU-1", name="FPU 1", unit_type=UnitType.FPU, contingent_id=kenya.id)
        )
    service = UnitService(tmp_store)
    first = service.units()
    assert [(u.code, u.contingent_name) for u in first] == [("KE-FPU-1", "Kenya")]

    seen = count_statements(tmp_store)
    assert service.units() == first
    assert len(seen) == 1  # only the stamp: nothing changed

    with tmp_store.write() as session:
        session.add(Unit(code="KE-FPU-2", name="FPU 2", unit_type=UnitType.FPU))
    assert [u.code for u in service.units()] == ["KE-FPU-1", "KE-FPU-2"]

    with tmp_store.write() as session:
        session.get(Contingent, kenya.id).name = "Republic of Kenya"
    assert service.units()[0].contingent_name == "Republic of Kenya"

    with tmp_store.write() as session:
        unit = session.exec(select(Unit).where(Unit.code == "KE-FPU-2")).one()
        unit.archived = True
    assert [u.code for u in service.units()] == ["KE-FPU-1"]
    assert [u.code for u in service.units(include_archived=True)] == ["KE-FPU-1", "KE-FPU-2"]


def test_a_caller_changing_its_copy_does_not_change_the_kept_list(tmp_store):
    with tmp_store.write() as session:
        session.add(Unit(code="X", name="X", unit_type=UnitType.HQ))
    service = UnitService(tmp_store)
    service.units().clear()
    assert [u.code for u in service.units()] == ["X"]
