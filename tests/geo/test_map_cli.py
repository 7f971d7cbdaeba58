"""``coopnet map``: standalone HTML, PNG and PDF opened back; ``coopnet links``/``info``."""

from __future__ import annotations

import json
import re

import pytest

from tests.helpers import run_cli

# XML namespace identifiers inside Leaflet: names, never fetched.
NAMESPACES = {"http://www.w3.org/2000/svg"}


def test_html_is_standalone(sample_project_path, tmp_path):
    out = tmp_path / "carte.html"
    rc, stdout, err = run_cli(
        "map", str(sample_project_path), "-o", str(out), "--title", "Conseil <b> {{ 7*7 }}"
    )
    assert rc == 0, err
    html = out.read_text(encoding="utf-8")
    urls = set(re.findall(r"(?:https?|ftp)://[^\s\"'<>)]*", html))
    assert urls <= NAMESPACES, urls
    assert not re.search(r"""(src|href)\s*=\s*["']?(?!#|data:)[a-z]+:""", html)  # nothing to load
    assert "file://" not in html and "qrc:" not in html
    assert "L.markerClusterGroup" in html and "leaflet" in html.lower()
    assert "Conseil &lt;b&gt; {{ 7*7 }}" in html and "Conseil <b>" not in html  # no template evaluation
    assert "Thoiry" in html
    assert len(html) < 3_000_000


def test_png_and_pdf_for_council(sample_project_path, tmp_path):
    from PySide6.QtGui import QImage

    png = tmp_path / "carte.png"
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(png), "--title", "Conseil municipal")
    assert rc == 0, err
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 1600 and image.height() >= 1000
    # Not a blank page: many distinct colours (communes, legend, title).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 20

    pdf = tmp_path / "carte.pdf"
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(pdf), "--village", "78616")
    assert rc == 0, err
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    assert doc.pageCount() == 1
    size = doc.pagePointSize(0)  # A4 landscape: 842 × 595 pt
    assert size.width() == pytest.approx(842, abs=2) and size.height() == pytest.approx(595, abs=2)
    text = doc.getAllText(0).text()
    for words in ("Pledges against each village's target", "target reached", "km", "Sample data"):
        assert words in text, words
    assert re.search(r"\d\d/\d\d/20\d\d", text)  # the date
    doc.close()


def test_map_errors_are_one_line(sample_project_path, tmp_path):
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(tmp_path / "x.docx"))
    assert rc == 1 and "choose a .html, .png or .pdf" in err
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(tmp_path / "x.pdf"), "--village", "99999")
    assert rc == 1 and "99999: no such village" in err


def test_links_and_info(sample_project_path):
    rc, out, err = run_cli("links", str(sample_project_path), "--detour-factor", "1.5", "--json")
    assert rc == 0, err
    data = json.loads(out)
    thoiry = next(v for v in data["villages"] if v["insee"] == "78616")
    assert thoiry["link_km"] == pytest.approx(thoiry["distance_km"] * 1.5, abs=0.01)
    assert data["total_link_km"] > 0
    rc, out, err = run_cli("info", str(sample_project_path), "--json")
    info = json.loads(out)
    for v in info["villages"]:
        assert v["nearest_pop"] and v["link_km"] > 0
    assert info["totals"]["link_km"] == pytest.approx(data["total_link_km"], abs=0.05)
    rc, _, err = run_cli("links", str(sample_project_path), "--detour-factor", "0.2")
    assert rc == 1 and "out of range" in err


def test_basemap_is_off_by_default_and_optional(sample_project_path, tmp_path):
    rc, out, _ = run_cli("basemap", str(sample_project_path))
    assert rc == 0 and "no basemap" in out
    tiles = tmp_path / "tuiles"
    tiles.mkdir()
    rc, _, err = run_cli("basemap", str(sample_project_path), str(tiles))
    assert rc == 0, err
    from coopnet.geo.map_builder import render_html
    from coopnet.store.project import Project

    with Project.open(sample_project_path, readonly=True) as p:
        assert tiles.as_uri() + "/{z}/{x}/{y}.png" in render_html(p)
    rc, _, err = run_cli("basemap", str(sample_project_path), "https://example.org/tiles.png")
    assert rc == 2 and "{z}" in err
    rc, _, _ = run_cli("basemap", str(sample_project_path), "off")
    with Project.open(sample_project_path, readonly=True) as p:
        assert "{z}/{x}/{y}" not in render_html(p)


