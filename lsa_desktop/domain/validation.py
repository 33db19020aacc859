"""Collecting the problems of a record before anything is saved.

The rules live in ``domain`` (pure, tested without a database or a screen); the services add the
checks that need the database (a service number already used...) to the same collector and raise
one :class:`~lsa_desktop.errors.ValidationFailed` holding every problem, field by field, so a form
can show each reason beside its field at once.
"""

from __future__ import annotations

from datetime import date

from lsa_desktop.errors import ValidationFailed


class Problems:
    def __init__(self) -> None:
        self._by_field: dict[str, str] = {}

    def add(self, field: str, sentence: str) -> None:
        """Record a problem; the first one found for a field is the one shown."""
        self._by_field.setdefault(field, sentence)

    def check(self, ok: bool, field: str, sentence: str) -> bool:
        if not ok:
            self.add(field, sentence)
        return ok

    def required(self, value: object, field: str, label: str) -> bool:
        empty = value is None or (isinstance(value, str) and not value.strip())
        return self.check(not empty, field, f"{label} is required.")

    def not_negative(self, value: int | float | None, field: str, label: str) -> bool:
        return self.check(value is None or value >= 0, field, f"{label} cannot be negative.")

    def dates_in_order(
        self, first: date | None, then: date | None, field: str, first_label: str, then_label: str
    ) -> bool:
        ok = first is None or then is None or first <= then
        return self.check(ok, field, f"{then_label} cannot be before {first_label.lower()}.")

    def __bool__(self) -> bool:
        return bool(self._by_field)

    def __contains__(self, field: str) -> bool:
        return field in self._by_field

    def as_dict(self) -> dict[str, str]:
        return dict(self._by_field)

    def raise_if_any(self) -> None:
        if self._by_field:
            raise ValidationFailed(self._by_field)
