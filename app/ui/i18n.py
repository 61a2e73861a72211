"""The UI's language: translators installed once at start, and dates and numbers written in it.

Indonesian is the source language of every ``tr()`` string; other languages come from
``resources/i18n/netra_<code>.qm`` (built from the ``.ts`` by ``tools/dev.py``). The
chosen language is also Qt's default locale, which is where the formatting helpers
below read it, so views never pass it around. Official documents do not use these
helpers: they stay Indonesian whatever the UI speaks.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import locale_format
from app.core.locale_format import Language
from app.paths import resource

QT_LOCALES = {
    Language.INDONESIAN: QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    Language.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Switching languages replaces these; kept here so Python does not collect them while installed.
_installed: list[QTranslator] = []


def translation_file(language: Language) -> str:
    return str(resource("i18n", f"netra_{language.value}.qm"))


def install_language(language: Language) -> bool:
    """Translate the UI into ``language``; False when its translation file is missing."""
    application = QCoreApplication.instance()
    assert application is not None
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QT_LOCALES[language])
    if language is Language.INDONESIAN:
        return True
    ours = QTranslator()
    found = ours.load(translation_file(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()  # Qt's standard buttons and dialogs, when the wheel has them
    qt_found = qt_own.load(f"qtbase_{language}", qt_folder)
    for translator, loaded in ((ours, found), (qt_own, qt_found)):
        if loaded:
            application.installTranslator(translator)
            _installed.append(translator)
    return found


def ui_language() -> Language:
    english = QLocale().language() == QLocale.Language.English
    return Language.ENGLISH if english else Language.INDONESIAN


def number(value: int) -> str:
    return locale_format.number(value, ui_language())


def percent(part: int, whole: int) -> str:
    return locale_format.percent(part, whole, ui_language())


def day_and_date(day: date) -> str:
    return locale_format.day_and_date(day, ui_language())


def clock_time(at: time) -> str:
    return locale_format.clock_time(at, ui_language())
