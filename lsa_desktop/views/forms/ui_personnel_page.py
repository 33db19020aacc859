# Generated from ui/personnel_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from lsa_desktop.views.widgets.register_view import RegisterTableView

class Ui_PersonnelPage(object):
    def setupUi(self, PersonnelPage):
        if not PersonnelPage.objectName():
            PersonnelPage.setObjectName(u"PersonnelPage")
        PersonnelPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PersonnelPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(PersonnelPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(PersonnelPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy1)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.unitLabel = QLabel(PersonnelPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(PersonnelPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.unitFilter)

        self.statusLabel = QLabel(PersonnelPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(PersonnelPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = RegisterTableView(PersonnelPage)
        self.tableView.setObjectName(u"tableView")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.tableView.sizePolicy().hasHeightForWidth())
        self.tableView.setSizePolicy(sizePolicy2)

        self.pageLayout.addWidget(self.tableView)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitFilter)
        self.statusLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.unitFilter)
        QWidget.setTabOrder(self.unitFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.tableView)

        self.retranslateUi(PersonnelPage)

        QMetaObject.connectSlotsByName(PersonnelPage)
    # setupUi

    def retranslateUi(self, PersonnelPage):
        self.titleLabel.setText(QCoreApplication.translate("PersonnelPage", u"Personnel", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("PersonnelPage", u"Type part of a surname, a given name or a service number; every word must match.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PersonnelPage", u"Search by name or service number", None))
        self.unitLabel.setText(QCoreApplication.translate("PersonnelPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("PersonnelPage", u"Show the officers of one unit, or of every unit of a contingent", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("PersonnelPage", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("PersonnelPage", u"Show the officers with one status", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
