"""Screenshots of the Measured tab and of the members' page, French and English, 1280×800.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/measured_screens.py [OUT_DIR]

Builds the sample cooperative with 212 members connected and three months of measured traffic
(tests/measure_synth.py), types in a carrier's invoice that differs from ours for one month,
and writes models-measured-{fr,en}.png and members-page-{fr,en}.png (the published HTML shown
in QWebEngineView, offline) into docs/guide/img (or OUT_DIR).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(work: Path) -> Path:
    from coopnet.io.measure_publish import publish
    from coopnet.io.sample_project import create_sample_project
    from coopnet.store import measure as store
    from coopnet.store.project import Project
    from tests.measure_synth import measured_sample

    path = work / "cooperative.coopnet"
    create_sample_project(path).close()
    measured_sample(path, work)
    with Project.open(path) as project:
        from coopnet.io.measure_reports import reports

        sept = reports(project, months=["2026-09"])["months"][0]
        # September's invoice agrees with our measure; October's bills 612 Mbps, 12 above the commit
        store.set_invoice(project, "2026-09", round(sept["p95_mbps"], 1), sept["bill_eur"])
        store.set_invoice(project, "2026-10", 612.0, 1410.0)
        publish(project, work / "site")
    return path


def shoot(path: Path, site: Path, lang: str, out: Path) -> None:
    from PySide6.QtCore import QSettings, QTimer, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from coopnet.ui.app import create_application
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow
    from coopnet.ui.settings import Settings

    os.environ["COOPNET_LANG"] = lang
    app = create_application(["coopnet"])
    from coopnet.ui.i18n import install_translators

    install_translators(app, lang)
    settings = Settings(QSettings(str(path.with_suffix(f".{lang}.ini")), QSettings.IniFormat))
    w = MainWindow(AppContext(settings=settings))
    w.resize(1280, 800)
    w.show()
    w.open_project(path)
    models = next(p for p in w.pages if p.page_id == "models")
    w.nav.setCurrentRow(w.pages.index(models))
    models.tabs.setCurrentWidget(models.measured)
    from coopnet.ui.tasks import wait_for_tasks

    wait_for_tasks(60_000, [w.context.pool])  # the months' reports are computed off the GUI thread
    for _ in range(20):
        app.processEvents()
    splitter = models.tabs.parentWidget()
    splitter.setSizes([130, 0, 1150])  # the parameters folded away (drag the splitter): the table wants room
    models.measured.select_month("2026-10")
    w.statusBar().clearMessage()  # "/tmp/…/cooperative.coopnet opened"
    for _ in range(20):
        app.processEvents()
    w.grab().save(str(out / f"models-measured-{lang}.png"))
    w.close_project()
    w.close()

    view = QWebEngineView()
    view.resize(1280, 800)
    view.load(QUrl.fromLocalFile(str(site / ("index.html" if lang == "fr" else "index.en.html"))))
    view.show()
    done = []
    view.loadFinished.connect(lambda ok: QTimer.singleShot(800, lambda: done.append(ok)))
    while not done:
        app.processEvents()
    view.grab().save(str(out / f"members-page-{lang}.png"))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "guide" / "img"
    if len(sys.argv) > 2:  # child: one language
        shoot(Path(sys.argv[3]), Path(sys.argv[4]), sys.argv[2], out)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp))
        for lang in ("fr", "en"):  # one process per language: Qt's translators and locale
            subprocess.run(
                [sys.executable, __file__, str(out), lang, str(path), str(Path(tmp) / "site")],
                check=True,
                env={**os.environ, "LANG": "fr_FR.UTF-8" if lang == "fr" else "en_GB.UTF-8"},
            )
    print(f"wrote models-measured-*.png and members-page-*.png into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
