"""Build ``tests/fixtures/schema_<revision>.sqlite3``: a database as a released app left it.

Run once, when a schema is released, and commit the file; never rebuild an old one (it stands for
the databases already out there):

    .venv/bin/python -m tests.migrations.build_schema_fixture 0001

An empty database is migrated to that revision, then a few rows are inserted with plain SQL, as
that revision's tables had them (the models follow the newest schema, so they cannot write an old
one). ``tests/migrations/test_upgrade_from_saved.py`` upgrades every such file to the head.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from lsa_desktop.store.migrate import upgrade

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_STAMP = "'2025-02-01 08:00:00.000000', '2025-02-01 08:00:00.000000', 'builder', 'builder'"
_COMMON = "id, created_at, updated_at, created_by, updated_by"

# Per released revision: the rows its fixture holds. Ids are uuid hex (CHAR(32)).
ROWS: dict[str, list[str]] = {
    "0001": [
        f"INSERT INTO mission ({_COMMON}, code, name, mandate, start_date, personnel_ceiling) "
        f"VALUES ('{'1' * 32}', {_STAMP}, 'MSS', 'Multinational Security Support', "
        "'UNSC resolution 2699', '2024-06-25', 2500)",
        f"INSERT INTO contingent ({_COMMON}, archived, mission_id, country_code, name, "
        f"pledged_strength) VALUES ('{'2' * 32}', {_STAMP}, 0, '{'1' * 32}', 'KE', 'Kenya', 1000)",
        f"INSERT INTO unit ({_COMMON}, archived, code, name, unit_type, contingent_id, "
        "authorised_strength, min_operational_strength) "
        f"VALUES ('{'3' * 32}', {_STAMP}, 0, 'KE-FPU-1', 'Kenya FPU 1', 'FPU', '{'2' * 32}', "
        "140, 120)",
        f"INSERT INTO rank ({_COMMON}, code, name, level, is_officer) "
        f"VALUES ('{'4' * 32}', {_STAMP}, 'SGT', 'Sergeant', 30, 0)",
        f"INSERT INTO person ({_COMMON}, archived, service_number, rank_id, surname, "
        "given_names, sex, unit_id, role, status, arrival_date, search_text) "
        f"VALUES ('{'5' * 32}', {_STAMP}, 0, '0012345', '{'4' * 32}', 'Otieno', 'Grace', 'F', "
        f"'{'3' * 32}', 'Section commander', 'ACTIVE', '2024-06-25', 'otieno grace 0012345')",
        f"INSERT INTO equipment_category ({_COMMON}, archived, code, name, critical, sort_order) "
        f"VALUES ('{'6' * 32}', {_STAMP}, 0, 'ARMOUR', 'Armoured vehicles', 1, 1)",
        f"INSERT INTO equipment_type ({_COMMON}, archived, code, name, category_id, "
        "unit_of_measure, unit_value_usd, serialised, is_vehicle, default_make, default_model) "
        f"VALUES ('{'7' * 32}', {_STAMP}, 0, 'MRAP', 'Mine-resistant vehicle', '{'6' * 32}', "
        "'each', 650000.0, 1, 1, 'Navistar', 'MaxxPro')",
        f"INSERT INTO asset ({_COMMON}, archived, tag, serial_number, registration, "
        "equipment_type_id, unit_id, make, model, owner, acquisition, status, condition, "
        "search_text) "
        f"VALUES ('{'8' * 32}', {_STAMP}, 0, 'MSS-V-0001', 'MP-1001', 'MSS 001', '{'7' * 32}', "
        f"'{'3' * 32}', 'Navistar', 'MaxxPro', 'DONOR', 'DONATION', 'UNDER_REPAIR', "
        "'MAJOR_DAMAGE', 'mss-v-0001 mss 001 mp-1001 navistar maxxpro')",
    ],
}


def build(revision: str, out: Path) -> Path:
    out.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{out}", poolclass=NullPool)
    try:
        upgrade(engine, target=revision)
    finally:
        engine.dispose()
    conn = sqlite3.connect(out)
    try:
        for statement in ROWS[revision]:
            conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA page_size=1024")  # small pages keep the committed file small
        conn.execute("VACUUM")
    finally:
        conn.close()
    return out


if __name__ == "__main__":
    rev = sys.argv[1]
    print(build(rev, FIXTURES / f"schema_{rev}.sqlite3"))
