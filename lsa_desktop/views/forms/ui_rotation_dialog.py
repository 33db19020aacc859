# Generated from ui/rotation_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RotationDialog(object):
    def setupUi(self, RotationDialog):
        if not RotationDialog.objectName():
            RotationDialog.setObjectName(u"RotationDialog")
        RotationDialog.resize(680, 640)
        RotationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RotationDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.introLabel = QLabel(RotationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setSpacing(16)
        self.kindLayout.setObjectName(u"kindLayout")
        self.arrivalsRadio = QRadioButton(RotationDialog)
        self.arrivalsRadio.setObjectName(u"arrivalsRadio")
        self.arrivalsRadio.setChecked(True)

        self.kindLayout.addWidget(self.arrivalsRadio)

        self.departuresRadio = QRadioButton(RotationDialog)
        self.departuresRadio.setObjectName(u"departuresRadio")

        self.kindLayout.addWidget(self.departuresRadio)

        self.kindSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.dialogLayout.addLayout(self.kindLayout)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.unit_idLabel = QLabel(RotationDialog)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.fieldsLayout.addWidget(self.unit_idLabel, 0, 0, 1, 1)

        self.unit_id = QComboBox(RotationDialog)
        self.unit_id.setObjectName(u"unit_id")

        self.fieldsLayout.addWidget(self.unit_id, 0, 1, 1, 1)

        self.unit_idError = QLabel(RotationDialog)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setText(u"")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setVisible(False)
        self.unit_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.unit_idError, 1, 1, 1, 1)

        self.onLabel = QLabel(RotationDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.fieldsLayout.addWidget(self.onLabel, 2, 0, 1, 1)

        self.on = QDateEdit(RotationDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.on, 2, 1, 1, 1)

        self.onError = QLabel(RotationDialog)
        self.onError.setObjectName(u"onError")
        self.onError.setText(u"")
        self.onError.setWordWrap(True)
        self.onError.setVisible(False)
        self.onError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.onError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.onError, 3, 1, 1, 1)

        self.tour_end_dateSet = QCheckBox(RotationDialog)
        self.tour_end_dateSet.setObjectName(u"tour_end_dateSet")

        self.fieldsLayout.addWidget(self.tour_end_dateSet, 4, 0, 1, 1)

        self.tour_end_date = QDateEdit(RotationDialog)
        self.tour_end_date.setObjectName(u"tour_end_date")
        self.tour_end_date.setCalendarPopup(True)
        self.tour_end_date.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.tour_end_date, 4, 1, 1, 1)

        self.tour_end_dateError = QLabel(RotationDialog)
        self.tour_end_dateError.setObjectName(u"tour_end_dateError")
        self.tour_end_dateError.setText(u"")
        self.tour_end_dateError.setWordWrap(True)
        self.tour_end_dateError.setVisible(False)
        self.tour_end_dateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tour_end_dateError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.tour_end_dateError, 5, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.linesLabel = QLabel(RotationDialog)
        self.linesLabel.setObjectName(u"linesLabel")
        self.linesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.linesLabel)

        self.lines = QPlainTextEdit(RotationDialog)
        self.lines.setObjectName(u"lines")
        self.lines.setTabChangesFocus(True)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialogLayout.addWidget(self.lines)

        self.linesError = QLabel(RotationDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setVisible(False)
        self.linesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.linesError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.linesError)

        self.peopleLabel = QLabel(RotationDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.peopleLabel)

        self.people = QListWidget(RotationDialog)
        self.people.setObjectName(u"people")
        self.people.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.people)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setSpacing(8)
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.checkAllButton = QPushButton(RotationDialog)
        self.checkAllButton.setObjectName(u"checkAllButton")
        self.checkAllButton.setAutoDefault(False)

        self.peopleButtons.addWidget(self.checkAllButton)

        self.uncheckAllButton = QPushButton(RotationDialog)
        self.uncheckAllButton.setObjectName(u"uncheckAllButton")
        self.uncheckAllButton.setAutoDefault(False)

        self.peopleButtons.addWidget(self.uncheckAllButton)

        self.peopleSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)

        self.peopleCount = QLabel(RotationDialog)
        self.peopleCount.setObjectName(u"peopleCount")
        self.peopleCount.setText(u"")
        self.peopleCount.setProperty(u"role", u"note")

        self.peopleButtons.addWidget(self.peopleCount)


        self.dialogLayout.addLayout(self.peopleButtons)

        self.peopleError = QLabel(RotationDialog)
        self.peopleError.setObjectName(u"peopleError")
        self.peopleError.setText(u"")
        self.peopleError.setWordWrap(True)
        self.peopleError.setVisible(False)
        self.peopleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.peopleError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.peopleError)

        self.formError = QLabel(RotationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RotationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.onLabel.setBuddy(self.on)
        self.linesLabel.setBuddy(self.lines)
        self.peopleLabel.setBuddy(self.people)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.arrivalsRadio, self.departuresRadio)
        QWidget.setTabOrder(self.departuresRadio, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.on)
        QWidget.setTabOrder(self.on, self.tour_end_dateSet)
        QWidget.setTabOrder(self.tour_end_dateSet, self.tour_end_date)
        QWidget.setTabOrder(self.tour_end_date, self.lines)
        QWidget.setTabOrder(self.lines, self.people)
        QWidget.setTabOrder(self.people, self.checkAllButton)
        QWidget.setTabOrder(self.checkAllButton, self.uncheckAllButton)
        QWidget.setTabOrder(self.uncheckAllButton, self.buttonBox)

        self.retranslateUi(RotationDialog)

        QMetaObject.connectSlotsByName(RotationDialog)
    # setupUi

    def retranslateUi(self, RotationDialog):
        RotationDialog.setWindowTitle(QCoreApplication.translate("RotationDialog", u"Record a rotation", None))
        self.introLabel.setText(QCoreApplication.translate("RotationDialog", u"Record officers arriving in a unit, or leaving the mission, on one date. Nothing is recorded unless every officer can be.", None))
        self.arrivalsRadio.setText(QCoreApplication.translate("RotationDialog", u"A&rrivals", None))
        self.departuresRadio.setText(QCoreApplication.translate("RotationDialog", u"De&partures", None))
        self.unit_idLabel.setText(QCoreApplication.translate("RotationDialog", u"&Unit:", None))
        self.onLabel.setText(QCoreApplication.translate("RotationDialog", u"&Date:", None))
