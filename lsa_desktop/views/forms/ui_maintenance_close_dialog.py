# Generated from ui/maintenance_close_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_MaintenanceCloseDialog(object):
    def setupUi(self, MaintenanceCloseDialog):
        if not MaintenanceCloseDialog.objectName():
            MaintenanceCloseDialog.setObjectName(u"MaintenanceCloseDialog")
        MaintenanceCloseDialog.resize(520, 440)
        MaintenanceCloseDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MaintenanceCloseDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.assetLabel = QLabel(MaintenanceCloseDialog)
        self.assetLabel.setObjectName(u"assetLabel")
        self.assetLabel.setWordWrap(True)
        self.assetLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.assetLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.assetLabel)

        self.closingForm = QFormLayout()
        self.closingForm.setObjectName(u"closingForm")
        self.closingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closingForm.setVerticalSpacing(2)
        self.closed_onLabel = QLabel(MaintenanceCloseDialog)
        self.closed_onLabel.setObjectName(u"closed_onLabel")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closed_onLabel)

        self.closed_on = QDateEdit(MaintenanceCloseDialog)
        self.closed_on.setObjectName(u"closed_on")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat(u"yyyy-MM-dd")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closed_on)

        self.closed_onError = QLabel(MaintenanceCloseDialog)
        self.closed_onError.setObjectName(u"closed_onError")
        self.closed_onError.setWordWrap(True)
        self.closed_onError.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_onError.setProperty(u"role", u"error")

        self.closingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closed_onError)

        self.cost_usdLabel = QLabel(MaintenanceCloseDialog)
        self.cost_usdLabel.setObjectName(u"cost_usdLabel")

        self.closingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cost_usdLabel)

        self.cost_usd = QLineEdit(MaintenanceCloseDialog)
        self.cost_usd.setObjectName(u"cost_usd")
        self.cost_usd.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.closingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cost_usd)

        self.cost_usdError = QLabel(MaintenanceCloseDialog)
        self.cost_usdError.setObjectName(u"cost_usdError")
        self.cost_usdError.setWordWrap(True)
        self.cost_usdError.setTextFormat(Qt.TextFormat.PlainText)
        self.cost_usdError.setProperty(u"role", u"error")

        self.closingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cost_usdError)

        self.downtime_daysLabel = QLabel(MaintenanceCloseDialog)
        self.downtime_daysLabel.setObjectName(u"downtime_daysLabel")

        self.closingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.downtime_daysLabel)

        self.downtime_days = QLineEdit(MaintenanceCloseDialog)
        self.downtime_days.setObjectName(u"downtime_days")
        self.downtime_days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.closingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.downtime_days)

        self.downtime_daysError = QLabel(MaintenanceCloseDialog)
        self.downtime_daysError.setObjectName(u"downtime_daysError")
        self.downtime_daysError.setWordWrap(True)
        self.downtime_daysError.setTextFormat(Qt.TextFormat.PlainText)
        self.downtime_daysError.setProperty(u"role", u"error")

        self.closingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.downtime_daysError)

        self.notesLabel = QLabel(MaintenanceCloseDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.closingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(MaintenanceCloseDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.closingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)

        self.notesError = QLabel(MaintenanceCloseDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setTextFormat(Qt.TextFormat.PlainText)
        self.notesError.setProperty(u"role", u"error")

        self.closingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesError)

        self.return_to_service = QCheckBox(MaintenanceCloseDialog)
        self.return_to_service.setObjectName(u"return_to_service")

        self.closingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.return_to_service)

        self.plan_next_service = QCheckBox(MaintenanceCloseDialog)
        self.plan_next_service.setObjectName(u"plan_next_service")

        self.closingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.plan_next_service)

        self.nextServiceLabel = QLabel(MaintenanceCloseDialog)
        self.nextServiceLabel.setObjectName(u"nextServiceLabel")
        self.nextServiceLabel.setWordWrap(True)
        self.nextServiceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nextServiceLabel.setProperty(u"role", u"note")

        self.closingForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.nextServiceLabel)


        self.dialogLayout.addLayout(self.closingForm)

        self.formError = QLabel(MaintenanceCloseDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MaintenanceCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.closed_onLabel.setBuddy(self.closed_on)
        self.cost_usdLabel.setBuddy(self.cost_usd)
        self.downtime_daysLabel.setBuddy(self.downtime_days)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.closed_on, self.cost_usd)
        QWidget.setTabOrder(self.cost_usd, self.downtime_days)
        QWidget.setTabOrder(self.downtime_days, self.notes)
        QWidget.setTabOrder(self.notes, self.return_to_service)
        QWidget.setTabOrder(self.return_to_service, self.plan_next_service)
        QWidget.setTabOrder(self.plan_next_service, self.buttonBox)

        self.retranslateUi(MaintenanceCloseDialog)

        QMetaObject.connectSlotsByName(MaintenanceCloseDialog)
    # setupUi

    def retranslateUi(self, MaintenanceCloseDialog):
        MaintenanceCloseDialog.setWindowTitle(QCoreApplication.translate("MaintenanceCloseDialog", u"Close maintenance", None))
        self.closed_onLabel.setText(QCoreApplication.translate("MaintenanceCloseDialog", u"C&losed on:", None))
        self.cost_usdLabel.setText(QCoreApplication.translate("MaintenanceCloseDialog", u"Cos&t (USD):", None))
#if QT_CONFIG(tooltip)
        self.cost_usd.setToolTip(QCoreApplication.translate("MaintenanceCloseDialog", u"The final cost; may be left blank", None))
#endif // QT_CONFIG(tooltip)
        self.downtime_daysLabel.setText(QCoreApplication.translate("MaintenanceCloseDialog", u"&Downtime (days):", None))
#if QT_CONFIG(tooltip)
        self.downtime_days.setToolTip(QCoreApplication.translate("MaintenanceCloseDialog", u"Days out of use; left blank, the days from opening to closing", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("MaintenanceCloseDialog", u"&Notes:", None))
        self.return_to_service.setText(QCoreApplication.translate("MaintenanceCloseDialog", u"&Return it to service", None))
        self.plan_next_service.setText(QCoreApplication.translate("MaintenanceCloseDialog", u"&Plan the next service from the type's intervals", None))
    # retranslateUi
