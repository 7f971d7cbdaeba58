"""Parameter editor: one tab per group, units beside, sources as tooltips, live validation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea,
                               QTabWidget, QVBoxLayout, QWidget)

from coopnet.core import params as P

GROUP_TITLES = {"demand": "Demand", "build": "Build", "running": "Running",
                "financing": "Financing", "traffic": "Traffic"}


def edit_text(spec: P.Param, value) -> str:
    """Value as the user edits it: French decimal comma, percentages in points."""
    if spec.kind == "choice":
        return str(value)
    v = value * 100 if spec.percent else value
    if abs(v - round(v)) < 1e-9 and abs(v) < 1e15:
        return str(int(round(v)))
    return f"{v:.6g}".replace(".", ",")


def parse_text(spec: P.Param, text: str):
    """Typed text → model value (raises ParamError). "35" in a % field means 35 %."""
    if spec.kind == "choice":
        return P.coerce(spec.key, text)
    value = P.parse_number(spec.key, text)
    if spec.percent and not text.strip().endswith("%"):
        value /= 100
    return P.coerce(spec.key, value)


class ParamEditor(QWidget):
    valuesChanged = Signal(dict)      # the full, valid parameter set
    problem = Signal(str)             # "" when everything is valid again

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
            form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # long French labels: field below
            for spec in (s for s in P.PARAMS if s.group == group):
                form.addRow(self._label(spec), self._editor(spec))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, self.tr(GROUP_TITLES[group]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _label(self, spec: P.Param) -> QLabel:
        text = QCoreApplication.translate("Param", spec.label) + (" *" if spec.estimate else "")
        label = QLabel(text)
        label.setToolTip(self._tooltip(spec))
        self.labels[spec.key] = label
        return label

    def _tooltip(self, spec: P.Param) -> str:
        return (f"<b>{spec.key}</b><br>{spec.source_text()}<br>default: "
                f"{edit_text(spec, spec.default)} {'%' if spec.percent else spec.unit}")

    def _editor(self, spec: P.Param) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        if spec.kind == "choice":
            editor = QComboBox()
            editor.addItems(list(spec.choices))
            editor.currentTextChanged.connect(lambda text, s=spec: self._edited(s, text))
        else:
            editor = QLineEdit()
            editor.setAlignment(Qt.AlignRight)
            editor.setMaximumWidth(140)
            editor.textEdited.connect(lambda text, s=spec: self._edited(s, text))
        editor.setObjectName(f"param_{spec.key}")
        editor.setToolTip(self._tooltip(spec))
        editor.setAccessibleName(QCoreApplication.translate("Param", spec.label))
        self.editors[spec.key] = editor
        h.addWidget(editor)
        unit = QLabel("%" if spec.percent else QCoreApplication.translate("Unit", spec.unit))
        unit.setMinimumWidth(90)
        h.addWidget(unit)
        h.addStretch(1)
        return row

    def set_values(self, values: dict) -> None:
        self.values = dict(values)
        for spec in P.PARAMS:
            editor = self.editors[spec.key]
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                editor.setCurrentText(str(values[spec.key]))
            else:
                editor.setText(edit_text(spec, values[spec.key]))
                editor.setStyleSheet("")
            editor.blockSignals(False)
        self._mark_changed()
        self.problem.emit("")

    def set_text(self, key: str, text: str) -> None:
        """Type ``text`` into a parameter's editor as a user would (tests, scripts)."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
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
            self.problem.emit(str(exc))
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
