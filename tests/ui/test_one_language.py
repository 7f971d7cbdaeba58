"""Every page and dialog shows one language at a time (issue 14 §2): no French number format or
French word of the catalogue in English, and the reverse in French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.one_language import data_words, slips


def texts_of(root: QWidget) -> list[str]:
    """Every text a person can read in ``root``: labels, buttons, tabs, fields, lists, table cells."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        elif hasattr(w, "drawn_texts"):  # a chart: what its last paint wrote (axes, labels, title)
            w.grab()
            out += [text for text, *_ in w.drawn_texts]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            out += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(columns)]
            for r in range(min(model.rowCount(QModelIndex()), 40)):
                out += [str(model.index(r, c).data() or "") for c in range(columns)]
    out += [a.text() for a in root.findChildren(QAction)]
    return [t for t in out if t]


@pytest.fixture
def interface(qapp):
    from coopnet.ui.i18n import install_translators

    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def window_texts(qtbot, path) -> dict[str, list[str]]:
    """Each page (every tab of it shown once) and the dialogs a person opens, by name."""
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow
    from coopnet.ui.settings_dialog import SettingsDialog
    from coopnet.ui.shortcuts import ShortcutsDialog

    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    try:
        assert w.open_project(path)
        out = {}
        for i, page in enumerate(w.pages):
            w.nav.setCurrentRow(i)
            qtbot.wait(50)
            texts = []
            if page.page_id == "models":  # the tornado's bars: computed on demand
                page.compute_slow()
            for tabs in page.findChildren(QTabWidget):
                for t in range(tabs.count()):
                    tabs.setCurrentIndex(t)
                    qtbot.wait(20)
                    texts += texts_of(tabs.widget(t))  # charts paint what they show when shown
            texts += texts_of(page)
            out[page.title()] = texts
        out["menus"] = [a.text() for a in w.menuBar().actions()] + texts_of(w.menuBar())
        for name, dialog in (("shortcuts", ShortcutsDialog(w)), ("settings", SettingsDialog(w.context, w))):
            qtbot.addWidget(dialog)
            out[name] = texts_of(dialog)
        from coopnet.store.doors import list_doors
        from coopnet.ui.members.pledge_form import PledgeDialog

        door = list_doors(w.context.project, "78616")[0]
        form = PledgeDialog(w.context.project, "78616", door=door, volunteer="Anne")
        qtbot.addWidget(form)
        out["pledge form"] = texts_of(form)
        return out
    finally:
        w.close_project()


def _check(found: dict[str, list[str]], lang: str, path) -> None:
    allowed = data_words(path)
    problems = [f"{where}: {p}" for where, texts in found.items() for p in slips(texts, lang, allowed)]
    assert not problems, "\n".join(problems)


def test_every_page_in_english_has_no_french(qtbot, interface, sample_project_path):
    interface("en")
    found = window_texts(qtbot, sample_project_path)
    assert any("Keyboard shortcuts" in t for t in found["shortcuts"])
    _check(found, "en", sample_project_path)


def test_every_page_in_french_has_no_english(qtbot, interface, sample_project_path):
    interface("fr")
    found = window_texts(qtbot, sample_project_path)
    assert any("Marquer la porte" in t for t in found["shortcuts"])
    assert any("Entrée" == t for t in found["shortcuts"])
    _check(found, "fr", sample_project_path)
