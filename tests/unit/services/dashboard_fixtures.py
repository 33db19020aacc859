"""What the Dashboard and snapshot tests share: their day, and a clock they can move (the
``clock``, ``readiness`` and ``dashboard`` fixtures built on it are in this folder's conftest)."""

from __future__ import annotations

from datetime import date

TODAY = date(2025, 3, 1)


class Clock:
    """``today`` for the services, set by the test."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day
