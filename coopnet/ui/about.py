"""About dialog: version and the licences of the bundled components."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from coopnet import __version__

COMPONENTS = (
    # (distribution, what, licence)
    ("PySide6", QT_TRANSLATE_NOOP("About", "Qt for Python"), "LGPL-3.0"),
    ("geopandas", QT_TRANSLATE_NOOP("About", "geographic data frames"), "BSD-3-Clause"),
    ("shapely", QT_TRANSLATE_NOOP("About", "geometry"), "BSD-3-Clause"),
    ("pyproj", QT_TRANSLATE_NOOP("About", "projections (PROJ)"), "MIT"),
    ("pyogrio", QT_TRANSLATE_NOOP("About", "GDAL file access"), "MIT"),
    ("folium", QT_TRANSLATE_NOOP("About", "Leaflet maps from Python"), "MIT"),
    ("XStatic-Leaflet", QT_TRANSLATE_NOOP("About", "Leaflet web map library"), "BSD-2-Clause"),
    ("XStatic-Leaflet-MarkerCluster", "Leaflet.markercluster", "MIT"),
    ("openpyxl", QT_TRANSLATE_NOOP("About", "Excel workbooks"), "MIT"),
    ("XlsxWriter", QT_TRANSLATE_NOOP("About", "workbooks saved with their computed values"), "BSD-2-Clause"),
    ("sqlite-utils", QT_TRANSLATE_NOOP("About", "SQLite helpers"), "Apache-2.0"),
)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_html() -> str:
    # Literal translate() calls (not inside f-strings) so that lupdate extracts them.
    intro = QCoreApplication.translate(
        "About",
        "Offline tools for rural broadband cooperatives: doors and "
        "pledges, maps for council meetings, cost and traffic "
        "models for the board.",
    )
    licence = QCoreApplication.translate("About", "Licence: GPL-3.0-or-later")
    bundled = QCoreApplication.translate("About", "Bundled components")
    heads = (
        QCoreApplication.translate("About", "Component"),
        QCoreApplication.translate("About", "Version"),
        QCoreApplication.translate("About", "Purpose"),
        QCoreApplication.translate("About", "Licence"),
    )
    sample = QCoreApplication.translate(
        "About",
        "Sample data: populations from INSEE (legal populations); "
        "commune boundaries from IGN ADMIN EXPRESS via "
        "france-geojson (Licence Ouverte); addresses, backbone and "
        "points of presence of the sample are synthetic or "
        "illustrative.",
    )
    rows = "".join(
        f"<tr><td>{name}</td><td>{_version(name)}</td><td>{_tr(what)}</td><td>{lic}</td></tr>"
        for name, what, lic in COMPONENTS
    )
    head = "".join(f"<th align='left'>{h}</th>" for h in heads)
    return (
        f"<h2>coopnet {__version__}</h2>"
        f"<p>{intro}</p>"
        f"<p>Qt {qVersion()} — {licence}</p>"
        f"<h3>{bundled}</h3>"
        f"<table cellpadding='3'><tr>{head}</tr>{rows}</table>"
        f"<p>{sample}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About coopnet"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(about_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 520)
