# Generated from ui/inspection_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(960, 660)
        InspectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InspectionDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(InspectionDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(InspectionDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.statusLabel)

        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(10)
        self.headerLayout.setVerticalSpacing(4)
        self.unitLabel = QLabel(InspectionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.headerLayout.addWidget(self.unitLabel, 0, 0, 1, 1)

        self.unit_id = QComboBox(InspectionDialog)
        self.unit_id.setObjectName(u"unit_id")
        self.unit_id.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.unit_id, 0, 1, 1, 1)

        self.kindLabel = QLabel(InspectionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.headerLayout.addWidget(self.kindLabel, 0, 2, 1, 1)

        self.kind = QComboBox(InspectionDialog)
        self.kind.setObjectName(u"kind")

        self.headerLayout.addWidget(self.kind, 0, 3, 1, 1)

        self.unit_idError = QLabel(InspectionDialog)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setText(u"")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setVisible(False)
        self.unit_idError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.unit_idError, 1, 1, 1, 1)

        self.kindError = QLabel(InspectionDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setVisible(False)
        self.kindError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.kindError, 1, 3, 1, 1)

        self.inspectedOnLabel = QLabel(InspectionDialog)
        self.inspectedOnLabel.setObjectName(u"inspectedOnLabel")

        self.headerLayout.addWidget(self.inspectedOnLabel, 2, 0, 1, 1)

        self.inspected_on = QDateEdit(InspectionDialog)
        self.inspected_on.setObjectName(u"inspected_on")
        self.inspected_on.setDisplayFormat(u"yyyy-MM-dd")
        self.inspected_on.setCalendarPopup(True)

        self.headerLayout.addWidget(self.inspected_on, 2, 1, 1, 1)

        self.inspectorLabel = QLabel(InspectionDialog)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.headerLayout.addWidget(self.inspectorLabel, 2, 2, 1, 1)

        self.inspector = QLineEdit(InspectionDialog)
        self.inspector.setObjectName(u"inspector")
        self.inspector.setMaxLength(120)

        self.headerLayout.addWidget(self.inspector, 2, 3, 1, 1)

        self.inspected_onError = QLabel(InspectionDialog)
        self.inspected_onError.setObjectName(u"inspected_onError")
        self.inspected_onError.setText(u"")
        self.inspected_onError.setWordWrap(True)
        self.inspected_onError.setVisible(False)
        self.inspected_onError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.inspected_onError, 3, 1, 1, 1)

        self.inspectorError = QLabel(InspectionDialog)
        self.inspectorError.setObjectName(u"inspectorError")
        self.inspectorError.setText(u"")
        self.inspectorError.setWordWrap(True)
        self.inspectorError.setVisible(False)
        self.inspectorError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.inspectorError, 3, 3, 1, 1)

        self.headerLayout.setColumnStretch(1, 1)
        self.headerLayout.setColumnStretch(3, 1)

        self.dialogLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(InspectionDialog)
        self.tabs.setObjectName(u"tabs")
        self.countTab = QWidget()
        self.countTab.setObjectName(u"countTab")
        self.countLayout = QVBoxLayout(self.countTab)
        self.countLayout.setSpacing(6)
        self.countLayout.setObjectName(u"countLayout")
        self.linesHint = QLabel(self.countTab)
        self.linesHint.setObjectName(u"linesHint")
        self.linesHint.setWordWrap(True)
        self.linesHint.setProperty(u"role", u"note")

        self.countLayout.addWidget(self.linesHint)

        self.lines = QTableView(self.countTab)
        self.lines.setObjectName(u"lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.countLayout.addWidget(self.lines)

        self.linesError = QLabel(self.countTab)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setVisible(False)
        self.linesError.setProperty(u"role", u"error")

        self.countLayout.addWidget(self.linesError)

        self.remarksLabel = QLabel(self.countTab)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.countLayout.addWidget(self.remarksLabel)

        self.remarks = QPlainTextEdit(self.countTab)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setMaximumSize(QSize(16777215, 72))
        self.remarks.setTabChangesFocus(True)

        self.countLayout.addWidget(self.remarks)

        self.remarksError = QLabel(self.countTab)
        self.remarksError.setObjectName(u"remarksError")
        self.remarksError.setText(u"")
        self.remarksError.setWordWrap(True)
        self.remarksError.setVisible(False)
        self.remarksError.setProperty(u"role", u"error")

        self.countLayout.addWidget(self.remarksError)

        self.tabs.addTab(self.countTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(InspectionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(InspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unit_id)
        self.kindLabel.setBuddy(self.kind)
        self.inspectedOnLabel.setBuddy(self.inspected_on)
        self.inspectorLabel.setBuddy(self.inspector)
        self.remarksLabel.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_id, self.kind)
        QWidget.setTabOrder(self.kind, self.inspected_on)
        QWidget.setTabOrder(self.inspected_on, self.inspector)
        QWidget.setTabOrder(self.inspector, self.tabs)
        QWidget.setTabOrder(self.tabs, self.lines)
        QWidget.setTabOrder(self.lines, self.remarks)
        QWidget.setTabOrder(self.remarks, self.buttonBox)

        self.retranslateUi(InspectionDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"Inspection", None))
        self.unitLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Unit:", None))
        self.unit_id.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"Choose the unit inspected", None))
        self.kindLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Kind:", None))
        self.inspectedOnLabel.setText(QCoreApplication.translate("InspectionDialog", u"Da&te:", None))
        self.inspectorLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Inspector:", None))
        self.inspector.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"Rank, initials and surname of the inspector who signs", None))
        self.linesHint.setText(QCoreApplication.translate("InspectionDialog", u"Type the number present and the number serviceable on each line; a count that differs from the register is shown in bold.", None))
        self.remarksLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Remarks:", None))
        self.remarks.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"General observations, to whom the findings were reported", None))
        self.tabs.setTabText(self.tabs.indexOf(self.countTab), QCoreApplication.translate("InspectionDialog", u"&Count", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("InspectionDialog", u"&History", None))
    # retranslateUi
