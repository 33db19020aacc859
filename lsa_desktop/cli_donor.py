"""``lsa-desktop export donor-request OUT.xlsx [--donor NAME]`` and
``lsa-desktop export donor-report OUT.xlsx [--donor NAME] [--from DATE] [--to DATE]``.

The donor workbooks share the ``export`` verb with the kinds' exports; ``cli.py`` routes these
two here. Each prints one line saying what it wrote.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lsa_desktop.excel.donor_report import write_donor_report
from lsa_desktop.excel.donor_request import write_donor_request
from lsa_desktop.settings import Settings

if TYPE_CHECKING:
    from lsa_desktop.services import Services

EXIT_OK = 0
EXIT_USAGE = 2

DONOR_REQUEST = "donor-request"
DONOR_REPORT = "donor-report"
DONOR_KINDS = (DONOR_REQUEST, DONOR_REPORT)


def run_donor_export(args: argparse.Namespace, services: Services, settings: Settings) -> int:
    """Write the donor request or the donor report. ``args``: ``kind`` (one of
    :data:`DONOR_KINDS`), ``out``, ``donor``, ``date_from``, ``date_to`` and ``empty``. A
    ``UserError`` (an unknown donor, a period backwards, a file that cannot be written) is raised
    for the command line to print; options that do not apply to the workbook are refused (exit
    2)."""
    refused = _options_refused(args)
    if refused:
        print(f"lsa-desktop export {args.kind}: {refused}", file=sys.stderr)
        return EXIT_USAGE
    user = settings.current_user
    if args.kind == DONOR_REQUEST:
        result = write_donor_request(services.store, args.out, args.donor, user=user)
    else:
        result = write_donor_report(
            services.store,
            args.out,
            args.donor,
            start=args.date_from,
            end=args.date_to,
            user=user,
        )
    print(result.describe())
    return EXIT_OK


def _options_refused(args: argparse.Namespace) -> str:
    if args.kind not in DONOR_KINDS:
        raise ValueError(f"{args.kind} is not a donor workbook")
    if getattr(args, "empty", False):
        return "--empty makes a blank template of a kind; a donor workbook is always filled in."
    if args.kind == DONOR_REQUEST and (args.date_from or args.date_to):
        return "--from and --to choose the period of the donor report, not of the request."
    return ""
