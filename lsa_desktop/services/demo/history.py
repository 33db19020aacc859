"""The demo's daily readiness history, replayed from the events behind today's rows.

Every change the demo records (an officer arriving or going on leave, an item received, a vehicle
breaking down and coming back from repair, a pledge made, a delivery accepted) is also given here
as a dated change of a count. Replaying them day by day gives figures that tell the same story as
the rows, and whose last day equals exactly what the rows say today.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

_Key = tuple[uuid.UUID, uuid.UUID]


class History:
    """Dated changes of personnel present and of equipment held, per unit and equipment type."""

    def __init__(self, today: date, days: int) -> None:
        self.today = today
        self.days = days
        self.first = today - timedelta(days=days - 1)
        self._present: dict[uuid.UUID, dict[int, int]] = {}
        # per (unit, type): day index -> [on hand, serviceable, pledged and not delivered]
        self._holding: dict[_Key, dict[int, list[int]]] = {}

    def _index(self, day: date) -> int | None:
        """The day's place in the window; changes before it count from the first day."""
        index = (day - self.first).days
        return None if index >= self.days else max(index, 0)

    def person(self, unit_id: uuid.UUID, arrived: date, left: date | None) -> None:
        """An officer present from ``arrived`` until the day before ``left``."""
        changes = self._present.setdefault(unit_id, {})
        for day, delta in ((arrived, 1), (left, -1)):
            if day is None:
                continue
            index = self._index(day)
            if index is not None:
                changes[index] = changes.get(index, 0) + delta

    def holding(
        self,
        unit_id: uuid.UUID,
        type_id: uuid.UUID,
        day: date,
        on_hand: int = 0,
        serviceable: int = 0,
        pledged: int = 0,
    ) -> None:
        """A change, from ``day`` on, of what one unit holds of one type or has been pledged."""
        index = self._index(day)
        if index is None:
            return
        changes = self._holding.setdefault((unit_id, type_id), {})
        counts = changes.get(index)
        if counts is None:
            changes[index] = [on_hand, serviceable, pledged]
        else:
            counts[0] += on_hand
            counts[1] += serviceable
            counts[2] += pledged

    def strength_days(
        self,
        units: list[tuple[uuid.UUID, int, int]],
        new_id: Callable[[], uuid.UUID],
    ) -> Iterator[tuple[date, list[dict[str, Any]]]]:
        """ReadinessSnapshot rows, day by day: (unit, authorised, minimum) -> present."""
        present = [0] * len(units)
        changes = [self._present.get(unit_id, {}) for unit_id, _a, _m in units]
        for index in range(self.days):
            rows = []
            for position, (unit_id, authorised, minimum) in enumerate(units):
                delta = changes[position].get(index)
                if delta:
                    present[position] += delta
                rows.append(
                    {
                        "id": new_id(),
                        "unit_id": unit_id,
                        "authorised_strength": authorised,
                        "min_operational_strength": minimum,
                        "present": present[position],
                    }
                )
            yield self.first + timedelta(days=index), rows

    def holding_days(
        self,
        authorisations: list[tuple[uuid.UUID, uuid.UUID, int]],
        new_id: Callable[[], uuid.UUID],
    ) -> Iterator[tuple[date, list[dict[str, Any]]]]:
        """ReadinessSnapshotLine rows, day by day, for each (unit, type, authorised quantity)."""
        state = [[0, 0, 0] for _ in authorisations]
        changes = [self._holding.get((unit, kind), {}) for unit, kind, _q in authorisations]
        for index in range(self.days):
            rows = []
            for position, (unit_id, type_id, authorised) in enumerate(authorisations):
                counts = state[position]
                delta = changes[position].get(index)
                if delta:
                    counts[0] += delta[0]
                    counts[1] += delta[1]
                    counts[2] += delta[2]
                rows.append(
                    {
                        "id": new_id(),
                        "unit_id": unit_id,
                        "equipment_type_id": type_id,
                        "authorised": authorised,
                        "on_hand": counts[0],
                        "serviceable": counts[1],
                        "pledged_open": counts[2],
                    }
                )
            yield self.first + timedelta(days=index), rows
