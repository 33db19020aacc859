"""Fixtures for migration tests: a copy of the app's scripts that a test can add revisions to."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from lsa_desktop import paths
from lsa_desktop.store.migrate import head_revision

_REVISION = '''\
"""{message}"""

import sqlalchemy as sa
from alembic import op

revision = {revision!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    raise NotImplementedError
'''


@pytest.fixture
def add_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], str]:
    """``add_revision("0002", body)``: the app's scripts plus one revision on top of the head.

    The scripts are copied to a temporary folder that ``paths.migrations_dir`` then points to, so
    the real ``db/migrations`` is never touched. Returns the new revision id.
    """
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(paths, "migrations_dir", lambda: scripts)

    def add(revision: str, body: str) -> str:
        down = head_revision()
        source = _REVISION.format(
            message=f"Test revision {revision}",
            revision=revision,
            down=down,
            body=textwrap.indent(textwrap.dedent(body).strip(), "    "),
        )
        (scripts / "versions" / f"{revision}_test.py").write_text(source, encoding="utf-8")
        return revision

    return add


@pytest.fixture
def saved_database(tmp_path: Path) -> Callable[[Path], Path]:
    """A writable copy of a saved database (``tests/fixtures/schema_*.sqlite3``)."""

    def copy(saved: Path) -> Path:
        live = tmp_path / "lsa.sqlite3"
        shutil.copyfile(saved, live)  # a file copy is fine here: nothing has it open
        live.chmod(0o644)
        return live

    return copy
