# Generated from ui/qualification_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_QualificationDialog(object):
    def setupUi(self, QualificationDialog):
        if not QualificationDialog.objectName():
            QualificationDialog.setObjectName(u"QualificationDialog")
        QualificationDialog.resize(500, 320)
        QualificationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(QualificationDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(QualificationDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.qualification_type_idLabel = QLabel(QualificationDialog)
        self.qualification_type_idLabel.setObjectName(u"qualification_type_idLabel")

        self.fieldsLayout.addWidget(self.qualification_type_idLabel, 0, 0, 1, 1)

        self.qualification_type_id = QComboBox(QualificationDialog)
        self.qualification_type_id.setObjectName(u"qualification_type_id")

        self.fieldsLayout.addWidget(self.qualification_type_id, 0, 1, 1, 1)

        self.qualification_type_idError = QLabel(QualificationDialog)
        self.qualification_type_idError.setObjectName(u"qualification_type_idError")
        self.qualification_type_idError.setText(u"")
        self.qualification_type_idError.setWordWrap(True)
        self.qualification_type_idError.setVisible(False)
        self.qualification_type_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qualification_type_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.qualification_type_idError, 1, 1, 1, 1)

        self.numberLabel = QLabel(QualificationDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fieldsLayout.addWidget(self.numberLabel, 2, 0, 1, 1)

        self.number = QLineEdit(QualificationDialog)
        self.number.setObjectName(u"number")
        self.number.setMaxLength(60)

        self.fieldsLayout.addWidget(self.number, 2, 1, 1, 1)

        self.numberError = QLabel(QualificationDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setText(u"")
        self.numberError.setWordWrap(True)
        self.numberError.setVisible(False)
        self.numberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.numberError, 3, 1, 1, 1)

        self.issued_onSet = QCheckBox(QualificationDialog)
        self.issued_onSet.setObjectName(u"issued_onSet")

        self.fieldsLayout.addWidget(self.issued_onSet, 4, 0, 1, 1)

        self.issued_on = QDateEdit(QualificationDialog)
        self.issued_on.setObjectName(u"issued_on")
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.issued_on, 4, 1, 1, 1)

        self.issued_onError = QLabel(QualificationDialog)
        self.issued_onError.setObjectName(u"issued_onError")
        self.issued_onError.setText(u"")
        self.issued_onError.setWordWrap(True)
        self.issued_onError.setVisible(False)
        self.issued_onError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued_onError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.issued_onError, 5, 1, 1, 1)

        self.expires_onSet = QCheckBox(QualificationDialog)
        self.expires_onSet.setObjectName(u"expires_onSet")

        self.fieldsLayout.addWidget(self.expires_onSet, 6, 0, 1, 1)

        self.expires_on = QDateEdit(QualificationDialog)
        self.expires_on.setObjectName(u"expires_on")
        self.expires_on.setCalendarPopup(True)
        self.expires_on.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.expires_on, 6, 1, 1, 1)

        self.expires_onError = QLabel(QualificationDialog)
        self.expires_onError.setObjectName(u"expires_onError")
        self.expires_onError.setText(u"")
        self.expires_onError.setWordWrap(True)
        self.expires_onError.setVisible(False)
        self.expires_onError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expires_onError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.expires_onError, 7, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.validityNote = QLabel(QualificationDialog)
        self.validityNote.setObjectName(u"validityNote")
        self.validityNote.setText(u"")
        self.validityNote.setWordWrap(True)
        self.validityNote.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.validityNote)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(QualificationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(QualificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.qualification_type_idLabel.setBuddy(self.qualification_type_id)
        self.numberLabel.setBuddy(self.number)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.qualification_type_id, self.number)
        QWidget.setTabOrder(self.number, self.issued_onSet)
        QWidget.setTabOrder(self.issued_onSet, self.issued_on)
        QWidget.setTabOrder(self.issued_on, self.expires_onSet)
        QWidget.setTabOrder(self.expires_onSet, self.expires_on)
        QWidget.setTabOrder(self.expires_on, self.buttonBox)

        self.retranslateUi(QualificationDialog)

        QMetaObject.connectSlotsByName(QualificationDialog)
    # setupUi

    def retranslateUi(self, QualificationDialog):
        QualificationDialog.setWindowTitle(QCoreApplication.translate("QualificationDialog", u"Qualification", None))
        self.qualification_type_idLabel.setText(QCoreApplication.translate("QualificationDialog", u"&Qualification:", None))
        self.numberLabel.setText(QCoreApplication.translate("QualificationDialog", u"&Number:", None))
#if QT_CONFIG(tooltip)
        self.number.setToolTip(QCoreApplication.translate("QualificationDialog", u"The licence or certificate number, as written on it", None))
#endif // QT_CONFIG(tooltip)
        self.issued_onSet.setText(QCoreApplication.translate("QualificationDialog", u"&Issued on:", None))
#if QT_CONFIG(tooltip)
        self.issued_onSet.setToolTip(QCoreApplication.translate("QualificationDialog", u"Tick when the issue date is known", None))
#endif // QT_CONFIG(tooltip)
        self.expires_onSet.setText(QCoreApplication.translate("QualificationDialog", u"&Expires on:", None))
#if QT_CONFIG(tooltip)
        self.expires_onSet.setToolTip(QCoreApplication.translate("QualificationDialog", u"Tick when it expires; filled in from the issue date and the qualification's validity", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
