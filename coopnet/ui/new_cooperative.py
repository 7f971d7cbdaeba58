"""File ▸ New Cooperative…: search the national commune reference, tick communes, create the file.

The file is made by ``coopnet.io.new_project.create_from_reference``, the code path of
``coopnet new --commune/--department/--postcode``. After creation the window shows the
:class:`DataChecklistDialog`: which layer is there, where to download it, an Import button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopnet.core.communes import CommuneRef
from coopnet.store.project import SUFFIX
from coopnet.translation import catalog, say
from coopnet.ui.i18n import current_language

MAX_SHOWN = 200
SEARCH_DELAY_MS = 150  # search once typing pauses (35 000 names)


def _number(value: int) -> str:
    return catalog(current_language()).number(value)


def _describe(r: CommuneRef) -> str:
    """“Saint-Martin (32) — 32380 · INSEE 32389 · 412 inhabitants”."""
    parts = [" ".join(r.postcodes[:3]) + (" …" if len(r.postcodes) > 3 else "")] if r.postcodes else []
    parts.append(f"INSEE {r.code}")
    if r.population is not None:
        parts.append(
            QCoreApplication.translate("NewCooperativeDialog", "{0} inhabitants").format(
                _number(r.population)
            )
        )
    return f"{r.label} — " + " · ".join(parts)


class NewCooperativeDialog(QDialog):
    """Search (name, postcode or INSEE code; accents and case ignored), tick, choose the file."""

    def __init__(self, parent=None, folder: str | Path | None = None):
        super().__init__(parent)
        from coopnet.io.reference import load_reference

        self.reference = load_reference()
        self.chosen_refs: dict[str, CommuneRef] = {}
        self._folder = (
            Path(folder)
            if folder
            else Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home())
        )
        self._path_edited = False
        self._overwrite = ""
        self.setWindowTitle(self.tr("New cooperative"))
        self.resize(820, 620)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Commune name, postcode or INSEE code — e.g. Thoiry, 78770"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search communes"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.installEventFilter(self)
        self.found_label = QLabel()
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Communes found"))
        self.results.itemChanged.connect(self._ticked)
        self.tick_all = QPushButton(self.tr("Tick &all shown"))
        self.tick_all.clicked.connect(self.tick_all_shown)
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosen")
        self.chosen.setAccessibleName(self.tr("Communes of the cooperative"))
        self.chosen.installEventFilter(self)
        self.chosen_label = QLabel()
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_current)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Fibre des Trois Vallées"))
        self.name.textEdited.connect(lambda _: self._suggest_path())
        self.file = QLineEdit()
        self.file.setObjectName("file")
        self.file.textEdited.connect(self._file_edited)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.ask_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.create_button = self.buttons.addButton(self.tr("C&reate"), QDialogButtonBox.AcceptRole)
        self.create_button.setObjectName("create")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00;")

        grid = QGridLayout()
        left = QVBoxLayout()
        search_label = QLabel(self.tr("&Search communes (name, postcode or INSEE code):"))
        search_label.setBuddy(self.search)
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.found_label)
        left.addWidget(self.results, 1)
        left.addWidget(self.tick_all)
        right = QVBoxLayout()
        right.addWidget(self.chosen_label)
        right.addWidget(self.chosen, 1)
        right.addWidget(remove)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        form = QFormLayout()
        form.addRow(self.tr("Cooperative &name:"), self.name)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        note = QLabel(
            self.tr(
                "Each village gets its official name, INSEE code, postcodes, department and "
                "population from the national commune reference ({0})."
            ).format(self.reference.population_source)
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.search, self.results)
        self._update()

    # -- search and ticks --------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        text = self.search.text()
        found = self.reference.search(text, limit=MAX_SHOWN + 1)
        self.results.blockSignals(True)
        self.results.clear()
        for r in found[:MAX_SHOWN]:
            item = QListWidgetItem(_describe(r), self.results)
            item.setData(Qt.UserRole, r.code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if r.code in self.chosen_refs else Qt.Unchecked)
        self.results.blockSignals(False)
        if self.results.count():
            self.results.setCurrentRow(0)
        if not text.strip():
            self.found_label.setText("")
        elif not found:
            self.found_label.setText(self.tr("No commune matches “{0}”.").format(text.strip()))
        elif len(found) > MAX_SHOWN:
            self.found_label.setText(
                self.tr("The first {0} communes; type more to narrow.").format(MAX_SHOWN)
            )
        else:
            self.found_label.setText(self.tr("Communes found: {0}").format(len(found)))
        merged = self._merged_sentence(text)
        if merged:  # an old code (“78251”) shows today's commune: say why
            self.found_label.setText(merged)

    def _merged_sentence(self, text: str) -> str:
        """“78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019”, in the
        interface's language, when ``text`` is the INSEE code of a commune merged since."""
        from coopnet.core.communes import merger_sentence
        from coopnet.translation import say
        from coopnet.ui.i18n import current_language

        code = text.strip()
        old = self.reference.get(code) if code[:1].isdigit() and len(code) in (4, 5) else None
        if old is None or old.type == "current":
            return ""
        now = self.reference.current_of(old)
        if now is old or now.type != "current":
            return ""
        return say(merger_sentence(old, now), current_language())

    def shown_codes(self) -> list[str]:
        return [self.results.item(i).data(Qt.UserRole) for i in range(self.results.count())]

    def _ticked(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            ref = self.reference.get(code)
            if ref is not None:
                self.chosen_refs.setdefault(code, ref)
        else:
            self.chosen_refs.pop(code, None)
        self._update()

    def tick(self, code: str, on: bool = True) -> None:
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.data(Qt.UserRole) == code:
                item.setCheckState(Qt.Checked if on else Qt.Unchecked)
                return
        ref = self.reference.get(code)
        if on and ref is not None and ref.type == "current":
            self.chosen_refs[ref.code] = ref
        elif not on:
            self.chosen_refs.pop(code, None)
        self._update()

    def tick_all_shown(self) -> None:
        for i in range(self.results.count()):
            self.results.item(i).setCheckState(Qt.Checked)

    def remove_current(self) -> None:
        item = self.chosen.currentItem()
        if item is not None:
            self.tick(item.data(Qt.UserRole), False)

    def communes(self) -> list[CommuneRef]:
        return list(self.chosen_refs.values())

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress:
            if (
                obj is self.search
                and self._debounce.isActive()
                and event.key() in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter)
            ):
                self.run_search()
            if obj is self.search and event.key() == Qt.Key_Down and self.results.count():
                self.results.setFocus()
                return True
            if obj is self.search and event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.results.setFocus()  # Enter in the search goes to the list, never creates
                return True
            if obj is self.chosen and event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(obj, event)

    # -- file ----------------------------------------------------------------------------
    def _default_stem(self) -> str:
        name = self.name.text().strip()
        if not name and self.chosen_refs:
            name = next(iter(self.chosen_refs.values())).name
        safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip()
        return safe or self.tr("cooperative")

    def _suggest_path(self) -> None:
        if not self._path_edited:
            self.file.setText(str(self._folder / (self._default_stem() + SUFFIX)))
        self._update()

    def _file_edited(self, _text: str) -> None:
        self._path_edited = True
        self._overwrite = ""
        self._update()

    def ask_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New cooperative file"), self.file.text(), self.tr("coopnet project (*.coopnet)")
        )
        if name:
            if not name.endswith(SUFFIX):
                name += SUFFIX
            self.file.setText(name)
            self._path_edited = True
            self._overwrite = name if Path(name).exists() else ""  # the file dialog asked already
            self._update()

    def path(self) -> Path:
        text = self.file.text().strip()
        path = Path(text).expanduser()
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return path

    def overwrite(self) -> bool:
        return bool(self._overwrite) and str(self.path()) == self._overwrite

    def project_name(self) -> str | None:
        return self.name.text().strip() or None

    def problem_text(self) -> str:
        if not self.chosen_refs:
            return self.tr("Tick at least one commune.")
        if not self.file.text().strip():
            return self.tr("Choose the file of the new cooperative.")
        path = self.path()
        if not path.parent.is_dir():
            return self.tr("{0}: no such folder.").format(path.parent)
        if path.exists() and not self.overwrite():
            return self.tr(
                "{0} already exists: choose another name (or pick it with Choose… to replace it)."
            ).format(path.name)
        return ""

    def _update(self) -> None:
        if (
            not self._path_edited
            and (self.chosen_refs or self.name.text())
            and self.file.text() != str(self._folder / (self._default_stem() + SUFFIX))
        ):
            self.file.setText(str(self._folder / (self._default_stem() + SUFFIX)))
        self.chosen.clear()
        for r in sorted(self.chosen_refs.values(), key=lambda r: (r.name, r.department)):
            item = QListWidgetItem(f"{r.label} — {r.code}", self.chosen)
            item.setData(Qt.UserRole, r.code)
        n = len(self.chosen_refs)
        people = sum(r.population or 0 for r in self.chosen_refs.values())
        self.chosen_label.setText(
            self.tr("Communes of the cooperative: {0}").format(n)
            + (self.tr(", {0} inhabitants").format(_number(people)) if people else "")
        )
        problem = self.problem_text()
        self.problem.setText(problem if (n or self.file.text()) else "")
        self.create_button.setEnabled(not problem)

    def accept(self) -> None:
        if self.problem_text():
            self.problem.setText(self.problem_text())
            return
        super().accept()


