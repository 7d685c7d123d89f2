"""The interface in French and Spanish: complete translations, nothing left untranslated, the window translated.

The .ts files are the Qt Linguist sources (packaging/update_translations.sh regenerates them);
a build compiles them to .qm (setup.py), and the conftest compiles them the same way for the tests.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

from reviewdesk.gui import i18n
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.operations import Operations
from reviewdesk.gui.preferences import PreferencesDialog
from reviewdesk.gui.words import date_text, number_text
from tests.gui.conftest import ROOT, TRANSLATIONS

GUI = ROOT / "src" / "reviewdesk" / "gui"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source"), message)
            for context in root.iter("context") for message in context.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_message_is_translated(language):
    found = messages(TRANSLATIONS / f"reviewdesk_{language}.ts")
    assert len(found) > 600
    problems = []
    for context, source, message in found:
        state = message.find("translation").get("type")
        texts = _texts(message)
        if state in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {state or 'empty'}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:  # a lost {name} would raise KeyError at .format(); a lost %n hides the count
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
        if message.get("numerus") == "yes" and len(texts) < 2:
            problems.append(f"{context}: {source!r} has {len(texts)} plural form(s)")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_are_complete():
    found = messages(TRANSLATIONS / "reviewdesk_en.ts")
    assert found and all(message.get("numerus") == "yes" for _c, _s, message in found)
    assert all(message.find("translation").get("type") is None and all(_texts(message)) for _c, _s, message in found)


def _lupdate(sources: list[Path], target: Path, *options: str) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *options, *map(str, sources), "-ts", str(target)],
                   check=True, cwd=ROOT / "src", capture_output=True)


def test_lupdate_over_the_source_finds_no_new_message(tmp_path):
    """A string added to the GUI without its translations fails here (run update_translations.sh, translate)."""
    sources = sorted(GUI.rglob("*.py"))
    fresh = tmp_path / "fresh_fr.ts"
    _lupdate(sources, fresh, "-target-language", "fr")  # into a new file: exactly what the source marks now
    in_source = {(context, source, message.get("numerus") == "yes") for context, source, message in messages(fresh)}
    for language in ("fr", "es"):
        committed = {(context, source, message.get("numerus") == "yes")
                     for context, source, message in messages(TRANSLATIONS / f"reviewdesk_{language}.ts")}
        assert not in_source - committed, f"not in reviewdesk_{language}.ts: {sorted(in_source - committed)}"
        assert not committed - in_source, f"vanished from the source: {sorted(committed - in_source)}"


def test_lupdate_sees_a_new_string(tmp_path):
    """The check above is not blind: a file with one new tr() string yields that message."""
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6.QtCore import QObject\n\nclass Probe(QObject):\n"
                     "    def text(self, n):\n        return self.tr('%n new probe(s)', '', n)\n", encoding="utf-8")
    out = tmp_path / "probe.ts"
    _lupdate([probe], out)
    assert [(c, s, m.get("numerus")) for c, s, m in messages(out)] == [("Probe", "%n new probe(s)", "yes")]


# -- the language chosen -----------------------------------------------------------------
def test_the_language_comes_from_the_environment_then_the_preference_then_the_system(monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.resolve("", QLocale("fr_CH")) == "fr"
    assert i18n.resolve("", QLocale("es_AR")) == "es"
    assert i18n.resolve("", QLocale("de_DE")) == "en"  # not offered: English
    assert i18n.resolve("es", QLocale("fr_FR")) == "es"  # the preference wins over the system
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "fr")
    assert i18n.resolve("es", QLocale("es_ES")) == "fr"


def test_the_preferences_offer_the_language_and_say_when_it_applies(qtbot, settings):
    dialog = PreferencesDialog(settings, [], set())
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "System default", "English", "Français", "Español"]
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "A new language applies when ReviewDesk is started again." in labels
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.save()
    assert settings.get("view/language") == "es"


@pytest.fixture
def translated(qapp, monkeypatch):
    """Install a language as the app does at start (over the tests' English), and take it away after."""
    installed = []

    def install(language: str, settings) -> None:
        monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
        settings.set("view/language", language)  # as chosen in Edit › Preferences
        installed.append(i18n.install(i18n.resolve(settings.get("view/language"))))

    yield install
    for translation in installed:
        translation.remove()


def _form_labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    return [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]


EXPECTED = {
    "fr": {"menus": ["&Fichier", "É&dition", "&Affichage", "Do&ssier", "&Outils", "Ai&de"], "tags": "Étiquettes",
           "filters": "Filtres", "labels": ["Nom de l'analyste :", "Échelle d'évaluation :", "Langue :"],
           "cancel": "Annuler", "date": "03 févr. 2025", "number": "0,85",
           "questions": ("1 question", "2 questions"), "import": "&Importer…"},
    "es": {"menus": ["&Archivo", "&Editar", "&Ver", "&Caso", "&Herramientas", "A&yuda"], "tags": "Etiquetas",
           "filters": "Filtros", "labels": ["Nombre del analista:", "Escala de calificación:", "Idioma:"],
           "cancel": "Cancelar", "date": "03 feb 2025", "number": "0,85",
           "questions": ("1 pregunta", "2 preguntas"), "import": "&Importar…"},
}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_window_starts_in_french_and_spanish(language, translated, qtbot, store, settings):
    expected = EXPECTED[language]
    translated(language, settings)
    window = MainWindow(Operations(store, synchronous=True), settings)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:6] == expected["menus"]
    file_menu = window.menuBar().actions()[0].menu()
    assert expected["import"] in [action.text() for action in file_menu.actions()]
    assert window.tag_dock.windowTitle() == expected["tags"]
    assert window.filters_dock.windowTitle() == expected["filters"]

    dialog = PreferencesDialog(settings, [("piccone", "Piccone scale (Brookings)")], set(), window)
    qtbot.addWidget(dialog)
    labels = _form_labels(dialog)
    assert set(expected["labels"]) <= set(labels), labels
    # Qt's own texts (the standard buttons) come from the qtbase translation PySide6 ships.
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == expected["cancel"]
    assert dialog.scale.itemText(0) != "Piccone scale (Brookings)"  # the built-in scale's name too

    # Dates and numbers follow the language; plural forms are the language's.
    assert date_text(date(2025, 2, 3)) == expected["date"]
    assert number_text(0.85, 2) == expected["number"]
    header = window.case_header
    assert (header.tr("%n question(s)", "", 1), header.tr("%n question(s)", "", 2)) == expected["questions"]
    window.close()


def test_qt_ships_its_own_french_and_spanish_translations():
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file() and (folder / "qtbase_es.qm").is_file()


def test_the_build_hook_compiles_every_ts(tmp_path):
    """setup.py's build_py compiles the .ts to .qm with pyside6-lrelease (here: into a temporary folder)."""
    env = dict(os.environ, PYSIDE6_BIN=str(Path(sys.executable).parent))
    code = ("import sys; sys.argv = ['setup.py', '--version']; "
            "import runpy; ns = runpy.run_path('setup.py', run_name='not_main'); "
            f"print(ns['compile_translations'](ns['Path']('src') / ns['TRANSLATIONS'], ns['Path']({str(tmp_path)!r})))")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True)
    assert sorted(p.name for p in tmp_path.glob("*.qm")) == ["reviewdesk_en.qm", "reviewdesk_es.qm", "reviewdesk_fr.qm"]
