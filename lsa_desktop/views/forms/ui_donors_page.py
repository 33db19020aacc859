# Generated from ui/donors_page.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_DonorsPage(object):
    def setupUi(self, DonorsPage):
        if not DonorsPage.objectName():
            DonorsPage.setObjectName(u"DonorsPage")
        DonorsPage.resize(900, 600)
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
        self.summaryLabel.setProperty(u"role", u"subtitle")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.filterEdit = QLineEdit(DonorsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.filterEdit)

        self.table = QTableView(DonorsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)


        self.retranslateUi(DonorsPage)

        QMetaObject.connectSlotsByName(DonorsPage)
    # setupUi

    def retranslateUi(self, DonorsPage):
        self.titleLabel.setText(QCoreApplication.translate("DonorsPage", u"Donors", None))
        self.summaryLabel.setText("")
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("DonorsPage", u"Filter by name, type or country", None))
        pass
    # retranslateUi
