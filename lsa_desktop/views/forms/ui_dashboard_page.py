# Generated from ui/dashboard_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QComboBox,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

from lsa_desktop.views.pages.dashboard_tile import DashboardTile

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1160, 900)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 14, 20, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.contingentLabel = QLabel(DashboardPage)
        self.contingentLabel.setObjectName(u"contingentLabel")

        self.headerLayout.addWidget(self.contingentLabel)

        self.contingentFilter = QComboBox(DashboardPage)
        self.contingentFilter.setObjectName(u"contingentFilter")
        self.contingentFilter.setMinimumSize(QSize(70, 0))
        self.contingentFilter.setMaximumSize(QSize(280, 16777215))

        self.headerLayout.addWidget(self.contingentFilter)

        self.unitLabel = QLabel(DashboardPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.headerLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(DashboardPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setMinimumSize(QSize(70, 0))
        self.unitFilter.setMaximumSize(QSize(380, 16777215))

        self.headerLayout.addWidget(self.unitFilter)


        self.pageLayout.addLayout(self.headerLayout)

        self.infoLayout = QHBoxLayout()
        self.infoLayout.setSpacing(8)
        self.infoLayout.setObjectName(u"infoLayout")
        self.asOfLabel = QLabel(DashboardPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.asOfLabel.sizePolicy().hasHeightForWidth())
        self.asOfLabel.setSizePolicy(sizePolicy1)
        self.asOfLabel.setProperty(u"role", u"subtitle")
        self.asOfLabel.setWordWrap(True)

        self.infoLayout.addWidget(self.asOfLabel)

        self.printButton = QPushButton(DashboardPage)
        self.printButton.setObjectName(u"printButton")

        self.infoLayout.addWidget(self.printButton, 0, Qt.AlignmentFlag.AlignTop)

        self.pdfButton = QPushButton(DashboardPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.infoLayout.addWidget(self.pdfButton, 0, Qt.AlignmentFlag.AlignTop)


        self.pageLayout.addLayout(self.infoLayout)

        self.scrollArea = QScrollArea(DashboardPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollContents.setGeometry(QRect(0, 0, 1120, 820))
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 4, 4, 4)
        self.tilesLayout = QGridLayout()
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.tilesLayout.setHorizontalSpacing(10)
        self.tilesLayout.setVerticalSpacing(10)
        self.strengthTile = DashboardTile(self.scrollContents)
        self.strengthTile.setObjectName(u"strengthTile")

        self.tilesLayout.addWidget(self.strengthTile, 0, 0, 1, 1)

        self.vehiclesTile = DashboardTile(self.scrollContents)
        self.vehiclesTile.setObjectName(u"vehiclesTile")

        self.tilesLayout.addWidget(self.vehiclesTile, 0, 1, 1, 1)

        self.criticalGapsTile = DashboardTile(self.scrollContents)
        self.criticalGapsTile.setObjectName(u"criticalGapsTile")

        self.tilesLayout.addWidget(self.criticalGapsTile, 0, 2, 1, 1)

        self.overdueTile = DashboardTile(self.scrollContents)
        self.overdueTile.setObjectName(u"overdueTile")

        self.tilesLayout.addWidget(self.overdueTile, 0, 3, 1, 1)

        self.expiringTile = DashboardTile(self.scrollContents)
        self.expiringTile.setObjectName(u"expiringTile")

        self.tilesLayout.addWidget(self.expiringTile, 0, 4, 1, 1)

        self.awaitingTile = DashboardTile(self.scrollContents)
        self.awaitingTile.setObjectName(u"awaitingTile")

        self.tilesLayout.addWidget(self.awaitingTile, 0, 5, 1, 1)

        self.tilesLayout.setColumnStretch(0, 1)
        self.tilesLayout.setColumnStretch(1, 1)
        self.tilesLayout.setColumnStretch(2, 1)
        self.tilesLayout.setColumnStretch(3, 1)
        self.tilesLayout.setColumnStretch(4, 1)
        self.tilesLayout.setColumnStretch(5, 1)

        self.contentLayout.addLayout(self.tilesLayout)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setHorizontalSpacing(12)
        self.chartsLayout.setVerticalSpacing(12)
        self.unitChartBox = QGroupBox(self.scrollContents)
        self.unitChartBox.setObjectName(u"unitChartBox")
        self.unitChartLayout = QVBoxLayout(self.unitChartBox)
        self.unitChartLayout.setObjectName(u"unitChartLayout")
        self.unitChartLayout.setContentsMargins(6, 6, 6, 6)

        self.chartsLayout.addWidget(self.unitChartBox, 0, 0, 1, 1)

        self.gapsChartBox = QGroupBox(self.scrollContents)
        self.gapsChartBox.setObjectName(u"gapsChartBox")
        self.gapsChartLayout = QVBoxLayout(self.gapsChartBox)
        self.gapsChartLayout.setObjectName(u"gapsChartLayout")
        self.gapsChartLayout.setContentsMargins(6, 6, 6, 6)

        self.chartsLayout.addWidget(self.gapsChartBox, 0, 1, 1, 1)

        self.trendChartBox = QGroupBox(self.scrollContents)
        self.trendChartBox.setObjectName(u"trendChartBox")
        self.trendChartLayout = QVBoxLayout(self.trendChartBox)
        self.trendChartLayout.setObjectName(u"trendChartLayout")
        self.trendChartLayout.setContentsMargins(6, 6, 6, 6)
        self.trendPeriodLayout = QHBoxLayout()
        self.trendPeriodLayout.setSpacing(0)
        self.trendPeriodLayout.setObjectName(u"trendPeriodLayout")
        self.trendPeriodLabel = QLabel(self.trendChartBox)
        self.trendPeriodLabel.setObjectName(u"trendPeriodLabel")
        self.trendPeriodLabel.setMargin(0)
        self.trendPeriodLabel.setIndent(0)

        self.trendPeriodLayout.addWidget(self.trendPeriodLabel)

        self.trendPeriodGap = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.trendPeriodLayout.addItem(self.trendPeriodGap)

        self.trend30Button = QToolButton(self.trendChartBox)
        self.trendPeriodGroup = QButtonGroup(DashboardPage)
        self.trendPeriodGroup.setObjectName(u"trendPeriodGroup")
        self.trendPeriodGroup.addButton(self.trend30Button)
        self.trend30Button.setObjectName(u"trend30Button")
        self.trend30Button.setCheckable(True)
        self.trend30Button.setChecked(True)
        self.trend30Button.setAutoRaise(False)

        self.trendPeriodLayout.addWidget(self.trend30Button)

        self.trend90Button = QToolButton(self.trendChartBox)
        self.trendPeriodGroup.addButton(self.trend90Button)
        self.trend90Button.setObjectName(u"trend90Button")
        self.trend90Button.setCheckable(True)

        self.trendPeriodLayout.addWidget(self.trend90Button)

        self.trend365Button = QToolButton(self.trendChartBox)
        self.trendPeriodGroup.addButton(self.trend365Button)
        self.trend365Button.setObjectName(u"trend365Button")
        self.trend365Button.setCheckable(True)

        self.trendPeriodLayout.addWidget(self.trend365Button)

        self.trendPeriodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trendPeriodLayout.addItem(self.trendPeriodSpacer)


        self.trendChartLayout.addLayout(self.trendPeriodLayout)


        self.chartsLayout.addWidget(self.trendChartBox, 1, 0, 1, 1)

        self.strengthChartBox = QGroupBox(self.scrollContents)
        self.strengthChartBox.setObjectName(u"strengthChartBox")
        self.strengthChartLayout = QVBoxLayout(self.strengthChartBox)
        self.strengthChartLayout.setObjectName(u"strengthChartLayout")
        self.strengthChartLayout.setContentsMargins(6, 6, 6, 6)

        self.chartsLayout.addWidget(self.strengthChartBox, 1, 1, 1, 1)

        self.chartsLayout.setRowStretch(0, 1)
        self.chartsLayout.setRowStretch(1, 1)
        self.chartsLayout.setColumnStretch(0, 1)
        self.chartsLayout.setColumnStretch(1, 1)

        self.contentLayout.addLayout(self.chartsLayout)

        self.tableBox = QGroupBox(self.scrollContents)
        self.tableBox.setObjectName(u"tableBox")
        self.tableLayout = QVBoxLayout(self.tableBox)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(6, 6, 6, 6)
        self.table = QTableView(self.tableBox)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.table)


        self.contentLayout.addWidget(self.tableBox)

        self.contentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.emptyLabel = QLabel(DashboardPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy2)
        self.emptyLabel.setProperty(u"role", u"empty")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setVisible(False)

        self.pageLayout.addWidget(self.emptyLabel)

#if QT_CONFIG(shortcut)
        self.contingentLabel.setBuddy(self.contingentFilter)
        self.unitLabel.setBuddy(self.unitFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contingentFilter, self.unitFilter)
        QWidget.setTabOrder(self.unitFilter, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.strengthTile)
        QWidget.setTabOrder(self.strengthTile, self.vehiclesTile)
        QWidget.setTabOrder(self.vehiclesTile, self.criticalGapsTile)
        QWidget.setTabOrder(self.criticalGapsTile, self.overdueTile)
        QWidget.setTabOrder(self.overdueTile, self.expiringTile)
        QWidget.setTabOrder(self.expiringTile, self.awaitingTile)
        QWidget.setTabOrder(self.awaitingTile, self.trend30Button)
        QWidget.setTabOrder(self.trend30Button, self.trend90Button)
        QWidget.setTabOrder(self.trend90Button, self.trend365Button)
        QWidget.setTabOrder(self.trend365Button, self.table)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Readiness", None))
        self.contingentLabel.setText(QCoreApplication.translate("DashboardPage", u"&Contingent:", None))
#if QT_CONFIG(tooltip)
        self.contingentFilter.setToolTip(QCoreApplication.translate("DashboardPage", u"Show the figures of one contingent: every tile, chart and the table follow", None))
#endif // QT_CONFIG(tooltip)
        self.unitLabel.setText(QCoreApplication.translate("DashboardPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("DashboardPage", u"Show the figures of one unit: every tile, chart and the table follow", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText("")
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Print the readiness summary of what this page shows, after a preview (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("DashboardPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Save the readiness summary of what this page shows as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("DashboardPage", u"Save as P&DF\u2026", None))
        self.unitChartBox.setTitle(QCoreApplication.translate("DashboardPage", u"Unit readiness", None))
        self.gapsChartBox.setTitle(QCoreApplication.translate("DashboardPage", u"Equipment by category: serviceable, pledged and missing", None))
        self.trendChartBox.setTitle(QCoreApplication.translate("DashboardPage", u"Readiness trend per unit", None))
        self.trendPeriodLabel.setText(QCoreApplication.translate("DashboardPage", u"Over the last", None))
#if QT_CONFIG(tooltip)
        self.trend30Button.setToolTip(QCoreApplication.translate("DashboardPage", u"Readiness per unit over the last 30 days", None))
#endif // QT_CONFIG(tooltip)
        self.trend30Button.setText(QCoreApplication.translate("DashboardPage", u"30 days", None))
#if QT_CONFIG(tooltip)
        self.trend90Button.setToolTip(QCoreApplication.translate("DashboardPage", u"Readiness per unit over the last 90 days", None))
#endif // QT_CONFIG(tooltip)
        self.trend90Button.setText(QCoreApplication.translate("DashboardPage", u"90 days", None))
#if QT_CONFIG(tooltip)
        self.trend365Button.setToolTip(QCoreApplication.translate("DashboardPage", u"Readiness per unit over the last 365 days", None))
#endif // QT_CONFIG(tooltip)
        self.trend365Button.setText(QCoreApplication.translate("DashboardPage", u"365 days", None))
        self.strengthChartBox.setTitle(QCoreApplication.translate("DashboardPage", u"Personnel strength by contingent", None))
#if QT_CONFIG(tooltip)
        self.tableBox.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click a unit, or press Enter on it, to list what limits its readiness", None))
#endif // QT_CONFIG(tooltip)
        self.tableBox.setTitle(QCoreApplication.translate("DashboardPage", u"Units", None))
        self.emptyLabel.setText(QCoreApplication.translate("DashboardPage", u"There are no units in this database yet. Units, their authorised strength and their equipment appear here once they are recorded.", None))
        pass
    # retranslateUi