#if QT_CONFIG(tooltip)
        self.on.setToolTip(QCoreApplication.translate("RotationDialog", u"The day the officers arrived or left", None))
#endif // QT_CONFIG(tooltip)
        self.tour_end_dateSet.setText(QCoreApplication.translate("RotationDialog", u"&Tour ends:", None))
#if QT_CONFIG(tooltip)
        self.tour_end_dateSet.setToolTip(QCoreApplication.translate("RotationDialog", u"Tick to give every arriving officer the same planned tour end", None))
#endif // QT_CONFIG(tooltip)
        self.linesLabel.setText(QCoreApplication.translate("RotationDialog", u"New &officers, one a line: service number, rank, surname, given names, sex (commas, semicolons or columns pasted from a spreadsheet).", None))
        self.lines.setPlaceholderText(QCoreApplication.translate("RotationDialog", u"0061154, PC, H\u00e9rard, C\u00e9lestin, M", None))
        self.peopleLabel.setText(QCoreApplication.translate("RotationDialog", u"Officers on the roll who &join:", None))
        self.checkAllButton.setText(QCoreApplication.translate("RotationDialog", u"Tic&k all", None))
        self.uncheckAllButton.setText(QCoreApplication.translate("RotationDialog", u"U&ntick all", None))
    # retranslateUi
