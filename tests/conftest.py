"""Fixtures shared by every test: a fresh temporary database per test, user folders in tmp."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """No test touches the real user data folder, settings or log."""
    from lsa_desktop import paths

    data = tmp_path_factory.mktemp("userdata")
    paths.set_data_dir(data)
    monkeypatch.delenv("LSA_DB", raising=False)
    yield data
    paths.set_data_dir(None)


@pytest.fixture
def tmp_store(tmp_path):
    """A Store on a fresh SQLite file holding the current schema and nothing else."""
    from sqlmodel import SQLModel

    from lsa_desktop.store import models  # noqa: F401  (registers the tables)
    from lsa_desktop.store.engine import Store

    store = Store(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    SQLModel.metadata.create_all(store.engine)
    yield store
    store.dispose()
