# Generated from ui/person_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(640, 620)
        PersonDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(PersonDialog)
        self.tabs.setObjectName(u"tabs")
        self.officerTab = QWidget()
        self.officerTab.setObjectName(u"officerTab")
        self.officerTabLayout = QVBoxLayout(self.officerTab)
        self.officerTabLayout.setSpacing(8)
        self.officerTabLayout.setObjectName(u"officerTabLayout")
        self.officerTabLayout.setContentsMargins(12, 12, 12, 12)
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.service_numberLabel = QLabel(self.officerTab)
        self.service_numberLabel.setObjectName(u"service_numberLabel")

        self.fieldsLayout.addWidget(self.service_numberLabel, 0, 0, 1, 1)

        self.service_number = QLineEdit(self.officerTab)
        self.service_number.setObjectName(u"service_number")
        self.service_number.setMaxLength(30)

        self.fieldsLayout.addWidget(self.service_number, 0, 1, 1, 1)

        self.service_numberError = QLabel(self.officerTab)
        self.service_numberError.setObjectName(u"service_numberError")
        self.service_numberError.setText(u"")
        self.service_numberError.setWordWrap(True)
        self.service_numberError.setVisible(False)
        self.service_numberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.service_numberError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.service_numberError, 1, 1, 1, 1)

        self.rank_idLabel = QLabel(self.officerTab)
        self.rank_idLabel.setObjectName(u"rank_idLabel")

        self.fieldsLayout.addWidget(self.rank_idLabel, 2, 0, 1, 1)

        self.rank_id = QComboBox(self.officerTab)
        self.rank_id.setObjectName(u"rank_id")

        self.fieldsLayout.addWidget(self.rank_id, 2, 1, 1, 1)

        self.rank_idError = QLabel(self.officerTab)
        self.rank_idError.setObjectName(u"rank_idError")
        self.rank_idError.setText(u"")
        self.rank_idError.setWordWrap(True)
        self.rank_idError.setVisible(False)
        self.rank_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rank_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.rank_idError, 3, 1, 1, 1)

        self.surnameLabel = QLabel(self.officerTab)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.fieldsLayout.addWidget(self.surnameLabel, 4, 0, 1, 1)

        self.surname = QLineEdit(self.officerTab)
        self.surname.setObjectName(u"surname")
        self.surname.setMaxLength(80)

        self.fieldsLayout.addWidget(self.surname, 4, 1, 1, 1)

        self.surnameError = QLabel(self.officerTab)
        self.surnameError.setObjectName(u"surnameError")
        self.surnameError.setText(u"")
        self.surnameError.setWordWrap(True)
        self.surnameError.setVisible(False)
        self.surnameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.surnameError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.surnameError, 5, 1, 1, 1)

        self.given_namesLabel = QLabel(self.officerTab)
        self.given_namesLabel.setObjectName(u"given_namesLabel")

        self.fieldsLayout.addWidget(self.given_namesLabel, 6, 0, 1, 1)

        self.given_names = QLineEdit(self.officerTab)
        self.given_names.setObjectName(u"given_names")
        self.given_names.setMaxLength(120)

        self.fieldsLayout.addWidget(self.given_names, 6, 1, 1, 1)

        self.given_namesError = QLabel(self.officerTab)
        self.given_namesError.setObjectName(u"given_namesError")
        self.given_namesError.setText(u"")
        self.given_namesError.setWordWrap(True)
        self.given_namesError.setVisible(False)
        self.given_namesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.given_namesError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.given_namesError, 7, 1, 1, 1)

        self.sexLabel = QLabel(self.officerTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.fieldsLayout.addWidget(self.sexLabel, 8, 0, 1, 1)

        self.sex = QComboBox(self.officerTab)
        self.sex.setObjectName(u"sex")

        self.fieldsLayout.addWidget(self.sex, 8, 1, 1, 1)

        self.unit_idLabel = QLabel(self.officerTab)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.fieldsLayout.addWidget(self.unit_idLabel, 9, 0, 1, 1)

        self.unit_id = QComboBox(self.officerTab)
        self.unit_id.setObjectName(u"unit_id")

        self.fieldsLayout.addWidget(self.unit_id, 9, 1, 1, 1)

        self.unit_idError = QLabel(self.officerTab)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setText(u"")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setVisible(False)
        self.unit_idError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit_idError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.unit_idError, 10, 1, 1, 1)

        self.roleLabel = QLabel(self.officerTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fieldsLayout.addWidget(self.roleLabel, 11, 0, 1, 1)

        self.role = QLineEdit(self.officerTab)
        self.role.setObjectName(u"role")
        self.role.setMaxLength(120)

        self.fieldsLayout.addWidget(self.role, 11, 1, 1, 1)

        self.roleError = QLabel(self.officerTab)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setText(u"")
        self.roleError.setWordWrap(True)
        self.roleError.setVisible(False)
        self.roleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roleError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.roleError, 12, 1, 1, 1)

        self.statusLabel = QLabel(self.officerTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.addWidget(self.statusLabel, 13, 0, 1, 1)

        self.status = QComboBox(self.officerTab)
        self.status.setObjectName(u"status")

        self.fieldsLayout.addWidget(self.status, 13, 1, 1, 1)

        self.statusError = QLabel(self.officerTab)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setVisible(False)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.statusError, 14, 1, 1, 1)

        self.arrival_dateSet = QCheckBox(self.officerTab)
        self.arrival_dateSet.setObjectName(u"arrival_dateSet")

        self.fieldsLayout.addWidget(self.arrival_dateSet, 15, 0, 1, 1)

        self.arrival_date = QDateEdit(self.officerTab)
        self.arrival_date.setObjectName(u"arrival_date")
        self.arrival_date.setCalendarPopup(True)
        self.arrival_date.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.arrival_date, 15, 1, 1, 1)

        self.arrival_dateError = QLabel(self.officerTab)
        self.arrival_dateError.setObjectName(u"arrival_dateError")
        self.arrival_dateError.setText(u"")
        self.arrival_dateError.setWordWrap(True)
        self.arrival_dateError.setVisible(False)
        self.arrival_dateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.arrival_dateError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.arrival_dateError, 16, 1, 1, 1)

        self.tour_end_dateSet = QCheckBox(self.officerTab)
        self.tour_end_dateSet.setObjectName(u"tour_end_dateSet")

        self.fieldsLayout.addWidget(self.tour_end_dateSet, 17, 0, 1, 1)

        self.tour_end_date = QDateEdit(self.officerTab)
        self.tour_end_date.setObjectName(u"tour_end_date")
        self.tour_end_date.setCalendarPopup(True)
        self.tour_end_date.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.tour_end_date, 17, 1, 1, 1)

        self.tour_end_dateError = QLabel(self.officerTab)
        self.tour_end_dateError.setObjectName(u"tour_end_dateError")
        self.tour_end_dateError.setText(u"")
        self.tour_end_dateError.setWordWrap(True)
        self.tour_end_dateError.setVisible(False)
        self.tour_end_dateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tour_end_dateError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.tour_end_dateError, 18, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.officerTabLayout.addLayout(self.fieldsLayout)

        self.officerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officerTabLayout.addItem(self.officerSpacer)

        self.tabs.addTab(self.officerTab, "")
        self.qualificationsTab = QWidget()
        self.qualificationsTab.setObjectName(u"qualificationsTab")
        self.qualificationsLayout = QVBoxLayout(self.qualificationsTab)
        self.qualificationsLayout.setSpacing(8)
        self.qualificationsLayout.setObjectName(u"qualificationsLayout")
        self.qualificationsLayout.setContentsMargins(12, 12, 12, 12)
        self.qualificationsNote = QLabel(self.qualificationsTab)
        self.qualificationsNote.setObjectName(u"qualificationsNote")
        self.qualificationsNote.setText(u"")
        self.qualificationsNote.setWordWrap(True)
        self.qualificationsNote.setProperty(u"role", u"note")

        self.qualificationsLayout.addWidget(self.qualificationsNote)

        self.qualificationsView = QTableView(self.qualificationsTab)
        self.qualificationsView.setObjectName(u"qualificationsView")
        self.qualificationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.qualificationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.qualificationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qualificationsView.setAlternatingRowColors(True)

        self.qualificationsLayout.addWidget(self.qualificationsView)

        self.qualificationButtons = QHBoxLayout()
        self.qualificationButtons.setSpacing(8)
        self.qualificationButtons.setObjectName(u"qualificationButtons")
        self.addQualificationButton = QPushButton(self.qualificationsTab)
        self.addQualificationButton.setObjectName(u"addQualificationButton")
        self.addQualificationButton.setAutoDefault(False)

        self.qualificationButtons.addWidget(self.addQualificationButton)

        self.editQualificationButton = QPushButton(self.qualificationsTab)
        self.editQualificationButton.setObjectName(u"editQualificationButton")
        self.editQualificationButton.setAutoDefault(False)

        self.qualificationButtons.addWidget(self.editQualificationButton)

        self.renewQualificationButton = QPushButton(self.qualificationsTab)
        self.renewQualificationButton.setObjectName(u"renewQualificationButton")
        self.renewQualificationButton.setAutoDefault(False)

        self.qualificationButtons.addWidget(self.renewQualificationButton)

        self.removeQualificationButton = QPushButton(self.qualificationsTab)
        self.removeQualificationButton.setObjectName(u"removeQualificationButton")
        self.removeQualificationButton.setAutoDefault(False)

        self.qualificationButtons.addWidget(self.removeQualificationButton)

        self.qualificationButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qualificationButtons.addItem(self.qualificationButtonsSpacer)


        self.qualificationsLayout.addLayout(self.qualificationButtons)

        self.tabs.addTab(self.qualificationsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setSpacing(8)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(PersonDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.service_numberLabel.setBuddy(self.service_number)
        self.rank_idLabel.setBuddy(self.rank_id)
        self.surnameLabel.setBuddy(self.surname)
        self.given_namesLabel.setBuddy(self.given_names)
        self.sexLabel.setBuddy(self.sex)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.roleLabel.setBuddy(self.role)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.service_number)
        QWidget.setTabOrder(self.service_number, self.rank_id)
        QWidget.setTabOrder(self.rank_id, self.surname)
        QWidget.setTabOrder(self.surname, self.given_names)
        QWidget.setTabOrder(self.given_names, self.sex)
        QWidget.setTabOrder(self.sex, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.role)
        QWidget.setTabOrder(self.role, self.status)
        QWidget.setTabOrder(self.status, self.arrival_dateSet)
        QWidget.setTabOrder(self.arrival_dateSet, self.arrival_date)
        QWidget.setTabOrder(self.arrival_date, self.tour_end_dateSet)
        QWidget.setTabOrder(self.tour_end_dateSet, self.tour_end_date)
        QWidget.setTabOrder(self.tour_end_date, self.qualificationsView)
        QWidget.setTabOrder(self.qualificationsView, self.addQualificationButton)
        QWidget.setTabOrder(self.addQualificationButton, self.editQualificationButton)
        QWidget.setTabOrder(self.editQualificationButton, self.renewQualificationButton)
        QWidget.setTabOrder(self.renewQualificationButton, self.removeQualificationButton)
        QWidget.setTabOrder(self.removeQualificationButton, self.buttonBox)

        self.retranslateUi(PersonDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Officer", None))
        self.service_numberLabel.setText(QCoreApplication.translate("PersonDialog", u"&Service number:", None))
#if QT_CONFIG(tooltip)
        self.service_number.setToolTip(QCoreApplication.translate("PersonDialog", u"As the contingent writes it; leading zeros are kept", None))
#endif // QT_CONFIG(tooltip)
        self.rank_idLabel.setText(QCoreApplication.translate("PersonDialog", u"&Rank:", None))
        self.surnameLabel.setText(QCoreApplication.translate("PersonDialog", u"S&urname:", None))
        self.given_namesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Given names:", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonDialog", u"Se&x:", None))
        self.unit_idLabel.setText(QCoreApplication.translate("PersonDialog", u"U&nit:", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"Ro&le:", None))
        self.role.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Driver, medic, section commander\u2026", None))
        self.statusLabel.setText(QCoreApplication.translate("PersonDialog", u"S&tatus:", None))
        self.arrival_dateSet.setText(QCoreApplication.translate("PersonDialog", u"&Arrival:", None))
