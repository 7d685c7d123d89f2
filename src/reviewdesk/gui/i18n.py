"""The interface language: chosen (Preferences, else the system locale), its translators and its QLocale.

ReviewDesk's own messages come from ``resources/translations/reviewdesk_<lang>.qm`` (compiled
from the Qt Linguist ``.ts`` sources when the package is built, see setup.py); Qt's own dialogs
(file dialogs, standard buttons) from the ``qtbase_<lang>.qm`` that PySide6 ships. Dates and
numbers follow the same language through ``QLocale.setDefault``, so ``QLocale()`` anywhere in
the window formats for it. The CLI never comes here: its messages stay English.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reviewdesk.gui.resource_files import RESOURCES, resource_path

LANGUAGE_ENV = "REVIEWDESK_LANGUAGE"  # "fr", "es" or "en": wins over the preference (screenshots, tests)
SUPPORTED = ("en", "fr", "es")  # English is the source language: its translator only has the plural forms
# The Preferences' choices: the code stored in the settings ("" follows the system) and the name shown.
# Each language is named in itself, so a reviewer who cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("es", "Español"))


def resolve(preference: str, system: QLocale | None = None) -> str:
    """The language to use: $REVIEWDESK_LANGUAGE, else the preference, else the system's when supported."""
    for wanted in (os.environ.get(LANGUAGE_ENV, ""), preference):
        if wanted in SUPPORTED:
            return wanted
    name = (system or QLocale.system()).name()  # "fr_CH", "es_AR", "C"
    language = name.split("_")[0]
    return language if language in SUPPORTED else "en"


def qm_available(language: str) -> bool:
    return (RESOURCES / "translations" / f"reviewdesk_{language}.qm").is_file()


@dataclass
class Translation:
    """The translators installed on the application for one language (removed again by ``remove``)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale("en_US"))


def install(language: str) -> Translation:
    """Install ReviewDesk's and Qt's translators for ``language`` and make it the default QLocale.

    Call before the window is built: texts are translated when widgets are made.
    """
    app = QCoreApplication.instance()
    installed = Translation(language)
    QLocale.setDefault(QLocale(language))
    if app is None:
        return installed
    sources = [(f"reviewdesk_{language}", str(resource_path("translations")))]  # English: its plural forms
    if language != "en":
        sources.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.translators.append(translator)
    return installed


def language_label(code: str) -> str:
    """The name the Preferences show for a stored language code ("" is the system's)."""
    if not code:
        return QCoreApplication.translate("Language", "System default")
    return dict(LANGUAGE_NAMES).get(code, code)
