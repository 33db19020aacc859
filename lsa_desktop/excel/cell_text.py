"""Text made safe to put in a workbook cell: what XML cannot hold, what a spreadsheet would
evaluate, what a cell cannot hold, and how wide it shows.

Spreadsheets evaluate a cell typed as ``=...``; a cell whose text starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is the classic "formula injection" (OWASP, CSV injection), so the
writer marks such text with a quote prefix (:func:`needs_quote_prefix`): shown and edited as text,
never evaluated, and a phone number such as ``+509 3456 7890`` keeps its plus sign.
"""

from __future__ import annotations

import re
import unicodedata

#: Excel's limit for the text of one cell, in UTF-16 code units (an emoji counts two).
MAX_CELL_TEXT = 32_767

#: The first characters that make a spreadsheet read typed text as a formula.
FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")

#: What XML 1.0 cannot hold: control characters other than tab, LF and CR; lone surrogates
#: (a Python string can hold one, UTF-8 cannot encode it); the non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: What replaces a character XML cannot hold: visible, so the loss is seen, never silent.
REPLACEMENT = "\ufffd"


def safe_text(value: str) -> str:
    """``value`` with every character XML cannot hold replaced by U+FFFD (one for one, so the
    length and every other character are kept); a file holding one could be opened by no program.
    """
    return _NOT_XML.sub(REPLACEMENT, value)


def needs_quote_prefix(text: str) -> bool:
    """True for text a spreadsheet would evaluate (or re-evaluate once edited) as a formula."""
    return text.startswith(FORMULA_STARTERS)


def utf16_length(text: str) -> int:
    """The length Excel counts: characters beyond the Basic Multilingual Plane count two."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def too_long_for_a_cell(text: str) -> bool:
    # Text under half the limit cannot exceed it however it is counted: skip the count.
    return len(text) > MAX_CELL_TEXT // 2 and utf16_length(text) > MAX_CELL_TEXT


def display_width(text: str) -> int:
    """Roughly how many digit widths ``text`` takes in a cell: its longest line, with wide
    (East Asian, emoji) characters counted twice."""
    if text.isascii() and "\n" not in text:
        return len(text)
    return max(_line_width(line) for line in text.split("\n"))


def _line_width(line: str) -> int:
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
