"""``lsa-desktop report readiness OUT.pdf [--as-of DATE] [--lang en|fr] [--paper A4|Letter]``.

The printed readiness summary without the window, on a machine with no display: the charts are
drawn by Qt widgets, so the command starts a ``QApplication`` on the offscreen platform (given as
its ``-platform`` argument, which wins over ``QT_QPA_PLATFORM``: nothing is ever shown, so no
display is ever needed). An application already running in the process is used as it is.

It reads only: the figures are the Dashboard's for the whole mission, with the thresholds, the
classification marking and the paper of the settings unless the options say otherwise.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lsa_desktop import APP_ID
from lsa_desktop.reports.html import day
from lsa_desktop.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from lsa_desktop.services import Services

EXIT_OK = 0

#: The application of a command-line process, kept for the life of the process: Qt allows one,
#: and the charts' objects must never outlive it.
_application: list[QApplication] = []


def run_report_command(args: argparse.Namespace, services: Services, settings: Settings) -> int:
    """Write the readiness summary to ``args.out`` and say so in one line.

    A ``UserError`` (no snapshot for a past date, thresholds out of order, a file that cannot be
    written) is raised for the command line to print.
    """
    from lsa_desktop.reports.printing import PaperSize
    from lsa_desktop.reports.readiness_summary import DEFAULT_TREND_DAYS
    from lsa_desktop.reports.readiness_summary_print import render
    from lsa_desktop.services.dashboard_model import Scope

    language = args.report_lang or settings.language
    paper = PaperSize.from_setting(args.paper or settings.paper_size)
    thresholds = {
        "threshold_pct": settings.readiness_threshold_pct,
        "amber_pct": settings.amber_threshold_pct,
    }
    dashboard = services.dashboard
    figures = dashboard.figures(Scope(), as_of=args.as_of, **thresholds)
    trend = dashboard.trend(
        DEFAULT_TREND_DAYS, Scope(), as_of=args.as_of, **thresholds, live_figures=figures
    )
    mission = services.mission_settings.mission_name()
    ensure_application(language)
    pages = render(
        figures,
        trend,
        args.out,
        mission=mission,
        prepared_by=settings.current_user,
        classification=settings.classification,
        language=language,
        paper=paper,
    )
    print(
        f"wrote the readiness summary as of {day(figures.as_of, 'en')} to {args.out} "
        f"({pages} {'page' if pages == 1 else 'pages'}, {paper.value})"
    )
    return EXIT_OK


def ensure_application(language: str) -> None:
    """Use the process's application, or start one on the offscreen platform with the app's
    translations for ``language`` (the charts' axis titles and legends)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise RuntimeError("the charts are widgets: they need a QApplication")
        return
    from lsa_desktop.app import load_translators

    app = QApplication([APP_ID, "-platform", "offscreen"])
    for translator in load_translators(language):
        translator.setParent(app)  # lives as long as the application
        app.installTranslator(translator)
    # The charts write their numbers in the default locale: the report's language, as its text.
    QLocale.setDefault(report_locale(language, QLocale.system()))
    _application.append(app)


def report_locale(language: str, system: QLocale) -> QLocale:
    """How the charts of a report in ``language`` write numbers: as the machine's locale when
    it speaks that language ("1,500" in Kenya, "1 500" in Haiti), else as the language's own
    (a machine set to the C locale, a server's, would write "1500")."""
    from PySide6.QtCore import QLocale

    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale(wanted)
