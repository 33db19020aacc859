"""The command line: a public contract (see README). Every subcommand is a thin call into services.

Exit codes: 0 done; 1 a user error, told in one line on stderr; 2 bad usage; 3 an import refused for
invalid rows. Qt is imported only when the window is opened, so commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lsa_desktop import APP_ID, __version__, log, paths
from lsa_desktop.errors import UserError
from lsa_desktop.settings import Settings

if TYPE_CHECKING:
    from lsa_desktop.services import Services

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it as YYYY-MM-DD"
        ) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="LSA Desktop: personnel, vehicles, equipment, gaps and donors of a police "
        "support mission. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $LSA_DB, else lsa.sqlite3 in the user data folder)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep settings, logs and backups in DIR")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the window")
    parser.add_argument("--verbose", action="store_true", help="log debug details to stderr")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, migrate, open the window offscreen and exit 0 (for builds and CI)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an empty database with the demo mission")
    demo.add_argument(
        "--scale",
        type=_positive_int,
        default=1,
        metavar="K",
        help="multiply officers and items by K (100 gives about 100,000 officers)",
    )
    demo.add_argument(
        "--seed", type=int, default=42, metavar="N", help="random seed (same seed, same data)"
    )

    readiness = sub.add_parser("readiness", help="print unit readiness and the gaps")
    readiness.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="a past date reads the daily snapshot stored for it (default: today)",
    )
    readiness.add_argument("--json", action="store_true", help="print one JSON object")

    report = sub.add_parser(
        "report", help="print a document to PDF, without a display (readiness: the summary)"
    )
    report.add_argument("document", metavar="DOCUMENT", choices=["readiness"], help="readiness")
    report.add_argument("out", metavar="OUT.pdf", type=Path)
    report.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="a past date prints the daily snapshot stored for it (default: today)",
    )
    # Not "lang": the subcommand's default would overwrite the --lang given before the command.
    report.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "fr"),
        help="language of the document (default: the window's)",
    )
    report.add_argument(
        "--paper", choices=("A4", "Letter"), help="paper size (default: the settings')"
    )

    backup = sub.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("out", metavar="OUT", type=Path)
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    restore.add_argument("source", metavar="IN", type=Path)
    sub.add_parser("check", help="check the database's integrity and schema")

    kinds = [
        "units",
        "personnel",
        "qualifications",
        "equipment-categories",
        "equipment-types",
        "authorisations",
        "stock",
        "vehicles",
        "assets",
        "pledges",
        "deliveries",
    ]
    importing = sub.add_parser(
        "import", help="read a workbook into the database (all or nothing unless --skip-invalid)"
    )
    importing.add_argument("kind", metavar="KIND", choices=kinds, help=", ".join(kinds))
    importing.add_argument("file", metavar="FILE.xlsx", type=Path)
    importing.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=Field",
        help="read the column HEADER as Field (repeatable), for headers not recognised",
    )
    importing.add_argument("--dry-run", action="store_true", help="report; write nothing")
    importing.add_argument(
        "--skip-invalid", action="store_true", help="write the valid rows, report the others"
    )
    importing.add_argument(
        "--errors",
        metavar="REPORT.xlsx",
        type=Path,
        help="write the rows with errors back, with an error column, ready to fix and re-import",
    )
    exporting = sub.add_parser(
        "export", help="write a kind's records (or a blank template), or a donor workbook"
    )
    export_kinds = [*kinds, "donor-request", "donor-report"]
    exporting.add_argument(
        "kind", metavar="KIND", choices=export_kinds, help=", ".join(export_kinds)
    )
    exporting.add_argument("out", metavar="OUT.xlsx", type=Path)
    exporting.add_argument("--empty", action="store_true", help="a blank template, no records")
    exporting.add_argument(
        "--donor", metavar="NAME", help="donor-request, donor-report: for this donor only"
    )
    exporting.add_argument(
        "--from",
        dest="date_from",
        type=_iso_date,
        metavar="DATE",
        help="donor-report: the period's first day (default: twelve months before --to)",
    )
    exporting.add_argument(
        "--to",
        dest="date_to",
        type=_iso_date,
        metavar="DATE",
        help="donor-report: the period's last day (default: today)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.smoke_test and args.command:
        parser.error("--smoke-test takes no command")
    paths.set_data_dir(args.data_dir)
    log.setup(verbose=args.verbose)
    settings = Settings.load()
    if args.lang:
        settings.language = args.lang
    try:
        from lsa_desktop.excel.preflight import check_xml_safety

        check_xml_safety()  # workbooks are read only with entity attacks refused (issue 5)
        if args.command is None:
            from lsa_desktop.gui import run_window

            return run_window(args.db, settings, smoke_test=args.smoke_test)
        handler = _COMMANDS[args.command]
        return handler(args, settings)
    except UserError as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted; nothing more was written.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback in the log, one line on the terminal
        logger.exception("unexpected error in %s", args.command or "window")
        print(
            f"{APP_ID}: unexpected error ({type(exc).__name__}: {exc}). "
            f"Details are in {log.log_file_path()}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR


@contextlib.contextmanager
def _open(args: argparse.Namespace, settings: Settings, *, writes: bool) -> Iterator[Services]:
    """Open (and migrate) the database, load missing reference data, yield the services.

    A command that writes, or that must upgrade the schema, holds the instance lock, so it never
    runs under an open window (which may be an older version of the app); a read-only command on
    an up-to-date database does not, so ``readiness`` works while the window is open.
    """
    from lsa_desktop.services import Services
    from lsa_desktop.store.engine import resolve_url, sqlite_path
    from lsa_desktop.store.lock import InstanceLock
    from lsa_desktop.store.migrate import open_database, schema_status
    from lsa_desktop.store.seed import load_reference_data

    url = resolve_url(args.db)
    db_path = sqlite_path(url)
    with contextlib.ExitStack() as stack:
        needs_lock = writes or (db_path is not None and schema_status(url).needs_upgrade)
        if db_path is not None and needs_lock:
            stack.enter_context(InstanceLock(db_path))
        store = open_database(url)
        stack.callback(store.dispose)
        store.user = settings.current_user
        if needs_lock:
            load_reference_data(store)
        yield Services(store)


def _cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from lsa_desktop.progress import run_to_end
    from lsa_desktop.services.demo import build_demo

    show = sys.stderr.isatty()

    def report(step) -> None:
        if show:
            print(f"\r{step.message[:60]:<60} {step.done}/{step.total}", end="", file=sys.stderr)

    with _open(args, settings, writes=True) as services:
        summary = run_to_end(build_demo(services.store, scale=args.scale, seed=args.seed), report)
        if show:
            print(file=sys.stderr)
        print(f"demo mission loaded into {services.store.url}: {summary.describe()}")
    return EXIT_OK


def _cmd_readiness(args: argparse.Namespace, settings: Settings) -> int:
    with _open(args, settings, writes=False) as services:
        report = services.readiness.report(
            as_of=args.as_of,
            threshold_pct=settings.readiness_threshold_pct,
            amber_pct=settings.amber_threshold_pct,
        )
        data = services.readiness.to_json(report)
    if args.json:
        # One dumps() call: json.dump() streams through the slow pure-Python encoder.
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_readiness(data))
    return EXIT_OK


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.1f}"


def format_readiness(data: dict) -> str:
    """The readiness report as a plain-text table for the terminal."""
    lines = [
        f"Readiness as of {data['as_of']} (green >= {data['threshold_pct']:.0f} %, "
        f"amber >= {data['amber_pct']:.0f} %)",
        "",
        f"{'Unit':<14} {'Contingent':<14} {'Present':>11} {'Strength':>8} {'Ready':>6} {'Mean':>6}  Band",
    ]
    for unit in data["units"]:
        p = unit["personnel"]
        flag = " below minimum" if p["below_minimum"] else ""
        lines.append(
            f"{unit['code']:<14} {(unit['contingent'] or '')[:14]:<14} "
            f"{p['present']:>5}/{p['authorised']:<5} {_pct(p['strength_pct']):>8} "
            f"{_pct(unit['readiness_pct']):>6} {_pct(unit['mean_readiness_pct']):>6}  "
            f"{unit['band'] or '-'}{flag}"
        )
    gaps = data["gaps"]
    lines += ["", f"Gaps ({len(gaps)}), critical first:"]
    for gap in gaps[:25]:
        mark = "*" if gap["critical"] else " "
        lines.append(
            f"{mark} {gap['unit']:<14} {gap['equipment_code']:<14} {gap['equipment_name'][:34]:<34} "
            f"gap {gap['gap']:>5} (authorised {gap['authorised']}, serviceable {gap['serviceable']}, "
            f"pledged {gap['pledged_open']})"
        )
    if len(gaps) > 25:
        lines.append(f"  ... and {len(gaps) - 25} more (use --json for all)")
    return "\n".join(lines) + "\n"


def _cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from lsa_desktop.cli_report import run_report_command

    with _open(args, settings, writes=False) as services:
        return run_report_command(args, services, settings)


def _cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from lsa_desktop.store.backup import backup_database
    from lsa_desktop.store.engine import resolve_url

    out = backup_database(resolve_url(args.db), args.out)
    print(f"backed up the database to {out}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from lsa_desktop.store.backup import restore_database
    from lsa_desktop.store.engine import resolve_url, sqlite_path
    from lsa_desktop.store.lock import InstanceLock

    url = resolve_url(args.db)
    db_path = sqlite_path(url)
    if db_path is None:
        raise UserError("restore works on an SQLite database file; give one with --db")
    with InstanceLock(db_path):
        kept = restore_database(args.source, url)
    if kept is None:
        print(f"restored {args.source} into {db_path} (there was no database there before)")
    else:
        print(f"restored {args.source} into {db_path}; the previous database was kept as {kept}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from lsa_desktop.store.backup import check_database
    from lsa_desktop.store.engine import resolve_url

    result = check_database(resolve_url(args.db))
    for line in result.lines:
        print(line)
    print("database OK" if result.ok else "database has problems: see the advice above")
    return EXIT_OK if result.ok else EXIT_USER_ERROR


def _cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from lsa_desktop.cli_import import run_import_command

    with _open(args, settings, writes=not args.dry_run) as services:
        return run_import_command(args, services, settings)


def _cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    if args.kind in ("donor-request", "donor-report"):
        from lsa_desktop.cli_donor import run_donor_export

        with _open(args, settings, writes=False) as services:
            return run_donor_export(args, services, settings)
    if args.donor or args.date_from or args.date_to:
        print(
            f"{APP_ID}: --donor, --from and --to belong to donor-request and donor-report.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from lsa_desktop.cli_export import run_export_command

    with _open(args, settings, writes=False) as services:
        return run_export_command(args, services, settings)


_COMMANDS = {
    "demo": _cmd_demo,
    "import": _cmd_import,
    "export": _cmd_export,
    "readiness": _cmd_readiness,
    "report": _cmd_report,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}
