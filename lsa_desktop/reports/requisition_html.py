"""The printed requisition: what an approver signs and a donor reads.

One page for a short requisition, more for a long one: the mission and the reference, the header
(unit, who asked, when, for when, priority, status), the lines with their values and totals, the
justification and the operational impact, then the approval blocks. A decision recorded in the
app prints with its approver, role, decision, time and comment; an approval still to be given
prints as an empty block to fill and sign by hand, so the paper can go round the offices when the
approvers have no laptop.

Pure Python: the words of each language are in :mod:`lsa_desktop.reports.requisition_labels`, so
a French printout is built the same way as an English one, without Qt's translator.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from lsa_desktop.domain.enums import RequisitionStatus
from lsa_desktop.domain.requisitions import (
    ANY_APPROVER,
    ApprovalDecision,
    approvals_complete,
)
from lsa_desktop.reports.html import (
    MISSING,
    Column,
    day,
    document,
    esc,
    fields,
    grid,
    language_of,
    moment,
    money,
    number,
    paragraphs,
)
from lsa_desktop.reports.requisition_labels import (
    DECISION_LABELS,
    LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
)

if TYPE_CHECKING:
    from lsa_desktop.services.requisitions import (
        ApprovalDetail,
        RequisitionDetail,
        RequisitionLineDetail,
    )

S = RequisitionStatus

#: States in which approvals are still to be given, so blank blocks are printed for them.
_AWAITING_DECISIONS = frozenset({S.DRAFT, S.SUBMITTED})
_TICK_BOX = "\u2610"


def requisition_html(
    detail: RequisitionDetail,
    *,
    classification: str,
    printed_by: str,
    printed_at: datetime,
    language: str = "en",
) -> str:
    """The requisition as an HTML document for :mod:`lsa_desktop.reports.printing`.

    ``classification`` is the marking printed at the top and bottom of every page;
    ``printed_at`` (preferably aware, in the local zone) is the clock every time is shown on.
    """
    lang = language_of(language)
    words = LABELS[lang]
    title = words["title"].format(reference=detail.reference)
    printed = words["printed"].format(user=printed_by.strip(), at=moment(printed_at, lang))
    mission = f'<p class="mission">{esc(detail.mission_name)}</p>' if detail.mission_name else ""
    body = "".join(
        (
            mission,
            f"<h1>{esc(title)}</h1>",
            _header(detail, lang),
            f"<h2>{esc(words['lines'])}</h2>",
            _lines(detail, lang),
            f"<h2>{esc(words['justification'])}</h2>",
            f"<p>{paragraphs(detail.justification)}</p>",
            f"<h2>{esc(words['impact'])}</h2>",
            f"<p>{paragraphs(detail.operational_impact)}</p>",
            _approvals(detail, lang, printed_at),
        )
    )
    return document(
        title=title, body=body, classification=classification, footer=printed, language=lang
    )


def _header(detail: RequisitionDetail, lang: str) -> str:
    words = LABELS[lang]
    unit = f"{detail.unit_code} \u2013 {detail.unit_name}" if detail.unit_name else detail.unit_code
    return fields(
        [
            (esc(words["unit"]), esc(unit)),
            (esc(words["priority"]), esc(PRIORITY_LABELS[lang][detail.priority])),
            (esc(words["requested_by"]), esc(detail.requested_by)),
            (esc(words["status"]), esc(STATUS_LABELS[lang][detail.status])),
            (esc(words["requested_on"]), esc(day(detail.requested_on, lang))),
            (esc(words["required_by"]), esc(day(detail.required_by, lang))),
        ]
    )


def _lines(detail: RequisitionDetail, lang: str) -> str:
    words = LABELS[lang]
    if not detail.lines:
        return f"<p>{esc(words['no_lines'])}</p>"
    quantity, value = words["quantity"], words["value"]
    columns = (
        Column(words["no"], 4, numeric=True),
        Column(words["item"], 26),
        Column(words["uom"], 9),
        Column(words["requested"], 11, numeric=True, group=quantity),
        Column(words["approved"], 11, numeric=True, group=quantity),
        Column(words["unit_cost"], 11, numeric=True),
        Column(words["requested"], 14, numeric=True, group=value),
        Column(words["approved"], 14, numeric=True, group=value),
    )
    rows = [_line_row(index, line, lang) for index, line in enumerate(detail.lines, start=1)]
    # Nothing approved yet is not "approved: 0.00".
    decided = any(line.quantity_approved is not None for line in detail.lines)
    approved = money(detail.total_approved_usd, lang) if decided else MISSING
    # The label sits right-aligned beside the figures, spanning the columns before them.
    total = [
        *([""] * 5),
        esc(words["total"]),
        esc(money(detail.total_requested_usd, lang)),
        esc(approved),
    ]
    return grid(columns, rows, footer=[total])


def _line_row(index: int, line: RequisitionLineDetail, lang: str) -> list[str]:
    item = f"<b>{esc(line.type_code)}</b> {esc(line.type_name)}"
    if line.remarks.strip():
        item += f'<br><span class="muted">{esc(line.remarks.strip())}</span>'
    approved = line.quantity_approved
    return [
        str(index),
        item,
        esc(line.unit_of_measure),
        esc(number(line.quantity_requested, lang)),
        esc(MISSING if approved is None else number(approved, lang)),
        esc(money(line.unit_cost_usd, lang)),
        esc(money(line.requested_usd, lang)),
        esc(MISSING if approved is None else money(line.approved_usd, lang)),
    ]


def _approvals(detail: RequisitionDetail, lang: str, printed_at: datetime) -> str:
    words = LABELS[lang]
    current, earlier = _rounds(detail)
    parts = [f"<h2>{esc(words['approvals'])}</h2>", f"<p>{esc(_requirement(detail, lang))}</p>"]
    parts.append(_requester_block(detail, lang))
    parts.extend(_decision_block(approval, lang, printed_at) for approval in current)
    if detail.status in _AWAITING_DECISIONS:
        parts.extend(_blank_block(entry, lang) for entry in _still_needed(detail, current))
    if earlier:
        parts.append(f"<h2>{esc(words['earlier'])}</h2>")
        parts.append(_earlier_table(earlier, lang, printed_at))
    return "".join(parts)


def _rounds(
    detail: RequisitionDetail,
) -> tuple[tuple[ApprovalDetail, ...], tuple[ApprovalDetail, ...]]:
    """(decisions of the round in progress, decisions of earlier rounds).

    A draft has no round in progress: it was never submitted, or it was returned and reopened,
    and the decisions that sent it back belong to the history.
    """
    if detail.status is S.DRAFT:
        return (), detail.approvals
    current = detail.current_approvals
    return current, tuple(a for a in detail.approvals if a not in current)


def _still_needed(detail: RequisitionDetail, current: Sequence[ApprovalDetail]) -> list[str]:
    """The required approvers no approval of this round answers yet, each to get a blank block.

    Entries are taken one by one and kept as answered while the approvals can still answer all
    those kept (the domain's matching): what is left is what still needs a signature.
    """
    decisions = [ApprovalDecision(a.approver, a.role, a.decision) for a in current]
    answered: list[str] = []
    needed: list[str] = []
    for entry in _required(detail):
        if approvals_complete([*answered, entry], decisions):
            answered.append(entry)
        else:
            needed.append(entry)
    return needed


def _required(detail: RequisitionDetail) -> tuple[str, ...]:
    return detail.required_approvers or (ANY_APPROVER,)


def _requirement(detail: RequisitionDetail, lang: str) -> str:
    words = LABELS[lang]
    required = _required(detail)
    if required == (ANY_APPROVER,):
        return words["requires_anyone"]
    entries = ", ".join(words["anyone"] if e == ANY_APPROVER else e for e in required)
    return words["requires"].format(entries=entries)


def _block(heading: str, rows: Sequence[tuple[str, str]], padding: int = 4) -> str:
    """A ruled block of labelled values under its heading, as one table without a header row,
    which printing keeps on one page (a signature never lands apart from its name).

    ``padding`` leaves room to write by hand in a block to fill in.
    """
    cells = "".join(
        f'<tr><td class="label" width="22%">{label}</td><td width="78%">{value}</td></tr>'
        for label, value in rows
    )
    return (
        f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="{padding}">'
        f'<tr><th colspan="2" align="left">{heading}</th></tr>{cells}</table><p></p>'
    )


def _signature_row(lang: str) -> tuple[str, str]:
    # Two blank lines of height: room for a hand signature.
    return (esc(LABELS[lang]["signature"]), "<br><br>")


def _requester_block(detail: RequisitionDetail, lang: str) -> str:
    words = LABELS[lang]
    return _block(
        esc(words["requester"]),
        [
            (esc(words["name"]), f"<b>{esc(detail.requested_by)}</b>"),
            (esc(words["date"]), esc(day(detail.requested_on, lang))),
            _signature_row(lang),
        ],
    )


def _decision_block(approval: ApprovalDetail, lang: str, printed_at: datetime) -> str:
    words = LABELS[lang]
    return _block(
        esc(words["approver"]),
        [
            (esc(words["name"]), f"<b>{esc(approval.approver)}</b>"),
            (esc(words["role"]), esc(approval.role) or MISSING),
            (esc(words["decision"]), f"<b>{esc(DECISION_LABELS[lang][approval.decision])}</b>"),
            (esc(words["date_time"]), esc(moment(approval.decided_at, lang, printed_at))),
            (esc(words["comment"]), paragraphs(approval.comment)),
            _signature_row(lang),
        ],
    )


def _blank_block(entry: str, lang: str) -> str:
    """An approval still to be given, to be filled in by hand: the role is printed when the rules
    name one, the decision is three boxes to tick."""
    words = LABELS[lang]
    boxes = "&nbsp;&nbsp;&nbsp;".join(
        f"{_TICK_BOX} {esc(label)}" for label in DECISION_LABELS[lang].values()
    )
    role = "" if entry == ANY_APPROVER else esc(entry)
    return _block(
        esc(words["approver"]),
        [
            (esc(words["name"]), ""),
            (esc(words["role"]), role),
            (esc(words["decision"]), boxes),
            (esc(words["date_time"]), ""),
            (esc(words["comment"]), "<br>"),
            _signature_row(lang),
        ],
        padding=7,
    )


def _earlier_table(approvals: Sequence[ApprovalDetail], lang: str, printed_at: datetime) -> str:
    words = LABELS[lang]
    columns = (
        Column(words["round"], 13, numeric=True),
        Column(words["name"], 17),
        Column(words["role"], 16),
        Column(words["decision"], 15),
        Column(words["date_time"], 15),
        Column(words["comment"], 24),
    )
    rows = [
        [
            str(a.submission_round),
            esc(a.approver),
            esc(a.role) or MISSING,
            esc(DECISION_LABELS[lang][a.decision]),
            esc(moment(a.decided_at, lang, printed_at)),
            paragraphs(a.comment),
        ]
        for a in approvals
    ]
    return grid(columns, rows)
