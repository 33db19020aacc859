"""A property of the writer, over thousands of hostile strings drawn by a seeded generator: any
text written reads back unchanged (characters XML cannot hold aside, replaced with U+FFFD), in
the app's reader and in openpyxl, and never as a formula."""

from __future__ import annotations

import random

import pytest
from xlsx_readback import calamine_rows, ooxml_unescape, openpyxl_book, sheet_xml

from lsa_desktop.excel.cell_text import MAX_CELL_TEXT, needs_quote_prefix, safe_text, utf16_length
from lsa_desktop.excel.writer import SheetSpec, write_workbook

ALPHABETS = (
    "=+-@\t\r",  # what makes a spreadsheet evaluate text
    "".join(map(chr, range(0x20))) + "\x7f",  # control characters, the legal three among them
    "😀👮🏽\u200d♀️🇭🇹𝔘\U0010fffd",  # beyond the Basic Multilingual Plane: two UTF-16 units each
    "\ud800\udbff\udc00\udfff",  # lone surrogates
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069",  # right-to-left marks, overrides
    "\ufffe\uffff\ufeff\ufffd\u00a0\u200b\u0301",  # non-characters, BOM, NBSP, zero width, accent
    "&<>\"';",  # XML's own characters
    "abcXYZ 019éàçÉÑ",  # ordinary text
    "漢字カナ한글",  # wide characters
    "\n\n  ",  # line breaks and spaces, leading and trailing too
)

FRAGMENTS = (
    "_x0041_",  # OOXML's escape, written literally
    "_x000D_",
    "_x005F_",
    "_xD800_",
    "<r>",
    "</r>",
    "<t>",
    "]]>",
    "&amp;",
    "=SUM(A1:A9)",
    '=HYPERLINK("http://x.invalid","click")',
    "=cmd|' /C calc'!A0",  # the classic DDE payload
    "+509 3456 7890",
    "http://example.invalid/",
    "0012",
    "1e5",
    "TRUE",
    "#N/A",
    "2025-03-01",
)


def hostile_text(rng: random.Random) -> str:
    length = rng.choice((1, 1, 2, 3, 5, 8, 13, 40, 200, 1_000))
    parts: list[str] = []
    size = 0
    while size < length:
        if rng.random() < 0.2:
            part = rng.choice(FRAGMENTS)
        else:
            alphabet = rng.choice(ALPHABETS)
            part = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        parts.append(part)
        size += len(part)
    text = "".join(parts)
    if rng.random() < 0.05:
        text = f"<r>{text}</r>"  # the shape XlsxWriter takes for its own XML
    return text


def long_text(rng: random.Random, units: int) -> str:
    """Text of ``units`` UTF-16 units at most, drawn from every alphabet (a full cell)."""
    pool = "".join(ALPHABETS)
    chars = []
    total = 0
    while True:
        ch = rng.choice(pool)
        width = 2 if ord(ch) > 0xFFFF else 1
        if total + width > units:
            return "".join(chars)
        chars.append(ch)
        total += width


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_text_reads_back_unchanged_and_never_as_a_formula(tmp_path, seed):
    rng = random.Random(seed)
    texts = [hostile_text(rng) for _ in range(4_000)]
    texts += [
        long_text(rng, MAX_CELL_TEXT),
        long_text(rng, MAX_CELL_TEXT - 1),
        long_text(rng, 20_000),
    ]
    texts.append("=" + long_text(rng, MAX_CELL_TEXT - 1))
    width = 4
    headers = [hostile_text(rng) or "h" for _ in range(width)]
    rows = [texts[i : i + width] for i in range(0, len(texts), width)]
    path = tmp_path / "hostile.xlsx"

    write_workbook(path, [SheetSpec("Hostile", headers, iter(rows))])

    expected = [[safe_text(text) for text in row] for row in [headers, *rows]]
    assert all(utf16_length(text) <= MAX_CELL_TEXT for row in expected for text in row)
    read = calamine_rows(path)
    read = [row[: len(wanted)] for row, wanted in zip(read, expected, strict=True)]
    assert read == expected

    sheet = openpyxl_book(path)["Hostile"]
    for cells, wanted in zip(sheet.iter_rows(), expected, strict=True):
        for cell, text in zip(cells, wanted, strict=False):
            assert cell.data_type == "s", (cell.coordinate, text)
            assert ooxml_unescape(cell.value) == text, cell.coordinate
            if cells[0].row > 1:
                assert cell.quotePrefix == needs_quote_prefix(text), cell.coordinate
    assert "<f>" not in sheet_xml(path)
