# Generated from ui/requisition_dialog.ui by `make ui`; do not edit.

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

from lsa_desktop.views.dialogs.requisition_lines_view import RequisitionLinesView

class Ui_RequisitionDialog(object):
    def setupUi(self, RequisitionDialog):
        if not RequisitionDialog.objectName():
            RequisitionDialog.setObjectName(u"RequisitionDialog")
        RequisitionDialog.resize(1040, 760)
        RequisitionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RequisitionDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(RequisitionDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(RequisitionDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(RequisitionDialog)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setSpacing(6)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(8, 10, 8, 6)
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(10)
        self.headerLayout.setVerticalSpacing(4)
        self.referenceLabel = QLabel(self.detailsTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.headerLayout.addWidget(self.referenceLabel, 0, 0, 1, 1)

        self.reference = QLineEdit(self.detailsTab)
        self.reference.setObjectName(u"reference")
        self.reference.setReadOnly(True)
        self.reference.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.headerLayout.addWidget(self.reference, 0, 1, 1, 1)

        self.priorityLabel = QLabel(self.detailsTab)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.headerLayout.addWidget(self.priorityLabel, 0, 2, 1, 1)

        self.priority = QComboBox(self.detailsTab)
        self.priority.setObjectName(u"priority")

        self.headerLayout.addWidget(self.priority, 0, 3, 1, 1)

        self.priorityError = QLabel(self.detailsTab)
        self.priorityError.setObjectName(u"priorityError")
        self.priorityError.setText(u"")
        self.priorityError.setWordWrap(True)
        self.priorityError.setTextFormat(Qt.TextFormat.PlainText)
        self.priorityError.setVisible(False)
        self.priorityError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.priorityError, 1, 3, 1, 1)

        self.unit_idLabel = QLabel(self.detailsTab)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.headerLayout.addWidget(self.unit_idLabel, 2, 0, 1, 1)

        self.unit_id = QComboBox(self.detailsTab)
        self.unit_id.setObjectName(u"unit_id")

        self.headerLayout.addWidget(self.unit_id, 2, 1, 1, 1)

        self.requested_byLabel = QLabel(self.detailsTab)
        self.requested_byLabel.setObjectName(u"requested_byLabel")

        self.headerLayout.addWidget(self.requested_byLabel, 2, 2, 1, 1)

        self.requested_by = QLineEdit(self.detailsTab)
        self.requested_by.setObjectName(u"requested_by")

        self.headerLayout.addWidget(self.requested_by, 2, 3, 1, 1)

        self.unit_idError = QLabel(self.detailsTab)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setText(u"")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_idError.setVisible(False)
        self.unit_idError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.unit_idError, 3, 1, 1, 1)

        self.requested_byError = QLabel(self.detailsTab)
        self.requested_byError.setObjectName(u"requested_byError")
        self.requested_byError.setText(u"")
        self.requested_byError.setWordWrap(True)
        self.requested_byError.setTextFormat(Qt.TextFormat.PlainText)
        self.requested_byError.setVisible(False)
        self.requested_byError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.requested_byError, 3, 3, 1, 1)

        self.requested_onLabel = QLabel(self.detailsTab)
        self.requested_onLabel.setObjectName(u"requested_onLabel")

        self.headerLayout.addWidget(self.requested_onLabel, 4, 0, 1, 1)

        self.requested_on = QDateEdit(self.detailsTab)
        self.requested_on.setObjectName(u"requested_on")
        self.requested_on.setCalendarPopup(True)
        self.requested_on.setDisplayFormat(u"yyyy-MM-dd")

        self.headerLayout.addWidget(self.requested_on, 4, 1, 1, 1)

        self.required_bySet = QCheckBox(self.detailsTab)
        self.required_bySet.setObjectName(u"required_bySet")

        self.headerLayout.addWidget(self.required_bySet, 4, 2, 1, 1)

        self.required_by = QDateEdit(self.detailsTab)
        self.required_by.setObjectName(u"required_by")
        self.required_by.setCalendarPopup(True)
        self.required_by.setDisplayFormat(u"yyyy-MM-dd")

        self.headerLayout.addWidget(self.required_by, 4, 3, 1, 1)

        self.requested_onError = QLabel(self.detailsTab)
        self.requested_onError.setObjectName(u"requested_onError")
        self.requested_onError.setText(u"")
        self.requested_onError.setWordWrap(True)
        self.requested_onError.setTextFormat(Qt.TextFormat.PlainText)
        self.requested_onError.setVisible(False)
        self.requested_onError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.requested_onError, 5, 1, 1, 1)

        self.required_byError = QLabel(self.detailsTab)
        self.required_byError.setObjectName(u"required_byError")
        self.required_byError.setText(u"")
        self.required_byError.setWordWrap(True)
        self.required_byError.setTextFormat(Qt.TextFormat.PlainText)
        self.required_byError.setVisible(False)
        self.required_byError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.required_byError, 5, 3, 1, 1)

        self.headerLayout.setColumnStretch(1, 1)
        self.headerLayout.setColumnStretch(3, 1)

        self.detailsLayout.addLayout(self.headerLayout)

        self.textLayout = QGridLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.textLayout.setHorizontalSpacing(10)
        self.textLayout.setVerticalSpacing(4)
        self.justificationLabel = QLabel(self.detailsTab)
        self.justificationLabel.setObjectName(u"justificationLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.justificationLabel.sizePolicy().hasHeightForWidth())
        self.justificationLabel.setSizePolicy(sizePolicy)

        self.textLayout.addWidget(self.justificationLabel, 0, 0, 1, 1)

        self.operational_impactLabel = QLabel(self.detailsTab)
        self.operational_impactLabel.setObjectName(u"operational_impactLabel")
        sizePolicy.setHeightForWidth(self.operational_impactLabel.sizePolicy().hasHeightForWidth())
        self.operational_impactLabel.setSizePolicy(sizePolicy)

        self.textLayout.addWidget(self.operational_impactLabel, 0, 1, 1, 1)

        self.justification = QPlainTextEdit(self.detailsTab)
        self.justification.setObjectName(u"justification")
        self.justification.setMaximumSize(QSize(16777215, 84))
        self.justification.setTabChangesFocus(True)

        self.textLayout.addWidget(self.justification, 1, 0, 1, 1)

        self.operational_impact = QPlainTextEdit(self.detailsTab)
        self.operational_impact.setObjectName(u"operational_impact")
        self.operational_impact.setMaximumSize(QSize(16777215, 84))
        self.operational_impact.setTabChangesFocus(True)

        self.textLayout.addWidget(self.operational_impact, 1, 1, 1, 1)

        self.justificationError = QLabel(self.detailsTab)
        self.justificationError.setObjectName(u"justificationError")
        self.justificationError.setText(u"")
        self.justificationError.setWordWrap(True)
        self.justificationError.setTextFormat(Qt.TextFormat.PlainText)
        self.justificationError.setVisible(False)
        self.justificationError.setProperty(u"role", u"error")

        self.textLayout.addWidget(self.justificationError, 2, 0, 1, 1)

        self.operational_impactError = QLabel(self.detailsTab)
        self.operational_impactError.setObjectName(u"operational_impactError")
        self.operational_impactError.setText(u"")
        self.operational_impactError.setWordWrap(True)
        self.operational_impactError.setTextFormat(Qt.TextFormat.PlainText)
        self.operational_impactError.setVisible(False)
        self.operational_impactError.setProperty(u"role", u"error")

        self.textLayout.addWidget(self.operational_impactError, 2, 1, 1, 1)

        self.textLayout.setColumnStretch(0, 1)
        self.textLayout.setColumnStretch(1, 1)

        self.detailsLayout.addLayout(self.textLayout)

        self.linesLabel = QLabel(self.detailsTab)
        self.linesLabel.setObjectName(u"linesLabel")

        self.detailsLayout.addWidget(self.linesLabel)

        self.linesHint = QLabel(self.detailsTab)
        self.linesHint.setObjectName(u"linesHint")
        self.linesHint.setText(u"")
        self.linesHint.setWordWrap(True)
        self.linesHint.setProperty(u"role", u"note")

        self.detailsLayout.addWidget(self.linesHint)

        self.lines = RequisitionLinesView(self.detailsTab)
        self.lines.setObjectName(u"lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.detailsLayout.addWidget(self.lines)

        self.linesButtonsLayout = QHBoxLayout()
        self.linesButtonsLayout.setObjectName(u"linesButtonsLayout")
        self.addLineButton = QPushButton(self.detailsTab)
        self.addLineButton.setObjectName(u"addLineButton")
        self.addLineButton.setAutoDefault(False)

        self.linesButtonsLayout.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.detailsTab)
        self.removeLineButton.setObjectName(u"removeLineButton")
        self.removeLineButton.setAutoDefault(False)

        self.linesButtonsLayout.addWidget(self.removeLineButton)

        self.linesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linesButtonsLayout.addItem(self.linesSpacer)

        self.totalLabel = QLabel(self.detailsTab)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setProperty(u"role", u"heading")

        self.linesButtonsLayout.addWidget(self.totalLabel)


        self.detailsLayout.addLayout(self.linesButtonsLayout)

        self.linesError = QLabel(self.detailsTab)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setTextFormat(Qt.TextFormat.PlainText)
        self.linesError.setVisible(False)
        self.linesError.setProperty(u"role", u"error")

        self.detailsLayout.addWidget(self.linesError)

        self.tabs.addTab(self.detailsTab, "")
        self.approvalsTab = QWidget()
        self.approvalsTab.setObjectName(u"approvalsTab")
        self.approvalsLayout = QVBoxLayout(self.approvalsTab)
        self.approvalsLayout.setSpacing(6)
        self.approvalsLayout.setObjectName(u"approvalsLayout")
        self.approvalsLayout.setContentsMargins(8, 10, 8, 6)
        self.requiredLabel = QLabel(self.approvalsTab)
        self.requiredLabel.setObjectName(u"requiredLabel")
        self.requiredLabel.setText(u"")
        self.requiredLabel.setWordWrap(True)

        self.approvalsLayout.addWidget(self.requiredLabel)

        self.decisionsHeading = QLabel(self.approvalsTab)
        self.decisionsHeading.setObjectName(u"decisionsHeading")
        self.decisionsHeading.setProperty(u"role", u"heading")

        self.approvalsLayout.addWidget(self.decisionsHeading)

        self.decisions = QTableView(self.approvalsTab)
        self.decisions.setObjectName(u"decisions")
        self.decisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisions.setAlternatingRowColors(True)
        self.decisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions.setWordWrap(False)
        self.decisions.horizontalHeader().setHighlightSections(False)
        self.decisions.verticalHeader().setVisible(False)

        self.approvalsLayout.addWidget(self.decisions)

        self.timelineHeading = QLabel(self.approvalsTab)
        self.timelineHeading.setObjectName(u"timelineHeading")
        self.timelineHeading.setProperty(u"role", u"heading")

        self.approvalsLayout.addWidget(self.timelineHeading)

        self.timeline = QTableView(self.approvalsTab)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(False)
        self.timeline.horizontalHeader().setHighlightSections(False)
        self.timeline.verticalHeader().setVisible(False)

        self.approvalsLayout.addWidget(self.timeline)

        self.tabs.addTab(self.approvalsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(RequisitionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.submitButton = QPushButton(RequisitionDialog)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.submitButton)

        self.approveButton = QPushButton(RequisitionDialog)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.approveButton)

        self.rejectButton = QPushButton(RequisitionDialog)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.rejectButton)

        self.returnButton = QPushButton(RequisitionDialog)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.returnButton)

        self.reopenButton = QPushButton(RequisitionDialog)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.reopenButton)

        self.cancelRequisitionButton = QPushButton(RequisitionDialog)
        self.cancelRequisitionButton.setObjectName(u"cancelRequisitionButton")
        self.cancelRequisitionButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.cancelRequisitionButton)

        self.closeRequisitionButton = QPushButton(RequisitionDialog)
        self.closeRequisitionButton.setObjectName(u"closeRequisitionButton")
        self.closeRequisitionButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.closeRequisitionButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.printButton = QPushButton(RequisitionDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(RequisitionDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.pdfButton)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.buttonBox = QDialogButtonBox(RequisitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.reference)
        self.priorityLabel.setBuddy(self.priority)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.requested_byLabel.setBuddy(self.requested_by)
        self.requested_onLabel.setBuddy(self.requested_on)
        self.justificationLabel.setBuddy(self.justification)
        self.operational_impactLabel.setBuddy(self.operational_impact)
        self.linesLabel.setBuddy(self.lines)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.priority, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.requested_by)
        QWidget.setTabOrder(self.requested_by, self.requested_on)
        QWidget.setTabOrder(self.requested_on, self.required_bySet)
        QWidget.setTabOrder(self.required_bySet, self.required_by)
        QWidget.setTabOrder(self.required_by, self.justification)
        QWidget.setTabOrder(self.justification, self.operational_impact)
        QWidget.setTabOrder(self.operational_impact, self.lines)
        QWidget.setTabOrder(self.lines, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.decisions)
        QWidget.setTabOrder(self.decisions, self.timeline)
        QWidget.setTabOrder(self.timeline, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.cancelRequisitionButton)
        QWidget.setTabOrder(self.cancelRequisitionButton, self.closeRequisitionButton)
        QWidget.setTabOrder(self.closeRequisitionButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.buttonBox)

        self.retranslateUi(RequisitionDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequisitionDialog)
    # setupUi

    def retranslateUi(self, RequisitionDialog):
        RequisitionDialog.setWindowTitle(QCoreApplication.translate("RequisitionDialog", u"Requisition", None))
        self.referenceLabel.setText(QCoreApplication.translate("RequisitionDialog", u"Reference:", None))
