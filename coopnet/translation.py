"""French and English for text made outside Qt widgets: printed documents, exports, CLI output and
the messages core hands up (`coopnet.core.text.Msg`).

One catalogue serves everything: the Qt Linguist file the UI uses (``coopnet_fr.qm``, built by
``make`` from ``resources/translations/coopnet_fr.ts``). Modules mark their text with
``catalog.translate("Context", "English text")`` — lupdate collects calls of that shape — and the
translation test fails when a French translation is missing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from functools import cache

from coopnet.core import fr
from coopnet.core.text import Msg

log = logging.getLogger(__name__)
LANGUAGES = ("fr", "en")


def normalize_language(lang: str | None) -> str:
    lang = (lang or "").strip().lower()[:2]
    return lang if lang in LANGUAGES else default_language()


def default_language() -> str:
    """COOPNET_LANG, else the POSIX locale (LC_ALL, LC_MESSAGES, LANG); English if not French."""
    for name in ("COOPNET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip().lower()
        if value and value not in ("c", "posix", "c.utf-8"):
            return "fr" if value.startswith("fr") else "en"
    return "en"


class Catalog:
    """Translations and number/date formats for one language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else "en"
        self._qt = _qt_translator(self.lang) if self.lang != "en" else None

    @property
    def french(self) -> bool:
        return self.lang == "fr"

    def translate(self, context: str, text: str) -> str:
        if self._qt is None:
            return text
        return self._qt.translate(context, text) or text

    def say(self, text) -> str:
        """A core `Msg` (or any value) in this language; values that are messages are said too."""
        if not isinstance(text, Msg) or not text.context:
            return str(text)
        template = self.translate(text.context, text.template)
        if not text.values:
            return template
        values = {k: self._value(v) for k, v in text.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field: say English
            log.warning("translation of %r does not fit its values", text.template)
            return str.format(text.template, **values)

    def _value(self, value):
        if isinstance(value, Msg):
            return self.say(value)
        if isinstance(value, BaseException) and value.args and isinstance(value.args[0], Msg):
            return self.say(value.args[0])  # "--deadline: {reason}" with a core ValueError(Msg)
        return value

    # Numbers, money and dates as the reader of this language expects them.
    def number(self, value, decimals: int = 0) -> str:
        if value is None:
            return ""
        if self.french:
            return fr.format_number(value, decimals)
        return f"{float(value):,.{decimals}f}"

    def money(self, value, decimals: int = 2) -> str:
        if value is None:
            return ""
        if self.french:
            return fr.format_amount(value, decimals)
        return f"€{float(value):,.{decimals}f}" if value >= 0 else f"-€{-float(value):,.{decimals}f}"

    def percent(self, fraction, decimals: int = 0) -> str:
        if fraction is None:
            return ""
        text = self.number(100 * float(fraction), decimals)
        return f"{text}\u202f%" if self.french else f"{text}%"

    def date(self, value: dt.date | dt.datetime | None) -> str:
        if not value:
            return ""
        return value.strftime("%d/%m/%Y")  # dd/mm/yyyy in both: our English readers are in France too

    def datetime(self, value: dt.datetime | None) -> str:
        if not value:
            return ""
        return value.strftime("%d/%m/%Y %H:%M")


@cache
def _qt_translator(lang: str):
    # QTranslator needs no QCoreApplication to look text up, so the CLI shares the UI's catalogue.
    from PySide6.QtCore import QTranslator

    from coopnet.resources import resource

    translator = QTranslator()
    try:
        qm = resource("translations", f"coopnet_{lang}.qm")
    except FileNotFoundError:
        qm = None
    if qm is None or not translator.load(str(qm)):
        log.warning("translation coopnet_%s.qm not found (run `make translations`): English used", lang)
        return None
    return translator


def catalog(lang: str | None = None) -> Catalog:
    """The catalogue for ``lang``; None means the environment's language, read now."""
    return _catalog(normalize_language(lang))


@cache
def _catalog(lang: str) -> Catalog:
    return Catalog(lang)


def say(text, lang: str | None = None) -> str:
    return catalog(lang).say(text)
