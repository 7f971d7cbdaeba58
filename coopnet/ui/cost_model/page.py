"""The Models page: scenarios, parameters with sources, live results, charts, comparison."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QGridLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopnet.core import params as P
from coopnet.core.costs import breakeven_take_rate, model_json, run_model
from coopnet.core.sensitivity import tornado
from coopnet.core.traffic import traffic_json
from coopnet.errors import CoopnetError
from coopnet.store import scenarios
from coopnet.ui.cost_model.charts import CapacityChart, CashChart, TornadoChart
from coopnet.ui.cost_model.compare import CompareModel, CompareView
from coopnet.ui.cost_model.measured import MeasuredPanel
from coopnet.ui.cost_model.param_editor import ParamEditor
from coopnet.ui.cost_model.results import ResultsPanel
from coopnet.ui.page import Page
from coopnet.ui.progress import run_with_progress
from coopnet.ui.i18n import error_text

log = logging.getLogger(__name__)
INPUT_DOMAINS = ("villages", "pledges", "geo", "all")  # what the model reads (door statuses: no)
MAX_COMPARED = 4


class ModelsPage(Page):
    page_id = "models"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.project = None
        self.inputs = None
        self.current: str | None = None
        self.values: dict = P.defaults()
        self.result = None
        self.last_recompute_ms = 0.0
        self.bars: list = []
        self._inputs_dirty = False
        self._build()
        self.save_timer = QTimer(self, singleShot=True, interval=600)
        self.save_timer.timeout.connect(self.save_now)
        self.save_timer.timeout.connect(self._contract_edited)  # the Measured tab's commit and rule
        self.slow_timer = QTimer(self, singleShot=True, interval=250)
        self.slow_timer.timeout.connect(self.compute_slow)
        context.dataChanged.connect(self._data_changed)
        self.set_project(context.project)

    def title(self) -> str:
        return self.tr("Models")

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        self.scenario_list = QListWidget()
        self.scenario_list.setToolTip(self.tr("Click to edit; tick 2 to 4 scenarios to compare them"))
        self.scenario_list.currentItemChanged.connect(self._current_changed)
        self.scenario_list.itemChanged.connect(lambda _item: self.refresh_comparison())
        buttons = QGridLayout()  # two columns: French labels would widen a single row
        for i, (text, slot) in enumerate(
            (
                (self.tr("Copy…"), self._ask_copy),
                (self.tr("Rename…"), self._ask_rename),
                (self.tr("Delete"), self._ask_delete),
            )
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b, i // 2, i % 2)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Scenarios</b>")))
        lv.addWidget(self.scenario_list, 1)
        lv.addLayout(buttons)
        self.btn_export = QPushButton(self.tr("Export model workbook…"))
        self.btn_export.clicked.connect(self._ask_export)
        self.btn_brief = QPushButton(self.tr("Carrier brief…"))
        self.btn_brief.clicked.connect(self._ask_brief)
        lv.addWidget(self.btn_export)
        lv.addWidget(self.btn_brief)

        self.editor = ParamEditor()
        self.editor.valuesChanged.connect(self._values_changed)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B03A2E;")
        self.editor.problem.connect(self.problem.setText)
        center = QWidget()
        cv = QVBoxLayout(center)
        cv.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr("Amounts HT. * = estimate (no public source); hover a parameter for its source.")
        )
        note.setWordWrap(True)
        cv.addWidget(note)
        cv.addWidget(self.editor, 1)
        cv.addWidget(self.problem)

        self.results = ResultsPanel()
        self.cash_chart = CashChart()
        self.capacity_chart = CapacityChart()
        self.tornado_chart = TornadoChart()
        results_tab = QWidget()
        rv = QVBoxLayout(results_tab)
        results_scroll = QScrollArea()  # long sentences wrap instead of overlapping
        results_scroll.setWidgetResizable(True)
        results_scroll.setFrameShape(QScrollArea.NoFrame)
        results_scroll.setWidget(self.results)
        rv.addWidget(results_scroll, 2)
        charts = QHBoxLayout()
        charts.addWidget(self.cash_chart, 3)
        charts.addWidget(self.capacity_chart, 2)
        rv.addLayout(charts, 2)
        self.compare_model = CompareModel(self)
        self.compare_view = CompareView(self.compare_model)
        compare_tab = QWidget()
        kv = QVBoxLayout(compare_tab)
        kv.addWidget(QLabel(self.tr("Tick 2 to 4 scenarios in the list; differences are highlighted.")))
        kv.addWidget(self.compare_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(results_tab, self.tr("Results"))
        self.tabs.addTab(self.tornado_chart, self.tr("Sensitivity"))
        self.tabs.addTab(compare_tab, self.tr("Compare"))
        self.measured = MeasuredPanel(self.context)  # after connection: the carrier's P95 bill checked
        self._measured_dirty = True
        self.tabs.addTab(self.measured, self.tr("Measured"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh_measured())

        splitter = QSplitter(Qt.Horizontal)
        for w, stretch in ((left, 0), (center, 1), (self.tabs, 2)):
            splitter.addWidget(w)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([170, 440, 650])
        left.setMaximumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.act_export = QAction(self.tr("Export model workbook…"), self)
        self.act_export.triggered.connect(self._ask_export)
        self.act_brief = QAction(self.tr("Carrier brief…"), self)
        self.act_brief.triggered.connect(self._ask_brief)
        self._enable(False)

    def file_menu_actions(self) -> list:
        return [self.act_export, self.act_brief]

    def _enable(self, on: bool) -> None:
        for w in (self.editor, self.btn_export, self.btn_brief, self.act_export, self.act_brief):
            w.setEnabled(on)

    # -- project and scenarios -----------------------------------------------------
    def set_project(self, project) -> None:
        try:
            self.save_now()
        except Exception:  # the previous project may already be closed: nothing to save into
            log.debug("could not save the scenario of the previous project", exc_info=True)
        self.slow_timer.stop()
        self.project = project
        self.current = None
        self.inputs = None
        self.result = None
        self.bars = []
        self.measured.set_project(project)
        self._measured_dirty = True
        if project is not None:
            try:
                scenarios.ensure_base(project)
            except CoopnetError as exc:
                log.warning("cannot create the base scenario: %s", exc)
            # Inputs are gathered when the page is first shown, or an export needs them.
            self._inputs_dirty = True
        self._enable(project is not None)
        self.reload_scenarios()
        if project is not None and self.seen():
            self._refresh_inputs()

    def _gather(self) -> None:
        """Now, on this thread (exports); the shared figures keep them for the next ask."""
        self._inputs_dirty = False
        self.inputs = self.context.figures.get("inputs")

    def ensure_inputs(self) -> None:
        if self.project is not None and (self.inputs is None or self._inputs_dirty):
            self._gather()
            self.recompute()

    def _data_changed(self, domain: str) -> None:
        if self.project is None:
            return
        if domain in INPUT_DOMAINS:
            # Pledges change at every door of an evening's round: gather again only when seen.
            self._inputs_dirty = True
            if self.seen():
                self._refresh_inputs()
        if domain in ("scenarios", "all"):
            keep, self.current = self.current, None  # read its values again (an undo changed them)
            self.reload_scenarios(keep)
        if domain in ("measure", "all"):
            self._measured_dirty = True
            self.refresh_measured()

    def _refresh_inputs(self) -> None:
        if self._inputs_dirty and self.project is not None:
            self._inputs_dirty = False
            self.context.figures.request("inputs", self._got_inputs)

    def _got_inputs(self, inputs) -> None:
        if inputs is None or self.project is None or self._inputs_dirty:
            return
        self.inputs = inputs
        self.recompute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_inputs()

    def _stored(self) -> list[dict]:
        rows = scenarios.list_scenarios(self.project) if self.project is not None else []
        return rows or ([{"name": scenarios.BASE, "params": {}}] if self.project is not None else [])

    def reload_scenarios(self, select: str | None = None) -> None:
        checked = set(self.compared_names())
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for row in self._stored():
            item = QListWidgetItem(row["name"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if row["name"] in checked else Qt.Unchecked)
            self.scenario_list.addItem(item)
        self.scenario_list.blockSignals(False)
        names = self.scenario_names()
        if names:
            target = select if select in names else (self.current if self.current in names else names[0])
            self.scenario_list.setCurrentRow(names.index(target))
            self._current_changed(self.scenario_list.currentItem(), None)
        self.refresh_comparison()

    def scenario_names(self) -> list[str]:
        return [self.scenario_list.item(i).text() for i in range(self.scenario_list.count())]

    def compared_names(self) -> list[str]:
        return [
            self.scenario_list.item(i).text()
            for i in range(self.scenario_list.count())
            if self.scenario_list.item(i).checkState() == Qt.Checked
        ]

    def set_compared(self, names: list[str]) -> None:
        for i in range(self.scenario_list.count()):
            item = self.scenario_list.item(i)
            item.setCheckState(Qt.Checked if item.text() in names else Qt.Unchecked)
        self.refresh_comparison()

    def _current_changed(self, item, _previous) -> None:
        if item is None or item.text() == self.current:
            return
        self.save_now()
        self.current = item.text()
        try:
            self.values = scenarios.values(self.project, self.current)
        except CoopnetError as exc:
            self.values = P.defaults()
            self.problem.setText(error_text(exc))
        self.editor.set_values(self.values)
        self.recompute()
        self._measured_dirty = True
        self.refresh_measured()

    def _values_changed(self, values: dict) -> None:
        self.values = values
        self.recompute()
        self.save_timer.start()

    def save_now(self) -> None:
        """Write the edited values (debounced while typing; at once before switching)."""
        self.save_timer.stop()
        if self.project is None or self.current is None or self.project.readonly:
            return
        try:
            if scenarios.values(self.project, self.current) == self.values:
                return
            stored = scenarios.get(self.project, self.current)["params"]
        except CoopnetError:
            stored = {}
        changed = {k: v for k, v in self.values.items() if v != P.BY_KEY[k].default or k in stored}
        from coopnet.ui import undo

        undo.save_scenario(self.context, self.current, changed)  # undoable (Edit ▸ Undo)

    def _contract_edited(self) -> None:
        self._measured_dirty = True
        self.refresh_measured()

    def refresh_measured(self, force: bool = False) -> None:
        """The Measured tab reads the months when it is shown (and again when the contract changes)."""
        if self.tabs.currentWidget() is not self.measured and not force:
            return
        if self._measured_dirty or force:
            self._measured_dirty = False
            self.measured.refresh(self.current or scenarios.BASE, dict(self.values) if self.current else None)

    # -- computing -------------------------------------------------------------
    def recompute(self) -> None:
        """The fast part, on every keystroke: the model without its searches (< 20 ms)."""
        if self.inputs is None or self.current is None:
            return
        start = time.perf_counter()
        try:
            self.result = run_model(self.values, self.inputs, with_breakeven_take_rate=False)
        except P.ParamError as exc:
            self.problem.setText(error_text(exc))
            return
        d = model_json(self.result, self.current)
        d["breakeven_take_rate_pending"] = True
        t = traffic_json(self.result.traffic, self.result.params)
        self.results.show_result(d, t)
        self.cash_chart.set_data([r["cash_eur"] for r in self.result.rows])
        self.capacity_chart.set_data(
            [y["capacity_mbps"] for y in t["by_year"]], [y["commit_mbps"] for y in t["by_year"]]
        )
        self.last_recompute_ms = (time.perf_counter() - start) * 1000
        self.slow_timer.start()

    def compute_slow(self) -> None:
        """Break-even take rate and tornado: a few dozen model runs, once typing pauses."""
        if self.result is None or self.inputs is None:
            return
        res, p = self.result, self.result.params
        included = [vl.included for vl in res.traffic.villages]
        res.breakeven_take_rate, res.breakeven_take_rate_note = breakeven_take_rate(
            p, self.inputs, included, None
        )
        self.results.show_result(model_json(res, self.current), traffic_json(res.traffic, p))
        self.bars, base = tornado(p, self.inputs)
        self.tornado_chart.set_data(self.bars, base)
        self.refresh_comparison()

    def refresh_comparison(self) -> None:
        names = self.compared_names()[:MAX_COMPARED]
        if self.inputs is None or len(names) < 2:
            self.compare_model.set_data([])
            return
        columns = []
        for name in names:
            try:
                values = self.values if name == self.current else scenarios.values(self.project, name)
                columns.append((name, values, model_json(run_model(values, self.inputs), name)))
            except (CoopnetError, P.ParamError) as exc:
                log.warning("scenario %s: %s", name, exc)
        self.compare_model.set_data(columns)

    # -- scenario actions (the buttons ask, these do) ------------------------------------
    def copy_scenario(self, new: str) -> None:
        self.save_now()
        scenarios.copy(self.project, self.current, new)
        self.reload_scenarios(new.strip())

    def rename_scenario(self, new: str) -> None:
        self.save_now()
        scenarios.rename(self.project, self.current, new)
        self.current = None
        self.reload_scenarios(new.strip())

    def delete_scenario(self) -> None:
        self.save_timer.stop()
        scenarios.delete(self.project, self.current)
        self.current = None
        self.reload_scenarios()

    def _ask(self, fn, title: str, label: str, text: str = "") -> None:
        if self.project is None or self.current is None:
            return
        name, ok = QInputDialog.getText(self, title, label, text=text)
        if ok:
            try:
                fn(name)
            except CoopnetError as exc:
                QMessageBox.warning(self, title, error_text(exc))

    def _ask_copy(self) -> None:
        self._ask(
            self.copy_scenario, self.tr("Copy scenario"), self.tr("Name of the copy:"), f"{self.current} (2)"
        )

    def _ask_rename(self) -> None:
        self._ask(self.rename_scenario, self.tr("Rename scenario"), self.tr("New name:"), self.current or "")

    def _ask_delete(self) -> None:
        if self.project is None or self.current is None:
            return
        if (
            QMessageBox.question(
                self, self.tr("Delete scenario"), self.tr("Delete the scenario “%s”?") % self.current
            )
            == QMessageBox.Yes
        ):
            try:
                self.delete_scenario()
            except CoopnetError as exc:
                QMessageBox.warning(self, self.tr("Delete scenario"), error_text(exc))

    # -- exports ---------------------------------------------------------------
    def export_workbook_to(self, path: Path, on_done=None) -> None:
        from coopnet.io.workbook import export_workbook
        from coopnet.ui.i18n import current_language

        self.save_now()
        self.ensure_inputs()  # the page may never have been shown
        name, values, inputs, lang = self.current, dict(self.values), self.inputs, current_language()
        result = run_model(values, inputs)
        run_with_progress(
            self,
            self.context.pool,
            self.tr("Exporting the model workbook"),
            lambda report: export_workbook(Path(path), name, values, inputs, result, lang),
            on_done or (lambda p: self.context.statusMessage.emit(self.tr("Wrote %s") % p)),
        )

    def write_brief_to(self, path: Path) -> Path:
        from coopnet.io.brief import brief_data, write_brief
        from coopnet.store.model_inputs import tier_table
        from coopnet.ui.i18n import current_language

        self.save_now()
        self.ensure_inputs()
        result = run_model(self.values, self.inputs)
        out = write_brief(
            Path(path),
            brief_data(self.current, self.inputs, tier_table(self.project), result, lang=current_language()),
        )
        self.context.statusMessage.emit(self.tr("Wrote %s") % out)
        return out

    def _ask_export(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export model workbook"),
            str(self.project.path.with_name(f"modele-{self.current}.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_workbook_to(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def _ask_brief(self) -> None:
        if self.project is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Carrier brief"),
            str(self.project.path.with_name(f"demande-de-devis-{self.current}.pdf")),
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith((".pdf", ".xlsx")):
                path += ".xlsx" if "xlsx" in chosen else ".pdf"
            try:
                self.write_brief_to(Path(path))
            except (CoopnetError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Carrier brief"), error_text(exc))
