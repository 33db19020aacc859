"""Issue 5, point 10: a 100,000-row personnel import and export, each beside its yardstick.

- Import: the app's ``import personnel`` (read, check every row, match, write audited) at most 2x
  python-calamine's read of the same file plus raw ``sqlite3.executemany`` of its rows into the
  same ``person`` table (same schema, indexes and pragmas); peak memory at most 1.5x that of the
  yardstick's process.
- Export: ``export personnel`` (styled: header, widths, formats, About sheet; read from SQL) at
  most 1.3x openpyxl's write-only mode writing the same values unstyled; XlsxWriter's
  constant_memory mode on the same values is printed beside as the fastest writer measured here.

Every side runs in a fresh process (``excel_bench.py``), so peak memory is its own; the sides
alternate, three times each, and medians compare.
"""

from __future__ import annotations

import subprocess
import sys

from benchkit import HERE, bench_root, median, qt_env

IMPORT_LIMIT = 2.0
IMPORT_MEMORY_LIMIT = 1.5
EXPORT_LIMIT = 1.3
REPEATS = 3


def run(command: str, folder) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, str(HERE / "excel_bench.py"), command, str(folder)],
        env=qt_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{command} failed: {done.stderr[-3000:]}"
    if command == "prepare":
        return 0.0, 0.0
    seconds, megabytes = done.stdout.split()[-2:]
    return float(seconds), float(megabytes)


def medians(results: list[tuple[float, float]]) -> tuple[float, float]:
    return median([r[0] for r in results]), median([r[1] for r in results])


def test_import_and_export_of_100000_officers(record, note):
    folder = bench_root() / "excel"
    run("prepare", folder)
    app, bare = [], []
    for _ in range(REPEATS):
        app.append(run("import-app", folder))
        bare.append(run("import-bare", folder))
    (app_s, app_mb), (bare_s, bare_mb) = medians(app), medians(bare)
    timing = record(
        "import personnel, 100,000 rows", app_s, "s", "calamine read + executemany", bare_s,
        IMPORT_LIMIT,
    )  # fmt: skip
    memory = record(
        "import personnel, peak memory", app_mb, "MB", "calamine read + executemany", bare_mb,
        IMPORT_MEMORY_LIMIT,
    )  # fmt: skip
    styled, plain, fastest = [], [], []
    for _ in range(REPEATS):
        styled.append(run("export-app", folder))
        plain.append(run("export-openpyxl", folder))
        fastest.append(run("export-xlsxwriter", folder))
    export = record(
        "export personnel, 100,000 rows, styled", medians(styled)[0], "s",
        "openpyxl write-only, unstyled", medians(plain)[0], EXPORT_LIMIT,
    )  # fmt: skip
    record(
        "export personnel, 100,000 rows, styled", medians(styled)[0], "s",
        "xlsxwriter constant_memory, plain", medians(fastest)[0],
    )  # fmt: skip
    note(
        "import: the app side includes the preflight, the sheet scan, header detection, every "
        "row's checks, matching by service number and the audit entries of every new officer"
    )
    assert export.ratio <= EXPORT_LIMIT
    assert timing.ratio <= IMPORT_LIMIT, timing.line()
    assert memory.ratio <= IMPORT_MEMORY_LIMIT, memory.line()
