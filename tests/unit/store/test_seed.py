"""Reference data: loaded once, never duplicated, never overwriting what people edited."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select, text, update
from sqlmodel import SQLModel

from lsa_desktop import paths
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import EquipmentCategory, EquipmentType, QualificationType, Rank
from lsa_desktop.store.seed import load_reference_data, load_reference_rows, reference_id

TABLES = (EquipmentCategory, EquipmentType, Rank, QualificationType)


def _counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in TABLES
        }


def test_a_second_load_inserts_nothing_and_changes_nothing(tmp_store):
    first = load_reference_data(tmp_store)
    assert first == _counts(tmp_store)
    assert all(count > 0 for count in first.values())
    with tmp_store.read() as session:
        before = session.execute(text("SELECT * FROM equipment_type ORDER BY id")).all()

    second = load_reference_data(tmp_store)

    assert second == {table: 0 for table in first}
    assert _counts(tmp_store) == first
    with tmp_store.read() as session:
        assert session.execute(text("SELECT * FROM equipment_type ORDER BY id")).all() == before


@pytest.mark.parametrize(
    ("code", "name", "value", "serialised", "is_vehicle"),
    [
        ("COM-RAD-HH", "Handheld radio", 850, True, False),
        ("VEH-MRAP", "MRAP armoured vehicle (MaxxPro)", 650_000, True, True),
        ("VEH-APC", "Armoured personnel carrier", 420_000, True, True),
        ("VEH-LC", "Toyota Land Cruiser 4x4", 68_000, True, True),
        ("VEH-TRK", "Truck 4x4, 5 t", 95_000, True, True),
        ("VEH-AMB", "Field ambulance", 110_000, True, True),
        ("PPE-HELM", "Ballistic helmet", 320, False, False),
        ("PPE-VEST", "Body armour vest, level IIIA", 780, False, False),
        ("PPE-SHLD", "Riot shield", 140, False, False),
        ("MED-IFAK", "Individual first aid kit", 65, False, False),
        ("FLD-TENT", "Tent, 10-person", 1450, False, False),
        ("FLD-JERR", "Jerrycan, 20 L", 18, False, False),
    ],
)
def test_the_codes_other_material_refers_to(tmp_store, code, name, value, serialised, is_vehicle):
    load_reference_data(tmp_store)
    with tmp_store.read() as session:
        kind = session.execute(
            select(
                EquipmentType.name,
                EquipmentType.unit_value_usd,
                EquipmentType.serialised,
                EquipmentType.is_vehicle,
            ).where(EquipmentType.code == code)
        ).one()
    assert tuple(kind) == (name, value, serialised, is_vehicle)


def test_vehicle_types_carry_make_model_and_service_intervals(tmp_store):
    load_reference_data(tmp_store)
    with tmp_store.read() as session:
        vehicles = {
            v.code: (v.default_make, v.default_model, v.serialised, v.service_interval_days)
            for v in session.scalars(select(EquipmentType).where(EquipmentType.is_vehicle))
        }
        mrap = session.scalars(select(EquipmentType).where(EquipmentType.code == "VEH-MRAP")).one()
        mrap_service = (mrap.service_interval_km, mrap.service_interval_days)
    assert set(vehicles) >= {"VEH-MRAP", "VEH-APC", "VEH-LC", "AVN-HEL-MED"}
    assert all(
        make and model and serialised and days
        for make, model, serialised, days in vehicles.values()
    )
    assert vehicles["VEH-MRAP"][:2] == ("Navistar Defense", "MaxxPro Dash")
    assert mrap_service == (5000, 180)


def test_every_type_belongs_to_a_category_and_the_critical_ones_are_flagged(tmp_store):
    load_reference_data(tmp_store)
    with tmp_store.read() as session:
        orphans = session.scalar(
            text(
                "SELECT count(*) FROM equipment_type t "
                "LEFT JOIN equipment_category c ON c.id = t.category_id WHERE c.id IS NULL"
            )
        )
        critical = set(
            session.scalars(select(EquipmentCategory.code).where(EquipmentCategory.critical))
        )
        empty = session.scalar(
            text(
                "SELECT count(*) FROM equipment_category c WHERE NOT EXISTS "
                "(SELECT 1 FROM equipment_type t WHERE t.category_id = c.id)"
            )
        )
    assert orphans == 0
    assert empty == 0
    assert critical >= {"ARMD", "COMMS", "OBS", "PROT"}
    assert "CAMP" not in critical


def test_ranks_and_qualifications(tmp_store):
    load_reference_data(tmp_store)
    with tmp_store.read() as session:
        ranks = {r.code: (r.level, r.is_officer) for r in session.scalars(select(Rank))}
        validity = {q.code: q.validity_months for q in session.scalars(select(QualificationType))}
    kenyan = ["PC", "CPL", "SGT", "S/SGT", "IP", "CIP", "ASP", "SP", "SSP", "CP"]
    levels = [ranks[code][0] for code in kenyan]
    assert levels == sorted(levels) and len(set(levels)) == len(levels)
    assert ranks["S/SGT"] == (35, False) and ranks["IP"] == (40, True)
    assert {"CONST", "INSP", "SUPT"} <= set(ranks)  # the Jamaica Constabulary Force
    assert validity["DL-CIVIL"] == 36 and validity["WPN-HNDL"] == 12
    assert {"DL-HEAVY", "DRV-ARMD", "FIRST-AID", "RADIO-OP", "UN-PDT"} <= set(validity)


def test_rows_people_edited_are_kept_and_only_missing_ones_come_back(tmp_store):
    load_reference_data(tmp_store)
    with tmp_store.write() as session:
        session.execute(
            update(EquipmentCategory).where(EquipmentCategory.code == "CAMP").values(critical=True)
        )
        session.execute(
            update(EquipmentType)
            .where(EquipmentType.code == "COM-RAD-HH")
            .values(unit_value_usd=990.0)
        )
        session.execute(text("DELETE FROM rank WHERE code = 'IG'"))  # fmt: skip

    counts = load_reference_data(tmp_store)

    assert counts == {
        "equipment_category": 0,
        "equipment_type": 0,
        "rank": 1,
        "qualification_type": 0,
    }
    with tmp_store.read() as session:
        camp = session.scalar(
            select(EquipmentCategory.critical).where(EquipmentCategory.code == "CAMP")
        )
        radio = session.scalar(
            select(EquipmentType.unit_value_usd).where(EquipmentType.code == "COM-RAD-HH")
        )
        general = session.scalar(select(Rank.id).where(Rank.code == "IG"))
    assert camp is True
    assert radio == 990.0
    assert general == reference_id("rank", "IG")


def test_a_category_renamed_in_code_but_not_in_name_is_not_inserted_twice(tmp_store):
    load_reference_data(tmp_store)
    with tmp_store.write() as session:
        session.execute(
            update(EquipmentCategory).where(EquipmentCategory.code == "MED").values(code="MEDIC")
        )

    assert load_reference_data(tmp_store) == {
        "equipment_category": 0,
        "equipment_type": 0,
        "rank": 0,
        "qualification_type": 0,
    }


def test_a_type_whose_code_was_changed_is_not_inserted_again(tmp_store):
    load_reference_data(tmp_store)
    with tmp_store.write() as session:
        session.execute(
            update(EquipmentType).where(EquipmentType.code == "VEH-LC").values(code="VEH-LC79")
        )

    assert load_reference_data(tmp_store)["equipment_type"] == 0
    with tmp_store.read() as session:
        codes = set(session.scalars(select(EquipmentType.code)))
    assert "VEH-LC79" in codes and "VEH-LC" not in codes


def test_keys_are_the_same_in_every_database(tmp_path):
    ids = []
    for name in ("a", "b"):
        store = Store(f"sqlite:///{tmp_path / name}.sqlite3")
        SQLModel.metadata.create_all(store.engine)
        load_reference_data(store)
        with store.read() as session:
            ids.append(sorted(session.scalars(select(EquipmentType.id)).all()))
        store.dispose()
    assert ids[0] == ids[1]
    assert reference_id("equipment_type", "VEH-MRAP") in ids[0]


@pytest.fixture
def seed_copy(tmp_path):
    folder = tmp_path / "seed"
    shutil.copytree(paths.seed_dir(), folder)
    return folder


def test_a_bad_value_names_the_file_and_the_line(tmp_store, seed_copy):
    ranks = seed_copy / "ranks.csv"
    lines = ranks.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("false", "maybe")
    ranks.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with (
        pytest.raises(ValueError, match=r"ranks\.csv: line 4: expected true or false"),
        tmp_store.write_connection() as conn,
    ):
        load_reference_rows(conn, directory=seed_copy)
    assert _counts(tmp_store)["equipment_category"] == 0  # the whole load was rolled back


def test_an_unknown_category_is_refused(tmp_store, seed_copy):
    types = seed_copy / "equipment_types.csv"
    types.write_text(
        types.read_text(encoding="utf-8") + "XX-1,Something,NOPE,each,1,true,,\n", encoding="utf-8"
    )
    with (
        pytest.raises(ValueError, match="XX-1: unknown category 'NOPE'"),
        tmp_store.write_connection() as conn,
    ):
        load_reference_rows(conn, directory=seed_copy)


def test_a_missing_column_is_refused(tmp_store, seed_copy):
    (seed_copy / "qualification_types.csv").write_text("code,name\nX,Y\n", encoding="utf-8")
    with (
        pytest.raises(ValueError, match=r"qualification_types\.csv: missing column"),
        tmp_store.write_connection() as conn,
    ):
        load_reference_rows(conn, directory=seed_copy)
