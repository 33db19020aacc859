"""What a kind's importer gives the engine: a plan per row, made inside the engine's write session,
whose ``apply`` callables the engine runs only when the import is to be written."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlmodel import Session

from lsa_desktop.domain.enums import Severity
from lsa_desktop.excel.model import Issue, KindSpec, Outcome, ParsedRow


@dataclass
class RowPlan:
    """What importing one sheet row would do."""

    number: int  # 1-based sheet row
    outcome: Outcome  # NEW, UPDATED, UNCHANGED; SKIPPED when it has an error
    issues: list[Issue] = field(default_factory=list)
    #: Writes the row into the session (None when there is nothing to write).
    apply: Callable[[Session], None] | None = None

    @property
    def valid(self) -> bool:
        return not any(issue.severity is Severity.ERROR for issue in self.issues)


@dataclass
class KindPlan:
    rows: list[RowPlan]
    #: References that writing creates, one sentence each ("Contingent Belize will be created.").
    created: list[str] = field(default_factory=list)


class KindImporter(Protocol):
    spec: KindSpec

    def plan(self, session: Session, rows: Sequence[ParsedRow]) -> KindPlan:
        """Resolve references, check every row with the domain's rules and match it by its
        natural key, inside the engine's write session; write nothing yet."""
        ...


def importer_for(kind: str) -> KindImporter:
    """The importer of ``kind`` ("equipment-types" -> ``importers.equipment_types.IMPORTER``)."""
    module = importlib.import_module(f"lsa_desktop.excel.importers.{kind.replace('-', '_')}")
    return module.IMPORTER  # type: ignore[no-any-return]
