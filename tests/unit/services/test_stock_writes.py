"""Recording bulk stock counts and authorisations through the equipment service: each count
leaves its movement, each refusal its sentence, and the holdings follow at once."""

from __future__ import annotations

from datetime import date

import pytest
from fleet_fixtures import TODAY, build_fleet
from sqlmodel import select

from lsa_desktop.domain.enums import AuthorisationBasis, StockMovementKind
from lsa_desktop.domain.stock_rules import AuthorisationDraft, StockDraft
from lsa_desktop.errors import ValidationFailed
from lsa_desktop.services.equipment import EquipmentService
from lsa_desktop.services.query import ListQuery
from lsa_desktop.store.models import AuditEntry, Authorisation, StockMovement


@pytest.fixture
def fleet(tmp_store):
    return build_fleet(tmp_store)


@pytest.fixture
def service(tmp_store) -> EquipmentService:
    return EquipmentService(tmp_store, today=lambda: TODAY)


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.problems


def movements(store):
    with store.read() as s:
        rows = s.execute(select(StockMovement).order_by(StockMovement.created_at)).scalars()
        return [(m.kind, m.moved_on, m.delta_on_hand, m.delta_serviceable, m.note) for m in rows]


def holding(service, unit_id, type_code):
    rows = service.holdings.page(ListQuery(filters={"unit_id": unit_id}), 100)
    return next(r for r in rows if r.type_code == type_code)


def test_a_count_saves_the_line_and_its_movement_in_one_write(tmp_store, fleet, service):
    first = service.save_stock_line(
        StockDraft(fleet.fpu1, fleet.helmet, 140, 120, date(2025, 3, 1), note="arrival")
    )
    assert (first.on_hand, first.serviceable, first.unit_code) == (140, 120, "KEN-FPU-1")
    again = service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 138, 125, TODAY), first.id)
    assert (again.on_hand, again.serviceable, again.counted_on) == (138, 125, TODAY)
    assert movements(tmp_store) == [
        (StockMovementKind.COUNT, date(2025, 3, 1), 140, 120, "arrival"),
        (StockMovementKind.COUNT, TODAY, -2, 5, ""),
    ]
    with tmp_store.read() as s:
        change_ids = {
            e.change_id
            for e in s.execute(
                select(AuditEntry).where(
                    AuditEntry.table_name.in_(["stock_line", "stock_movement"])
                )
            ).scalars()
        }
    assert len(change_ids) == 2  # each count: the line and its movement in one change set
    helmets = holding(service, fleet.fpu1, "PPE-HELM")
    assert (helmets.on_hand, helmets.serviceable) == (138, 125)


def test_the_same_count_again_records_nothing(tmp_store, fleet, service):
    line = service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 10, 10, TODAY))
    service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 10, 10, TODAY), line.id)
    assert len(movements(tmp_store)) == 1


def test_counts_that_cannot_be_are_refused_with_nothing_written(tmp_store, fleet, service):
    assert refused(
        lambda: service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 10, 11, TODAY))
    ) == {
        "serviceable": "Serviceable cannot be more than on hand (10): what works is part of "
        "what is held."
    }
    assert refused(
        lambda: service.save_stock_line(StockDraft(fleet.fpu1, fleet.radio, 10, 10, TODAY))
    ) == {
        "equipment_type_id": "Handheld radio is counted one by one: record each as a "
        "serialised item, not as stock."
    }
    assert movements(tmp_store) == []


def test_a_unit_has_one_line_per_type(fleet, service):
    service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 140, 120, date(2025, 3, 1)))
    assert refused(
        lambda: service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 1, 1, TODAY))
    ) == {
        "equipment_type_id": "KEN-FPU-1 already has a stock line for Ballistic helmet (140 on "
        "hand, counted on 2025-03-01): edit that line instead."
    }


def test_a_line_stays_with_its_unit_and_type(fleet, service):
    line = service.save_stock_line(StockDraft(fleet.fpu1, fleet.helmet, 1, 1, TODAY))
    problems = refused(
        lambda: service.save_stock_line(StockDraft(fleet.fpu2, fleet.helmet, 1, 1, TODAY), line.id)
    )
    assert "stays with its unit" in problems["equipment_type_id"]


def test_authorisations_are_added_edited_and_removed(tmp_store, fleet, service):
    saved = service.save_authorisation(
        AuthorisationDraft(fleet.fpu2, fleet.helmet, 140, AuthorisationBasis.SOR, " SOR-2024/7 ")
    )
    assert (saved.quantity, saved.basis, saved.reference) == (
        140,
        AuthorisationBasis.SOR,
        "SOR-2024/7",
    )
    assert holding(service, fleet.fpu2, "PPE-HELM").gap == 140
    edited = service.save_authorisation(
        AuthorisationDraft(fleet.fpu2, fleet.helmet, 120, AuthorisationBasis.MOU), saved.id
    )
    assert service.authorisation(saved.id) == edited
    service.remove_authorisation(saved.id)
    with tmp_store.read() as s:
        left = s.execute(
            select(Authorisation).where(Authorisation.equipment_type_id == fleet.helmet)
        ).all()
        deleted = s.execute(
            select(AuditEntry).where(
                AuditEntry.record_id == saved.id, AuditEntry.action == "DELETE"
            )
        ).all()
    assert left == [] and len(deleted) == 1


def test_a_second_authorisation_of_a_type_is_refused(fleet, service):
    problems = refused(
        lambda: service.save_authorisation(AuthorisationDraft(fleet.fpu1, fleet.mrap, 3))
    )
    assert problems == {
        "equipment_type_id": "KEN-FPU-1 is already authorised 2 of MRAP armoured vehicle (MOU): "
        "edit that authorisation instead."
    }
    assert refused(
        lambda: service.save_authorisation(AuthorisationDraft(fleet.fpu1, fleet.helmet, -1))
    ) == {"quantity": "The authorised quantity cannot be negative."}
