# Generated from ui/requisitions_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RequisitionsPage(object):
    def setupUi(self, RequisitionsPage):
        if not RequisitionsPage.objectName():
            RequisitionsPage.setObjectName(u"RequisitionsPage")
        RequisitionsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(RequisitionsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(RequisitionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(RequisitionsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setProperty(u"role", u"subtitle")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilterLabel = QLabel(RequisitionsPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(RequisitionsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.unitLabel = QLabel(RequisitionsPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(RequisitionsPage)
        self.unitFilter.setObjectName(u"unitFilter")

        self.filterLayout.addWidget(self.unitFilter)

        self.filterEdit = QLineEdit(RequisitionsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.filterLayout.setStretch(4, 1)

        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(RequisitionsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.unitLabel.setBuddy(self.unitFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequisitionsPage)

        QMetaObject.connectSlotsByName(RequisitionsPage)
    # setupUi

    def retranslateUi(self, RequisitionsPage):
        self.titleLabel.setText(QCoreApplication.translate("RequisitionsPage", u"Requisitions", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("RequisitionsPage", u"&Show:", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("RequisitionsPage", u"Which requisitions the list shows, by where they stand", None))
#endif // QT_CONFIG(tooltip)
        self.unitLabel.setText(QCoreApplication.translate("RequisitionsPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("RequisitionsPage", u"Show the requisitions of one unit, or of every unit of a contingent", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RequisitionsPage", u"Filter by reference, unit, priority or status", None))
        pass
    # retranslateUi
