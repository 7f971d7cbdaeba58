"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from coopnet.store.project import Project
from coopnet.ui.context import AppContext


class Page(QWidget):
    """A page shows one part of the project. Subclasses set ``page_id`` and
    implement ``title()`` and ``set_project``; they react to ``context.dataChanged``."""

    page_id = "page"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        context.projectChanged.connect(self.set_project)

    def title(self) -> str:
        raise NotImplementedError

    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (None: no project open)."""

    def seen(self) -> bool:
        """Shown now, or the page its window will show first (a window not shown yet).

        Pages compute their figures only when seen, else on their next ``showEvent``."""
        if self.isVisible():
            return True
        stack = self.parentWidget()
        return (
            isinstance(stack, QStackedWidget)
            and stack.currentWidget() is self
            and not self.window().isVisible()
        )

    def file_menu_actions(self) -> list:
        """QActions this page adds to File ▸ Import/Export (e.g. Import pledges…)."""
        return []
