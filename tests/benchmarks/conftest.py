"""Benchmarks of issue 2, point 12 (``make bench``; not part of ``make test``).

Each benchmark measures the app and its yardstick in the same run, under the same conditions, and
records the pair with :func:`record` (the ``record`` fixture); the table of every figure beside
its limit is printed at the end of the run and written to ``<bench dir>/results.md``.

The database is the demo mission at ``--scale 100`` (about 130,000 officers, 1.3 GB), built by the
command line as a person would, into a cache folder outside the repository: ``$LSA_BENCH_DIR``, or
``/tmp/lsa-bench``. Its file name carries a hash of what decides its content (the demo's code, the
seed files and the migrations), so a change to any of them builds it again. ``test_build.py``
always builds a fresh copy, to time it, and leaves it as the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from benchkit import SCALE, Result, bench_root, demo_database, load_average, machine

_RESULTS: list[Result] = []
_LOAD_AT_START = load_average()  # the machines are shared: say how busy this one was
_NOTES: list[str] = []


@pytest.fixture
def record() -> Callable[..., Result]:
    """``record(name, value, unit, yardstick, yardstick_value, limit=None, note="")``: one line
    of the final table; returns the :class:`Result`, whose ``ratio`` the test then asserts."""

    def add(*args: object, **kwargs: object) -> Result:
        result = Result(*args, **kwargs)  # type: ignore[arg-type]
        _RESULTS.append(result)
        print(f"\n  {result.line()}")
        return result

    return add


@pytest.fixture
def note() -> Callable[[str], None]:
    """``note(text)``: a line printed under the table (what a figure includes, a caveat)."""

    def add(text: str) -> None:
        _NOTES.append(text)
        print(f"\n  note: {text}")

    return add


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _RESULTS:
        return
    when = datetime.now().astimezone().isoformat(timespec="seconds")
    lines = [
        f"LSA Desktop benchmarks, {when}",
        machine(_LOAD_AT_START),
        "",
        *(result.line() for result in _RESULTS),
    ]
    if _NOTES:
        lines += ["", *(f"- {text}" for text in _NOTES)]
    terminalreporter.section("benchmarks: each figure beside its limit, measured in this run")
    for line in lines:
        terminalreporter.write_line(line)
    out = bench_root() / "results.md"
    out.write_text("```\n" + "\n".join(lines) + "\n```\n", encoding="utf-8")
    terminalreporter.write_line(f"(written to {out})")


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> object:
    """The app's own ``QApplication`` (its style sheet applies to every view a benchmark paints);
    the pages measured are given their services directly."""
    from lsa_desktop.app import LsaApplication
    from lsa_desktop.services import Services
    from lsa_desktop.settings import Settings
    from lsa_desktop.store.engine import Store

    unbound = Services(Store("sqlite://"))
    app = LsaApplication(qapp_args, services=unbound, settings=Settings(), install_excepthook=False)
    _KEEP_ALIVE.append(app)
    return app


_KEEP_ALIVE: list[object] = []


@pytest.fixture(scope="session")
def demo_db() -> Path:
    """The cached ``demo --scale 100`` database, built first if it is missing or out of date."""
    path, seconds = demo_database()
    if seconds is not None:
        _NOTES.append(f"the cached scale-{SCALE} demo database was built in {seconds:.1f} s")
    return path
