"""The printed requisition as HTML: what it says, in which words, and that typed text stays text.

The HTML is read back as a reader sees it (tags dropped, entities decoded), so a test checks the
words on the page, not the markup around them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser

from lsa_desktop.domain.enums import Decision, Priority, RequisitionStatus
from lsa_desktop.domain.requisitions import Coverage
from lsa_desktop.reports.html import page_furniture
from lsa_desktop.reports.requisition_html import requisition_html
from lsa_desktop.services.requisitions import (
    ApprovalDetail,
    RequisitionDetail,
    RequisitionLineDetail,
)

S = RequisitionStatus
HAITI = timezone(timedelta(hours=-5))
PRINTED_AT = datetime(2026, 3, 5, 8, 15, tzinfo=HAITI)
NBSP = "\u00a0"


def line(code: str, name: str, requested: int, approved: int | None, cost: float, **more):
    values = dict(
        id=uuid.uuid4(),
        equipment_type_id=uuid.uuid4(),
        type_code=code,
        type_name=name,
        category_name="Equipment",
        unit_of_measure="each",
        serialised=True,
        quantity_requested=requested,
        quantity_approved=approved,
        unit_cost_usd=cost,
        remarks="",
        pledged=0,
        delivered=0,
        coverage=Coverage.NONE,
    )
    values.update(more)
    return RequisitionLineDetail(**values)


def approval(approver: str, role: str, decision: Decision, at: datetime, round_: int, comment=""):
    return ApprovalDetail(
        id=uuid.uuid4(),
        approver=approver,
        role=role,
        decision=decision,
        comment=comment,
        decided_at=at,
        submission_round=round_,
    )


def requisition(**overrides) -> RequisitionDetail:
    """REQ-2026-0004, submitted: night-vision goggles and radios for the second unit."""
    values = dict(
        id=uuid.uuid4(),
        reference="REQ-2026-0004",
        unit_id=uuid.uuid4(),
        unit_code="KEN-FPU-2",
        unit_name="Formed Police Unit 2",
        requested_by="Chief Insp. Mwangi",
        requested_on=date(2026, 3, 1),
        required_by=date(2026, 4, 15),
        priority=Priority.URGENT,
        status=S.SUBMITTED,
        justification="Night patrols lack goggles.",
        operational_impact="Two sections stay in base after dark.",
        submission_round=1,
        lines=(
            line("NVG-MONO", "Night-vision goggles", 24, None, 4200.0),
            line("COM-RAD-HH", "Handheld radio", 40, None, 850.0),
            line("BAT-AA", "Batteries, AA", 1200, None, 0.65, unit_of_measure="piece"),
        ),
        approvals=(),
        required_approvers=("*",),
        timeline=(),
        allowed_actions=frozenset(),
        mission_name="Multinational Security Support Mission in Haiti",
    )
    values.update(overrides)
    return RequisitionDetail(**values)


def render(detail: RequisitionDetail, language: str = "en", classification="RESTRICTED") -> str:
    return requisition_html(
        detail,
        classification=classification,
        printed_by="Insp. Achieng",
        printed_at=PRINTED_AT,
        language=language,
    )


class _Reader(HTMLParser):
    """The text of the body as a reader sees it, a cell as ``| text``, and the tags it opens."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_body = self._in_body or tag == "body"
        if tag in ("td", "th"):
            self.text.append(" | ")
        elif tag in ("br", "tr", "p", "h1", "h2"):
            self.text.append("\n")

    def handle_data(self, data):
        if self._in_body:
            self.text.append(data)


def read(html: str) -> tuple[str, list[str]]:
    """(the text, one space between words, lines kept; every tag opened, in order)."""
    reader = _Reader()
    reader.feed(html)
    lines = "".join(reader.text).split("\n")
    return "\n".join(re.sub(r" +", " ", one).strip() for one in lines), reader.tags


def text_of(html: str) -> str:
    return read(html)[0]


def total_row(html: str) -> list[str]:
    """The cells of the lines table's total row that hold something."""
    match = re.search(r'<tr class="total">(.*?)</tr>', html)
    assert match, "the lines table has no total row"
    cells = text_of(f"<body>{match.group(1)}</body>").split("|")
    return [cell.strip() for cell in cells if cell.strip()]


# --- typed text stays text ------------------------------------------------------------------------


