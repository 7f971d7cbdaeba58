"""The exported workbook recomputes, in LibreOffice, the same numbers as the app."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from coopnet.core.costs import run_model
from coopnet.io.workbook import export_workbook
from coopnet.store import scenarios
from coopnet.geo.model_inputs import gather

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if not SOFFICE and not os.environ.get("CI"):
    pytest.skip("LibreOffice (soffice) is not installed", allow_module_level=True)


def without_values(src: Path, out_dir: Path) -> Path:
    """The same workbook with the cached values dropped (openpyxl keeps formulas, not results),
    so LibreOffice must compute every formula itself rather than keep ours."""
    bare = out_dir / "bare" / src.name
    bare.parent.mkdir(exist_ok=True)
    openpyxl.load_workbook(src).save(bare)
    assert all(
        c.value is None
        for ws in openpyxl.load_workbook(bare, data_only=True).worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    )
    return bare


def recalc(src: Path, out_dir: Path) -> Path:
    """Open and save with LibreOffice headless, from a copy without cached values: LibreOffice
    computes every formula."""
    assert SOFFICE, "CI is set but LibreOffice is missing: install libreoffice-calc-nogui"
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir / "recalc"),
            str(without_values(src, out_dir)),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = out_dir / "recalc" / src.name
    assert out.exists()
    return out


def named(wb, name):
    ((sheet, ref),) = list(wb.defined_names[name].destinations)
    return wb[sheet][ref.replace("$", "")].value


def close(a, b, scale):
    """Within 0.1 % (or 0.1 % of ``scale`` for values near zero)."""
    return abs(a - b) <= 0.001 * max(abs(b), abs(scale) * 0.001, 1e-6)


def check_against_model(path: Path, result) -> None:
    wb = openpyxl.load_workbook(path, data_only=True)
    scale = max(abs(r["cash_eur"]) for r in result.rows) + result.capex_total_eur
    assert close(named(wb, "res_npv_eur"), result.npv_eur, scale)
    if result.breakeven_fee_eur is None:
        assert str(named(wb, "res_breakeven_fee_eur")).startswith("cannot break even")
    else:
        assert close(named(wb, "res_breakeven_fee_eur"), result.breakeven_fee_eur, 1)
    assert close(named(wb, "traffic_capacity"), result.traffic.capacity_mbps, 1)
    assert close(named(wb, "pooling_gain"), result.traffic.pooling_gain, 1)
    assert close(named(wb, "res_min_cash_eur"), result.min_cash_eur, scale)
    if result.irr is None:
        assert named(wb, "res_irr") == "none"
    else:
        assert close(named(wb, "res_irr"), result.irr, 0.01)
    payback = named(wb, "res_payback_year")
    assert payback == (result.payback_year or "not within the horizon")
    ws = wb["Cash flow"]
    first = int(str(list(wb.defined_names["cash_first_row"].destinations)[0][1]).split("$")[-1])
    for i, row in enumerate(result.rows):
        assert ws[f"A{first + i}"].value == row["year"]
        assert close(ws[f"U{first + i}"].value, row["cash_eur"], scale), f"cash year {row['year']}"
        assert close(ws[f"G{first + i}"].value, row["commit_mbps"], 1)
    # Years after the horizon add nothing.
    assert ws[f"T{first + len(result.rows)}"].value == 0


def same_values(ours: Path, libreoffice: Path) -> None:
    """Every formula cell carries a cached value (a viewer that does not recalculate shows it),
    equal to LibreOffice's recalculation: numbers to the cent, texts exactly."""
    formulas = openpyxl.load_workbook(ours)
    mine = openpyxl.load_workbook(ours, data_only=True)
    theirs = openpyxl.load_workbook(libreoffice, data_only=True)
    checked = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                    continue
                a = mine[ws.title][cell.coordinate].value
                b = theirs[ws.title][cell.coordinate].value
                where = f"{ws.title}!{cell.coordinate} {cell.value}"
                if b in (None, ""):  # an empty text ("" from IF): blank in every viewer
                    assert a in (None, ""), f"{where}: {a!r} vs LibreOffice {b!r}"
                    checked += 1
                    continue
                assert a is not None, f"no cached value in {where}"
                if isinstance(b, (int, float)) and not isinstance(b, bool):
                    assert isinstance(a, (int, float)), f"{where}: {a!r} vs LibreOffice {b!r}"
                    assert abs(a - b) <= max(0.005, 1e-9 * abs(b)), f"{where}: {a!r} vs LibreOffice {b!r}"
                else:
                    assert a == (b if b is not None else ""), f"{where}: {a!r} vs LibreOffice {b!r}"
                checked += 1
    assert checked > 1000  # villages, traffic, cash flow: every formula was compared


