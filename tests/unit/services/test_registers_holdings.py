"""The holdings register adds up only the units each answer needs, and answers exactly as if it
added up the whole mission: a first page is the start of the full list, whatever the filters."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from factories import MissionBuilder
from sqlalchemy import Select

from lsa_desktop.domain.enums import AssetStatus
from lsa_desktop.services import equipment, holdings
from lsa_desktop.services.equipment import HoldingsRegister
from lsa_desktop.services.query import ListQuery

#: Units U01..U12: odd ones Kenyan, even ones Jamaican; U12 archived.
CODES = [f"U{n:02d}" for n in range(1, 13)]


@pytest.fixture
def mission(tmp_store):
    """Every unit holds radios, tents and drones in varied numbers; only a few have gaps, so a
    first page of gaps must look beyond the first units."""
    with tmp_store.write() as session:
        m = MissionBuilder(session)
        kenya = m.contingent("Kenya", "KE")
        jamaica = m.contingent("Jamaica", "JM")
        units = {
            code: m.unit(code, contingent=kenya if n % 2 else jamaica, archived=code == "U12")
            for n, code in enumerate(CODES, start=1)
        }
        comms = m.category("COM", critical=True, sort_order=1)
        camp = m.category("CAMP", sort_order=2)
        radio = m.equipment("RADIO", comms)
        drone = m.equipment("DRONE", comms)
        tent = m.equipment("TENT", camp, serialised=False)
        for n, code in enumerate(CODES, start=1):
            unit = units[code]
            m.authorise(unit, radio, 4)
            m.assets(unit, radio, 4 if n % 5 else 1)  # U05 and U10 are 3 radios short
            m.assets(unit, radio, 1, AssetStatus.UNSERVICEABLE)
            m.authorise(unit, tent, 2 * n)
            m.stock(unit, tent, on_hand=2 * n, serviceable=2 * n - (n == 7))  # U07: 1 short
            m.assets(unit, drone, n % 3)
        return SimpleNamespace(units=units, kenya=kenya)


@pytest.fixture
def register(tmp_store, mission, monkeypatch):
    """The register, looking for a first page in one unit first (so the search widens often)."""
    monkeypatch.setattr(HoldingsRegister, "FIRST_UNITS", 1)
    return HoldingsRegister(tmp_store)


def queries(mission):
    u03 = mission.units["U03"].id
    return {
        "default": ListQuery(),
        "descending": ListQuery(descending=True),
        "only gaps": ListQuery(filters={"only_gaps": True}),
        "only gaps, descending": ListQuery(filters={"only_gaps": True}, descending=True),
        "no gap": ListQuery(filters={"only_gaps": False}),
        "critical": ListQuery(filters={"critical": True}),
        "a contingent": ListQuery(filters={"contingent_id": mission.kenya.id}),
        "a unit": ListQuery(filters={"unit_id": u03}),
        "a search": ListQuery(search="tent"),
        "nothing": ListQuery(search="zzz"),
        "archived too": ListQuery(include_archived=True, descending=True),
        "by gap": ListQuery(sort_key="gap", descending=True),
        "by type": ListQuery(sort_key="code", filters={"only_gaps": True}),
    }


@pytest.mark.parametrize(
    "name",
    [
        "default",
        "descending",
        "only gaps",
        "only gaps, descending",
        "no gap",
        "critical",
        "a contingent",
        "a unit",
        "a search",
        "nothing",
        "archived too",
        "by gap",
        "by type",
    ],
)
def test_a_first_page_is_the_start_of_the_full_list(register, mission, name):
    query = queries(mission)[name]
    keys = register.keys(query)
    assert register.count(query) == len(keys)
    for limit in (1, 2, 3, 4, 7, 12, len(keys), len(keys) + 1):
        assert register.keys(query, limit) == keys[:limit], limit
        assert register.page(query, limit) == register.rows(keys[:limit]), limit


def test_the_gaps_found_beyond_the_first_units(register):
    gaps = register.page(ListQuery(filters={"only_gaps": True}), limit=10)
    assert [(row.unit_code, row.type_code, row.gap) for row in gaps] == [
        ("U05", "RADIO", 3),
        ("U07", "TENT", 1),
        ("U10", "RADIO", 3),
    ]


def test_rows_of_a_block_are_those_of_the_whole_list(register):
    everything = {row.key: row for row in register.page(ListQuery(sort_key="gap"), limit=1000)}
    keys = register.keys(ListQuery())
    assert set(keys) == set(everything)
    block = [keys[5], keys[20], keys[0], keys[-1]]
    assert register.rows(block) == [everything[key] for key in block]


@pytest.fixture
def aggregated(monkeypatch):
    """The ``unit_ids`` of every holdings query the register builds, in order."""
    asked = []

    def spy(unit_ids=None):
        asked.append(unit_ids)
        return holdings.holdings_query(unit_ids)

    monkeypatch.setattr(equipment, "holdings_query", spy)
    return asked


def test_each_answer_adds_up_only_the_units_it_needs(tmp_store, mission, aggregated):
    register = HoldingsRegister(tmp_store)
    units = mission.units
    keys = register.keys(ListQuery())
    assert aggregated == [None]  # the whole key list: every unit

    aggregated.clear()
    register.rows(
        [key for key in keys if key.startswith((units["U02"].id.hex, units["U04"].id.hex))]
    )
    assert aggregated == [{units["U02"].id, units["U04"].id}]

    aggregated.clear()
    register.page(ListQuery(), limit=5)
    assert aggregated == [[units[code].id for code in CODES[: HoldingsRegister.FIRST_UNITS]]]

    aggregated.clear()
    register.count(ListQuery(filters={"unit_id": units["U03"].id}))
    (restriction,) = aggregated
    assert isinstance(restriction, Select)

    aggregated.clear()
    register.page(ListQuery(sort_key="gap"), limit=5)
    assert aggregated == [None]  # sorted by a figure: every unit's rows compete
