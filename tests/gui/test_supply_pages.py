"""The Requisitions and Donors pages on the small hand-built mission (see conftest)."""

from __future__ import annotations

from datetime import date, timedelta

from lsa_desktop.domain.enums import Priority, RequisitionStatus
from lsa_desktop.services.supply import RequisitionRow
from lsa_desktop.views.pages.requisitions_page import RequisitionsPage, is_overdue

WAIT = 10_000


def open_page(qtbot, cls, app):
    page = cls(app.services, app.tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=WAIT)
    return page


def rows_shown(page):
    model = page.proxy
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_requisitions_show_their_lines_and_value(qtbot, lsa_app):
    page = open_page(qtbot, RequisitionsPage, lsa_app)
    assert rows_shown(page) == [
        [
            "REQ-2025-0001",
            "KEN-FPU-3",
            "Urgent",
            "Submitted",
            "2025-03-01",
            "—",
            "1",
            "34,000",
            "Radios for the third unit's patrols.",
        ],
    ]
    assert page.ui.summaryLabel.text() == (
        "1 requisition worth USD 34,000: 1 awaiting a decision, 0 approved and not yet "
        "fulfilled, 0 past their required-by date."
    )


def test_an_open_requisition_past_its_date_is_overdue():
    today = date(2025, 6, 1)

    def row(status, required_by):
        return RequisitionRow(
            id=None,
            reference="R",
            unit_code="U",
            unit_name="",
            priority=Priority.ROUTINE,
            status=status,
            requested_on=today,
            required_by=required_by,
            line_count=0,
            total_usd=0.0,
            justification="",
        )

    yesterday = today - timedelta(days=1)
    assert is_overdue(row(RequisitionStatus.APPROVED, yesterday), today)
    assert not is_overdue(row(RequisitionStatus.APPROVED, today), today)
    assert not is_overdue(row(RequisitionStatus.FULFILLED, yesterday), today)
    assert not is_overdue(row(RequisitionStatus.APPROVED, None), today)


def test_the_models_pass_qtmodeltester(qtbot, qtmodeltester, lsa_app):
    for cls in (RequisitionsPage,):
        page = open_page(qtbot, cls, lsa_app)
        qtmodeltester.check(page.model, force_py=True)
        qtmodeltester.check(page.proxy, force_py=True)
