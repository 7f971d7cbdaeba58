"""Numbers a treasurer can defend: the default route, old projects unchanged, which villages are
counted, and why an IRR or a payback year reads as it does."""

import json

import pytest

from tests.helpers import make_old_project

from coopnet.core import params as P
from coopnet.core.costs import irr_reason, model_json, payback_reason, run_model
from coopnet.core.model_inputs import ModelInputs, VillageDemand
from coopnet.store import scenarios
from coopnet.store.project import Project
from coopnet.translation import catalog


def inputs():
    return ModelInputs(
        "coop",
        [
            VillageDemand("78001", "Avec", 400, 60, 5, 4.0),
            VillageDemand("78002", "Sans", 300, 0, 0, 3.0),
            VillageDemand("78003", "Aussi", 200, 10, 0, 2.0),
        ],
    )


def test_a_new_project_starts_on_the_rip_wholesale_route(tmp_path):
    assert P.defaults()["operating_model"] == "rip"
    with Project.create(tmp_path / "new.coopnet") as project:
        scenarios.ensure_base(project)
        assert scenarios.values(project, "base")["operating_model"] == "rip"


def test_migration_pins_an_old_projects_scenarios_to_the_build_route(tmp_path):
    path = tmp_path / "old.coopnet"
    with Project.create(path) as project:
        for name, params in (
            ("base", {}),
            ("cheap", {"monthly_fee_eur": 19.9}),
            ("lines", {"operating_model": "rip"}),
        ):
            project.db["scenarios"].insert({"name": name, "params": json.dumps(params)})
    make_old_project(path, 1)  # as written by coopnet before migration 8
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert project.schema_version >= 8
        assert scenarios.values(project, "base")["operating_model"] == "build"
        assert scenarios.values(project, "cheap")["operating_model"] == "build"
        assert scenarios.values(project, "cheap")["monthly_fee_eur"] == 19.9
        assert scenarios.values(project, "lines")["operating_model"] == "rip"


def test_the_villages_counted_are_said():
    d = model_json(run_model({}, inputs(), with_breakeven_take_rate=False), "base")
    assert d["villages_counted"] == 2 and d["villages_total"] == 3
    assert d["households_counted"] == d["premises_passed"] == 600
    assert d["households_all"] == 900
    assert d["villages_without_pledges"] == ["Sans"]
    assumed = model_json(
        run_model({"take_up_source": "assumed"}, inputs(), with_breakeven_take_rate=False), "x"
    )
    assert assumed["villages_counted"] == 3 and assumed["villages_without_pledges"] == []
    from coopnet.io.model_text import counted_text

    text = counted_text(d, catalog("en"))
    assert text.startswith("2 of 3 villages counted") and "600 of 900 households" in text and "Sans" in text


@pytest.mark.parametrize(
    "flows,words",
    [
        ([100, 50, 20], "no year's project flow is negative"),
        ([-100, -50], "never positive"),
        ([-100, 10, -20], "adds up to a loss"),
    ],
)
def test_no_irr_comes_with_its_reason(flows, words):
    assert words in irr_reason(flows, None)
    assert irr_reason(flows, 0.05) == ""


def test_payback_in_year_one_is_explained():
    assert "no up-front investment" in payback_reason([100, 50], 1)
    assert "still negative" in payback_reason([-100, 50], None)
    assert "year 4" in payback_reason([-100, 20, 20, 70], 4)
