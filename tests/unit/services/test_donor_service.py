"""Donors: each figure worked out by hand from the pledges recorded here, the lines behind every
figure adding up to it, and recording donors."""

from __future__ import annotations

from datetime import date

import pytest
from pledge_fixtures import TODAY, build_mission, direct, pledge_input

from lsa_desktop.domain.enums import Condition, DonorType, PledgeStatus
from lsa_desktop.errors import UserError, ValidationFailed
from lsa_desktop.services.deliveries import DeliveryInput, DeliveryLineInput, DeliveryService
from lsa_desktop.services.donors import DonorInput, DonorService, Figure
from lsa_desktop.services.pledges import PledgeAction, PledgeService

S = PledgeStatus
ON = date(2025, 5, 1)


@pytest.fixture
def mission(tmp_store):
    return build_mission(tmp_store)


@pytest.fixture
def service(tmp_store) -> DonorService:
    return DonorService(tmp_store, today=lambda: TODAY)


@pytest.fixture
def book(tmp_store, mission):
    """The pledges of the figures below (TODAY is 2025-06-01); their ids by name.

    Canada
      late     PARTIALLY_DELIVERED, expected 2025-05-20 (overdue): 10 NVG @4,000 (4 accepted),
               20 tents @1,200 (all 20 accepted)
      short    CLOSED, 5 NVG @4,000 for KEN-FPU-2, 3 accepted: owes nothing more
      gone     WITHDRAWN, 6 tents @1,200: counts for nothing
      fund     COMMITTED, 1,000,000 USD by value alone, expected 2025-05-15 (overdue)
      next     PLEDGED, 2 NVG @4,000 for KEN-FPU-2, expected 2025-08-01
    United States
      mraps    DELIVERED, 1 MRAP @450,000
      cash     CLOSED, 2,000,000 USD by value alone (received)
    """
    pledges = PledgeService(tmp_store, today=lambda: TODAY)
    deliveries = DeliveryService(tmp_store, today=lambda: TODAY)

    def make(donor, *lines, value=None, expected=None, on=date(2025, 4, 1), receive=()):
        made = pledges.create(
            pledge_input(donor, *lines, value_usd=value, expected=expected, pledged_on=on)
        )
        if receive:
            deliveries.record(
                DeliveryInput(
                    made.id,
                    ON,
                    f"WB-{made.reference}",
                    "Sgt. Mwangi",
                    tuple(
                        DeliveryLineInput(line.id, count, count, Condition.NEW)
                        for line, count in zip(made.lines, receive, strict=True)
                    ),
                )
            )
        return made.id

    fpu1, fpu2, nvg, tent = mission.fpu1, mission.fpu2, mission.nvg, mission.tent
    ids = {
        "late": make(
            mission.canada,
            direct(fpu1, nvg, 10, 4000.0),
            direct(fpu1, tent, 20, 1200.0),
            expected=date(2025, 5, 20),
            receive=(4, 20),
        ),
        "short": make(mission.canada, direct(fpu2, nvg, 5, 4000.0), receive=(3,)),
        "gone": make(mission.canada, direct(fpu2, tent, 6, 1200.0), on=date(2025, 4, 2)),
        "fund": make(mission.canada, value=1_000_000.0, expected=date(2025, 5, 15)),
        "next": make(
            mission.canada,
            direct(fpu2, nvg, 2, 4000.0),
            expected=date(2025, 8, 1),
            on=date(2025, 5, 3),
        ),
        "mraps": make(mission.usa, direct(fpu2, mission.mrap, 1, 450_000.0), receive=(1,)),
        "cash": make(mission.usa, value=2_000_000.0),
    }
    pledges.act(ids["short"], PledgeAction.CLOSE)
    pledges.act(ids["gone"], PledgeAction.WITHDRAW)
    pledges.act(ids["fund"], PledgeAction.COMMIT)
    pledges.act(ids["cash"], PledgeAction.CLOSE)
    service = DonorService(tmp_store, today=lambda: TODAY)
    service.create(DonorInput("UN Trust Fund", DonorType.MULTILATERAL, "", ""))
    return ids


