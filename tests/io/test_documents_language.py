"""Every printed document and export comes out in the language asked for, French or English.

Map page (legend, layers, tooltips, sources, title), carrier brief (PDF and XLSX), model workbook
and pledge form, made through the command line (`--lang`) as a user would, and read back.
"""

from __future__ import annotations

import html as html_module
import re
import subprocess
import unicodedata

import openpyxl
import pytest

from tests.helpers import run_cli

SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def pdf_text(path) -> str:
    """The PDF's text as pdftotext reads it, no-break spaces made plain."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return unicodedata.normalize("NFKC", out.stdout).translate(SPACES)  # ﬃ → ffi, no-break → plain


def page(sample_project_path, lang: str) -> str:
    """The exported map page, its JSON escapes (\\u00e9…) decoded as the browser does."""
    from coopnet.geo.map_builder import MapOptions, render_html
    from coopnet.store.project import Project

    with Project.open(sample_project_path, readonly=True) as project:
        html = render_html(project, MapOptions(lang=lang, export=True))
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), html)
    return html_module.unescape(text).translate(SPACES)


def test_map_page_in_french(sample_project_path):
    html = page(sample_project_path, "fr")
    for words in (
        "Promesses par rapport à l’objectif de chaque village",
        "situation au",
        "Points de présence",
        "Noms des communes",
        "point de présence (PoP)",
        "dorsale",
        "objectif atteint",
        "pas encore d’objectif",
        "moins de 25 % de l’objectif",
        "Carte : coopnet",
        "Données d’exemple",
        "PoP le plus proche",
        "promesses / objectif",
        "Dorsale et PoP indicatifs",
    ):
        assert words in html, words
    assert "foyers (estimation)" not in html  # the sample's households are INSEE's 2021 census
    assert re.search(r"situation au \d\d/\d\d/20\d\d", html)
    assert re.search(r"\d+ promesses / objectif \d+ \(\d+ %\)", html)  # 32 %, French spacing
    assert re.search(r"\d+,\d km au total", html)  # decimal comma
    assert re.search(r"\d \d{3} foyers", html)  # 3 109 foyers
    for english in ("Points of presence", "Pledges against", "target reached", "households", "Nearest PoP"):
        assert english not in html, english


def test_map_page_in_english(sample_project_path):
    html = page(sample_project_path, "en")
    for words in (
        "Pledges against each village's target",
        "situation on",
        "Points of presence",
        "Commune names",
        "target reached",
        "Map: coopnet",
        "Nearest PoP",
    ):
        assert words in html, words
    assert "households (estimate)" not in html  # the sample's households are INSEE's 2021 census
    assert re.search(r"\d+ pledges / target \d+ \(\d+%\)", html)
    assert re.search(r"\d,\d{3} households", html)  # 3,109 households
    for french in ("Points de présence", "Promesses par rapport", "objectif atteint", "foyers"):
        assert french not in html, french


def test_map_pdf_in_french(sample_project_path, tmp_path):
    pdf = tmp_path / "carte.pdf"
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(pdf), "--lang", "fr")
    assert rc == 0, err
    text = pdf_text(pdf)
    for words in (
        "Promesses par rapport",
        "objectif atteint",
        "point de présence (PoP)",
        "Données d’exemple",
    ):
        assert words in text, words
    assert re.search(r"situation au \d\d/\d\d/20\d\d", text)
    assert "target reached" not in text


def test_carrier_brief_in_french_and_english(sample_project_path, tmp_path):
    fr_pdf, en_pdf = tmp_path / "demande.pdf", tmp_path / "brief.pdf"
    for out, lang in ((fr_pdf, "fr"), (en_pdf, "en")):
        rc, _, err = run_cli("brief", str(sample_project_path), "-o", str(out), "--lang", lang)
        assert rc == 0, err
    fr, en = pdf_text(fr_pdf), pdf_text(en_pdf)
    for words in (
        "Demande de devis — transit IP et collecte",
        "Ce que nous demandons",
        "Débit engagé",
        "Mutualisation",
        "Villages (chiffres seulement)",
        "aucune donnée personnelle",
        "scénario « base »",
        "Mbit/s",
        "foyers",
    ):
        assert words in fr, words
    assert re.search(r"\d\d/\d\d/20\d\d", fr)
    assert re.search(r"\d{1,2} \d{3} foyers", fr)  # 12 853 foyers
    assert re.search(r"\d+,\d+ %", fr)  # 99,90 %
    assert "Request for quote" not in fr and "households" not in fr
    for words in (
        "Request for quote — IP transit and backhaul",
        "What we ask for",
        "Committed rate",
        "Villages (counts only)",
        "no personal data",
        "scenario “base”",
    ):
        assert words in en, words
    assert re.search(r"\d{1,2},\d{3} households", en)  # 12,853 households
    assert "Demande de devis" not in en

    xlsx = tmp_path / "demande.xlsx"
    rc, _, err = run_cli("brief", str(sample_project_path), "-o", str(xlsx), "--lang", "fr")
    assert rc == 0, err
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Demande de devis", "Par année", "Villages"]
    ws = wb["Demande de devis"]
    labels = [ws.cell(row=r, column=1).value for r in range(5, 19)]
    assert "Débit engagé, première année" in labels and "Durée" in labels
    assert [c.value for c in wb["Par année"][1]] == [
        "année",
        "adhérents",
        "capacité à l’heure chargée (Mbit/s)",
        "engagement (Mbit/s)",
    ]


def test_model_workbook_in_french(sample_project_path, tmp_path):
    out = tmp_path / "modele.xlsx"
    rc, _, err = run_cli(
        "model", str(sample_project_path), "--scenario", "base", "-o", str(out), "--lang", "fr"
    )
    assert rc == 0, err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Paramètres", "Villages", "Trésorerie", "Trafic", "Sensibilité"]
    ws = wb["Paramètres"]
    assert ws["A1"].value.translate(SPACES) == "Modèle coopnet — scénario « base »"
    assert [c.value for c in ws[4]] == [
        "clé (nom de cellule)",
        "paramètre",
        "valeur",
        "unité",
        "groupe",
        "source",
    ]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=5) if r[0].value}
    # Same keys and cell positions as in English; labels, units, groups and sources in French.
    assert rows["monthly_fee_eur"][1].value == "Mensualité adhérent (HT)"
    assert rows["monthly_fee_eur"][3].value == "€/mois"
    assert rows["monthly_fee_eur"][4].value == "Demande"
    assert rows["operating_model"][2].value in ("build", "rip")  # formulas compare with it
    assert "build = la coopérative construit son propre réseau" in rows["operating_model"][5].value
    assert rows["insurance_eur_year"][5].value.startswith("estimation — demandez à un assureur")
    cash = wb["Trésorerie"]
    formulas = [
        c.value
        for row in cash.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert any("'Trafic'!B" in f for f in formulas)
    assert any("équilibre impossible" in f for f in formulas)
    assert not any("Traffic!" in f or "cannot break even" in f for f in formulas)

    en = tmp_path / "model.xlsx"
    rc, _, err = run_cli(
        "model", str(sample_project_path), "--scenario", "base", "-o", str(en), "--lang", "en"
    )
    assert rc == 0, err
    wb_en = openpyxl.load_workbook(en)
    assert wb_en.sheetnames == ["Parameters", "Villages", "Cash flow", "Traffic", "Sensitivity"]
    en_rows = {r[0].value: r for r in wb_en["Parameters"].iter_rows(min_row=5) if r[0].value}
    assert en_rows["monthly_fee_eur"][1].value == "Member fee (HT)"
    assert list(en_rows) == list(rows)  # same keys, same rows
    assert [r[0].row for r in en_rows.values()] == [r[0].row for r in rows.values()]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pledge_form_in_each_language_fits_one_page(sample_project_path, tmp_path, lang):
    out = tmp_path / f"form-{lang}.pdf"
    rc, _, err = run_cli("pledge-form", str(sample_project_path), "-o", str(out), "--lang", lang)
    assert rc == 0, err
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info)
    text = pdf_text(out)
    if lang == "fr":
        wanted = (
            "Promesse d’adhésion — très haut débit",
            "Nom",
            "Prénom",
            "Débit souhaité",
            "Mensualité acceptée",
            "J’accepte",
            "Vos données personnelles",
            "Responsable du traitement :",
            "Durée de conservation",
            "Vos droits",
            "CNIL",
            "[adresse du siège — à compléter]",
        )
        unwanted = ("Membership pledge", "Your rights", "to be completed")
    else:
        wanted = (
            "Membership pledge — very high-speed broadband",
            "Last name",
            "First name",
            "Wanted speed",
            "Monthly fee accepted",
            "I agree",
            "Your personal data",
            "Controller:",
            "Retention:",
            "Your rights:",
            "CNIL",
            "[address of the registered office — to be completed]",
        )
        unwanted = ("Promesse d’adhésion", "Vos droits", "à compléter")
    for words in wanted:
        assert words in text, words
    for words in unwanted:
        assert words not in text, words
