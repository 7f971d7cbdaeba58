"""The model commands as a user runs them: scenario, model, traffic, brief."""

from __future__ import annotations

import json
import re
import sqlite3

import openpyxl
import pytest

from tests.helpers import run_cli


def test_scenario_list_show_set_copy_rename_delete(sample_project_path):
    f = str(sample_project_path)
    rc, out, err = run_cli("scenario", f, "list")
    assert rc == 0, err
    assert out.splitlines()[0].startswith("base")
    rc, out, err = run_cli("scenario", f, "show", "base", "--json")
    assert rc == 0, err
    data = json.loads(out)
    keys = {p["key"]: p for p in data["parameters"]}
    for key in (
        "operating_model",
        "take_up_source",
        "take_rate",
        "monthly_fee_eur",
        "discount_rate",
        "horizon_years",
        "detour_factor",
        "traffic_growth_rate",
        "overflow_probability",
    ):
        assert key in keys
        assert keys[key]["source"], key
    assert keys["take_rate"]["source"].startswith("estimate")
    assert keys["monthly_fee_eur"]["unit"] == "€/month"

    rc, out, err = run_cli("scenario", f, "copy", "base", "cheap")
    assert rc == 0, err
    rc, out, err = run_cli(
        "scenario", f, "set", "cheap", "monthly_fee_eur=19,90", "take_rate=40 %", "take_up_source=assumed"
    )
    assert rc == 0, err
    shown = {
        p["key"]: p for p in json.loads(run_cli("scenario", f, "show", "cheap", "--json")[1])["parameters"]
    }
    assert shown["monthly_fee_eur"]["value"] == pytest.approx(19.9)
    assert shown["take_rate"]["value"] == pytest.approx(0.4) and shown["take_rate"]["changed"]
    base = {
        p["key"]: p for p in json.loads(run_cli("scenario", f, "show", "base", "--json")[1])["parameters"]
    }
    assert base["monthly_fee_eur"]["value"] == 25  # the copy is independent

    rc, out, err = run_cli("scenario", f, "rename", "cheap", "cheaper")
    assert rc == 0, err
    rc, out, err = run_cli("scenario", f, "delete", "cheaper")
    assert rc == 0, err
    assert "cheaper" not in run_cli("scenario", f, "list")[1]


@pytest.mark.parametrize(
    "assignment,words",
    [
        ("take_rate=1.5", "take_rate"),
        ("discount_rate=-5%", "cannot be negative"),
        ("colour=blue", "no such parameter"),
        ("take_rate", "key=value"),
    ],
)
def test_scenario_set_refuses_bad_values(sample_project_path, assignment, words):
    rc, out, err = run_cli("scenario", str(sample_project_path), "set", "base", assignment)
    assert rc in (1, 2) and words in err and "Traceback" not in err
    assert len(err.strip().splitlines()) <= 2


def test_model_json_keys(sample_project_path, tmp_path):
    out_xlsx = tmp_path / "model.xlsx"
    rc, out, err = run_cli(
        "model", str(sample_project_path), "--scenario", "own-build", "--json", "-o", str(out_xlsx)
    )
    assert rc == 0, err
    d = json.loads(out)
    for key in (
        "scenario",
        "subscribers",
        "take_rate",
        "capex_eur",
        "opex_year1_eur",
        "monthly_fee_breakeven_eur",
        "breakeven_take_rate",
        "npv_eur",
        "irr",
        "payback_year",
        "min_cash_eur",
        "cashflow",
    ):
        assert key in d, key
    assert d["scenario"] == "own-build" and d["subscribers"] > 0
    assert len(d["cashflow"]) == 20
    assert set(d["cashflow"][0]) >= {
        "year",
        "revenue_eur",
        "opex_eur",
        "capex_eur",
        "financing_eur",
        "net_eur",
        "cash_eur",
    }
    wb = openpyxl.load_workbook(out_xlsx)
    assert wb.sheetnames == ["Parameters", "Villages", "Cash flow", "Traffic", "Sensitivity"]
    assert "take_rate" in wb.defined_names


def test_model_text_and_unknown_scenario(sample_project_path):
    rc, out, err = run_cli("model", str(sample_project_path))
    assert rc == 0, err
    assert "NPV" in out and "€" in out
    rc, out, err = run_cli("model", str(sample_project_path), "--scenario", "nope")
    assert rc == 1 and "no such scenario" in err


