# Generated from ui/maintenance_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

from lsa_desktop.views.widgets.register_view import RegisterTableView

class Ui_MaintenancePage(object):
    def setupUi(self, MaintenancePage):
        if not MaintenancePage.objectName():
            MaintenancePage.setObjectName(u"MaintenancePage")
        MaintenancePage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(MaintenancePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(MaintenancePage)
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
        self.searchEdit = QLineEdit(MaintenancePage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy1)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.unitLabel = QLabel(MaintenancePage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(MaintenancePage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.unitFilter)

        self.vehiclesOnlyCheck = QCheckBox(MaintenancePage)
        self.vehiclesOnlyCheck.setObjectName(u"vehiclesOnlyCheck")

        self.filterLayout.addWidget(self.vehiclesOnlyCheck)


        self.pageLayout.addLayout(self.filterLayout)

        self.registerTabs = QTabWidget(MaintenancePage)
        self.registerTabs.setObjectName(u"registerTabs")
        self.openTab = QWidget()
        self.openTab.setObjectName(u"openTab")
        self.openTabLayout = QVBoxLayout(self.openTab)
        self.openTabLayout.setObjectName(u"openTabLayout")
        self.openTabLayout.setContentsMargins(0, 6, 0, 0)
        self.openView = RegisterTableView(self.openTab)
        self.openView.setObjectName(u"openView")

        self.openTabLayout.addWidget(self.openView)

        self.registerTabs.addTab(self.openTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueTabLayout = QVBoxLayout(self.overdueTab)
        self.overdueTabLayout.setObjectName(u"overdueTabLayout")
        self.overdueTabLayout.setContentsMargins(0, 6, 0, 0)
        self.overdueView = RegisterTableView(self.overdueTab)
        self.overdueView.setObjectName(u"overdueView")

        self.overdueTabLayout.addWidget(self.overdueView)

        self.registerTabs.addTab(self.overdueTab, "")

        self.pageLayout.addWidget(self.registerTabs)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.unitFilter)
        QWidget.setTabOrder(self.unitFilter, self.vehiclesOnlyCheck)
        QWidget.setTabOrder(self.vehiclesOnlyCheck, self.registerTabs)
        QWidget.setTabOrder(self.registerTabs, self.openView)
        QWidget.setTabOrder(self.openView, self.overdueView)

        self.retranslateUi(MaintenancePage)

        self.registerTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MaintenancePage)
    # setupUi

    def retranslateUi(self, MaintenancePage):
        self.titleLabel.setText(QCoreApplication.translate("MaintenancePage", u"Maintenance", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MaintenancePage", u"Type part of a registration, asset tag, serial number, make, model or type, or of the notes of open work.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MaintenancePage", u"Search by registration, tag, make or model", None))
        self.unitLabel.setText(QCoreApplication.translate("MaintenancePage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("MaintenancePage", u"Show one unit's vehicles and items, or those of every unit of a contingent", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.vehiclesOnlyCheck.setToolTip(QCoreApplication.translate("MaintenancePage", u"Leave out the other items (generators, radios, water purifiers...)", None))
#endif // QT_CONFIG(tooltip)
        self.vehiclesOnlyCheck.setText(QCoreApplication.translate("MaintenancePage", u"&Vehicles only", None))
#if QT_CONFIG(tooltip)
        self.openView.setToolTip(QCoreApplication.translate("MaintenancePage", u"Work still open on vehicles and items, the oldest first. Enter or a double-click opens the item's form.", None))
#endif // QT_CONFIG(tooltip)
        self.registerTabs.setTabText(self.registerTabs.indexOf(self.openTab), QCoreApplication.translate("MaintenancePage", u"Open maintenance", None))
#if QT_CONFIG(tooltip)
        self.overdueView.setToolTip(QCoreApplication.translate("MaintenancePage", u"What the units hold whose service date has passed or whose odometer has reached the service mileage. Enter or a double-click opens the item's form.", None))
#endif // QT_CONFIG(tooltip)
        self.registerTabs.setTabText(self.registerTabs.indexOf(self.overdueTab), QCoreApplication.translate("MaintenancePage", u"Overdue for service", None))
        pass
    # retranslateUi
