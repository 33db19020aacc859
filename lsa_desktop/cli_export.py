"""``lsa-desktop export KIND OUT.xlsx [--empty]``: a kind's records, or its blank template."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lsa_desktop.excel.exports import export_kind
from lsa_desktop.excel.kinds import KINDS
from lsa_desktop.settings import Settings

if TYPE_CHECKING:
    from lsa_desktop.services import Services

EXIT_OK = 0


def run_export_command(args: argparse.Namespace, services: Services, settings: Settings) -> int:
    """Write the file and say what it holds in one line. A ``UserError`` (a file that cannot be
    written, text too long for a cell) is raised for the command line to print."""
    rows = export_kind(
        services.store, args.kind, args.out, empty=args.empty, user=settings.current_user
    )
    noun = KINDS[args.kind].title.lower()
    if args.empty:
        print(f"Wrote a blank {noun} template to {args.out}.")
    else:
        print(f"Wrote {rows:,} {'row' if rows == 1 else 'rows'} of {noun} to {args.out}.")
    return EXIT_OK