def create_in_background(window, dialog: NewCooperativeDialog, on_created) -> None:
    """Create the file with the shared code path, in the pool, then ``on_created(path)``."""
    from coopnet.io.new_project import create_from_reference
    from coopnet.ui.progress import run_with_progress

    path, communes = dialog.path(), dialog.communes()
    name, overwrite = dialog.project_name(), dialog.overwrite()

    def work(report):
        report(
            0,
            0,
            QCoreApplication.translate("NewCooperativeDialog", "Creating {0} with {1} communes…").format(
                path.name, len(communes)
            ),
        )
        create_from_reference(path, communes, name=name, overwrite=overwrite).close()
        return path

    def failed(message: str) -> None:
        window.show_error(say(message, current_language()))

    run_with_progress(
        window,
        window.context.pool,
        QCoreApplication.translate("NewCooperativeDialog", "New cooperative"),
        work,
        on_done=on_created,
        on_error=failed,
    )


# -- the data checklist -------------------------------------------------------------------------
STATE_MARKS = {"done": "✔", "partial": "◐", "missing": "○"}


class DataChecklistDialog(QDialog):
    """The five layers of a cooperative: state, where to download, Import button."""

    importRequested = Signal(str)

    def __init__(self, items: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data checklist"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What this cooperative holds, and where to find the rest. Each file comes "
                "from a public source: download it, then press Import."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.import_buttons: dict[str, QPushButton] = {}
        self.items: list[dict] = []
        self.set_items(items)

    def set_items(self, items: list[dict]) -> None:
        lang = current_language()
        self.items = items
        while self.body_layout.count():
            widget = self.body_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.import_buttons = {}
        for item in items:
            frame = QFrame()
            frame.setObjectName(f"checklist_{item['key']}")
            frame.setFrameShape(QFrame.StyledPanel)
            grid = QGridLayout(frame)
            state = {
                "done": self.tr("done"),
                "partial": self.tr("partly done"),
                "missing": self.tr("missing"),
            }[item["state"]]
            colour = {"done": "#1a7f37", "partial": "#9a6700", "missing": "#b42318"}[item["state"]]
            heading = "<b>{} {}</b> — {} — <span style='color:{}'>{}</span>".format(
                STATE_MARKS[item["state"]], say(item["title"], lang), say(item["detail"], lang), colour, state
            )
            title = QLabel(heading)
            grid.addWidget(title, 0, 0)
            where = say(item["where"], lang)
            if item.get("url"):
                where += f' — <a href="{item["url"]}">{item["url"]}</a>'
            where_label = QLabel(self.tr("Where: {0}").format(where))
            where_label.setWordWrap(True)
            where_label.setOpenExternalLinks(True)
            where_label.setTextInteractionFlags(Qt.TextBrowserInteraction)
            grid.addWidget(where_label, 1, 0)
            button = QPushButton(
                self.tr("Import…") if item["state"] == "missing" else self.tr("Import again…")
            )
            button.setObjectName(f"import_{item['key']}")
            button.setAccessibleName(self.tr("Import {0}").format(say(item["title"], lang)))
            button.clicked.connect(lambda _=False, k=item["key"]: self.importRequested.emit(k))
            grid.addWidget(button, 0, 1, 2, 1)
            command = QLabel(self.tr("Command line: {0}").format(item["command"]))
            command.setTextInteractionFlags(Qt.TextSelectableByMouse)
            command.setStyleSheet("color: #555;")
            grid.addWidget(command, 2, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            self.body_layout.addWidget(frame)
            self.import_buttons[item["key"]] = button

    def state(self, key: str) -> str:
        return next(i["state"] for i in self.items if i["key"] == key)
