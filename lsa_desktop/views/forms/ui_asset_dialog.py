# Generated from ui/asset_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_AssetDialog(object):
    def setupUi(self, AssetDialog):
        if not AssetDialog.objectName():
            AssetDialog.setObjectName(u"AssetDialog")
        AssetDialog.resize(820, 400)
        AssetDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AssetDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.tabs = QTabWidget(AssetDialog)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.columnsLayout = QHBoxLayout(self.detailsTab)
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(8, 10, 8, 6)
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityForm.setVerticalSpacing(2)
        self.equipment_type_idLabel = QLabel(self.detailsTab)
        self.equipment_type_idLabel.setObjectName(u"equipment_type_idLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.equipment_type_idLabel)

        self.equipment_type_id = QComboBox(self.detailsTab)
        self.equipment_type_id.setObjectName(u"equipment_type_id")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.equipment_type_id)

        self.equipment_type_idError = QLabel(self.detailsTab)
        self.equipment_type_idError.setObjectName(u"equipment_type_idError")
        self.equipment_type_idError.setWordWrap(True)
        self.equipment_type_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.equipment_type_idError.setProperty(u"role", u"error")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.equipment_type_idError)

        self.tagLabel = QLabel(self.detailsTab)
        self.tagLabel.setObjectName(u"tagLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagLabel)

        self.tag = QLineEdit(self.detailsTab)
        self.tag.setObjectName(u"tag")
        self.tag.setMaxLength(40)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tag)

        self.tagError = QLabel(self.detailsTab)
        self.tagError.setObjectName(u"tagError")
        self.tagError.setWordWrap(True)
        self.tagError.setTextFormat(Qt.TextFormat.PlainText)
        self.tagError.setProperty(u"role", u"error")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tagError)

        self.registrationLabel = QLabel(self.detailsTab)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registration = QLineEdit(self.detailsTab)
        self.registration.setObjectName(u"registration")
        self.registration.setMaxLength(30)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.registration)

        self.registrationError = QLabel(self.detailsTab)
        self.registrationError.setObjectName(u"registrationError")
        self.registrationError.setWordWrap(True)
        self.registrationError.setTextFormat(Qt.TextFormat.PlainText)
        self.registrationError.setProperty(u"role", u"error")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registrationError)

        self.makeLabel = QLabel(self.detailsTab)
        self.makeLabel.setObjectName(u"makeLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.makeLabel)

        self.make = QLineEdit(self.detailsTab)
        self.make.setObjectName(u"make")
        self.make.setMaxLength(60)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.make)

        self.makeError = QLabel(self.detailsTab)
        self.makeError.setObjectName(u"makeError")
        self.makeError.setWordWrap(True)
        self.makeError.setTextFormat(Qt.TextFormat.PlainText)
        self.makeError.setProperty(u"role", u"error")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.makeError)

        self.modelLabel = QLabel(self.detailsTab)
        self.modelLabel.setObjectName(u"modelLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.model = QLineEdit(self.detailsTab)
        self.model.setObjectName(u"model")
        self.model.setMaxLength(60)

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.model)

        self.modelError = QLabel(self.detailsTab)
        self.modelError.setObjectName(u"modelError")
        self.modelError.setWordWrap(True)
        self.modelError.setTextFormat(Qt.TextFormat.PlainText)
        self.modelError.setProperty(u"role", u"error")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.modelError)

        self.serial_numberLabel = QLabel(self.detailsTab)
        self.serial_numberLabel.setObjectName(u"serial_numberLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.serial_numberLabel)

        self.serial_number = QLineEdit(self.detailsTab)
        self.serial_number.setObjectName(u"serial_number")
        self.serial_number.setMaxLength(80)

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.serial_number)

        self.serial_numberError = QLabel(self.detailsTab)
        self.serial_numberError.setObjectName(u"serial_numberError")
        self.serial_numberError.setWordWrap(True)
        self.serial_numberError.setTextFormat(Qt.TextFormat.PlainText)
        self.serial_numberError.setProperty(u"role", u"error")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.serial_numberError)

        self.acquired_onLabel = QLabel(self.detailsTab)
        self.acquired_onLabel.setObjectName(u"acquired_onLabel")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.acquired_onLabel)

        self.acquired_on = QLineEdit(self.detailsTab)
        self.acquired_on.setObjectName(u"acquired_on")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.acquired_on)

        self.acquired_onError = QLabel(self.detailsTab)
        self.acquired_onError.setObjectName(u"acquired_onError")
        self.acquired_onError.setWordWrap(True)
        self.acquired_onError.setTextFormat(Qt.TextFormat.PlainText)
        self.acquired_onError.setProperty(u"role", u"error")

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.acquired_onError)

        self.ownerLabel = QLabel(self.detailsTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(self.detailsTab)
        self.owner.setObjectName(u"owner")

        self.identityForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.owner)

        self.ownerError = QLabel(self.detailsTab)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setWordWrap(True)
        self.ownerError.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerError.setProperty(u"role", u"error")

        self.identityForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.ownerError)

        self.acquisitionLabel = QLabel(self.detailsTab)
        self.acquisitionLabel.setObjectName(u"acquisitionLabel")

        self.identityForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.acquisitionLabel)

        self.acquisition = QComboBox(self.detailsTab)
        self.acquisition.setObjectName(u"acquisition")

        self.identityForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.acquisition)

        self.acquisitionError = QLabel(self.detailsTab)
        self.acquisitionError.setObjectName(u"acquisitionError")
        self.acquisitionError.setWordWrap(True)
        self.acquisitionError.setTextFormat(Qt.TextFormat.PlainText)
        self.acquisitionError.setProperty(u"role", u"error")

        self.identityForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.acquisitionError)


        self.columnsLayout.addLayout(self.identityForm)

        self.stateForm = QFormLayout()
        self.stateForm.setObjectName(u"stateForm")
        self.stateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stateForm.setVerticalSpacing(2)
        self.unit_idLabel = QLabel(self.detailsTab)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.stateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_idLabel)

        self.unit_id = QComboBox(self.detailsTab)
        self.unit_id.setObjectName(u"unit_id")

        self.stateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_id)

        self.unit_idError = QLabel(self.detailsTab)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_idError.setProperty(u"role", u"error")

        self.stateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_idError)

        self.statusLabel = QLabel(self.detailsTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.stateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.detailsTab)
        self.status.setObjectName(u"status")

        self.stateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.statusError = QLabel(self.detailsTab)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)
        self.statusError.setTextFormat(Qt.TextFormat.PlainText)
        self.statusError.setProperty(u"role", u"error")

        self.stateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.conditionLabel = QLabel(self.detailsTab)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.stateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.condition = QComboBox(self.detailsTab)
        self.condition.setObjectName(u"condition")

        self.stateForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.condition)

        self.conditionError = QLabel(self.detailsTab)
        self.conditionError.setObjectName(u"conditionError")
        self.conditionError.setWordWrap(True)
        self.conditionError.setTextFormat(Qt.TextFormat.PlainText)
        self.conditionError.setProperty(u"role", u"error")

        self.stateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.conditionError)

        self.odometer_kmLabel = QLabel(self.detailsTab)
        self.odometer_kmLabel.setObjectName(u"odometer_kmLabel")

        self.stateForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.odometer_kmLabel)

        self.odometer_km = QLineEdit(self.detailsTab)
        self.odometer_km.setObjectName(u"odometer_km")
        self.odometer_km.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.stateForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.odometer_km)

        self.odometer_kmError = QLabel(self.detailsTab)
        self.odometer_kmError.setObjectName(u"odometer_kmError")
        self.odometer_kmError.setWordWrap(True)
        self.odometer_kmError.setTextFormat(Qt.TextFormat.PlainText)
        self.odometer_kmError.setProperty(u"role", u"error")

        self.stateForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.odometer_kmError)

        self.next_service_dateLabel = QLabel(self.detailsTab)
        self.next_service_dateLabel.setObjectName(u"next_service_dateLabel")

        self.stateForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.next_service_dateLabel)

        self.next_service_date = QLineEdit(self.detailsTab)
        self.next_service_date.setObjectName(u"next_service_date")

        self.stateForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.next_service_date)

        self.next_service_dateError = QLabel(self.detailsTab)
        self.next_service_dateError.setObjectName(u"next_service_dateError")
        self.next_service_dateError.setWordWrap(True)
        self.next_service_dateError.setTextFormat(Qt.TextFormat.PlainText)
        self.next_service_dateError.setProperty(u"role", u"error")

        self.stateForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.next_service_dateError)

        self.next_service_kmLabel = QLabel(self.detailsTab)
        self.next_service_kmLabel.setObjectName(u"next_service_kmLabel")

        self.stateForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.next_service_kmLabel)

        self.next_service_km = QLineEdit(self.detailsTab)
        self.next_service_km.setObjectName(u"next_service_km")
        self.next_service_km.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.stateForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.next_service_km)

        self.next_service_kmError = QLabel(self.detailsTab)
        self.next_service_kmError.setObjectName(u"next_service_kmError")
        self.next_service_kmError.setWordWrap(True)
        self.next_service_kmError.setTextFormat(Qt.TextFormat.PlainText)
        self.next_service_kmError.setProperty(u"role", u"error")

        self.stateForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.next_service_kmError)

        self.workLabel = QLabel(self.detailsTab)
        self.workLabel.setObjectName(u"workLabel")
        self.workLabel.setWordWrap(True)
        self.workLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.workLabel.setProperty(u"role", u"note")

        self.stateForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.workLabel)

        self.closeWorkCheck = QCheckBox(self.detailsTab)
        self.closeWorkCheck.setObjectName(u"closeWorkCheck")

        self.stateForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.closeWorkCheck)


        self.columnsLayout.addLayout(self.stateForm)

        self.tabs.addTab(self.detailsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(AssetDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(AssetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.equipment_type_idLabel.setBuddy(self.equipment_type_id)
        self.tagLabel.setBuddy(self.tag)
        self.registrationLabel.setBuddy(self.registration)
        self.makeLabel.setBuddy(self.make)
        self.modelLabel.setBuddy(self.model)
        self.serial_numberLabel.setBuddy(self.serial_number)
        self.acquired_onLabel.setBuddy(self.acquired_on)
        self.ownerLabel.setBuddy(self.owner)
        self.acquisitionLabel.setBuddy(self.acquisition)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.statusLabel.setBuddy(self.status)
        self.conditionLabel.setBuddy(self.condition)
        self.odometer_kmLabel.setBuddy(self.odometer_km)
        self.next_service_dateLabel.setBuddy(self.next_service_date)
        self.next_service_kmLabel.setBuddy(self.next_service_km)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.equipment_type_id)
        QWidget.setTabOrder(self.equipment_type_id, self.tag)
        QWidget.setTabOrder(self.tag, self.registration)
        QWidget.setTabOrder(self.registration, self.make)
        QWidget.setTabOrder(self.make, self.model)
        QWidget.setTabOrder(self.model, self.serial_number)
        QWidget.setTabOrder(self.serial_number, self.acquired_on)
        QWidget.setTabOrder(self.acquired_on, self.owner)
        QWidget.setTabOrder(self.owner, self.acquisition)
        QWidget.setTabOrder(self.acquisition, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.status)
        QWidget.setTabOrder(self.status, self.condition)
        QWidget.setTabOrder(self.condition, self.odometer_km)
        QWidget.setTabOrder(self.odometer_km, self.next_service_date)
        QWidget.setTabOrder(self.next_service_date, self.next_service_km)
        QWidget.setTabOrder(self.next_service_km, self.closeWorkCheck)
        QWidget.setTabOrder(self.closeWorkCheck, self.buttonBox)

        self.retranslateUi(AssetDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AssetDialog)
    # setupUi

    def retranslateUi(self, AssetDialog):
        AssetDialog.setWindowTitle(QCoreApplication.translate("AssetDialog", u"Vehicle or item", None))
        self.equipment_type_idLabel.setText(QCoreApplication.translate("AssetDialog", u"&Type:", None))
#if QT_CONFIG(tooltip)
        self.equipment_type_id.setToolTip(QCoreApplication.translate("AssetDialog", u"What the item is; its make and model follow the type unless you change them", None))
#endif // QT_CONFIG(tooltip)
        self.tagLabel.setText(QCoreApplication.translate("AssetDialog", u"T&ag:", None))
#if QT_CONFIG(tooltip)
        self.tag.setToolTip(QCoreApplication.translate("AssetDialog", u"The asset tag painted or stuck on the item; left blank, the next free tag of the type is given", None))
#endif // QT_CONFIG(tooltip)
        self.registrationLabel.setText(QCoreApplication.translate("AssetDialog", u"&Registration:", None))
#if QT_CONFIG(tooltip)
        self.registration.setToolTip(QCoreApplication.translate("AssetDialog", u"The number plate; a vehicle needs one", None))
#endif // QT_CONFIG(tooltip)
        self.makeLabel.setText(QCoreApplication.translate("AssetDialog", u"&Make:", None))
        self.modelLabel.setText(QCoreApplication.translate("AssetDialog", u"Mo&del:", None))
        self.serial_numberLabel.setText(QCoreApplication.translate("AssetDialog", u"Seria&l number:", None))
#if QT_CONFIG(tooltip)
        self.serial_number.setToolTip(QCoreApplication.translate("AssetDialog", u"The manufacturer's serial or chassis number", None))
#endif // QT_CONFIG(tooltip)
        self.acquired_onLabel.setText(QCoreApplication.translate("AssetDialog", u"Ac&quired on:", None))
#if QT_CONFIG(tooltip)
        self.acquired_on.setToolTip(QCoreApplication.translate("AssetDialog", u"The day the item came to the mission (YYYY-MM-DD); may be left blank", None))
#endif // QT_CONFIG(tooltip)
        self.acquired_on.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"YYYY-MM-DD", None))
        self.ownerLabel.setText(QCoreApplication.translate("AssetDialog", u"&Owner:", None))
