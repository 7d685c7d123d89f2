"""Where the default store lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ReviewDesk"
STORE_SUFFIX = ".rdstore"
STORE_ENV = "REVIEWDESK_STORE"


def default_store_path() -> Path:
    """``$REVIEWDESK_STORE`` or ``<user data dir>/ReviewDesk/reviewdesk.rdstore``."""
    override = os.environ.get(STORE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / f"reviewdesk{STORE_SUFFIX}"
