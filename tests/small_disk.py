"""Run the CLI with a folder on a tiny filesystem, to see what a full disk does.

A private tmpfs is mounted in a new mount namespace (``unshare -rm``: works as root and, through a user
namespace, as anyone), so nothing is mounted on the machine and the disk vanishes with the process.
Files the run left on the tiny disk are listed after a marker line, since they vanish with it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

LISTING = "--- left on the small disk:"
SRC = Path(__file__).resolve().parents[1] / "src"


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    left: list[str]


def run_cli_on_small_disk(disk: Path, size: str, cli_args: list[str], before: str = "", timeout: float = 120) -> Run:
    """``reviewdesk CLI_ARGS`` with ``disk`` a fresh tmpfs of ``size`` (e.g. "64k"); ``before`` runs first (sh)."""
    disk.mkdir(parents=True, exist_ok=True)
    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "reviewdesk", *cli_args])
    script = (f"mount -t tmpfs -o size={size} tmpfs {shlex.quote(str(disk))} || exit 99\n{before}\n{command}\n"
              f"rc=$?\necho {shlex.quote(LISTING)}\nls -A {shlex.quote(str(disk))}\nexit $rc\n")
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], check=False, capture_output=True, text=True, env=env,
                          timeout=timeout)
    assert done.returncode != 99, f"cannot mount a tmpfs in a mount namespace: {done.stderr}"
    out, _marker, listing = done.stdout.partition(LISTING + "\n")
    return Run(done.returncode, out, done.stderr, listing.split())
