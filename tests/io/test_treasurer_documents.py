"""What a treasurer reads in the model's output, the brief and the workbook holds together."""

import json

import openpyxl

from tests.helpers import run_cli


def test_model_json_says_which_villages_are_counted_and_why_no_irr(sample_project_path):
    f = str(sample_project_path)
    rc, out, err = run_cli("model", f, "--json")
    assert rc == 0, err
    d = json.loads(out)
    assert d["scenario"] == "base" and d["operating_model"] == "rip"  # the realistic route first
    assert d["villages_counted"] + len(d["villages_without_pledges"]) == d["villages_total"] == 18
    assert d["households_counted"] == d["premises_passed"] < d["households_all"]
    rc, out, err = run_cli("model", f, "--scenario", "rip-40%", "--json")
    d = json.loads(out)
    assert d["villages_counted"] == d["villages_total"] and d["premises_passed"] == d["households_all"]
    assert d["irr"] is None and d["npv_eur"] > 0 and d["payback_year"] == 1
    assert "no year's project flow is negative" in d["irr_reason"]
    assert "no up-front investment" in d["payback_reason"]
    rc, out, err = run_cli("model", f, "--scenario", "own-build", "--lang", "en")
    assert rc == 0 and "scenario own-build: the cooperative builds its own network" in out, err
    assert "14 of 18 villages counted: those with pledges" in out


def test_brief_full_take_up_commit_is_the_same_as_its_year_row(sample_project_path, tmp_path):
    out = tmp_path / "brief.xlsx"
    rc, _, err = run_cli("brief", str(sample_project_path), "-o", str(out), "--lang", "en")
    assert rc == 0, err
    wb = openpyxl.load_workbook(out)
    rows = {r[0].value: r[1].value for r in wb.worksheets[0].iter_rows(min_row=5) if r[0].value}
    full = rows["Committed rate at full take-up"]  # "600 Mbps (year 3, …)"
    year = int(full.split("(year ")[1].split(",")[0])
    by_year = {r[0].value: r[3].value for r in wb.worksheets[1].iter_rows(min_row=2)}
    assert full.startswith(f"{by_year[year]:,.0f} Mbps")
    assert "villages counted" in rows["Villages counted in the demand"]


def test_workbook_labels_euros_as_euros(sample_project_path, tmp_path):
    out = tmp_path / "model.xlsx"
    rc, _, err = run_cli(
        "model", str(sample_project_path), "--scenario", "own-build", "-o", str(out), "--lang", "en"
    )
    assert rc == 0, err
    ws = openpyxl.load_workbook(out)["Cash flow"]
    labels = [str(ws.cell(row=r, column=1).value) for r in range(3, 14)]
    assert "Premises passed (build)" not in labels
    assert "Cost of passing the premises (build, €)" in labels
    assert "villages counted" in openpyxl.load_workbook(out)["Villages"]["A2"].value


def test_workbook_shows_its_figures_without_recalculation(sample_project_path, tmp_path):
    """A phone or a web preview shows cached values only: every result is there, as the app says."""
    f, out = str(sample_project_path), tmp_path / "model.xlsx"
    rc, _, err = run_cli("model", f, "--scenario", "own-build", "-o", str(out), "--lang", "en")
    assert rc == 0, err
    d = json.loads(run_cli("model", f, "--scenario", "own-build", "--json")[1])
    wb = openpyxl.load_workbook(out, data_only=True)

    def named(name):
        ((sheet, ref),) = list(wb.defined_names[name].destinations)
        return wb[sheet][ref.replace("$", "")].value

    assert round(named("res_npv_eur"), 2) == round(d["npv_eur"], 2)
    assert round(named("capex_initial_eur")) == round(d["capex_initial_eur"])
    assert named("premises_passed") == d["premises_passed"]
    ws = wb["Cash flow"]
    assert all(ws.cell(row=r, column=7).value is not None for r in range(3, 13))
    brief = tmp_path / "brief.xlsx"
    assert run_cli("brief", f, "-o", str(brief), "--lang", "en")[0] == 0
    assert openpyxl.load_workbook(brief, data_only=True).worksheets[1]["D2"].value > 0
