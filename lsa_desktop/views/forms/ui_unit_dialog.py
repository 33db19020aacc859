# Generated from ui/unit_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(560, 520)
        UnitDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(UnitDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(UnitDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(UnitDialog)
        self.tabs.setObjectName(u"tabs")
        self.unitTab = QWidget()
        self.unitTab.setObjectName(u"unitTab")
        self.unitTabLayout = QVBoxLayout(self.unitTab)
        self.unitTabLayout.setSpacing(8)
        self.unitTabLayout.setObjectName(u"unitTabLayout")
        self.unitTabLayout.setContentsMargins(12, 12, 12, 12)
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.codeLabel = QLabel(self.unitTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fieldsLayout.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.code = QLineEdit(self.unitTab)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(30)

        self.fieldsLayout.addWidget(self.code, 0, 1, 1, 1)

        self.codeError = QLabel(self.unitTab)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setText(u"")
        self.codeError.setWordWrap(True)
        self.codeError.setVisible(False)
        self.codeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codeError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.codeError, 1, 1, 1, 1)

        self.nameLabel = QLabel(self.unitTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 2, 0, 1, 1)

        self.name = QLineEdit(self.unitTab)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(160)

        self.fieldsLayout.addWidget(self.name, 2, 1, 1, 1)

        self.nameError = QLabel(self.unitTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nameError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.nameError, 3, 1, 1, 1)

        self.unit_typeLabel = QLabel(self.unitTab)
        self.unit_typeLabel.setObjectName(u"unit_typeLabel")

        self.fieldsLayout.addWidget(self.unit_typeLabel, 4, 0, 1, 1)

        self.unit_type = QComboBox(self.unitTab)
        self.unit_type.setObjectName(u"unit_type")

        self.fieldsLayout.addWidget(self.unit_type, 4, 1, 1, 1)

        self.unit_typeError = QLabel(self.unitTab)
        self.unit_typeError.setObjectName(u"unit_typeError")
        self.unit_typeError.setText(u"")
        self.unit_typeError.setWordWrap(True)
        self.unit_typeError.setVisible(False)
        self.unit_typeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit_typeError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.unit_typeError, 5, 1, 1, 1)

        self.contingent_idLabel = QLabel(self.unitTab)
        self.contingent_idLabel.setObjectName(u"contingent_idLabel")

        self.fieldsLayout.addWidget(self.contingent_idLabel, 6, 0, 1, 1)

        self.contingent_id = QComboBox(self.unitTab)
        self.contingent_id.setObjectName(u"contingent_id")

        self.fieldsLayout.addWidget(self.contingent_id, 6, 1, 1, 1)

        self.contingent_idError = QLabel(self.unitTab)
        self.contingent_idError.setObjectName(u"contingent_idError")
        self.contingent_idError.setText(u"")
        self.contingent_idError.setWordWrap(True)
        self.contingent_idError.setVisible(False)
        self.contingent_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contingent_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.contingent_idError, 7, 1, 1, 1)

        self.parent_idLabel = QLabel(self.unitTab)
        self.parent_idLabel.setObjectName(u"parent_idLabel")

        self.fieldsLayout.addWidget(self.parent_idLabel, 8, 0, 1, 1)

        self.parent_id = QComboBox(self.unitTab)
        self.parent_id.setObjectName(u"parent_id")

        self.fieldsLayout.addWidget(self.parent_id, 8, 1, 1, 1)

        self.parent_idError = QLabel(self.unitTab)
        self.parent_idError.setObjectName(u"parent_idError")
        self.parent_idError.setText(u"")
        self.parent_idError.setWordWrap(True)
        self.parent_idError.setVisible(False)
        self.parent_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parent_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.parent_idError, 9, 1, 1, 1)

        self.base_idLabel = QLabel(self.unitTab)
        self.base_idLabel.setObjectName(u"base_idLabel")

        self.fieldsLayout.addWidget(self.base_idLabel, 10, 0, 1, 1)

        self.base_id = QComboBox(self.unitTab)
        self.base_id.setObjectName(u"base_id")

        self.fieldsLayout.addWidget(self.base_id, 10, 1, 1, 1)

        self.base_idError = QLabel(self.unitTab)
        self.base_idError.setObjectName(u"base_idError")
        self.base_idError.setText(u"")
        self.base_idError.setWordWrap(True)
        self.base_idError.setVisible(False)
        self.base_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.base_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.base_idError, 11, 1, 1, 1)

        self.authorised_strengthLabel = QLabel(self.unitTab)
        self.authorised_strengthLabel.setObjectName(u"authorised_strengthLabel")

        self.fieldsLayout.addWidget(self.authorised_strengthLabel, 12, 0, 1, 1)

        self.authorised_strength = QSpinBox(self.unitTab)
        self.authorised_strength.setObjectName(u"authorised_strength")
        self.authorised_strength.setMinimum(-99999)
        self.authorised_strength.setMaximum(99999)

        self.fieldsLayout.addWidget(self.authorised_strength, 12, 1, 1, 1)

        self.authorised_strengthError = QLabel(self.unitTab)
        self.authorised_strengthError.setObjectName(u"authorised_strengthError")
        self.authorised_strengthError.setText(u"")
        self.authorised_strengthError.setWordWrap(True)
        self.authorised_strengthError.setVisible(False)
        self.authorised_strengthError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.authorised_strengthError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.authorised_strengthError, 13, 1, 1, 1)

        self.min_operational_strengthLabel = QLabel(self.unitTab)
        self.min_operational_strengthLabel.setObjectName(u"min_operational_strengthLabel")

        self.fieldsLayout.addWidget(self.min_operational_strengthLabel, 14, 0, 1, 1)

        self.min_operational_strength = QSpinBox(self.unitTab)
        self.min_operational_strength.setObjectName(u"min_operational_strength")
        self.min_operational_strength.setMinimum(-99999)
        self.min_operational_strength.setMaximum(99999)

        self.fieldsLayout.addWidget(self.min_operational_strength, 14, 1, 1, 1)

        self.min_operational_strengthError = QLabel(self.unitTab)
        self.min_operational_strengthError.setObjectName(u"min_operational_strengthError")
        self.min_operational_strengthError.setText(u"")
        self.min_operational_strengthError.setWordWrap(True)
        self.min_operational_strengthError.setVisible(False)
        self.min_operational_strengthError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.min_operational_strengthError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.min_operational_strengthError, 15, 1, 1, 1)

        self.inspectionsLabel = QLabel(self.unitTab)
        self.inspectionsLabel.setObjectName(u"inspectionsLabel")

        self.fieldsLayout.addWidget(self.inspectionsLabel, 16, 0, 1, 1)

        self.inspections = QLabel(self.unitTab)
        self.inspections.setObjectName(u"inspections")
        self.inspections.setText(u"")
        self.inspections.setWordWrap(True)
        self.inspections.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inspections.setProperty(u"role", u"note")

        self.fieldsLayout.addWidget(self.inspections, 16, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.unitTabLayout.addLayout(self.fieldsLayout)

        self.unitSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitTabLayout.addItem(self.unitSpacer)

        self.tabs.addTab(self.unitTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setSpacing(8)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(UnitDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.nameLabel.setBuddy(self.name)
        self.unit_typeLabel.setBuddy(self.unit_type)
        self.contingent_idLabel.setBuddy(self.contingent_id)
        self.parent_idLabel.setBuddy(self.parent_id)
        self.base_idLabel.setBuddy(self.base_id)
        self.authorised_strengthLabel.setBuddy(self.authorised_strength)
        self.min_operational_strengthLabel.setBuddy(self.min_operational_strength)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.code)
        QWidget.setTabOrder(self.code, self.name)
        QWidget.setTabOrder(self.name, self.unit_type)
        QWidget.setTabOrder(self.unit_type, self.contingent_id)
        QWidget.setTabOrder(self.contingent_id, self.parent_id)
        QWidget.setTabOrder(self.parent_id, self.base_id)
        QWidget.setTabOrder(self.base_id, self.authorised_strength)
        QWidget.setTabOrder(self.authorised_strength, self.min_operational_strength)
        QWidget.setTabOrder(self.min_operational_strength, self.buttonBox)

        self.retranslateUi(UnitDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"Unit", None))
        self.codeLabel.setText(QCoreApplication.translate("UnitDialog", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.code.setToolTip(QCoreApplication.translate("UnitDialog", u"A short code, unique in the mission: KEN-FPU-1", None))
#endif // QT_CONFIG(tooltip)
        self.code.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"KEN-FPU-1", None))
        self.nameLabel.setText(QCoreApplication.translate("UnitDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"Formed Police Unit 1", None))
        self.unit_typeLabel.setText(QCoreApplication.translate("UnitDialog", u"&Type:", None))
        self.contingent_idLabel.setText(QCoreApplication.translate("UnitDialog", u"C&ontingent:", None))
#if QT_CONFIG(tooltip)
        self.contingent_id.setToolTip(QCoreApplication.translate("UnitDialog", u"The country whose officers make up the unit", None))
#endif // QT_CONFIG(tooltip)
        self.parent_idLabel.setText(QCoreApplication.translate("UnitDialog", u"&Parent unit:", None))
#if QT_CONFIG(tooltip)
        self.parent_id.setToolTip(QCoreApplication.translate("UnitDialog", u"The unit this one belongs to; not itself or a unit under it", None))
#endif // QT_CONFIG(tooltip)
        self.base_idLabel.setText(QCoreApplication.translate("UnitDialog", u"&Base:", None))
#if QT_CONFIG(tooltip)
        self.base_id.setToolTip(QCoreApplication.translate("UnitDialog", u"Where the unit is stationed", None))
#endif // QT_CONFIG(tooltip)
        self.authorised_strengthLabel.setText(QCoreApplication.translate("UnitDialog", u"&Authorised strength:", None))
#if QT_CONFIG(tooltip)
        self.authorised_strength.setToolTip(QCoreApplication.translate("UnitDialog", u"Officers the unit should have (memorandum of understanding)", None))
#endif // QT_CONFIG(tooltip)
        self.min_operational_strengthLabel.setText(QCoreApplication.translate("UnitDialog", u"&Minimum operational strength:", None))
#if QT_CONFIG(tooltip)
        self.min_operational_strength.setToolTip(QCoreApplication.translate("UnitDialog", u"Below this many active officers the unit is flagged; not above the authorised strength", None))
#endif // QT_CONFIG(tooltip)
        self.inspectionsLabel.setText(QCoreApplication.translate("UnitDialog", u"Inspections:", None))
#if QT_CONFIG(tooltip)
        self.inspections.setToolTip(QCoreApplication.translate("UnitDialog", u"The unit's last signed inspection, and when its next periodic one is due (six months after the last periodic or arrival inspection)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.unitTab), QCoreApplication.translate("UnitDialog", u"&Unit", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("UnitDialog", u"&History", None))
    # retranslateUi
