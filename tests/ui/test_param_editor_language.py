"""The parameter editor shows what a choice means, in the interface's language, and stores the key."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from coopnet.core import params as P
from coopnet.ui.cost_model.param_editor import ParamEditor
from tests.ui.test_translations import language  # noqa: F401 - the fixture that switches language


def _editor(qtbot):
    editor = ParamEditor()
    qtbot.addWidget(editor)
    editor.set_values(P.defaults())
    return editor


def test_choices_show_their_french_meaning_and_keep_the_key(qtbot, language):  # noqa: F811
    language("fr")
    editor = _editor(qtbot)
    combo: QComboBox = editor.editors["operating_model"]
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown == [
        "la coopérative construit son propre réseau",
        "opérateur sur le réseau public (RIP), en louant les lignes",
    ]
    assert combo.currentText() == "opérateur sur le réseau public (RIP), en louant les lignes"  # the default
    assert "build" not in shown and "rip" not in shown
    tip = combo.toolTip().replace("\u00a0", " ")  # French spacing before “:”
    assert (
        "rip = opérateur sur le réseau public" in tip and "par défaut : opérateur sur le réseau public" in tip
    )
    assert "estimation — à fixer d’après votre porte-à-porte" in editor.editors["take_rate"].toolTip()
    assert "<br>build = la coopérative" in tip and "<br>rip = " in tip
    got = []
    editor.valuesChanged.connect(got.append)
    combo.setCurrentIndex(0)  # the user picks the meaning; the key is stored
    assert got and got[-1]["operating_model"] == "build"
    editor.set_values({**P.defaults(), "take_up_source": "assumed"})
    assert editor.editors["take_up_source"].currentText() == "foyers × taux de souscription supposé"


def test_bad_value_reason_in_french(qtbot, language):  # noqa: F811
    language("fr")
    editor = _editor(qtbot)
    said = []
    editor.problem.connect(said.append)
    editor.set_text("take_rate", "150")
    assert (
        said[-1].replace("\u00a0", " ")
        == "take_rate = 150 % : « Taux de souscription supposé » ne peut pas dépasser 100 %"
    )


def test_choices_in_english(qtbot):
    editor = _editor(qtbot)
    combo = editor.editors["take_up_source"]
    assert combo.currentText() == "the pledges recorded in this project"
    editor.set_text("take_up_source", "assumed")
    assert editor.values["take_up_source"] == "assumed"
