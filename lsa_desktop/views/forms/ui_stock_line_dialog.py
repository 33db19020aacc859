# Generated from ui/stock_line_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_StockLineDialog(object):
    def setupUi(self, StockLineDialog):
        if not StockLineDialog.objectName():
            StockLineDialog.setObjectName(u"StockLineDialog")
        StockLineDialog.resize(520, 360)
        StockLineDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(StockLineDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 12)
        self.tabs = QTabWidget(StockLineDialog)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(8, 10, 8, 6)
        self.stockForm = QFormLayout()
        self.stockForm.setObjectName(u"stockForm")
        self.stockForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stockForm.setVerticalSpacing(2)
        self.unit_idLabel = QLabel(self.detailsTab)
        self.unit_idLabel.setObjectName(u"unit_idLabel")

        self.stockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_idLabel)

        self.unit_id = QComboBox(self.detailsTab)
        self.unit_id.setObjectName(u"unit_id")

        self.stockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_id)

        self.unit_idError = QLabel(self.detailsTab)
        self.unit_idError.setObjectName(u"unit_idError")
        self.unit_idError.setWordWrap(True)
        self.unit_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_idError.setProperty(u"role", u"error")

        self.stockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_idError)

        self.equipment_type_idLabel = QLabel(self.detailsTab)
        self.equipment_type_idLabel.setObjectName(u"equipment_type_idLabel")

        self.stockForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.equipment_type_idLabel)

        self.equipment_type_id = QComboBox(self.detailsTab)
        self.equipment_type_id.setObjectName(u"equipment_type_id")

        self.stockForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.equipment_type_id)

        self.equipment_type_idError = QLabel(self.detailsTab)
        self.equipment_type_idError.setObjectName(u"equipment_type_idError")
        self.equipment_type_idError.setWordWrap(True)
        self.equipment_type_idError.setTextFormat(Qt.TextFormat.PlainText)
        self.equipment_type_idError.setProperty(u"role", u"error")

        self.stockForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.equipment_type_idError)

        self.on_handLabel = QLabel(self.detailsTab)
        self.on_handLabel.setObjectName(u"on_handLabel")

        self.stockForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.on_handLabel)

        self.on_hand = QLineEdit(self.detailsTab)
        self.on_hand.setObjectName(u"on_hand")
        self.on_hand.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.stockForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.on_hand)

        self.on_handError = QLabel(self.detailsTab)
        self.on_handError.setObjectName(u"on_handError")
        self.on_handError.setWordWrap(True)
        self.on_handError.setTextFormat(Qt.TextFormat.PlainText)
        self.on_handError.setProperty(u"role", u"error")

        self.stockForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.on_handError)

        self.serviceableLabel = QLabel(self.detailsTab)
        self.serviceableLabel.setObjectName(u"serviceableLabel")

        self.stockForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.serviceableLabel)

        self.serviceable = QLineEdit(self.detailsTab)
        self.serviceable.setObjectName(u"serviceable")
        self.serviceable.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.stockForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serviceable)

        self.serviceableError = QLabel(self.detailsTab)
        self.serviceableError.setObjectName(u"serviceableError")
        self.serviceableError.setWordWrap(True)
        self.serviceableError.setTextFormat(Qt.TextFormat.PlainText)
        self.serviceableError.setProperty(u"role", u"error")

        self.stockForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.serviceableError)

        self.counted_onLabel = QLabel(self.detailsTab)
        self.counted_onLabel.setObjectName(u"counted_onLabel")

        self.stockForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.counted_onLabel)

        self.counted_on = QDateEdit(self.detailsTab)
        self.counted_on.setObjectName(u"counted_on")
        self.counted_on.setCalendarPopup(True)
        self.counted_on.setDisplayFormat(u"yyyy-MM-dd")

        self.stockForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.counted_on)

        self.counted_onError = QLabel(self.detailsTab)
        self.counted_onError.setObjectName(u"counted_onError")
        self.counted_onError.setWordWrap(True)
        self.counted_onError.setTextFormat(Qt.TextFormat.PlainText)
        self.counted_onError.setProperty(u"role", u"error")

        self.stockForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.counted_onError)

        self.noteLabel = QLabel(self.detailsTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.stockForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.detailsTab)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(400)

        self.stockForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(self.detailsTab)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setTextFormat(Qt.TextFormat.PlainText)
        self.noteError.setProperty(u"role", u"error")

        self.stockForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteError)

        self.countNote = QLabel(self.detailsTab)
        self.countNote.setObjectName(u"countNote")
        self.countNote.setWordWrap(True)
        self.countNote.setTextFormat(Qt.TextFormat.PlainText)
        self.countNote.setProperty(u"role", u"note")

        self.stockForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.countNote)


        self.detailsLayout.addLayout(self.stockForm)

        self.tabs.addTab(self.detailsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(StockLineDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(StockLineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unit_idLabel.setBuddy(self.unit_id)
        self.equipment_type_idLabel.setBuddy(self.equipment_type_id)
        self.on_handLabel.setBuddy(self.on_hand)
        self.serviceableLabel.setBuddy(self.serviceable)
        self.counted_onLabel.setBuddy(self.counted_on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.unit_id)
        QWidget.setTabOrder(self.unit_id, self.equipment_type_id)
        QWidget.setTabOrder(self.equipment_type_id, self.on_hand)
        QWidget.setTabOrder(self.on_hand, self.serviceable)
        QWidget.setTabOrder(self.serviceable, self.counted_on)
        QWidget.setTabOrder(self.counted_on, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(StockLineDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StockLineDialog)
    # setupUi

    def retranslateUi(self, StockLineDialog):
        StockLineDialog.setWindowTitle(QCoreApplication.translate("StockLineDialog", u"Stock line", None))
        self.unit_idLabel.setText(QCoreApplication.translate("StockLineDialog", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unit_id.setToolTip(QCoreApplication.translate("StockLineDialog", u"The unit that holds the stock", None))
#endif // QT_CONFIG(tooltip)
        self.equipment_type_idLabel.setText(QCoreApplication.translate("StockLineDialog", u"&Equipment:", None))
#if QT_CONFIG(tooltip)
        self.equipment_type_id.setToolTip(QCoreApplication.translate("StockLineDialog", u"Items counted in bulk (helmets, vests, tents...)", None))
#endif // QT_CONFIG(tooltip)
        self.on_handLabel.setText(QCoreApplication.translate("StockLineDialog", u"&On hand:", None))
#if QT_CONFIG(tooltip)
        self.on_hand.setToolTip(QCoreApplication.translate("StockLineDialog", u"How many the unit holds, working or not", None))
#endif // QT_CONFIG(tooltip)
        self.serviceableLabel.setText(QCoreApplication.translate("StockLineDialog", u"Ser&viceable:", None))
#if QT_CONFIG(tooltip)
        self.serviceable.setToolTip(QCoreApplication.translate("StockLineDialog", u"How many of those work; never more than on hand", None))
#endif // QT_CONFIG(tooltip)
        self.counted_onLabel.setText(QCoreApplication.translate("StockLineDialog", u"Cou&nted on:", None))
#if QT_CONFIG(tooltip)
        self.counted_on.setToolTip(QCoreApplication.translate("StockLineDialog", u"The day of the count", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("StockLineDialog", u"No&te:", None))
#if QT_CONFIG(tooltip)
        self.note.setToolTip(QCoreApplication.translate("StockLineDialog", u"What the count was (monthly count, after a patrol loss...)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("StockLineDialog", u"Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("StockLineDialog", u"Histor&y", None))
    # retranslateUi
