"""Reference data from ``db/seed/``: equipment categories and types, vehicle types, ranks and
qualification types, loaded at every start.

The load is idempotent and conservative: a row is inserted only when its natural key is missing
(the code; for categories the name as well, both being unique), and rows already present are left
alone, because the person may have edited them (a value, a name, the "critical" flag).

Keys are derived from the natural key (``uuid5``) rather than drawn at random, so the same reference
row has the same id on every laptop: data merged later from several databases does not duplicate
the catalogue, and a database built twice from the same inputs is identical.

At start the load is skipped when every seed row's key is already in the database
(:func:`reference_data_complete`: a few small ``SELECT``s, no write transaction, no model import).
"""

from __future__ import annotations

import contextlib
import csv
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select

from lsa_desktop import paths
from lsa_desktop.store.engine import Store

#: Namespace of the reference rows' keys; changing it would give every catalogue row a new id.
SEED_NAMESPACE = uuid.UUID("5d0c6a4e-2f1b-4b8e-9a57-6c1f3e0d9b21")

#: The seed files of each reference table (vehicle types are equipment types).
SEED_FILES = {
    "equipment_category": ("equipment_categories.csv",),
    "equipment_type": ("equipment_types.csv", "vehicle_types.csv"),
    "rank": ("ranks.csv",),
    "qualification_type": ("qualification_types.csv",),
}


def reference_id(table: str, code: str) -> uuid.UUID:
    """The key of the reference row ``code`` of ``table``: the same in every database."""
    return uuid.uuid5(SEED_NAMESPACE, f"{table}:{code}")


def _text(value: str) -> str:
    return value.strip()


def _boolean(value: str) -> bool:
    text = value.strip().lower()
    if text not in ("true", "false"):
        raise ValueError(f"expected true or false, found {value!r}")
    return text == "true"


def _optional_int(value: str) -> int | None:
    return int(value) if value.strip() else None


_Converters = dict[str, Callable[[str], Any]]

_CATEGORY_COLUMNS: _Converters = {
    "code": _text,
    "name": _text,
    "critical": _boolean,
    "sort_order": int,
}
_TYPE_COLUMNS: _Converters = {
    "code": _text,
    "name": _text,
    "category": _text,
    "unit_of_measure": _text,
    "unit_value_usd": float,
    "serialised": _boolean,
    "service_interval_km": _optional_int,
    "service_interval_days": _optional_int,
}
_VEHICLE_COLUMNS: _Converters = {
    "code": _text,
    "name": _text,
    "category": _text,
    "unit_value_usd": float,
    "default_make": _text,
    "default_model": _text,
    "service_interval_km": _optional_int,
    "service_interval_days": _optional_int,
}
_RANK_COLUMNS: _Converters = {"code": _text, "name": _text, "level": int, "is_officer": _boolean}
_QUALIFICATION_COLUMNS: _Converters = {
    "code": _text,
    "name": _text,
    "validity_months": _optional_int,
}


