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

    # The helpers below write their sentence only when the check fails: an import checks
    # 100,000 rows with them, nearly all of which pass.

    def required(self, value: object, field: str, label: str) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, f"{label} is required.")
            return False
        return True

    def not_negative(self, value: int | float | None, field: str, label: str) -> bool:
        if value is not None and value < 0:
            self.add(field, f"{label} cannot be negative.")
            return False
        return True

    def dates_in_order(
        self, first: date | None, then: date | None, field: str, first_label: str, then_label: str
    ) -> bool:
        if first is not None and then is not None and first > then:
            self.add(field, f"{then_label} cannot be before {first_label.lower()}.")
            return False
        return True

    def __bool__(self) -> bool:
        return bool(self._by_field)

    def __contains__(self, field: str) -> bool:
        return field in self._by_field

    def as_dict(self) -> dict[str, str]:
        return dict(self._by_field)

    def raise_if_any(self) -> None:
        if self._by_field:
            raise ValidationFailed(self._by_field)