#if QT_CONFIG(tooltip)
        self.arrival_dateSet.setToolTip(QCoreApplication.translate("PersonDialog", u"Tick when the arrival date is known", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.arrival_date.setToolTip(QCoreApplication.translate("PersonDialog", u"The day the officer arrived in the mission", None))
#endif // QT_CONFIG(tooltip)
        self.tour_end_dateSet.setText(QCoreApplication.translate("PersonDialog", u"Tour &end:", None))
#if QT_CONFIG(tooltip)
        self.tour_end_dateSet.setToolTip(QCoreApplication.translate("PersonDialog", u"Tick when the tour end is known", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.tour_end_date.setToolTip(QCoreApplication.translate("PersonDialog", u"The day the tour ends (or ended, for a repatriated officer)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.officerTab), QCoreApplication.translate("PersonDialog", u"&Officer", None))
        self.addQualificationButton.setText(QCoreApplication.translate("PersonDialog", u"A&dd\u2026", None))
#if QT_CONFIG(tooltip)
        self.addQualificationButton.setToolTip(QCoreApplication.translate("PersonDialog", u"Record a qualification this officer holds", None))
#endif // QT_CONFIG(tooltip)
        self.editQualificationButton.setText(QCoreApplication.translate("PersonDialog", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editQualificationButton.setToolTip(QCoreApplication.translate("PersonDialog", u"Correct the selected qualification as recorded", None))
#endif // QT_CONFIG(tooltip)
        self.renewQualificationButton.setText(QCoreApplication.translate("PersonDialog", u"Re&new\u2026", None))
#if QT_CONFIG(tooltip)
        self.renewQualificationButton.setToolTip(QCoreApplication.translate("PersonDialog", u"Record the renewal of the selected qualification; the old one is kept in the history", None))
#endif // QT_CONFIG(tooltip)
        self.removeQualificationButton.setText(QCoreApplication.translate("PersonDialog", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removeQualificationButton.setToolTip(QCoreApplication.translate("PersonDialog", u"Take the selected qualification off this officer (it is archived, not deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.qualificationsTab), QCoreApplication.translate("PersonDialog", u"&Qualifications", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("PersonDialog", u"&History", None))
    # retranslateUi
