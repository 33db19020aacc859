# Generated from ui/pledge_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PledgeDialog(object):
    def setupUi(self, PledgeDialog):
        if not PledgeDialog.objectName():
            PledgeDialog.setObjectName(u"PledgeDialog")
        PledgeDialog.resize(980, 680)
        PledgeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PledgeDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(PledgeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(PledgeDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(PledgeDialog)
        self.tabs.setObjectName(u"tabs")
        self.pledgeTab = QWidget()
        self.pledgeTab.setObjectName(u"pledgeTab")
        self.pledgeTabLayout = QVBoxLayout(self.pledgeTab)
        self.pledgeTabLayout.setSpacing(8)
        self.pledgeTabLayout.setObjectName(u"pledgeTabLayout")
        self.pledgeTabLayout.setContentsMargins(12, 12, 12, 12)
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.donor_idLabel = QLabel(self.pledgeTab)
        self.donor_idLabel.setObjectName(u"donor_idLabel")

        self.fieldsLayout.addWidget(self.donor_idLabel, 0, 0, 1, 1)

        self.donor_id = QComboBox(self.pledgeTab)
        self.donor_id.setObjectName(u"donor_id")

        self.fieldsLayout.addWidget(self.donor_id, 0, 1, 1, 1)

        self.donor_idError = QLabel(self.pledgeTab)
        self.donor_idError.setObjectName(u"donor_idError")
        self.donor_idError.setText(u"")
        self.donor_idError.setWordWrap(True)
        self.donor_idError.setVisible(False)
        self.donor_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.donor_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.donor_idError, 1, 1, 1, 1)

        self.pledged_onLabel = QLabel(self.pledgeTab)
        self.pledged_onLabel.setObjectName(u"pledged_onLabel")

        self.fieldsLayout.addWidget(self.pledged_onLabel, 2, 0, 1, 1)

        self.pledged_on = QDateEdit(self.pledgeTab)
        self.pledged_on.setObjectName(u"pledged_on")
        self.pledged_on.setCalendarPopup(True)
        self.pledged_on.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.pledged_on, 2, 1, 1, 1)

        self.pledged_onError = QLabel(self.pledgeTab)
        self.pledged_onError.setObjectName(u"pledged_onError")
        self.pledged_onError.setText(u"")
        self.pledged_onError.setWordWrap(True)
        self.pledged_onError.setVisible(False)
        self.pledged_onError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pledged_onError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.pledged_onError, 3, 1, 1, 1)

        self.expected_deliverySet = QCheckBox(self.pledgeTab)
        self.expected_deliverySet.setObjectName(u"expected_deliverySet")

        self.fieldsLayout.addWidget(self.expected_deliverySet, 4, 0, 1, 1)

        self.expected_delivery = QDateEdit(self.pledgeTab)
        self.expected_delivery.setObjectName(u"expected_delivery")
        self.expected_delivery.setCalendarPopup(True)
        self.expected_delivery.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.expected_delivery, 4, 1, 1, 1)

        self.expected_deliveryError = QLabel(self.pledgeTab)
        self.expected_deliveryError.setObjectName(u"expected_deliveryError")
        self.expected_deliveryError.setText(u"")
        self.expected_deliveryError.setWordWrap(True)
        self.expected_deliveryError.setVisible(False)
        self.expected_deliveryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expected_deliveryError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.expected_deliveryError, 5, 1, 1, 1)

        self.referenceLabel = QLabel(self.pledgeTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fieldsLayout.addWidget(self.referenceLabel, 0, 2, 1, 1)

        self.reference = QLineEdit(self.pledgeTab)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(40)

        self.fieldsLayout.addWidget(self.reference, 0, 3, 1, 1)

        self.referenceError = QLabel(self.pledgeTab)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setText(u"")
        self.referenceError.setWordWrap(True)
        self.referenceError.setVisible(False)
        self.referenceError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referenceError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.referenceError, 1, 3, 1, 1)

        self.kindLabel = QLabel(self.pledgeTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsLayout.addWidget(self.kindLabel, 2, 2, 1, 1)

        self.kind = QComboBox(self.pledgeTab)
        self.kind.setObjectName(u"kind")

        self.fieldsLayout.addWidget(self.kind, 2, 3, 1, 1)

        self.kindError = QLabel(self.pledgeTab)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setVisible(False)
        self.kindError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kindError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.kindError, 3, 3, 1, 1)

        self.value_usdLabel = QLabel(self.pledgeTab)
        self.value_usdLabel.setObjectName(u"value_usdLabel")

        self.fieldsLayout.addWidget(self.value_usdLabel, 4, 2, 1, 1)

        self.value_usd = QLineEdit(self.pledgeTab)
        self.value_usd.setObjectName(u"value_usd")
        self.value_usd.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.value_usd, 4, 3, 1, 1)

        self.value_usdError = QLabel(self.pledgeTab)
        self.value_usdError.setObjectName(u"value_usdError")
        self.value_usdError.setText(u"")
        self.value_usdError.setWordWrap(True)
        self.value_usdError.setVisible(False)
        self.value_usdError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value_usdError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.value_usdError, 5, 3, 1, 1)

        self.notesLabel = QLabel(self.pledgeTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 6, 0, 1, 1)

        self.notes = QPlainTextEdit(self.pledgeTab)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 60))

        self.fieldsLayout.addWidget(self.notes, 6, 1, 1, 3)

        self.notesError = QLabel(self.pledgeTab)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setVisible(False)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notesError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.notesError, 7, 1, 1, 3)

        self.fieldsLayout.setColumnStretch(1, 1)
        self.fieldsLayout.setColumnStretch(3, 1)

        self.pledgeTabLayout.addLayout(self.fieldsLayout)

        self.linesBarLayout = QHBoxLayout()
        self.linesBarLayout.setSpacing(6)
        self.linesBarLayout.setObjectName(u"linesBarLayout")
        self.linesLabel = QLabel(self.pledgeTab)
        self.linesLabel.setObjectName(u"linesLabel")
        self.linesLabel.setProperty(u"role", u"heading")

        self.linesBarLayout.addWidget(self.linesLabel)

        self.linesBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linesBarLayout.addItem(self.linesBarSpacer)

        self.addLineButton = QPushButton(self.pledgeTab)
        self.addLineButton.setObjectName(u"addLineButton")
        self.addLineButton.setAutoDefault(False)

        self.linesBarLayout.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.pledgeTab)
        self.removeLineButton.setObjectName(u"removeLineButton")
        self.removeLineButton.setAutoDefault(False)

        self.linesBarLayout.addWidget(self.removeLineButton)


        self.pledgeTabLayout.addLayout(self.linesBarLayout)

        self.linesHint = QLabel(self.pledgeTab)
        self.linesHint.setObjectName(u"linesHint")
        self.linesHint.setWordWrap(True)
        self.linesHint.setProperty(u"role", u"note")

        self.pledgeTabLayout.addWidget(self.linesHint)

        self.lines = QTableView(self.pledgeTab)
        self.lines.setObjectName(u"lines")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.lines.sizePolicy().hasHeightForWidth())
        self.lines.setSizePolicy(sizePolicy)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines.setTabKeyNavigation(True)
        self.lines.setSortingEnabled(False)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.pledgeTabLayout.addWidget(self.lines)

        self.totalLabel = QLabel(self.pledgeTab)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.pledgeTabLayout.addWidget(self.totalLabel)

        self.linesError = QLabel(self.pledgeTab)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setVisible(False)
        self.linesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.linesError.setProperty(u"role", u"error")

        self.pledgeTabLayout.addWidget(self.linesError)

        self.tabs.addTab(self.pledgeTab, "")
        self.deliveriesTab = QWidget()
        self.deliveriesTab.setObjectName(u"deliveriesTab")
        self.deliveriesTabLayout = QVBoxLayout(self.deliveriesTab)
        self.deliveriesTabLayout.setSpacing(8)
        self.deliveriesTabLayout.setObjectName(u"deliveriesTabLayout")
        self.deliveriesTabLayout.setContentsMargins(12, 12, 12, 12)
        self.deliveriesSummary = QLabel(self.deliveriesTab)
        self.deliveriesSummary.setObjectName(u"deliveriesSummary")
        self.deliveriesSummary.setText(u"")
        self.deliveriesSummary.setWordWrap(True)
        self.deliveriesSummary.setProperty(u"role", u"note")

        self.deliveriesTabLayout.addWidget(self.deliveriesSummary)

        self.deliveries = QTableView(self.deliveriesTab)
        self.deliveries.setObjectName(u"deliveries")
        sizePolicy.setHeightForWidth(self.deliveries.sizePolicy().hasHeightForWidth())
        self.deliveries.setSizePolicy(sizePolicy)
        self.deliveries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deliveries.setAlternatingRowColors(True)
        self.deliveries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deliveries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deliveries.setTabKeyNavigation(False)
        self.deliveries.setSortingEnabled(False)
        self.deliveries.setWordWrap(False)
        self.deliveries.horizontalHeader().setHighlightSections(False)
        self.deliveries.verticalHeader().setVisible(False)

        self.deliveriesTabLayout.addWidget(self.deliveries)

        self.tabs.addTab(self.deliveriesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(PledgeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PledgeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.donor_idLabel.setBuddy(self.donor_id)
        self.pledged_onLabel.setBuddy(self.pledged_on)
        self.referenceLabel.setBuddy(self.reference)
        self.kindLabel.setBuddy(self.kind)
        self.value_usdLabel.setBuddy(self.value_usd)
        self.notesLabel.setBuddy(self.notes)
        self.linesLabel.setBuddy(self.lines)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.donor_id)
        QWidget.setTabOrder(self.donor_id, self.reference)
        QWidget.setTabOrder(self.reference, self.pledged_on)
        QWidget.setTabOrder(self.pledged_on, self.kind)
        QWidget.setTabOrder(self.kind, self.expected_deliverySet)
        QWidget.setTabOrder(self.expected_deliverySet, self.expected_delivery)
        QWidget.setTabOrder(self.expected_delivery, self.value_usd)
        QWidget.setTabOrder(self.value_usd, self.notes)
        QWidget.setTabOrder(self.notes, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.lines)
        QWidget.setTabOrder(self.lines, self.deliveries)
        QWidget.setTabOrder(self.deliveries, self.buttonBox)

        self.retranslateUi(PledgeDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PledgeDialog)
    # setupUi

    def retranslateUi(self, PledgeDialog):
        PledgeDialog.setWindowTitle(QCoreApplication.translate("PledgeDialog", u"Pledge", None))
        self.donor_idLabel.setText(QCoreApplication.translate("PledgeDialog", u"&Donor:", None))
#if QT_CONFIG(tooltip)
        self.donor_id.setToolTip(QCoreApplication.translate("PledgeDialog", u"The donor who made the pledge", None))
#endif // QT_CONFIG(tooltip)
        self.pledged_onLabel.setText(QCoreApplication.translate("PledgeDialog", u"Pledged &on:", None))
#if QT_CONFIG(tooltip)
        self.pledged_on.setToolTip(QCoreApplication.translate("PledgeDialog", u"The day the donor made the pledge", None))
#endif // QT_CONFIG(tooltip)
        self.expected_deliverySet.setText(QCoreApplication.translate("PledgeDialog", u"E&xpected:", None))
#if QT_CONFIG(tooltip)
        self.expected_deliverySet.setToolTip(QCoreApplication.translate("PledgeDialog", u"Tick when the donor has said when the goods should arrive", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.expected_delivery.setToolTip(QCoreApplication.translate("PledgeDialog", u"When the goods should arrive; past it and not delivered, the pledge is overdue", None))
#endif // QT_CONFIG(tooltip)
        self.referenceLabel.setText(QCoreApplication.translate("PledgeDialog", u"&Reference:", None))
#if QT_CONFIG(tooltip)
        self.reference.setToolTip(QCoreApplication.translate("PledgeDialog", u"The donor's reference, or leave it blank for the next PLG-YYYY-NNNN", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("PledgeDialog", u"&Kind:", None))
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("PledgeDialog", u"In kind: the donor sends the goods. Cash: the donor pays for them", None))
#endif // QT_CONFIG(tooltip)
        self.value_usdLabel.setText(QCoreApplication.translate("PledgeDialog", u"&Value (USD):", None))
#if QT_CONFIG(tooltip)
        self.value_usd.setToolTip(QCoreApplication.translate("PledgeDialog", u"For a cash pledge without lines; with lines, the value is their total", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("PledgeDialog", u"No&tes:", None))
#if QT_CONFIG(tooltip)
        self.notes.setToolTip(QCoreApplication.translate("PledgeDialog", u"Conditions, the donor's letter, anything the next officer should know", None))
#endif // QT_CONFIG(tooltip)
        self.linesLabel.setText(QCoreApplication.translate("PledgeDialog", u"&Lines:", None))
        self.addLineButton.setText(QCoreApplication.translate("PledgeDialog", u"&Add line", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("PledgeDialog", u"Add a line: pick the requisition line it answers, or a unit and an equipment type (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLineButton.setText(QCoreApplication.translate("PledgeDialog", u"Re&move line", None))
#if QT_CONFIG(tooltip)
        self.removeLineButton.setToolTip(QCoreApplication.translate("PledgeDialog", u"Remove the line selected (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.linesHint.setText(QCoreApplication.translate("PledgeDialog", u"Each line answers a requisition line, or names a unit and an equipment type. Type into a cell to edit it; Tab moves on, Enter commits the cell.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pledgeTab), QCoreApplication.translate("PledgeDialog", u"&Pledge", None))
        self.tabs.setTabText(self.tabs.indexOf(self.deliveriesTab), QCoreApplication.translate("PledgeDialog", u"&Deliveries", None))
    # retranslateUi
