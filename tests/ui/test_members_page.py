"""The Members page driven like a volunteer does: keyboard only, checked in the project file."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings
from tests.conftest import SyncPool

THOIRY = "78616"


def make_page(qtbot, tmp_path, project, volunteer="Claire Martin"):
    from coopnet.ui.members.page import MembersPage

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    settings.volunteer_name = volunteer
    context = AppContext(settings=settings, pool=SyncPool())
    page = MembersPage(context)
    qtbot.addWidget(page)
    context.set_project(project)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.select_village(THOIRY)
    return page


def first_not_visited(page) -> int:
    for row in range(page.doors.proxy.rowCount()):
        door = page.doors.model.rows[page.doors.proxy.source_row(row)]
        if door["status"] == "not_visited" and not door["pledges"]:
            return row
    raise AssertionError("no unvisited door")


def in_file(path, sql, *args):
    with Project.open(path, readonly=True) as p:
        return p.conn.execute(sql, args).fetchall()


def type_into_dialog(qtbot, page, steps, done):
    """Once the modal form is open, play ``steps`` on whatever has focus."""

    def play():
        dialog = page._dialog
        done.append(dialog)
        if dialog is None:
            return
        dialog.activateWindow()  # offscreen windows are not activated by themselves
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        for step in steps:
            widget = dialog.focusWidget()
            if isinstance(step, str):
                qtbot.keyClicks(widget, step)
            else:
                qtbot.keyClick(widget, step)
        if dialog.isVisible():  # validation kept it open: leave with Esc
            qtbot.keyClick(dialog.focusWidget(), Qt.Key_Escape)

    QTimer.singleShot(0, play)


def test_household_entered_by_keyboard_only(qtbot, tmp_path, sample_project, sample_project_path):
    page = make_page(qtbot, tmp_path, sample_project)
    view = page.doors.view
    row = first_not_visited(page)
    page.doors.select_row(row)
    door = page.doors.current_door()
    view.setFocus()
    before = in_file(sample_project_path, "SELECT COUNT(*) FROM pledges WHERE insee = ?", THOIRY)[0][0]
    done = []
    T = Qt.Key_Tab
    type_into_dialog(
        qtbot,
        page,
        [
            "Durand",
            T,
            "Paul",
            T,
            "06 12 34 56 78",
            T,
            "paul.durand@exemple.fr",
            T,
            "3",
            T,
            "30,50",
            T,
            "100",
            T,
            Qt.Key_Space,
            T,
            T,
            T,
            "sonner deux fois",
            Qt.Key_Return,
        ],
        done,
    )
    qtbot.keyClick(view, Qt.Key_P)
    assert done and not done[0].isVisible()
    rows = in_file(
        sample_project_path,
        "SELECT first_name, phone, email, tier, monthly_fee_eur, shares_eur, consent_register, "
        "consent_news, volunteer, notes, door_id, pledged_on FROM pledges WHERE last_name = 'Durand' "
        "AND door_id = ?",
        door["id"],
    )
    import datetime as dt

    assert rows == [
        (
            "Paul",
            "+33612345678",
            "paul.durand@exemple.fr",
            "300 Mb/s",
            30.5,
            100.0,
            1,
            0,
            "Claire Martin",
            "sonner deux fois",
            door["id"],
            dt.date.today().isoformat(),
        )
    ]
    assert in_file(sample_project_path, "SELECT status, status_by FROM doors WHERE id = ?", door["id"]) == [
        ("pledged", "Claire Martin")
    ]
    # Enter saved and moved on to the next door; the progress counts the new household.
    assert view.currentIndex().row() == row + 1
    assert page._progress[THOIRY]["pledges"] == before + 1
    assert page.progress.label.text().startswith(f"Thoiry {before + 1} / ")
    who = in_file(
        sample_project_path,
        "SELECT who FROM audit_log WHERE entity = 'pledge' AND action = 'create' ORDER BY id DESC LIMIT 1",
    )
    assert who == [("Claire Martin",)]


def test_wrong_phone_is_shown_under_the_field_and_nothing_saved(
    qtbot, tmp_path, sample_project, sample_project_path
):
    page = make_page(qtbot, tmp_path, sample_project)
    page.doors.select_row(first_not_visited(page))
    page.doors.view.setFocus()
    before = in_file(sample_project_path, "SELECT COUNT(*) FROM pledges")
    done = []
    type_into_dialog(
        qtbot, page, ["Martin", Qt.Key_Tab, Qt.Key_Tab, "12 34", Qt.Key_Tab, Qt.Key_Return], done
    )
    qtbot.keyClick(page.doors.view, Qt.Key_P)
    dialog = done[0]
    assert dialog.errors["phone"].text().startswith("“12 34” is not a French phone number")
    assert "Required" in dialog.errors["consent_register"].text()
    assert in_file(sample_project_path, "SELECT COUNT(*) FROM pledges") == before
    assert page.doors.current_door()["status"] == "not_visited"  # cancelled: door unchanged


def test_status_keystroke_records_a_visit_and_moves_on(qtbot, tmp_path, sample_project, sample_project_path):
    page = make_page(qtbot, tmp_path, sample_project)
    row = first_not_visited(page)
    page.doors.select_row(row)
    door_id = page.doors.current_door_id()
    qtbot.keyClick(page.doors.view, Qt.Key_A)
    visits = in_file(sample_project_path, "SELECT outcome, who FROM visits WHERE door_id = ?", door_id)
    assert visits == [("absent", "Claire Martin")]
    assert page.doors.view.currentIndex().row() == row + 1
    qtbot.keyClick(page.doors.view, Qt.Key_Up)
    qtbot.keyClick(page.doors.view, Qt.Key_2)  # second home
    assert in_file(sample_project_path, "SELECT status FROM doors WHERE id = ?", door_id) == [
        ("second_home",)
    ]
    page.doors.select_door(door_id)
    assert page.doors.history.item(0).text().split(" — ")[1:] == ["second home", "Claire Martin"]
    assert page.doors.history.count() == 2
    # The table row shows it at once, and the eligible doors dropped by one.
    assert "second home" in page.doors.proxy.index(row, 2).data()


def test_volunteer_name_asked_once(qtbot, tmp_path, sample_project, sample_project_path, monkeypatch):
    page = make_page(qtbot, tmp_path, sample_project, volunteer="")
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (asked.append(1), ("  Zoé  ", True))[1])
    )
    page.doors.select_row(first_not_visited(page))
    qtbot.keyClick(page.doors.view, Qt.Key_R)
    qtbot.keyClick(page.doors.view, Qt.Key_R)
    assert len(asked) == 1 and page.context.settings.volunteer_name == "Zoé"
    assert in_file(
        sample_project_path, "SELECT DISTINCT who FROM visits WHERE outcome = 'refused' AND who = 'Zoé'"
    ) == [("Zoé",)]


def test_search_filters_doors_and_pledges(qtbot, tmp_path, sample_project):
    page = make_page(qtbot, tmp_path, sample_project)
    total = page.doors.proxy.rowCount()
    street = next(d["nom_voie"] for d in page.doors.model.rows if d["nom_voie"].isascii())
    qtbot.keyClicks(page.doors.search, street.lower())  # QTest types ASCII only
    shown = page.doors.proxy.rowCount()
    assert 0 < shown < total
    assert all(page.doors.proxy.index(r, 0).data() == street for r in range(shown))
    page.tabs.setCurrentIndex(1)
    page.pledges.all_villages.setChecked(True)
    n = page.pledges.proxy.rowCount()
    assert n == sample_project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0] > 0
    name = next(p["last_name"] for p in page.pledges.model.rows if p["last_name"].isascii())
    qtbot.keyClicks(page.pledges.search, name)
    assert 0 < page.pledges.proxy.rowCount() < n
    assert f"of {n} pledges" in page.pledges.count.text()


def test_import_addresses_from_the_file_menu(qtbot, tmp_path):
    from coopnet.io.communes_csv import read_communes
    from coopnet.resources import sample_dir
    from coopnet.store import villages as vstore

    path = tmp_path / "new.coopnet"
    project = Project.create(path)
    vstore.upsert_villages(project, read_communes(sample_dir() / "communes.csv"))
    page = make_page(qtbot, tmp_path, project)
    assert page.doors.model.rowCount() == 0 and page.empty.isVisible()
    actions = page.file_menu_actions()
    assert [a.objectName() for a in actions] == ["import_addresses"]
    page.import_addresses(str(sample_dir() / "adresses-78-sample.csv"))
    assert page._last_import.created == 13188
    page.select_village(THOIRY)
    assert page.doors.model.rowCount() == 579 and not page.empty.isVisible()
    project.close()


def test_pledge_for_an_address_not_in_the_ban(qtbot, tmp_path, sample_project, sample_project_path):
    page = make_page(qtbot, tmp_path, sample_project)
    done = []

    def address():
        dialog = page._dialog
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        for step in ["14", Qt.Key_Tab, Qt.Key_Tab, "Chemin Neuf", Qt.Key_Tab, "78770"]:
            w = dialog.focusWidget()
            qtbot.keyClicks(w, step) if isinstance(step, str) else qtbot.keyClick(w, step)
        T = Qt.Key_Tab  # phone, then email, speed, fee, shares: the consent box
        type_into_dialog(
            qtbot, page, ["Kervella", T, T, "0134870000", T, T, T, T, T, Qt.Key_Space, Qt.Key_Return], done
        )
        qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return)

    QTimer.singleShot(0, address)
    page.manual_action.trigger()
    assert done and not done[0].isVisible()
    rows = in_file(
        sample_project_path,
        "SELECT d.source, d.insee, d.numero, d.nom_voie, d.code_postal, p.phone, p.insee "
        "FROM pledges p JOIN doors d ON d.id = p.door_id WHERE p.last_name = 'Kervella'",
    )
    assert rows == [("manual", THOIRY, "14", "Chemin Neuf", "78770", "+33134870000", THOIRY)]
    assert page.doors.current_door()["nom_voie"] == "Chemin Neuf"


def test_cancelled_address_import_changes_nothing(qtbot, tmp_path):
    from coopnet.io.communes_csv import read_communes
    from coopnet.resources import sample_dir
    from coopnet.store import villages as vstore

    class CancellingPool:  # the user presses Cancel as soon as the import starts
        def start(self, task):
            task.cancel()
            task.run()

    path = tmp_path / "new.coopnet"
    project = Project.create(path)
    vstore.upsert_villages(project, read_communes(sample_dir() / "communes.csv"))
    page = make_page(qtbot, tmp_path, project)
    page.context.pool = CancellingPool()
    page.import_addresses(str(sample_dir() / "adresses-78-sample.csv"))
    assert not hasattr(page, "_last_import")
    assert project.conn.execute("SELECT COUNT(*) FROM doors").fetchone()[0] == 0
    project.close()


def test_fast_proxy_filters_sorts_and_follows_changes(qtbot):
    from coopnet.ui.members.table_models import DoorsModel
    from coopnet.ui.members.table_proxy import FastFilterProxy

    def door(i, street, numero, status="not_visited"):
        return {
            "id": f"d{i}",
            "numero": numero,
            "rep": "",
            "nom_voie": street,
            "status": status,
            "status_at": None,
            "status_by": None,
            "pledges": 0,
            "source": "ban",
        }

    model = DoorsModel()
    model.set_rows(
        [
            door(0, "Rue de l'Église", "10"),
            door(1, "Rue de l'Église", "2"),
            door(2, "Grande Rue", "1", "absent"),
            door(3, "Chemin des Prés", "3"),
        ]
    )
    proxy = FastFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)  # street, then number as a number
    assert [proxy.index(r, 1).data() for r in range(4)] == ["3", "1", "2", "10"]
    proxy.set_filter_text("EGLISE 10")  # accents and case do not matter; all words
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == ["10"]
    proxy.set_filter_text("absent")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Grande Rue"
    model.rows[3]["status"] = "absent"  # a keystroke elsewhere: data changes,
    model.row_changed(3)  # the filter keeps its rows until re-run
    assert proxy.rowCount() == 1
    proxy.set_filter_text("absent ")
    proxy.set_filter_text("absent")
    assert proxy.rowCount() == 1  # same words: no refilter needed
    proxy.set_filter_text("abs")
    assert proxy.rowCount() == 2


def test_fast_proxy_typing_on_narrows_and_deleting_widens(qtbot):
    """Typing on filters only the rows already shown; any other change looks at every row again."""
    from coopnet.ui.members.table_models import DoorsModel
    from coopnet.ui.members.table_proxy import FastFilterProxy, fold

    streets = ["Rue de la Poste", "Rue du Moulin", "Chemin du Moulin", "Place de l'Église", "Route de Marcq"]
    model = DoorsModel()
    model.set_rows(
        [
            {
                "id": f"d{i}",
                "numero": str(i),
                "rep": "",
                "nom_voie": streets[i % 5],
                "status": "not_visited",
                "status_at": None,
                "status_by": None,
                "pledges": 0,
                "source": "ban",
            }
            for i in range(50)
        ]
    )
    proxy = FastFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)

    def shown():
        return [proxy.source_row(r) for r in range(proxy.rowCount())]

    def expected(text):
        words = fold(text).split()
        order = sorted(range(50), key=lambda i: (fold(streets[i % 5]), i))
        return [i for i in order if all(w in model.search_text(i) for w in words)]

    for text in [
        "r",
        "ru",
        "rue",
        "rue m",
        "rue mo",
        "rue mou",
        "rue mo",
        "ru",
        "moulin chemin",
        "moulin che",
        "moulin",
        "",
        "eglise",
        "église 3",
        "église 33",
        "église 3",
    ]:
        proxy.set_filter_text(text)
        assert shown() == expected(text), text
    # An edited row is matched again on the next keystroke, even when the user types on.
    proxy.set_filter_text("abs")
    assert shown() == []
    model.rows[7]["status"] = "absent"
    model.row_changed(7)
    proxy.set_filter_text("abse")
    assert shown() == [7]


def test_household_entered_twice_is_flagged_when_saved(qtbot, tmp_path, sample_project, sample_project_path):
    """The second form for the same household (same phone, next door) is flagged as a possible
    duplicate at once, as an import would flag it, and the volunteer is told; nothing is merged."""
    page = make_page(qtbot, tmp_path, sample_project)
    said = []
    page.context.statusMessage.connect(said.append)
    page.doors.select_row(first_not_visited(page))
    T = Qt.Key_Tab
    for _ in range(2):  # Enter saves and moves on to the next door: the second form is there
        page.doors.view.setFocus()
        done = []
        type_into_dialog(
            qtbot,
            page,
            ["Durand", T, "Paul", T, "06 12 34 56 78", T, T, T, T, T, Qt.Key_Space, Qt.Key_Return],
            done,
        )
        qtbot.keyClick(page.doors.view, Qt.Key_P)
        assert done and not done[0].isVisible()
    rows = in_file(
        sample_project_path,
        "SELECT id, duplicate_flag FROM pledges WHERE last_name = 'Durand' "
        "AND phone = '+33612345678' ORDER BY created_at, rowid",
    )
    assert len(rows) == 2
    (first_id, first_flag), (_, second_flag) = rows
    assert first_flag == "" and second_flag == f'[["phone","{first_id}"]]'
    assert said and "possible duplicate" in said[-1] and "same phone as Paul DURAND" in said[-1], said
    # Fixing the phone of the second one clears its flag.
    from coopnet.store import pledges as pstore

    second = pstore.get_pledge(sample_project, rows[1][0])
    second.phone = "+33699999999"
    pstore.save_pledge(sample_project, second)
    assert in_file(sample_project_path, "SELECT duplicate_flag FROM pledges WHERE id = ?", rows[1][0]) == [
        ("",)
    ]


def test_last_village_is_remembered_across_restarts(qtbot, tmp_path, sample_project_path):
    """Close the app on Goupillières: the next start opens the Members page on Goupillières."""
    from coopnet.ui.members.page import MembersPage

    ini = str(tmp_path / "settings.ini")
    with Project.open(sample_project_path) as project:
        page = make_page(qtbot, tmp_path, project)  # settings in tmp_path / settings.ini
        page.select_village("78278")
        assert page.current_insee() == "78278"
        page.context.settings.sync()
        page.context.set_project(None)
        page.close()
    settings = Settings(QSettings(ini, QSettings.IniFormat))  # a new run reads the file again
    context = AppContext(settings=settings, pool=SyncPool())
    again = MembersPage(context)
    qtbot.addWidget(again)
    with Project.open(sample_project_path) as project:
        context.set_project(project)
        again.show()
        qtbot.waitExposed(again)
        assert again.current_insee() == "78278"
        assert again.doors.model.rowCount() > 0 and again.village.currentText().startswith("Goupillières")
        context.set_project(None)
        fresh = AppContext(
            settings=Settings(QSettings(str(tmp_path / "other.ini"), QSettings.IniFormat)), pool=SyncPool()
        )
        first_run = MembersPage(fresh)
        qtbot.addWidget(first_run)
        fresh.set_project(project)
        first_run.show()
        qtbot.waitExposed(first_run)
        assert first_run.current_insee() != "78278"  # without the memory another village comes first
        fresh.set_project(None)
