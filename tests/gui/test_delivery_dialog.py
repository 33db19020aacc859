"""Recording a delivery from the Donors page as a person does: the pledge selected, Ctrl+D, the
waybill typed, per line what was received and accepted, serial numbers pasted for the radios and
a discrepancy for the helmets; the items and the stock appear in the units at once, the pledge is
partly delivered and the donor's figures move. A delivery refused (more accepted than received, a
serial already on an item) says why on the line and keeps everything typed."""

from __future__ import annotations

from datetime import date

import pytest
from donor_gui import (
    WAIT,
    choose_in_cell,
    donor_cell,
    open_page,
    opened,
    pledge,
    press,
    select_donor,
    select_pledge,
    shown,
    type_in_cell,
)
from PySide6.QtCore import Qt
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus, Condition, Owner, PledgeStatus
from lsa_desktop.store.models import Asset, PledgeLine, StockLine, Unit
from lsa_desktop.store.seed import reference_id
from lsa_desktop.views.dialogs.delivery_dialog import DeliveryDialog
from lsa_desktop.views.dialogs.delivery_lines_model import ReceiptColumn
from lsa_desktop.views.dialogs.pledge_dialog import PledgeDialog
from lsa_desktop.views.pages.donor_columns import DonorColumn

RADIO, HELMET = "COM-RAD-HH", "PPE-HELM"


@pytest.fixture
def store(small_store):
    """The small mission, whose pledge PL-CA-1 (40 radios for KEN-FPU-3, serialised) also
    pledges 100 helmets (bulk) for KEN-FPU-1, and where an item already carries serial SN-TAKEN."""
    with small_store.write() as s:
        units = {unit.code: unit.id for unit in s.exec(select(Unit))}
        line = s.exec(select(PledgeLine)).one()
        s.add(
            PledgeLine(
                pledge_id=line.pledge_id,
                unit_id=units["KEN-FPU-1"],
                equipment_type_id=reference_id("equipment_type", HELMET),
                quantity=100,
                unit_value_usd=320.0,
            )
        )
        s.add(
            Asset(
                tag="RAD-OLD-1",
                serial_number="SN-TAKEN",
                equipment_type_id=reference_id("equipment_type", RADIO),
                unit_id=units["KEN-FPU-2"],
            )
        )
    return small_store


@pytest.fixture
def page(qtbot, bind_app, store):
    return open_page(qtbot, bind_app(store))


def delivery_form(qtbot, page) -> DeliveryDialog:
    select_donor(qtbot, page, "Canada")
    select_pledge(qtbot, page, "PL-CA-1")
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    return opened(qtbot, page, DeliveryDialog)


def row_of(dialog, code: str) -> int:
    return next(i for i, row in enumerate(dialog.lines_model.rows()) if row.line.type_code == code)


def test_a_partial_delivery_adds_items_and_stock_and_moves_the_figures(qtbot, page):
    app = page.app
    store = app.services.store
    assert donor_cell(page, "Canada", DonorColumn.DELIVERED_QTY) == "0"
    assert donor_cell(page, "Canada", DonorColumn.OUTSTANDING_USD) == "66,000"
    dialog = delivery_form(qtbot, page)
    ui, table = dialog.ui, dialog.ui.lines
    assert ui.received_by.text() == "Test User"  # the person using the app
    assert ui.delivered_on.date().toPython() == date.today()
    assert {(r.line.type_code, r.line.outstanding) for r in dialog.lines_model.rows()} == {
        (RADIO, 40),
        (HELMET, 100),
    }
    ui.waybill_reference.setFocus()
    qtbot.keyClicks(ui.waybill_reference, "WB-2025-017")

    radios = row_of(dialog, RADIO)
    type_in_cell(qtbot, table, radios, ReceiptColumn.RECEIVED, "5")
    assert dialog.lines_model.rows()[radios].accepted == 5  # accepted follows received
    table.setCurrentIndex(dialog.lines_model.index(radios, ReceiptColumn.SERIALS))
    assert ui.serials.isEnabled()
    ui.serials.setFocus()
    ui.serials.insertPlainText("SN-001\nSN-002\nSN-003\nSN-004\nSN-005\n")  # pasted
    assert ui.serialsCount.text() == "5 serial numbers for 5 items accepted."
    assert dialog.lines_model.index(radios, ReceiptColumn.SERIALS).data() == "5 of 5"

    helmets = row_of(dialog, HELMET)
    type_in_cell(qtbot, table, helmets, ReceiptColumn.RECEIVED, "60")
    type_in_cell(qtbot, table, helmets, ReceiptColumn.ACCEPTED, "58")
    assert "2 of the 60 received were not accepted: say why" in dialog.line_problem(
        helmets, "discrepancy_reason"
    )
    choose_in_cell(qtbot, table, helmets, ReceiptColumn.CONDITION, "Good")
    type_in_cell(qtbot, table, helmets, ReceiptColumn.REASON, "2 shells cracked")
    assert dialog.line_problem(helmets, "discrepancy_reason") == ""
    table.setCurrentIndex(dialog.lines_model.index(helmets, ReceiptColumn.SERIALS))
    assert not ui.serials.isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(ui.waybill_reference, Qt.Key.Key_Return)
    with store.read() as session:
        units = {unit.id: unit.code for unit in session.exec(select(Unit))}
        new_radios = session.exec(select(Asset).where(Asset.serial_number.like("SN-00%"))).all()
        helmet_stock = session.exec(
            select(StockLine).where(
                StockLine.equipment_type_id == reference_id("equipment_type", HELMET)
            )
        ).one()
    assert sorted(a.serial_number for a in new_radios) == [f"SN-00{i}" for i in range(1, 6)]
    assert {(units[a.unit_id], a.owner, a.status) for a in new_radios} == {
        ("KEN-FPU-3", Owner.DONOR, AssetStatus.IN_SERVICE)
    }
    assert (units[helmet_stock.unit_id], helmet_stock.on_hand) == ("KEN-FPU-1", 58)
    assert pledge(store, "PL-CA-1").status == PledgeStatus.PARTIALLY_DELIVERED
    notice = page.ui.noticeLabel
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=WAIT)
    assert notice.text().startswith("Delivery WB-2025-017 on pledge PL-CA-1: ")
    assert "5 × Handheld radio added to KEN-FPU-3 (" in notice.text()
    assert "58 × Ballistic helmet added to KEN-FPU-1's stock" in notice.text()

    # The donor's figures move: 63 delivered (5 x 850 + 58 x 320 = USD 22,810).
    qtbot.waitUntil(
        lambda: donor_cell(page, "Canada", DonorColumn.DELIVERED_QTY) == "63", timeout=WAIT
    )
    assert donor_cell(page, "Canada", DonorColumn.DELIVERED_USD) == "22,810"
    assert donor_cell(page, "Canada", DonorColumn.OUTSTANDING_QTY) == "77"
    assert donor_cell(page, "Canada", DonorColumn.OUTSTANDING_USD) == "43,190"

    # The pledge's form now shows what each line received, and the delivery.
    select_pledge(qtbot, page, "PL-CA-1")
    press(qtbot, Qt.Key.Key_Return)
    form = opened(qtbot, page, PledgeDialog)
    assert form.ui.statusLabel.text().startswith(
        "Partly delivered. USD 66,000 pledged, 22,810 delivered, 43,190 outstanding."
    )
    assert {(line.type_text, line.accepted) for line in form.lines_model.lines()} == {
        ("COM-RAD-HH — Handheld radio", 5),
        ("PPE-HELM — Ballistic helmet", 58),
    }
    assert form.ui.deliveriesSummary.text() == (
        "1 delivery: 63 items accepted of 65 received; 77 still outstanding."
    )
    assert sorted((r[1], r[3], r[5], r[6], r[7], r[8]) for r in shown(form.ui.deliveries)) == [
        ("WB-2025-017", "KEN-FPU-1", "60", "58", "Good", "2 shells cracked"),
        ("WB-2025-017", "KEN-FPU-3", "5", "5", "New", "—"),
    ]


