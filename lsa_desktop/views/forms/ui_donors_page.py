# Generated from ui/donors_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QSplitter, QTableView,
    QToolBar, QVBoxLayout, QWidget)

class Ui_DonorsPage(object):
    def setupUi(self, DonorsPage):
        if not DonorsPage.objectName():
            DonorsPage.setObjectName(u"DonorsPage")
        DonorsPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(DonorsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(DonorsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(DonorsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setProperty(u"role", u"subtitle")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.noticeLabel = QLabel(DonorsPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setVisible(False)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.noticeLabel.setProperty(u"role", u"note")

        self.pageLayout.addWidget(self.noticeLabel)

        self.filterEdit = QLineEdit(DonorsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.filterEdit)

        self.splitter = QSplitter(DonorsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.donorsPanel = QWidget(self.splitter)
        self.donorsPanel.setObjectName(u"donorsPanel")
        self.donorsPanelLayout = QVBoxLayout(self.donorsPanel)
        self.donorsPanelLayout.setSpacing(4)
        self.donorsPanelLayout.setObjectName(u"donorsPanelLayout")
        self.donorsPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.donorsToolBar = QToolBar(self.donorsPanel)
        self.donorsToolBar.setObjectName(u"donorsToolBar")
        self.donorsToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.donorsToolBar.setFloatable(False)
        self.donorsToolBar.setMovable(False)

        self.donorsPanelLayout.addWidget(self.donorsToolBar)

        self.table = QTableView(self.donorsPanel)
        self.table.setObjectName(u"table")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.table.sizePolicy().hasHeightForWidth())
        self.table.setSizePolicy(sizePolicy1)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.donorsPanelLayout.addWidget(self.table)

        self.splitter.addWidget(self.donorsPanel)
        self.pledgesPanel = QWidget(self.splitter)
        self.pledgesPanel.setObjectName(u"pledgesPanel")
        self.pledgesPanelLayout = QVBoxLayout(self.pledgesPanel)
        self.pledgesPanelLayout.setSpacing(4)
        self.pledgesPanelLayout.setObjectName(u"pledgesPanelLayout")
        self.pledgesPanelLayout.setContentsMargins(0, 6, 0, 0)
        self.pledgesLabel = QLabel(self.pledgesPanel)
        self.pledgesLabel.setObjectName(u"pledgesLabel")
        self.pledgesLabel.setText(u"")
        self.pledgesLabel.setProperty(u"role", u"heading")

        self.pledgesPanelLayout.addWidget(self.pledgesLabel)

        self.pledgesToolBar = QToolBar(self.pledgesPanel)
        self.pledgesToolBar.setObjectName(u"pledgesToolBar")
        self.pledgesToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pledgesToolBar.setFloatable(False)
        self.pledgesToolBar.setMovable(False)

        self.pledgesPanelLayout.addWidget(self.pledgesToolBar)

        self.pledgesTable = QTableView(self.pledgesPanel)
        self.pledgesTable.setObjectName(u"pledgesTable")
        sizePolicy1.setHeightForWidth(self.pledgesTable.sizePolicy().hasHeightForWidth())
        self.pledgesTable.setSizePolicy(sizePolicy1)
        self.pledgesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pledgesTable.setAlternatingRowColors(True)
        self.pledgesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pledgesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pledgesTable.setTabKeyNavigation(False)
        self.pledgesTable.setSortingEnabled(True)
        self.pledgesTable.setWordWrap(False)
        self.pledgesTable.horizontalHeader().setHighlightSections(False)
        self.pledgesTable.verticalHeader().setVisible(False)

        self.pledgesPanelLayout.addWidget(self.pledgesTable)

        self.splitter.addWidget(self.pledgesPanel)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.filterEdit, self.table)
        QWidget.setTabOrder(self.table, self.pledgesTable)

        self.retranslateUi(DonorsPage)

        QMetaObject.connectSlotsByName(DonorsPage)
    # setupUi

    def retranslateUi(self, DonorsPage):
        self.titleLabel.setText(QCoreApplication.translate("DonorsPage", u"Donors", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("DonorsPage", u"Filter by name, type or country", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("DonorsPage", u"Click a pledged, delivered, outstanding or overdue figure to see the pledge lines behind it", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
