"""Persistence: the engine and its pragmas, the SQLModel tables, migrations, seed data."""