def read_csv(path: Path, columns: _Converters) -> list[dict[str, Any]]:
    """The rows of one seed file, typed; a missing column or a bad value names the file and line."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for row in reader:
            if not any((value or "").strip() for value in row.values()):
                continue
            try:
                rows.append({name: convert(row[name] or "") for name, convert in columns.items()})
            except ValueError as exc:
                raise ValueError(f"{path.name}: line {reader.line_num}: {exc}") from exc
        return rows


def _existing(conn: Connection, *columns: Any) -> set[str]:
    found: set[str] = set()
    for column in columns:
        found.update(conn.scalars(select(column)))
    return found


def _insert_missing(
    conn: Connection,
    table: Table,
    rows: Iterable[dict[str, Any]],
    taken: set[str],
    *keys: str,
    stamp: dict[str, Any],
) -> int:
    """Insert the rows none of whose natural ``keys`` is already ``taken``; return how many.

    A row whose key is already used is there too, under a code the person changed: it stays so.
    """
    ids = set(conn.scalars(select(table.c.id)))
    new = []
    for row in rows:
        id_ = reference_id(table.name, row["code"])
        if id_ in ids or any(row[key] in taken for key in keys):
            continue
        taken.update(row[key] for key in keys)
        new.append({"id": id_, **stamp, **row})
    if new:
        conn.execute(table.insert(), new)
    return len(new)


def _category_ids(
    conn: Connection, table: Table, categories: list[dict[str, Any]]
) -> dict[str, uuid.UUID]:
    """Category keys by code; a seed category whose code was changed in the app, by its name."""
    by_code, by_name = {}, {}
    for code, name, id_ in conn.execute(select(table.c.code, table.c.name, table.c.id)):
        by_code[code] = id_
        by_name[name] = id_
    for row in categories:
        if row["code"] not in by_code and row["name"] in by_name:
            by_code[row["code"]] = by_name[row["name"]]
    return by_code


def _tables() -> tuple[Table, Table, Table, Table]:
    """The reference tables (imported here: a start that skips the load needs no model)."""
    from lsa_desktop.store.models import EquipmentCategory, EquipmentType, QualificationType, Rank

    tables = (
        EquipmentCategory.__table__,
        EquipmentType.__table__,
        Rank.__table__,
        QualificationType.__table__,
    )
    assert [table.name for table in tables] == list(SEED_FILES), "SEED_FILES names other tables"
    return tables  # type: ignore[return-value]


def load_reference_rows(
    conn: Connection,
    *,
    at: datetime | None = None,
    user: str = "system",
    directory: Path | None = None,
) -> dict[str, int]:
    """Insert the missing reference rows on ``conn`` (inside the caller's transaction).

    Returns the number of rows inserted per table name. ``at`` stamps ``created_at`` and
    ``updated_at`` (now by default); a caller that needs reproducible content passes its own.
    """
    from lsa_desktop.store.models import utcnow

    category_table, type_table, rank_table, qualification_table = _tables()
    folder = directory or paths.seed_dir()
    when = at or utcnow()
    stamp = {"created_at": when, "updated_at": when, "created_by": user, "updated_by": user}
    counts = {}

    categories = read_csv(folder / "equipment_categories.csv", _CATEGORY_COLUMNS)
    for row in categories:
        row["archived"] = False
    taken = _existing(conn, category_table.c.code, category_table.c.name)
    counts[category_table.name] = _insert_missing(
        conn, category_table, categories, taken, "code", "name", stamp=stamp
    )

    category_ids = _category_ids(conn, category_table, categories)
    types = []
    for file_name, columns, is_vehicle in (
        ("equipment_types.csv", _TYPE_COLUMNS, False),
        ("vehicle_types.csv", _VEHICLE_COLUMNS, True),
    ):
        for row in read_csv(folder / file_name, columns):
            category = row.pop("category")
            if category not in category_ids:
                raise ValueError(f"{file_name}: {row['code']}: unknown category {category!r}")
            row["category_id"] = category_ids[category]
            row["is_vehicle"] = is_vehicle
            row["archived"] = False
            if is_vehicle:
                row.update(unit_of_measure="each", serialised=True)
            else:
                row.update(default_make="", default_model="")
            types.append(row)
    taken = _existing(conn, type_table.c.code)
    counts[type_table.name] = _insert_missing(conn, type_table, types, taken, "code", stamp=stamp)

    ranks = read_csv(folder / "ranks.csv", _RANK_COLUMNS)
    taken = _existing(conn, rank_table.c.code)
    counts[rank_table.name] = _insert_missing(conn, rank_table, ranks, taken, "code", stamp=stamp)

    qualifications = read_csv(folder / "qualification_types.csv", _QUALIFICATION_COLUMNS)
    taken = _existing(conn, qualification_table.c.code)
    counts[qualification_table.name] = _insert_missing(
        conn, qualification_table, qualifications, taken, "code", stamp=stamp
    )
    return counts


def reference_data_complete(store: Store, directory: Path | None = None) -> bool:
    """True when the key of every row of the seed files is in the database: the load would insert
    nothing. Answered with one small ``SELECT`` per table on the raw SQLite connection; False for
    another database (the load then decides) and whenever a row is missing, so a row removed or
    shadowed by an edited code is still handled by the load."""
    if store.engine.dialect.name != "sqlite":
        return False
    folder = directory or paths.seed_dir()
    wanted: dict[str, set[str]] = {}
    for table, files in SEED_FILES.items():
        wanted[table] = {
            reference_id(table, row["code"]).hex
            for name in files
            for row in read_csv(folder / name, {"code": _text})
        }
    connection = store.engine.raw_connection()
    with contextlib.closing(connection), contextlib.closing(connection.cursor()) as cursor:
        for table, ids in wanted.items():
            present = {row[0] for row in cursor.execute(f'SELECT id FROM "{table}"')}
            if not ids <= present:
                return False
    return True


def load_reference_data(store: Store) -> dict[str, int]:
    """Insert whatever reference rows are missing, in one transaction; rows per table inserted.

    Nothing to insert, as at every start but the first: no transaction is opened at all."""
    if reference_data_complete(store):
        return dict.fromkeys(SEED_FILES, 0)
    with store.write_connection() as conn:
        return load_reference_rows(conn, user=store.user)  # type: ignore[arg-type]
