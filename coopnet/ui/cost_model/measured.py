"""The Measured tab of the Models page: the carrier's 95th-percentile bill checked month by month.

Same figures as ``coopnet measure report`` (``coopnet.io.measure_reports.reports``, computed by
``coopnet.core.measure_bill``) with the scenario's contract as it is being edited; the carrier's
invoice typed in beside ours (``coopnet.store.measure.set_invoice``, as ``coopnet measure
invoice``); a chart of the month's 5-minute rates with the commit and the P95; the members' page
published (``coopnet.io.measure_publish.publish``, as ``coopnet measure publish``).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopnet.core.measure import DEFAULT_ZONE
from coopnet.errors import CoopnetError
from coopnet.ui.i18n import error_text, formats
from coopnet.ui.cost_model.charts import BLUE, GREEN, GREY, ORANGE, RED, Chart

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
# the bill check first (ours beside the carrier's), then how it is made
COLUMNS = (
    "month",
    "p95",
    "carrier_p95",
    "bill",
    "carrier_eur",
    "difference",
    "commit",
    "overage",
    "overage_eur",
    "p95_in",
    "p95_out",
    "busy_hour",
    "peak",
)


class RatesChart(Chart):
    """A month's 5-minute rates (in blue, out green), the billed P95 (red, dashed), the commit (orange)."""

    def __init__(self, parent=None):
        super().__init__("", parent)
        self.t = np.zeros(0)
        self.series: dict[str, np.ndarray] = {}
        self.p95 = self.commit = 0.0
        self.month = ""
        self.setMinimumHeight(220)

    def set_data(self, month: str, series: dict | None, p95: float, commit: float) -> None:
        self.month = month
        self.t = np.asarray(series["t"]) if series else np.zeros(0)
        self.series = {k: np.asarray(series[k]) for k in ("in", "out")} if series else {}
        self.p95, self.commit = p95, commit
        self.title = (
            translate("Measured", "5-minute rates in {month}, Mbps").format(
                month=MeasuredPanel._month_text(month)
            )
            if month
            else ""
        )
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if not len(self.t):
            self._empty(p, translate("Measured", "no samples this month"))
            p.end()
            return
        top = max(float(self.series["in"].max()), float(self.series["out"].max()), self.p95, self.commit)
        area, y_of = self._frame(p, 0, top * 1.05)
        t0, t1 = float(self.t[0]), float(self.t[-1]) + 300
        from coopnet.core.measure import month_bounds

        try:
            t0, t1 = month_bounds(self.month)
        except (ValueError, KeyError):
            pass
        x_of = lambda t: area.left() + (t - t0) / (t1 - t0) * area.width()  # noqa: E731
        columns = max(int(area.width()), 1)
        for key, colour in (("in", BLUE), ("out", GREEN)):
            self._envelope(p, self.series[key], t0, t1, columns, x_of, y_of, area, colour)
        for value, colour, style, label in (
            (self.commit, ORANGE, Qt.SolidLine, translate("Measured", "commit {value}")),
            (self.p95, RED, Qt.DashLine, translate("Measured", "P95 {value}")),
        ):
            if value <= 0 and colour == ORANGE:
                continue
            y = y_of(value)
            p.setPen(QPen(colour, 2, style))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(
                QRectF(area.right() - 160, y - 18, 156, 16),
                Qt.AlignRight | Qt.AlignVCenter,
                label.format(value=formats().number(value, 1)),
            )
        p.setPen(GREY)
        zone = ZoneInfo(DEFAULT_ZONE)
        start = dt.datetime.fromtimestamp(t0, zone)
        days = round((t1 - t0) / 86400)
        for d in (1, 5, 10, 15, 20, 25, 30):
            if d > days:
                continue
            t = (start + dt.timedelta(days=d - 1)).timestamp()
            p.drawText(
                QRectF(x_of(t) - 20, area.bottom() + 4, 40, 16),
                Qt.AlignCenter,
                (start + dt.timedelta(days=d - 1)).strftime("%d/%m"),
            )
        legend = ((BLUE, translate("Measured", "in")), (GREEN, translate("Measured", "out")))
        x = area.left() + 8
        for colour, text in legend:
            p.fillRect(QRectF(x, area.top() + 4, 14, 4), colour)
            p.setPen(self.palette().text().color())
            w = p.fontMetrics().horizontalAdvance(text)
            p.drawText(QRectF(x + 18, area.top() - 4, w + 4, 20), Qt.AlignLeft | Qt.AlignVCenter, text)
            x += w + 36
        p.end()

    def _envelope(self, p, values, t0, t1, columns, x_of, y_of, area, colour) -> None:
        """Thousands of samples in a few hundred pixels: each pixel column's highest and lowest
        rate, filled — every peak stays visible."""
        col = np.clip(((self.t - 300 - t0) / (t1 - t0) * columns).astype(int), 0, columns - 1)
        hi = np.full(columns, -np.inf)
        lo = np.full(columns, np.inf)
        np.maximum.at(hi, col, values)
        np.minimum.at(lo, col, values)
        have = np.flatnonzero(np.isfinite(hi))
        if not len(have):
            return
        # runs of consecutive columns (a gap in the samples leaves a gap in the curve)
        breaks = np.flatnonzero(np.diff(have) > 3) + 1
        fill = QColor(colour)
        fill.setAlpha(150)
        p.setPen(QPen(colour, 1))
        p.setBrush(QBrush(fill))
        for run in np.split(have, breaks):
            xs = [area.left() + c for c in run]
            upper = [QPointF(x, y_of(hi[c])) for x, c in zip(xs, run)]
            lower = [QPointF(x, y_of(lo[c])) for x, c in zip(reversed(xs), reversed(run))]
            p.drawPolygon(QPolygonF(upper + lower))
        p.setBrush(Qt.NoBrush)


