"""The personnel register's columns."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lsa_desktop.services.personnel import PersonRow
from lsa_desktop.views.table_models.columns import Column
from lsa_desktop.views.table_models.register_model import RegisterTableModel


class PersonColumn(IntEnum):
    SERVICE_NUMBER = 0
    RANK = 1
    SURNAME = 2
    GIVEN_NAMES = 3
    SEX = 4
    UNIT = 5
    ROLE = 6
    STATUS = 7
    ARRIVAL = 8
    TOUR_END = 9


def _rank(row: PersonRow) -> str:
    return row.rank_code or ""


class PersonnelTableModel(RegisterTableModel):
    CONTEXT = "PersonnelTableModel"
    COLUMNS = {
        PersonColumn.SERVICE_NUMBER: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Service number"),
            "service_number",
            lambda r: r.service_number,
        ),
        PersonColumn.RANK: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Rank"),
            "rank",
            lambda r: r.rank_level,  # seniority, so ranks sort as ranks, not alphabetically
            text=_rank,
            tooltip=lambda r: r.rank_name,
        ),
        PersonColumn.SURNAME: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Surname"), "surname", lambda r: r.surname
        ),
        PersonColumn.GIVEN_NAMES: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Given names"),
            "given_names",
            lambda r: r.given_names,
        ),
        PersonColumn.SEX: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Sex"), "sex", lambda r: r.sex
        ),
        PersonColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Unit"),
            "unit",
            lambda r: r.unit_code,
            tooltip=lambda r: r.unit_name,
        ),
        PersonColumn.ROLE: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Role"), "role", lambda r: r.role
        ),
        PersonColumn.STATUS: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Status"), "status", lambda r: r.status
        ),
        PersonColumn.ARRIVAL: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Arrival"),
            "arrival_date",
            lambda r: r.arrival_date,
        ),
        PersonColumn.TOUR_END: Column(
            QT_TRANSLATE_NOOP("PersonnelTableModel", "Tour end"),
            "tour_end_date",
            lambda r: r.tour_end_date,
        ),
    }
