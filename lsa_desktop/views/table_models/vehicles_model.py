"""The vehicle register's columns; a vehicle overdue for service stands out in its next-service
cell, with a tooltip that says why."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lsa_desktop.services.fleet import VehicleRow
from lsa_desktop.views.table_models.columns import Column, Emphasis, format_value
from lsa_desktop.views.table_models.register_model import RegisterTableModel

_CONTEXT = "VehiclesTableModel"


class VehicleColumn(IntEnum):
    REGISTRATION = 0
    TAG = 1
    TYPE = 2
    MAKE = 3
    MODEL = 4
    UNIT = 5
    STATUS = 6
    CONDITION = 7
    ODOMETER = 8
    NEXT_SERVICE = 9


def _km(value: int) -> str:
    return QLocale().toString(value)


def next_service_text(row: VehicleRow) -> str:
    """The service date; the service mileage when the plan is by mileage only."""
    if row.next_service_date is not None:
        return format_value(row.next_service_date)
    if row.next_service_km is not None:
        return QCoreApplication.translate("VehiclesTableModel", "at {km} km").format(
            km=_km(row.next_service_km)
        )
    return ""


def next_service_tooltip(row: VehicleRow) -> str | None:
    if row.overdue:
        if row.next_service_date is not None and row.next_service_date < row.as_of:
            return QCoreApplication.translate(
                "VehiclesTableModel", "Service overdue: it was due on {date}."
            ).format(date=format_value(row.next_service_date))
        return QCoreApplication.translate(
            "VehiclesTableModel",
            "Service overdue: the odometer reads {odometer} km; service was due at {due} km.",
        ).format(odometer=_km(row.odometer_km or 0), due=_km(row.next_service_km or 0))
    if row.next_service_date is not None and row.next_service_km is not None:
        return QCoreApplication.translate(
            "VehiclesTableModel", "Next service on {date} or at {km} km, whichever comes first."
        ).format(date=format_value(row.next_service_date), km=_km(row.next_service_km))
    return None


class VehiclesTableModel(RegisterTableModel):
    CONTEXT = _CONTEXT
    COLUMNS = {
        VehicleColumn.REGISTRATION: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Registration"),
            "registration",
            lambda r: r.registration,
        ),
        VehicleColumn.TAG: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Asset tag"), "tag", lambda r: r.tag
        ),
        VehicleColumn.TYPE: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Type"),
            "type",
            lambda r: r.type_name,
            tooltip=lambda r: r.type_code,
        ),
        VehicleColumn.MAKE: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Make"), "make", lambda r: r.make
        ),
        VehicleColumn.MODEL: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Model"), "model", lambda r: r.model
        ),
        VehicleColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        VehicleColumn.STATUS: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Status"), "status", lambda r: r.status
        ),
        VehicleColumn.CONDITION: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Condition"),
            "condition",
            lambda r: r.condition,
        ),
        VehicleColumn.ODOMETER: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Odometer (km)"),
            "odometer",
            lambda r: r.odometer_km,
            numeric=True,
        ),
        VehicleColumn.NEXT_SERVICE: Column(
            QT_TRANSLATE_NOOP("VehiclesTableModel", "Next service"),
            "next_service",
            lambda r: r.next_service_date,
            text=next_service_text,
            tooltip=next_service_tooltip,
            emphasis=lambda r: Emphasis.WARNING if r.overdue else None,
        ),
    }
