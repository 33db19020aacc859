"""InspectionService on a small hand-built unit: the figures are worked out by hand in comments."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from factories import MissionBuilder
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus, InspectionKind, InspectionStatus
from lsa_desktop.domain.inspections import InspectionInput, InspectionLocked, LineCount
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.inspections import InspectionService
from lsa_desktop.services.readiness import ReadinessService
from lsa_desktop.store.models import (
    Asset,
    AuditEntry,
    Inspection,
    InspectionLine,
    StockLine,
    StockMovement,
)

TODAY = date(2025, 3, 1)


class Mission:
    """KE-FPU1: 10 of 10 officers ACTIVE (strength 100 %).

      PROT (critical)      HELMET bulk        authorised 100: stock 100 on hand, 100 serviceable
      COMMS (critical)     RADIO serialised   authorised 12:  12 items IN_SERVICE
      CAMP (not critical)  TENT bulk          authorised 10:  none held
                           COT bulk           not authorised: stock 5 on hand, 5 serviceable
    KE-FPU2 is authorised nothing and holds nothing.

    Readiness before: PROT 100 %, COMMS 100 %, CAMP 0/10 = 0 % (not critical);
    unit = min(100, 100, 100) = 100 %; mean = (100 + 12 + 0) / 122 = 91.8 %.
    """

    def __init__(self, store) -> None:
        with store.write() as session:
            m = MissionBuilder(session)
            prot = m.category("PROT", critical=True, sort_order=60)
            comms = m.category("COMMS", critical=True, sort_order=40)
            camp = m.category("CAMP", critical=False, sort_order=90)
            self.helmet = m.equipment("HELMET", prot, serialised=False)
            self.radio = m.equipment("RADIO", comms)
            self.tent = m.equipment("TENT", camp, serialised=False)
            self.cot = m.equipment("COT", camp, serialised=False)
            self.unit = m.unit("KE-FPU1", strength=10, minimum=8)
            self.empty = m.unit("KE-FPU2", strength=10, minimum=8)
            m.officers(self.unit, 10)
            m.authorise(self.unit, self.helmet, 100)
            m.authorise(self.unit, self.radio, 12)
            m.authorise(self.unit, self.tent, 10)
            self.helmets = m.stock(self.unit, self.helmet, 100, 100)
            self.cots = m.stock(self.unit, self.cot, 5, 5)
            m.assets(self.unit, self.radio, 12)

    def count(self, **changes) -> InspectionInput:
        """The periodic count: 20 helmets unserviceable, 2 radios missing, 4 tents found (3
        serviceable), the cots as registered."""
        fields = {
            "unit_id": self.unit.id,
            "kind": InspectionKind.PERIODIC,
            "inspected_on": TODAY,
            "inspector": "Supt. Kamau",
            "remarks": "Six-monthly operational readiness inspection.",
            "lines": (
                LineCount(self.helmet.id, 100, 80, "20 helmets with cracked shells."),
                LineCount(self.radio.id, 10, 10),
                LineCount(self.tent.id, 4, 3),
                LineCount(self.cot.id, 5, 5),
            ),
        }
        return InspectionInput(**(fields | changes))


@pytest.fixture
def mission(tmp_store) -> Mission:
    return Mission(tmp_store)


@pytest.fixture
def service(tmp_store) -> InspectionService:
    return InspectionService(tmp_store, today=lambda: TODAY)


def unit_figures(store, code="KE-FPU1"):
    report = ReadinessService(store).report()
    (unit,) = [u for u in report.units if u.code == code]
    categories = {
        c.code: (c.authorised, c.on_hand, c.serviceable, c.readiness_pct) for c in unit.categories
    }
    gaps = {g.equipment_code: g.gap for g in report.gaps if g.unit_code == code}
    return unit.readiness_pct, round(unit.mean_readiness_pct, 4), categories, gaps


def test_a_new_inspection_lists_authorised_and_held_types_pre_filled_from_the_register(
    service, mission
):
    lines = service.lines_for(mission.unit.id)
    assert [
        (line.type_code, line.authorised, line.present, line.serviceable, line.serialised)
        for line in lines
    ] == [
        ("RADIO", 12, 12, 12, True),  # COMMS (40) before PROT (60) before CAMP (90)
        ("HELMET", 100, 100, 100, False),
        ("COT", 0, 5, 5, False),  # held without authorisation
        ("TENT", 10, 0, 0, False),  # authorised, none held
    ]
    assert all(line.register_on_hand == line.present and not line.differs for line in lines)
    assert service.lines_for(mission.empty.id) == []


def test_a_draft_is_saved_again_and_again_without_touching_the_holdings(
    tmp_store, service, mission
):
    before = unit_figures(tmp_store)
    draft = service.save_draft(mission.count(inspector="", lines=()))
    assert draft.status == InspectionStatus.DRAFT and draft.signed_at is None
    assert [line.present for line in draft.lines] == [12, 100, 5, 0]  # pre-filled
    draft = service.save_draft(mission.count(), draft.id)
    again = service.save_draft(mission.count(remarks="Halfway."), draft.id)
    assert again.remarks == "Halfway." and again.inspector == "Supt. Kamau"
    by_code = {line.type_code: line for line in again.lines}
    assert (by_code["HELMET"].present, by_code["HELMET"].serviceable) == (100, 80)
    assert by_code["HELMET"].register_serviceable == 100 and by_code["HELMET"].differs
    assert unit_figures(tmp_store) == before
    with tmp_store.read() as session:
        assert session.exec(select(StockMovement)).all() == []
        assert len(session.exec(select(Inspection)).all()) == 1
    (row,) = service.inspections()
    # HELMET (a finding and a difference), RADIO (a difference), TENT (a difference).
    assert (row.status, row.line_count, row.discrepancies) == (InspectionStatus.DRAFT, 4, 3)


def test_signing_a_periodic_inspection_changes_the_readiness_of_the_unit(
    tmp_store, service, mission
):
    assert unit_figures(tmp_store) == (
        100.0,
        round(100 * 112 / 122, 4),
        {
            "COMMS": (12, 12, 12, 100.0),
            "PROT": (100, 100, 100, 100.0),
            "CAMP": (10, 5, 5, 0.0),
        },
        {"TENT": 10},
    )
    draft = service.save_draft(mission.count())
    tmp_store.user = "Insp. Wanjiru"
    signed = service.sign(mission.count(), draft.id)

    # PROT: 80 of 100 helmets serviceable -> 80 %; COMMS unchanged (radios are not moved by a
    # count); CAMP: tents 4 on hand, 3 serviceable, plus 5 cots -> 9 on hand, 8 serviceable,
    # readiness min(3, 10) / 10 = 30 %. Unit = min(100, 80, 100) = 80 %;
    # mean = (min(80, 100) + min(12, 12) + min(3, 10) + min(5, 0)) / (100 + 12 + 10) = 95 / 122.
    assert unit_figures(tmp_store) == (
        80.0,
        round(100 * 95 / 122, 4),
        {
            "COMMS": (12, 12, 12, 100.0),
            "PROT": (100, 100, 80, 80.0),
            "CAMP": (10, 9, 8, 30.0),
        },
        {"HELMET": 20, "TENT": 7},
    )
    assert signed.status == InspectionStatus.SIGNED and signed.locked
    assert signed.signed_at is not None
    findings = {line.type_code: line.findings for line in signed.lines}
    assert findings == {
        "RADIO": "Counted 10 present, 12 on the register: 2 to trace.",
        "HELMET": "Stock set to the count: serviceable 100 → 80 (−20). "
        "20 helmets with cracked shells.",
        "COT": "",
        "TENT": "Stock set to the count: on hand 0 → 4 (+4), serviceable 0 → 3 (+3).",
    }
    assert all(line.register_on_hand is None for line in signed.lines)

    with tmp_store.read() as session:
        # The radios' register is as it was: 12 items, all in service.
        radios = session.exec(select(Asset).where(Asset.equipment_type_id == mission.radio.id))
        assert [a.status for a in radios] == [AssetStatus.IN_SERVICE] * 12
        stock = {s.equipment_type_id: s for s in session.exec(select(StockLine))}
        assert (stock[mission.helmet.id].on_hand, stock[mission.helmet.id].serviceable) == (100, 80)
        assert (stock[mission.tent.id].on_hand, stock[mission.tent.id].serviceable) == (4, 3)
        assert (stock[mission.cot.id].on_hand, stock[mission.cot.id].counted_on) == (5, TODAY)
        movements = session.exec(select(StockMovement)).all()
        assert sorted(
            (m.stock_line_id, m.kind, m.moved_on, m.delta_on_hand, m.delta_serviceable)
            for m in movements
        ) == sorted(
            [
                (mission.helmets.id, "INSPECTION", TODAY, 0, -20),
                (stock[mission.tent.id].id, "INSPECTION", TODAY, 4, 3),
            ]
        )
        assert {m.reference for m in movements} == {f"INSPECTION {signed.id.hex}"}
        assert {m.note for m in movements} == {
            "Periodic inspection of KE-FPU1 on 2025-03-01 by Supt. Kamau"
        }

        # One change set of the signing user holds the signature and every change it made.
        entries = session.exec(select(AuditEntry).where(AuditEntry.user == "Insp. Wanjiru")).all()
    assert len({e.change_id for e in entries}) == 1
    changes = {(e.table_name, e.action, e.field) for e in entries}
    assert {
        ("inspection", "UPDATE", "status"),
        ("inspection", "UPDATE", "signed_at"),
        ("inspection_line", "UPDATE", "findings"),
        ("stock_line", "UPDATE", "serviceable"),
        ("stock_line", "UPDATE", "counted_on"),
        ("stock_line", "INSERT", ""),
        ("stock_movement", "INSERT", ""),
    } == changes
    status = next(e for e in entries if e.field == "status")
    assert (status.record_id, status.old_value, status.new_value) == (signed.id, "DRAFT", "SIGNED")
    inserted = [json.loads(e.new_value) for e in entries if e.table_name == "stock_movement"]
    assert sorted(int(v["delta_serviceable"]) for v in inserted) == [-20, 3]


def test_a_new_inspection_can_be_signed_in_one_go(tmp_store, service, mission):
    signed = service.sign(mission.count())
    assert signed.status == InspectionStatus.SIGNED
    assert unit_figures(tmp_store)[0] == 80.0
    with tmp_store.read() as session:
        assert len(session.exec(select(InspectionLine)).all()) == 4


def test_a_signed_inspection_refuses_a_second_signature_and_any_edit(tmp_store, service, mission):
    signed = service.sign(mission.count())
    with tmp_store.read() as session:
        audited = len(session.exec(select(AuditEntry)).all())
    changed = mission.count(lines=(LineCount(mission.helmet.id, 100, 100),))
    for attempt in (service.sign, service.save_draft):
        with pytest.raises(
            InspectionLocked, match=r"signed by Supt\. Kamau on \d{4}-\d\d-\d\d and is"
        ):
            attempt(changed, signed.id)
    assert unit_figures(tmp_store)[0] == 80.0  # the helmets stay counted at 80
    assert service.detail(signed.id) == signed
    with tmp_store.read() as session:
        assert len(session.exec(select(AuditEntry)).all()) == audited  # nothing written
        assert len(session.exec(select(StockMovement)).all()) == 2


def test_bad_counts_are_refused_and_nothing_is_written(tmp_store, service, mission):
    draft = service.save_draft(mission.count())
    bad = mission.count(inspector=" ", lines=(LineCount(mission.helmet.id, 50, 60),))
    with pytest.raises(ValidationFailed) as raised:
        service.sign(bad, draft.id)
    assert raised.value.problems == {
        "inspector": "The inspector's name is required to sign.",
        "lines": "HELMET name: serviceable (60) cannot be more than present (50); count the "
        "serviceable items among those present.",
    }
    assert service.detail(draft.id) == draft
    assert unit_figures(tmp_store)[0] == 100.0


def test_the_unit_must_hold_or_be_authorised_something_and_cannot_change(service, mission):
    with pytest.raises(ValidationFailed) as raised:
        service.save_draft(mission.count(unit_id=mission.empty.id, lines=()))
    assert raised.value.problems == {
        "unit_id": "KE-FPU2 is neither authorised nor holding any equipment: record its "
        "authorisations before inspecting it."
    }
    draft = service.save_draft(mission.count())
    with pytest.raises(ValidationFailed) as raised:
        service.save_draft(mission.count(unit_id=mission.empty.id), draft.id)
    assert raised.value.problems == {
        "unit_id": "An inspection's unit cannot change once started; start a new inspection of "
        "the other unit."
    }
    stranger = LineCount(mission.empty.id, 1, 1)  # not an equipment type of this inspection
    with pytest.raises(ValidationFailed) as raised:
        service.save_draft(mission.count(lines=(stranger,)), draft.id)
    assert raised.value.problems == {
        "lines": "1 counted line(s) are not on this inspection; reopen it and count again."
    }


def test_the_schedule_shows_the_last_inspection_and_the_next_periodic_due(tmp_store, mission):
    arrival = InspectionService(tmp_store, today=lambda: date(2024, 8, 31))
    arrival.sign(mission.count(kind=InspectionKind.ARRIVAL, inspected_on=date(2024, 8, 31)))
    (fpu1, fpu2) = arrival.schedule()
    assert (fpu1.unit_code, fpu1.last_kind, fpu1.last_inspected_on) == (
        "KE-FPU1",
        InspectionKind.ARRIVAL,
        date(2024, 8, 31),
    )
    assert fpu1.last_periodic_on is None
    assert (fpu1.next_periodic_due, fpu1.overdue) == (date(2025, 2, 28), False)
    assert (fpu2.last_kind, fpu2.next_periodic_due, fpu2.overdue) == (None, None, False)

    later = InspectionService(tmp_store, today=lambda: TODAY)
    assert later.schedule()[0].overdue  # 1 March 2025: the periodic was due on 28 February
    later.save_draft(mission.count())  # a draft is not an inspection done
    assert later.schedule()[0].overdue
    later.sign(mission.count(kind=InspectionKind.SPOT_CHECK, inspected_on=date(2025, 2, 27)))
    row = later.schedule()[0]
    assert (row.last_kind, row.last_inspected_on, row.overdue) == (
        InspectionKind.SPOT_CHECK,
        date(2025, 2, 27),
        True,
    )
    (draft,) = [r for r in later.inspections() if r.status == InspectionStatus.DRAFT]
    later.sign(replace(mission.count(), inspector="Supt. Kamau"), draft.id)
    row = later.schedule()[0]
    assert (row.last_kind, row.last_periodic_on, row.next_periodic_due, row.overdue) == (
        InspectionKind.PERIODIC,
        TODAY,
        date(2025, 9, 1),
        False,
    )
    listed = later.inspections()
    assert [(r.kind, r.inspected_on, r.status) for r in listed] == [
        (InspectionKind.PERIODIC, TODAY, InspectionStatus.SIGNED),
        (InspectionKind.SPOT_CHECK, date(2025, 2, 27), InspectionStatus.SIGNED),
        (InspectionKind.ARRIVAL, date(2024, 8, 31), InspectionStatus.SIGNED),
    ]


def test_a_bulk_count_below_items_registered_one_by_one_is_refused(tmp_store, service, mission):
    with tmp_store.write() as session:
        MissionBuilder(session).assets(mission.unit, mission.helmet, 3)  # a register mistake
    # Holdings: 100 stock + 3 items = 103; a count of 2 would take the stock line to -1.
    with pytest.raises(UserError, match="HELMET name is counted in bulk, yet KE-FPU1 has more"):
        service.sign(mission.count(lines=(LineCount(mission.helmet.id, 2, 2),)))
    assert service.inspections() == []
