"""The Equipment & gaps page's registers: holdings and gaps, serialised items, bulk stock and
authorisations. A gap in a critical category stands out: it holds the unit's readiness down, and
so does the part of it that nothing covers yet."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from lsa_desktop.services.equipment import HoldingRow
from lsa_desktop.views.table_models.columns import Column, Emphasis
from lsa_desktop.views.table_models.register_model import RegisterTableModel


class HoldingColumn(IntEnum):
    UNIT = 0
    CODE = 1
    EQUIPMENT = 2
    CATEGORY = 3
    CRITICAL = 4
    AUTHORISED = 5
    ON_HAND = 6
    SERVICEABLE = 7
    REQUESTED = 8
    PLEDGED = 9
    DELIVERED = 10
    GAP = 11
    UNCOVERED = 12


def _critical_gap(row: HoldingRow) -> Emphasis | None:
    return Emphasis.CRITICAL if row.critical and row.gap > 0 else None


def _critical_uncovered(row: HoldingRow) -> Emphasis | None:
    return Emphasis.CRITICAL if row.critical and row.uncovered > 0 else None


def _gap_tooltip(row: HoldingRow) -> str | None:
    if row.gap <= 0:
        return None
    if row.critical:
        return QCoreApplication.translate(
            "HoldingsTableModel",
            "{unit} is {gap} short in a critical category: the unit is not ready until the gap "
            "is closed.",
        ).format(unit=row.unit_code, gap=row.gap)
    return QCoreApplication.translate(
        "HoldingsTableModel",
        "Authorised {authorised}, serviceable {serviceable}, pledged {pledged}: {gap} short.",
    ).format(
        authorised=row.authorised,
        serviceable=row.serviceable,
        pledged=row.pledged_open,
        gap=row.gap,
    )


def _requested_tooltip(row: HoldingRow) -> str | None:
    if row.requested_open <= 0:
        return None
    return QCoreApplication.translate(
        "HoldingsTableModel", "{count} asked for {unit} on open requisitions and not yet delivered."
    ).format(count=row.requested_open, unit=row.unit_code)


def _pledged_tooltip(row: HoldingRow) -> str | None:
    if row.pledged_open <= 0:
        return None
    return QCoreApplication.translate(
        "HoldingsTableModel", "{count} promised to {unit} by donors and not yet delivered."
    ).format(count=row.pledged_open, unit=row.unit_code)


def _delivered_tooltip(row: HoldingRow) -> str | None:
    if row.delivered <= 0:
        return None
    return QCoreApplication.translate(
        "HoldingsTableModel", "{count} accepted on donor deliveries to {unit} so far."
    ).format(count=row.delivered, unit=row.unit_code)


def _uncovered_tooltip(row: HoldingRow) -> str | None:
    if row.gap <= 0:
        return None
    if row.uncovered <= 0:
        return QCoreApplication.translate(
            "HoldingsTableModel",
            "The gap of {gap} is covered: open requisitions already ask for it.",
        ).format(gap=row.gap)
    return QCoreApplication.translate(
        "HoldingsTableModel",
        "{uncovered} of the gap of {gap} is covered by no open requisition or pledge: "
        "select the row and choose Request… to ask for it.",
    ).format(uncovered=row.uncovered, gap=row.gap)


class HoldingsTableModel(RegisterTableModel):
    """The holdings register: per unit and type, the figures of the gap arithmetic (see
    CONTEXT.md) and what covers the gap; each figure's header says what it counts."""

    CONTEXT = "HoldingsTableModel"
    COLUMNS = {
        HoldingColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        HoldingColumn.CODE: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Code"), "code", lambda r: r.type_code
        ),
        HoldingColumn.EQUIPMENT: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Equipment"), "name", lambda r: r.type_name
        ),
        HoldingColumn.CATEGORY: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Category"),
            "category",
            lambda r: r.category_name,
        ),
        HoldingColumn.CRITICAL: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Critical"), "critical", lambda r: r.critical
        ),
        HoldingColumn.AUTHORISED: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Authorised"),
            "authorised",
            lambda r: r.authorised,
            numeric=True,
        ),
        HoldingColumn.ON_HAND: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "On hand"),
            "on_hand",
            lambda r: r.on_hand,
            numeric=True,
        ),
        HoldingColumn.SERVICEABLE: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Serviceable"),
            "serviceable",
            lambda r: r.serviceable,
            numeric=True,
        ),
        HoldingColumn.REQUESTED: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Requested"),
            "requested",
            lambda r: r.requested_open,
            numeric=True,
            tooltip=_requested_tooltip,
        ),
        HoldingColumn.PLEDGED: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Pledged"),
            "pledged",
            lambda r: r.pledged_open,
            numeric=True,
            tooltip=_pledged_tooltip,
        ),
        HoldingColumn.DELIVERED: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Delivered"),
            "delivered",
            lambda r: r.delivered,
            numeric=True,
            tooltip=_delivered_tooltip,
        ),
        HoldingColumn.GAP: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Gap"),
            "gap",
            lambda r: r.gap,
            numeric=True,
            tooltip=_gap_tooltip,
            emphasis=_critical_gap,
        ),
        HoldingColumn.UNCOVERED: Column(
            QT_TRANSLATE_NOOP("HoldingsTableModel", "Uncovered"),
            "uncovered",
            lambda r: r.uncovered,
            numeric=True,
            tooltip=_uncovered_tooltip,
            emphasis=_critical_uncovered,
        ),
    }
    #: What each column counts, shown as its header's tooltip (the gap formula of CONTEXT.md).
    HEADER_TIPS = {
        HoldingColumn.CRITICAL: QT_TRANSLATE_NOOP(
            "HoldingsTableModel",
            "A gap in a critical category holds the unit's readiness down, however much else it "
            "holds",
        ),
        HoldingColumn.AUTHORISED: QT_TRANSLATE_NOOP(
            "HoldingsTableModel",
            "What the unit should hold: MOU, statement of requirements or commander's directive",
        ),
        HoldingColumn.ON_HAND: QT_TRANSLATE_NOOP(
            "HoldingsTableModel",
            "Held by the unit: items in service, unserviceable or under repair, plus bulk stock "
            "on hand",
        ),
        HoldingColumn.SERVICEABLE: QT_TRANSLATE_NOOP(
            "HoldingsTableModel", "Working: items in service plus bulk stock serviceable"
        ),
        HoldingColumn.REQUESTED: QT_TRANSLATE_NOOP(
            "HoldingsTableModel",
            "Asked for on open requisitions (from draft to partly fulfilled) and not yet delivered",
        ),
        HoldingColumn.PLEDGED: QT_TRANSLATE_NOOP(
            "HoldingsTableModel", "Promised by donors on open pledges and not yet delivered"
        ),
        HoldingColumn.DELIVERED: QT_TRANSLATE_NOOP(
            "HoldingsTableModel", "Accepted on donor deliveries to the unit so far"
        ),
        HoldingColumn.GAP: QT_TRANSLATE_NOOP(
            "HoldingsTableModel",
            "Authorised minus serviceable minus pledged and not yet delivered (never below zero)",
        ),
        HoldingColumn.UNCOVERED: QT_TRANSLATE_NOOP(
            "HoldingsTableModel",
            "The part of the gap no open requisition or pledge covers yet: what a new "
            "requisition should ask for",
        ),
    }

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.HEADER_TIPS
        ):
            return QCoreApplication.translate(
                self.CONTEXT, self.HEADER_TIPS[HoldingColumn(section)]
            )
        return super().headerData(section, orientation, role)


