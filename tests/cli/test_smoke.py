"""--smoke-test as CI runs it on the frozen app: it must finish unattended, on a brand-new
database and settings folder, where the window would otherwise ask questions."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def test_smoke_test_on_a_new_database_finishes_without_asking_anything(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LSA_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "lsa_desktop", "--db", str(tmp_path / "new.sqlite3"),
         "--data-dir", str(tmp_path / "data"), "--smoke-test"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert "11 pages opened" in done.stdout


@pytest.mark.slow
def test_the_window_with_the_dashboards_charts_exits_cleanly(tmp_path):
    """With data, the Dashboard draws its pyqtgraph charts; the process must still end with
    status 0 (left to the interpreter's exit, the charts outlived the application and the
    process died with a segmentation fault after the work was done)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LSA_DB", None)
    base = [sys.executable, "-m", "lsa_desktop", "--db", str(tmp_path / "demo.sqlite3"),
            "--data-dir", str(tmp_path / "data")]  # fmt: skip
    subprocess.run([*base, "demo"], capture_output=True, timeout=300, env=env, check=True)
    done = subprocess.run(
        [*base, "--smoke-test"], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "smoke test passed" in done.stdout
