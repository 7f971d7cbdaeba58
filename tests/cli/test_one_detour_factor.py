"""One detour factor per project: the map's links and the cost model read the same value, and
changing it where a user can (CLI, Settings dialog, Map page, a scenario's parameters) changes
what `coopnet model --json` says."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings

from coopnet.store.project import Project
from tests.conftest import SyncPool
from tests.helpers import run_cli


def model(path) -> dict:
    rc, out, err = run_cli("model", str(path), "--json")
    assert rc == 0, err
    return json.loads(out)


@pytest.fixture
def sample_project_path(sample_project_path):
    """The sample with its base scenario building its network (the route is costed then)."""
    rc, _, err = run_cli("scenario", str(sample_project_path), "set", "base", "operating_model=build")
    assert rc == 0, err
    return sample_project_path


def test_cli_detour_factor_reaches_the_cost_model(sample_project_path):
    before = model(sample_project_path)
    assert before["operating_model"] == "build" and before["detour_factor"] == pytest.approx(1.3)
    rc, _, err = run_cli("links", str(sample_project_path), "--detour-factor", "2,6")
    assert rc == 0, err
    after = model(sample_project_path)
    assert after["detour_factor"] == pytest.approx(2.6)
    assert after["route_km"] == pytest.approx(before["route_km"] * 2, rel=0.01)
    assert after["capex_eur"] > before["capex_eur"]
    rc, out, _ = run_cli("links", str(sample_project_path), "--json")
    assert {v["detour_factor"] for v in json.loads(out)["villages"]} == {2.6}  # the map's, the same


def _context(tmp_path, project):
    from coopnet.ui.context import AppContext
    from coopnet.ui.settings import Settings

    ctx = AppContext(
        settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=SyncPool()
    )
    ctx.set_project(project)
    return ctx


def test_settings_dialog_detour_factor_reaches_the_cost_model(qtbot, sample_project_path, tmp_path):
    from coopnet.ui.settings_dialog import SettingsDialog

    before = model(sample_project_path)
    project = Project.open(sample_project_path)
    ctx = _context(tmp_path, project)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.fields["detour_factor"].setValue(1.95)
    assert dialog.apply(), dialog.error.text()
    assert "detour_factor" in dialog.changed_keys
    ctx.set_project(None)
    project.close()
    after = model(sample_project_path)
    assert after["detour_factor"] == pytest.approx(1.95)
    assert after["route_km"] == pytest.approx(before["route_km"] * 1.5, rel=0.01)


def test_map_page_detour_factor_reaches_the_cost_model(qtbot, sample_project_path, tmp_path):
    from coopnet.ui.map.page import MapPage

    before = model(sample_project_path)
    project = Project.open(sample_project_path)
    ctx = _context(tmp_path, project)
    page = MapPage(ctx)
    qtbot.addWidget(page)
    ctx.set_project(project)
    page.detour.setValue(3.9)
    page.detour_apply.click()
    ctx.set_project(None)
    project.close()
    after = model(sample_project_path)
    assert after["detour_factor"] == pytest.approx(3.9)
    assert after["route_km"] == pytest.approx(before["route_km"] * 3, rel=0.01)


def test_a_scenario_parameter_changes_the_project_setting(sample_project_path):
    rc, _, err = run_cli("scenario", str(sample_project_path), "set", "base", "detour_factor=1,69")
    assert rc == 0, err
    assert model(sample_project_path)["detour_factor"] == pytest.approx(1.69)
    rc, out, _ = run_cli("links", str(sample_project_path))
    assert "1.69" in out
    rc, _, err = run_cli("scenario", str(sample_project_path), "copy", "base", "other")
    assert rc == 0, err
    rc, out, _ = run_cli("model", str(sample_project_path), "--scenario", "other", "--json")
    assert json.loads(out)["detour_factor"] == pytest.approx(1.69)  # one value for every scenario


def test_migration_9_moves_a_scenario_detour_factor_into_the_project(sample_project_path):
    conn = sqlite3.connect(sample_project_path)
    conn.execute("DELETE FROM meta WHERE key='detour_factor'")
    conn.execute("UPDATE scenarios SET params=? WHERE name='base'", (json.dumps({"detour_factor": 2.2}),))
    conn.execute(
        "INSERT INTO scenarios(name, params, created_at, updated_at, notes) VALUES (?,?,?,?,?)",
        ("rip", json.dumps({"operating_model": "rip", "detour_factor": 1.1}), "", "", ""),
    )
    conn.execute("UPDATE meta SET value='8' WHERE key='schema_version'")  # as before migration 9
    conn.commit()
    conn.close()
    assert model(sample_project_path)["detour_factor"] == pytest.approx(2.2)  # opening migrates
    with Project.open(sample_project_path, readonly=True) as p:
        assert p.schema_version >= 9
        assert p.meta("detour_factor") == "2.2"
        params = dict(p.conn.execute("SELECT name, params FROM scenarios"))
        assert all("detour_factor" not in json.loads(v) for v in params.values())
        assert json.loads(params["rip"]) == {"operating_model": "rip"}
        detail = p.conn.execute(
            "SELECT detail FROM audit_log WHERE action='migrate' AND entity_id='detour_factor'"
        ).fetchone()
        assert detail and json.loads(detail[0])["project_detour_factor"] == 2.2
