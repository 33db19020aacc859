# Generated from ui/dashboard_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.asOfLabel = QLabel(DashboardPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        sizePolicy.setHeightForWidth(self.asOfLabel.sizePolicy().hasHeightForWidth())
        self.asOfLabel.setSizePolicy(sizePolicy)
        self.asOfLabel.setProperty(u"role", u"subtitle")
        self.asOfLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.asOfLabel)

        self.table = QTableView(DashboardPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.emptyLabel = QLabel(DashboardPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy1)
        self.emptyLabel.setProperty(u"role", u"empty")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setVisible(False)

        self.pageLayout.addWidget(self.emptyLabel)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Unit readiness", None))
        self.asOfLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("DashboardPage", u"There are no units in this database yet. Units, their authorised strength and their equipment appear here once they are recorded.", None))
        pass
    # retranslateUi
