"""The migrations and the models describe one schema: a model changed without a migration fails."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from lsa_desktop.store import models  # noqa: F401  (registers every table)
from lsa_desktop.store.migrate import alembic_config, open_database


def test_migrating_an_empty_database_gives_exactly_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'drift.sqlite3'}"
    open_database(url).dispose()
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()
    assert differences == [], (
        "The models and db/migrations differ; write a revision (see db/migrations/README.md):\n"
        + "\n".join(map(str, differences))
    )


def test_the_revision_history_is_one_line():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1
    for script in scripts.walk_revisions():
        assert not script.is_merge_point and not script.is_branch_point, script.revision
