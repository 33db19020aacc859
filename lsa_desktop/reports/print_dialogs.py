"""The two dialogs of printing: the print preview (its Print button prints what it shows) and
"Save as PDF" (where, then the file written by :func:`~lsa_desktop.reports.printing.write_pdf`).

Both paint with :func:`~lsa_desktop.reports.printing.paint_document`, so what the preview shows
is what comes out on paper and in the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from lsa_desktop import APP_NAME
from lsa_desktop.reports.printing import DocumentImages, PaperSize, paint_document, write_pdf


def printer_for(paper: PaperSize, title: str) -> QPrinter:
    """A printer set up for ``paper``, at the printer's own resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(paper.page_layout())
    printer.setDocName(title)
    printer.setCreator(APP_NAME)
    return printer


class _PreviewDialog(QPrintPreviewDialog):
    """A preview that owns its printer (Qt's dialog only borrows the one it is given)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self._printer = printer


def preview_dialog(
    document_html: str,
    paper: PaperSize,
    title: str,
    parent: QWidget | None,
    images: DocumentImages | None = None,
) -> QPrintPreviewDialog:
    """The print preview of a document; its Print button prints what it shows."""
    dialog = _PreviewDialog(printer_for(paper, title), parent)
    tr = QCoreApplication.translate
    dialog.setWindowTitle(tr("Printing", "Print preview: {title}").format(title=title))
    dialog.paintRequested.connect(lambda target: paint_document(document_html, target, images))
    return dialog


def print_with_preview(
    document_html: str,
    paper: PaperSize,
    title: str,
    parent: QWidget | None,
    images: DocumentImages | None = None,
) -> bool:
    """Show the preview; True when the person printed from it.

    Modal on purpose: the person is choosing a printer and pages, and nothing else should move
    the document under the preview meanwhile.
    """
    dialog = preview_dialog(document_html, paper, title, parent, images)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ask_pdf_path(suggested_name: str, parent: QWidget | None) -> Path | None:
    """Ask where to save a PDF (in the Documents folder by default); None when cancelled.

    ``.pdf`` is added when the name typed has no such ending.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder or Path.home()) / suggested_name
    tr = QCoreApplication.translate
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Printing", "Save as PDF"),
        str(suggested),
        tr("Printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf_dialog(
    document_html: str,
    paper: PaperSize,
    title: str,
    suggested_name: str,
    parent: QWidget | None,
    images: DocumentImages | None = None,
) -> Path | None:
    """Ask where, then write the PDF there; the path written, or None when cancelled.

    A file that cannot be written raises the :class:`~lsa_desktop.errors.UserError` of
    :func:`write_pdf`, which the application shows as its sentence.
    """
    path = ask_pdf_path(suggested_name, parent)
    if path is not None:
        write_pdf(document_html, path, paper, title, images)
    return path
