"""Print… and Save as PDF… of the Dashboard: the readiness summary of the figures on screen.

The summary is what the page shows (same figures, same scope, the trend over the period chosen),
marked and signed as the settings say when the button is pressed. Its charts are widgets drawn
at print resolution, so the document is built on the GUI thread
(:func:`~lsa_desktop.reports.readiness_summary_print.build_summary`); painting the PDF only
paints, so it runs on a worker while the window stays live. Print goes through the preview.

The report modules load Qt's print support and the charts: they are imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from lsa_desktop.services.dashboard_model import DashboardFigures, Trend

if TYPE_CHECKING:
    from lsa_desktop.reports.readiness_summary_print import SummaryDocument
    from lsa_desktop.settings import Settings
    from lsa_desktop.tasks import TaskRunner


@dataclass(frozen=True)
class OnScreen:
    """What the page shows: the summary prints exactly that."""

    figures: DashboardFigures
    trend: Trend | None
    mission: str


class SummaryPrinting(QObject):
    """Prints or saves the summary of ``on_screen()`` (None while nothing has been read)."""

    #: The PDF written (once the worker has finished).
    pdfSaved = Signal(Path)

    def __init__(
        self,
        tasks: TaskRunner,
        settings: Callable[[], Settings],
        on_screen: Callable[[], OnScreen | None],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self._tasks = tasks
        self._settings = settings
        self._on_screen = on_screen
        self._page = page

    def print_summary(self) -> bool:
        """The print preview of the summary; True when the person printed from it."""
        from lsa_desktop.reports.print_dialogs import print_with_preview

        summary = self.build()
        if summary is None:
            return False
        return print_with_preview(
            summary.html, summary.paper, summary.title, self._page, summary.images
        )

    def save_pdf(self) -> Path | None:
        """Ask where, then write the summary's PDF there on a worker; the path chosen, or None
        when cancelled (``pdfSaved`` follows once the file is written)."""
        from lsa_desktop.reports.print_dialogs import ask_pdf_path
        from lsa_desktop.reports.readiness_summary import suggested_file_name
        from lsa_desktop.reports.readiness_summary_print import write_summary_pdf

        shown = self._on_screen()
        if shown is None:
            return None
        language = self._settings().language
        path = ask_pdf_path(suggested_file_name(shown.figures, language), self._page)
        if path is None:
            return None
        summary = self.build()
        if summary is None:
            return None
        self._tasks.run(
            lambda: write_summary_pdf(summary, path),
            label=self.tr("Saving {name}…").format(name=path.name),
            parent=self._page,
            on_success=lambda _pages: self.pdfSaved.emit(path),
        )
        return path

    def build(self) -> SummaryDocument | None:
        """The summary of what is on screen, charts drawn (a busy cursor meanwhile)."""
        from lsa_desktop.reports.printing import PaperSize
        from lsa_desktop.reports.readiness_summary_print import build_summary

        shown = self._on_screen()
        if shown is None:
            return None
        settings = self._settings()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_summary(
                shown.figures,
                shown.trend,
                mission=shown.mission,
                prepared_by=settings.current_user,
                classification=settings.classification,
                language=settings.language,
                paper=PaperSize.from_setting(settings.paper_size),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
