"""File ▸ Import actions of the Map page: communes, backbone, PoPs, census households.

Each runs in a worker (ui/tasks.py) behind a progress dialog with Cancel.

When a communes file has no recognised INSEE code / name fields, the user picks them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from coopnet.ui.i18n import current_language

GIS_FILTER = "GIS files (*.gpkg *.shp *.geojson *.json);;All files (*)"


class _NeedFields:
    """What the worker returns when the user must say which fields hold the code and the name."""

    def __init__(self, fields: list[str]):
        self.fields = fields


def import_geodata(page, kind: str, path: str | Path | None = None) -> None:
    """Ask for a file, import it in a worker (progress, Cancel), tell the app the geography changed."""
    project = page.project
    if project is None:
        return
    if path is None:
        filters = {
            "households": "INSEE files (*.csv *.xlsx);;All files (*)",
            "pops": "GIS or CSV files (*.gpkg *.shp *.geojson *.json *.csv);;All files (*)",
        }
        name, _ = QFileDialog.getOpenFileName(
            page, QCoreApplication.translate("MapImport", "Import"), "", filters.get(kind, GIS_FILTER)
        )
        if not name:
            return
        path = name
    _start(page, kind, Path(path))


def _start(page, kind: str, path: Path, code_field: str | None = None, name_field: str | None = None) -> None:
    from coopnet.ui.tasks import run_with_progress

    project_path, lang = page.project.path, current_language()
    title = QCoreApplication.translate("MapImport", "Import")

    def work(report):
        # Reading, reprojecting and checking a department's communes takes seconds: in a worker,
        # writing through its own connection (one transaction; Cancel rolls it back).
        from coopnet.io import geodata, households
        from coopnet.store.project import Project

        project = Project.open(project_path)
        try:
            if kind == "villages":
                try:
                    result = geodata.import_villages(
                        project, path, path.name, code_field=code_field, name_field=name_field, report=report
                    )
                except geodata.FieldsUnknown as exc:  # typed: no message text searched
                    if code_field is not None:
                        raise
                    return _NeedFields(exc.fields)
                return result.lines(path.name, lang)
            if kind == "backbone":
                return geodata.import_backbone(project, path, path.name, report=report).lines(path.name, lang)
            if kind == "pops":
                return geodata.import_pops(project, path, path.name, report=report).lines(path.name, lang)
            from coopnet.translation import say

            r = households.import_households(project, path, path.name)
            return [
                QCoreApplication.translate("MapImport", "%s: census %s (%s), villages updated: %s")
                % (path.name, r.year, r.column, r.updated)
            ] + [say(sentence, lang) for sentence in dict.fromkeys(r.merged)]  # old codes, in words
        finally:
            project.close()

    def done(lines) -> None:
        if isinstance(lines, _NeedFields):
            code, ok = QInputDialog.getItem(
                page,
                QCoreApplication.translate("MapImport", "INSEE code"),
                QCoreApplication.translate("MapImport", "Which field holds the INSEE code?"),
                lines.fields,
                0,
                False,
            )
            if not ok:
                return
            name, ok = QInputDialog.getItem(
                page,
                QCoreApplication.translate("MapImport", "Commune name"),
                QCoreApplication.translate("MapImport", "Which field holds the commune name?"),
                lines.fields,
                0,
                False,
            )
            if ok:
                _start(page, kind, path, code, name)
            return
        page.context.notify("villages" if kind in ("villages", "households") else "geo")
        page.last_import = lines
        QMessageBox.information(page, title, "\n".join(lines))

    def failed(message: str) -> None:
        page.last_import = [message]
        QMessageBox.warning(page, title, message)

    run_with_progress(
        page,
        page.context.pool,
        QCoreApplication.translate("MapImport", "Importing %s…") % path.name,
        work,
        done,
        failed,
        serial=True,
    )
