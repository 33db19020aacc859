"""Errors the person can act on, apart from bugs.

A ``UserError`` (and its family) reaches the person as one plain sentence that says what is wrong
and what to do. Anything else is a bug: logged with its traceback and shown in the crash dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the person can fix; ``str(error)`` is the sentence they read."""

    exit_code = 1


class InvalidInput(UserError):
    """A value the person typed or a file they chose is not acceptable."""


class DatabaseError(UserError):
    """The database cannot be used as it is."""


class NotADatabase(DatabaseError):
    """The file at the database path is empty or is not an SQLite database."""


class NewerSchema(DatabaseError):
    """The database was written by a newer version of the app."""


class DatabaseCorrupt(DatabaseError):
    """``PRAGMA quick_check`` found damage."""


class DatabaseLocked(DatabaseError):
    """Another program holds the write lock for longer than the busy timeout."""


class AlreadyRunning(DatabaseError):
    """Another instance of the app has this database open."""


class ReadOnly(DatabaseError):
    """The database file or its folder cannot be written."""


class DiskFull(DatabaseError):
    """The disk holding the database is full."""


class NotEmpty(UserError):
    """An operation that needs an empty database was asked of one holding data."""


class Cancelled(Exception):
    """A long job was stopped by the person; not an error to report."""


class ValidationFailed(InvalidInput):
    """One or more fields of a record are not acceptable; nothing was saved.

    ``problems`` maps a field name to the sentence shown beside that field; ``str(error)`` joins
    them, for the command line and imports.
    """

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))
