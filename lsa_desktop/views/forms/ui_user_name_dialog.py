# Generated from ui/user_name_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UserNameDialog(object):
    def setupUi(self, UserNameDialog):
        if not UserNameDialog.objectName():
            UserNameDialog.setObjectName(u"UserNameDialog")
        UserNameDialog.resize(440, 200)
        UserNameDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(UserNameDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 14)
        self.introLabel = QLabel(UserNameDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.userNameLabel = QLabel(UserNameDialog)
        self.userNameLabel.setObjectName(u"userNameLabel")
        self.userNameLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.userNameLabel)

        self.user_name = QLineEdit(UserNameDialog)
        self.user_name.setObjectName(u"user_name")
        self.user_name.setMaxLength(80)

        self.dialogLayout.addWidget(self.user_name)

        self.user_nameError = QLabel(UserNameDialog)
        self.user_nameError.setObjectName(u"user_nameError")
        self.user_nameError.setText(u"")
        self.user_nameError.setWordWrap(True)
        self.user_nameError.setVisible(False)
        self.user_nameError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.user_nameError)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UserNameDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userNameLabel.setBuddy(self.user_name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_name, self.buttonBox)

        self.retranslateUi(UserNameDialog)

        QMetaObject.connectSlotsByName(UserNameDialog)
    # setupUi

    def retranslateUi(self, UserNameDialog):
        UserNameDialog.setWindowTitle(QCoreApplication.translate("UserNameDialog", u"Your name", None))
        self.introLabel.setText(QCoreApplication.translate("UserNameDialog", u"Every change you save is recorded in the history with your name, so that others can see who did what.", None))
        self.userNameLabel.setText(QCoreApplication.translate("UserNameDialog", u"&Your name as it should appear in the history, e.g. Sgt J. Otieno:", None))
        self.user_name.setPlaceholderText(QCoreApplication.translate("UserNameDialog", u"Rank, initials and surname", None))
    # retranslateUi
