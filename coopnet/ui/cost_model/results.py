"""Key figures of a scenario, in plain words for the board."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from coopnet.io.model_text import counted_text, irr_text, members_text, payback_text
from coopnet.ui.i18n import format_amount, format_number, format_percent, formats
from coopnet.translation import say
from coopnet.ui.i18n import current_language

FIGURES = (
    ("members", "Members (target)"),
    ("counted", "Villages counted"),
    ("fee", "Member fee"),
    ("breakeven_fee", "Break-even fee"),
    ("breakeven_take", "Break-even take rate"),
    ("npv", "NPV"),
    ("irr", "IRR"),
    ("payback", "Payback"),
    ("min_cash", "Lowest cash balance"),
    ("capex", "Capex"),
    ("opex1", "Opex, year 1"),
    ("per_premises", "Capex per premises passed"),
    ("per_member", "Capex per member"),
    ("traffic", "Busy hour"),
    ("pooling", "Pooling"),
    ("commit", "Transit"),
)


class ResultsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for key, label in FIGURES:
            value = QLabel("—")
            value.setObjectName(f"result_{key}")
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(self.tr(label), value)
        self.messages = QLabel("")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #B03A2E;")
        form.addRow(self.messages)

    def text(self, key: str) -> str:
        return self.values[key].text()

    def show_result(self, d: dict, t: dict) -> None:
        pct = lambda v: format_percent(v, 1)  # noqa: E731
        fee = d["monthly_fee_breakeven_eur"]
        fee_line = QCoreApplication.translate("ResultsPanel", "{0} HT = {1} TTC / month")
        shown = {
            "members": members_text(d, formats()),
            "counted": counted_text(d, formats()),
            "fee": fee_line.format(
                format_amount(d["monthly_fee_eur"]), format_amount(d["monthly_fee_ttc_eur"])
            ),
            "breakeven_fee": (
                fee_line.format(format_amount(fee), format_amount(d["monthly_fee_breakeven_ttc_eur"]))
                if fee is not None
                else say(d["breakeven_fee_note"], current_language())
            ),
            "breakeven_take": (
                QCoreApplication.translate("ResultsPanel", "computing…")
                if d.get("breakeven_take_rate_pending")
                else pct(d["breakeven_take_rate"])
                if d["breakeven_take_rate"] is not None
                else say(d["breakeven_take_rate_note"], current_language())
            ),
            "npv": format_amount(d["npv_eur"], 0),
            "irr": irr_text(d, formats()),
            "payback": payback_text(d, formats()),
            "min_cash": QCoreApplication.translate("ResultsPanel", "{0} (year {1})").format(
                format_amount(d["min_cash_eur"], 0), d["min_cash_year"]
            ),
            "capex": QCoreApplication.translate("ResultsPanel", "{0} (year 1: {1})").format(
                format_amount(d["capex_eur"], 0), format_amount(d["capex_initial_eur"], 0)
            ),
            "opex1": format_amount(d["opex_year1_eur"], 0),
            "per_premises": format_amount(d["cost_per_premises_passed_eur"], 0)
            if d["cost_per_premises_passed_eur"] is not None
            else "—",
            "per_member": format_amount(d["cost_per_member_eur"], 0)
            if d["cost_per_member_eur"] is not None
            else "—",
            "traffic": QCoreApplication.translate(
                "ResultsPanel", "mean M = {0} Mbps; capacity C = M + α√V = {1} Mbps"
            ).format(format_number(t["busy_hour_mean_mbps"]), format_number(t["capacity_mbps"])),
            "pooling": QCoreApplication.translate(
                "ResultsPanel", "villages alone need {0} Mbps, together {1}: gain {2}"
            ).format(
                format_number(t["sum_of_villages_mbps"]),
                format_number(t["capacity_mbps"]),
                pct(t["pooling_gain"]),
            ),
            "commit": QCoreApplication.translate(
                "ResultsPanel", "commit {0} Mbps (P95 {1}), burst {2} Mbps, port {3}"
            ).format(
                format_number(t["commit_mbps"]),
                format_number(t["p95_mbps"]),
                format_number(t["burst_mbps"]),
                t["port"],
            ),
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        self.messages.setText("\n".join(say(m, current_language()) for m in d["messages"]))  # core notes
