"""Logging: a rotating file in the user log folder, and warnings on stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from lsa_desktop import paths

LOG_FILE_NAME = "lsa-desktop.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def setup(verbose: bool = False) -> logging.Handler:
    """Install the handlers once; returns the file handler (its ``baseFilename`` is the log path)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_lsa", False):
            return handler
    file_handler = logging.handlers.RotatingFileHandler(
        paths.user_log_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    file_handler._lsa = True  # type: ignore[attr-defined]
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.DEBUG if verbose else logging.ERROR)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    stderr._lsa = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(stderr)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return file_handler


def log_file_path() -> str:
    return str(paths.user_log_dir() / LOG_FILE_NAME)