class ItemColumn(IntEnum):
    TAG = 0
    SERIAL_NUMBER = 1
    TYPE = 2
    CATEGORY = 3
    MAKE = 4
    MODEL = 5
    UNIT = 6
    OWNER = 7
    STATUS = 8
    CONDITION = 9


class ItemsTableModel(RegisterTableModel):
    CONTEXT = "ItemsTableModel"
    COLUMNS = {
        ItemColumn.TAG: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Asset tag"), "tag", lambda r: r.tag
        ),
        ItemColumn.SERIAL_NUMBER: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Serial number"),
            "serial_number",
            lambda r: r.serial_number,
        ),
        ItemColumn.TYPE: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Equipment"),
            "type",
            lambda r: r.type_name,
            tooltip=lambda r: r.type_code,
        ),
        ItemColumn.CATEGORY: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Category"), "category", lambda r: r.category_name
        ),
        ItemColumn.MAKE: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Make"), "make", lambda r: r.make
        ),
        ItemColumn.MODEL: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Model"), "model", lambda r: r.model
        ),
        ItemColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        ItemColumn.OWNER: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Owner"), "owner", lambda r: r.owner
        ),
        ItemColumn.STATUS: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Status"), "status", lambda r: r.status
        ),
        ItemColumn.CONDITION: Column(
            QT_TRANSLATE_NOOP("ItemsTableModel", "Condition"), "condition", lambda r: r.condition
        ),
    }


