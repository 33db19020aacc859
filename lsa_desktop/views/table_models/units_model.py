"""The units register's columns; a unit below its minimum operational strength stands out in its
"present" cell, with a tooltip that says by how much."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lsa_desktop.services.units import UnitRow
from lsa_desktop.views.table_models.columns import Column, Emphasis
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
    }
