"""Holdings and gaps, bulk stock, authorisations, and the unit and category lists behind the
filters, on the hand-built mission of ``test_registers_data``."""

from __future__ import annotations

import pytest
from test_registers_data import build_mission

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.services import Services
from lsa_desktop.services.query import ListQuery


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def services(tmp_store, mission):
    return Services(tmp_store)


def listed(register, query=None):
    query = query or ListQuery()
    return register.rows(register.keys(query))


def figures(rows):
    """{(unit, type): (authorised, on hand, serviceable, pledged, gap)}"""
    return {
        (r.unit_code, r.type_code): (r.authorised, r.on_hand, r.serviceable, r.pledged_open, r.gap)
        for r in rows
    }


def test_holdings_show_what_is_authorised_held_pledged_and_missing(services):
    rows = listed(services.equipment.holdings)
    assert figures(rows) == {
        ("FPU1", "RAD-HH"): (10, 4, 3, 0, 7),
        ("FPU1", "NVG"): (5, 1, 1, 2, 2),
        ("FPU1", "TENT"): (25, 20, 18, 0, 7),
        ("FPU2", "RAD-HH"): (4, 0, 0, 0, 4),
        ("JCU", "TENT"): (0, 6, 6, 0, 0),
        # Vehicles held without an authorisation are holdings too.
        ("FPU1", "MRAP"): (0, 1, 1, 0, 0),
        ("FPU2", "4X4"): (0, 1, 0, 0, 0),
        ("JCU", "4X4"): (0, 1, 1, 0, 0),
    }
    # Unit order, then the category's display order, then the type code.
    assert [(r.unit_code, r.type_code) for r in rows][:4] == [
        ("FPU1", "MRAP"),
        ("FPU1", "NVG"),
        ("FPU1", "RAD-HH"),
        ("FPU1", "TENT"),
    ]
    radios = rows[2]
    assert (radios.type_name, radios.category_name, radios.critical) == (
        "Handheld radio",
        "Communications",
        True,
    )


def test_holdings_of_an_archived_unit_are_hidden(services, mission):
    holdings = services.equipment.holdings
    assert ("OLD", "RAD-HH") not in figures(listed(holdings))
    assert ("OLD", "RAD-HH") in figures(listed(holdings, ListQuery(include_archived=True)))
    assert holdings.count() == 8


def test_holdings_filters(services, mission):
    holdings = services.equipment.holdings
    gaps = ListQuery(filters={"only_gaps": True})
    assert len(listed(holdings, gaps)) == 4
    no_gap = ListQuery(filters={"only_gaps": False})
    assert set(figures(listed(holdings, no_gap))) == {
        ("JCU", "TENT"),
        ("FPU1", "MRAP"),
        ("FPU2", "4X4"),
        ("JCU", "4X4"),
    }
    critical = ListQuery(filters={"critical": True, "unit_id": mission.fpu1.id})
    assert set(figures(listed(holdings, critical))) == {
        ("FPU1", "RAD-HH"),
        ("FPU1", "NVG"),
        ("FPU1", "MRAP"),
    }
    camp = ListQuery(filters={"category_id": mission.camp.id})
    assert set(figures(listed(holdings, camp))) == {("FPU1", "TENT"), ("JCU", "TENT")}
    jamaica = ListQuery(filters={"contingent_id": mission.jamaica.id})
    assert set(figures(listed(holdings, jamaica))) == {("JCU", "TENT"), ("JCU", "4X4")}
    radios = ListQuery(filters={"equipment_type_id": mission.radio.id})
    assert holdings.count(radios) == 2
    assert set(figures(listed(holdings, ListQuery(search="night")))) == {("FPU1", "NVG")}


HOLDING_SORTS = {
    "unit": lambda r: r.unit_code,
    "code": lambda r: r.type_code,
    "name": lambda r: r.type_name,
    "critical": lambda r: r.critical,
    "authorised": lambda r: r.authorised,
    "on_hand": lambda r: r.on_hand,
    "serviceable": lambda r: r.serviceable,
    "pledged": lambda r: r.pledged_open,
    "gap": lambda r: r.gap,
}


