"""Putting a document on paper: to a printer with a preview, or to a PDF file.

A document is HTML built by the other ``reports`` modules. It is laid out by ``QTextDocument`` in
pages the size of the paper less its margins and the two bands kept for the page furniture, then
each page is painted: the classification marking above and below, the footer note (who printed
it, when) and "Page N of M" at the bottom. Qt's own ``QTextDocument.print`` cannot draw a
marking on every page, hence :func:`paint_document`, which the printer, the preview and the PDF
all use, so what the preview shows is what comes out.

The layout uses the paint device itself (``QAbstractTextDocumentLayout.setPaintDevice``), so
fonts are measured at the printer's resolution and lengths the HTML gives in pixels are scaled
to it. Tables break between rows, and a table's ``<thead>`` row is repeated on every page.

A document may show images (the summary's charts): the HTML names them (``<img src="name">``)
and the caller hands them over as :data:`DocumentImages`, drawn at the size the HTML gives them,
so an image made at the printer's resolution prints sharp.

A PDF is rendered in memory, then written to a temporary file in the chosen folder and renamed
over the target in one step: a failure (disk full, folder not writable) leaves no half file and
raises a :class:`~lsa_desktop.errors.UserError` naming the file. Nothing here touches a widget
(the preview and the save dialog are :mod:`lsa_desktop.reports.print_dialogs`), so
:func:`write_pdf` may run off the GUI thread.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from lsa_desktop import APP_NAME
from lsa_desktop.errors import UserError
from lsa_desktop.reports.html import PageFurniture, page_furniture
from lsa_desktop.reports.pagination import keep_blocks_whole

log = logging.getLogger(__name__)

#: Dots per inch of a PDF: text and rules are vectors whatever it is; it sets how finely they are
#: placed and the resolution images would be drawn at.
PRINT_DPI = 300
#: Page margins, in millimetres; within every office printer's unprintable edge.
MARGINS_MM = QMarginsF(15.0, 12.0, 15.0, 12.0)
#: Room kept for the page furniture above and below the text, in millimetres.
HEADER_MM = 10.0
FOOTER_MM = 13.0
_FONT_FAMILIES = ["Segoe UI", "Arial", "Liberation Sans", "DejaVu Sans"]
_RULE_GREY = QColor(128, 128, 128)

#: The images a document shows, by the name its ``<img src="...">`` gives them.
DocumentImages = Mapping[str, QImage]


class PaperSize(StrEnum):
    """The paper a document is laid out for (``Settings.paper_size``)."""

    A4 = "A4"
    LETTER = "Letter"

    @classmethod
    def from_setting(cls, value: str) -> PaperSize:
        """The paper a setting names, A4 for anything unknown (most of the world's paper)."""
        for paper in cls:
            if paper.value.lower() == value.strip().lower():
                return paper
        return cls.A4

    def page_layout(self) -> QPageLayout:
        size_id = QPageSize.PageSizeId.A4 if self is PaperSize.A4 else QPageSize.PageSizeId.Letter
        return QPageLayout(
            QPageSize(size_id),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )


# --- painting pages ------------------------------------------------------------------------------


def paint_document(
    document_html: str, device: QPagedPaintDevice, images: DocumentImages | None = None
) -> int:
    """Lay ``document_html`` out on ``device``'s pages and paint them with their furniture.

    ``device`` is a ``QPdfWriter`` or a ``QPrinter`` whose page layout is already set; painting
    happens within its margins. ``images`` are the pictures the HTML names. A printer asked for
    a range of pages gets those only. Returns the number of pages the document has.
    """
    document = _laid_out(document_html, device, images)
    return _paint_pages(document, page_furniture(document_html), device)


def _paint_pages(
    document: QTextDocument, furniture: PageFurniture, device: QPagedPaintDevice
) -> int:
    """Paint ``document``, laid out on ``device`` (:func:`_laid_out`), page by page with its
    furniture; the number of pages it has."""
    mm = device.logicalDpiY() / 25.4
    header, footer = HEADER_MM * mm, FOOTER_MM * mm
    body = document.pageSize()
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("the paint device refused a painter")  # a bug, not the person's
    # Images (charts: thin lines, small type) are kept whole; Qt's PDF would store them as JPEG.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        for count, index in enumerate(_pages_to_print(device, pages)):
            if count and not device.newPage():
                raise RuntimeError("the paint device refused a new page")
            _paint_furniture(painter, device, furniture, index + 1, pages, header, footer)
            painter.save()
            painter.translate(0, header - index * body.height())
            document.drawContents(painter, QRectF(QPointF(0, index * body.height()), body))
            painter.restore()
    finally:
        painter.end()
    return pages


class PdfDraft:
    """A document laid out on the pages of a PDF made in memory, not painted yet.

    Its number of pages is known before anything is painted, so a document fitted to a number
    of pages (the readiness summary tries shorter variants until one fits) is laid out once per
    variant, and the one that fits is painted as it was laid out, not laid out again. Used on
    one thread from start to end.
    """

    def __init__(
        self, document_html: str, paper: PaperSize, title: str, images: DocumentImages | None
    ) -> None:
        self._html = document_html
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = QPdfWriter(self._buffer)
        self._writer.setResolution(PRINT_DPI)
        self._writer.setPageLayout(paper.page_layout())
        self._writer.setTitle(title)
        self._writer.setCreator(APP_NAME)
        self._document = _laid_out(document_html, self._writer, images)
        self._painted = False

    @property
    def pages(self) -> int:
        """How many pages the document takes."""
        return self._document.pageCount()

    def pdf(self) -> bytes:
        """The PDF file's bytes (painted the first time it is asked for)."""
        if not self._painted:
            _paint_pages(self._document, page_furniture(self._html), self._writer)
            self._buffer.close()
            self._painted = True
        return bytes(self._data.data())

    def write(self, path: Path) -> int:
        """Write the PDF to ``path``, replacing it whole or not at all (see :func:`write_pdf`);
        the number of pages written."""
        path = Path(path)
        _replace_atomically(path, self.pdf())
        log.info("wrote %s (%d pages)", path, self.pages)
        return self.pages


def _laid_out(
    document_html: str, device: QPagedPaintDevice, images: DocumentImages | None
) -> QTextDocument:
    """The document laid out in pages the size of ``device``'s, less the furniture's bands."""
    if QGuiApplication.instance() is None:
        # Without one, Qt aborts the whole process at the first font it measures.
        raise RuntimeError("printing needs a QGuiApplication (offscreen will do)")
    mm = device.logicalDpiY() / 25.4
    body = QSizeF(device.width(), device.height() - (HEADER_MM + FOOTER_MM) * mm)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(_font(9))
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(document_html)
    document.setPageSize(body)
    keep_blocks_whole(document)
    return document


def _pages_to_print(device: QPagedPaintDevice, pages: int) -> range:
    """Page indexes from 0: all of them, or the range chosen in a print dialog."""
    if isinstance(device, QPrinter) and device.printRange() == QPrinter.PrintRange.PageRange:
        first = max(1, device.fromPage())
        last = min(pages, device.toPage() or pages)
        return range(first - 1, last)
    return range(pages)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    # A ligature is one glyph in the PDF, read back as "ﬁ": a search for "Justification" in
    # the PDF would miss the word. The HTML's own fonts inherit the setting.
    font.setFeature(QFont.Tag("liga"), 0)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _paint_furniture(
    painter: QPainter,
    device: QPagedPaintDevice,
    furniture: PageFurniture,
    page: int,
    pages: int,
    header: float,
    footer: float,
) -> None:
    """The marking above the text; below it a rule, the footer note and the page number, then
    the marking again."""
    width, height = float(device.width()), float(device.height())
    marking_font, note_font = _font(11, bold=True), _font(7.5)
    marking_height = QFontMetricsF(marking_font, device).height()
    note_height = QFontMetricsF(note_font, device).height()
    rule = QPen(_RULE_GREY)
    rule.setWidthF(device.logicalDpiY() / 150)  # about half a point

    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(marking_font)
    centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    painter.drawText(QRectF(0, 0, width, marking_height), centred, furniture.classification)

    top = height - footer
    gap = (footer - note_height - marking_height) / 3
    painter.setPen(rule)
    painter.drawLine(QPointF(0, top + gap / 2), QPointF(width, top + gap / 2))
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(note_font)
    notes = QRectF(0, top + gap, width, note_height)
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(notes, Qt.AlignmentFlag.AlignLeft | middle, furniture.footer)
    tr = QCoreApplication.translate
    number = tr("Printing", "Page {page} of {pages}").format(page=page, pages=pages)
    painter.drawText(notes, Qt.AlignmentFlag.AlignRight | middle, number)
    painter.setFont(marking_font)
    bottom = QRectF(0, height - marking_height, width, marking_height)
    painter.drawText(bottom, centred, furniture.classification)
    painter.restore()


# --- PDF -------------------------------------------------------------------------------------------


def write_pdf(
    document_html: str,
    path: Path,
    paper: PaperSize,
    title: str,
    images: DocumentImages | None = None,
) -> int:
    """Print a document to the PDF file ``path``, replacing it whole or not at all; the number
    of pages written.

    The file is readable by its owner only, like the database it comes from: a printed
    requisition names units and officers.
    """
    return PdfDraft(document_html, paper, title, images).write(path)


def _replace_atomically(path: Path, data: bytes) -> None:
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _write_error(path, exc) from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_error(path: Path, exc: OSError) -> UserError:
    """The sentence for a file that could not be written, naming it and what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(
            f"The disk is full, so {path} was not saved: free some space and try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"{path} cannot be written: its folder is read-only, you may not write there, or the "
            "file is open in another program; close it or choose another folder."
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return UserError(
            f"{path} cannot be saved because its folder does not exist; choose another folder."
        )
    if exc.errno == errno.EISDIR:
        return UserError(f"{path} is a folder; choose a file name for the PDF.")
    return UserError(f"{path} could not be saved ({exc.strerror or exc}); choose another folder.")
