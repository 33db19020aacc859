# Generated from ui/first_start_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QDialog, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(560, 420)
        FirstStartDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FirstStartDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 20, 20, 16)
        self.titleLabel = QLabel(FirstStartDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.demoButton = QCommandLinkButton(FirstStartDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.dialogLayout.addWidget(self.demoButton)

        self.importButton = QCommandLinkButton(FirstStartDialog)
        self.importButton.setObjectName(u"importButton")

        self.dialogLayout.addWidget(self.importButton)

        self.emptyButton = QCommandLinkButton(FirstStartDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.dialogLayout.addWidget(self.emptyButton)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)


        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Welcome to LSA Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Welcome to LSA Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartDialog", u"This database is empty. How would you like to begin?", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartDialog", u"Load the demo mission", None))
        self.demoButton.setDescription(QCoreApplication.translate("FirstStartDialog", u"A Kenya-led police support mission in Haiti, made up from public figures: contingents, units, officers, vehicles, equipment, requisitions, donors and 90 days of readiness history. Use it to explore the app.", None))
        self.importButton.setText(QCoreApplication.translate("FirstStartDialog", u"Import from Excel", None))
        self.importButton.setDescription(QCoreApplication.translate("FirstStartDialog", u"Bring in the lists you already keep: units first, then nominal rolls, vehicle lists and stock counts that refer to them. Each file is checked, and shown row by row, before anything is written.", None))
        self.emptyButton.setText(QCoreApplication.translate("FirstStartDialog", u"Start with an empty database", None))
        self.emptyButton.setDescription(QCoreApplication.translate("FirstStartDialog", u"Open the app with no data. The demo mission can still be loaded later from the command line (lsa-desktop demo) while the database is empty.", None))
    # retranslateUi
