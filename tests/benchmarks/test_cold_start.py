"""A cold start to the first painted main window on the scale-100 database: at most 2x a bare
PySide6 window holding an empty table view, started the same way; resident memory at that moment
at most 1.5x the bare window's.

"The same way": ``start_app.py`` (the app's own start-up path, ``lsa-desktop --db X``, plus the
paint probe) and ``start_bare.py`` are started as fresh ``python`` processes with this interpreter
and ``QT_QPA_PLATFORM=offscreen``; each prints a line at its main window's first Paint event with
its VmRSS at that moment, and the time is measured here from ``Popen`` to that line. One start of
each warms the file cache first and is not counted; then the two alternate, and medians compare.

``quick_check`` is part of the app's start (the issue requires it): it reads the whole 1.3 GB file,
so its time, measured alone on the same file, is reported beside.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchkit import HERE, demo_database, median, qt_env, timed

TIME_LIMIT = 2.0
MEMORY_LIMIT = 1.5
REPEATS = 5
PAINTED = "painted"


def start_until_painted(script: str, *args: str) -> tuple[float, float]:
    """Start ``script`` in a fresh interpreter; seconds from Popen to its ``painted`` line, and
    its resident memory at that moment in MB. The process is then left to quit on its own."""
    command = [sys.executable, str(HERE / script), *args]
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=qt_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _out, err = process.communicate(timeout=120)
    assert line.startswith(PAINTED), f"{script} {args} did not paint: {line!r} {err[-2000:]}"
    assert process.returncode == 0, f"{script} exited with {process.returncode}: {err[-2000:]}"
    rss_kb = int(line.split()[2])
    return elapsed, rss_kb / 1024


def quick_check_seconds(path: Path) -> float:
    from lsa_desktop.store.integrity import quick_check

    return timed(lambda: quick_check(path))


def compare_starts(
    db: Path, data: Path
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(seconds, MB) of each app start on ``db`` and of each bare start, alternating, after one
    start of each that warms the file cache and the bytecode and is not counted."""
    app_args = ("--db", str(db), "--data-dir", str(data))
    start_until_painted("start_app.py", *app_args)
    start_until_painted("start_bare.py")
    app_runs, bare_runs = [], []
    for _ in range(REPEATS):
        app_runs.append(start_until_painted("start_app.py", *app_args))
        bare_runs.append(start_until_painted("start_bare.py"))
    return app_runs, bare_runs


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return median([seconds for seconds, _ in runs]), median([mb for _, mb in runs])


def test_cold_start_to_the_first_painted_window(demo_db, tmp_path, record, note):
    app_runs, bare_runs = compare_starts(demo_db, tmp_path / "data")
    (app_time, app_rss), (bare_time, bare_rss) = medians(app_runs), medians(bare_runs)
    check = quick_check_seconds(demo_db)
    bare = "bare window, empty table view"
    timed = record(
        "cold start to first paint (median of 5)", app_time, "s", bare, bare_time, TIME_LIMIT
    )
    memory = record("resident memory at first paint", app_rss, "MB", bare, bare_rss, MEMORY_LIMIT)
    record("  quick_check of the same file, alone", check, "s", bare, bare_time)
    note(
        "cold start: app runs "
        + ", ".join(f"{t:.2f} s/{m:.0f} MB" for t, m in app_runs)
        + "; bare runs "
        + ", ".join(f"{t * 1000:.0f} ms/{m:.0f} MB" for t, m in bare_runs)
    )

    small, _ = demo_database(scale=1)  # a mission's real size: what start-up costs without the bulk
    small_app, small_bare = (medians(runs) for runs in compare_starts(small, tmp_path / "small"))
    record("  same on the scale-1 demo (1,300 officers)", small_app[0], "s", bare, small_bare[0])
    record("  its memory at first paint", small_app[1], "MB", bare, small_bare[1])
    assert timed.ratio <= TIME_LIMIT and memory.ratio <= MEMORY_LIMIT, (
        f"{timed.line()}\n{memory.line()}"
    )
