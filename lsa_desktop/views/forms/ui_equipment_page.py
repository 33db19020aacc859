# Generated from ui/equipment_page.ui by `make ui`; do not edit.

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

class Ui_EquipmentPage(object):
    def setupUi(self, EquipmentPage):
        if not EquipmentPage.objectName():
            EquipmentPage.setObjectName(u"EquipmentPage")
        EquipmentPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(EquipmentPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(EquipmentPage)
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
        self.searchEdit = QLineEdit(EquipmentPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy1)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.unitLabel = QLabel(EquipmentPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(EquipmentPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.unitFilter)

        self.categoryLabel = QLabel(EquipmentPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryFilter = QComboBox(EquipmentPage)
        self.categoryFilter.setObjectName(u"categoryFilter")
        self.categoryFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.categoryFilter)

        self.criticalCheck = QCheckBox(EquipmentPage)
        self.criticalCheck.setObjectName(u"criticalCheck")

        self.filterLayout.addWidget(self.criticalCheck)

        self.onlyGapsCheck = QCheckBox(EquipmentPage)
        self.onlyGapsCheck.setObjectName(u"onlyGapsCheck")

        self.filterLayout.addWidget(self.onlyGapsCheck)

        self.uncoveredCheck = QCheckBox(EquipmentPage)
        self.uncoveredCheck.setObjectName(u"uncoveredCheck")

        self.filterLayout.addWidget(self.uncoveredCheck)


        self.pageLayout.addLayout(self.filterLayout)

        self.registerTabs = QTabWidget(EquipmentPage)
        self.registerTabs.setObjectName(u"registerTabs")
        self.holdingsTab = QWidget()
        self.holdingsTab.setObjectName(u"holdingsTab")
        self.holdingsTabLayout = QVBoxLayout(self.holdingsTab)
        self.holdingsTabLayout.setObjectName(u"holdingsTabLayout")
        self.holdingsTabLayout.setContentsMargins(0, 6, 0, 0)
        self.tableView = RegisterTableView(self.holdingsTab)
        self.tableView.setObjectName(u"tableView")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.tableView.sizePolicy().hasHeightForWidth())
        self.tableView.setSizePolicy(sizePolicy2)

        self.holdingsTabLayout.addWidget(self.tableView)

        self.registerTabs.addTab(self.holdingsTab, "")
        self.itemsTab = QWidget()
        self.itemsTab.setObjectName(u"itemsTab")
        self.itemsTabLayout = QVBoxLayout(self.itemsTab)
        self.itemsTabLayout.setObjectName(u"itemsTabLayout")
        self.itemsTabLayout.setContentsMargins(0, 6, 0, 0)
        self.itemsView = RegisterTableView(self.itemsTab)
        self.itemsView.setObjectName(u"itemsView")
        sizePolicy2.setHeightForWidth(self.itemsView.sizePolicy().hasHeightForWidth())
        self.itemsView.setSizePolicy(sizePolicy2)

        self.itemsTabLayout.addWidget(self.itemsView)

        self.registerTabs.addTab(self.itemsTab, "")
        self.stockTab = QWidget()
        self.stockTab.setObjectName(u"stockTab")
        self.stockTabLayout = QVBoxLayout(self.stockTab)
        self.stockTabLayout.setObjectName(u"stockTabLayout")
        self.stockTabLayout.setContentsMargins(0, 6, 0, 0)
        self.stockView = RegisterTableView(self.stockTab)
        self.stockView.setObjectName(u"stockView")
        sizePolicy2.setHeightForWidth(self.stockView.sizePolicy().hasHeightForWidth())
        self.stockView.setSizePolicy(sizePolicy2)

        self.stockTabLayout.addWidget(self.stockView)

        self.registerTabs.addTab(self.stockTab, "")
        self.authorisationsTab = QWidget()
        self.authorisationsTab.setObjectName(u"authorisationsTab")
        self.authorisationsTabLayout = QVBoxLayout(self.authorisationsTab)
        self.authorisationsTabLayout.setObjectName(u"authorisationsTabLayout")
        self.authorisationsTabLayout.setContentsMargins(0, 6, 0, 0)
        self.authorisationsView = RegisterTableView(self.authorisationsTab)
        self.authorisationsView.setObjectName(u"authorisationsView")
        sizePolicy2.setHeightForWidth(self.authorisationsView.sizePolicy().hasHeightForWidth())
        self.authorisationsView.setSizePolicy(sizePolicy2)

        self.authorisationsTabLayout.addWidget(self.authorisationsView)

        self.registerTabs.addTab(self.authorisationsTab, "")

        self.pageLayout.addWidget(self.registerTabs)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitFilter)
        self.categoryLabel.setBuddy(self.categoryFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.unitFilter)
        QWidget.setTabOrder(self.unitFilter, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.criticalCheck)
        QWidget.setTabOrder(self.criticalCheck, self.onlyGapsCheck)
        QWidget.setTabOrder(self.onlyGapsCheck, self.uncoveredCheck)
        QWidget.setTabOrder(self.uncoveredCheck, self.registerTabs)
        QWidget.setTabOrder(self.registerTabs, self.tableView)
        QWidget.setTabOrder(self.tableView, self.itemsView)
        QWidget.setTabOrder(self.itemsView, self.stockView)
        QWidget.setTabOrder(self.stockView, self.authorisationsView)

        self.retranslateUi(EquipmentPage)

        self.registerTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EquipmentPage)
    # setupUi

    def retranslateUi(self, EquipmentPage):
        self.titleLabel.setText(QCoreApplication.translate("EquipmentPage", u"Equipment and gaps", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("EquipmentPage", u"Type part of an equipment code or name (or of an asset tag or serial number on the Serialised items tab).", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EquipmentPage", u"Search by equipment code or name", None))
        self.unitLabel.setText(QCoreApplication.translate("EquipmentPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("EquipmentPage", u"Show one unit's equipment, or that of every unit of a contingent", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("EquipmentPage", u"&Category:", None))
#if QT_CONFIG(tooltip)
        self.categoryFilter.setToolTip(QCoreApplication.translate("EquipmentPage", u"Show one equipment category", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.criticalCheck.setToolTip(QCoreApplication.translate("EquipmentPage", u"Show only the equipment of critical categories: those that limit a unit's readiness", None))
#endif // QT_CONFIG(tooltip)
        self.criticalCheck.setText(QCoreApplication.translate("EquipmentPage", u"Only c&ritical", None))
#if QT_CONFIG(tooltip)
        self.onlyGapsCheck.setToolTip(QCoreApplication.translate("EquipmentPage", u"Show only what is short: authorised minus serviceable minus pledged and not yet delivered", None))
#endif // QT_CONFIG(tooltip)
        self.onlyGapsCheck.setText(QCoreApplication.translate("EquipmentPage", u"Only &gaps", None))
#if QT_CONFIG(tooltip)
        self.uncoveredCheck.setToolTip(QCoreApplication.translate("EquipmentPage", u"Show only gaps that no open requisition or pledge covers yet: what still has to be requested", None))
#endif // QT_CONFIG(tooltip)
        self.uncoveredCheck.setText(QCoreApplication.translate("EquipmentPage", u"Only u&ncovered", None))
        self.registerTabs.setTabText(self.registerTabs.indexOf(self.holdingsTab), QCoreApplication.translate("EquipmentPage", u"Holdings and gaps", None))
        self.registerTabs.setTabText(self.registerTabs.indexOf(self.itemsTab), QCoreApplication.translate("EquipmentPage", u"Serialised items", None))
        self.registerTabs.setTabText(self.registerTabs.indexOf(self.stockTab), QCoreApplication.translate("EquipmentPage", u"Bulk stock", None))
        self.registerTabs.setTabText(self.registerTabs.indexOf(self.authorisationsTab), QCoreApplication.translate("EquipmentPage", u"Authorisations", None))
        pass
    # retranslateUi
