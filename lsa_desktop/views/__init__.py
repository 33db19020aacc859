"""Qt widgets only: no SQL here; pages call services."""
