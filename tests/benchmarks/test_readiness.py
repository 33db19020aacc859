"""``readiness --json`` on the scale-100 database, beside the bare aggregate queries behind it.

No limit is set by the issue: the figures and their ratios are reported, and the command must
succeed and print the report. The bare side runs, with plain ``sqlite3`` on the same file, the very
SQL statements (text and parameters) that ``ReadinessService.report()`` sends to SQLite, caught as
it runs them; so the ratio is what the service adds (SQLAlchemy, the arithmetic, the dataclasses)
and, for the command, the process start-up with its ``quick_check`` of the whole file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from typing import Any

import pytest
from benchkit import qt_env, timed
from sqlalchemy import event


@pytest.fixture
def services(demo_db):
    from lsa_desktop.services import Services
    from lsa_desktop.store.migrate import open_database

    store = open_database(f"sqlite:///{demo_db}", backup=False)
    yield Services(store)
    store.dispose()


def statements_of(services) -> list[tuple[str, Any]]:
    """The SELECT statements ``report()`` sends to SQLite, with their parameters."""
    sent: list[tuple[str, Any]] = []

    def catch(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", catch)
    try:
        services.readiness.report()
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return sent


def test_readiness_json_beside_its_bare_queries(demo_db, services, tmp_path, record, note):
    command = [
        sys.executable, "-m", "lsa_desktop", "--db", str(demo_db),
        "--data-dir", str(tmp_path / "data"), "readiness", "--json",
    ]  # fmt: skip
    outputs: list[str] = []

    def run_command() -> None:
        done = subprocess.run(command, env=qt_env(), capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)

    run_command()  # warm-up: the file cache and the bytecode, as for the other side
    cli = timed(run_command)
    report = json.loads(outputs[-1])
    assert report["units"] and report["gaps"]

    in_process = timed(services.readiness.report)
    statements = statements_of(services)
    assert statements
    raw = sqlite3.connect(f"{demo_db.resolve().as_uri()}?mode=ro", uri=True)
    try:

        def run_bare() -> None:
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()

        run_bare()
        bare = timed(run_bare)
    finally:
        raw.close()

    record("readiness --json (command, median of 3)", cli, "s", "bare aggregate SQL, sqlite3", bare)
    record(
        "ReadinessService.report() in process", in_process, "s", "bare aggregate SQL, sqlite3", bare
    )
    note(
        f"readiness: {len(report['units']):,} units, {len(report['gaps']):,} gaps, "
        f"{len(statements)} SELECT statements; the command includes the process start and "
        "the quick_check of the whole file"
    )
