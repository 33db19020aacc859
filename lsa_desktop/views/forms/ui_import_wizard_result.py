# Generated from ui/import_wizard_result.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QProgressBar, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportResultPage(object):
    def setupUi(self, ImportResultPage):
        if not ImportResultPage.objectName():
            ImportResultPage.setObjectName(u"ImportResultPage")
        ImportResultPage.resize(720, 360)
        self.pageLayout = QVBoxLayout(ImportResultPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headline = QLabel(ImportResultPage)
        self.headline.setObjectName(u"headline")
        self.headline.setText(u"")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setProperty(u"role", u"heading")

        self.pageLayout.addWidget(self.headline)

        self.progress = QProgressBar(ImportResultPage)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)

        self.pageLayout.addWidget(self.progress)

        self.step = QLabel(ImportResultPage)
        self.step.setObjectName(u"step")
        self.step.setText(u"")
        self.step.setProperty(u"role", u"note")

        self.pageLayout.addWidget(self.step)

        self.details = QLabel(ImportResultPage)
        self.details.setObjectName(u"details")
        self.details.setText(u"")
        self.details.setWordWrap(True)
        self.details.setVisible(False)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.details)

        self.problem = QLabel(ImportResultPage)
        self.problem.setObjectName(u"problem")
        self.problem.setText(u"")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportResultPage)

        QMetaObject.connectSlotsByName(ImportResultPage)
    # setupUi

    def retranslateUi(self, ImportResultPage):
        ImportResultPage.setTitle(QCoreApplication.translate("ImportResultPage", u"Import", None))
        ImportResultPage.setSubTitle(QCoreApplication.translate("ImportResultPage", u"Cancel stops the import and leaves the database as it was.", None))
    # retranslateUi
