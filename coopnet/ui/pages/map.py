"""The Map page (filled in by the Map issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from coopnet.ui.pages.base import Page


class MapPage(Page):
    page_id = "map"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Map page is coming in a later version."))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Map")
