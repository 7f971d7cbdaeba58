"""The catalogue shared by documents, the CLI and core messages (no QApplication needed)."""

from coopnet.core.text import QT_TRANSLATE_NOOP, Msg
from coopnet.translation import catalog, default_language, say


def test_core_message_stays_english_and_keeps_its_template():
    msg = QT_TRANSLATE_NOOP("DoorStatus", "not visited")
    assert msg == "not visited" and isinstance(msg, Msg) and msg.context == "DoorStatus"
    filled = QT_TRANSLATE_NOOP("Test", "{n} doors in {village}").format(n=3, village="Thoiry")
    assert filled == "3 doors in Thoiry" and filled.values == {"n": 3, "village": "Thoiry"}


def test_french_comes_from_the_same_catalogue_as_the_ui():
    assert say(QT_TRANSLATE_NOOP("DoorStatus", "not visited"), "fr") == "non visitée"
    assert say(QT_TRANSLATE_NOOP("DoorStatus", "not visited"), "en") == "not visited"
    assert catalog("fr").translate("DoorStatus", "second home") != "second home"


def test_untranslated_text_falls_back_to_english_with_values():
    msg = QT_TRANSLATE_NOOP("Nowhere", "{n} things").format(n=2)
    assert say(msg, "fr") == "2 things"
    assert say("plain", "fr") == "plain"


def test_numbers_money_and_dates_follow_the_language():
    import datetime as dt

    fr_, en = catalog("fr"), catalog("en")
    assert fr_.money(1234.5) == "1\u202f234,50 €" and en.money(1234.5) == "€1,234.50"
    assert fr_.number(1234567) == "1\u202f234\u202f567" and en.number(1234567) == "1,234,567"
    assert fr_.percent(0.415, 1) == "41,5\u202f%" and en.percent(0.415, 1) == "41.5%"
    assert fr_.date(dt.date(2026, 3, 1)) == "01/03/2026"


def test_default_language_reads_the_environment(monkeypatch):
    for name in ("COOPNET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert default_language() == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert default_language() == "fr"
    monkeypatch.setenv("COOPNET_LANG", "en")
    assert default_language() == "en"


def test_french_uses_the_typographic_apostrophe():
    """“l’exploitant”, not “l'exploitant”: French text is typeset (the checklist had four)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "coopnet_fr.ts"
    root = ET.parse(ts).getroot()
    texts = [t.text for tag in ("translation", "numerusform") for t in root.iter(tag) if t.text]
    straight = [text for text in texts if "'" in text]
    assert not straight, straight