class StockColumn(IntEnum):
    UNIT = 0
    CODE = 1
    EQUIPMENT = 2
    CATEGORY = 3
    UNIT_OF_MEASURE = 4
    ON_HAND = 5
    SERVICEABLE = 6
    COUNTED_ON = 7


class StockTableModel(RegisterTableModel):
    CONTEXT = "StockTableModel"
    COLUMNS = {
        StockColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        StockColumn.CODE: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Code"), "code", lambda r: r.type_code
        ),
        StockColumn.EQUIPMENT: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Equipment"), "name", lambda r: r.type_name
        ),
        StockColumn.CATEGORY: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Category"), "category", lambda r: r.category_name
        ),
        StockColumn.UNIT_OF_MEASURE: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Unit of measure"),
            "unit_of_measure",
            lambda r: r.unit_of_measure,
        ),
        StockColumn.ON_HAND: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "On hand"),
            "on_hand",
            lambda r: r.on_hand,
            numeric=True,
        ),
        StockColumn.SERVICEABLE: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Serviceable"),
            "serviceable",
            lambda r: r.serviceable,
            numeric=True,
        ),
        StockColumn.COUNTED_ON: Column(
            QT_TRANSLATE_NOOP("StockTableModel", "Counted on"), "counted_on", lambda r: r.counted_on
        ),
    }


class AuthorisationColumn(IntEnum):
    UNIT = 0
    CODE = 1
    EQUIPMENT = 2
    CATEGORY = 3
    QUANTITY = 4
    BASIS = 5
    REFERENCE = 6


class AuthorisationsTableModel(RegisterTableModel):
    CONTEXT = "AuthorisationsTableModel"
    COLUMNS = {
        AuthorisationColumn.UNIT: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Unit"), "unit", lambda r: r.unit_code
        ),
        AuthorisationColumn.CODE: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Code"), "code", lambda r: r.type_code
        ),
        AuthorisationColumn.EQUIPMENT: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Equipment"),
            "name",
            lambda r: r.type_name,
        ),
        AuthorisationColumn.CATEGORY: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Category"),
            "category",
            lambda r: r.category_name,
        ),
        AuthorisationColumn.QUANTITY: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Authorised"),
            "quantity",
            lambda r: r.quantity,
            numeric=True,
        ),
        AuthorisationColumn.BASIS: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Basis"), "basis", lambda r: r.basis
        ),
        AuthorisationColumn.REFERENCE: Column(
            QT_TRANSLATE_NOOP("AuthorisationsTableModel", "Reference"),
            "reference",
            lambda r: r.reference,
        ),
    }
