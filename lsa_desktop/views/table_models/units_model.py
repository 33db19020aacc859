"""The units register's columns; a unit below its minimum operational strength stands out in its
"present" cell, with a tooltip that says by how much, and a unit overdue for its periodic
inspection in its "next periodic due" cell, with a tooltip that says since when."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lsa_desktop.services.units_register import UnitRow
from lsa_desktop.views.table_models.columns import Column, Emphasis, format_value
from lsa_desktop.views.table_models.inspections_model import kind_label
from lsa_desktop.views.table_models.register_model import RegisterTableModel

_CONTEXT = "UnitsTableModel"


class UnitColumn(IntEnum):
    CODE = 0
    NAME = 1
    TYPE = 2
    CONTINGENT = 3
    PARENT = 4
    BASE = 5
    AUTHORISED = 6
    MINIMUM = 7
    PRESENT = 8
    LAST_INSPECTION = 9
    NEXT_PERIODIC_DUE = 10


def _present_emphasis(row: UnitRow) -> Emphasis | None:
    return Emphasis.WARNING if row.below_minimum else None


def present_tooltip(row: UnitRow) -> str | None:
    if not row.below_minimum:
        return None
    locale = QLocale()
    return QCoreApplication.translate(
        _CONTEXT, "{present} active officers: {short} below the minimum of {minimum}."
    ).format(
        present=locale.toString(row.present),
        short=locale.toString(row.min_operational_strength - row.present),
        minimum=locale.toString(row.min_operational_strength),
    )


def last_inspection_text(row: UnitRow) -> str:
    """The day and kind of the unit's last signed inspection: "2026-06-02 (Periodic readiness)"."""
    if row.last_inspected_on is None or row.last_inspection_kind is None:
        return ""
    return QCoreApplication.translate(_CONTEXT, "{date} ({kind})").format(
        date=format_value(row.last_inspected_on), kind=kind_label(row.last_inspection_kind)
    )


def _due_emphasis(row: UnitRow) -> Emphasis | None:
    return Emphasis.WARNING if row.inspection_overdue else None


def next_due_tooltip(row: UnitRow) -> str | None:
    if not row.inspection_overdue:
        return None
    return QCoreApplication.translate(
        _CONTEXT, "Periodic inspection overdue: it was due on {date}."
    ).format(date=format_value(row.next_periodic_due))


class UnitsTableModel(RegisterTableModel):
    CONTEXT = _CONTEXT
    COLUMNS = {
        UnitColumn.CODE: Column(QT_TRANSLATE_NOOP(_CONTEXT, "Code"), "code", lambda r: r.code),
        UnitColumn.NAME: Column(QT_TRANSLATE_NOOP(_CONTEXT, "Name"), "name", lambda r: r.name),
        UnitColumn.TYPE: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Type"), "unit_type", lambda r: r.unit_type
        ),
        UnitColumn.CONTINGENT: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Contingent"), "contingent", lambda r: r.contingent_name
        ),
        UnitColumn.PARENT: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Parent"), "parent", lambda r: r.parent_code
        ),
        UnitColumn.BASE: Column(QT_TRANSLATE_NOOP(_CONTEXT, "Base"), "base", lambda r: r.base_name),
        UnitColumn.AUTHORISED: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Authorised"),
            "authorised_strength",
            lambda r: r.authorised_strength,
            numeric=True,
        ),
        UnitColumn.MINIMUM: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Minimum"),
            "min_operational_strength",
            lambda r: r.min_operational_strength,
            numeric=True,
        ),
        UnitColumn.PRESENT: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Present"),
            "present",
            lambda r: r.present,
            tooltip=present_tooltip,
            emphasis=_present_emphasis,
            numeric=True,
        ),
        UnitColumn.LAST_INSPECTION: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Last inspection"),
            "last_inspection",
            lambda r: r.last_inspected_on,
            text=last_inspection_text,
        ),
        UnitColumn.NEXT_PERIODIC_DUE: Column(
            QT_TRANSLATE_NOOP(_CONTEXT, "Next periodic due"),
            "next_periodic_due",
            lambda r: r.next_periodic_due,
            tooltip=next_due_tooltip,
            emphasis=_due_emphasis,
        ),
    }
