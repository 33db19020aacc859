"""Building the demo mission at ``--scale 100``: at most 3x raw ``sqlite3.executemany`` of its rows.

The app side is ``lsa-desktop --db X demo --scale 100`` as a person runs it (a fresh process on a
new file: schema, reference data, then the demo in one transaction), timed from start to exit.

The yardstick inserts the very rows the demo wrote, read back from the built file, into an empty
database with the same schema (every table and index of ``sqlite_master``) and the same pragmas
(WAL, ``synchronous=FULL``, foreign keys on, as the app's engine sets them), with one
``executemany`` per table and chunk, all in one transaction: timed are the ``executemany`` calls,
the ``COMMIT`` and the closing checkpoint (the app's process also checkpoints as it closes), not the
reading back. Left out on both sides of the comparison: the reference tables, loaded before the
demo starts, and ``alembic_version``; they are copied into the yardstick's database beforehand.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from benchkit import bench_root, build_demo_database, install_as_cache, remove_database

LIMIT = 3.0
CHUNK_ROWS = 200_000


def reference_tables(tmp_path: Path) -> set[str]:
    """The tables that hold rows before the demo starts: a new database after its first open."""
    from lsa_desktop.store.migrate import open_database
    from lsa_desktop.store.seed import load_reference_data

    store = open_database(f"sqlite:///{tmp_path / 'reference.sqlite3'}", backup=False)
    try:
        load_reference_data(store)
        path = store.path
    finally:
        store.dispose()
    conn = sqlite3.connect(path)
    try:
        return {
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()
        }
    finally:
        conn.close()


def schema(conn: sqlite3.Connection) -> list[str]:
    """Every CREATE statement of a database (tables, then their indexes), in its own order."""
    return [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        )
    ]


def insertion_order(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Parents before children, so that foreign keys hold at every insert."""
    parents = {
        table: {
            row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")') if row[2] != table
        }
        for table in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        assert ready, f"a cycle of foreign keys among {set(tables) - set(ordered)}"
        ordered.extend(sorted(ready))
    return ordered


def chunks(source: sqlite3.Connection, table: str) -> Iterator[list[tuple]]:
    cursor = source.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    while rows := cursor.fetchmany(CHUNK_ROWS):
        yield rows


def raw_insert_seconds(built: Path, target: Path, left_out: set[str]) -> tuple[float, int]:
    """Insert the demo's rows of ``built`` into a new ``target`` with raw executemany; returns the
    seconds of the inserts, commit and close, and the number of rows."""
    remove_database(target)
    source = sqlite3.connect(f"{built.resolve().as_uri()}?mode=ro", uri=True)
    raw = sqlite3.connect(target, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("BEGIN")
        for statement in schema(source):
            raw.execute(statement)
        tables = [
            name
            for (name,) in source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        order = insertion_order(source, tables)
        for table in order:  # the rows that were there before the demo started: not timed
            if table in left_out:
                for rows in chunks(source, table):
                    raw.executemany(_insert(table, rows), rows)
        raw.execute("COMMIT")

        seconds, count = 0.0, 0
        raw.execute("BEGIN")
        for table in order:
            if table in left_out:
                continue
            for rows in chunks(source, table):
                statement = _insert(table, rows)
                start = time.perf_counter()
                raw.executemany(statement, rows)
                seconds += time.perf_counter() - start
                count += len(rows)
        start = time.perf_counter()
        raw.execute("COMMIT")
        raw.close()
        seconds += time.perf_counter() - start
    finally:
        raw.close()
        source.close()
    return seconds, count


def _insert(table: str, rows: list[tuple]) -> str:
    return f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})'


def test_building_the_demo_at_scale_100(tmp_path, record, note):
    root = bench_root()
    fresh = root / ".building-scale100.sqlite3"
    app_seconds = build_demo_database(fresh, tmp_path / "data")
    left_out = reference_tables(tmp_path)
    raw_path = root / ".raw-insert.sqlite3"
    try:
        raw_seconds, rows = raw_insert_seconds(fresh, raw_path, left_out)
    finally:
        remove_database(raw_path)
    install_as_cache(fresh)
    note(
        f"build: {rows:,} demo rows; left out on both sides: {', '.join(sorted(left_out))}; "
        "the app's time is the whole command (start, schema, reference data, demo, exit)"
    )
    result = record(
        "demo --scale 100 build", app_seconds, "s", "raw executemany, same rows", raw_seconds, LIMIT
    )
    assert result.ratio <= LIMIT, result.line()
