"""The supply story of issue 4, end to end, on the demo mission, as an officer lives it in the main
window: the night-vision gap of a formed unit becomes a requisition on the Equipment & gaps page,
is submitted, refused to its own requester and approved for less by another name, is answered in
part by a donor's pledge, and two deliveries bring the goggles into the unit; the requisition is
then saved as a PDF and read back. After each step the readiness JSON (what ``readiness --json``
prints), the Equipment & gaps row, the donor's figures and the records are checked.

Every step is a gesture on the widgets (clicks, keys, typing); services are called only to read
and check. The one stub is the operating system's file dialog, answered with a path in the test's
folder (the ``dialogs`` fixture of conftest.py), so the app's own ``ask_pdf_path`` still runs.

Demo figures (seed 42, lsa_desktop/services/demo): KE-FPU-2 is authorised 30 night-vision goggles
(OBS-NVG, USD 4,500 in the catalogue), holds 6, all serviceable, and Canada has pledged 15 more
(committed, none delivered): a gap of 30 - 6 - 15 = 9. Its Observation category (critical) has 8
serviceable of 36 authorised (22.2 %), the lowest of its critical categories, so it is also the
unit's readiness. The United Kingdom is a donor without any pledge yet.

The arithmetic of the story (gap = authorised - serviceable - pledged and not delivered):
  draft of 9, submitted, approved 8       serviceable  6, pledged 15, gap 9
  pledge of 5 against the requisition     serviceable  6, pledged 20, gap 4
  first delivery, 3 accepted              serviceable  9, pledged 17, gap 4   Observation 11/36
  second delivery, 2 accepted             serviceable 11, pledged 15, gap 4   Observation 13/36
On the Equipment & gaps row, "requested" is what open requisitions still wait for (approved less
delivered) and "uncovered" = gap - (requested not yet pledged).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from donor_gui import active, choose_in_cell, donor_cell, opened, select_donor, type_in_cell
from donor_gui import click as click_index
from fleet_gui import retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from requisition_gui import click, click_cell, press, type_keys
from sqlmodel import select

from lsa_desktop.domain.enums import AssetStatus, Decision, Owner, PledgeStatus, RequisitionStatus
from lsa_desktop.reports.requisition_labels import STATUS_LABELS
from lsa_desktop.store.models import Asset, EquipmentType, Unit
from lsa_desktop.views.dialogs.decision_dialog import ApprovedQuantitiesModel, DecisionDialog
from lsa_desktop.views.dialogs.delivery_dialog import DeliveryDialog
from lsa_desktop.views.dialogs.delivery_lines_model import ReceiptColumn
from lsa_desktop.views.dialogs.gap_request_dialog import GapRequestDialog
from lsa_desktop.views.dialogs.gap_request_model import GapColumn
from lsa_desktop.views.dialogs.pledge_dialog import PledgeDialog
from lsa_desktop.views.dialogs.pledge_lines_model import LineColumn as PledgeLine
from lsa_desktop.views.dialogs.requisition_dialog import RequisitionDialog
from lsa_desktop.views.dialogs.requisition_lines_model import LineColumn
from lsa_desktop.views.main_window import MainWindow
from lsa_desktop.views.pages.donor_columns import DonorColumn, PledgeColumn
from lsa_desktop.views.pages.donors_page import DonorsPage
from lsa_desktop.views.pages.equipment_page import EquipmentPage
from lsa_desktop.views.pages.requisitions_page import RequisitionsPage
from lsa_desktop.views.table_models.equipment_models import HoldingColumn as H

S = RequisitionStatus
WAIT = 10_000
USER = "Test User"  # the app's user (bind_app): the requester of what the app drafts
APPROVER, ROLE = "Supt. Kamau", "Chief Logistics Officer"
UNIT, NVG, NVG_NAME = "KE-FPU-2", "OBS-NVG", "Night-vision goggles"
DONOR = "United Kingdom"
MISSION = "Multinational Security Support Mission in Haiti"
SERIALS = ("UK-NVG-0001", "UK-NVG-0002", "UK-NVG-0003")
CTRL = Qt.KeyboardModifier.ControlModifier
EQUIPMENT, REQUISITIONS, DONORS = Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6
#: The figures of a donor's row: pledged, delivered and outstanding, each in items and USD.
DONOR_FIGURES = range(DonorColumn.PLEDGED_QTY, DonorColumn.OUTSTANDING_USD + 1)


@pytest.fixture
def window(qtbot, bind_app, demo_store):
    """The main window on the demo mission, as ``lsa-desktop`` opens it for the officer."""
    demo_store.user = USER  # gui.py names the writer of every change after the settings' user
    window = MainWindow(bind_app(demo_store))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    active(qtbot, window)
    qtbot.waitUntil(lambda: not window.current_page.loading, timeout=WAIT)
    return window


# --- what the officer does ------------------------------------------------------------------------


def reading(page) -> bool:
    """The page is reading (the Equipment page reads through the model of the tab on screen)."""
    return page.current_model().loading if isinstance(page, EquipmentPage) else page.loading


def go_to(qtbot, window: MainWindow, key: Qt.Key, kind: type):
    """Ctrl+<number> to a page; the page once it has read what it shows."""
    active(qtbot, window)  # back from a form: the headless platform does not give it back
    qtbot.keyClick(window, key, CTRL)
    page = window.current_page
    assert isinstance(page, kind)
    qtbot.waitUntil(lambda: not reading(page) and page.counts() is not None, timeout=WAIT)
    return page


def close_form(qtbot, window: MainWindow, form) -> None:
    """Close a read-only form with its Close button; the main window is active again."""
    click(qtbot, form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT)
    active(qtbot, window)


def show_the_gap(qtbot, page: EquipmentPage) -> None:
    """The unit chosen in the unit filter, the goggles' code typed in the search box: one row,
    which is clicked."""
    combo = page.ui.unitFilter
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(f"{UNIT} "))
    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        combo.setCurrentIndex(index)
    with qtbot.waitSignal(page.countChanged, timeout=WAIT):
        qtbot.keyClicks(page.ui.searchEdit, NVG)
    assert page.holdings_model.rowCount() == 1
    click_index(qtbot, page.ui.tableView, page.holdings_model.index(0, H.EQUIPMENT))


def row_shows(page: EquipmentPage, *columns: H) -> tuple[str, ...]:
    """The goggles' row of the holdings, as shown in ``columns``."""
    assert page.holdings_model.rowCount() == 1
    return tuple(page.holdings_model.index(0, column).data() for column in columns)


