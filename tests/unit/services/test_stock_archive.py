"""Archiving bulk stock lines: the line leaves the stock register, the holdings and readiness,
in one audited write; counting the same unit and type again brings the line back."""

from __future__ import annotations

from datetime import date

import pytest
from fleet_fixtures import TODAY, build_fleet
from sqlmodel import select

from lsa_desktop.domain.enums import AuthorisationBasis
from lsa_desktop.domain.stock_rules import AuthorisationDraft, StockDraft
from lsa_desktop.services.equipment import EquipmentService
from lsa_desktop.services.query import ListQuery
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.store.models import AuditEntry


@pytest.fixture
def fleet(tmp_store):
    return build_fleet(tmp_store)


@pytest.fixture
def service(tmp_store) -> EquipmentService:
    return EquipmentService(tmp_store, today=lambda: TODAY)


def protection(store, unit_code: str) -> tuple[int, int, int]:
    """(authorised, on hand, serviceable) of the unit's Protection category in readiness."""
    report = ReadinessService(store, today=lambda: TODAY).report()
    unit = next(u for u in report.units if u.code == unit_code)
    category = next(c for c in unit.categories if c.code == "PROT")
    return category.authorised, category.on_hand, category.serviceable


def stock_ids(service, **query) -> list:
    return [row.id for row in service.stock.page(ListQuery(**query), 100)]


def test_an_archived_line_counts_for_nothing(tmp_store, fleet, service):
    service.save_authorisation(
        AuthorisationDraft(fleet.fpu1, fleet.helmet, 100, AuthorisationBasis.MOU)
    )
    line = service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 90, 80, date(2025, 3, 1)))
    assert protection(tmp_store, line.unit_code) == (100, 90, 80)

    assert service.archive_stock_lines([line.id]) == 1

    assert line.id not in stock_ids(service)
    assert line.id in stock_ids(service, include_archived=True)
    assert protection(tmp_store, line.unit_code) == (100, 0, 0)
    with tmp_store.read() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.record_id == line.id)).scalars()
        archiving = [(e.field, e.new_value) for e in entries if e.field == "archived"]
    assert archiving == [("archived", "true")]
    assert service.archive_stock_lines([line.id]) == 0  # already archived: nothing written


def test_counting_an_archived_line_again_brings_it_back(tmp_store, fleet, service):
    line = service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 90, 80, date(2025, 3, 1)))
    service.archive_stock_lines([line.id])

    again = service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 40, 35, TODAY))

    assert again.id == line.id
    assert (again.on_hand, again.serviceable, again.counted_on) == (40, 35, TODAY)
    assert stock_ids(service) == [line.id]
