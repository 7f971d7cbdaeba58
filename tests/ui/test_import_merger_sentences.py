"""Files from before a merger, imported in the app: the box the user sees says, in the interface's
language, which old commune was counted in which current one (issue 11 §3).

Saint-Germain-en-Laye (78551) absorbed Fourqueux (78251) on 1 January 2019; a BAN, INSEE or
boundary file of 2018 still uses 78251."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coopnet.io.new_project import create_from_reference, select_communes
from coopnet.resources import sample_dir
from coopnet.store import villages as vstore
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings
from tests.conftest import SyncPool

SENTENCE = {
    "en": "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019",
    "fr": "78251 Fourqueux — fusionnée dans 78551 Saint-Germain-en-Laye le 1 janvier 2019",
}


@pytest.fixture(params=["en", "fr"])
def lang(request, qapp):
    from coopnet.ui.i18n import current_language, install_translators

    install_translators(qapp, request.param)
    assert current_language() == request.param
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def project(tmp_path):
    communes, _ = select_communes(["78551"])
    with create_from_reference(tmp_path / "sgl.coopnet", communes) as p:
        yield p


def ban_file_of_2018(tmp_path):
    """Three rows of the sample's real-format BAN file, under Fourqueux's old code."""
    with (sample_dir() / "adresses-78-sample.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], rows[1:4]
    i_insee, i_id = header.index("code_insee"), header.index("id")
    src = tmp_path / "adresses-78-2018.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\n")
        out.writerow(header)
        for n, row in enumerate(body):
            row = list(row)
            row[i_insee] = "78251"
            row[i_id] = f"78251_0001_{n:05d}"
            out.writerow(row)
    return src


def test_address_import_box_says_the_merger(qtbot, tmp_path, project, lang):
    from coopnet.ui.members.page import MembersPage

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    settings.volunteer_name = "Claire Martin"
    context = AppContext(settings=settings, pool=SyncPool())
    page = MembersPage(context)
    qtbot.addWidget(page)
    context.set_project(project)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.import_addresses(str(ban_file_of_2018(tmp_path)))
    box = page._result_box
    qtbot.waitUntil(box.isVisible)
    assert SENTENCE[lang] in box.text().splitlines()
    assert page._last_import.communes == {"78551": 3}
    if lang == "fr":
        assert "merged" not in box.text() and "created" not in box.text()
        assert box.text().replace("\xa0", " ").startswith("Portes créées : 3")
    box.close()


class _Context:
    def __init__(self):
        self.pool = SyncPool()

    def notify(self, domain):
        pass


def shown_by(qtbot, action) -> str:
    """Run ``action`` and return the text of the modal box it opens (then press OK)."""
    seen: list[str] = []

    def read_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, read_box)

    QTimer.singleShot(0, read_box)
    action()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    return seen[0]


def map_page(qtbot, project):
    page = QWidget()
    qtbot.addWidget(page)
    page.project, page.context = project, _Context()
    return page


def test_households_import_box_says_the_merger(qtbot, tmp_path, project, lang):
    from coopnet.ui.map.import_actions import import_geodata

    src = tmp_path / "base-cc-logement-2021.csv"  # as a spreadsheet re-saves INSEE's file
    src.write_text("CODGEO;P21_RP\n78551;18000.4\n78251;1500.3\n", encoding="utf-8")
    page = map_page(qtbot, project)
    text = shown_by(qtbot, lambda: import_geodata(page, "households", src))
    assert SENTENCE[lang] in text.splitlines()
    assert vstore.get_village(project, "78551").households == 19501  # both communes counted


def test_boundary_import_box_says_the_merger(qtbot, tmp_path, project, lang):
    from coopnet.ui.map.import_actions import import_geodata

    def square(x):
        ring = [[x, 48.89], [x + 0.02, 48.89], [x + 0.02, 48.91], [x, 48.91], [x, 48.89]]
        return {"type": "Polygon", "coordinates": [ring]}

    src = tmp_path / "communes-78-2018.geojson"
    features = [
        {"type": "Feature", "properties": {"code": code, "nom": name}, "geometry": square(x)}
        for code, name, x in (("78551", "Saint-Germain-en-Laye", 2.06), ("78251", "Fourqueux", 2.08))
    ]
    src.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    page = map_page(qtbot, project)
    text = shown_by(qtbot, lambda: import_geodata(page, "villages", src))
    assert SENTENCE[lang] in text.splitlines()
