"""``kill -9`` while a new store is being created never leaves it refused: the next open works."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewdesk.db import open_store

SRC = Path(__file__).resolve().parents[2] / "src"
CREATE = "import sys; from reviewdesk.db import open_store; open_store(sys.argv[1]).close(); print('done', flush=True)"


def _spawn(path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-c", CREATE, str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _creation_time(tmp_path: Path) -> float:
    started = time.monotonic()
    child = _spawn(tmp_path / "timing.rdstore")
    child.communicate(timeout=60)
    return time.monotonic() - started


@pytest.mark.slow
def test_kill_9_during_the_creation_of_a_new_store_never_leaves_it_refused(tmp_path):
    """40 kills spread over the whole creation (interpreter start, schema, rename); each store then opens."""
    span = _creation_time(tmp_path)
    chance = random.Random(13)
    completed = 0
    for run in range(40):
        path = tmp_path / f"run{run}" / "new.rdstore"
        path.parent.mkdir()
        child = _spawn(path)
        time.sleep(chance.uniform(0.3, 1.0) * span)
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=60)
        completed += out == b"done\n"
        with open_store(path) as store, store.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1, run
        leftovers = [p.name for p in path.parent.iterdir() if ".creating-" in p.name]
        assert leftovers == [], (run, leftovers)  # the killed creation's temp file went with the next open
    assert completed < 40  # most kills landed before the end
