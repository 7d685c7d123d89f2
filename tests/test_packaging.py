"""A wheel built from a clean checkout installs, reports its version and opens the window.

The build uses a copy of the files git knows (tracked, or new and not ignored), so a
file that only a local build step or an editable install left behind cannot make
it pass. The wheel goes into a new venv with ``--no-deps``; the dependencies are
made visible through a ``.pth`` file naming the test venv's site-packages, which
Python appends *after* the new venv's own site-packages: ``reviewdesk`` itself
comes from the wheel, Qt and the rest from the venv already set up, and nothing is
downloaded. (``--system-site-packages`` would not do: it exposes the base Python,
not the venv the dependencies are in.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from reviewdesk import __version__

ROOT = Path(__file__).resolve().parents[1]


def _run(*args, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    # Without PYTHONPATH and the like, and outside the checkout: nothing but the venvs may be imported.
    env = env or {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, env=env, cwd=cwd)
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result


def _clean_copy(target: Path) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    listed = _run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted in the work tree is still listed until committed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    checkout = _clean_copy(tmp / "checkout")
    # No build isolation: the backend (setuptools, a test dependency) is already in this venv.
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp / "dist", checkout,
         cwd=tmp)
    [wheel] = (tmp / "dist").glob("reviewdesk-*.whl")
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp)
    python = venv / "bin" / "python"
    # This venv's pip installs into the new one (which has none, to be quick), before the .pth
    # exists: pip must see an empty venv, not the editable reviewdesk of this one.
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "reviewdesk_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return venv


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REVIEWDESK_", "XDG_"))}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), REVIEWDESK_STORE=str(tmp_path / "wheel.rdstore"),
               REVIEWDESK_LOG_DIR=str(tmp_path / "log"), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_the_wheel_holds_the_resources_and_nothing_generated(installed):
    [wheel] = installed.parent.joinpath("dist").glob("reviewdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"reviewdesk/gui/resources/icons/reviewdesk.svg", "reviewdesk/gui/resources/styles/reviewdesk.qss",
            "reviewdesk/db/migrations/versions/0001_initial.py", "reviewdesk/documents/schemas/Project.xsd",
            "reviewdesk/documents/schemas/Codebook.xsd"} <= names
    # Compiled from the .ts sources by setup.py's build hook (pyside6-lrelease), not taken from git.
    assert {f"reviewdesk/gui/resources/translations/reviewdesk_{lang}.qm" for lang in ("en", "fr", "es")} <= names
    assert not [n for n in names if "/forms/" in n or n.endswith("resources_rc.py")]


def test_the_installed_command_reports_its_version(installed, tmp_path):
    result = _run(installed / "bin" / "reviewdesk", "--version", env=_env(tmp_path), cwd=tmp_path)
    assert result.stdout.strip() == f"reviewdesk {__version__}"
    where = _run(installed / "bin" / "python", "-c", "import reviewdesk.gui.app as m; print(m.__file__)",
                 env=_env(tmp_path), cwd=tmp_path).stdout
    assert Path(where.strip()).is_relative_to(installed), "reviewdesk must come from the wheel"


def test_the_installed_window_opens_and_quits(installed, tmp_path):
    result = _run(installed / "bin" / "reviewdesk", env=_env(tmp_path, REVIEWDESK_QUIT_AFTER_MS="1500"),
                  cwd=tmp_path)
    assert "reviewdesk: window shown" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "log" / "reviewdesk.log").exists(), "an unexpected error was logged"
    assert (tmp_path / "wheel.rdstore").exists(), "the store was created through the installed migrations"
