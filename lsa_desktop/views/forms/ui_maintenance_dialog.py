# Generated from ui/maintenance_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MaintenanceDialog(object):
    def setupUi(self, MaintenanceDialog):
        if not MaintenanceDialog.objectName():
            MaintenanceDialog.setObjectName(u"MaintenanceDialog")
        MaintenanceDialog.resize(520, 420)
        MaintenanceDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MaintenanceDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.assetLabel = QLabel(MaintenanceDialog)
        self.assetLabel.setObjectName(u"assetLabel")
        self.assetLabel.setWordWrap(True)
        self.assetLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.assetLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.assetLabel)

        self.openingForm = QFormLayout()
        self.openingForm.setObjectName(u"openingForm")
        self.openingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.openingForm.setVerticalSpacing(2)
        self.kindLabel = QLabel(MaintenanceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.openingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(MaintenanceDialog)
        self.kind.setObjectName(u"kind")

        self.openingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kindError = QLabel(MaintenanceDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)
        self.kindError.setTextFormat(Qt.TextFormat.PlainText)
        self.kindError.setProperty(u"role", u"error")

        self.openingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.opened_onLabel = QLabel(MaintenanceDialog)
        self.opened_onLabel.setObjectName(u"opened_onLabel")

        self.openingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opened_onLabel)

        self.opened_on = QDateEdit(MaintenanceDialog)
        self.opened_on.setObjectName(u"opened_on")
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat(u"yyyy-MM-dd")

        self.openingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opened_on)

        self.opened_onError = QLabel(MaintenanceDialog)
        self.opened_onError.setObjectName(u"opened_onError")
        self.opened_onError.setWordWrap(True)
        self.opened_onError.setTextFormat(Qt.TextFormat.PlainText)
        self.opened_onError.setProperty(u"role", u"error")

        self.openingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.opened_onError)

        self.odometer_kmLabel = QLabel(MaintenanceDialog)
        self.odometer_kmLabel.setObjectName(u"odometer_kmLabel")

        self.openingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.odometer_kmLabel)

        self.odometer_km = QLineEdit(MaintenanceDialog)
        self.odometer_km.setObjectName(u"odometer_km")
        self.odometer_km.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.openingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.odometer_km)

        self.odometer_kmError = QLabel(MaintenanceDialog)
        self.odometer_kmError.setObjectName(u"odometer_kmError")
        self.odometer_kmError.setWordWrap(True)
        self.odometer_kmError.setTextFormat(Qt.TextFormat.PlainText)
        self.odometer_kmError.setProperty(u"role", u"error")

        self.openingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.odometer_kmError)

        self.cost_usdLabel = QLabel(MaintenanceDialog)
        self.cost_usdLabel.setObjectName(u"cost_usdLabel")

        self.openingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cost_usdLabel)

        self.cost_usd = QLineEdit(MaintenanceDialog)
        self.cost_usd.setObjectName(u"cost_usd")
        self.cost_usd.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.openingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cost_usd)

        self.cost_usdError = QLabel(MaintenanceDialog)
        self.cost_usdError.setObjectName(u"cost_usdError")
        self.cost_usdError.setWordWrap(True)
        self.cost_usdError.setTextFormat(Qt.TextFormat.PlainText)
        self.cost_usdError.setProperty(u"role", u"error")

        self.openingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cost_usdError)

        self.notesLabel = QLabel(MaintenanceDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.openingForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(MaintenanceDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.openingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.notesError = QLabel(MaintenanceDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setTextFormat(Qt.TextFormat.PlainText)
        self.notesError.setProperty(u"role", u"error")

        self.openingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesError)

        self.set_under_repair = QCheckBox(MaintenanceDialog)
        self.set_under_repair.setObjectName(u"set_under_repair")

        self.openingForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.set_under_repair)


        self.dialogLayout.addLayout(self.openingForm)

        self.formError = QLabel(MaintenanceDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MaintenanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.opened_onLabel.setBuddy(self.opened_on)
        self.odometer_kmLabel.setBuddy(self.odometer_km)
        self.cost_usdLabel.setBuddy(self.cost_usd)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.opened_on)
        QWidget.setTabOrder(self.opened_on, self.odometer_km)
        QWidget.setTabOrder(self.odometer_km, self.cost_usd)
        QWidget.setTabOrder(self.cost_usd, self.notes)
        QWidget.setTabOrder(self.notes, self.set_under_repair)
        QWidget.setTabOrder(self.set_under_repair, self.buttonBox)

        self.retranslateUi(MaintenanceDialog)

        QMetaObject.connectSlotsByName(MaintenanceDialog)
    # setupUi

    def retranslateUi(self, MaintenanceDialog):
        MaintenanceDialog.setWindowTitle(QCoreApplication.translate("MaintenanceDialog", u"Open maintenance", None))
        self.kindLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"&Kind:", None))
        self.opened_onLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"&Opened on:", None))
        self.odometer_kmLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"Odom&eter (km):", None))
#if QT_CONFIG(tooltip)
        self.odometer_km.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"The reading when the work began; it can only go up", None))
#endif // QT_CONFIG(tooltip)
        self.cost_usdLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"Cos&t (USD):", None))
#if QT_CONFIG(tooltip)
        self.cost_usd.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"The estimated or known cost; may be left blank", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("MaintenanceDialog", u"&Notes:", None))
#if QT_CONFIG(tooltip)
        self.notes.setToolTip(QCoreApplication.translate("MaintenanceDialog", u"What is wrong and what is being done", None))
#endif // QT_CONFIG(tooltip)
        self.set_under_repair.setText(QCoreApplication.translate("MaintenanceDialog", u"Take it out of service (&under repair) while the work is open", None))
    # retranslateUi
