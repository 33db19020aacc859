"""What the import wizard remembers between files: the folder workbooks were last opened from, and
the column mappings people chose.

Officers import the same kind of workbook again and again (this month's nominal roll, next
month's), with the same column names. When a person corrects the automatic matching of a file's
columns (a column the aliases do not know, or one they matched wrongly), the wizard offers the
same mapping for the next file whose column names are the same, however they are spelt: the key
is the kind and the set of the file's headers compared as the importer compares them (case,
accents, punctuation and spacing ignored, see :func:`lsa_desktop.excel.aliases.compact`).

Stored as JSON in the user data folder (``import_mappings.json``), written atomically (a temporary
file renamed over the old one), so a crash never leaves half a file; a file that cannot be read is
logged and treated as empty, never an error the person sees. No Qt here: :meth:`load` and the
writes run on a worker thread, :meth:`recall` reads what was loaded.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from lsa_desktop import paths
from lsa_desktop.excel.aliases import compact

log = logging.getLogger(__name__)

FILE_NAME = "import_mappings.json"
#: A column the person chose to leave out of the import (the value of ``ImportOptions.mapping``).
IGNORE = ""
#: The mappings kept, the most recently used first: enough for every workbook an officer keeps.
MAX_MAPPINGS = 100
_VERSION = 1

#: One writer at a time in this process: two wizards may finish together.
_write_lock = threading.Lock()


def header_key(headers: Iterable[str]) -> tuple[str, ...]:
    """The set of a file's column names as compared: sorted, each compacted, blanks left out."""
    return tuple(sorted({key for key in map(compact, headers) if key}))


class ImportMemory:
    """The remembered folder and mappings; :meth:`load` before :meth:`recall`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_dir() / FILE_NAME
        self._data: dict[str, Any] = _empty()

    def load(self) -> ImportMemory:
        """Read the file (on a worker: it is a file); returns ``self``."""
        self._data = _read(self.path)
        return self

    @property
    def folder(self) -> str:
        """The folder the last workbook was read from ("" before the first)."""
        folder = self._data.get("folder")
        return folder if isinstance(folder, str) else ""

    def recall(self, kind: str, headers: Iterable[str]) -> dict[str, str] | None:
        """The mapping chosen for a file of ``kind`` with the same ``headers``, keyed by the header
        texts as ``headers`` spells them; None when there is none."""
        texts = list(headers)
        key = list(header_key(texts))
        for entry in self._data["mappings"]:
            if entry.get("kind") == kind and entry.get("headers") == key:
                chosen = entry.get("columns", {})
                return {text: chosen[compact(text)] for text in texts if compact(text) in chosen}
        return None

    def remember(
        self, kind: str, headers: Iterable[str], mapping: Mapping[str, str] | None
    ) -> None:
        """Keep ``mapping`` (header text -> field name, or :data:`IGNORE`) for the next file of
        ``kind`` with these ``headers``; None forgets the one kept (the automatic matching was
        right). Writes the file."""
        texts = list(headers)
        key = list(header_key(texts))

        def change(data: dict[str, Any]) -> None:
            mappings = [
                entry
                for entry in data["mappings"]
                if not (entry.get("kind") == kind and entry.get("headers") == key)
            ]
            if mapping is not None:
                columns = {compact(text): field for text, field in mapping.items()}
                mappings.insert(0, {"kind": kind, "headers": key, "columns": columns})
            data["mappings"] = mappings[:MAX_MAPPINGS]

        self._update(change)

    def remember_folder(self, folder: str) -> None:
        """Keep the folder a workbook was read from, for the next file dialog. Writes the file."""
        if folder == self.folder:
            return

        def change(data: dict[str, Any]) -> None:
            data["folder"] = folder

        self._update(change)

    def _update(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Apply ``change`` to what the file holds now (another wizard may have written since
        this one loaded) and write it back atomically."""
        with _write_lock:
            data = _read(self.path)
            change(data)
            _write(self.path, data)
            self._data = data


def _empty() -> dict[str, Any]:
    return {"version": _VERSION, "folder": "", "mappings": []}


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _empty()
    except (OSError, ValueError) as exc:
        log.warning("remembered import mappings in %s unreadable (%s); starting afresh", path, exc)
        return _empty()
    data = _empty()
    if isinstance(raw, dict):
        if isinstance(raw.get("folder"), str):
            data["folder"] = raw["folder"]
        if isinstance(raw.get("mappings"), list):
            data["mappings"] = [entry for entry in raw["mappings"] if _well_formed(entry)]
    return data


def _well_formed(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("kind"), str)
        and isinstance(entry.get("headers"), list)
        and isinstance(entry.get("columns"), dict)
        and all(isinstance(v, str) for v in entry["columns"].values())
    )


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".import-mappings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
