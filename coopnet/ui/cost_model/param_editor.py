"""Parameter editor: one tab per group, units beside, sources as tooltips, live validation."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopnet.core import params as P
from coopnet.ui.i18n import current_language, error_text

GROUP_TITLES = {
    "demand": "Demand",
    "build": "Build",
    "running": "Running",
    "financing": "Financing",
    "traffic": "Traffic",
}
# The same titles abbreviated, for a column too narrow for the whole words (French needs 434 px
# for five whole titles; the column has about 350 at 1280×800). The tooltip keeps the whole title.
SHORT_TITLES = {
    "demand": QT_TRANSLATE_NOOP("ParamEditorShort", "Demand"),
    "build": QT_TRANSLATE_NOOP("ParamEditorShort", "Build"),
    "running": QT_TRANSLATE_NOOP("ParamEditorShort", "Running"),
    "financing": QT_TRANSLATE_NOOP("ParamEditorShort", "Financing"),
    "traffic": QT_TRANSLATE_NOOP("ParamEditorShort", "Traffic"),
}


def edit_text(spec: P.Param, value) -> str:
    """Value as the user edits it: the language's decimal mark, percentages in points."""
    if spec.kind == "choice":
        return str(value)
    v = value * 100 if spec.percent else value
    if abs(v - round(v)) < 1e-9 and abs(v) < 1e15:
        return str(int(round(v)))
    text = f"{v:.6g}"
    return text.replace(".", ",") if current_language() == "fr" else text  # 1,3 in French, 1.3 in English


def choice_text(spec: P.Param, value) -> str:
    """What a choice value means, in the interface's language (the value itself stays the key)."""
    meaning = P.CHOICE_LABELS.get((spec.key, value))
    return QCoreApplication.translate(meaning.context, meaning.template) if meaning else str(value)


def parse_text(spec: P.Param, text: str):
    """Typed text → model value (raises ParamError). "35" in a % field means 35 %."""
    if spec.kind == "choice":
        return P.coerce(spec.key, text)
    value = P.parse_number(spec.key, text)
    if spec.percent and not text.strip().endswith("%"):
        value /= 100
    return P.coerce(spec.key, value)


class ParamEditor(QWidget):
    valuesChanged = Signal(dict)  # the full, valid parameter set
    problem = Signal(str)  # "" when everything is valid again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values = P.defaults()
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        for group in P.GROUPS:
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            # label above its field: long French labels no longer push the units out of sight
            form.setRowWrapPolicy(QFormLayout.WrapAllRows)
            for spec in (s for s in P.PARAMS if s.group == group):
                form.addRow(self._label(spec), self._editor(spec))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # rows fit; only scroll down
            scroll.setWidget(page)
            title = self.tr(GROUP_TITLES[group])
            index = self.tabs.addTab(scroll, title)
            self.tabs.setTabToolTip(index, title)
        # Whole titles when they fit, else the abbreviated ones; eliding only as a last resort.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def tab_titles(self, width: int) -> list[str]:
        """The tab titles that fit ``width`` px: whole, else abbreviated."""
        whole = [self.tr(GROUP_TITLES[g]) for g in P.GROUPS]
        bar = self.tabs.tabBar()
        space = bar.style().pixelMetric(bar.style().PixelMetric.PM_TabBarTabHSpace, None, bar)
        need = sum(bar.fontMetrics().horizontalAdvance(t) + space for t in whole)
        if need <= width:
            return whole
        return [QCoreApplication.translate("ParamEditorShort", SHORT_TITLES[g]) for g in P.GROUPS]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_titles()

    def _fit_titles(self) -> None:
        for i, title in enumerate(self.tab_titles(self.tabs.width())):
            if self.tabs.tabText(i) != title:
                self.tabs.setTabText(i, title)

    def _label(self, spec: P.Param) -> QLabel:
        text = QCoreApplication.translate("Param", spec.label) + (" *" if spec.estimate else "")
        label = QLabel(text)
        label.setToolTip(self._tooltip(spec))
        self.labels[spec.key] = label
        return label

    def _tooltip(self, spec: P.Param) -> str:
        if spec.kind == "choice":  # the stored keys and what they mean
            source = "<br>".join(html.escape(f"{v} = {choice_text(spec, v)}") for v in spec.choices)
            default = choice_text(spec, spec.default)
        else:
            source = QCoreApplication.translate("ParamSource", spec.source)
            if spec.estimate:
                source = self.tr("estimate — {source}").format(source=source)
            source = html.escape(source)
            unit = "%" if spec.percent else QCoreApplication.translate("Unit", spec.unit)
            default = f"{edit_text(spec, spec.default)} {unit}".strip()
        return f"<b>{spec.key}</b><br>{source}<br>" + self.tr("default: {value}").format(
            value=html.escape(default)
        )

    def _editor(self, spec: P.Param) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        if spec.kind == "choice":
            editor = QComboBox()
            for value in spec.choices:  # shows the meaning, keeps the key as item data
                editor.addItem(choice_text(spec, value), value)
            # a long meaning is elided in the box; the tooltip lists each one whole
            editor.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(14)
            editor.currentIndexChanged.connect(
                lambda i, s=spec, e=editor: self._edited(s, e.itemData(i)) if i >= 0 else None
            )
        else:
            editor = QLineEdit()
            editor.setAlignment(Qt.AlignRight)
            editor.setMaximumWidth(140)
            editor.textEdited.connect(lambda text, s=spec: self._edited(s, text))
        editor.setObjectName(f"param_{spec.key}")
        editor.setToolTip(self._tooltip(spec))
        editor.setAccessibleName(QCoreApplication.translate("Param", spec.label))
        self.editors[spec.key] = editor
        # a choice takes the row's width (its meaning is long); a number stays narrow
        h.addWidget(editor, 1 if isinstance(editor, QComboBox) else 0)
        unit = QLabel("%" if spec.percent else QCoreApplication.translate("Unit", spec.unit))
        h.addWidget(unit)
        if not isinstance(editor, QComboBox):
            h.addStretch(1)
        return row

    def set_values(self, values: dict) -> None:
        self.values = dict(values)
        for spec in P.PARAMS:
            editor = self.editors[spec.key]
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(values[spec.key]))
            else:
                editor.setText(edit_text(spec, values[spec.key]))
                editor.setStyleSheet("")
            editor.blockSignals(False)
        self._mark_changed()
        self.problem.emit("")

    def set_text(self, key: str, text: str) -> None:
        """Type ``text`` into a parameter's editor as a user would (tests, scripts); a choice
        takes its key ("rip") or the meaning it shows."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            index = editor.findData(text)
            editor.setCurrentIndex(index if index >= 0 else editor.findText(text))
        else:
            editor.setText(text)
            editor.textEdited.emit(text)

    def _edited(self, spec: P.Param, text: str) -> None:
        editor = self.editors[spec.key]
        try:
            value = parse_text(spec, text)
            values = P.validate({**self.values, spec.key: value})
        except P.ParamError as exc:
            editor.setStyleSheet("background: #ffd7d7;")
            self.problem.emit(error_text(exc))
            return
        editor.setStyleSheet("")
        self.values = values
        self._mark_changed()
        self.problem.emit("")
        self.valuesChanged.emit(dict(values))

    def _mark_changed(self) -> None:
        for spec in P.PARAMS:
            font = self.labels[spec.key].font()
            font.setBold(self.values[spec.key] != spec.default)
            self.labels[spec.key].setFont(font)
