"""The Map page: the cooperative's map, a village summary, exports for presentation."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QTemporaryDir, QTimer, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from coopnet.errors import CoopnetError
from coopnet.store import settings as project_settings
from coopnet.ui.page import Page
from coopnet.ui.i18n import error_text

log = logging.getLogger(__name__)
REFRESH_DELAY_MS = 600  # several changes in a row → one rebuild
# Changes the map shows only through its commune colours, labels and legend: recoloured in
# place. A new page is drawn by a child process beside the old one (~200 MB for a few seconds
# at department scale), which would take the app over its memory target on every pledge.
IN_PLACE = {"pledges", "doors"}


class MapPage(Page):
    page_id = "map"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.project = None
        self.summaries: dict[str, dict] = {}
        self.selected: str | None = None
        self._task = None  # the MapBuild (a child process) drawing the map now
        self._rebuild_again = False
        self._tmp = QTemporaryDir()
        self._counter = itertools.count(1)
        self.builds = 0  # finished builds (tests wait on it)

        # The web view (QtWebEngine: ~65 MB here, ~190 MB in its processes) is made when the page is
        # first shown; the map is drawn only while the page is seen.
        self.view = None
        self._placeholder = QLabel(self.tr("Drawing the map…"))
        self._placeholder.setAlignment(Qt.AlignCenter)
        self._map_dirty = False
        self._pending: set[str] = set()  # domains changed since the map was drawn or recoloured
        self._new_page = True
        self.recolours = 0  # maps recoloured in place (tests wait on it)
        panel = QFrame(self)
        panel.setFrameShape(QFrame.StyledPanel)
        panel.setFixedWidth(300)
        side = QVBoxLayout(panel)
        self.heading = QLabel(self.tr("Click a commune on the map"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        side.addWidget(self.heading)
        self.details = QFormLayout()
        side.addLayout(self.details)
        side.addSpacing(12)
        self.names_box = QCheckBox(self.tr("Show pledgers' names on the map"))
        self.names_box.setToolTip(self.tr("Personal data: leave off when the screen is shared"))
        self.names_box.toggled.connect(lambda _: self.rebuild())
        side.addWidget(self.names_box)
        detour_row = QHBoxLayout()
        detour_row.addWidget(QLabel(self.tr("Detour factor")))
        self.detour = QDoubleSpinBox()
        detour = project_settings.setting("detour_factor")
        self.detour.setRange(detour.low, detour.high)
        self.detour.setSingleStep(0.05)
        self.detour.setDecimals(2)
        self.detour.setToolTip(self.tr("Estimated route = straight line × this factor"))
        detour_row.addWidget(self.detour)
        self.detour_apply = QPushButton(self.tr("Apply"))
        self.detour_apply.clicked.connect(self._apply_detour)
        detour_row.addWidget(self.detour_apply)
        side.addLayout(detour_row)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        side.addWidget(self.total_label)
        # What a partial project's map lacks, and how to add it (core/missing.py).
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.PlainText)
        self.notes_label.setStyleSheet("color: #7a4b00;")
        self.notes_label.hide()
        side.addWidget(self.notes_label)
        side.addStretch(1)
        self.export_button = QPushButton(self.tr("Export for presentation…"))
        self.export_button.clicked.connect(self.export_dialog)
        side.addWidget(self.export_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        side.addWidget(self.progress)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._placeholder, 1)
        layout.addWidget(panel)
        self._layout = layout

        self.export_action = QAction(self.tr("Export the map for presentation…"), self)
        self.export_action.triggered.connect(self.export_dialog)
        self.import_actions = []
        for kind, text in (
            ("villages", self.tr("Import commune boundaries (ADMIN EXPRESS, GPKG, SHP)…")),
            ("backbone", self.tr("Import backbone lines…")),
            ("pops", self.tr("Import points of presence…")),
            ("households", self.tr("Import INSEE census households…")),
        ):
            action = QAction(text, self)
            action.setObjectName(f"import_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self._import(k))
            self.import_actions.append(action)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self._refresh)
        context.dataChanged.connect(self._data_changed)
        context.villageSelected.connect(self.show_village)
        self.set_project(context.project)

    def title(self) -> str:
        return self.tr("Map")

    def ensure_view(self):
        """The web view, created on first use."""
        if self.view is None:
            from coopnet.ui.map.view import MapView

            self.view = MapView(self)
            self.view.villageClicked.connect(self.context.villageSelected)
            self.view.mapReady.connect(self._map_ready)
            self.view.redrawWanted.connect(self.rebuild)
            self._layout.replaceWidget(self._placeholder, self.view)
            self._placeholder.hide()
            if self.project is not None:
                self.view.set_basemap(project_settings.get(self.project, "basemap_url"))
        return self.view

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_view()
        if self._map_dirty and self.project is not None:
            self._refresh()

    def file_menu_actions(self) -> list:
        return [*self.import_actions, self.export_action]

    # -- project and data --------------------------------------------------------
    def set_project(self, project) -> None:
        self._stop_build()
        self._pending = set()
        self._new_page = True  # the page on show, if any, is another project's: never recolour it
        self.project = project
        self.selected = None
        enabled = project is not None
        for w in (
            self.export_button,
            self.export_action,
            self.detour,
            self.detour_apply,
            self.names_box,
            *self.import_actions,
        ):
            w.setEnabled(enabled)
        self._clear_details()
        self.summaries = {}
        self.update_notes()
        if project is None:
            self._map_dirty = False
            if self.view is not None:
                self.view.setHtml("<html><body></body></html>")
            return
        self.detour.setValue(project_settings.get(project, "detour_factor"))
        if self.view is not None:
            self.view.set_basemap(project_settings.get(project, "basemap_url"))
        self._map_dirty = True
        if self.seen():
            self.rebuild()

    def _data_changed(self, domain: str) -> None:
        if self.project is not None:
            self._pending.add(domain)
            self._map_dirty = True
            if self.seen():
                self._debounce.start()

    def _refresh(self) -> None:
        """Bring the map up to date: in place when only pledges or doors changed, else anew."""
        self.update_notes()
        if (
            self.builds
            and not self._new_page
            and self._pending
            and self._pending <= IN_PLACE
            and self._task is None
            and self.view is not None
            and self.seen()
        ):
            self._recolour()
        else:
            self.rebuild()

    def _recolour(self) -> None:
        from coopnet.geo.take_up import take_up_update, village_take_up
        from coopnet.ui.i18n import current_language

        self._map_dirty = False
        self._pending = set()
        project = self.project

        def with_progress(progress) -> None:
            if self.project is not project or self.view is None:
                return
            lang = current_language()
            take = village_take_up(project, lang, progress=progress)

            def done(ok: bool) -> None:
                if self.project is not project:
                    return
                if not ok:  # no map yet, or a point layer on show that would now be stale
                    self.rebuild()
                    return
                for insee, row in take.items():
                    if insee in self.summaries:
                        self.summaries[insee].update(row)
                self.recolours += 1
                if self.selected:  # out of the page's JavaScript callback before touching widgets
                    QTimer.singleShot(0, self, lambda: self.selected and self.show_village(self.selected))

            self.view.update_take_up(take_up_update(take, lang), done)

        self.context.figures.request("progress", with_progress)

    def rebuild(self) -> None:
        """Draw the map page in a child process, then load it (the view keeps its zoom)."""
        if self.project is None:
            return
        if not self.seen():  # drawn when the page is shown again
            self._map_dirty = True
            return
        if self._task is not None:  # one build at a time; redo once it ends
            self._rebuild_again = True
            return
        from coopnet.ui.i18n import current_language
        from coopnet.ui.map.build_process import MapBuild

        options = {"bridge": True, "show_names": self.names_box.isChecked(), "lang": current_language()}
        path = Path(self._tmp.path()) / f"map-{next(self._counter)}.html"
        self._map_dirty = False
        self._pending = set()
        self._new_page = False
        self._task = task = MapBuild(self.project.path, path, options, self)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._built)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._task_done)
        self.progress.setFormat(self.tr("Drawing the map… %p%"))
        self.progress.show()
        task.start()

    def closeEvent(self, event) -> None:
        self._stop_build()  # its page would arrive for a closed view
        super().closeEvent(event)

    def _stop_build(self) -> None:
        """Drop a build of the previous project (its page would be stale)."""
        if self._task is not None:
            task, self._task = self._task, None
            for signal in (
                task.signals.progress,
                task.signals.finished,
                task.signals.failed,
                task.signals.cancelled,
            ):  # QObject.disconnect() needs arguments in PySide6
                signal.disconnect()
            task.cancel()
            task.wait(5000)
            task.deleteLater()
            self._rebuild_again = False
            self.progress.hide()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _built(self, result) -> None:
        path, summaries = result
        self.summaries = summaries
        self._task_done()
        self.ensure_view().show_file(path)
        total = sum(s.get("link_km") or 0 for s in summaries.values())
        from coopnet.ui.i18n import format_number

        self.update_notes()
        self.total_label.setText(
            self.tr("Links to PoPs: %s km in all (estimated routes)") % format_number(total, 1)
            if total
            else ""
        )
        if self.selected:
            self.show_village(self.selected)

    def update_notes(self) -> None:
        """One line per layer the map lacks (no backbone yet…), with the menu that adds it."""
        self.notes = []
        if self.project is not None:
            from coopnet.core.missing import map_gaps
            from coopnet.store.partial import layer_counts
            from coopnet.translation import say
            from coopnet.ui.i18n import current_language

            blocking, notes = map_gaps(layer_counts(self.project), ui=True)
            lang = current_language()
            self.notes = [say(n, lang) for n in ([blocking] if blocking else notes)]
        self.notes_label.setText("\n\n".join(self.notes))
        self.notes_label.setVisible(bool(self.notes))

    def _failed(self, message: str, details: str) -> None:
        self._new_page = True  # the page on show was not replaced: draw anew next time
        self._task_done()
        log.warning("map build failed: %s\n%s", message, details)
        self.context.statusMessage.emit(self.tr("The map could not be drawn: %s") % message)

    def _task_done(self) -> None:
        if self._task is not None:
            self._task.deleteLater()  # its process has ended
        self._task = None
        self.progress.hide()
        if self._rebuild_again:
            self._rebuild_again = False
            self.rebuild()

    def _map_ready(self) -> None:
        self.builds += 1
        if self.selected:
            self.view.highlight(self.selected)

    # -- selection -----------------------------------------------------------------
    def _clear_details(self) -> None:
        # takeRow + deleteLater, not removeRow: removeRow deletes the labels at once, and a
        # redraw arriving from the drawing process or the page's JavaScript could find them
        # gone underneath (a crash seen once in a few runs of the map tests).
        while self.details.rowCount():
            row = self.details.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self._detail_labels = []
        self.heading.setText(self.tr("Click a commune on the map"))

    def show_village(self, insee: str) -> None:
        from coopnet.ui.map.summary import summary_lines

        self.selected = insee
        s = self.summaries.get(insee)
        self._clear_details()
        if s is None:
            return
        self.heading.setText(s["name"])
        for label, value in summary_lines(insee, s):
            name_label, value_label = QLabel(label), QLabel(value)
            value_label.setTextFormat(Qt.PlainText)  # names are user data: never rich text
            self.details.addRow(name_label, value_label)
            self._detail_labels += [name_label, value_label]  # Python keeps them until cleared
        if self.view is not None:
            self.view.highlight(insee)

    # -- actions -------------------------------------------------------------------
    def _apply_detour(self) -> None:
        try:
            project_settings.set_value(
                self.project,
                "detour_factor",
                round(self.detour.value(), 2),
                project_settings.MAP_PAGE,
                who=self.context.settings.volunteer_name or None,
            )
        except CoopnetError as exc:
            QMessageBox.warning(self, self.tr("Detour factor"), error_text(exc))
            return
        self.context.notify("geo")

    def _import(self, kind: str) -> None:
        from coopnet.ui.map.import_actions import import_geodata

        import_geodata(self, kind)

    def export_dialog(self) -> None:
        if self.project is None:
            return
        from coopnet.ui.map.export_dialog import ExportDialog

        dialog = ExportDialog(self.project, self, village=self.selected)
        if dialog.exec() and dialog.written:
            self.context.statusMessage.emit(self.tr("Map written to %s") % dialog.written)
