"""Walk lists from the Members page: print the sheets, then type 40 ticked boxes back by keyboard."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from coopnet.core.walklist import door_code
from tests.ui.test_members_page import THOIRY, in_file, make_page


def test_print_walk_list_writes_the_village_sheets(qtbot, tmp_path, sample_project):
    page = make_page(qtbot, tmp_path, sample_project)
    out = tmp_path / "walk.pdf"
    dialog = page.print_walk_list(path=str(out))
    assert dialog.written == out and out.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    not_visited = in_file(
        sample_project.path,
        "SELECT id FROM doors WHERE insee = ? AND status IN ('not_visited', 'absent', 'interested')",
        THOIRY,
    )
    assert not_visited, "the sample has doors left to visit in Thoiry"
    for (door_id,) in not_visited[:10]:
        assert door_code(door_id) in text


def test_forty_doors_typed_back_in_six_keystrokes_each_and_undone(qtbot, tmp_path, sample_project):
    page = make_page(qtbot, tmp_path, sample_project)
    doors = [
        d
        for (d,) in in_file(
            sample_project.path,
            "SELECT id FROM doors WHERE insee = ? AND status = 'not_visited' ORDER BY id",
            THOIRY,
        )
    ][:40]
    assert len(doors) == 40
    dialog = page.type_back(modal=False)
    qtbot.addWidget(dialog)
    keystrokes = 0
    for i, door_id in enumerate(doors):
        code = door_code(door_id).lower() if i % 2 else door_code(door_id)  # case does not matter
        key = "A" if i % 2 else "R"
        qtbot.keyClicks(dialog.code, code + key)
        keystrokes += len(code) + 1
        assert dialog.code.text() == "", f"door {i}: the line was not cleared after the letter"
    assert keystrokes / len(doors) <= 6
    assert dialog.count == 40
    statuses = dict(
        in_file(
            sample_project.path,
            "SELECT id, status FROM doors WHERE id IN ({})".format(",".join("?" * 40)),
            *doors,
        )
    )
    assert [statuses[d] for d in doors] == ["refused" if i % 2 == 0 else "absent" for i in range(40)]
    who = in_file(sample_project.path, "SELECT DISTINCT who FROM visits WHERE door_id = ?", doors[0])
    assert who == [("Claire Martin",)]

    # A mistyped code says so and records nothing.
    qtbot.keyClicks(dialog.code, "ZZZZZ")
    assert "ZZZZZ" in dialog.door_label.text()
    qtbot.keyClick(dialog.code, Qt.Key_R)
    assert dialog.count == 40

    # Edit ▸ Undo takes the last door back, one door at a time.
    page.context.undo_stack.undo()
    assert in_file(sample_project.path, "SELECT status FROM doors WHERE id = ?", doors[-1]) == [
        ("not_visited",)
    ]
    assert in_file(sample_project.path, "SELECT status FROM doors WHERE id = ?", doors[-2]) == [("refused",)]