#if QT_CONFIG(tooltip)
        self.owner.setToolTip(QCoreApplication.translate("AssetDialog", u"Who owns it: the contingent (COE), the UN, a donor or the mission", None))
#endif // QT_CONFIG(tooltip)
        self.acquisitionLabel.setText(QCoreApplication.translate("AssetDialog", u"Ho&w acquired:", None))
        self.unit_idLabel.setText(QCoreApplication.translate("AssetDialog", u"U&nit:", None))
#if QT_CONFIG(tooltip)
        self.unit_id.setToolTip(QCoreApplication.translate("AssetDialog", u"The unit that holds the item; its holdings and readiness count it", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("AssetDialog", u"Stat&us:", None))
#if QT_CONFIG(tooltip)
        self.status.setToolTip(QCoreApplication.translate("AssetDialog", u"In service counts as serviceable; unserviceable and under repair as held but not working", None))
#endif // QT_CONFIG(tooltip)
        self.conditionLabel.setText(QCoreApplication.translate("AssetDialog", u"Condit&ion:", None))
        self.odometer_kmLabel.setText(QCoreApplication.translate("AssetDialog", u"Odom&eter (km):", None))
#if QT_CONFIG(tooltip)
        self.odometer_km.setToolTip(QCoreApplication.translate("AssetDialog", u"The reading in kilometres; it can only go up", None))
#endif // QT_CONFIG(tooltip)
        self.next_service_dateLabel.setText(QCoreApplication.translate("AssetDialog", u"Ne&xt service on:", None))
#if QT_CONFIG(tooltip)
        self.next_service_date.setToolTip(QCoreApplication.translate("AssetDialog", u"The day the next service is due (YYYY-MM-DD)", None))
#endif // QT_CONFIG(tooltip)
        self.next_service_date.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"YYYY-MM-DD", None))
        self.next_service_kmLabel.setText(QCoreApplication.translate("AssetDialog", u"Next service at (&km):", None))
#if QT_CONFIG(tooltip)
        self.next_service_km.setToolTip(QCoreApplication.translate("AssetDialog", u"The odometer reading at which the next service is due", None))
#endif // QT_CONFIG(tooltip)
        self.closeWorkCheck.setText(QCoreApplication.translate("AssetDialog", u"Close the open maintenance on sa&ving", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("AssetDialog", u"Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("AssetDialog", u"Histor&y", None))
    # retranslateUi
