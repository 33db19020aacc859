# Generated from ui/vehicle_status_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_VehicleStatusDialog(object):
    def setupUi(self, VehicleStatusDialog):
        if not VehicleStatusDialog.objectName():
            VehicleStatusDialog.setObjectName(u"VehicleStatusDialog")
        VehicleStatusDialog.resize(480, 220)
        VehicleStatusDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(VehicleStatusDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.selectionLabel = QLabel(VehicleStatusDialog)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setWordWrap(True)
        self.selectionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.selectionLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.selectionLabel)

        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusForm.setVerticalSpacing(2)
        self.statusLabel = QLabel(VehicleStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(VehicleStatusDialog)
        self.status.setObjectName(u"status")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.statusError = QLabel(VehicleStatusDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)
        self.statusError.setTextFormat(Qt.TextFormat.PlainText)
        self.statusError.setProperty(u"role", u"error")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.close_open_work = QCheckBox(VehicleStatusDialog)
        self.close_open_work.setObjectName(u"close_open_work")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.close_open_work)


        self.dialogLayout.addLayout(self.statusForm)

        self.formError = QLabel(VehicleStatusDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(VehicleStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.close_open_work)
        QWidget.setTabOrder(self.close_open_work, self.buttonBox)

        self.retranslateUi(VehicleStatusDialog)

        QMetaObject.connectSlotsByName(VehicleStatusDialog)
    # setupUi

    def retranslateUi(self, VehicleStatusDialog):
        VehicleStatusDialog.setWindowTitle(QCoreApplication.translate("VehicleStatusDialog", u"Change status", None))
        self.statusLabel.setText(QCoreApplication.translate("VehicleStatusDialog", u"&New status:", None))
        self.close_open_work.setText(QCoreApplication.translate("VehicleStatusDialog", u"C&lose their open maintenance today", None))
    # retranslateUi