def test_every_holdings_column_sorts(services):
    holdings = services.equipment.holdings
    rows = listed(holdings)
    for sort_key in holdings.sort_keys:
        for descending in (False, True):
            keys = holdings.keys(ListQuery(sort_key=sort_key, descending=descending))
            assert sorted(keys) == sorted(r.key for r in rows)
            if sort_key in HOLDING_SORTS:
                got = [HOLDING_SORTS[sort_key](r) for r in holdings.rows(keys)]
                assert got == sorted(got, reverse=descending), (sort_key, descending)
    by_gap = holdings.rows(holdings.keys(ListQuery(sort_key="gap", descending=True)))
    # Equal gaps fall back on unit, category order and type, reversed like the gap.
    assert [(r.unit_code, r.type_code, r.gap) for r in by_gap][:2] == [
        ("FPU1", "TENT", 7),
        ("FPU1", "RAD-HH", 7),
    ]
    by_category = holdings.rows(holdings.keys(ListQuery(sort_key="category")))
    assert [r.category_name for r in by_category] == (
        ["Vehicles"] * 3 + ["Communications"] * 3 + ["Camp"] * 2
    )


def test_holdings_keys_round_trip(services):
    holdings = services.equipment.holdings
    keys = holdings.keys(ListQuery(sort_key="gap"))
    assert [r.key for r in holdings.rows(list(reversed(keys)))] == list(reversed(keys))
    assert holdings.keys(ListQuery(sort_key="gap"), limit=2) == keys[:2]
    assert holdings.page(ListQuery(sort_key="gap"), limit=2) == holdings.rows(keys[:2])


def test_stock_lines(services, mission):
    stock = services.equipment.stock
    rows = listed(stock)
    assert [(r.unit_code, r.type_code, r.on_hand, r.serviceable) for r in rows] == [
        ("FPU1", "TENT", 20, 18),
        ("JCU", "TENT", 6, 6),
    ]
    assert rows[0].category_name == "Camp"
    assert rows[0].unit_of_measure == "each"
    by_count = ListQuery(sort_key="on_hand")
    assert [r.unit_code for r in listed(stock, by_count)] == ["JCU", "FPU1"]
    assert [r.unit_code for r in listed(stock, ListQuery(filters={"unit_id": mission.jcu.id}))] == [
        "JCU"
    ]
    for sort_key in stock.sort_keys:
        assert len(stock.keys(ListQuery(sort_key=sort_key, descending=True))) == 2


def test_authorisations(services, mission):
    authorisations = services.equipment.authorisations
    rows = listed(authorisations)
    assert [(r.unit_code, r.type_code, r.quantity) for r in rows] == [
        ("FPU1", "NVG", 5),
        ("FPU1", "RAD-HH", 10),
        ("FPU1", "TENT", 25),
        ("FPU2", "RAD-HH", 4),
    ]
    assert rows[0].basis is AuthorisationBasis.MOU
    by_quantity = ListQuery(sort_key="quantity", descending=True)
    assert [r.quantity for r in listed(authorisations, by_quantity)] == [25, 10, 5, 4]
    comms = ListQuery(filters={"category_id": mission.comms.id}, search="radio")
    assert [r.unit_code for r in listed(authorisations, comms)] == ["FPU1", "FPU2"]
    sor = ListQuery(filters={"basis": AuthorisationBasis.SOR})
    assert listed(authorisations, sor) == []
    for sort_key in authorisations.sort_keys:
        assert len(authorisations.keys(ListQuery(sort_key=sort_key))) == 4


def test_units_and_contingents_for_the_filters(services):
    units = services.units.units()
    assert [u.code for u in units] == ["FPU1", "FPU2", "JCU"]
    assert (units[0].name, units[0].contingent_name) == ("Formed unit 1", "Kenya")
    assert units[2].contingent_name == "Jamaica"
    assert [u.code for u in services.units.units(include_archived=True)][-1] == "OLD"
    assert [c.name for c in services.units.contingents()] == ["Jamaica", "Kenya"]


def test_categories_in_display_order(services):
    categories = services.equipment.categories()
    assert [(c.code, c.critical) for c in categories] == [
        ("VEH", True),
        ("COMMS", True),
        ("CAMP", False),
    ]
