# Generated from ui/import_wizard_file.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        ImportFilePage.resize(720, 360)
        self.pageLayout = QVBoxLayout(ImportFilePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.pathLabel = QLabel(ImportFilePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fieldsLayout.addWidget(self.pathLabel, 0, 0, 1, 1)

        self.path = QLineEdit(ImportFilePage)
        self.path.setObjectName(u"path")
        self.path.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.path, 0, 1, 1, 1)

        self.browseButton = QPushButton(ImportFilePage)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fieldsLayout.addWidget(self.browseButton, 0, 2, 1, 1)

        self.sheetLabel = QLabel(ImportFilePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fieldsLayout.addWidget(self.sheetLabel, 1, 0, 1, 1)

        self.sheet = QComboBox(ImportFilePage)
        self.sheet.setObjectName(u"sheet")
        self.sheet.setEnabled(False)

        self.fieldsLayout.addWidget(self.sheet, 1, 1, 1, 2)

        self.kindLabel = QLabel(ImportFilePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsLayout.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kind = QComboBox(ImportFilePage)
        self.kind.setObjectName(u"kind")

        self.fieldsLayout.addWidget(self.kind, 2, 1, 1, 2)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.pageLayout.addLayout(self.fieldsLayout)

        self.kindNote = QLabel(ImportFilePage)
        self.kindNote.setObjectName(u"kindNote")
        self.kindNote.setText(u"")
        self.kindNote.setWordWrap(True)
        self.kindNote.setVisible(False)
        self.kindNote.setProperty(u"role", u"note")

        self.pageLayout.addWidget(self.kindNote)

        self.headerNote = QLabel(ImportFilePage)
        self.headerNote.setObjectName(u"headerNote")
        self.headerNote.setText(u"")
        self.headerNote.setWordWrap(True)
        self.headerNote.setVisible(False)
        self.headerNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.headerNote)

        self.problem = QLabel(ImportFilePage)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.path)
        self.sheetLabel.setBuddy(self.sheet)
        self.kindLabel.setBuddy(self.kind)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheet)
        QWidget.setTabOrder(self.sheet, self.kind)

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose the workbook", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"The file, the sheet that holds the list, and what the list is. Nothing is written until you press Import after the preview.", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportFilePage", u"&File:", None))
#if QT_CONFIG(tooltip)
        self.path.setToolTip(QCoreApplication.translate("ImportFilePage", u"The Excel workbook (.xlsx) to import; type its path and press Enter, or choose it with Browse", None))
#endif // QT_CONFIG(tooltip)
        self.path.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"An Excel workbook (.xlsx)", None))
        self.browseButton.setText(QCoreApplication.translate("ImportFilePage", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportFilePage", u"&Sheet:", None))
#if QT_CONFIG(tooltip)
        self.sheet.setToolTip(QCoreApplication.translate("ImportFilePage", u"The sheet that holds the list", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("ImportFilePage", u"&The list holds:", None))
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("ImportFilePage", u"What each row of the sheet is: an officer, a vehicle, a stock line\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.kind.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Choose what the list holds", None))
    # retranslateUi
