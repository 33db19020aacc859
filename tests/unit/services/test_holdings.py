"""holdings_query: what each unit is authorised, holds and was pledged, counted by the database."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from factories import MissionBuilder
from sqlalchemy import select

from lsa_desktop.domain.enums import AssetStatus, PledgeStatus
from lsa_desktop.services.holdings import holdings_query
from lsa_desktop.store.models import EquipmentType, Unit


def rows(store):
    """{(unit code, equipment code): (authorised, on hand, serviceable, pledged open, gap)}"""
    h = holdings_query()
    query = (
        select(
            Unit.__table__.c.code,
            EquipmentType.__table__.c.code,
            h.c.authorised,
            h.c.on_hand,
            h.c.serviceable,
            h.c.pledged_open,
            h.c.gap,
        )
        .join(Unit.__table__, Unit.__table__.c.id == h.c.unit_id)
        .join(EquipmentType.__table__, EquipmentType.__table__.c.id == h.c.equipment_type_id)
    )
    with store.read() as session:
        return {(u, t): tuple(figures) for u, t, *figures in session.execute(query)}


@pytest.fixture
def mission(tmp_store):
    """One unit and three communications types, nothing authorised or held yet."""
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        comms = m.category("COM", critical=True)
        return SimpleNamespace(
            fpu=m.unit("FPU1"),
            radio=m.equipment("RADIO", comms),
            nvg=m.equipment("NVG", comms, serialised=False),
            drone=m.equipment("DRONE", comms),
        )


def test_assets_count_only_when_held_and_not_archived(tmp_store, mission):
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        m.authorise(mission.fpu, mission.radio, 20)
        m.assets(mission.fpu, mission.radio, 5, AssetStatus.IN_SERVICE)
        m.assets(mission.fpu, mission.radio, 2, AssetStatus.UNSERVICEABLE)
        m.assets(mission.fpu, mission.radio, 1, AssetStatus.UNDER_REPAIR)
        for status in (
            AssetStatus.LOST,
            AssetStatus.WRITTEN_OFF,
            AssetStatus.IN_TRANSIT,
            AssetStatus.REPATRIATED,
        ):
            m.assets(mission.fpu, mission.radio, 3, status)
        m.assets(mission.fpu, mission.radio, 4, AssetStatus.IN_SERVICE, archived=True)
        m.assets(None, mission.radio, 6, AssetStatus.IN_SERVICE)  # in no unit's hands

    # 20 authorised; 5 + 2 + 1 on hand; 5 serviceable; gap 20 - 5 = 15
    assert rows(tmp_store) == {("FPU1", "RADIO"): (20, 8, 5, 0, 15)}


def test_bulk_stock_adds_to_serialised_items(tmp_store, mission):
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        m.authorise(mission.fpu, mission.radio, 10)
        m.assets(mission.fpu, mission.radio, 3)
        m.stock(mission.fpu, mission.radio, on_hand=4, serviceable=2)
        m.stock(mission.fpu, mission.nvg, on_hand=0, serviceable=0)  # counted down to nothing

    assert rows(tmp_store) == {("FPU1", "RADIO"): (10, 7, 5, 0, 5)}


def test_open_pledges_net_of_accepted_deliveries(tmp_store, mission):
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        m.authorise(mission.fpu, mission.nvg, 140)
        m.stock(mission.fpu, mission.nvg, on_hand=25, serviceable=20)
        m.pledge(mission.fpu, mission.nvg, 30, PledgeStatus.PLEDGED)  # open 30
        m.pledge(mission.fpu, mission.nvg, 25, PledgeStatus.PARTIALLY_DELIVERED, accepted=(3, 2))
        m.pledge(mission.fpu, mission.nvg, 10, PledgeStatus.COMMITTED, accepted=(12,))  # over: 0
        m.pledge(mission.fpu, mission.nvg, 100, PledgeStatus.WITHDRAWN)
        m.pledge(mission.fpu, mission.nvg, 100, PledgeStatus.DELIVERED)
        m.pledge(mission.fpu, mission.nvg, 100, PledgeStatus.CLOSED)

    # open: 30 + (25 - 5) + max(0, 10 - 12) = 50; gap 140 - 20 - 50 = 70
    assert rows(tmp_store) == {("FPU1", "NVG"): (140, 25, 20, 50, 70)}


def test_rows_for_what_is_held_or_pledged_without_authorisation(tmp_store, mission):
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        m.assets(mission.fpu, mission.radio, 2, AssetStatus.UNSERVICEABLE)
        m.pledge(mission.fpu, mission.drone, 5)
        m.pledge(mission.fpu, mission.nvg, 5, accepted=(5,))  # fully delivered: nothing open

    assert rows(tmp_store) == {
        ("FPU1", "RADIO"): (0, 2, 0, 0, 0),
        ("FPU1", "DRONE"): (0, 0, 0, 5, 0),
    }


def test_an_authorisation_of_zero_is_still_a_row(tmp_store, mission):
    with tmp_store.write() as session:
        MissionBuilder(session).authorise(mission.fpu, mission.radio, 0)

    assert rows(tmp_store) == {("FPU1", "RADIO"): (0, 0, 0, 0, 0)}


def test_units_and_types_are_kept_apart(tmp_store, mission):
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        fpu2 = m.unit("FPU2")
        m.authorise(mission.fpu, mission.radio, 4)
        m.authorise(fpu2, mission.radio, 6)
        m.assets(mission.fpu, mission.radio, 1)
        m.assets(fpu2, mission.radio, 2)
        m.assets(fpu2, mission.drone, 1)
        m.pledge(fpu2, mission.radio, 3)

    assert rows(tmp_store) == {
        ("FPU1", "RADIO"): (4, 1, 1, 0, 3),
        ("FPU2", "RADIO"): (6, 2, 2, 3, 1),
        ("FPU2", "DRONE"): (0, 1, 1, 0, 0),
    }
