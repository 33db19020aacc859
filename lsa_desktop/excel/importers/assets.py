"""Importing serialised items (radios, night-vision goggles, drones...): matched by asset tag
(spaces and case aside), checked by the item form's rules; see :mod:`.asset_rows`.

A vehicle already recorded can be updated by its tag here (its registration is kept); a new
vehicle is refused: it is added in a vehicles file, which gives its registration.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from lsa_desktop.excel.importers.asset_rows import AssetImporter, AssetKind
from lsa_desktop.excel.kinds import ASSETS


def _refuse_type(kind: Row[Any]) -> str | None:
    if not kind.is_vehicle:
        return None
    return (
        f"{kind.name} ({kind.code}) is a vehicle type: add vehicles in a vehicles file, with "
        "their registration."
    )


IMPORTER = AssetImporter(AssetKind(spec=ASSETS, key="tag", noun="item", refuse_type=_refuse_type))
