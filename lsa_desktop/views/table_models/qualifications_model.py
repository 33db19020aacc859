"""The expiring qualifications' columns: what has expired stands out in red, what expires within
30 days in amber, each with a tooltip that says when."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lsa_desktop.services.qualifications import ExpiringRow
from lsa_desktop.views.table_models.columns import Column, Emphasis
from lsa_desktop.views.table_models.register_model import RegisterTableModel

_CONTEXT = "QualificationsTableModel"

#: Days ahead within which an expiry asks for action now (amber).
SOON_DAYS = 30


class ExpiringColumn(IntEnum):
    OFFICER = 0
    SERVICE_NUMBER = 1
    UNIT = 2
    QUALIFICATION = 3
    NUMBER = 4
    EXPIRES = 5
    DAYS_LEFT = 6


def expiry_emphasis(row: ExpiringRow) -> Emphasis | None:
    if row.days_left < 0:
        return Emphasis.CRITICAL
    return Emphasis.WARNING if row.days_left <= SOON_DAYS else None


def days_left_text(row: ExpiringRow) -> str:
    """Days left as a number; "today" on the day; a signed number once expired (−3)."""
    if row.days_left == 0:
        return QCoreApplication.translate(_CONTEXT, "today")
    if row.days_left < 0:
        return "\u2212" + QLocale().toString(-row.days_left)
    return QLocale().toString(row.days_left)


def expiry_tooltip(row: ExpiringRow) -> str:
    day = row.expires_on.isoformat()
    locale = QLocale()
    if row.days_left < 0:
        return QCoreApplication.translate(_CONTEXT, "Expired on {date}, {days} days ago.").format(
            date=day, days=locale.toString(-row.days_left)
        )
    if row.days_left == 0:
        return QCoreApplication.translate(_CONTEXT, "Expires today ({date}).").format(date=day)
    return QCoreApplication.translate(_CONTEXT, "Expires on {date}, in {days} days.").format(
        date=day, days=locale.toString(row.days_left)
    )


def _officer_tooltip(row: ExpiringRow) -> str:
    return " · ".join(part for part in (row.rank_code, row.service_number) if part)


class ExpiringQualificationsTableModel(RegisterTableModel):
    CONTEXT = _CONTEXT
    COLUMNS = {
        ExpiringColumn.OFFICER: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Officer"),
            "officer",
            lambda r: r.officer,
            tooltip=_officer_tooltip,
        ),
        ExpiringColumn.SERVICE_NUMBER: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Service number"),
            "service_number",
            lambda r: r.service_number,
        ),
        ExpiringColumn.UNIT: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Unit"), "unit", lambda r: r.unit_code
        ),
        ExpiringColumn.QUALIFICATION: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Qualification"),
            "qualification",
            lambda r: r.type_name,
            tooltip=lambda r: r.type_code,
        ),
        ExpiringColumn.NUMBER: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Number"), "number", lambda r: r.number
        ),
        ExpiringColumn.EXPIRES: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Expires on"),
            "expires_on",
            lambda r: r.expires_on,
            tooltip=expiry_tooltip,
            emphasis=expiry_emphasis,
        ),
        ExpiringColumn.DAYS_LEFT: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Days left"),
            "expires_on",
            lambda r: r.days_left,
            text=days_left_text,
            tooltip=expiry_tooltip,
            emphasis=expiry_emphasis,
            numeric=True,
        ),
    }
