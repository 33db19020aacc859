# Generated from ui/person_status_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonStatusDialog(object):
    def setupUi(self, PersonStatusDialog):
        if not PersonStatusDialog.objectName():
            PersonStatusDialog.setObjectName(u"PersonStatusDialog")
        PersonStatusDialog.resize(480, 280)
        PersonStatusDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PersonStatusDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.summaryLabel = QLabel(PersonStatusDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.statusLabel = QLabel(PersonStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.addWidget(self.statusLabel, 0, 0, 1, 1)

        self.status = QComboBox(PersonStatusDialog)
        self.status.setObjectName(u"status")

        self.fieldsLayout.addWidget(self.status, 0, 1, 1, 1)

        self.statusError = QLabel(PersonStatusDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setVisible(False)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.statusError, 1, 1, 1, 1)

        self.tour_end_dateLabel = QLabel(PersonStatusDialog)
        self.tour_end_dateLabel.setObjectName(u"tour_end_dateLabel")

        self.fieldsLayout.addWidget(self.tour_end_dateLabel, 2, 0, 1, 1)

        self.tour_end_date = QDateEdit(PersonStatusDialog)
        self.tour_end_date.setObjectName(u"tour_end_date")
        self.tour_end_date.setCalendarPopup(True)
        self.tour_end_date.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.tour_end_date, 2, 1, 1, 1)

        self.tour_end_dateError = QLabel(PersonStatusDialog)
        self.tour_end_dateError.setObjectName(u"tour_end_dateError")
        self.tour_end_dateError.setText(u"")
        self.tour_end_dateError.setWordWrap(True)
        self.tour_end_dateError.setVisible(False)
        self.tour_end_dateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tour_end_dateError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.tour_end_dateError, 3, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.noteLabel = QLabel(PersonStatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(PersonStatusDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PersonStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.tour_end_dateLabel.setBuddy(self.tour_end_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.tour_end_date)
        QWidget.setTabOrder(self.tour_end_date, self.buttonBox)

        self.retranslateUi(PersonStatusDialog)

        QMetaObject.connectSlotsByName(PersonStatusDialog)
    # setupUi

    def retranslateUi(self, PersonStatusDialog):
        PersonStatusDialog.setWindowTitle(QCoreApplication.translate("PersonStatusDialog", u"Change status", None))
        self.statusLabel.setText(QCoreApplication.translate("PersonStatusDialog", u"&Status:", None))
        self.tour_end_dateLabel.setText(QCoreApplication.translate("PersonStatusDialog", u"&Left on:", None))
#if QT_CONFIG(tooltip)
        self.tour_end_date.setToolTip(QCoreApplication.translate("PersonStatusDialog", u"The day the officers left the mission: it becomes their tour end", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("PersonStatusDialog", u"Repatriated officers need the day they left: it becomes their tour end.", None))
    # retranslateUi
