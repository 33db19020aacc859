# Generated from ui/qualifications_page.ui by `make ui`; do not edit.

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

class Ui_QualificationsPage(object):
    def setupUi(self, QualificationsPage):
        if not QualificationsPage.objectName():
            QualificationsPage.setObjectName(u"QualificationsPage")
        QualificationsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(QualificationsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLabel = QLabel(QualificationsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.windowLabel = QLabel(QualificationsPage)
        self.windowLabel.setObjectName(u"windowLabel")

        self.filterLayout.addWidget(self.windowLabel)

        self.windowFilter = QComboBox(QualificationsPage)
        self.windowFilter.setObjectName(u"windowFilter")
        self.windowFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.windowFilter)

        self.searchEdit = QLineEdit(QualificationsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.unitLabel = QLabel(QualificationsPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitFilter = QComboBox(QualificationsPage)
        self.unitFilter.setObjectName(u"unitFilter")
        self.unitFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.unitFilter)


        self.pageLayout.addLayout(self.filterLayout)

        self.toolBar = QToolBar(QualificationsPage)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolBar.setFloatable(False)
        self.toolBar.setMovable(False)

        self.pageLayout.addWidget(self.toolBar)

        self.tableView = RegisterTableView(QualificationsPage)
        self.tableView.setObjectName(u"tableView")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.tableView.sizePolicy().hasHeightForWidth())
        self.tableView.setSizePolicy(sizePolicy1)
        self.tableView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.pageLayout.addWidget(self.tableView)

        self.noteLabel = QLabel(QualificationsPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.pageLayout.addWidget(self.noteLabel)

#if QT_CONFIG(shortcut)
        self.windowLabel.setBuddy(self.windowFilter)
        self.unitLabel.setBuddy(self.unitFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.windowFilter, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.unitFilter)
        QWidget.setTabOrder(self.unitFilter, self.tableView)

        self.retranslateUi(QualificationsPage)

        QMetaObject.connectSlotsByName(QualificationsPage)
    # setupUi

    def retranslateUi(self, QualificationsPage):
        self.titleLabel.setText(QCoreApplication.translate("QualificationsPage", u"Expiring qualifications", None))
        self.windowLabel.setText(QCoreApplication.translate("QualificationsPage", u"&Show:", None))
#if QT_CONFIG(tooltip)
        self.windowFilter.setToolTip(QCoreApplication.translate("QualificationsPage", u"How far ahead to look; qualifications already expired are always listed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("QualificationsPage", u"Type part of an officer's surname, given name or service number; every word must match.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("QualificationsPage", u"Search by name or service number", None))
        self.unitLabel.setText(QCoreApplication.translate("QualificationsPage", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("QualificationsPage", u"Show the qualifications of one unit's officers, or of a whole contingent's", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("QualificationsPage", u"Officers who are archived or repatriated are not listed. Open a row (Enter or double-click) to see the officer's form on that qualification.", None))
        pass
    # retranslateUi
