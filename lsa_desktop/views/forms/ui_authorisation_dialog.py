# Generated from ui/authorisation_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_AuthorisationDialog(object):
    def setupUi(self, AuthorisationDialog):
        if not AuthorisationDialog.objectName():
            AuthorisationDialog.setObjectName(u"AuthorisationDialog")
        AuthorisationDialog.resize(520, 330)
        AuthorisationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AuthorisationDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.tabs = QTabWidget(AuthorisationDialog)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(8, 10, 8, 6)
        self.authorisationForm = QFormLayout()
        self.authorisationForm.setObjectName(u"authorisationForm")
        self.authorisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.authorisationForm.setVerticalSpacing(2)
        self.unit_idLabel = QLabel(self.detailsTab)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.authorisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_idLabel)

        self.unit_id = QComboBox(self.detailsTab)
        self.unit_id.setObjectName(u"unit_id")

        self.authorisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_id)

        self.unit_idError = QLabel(self.detailsTab)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_idError.setProperty(u"role", u"error")

        self.authorisationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_idError)

        self.equipment_type_idLabel = QLabel(self.detailsTab)
        self.equipment_type_idLabel.setObjectName(u"equipment_type_idLabel")

        self.authorisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.equipment_type_idLabel)

        self.equipment_type_id = QComboBox(self.detailsTab)
        self.equipment_type_id.setObjectName(u"equipment_type_id")

        self.authorisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.equipment_type_id)

        self.equipment_type_idError = QLabel(self.detailsTab)
        self.equipment_type_idError.setObjectName(u"equipment_type_idError")
        self.equipment_type_idError.setWordWrap(True)
        self.equipment_type_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.equipment_type_idError.setProperty(u"role", u"error")

        self.authorisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.equipment_type_idError)

        self.quantityLabel = QLabel(self.detailsTab)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.authorisationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantity = QLineEdit(self.detailsTab)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.authorisationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.quantityError = QLabel(self.detailsTab)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setWordWrap(True)
        self.quantityError.setTextFormat(Qt.TextFormat.PlainText)
        self.quantityError.setProperty(u"role", u"error")

        self.authorisationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quantityError)

        self.basisLabel = QLabel(self.detailsTab)
        self.basisLabel.setObjectName(u"basisLabel")

        self.authorisationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basis = QComboBox(self.detailsTab)
        self.basis.setObjectName(u"basis")

        self.authorisationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.basis)

        self.basisError = QLabel(self.detailsTab)
        self.basisError.setObjectName(u"basisError")
        self.basisError.setWordWrap(True)
        self.basisError.setTextFormat(Qt.TextFormat.PlainText)
        self.basisError.setProperty(u"role", u"error")

        self.authorisationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.basisError)

        self.referenceLabel = QLabel(self.detailsTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.authorisationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.detailsTab)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(120)

        self.authorisationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reference)

        self.referenceError = QLabel(self.detailsTab)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setWordWrap(True)
        self.referenceError.setTextFormat(Qt.TextFormat.PlainText)
        self.referenceError.setProperty(u"role", u"error")

        self.authorisationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.referenceError)


        self.detailsLayout.addLayout(self.authorisationForm)

        self.tabs.addTab(self.detailsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(AuthorisationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(AuthorisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.equipment_type_idLabel.setBuddy(self.equipment_type_id)
        self.quantityLabel.setBuddy(self.quantity)
        self.basisLabel.setBuddy(self.basis)
        self.referenceLabel.setBuddy(self.reference)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.equipment_type_id)
        QWidget.setTabOrder(self.equipment_type_id, self.quantity)
        QWidget.setTabOrder(self.quantity, self.basis)
        QWidget.setTabOrder(self.basis, self.reference)
        QWidget.setTabOrder(self.reference, self.buttonBox)

        self.retranslateUi(AuthorisationDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AuthorisationDialog)
    # setupUi

    def retranslateUi(self, AuthorisationDialog):
        AuthorisationDialog.setWindowTitle(QCoreApplication.translate("AuthorisationDialog", u"Authorisation", None))
        self.unit_idLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Unit:", None))
        self.equipment_type_idLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Equipment:", None))
        self.quantityLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Quantity:", None))
#if QT_CONFIG(tooltip)
        self.quantity.setToolTip(QCoreApplication.translate("AuthorisationDialog", u"How many the unit should hold", None))
#endif // QT_CONFIG(tooltip)
        self.basisLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Basis:", None))
#if QT_CONFIG(tooltip)
        self.basis.setToolTip(QCoreApplication.translate("AuthorisationDialog", u"Where the figure comes from: the MOU with the UN, the mission's statement of requirements, or the commander", None))
#endif // QT_CONFIG(tooltip)
        self.referenceLabel.setText(QCoreApplication.translate("AuthorisationDialog", u"&Reference:", None))
#if QT_CONFIG(tooltip)
        self.reference.setToolTip(QCoreApplication.translate("AuthorisationDialog", u"The MOU annex, statement or order the figure comes from", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("AuthorisationDialog", u"Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("AuthorisationDialog", u"Histor&y", None))
    # retranslateUi
