"""The PyInstaller bundle builds from a clean checkout and runs without the venv: the CLI imports the
fixture letter into a fresh store and lists it, the window opens offscreen, a missing Tesseract
language pack is named, and the bundle holds what the app loads by name and not the test tools.

One build per test run (about a minute on two cores), shared by the xdist workers; its size is printed.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LETTERS
from tests.test_packaging import _clean_copy, _run

pytestmark = pytest.mark.slow


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def _build(folder: Path) -> Path:
    checkout = _clean_copy(folder / "checkout")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHON=sys.executable, REVIEWDESK_BUILD_DIR=str(folder / "work"))
    # A minute alone on two cores; several on a machine busy with the rest of the suite.
    result = subprocess.run(["bash", str(checkout / "packaging" / "build_app.sh"), str(folder / "dist")],
                            capture_output=True, text=True, timeout=1200, env=env, cwd=folder)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    app = folder / "dist" / "reviewdesk"
    print(f"\n{result.stdout.strip().splitlines()[-1]}; {_size(app) / 2**20:.0f} MiB counted by the test",
          file=sys.__stdout__, flush=True)
    return app


@pytest.fixture(scope="session")
def bundle(tmp_path_factory, worker_id, testrun_uid) -> Path:
    """Built once per run: under pytest-xdist the workers share one build (a lock in their common folder)."""
    if worker_id == "master":
        return _build(tmp_path_factory.mktemp("bundle"))
    shared = tmp_path_factory.getbasetemp().parent / f"bundle-{testrun_uid}"
    shared.mkdir(exist_ok=True)
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        app = shared / "dist" / "reviewdesk"
        return app if (app / "reviewdesk").is_file() else _build(shared)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Nothing of the venv or the checkout: no PYTHON* variables, a home and config of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REVIEWDESK_", "XDG_", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"),
               REVIEWDESK_LOG_DIR=str(tmp_path / "log"), QT_QPA_PLATFORM="offscreen", **extra)
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def _app(bundle: Path, tmp_path: Path, *args, **env: str) -> subprocess.CompletedProcess:
    return _run(bundle / "reviewdesk", *args, cwd=tmp_path, env=_env(tmp_path, **env))  # exit 0, or says why


def test_the_bundle_imports_the_fixture_letter_and_lists_it(bundle, tmp_path, record_property):
    record_property("bundle_bytes", _size(bundle))
    store = tmp_path / "x.rdstore"
    imported = _app(bundle, tmp_path, "--store", store, "import", LETTERS / "AL_OTH_78_2021.pdf")
    assert "AL OTH 78/2021" in imported.stdout and "1 imported" in imported.stdout, imported.stdout
    listed = _app(bundle, tmp_path, "--store", store, "cases")
    assert "AL OTH 78/2021" in listed.stdout, listed.stdout
    assert "Traceback" not in imported.stderr + listed.stderr


def test_the_bundle_opens_the_window_offscreen(bundle, tmp_path):
    result = _app(bundle, tmp_path, "--store", tmp_path / "window.rdstore", REVIEWDESK_QUIT_AFTER_MS="1500")
    assert "reviewdesk: window shown: ReviewDesk — window.rdstore" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "log" / "reviewdesk.log").exists(), "an unexpected error was logged"


def test_the_bundle_names_a_missing_tesseract_language_pack(bundle, tmp_path):
    empty = tmp_path / "tessdata"
    empty.mkdir()
    result = _app(bundle, tmp_path, "--store", tmp_path / "scan.rdstore", "import",
                  LETTERS / "AL_OTH_78_2021_scanned.pdf", TESSDATA_PREFIX=str(empty))
    assert "OCR language 'eng' is not installed" in result.stdout, result.stdout + result.stderr
    assert str(empty) in result.stdout, "the message names the folder searched"
    assert "tesseract-ocr-eng" in result.stdout, "the message names the package to install"


def test_the_bundle_holds_what_is_loaded_by_name_and_not_the_test_tools(bundle):
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqsvg.so",
                   "iconengines/libqsvgicon.so"):
        assert (plugins / plugin).is_file(), plugin
    package = internal / "reviewdesk"
    for name in ("gui/resources/icons/reviewdesk.svg", "gui/resources/styles/reviewdesk.qss",
                 "db/migrations/env.py", "db/migrations/versions/0001_initial.py"):
        assert (package / name).is_file(), name
    assert list((package / "gui" / "resources" / "guide").iterdir()), "the user guide"
    sources = Path(__file__).resolve().parents[1] / "src" / "reviewdesk"
    for translations in sources.rglob("translations"):
        for ts in translations.glob("*.ts"):  # compiled by build_app.sh; the sources stay out
            assert (package / translations.relative_to(sources) / f"{ts.stem}.qm").is_file(), ts.name
    names = {path.name for path in internal.rglob("*")}
    assert not names & {"tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "PyInstaller", "mupdf-devel"}
    assert not [n for n in names if n.startswith(("libtk", "libtcl", "_tkinter"))]
    assert not list(package.rglob("*.ts")), "Qt Linguist sources are not shipped"
