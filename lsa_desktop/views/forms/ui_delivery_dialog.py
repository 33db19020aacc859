# Generated from ui/delivery_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_DeliveryDialog(object):
    def setupUi(self, DeliveryDialog):
        if not DeliveryDialog.objectName():
            DeliveryDialog.setObjectName(u"DeliveryDialog")
        DeliveryDialog.resize(980, 640)
        DeliveryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DeliveryDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(DeliveryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.pledgeLabel = QLabel(DeliveryDialog)
        self.pledgeLabel.setObjectName(u"pledgeLabel")
        self.pledgeLabel.setText(u"")
        self.pledgeLabel.setWordWrap(True)
        self.pledgeLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.pledgeLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(4)
        self.delivered_onLabel = QLabel(DeliveryDialog)
        self.delivered_onLabel.setObjectName(u"delivered_onLabel")

        self.fieldsLayout.addWidget(self.delivered_onLabel, 0, 0, 1, 1)

        self.delivered_on = QDateEdit(DeliveryDialog)
        self.delivered_on.setObjectName(u"delivered_on")
        self.delivered_on.setCalendarPopup(True)
        self.delivered_on.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.addWidget(self.delivered_on, 0, 1, 1, 1)

        self.delivered_onError = QLabel(DeliveryDialog)
        self.delivered_onError.setObjectName(u"delivered_onError")
        self.delivered_onError.setText(u"")
        self.delivered_onError.setWordWrap(True)
        self.delivered_onError.setVisible(False)
        self.delivered_onError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delivered_onError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.delivered_onError, 1, 1, 1, 1)

        self.received_byLabel = QLabel(DeliveryDialog)
        self.received_byLabel.setObjectName(u"received_byLabel")

        self.fieldsLayout.addWidget(self.received_byLabel, 2, 0, 1, 1)

        self.received_by = QLineEdit(DeliveryDialog)
        self.received_by.setObjectName(u"received_by")
        self.received_by.setMaxLength(120)

        self.fieldsLayout.addWidget(self.received_by, 2, 1, 1, 1)

        self.received_byError = QLabel(DeliveryDialog)
        self.received_byError.setObjectName(u"received_byError")
        self.received_byError.setText(u"")
        self.received_byError.setWordWrap(True)
        self.received_byError.setVisible(False)
        self.received_byError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received_byError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.received_byError, 3, 1, 1, 1)

        self.waybill_referenceLabel = QLabel(DeliveryDialog)
        self.waybill_referenceLabel.setObjectName(u"waybill_referenceLabel")

        self.fieldsLayout.addWidget(self.waybill_referenceLabel, 0, 2, 1, 1)

        self.waybill_reference = QLineEdit(DeliveryDialog)
        self.waybill_reference.setObjectName(u"waybill_reference")
        self.waybill_reference.setMaxLength(80)

        self.fieldsLayout.addWidget(self.waybill_reference, 0, 3, 1, 1)

        self.waybill_referenceError = QLabel(DeliveryDialog)
        self.waybill_referenceError.setObjectName(u"waybill_referenceError")
        self.waybill_referenceError.setText(u"")
        self.waybill_referenceError.setWordWrap(True)
        self.waybill_referenceError.setVisible(False)
        self.waybill_referenceError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waybill_referenceError.setProperty(u"role", u"error")

        self.fieldsLayout.addWidget(self.waybill_referenceError, 1, 3, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)
        self.fieldsLayout.setColumnStretch(3, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.linesLabel = QLabel(DeliveryDialog)
        self.linesLabel.setObjectName(u"linesLabel")
        self.linesLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.linesLabel)

        self.linesHint = QLabel(DeliveryDialog)
        self.linesHint.setObjectName(u"linesHint")
        self.linesHint.setWordWrap(True)
        self.linesHint.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.linesHint)

        self.lines = QTableView(DeliveryDialog)
        self.lines.setObjectName(u"lines")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.lines.sizePolicy().hasHeightForWidth())
        self.lines.setSizePolicy(sizePolicy)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines.setTabKeyNavigation(True)
        self.lines.setSortingEnabled(False)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setHighlightSections(False)
        self.lines.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.lines)

        self.linesError = QLabel(DeliveryDialog)
        self.linesError.setObjectName(u"linesError")
        self.linesError.setText(u"")
        self.linesError.setWordWrap(True)
        self.linesError.setVisible(False)
        self.linesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.linesError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.linesError)

        self.serialsLayout = QVBoxLayout()
        self.serialsLayout.setSpacing(4)
        self.serialsLayout.setObjectName(u"serialsLayout")
        self.serialsLabel = QLabel(DeliveryDialog)
        self.serialsLabel.setObjectName(u"serialsLabel")

        self.serialsLayout.addWidget(self.serialsLabel)

        self.serials = QPlainTextEdit(DeliveryDialog)
        self.serials.setObjectName(u"serials")
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumSize(QSize(16777215, 110))

        self.serialsLayout.addWidget(self.serials)

        self.serialsCount = QLabel(DeliveryDialog)
        self.serialsCount.setObjectName(u"serialsCount")
        self.serialsCount.setText(u"")
        self.serialsCount.setWordWrap(True)
        self.serialsCount.setProperty(u"role", u"note")

        self.serialsLayout.addWidget(self.serialsCount)


        self.dialogLayout.addLayout(self.serialsLayout)

        self.formError = QLabel(DeliveryDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(DeliveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.delivered_onLabel.setBuddy(self.delivered_on)
        self.received_byLabel.setBuddy(self.received_by)
        self.waybill_referenceLabel.setBuddy(self.waybill_reference)
        self.linesLabel.setBuddy(self.lines)
        self.serialsLabel.setBuddy(self.serials)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.delivered_on, self.waybill_reference)
        QWidget.setTabOrder(self.waybill_reference, self.received_by)
        QWidget.setTabOrder(self.received_by, self.lines)
        QWidget.setTabOrder(self.lines, self.serials)
        QWidget.setTabOrder(self.serials, self.buttonBox)

        self.retranslateUi(DeliveryDialog)

        QMetaObject.connectSlotsByName(DeliveryDialog)
    # setupUi

    def retranslateUi(self, DeliveryDialog):
        DeliveryDialog.setWindowTitle(QCoreApplication.translate("DeliveryDialog", u"Record a delivery", None))
        self.delivered_onLabel.setText(QCoreApplication.translate("DeliveryDialog", u"&Delivered on:", None))
#if QT_CONFIG(tooltip)
        self.delivered_on.setToolTip(QCoreApplication.translate("DeliveryDialog", u"The day the goods arrived", None))
#endif // QT_CONFIG(tooltip)
        self.received_byLabel.setText(QCoreApplication.translate("DeliveryDialog", u"&Received by:", None))
#if QT_CONFIG(tooltip)
        self.received_by.setToolTip(QCoreApplication.translate("DeliveryDialog", u"Who checked the goods in and signed for them", None))
#endif // QT_CONFIG(tooltip)
        self.waybill_referenceLabel.setText(QCoreApplication.translate("DeliveryDialog", u"&Waybill / GRN:", None))
        self.waybill_reference.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", u"WB-2026-0117", None))
#if QT_CONFIG(tooltip)
        self.waybill_reference.setToolTip(QCoreApplication.translate("DeliveryDialog", u"The waybill or goods-received note the delivery came with", None))
#endif // QT_CONFIG(tooltip)
        self.linesLabel.setText(QCoreApplication.translate("DeliveryDialog", u"&Lines received:", None))
        self.linesHint.setText(QCoreApplication.translate("DeliveryDialog", u"For each line that arrived, type what was received and what was accepted, and its condition; say why when less is accepted than received. Lines left at 0 are not recorded.", None))
        self.serialsLabel.setText(QCoreApplication.translate("DeliveryDialog", u"&Serial numbers:", None))
#if QT_CONFIG(tooltip)
        self.serials.setToolTip(QCoreApplication.translate("DeliveryDialog", u"One serial number per accepted item, one per line (paste a column from a spreadsheet); leave empty to give them generated asset tags", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
