# Generated from ui/figure_lines_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_FigureLinesDialog(object):
    def setupUi(self, FigureLinesDialog):
        if not FigureLinesDialog.objectName():
            FigureLinesDialog.setObjectName(u"FigureLinesDialog")
        FigureLinesDialog.resize(1100, 480)
        FigureLinesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FigureLinesDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(FigureLinesDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(FigureLinesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.lines = QTableView(FigureLinesDialog)
        self.lines.setObjectName(u"lines")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.lines.sizePolicy().hasHeightForWidth())
        self.lines.setSizePolicy(sizePolicy)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setTabKeyNavigation(False)
        self.lines.setSortingEnabled(True)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.lines)

        self.totalLabel = QLabel(FigureLinesDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totalLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.totalLabel)

        self.buttonBox = QDialogButtonBox(FigureLinesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.lines, self.buttonBox)

        self.retranslateUi(FigureLinesDialog)

        QMetaObject.connectSlotsByName(FigureLinesDialog)
    # setupUi

    def retranslateUi(self, FigureLinesDialog):
        FigureLinesDialog.setWindowTitle(QCoreApplication.translate("FigureLinesDialog", u"Lines behind a figure", None))
    # retranslateUi
