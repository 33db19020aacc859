# Generated from ui/crash_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(680, 460)
        self.dialogLayout = QVBoxLayout(CrashDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLayout = QHBoxLayout()
        self.messageLayout.setSpacing(14)
        self.messageLayout.setObjectName(u"messageLayout")
        self.iconLabel = QLabel(CrashDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.messageLayout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(CrashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setWordWrap(True)

        self.messageLayout.addWidget(self.messageLabel)


        self.dialogLayout.addLayout(self.messageLayout)

        self.detailsEdit = QPlainTextEdit(CrashDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detailsEdit.setReadOnly(True)

        self.dialogLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.openLogButton = QPushButton(CrashDialog)
        self.openLogButton.setObjectName(u"openLogButton")

        self.buttonLayout.addWidget(self.openLogButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(CrashDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CrashDialog)
        self.buttonBox.rejected.connect(CrashDialog.reject)

        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"LSA Desktop: unexpected error", None))
        self.messageLabel.setText(QCoreApplication.translate("CrashDialog", u"LSA Desktop met an error it did not expect. This is a fault in the app, not something you did. A change that was being saved when it happened was not saved; the rest of your data is safe.\n"
"\n"
"Please copy the details below and send them to the person who supports the app.", None))
#if QT_CONFIG(accessibility)
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Error details", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"&Copy details", None))
        self.openLogButton.setText(QCoreApplication.translate("CrashDialog", u"Open the &log folder", None))
    # retranslateUi
