"""File ▸ Import communes with unusual field names: the app asks which field is which (issue 13:
decided by a typed error, `geodata.FieldsUnknown`, not by looking for "--code-field" in a message)."""

from __future__ import annotations

import geopandas as gpd
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from coopnet.store import villages as vstore
from coopnet.store.project import Project
from coopnet.ui.map.import_actions import import_geodata
from tests.conftest import SAMPLE_DIR, SyncPool


class _Context:
    def __init__(self):
        self.notified = []
        self.pool = SyncPool()  # the import's worker runs at once, on this thread

    def notify(self, domain):
        self.notified.append(domain)


def test_communes_with_unknown_fields_are_imported_after_asking(qtbot, tmp_path, monkeypatch):
    gdf = gpd.read_file(SAMPLE_DIR / "boundaries.geojson")
    path = tmp_path / "communes.geojson"
    gdf.rename(columns={"insee": "CODE", "name": "LIBELLE"})[["CODE", "LIBELLE", "geometry"]].to_file(
        path, driver="GeoJSON"
    )
    asked, shown = [], []
    answers = iter(["CODE", "LIBELLE"])

    def get_item(parent, title, label, items, current=0, editable=True):
        asked.append((label, list(items)))
        return next(answers), True

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(("warning", text)))
    page = QWidget()
    qtbot.addWidget(page)
    with Project.create(tmp_path / "p.coopnet") as project:
        page.project, page.context = project, _Context()
        import_geodata(page, "villages")
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
        assert [label for label, _ in asked] == [
            "Which field holds the INSEE code?",
            "Which field holds the commune name?",
        ]
        assert asked[0][1] == ["CODE", "LIBELLE"]
        assert [kind for kind, _ in shown] == ["info"], shown
        assert {v.insee for v in vstore.list_villages(project)} == set(gdf["insee"])
        assert page.context.notified == ["villages"]
