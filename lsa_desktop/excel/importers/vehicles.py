"""Importing a vehicle state report: vehicles matched by registration (spaces and case aside:
"gkb 634e" is GKB 634E), checked by the vehicle form's rules; see :mod:`.asset_rows`.

A new vehicle gets its type's next tag; only vehicle types are taken (a radio or a generator is
imported in an assets file).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from lsa_desktop.excel.importers.asset_rows import AssetImporter, AssetKind
from lsa_desktop.excel.kinds import VEHICLES


def _refuse_type(kind: Row[Any]) -> str | None:
    if kind.is_vehicle:
        return None
    return (
        f"{kind.name} ({kind.code}) is not a vehicle type: import it in an assets file, or "
        "choose a vehicle type."
    )


IMPORTER = AssetImporter(
    AssetKind(spec=VEHICLES, key="registration", noun="vehicle", refuse_type=_refuse_type)
)
