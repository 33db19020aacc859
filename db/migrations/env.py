"""Alembic's entry point for LSA Desktop.

The app (``lsa_desktop.store.migrate``) hands over one connection, already inside its
``BEGIN IMMEDIATE`` transaction, through ``config.attributes["connection"]``: every revision then
runs in that single transaction, which the app commits or rolls back as a whole, so a migration
that fails halfway leaves the database as it was. Run from the ``alembic`` command line
(``db/alembic.ini``, see ``db/migrations/README.md``) this script opens its own connection.

``render_as_batch`` makes autogenerate write SQLite-safe ``batch_alter_table`` blocks (SQLite's
``ALTER TABLE`` cannot drop or change columns); ``compare_type`` lets it notice type changes.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from lsa_desktop.store import models  # noqa: F401  (registers every table on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def _database_url() -> str:
    """``-x db=PATH_OR_URL`` on the command line, else ``sqlalchemy.url`` from the ini file."""
    given = context.get_x_argument(as_dictionary=True).get("db")
    if given:
        return given if "://" in given else f"sqlite:///{given}"
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Give the database: alembic -c db/alembic.ini -x db=PATH ...")
    return url


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=_database_url(),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_database_url(), poolclass=NullPool)
    try:
        with engine.connect() as own_connection:
            _run(own_connection)
            own_connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