def test_typed_markup_prints_literally_and_opens_no_tag():
    hostile = "<script>alert('x')</script> & <b>bold</b>"
    detail = requisition(
        justification=hostile,
        operational_impact=hostile,
        requested_by="O'Brien <QM>",
        unit_code="KEN<2>",
        unit_name="Unit <1> & 2",
        mission_name="Mission <M> & co",
        lines=(
            line(
                "X<1>",
                "Goggles <Gen 3> & mounts",
                2,
                None,
                10.0,
                remarks="<i>spare</i>",
                unit_of_measure="box <48>",
            ),
        ),
        approvals=(approval("A & B", "<Role>", Decision.APPROVED, PRINTED_AT, 1, hostile),),
        required_approvers=("<Role>", "Force <Commander>"),
    )
    html = requisition_html(
        detail,
        classification='SECRET"><script>',
        printed_by="<me> & co",
        printed_at=PRINTED_AT,
    )
    text, tags = read(html)

    assert "script" not in tags and "i" not in tags
    for raw in ("<script>", "<b>bold</b>", "<i>", "<me>", "<QM>", "<1>", "<Role>"):
        assert raw not in html
    assert text.count(hostile) == 3  # justification, impact, the comment
    for typed in (
        "O'Brien <QM>",
        "KEN<2>",
        "Unit <1> & 2",
        "Mission <M> & co",
        "X<1>",
        "Goggles <Gen 3> & mounts",
        "<i>spare</i>",
        "box <48>",
        "A & B",
        "Force <Commander>",
    ):
        assert typed in text, typed
    furniture = page_furniture(html)
    assert furniture.classification == 'SECRET"><script>'
    assert furniture.footer.startswith("Printed by <me> & co on ")


def test_line_breaks_typed_in_the_justification_are_kept():
    html = render(requisition(justification="First line.\nSecond line."))
    assert "First line.<br>Second line." in html


# --- figures ----------------------------------------------------------------------------------------


def test_totals_are_the_sums_of_the_lines_with_thousands_separators():
    detail = requisition(
        status=S.APPROVED,
        lines=(
            line("NVG-MONO", "Night-vision goggles", 24, 18, 4200.0),
            line("COM-RAD-HH", "Handheld radio", 40, 40, 850.0),
            line("VEH-MRAP", "MRAP", 2, 0, 645_000.0),
        ),
    )
    requested = 24 * 4200.0 + 40 * 850.0 + 2 * 645_000.0
    approved = 18 * 4200.0 + 40 * 850.0 + 0 * 645_000.0
    assert (requested, approved) == (1_424_800.0, 109_600.0)
    assert (detail.total_requested_usd, detail.total_approved_usd) == (requested, approved)

    assert total_row(render(detail)) == ["Total", "1,424,800.00", "109,600.00"]
    text = text_of(render(detail))
    for figures in (
        "| 24 | 18 | 4,200.00 | 100,800.00 | 75,600.00",
        "| 40 | 40 | 850.00 | 34,000.00 | 34,000.00",
        "| 2 | 0 | 645,000.00 | 1,290,000.00 | 0.00",
    ):
        assert figures in text


def test_quantities_not_approved_yet_print_as_dashes_not_as_zero():
    detail = requisition()  # submitted, nothing approved
    assert total_row(render(detail)) == ["Total", "135,580.00", "\u2014"]
    assert "| 1,200 | \u2014 | 0.65 | 780.00 | \u2014" in text_of(render(detail))


def test_french_figures_group_with_a_no_break_space_and_a_decimal_comma():
    detail = requisition(status=S.APPROVED, lines=(line("NVG", "Goggles", 1200, 1000, 4200.5),))
    assert total_row(render(detail, "fr")) == [
        "Total",
        f"5{NBSP}040{NBSP}600,00",
        f"4{NBSP}200{NBSP}500,00",
    ]


# --- words ------------------------------------------------------------------------------------------


def test_the_page_says_what_and_whose_it_is():
    text = text_of(render(requisition()))
    assert "Multinational Security Support Mission in Haiti" in text
    assert "Requisition REQ-2026-0004" in text
    for label, value in (
        ("Requesting unit", "KEN-FPU-2 \u2013 Formed Police Unit 2"),
        ("Requested by", "Chief Insp. Mwangi"),
        ("Requested on", "1 Mar 2026"),
        ("Required by", "15 Apr 2026"),
        ("Priority", "Urgent"),
        ("Status", "Submitted, awaiting approval"),
    ):
        assert f"{label} | {value}" in text
    assert "Night patrols lack goggles." in text
    assert "Two sections stay in base after dark." in text


def test_a_missing_required_by_date_prints_a_dash():
    assert "Required by | \u2014" in text_of(render(requisition(required_by=None)))


def test_french_labels_when_asked():
    html = render(requisition(status=S.RETURNED), "fr")
    text = text_of(html)
    assert '<html lang="fr">' in html
    for words in (
        "Demande de matériel REQ-2026-0004",
        "Unité demandeuse",
        "Demandé par",
        "Date de la demande",
        "Requis pour le",
        "Priorité",
        "Urgente",
        "Renvoyée pour modification",
        "Articles demandés",
        "Quantité",
        "Coût unitaire (USD)",
        "Impact opérationnel",
        "Approbations",
        "1 mars 2026",
        "15 avr. 2026",
    ):
        assert words in text, words
    assert "Operational impact" not in text and "Requested by" not in text
    assert page_furniture(html).footer == "Imprimé par Insp. Achieng le 5 mars 2026 08:15 UTC-05:00"


