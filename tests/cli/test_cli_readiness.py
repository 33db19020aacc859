"""The command line as a person runs it: demo, then readiness --json, checked against the rows.

The expected figures are computed here from the raw SQLite rows with plain Python, independently
of the app's holdings query and readiness arithmetic, following CONTEXT.md word for word.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from lsa_desktop.cli import main

ON_HAND = {"IN_SERVICE", "UNSERVICEABLE", "UNDER_REPAIR"}
OPEN_PLEDGES = {"PLEDGED", "COMMITTED", "PARTIALLY_DELIVERED"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    db = folder / "mission.sqlite3"
    assert main(["--db", str(db), "--data-dir", str(folder / "data"), "demo"]) == 0
    return db


def run_json(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db), "readiness", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def pct(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator * 100 / denominator


def expected_from_rows(db: Path) -> dict[str, dict]:
    """Per unit code: personnel and per-category figures, computed from the raw rows."""
    conn = sqlite3.connect(db)
    units = {
        uid: {"code": code, "auth": auth, "min": mins}
        for uid, code, auth, mins in conn.execute(
            "SELECT id, code, authorised_strength, min_operational_strength FROM unit WHERE NOT archived"
        )
    }
    present: dict[str, int] = defaultdict(int)
    for (uid,) in conn.execute(
        "SELECT unit_id FROM person WHERE status = 'ACTIVE' AND NOT archived"
    ):
        present[uid] += 1
    types = {
        tid: {"code": code, "cat": cat}
        for tid, code, cat in conn.execute("SELECT id, code, category_id FROM equipment_type")
    }
    cats = {
        cid: {"code": code, "critical": bool(crit)}
        for cid, code, crit in conn.execute("SELECT id, code, critical FROM equipment_category")
    }
    held: dict[tuple, list[int]] = defaultdict(
        lambda: [0, 0, 0]
    )  # authorised, on hand, serviceable
    for uid, tid, qty in conn.execute(
        "SELECT unit_id, equipment_type_id, quantity FROM authorisation"
    ):
        held[uid, tid][0] += qty
    for uid, tid, status in conn.execute(
        "SELECT unit_id, equipment_type_id, status FROM asset WHERE NOT archived AND unit_id IS NOT NULL"
    ):
        if status in ON_HAND:
            held[uid, tid][1] += 1
        if status == "IN_SERVICE":
            held[uid, tid][2] += 1
    for uid, tid, on_hand, serviceable in conn.execute(
        "SELECT unit_id, equipment_type_id, on_hand, serviceable FROM stock_line"
    ):
        held[uid, tid][1] += on_hand
        held[uid, tid][2] += serviceable
    conn.close()

    result: dict[str, dict] = {}
    for uid, unit in units.items():
        per_cat: dict[str, dict] = defaultdict(lambda: defaultdict(int))
        for (u, tid), (auth, on_hand, serviceable) in held.items():
            if u != uid or (auth == 0 and on_hand == 0):
                continue
            c = per_cat[cats[types[tid]["cat"]]["code"]]
            c["authorised"] += auth
            c["on_hand"] += on_hand
            c["serviceable"] += serviceable
            c["held_capped"] += min(on_hand, auth)
            c["ready_capped"] += min(serviceable, auth)
        critical_codes = {c["code"] for c in cats.values() if c["critical"]}
        strength = pct(present[uid], unit["auth"])
        candidates = [] if strength is None else [min(strength, 100.0)]
        candidates += [
            pct(c["ready_capped"], c["authorised"])
            for code, c in per_cat.items()
            if code in critical_codes and c["authorised"] > 0
        ]
        total_auth = sum(c["authorised"] for c in per_cat.values())
        result[unit["code"]] = {
            "present": present[uid],
            "strength_pct": strength,
            "below_minimum": unit["min"] > 0 and present[uid] < unit["min"],
            "categories": {code: dict(c) for code, c in per_cat.items()},
            "readiness_pct": min(candidates) if candidates else None,
            "mean_readiness_pct": pct(sum(c["ready_capped"] for c in per_cat.values()), total_auth),
        }
    return result


def close(shown: float | None, exact: float | None) -> bool:
    if shown is None or exact is None:
        return shown is exact
    return abs(shown - exact) <= 0.05 + 1e-9


def test_readiness_json_matches_the_arithmetic_done_on_the_rows(demo_db, capsys):
    data = run_json(demo_db, capsys)
    expected = expected_from_rows(demo_db)

    assert data["as_of"] == date.today().isoformat()
    assert [u["code"] for u in data["units"]] == sorted(expected)
    for unit in data["units"]:
        exp = expected[unit["code"]]
        assert unit["personnel"]["present"] == exp["present"], unit["code"]
        assert close(unit["personnel"]["strength_pct"], exp["strength_pct"]), unit["code"]
        assert unit["personnel"]["below_minimum"] == exp["below_minimum"], unit["code"]
        assert close(unit["readiness_pct"], exp["readiness_pct"]), unit["code"]
        assert close(unit["mean_readiness_pct"], exp["mean_readiness_pct"]), unit["code"]
        shown = {c["code"]: c for c in unit["categories"]}
        assert set(shown) == set(exp["categories"]), unit["code"]
        for code, c in exp["categories"].items():
            got = shown[code]
            assert (got["authorised"], got["on_hand"], got["serviceable"]) == (
                c["authorised"],
                c["on_hand"],
                c["serviceable"],
            ), (unit["code"], code)
            assert close(got["holding_pct"], pct(c["held_capped"], c["authorised"]))
            assert close(got["serviceability_pct"], pct(c["serviceable"], c["on_hand"]))
            assert close(got["readiness_pct"], pct(c["ready_capped"], c["authorised"]))
        exact = exp["readiness_pct"]
        assert unit["band"] == (
            None if exact is None else "green" if exact >= 90 else "amber" if exact >= 75 else "red"
        ), unit["code"]


def test_gaps_are_positive_critical_first_then_largest(demo_db, capsys):
    gaps = run_json(demo_db, capsys)["gaps"]
    assert gaps, "the demo mission has shortages"
    assert all(g["gap"] > 0 for g in gaps)
    for g in gaps:
        assert g["gap"] == max(0, g["authorised"] - g["serviceable"] - g["pledged_open"])
    keys = [(not g["critical"], -g["gap"]) for g in gaps]
    assert keys == sorted(keys)


def test_a_past_date_reads_its_snapshot_and_a_missing_one_is_a_sentence(demo_db, capsys):
    a_month_ago = date.fromordinal(date.today().toordinal() - 30).isoformat()
    past = run_json(demo_db, capsys, "--as-of", a_month_ago)
    assert past["as_of"] == a_month_ago
    assert [u["code"] for u in past["units"]] == sorted(expected_from_rows(demo_db))
    assert main(["--db", str(demo_db), "readiness", "--as-of", "2000-01-01"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2000-01-01" in err and "Traceback" not in err


def test_usage_errors_exit_2_and_a_refused_demo_exits_1_in_one_line(demo_db, capsys):
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(demo_db), "readiness", "--as-of", "yesterday"])
    assert usage.value.code == 2
    capsys.readouterr()
    assert main(["--db", str(demo_db), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lsa-desktop: ") and err.count("\n") == 1 and "empty database" in err


def test_a_text_file_is_refused_and_left_unchanged(tmp_path, capsys):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    assert main(["--db", str(notes), "readiness"]) == 1
    assert notes.read_text(encoding="utf-8") == "not a database"
    assert "not an SQLite file" in capsys.readouterr().err


def test_backup_check_and_restore_round_trip(demo_db, tmp_path, capsys):
    copy = tmp_path / "copy.sqlite3"
    work = tmp_path / "work.sqlite3"
    assert main(["--db", str(demo_db), "backup", str(copy)]) == 0
    assert main(["--db", str(copy), "check"]) == 0
    assert "database OK" in capsys.readouterr().out
    assert main(["--db", str(work), "--data-dir", str(tmp_path / "d"), "restore", str(copy)]) == 0
    assert run_json(work, capsys)["units"] == run_json(demo_db, capsys)["units"]
