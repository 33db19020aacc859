"""holdings_query(unit_ids): some units' holdings, added up inside each source, are exactly the
whole mission's rows for those units."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from factories import MissionBuilder
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from lsa_desktop.domain.enums import AssetStatus, PledgeStatus
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.store.models import EquipmentType, Unit

_unit = Unit.__table__
_type = EquipmentType.__table__
FIGURES = ("authorised", "on_hand", "serviceable", "pledged_open", "gap")


def rows(store, unit_ids=None):
    """{(unit code, equipment code): (authorised, on hand, serviceable, pledged open, gap)}"""
    h = holdings_query(unit_ids)
    query = (
        select(_unit.c.code, _type.c.code, *(h.c[name] for name in FIGURES))
        .join(_unit, _unit.c.id == h.c.unit_id)
        .join(_type, _type.c.id == h.c.equipment_type_id)
    )
    with store.read() as session:
        return {(u, t): tuple(figures) for u, t, *figures in session.execute(query)}


@pytest.fixture
def mission(tmp_store):
    """Three units in two contingents, each with authorisations, items, stock and pledges."""
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        kenya = m.contingent("Kenya", "KE")
        jamaica = m.contingent("Jamaica", "JM")
        units = {code: m.unit(code, contingent=kenya) for code in ("FPU1", "FPU2")}
        units["JCU"] = m.unit("JCU", contingent=jamaica)
        comms = m.category("COM", critical=True)
        radio = m.equipment("RADIO", comms)
        nvg = m.equipment("NVG", comms, serialised=False)
        drone = m.equipment("DRONE", comms)
        fpu1, fpu2, jcu = units["FPU1"], units["FPU2"], units["JCU"]

        m.authorise(fpu1, radio, 10)
        m.assets(fpu1, radio, 4)
        m.assets(fpu1, radio, 2, AssetStatus.UNSERVICEABLE)
        m.assets(fpu1, radio, 1, AssetStatus.LOST)
        m.assets(fpu1, radio, 3, archived=True)
        m.stock(fpu1, nvg, on_hand=5, serviceable=3)
        m.pledge(fpu1, nvg, 10, PledgeStatus.PARTIALLY_DELIVERED, accepted=(4,))

        m.authorise(fpu2, radio, 6)
        m.assets(fpu2, radio, 2)
        m.assets(fpu2, drone, 1)
        m.pledge(fpu2, radio, 3)
        m.pledge(fpu2, drone, 5, PledgeStatus.PARTIALLY_DELIVERED, accepted=(5,))  # nothing open

        m.authorise(jcu, nvg, 0)
        m.stock(jcu, nvg, on_hand=6, serviceable=6)
        m.assets(jcu, drone, 1, AssetStatus.UNDER_REPAIR)
        m.pledge(jcu, radio, 2)

        m.assets(None, radio, 5)  # in no unit's hands
        return SimpleNamespace(kenya=kenya, units=units)


def test_the_whole_mission_has_rows_for_every_unit(tmp_store, mission):
    assert rows(tmp_store) == {
        ("FPU1", "RADIO"): (10, 6, 4, 0, 6),
        ("FPU1", "NVG"): (0, 5, 3, 6, 0),
        ("FPU2", "RADIO"): (6, 2, 2, 3, 1),
        ("FPU2", "DRONE"): (0, 1, 1, 0, 0),
        ("JCU", "NVG"): (0, 6, 6, 0, 0),
        ("JCU", "DRONE"): (0, 1, 0, 0, 0),
        ("JCU", "RADIO"): (0, 0, 0, 2, 0),
    }


@pytest.mark.parametrize(
    "codes",
    [(), ("FPU1",), ("FPU2", "JCU"), ("JCU",), ("FPU1", "FPU2", "JCU")],
    ids=lambda codes: "+".join(codes) or "none",
)
def test_some_units_are_the_whole_missions_rows_for_those_units(tmp_store, mission, codes):
    whole = rows(tmp_store)
    ids = {mission.units[code].id for code in codes}
    assert rows(tmp_store, ids) == {key: row for key, row in whole.items() if key[0] in codes}


def test_units_given_by_a_query(tmp_store, mission):
    kenyan = select(_unit.c.id).where(_unit.c.contingent_id == mission.kenya.id)
    whole = rows(tmp_store)
    expected = {key: row for key, row in whole.items() if key[0] in ("FPU1", "FPU2")}
    assert rows(tmp_store, kenyan) == expected


def test_the_planner_hint_is_sqlite_only():
    statement = select(holdings_query([]))
    assert "likelihood(" in str(statement.compile(dialect=sqlite.dialect()))
    assert "likelihood(" not in str(statement.compile(dialect=postgresql.dialect()))
