"""The pledge form says what is wrong in the interface's language (messages come from core)."""

from __future__ import annotations

import pytest

from coopnet.store.doors import get_door


@pytest.fixture
def interface(qapp):
    from coopnet.ui.i18n import install_translators

    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def _form(qtbot, project):
    from coopnet.ui.members.pledge_form import PledgeDialog

    door_id = project.conn.execute("SELECT id FROM doors WHERE insee = '78616' LIMIT 1").fetchone()[0]
    dialog = PledgeDialog(project, "78616", door=get_door(project, door_id), volunteer="Anne")
    qtbot.addWidget(dialog)
    dialog.fields["last_name"].setText("Martin")
    dialog.fields["phone"].setText("12 34")
    dialog.fields["monthly_fee_eur"].setText("abc")
    return dialog


def test_errors_under_the_fields_in_french(qtbot, interface, sample_project):
    interface("fr")
    dialog = _form(qtbot, sample_project)
    pledge, problems = dialog.validate()
    assert pledge is None and problems
    assert dialog.errors["phone"].text() == (
        "«\u00a012 34\u00a0» n’est pas un numéro de téléphone français (0X XX XX XX XX ou +33 X XX XX XX XX)"
    )
    assert dialog.errors["monthly_fee_eur"].text().startswith("«\u00a0abc\u00a0» n’est pas un montant")
    assert dialog.errors["consent_register"].text().startswith("Obligatoire — sans lui")


def test_errors_under_the_fields_in_english(qtbot, interface, sample_project):
    interface("en")
    dialog = _form(qtbot, sample_project)
    dialog.validate()
    assert dialog.errors["phone"].text().startswith("“12 34” is not a French phone number")
    assert dialog.errors["consent_register"].text().startswith("Required — without it")
