"""The readiness summary on paper: its charts drawn at print resolution, then a PDF or a printer.

Two steps, because they run on different threads in the window:

1. :func:`build_summary` on the GUI thread: the charts are drawn by widgets (pyqtgraph), each at
   300 dpi for the size it is printed at (:data:`~lsa_desktop.reports.readiness_summary.CHART_SLOTS`),
   and the HTML is built, its lists cut until it fits two pages of the paper (the most
   generous :data:`~lsa_desktop.reports.readiness_summary.FITTING_LIMITS` that fits); the
   result is a :class:`SummaryDocument` of plain values and images.
2. :func:`write_summary_pdf` (any thread: it only paints), or the preview and the save dialog
   of :mod:`~lsa_desktop.reports.printing` given the document's parts
   (``print_with_preview(s.html, s.paper, s.title, parent, s.images)``,
   ``save_pdf_dialog(s.html, s.paper, s.title, s.file_name, parent, s.images)``).

:func:`render` does both for the command line (``lsa-desktop report readiness OUT.pdf``), on one
thread, so the PDF is painted from the very layout the fitting counted the pages of.
The Dashboard builds on the GUI thread and writes on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lsa_desktop.reports.printing import (
    PRINT_DPI,
    DocumentImages,
    PaperSize,
    PdfDraft,
    write_pdf,
)
from lsa_desktop.reports.readiness_summary import (
    CHART_SLOTS,
    DEFAULT_TREND_DAYS,
    FITTING_LIMITS,
    suggested_file_name,
    summary_html,
    summary_title,
)

#: The briefing's paper: one sheet, both sides.
MAX_PAGES = 2

if TYPE_CHECKING:
    from lsa_desktop.services.dashboard_model import DashboardFigures, Trend


@dataclass(frozen=True, slots=True)
class SummaryDocument:
    """A summary ready for paper: the HTML, the chart images it names, its title and paper."""

    html: str
    images: DocumentImages
    title: str
    file_name: str
    paper: PaperSize


def build_summary(
    figures: DashboardFigures,
    trend: Trend | None,
    *,
    mission: str,
    prepared_by: str,
    classification: str,
    language: str = "en",
    paper: PaperSize = PaperSize.A4,
    printed_at: datetime | None = None,
) -> SummaryDocument:
    """The summary of ``figures`` with its four charts (three when there is no ``trend``), in
    at most :data:`MAX_PAGES` pages of ``paper``.

    On the GUI thread, with a ``QApplication``: the charts are widgets drawn offscreen.
    """
    summary, _draft = _fitted(
        figures,
        trend,
        mission=mission,
        prepared_by=prepared_by,
        classification=classification,
        language=language,
        paper=paper,
        printed_at=printed_at,
    )
    return summary


def _fitted(
    figures: DashboardFigures,
    trend: Trend | None,
    *,
    mission: str,
    prepared_by: str,
    classification: str,
    language: str,
    paper: PaperSize,
    printed_at: datetime | None,
) -> tuple[SummaryDocument, PdfDraft]:
    """The summary (see :func:`build_summary`) and the PDF draft it was fitted with, laid out
    and ready to paint on the same thread."""
    from lsa_desktop.views.charts.render import chart_image

    images = {}
    charts = {}
    for slot in CHART_SLOTS:
        if slot.kind == "trend" and trend is None:
            continue
        width, height = slot.pixels(PRINT_DPI)
        images[slot.resource] = chart_image(slot.kind, figures, trend, width, height, dpi=PRINT_DPI)
        charts[slot.kind] = slot.resource
    printed_at = printed_at or datetime.now().astimezone()
    title = summary_title(figures, language)
    for limits in FITTING_LIMITS:
        html = summary_html(
            figures,
            charts,
            mission=mission,
            prepared_by=prepared_by,
            classification=classification,
            language=language,
            printed_at=printed_at,
            trend_days=trend.days if trend is not None else DEFAULT_TREND_DAYS,
            limits=limits,
        )
        draft = PdfDraft(html, paper, title, images)
        if draft.pages <= MAX_PAGES:
            break
    summary = SummaryDocument(
        html=html,
        images=images,
        title=title,
        file_name=suggested_file_name(figures, language),
        paper=paper,
    )
    return summary, draft


def write_summary_pdf(summary: SummaryDocument, path: Path) -> int:
    """Write the summary to the PDF file ``path``, whole or not at all (any thread); the number
    of pages written."""
    return write_pdf(summary.html, path, summary.paper, summary.title, summary.images)


def render(
    figures: DashboardFigures,
    trend: Trend | None,
    out: Path,
    *,
    mission: str,
    prepared_by: str,
    classification: str,
    language: str = "en",
    paper: PaperSize = PaperSize.A4,
    printed_at: datetime | None = None,
) -> int:
    """Build the summary and write it to ``out`` in one go (the command line's path); the number
    of pages written."""
    _summary, draft = _fitted(
        figures,
        trend,
        mission=mission,
        prepared_by=prepared_by,
        classification=classification,
        language=language,
        paper=paper,
        printed_at=printed_at,
    )
    return draft.write(out)  # painted as it was fitted: laid out once
