"""Every document comes out in one language (issue 14 §2): the carrier brief (PDF text as
pdftotext reads it, and XLSX), the model workbook, the reject file of a pledge import and the map
page hold no French number format or French word of the catalogue in English, and the reverse."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import run_cli
from tests.io.test_documents_language import pdf_text
from tests.one_language import data_words, slips

SAMPLE_PLEDGES = Path(__file__).resolve().parents[2] / "sample_villages" / "promesses-excel-fr.csv"


def xlsx_texts(path: Path) -> list[str]:
    """Sheet names and every text cell, formulas' cached texts included."""
    wb = openpyxl.load_workbook(path, data_only=True)
    return wb.sheetnames + [
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    ]


def map_texts(path: Path, lang: str) -> list[str]:
    """The map page's own texts (legend, tooltips, popups, notes), JSON escapes decoded."""
    from coopnet.geo.map_builder import MapOptions, render_html
    from coopnet.store.project import Project

    with Project.open(path, readonly=True) as project:
        page = render_html(project, MapOptions(lang=lang, export=False))
    page = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)
    visible = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    strings = [m for s in scripts for m in re.findall(r'"((?:[^"\\]|\\.)*)"', s)]  # JS string literals
    strings = [t for t in strings if " " in t]  # texts, not JSON keys ("features", "Polygon")
    return [html_module.unescape(t) for t in [visible, *strings]]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_documents_hold_one_language(sample_project_path, tmp_path, lang):
    f = str(sample_project_path)
    allowed = data_words(sample_project_path)
    found: dict[str, list[str]] = {}
    for name in ("brief.pdf", "brief.xlsx"):
        rc, _, err = run_cli("brief", f, "-o", str(tmp_path / name), "--lang", lang)
        assert rc == 0, err
    found["brief.pdf"] = pdf_text(tmp_path / "brief.pdf").splitlines()
    found["brief.xlsx"] = xlsx_texts(tmp_path / "brief.xlsx")
    for scenario in ("base", "own-build"):
        out = tmp_path / f"model-{scenario}.xlsx"
        rc, _, err = run_cli("model", f, "--scenario", scenario, "-o", str(out), "--lang", lang)
        assert rc == 0, err
        found[out.name] = xlsx_texts(out)
    rejects = tmp_path / "rejects.csv"
    rc, _, err = run_cli(
        "import", "pledges", f, str(SAMPLE_PLEDGES), "--reject-file", str(rejects), "--lang", lang
    )
    assert rc == 0, err
    header, *rows = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert header.endswith("line;reason" if lang == "en" else "ligne;motif")
    # The file's own columns are the user's (French here); only the two coopnet adds are checked.
    found["rejects.csv"] = [header.rsplit(";", 2)[-2:][1]] + [r.rsplit(";", 1)[-1] for r in rows]
    found["map.html"] = map_texts(sample_project_path, lang)
    problems = [f"{where}: {p}" for where, texts in found.items() for p in slips(texts, lang, allowed)]
    assert not problems, "\n".join(problems)