BUILD_60 = {
    "operating_model": "build",
    "take_up_source": "assumed",
    "take_rate": 0.6,
    "monthly_fee_eur": 45,
    "grant_pct_capex": 0.5,
    "loan_principal_eur": 2_000_000,
}


@pytest.mark.parametrize("scenario,changes", [("base", {}), ("rip-40%", {}), ("build-60%", BUILD_60)])
def test_workbook_recomputes_the_app_numbers(sample_project, tmp_path, scenario, changes):
    if changes:
        scenarios.save(sample_project, scenario, changes)
    values = scenarios.values(sample_project, scenario)
    inputs = gather(sample_project)
    result = run_model(values, inputs)
    src = export_workbook(tmp_path / "model.xlsx", scenario, values, inputs, result)
    check_against_model(src, result)  # the values written with the formulas
    check_against_model(recalc(src, tmp_path), result)  # LibreOffice's own computation
    same_values(src, recalc(src, tmp_path))
    if scenario == "build-60%":  # pays back after some years: IRR and payback are checked too
        assert result.irr is not None and result.payback_year > 1


def test_changing_inputs_in_the_workbook_moves_results_as_the_model_predicts(sample_project, tmp_path):
    values = scenarios.values(sample_project, "rip-40%")
    inputs = gather(sample_project)
    result = run_model(values, inputs)
    src = export_workbook(tmp_path / "model.xlsx", "rip-40%", values, inputs, result)
    wb = openpyxl.load_workbook(src)
    ws = wb["Parameters"]
    changed = {"monthly_fee_eur": 31.5, "operating_model": "build", "maintenance_rate": 0.03}
    for row in ws.iter_rows(min_row=5):
        if row[0].value in changed:
            row[2].value = changed[row[0].value]
    wb.save(src)
    predicted = run_model({**values, **changed}, inputs)
    assert abs(predicted.npv_eur - result.npv_eur) > 1000  # the change matters
    check_against_model(recalc(src, tmp_path), predicted)


def test_french_workbook_recomputes_the_same_numbers(sample_project, tmp_path):
    """French sheet names are quoted in every formula and defined name: LibreOffice finds them."""
    values = scenarios.values(sample_project, "rip-40%")
    inputs = gather(sample_project)
    result = run_model(values, inputs)
    src = export_workbook(tmp_path / "modele.xlsx", "rip-40%", values, inputs, result, lang="fr")
    same_values(src, recalc(src, tmp_path))
    wb = openpyxl.load_workbook(recalc(src, tmp_path), data_only=True)
    assert wb.sheetnames == ["Paramètres", "Villages", "Trésorerie", "Trafic", "Sensibilité"]
    scale = max(abs(r["cash_eur"]) for r in result.rows) + result.capex_total_eur
    assert close(named(wb, "res_npv_eur"), result.npv_eur, scale)
    assert close(named(wb, "traffic_capacity"), result.traffic.capacity_mbps, 1)
    assert close(named(wb, "res_min_cash_eur"), result.min_cash_eur, scale)
    payback = named(wb, "res_payback_year")
    assert payback == (result.payback_year or "pas dans l’horizon")
    ws = wb["Trésorerie"]
    first = int(str(list(wb.defined_names["cash_first_row"].destinations)[0][1]).split("$")[-1])
    for i, row in enumerate(result.rows):
        assert close(ws[f"U{first + i}"].value, row["cash_eur"], scale), f"cash year {row['year']}"
        assert close(ws[f"G{first + i}"].value, row["commit_mbps"], 1)  # read from 'Trafic'
