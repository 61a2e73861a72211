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
    """Translate the UI into ``language``; False when its translation file is missing.

    Qt's own buttons and dialogs (Yes/No, file and print dialogs) come from ``qtbase_<code>``:
    PySide6 ships English; Indonesian is ours, in resources/i18n.
    """
    application = QCoreApplication.instance()
    assert application is not None
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QT_LOCALES[language])
    qt_own = QTranslator()
    if language is Language.INDONESIAN:
        found = True
        qt_found = qt_own.load(str(resource("i18n", "qtbase_id.qm")))
    else:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_found = qt_own.load(f"qtbase_{language.value}", qt_folder)
        ours = QTranslator()
        found = ours.load(translation_file(language))
        if found:
            application.installTranslator(ours)
            _installed.append(ours)
    if qt_found:
        application.installTranslator(qt_own)
        _installed.append(qt_own)
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