class MeasuredPanel(QWidget):
    """Month by month: our P95 bill, the carrier's invoice beside it, the rates chart."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.project = None
        self.scenario = "base"
        self.values: dict | None = None
        self.data: dict | None = None
        self.month: str | None = None
        self._asked = 0  # refreshes asked: only the newest one's reports are shown
        self._build()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget()
        empty = QWidget()
        ev = QVBoxLayout(empty)
        self.empty_label = QLabel(
            QCoreApplication.translate(
                "Measured",
                "No measured traffic yet: import the router's counters (CSV, MRTG .log or RRD XML) with "
                "“Import measures…” or <tt>coopnet measure import PROJECT FILE</tt>.",
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.btn_import_empty = QPushButton(translate("Measured", "Import measures…"))
        self.btn_import_empty.clicked.connect(self._ask_import)
        ev.addStretch(1)
        ev.addWidget(self.empty_label)
        ev.addWidget(self.btn_import_empty, 0, Qt.AlignCenter)
        ev.addStretch(2)

        content = QWidget()
        cv = QVBoxLayout(content)
        cv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        head.addWidget(self.summary, 1)
        self.btn_import = QPushButton(translate("Measured", "Import measures…"))
        self.btn_import.clicked.connect(self._ask_import)
        self.btn_publish = QPushButton(translate("Measured", "Publish members' page…"))
        self.btn_publish.setToolTip(
            translate(
                "Measured",
                "A self-contained HTML page (French and English) for the cooperative's "
                "website: current rate, today's curve, the month's P95, members per "
                "village — counts only",
            )
        )
        self.btn_publish.clicked.connect(self._ask_publish)
        head.addWidget(self.btn_import)
        head.addWidget(self.btn_publish)
        cv.addLayout(head)

        self.table = QTableWidget(0, len(COLUMNS))
        headers = {  # two lines: narrow columns, more of the month in view
            "month": translate("Measured", "Month"),
            "p95": translate("Measured", "P95 billed\nMbps"),
            "carrier_p95": translate("Measured", "Carrier\nP95"),
            "bill": translate("Measured", "Bill\n€"),
            "carrier_eur": translate("Measured", "Carrier\n€"),
            "difference": translate("Measured", "Difference\n(theirs − ours)"),
            "commit": translate("Measured", "Commit\nMbps"),
            "overage": translate("Measured", "Overage\nMbps"),
            "overage_eur": translate("Measured", "Overage\n€"),
            "p95_in": translate("Measured", "P95 in\nMbps"),
            "p95_out": translate("Measured", "P95 out\nMbps"),
            "busy_hour": translate("Measured", "Busy\nhour"),
            "peak": translate("Measured", "Peak Mbps\n(day)"),
        }
        self.table.setHorizontalHeaderLabels([headers[k] for k in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        invoice = QHBoxLayout()
        self.invoice_label = QLabel(translate("Measured", "Carrier's invoice:"))
        self.invoice_p95 = QLineEdit()
        self.invoice_p95.setPlaceholderText(translate("Measured", "P95, Mbps"))
        self.invoice_amount = QLineEdit()
        self.invoice_amount.setPlaceholderText(translate("Measured", "amount HT, €"))
        for w in (self.invoice_p95, self.invoice_amount):
            w.setMaximumWidth(120)
            w.returnPressed.connect(self.save_invoice)
        self.btn_invoice = QPushButton(translate("Measured", "Check"))
        self.btn_invoice.setToolTip(
            translate("Measured", "Keep the carrier's figures for this month and compare them with ours")
        )
        self.btn_invoice.clicked.connect(self.save_invoice)
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        invoice.addWidget(self.invoice_label)
        invoice.addWidget(self.invoice_p95)
        invoice.addWidget(self.invoice_amount)
        invoice.addWidget(self.btn_invoice)
        invoice.addStretch(1)

        self.chart = RatesChart()
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.detail)
        lv.addLayout(invoice)
        lv.addWidget(self.verdict)
        lv.addWidget(self.chart, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([220, 420])
        cv.addWidget(split, 1)

        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # -- data ----------------------------------------------------------------------------
    def set_project(self, project) -> None:
        self._asked += 1  # a report still computing for the previous project is dropped
        self.project = project
        self.data = None
        self.month = None
        for b in (self.btn_import, self.btn_import_empty):
            b.setEnabled(project is not None and not project.readonly)

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 0

    def refresh(self, scenario: str | None = None, values: dict | None = None) -> None:
        """Read the months again (after an import, an invoice, a change of the contract).

        The twelve months' reports (P95 of a year of 5-minute samples, the bill) are computed off
        the GUI thread, on their own connection; the newest request wins."""
        from coopnet.io.measure_reports import reports
        from coopnet.store import measure as store
        from coopnet.store.project import Project
        from coopnet.ui.tasks import run_task

        if scenario is not None:
            self.scenario, self.values = scenario, values
        self.data = None
        self._asked += 1
        if self.project is None or not store.months(self.project):
            self.stack.setCurrentIndex(0)
            self.table.setRowCount(0)
            return
        asked, path = self._asked, self.project.path
        scenario, values = self.scenario, self.values

        def work(_report):
            with Project.open(path) as project:
                return reports(project, scenario, params=values)

        def done(data) -> None:
            if asked != self._asked:  # a newer refresh, or another project, came meanwhile
                return
            self.data = data
            self.stack.setCurrentIndex(1)
            self._fill()

        def failed(message: str, _details: str) -> None:
            if asked == self._asked:
                self.stack.setCurrentIndex(0)
                self.empty_label.setText(message)

        run_task(work, finished=done, failed=failed, pool=self.context.pool)

    def _fill(self) -> None:
        f = formats()
        d = self.data
        rule = (
            translate("Measured", "in + out")
            if d["rule"] == "sum"
            else translate("Measured", "higher of in and out")
        )
        self.summary.setText(
            translate(
                "Measured",
                "Interfaces: {interfaces}. Contract of the scenario “{scenario}”: commit {commit} "
                "Mbps, billed on the 95th percentile of 5-minute rates ({rule}).",
            ).format(
                interfaces=", ".join(d["interfaces"]),
                scenario=d["scenario"],
                commit=f.number(d["commit_mbps"], 1),
                rule=rule,
            )
        )
        keep = self.month
        self.table.blockSignals(True)
        self.table.setRowCount(len(d["months"]))
        for row, r in enumerate(d["months"]):
            for col, (text, colour) in enumerate(self._cells(r)):
                item = QTableWidgetItem(text)
                item.setTextAlignment((Qt.AlignLeft if col == 0 else Qt.AlignRight) | Qt.AlignVCenter)
                if colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        months = [r["month"] for r in d["months"]]
        target = keep if keep in months else (months[-1] if months else None)
        if target:
            self.select_month(target)

    def _cells(self, r: dict) -> list[tuple[str, str | None]]:
        """(text, colour) of each column of month ``r``, in the order of COLUMNS."""
        from coopnet.io.measure_reports import local_text

        f = formats()
        mbps = lambda v: "" if v is None else f.number(v, 1)  # noqa: E731
        inv = r["invoice"]
        diff, colour = "", None
        if inv:
            sign = "+" if inv["p95_difference_mbps"] >= 0 else ""
            parts = [
                translate("Measured", "{value} Mbps").format(
                    value=sign + f.number(inv["p95_difference_mbps"], 1)
                )
            ]
            if inv["amount_difference_eur"] is not None:
                d = inv["amount_difference_eur"]
                parts.append(("+" if d >= 0 else "") + f.money(d))
            diff = ", ".join(parts)
            colour = "#2F7D5B" if inv["agrees"] else "#C0392B"
        over = r["overage_mbps"] > 0
        red = "#C0392B" if over else None
        cells = {
            "month": (self._month_text(r["month"]), None),
            "p95_in": (mbps(r["p95_in_mbps"]), None),
            "p95_out": (mbps(r["p95_out_mbps"]), None),
            "p95": (mbps(r["p95_mbps"]), red),
            "commit": (mbps(r["commit_mbps"]), None),
            "overage": (mbps(r["overage_mbps"]), red),
            "overage_eur": (f.money(r["overage_eur"]), red),
            "bill": (f.money(r["bill_eur"]), None),
            "busy_hour": (
                ""
                if r["busy_hour"] is None
                else translate("Measured", "{hour} h").format(hour=r["busy_hour"]),
                None,
            ),
            "peak": (
                ""
                if r["peak_mbps"] is None  # (dd/mm)
                else f"{mbps(r['peak_mbps'])} ({local_text(r['peak_at'])[:5]})",
                None,
            ),
            "carrier_p95": ("" if not inv else mbps(inv["p95_mbps"]), None),
            "carrier_eur": ("" if not inv or inv["amount_eur"] is None else f.money(inv["amount_eur"]), None),
            "difference": (diff, colour),
        }
        return [cells[k] for k in COLUMNS]

    @staticmethod
    def _month_text(month: str) -> str:
        y, m = month.split("-")
        return f"{m}/{y}"

    def months(self) -> list[str]:
        return [r["month"] for r in self.data["months"]] if self.data else []

    def cell(self, month: str, key: str) -> str:
        """What the table shows for ``month`` in column ``key`` (tests, and what a user reads)."""
        item = self.table.item(self.months().index(month), COLUMNS.index(key))
        return item.text() if item else ""

    def select_month(self, month: str) -> None:
        self.table.selectRow(self.months().index(month))
        self._selected()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not self.data:
            return
        r = self.data["months"][rows[0].row()]
        self.month = r["month"]
        self._show_month(r)

    def _show_month(self, r: dict) -> None:
        from coopnet.io.measure_reports import chart_series, interface_ids, local_text

        f = formats()
        n = f.number
        text = translate(
            "Measured",
            "{month}: {samples} samples of {expected} ({coverage}); the top {dropped} are not billed. "
            "95th percentile in {p_in}, out {p_out}, in + out {p_sum} Mbps → billed {p95} Mbps "
            "against a commit of {commit} Mbps: overage {over} Mbps = {over_eur}; bill {bill}.",
        ).format(
            month=self._month_text(r["month"]),
            samples=n(r["samples"]),
            expected=n(r["expected_samples"]),
            coverage=f.percent(r["coverage"], 1),
            dropped=n(r["dropped_top"]),
            p_in=n(r["p95_in_mbps"], 1),
            p_out=n(r["p95_out_mbps"], 1),
            p_sum=n(r["p95_sum_mbps"], 1),
            p95=n(r["p95_mbps"], 1),
            commit=n(r["commit_mbps"], 1),
            over=n(r["overage_mbps"], 1),
            over_eur=f.money(r["overage_eur"]),
            bill=f.money(r["bill_eur"]),
        )
        if r["busy_hour"] is not None:
            text += " " + translate(
                "Measured", "Busy hour {hour} h (mean {busy} Mbps); peak {peak} Mbps on {at}."
            ).format(
                hour=r["busy_hour"],
                busy=n(r["busy_hour_mbps"], 1),
                peak=n(r["peak_mbps"], 1),
                at=local_text(r["peak_at"]),
            )
        self.detail.setText(text)
        self.invoice_label.setText(
            translate("Measured", "Carrier's invoice for {month}:").format(month=self._month_text(r["month"]))
        )
        inv = r["invoice"]
        self.invoice_p95.setText("" if not inv else n(inv["p95_mbps"], 1))
        self.invoice_amount.setText("" if not inv or inv["amount_eur"] is None else n(inv["amount_eur"], 2))
        self._verdict(r)
        ids, _names = interface_ids(self.project)
        self.chart.set_data(
            r["month"],
            chart_series(self.project, ids, r["month"], r["rule"]),
            r["p95_mbps"],
            r["commit_mbps"],
        )

    def _verdict(self, r: dict) -> None:
        inv = r["invoice"]
        f = formats()
        if not inv:
            self.verdict.setText(
                translate("Measured", "type in the P95 and the amount of the carrier's invoice")
            )
            self.verdict.setStyleSheet("color: #888888;")
            return
        diff = f.number(inv["p95_difference_mbps"], 1)
        amount = (
            ""
            if inv["amount_difference_eur"] is None
            else translate("Measured", ", amount {diff}").format(diff=f.money(inv["amount_difference_eur"]))
        )
        if inv["agrees"]:
            self.verdict.setText(
                translate("Measured", "agrees with our measure (P95 {diff} Mbps{amount})").format(
                    diff=diff, amount=amount
                )
            )
            self.verdict.setStyleSheet("color: #2F7D5B;")
        else:
            self.verdict.setText(
                translate(
                    "Measured", "DIFFERS from our measure: P95 {diff} Mbps{amount} (theirs minus ours)"
                ).format(diff=("+" if inv["p95_difference_mbps"] >= 0 else "") + diff, amount=amount)
            )
            self.verdict.setStyleSheet("color: #C0392B; font-weight: bold;")

    # -- actions ---------------------------------------------------------------------------
    def save_invoice(self) -> bool:
        """Keep the typed figures for the selected month (empty P95: forget the invoice)."""
        from coopnet.io.measure_reports import parse_eur, parse_mbps
        from coopnet.store import measure as store

        if self.project is None or self.month is None:
            return False
        try:
            if not self.invoice_p95.text().strip():
                store.delete_invoice(self.project, self.month)
            else:
                store.set_invoice(
                    self.project,
                    self.month,
                    parse_mbps(self.invoice_p95.text()),
                    parse_eur(self.invoice_amount.text()),
                )
        except CoopnetError as exc:
            self.verdict.setText(error_text(exc))
            self.verdict.setStyleSheet("color: #C0392B;")
            return False
        self.refresh()
        return True

    def import_file(self, source: Path, on_done=None) -> None:
        """Import ``source`` in the worker pool (its own connection), then show the months."""
        from coopnet.io.measure_import import import_file
        from coopnet.store.project import Project
        from coopnet.ui.progress import run_with_progress

        project_path = self.project.path

        def work(report):
            with Project.open(project_path) as project:
                return import_file(project, Path(source))

        def done(summary) -> None:
            self.refresh()
            self.context.statusMessage.emit(
                translate("Measured", "{interface}: {samples} samples imported ({new} new)").format(
                    interface=summary["interface"],
                    samples=formats().number(summary["samples"]),
                    new=formats().number(summary["new"]),
                )
            )
            if on_done:
                on_done(summary)

        run_with_progress(self, self.context.pool, translate("Measured", "Importing measures…"), work, done)

    def publish_to(self, folder: Path, on_done=None) -> None:
        from coopnet.io.measure_publish import publish
        from coopnet.store.project import Project
        from coopnet.ui.progress import run_with_progress

        project_path, scenario = self.project.path, self.scenario

        def work(report):
            with Project.open(project_path, readonly=True) as project:
                return publish(project, Path(folder), scenario)

        def done(paths) -> None:
            self.context.statusMessage.emit(
                translate("Measured", "Members' page written: {paths}").format(
                    paths=", ".join(str(p) for p in paths)
                )
            )
            if on_done:
                on_done(paths)

        run_with_progress(
            self, self.context.pool, translate("Measured", "Publishing the members' page…"), work, done
        )

    def _ask_import(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Measured", "Import measures"),
            str(self.project.path.parent),
            translate("Measured", "Measures (*.csv *.txt *.log *.xml);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def _ask_publish(self) -> None:
        if self.project is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, translate("Measured", "Publish members' page"), str(self.project.path.parent)
        )
        if folder:
            try:
                self.publish_to(Path(folder))
            except (CoopnetError, OSError) as exc:
                QMessageBox.warning(self, translate("Measured", "Publish members' page"), error_text(exc))
