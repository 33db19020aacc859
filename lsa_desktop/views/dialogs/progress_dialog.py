"""The dialog a long job shows after about 600 ms: what it is doing, how far, and Cancel.

A plain QDialog rather than QProgressDialog: the latter shows itself on its own timer and, when
modal, calls ``processEvents()`` inside ``setValue()``, which would re-enter the task runner while
it is delivering a job's progress. This one only displays what it is given.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lsa_desktop.progress import Progress
from lsa_desktop.views.forms.ui_progress_dialog import Ui_ProgressDialog


class ProgressDialog(QDialog):
    """Shows one job's progress; ``cancelRequested`` fires when the person asks to stop it."""

    cancelRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        modality = Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        self.setWindowModality(modality)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.ui.titleLabel.setText(title)
        self.ui.stepLabel.setVisible(False)
        self._cancel_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel_button.clicked.connect(self._request_cancel)
        self.set_cancellable(False)
        self._finished = False

    def set_cancellable(self, cancellable: bool) -> None:
        """Only a job that yields progress can stop halfway; a plain call cannot be interrupted."""
        self._cancel_button.setVisible(cancellable)
        self._cancel_button.setEnabled(cancellable)

    @property
    def cancellable(self) -> bool:
        return self._cancel_button.isEnabled()

    def show_progress(self, progress: Progress) -> None:
        bar = self.ui.progressBar
        if progress.total > 0:
            bar.setRange(0, progress.total)
            bar.setValue(min(progress.done, progress.total))
        else:
            bar.setRange(0, 0)  # busy indicator: the job does not know its total
        self.ui.stepLabel.setText(progress.message)
        self.ui.stepLabel.setVisible(bool(progress.message))

    def _request_cancel(self) -> None:
        self._cancel_button.setEnabled(False)
        self.ui.stepLabel.setText(self.tr("Stopping…"))
        self.ui.stepLabel.setVisible(True)
        self.cancelRequested.emit()

    # The job, not the person, closes this dialog: Escape and the window's close box mean Cancel.
    def reject(self) -> None:
        if self.cancellable:
            self._request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()
        self.reject()

    def finish(self) -> None:
        """Close for good: the job is over."""
        self._finished = True
        self.close()
        self.deleteLater()
