"""French and English: every UI string is in the .ts, translated, and shown when French is chosen.

The committed Qt Linguist source is resources/translations/coopnet_fr.ts; `make translations-update`
refreshes it from the code and `make translations` builds the .qm the app loads.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "coopnet_fr.ts"
SOURCES = sorted((ROOT / "coopnet").rglob("*.py"))
UI_SOURCES = sorted((ROOT / "coopnet" / "ui").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{\d*\}|%\d+|%[sdp]|%n")


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translations ("" when missing; [] forms when unfinished)."""
    out: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            unfinished = tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            texts = forms or [(tr.text or "") if tr is not None else ""]
            out[(name, message.findtext("source") or "")] = [] if unfinished else texts
    return out


def lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return tool if tool.exists() else Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


# -- what the code asks to translate, read with Python's own parser -------------------------------
def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _TrCalls(ast.NodeVisitor):
    """Translation calls with their runtime context, and the calls lupdate cannot see right."""

    def __init__(self, path: Path):
        self.where = path.relative_to(ROOT).as_posix()
        self.classes: list[str] = []
        self.in_fstring = 0
        self.found: set[tuple[str, str]] = set()
        self.bypasses: list[str] = []
        self.dynamic: list[tuple[str, str]] = []  # (context, where): text only known at run time

    def visit_ClassDef(self, node):
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node):
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def _bypass(self, node, why: str) -> None:
        self.bypasses.append(f"{self.where}:{node.lineno}: {why}")

    def visit_Call(self, node):
        f = node.func
        args = [_literal(a) for a in node.args[:2]]
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        pair = None
        if name == "tr" and isinstance(f, ast.Attribute) and args and args[0] is not None:
            if isinstance(f.value, ast.Name) and f.value.id == "self" and self.classes:
                pair = (self.classes[-1], args[0])
            else:
                self._bypass(
                    node,
                    f"{ast.unparse(f)}({args[0]!r}): the context lupdate records "
                    "is not the class Qt looks up; use QCoreApplication.translate",
                )
        elif name == "tr" and isinstance(f, ast.Name) and args and args[0] is not None:
            self._bypass(node, f"tr({args[0]!r}) passed as a function: lupdate cannot see its context")
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and None not in args:
            pair = (args[0], args[1])
        elif name == "translate" and len(args) == 2 and args[0] is not None:
            self.dynamic.append((args[0], f"{self.where}:{node.lineno}"))
        elif (
            name == "tr"
            and isinstance(f, ast.Attribute)
            and isinstance(f.value, ast.Name)
            and f.value.id == "self"
            and self.classes
            and node.args
            and args[0] is None
        ):
            self.dynamic.append((self.classes[-1], f"{self.where}:{node.lineno}"))
        if pair is not None:
            if self.in_fstring:
                self._bypass(node, f"{pair[1]!r} is translated inside an f-string: lupdate skips it")
            self.found.add(pair)
        self.generic_visit(node)


def code_messages() -> tuple[set[tuple[str, str]], list[str]]:
    found: set[tuple[str, str]] = set()
    bypasses: list[str] = []
    dynamic: list[tuple[str, str]] = []
    for path in SOURCES:
        visitor = _TrCalls(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found |= visitor.found
        bypasses += visitor.bypasses
        dynamic += visitor.dynamic
    # Text translated from a variable is found by lupdate only if listed somewhere in a
    # QT_TRANSLATE_NOOP (coopnet/ui/core_strings.py) or a literal call of the same context.
    known = {context for context, _ in found}
    bypasses += [
        f"{where}: translates a variable in context {context!r}, but no string of that "
        "context is listed for lupdate (add it to tools/ts_fill.py core_string_groups)"
        for context, where in dynamic
        if context not in known
    ]
    return found, bypasses


# -- user-visible literals that never go through tr() ---------------------------------------------
# (call or method name, indexes of the arguments a user reads)
VISIBLE = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "QToolButton": (0,),
    "setWindowTitle": (0,),
    "setText": (0,),
    "setPlaceholderText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setAccessibleName": (0,),
    "showMessage": (0,),
    "addTab": (1,),
    "addRow": (0,),
    "addMenu": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "question": (1, 2),
    "critical": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getText": (1, 2),
    "getInt": (1, 2),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
}
# codes, units, file kinds and words spelt the same in both languages
NOT_WORDS = {
    "coopnet",
    "insee",
    "ban",
    "pop",
    "pops",
    "html",
    "pdf",
    "png",
    "csv",
    "json",
    "xlsx",
    "km",
    "km²",
    "mbps",
    "gbps",
    "ht",
    "ttc",
    "bis",
    "ter",
    "ok",
}


def _words(text: str) -> bool:
    """True when the text holds words a translator must see (not only codes, units, markup)."""
    text = re.sub(r"<[^>]+>|&\w+;|\{[^}]*\}|%\w|\S+@\S+|\S+://\S+", " ", text)  # markup, emails, URLs
    return any(len(w) > 1 and w.lower() not in NOT_WORDS for w in re.findall(r"[^\W\d_]+", text))


