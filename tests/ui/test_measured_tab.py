"""The Measured tab of the Models page: the carrier's 95th-percentile bill checked month by month,
with the same figures as ``coopnet measure report``; the invoice typed in; import and publish."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from coopnet.store import measure as store
from coopnet.store import scenarios
from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.cost_model.measured import COLUMNS
from coopnet.ui.cost_model.page import ModelsPage
from coopnet.ui.settings import Settings
from tests.conftest import SyncPool
from tests.helpers import run_cli
from tests.measure_synth import csv_text, measured_sample, rates
from tests.ui.test_translations import language  # noqa: F401 - the fixture that switches language


def make_page(qtbot, path, tmp_path):
    ctx = AppContext(
        settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=SyncPool()
    )
    page = ModelsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    project = Project.open(path)
    ctx.set_project(project)
    page.tabs.setCurrentWidget(page.measured)
    return page, project


@pytest.fixture
def connected(sample_project_path, tmp_path):
    return measured_sample(sample_project_path, tmp_path)


def test_months_show_the_cli_figures_and_the_invoice_difference(qtbot, connected, tmp_path):
    rc, out, err = run_cli("measure", "report", str(connected), "--json")
    assert rc == 0, err
    cli = {m["month"]: m for m in json.loads(out)["months"]}
    page, project = make_page(qtbot, connected, tmp_path)
    try:
        m = page.measured
        assert not m.is_empty() and m.months() == ["2026-09", "2026-10", "2026-11"]
        oct_ = cli["2026-10"]
        # the figures a treasurer checks, as the CLI computes them (English interface: 460.3)
        assert m.cell("2026-10", "month") == "10/2026"
        assert m.cell("2026-10", "p95") == f"{oct_['p95_mbps']:,.1f}"
        assert m.cell("2026-10", "p95_in") == f"{oct_['p95_in_mbps']:,.1f}"
        assert m.cell("2026-10", "p95_out") == f"{oct_['p95_out_mbps']:,.1f}"
        assert m.cell("2026-10", "commit") == "600.0"
        assert m.cell("2026-10", "busy_hour") == f"{oct_['busy_hour']} h"
        assert m.cell("2026-10", "bill") == f"€{oct_['bill_eur']:,.2f}"
        assert m.cell("2026-10", "peak").startswith(f"{oct_['peak_mbps']:,.1f} (")
        assert m.cell("2026-10", "difference") == ""
        # the carrier says 700 Mbps and 9 800 €: typed in, kept, the difference shown in red
        m.select_month("2026-10")
        m.invoice_p95.setText("700")
        m.invoice_amount.setText("9 800,00 €")
        assert m.save_invoice()
        assert store.invoices(project)["2026-10"]["p95_mbps"] == 700.0
        diff = 700 - oct_["p95_mbps"]
        assert m.cell("2026-10", "carrier_p95") == "700.0"
        assert m.cell("2026-10", "difference").startswith(f"+{diff:,.1f} Mbps, +€")
        assert "DIFFERS" in m.verdict.text()
        # our own figure typed in: it agrees
        m.invoice_p95.setText(f"{oct_['p95_mbps']:.1f}".replace(".", ","))
        m.invoice_amount.setText("")
        assert m.save_invoice() and "agrees" in m.verdict.text()
        assert m.table.item(1, COLUMNS.index("difference")).foreground().color().name() == "#2f7d5b"
        # a bad figure: one sentence, nothing stored
        m.invoice_p95.setText("beaucoup")
        assert not m.save_invoice()
        assert m.verdict.text() == "“beaucoup”: not a rate in Mbps (a number, 0 or more)"
        # emptied: the invoice is forgotten
        m.invoice_p95.setText("")
        assert m.save_invoice() and "2026-10" not in store.invoices(project)
        # the chart holds the month's 5-minute rates, the P95 and the commit lines
        assert len(m.chart.t) == oct_["samples"] and m.chart.commit == 600.0
        assert m.chart.p95 == pytest.approx(oct_["p95_mbps"])
    finally:
        project.close()


def test_the_scenarios_contract_as_it_is_edited(qtbot, connected, tmp_path):
    page, project = make_page(qtbot, connected, tmp_path)
    try:
        m = page.measured
        before = m.cell("2026-11", "overage")
        assert before == "0.0"
        page.editor.set_text("contract_commit_mbps", "300")
        page.save_timer.timeout.emit()  # typing paused
        assert m.cell("2026-11", "commit") == "300.0"
        assert float(m.cell("2026-11", "overage").replace(",", "")) > 100
        assert m.table.item(2, COLUMNS.index("overage")).foreground().color().name() == "#c0392b"
        assert scenarios.values(project, "base")["contract_commit_mbps"] == 300
    finally:
        project.close()


def test_empty_state_then_import_from_the_tab(qtbot, sample_project_path, tmp_path):
    import datetime as dt
    from zoneinfo import ZoneInfo

    page, project = make_page(qtbot, sample_project_path, tmp_path)
    try:
        m = page.measured
        assert m.is_empty() and m.empty_label.isVisible()
        assert (
            "No measured traffic yet" in m.empty_label.text()
            and "coopnet measure import" in m.empty_label.text()
        )
        ts, a, b = rates(dt.datetime(2026, 9, 1, tzinfo=ZoneInfo("Europe/Paris")), 3, 100, 2.0, 3.0)
        src = tmp_path / "wan0.csv"
        src.write_text(csv_text(ts, a, b))
        got = []
        m.import_file(src, got.append)
        assert got and got[0]["samples"] == 3 * 288
        assert not m.is_empty() and m.months() == ["2026-09"]
        assert m.chart.month == "2026-09" and len(m.chart.t) == 3 * 288
    finally:
        project.close()


def test_publish_members_page_from_the_tab(qtbot, connected, tmp_path):
    page, project = make_page(qtbot, connected, tmp_path)
    try:
        got = []
        page.measured.publish_to(tmp_path / "site", got.append)
        assert [p.name for p in got[0]] == ["index.html", "index.en.html"]
        en = (tmp_path / "site" / "index.en.html").read_text(encoding="utf-8")
        assert "Members connected per village" in en and "<script" not in en
    finally:
        project.close()


def test_the_chart_draws(qtbot, connected, tmp_path):
    page, project = make_page(qtbot, connected, tmp_path)
    try:
        img = page.measured.chart.grab().toImage()
        colours = {
            img.pixelColor(x, y).name() for x in range(0, img.width(), 3) for y in range(0, img.height(), 3)
        }
        assert "#e08e2b" in colours or any(c.startswith("#e0") for c in colours)  # the commit line
    finally:
        project.close()


def test_in_french(qtbot, connected, tmp_path, language):  # noqa: F811
    language("fr")
    page, project = make_page(qtbot, connected, tmp_path)
    try:
        m = page.measured
        assert page.tabs.tabText(page.tabs.indexOf(m)) == "Trafic mesuré"
        assert m.cell("2026-10", "commit") == "600,0"
        assert m.cell("2026-10", "bill").replace("\u202f", " ").replace("\u00a0", " ") == "1 200,00 €"
        m.select_month("2026-10")
        m.invoice_p95.setText("612,0")
        m.invoice_amount.setText("1 410,00 €")
        assert m.save_invoice()
        assert "DIFFÈRE de notre mesure" in m.verdict.text() and "Mbit/s" in m.cell("2026-10", "difference")
        assert "mesures sur" in m.detail.text() and "Heure chargée" in m.detail.text()
    finally:
        project.close()
