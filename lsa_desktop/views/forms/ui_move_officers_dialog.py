# Generated from ui/move_officers_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MoveOfficersDialog(object):
    def setupUi(self, MoveOfficersDialog):
        if not MoveOfficersDialog.objectName():
            MoveOfficersDialog.setObjectName(u"MoveOfficersDialog")
        MoveOfficersDialog.resize(460, 220)
        MoveOfficersDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MoveOfficersDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.summaryLabel = QLabel(MoveOfficersDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.unit_idLabel = QLabel(MoveOfficersDialog)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.fieldsLayout.addWidget(self.unit_idLabel, 0, 0, 1, 1)

        self.unit_id = QComboBox(MoveOfficersDialog)
        self.unit_id.setObjectName(u"unit_id")

        self.fieldsLayout.addWidget(self.unit_id, 0, 1, 1, 1)

        self.unit_idError = QLabel(MoveOfficersDialog)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setText(u"")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setVisible(False)
        self.unit_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.unit_idError, 1, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.noteLabel = QLabel(MoveOfficersDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(MoveOfficersDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MoveOfficersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unit_idLabel.setBuddy(self.unit_id)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_id, self.buttonBox)

        self.retranslateUi(MoveOfficersDialog)

        QMetaObject.connectSlotsByName(MoveOfficersDialog)
    # setupUi

    def retranslateUi(self, MoveOfficersDialog):
        MoveOfficersDialog.setWindowTitle(QCoreApplication.translate("MoveOfficersDialog", u"Move to unit", None))
        self.unit_idLabel.setText(QCoreApplication.translate("MoveOfficersDialog", u"&Unit:", None))
        self.noteLabel.setText(QCoreApplication.translate("MoveOfficersDialog", u"The move is recorded today in each officer's history; officers already in that unit are left as they are.", None))
    # retranslateUi
