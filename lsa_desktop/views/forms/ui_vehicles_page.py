# Generated from ui/vehicles_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from lsa_desktop.views.widgets.register_view import RegisterTableView

class Ui_VehiclesPage(object):
    def setupUi(self, VehiclesPage):
        if not VehiclesPage.objectName():
            VehiclesPage.setObjectName(u"VehiclesPage")
        VehiclesPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(VehiclesPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(VehiclesPage)
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
        self.searchEdit = QLineEdit(VehiclesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy1)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.unitLabel = QLabel(VehiclesPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(VehiclesPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.unitFilter)

        self.statusLabel = QLabel(VehiclesPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(VehiclesPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)

        self.overdueCheck = QCheckBox(VehiclesPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = RegisterTableView(VehiclesPage)
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
        QWidget.setTabOrder(self.statusFilter, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.tableView)

        self.retranslateUi(VehiclesPage)

        QMetaObject.connectSlotsByName(VehiclesPage)
    # setupUi

    def retranslateUi(self, VehiclesPage):
        self.titleLabel.setText(QCoreApplication.translate("VehiclesPage", u"Vehicles", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("VehiclesPage", u"Type part of a registration, asset tag, serial number, make, model or type.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("VehiclesPage", u"Search by registration, tag, make or model", None))
        self.unitLabel.setText(QCoreApplication.translate("VehiclesPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("VehiclesPage", u"Show the vehicles of one unit, or of every unit of a contingent", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("VehiclesPage", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("VehiclesPage", u"Show the vehicles with one status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("VehiclesPage", u"Show only the vehicles whose service date has passed or whose odometer has reached the service mileage", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("VehiclesPage", u"&Overdue for service", None))
        pass
    # retranslateUi
