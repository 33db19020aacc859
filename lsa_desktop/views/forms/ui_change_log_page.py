# Generated from ui/change_log_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSplitter, QVBoxLayout, QWidget)

from lsa_desktop.views.widgets.register_view import RegisterTableView

class Ui_ChangeLogPage(object):
    def setupUi(self, ChangeLogPage):
        if not ChangeLogPage.objectName():
            ChangeLogPage.setObjectName(u"ChangeLogPage")
        ChangeLogPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ChangeLogPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(ChangeLogPage)
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
        self.searchEdit = QLineEdit(ChangeLogPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy1)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.userLabel = QLabel(ChangeLogPage)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userFilter = QComboBox(ChangeLogPage)
        self.userFilter.setObjectName(u"userFilter")
        self.userFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.userFilter)

        self.tableLabel = QLabel(ChangeLogPage)
        self.tableLabel.setObjectName(u"tableLabel")

        self.filterLayout.addWidget(self.tableLabel)

        self.tableFilter = QComboBox(ChangeLogPage)
        self.tableFilter.setObjectName(u"tableFilter")
        self.tableFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.tableFilter)

        self.fromLabel = QLabel(ChangeLogPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ChangeLogPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ChangeLogPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ChangeLogPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(ChangeLogPage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy2)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tableView = RegisterTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.splitter.addWidget(self.tableView)
        self.historyArea = QWidget(self.splitter)
        self.historyArea.setObjectName(u"historyArea")
        self.historyLayout = QVBoxLayout(self.historyArea)
        self.historyLayout.setSpacing(4)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 4, 0, 0)
        self.historyLabel = QLabel(self.historyArea)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setProperty(u"role", u"heading")

        self.historyLayout.addWidget(self.historyLabel)

        self.splitter.addWidget(self.historyArea)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userFilter)
        self.tableLabel.setBuddy(self.tableFilter)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.userFilter)
        QWidget.setTabOrder(self.userFilter, self.tableFilter)
        QWidget.setTabOrder(self.tableFilter, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.tableView)

        self.retranslateUi(ChangeLogPage)

        QMetaObject.connectSlotsByName(ChangeLogPage)
    # setupUi

    def retranslateUi(self, ChangeLogPage):
        self.titleLabel.setText(QCoreApplication.translate("ChangeLogPage", u"Change log", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ChangeLogPage", u"Type part of a value, old or new (a name, a number, a status); every word must match.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ChangeLogPage", u"Search the values changed", None))
        self.userLabel.setText(QCoreApplication.translate("ChangeLogPage", u"&Who:", None))
#if QT_CONFIG(tooltip)
        self.userFilter.setToolTip(QCoreApplication.translate("ChangeLogPage", u"Show the changes made by one person", None))
#endif // QT_CONFIG(tooltip)
        self.tableLabel.setText(QCoreApplication.translate("ChangeLogPage", u"&Records:", None))
#if QT_CONFIG(tooltip)
        self.tableFilter.setToolTip(QCoreApplication.translate("ChangeLogPage", u"Show the changes to one kind of record", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("ChangeLogPage", u"&From:", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("ChangeLogPage", u"Show the changes made on or after this day", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("ChangeLogPage", u"&To:", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("ChangeLogPage", u"Show the changes made on or before this day", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setText(QCoreApplication.translate("ChangeLogPage", u"Select a change to see the whole history of its record here.", None))
        pass
    # retranslateUi