def test_the_page_furniture_travels_in_the_document():
    furniture = page_furniture(render(requisition(), classification="  RESTRICTED "))
    assert furniture.title == "Requisition REQ-2026-0004"
    assert furniture.classification == "RESTRICTED"
    assert furniture.footer == "Printed by Insp. Achieng on 5 Mar 2026 08:15 UTC-05:00"


# --- approvals ----------------------------------------------------------------------------------------


def blank_blocks(html: str) -> int:
    return html.count("\u2610") // 3  # three tick boxes per block to fill in


def test_a_submitted_requisition_prints_a_blank_block_for_each_approval_still_needed():
    decided = approval("Insp. Wanjiru", "Chief Logistics Officer", Decision.APPROVED, PRINTED_AT, 1)
    detail = requisition(
        required_approvers=("Chief Logistics Officer", "Force Commander"), approvals=(decided,)
    )
    html = render(detail)
    text = text_of(html)
    assert "Requires the approval of: Chief Logistics Officer, Force Commander." in text
    assert blank_blocks(html) == 1
    blank = html[html.index("\u2610") - 600 : html.index("\u2610")]
    assert "Force Commander" in blank and "Chief Logistics Officer" not in blank
    for words in ("Insp. Wanjiru", "Chief Logistics Officer", "Approved", "5 Mar 2026 08:15"):
        assert words in text


def test_a_new_draft_asks_for_one_signature_by_anyone_but_the_requester():
    html = render(requisition(status=S.DRAFT, submission_round=0))
    assert "Requires one approval by a person other than the requester." in text_of(html)
    assert blank_blocks(html) == 1
    assert "Earlier decisions" not in text_of(html)


def test_a_reopened_draft_lists_the_return_as_history_and_asks_again():
    returned = approval(
        "Supt. Otieno", "Deputy Commander", Decision.RETURNED, PRINTED_AT, 1, "Add batteries."
    )
    html = render(requisition(status=S.DRAFT, approvals=(returned,)))
    text = text_of(html)
    assert blank_blocks(html) == 1
    history = text[text.index("Earlier decisions") :]
    assert "Supt. Otieno" in history and "Returned for changes" in history
    assert "Add batteries." in history


def test_an_approved_requisition_shows_its_decisions_and_no_blank_block():
    first = approval(
        "Supt. Otieno", "Deputy Commander", Decision.RETURNED, PRINTED_AT, 1, "Add batteries."
    )
    second = approval(
        "Insp. Wanjiru", "Chief Logistics Officer", Decision.APPROVED, PRINTED_AT, 2, "Go ahead."
    )
    html = render(requisition(status=S.APPROVED, submission_round=2, approvals=(first, second)))
    text = text_of(html)
    assert blank_blocks(html) == 0
    current, history = text.split("Earlier decisions")
    assert "Insp. Wanjiru" in current and "Go ahead." in current
    assert "Supt. Otieno" not in current
    assert "Supt. Otieno" in history and "Add batteries." in history


def test_a_rejected_requisition_asks_for_no_more_signatures():
    no = approval("Supt. Otieno", "Deputy Commander", Decision.REJECTED, PRINTED_AT, 1, "No funds.")
    html = render(requisition(status=S.REJECTED, required_approvers=("A", "B"), approvals=(no,)))
    assert blank_blocks(html) == 0
    assert "Rejected" in text_of(html) and "No funds." in text_of(html)


def test_two_entries_for_one_role_need_two_people():
    one = approval("Insp. Wanjiru", "Logistics Officer", Decision.APPROVED, PRINTED_AT, 1)
    detail = requisition(
        required_approvers=("Logistics Officer", "Logistics Officer"), approvals=(one,)
    )
    assert blank_blocks(render(detail)) == 1


def test_decision_times_are_shown_on_the_clock_of_the_printout():
    at = datetime(2026, 3, 4, 14, 5, tzinfo=UTC)
    decided = approval("Insp. Wanjiru", "CLO", Decision.APPROVED, at, 1)
    text = text_of(render(requisition(status=S.APPROVED, approvals=(decided,))))
    assert "4 Mar 2026 09:05 UTC-05:00" in text


def test_a_requisition_without_lines_says_so():
    text = text_of(render(requisition(lines=())))
    assert "No items on this requisition." in text


def test_remarks_print_under_the_item():
    detail = requisition(lines=(replace(requisition().lines[0], remarks="With head mounts"),))
    text = text_of(render(detail))
    assert "NVG-MONO Night-vision goggles\nWith head mounts" in text