def test_traffic_json_keys(sample_project_path):
    rc, out, err = run_cli("traffic", str(sample_project_path), "--json")
    assert rc == 0, err
    d = json.loads(out)
    for key in (
        "subscribers",
        "busy_hour_mean_mbps",
        "capacity_mbps",
        "commit_mbps",
        "sum_of_villages_mbps",
        "pooling_gain",
        "by_village",
        "by_year",
    ):
        assert key in d, key
    assert 0 < d["pooling_gain"] < 1
    assert d["capacity_mbps"] < d["sum_of_villages_mbps"]
    assert {"insee", "subscribers", "capacity_mbps"} <= set(d["by_village"][0])
    assert [y["year"] for y in d["by_year"]] == [1, 2, 3]
    assert {"year", "capacity_mbps", "commit_mbps"} <= set(d["by_year"][0])


def _personal_names(path) -> set[str]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT last_name, first_name, email FROM pledges").fetchall()
    conn.close()
    return {v.strip() for r in rows for v in r if v and len(v.strip()) >= 4}


def test_brief_pdf_and_xlsx_have_no_personal_data(sample_project_path, tmp_path, qapp):
    names = _personal_names(sample_project_path)
    assert names, "the sample should have pledges with names"
    pdf = tmp_path / "brief.pdf"
    rc, out, err = run_cli("brief", str(sample_project_path), "-o", str(pdf))
    assert rc == 0, err
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(pdf))
    assert doc.pageCount() >= 1
    text = "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    assert "Request for quote" in text and "Thoiry" in text
    leaked = [n for n in names if n in text]
    assert not leaked, leaked[:5]

    xlsx = tmp_path / "brief.xlsx"
    rc, out, err = run_cli("brief", str(sample_project_path), "-o", str(xlsx))
    assert rc == 0, err
    wb = openpyxl.load_workbook(xlsx)
    cells = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "Thoiry" in cells
    assert not [n for n in names if n in cells]


def test_brief_refuses_other_formats(sample_project_path, tmp_path):
    rc, out, err = run_cli("brief", str(sample_project_path), "-o", str(tmp_path / "x.docx"))
    assert rc == 2 and ".pdf or .xlsx" in err


def test_model_traffic_and_scenarios_speak_french(sample_project_path, monkeypatch):
    """COOPNET_LANG=fr: words, meanings of choices, numbers and errors in French; --lang en wins."""
    monkeypatch.setenv("COOPNET_LANG", "fr")
    f = str(sample_project_path)

    def cli(*args):  # no-break spaces (before “:”, in 11 989 €) read as plain spaces
        rc, out, err = run_cli(*args)
        return rc, plain(out), plain(err)

    rc, out, err = cli("model", f, "--scenario", "base")
    assert rc == 0, err
    for words in (
        "scénario base : opérateur sur le réseau public (RIP)",
        "adhérents : ",
        "VAN : ",
        "trésorerie la plus basse",
        "mensualité : 25,00 € HT (30,00 € TTC)/mois",
        "recettes",
    ):
        assert words in out, words
    assert re.search(r"\d \d{3} €", out)  # 11 989 €
    for english in ("members:", "NPV", "lowest cash", "revenue"):
        assert english not in out, english
    rc, out, err = cli("traffic", f)
    assert rc == 0, err
    assert "gain de mutualisation" in out and "Mbit/s par ligne à l’heure chargée" in out
    assert re.search(r"gain de mutualisation \d+,\d %", out)
    rc, out, err = cli("scenario", f, "show", "base")
    assert "valeurs par défaut et leurs sources publiques" in out and "[Demande]" in out
    assert "build = la coopérative construit son propre réseau" in out
    rc, _, err = cli("scenario", f, "set", "base", "take_rate=1.5")
    assert rc == 1 and "« Taux de souscription supposé » ne peut pas dépasser 100 %" in err
    rc, _, err = cli("scenario", f, "set", "base", "take_up_ramp_years=1,5")
    assert rc == 1 and "doit être un nombre entier (ans)" in err
    rc, out, err = run_cli("model", f, "--lang", "en")
    assert rc == 0 and "members: " in out and "NPV: " in out, err
    rc, out, err = run_cli("model", f, "--json")
    assert json.loads(out)["operating_model"] == "rip"  # JSON keeps its keys and values


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")
