# Generated from ui/settings_dialog.ui by `make ui`; do not edit.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 430)
        SettingsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 14)
        self.readinessGroup = QGroupBox(SettingsDialog)
        self.readinessGroup.setObjectName(u"readinessGroup")
        self.readinessLayout = QFormLayout(self.readinessGroup)
        self.readinessLayout.setObjectName(u"readinessLayout")
        self.readinessLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.readinessLayout.setVerticalSpacing(4)
        self.thresholdLabel = QLabel(self.readinessGroup)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.readinessLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.readiness_threshold_pct = QDoubleSpinBox(self.readinessGroup)
        self.readiness_threshold_pct.setObjectName(u"readiness_threshold_pct")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.readiness_threshold_pct.sizePolicy().hasHeightForWidth())
        self.readiness_threshold_pct.setSizePolicy(sizePolicy)
        self.readiness_threshold_pct.setDecimals(1)
        self.readiness_threshold_pct.setMaximum(100.000000000000000)

        self.readinessLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.readiness_threshold_pct)

        self.thresholdNote = QLabel(self.readinessGroup)
        self.thresholdNote.setObjectName(u"thresholdNote")
        self.thresholdNote.setWordWrap(True)
        self.thresholdNote.setProperty(u"role", u"note")

        self.readinessLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.thresholdNote)

        self.amberLabel = QLabel(self.readinessGroup)
        self.amberLabel.setObjectName(u"amberLabel")

        self.readinessLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amberLabel)

        self.amber_threshold_pct = QDoubleSpinBox(self.readinessGroup)
        self.amber_threshold_pct.setObjectName(u"amber_threshold_pct")
        sizePolicy.setHeightForWidth(self.amber_threshold_pct.sizePolicy().hasHeightForWidth())
        self.amber_threshold_pct.setSizePolicy(sizePolicy)
        self.amber_threshold_pct.setDecimals(1)
        self.amber_threshold_pct.setMaximum(100.000000000000000)

        self.readinessLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amber_threshold_pct)

        self.amberNote = QLabel(self.readinessGroup)
        self.amberNote.setObjectName(u"amberNote")
        self.amberNote.setWordWrap(True)
        self.amberNote.setProperty(u"role", u"note")

        self.readinessLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amberNote)

        self.amber_threshold_pctError = QLabel(self.readinessGroup)
        self.amber_threshold_pctError.setObjectName(u"amber_threshold_pctError")
        self.amber_threshold_pctError.setText(u"")
        self.amber_threshold_pctError.setWordWrap(True)
        self.amber_threshold_pctError.setVisible(False)
        self.amber_threshold_pctError.setProperty(u"role", u"error")

        self.readinessLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amber_threshold_pctError)


        self.dialogLayout.addWidget(self.readinessGroup)

        self.printingGroup = QGroupBox(SettingsDialog)
        self.printingGroup.setObjectName(u"printingGroup")
        self.printingLayout = QFormLayout(self.printingGroup)
        self.printingLayout.setObjectName(u"printingLayout")
        self.printingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printingLayout.setVerticalSpacing(4)
        self.paperLabel = QLabel(self.printingGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.printingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper_size = QComboBox(self.printingGroup)
        self.paper_size.setObjectName(u"paper_size")
        sizePolicy.setHeightForWidth(self.paper_size.sizePolicy().hasHeightForWidth())
        self.paper_size.setSizePolicy(sizePolicy)

        self.printingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_size)

        self.classificationLabel = QLabel(self.printingGroup)
        self.classificationLabel.setObjectName(u"classificationLabel")

        self.printingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classificationLabel)

        self.classification = QLineEdit(self.printingGroup)
        self.classification.setObjectName(u"classification")
        self.classification.setMaxLength(60)
        self.classification.setClearButtonEnabled(True)

        self.printingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.classification)

        self.classificationNote = QLabel(self.printingGroup)
        self.classificationNote.setObjectName(u"classificationNote")
        self.classificationNote.setWordWrap(True)
        self.classificationNote.setProperty(u"role", u"note")

        self.printingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classificationNote)


        self.dialogLayout.addWidget(self.printingGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.RestoreDefaults)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.thresholdLabel.setBuddy(self.readiness_threshold_pct)
        self.amberLabel.setBuddy(self.amber_threshold_pct)
        self.paperLabel.setBuddy(self.paper_size)
        self.classificationLabel.setBuddy(self.classification)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.readiness_threshold_pct, self.amber_threshold_pct)
        QWidget.setTabOrder(self.amber_threshold_pct, self.paper_size)
        QWidget.setTabOrder(self.paper_size, self.classification)
        QWidget.setTabOrder(self.classification, self.buttonBox)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.readinessGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Readiness bands", None))
        self.thresholdLabel.setText(QCoreApplication.translate("SettingsDialog", u"Readiness &threshold:", None))
#if QT_CONFIG(tooltip)
        self.readiness_threshold_pct.setToolTip(QCoreApplication.translate("SettingsDialog", u"A unit at or above this readiness is green", None))
#endif // QT_CONFIG(tooltip)
        self.readiness_threshold_pct.setSuffix(QCoreApplication.translate("SettingsDialog", u" %", None))
        self.thresholdNote.setText(QCoreApplication.translate("SettingsDialog", u"Green at or above this figure. The default, 90 %, is an assumption: check it against each unit's memorandum of understanding (MOU) with the UN.", None))
        self.amberLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Amber threshold:", None))
#if QT_CONFIG(tooltip)
        self.amber_threshold_pct.setToolTip(QCoreApplication.translate("SettingsDialog", u"A unit at or above this readiness, and below the readiness threshold, is amber", None))
#endif // QT_CONFIG(tooltip)
        self.amber_threshold_pct.setSuffix(QCoreApplication.translate("SettingsDialog", u" %", None))
        self.amberNote.setText(QCoreApplication.translate("SettingsDialog", u"Amber at or above this figure, red below it. It must be below the readiness threshold.", None))
        self.printingGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Printed documents and PDFs", None))
        self.paperLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Paper size:", None))
        self.classificationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Classification marking:", None))
        self.classification.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"For example RESTRICTED", None))
        self.classificationNote.setText(QCoreApplication.translate("SettingsDialog", u"Printed at the top and the bottom of every page. Left empty, pages carry no marking.", None))
    # retranslateUi
