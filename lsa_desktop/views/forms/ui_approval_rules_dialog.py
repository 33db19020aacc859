# Generated from ui/approval_rules_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ApprovalRulesDialog(object):
    def setupUi(self, ApprovalRulesDialog):
        if not ApprovalRulesDialog.objectName():
            ApprovalRulesDialog.setObjectName(u"ApprovalRulesDialog")
        ApprovalRulesDialog.resize(560, 460)
        ApprovalRulesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ApprovalRulesDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(ApprovalRulesDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(ApprovalRulesDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.noteLabel)

        self.rulesLayout = QGridLayout()
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesLayout.setHorizontalSpacing(10)
        self.rulesLayout.setVerticalSpacing(4)
        self.immediate_approversLabel = QLabel(ApprovalRulesDialog)
        self.immediate_approversLabel.setObjectName(u"immediate_approversLabel")

        self.rulesLayout.addWidget(self.immediate_approversLabel, 0, 0, 1, 1)

        self.immediate_approvers = QPlainTextEdit(ApprovalRulesDialog)
        self.immediate_approvers.setObjectName(u"immediate_approvers")
        self.immediate_approvers.setMaximumSize(QSize(16777215, 84))
        self.immediate_approvers.setTabChangesFocus(True)

        self.rulesLayout.addWidget(self.immediate_approvers, 0, 1, 1, 1)

        self.immediate_approversError = QLabel(ApprovalRulesDialog)
        self.immediate_approversError.setObjectName(u"immediate_approversError")
        self.immediate_approversError.setText(u"")
        self.immediate_approversError.setWordWrap(True)
        self.immediate_approversError.setTextFormat(Qt.TextFormat.PlainText)
        self.immediate_approversError.setVisible(False)
        self.immediate_approversError.setProperty(u"role", u"error")

        self.rulesLayout.addWidget(self.immediate_approversError, 1, 1, 1, 1)

        self.urgent_approversLabel = QLabel(ApprovalRulesDialog)
        self.urgent_approversLabel.setObjectName(u"urgent_approversLabel")

        self.rulesLayout.addWidget(self.urgent_approversLabel, 2, 0, 1, 1)

        self.urgent_approvers = QPlainTextEdit(ApprovalRulesDialog)
        self.urgent_approvers.setObjectName(u"urgent_approvers")
        self.urgent_approvers.setMaximumSize(QSize(16777215, 84))
        self.urgent_approvers.setTabChangesFocus(True)

        self.rulesLayout.addWidget(self.urgent_approvers, 2, 1, 1, 1)

        self.urgent_approversError = QLabel(ApprovalRulesDialog)
        self.urgent_approversError.setObjectName(u"urgent_approversError")
        self.urgent_approversError.setText(u"")
        self.urgent_approversError.setWordWrap(True)
        self.urgent_approversError.setTextFormat(Qt.TextFormat.PlainText)
        self.urgent_approversError.setVisible(False)
        self.urgent_approversError.setProperty(u"role", u"error")

        self.rulesLayout.addWidget(self.urgent_approversError, 3, 1, 1, 1)

        self.routine_approversLabel = QLabel(ApprovalRulesDialog)
        self.routine_approversLabel.setObjectName(u"routine_approversLabel")

        self.rulesLayout.addWidget(self.routine_approversLabel, 4, 0, 1, 1)

        self.routine_approvers = QPlainTextEdit(ApprovalRulesDialog)
        self.routine_approvers.setObjectName(u"routine_approvers")
        self.routine_approvers.setMaximumSize(QSize(16777215, 84))
        self.routine_approvers.setTabChangesFocus(True)

        self.rulesLayout.addWidget(self.routine_approvers, 4, 1, 1, 1)

        self.routine_approversError = QLabel(ApprovalRulesDialog)
        self.routine_approversError.setObjectName(u"routine_approversError")
        self.routine_approversError.setText(u"")
        self.routine_approversError.setWordWrap(True)
        self.routine_approversError.setTextFormat(Qt.TextFormat.PlainText)
        self.routine_approversError.setVisible(False)
        self.routine_approversError.setProperty(u"role", u"error")

        self.rulesLayout.addWidget(self.routine_approversError, 5, 1, 1, 1)

        self.rulesLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.rulesLayout)

        self.formError = QLabel(ApprovalRulesDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ApprovalRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.immediate_approversLabel.setBuddy(self.immediate_approvers)
        self.urgent_approversLabel.setBuddy(self.urgent_approvers)
        self.routine_approversLabel.setBuddy(self.routine_approvers)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.immediate_approvers, self.urgent_approvers)
        QWidget.setTabOrder(self.urgent_approvers, self.routine_approvers)
        QWidget.setTabOrder(self.routine_approvers, self.buttonBox)

        self.retranslateUi(ApprovalRulesDialog)

        QMetaObject.connectSlotsByName(ApprovalRulesDialog)
    # setupUi

    def retranslateUi(self, ApprovalRulesDialog):
        ApprovalRulesDialog.setWindowTitle(QCoreApplication.translate("ApprovalRulesDialog", u"Approval rules", None))
        self.titleLabel.setText(QCoreApplication.translate("ApprovalRulesDialog", u"Approval rules", None))
        self.immediate_approversLabel.setText(QCoreApplication.translate("ApprovalRulesDialog", u"&Immediate:", None))
        self.immediate_approvers.setPlaceholderText(QCoreApplication.translate("ApprovalRulesDialog", u"Anyone other than the requester (one approval)", None))
#if QT_CONFIG(tooltip)
        self.immediate_approvers.setToolTip(QCoreApplication.translate("ApprovalRulesDialog", u"Who must approve an immediate requisition", None))
#endif // QT_CONFIG(tooltip)
        self.urgent_approversLabel.setText(QCoreApplication.translate("ApprovalRulesDialog", u"&Urgent:", None))
        self.urgent_approvers.setPlaceholderText(QCoreApplication.translate("ApprovalRulesDialog", u"Anyone other than the requester (one approval)", None))
#if QT_CONFIG(tooltip)
        self.urgent_approvers.setToolTip(QCoreApplication.translate("ApprovalRulesDialog", u"Who must approve an urgent requisition", None))
#endif // QT_CONFIG(tooltip)
        self.routine_approversLabel.setText(QCoreApplication.translate("ApprovalRulesDialog", u"R&outine:", None))
        self.routine_approvers.setPlaceholderText(QCoreApplication.translate("ApprovalRulesDialog", u"Anyone other than the requester (one approval)", None))
#if QT_CONFIG(tooltip)
        self.routine_approvers.setToolTip(QCoreApplication.translate("ApprovalRulesDialog", u"Who must approve a routine requisition", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
