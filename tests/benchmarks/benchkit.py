"""What the benchmarks share: the result lines, the demo database's cache, measuring helpers.

Imported by ``conftest.py`` and the benchmark modules (``tests/benchmarks`` is on ``sys.path``
when pytest collects them).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SCALE = 100
#: What decides the demo database's content: a change to any of these files builds it again.
DEMO_INPUTS = ("lsa_desktop/services/demo/*.py", "db/seed/*", "db/migrations/versions/*.py")


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One line of the table: the app's figure beside its yardstick's, and the limit on the ratio
    (None: reported only)."""

    name: str
    value: float
    unit: str
    yardstick: str
    yardstick_value: float
    limit: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.yardstick_value if self.yardstick_value else float("inf")

    @property
    def verdict(self) -> str:
        if self.limit is None:
            return "info"
        return "OK" if self.ratio <= self.limit else f"MISSED by {self.ratio / self.limit:.1f}x"

    def line(self) -> str:
        limit = f"limit {self.limit:<4g}" if self.limit is not None else " " * 10
        return (
            f"{self.name:<44} {_figure(self.value, self.unit):>10}   "
            f"{self.yardstick:<38} {_figure(self.yardstick_value, self.unit):>10}   "
            f"ratio {self.ratio:6.2f}  {limit}  {self.verdict}"
            + (f"   ({self.note})" if self.note else "")
        )


def _figure(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.1f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:g} {unit}"


def load_average() -> str:
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def machine(load_at_start: str) -> str:
    return (
        f"{platform.node()}: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
        f"Python {platform.python_version()}, {platform.platform(terse=True)}; load average "
        f"(1/5/15 min) {load_at_start} at the start, {load_average()} at the end"
    )


# --- measuring ----------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def timed(action: Callable[[], object], repeats: int = 3) -> float:
    """The median time of ``repeats`` runs of ``action``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return median(times)


def qt_env() -> dict[str, str]:
    """The environment of every process a benchmark starts: headless Qt, no LSA_DB."""
    env = {key: value for key, value in os.environ.items() if key != "LSA_DB"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# --- the demo database ----------------------------------------------------------------------------


def bench_root() -> Path:
    root = Path(os.environ.get("LSA_BENCH_DIR") or "/tmp/lsa-bench")
    root.mkdir(parents=True, exist_ok=True)
    return root


def demo_key(scale: int = SCALE) -> str:
    """A hash of the files that decide the demo database's content, and of the scale."""
    digest = hashlib.sha256(f"scale={scale}".encode())
    for pattern in DEMO_INPUTS:
        for path in sorted(REPO.glob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(REPO).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_demo_path(scale: int = SCALE) -> Path:
    return bench_root() / f"demo-scale{scale}-{demo_key(scale)}.sqlite3"


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_demo_database(path: Path, data_dir: Path, scale: int = SCALE) -> float:
    """``lsa-desktop --db PATH demo --scale K``, as a person runs it; returns its wall time."""
    remove_database(path)
    shutil.rmtree(data_dir, ignore_errors=True)
    command = [
        sys.executable, "-m", "lsa_desktop", "--db", str(path), "--data-dir", str(data_dir),
        "demo", "--scale", str(scale),
    ]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, env=qt_env(), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, f"demo build failed: {done.stderr}"
    return elapsed


def install_as_cache(fresh: Path, scale: int = SCALE) -> Path:
    """Make a freshly built database the cache of ``scale``, dropping caches of older inputs."""
    target = cached_demo_path(scale)
    for old in bench_root().glob(f"demo-scale{scale}-*.sqlite3"):
        if old != target:
            remove_database(old)
    remove_database(target)
    fresh.replace(target)
    remove_database(fresh)
    return target


def demo_database(scale: int = SCALE) -> tuple[Path, float | None]:
    """The cached demo database at ``scale``, built first if it is missing or out of date;
    with the seconds its build took, or None if it was already there."""
    path = cached_demo_path(scale)
    if path.exists():
        return path, None
    fresh = bench_root() / f".building-scale{scale}.sqlite3"
    seconds = build_demo_database(fresh, bench_root() / f"data-build-scale{scale}", scale)
    return install_as_cache(fresh, scale), seconds