def test_links_and_map_messages_in_french(sample_project_path, tmp_path, monkeypatch):
    monkeypatch.setenv("COOPNET_LANG", "fr")
    rc, out, err = run_cli("links", str(sample_project_path))
    assert rc == 0, err
    out = out.replace("\u00a0", " ").replace("\u202f", " ")  # French spacing before “:”
    assert "facteur de détour : 1,30" in out and "km de tracé estimé" in out
    assert re.search(r"total des liaisons estimées : \d+,\d km", out)
    assert "straight" not in out
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(tmp_path / "x.docx"))
    assert rc == 1 and "choisissez un nom de fichier en .html, .png ou .pdf" in err
    rc, _, err = run_cli(
        "map", str(sample_project_path), "-o", str(tmp_path / "x.pdf"), "--village", "99999", "--lang", "en"
    )
    assert rc == 1 and "99999: no such village" in err
    rc, out, _ = run_cli("basemap", str(sample_project_path))
    assert "pas de fond de carte" in out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_map_page_says_its_language(sample_project_path, lang):
    from coopnet.geo.map_builder import MapOptions, render_html
    from coopnet.store.project import Project

    with Project.open(sample_project_path, readonly=True) as p:
        page = render_html(p, MapOptions(lang=lang))
    assert f'<html lang="{lang}">' in page and page.count("<html") == 1


def _page_data(html: str) -> dict:
    """The page's coopnetData object, as the browser reads it."""
    import json

    start = html.index("var coopnetData = ") + len("var coopnetData = ")
    return json.JSONDecoder().raw_decode(html[start:])[0]


def test_exported_map_carries_counts_not_households(sample_project_path, tmp_path):
    """A council or carrier page has the take-up per commune, never a door's status or a pledged
    address; the in-app page (volunteers) keeps them; --names is the explicit exception."""
    from coopnet.geo.map_builder import MapOptions, render_html
    from coopnet.store.project import Project

    out = tmp_path / "conseil.html"
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(out))
    assert rc == 0, err
    html = out.read_text(encoding="utf-8")
    data = _page_data(html)
    assert data["doors"]["d"] == [] and data["doors"]["s"] == ""
    assert data["pledges"]["d"] == []
    assert "Doors (" not in html and "Pledges (" not in html
    assert re.search(r"\d+ pledges / target \d+", html)  # the counts are all there
    with Project.open(sample_project_path, readonly=True) as project:
        app_data = _page_data(render_html(project, MapOptions(bridge=True)))
        doors = project.db["doors"].count
    assert len(app_data["doors"]["s"]) == doors > 10_000  # the app shows every door
    assert len(app_data["pledges"]["d"]) > 100
    named = tmp_path / "interne.html"
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(named), "--names")
    assert rc == 0, err
    assert len(_page_data(named.read_text(encoding="utf-8"))["pledges"]["labels"]) > 100


def test_many_pledges_start_unticked(sample_project_path, monkeypatch):
    """Above PLEDGES_SHOWN_MAX the pledge markers wait for a tick (browser memory)."""
    from coopnet.geo import map_builder
    from coopnet.geo.map_builder import MapOptions, render_html
    from coopnet.store.project import Project

    with Project.open(sample_project_path, readonly=True) as project:
        shown = render_html(project, MapOptions(bridge=True))
        monkeypatch.setattr(map_builder, "PLEDGES_SHOWN_MAX", 10)
        unticked = render_html(project, MapOptions(bridge=True))
    name = re.search(r"var (\w+) = coopnet\.layers\.pledges", shown).group(1)
    assert f"{name}.addTo(" in shown  # the sample's 190 pledges show at once
    name = re.search(r"var (\w+) = coopnet\.layers\.pledges", unticked).group(1)
    assert f"{name}.addTo(" not in unticked
    assert 'coop-pledges-legend\\"\\u003e' in shown  # its legend line too
    assert 'coop-pledges-legend\\" style=\\"display:none\\"' in unticked


def test_map_page_writes_the_in_app_page_and_its_summaries(sample_project_path, tmp_path):
    import json

    out = tmp_path / "page.html"
    rc, stdout, err = run_cli(
        "map-page", str(sample_project_path), str(out), "--options", '{"bridge": true, "lang": "fr"}'
    )
    assert rc == 0, err
    assert stdout.splitlines()[-1] == "progress 5 5 page"
    assert '<html lang="fr">' in out.read_text(encoding="utf-8")
    summaries = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    thoiry = summaries["78616"]
    assert thoiry["name"] == "Thoiry" and thoiry["link_km"] > 0 and "promesse" in thoiry["summary"]
    rc, _, err = run_cli("map-page", str(sample_project_path), str(out), "--options", '{"colour": 1}')
    assert rc == 2 and "--options" in err and "Traceback" not in err
