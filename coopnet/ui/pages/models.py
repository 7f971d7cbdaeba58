"""The Models page (filled in by the Models issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from coopnet.ui.pages.base import Page


class ModelsPage(Page):
    page_id = "models"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The Models page is coming in a later version."))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Models")
