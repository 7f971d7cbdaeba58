"""Screenshots for the user guide, taken from the real app on the sample cooperative.

    .venv/bin/python docs/guide/make_screenshots.py            # French and English
    .venv/bin/python docs/guide/make_screenshots.py --lang fr  # one language

Runs offscreen with private settings in a temporary folder, builds the sample project through
the real code path, opens the main window at 1280 × 800, visits every page and writes
docs/guide/img/<name>-<lang>.png. Re-run it whenever a page changes so the guide stays true.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="coopnet-guide-"))
# Before Qt starts: headless, no sandbox as root, and settings that are not the user's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")
os.environ["HOME"] = str(TMP / "home")
os.environ["XDG_CONFIG_HOME"] = str(TMP / "home" / ".config")
os.environ["XDG_DATA_HOME"] = str(TMP / "home" / ".local" / "share")

SIZE = (1280, 800)
THOIRY = "78616"
VOLUNTEER = "Claire Martin"


def wait(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(app, condition, timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        app.processEvents()
        time.sleep(0.02)
    return False


class Shooter:
    def __init__(self, app, out: Path, lang: str):
        self.app, self.out, self.lang = app, out, lang
        self.written: list[Path] = []

    def shot(self, widget, name: str, settle: float = 0.4) -> None:
        wait(self.app, settle)
        if hasattr(widget, "statusBar"):
            widget.statusBar().clearMessage()  # "/tmp/coopnet-guide-…/exemple-thoiry.coopnet opened"
            wait(self.app, 0.05)
        path = self.out / f"{name}-{self.lang}.png"
        widget.grab().save(str(path), "PNG")
        self.written.append(path)
        print(f"  {path.relative_to(HERE.parent.parent)}  {widget.width()}×{widget.height()}")


def page(window, page_id: str):
    index = next(i for i, p in enumerate(window.pages) if p.page_id == page_id)
    window.nav.setCurrentRow(index)
    return window.pages[index]


NEW_COOP = ("Fibre du Val de Gally", ("78616", "78062", "78276"))  # Thoiry, Beynes, Gommecourt


def shoot_new_cooperative(app, window, s: Shooter, lang: str) -> None:
    """File ▸ New Cooperative… with three communes ticked and a search for homonyms, then the data
    checklist of the cooperative it creates (through the same code as ``coopnet new``)."""
    from coopnet.io.new_project import create_from_reference
    from coopnet.ui.new_cooperative import NewCooperativeDialog

    (Path(os.environ["HOME"]) / "Documents").mkdir(parents=True, exist_ok=True)  # shown as ~/Documents
    dialog = NewCooperativeDialog(window, folder=Path("~") / "Documents")
    name, codes = NEW_COOP
    for code in codes:
        dialog.tick(code)
    dialog.name.setText(name)
    dialog._suggest_path()
    dialog.search.setText("saint martin")
    dialog.run_search()
    dialog.resize(*SIZE)
    dialog.show()
    s.shot(dialog, "new-cooperative")
    communes = dialog.communes()
    dialog.reject()

    # The checklist names the project in its commands: a short relative path reads best.
    folder = TMP / lang / "new"
    folder.mkdir(parents=True, exist_ok=True)
    os.chdir(folder)
    create_from_reference(Path("coop.coopnet"), communes, name=name).close()
    if not window.open_project("coop.coopnet"):
        raise SystemExit(f"could not open the new cooperative: {window.last_error}")
    window.show_checklist()
    checklist = window.checklist_dialog
    checklist.resize(*SIZE)
    s.shot(checklist, "data-checklist")
    checklist.close()
    window.close_project()
    os.chdir(HERE.parent.parent)


def shoot_language(app, lang: str, sample: Path, out: Path) -> list[Path]:
    from PySide6.QtCore import QThreadPool, Qt
    from coopnet.ui.context import AppContext
    from coopnet.ui.i18n import install_translators
    from coopnet.ui.main_window import MainWindow

    install_translators(app, lang)
    project_path = TMP / lang / "exemple-thoiry.coopnet"
    project_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(sample, project_path)
    context = AppContext(pool=QThreadPool())
    context.settings.volunteer_name = VOLUNTEER
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    s = Shooter(app, out, lang)
    # -- The start panel: what a first launch shows, before any project is open ------------------
    window.nav.setCurrentRow(0)
    s.shot(window, "start", settle=0.6)
    shoot_new_cooperative(app, window, s, lang)
    if not window.open_project(project_path):
        raise SystemExit(f"could not open {project_path}: {window.last_error}")
    wait(app, 1.0)

    # -- Villages -------------------------------------------------------------------------------
    page(window, "villages")
    s.shot(window, "villages")

    # -- Members: doors, pledges, the pledge form, a volunteer file ------------------------------
    members = page(window, "members")
    members.select_village(THOIRY)
    members.tabs.setCurrentIndex(0)
    wait(app, 0.3)
    doors = members.doors
    doors.select_row(min(3, max(doors.model.rowCount() - 1, 0)))
    doors.view.setFocus()
    s.shot(window, "members-doors")
    members.tabs.setCurrentIndex(1)
    s.shot(window, "members-pledges")
    members.tabs.setCurrentIndex(0)

    from coopnet.ui.members.pledge_form import PledgeDialog

    dialog = PledgeDialog(
        context.project, THOIRY, door=doors.current_door(), volunteer=VOLUNTEER, parent=window
    )
    for key, text in (
        ("last_name", "Lefèvre"),
        ("first_name", "Anne"),
        ("phone", "06 12 34 56 78"),
        ("email", "anne.lefevre@exemple.fr"),
        ("monthly_fee_eur", "30,00 €"),
        ("shares_eur", "100 €"),
    ):
        dialog.fields[key].setText(text)
    tier = dialog.fields["tier"]
    tier.setCurrentIndex(min(2, tier.count() - 1))
    dialog.fields["consent_register"].setChecked(True)
    dialog.show()
    s.shot(dialog, "pledge-form")
    dialog.reject()

    from coopnet.ui.members.data.actions import ExtractDialog

    extract = ExtractDialog(context, window)
    for i in range(extract.list.count()):
        item = extract.list.item(i)
        if item.text().startswith(("Thoiry", "Marcq", "Villiers")):
            item.setCheckState(Qt.Checked)
    extract.resize(480, 520)
    extract.show()
    s.shot(extract, "volunteer-extract")
    extract.reject()

    # -- Map: wait for the page to draw, then pick a village -------------------------------------
    map_page = page(window, "map")
    wait_until(app, lambda: getattr(map_page, "_task", None) is None, 60)
    wait(app, 4.0)  # Leaflet renders its tiles and layers
    # The page was drawn while hidden (0 × 0): have Leaflet measure again and show every commune
    # the way the map's ⤢ button does (beside the legend, under the buttons).
    map_page.view.fit_all()
    wait(app, 2.0)
    context.villageSelected.emit(THOIRY)
    wait(app, 2.0)
    s.shot(window, "map")
    from coopnet.ui.map.export_dialog import ExportDialog

    export = ExportDialog(context.project, window, village=THOIRY)
    export.path_edit.setText("~/carte-cooperative.pdf")  # not the temporary home folder
    export.show()
    s.shot(export, "map-export")
    export.reject()

    # -- Models: results, sensitivity, comparison -----------------------------------------------
    models = page(window, "models")
    wait(app, 1.0)
    if models.scenario_list.count():
        models.scenario_list.setCurrentRow(0)
    wait(app, 1.0)
    models.tabs.setCurrentIndex(0)
    s.shot(window, "models", settle=1.0)
    models.tabs.setCurrentIndex(1)
    s.shot(window, "models-sensitivity", settle=1.0)
    names = models.scenario_names()
    if len(names) >= 2:
        models.set_compared(names[:3])
    models.tabs.setCurrentIndex(2)
    s.shot(window, "models-compare", settle=0.8)

    for p in window.pages:
        pool = getattr(p, "_pool", None)
        if pool is not None:
            pool.waitForDone(60_000)
    context.pool.waitForDone(60_000)
    window.close()
    wait(app, 0.5)
    return s.written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots for the coopnet user guide.")
    parser.add_argument("--lang", nargs="+", default=["fr", "en"], choices=["fr", "en"])
    parser.add_argument("--out", type=Path, default=HERE / "img")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE.parent.parent))
    from coopnet.io.sample_project import create_sample_project
    from coopnet.ui.app import create_application

    app = create_application([sys.argv[0]])
    sample = TMP / "sample.coopnet"
    create_sample_project(sample).close()
    try:
        written = []
        for lang in args.lang:
            print(f"{lang}:")
            written += shoot_language(app, lang, sample, args.out)
        print(f"{len(written)} screenshots in {args.out}")
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
