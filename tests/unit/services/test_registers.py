"""The personnel, vehicle and item registers: search, filters, every sort, archived rows, and the
keys-then-rows round trip, on the hand-built mission of ``test_registers_data``."""

from __future__ import annotations

from datetime import date

import pytest
from test_registers_data import AS_OF, build_mission

from lsa_desktop.domain.enums import AssetStatus, Condition, Owner, PersonStatus
from lsa_desktop.services import Services
from lsa_desktop.services.fleet import FleetService, service_overdue
from lsa_desktop.services.query import ListQuery


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def services(tmp_store, mission):
    services = Services(tmp_store)
    services.__dict__["fleet"] = FleetService(tmp_store, today=lambda: AS_OF)
    return services


def listed(register, query=None, field="key"):
    """What the register lists for ``query``: one field of each row, in order."""
    query = query or ListQuery()
    return [getattr(row, field) for row in register.rows(register.keys(query))]


def numbers(services, **query):
    return listed(services.personnel.people, ListQuery(**query), "service_number")


# -- personnel ------------------------------------------------------------------------------


def test_roll_hides_archived_officers_and_sorts_by_service_number(services):
    assert numbers(services) == ["HT100", "JM-0457", "KE001", "KE002", "KE010", "KE_050"]
    assert "KE099" in numbers(services, include_archived=True)
    assert services.personnel.people.count() == 6


def test_rows_carry_rank_unit_and_dates(services):
    people = services.personnel.people
    (row,) = people.rows(people.keys(ListQuery(search="KE002")))
    assert (row.surname, row.given_names, row.rank_code, row.rank_level) == (
        "Wanjiru",
        "Grace Akinyi",
        "SGT",
        3,
    )
    assert (row.unit_code, row.status, row.arrival_date, row.tour_end_date) == (
        "FPU1",
        PersonStatus.LEAVE,
        date(2024, 7, 10),
        None,
    )


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("otieno", ["KE001"]),  # surname, any case
        ("OTI", ["KE001", "KE_050"]),  # surname Otieno, given name Otis
        ("akinyi", ["KE002"]),  # second given name
        ("0457", ["JM-0457"]),  # part of a service number
        ("grace wanjiru", ["KE002"]),  # every word must match, in any column
        ("grace otieno", []),
        ("E_0", ["KE_050"]),  # "_" is a letter here, not a wildcard
        ("%", []),
        ("Hér", ["HT100"]),  # accented letters match themselves
        ("herard", ["HT100"]),  # and their letters without the accent, in any case
        ("CELESTIN", ["HT100"]),
        ("  ", ["HT100", "JM-0457", "KE001", "KE002", "KE010", "KE_050"]),
    ],
)
def test_search_is_a_substring_of_name_or_service_number(services, search, expected):
    assert numbers(services, search=search) == expected


def test_filters_by_unit_status_rank_and_contingent(services, mission):
    assert numbers(services, filters={"unit_id": mission.fpu1.id}) == ["KE001", "KE002"]
    assert numbers(services, filters={"status": PersonStatus.ACTIVE}) == [
        "HT100",
        "KE001",
        "KE010",
    ]
    assert numbers(services, filters={"contingent_id": mission.jamaica.id}) == [
        "HT100",
        "JM-0457",
    ]
    both = {"unit_id": mission.fpu1.id, "status": "ACTIVE"}
    assert numbers(services, filters=both, search="o") == ["KE001"]
    assert numbers(services, filters={"unit_id": None}) == numbers(services)


def test_unknown_filter_or_sort_is_a_programming_error(services):
    with pytest.raises(ValueError, match="no filter"):
        services.personnel.people.keys(ListQuery(filters={"colour": "red"}))
    with pytest.raises(ValueError, match="cannot sort"):
        services.personnel.people.keys(ListQuery(sort_key="shoe_size"))


STATUS_ORDER = list(PersonStatus)

PERSON_SORTS = {
    "service_number": lambda r: r.service_number,
    "rank": lambda r: r.rank_level,
    "surname": lambda r: (r.surname, r.given_names),
    "given_names": lambda r: (r.given_names, r.surname),
    "sex": lambda r: r.sex,
    "unit": lambda r: r.unit_code,
    "role": lambda r: r.role,
    "status": lambda r: STATUS_ORDER.index(r.status),
    "arrival_date": lambda r: r.arrival_date,
    "tour_end_date": lambda r: r.tour_end_date,
}


def expected_order(rows, value, tiebreak, descending):
    """Sorted by ``value`` then ``tiebreak``; empty values last in both directions."""
    present = [r for r in rows if value(r) is not None]
    empty = [r for r in rows if value(r) is None]
    present.sort(key=lambda r: (value(r), tiebreak(r)), reverse=descending)
    empty.sort(key=tiebreak, reverse=descending)
    return [r.key for r in present + empty]


