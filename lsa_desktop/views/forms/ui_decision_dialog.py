# Generated from ui/decision_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(680, 560)
        DecisionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DecisionDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(DecisionDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(DecisionDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.noteLabel)

        self.whoLayout = QGridLayout()
        self.whoLayout.setObjectName(u"whoLayout")
        self.whoLayout.setHorizontalSpacing(10)
        self.whoLayout.setVerticalSpacing(4)
        self.approverLabel = QLabel(DecisionDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.whoLayout.addWidget(self.approverLabel, 0, 0, 1, 1)

        self.approver = QLineEdit(DecisionDialog)
        self.approver.setObjectName(u"approver")

        self.whoLayout.addWidget(self.approver, 0, 1, 1, 1)

        self.roleLabel = QLabel(DecisionDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.whoLayout.addWidget(self.roleLabel, 0, 2, 1, 1)

        self.role = QLineEdit(DecisionDialog)
        self.role.setObjectName(u"role")

        self.whoLayout.addWidget(self.role, 0, 3, 1, 1)

        self.approverError = QLabel(DecisionDialog)
        self.approverError.setObjectName(u"approverError")
        self.approverError.setText(u"")
        self.approverError.setWordWrap(True)
        self.approverError.setTextFormat(Qt.TextFormat.PlainText)
        self.approverError.setVisible(False)
        self.approverError.setProperty(u"role", u"error")

        self.whoLayout.addWidget(self.approverError, 1, 1, 1, 1)

        self.roleError = QLabel(DecisionDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setText(u"")
        self.roleError.setWordWrap(True)
        self.roleError.setTextFormat(Qt.TextFormat.PlainText)
        self.roleError.setVisible(False)
        self.roleError.setProperty(u"role", u"error")

        self.whoLayout.addWidget(self.roleError, 1, 3, 1, 1)

        self.whoLayout.setColumnStretch(1, 1)
        self.whoLayout.setColumnStretch(3, 1)

        self.dialogLayout.addLayout(self.whoLayout)

        self.commentLabel = QLabel(DecisionDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.dialogLayout.addWidget(self.commentLabel)

        self.comment = QPlainTextEdit(DecisionDialog)
        self.comment.setObjectName(u"comment")
        self.comment.setMaximumSize(QSize(16777215, 96))
        self.comment.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.comment)

        self.commentError = QLabel(DecisionDialog)
        self.commentError.setObjectName(u"commentError")
        self.commentError.setText(u"")
        self.commentError.setWordWrap(True)
        self.commentError.setTextFormat(Qt.TextFormat.PlainText)
        self.commentError.setVisible(False)
        self.commentError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.commentError)

        self.linesLabel = QLabel(DecisionDialog)
        self.linesLabel.setObjectName(u"linesLabel")

        self.dialogLayout.addWidget(self.linesLabel)

        self.lines = QTableView(DecisionDialog)
        self.lines.setObjectName(u"lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.lines)

        self.totalLabel = QLabel(DecisionDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.totalLabel)

        self.linesError = QLabel(DecisionDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setTextFormat(Qt.TextFormat.PlainText)
        self.linesError.setVisible(False)
        self.linesError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.linesError)

        self.formError = QLabel(DecisionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.approverLabel.setBuddy(self.approver)
        self.roleLabel.setBuddy(self.role)
        self.commentLabel.setBuddy(self.comment)
        self.linesLabel.setBuddy(self.lines)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approver, self.role)
        QWidget.setTabOrder(self.role, self.comment)
        QWidget.setTabOrder(self.comment, self.lines)
        QWidget.setTabOrder(self.lines, self.buttonBox)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decision", None))
        self.approverLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Approver:", None))
#if QT_CONFIG(tooltip)
        self.approver.setToolTip(QCoreApplication.translate("DecisionDialog", u"Rank, initials and surname of the person deciding; not the requester", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Role:", None))
        self.role.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"For example Chief Logistics Officer", None))
#if QT_CONFIG(tooltip)
        self.role.setToolTip(QCoreApplication.translate("DecisionDialog", u"The post the approver decides in; the approval rules may name it", None))
#endif // QT_CONFIG(tooltip)
        self.commentLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Comment:", None))
        self.comment.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"What the requester and the next approvers should know", None))
        self.linesLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Quantities approved:", None))
    # retranslateUi
