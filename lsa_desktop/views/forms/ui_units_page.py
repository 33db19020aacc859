# Generated from ui/units_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QToolBar,
    QVBoxLayout, QWidget)

from lsa_desktop.views.widgets.register_view import RegisterTableView

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage):
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(UnitsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(UnitsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(UnitsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.contingentLabel = QLabel(UnitsPage)
        self.contingentLabel.setObjectName(u"contingentLabel")

        self.filterLayout.addWidget(self.contingentLabel)

        self.contingentFilter = QComboBox(UnitsPage)
        self.contingentFilter.setObjectName(u"contingentFilter")
        self.contingentFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.contingentFilter)

        self.typeLabel = QLabel(UnitsPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filterLayout.addWidget(self.typeLabel)

        self.typeFilter = QComboBox(UnitsPage)
        self.typeFilter.setObjectName(u"typeFilter")
        self.typeFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.typeFilter)


        self.pageLayout.addLayout(self.filterLayout)

        self.toolBar = QToolBar(UnitsPage)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolBar.setFloatable(False)
        self.toolBar.setMovable(False)

        self.pageLayout.addWidget(self.toolBar)

        self.tableView = RegisterTableView(UnitsPage)
        self.tableView.setObjectName(u"tableView")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.tableView.sizePolicy().hasHeightForWidth())
        self.tableView.setSizePolicy(sizePolicy1)
        self.tableView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.pageLayout.addWidget(self.tableView)

#if QT_CONFIG(shortcut)
        self.contingentLabel.setBuddy(self.contingentFilter)
        self.typeLabel.setBuddy(self.typeFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.contingentFilter)
        QWidget.setTabOrder(self.contingentFilter, self.typeFilter)
        QWidget.setTabOrder(self.typeFilter, self.tableView)

        self.retranslateUi(UnitsPage)

        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage):
        self.titleLabel.setText(QCoreApplication.translate("UnitsPage", u"Units", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("UnitsPage", u"Type part of a unit's code or name; every word must match.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("UnitsPage", u"Search by code or name", None))
        self.contingentLabel.setText(QCoreApplication.translate("UnitsPage", u"&Contingent:", None))
#if QT_CONFIG(tooltip)
        self.contingentFilter.setToolTip(QCoreApplication.translate("UnitsPage", u"Show the units of one contingent", None))
#endif // QT_CONFIG(tooltip)
        self.typeLabel.setText(QCoreApplication.translate("UnitsPage", u"&Type:", None))
#if QT_CONFIG(tooltip)
        self.typeFilter.setToolTip(QCoreApplication.translate("UnitsPage", u"Show the units of one type", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
