# Generated from ui/progress_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(440, 130)
        self.dialogLayout = QVBoxLayout(ProgressDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(ProgressDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.titleLabel)

        self.stepLabel = QLabel(ProgressDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.stepLabel)

        self.progressBar = QProgressBar(ProgressDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonBox = QDialogButtonBox(ProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ProgressDialog)

        QMetaObject.connectSlotsByName(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"Working\u2026", None))
    # retranslateUi