def visible_literals(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        for i in VISIBLE.get(name, ()):
            if i >= len(node.args):
                continue
            arg = node.args[i]
            items = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
            for item in items:
                texts = (
                    [_literal(item)]
                    if isinstance(item, ast.Constant)
                    else [_literal(v) for v in item.values]
                    if isinstance(item, ast.JoinedStr)
                    else []
                )
                if any(t and _words(t) for t in texts):
                    out.append(
                        f"{path.relative_to(ROOT).as_posix()}:{node.lineno}: {name}({ast.unparse(item)})"
                    )
    return out


# -- the tests --------------------------------------------------------------------------------------
def test_every_ui_string_is_in_the_ts_file(tmp_path):
    """lupdate over today's code, and our own parse, find nothing the committed .ts lacks."""
    committed = read_ts(TS)
    fresh = tmp_path / "fresh.ts"
    run = subprocess.run(
        [str(lupdate()), "-no-obsolete", "-locations", "none", *map(str, SOURCES), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    from_lupdate = set(read_ts(fresh))
    assert len(from_lupdate) > 200  # the parser really ran over the UI
    from_code, _ = code_messages()
    missing = sorted((from_lupdate | from_code) - set(committed))
    assert not missing, (
        "UI strings not in coopnet_fr.ts (run `make translations-update`, "
        "then translate):\n" + "\n".join(f"  [{c}] {s!r}" for c, s in missing)
    )


def test_every_message_has_a_french_translation():
    todo = [(c, s) for (c, s), texts in read_ts(TS).items() if not texts or not all(t.strip() for t in texts)]
    assert not todo, "French translation missing or unfinished:\n" + "\n".join(
        f"  [{c}] {s!r}" for c, s in todo
    )


def test_placeholders_and_accelerators_survive_translation():
    wrong = []
    for (context, source), texts in read_ts(TS).items():
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"  [{context}] {source!r} -> {text!r}: placeholders differ")
            if source.replace("&&", "").count("&") - source.count("&amp;") != text.replace("&&", "").count(
                "&"
            ) - text.count("&amp;"):
                wrong.append(f"  [{context}] {source!r} -> {text!r}: accelerator (&) lost or added")
    assert not wrong, "\n".join(wrong)


def test_no_ui_text_bypasses_translation():
    """tr() called on another object, passed around as a function or hidden in an f-string, and
    literal text given straight to a widget, never reach the translator."""
    _, bypasses = code_messages()
    for path in UI_SOURCES:
        bypasses += visible_literals(path)
    assert not bypasses, "UI text that bypasses translation:\n" + "\n".join(f"  {b}" for b in bypasses)


@pytest.fixture
def language(qapp):
    from coopnet.ui.i18n import install_translators

    qm = TS.with_suffix(".qm")  # what `make translations` builds; rebuilt here when stale
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        tool = lupdate().with_name(lupdate().name.replace("lupdate", "lrelease"))
        subprocess.run([str(tool), "-silent", str(TS), "-qm", str(qm)], check=True, timeout=120)
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def _main_window(qtbot, sample_project_path):
    from PySide6.QtCore import QThreadPool
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow

    window = MainWindow(AppContext(pool=QThreadPool()))
    qtbot.addWidget(window)
    window.nav.setCurrentRow(
        0
    )  # the Villages page (pages fill when seen; an earlier test may have left another)
    assert window.open_project(sample_project_path)
    return window


def _close(window) -> None:
    from coopnet.ui.tasks import wait_for_tasks

    wait_for_tasks(60_000, [window.context.pool])  # figures, imports, the map's child process
    window.close_project()


def test_french_interface_then_back_to_english(qtbot, language, sample_project_path):
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QDialogButtonBox

    language("fr")
    window = _main_window(qtbot, sample_project_path)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:1] == ["&Fichier"] and "&Aide" in menus
        assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
            "Villages",
            "Adhérents",
            "Carte",
            "Modèles",
        ]
        villages = window.pages[0]
        assert "foyers" in villages.summary.text() and "dorsale" in villages.summary.text()
        model = villages.model
        headers = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
        assert "Code postal" in headers and "Foyers" in headers, headers
        # Qt's own buttons and the number format follow the language too
        box = QDialogButtonBox(QDialogButtonBox.Cancel)
        assert box.button(QDialogButtonBox.Cancel).text() == "Annuler"
        assert QLocale().toString(1234.5, "f", 1).replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"
    finally:
        _close(window)
    language("en")
    window = _main_window(qtbot, sample_project_path)
    try:
        assert [a.text() for a in window.menuBar().actions()][:1] == ["&File"]
        assert window.nav.item(3).text() == "Models"
        assert "households" in window.pages[0].summary.text()
    finally:
        _close(window)


def test_labels_translated_from_constants_are_listed_for_lupdate():
    """Door statuses, column titles, parameter labels… are translated from constants at run time;
    coopnet/ui/core_strings.py must list each one (regenerate: python tools/ts_fill.py core-strings)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import ts_fill
    finally:
        sys.path.pop(0)
    current = (ROOT / "coopnet" / "ui" / "core_strings.py").read_text(encoding="utf-8")
    assert current == ts_fill.core_strings_source(), (
        "coopnet/ui/core_strings.py is out of date: run `python tools/ts_fill.py core-strings`"
    )


def test_amounts_in_the_interface_follow_the_language(language):
    from coopnet.ui.i18n import format_amount, format_number, format_percent

    language("fr")
    assert [format_amount(1234.5), format_number(1234567), format_percent(0.415, 1)] == [
        "1\u202f234,50 €",
        "1\u202f234\u202f567",
        "41,5\u202f%",
    ]
    language("en")
    assert [format_amount(1234.5), format_number(1234567), format_percent(0.415, 1)] == [
        "€1,234.50",
        "1,234,567",
        "41.5%",
    ]
