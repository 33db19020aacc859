"""How the import wizard words what it shows: cells, kinds, fields, counts of rows.

The kinds' titles and the fields' public headers come from :mod:`lsa_desktop.excel.kinds` (no
Qt there); they are shown through Qt's translation here, so that a French interface can say
"Matricule" for the template's "Service number" without changing the template, a public contract.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from lsa_desktop.excel.model import CellValue, FormulaWithoutValue, ImportReport
from lsa_desktop.views.pages.row_list_model import number_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def cell_text(value: CellValue | FormulaWithoutValue) -> str:
    """A cell as the wizard shows it: as written, dates unambiguous (YYYY-MM-DD)."""
    if value is None:
        return ""
    if isinstance(value, FormulaWithoutValue):
        return _tr("(formula without a value)")
    if isinstance(value, bool):
        return _tr("TRUE") if value else _tr("FALSE")
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def field_title(header: str) -> str:
    """A field's public header (``kinds.py``) in the interface's language."""
    return QCoreApplication.translate("ImportFields", header)


def kind_title(kind: str) -> str:
    """What a kind of list is called in the interface."""
    return {
        "units": _tr("Units"),
        "personnel": _tr("Personnel (a nominal roll)"),
        "qualifications": _tr("Qualifications"),
        "equipment-categories": _tr("Equipment categories"),
        "equipment-types": _tr("Equipment types (the catalogue)"),
        "authorisations": _tr("Authorisations"),
        "stock": _tr("Stock of bulk items"),
        "vehicles": _tr("Vehicles"),
        "assets": _tr("Assets (serialised items)"),
        "pledges": _tr("Pledges"),
        "deliveries": _tr("Deliveries"),
    }[kind]


def rows_text(count: int) -> str:
    """ "1 row", "1,299 rows"."""
    return _tr("1 row") if count == 1 else _tr("{count} rows").format(count=number_text(count))


def counts_text(report: ImportReport) -> str:
    """ "58 new, 0 updated, 0 unchanged, 2 skipped", as the command line says it."""
    return _tr("{new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped").format(
        new=number_text(report.new),
        updated=number_text(report.updated),
        unchanged=number_text(report.unchanged),
        skipped=number_text(report.skipped),
    )
