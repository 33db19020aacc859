"""Searching ignores accents and case, in both directions, for officers and assets; and every
writer of a row (the ORM, a Core insert, the demo) keeps its folded ``search_text`` right."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select
from sqlmodel import SQLModel
from test_registers_data import AS_OF, build_mission

from lsa_desktop.progress import run_to_end
from lsa_desktop.services import Services
from lsa_desktop.services.demo import build_demo
from lsa_desktop.services.fleet import FleetService
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import Asset, Authorisation, Person, new_id, utcnow
from lsa_desktop.store.models.equipment import ASSET_SEARCH_FIELDS
from lsa_desktop.store.models.personnel import PERSON_SEARCH_FIELDS
from lsa_desktop.store.models.search import search_text_of


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def services(tmp_store, mission):
    services = Services(tmp_store)
    services.__dict__["fleet"] = FleetService(tmp_store, today=lambda: AS_OF)
    return services


def found(register, search, field):
    return [getattr(row, field) for row in register.rows(register.keys(ListQuery(search=search)))]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        # typed without the accents of the roll (Hérard, Élie Célestin)
        ("celestin", ["HT100"]),
        ("herard", ["HT100"]),
        ("HERARD ELIE", ["HT100"]),
        ("elie celest", ["HT100"]),
        # typed with them, or with other cases than ASCII's
        ("Célestin", ["HT100"]),
        ("HÉRARD", ["HT100"]),
        ("ÉLIE", ["HT100"]),
        # the reverse: accents typed on names the roll writes without any
        ("Otiéno", ["KE001"]),
        ("WANJÍRU GRÂCE", ["KE002"]),
        ("hérard otieno", []),  # every word must still match
    ],
)
def test_names_match_whatever_accents_and_case_are_typed(services, search, expected):
    assert found(services.personnel.people, search, "service_number") == expected


def test_the_first_page_of_a_folded_search_is_the_start_of_its_list(services):
    people = services.personnel.people
    query = ListQuery(search="E", sort_key="surname")
    keys = people.keys(query)
    assert len(keys) > 2
    assert [row.key for row in people.page(query, limit=2)] == list(keys[:2])
    assert people.count(query) == len(keys)


def test_assets_match_on_tag_plate_serial_make_and_model_folded(services, tmp_store, mission):
    with tmp_store.write() as session:
        session.add(
            Asset(
                tag="V-006",
                registration="HT-PÉTION-6",
                serial_number="VF7ÉQ",
                equipment_type_id=mission.pickup.id,
                unit_id=mission.jcu.id,
                make="Citroën",
                model="Jumper Fourgon Tôlé",
            )
        )
    vehicles = services.fleet.vehicles
    for search in ("citroen", "CITROËN", "tole jumper", "petion", "vf7eq", "v-006"):
        assert found(vehicles, search, "tag") == ["V-006"], search
    assert found(vehicles, "toyota", "tag") == ["V-003", "V-002"]  # unaccented as before


def test_catalogue_names_are_matched_as_written_or_folded(services):
    items = services.fleet.items
    assert found(items, "NIGHT", "tag") == ["N-001"]  # the type's name, ASCII case folded
    assert found(items, "níght", "tag") == ["N-001"]  # an accent typed by mistake is ignored
    assert found(items, "rad-hh", "tag") == ["R-001", "R-002", "R-003", "R-004"]


def test_a_reference_with_accents_is_found_as_typed(services, tmp_store, mission):
    with tmp_store.write() as session:
        row = session.scalars(
            select(Authorisation).where(Authorisation.equipment_type_id == mission.tent.id)
        ).one()
        row.reference = "Protocole d'accord Haïti 2024"
    authorisations = services.equipment.authorisations
    assert found(authorisations, "Haïti", "type_code") == ["TENT"]
    assert found(authorisations, "accord", "type_code") == ["TENT"]


def test_an_orm_update_refolds_the_row(services, tmp_store):
    with tmp_store.write() as session:
        person = session.scalars(select(Person).where(Person.service_number == "KE001")).one()
        person.surname = "Pétion"
    people = services.personnel.people
    assert found(people, "petion", "service_number") == ["KE001"]
    assert found(people, "otieno", "service_number") == []


def test_a_core_insert_without_search_text_gets_it_from_its_values(services, tmp_store):
    now = utcnow()
    with tmp_store.write() as session:
        session.execute(
            insert(Person.__table__),
            [
                {
                    "id": new_id(),
                    "created_at": now,
                    "updated_at": now,
                    "service_number": number,
                    "surname": surname,
                    "given_names": given,
                }
                for number, surname, given in (
                    ("ES-01", "Peña", "José"),
                    ("DE-01", "Straße", ""),
                )
            ],
        )
    people = services.personnel.people
    assert found(people, "pena jose", "service_number") == ["ES-01"]
    assert found(people, "strasse", "service_number") == ["DE-01"]


def test_the_demo_writes_search_text_as_the_orm_would(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    SQLModel.metadata.create_all(store.engine)
    try:
        run_to_end(build_demo(store, today=date(2025, 9, 30)), lambda _progress: None)
        person, asset = Person.__table__.c, Asset.__table__.c
        with store.read() as session:
            people = session.execute(
                select(*(person[name] for name in PERSON_SEARCH_FIELDS), person.search_text)
            ).all()
            assets = session.execute(
                select(*(asset[name] for name in ASSET_SEARCH_FIELDS), asset.search_text)
            ).all()
    finally:
        store.dispose()
    assert people and assets
    for rows, fields in ((people, PERSON_SEARCH_FIELDS), (assets, ASSET_SEARCH_FIELDS)):
        wrong = [row for row in rows if row[-1] != search_text_of(row._mapping, fields)]
        assert wrong == []
    assert any(not row.surname.isascii() for row in people)  # the roll has accented names
