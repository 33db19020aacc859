"""Progress of a long job: jobs are plain generators that yield ``Progress`` and stop when cancelled.

No Qt here: the generator is tested on its own; ``lsa_desktop.tasks`` runs it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 when unknown
    message: str = ""

    @property
    def fraction(self) -> float | None:
        return None if self.total <= 0 else min(1.0, self.done / self.total)


#: A job: yields progress, returns its result (``StopIteration.value``).
Job = Generator[Progress, None, T]


def run_to_end(
    job: Generator[Progress, None, T], on_progress: Callable[[Progress], Any] | None = None
) -> T:
    """Drive a job synchronously (command line, tests); returns what the job returned."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if on_progress is not None:
            on_progress(step)
