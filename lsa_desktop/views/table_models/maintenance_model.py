"""The Maintenance page's registers: work still open (how long it has been open stands out once
it passes a month), and what is overdue for service (by how many days or kilometres)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lsa_desktop.services.maintenance_lists import OpenWorkRow, OverdueRow
from lsa_desktop.views.table_models.columns import Column, Emphasis
from lsa_desktop.views.table_models.fleet_labels import fleet_label
from lsa_desktop.views.table_models.register_model import RegisterTableModel

#: Work open longer than this many days stands out.
LONG_OPEN_DAYS = 30


class OpenWorkColumn(IntEnum):
    REGISTRATION = 0
    TAG = 1
    TYPE = 2
    UNIT = 3
    KIND = 4
    OPENED_ON = 5
    DAYS_OPEN = 6
    ODOMETER = 7
    COST = 8
    NOTES = 9


class OverdueColumn(IntEnum):
    REGISTRATION = 0
    TAG = 1
    TYPE = 2
    UNIT = 3
    STATUS = 4
    ODOMETER = 5
    NEXT_SERVICE = 6
    NEXT_SERVICE_KM = 7
    OVERDUE = 8
    IN_MAINTENANCE = 9


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaintenanceModels", text)


def _cost(row: OpenWorkRow) -> str:
    return "" if row.cost_usd is None else QLocale().toString(row.cost_usd, "f", 2)


def overdue_text(row: OverdueRow) -> str:
    """By how much the service is overdue: "12 days", "500 km" or both."""
    parts = []
    if row.days_overdue is not None:
        days = row.days_overdue
        parts.append(_tr("1 day") if days == 1 else _tr("{days} days").format(days=days))
    if row.km_over is not None:
        parts.append(_tr("{km} km").format(km=QLocale().toString(row.km_over)))
    return _tr(", ").join(parts)


def _days_overdue(row: OverdueRow) -> int:
    return row.days_overdue if row.days_overdue is not None else -1


class OpenWorkTableModel(RegisterTableModel):
    CONTEXT = "OpenWorkTableModel"
    COLUMNS = {
        OpenWorkColumn.REGISTRATION: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Registration"),
            "registration",
            lambda r: r.registration,
        ),
        OpenWorkColumn.TAG: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Asset tag"), "tag", lambda r: r.tag
        ),
        OpenWorkColumn.TYPE: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Type"), "type", lambda r: r.type_name
        ),
        OpenWorkColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        OpenWorkColumn.KIND: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Work"),
            "kind",
            lambda r: r.kind,
            text=lambda r: fleet_label(r.kind),
        ),
        OpenWorkColumn.OPENED_ON: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Opened on"), "opened_on", lambda r: r.opened_on
        ),
        OpenWorkColumn.DAYS_OPEN: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Days open"),
            "opened_on",
            lambda r: r.days_open,
            emphasis=lambda r: Emphasis.WARNING if r.days_open > LONG_OPEN_DAYS else None,
            numeric=True,
        ),
        OpenWorkColumn.ODOMETER: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Odometer (km)"),
            "odometer",
            lambda r: r.odometer_km,
            numeric=True,
        ),
        OpenWorkColumn.COST: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Cost (USD)"),
            "cost",
            lambda r: r.cost_usd,
            text=_cost,
            numeric=True,
        ),
        OpenWorkColumn.NOTES: Column(
            QT_TRANSLATE_NOOP("OpenWorkTableModel", "Notes"),
            "opened_on",
            lambda r: r.notes,
            text=lambda r: " ".join(r.notes.split()),
            tooltip=lambda r: r.notes or None,
        ),
    }


class OverdueTableModel(RegisterTableModel):
    CONTEXT = "OverdueTableModel"
    COLUMNS = {
        OverdueColumn.REGISTRATION: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Registration"),
            "registration",
            lambda r: r.registration,
        ),
        OverdueColumn.TAG: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Asset tag"), "tag", lambda r: r.tag
        ),
        OverdueColumn.TYPE: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Type"), "type", lambda r: r.type_name
        ),
        OverdueColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        OverdueColumn.STATUS: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Status"), "status", lambda r: r.status
        ),
        OverdueColumn.ODOMETER: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Odometer (km)"),
            "odometer",
            lambda r: r.odometer_km,
            numeric=True,
        ),
        OverdueColumn.NEXT_SERVICE: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Service due on"),
            "next_service",
            lambda r: r.next_service_date,
            emphasis=lambda r: Emphasis.WARNING if r.days_overdue is not None else None,
        ),
        OverdueColumn.NEXT_SERVICE_KM: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Service due at (km)"),
            "next_service_km",
            lambda r: r.next_service_km,
            emphasis=lambda r: Emphasis.WARNING if r.km_over is not None else None,
            numeric=True,
        ),
        OverdueColumn.OVERDUE: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "Overdue by"),
            "next_service",
            _days_overdue,
            text=overdue_text,
        ),
        OverdueColumn.IN_MAINTENANCE: Column(
            QT_TRANSLATE_NOOP("OverdueTableModel", "In maintenance"),
            "status",
            lambda r: r.in_maintenance,
            tooltip=lambda r: _tr("Work is already open on it.") if r.in_maintenance else None,
        ),
    }
