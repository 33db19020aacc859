"""A workbook file written safely: built in a temporary file beside the target, readable by its
owner only (the workbooks name officers, as the printed reports do), and moved into place in one
step once complete, so a failure or a crash halfway leaves the previous file whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from xlsxwriter.exceptions import FileCreateError, FileSizeError
from xlsxwriter.workbook import Workbook

from lsa_desktop.errors import UserError
from lsa_desktop.excel.styles import Styles

#: XlsxWriter's options, each chosen:
WORKBOOK_OPTIONS = {
    # Each row goes to a temporary file as soon as the next begins: memory stays flat however
    # many rows (rows must then be written in order, which the writer does).
    "constant_memory": True,
    # The writer calls write_string/write_number itself; these keep the generic write() from
    # ever guessing too: "=..." is never made a formula, "0012" never a number, "http://..."
    # never a link (Excel also caps a sheet at 65,530 links).
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}

#: Owner read and write only.
FILE_MODE = 0o600


@contextlib.contextmanager
def new_workbook(path: Path) -> Iterator[tuple[Workbook, Styles]]:
    """An XlsxWriter workbook (and its styles) that becomes ``path`` when the block ends without
    error. On any error nothing is left behind and ``path`` is untouched; an operating-system
    failure (folder missing, disk full, no permission) becomes a :class:`UserError`."""
    path = Path(path)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise UserError(f"Cannot write {path}: {_reason(exc)}.") from exc
    os.close(handle)  # mkstemp made it readable by its owner only; XlsxWriter rewrites it in place
    part = Path(name)
    # XlsxWriter's own temporary files (one per sheet, holding the rows) go in a folder of our
    # own, removed whatever happens: they hold the same names as the workbook.
    with tempfile.TemporaryDirectory(prefix="lsa-xlsx-", ignore_cleanup_errors=True) as rows:
        book = Workbook(str(part), {**WORKBOOK_OPTIONS, "tmpdir": rows})
        try:
            yield book, Styles(book)
            book.close()
            _sync(part)
            os.chmod(part, FILE_MODE)
            os.replace(part, path)
        except BaseException as exc:
            if not book.fileclosed:
                with contextlib.suppress(Exception):
                    book.close()  # closes the sheets' row files, so the folder can be removed
            part.unlink(missing_ok=True)
            if isinstance(exc, FileSizeError):
                raise UserError(
                    f"Cannot write {path}: the workbook would be over 4 GB. Export fewer rows."
                ) from exc
            if isinstance(exc, FileCreateError | OSError):
                reason = _reason(exc.args[0] if isinstance(exc, FileCreateError) else exc)
                raise UserError(
                    f"Cannot write {path}: {reason}. The previous file, if any, is unchanged."
                ) from exc
            raise


def _sync(path: Path) -> None:
    """Make the bytes durable before the rename makes them the file (a power cut then leaves the
    old file or the new one, never an empty one)."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _reason(exc: object) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