def test_the_figures_of_each_donor(service, book):
    canada, fund, usa = service.summaries()  # by name
    assert (canada.name, fund.name, usa.name) == ("Canada", "UN Trust Fund", "United States")
    assert (canada.pledge_count, canada.pledged_qty, canada.delivered_qty) == (4, 37, 27)
    assert canada.outstanding_qty == 6 + 2  # the late goggles and the next pledge
    assert canada.pledged_usd == 10 * 4000 + 20 * 1200 + 5 * 4000 + 1_000_000 + 2 * 4000
    assert canada.delivered_usd == 4 * 4000 + 20 * 1200 + 3 * 4000  # the fund's money is due
    assert canada.outstanding_usd == 6 * 4000 + 1_000_000 + 2 * 4000
    assert (canada.overdue_pledges, canada.overdue_qty, canada.overdue_usd) == (
        2,
        6,
        6 * 4000 + 1_000_000,
    )
    assert canada.next_expected == date(2025, 5, 15)
    assert (usa.pledge_count, usa.pledged_qty, usa.delivered_qty, usa.outstanding_qty) == (
        2,
        1,
        1,
        0,
    )
    assert usa.pledged_usd == usa.delivered_usd == 2_450_000
    assert (usa.outstanding_usd, usa.overdue_pledges, usa.next_expected) == (0, 0, None)
    assert (fund.donor_type, fund.pledge_count, fund.pledged_usd, fund.next_expected) == (
        DonorType.MULTILATERAL,
        0,
        0.0,
        None,
    )


def test_the_lines_behind_every_figure_add_up_to_it(service, book):
    for summary in service.summaries():
        lines = {figure: service.figure_lines(summary.id, figure) for figure in Figure}
        pledged, delivered = lines[Figure.PLEDGED], lines[Figure.DELIVERED]
        outstanding, overdue = lines[Figure.OUTSTANDING], lines[Figure.OVERDUE]
        assert sum(line.value_usd for line in pledged) == summary.pledged_usd
        assert sum(line.quantity for line in pledged) == summary.pledged_qty
        assert sum(line.value_usd for line in delivered) == summary.delivered_usd
        assert sum(line.accepted for line in delivered) == summary.delivered_qty
        assert sum(line.value_usd for line in outstanding) == summary.outstanding_usd
        assert sum(line.outstanding for line in outstanding) == summary.outstanding_qty
        assert sum(line.value_usd for line in overdue) == summary.overdue_usd
        assert sum(line.outstanding for line in overdue) == summary.overdue_qty
        assert len({line.pledge_id for line in overdue}) == summary.overdue_pledges
        assert len({line.pledge_id for line in pledged}) == summary.pledge_count


def test_the_lines_behind_a_figure(service, book, mission):
    canada = service.summaries()[0]
    overdue = service.figure_lines(canada.id, Figure.OVERDUE)
    assert [
        (line.pledge_status, line.unit_code, line.type_code, line.outstanding, line.value_usd)
        for line in overdue
    ] == [
        (S.PARTIALLY_DELIVERED, "KEN-FPU-1", "NVG", 6, 24_000.0),
        (S.PARTIALLY_DELIVERED, "KEN-FPU-1", "TENT", 0, 0.0),
        (S.COMMITTED, "", "", 0, 1_000_000.0),  # the fund's money, by value alone
    ]
    assert all(line.overdue for line in overdue)
    assert [line.itemised for line in overdue] == [True, True, False]
    nvg = overdue[0]
    assert (nvg.quantity, nvg.accepted, nvg.unit_value_usd, nvg.type_name) == (
        10,
        4,
        4000.0,
        "NVG name",
    )
    assert nvg.pledge_id == book["late"] and nvg.requisition_reference is None
    outstanding = service.figure_lines(canada.id, Figure.OUTSTANDING)
    assert [line.pledge_id for line in outstanding] == [book["next"], book["late"], book["fund"]]
    delivered = service.figure_lines(canada.id, Figure.DELIVERED)
    assert {line.pledge_id for line in delivered} == {book["late"], book["short"]}
    short = next(line for line in delivered if line.pledge_id == book["short"])
    assert (short.pledge_status, short.accepted, short.outstanding, short.value_usd) == (
        S.CLOSED,
        3,
        0,  # a closed pledge owes nothing
        12_000.0,
    )


