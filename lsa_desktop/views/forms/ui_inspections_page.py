# Generated from ui/inspections_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_InspectionsPage(object):
    def setupUi(self, InspectionsPage):
        if not InspectionsPage.objectName():
            InspectionsPage.setObjectName(u"InspectionsPage")
        InspectionsPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(InspectionsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(InspectionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(InspectionsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"subtitle")

        self.pageLayout.addWidget(self.summaryLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.newButton = QPushButton(InspectionsPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.openButton = QPushButton(InspectionsPage)
        self.openButton.setObjectName(u"openButton")

        self.toolbarLayout.addWidget(self.openButton)

        self.filterEdit = QLineEdit(InspectionsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.filterEdit)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(InspectionsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.scheduleBox = QWidget(self.splitter)
        self.scheduleBox.setObjectName(u"scheduleBox")
        self.scheduleBoxLayout = QVBoxLayout(self.scheduleBox)
        self.scheduleBoxLayout.setSpacing(4)
        self.scheduleBoxLayout.setObjectName(u"scheduleBoxLayout")
        self.scheduleBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.scheduleLabel = QLabel(self.scheduleBox)
        self.scheduleLabel.setObjectName(u"scheduleLabel")
        self.scheduleLabel.setProperty(u"role", u"heading")

        self.scheduleBoxLayout.addWidget(self.scheduleLabel)

        self.scheduleTable = QTableView(self.scheduleBox)
        self.scheduleTable.setObjectName(u"scheduleTable")
        self.scheduleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scheduleTable.setAlternatingRowColors(True)
        self.scheduleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scheduleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scheduleTable.setSortingEnabled(True)
        self.scheduleTable.setWordWrap(False)
        self.scheduleTable.horizontalHeader().setHighlightSections(False)
        self.scheduleTable.verticalHeader().setVisible(False)

        self.scheduleBoxLayout.addWidget(self.scheduleTable)

        self.splitter.addWidget(self.scheduleBox)
        self.inspectionsBox = QWidget(self.splitter)
        self.inspectionsBox.setObjectName(u"inspectionsBox")
        self.inspectionsBoxLayout = QVBoxLayout(self.inspectionsBox)
        self.inspectionsBoxLayout.setSpacing(4)
        self.inspectionsBoxLayout.setObjectName(u"inspectionsBoxLayout")
        self.inspectionsBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.inspectionsLabel = QLabel(self.inspectionsBox)
        self.inspectionsLabel.setObjectName(u"inspectionsLabel")
        self.inspectionsLabel.setProperty(u"role", u"heading")

        self.inspectionsBoxLayout.addWidget(self.inspectionsLabel)

        self.inspectionsTable = QTableView(self.inspectionsBox)
        self.inspectionsTable.setObjectName(u"inspectionsTable")
        self.inspectionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspectionsTable.setAlternatingRowColors(True)
        self.inspectionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionsTable.setSortingEnabled(True)
        self.inspectionsTable.setWordWrap(False)
        self.inspectionsTable.horizontalHeader().setHighlightSections(False)
        self.inspectionsTable.verticalHeader().setVisible(False)

        self.inspectionsBoxLayout.addWidget(self.inspectionsTable)

        self.splitter.addWidget(self.inspectionsBox)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.scheduleLabel.setBuddy(self.scheduleTable)
        self.inspectionsLabel.setBuddy(self.inspectionsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.scheduleTable)
        QWidget.setTabOrder(self.scheduleTable, self.inspectionsTable)

        self.retranslateUi(InspectionsPage)

        QMetaObject.connectSlotsByName(InspectionsPage)
    # setupUi

    def retranslateUi(self, InspectionsPage):
        self.titleLabel.setText(QCoreApplication.translate("InspectionsPage", u"Inspections", None))
        self.newButton.setText(QCoreApplication.translate("InspectionsPage", u"New inspection\u2026", None))
        self.openButton.setText(QCoreApplication.translate("InspectionsPage", u"Open", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("InspectionsPage", u"Filter inspections by unit, kind, inspector or status", None))
        self.scheduleLabel.setText(QCoreApplication.translate("InspectionsPage", u"&Schedule: each unit's last inspection and its next periodic one", None))
        self.inspectionsLabel.setText(QCoreApplication.translate("InspectionsPage", u"&Inspections recorded", None))
        pass
    # retranslateUi
