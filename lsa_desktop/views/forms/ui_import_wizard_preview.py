# Generated from ui/import_wizard_preview.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        ImportPreviewPage.resize(900, 560)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(ImportPreviewPage.sizePolicy().hasHeightForWidth())
        ImportPreviewPage.setSizePolicy(sizePolicy)
        self.pageLayout = QVBoxLayout(ImportPreviewPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summary = QLabel(ImportPreviewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setProperty(u"role", u"heading")

        self.pageLayout.addWidget(self.summary)

        self.checking = QProgressBar(ImportPreviewPage)
        self.checking.setObjectName(u"checking")
        self.checking.setMaximum(0)
        self.checking.setTextVisible(False)

        self.pageLayout.addWidget(self.checking)

        self.notes = QLabel(ImportPreviewPage)
        self.notes.setObjectName(u"notes")
        self.notes.setText(u"")
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setProperty(u"role", u"note")

        self.pageLayout.addWidget(self.notes)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.onlyProblems = QCheckBox(ImportPreviewPage)
        self.onlyProblems.setObjectName(u"onlyProblems")

        self.filterLayout.addWidget(self.onlyProblems)

        self.filterSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.shown = QLabel(ImportPreviewPage)
        self.shown.setObjectName(u"shown")
        self.shown.setText(u"")
        self.shown.setProperty(u"role", u"note")

        self.filterLayout.addWidget(self.shown)


        self.pageLayout.addLayout(self.filterLayout)

        self.rows = QTableView(ImportPreviewPage)
        self.rows.setObjectName(u"rows")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.rows.sizePolicy().hasHeightForWidth())
        self.rows.setSizePolicy(sizePolicy1)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setTabKeyNavigation(False)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.setWordWrap(False)
        self.rows.horizontalHeader().setHighlightSections(False)
        self.rows.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.rows)

        self.skipInvalid = QCheckBox(ImportPreviewPage)
        self.skipInvalid.setObjectName(u"skipInvalid")

        self.pageLayout.addWidget(self.skipInvalid)

        self.errorReportLayout = QHBoxLayout()
        self.errorReportLayout.setObjectName(u"errorReportLayout")
        self.errorReport = QCheckBox(ImportPreviewPage)
        self.errorReport.setObjectName(u"errorReport")

        self.errorReportLayout.addWidget(self.errorReport)

        self.errorReportPath = QLineEdit(ImportPreviewPage)
        self.errorReportPath.setObjectName(u"errorReportPath")
        self.errorReportPath.setEnabled(False)

        self.errorReportLayout.addWidget(self.errorReportPath)

        self.errorReportBrowse = QPushButton(ImportPreviewPage)
        self.errorReportBrowse.setObjectName(u"errorReportBrowse")
        self.errorReportBrowse.setEnabled(False)
        self.errorReportBrowse.setAutoDefault(False)

        self.errorReportLayout.addWidget(self.errorReportBrowse)


        self.pageLayout.addLayout(self.errorReportLayout)

        self.outcome = QLabel(ImportPreviewPage)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setText(u"")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.outcome)

        self.problem = QLabel(ImportPreviewPage)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.problem)

        QWidget.setTabOrder(self.onlyProblems, self.rows)
        QWidget.setTabOrder(self.rows, self.skipInvalid)
        QWidget.setTabOrder(self.skipInvalid, self.errorReport)
        QWidget.setTabOrder(self.errorReport, self.errorReportPath)
        QWidget.setTabOrder(self.errorReportPath, self.errorReportBrowse)

        self.retranslateUi(ImportPreviewPage)

        QMetaObject.connectSlotsByName(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Check the rows", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Every row checked as importing would check it; nothing is written yet. Cells with a problem are marked: point at one to read what is wrong.", None))
        self.onlyProblems.setText(QCoreApplication.translate("ImportPreviewPage", u"Show only the rows with &problems", None))
#if QT_CONFIG(tooltip)
        self.skipInvalid.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Without this, a file with any error is refused whole and nothing is written", None))
#endif // QT_CONFIG(tooltip)
        self.skipInvalid.setText(QCoreApplication.translate("ImportPreviewPage", u"S&kip the rows with errors and import the others", None))
#if QT_CONFIG(tooltip)
        self.errorReport.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"A workbook of the rows with errors, the bad cells marked, to correct and import again", None))
#endif // QT_CONFIG(tooltip)
        self.errorReport.setText(QCoreApplication.translate("ImportPreviewPage", u"Write the rows with errors to a &workbook:", None))
#if QT_CONFIG(tooltip)
        self.errorReportPath.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Where to write the rows with errors (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.errorReportBrowse.setText(QCoreApplication.translate("ImportPreviewPage", u"Choose\u2026", None))
    # retranslateUi
