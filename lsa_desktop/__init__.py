"""LSA Desktop: offline logistics, readiness and donor tool for a multinational police mission."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("lsa-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "LSA Desktop"
APP_ID = "lsa-desktop"
ORG_NAME = "LSA"
