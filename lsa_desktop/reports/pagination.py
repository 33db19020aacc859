"""Where the pages of a printed document break: never through a signature block, never just
after a heading.

``QTextDocument`` breaks a paged document between any two lines. :func:`keep_blocks_whole` moves
breaks on top of its layout, for :func:`lsa_desktop.reports.printing.paint_document`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

#: A heading is kept with what follows it across at most this many short paragraphs.
_LEAD_IN_PARAGRAPHS = 2


def keep_blocks_whole(document: QTextDocument) -> None:
    """Move page breaks so that a signature block or a heading is never cut off by one.

    ``QTextDocument`` breaks anywhere between lines. Two rules on top of that, applied to the
    top level of a laid-out, paged document:

    - a table without a header row is a block (a signature block, a set of fields): when it
      fits on a page it starts on a new page rather than break, taking the heading just above it
      (and the short paragraphs between) along; a table with a header row (the lines) breaks
      between rows, its header repeated;
    - a heading never ends a page: it moves to the next page with what follows it.

    Each move shifts everything after it, so the first offence is fixed, the layout redone and
    the document looked at again, until nothing moves.
    """
    height = document.pageSize().height()
    for _ in range(len(_top_level(document))):  # each pass moves one element, at most each once
        if not _move_first_break(document, height):
            return


def _top_level(document: QTextDocument) -> list[QTextBlock | QTextTable]:
    """The blocks and tables of the root frame, in order, without the empty blocks Qt adds."""
    elements: list[QTextBlock | QTextTable] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            elements.append(frame)
        elif frame is None and iterator.currentBlock().text().strip():
            elements.append(iterator.currentBlock())
        iterator += 1
    return elements


def _move_first_break(document: QTextDocument, height: float) -> bool:
    """Fix the first element a page break cuts off, if any; whether anything moved."""
    layout = document.documentLayout()
    elements = _top_level(document)
    for index, element in enumerate(elements):
        if isinstance(element, QTextTable):
            if element.format().headerRowCount() > 0:
                continue
            target = _lead_in(elements, index)
            if _whole(layout, element, target, height) or _breaks_before(target):
                continue  # whole already, or it starts a page and is still cut: it must break
            _set_break_before(target, True)
            if _whole(layout, element, target, height):
                return True
            _set_break_before(target, False)  # taller than a page: let it break
        elif element.blockFormat().headingLevel() and index + 1 < len(elements):
            top = layout.blockBoundingRect(element).top()
            following = elements[index + 1]
            if isinstance(following, QTextTable):
                start = layout.frameBoundingRect(following).top()
            else:
                start = layout.blockBoundingRect(following).top()
            if _page(start, height) > _page(top, height) and not _breaks_before(element):
                _set_break_before(element, True)
                return True
    return False


def _whole(
    layout: QAbstractTextDocumentLayout,
    table: QTextTable,
    lead_in: QTextBlock | QTextTable,
    height: float,
) -> bool:
    """Whether ``table`` is on one page, and on the same page as its lead-in (Qt may have moved
    the table to the next page by itself, leaving its heading behind)."""
    rect = layout.frameBoundingRect(table)
    if _crosses(rect, height):
        return False
    if lead_in is table:
        return True
    return _page(layout.blockBoundingRect(lead_in).top(), height) == _page(rect.top(), height)


def _page(y: float, height: float) -> int:
    return int(y // height)


def _crosses(rect: QRectF, height: float) -> bool:
    return _page(rect.top(), height) != _page(rect.bottom() - 1, height)


def _lead_in(elements: list[QTextBlock | QTextTable], index: int) -> QTextBlock | QTextTable:
    """What must move with the table at ``index``: the heading just above it, with at most
    :data:`_LEAD_IN_PARAGRAPHS` paragraphs between, or the table alone."""
    for back in range(index - 1, max(-1, index - 2 - _LEAD_IN_PARAGRAPHS), -1):
        element = elements[back]
        if isinstance(element, QTextTable):
            break
        if element.blockFormat().headingLevel():
            return element
    return elements[index]


def _breaks_before(element: QTextBlock | QTextTable) -> bool:
    policy = element.format() if isinstance(element, QTextTable) else element.blockFormat()
    return bool(policy.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _set_break_before(element: QTextBlock | QTextTable, on: bool) -> None:
    flag = (
        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if on
        else QTextFormat.PageBreakFlag.PageBreak_Auto
    )
    if isinstance(element, QTextTable):
        table_format = element.format()
        table_format.setPageBreakPolicy(flag)
        element.setFormat(table_format)
    else:
        block_format = element.blockFormat()
        block_format.setPageBreakPolicy(flag)
        QTextCursor(element).setBlockFormat(block_format)
