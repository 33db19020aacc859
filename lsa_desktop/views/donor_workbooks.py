"""The donor workbooks from the window: the request donors fill in (Requisitions and Donors pages)
and the report of what each donor pledged and delivered (Donors page).

The same writers as ``export donor-request`` and ``export donor-report``; here the path is asked,
the workbook is written off the GUI thread, and a sentence says what was written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from lsa_desktop.app import LsaApplication


class DonorWorkbooks(QObject):
    """``request(donor)`` and ``report(donor)``; ``written`` carries the sentence to show."""

    written = Signal(str)

    def __init__(self, app: LsaApplication, parent: QWidget) -> None:
        super().__init__(parent)
        self._app = app
        self._parent = parent

    def request(self, donor: str | None = None) -> None:
        """The donor request workbook (for ``donor`` only, or for any donor)."""
        name = (
            f"Donor request {donor} {date.today():%Y-%m-%d}.xlsx"
            if donor
            else (f"Donor request {date.today():%Y-%m-%d}.xlsx")
        )
        path = self._ask(self.tr("Save the donor request"), name)
        if path is None:
            return
        store, user = self._app.services.store, self._app.settings.current_user

        def write() -> Any:
            from lsa_desktop.excel.donor_request import write_donor_request

            return write_donor_request(store, path, donor, user=user)

        def done(result: Any) -> None:
            self.written.emit(
                self.tr("Donor request written to {path}: {lines} lines still needed.").format(
                    path=path, lines=f"{result.lines:,}"
                )
            )

        self._app.tasks.run(
            write, label=self.tr("Writing the donor request…"), parent=self._parent,
            on_success=done,
        )  # fmt: skip

    def report(self, donor: str | None = None) -> None:
        """The donor report of the last twelve months (for ``donor`` only, or every donor)."""
        name = (
            f"Donor report {donor} {date.today():%Y-%m-%d}.xlsx"
            if donor
            else (f"Donor report {date.today():%Y-%m-%d}.xlsx")
        )
        path = self._ask(self.tr("Save the donor report"), name)
        if path is None:
            return
        store, user = self._app.services.store, self._app.settings.current_user

        def write() -> Any:
            from lsa_desktop.excel.donor_report import write_donor_report

            return write_donor_report(store, path, donor, user=user)

        self._app.tasks.run(
            write,
            label=self.tr("Writing the donor report…"),
            parent=self._parent,
            on_success=lambda _result: self.written.emit(
                self.tr("Donor report written to {path}.").format(path=path)
            ),
        )

    def _ask(self, title: str, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(Path(folder or Path.home()) / name),
            self.tr("Excel workbooks (*.xlsx)"),
        )  # fmt: skip
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
