"""State shared by the main window and its pages: the open project and its signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coopnet.store.project import Project
from coopnet.ui.figures import ProjectFigures
from coopnet.ui.settings import Settings


class AppContext(QObject):
    """Pages never talk to each other directly; they listen here.

    ``dataChanged(domain)``: "villages", "doors", "pledges", "scenarios", "geo", "all".
    ``figures``: the figures several pages show (ui/figures.py), forgotten on each change.
    """

    projectChanged = Signal(object)  # Project | None
    dataChanged = Signal(str)
    villageSelected = Signal(str)  # INSEE code
    statusMessage = Signal(str)

    def __init__(self, settings: Settings | None = None, pool=None, parent=None):
        super().__init__(parent)
        self.settings = settings or Settings()
        # Where ``ui.tasks.run_task`` runs the pages' work; injectable so tests run it at once.
        from coopnet.ui.tasks import default_pool

        self.pool = pool or default_pool()
        self.project: Project | None = None
        # Edits of the open project (ui/undo.py); emptied when another project opens.
        self.undo_stack = QUndoStack(self)
        self.figures = ProjectFigures(self)

    def set_project(self, project: Project | None) -> None:
        self.undo_stack.clear()
        self.project = project
        self.figures.set_project(project)
        self.projectChanged.emit(project)

    def notify(self, domain: str) -> None:
        self.figures.invalidate(domain)  # before any page asks again
        self.dataChanged.emit(domain)
