# Generated from ui/donor_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DonorDialog(object):
    def setupUi(self, DonorDialog):
        if not DonorDialog.objectName():
            DonorDialog.setObjectName(u"DonorDialog")
        DonorDialog.resize(480, 340)
        DonorDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DonorDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(DonorDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(DonorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(DonorDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(160)

        self.fieldsLayout.addWidget(self.name, 0, 1, 1, 1)

        self.nameError = QLabel(DonorDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nameError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.donor_typeLabel = QLabel(DonorDialog)
        self.donor_typeLabel.setObjectName(u"donor_typeLabel")

        self.fieldsLayout.addWidget(self.donor_typeLabel, 2, 0, 1, 1)

        self.donor_type = QComboBox(DonorDialog)
        self.donor_type.setObjectName(u"donor_type")

        self.fieldsLayout.addWidget(self.donor_type, 2, 1, 1, 1)

        self.donor_typeError = QLabel(DonorDialog)
        self.donor_typeError.setObjectName(u"donor_typeError")
        self.donor_typeError.setText(u"")
        self.donor_typeError.setWordWrap(True)
        self.donor_typeError.setVisible(False)
        self.donor_typeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.donor_typeError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.donor_typeError, 3, 1, 1, 1)

        self.country_codeLabel = QLabel(DonorDialog)
        self.country_codeLabel.setObjectName(u"country_codeLabel")

        self.fieldsLayout.addWidget(self.country_codeLabel, 4, 0, 1, 1)

        self.country_code = QComboBox(DonorDialog)
        self.country_code.setObjectName(u"country_code")

        self.fieldsLayout.addWidget(self.country_code, 4, 1, 1, 1)

        self.country_codeError = QLabel(DonorDialog)
        self.country_codeError.setObjectName(u"country_codeError")
        self.country_codeError.setText(u"")
        self.country_codeError.setWordWrap(True)
        self.country_codeError.setVisible(False)
        self.country_codeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.country_codeError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.country_codeError, 5, 1, 1, 1)

        self.contactLabel = QLabel(DonorDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.fieldsLayout.addWidget(self.contactLabel, 6, 0, 1, 1)

        self.contact = QPlainTextEdit(DonorDialog)
        self.contact.setObjectName(u"contact")
        self.contact.setTabChangesFocus(True)
        self.contact.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.contact, 6, 1, 1, 1)

        self.contactError = QLabel(DonorDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setText(u"")
        self.contactError.setWordWrap(True)
        self.contactError.setVisible(False)
        self.contactError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contactError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.contactError, 7, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formError = QLabel(DonorDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DonorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.donor_typeLabel.setBuddy(self.donor_type)
        self.country_codeLabel.setBuddy(self.country_code)
        self.contactLabel.setBuddy(self.contact)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.donor_type)
        QWidget.setTabOrder(self.donor_type, self.country_code)
        QWidget.setTabOrder(self.country_code, self.contact)
        QWidget.setTabOrder(self.contact, self.buttonBox)

        self.retranslateUi(DonorDialog)

        QMetaObject.connectSlotsByName(DonorDialog)
    # setupUi

    def retranslateUi(self, DonorDialog):
        DonorDialog.setWindowTitle(QCoreApplication.translate("DonorDialog", u"Donor", None))
        self.nameLabel.setText(QCoreApplication.translate("DonorDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("DonorDialog", u"Canada", None))
#if QT_CONFIG(tooltip)
        self.name.setToolTip(QCoreApplication.translate("DonorDialog", u"The donor's name, as its reports should read it: unique", None))
#endif // QT_CONFIG(tooltip)
        self.donor_typeLabel.setText(QCoreApplication.translate("DonorDialog", u"&Type:", None))
#if QT_CONFIG(tooltip)
        self.donor_type.setToolTip(QCoreApplication.translate("DonorDialog", u"Government, multilateral (a UN trust fund), NGO or private", None))
#endif // QT_CONFIG(tooltip)
        self.country_codeLabel.setText(QCoreApplication.translate("DonorDialog", u"&Country:", None))
#if QT_CONFIG(tooltip)
        self.country_code.setToolTip(QCoreApplication.translate("DonorDialog", u"The donor's country; none for a multilateral fund", None))
#endif // QT_CONFIG(tooltip)
        self.contactLabel.setText(QCoreApplication.translate("DonorDialog", u"C&ontact:", None))
#if QT_CONFIG(tooltip)
        self.contact.setToolTip(QCoreApplication.translate("DonorDialog", u"Who to write to at the donor, with an e-mail or a telephone number", None))
#endif // QT_CONFIG(tooltip)
        self.contact.setPlaceholderText(QCoreApplication.translate("DonorDialog", u"Name, e-mail, telephone", None))
    # retranslateUi
