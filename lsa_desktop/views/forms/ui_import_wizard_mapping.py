# Generated from ui/import_wizard_mapping.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportMappingPage(object):
    def setupUi(self, ImportMappingPage):
        if not ImportMappingPage.objectName():
            ImportMappingPage.setObjectName(u"ImportMappingPage")
        ImportMappingPage.resize(820, 460)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(ImportMappingPage.sizePolicy().hasHeightForWidth())
        ImportMappingPage.setSizePolicy(sizePolicy)
        self.pageLayout = QVBoxLayout(ImportMappingPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerNote = QLabel(ImportMappingPage)
        self.headerNote.setObjectName(u"headerNote")
        self.headerNote.setText(u"")
        self.headerNote.setWordWrap(True)

        self.pageLayout.addWidget(self.headerNote)

        self.rememberedLayout = QHBoxLayout()
        self.rememberedLayout.setObjectName(u"rememberedLayout")
        self.rememberedNote = QLabel(ImportMappingPage)
        self.rememberedNote.setObjectName(u"rememberedNote")
        self.rememberedNote.setWordWrap(True)
        self.rememberedNote.setProperty(u"role", u"note")

        self.rememberedLayout.addWidget(self.rememberedNote)

        self.automaticButton = QPushButton(ImportMappingPage)
        self.automaticButton.setObjectName(u"automaticButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.automaticButton.sizePolicy().hasHeightForWidth())
        self.automaticButton.setSizePolicy(sizePolicy1)
        self.automaticButton.setAutoDefault(False)

        self.rememberedLayout.addWidget(self.automaticButton, 0, Qt.AlignmentFlag.AlignRight)

        self.rememberedLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.rememberedLayout)

        self.columns = QTableView(ImportMappingPage)
        self.columns.setObjectName(u"columns")
        self.columns.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.columns.sizePolicy().hasHeightForWidth())
        self.columns.setSizePolicy(sizePolicy2)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setTabKeyNavigation(False)
        self.columns.setAlternatingRowColors(True)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setWordWrap(False)
        self.columns.horizontalHeader().setHighlightSections(False)
        self.columns.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.columns)

        self.missing = QLabel(ImportMappingPage)
        self.missing.setObjectName(u"missing")
        self.missing.setText(u"")
        self.missing.setWordWrap(True)
        self.missing.setVisible(False)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.missing)


        self.retranslateUi(ImportMappingPage)

        QMetaObject.connectSlotsByName(ImportMappingPage)
    # setupUi

    def retranslateUi(self, ImportMappingPage):
        ImportMappingPage.setTitle(QCoreApplication.translate("ImportMappingPage", u"Match the columns", None))
        ImportMappingPage.setSubTitle(QCoreApplication.translate("ImportMappingPage", u"What each column of the sheet holds. Change any that is wrong; a column set to (ignore) is not read.", None))
        self.rememberedNote.setText(QCoreApplication.translate("ImportMappingPage", u"These columns are matched as you chose for an earlier file with the same column names.", None))
#if QT_CONFIG(tooltip)
        self.automaticButton.setToolTip(QCoreApplication.translate("ImportMappingPage", u"Forget the earlier choice and match the columns by their names", None))
#endif // QT_CONFIG(tooltip)
        self.automaticButton.setText(QCoreApplication.translate("ImportMappingPage", u"Match &automatically", None))
#if QT_CONFIG(tooltip)
        self.columns.setToolTip(QCoreApplication.translate("ImportMappingPage", u"Choose in the Field column what each column of the sheet holds", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