def test_pledge_lists_newest_first(service, book, mission):
    rows = service.pledges(mission.canada)
    assert [row.id for row in rows] == [
        book["next"],
        book["gone"],
        book["fund"],
        book["short"],
        book["late"],
    ]  # by date, then reference, newest first
    by_id = {row.id: row for row in rows}
    late = by_id[book["late"]]
    assert (late.status, late.overdue, late.donor_name) == (S.PARTIALLY_DELIVERED, True, "Canada")
    assert (late.value_usd, late.delivered_usd, late.outstanding_usd) == (
        64_000.0,
        40_000.0,
        24_000.0,
    )
    gone = by_id[book["gone"]]
    assert (gone.value_usd, gone.outstanding_usd, gone.overdue) == (7_200.0, 0.0, False)
    assert len(service.pledges()) == 7


def test_recording_donors(service, mission):
    made = service.create(
        DonorInput("  European  Union ", DonorType.MULTILATERAL, "", " Brussels ")
    )
    assert (made.name, made.contact, made.archived) == ("European Union", "Brussels", False)
    changed = service.update(
        made.id, DonorInput("European Union", DonorType.MULTILATERAL, "be", "")
    )
    assert (changed.country_code, service.detail(made.id).country_code) == ("BE", "BE")
    with pytest.raises(ValidationFailed) as caught:
        service.create(DonorInput("canada", DonorType.GOVERNMENT, "CAN", ""))
    assert caught.value.problems == {
        "name": "The name canada is already used by donor Canada. Use that donor, or tell the "
        "two apart in the name.",
        "country_code": "A country code is two letters (ISO 3166), such as CA or US; leave it "
        "empty for a fund or an organisation.",
    }
    with pytest.raises(ValidationFailed, match="name is required"):
        service.create(DonorInput("  ", DonorType.NGO, "", ""))
    assert [d.name for d in service.donor_choices()] == [
        "Canada",
        "European Union",
        "United States",
    ]


def test_archiving_a_donor(tmp_store, service, mission):
    pledges = PledgeService(tmp_store, today=lambda: TODAY)
    made = pledges.create(pledge_input(mission.usa, direct(mission.fpu1, mission.nvg, 1)))
    with pytest.raises(UserError) as caught:
        service.archive(mission.usa)
    assert str(caught.value) == (
        f"United States still has an open pledge ({made.reference}). Close or withdraw it "
        "first, then archive the donor."
    )
    pledges.act(made.id, PledgeAction.WITHDRAW)
    service.archive(mission.usa)
    assert [s.name for s in service.summaries()] == ["Canada"]
    assert [d.name for d in service.donor_choices()] == ["Canada"]
    assert service.detail(mission.usa).archived
    with pytest.raises(UserError, match="Donor United States is archived"):
        service.update(mission.usa, DonorInput("USA", DonorType.GOVERNMENT, "US", ""))
    with pytest.raises(ValidationFailed, match="an archived donor, United States"):
        service.create(DonorInput("United States", DonorType.GOVERNMENT, "US", ""))


def test_a_refusal_names_every_open_pledge(tmp_store, service, mission):
    pledges = PledgeService(tmp_store, today=lambda: TODAY)
    for _ in range(7):
        pledges.create(pledge_input(mission.canada, value_usd=1.0))
    with pytest.raises(UserError) as caught:
        service.archive(mission.canada)
    assert str(caught.value) == (
        "Canada still has open pledges (PLG-2025-0001, PLG-2025-0002, PLG-2025-0003, "
        "PLG-2025-0004, PLG-2025-0005 and 2 more). Close or withdraw them first, then archive "
        "the donor."
    )