def wait_row(qtbot, page: EquipmentPage, column: H, text: str) -> None:
    """Until the page has read the last change and the row shows ``text`` in ``column``."""
    qtbot.waitUntil(
        lambda: (
            not reading(page)
            and page.holdings_model.rowCount() == 1
            and row_shows(page, column) == (text,)
        ),
        timeout=WAIT,
    )


def requisition_status(page: RequisitionsPage, reference: str) -> str:
    """The status the Requisitions list shows for ``reference``."""
    proxy = page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == reference)
    return proxy.index(row, 3).data()


def open_from_list(qtbot, page: RequisitionsPage, reference: str) -> RequisitionDialog:
    """Click the requisition in the list, Enter: its form, once shown."""
    table, proxy = page.ui.table, page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == reference)
    click_index(qtbot, table, proxy.index(row, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: isinstance(page.dialog, RequisitionDialog) and page.dialog.isVisible(),
        timeout=WAIT,
    )
    return active(qtbot, page.dialog)


def select_pledge(qtbot, page: DonorsPage, reference: str) -> None:
    """Click the pledge in the donor's list; wait until what it allows has been read."""
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    active(qtbot, page.window())  # back from a form
    table, model = page.ui.pledgesTable, page.ui.pledgesTable.model()
    reference_at = (model.index(r, PledgeColumn.REFERENCE) for r in range(model.rowCount()))
    click_index(qtbot, table, next(i for i in reference_at if i.data() == reference))
    table.setFocus()
    qtbot.waitUntil(lambda: not page.pledge_actions.loading, timeout=WAIT)


def record_delivery(qtbot, page: DonorsPage, pledge: str, waybill: str, received: int, serials):
    """Ctrl+D on the pledge, the waybill, the quantity received (accepted follows it), the serial
    numbers typed one per line (none: tags are generated), Enter; the delivery recorded."""
    select_pledge(qtbot, page, pledge)
    press(qtbot, Qt.Key.Key_D, CTRL)
    dialog = opened(qtbot, page, DeliveryDialog)
    ui, table = dialog.ui, dialog.ui.lines
    assert dialog.lines_model.rowCount() == 1  # the pledge's one line
    ui.waybill_reference.setFocus()
    qtbot.keyClicks(ui.waybill_reference, waybill)
    type_in_cell(qtbot, table, 0, ReceiptColumn.RECEIVED, str(received))
    assert dialog.lines_model.rows()[0].accepted == received
    table.setCurrentIndex(dialog.lines_model.index(0, ReceiptColumn.SERIALS))
    assert ui.serials.isEnabled()  # goggles are serialised items
    ui.serials.setFocus()
    for serial in serials:
        qtbot.keyClicks(ui.serials, serial)
        qtbot.keyClick(ui.serials, Qt.Key.Key_Return)
    assert ui.serialsCount.text() == (
        f"{len(serials)} serial numbers for {received} items accepted."
        if serials
        else f"None typed: the {received} items accepted get generated asset tags."
    )
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        qtbot.keyClick(ui.waybill_reference, Qt.Key.Key_Return)
    return saved.args[0]


# --- what the records say ---------------------------------------------------------------------------


def readiness(app) -> tuple[tuple[int, ...], dict, dict]:
    """From the readiness JSON: the goggles' gap of the unit as (authorised, serviceable, pledged
    and not delivered, gap), its Observation category and the unit."""
    report = app.services.readiness.to_json(app.services.readiness.report())
    (gap,) = (g for g in report["gaps"] if (g["unit"], g["equipment_code"]) == (UNIT, NVG))
    (unit,) = (u for u in report["units"] if u["code"] == UNIT)
    (observation,) = (c for c in unit["categories"] if c["code"] == "OBS")
    figures = tuple(gap[key] for key in ("authorised", "serviceable", "pledged_open", "gap"))
    return figures, observation, unit


def wait_donor_figures(qtbot, page: DonorsPage, *expected: str) -> None:
    qtbot.waitUntil(
        lambda: (
            not page.loading
            and tuple(donor_cell(page, DONOR, column) for column in DONOR_FIGURES) == expected
        ),
        timeout=WAIT,
    )


def catalogue_value(store) -> float:
    with store.read() as session:
        query = select(EquipmentType.unit_value_usd).where(EquipmentType.code == NVG)
        return session.exec(query).one()


def goggles_of_unit(store) -> list[Asset]:
    with store.read() as session:
        return list(
            session.exec(
                select(Asset)
                .join(Unit, Unit.id == Asset.unit_id)
                .join(EquipmentType, EquipmentType.id == Asset.equipment_type_id)
                .where(Unit.code == UNIT, EquipmentType.code == NVG)
            )
        )


def pdf_lines(path: Path) -> list[str]:
    """The PDF's text as poppler lays it out, one entry per line, spaces collapsed."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [" ".join(line.split()) for line in out.stdout.splitlines() if line.strip()]


# --- the story ----------------------------------------------------------------------------------------


def test_a_gap_becomes_a_requisition_a_pledge_two_deliveries_and_a_printout(
    qtbot, window, dialogs, tmp_path
):
    app = window.app
    store, requisitions_service = app.services.store, app.services.requisitions
    assert catalogue_value(store) == 4500.0

    # 1. Equipment & gaps: the goggles' gap of KE-FPU-2, selected, Ctrl+R, OK; open the draft.
    figures, start_observation, unit = readiness(app)
    assert figures == (30, 6, 15, 9)
    assert (start_observation["serviceable"], start_observation["authorised"]) == (8, 36)
    start_readiness = unit["readiness_pct"]
    equipment = go_to(qtbot, window, EQUIPMENT, EquipmentPage)
    show_the_gap(qtbot, equipment)
    assert row_shows(equipment, H.AUTHORISED, H.SERVICEABLE, H.PLEDGED, H.GAP) == (
        "30", "6", "15", "9",
    )  # fmt: skip
    assert row_shows(equipment, H.REQUESTED, H.UNCOVERED) == ("0", "9")
    delivered_before = int(row_shows(equipment, H.DELIVERED)[0])

    qtbot.keyClick(equipment.ui.tableView, Qt.Key.Key_R, CTRL)
    requests = equipment.gap_requests
    qtbot.waitUntil(
        lambda: isinstance(requests.dialog, GapRequestDialog) and requests.dialog.isVisible(),
        timeout=WAIT,
    )
    request = active(qtbot, requests.dialog)
    model = request.lines_model
    assert model.rowCount() == 1
    columns = (GapColumn.EQUIPMENT, GapColumn.GAP, GapColumn.PLEDGED, GapColumn.UNCOVERED)
    assert [model.index(0, column).data() for column in columns] == [NVG_NAME, "9", "15", "9"]
    assert model.index(0, GapColumn.QUANTITY).data() == "9"  # what nothing covers yet
    assert model.index(0, GapColumn.UNIT_VALUE).data() == "4,500.00"
    with qtbot.waitSignal(request.saved, timeout=WAIT) as created:
        click(qtbot, request.ok_button)
    (draft,) = created.args[0]
    reference = draft.reference
    assert (draft.status, draft.unit_code, draft.requested_by) == (S.DRAFT, UNIT, USER)

    box = requests.dialog
    qtbot.waitUntil(lambda: isinstance(box, QMessageBox) and box.isVisible(), timeout=WAIT)
    assert reference in box.text()
    click(qtbot, box.findChild(QPushButton, "openDraftsButton"))

    def draft_form() -> RequisitionDialog | None:
        forms = equipment.findChildren(RequisitionDialog)
        return next((f for f in forms if f.isVisible() and f.detail is not None), None)

    qtbot.waitUntil(lambda: draft_form() is not None, timeout=WAIT)
    form = active(qtbot, draft_form())
    assert form.detail.id == draft.id

    # 2. The requisition form: the line at the catalogue cost, the total; the justification the
    # app wrote is completed; Submit saves the change and sends it for approval.
    ui, lines = form.ui, form.lines_model
    assert ui.statusLabel.text().startswith("Draft")
    assert ui.unit_id.currentText().startswith(UNIT)
    assert NVG in lines.index(0, LineColumn.EQUIPMENT).data()
    shown = (LineColumn.QUANTITY, LineColumn.UNIT_COST, LineColumn.TOTAL)
    assert [lines.index(0, column).data() for column in shown] == ["9", "4,500.00", "40,500.00"]
    assert "40,500.00" in ui.totalLabel.text()
    assert ui.justification.toPlainText() == (
        f"Equipment gaps of {UNIT} against its authorised holdings: 9 x {NVG_NAME}."
    )
    ui.justification.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_keys(" Night patrols in Kenscoff: one team in five has goggles.")
    assert form.is_modified()
    with qtbot.waitSignal(form.actions.changed, timeout=WAIT) as changed:
        click(qtbot, ui.submitButton)
    submitted = changed.args[0]
    assert submitted.status is S.SUBMITTED
    assert submitted.justification.endswith("one team in five has goggles.")
    assert ui.statusLabel.text() == "Submitted: waiting for a decision (see the Approvals tab)."

    # A requisition answers the gap on the page, not in readiness: only pledges and items do.
    assert readiness(app)[0] == (30, 6, 15, 9)
    wait_row(qtbot, equipment, H.REQUESTED, "9")
    assert row_shows(equipment, H.PLEDGED, H.GAP, H.UNCOVERED) == ("15", "9", "0")
    close_form(qtbot, window, form)

    # 3. Requisitions: open it from the list; approving as the requester is refused, saying
    # why; another person approves 8 of the 9.
    requisitions = go_to(qtbot, window, REQUISITIONS, RequisitionsPage)
    assert requisition_status(requisitions, reference) == "Submitted"
    form = open_from_list(qtbot, requisitions, reference)
    click(qtbot, form.ui.approveButton)
    decision = form.actions.dialog
    assert isinstance(decision, DecisionDialog)
    active(qtbot, decision)
    assert decision.ui.approver.text() == USER
    press(qtbot, Qt.Key.Key_Return)
    assert decision.problem_text("approver") == (
        f"{USER} requested this requisition and cannot also decide on it: another person must."
    )
    assert decision.isVisible()
    assert requisitions_service.detail(draft.id).status is S.SUBMITTED
    retype(qtbot, decision.ui.approver, APPROVER)
    assert decision.problem_text("approver") == ""
    retype(qtbot, decision.ui.role, ROLE)
    click_cell(qtbot, decision.ui.lines, 0, ApprovedQuantitiesModel.APPROVED)
    type_keys("8")
    press(qtbot, Qt.Key.Key_Return)  # commits the cell; the dialog stays
    assert decision.ui.totalLabel.text() == "Approved: USD 36,000.00 of USD 40,500.00 requested."
    with qtbot.waitSignal(form.actions.changed, timeout=WAIT) as changed:
        click(qtbot, decision.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    approved = changed.args[0]
    assert approved.status is S.APPROVED
    (approval,) = approved.current_approvals
    assert (approval.approver, approval.role, approval.decision) == (
        APPROVER, ROLE, Decision.APPROVED,
    )  # fmt: skip
    assert form.ui.statusLabel.text() == "Approved: waiting for donors to pledge and deliver."
    assert form.lines_model.index(0, LineColumn.APPROVED).data() == "8"
    assert [row.approver for row in form.approvals.decisions.rows()] == [APPROVER]
    close_form(qtbot, window, form)
    qtbot.waitUntil(lambda: requisition_status(requisitions, reference) == "Approved", timeout=WAIT)

    # 4. Donors: a new pledge of the United Kingdom, one line answering the requisition, 5 of 8.
    donors = go_to(qtbot, window, DONORS, DonorsPage)
    wait_donor_figures(qtbot, donors, "0", "0", "0", "0", "0", "0")
    select_donor(qtbot, donors, DONOR)
    donors.ui.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    pledge_form = opened(qtbot, donors, PledgeDialog)
    assert pledge_form.ui.donor_id.currentText() == DONOR
    table = pledge_form.ui.lines
    table.setFocus()
    press(qtbot, Qt.Key.Key_Insert)  # a line
    choose_in_cell(qtbot, table, 0, PledgeLine.REQUISITION, f"{reference} · {UNIT} · {NVG_NAME}")
    (line,) = pledge_form.lines_model.lines()
    # The requisition line gives the unit and the value, and suggests the 8 approved.
    assert (line.unit_text, line.quantity, line.unit_value_usd) == (UNIT, 8, 4500.0)
    type_in_cell(qtbot, table, 0, PledgeLine.QUANTITY, "5")
    assert pledge_form.lines_model.index(0, PledgeLine.TOTAL).data() == "22,500.00"
    with qtbot.waitSignal(pledge_form.saved, timeout=WAIT) as saved:
        qtbot.keyClick(pledge_form.ui.reference, Qt.Key.Key_Return)
    pledge = saved.args[0]
    assert (pledge.donor_name, pledge.status, pledge.value_usd) == (
        DONOR, PledgeStatus.PLEDGED, 22_500.0,
    )  # fmt: skip

    assert readiness(app)[0] == (30, 6, 20, 4)  # pledged up by 5, the gap down by 5
    wait_donor_figures(qtbot, donors, "5", "22,500", "0", "0", "5", "22,500")
    equipment = go_to(qtbot, window, EQUIPMENT, EquipmentPage)
    wait_row(qtbot, equipment, H.PLEDGED, "20")
    # Requested: the 8 approved, 5 of them pledged; uncovered: 4 - (8 - 5).
    assert row_shows(equipment, H.GAP, H.REQUESTED, H.UNCOVERED) == ("4", "8", "1")

    # 5. Two deliveries on the pledge: 3 with their serial numbers, then 2 with generated tags.
    held_before = {asset.id for asset in goggles_of_unit(store)}
    assert len(held_before) == 6
    donors = go_to(qtbot, window, DONORS, DonorsPage)
    record_delivery(qtbot, donors, pledge.reference, "WB-UK-0117", 3, SERIALS)

    figures, observation, unit = readiness(app)
    assert figures == (30, 9, 17, 4)  # pledged became serviceable: the gap is unchanged
    assert observation["serviceable"] == start_observation["serviceable"] + 3
    assert observation["readiness_pct"] == round(100 * 11 / 36, 1)
    assert observation["readiness_pct"] > start_observation["readiness_pct"]
    assert unit["readiness_pct"] == observation["readiness_pct"] > start_readiness
    assert app.services.pledges.detail(pledge.id).status is PledgeStatus.PARTIALLY_DELIVERED
    requisition = requisitions_service.detail(draft.id)
    assert requisition.status is S.PARTIALLY_FULFILLED
    assert [(ln.quantity_approved, ln.pledged, ln.delivered) for ln in requisition.lines] == [
        (8, 5, 3)
    ]
    wait_donor_figures(qtbot, donors, "5", "22,500", "3", "13,500", "2", "9,000")
    arrived = [a for a in goggles_of_unit(store) if a.id not in held_before]
    assert sorted(a.serial_number for a in arrived) == list(SERIALS)
    assert {(a.status, a.owner) for a in arrived} == {(AssetStatus.IN_SERVICE, Owner.DONOR)}

    second = record_delivery(qtbot, donors, pledge.reference, "WB-UK-0123", 2, ())
    figures, observation, unit = readiness(app)
    assert figures == (30, 11, 15, 4)
    assert observation["serviceable"] == start_observation["serviceable"] + 5
    assert observation["readiness_pct"] == unit["readiness_pct"] == round(100 * 13 / 36, 1)
    assert app.services.pledges.detail(pledge.id).status is PledgeStatus.DELIVERED
    requisition = requisitions_service.detail(draft.id)
    assert requisition.status is S.PARTIALLY_FULFILLED  # 5 of the 8 approved have arrived
    assert [(ln.quantity_approved, ln.delivered) for ln in requisition.lines] == [(8, 5)]
    wait_donor_figures(qtbot, donors, "5", "22,500", "5", "22,500", "0", "0")
    (received,) = second.lines
    assert len(received.asset_tags) == 2
    assert donors.ui.noticeLabel.text().startswith(
        f"Delivery WB-UK-0123 on pledge {pledge.reference}: 2 × {NVG_NAME} added to {UNIT} ("
    )
    held = goggles_of_unit(store)
    assert len(held) == 11
    tagged = [a for a in held if a.id not in held_before and a.serial_number not in SERIALS]
    assert sorted(a.tag for a in tagged) == sorted(received.asset_tags)
    assert {a.status for a in tagged} == {AssetStatus.IN_SERVICE}

    equipment = go_to(qtbot, window, EQUIPMENT, EquipmentPage)
    wait_row(qtbot, equipment, H.SERVICEABLE, "11")
    assert row_shows(equipment, H.PLEDGED, H.GAP, H.REQUESTED, H.UNCOVERED) == (
        "15", "4", "3", "1",
    )  # fmt: skip
    assert int(row_shows(equipment, H.DELIVERED)[0]) == delivered_before + 5

    # 6. The requisition saved as a PDF from its form, and read back.
    requisitions = go_to(qtbot, window, REQUISITIONS, RequisitionsPage)
    qtbot.waitUntil(
        lambda: requisition_status(requisitions, reference) == "Partly fulfilled", timeout=WAIT
    )
    form = open_from_list(qtbot, requisitions, reference)
    shown = (LineColumn.APPROVED, LineColumn.PLEDGED, LineColumn.DELIVERED)
    assert [form.lines_model.index(0, column).data() for column in shown] == ["8", "5", "5"]
    target = tmp_path / "printed" / f"{reference}.pdf"
    target.parent.mkdir()
    dialogs.save_file = str(target)  # what the person types in the file dialog
    click(qtbot, form.ui.pdfButton)
    qtbot.waitUntil(lambda: form.ui.statusLabel.text() == f"Saved as {target}.", timeout=WAIT)
    paper = pdf_lines(target)
    assert paper[0] == paper[-1] == "RESTRICTED"  # the settings' marking, at the top and bottom
    assert paper[1:3] == [MISSION, f"Requisition {reference}"]
    status = STATUS_LABELS["en"][S.PARTIALLY_FULFILLED]
    assert f"Requested by {USER} Status {status}" in paper
    # No., item, unit of measure, quantities requested and approved, unit cost, values.
    assert f"1 {NVG} {NVG_NAME} each 9 8 4,500.00 40,500.00 36,000.00" in paper
    assert "Total 40,500.00 36,000.00" in paper
    approver = paper.index("Approver")
    assert paper[approver + 1 : approver + 4] == [
        f"Name {APPROVER}", f"Role {ROLE}", "Decision Approved",
    ]  # fmt: skip
    assert "one team in five has goggles." in " ".join(paper)