def test_every_personnel_column_sorts(services):
    people = services.personnel.people
    assert set(PERSON_SORTS) == set(people.sort_keys)
    rows = people.rows(people.keys(ListQuery(include_archived=True)))
    for sort_key, value in PERSON_SORTS.items():
        for descending in (False, True):
            query = ListQuery(sort_key=sort_key, descending=descending, include_archived=True)
            expected = expected_order(rows, value, lambda r: r.service_number, descending)
            assert list(people.keys(query)) == expected, (sort_key, descending)


def test_the_first_page_is_the_start_of_the_full_list(services):
    people = services.personnel.people
    for sort_key in people.sort_keys:
        query = ListQuery(sort_key=sort_key, descending=True, search="e")
        keys = people.keys(query)
        assert people.keys(query, limit=3) == keys[:3]
        assert [row.key for row in people.page(query, limit=3)] == list(keys[:3])
        assert people.page(query, limit=3) == people.rows(keys[:3])


def test_rows_follow_the_order_of_the_keys_and_skip_missing_ones(services):
    people = services.personnel.people
    keys = people.keys(ListQuery())
    wanted = [keys[3], "0" * 32, keys[0]]
    assert [row.key for row in people.rows(wanted)] == [keys[3], keys[0]]
    assert people.rows([]) == []


def test_count_with_and_without_a_query(services, mission):
    people = services.personnel.people
    assert people.count(ListQuery(filters={"unit_id": mission.fpu1.id})) == 2
    assert people.count(ListQuery(search="zzz")) == 0
    assert people.count(ListQuery(include_archived=True)) == 7


# -- vehicles -------------------------------------------------------------------------------


def test_vehicles_list_only_vehicle_types_with_registration_first(services):
    vehicles = services.fleet.vehicles
    assert listed(vehicles, field="tag") == ["V-003", "V-004", "V-001", "V-002"]
    assert vehicles.count() == 4


def test_overdue_by_date_or_mileage_and_only_while_held(services):
    vehicles = services.fleet.vehicles
    rows = {row.tag: row for row in vehicles.rows(vehicles.keys())}
    assert {tag for tag, row in rows.items() if row.overdue} == {"V-001", "V-002"}
    assert rows["V-001"].as_of == AS_OF
    overdue = ListQuery(filters={"overdue": True})
    assert listed(vehicles, overdue, "tag") == ["V-001", "V-002"]
    not_overdue = ListQuery(filters={"overdue": False})
    assert listed(vehicles, not_overdue, "tag") == ["V-003", "V-004"]


@pytest.mark.parametrize(
    ("status", "next_date", "odometer", "next_km", "overdue"),
    [
        (AssetStatus.IN_SERVICE, date(2025, 2, 28), None, None, True),
        (AssetStatus.IN_SERVICE, AS_OF, None, None, False),  # due today is not overdue
        (AssetStatus.UNSERVICEABLE, None, 5000, 5000, True),
        (AssetStatus.UNDER_REPAIR, None, 4999, 5000, False),
        (AssetStatus.IN_SERVICE, None, None, 5000, False),
        (AssetStatus.LOST, date(2020, 1, 1), 9000, 10, False),
        (AssetStatus.IN_TRANSIT, date(2020, 1, 1), None, None, False),
    ],
)
def test_the_overdue_rule_and_its_sql_agree(
    tmp_store, mission, status, next_date, odometer, next_km, overdue
):
    assert service_overdue(status, next_date, odometer, next_km, AS_OF) is overdue
    from lsa_desktop.store.models import Asset

    with tmp_store.write() as session:
        session.add(
            Asset(
                tag="PROBE",
                registration="PROBE-1",
                equipment_type_id=mission.mrap.id,
                status=status,
                next_service_date=next_date,
                odometer_km=odometer,
                next_service_km=next_km,
            )
        )
    vehicles = FleetService(tmp_store, today=lambda: AS_OF).vehicles
    found = listed(vehicles, ListQuery(search="PROBE", filters={"overdue": True}), "tag")
    assert found == (["PROBE"] if overdue else [])


