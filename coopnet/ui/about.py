"""About dialog: version and the licences of the bundled components."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from coopnet import __version__

COMPONENTS = (
    # (distribution, what, licence)
    ("PySide6", "Qt for Python", "LGPL-3.0"),
    ("geopandas", "geographic data frames", "BSD-3-Clause"),
    ("shapely", "geometry", "BSD-3-Clause"),
    ("pyproj", "projections (PROJ)", "MIT"),
    ("pyogrio", "GDAL file access", "MIT"),
    ("folium", "Leaflet maps from Python", "MIT"),
    ("XStatic-Leaflet", "Leaflet web map library", "BSD-2-Clause"),
    ("XStatic-Leaflet-MarkerCluster", "Leaflet.markercluster", "MIT"),
    ("openpyxl", "Excel workbooks", "MIT"),
    ("sqlite-utils", "SQLite helpers", "Apache-2.0"),
)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


def about_html(tr=lambda s: s) -> str:
    rows = "".join(f"<tr><td>{name}</td><td>{_version(name)}</td><td>{what}</td><td>{lic}</td></tr>"
                   for name, what, lic in COMPONENTS)
    return (
        f"<h2>coopnet {__version__}</h2>"
        f"<p>{tr('Offline tools for rural broadband cooperatives: doors and pledges, maps for council meetings, cost and traffic models for the board.')}</p>"
        f"<p>Qt {qVersion()} — {tr('Licence: GPL-3.0-or-later')}</p>"
        f"<h3>{tr('Bundled components')}</h3>"
        f"<table cellpadding='3'><tr><th align='left'>{tr('Component')}</th><th align='left'>{tr('Version')}</th>"
        f"<th align='left'>{tr('Purpose')}</th><th align='left'>{tr('Licence')}</th></tr>{rows}</table>"
        f"<p>{tr('Sample data: populations from INSEE via Wikipedia; boundaries, addresses, backbone and points of presence of the sample are approximate or illustrative.')}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About coopnet"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(about_html(self.tr))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 520)
