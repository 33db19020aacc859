"""How a register's column is shown: its title, its sort key, its value and how the value reads.

Each register model lists its columns as an ``IntEnum`` (the column numbers) mapped to a
:class:`Column`. The value a column gives is the native one (a date, a number, an enum member):
it is what ``SORT_ROLE`` returns, and the displayed text is derived from it, so a date sorts as a
date and 9 sorts before 10.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from lsa_desktop.views.table_models.labels import enum_label


class Emphasis(Enum):
    """Why a cell stands out."""

    #: Needs attention: a vehicle overdue for service.
    WARNING = auto()
    #: Holds readiness down: a gap in a critical equipment category.
    CRITICAL = auto()


@dataclass(frozen=True)
class Column:
    """One column of a register model.

    ``title`` is the untranslated header, marked with ``QT_TRANSLATE_NOOP`` in the model's
    translation context; ``sort_key`` is the register's SQL sort key for this column.
    """

    title: str
    sort_key: str
    value: Callable[[Any], object]
    text: Callable[[Any], str] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    emphasis: Callable[[Any], Emphasis | None] | None = None
    numeric: bool = False

    def display(self, row: Any) -> str:
        if self.text is not None:
            return self.text(row)
        return format_value(self.value(row))


def format_value(value: object) -> str:
    """The text of a native value: ISO dates (unambiguous in English and French), numbers with the
    locale's digit grouping, enum members by their translated label, nothing for no value."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Columns", "Yes") if value else ""
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