def test_vehicle_search_and_filters(services, mission):
    vehicles = services.fleet.vehicles
    assert listed(vehicles, ListQuery(search="toyota"), "tag") == ["V-003", "V-002"]
    assert listed(vehicles, ListQuery(search="mrap"), "tag") == ["V-001"]  # type or plate
    assert listed(vehicles, ListQuery(search="SN-V-004"), "tag") == ["V-004"]
    by_unit = ListQuery(filters={"unit_id": mission.fpu1.id})
    assert listed(vehicles, by_unit, "tag") == ["V-004", "V-001"]
    repair = ListQuery(filters={"status": AssetStatus.UNDER_REPAIR})
    assert listed(vehicles, repair, "tag") == ["V-002"]
    jamaica = ListQuery(filters={"contingent_id": mission.jamaica.id})
    assert listed(vehicles, jamaica, "tag") == ["V-003"]
    pickups = ListQuery(filters={"equipment_type_id": mission.pickup.id})
    assert listed(vehicles, pickups, "tag") == ["V-003", "V-004", "V-002"]
    archived = ListQuery(include_archived=True)
    assert "V-005" in listed(vehicles, archived, "tag")


CONDITION_ORDER = list(Condition)
ASSET_STATUS_ORDER = list(AssetStatus)

VEHICLE_SORTS = {
    "registration": lambda r: r.registration,
    "tag": lambda r: r.tag,
    "type": lambda r: r.type_name,
    "make": lambda r: (r.make, r.model),
    "model": lambda r: r.model,
    "unit": lambda r: r.unit_code,
    "status": lambda r: ASSET_STATUS_ORDER.index(r.status),
    "condition": lambda r: CONDITION_ORDER.index(r.condition),
    "odometer": lambda r: r.odometer_km,
    "next_service": lambda r: r.next_service_date,
}


def test_every_vehicle_column_sorts(services):
    vehicles = services.fleet.vehicles
    assert set(VEHICLE_SORTS) == set(vehicles.sort_keys)
    rows = vehicles.rows(vehicles.keys(ListQuery(include_archived=True)))
    for sort_key, value in VEHICLE_SORTS.items():
        for descending in (False, True):
            query = ListQuery(sort_key=sort_key, descending=descending, include_archived=True)
            expected = expected_order(rows, value, lambda r: r.tag, descending)
            assert list(vehicles.keys(query)) == expected, (sort_key, descending)


# -- serialised items -----------------------------------------------------------------------


def test_items_are_the_serialised_assets_that_are_not_vehicles(services, mission):
    items = services.fleet.items
    assert listed(items, field="tag") == ["N-001", "R-001", "R-002", "R-003", "R-004"]
    (radio,) = items.rows(items.keys(ListQuery(search="R-004")))
    assert (radio.type_code, radio.category_name, radio.unit_code, radio.owner, radio.status) == (
        "RAD-HH",
        "Communications",
        "FPU1",
        Owner.CONTINGENT,
        AssetStatus.UNSERVICEABLE,
    )
    assert listed(items, ListQuery(search="night"), "tag") == ["N-001"]
    bad = ListQuery(filters={"status": AssetStatus.UNSERVICEABLE})
    assert listed(items, bad, "tag") == ["R-004"]
    camp = ListQuery(filters={"category_id": mission.camp.id})
    assert listed(items, camp, "tag") == []
    radios = ListQuery(filters={"equipment_type_id": mission.radio.id, "unit_id": mission.fpu1.id})
    assert items.count(radios) == 4


ITEM_SORTS = {
    "tag": lambda r: r.tag,
    "serial_number": lambda r: r.serial_number,
    "type": lambda r: r.type_name,
    "make": lambda r: (r.make, r.model),
    "model": lambda r: r.model,
    "unit": lambda r: r.unit_code,
    "owner": lambda r: list(Owner).index(r.owner),
    "status": lambda r: ASSET_STATUS_ORDER.index(r.status),
    "condition": lambda r: CONDITION_ORDER.index(r.condition),
}


def test_every_item_column_sorts(services):
    items = services.fleet.items
    rows = items.rows(items.keys())
    for sort_key, value in ITEM_SORTS.items():
        for descending in (False, True):
            query = ListQuery(sort_key=sort_key, descending=descending)
            expected = expected_order(rows, value, lambda r: r.tag, descending)
            assert list(items.keys(query)) == expected, (sort_key, descending)
    # Category sorts by the category's display order, then the type's name.
    assert listed(items, ListQuery(sort_key="category"), "tag")[0] == "R-001"


def test_list_query_helpers():
    query = ListQuery(search="a", filters={"unit_id": 1, "status": None})
    assert dict(query.filters) == {"unit_id": 1}
    assert dict(query.with_filters(status="ACTIVE", unit_id=None).filters) == {"status": "ACTIVE"}
    assert query.with_search("b").search == "b"
    assert query.sorted_by("rank", descending=True) == ListQuery(
        search="a", filters={"unit_id": 1}, sort_key="rank", descending=True
    )
    assert hash(query) == hash(ListQuery(search="a"))