#if QT_CONFIG(tooltip)
        self.reference.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Given by the app when the requisition is first saved", None))
#endif // QT_CONFIG(tooltip)
        self.priorityLabel.setText(QCoreApplication.translate("RequisitionDialog", u"&Priority:", None))
#if QT_CONFIG(tooltip)
        self.priority.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Immediate: operations stop without it; urgent: needed within weeks; routine: planned replacement", None))
#endif // QT_CONFIG(tooltip)
        self.unit_idLabel.setText(QCoreApplication.translate("RequisitionDialog", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unit_id.setToolTip(QCoreApplication.translate("RequisitionDialog", u"The unit the items are for", None))
#endif // QT_CONFIG(tooltip)
        self.requested_byLabel.setText(QCoreApplication.translate("RequisitionDialog", u"Requested b&y:", None))
#if QT_CONFIG(tooltip)
        self.requested_by.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Rank, initials and surname of the officer requesting", None))
#endif // QT_CONFIG(tooltip)
        self.requested_onLabel.setText(QCoreApplication.translate("RequisitionDialog", u"Da&te:", None))
#if QT_CONFIG(tooltip)
        self.requested_on.setToolTip(QCoreApplication.translate("RequisitionDialog", u"The day the requisition is made", None))
#endif // QT_CONFIG(tooltip)
        self.required_bySet.setText(QCoreApplication.translate("RequisitionDialog", u"R&equired by:", None))
#if QT_CONFIG(tooltip)
        self.required_bySet.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Tick when the items are needed by a given day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.required_by.setToolTip(QCoreApplication.translate("RequisitionDialog", u"The day by which the items are needed", None))
#endif // QT_CONFIG(tooltip)
        self.justificationLabel.setText(QCoreApplication.translate("RequisitionDialog", u"Justi&fication:", None))
        self.operational_impactLabel.setText(QCoreApplication.translate("RequisitionDialog", u"Operational &impact:", None))
        self.justification.setPlaceholderText(QCoreApplication.translate("RequisitionDialog", u"Why the items are needed: the gap, what happened", None))
        self.operational_impact.setPlaceholderText(QCoreApplication.translate("RequisitionDialog", u"What cannot be done, or at what risk, until they arrive", None))
        self.linesLabel.setText(QCoreApplication.translate("RequisitionDialog", u"&Lines:", None))
        self.addLineButton.setText(QCoreApplication.translate("RequisitionDialog", u"Add line", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Add a line below the current one (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLineButton.setText(QCoreApplication.translate("RequisitionDialog", u"Remove line", None))
#if QT_CONFIG(tooltip)
        self.removeLineButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Remove the current line (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("RequisitionDialog", u"Re&quisition", None))
        self.decisionsHeading.setText(QCoreApplication.translate("RequisitionDialog", u"Decisions since it was last submitted:", None))
        self.timelineHeading.setText(QCoreApplication.translate("RequisitionDialog", u"Timeline:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.approvalsTab), QCoreApplication.translate("RequisitionDialog", u"Appro&vals", None))
        self.submitButton.setText(QCoreApplication.translate("RequisitionDialog", u"Su&bmit", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Save the changes and send the requisition for approval", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("RequisitionDialog", u"&Approve\u2026", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Record your approval, with the quantities approved", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("RequisitionDialog", u"Re&ject\u2026", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Refuse the requisition, saying why", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("RequisitionDialog", u"Return for c&hanges\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Send it back to the requester, saying what to change", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("RequisitionDialog", u"Re&open", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Make a returned requisition a draft again, to change it", None))
#endif // QT_CONFIG(tooltip)
        self.cancelRequisitionButton.setText(QCoreApplication.translate("RequisitionDialog", u"Cancel requisitio&n\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelRequisitionButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Cancel the requisition, saying why", None))
#endif // QT_CONFIG(tooltip)
        self.closeRequisitionButton.setText(QCoreApplication.translate("RequisitionDialog", u"&Close requisition", None))
#if QT_CONFIG(tooltip)
        self.closeRequisitionButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Close a requisition whose items have all arrived", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("RequisitionDialog", u"P&rint\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Print the requisition, with a preview", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("RequisitionDialog", u"Save as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("RequisitionDialog", u"Save the requisition as a PDF file", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