def test_a_refused_delivery_says_why_on_the_line_and_keeps_what_was_typed(qtbot, page):
    store = page.app.services.store
    dialog = delivery_form(qtbot, page)
    ui, table, model = dialog.ui, dialog.ui.lines, dialog.lines_model
    ui.waybill_reference.setFocus()
    qtbot.keyClicks(ui.waybill_reference, "WB-2025-018")
    radios = row_of(dialog, RADIO)
    type_in_cell(qtbot, table, radios, ReceiptColumn.RECEIVED, "3")
    type_in_cell(qtbot, table, radios, ReceiptColumn.ACCEPTED, "5")
    sentence = f"Line {radios + 1}: 5 accepted is more than the 3 received."
    assert dialog.line_problem(radios, "quantity_accepted") == sentence
    accepted = model.index(radios, ReceiptColumn.ACCEPTED)
    assert accepted.data(Qt.ItemDataRole.ToolTipRole) == sentence
    assert sentence in ui.linesError.text()
    qtbot.keyClick(ui.waybill_reference, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert (model.rows()[radios].received, model.rows()[radios].accepted) == (3, 5)

    # Only the database knows a serial number is already on an item: the service refuses, and
    # says so on the line.
    type_in_cell(qtbot, table, radios, ReceiptColumn.ACCEPTED, "1")
    type_in_cell(qtbot, table, radios, ReceiptColumn.RECEIVED, "1")
    table.setCurrentIndex(model.index(radios, ReceiptColumn.SERIALS))
    ui.serials.setFocus()
    ui.serials.insertPlainText("SN-TAKEN")
    qtbot.keyClick(ui.waybill_reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.line_problem(radios, "identifiers") != "", timeout=WAIT)
    assert dialog.line_problem(radios, "identifiers") == (
        f"Line {radios + 1}: serial number SN-TAKEN is already on item RAD-OLD-1 (Handheld "
        "radio). Check the number."
    )
    assert dialog.isVisible()
    # The reason stays on the line while the line is unchanged, whatever else is edited.
    ui.received_by.setFocus()
    qtbot.keyClicks(ui.received_by, ", Cpl Mwangi")
    qtbot.keyClick(ui.received_by, Qt.Key.Key_Tab)
    assert "SN-TAKEN is already on item RAD-OLD-1" in dialog.line_problem(radios, "identifiers")
    assert "SN-TAKEN is already on item RAD-OLD-1" in ui.linesError.text()
    assert ui.waybill_reference.text() == "WB-2025-018"
    assert (model.rows()[radios].received, model.rows()[radios].serials) == (1, ("SN-TAKEN",))
    assert pledge(store, "PL-CA-1").status == PledgeStatus.PLEDGED
    with store.read() as session:
        assert len(session.exec(select(Asset)).all()) == 1


def test_the_lines_model_passes_qtmodeltester(qtbot, qtmodeltester, page):
    dialog = delivery_form(qtbot, page)
    qtmodeltester.check(dialog.lines_model, force_py=True)
    assert Condition.NEW.value in [value for _text, value in dialog.lines_model.options(5)]
