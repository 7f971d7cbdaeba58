"""File ▸ Import actions of the Map page: communes, backbone, PoPs, census households.

When a communes file has no recognised INSEE code / name fields, the user picks them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from coopnet.errors import CoopnetError
from coopnet.ui.i18n import current_language

GIS_FILTER = "GIS files (*.gpkg *.shp *.geojson *.json);;All files (*)"


def import_geodata(page, kind: str) -> None:
    """Ask for a file, import it, tell the app the geography changed."""
    from coopnet.io import geodata, households
    project = page.project
    if project is None:
        return
    filters = {"households": "INSEE files (*.csv *.xlsx);;All files (*)",
               "pops": "GIS or CSV files (*.gpkg *.shp *.geojson *.json *.csv);;All files (*)"}
    name, _ = QFileDialog.getOpenFileName(page, QCoreApplication.translate("MapImport", "Import"), "", filters.get(kind, GIS_FILTER))
    if not name:
        return
    path = Path(name)
    try:
        if kind == "villages":
            code_field = name_field = None
            try:
                result = geodata.import_villages(project, path, path.name)
            except geodata.FieldsUnknown as exc:
                fields = exc.fields
                code_field, ok = QInputDialog.getItem(page, QCoreApplication.translate("MapImport", "INSEE code"),
                                                      QCoreApplication.translate("MapImport", "Which field holds the INSEE code?"),
                                                      fields, 0, False)
                if not ok:
                    return
                name_field, ok = QInputDialog.getItem(page, QCoreApplication.translate("MapImport", "Commune name"),
                                                      QCoreApplication.translate("MapImport", "Which field holds the commune name?"),
                                                      fields, 0, False)
                if not ok:
                    return
                result = geodata.import_villages(project, path, path.name, code_field=code_field,
                                                 name_field=name_field)
            lines = result.lines(path.name, current_language())
        elif kind == "backbone":
            lines = geodata.import_backbone(project, path, path.name).lines(path.name, current_language())
        elif kind == "pops":
            lines = geodata.import_pops(project, path, path.name).lines(path.name, current_language())
        else:
            r = households.import_households(project, path, path.name)
            lines = [QCoreApplication.translate("MapImport", "%s: census %s (%s), villages updated: %s")
                     % (path.name, r.year, r.column, r.updated)]
    except CoopnetError as exc:
        QMessageBox.warning(page, QCoreApplication.translate("MapImport", "Import"), str(exc))
        return
    page.context.notify("villages" if kind in ("villages", "households") else "geo")
    QMessageBox.information(page, QCoreApplication.translate("MapImport", "Import"), "\n".join(lines))
