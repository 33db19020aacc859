# Generated from ui/gap_request_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_GapRequestDialog(object):
    def setupUi(self, GapRequestDialog):
        if not GapRequestDialog.objectName():
            GapRequestDialog.setObjectName(u"GapRequestDialog")
        GapRequestDialog.resize(1040, 560)
        GapRequestDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(GapRequestDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(GapRequestDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(GapRequestDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.coverageLabel = QLabel(GapRequestDialog)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setText(u"")
        self.coverageLabel.setWordWrap(True)
        self.coverageLabel.setVisible(False)
        self.coverageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coverageLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.coverageLabel)

        self.lines = QTableView(GapRequestDialog)
        self.lines.setObjectName(u"lines")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.lines.sizePolicy().hasHeightForWidth())
        self.lines.setSizePolicy(sizePolicy)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.lines)

        self.linesError = QLabel(GapRequestDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setVisible(False)
        self.linesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.linesError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.linesError)

        self.totalLabel = QLabel(GapRequestDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.dialogLayout.addWidget(self.totalLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.priorityLabel = QLabel(GapRequestDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.fieldsLayout.addWidget(self.priorityLabel, 0, 0, 1, 1)

        self.priority = QComboBox(GapRequestDialog)
        self.priority.setObjectName(u"priority")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.priority.sizePolicy().hasHeightForWidth())
        self.priority.setSizePolicy(sizePolicy1)

        self.fieldsLayout.addWidget(self.priority, 0, 1, 1, 1)

        self.priorityError = QLabel(GapRequestDialog)
        self.priorityError.setObjectName(u"priorityError")
        self.priorityError.setText(u"")
        self.priorityError.setWordWrap(True)
        self.priorityError.setVisible(False)
        self.priorityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.priorityError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.priorityError, 1, 1, 1, 1)

        self.justificationLabel = QLabel(GapRequestDialog)
        self.justificationLabel.setObjectName(u"justificationLabel")
        self.justificationLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.justificationLabel, 2, 0, 1, 1)

        self.justification = QPlainTextEdit(GapRequestDialog)
        self.justification.setObjectName(u"justification")
        self.justification.setMaximumSize(QSize(16777215, 64))
        self.justification.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.justification, 2, 1, 1, 1)

        self.justificationError = QLabel(GapRequestDialog)
        self.justificationError.setObjectName(u"justificationError")
        self.justificationError.setText(u"")
        self.justificationError.setWordWrap(True)
        self.justificationError.setVisible(False)
        self.justificationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.justificationError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.justificationError, 3, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.noteLabel = QLabel(GapRequestDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.noteLabel)

        self.formError = QLabel(GapRequestDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(GapRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.priorityLabel.setBuddy(self.priority)
        self.justificationLabel.setBuddy(self.justification)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lines, self.priority)
        QWidget.setTabOrder(self.priority, self.justification)
        QWidget.setTabOrder(self.justification, self.buttonBox)

        self.retranslateUi(GapRequestDialog)

        QMetaObject.connectSlotsByName(GapRequestDialog)
    # setupUi

    def retranslateUi(self, GapRequestDialog):
        GapRequestDialog.setWindowTitle(QCoreApplication.translate("GapRequestDialog", u"Request the gaps", None))
        self.titleLabel.setText(QCoreApplication.translate("GapRequestDialog", u"Request the gaps", None))
#if QT_CONFIG(tooltip)
        self.lines.setToolTip(QCoreApplication.translate("GapRequestDialog", u"Type the quantity to ask for on each line; 0 leaves the line out.", None))
#endif // QT_CONFIG(tooltip)
        self.priorityLabel.setText(QCoreApplication.translate("GapRequestDialog", u"&Priority:", None))
#if QT_CONFIG(tooltip)
        self.priority.setToolTip(QCoreApplication.translate("GapRequestDialog", u"How soon the units need the items; it decides who must approve the requisitions", None))
#endif // QT_CONFIG(tooltip)
        self.justificationLabel.setText(QCoreApplication.translate("GapRequestDialog", u"&Justification:", None))
        self.justification.setPlaceholderText(QCoreApplication.translate("GapRequestDialog", u"Why the units need these items; it can be completed in each draft before it is submitted", None))
        self.noteLabel.setText(QCoreApplication.translate("GapRequestDialog", u"One draft requisition is created per unit, each line at the unit value of the catalogue. Nothing goes for approval until a draft is submitted.", None))
    # retranslateUi
