"""Language of the interface: French or English, from settings or the system locale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from coopnet.resources import resource

log = logging.getLogger(__name__)
LANGUAGES = ("fr", "en")
_installed: list[QTranslator] = []


def chosen_language(setting: str = "") -> str:
    """The settings override wins; else the system locale; English if it is neither."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> str:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.French if language == "fr" else QLocale.English,
            QLocale.France if language == "fr" else QLocale.UnitedKingdom,
        )
    )
    if language == "en":
        return language
    ours = QTranslator(app)
    qm = resource("translations", f"coopnet_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation %s not found (run `make translations`)", qm)
    qt = QTranslator(app)  # Qt's own dialogs and buttons
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def current_language() -> str:
    """The language the interface runs in now ("fr" or "en"), for text built outside Qt."""
    return "fr" if QLocale().language() == QLocale.French else "en"


def error_text(exc: BaseException) -> str:
    """What a dialog says about ``exc``: the user's language when the message was marked for it."""
    from coopnet.errors import user_text

    return user_text(exc, current_language())


def formats():
    """Numbers, money and dates in the interface's language (`coopnet.translation.Catalog`)."""
    from coopnet.translation import catalog

    return catalog(current_language())


# Drop-in for coopnet.core.fr's formatters, in the interface's language (French: 1 234,50 €;
# English: €1,234.50). Editors keep accepting both ways of typing (core.fr.parse_amount).
def format_number(value, decimals: int = 0) -> str:
    return formats().number(value, decimals)


def format_amount(value, decimals: int = 2, currency: bool = True) -> str:
    return formats().money(value, decimals) if currency else formats().number(value, decimals)


def format_percent(fraction, decimals: int = 0) -> str:
    return formats().percent(fraction, decimals)
