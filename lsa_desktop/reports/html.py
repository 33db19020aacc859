"""The pieces every printed document is built from: escaping, numbers and dates in the reader's
language, and the HTML page that ``printing`` lays out on paper.

Pure Python, no Qt: a document is a string built from plain values, so its content is tested
without a screen. The markup keeps to what ``QTextDocument`` renders (HTML 4 tables with
``border``/``cellpadding`` attributes, a small CSS subset, no floats or flexbox).

A document carries its page furniture in ``<meta>`` tags: the classification marking
(``lsa-classification``) and the footer note (``lsa-footer``). :mod:`lsa_desktop.reports.printing`
reads them back with :func:`page_furniture` to draw them on every page, so no caller can print a
document and forget its marking.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from itertools import takewhile

#: The languages a document can be printed in; anything else falls back to the first.
LANGUAGES = ("en", "fr")

CLASSIFICATION_META = "lsa-classification"
FOOTER_META = "lsa-footer"
#: Shown where a value is missing (a date not set, a quantity not approved yet).
MISSING = "\u2014"

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}
#: (thousands separator, decimal mark). French groups with a no-break space, so a figure never
#: wraps across two lines of a narrow column.
_NUMBER_MARKS = {"en": (",", "."), "fr": ("\u00a0", ",")}

#: Black on white with thin grey rules: it photocopies and faxes, and it prints the same on a
#: colour or a monochrome printer.
_STYLE = """
body { font-family: 'Segoe UI', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif;
       font-size: 9pt; color: #000000; }
h1 { font-size: 14pt; font-weight: bold; margin-top: 2px; margin-bottom: 10px; }
h2 { font-size: 10.5pt; font-weight: bold; margin-top: 18px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-color: #808080; font-size: 8pt; }
table.grid th { background-color: #e6e6e6; font-weight: bold; }
table.grid td, table.grid th { border-width: 1px; border-style: solid; border-color: #808080; }
td.label { color: #404040; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: bold; background-color: #f2f2f2; }
.muted { color: #404040; font-size: 8pt; }
.mission { font-size: 10pt; font-weight: bold; color: #404040; }
"""


def language_of(language: str) -> str:
    """The supported language nearest to a setting such as "fr", "fr_HT" or "en-GB"."""
    base = language.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else LANGUAGES[0]


def esc(value: object) -> str:
    """``value`` as text safe inside an element or an attribute."""
    return html.escape(str(value), quote=True)


def paragraphs(text: str) -> str:
    """Text typed in a multi-line box, escaped, its line breaks kept; :data:`MISSING` when empty."""
    lines = text.strip().splitlines()
    if not lines:
        return MISSING
    return "<br>".join(esc(line) for line in lines)


def number(value: float, language: str, decimals: int = 0) -> str:
    """``value`` with thousands separators: 12,345.50 in English, 12 345,50 in French."""
    thousands, decimal = _NUMBER_MARKS[language_of(language)]
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def money(value: float, language: str) -> str:
    """A USD amount to the cent, without the currency (the column header names it)."""
    return number(value, language, decimals=2)


def day(value: date | None, language: str) -> str:
    """A date an officer of any contingent reads one way only: 4 Mar 2026 / 4 mars 2026."""
    if value is None:
        return MISSING
    month = _MONTHS[language_of(language)][value.month - 1]
    return f"{value.day} {month} {value.year}"


def moment(value: datetime, language: str, zone: datetime | None = None) -> str:
    """A date and time with its zone, shown in the zone of ``zone`` when it has one (the time of
    printing), so every time on a page is read on the same clock: 4 Mar 2026 14:05 UTC."""
    if zone is not None and zone.tzinfo is not None and value.tzinfo is not None:
        value = value.astimezone(zone.tzinfo)
    name = value.tzname() or ""
    return f"{day(value.date(), language)} {value:%H:%M} {name}".rstrip()


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a :func:`grid`.

    ``width_pct`` is its share of the width; numbers are aligned right and never wrapped (a
    figure broken over two lines misreads). Adjacent columns with the same ``group`` share a
    header cell above their own ("Quantity" over "Requested" and "Approved").
    """

    header: str
    width_pct: int
    numeric: bool = False
    group: str = ""


def grid(
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    *,
    footer: Iterable[Sequence[str]] = (),
) -> str:
    """A ruled table whose header repeats at the top of every page it runs onto.

    Cells are markup already escaped by the caller (a cell may hold two lines). ``footer`` rows
    are printed bold on a grey ground (the totals); an empty footer cell is absorbed by the next
    cell that has something.
    """
    body = "".join(
        "<tr>"
        + "".join(f"<td{_cell(c)}>{cell}</td>" for c, cell in zip(columns, row, strict=True))
        + "</tr>"
        for row in rows
    )
    totals = "".join(f'<tr class="total">{_spanned(columns, row)}</tr>' for row in footer)
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{_header_rows(columns)}</thead><tbody>{body}{totals}</tbody></table>"
    )


def _header_rows(columns: Sequence[Column]) -> str:
    """One header row, or two when columns are grouped: ungrouped headers then span both."""
    if not any(c.group for c in columns):
        return "<tr>" + "".join(_th(c) for c in columns) + "</tr>"
    top, under = [], []
    index = 0
    while index < len(columns):
        column = columns[index]
        if not column.group:
            top.append(_th(column, ' rowspan="2"'))
            index += 1
            continue
        members = list(takewhile(lambda c, g=column.group: c.group == g, columns[index:]))
        width = sum(c.width_pct for c in members)
        top.append(f'<th colspan="{len(members)}" width="{width}%">{esc(column.group)}</th>')
        under.extend(_th(c) for c in members)
        index += len(members)
    return f"<tr>{''.join(top)}</tr><tr>{''.join(under)}</tr>"


def _th(column: Column, span: str = "") -> str:
    align = ' align="right"' if column.numeric else ""
    return f'<th width="{column.width_pct}%"{span}{align}>{esc(column.header)}</th>'


def _cell(column: Column) -> str:
    return ' align="right" style="white-space: nowrap"' if column.numeric else ""


def _spanned(columns: Sequence[Column], row: Sequence[str]) -> str:
    """A footer row: each empty cell is absorbed by the nearest non-empty cell after it."""
    cells = []
    span = 1
    for column, cell in zip(columns, row, strict=True):
        if not cell:
            span += 1
            continue
        colspan = f' colspan="{span}"' if span > 1 else ""
        cells.append(f"<td{colspan}{_cell(column)}>{cell}</td>")
        span = 1
    return "".join(cells)


def fields(pairs: Sequence[tuple[str, str]], per_row: int = 2) -> str:
    """Labelled values in a borderless block, ``per_row`` pairs a row: the header of a form.

    Labels and values are markup already escaped by the caller.
    """
    label_pct = 100 // per_row * 3 // 10
    value_pct = 100 // per_row - label_pct
    rows = []
    for start in range(0, len(pairs), per_row):
        chunk = list(pairs[start : start + per_row])
        chunk += [("", "")] * (per_row - len(chunk))
        rows.append(
            "<tr>"
            + "".join(
                f'<td class="label" width="{label_pct}%">{label}</td>'
                f'<td width="{value_pct}%"><b>{value}</b></td>'
                for label, value in chunk
            )
            + "</tr>"
        )
    return f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


def document(
    *,
    title: str,
    body: str,
    classification: str,
    footer: str,
    language: str,
) -> str:
    """A whole HTML page: ``title`` (the PDF's title too), the marking and the footer note for
    the page furniture, and ``body`` (markup)."""
    metas = {CLASSIFICATION_META: classification.strip(), FOOTER_META: footer}
    meta = "".join(f'<meta name="{esc(k)}" content="{esc(v)}">' for k, v in metas.items())
    return (
        f'<!DOCTYPE html><html lang="{language_of(language)}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>{meta}<style>{_STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What a document asks to be drawn on every page."""

    title: str = ""
    classification: str = ""
    footer: str = ""


class _FurnitureParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("name"):
            self.meta[values["name"] or ""] = values.get("content") or ""
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def page_furniture(document_html: str) -> PageFurniture:
    """The title, marking and footer note a document built by :func:`document` carries."""
    head_end = document_html.lower().find("</head>")
    parser = _FurnitureParser()
    parser.feed(document_html if head_end < 0 else document_html[:head_end])  # the head alone
    return PageFurniture(
        title=parser.title.strip(),
        classification=parser.meta.get(CLASSIFICATION_META, "").strip(),
        footer=parser.meta.get(FOOTER_META, "").strip(),
    )
