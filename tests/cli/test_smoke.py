"""--smoke-test as CI runs it on the frozen app: it must finish unattended, on a brand-new
database and settings folder, where the window would otherwise ask questions."""

from __future__ import annotations

import os
import subprocess
import sys


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
