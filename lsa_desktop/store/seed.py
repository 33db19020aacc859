"""Reference data from ``db/seed/``: equipment categories and types, vehicle types, ranks and
qualification types, loaded at every start.

The load is idempotent and conservative: a row is inserted only when its natural key is missing
(the code; for categories the name as well, both being unique), and rows already present are left
alone, because the person may have edited them (a value, a name, the "critical" flag).

Keys are derived from the natural key (``uuid5``) rather than drawn at random, so the same reference
row has the same id on every laptop: data merged later from several databases does not duplicate
the catalogue, and a database built twice from the same inputs is identical.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select

from lsa_desktop import paths
from lsa_desktop.store.engine import Store
from lsa_desktop.store.models import (
    EquipmentCategory,
    EquipmentType,
    QualificationType,
    Rank,
    utcnow,
)

#: Namespace of the reference rows' keys; changing it would give every catalogue row a new id.
SEED_NAMESPACE = uuid.UUID("5d0c6a4e-2f1b-4b8e-9a57-6c1f3e0d9b21")

_CATEGORY: Table = EquipmentCategory.__table__  # type: ignore[assignment]
_TYPE: Table = EquipmentType.__table__  # type: ignore[assignment]
_RANK: Table = Rank.__table__  # type: ignore[assignment]
_QUALIFICATION_TYPE: Table = QualificationType.__table__  # type: ignore[assignment]


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


def _category_ids(conn: Connection, categories: list[dict[str, Any]]) -> dict[str, uuid.UUID]:
    """Category keys by code; a seed category whose code was changed in the app, by its name."""
    by_code, by_name = {}, {}
    for code, name, id_ in conn.execute(select(_CATEGORY.c.code, _CATEGORY.c.name, _CATEGORY.c.id)):
        by_code[code] = id_
        by_name[name] = id_
    for row in categories:
        if row["code"] not in by_code and row["name"] in by_name:
            by_code[row["code"]] = by_name[row["name"]]
    return by_code


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
    folder = directory or paths.seed_dir()
    when = at or utcnow()
    stamp = {"created_at": when, "updated_at": when, "created_by": user, "updated_by": user}
    counts = {}

    categories = read_csv(folder / "equipment_categories.csv", _CATEGORY_COLUMNS)
    for row in categories:
        row["archived"] = False
    taken = _existing(conn, _CATEGORY.c.code, _CATEGORY.c.name)
    counts[_CATEGORY.name] = _insert_missing(
        conn, _CATEGORY, categories, taken, "code", "name", stamp=stamp
    )

    category_ids = _category_ids(conn, categories)
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
    taken = _existing(conn, _TYPE.c.code)
    counts[_TYPE.name] = _insert_missing(conn, _TYPE, types, taken, "code", stamp=stamp)

    ranks = read_csv(folder / "ranks.csv", _RANK_COLUMNS)
    taken = _existing(conn, _RANK.c.code)
    counts[_RANK.name] = _insert_missing(conn, _RANK, ranks, taken, "code", stamp=stamp)

    qualifications = read_csv(folder / "qualification_types.csv", _QUALIFICATION_COLUMNS)
    taken = _existing(conn, _QUALIFICATION_TYPE.c.code)
    counts[_QUALIFICATION_TYPE.name] = _insert_missing(
        conn, _QUALIFICATION_TYPE, qualifications, taken, "code", stamp=stamp
    )
    return counts


def load_reference_data(store: Store) -> dict[str, int]:
    """Insert whatever reference rows are missing, in one transaction; rows per table inserted."""
    with store.write_connection() as conn:
        return load_reference_rows(conn, user=store.user)  # type: ignore[arg-type]
