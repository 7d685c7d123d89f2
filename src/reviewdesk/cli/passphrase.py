"""Passphrases for encrypted stores: from the environment (scripts) or a prompt on the terminal.

Every command opens an encrypted store by the same rule (``unlock``): the
passphrase is ``$REVIEWDESK_PASSPHRASE`` if set, else asked on the terminal,
else the command stops with a one-line reason. A new passphrase is asked twice.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from reviewdesk.domain.errors import ReviewDeskError

if TYPE_CHECKING:
    from reviewdesk.db import StoreLocation

PASSPHRASE_ENV = "REVIEWDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "REVIEWDESK_NEW_PASSPHRASE"


class PassphraseError(ReviewDeskError):
    """No passphrase could be had, or the two entries of a new one differ."""


def unlock(value) -> StoreLocation:
    """The location of ``--store`` (or the default), with its passphrase if the file is encrypted."""
    from reviewdesk.db import StoreLocation

    location = StoreLocation.parse(value)
    if location.passphrase is None and location.is_encrypted():
        location = location.with_passphrase(read_passphrase(location))
    return location


def read_passphrase(location: StoreLocation, env: str = PASSPHRASE_ENV, prompt: str = "Passphrase for {name}: ") -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise PassphraseError(f"{location} is encrypted: set ${env} or run the command on a terminal to type it")
    return getpass.getpass(prompt.format(name=location.describe()))


def new_passphrase(location: StoreLocation, env: str) -> str:
    """A new passphrase: ``$env``, else typed twice on the terminal; never empty."""
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise PassphraseError(f"{location}: set ${env} to the new passphrase or run the command on a terminal")
        value = getpass.getpass(f"New passphrase for {location.describe()}: ")
        if getpass.getpass("The same passphrase again: ") != value:
            raise PassphraseError(f"{location}: the two passphrases differ; nothing was changed")
    if not value:
        raise PassphraseError(f"{location}: the passphrase is empty; nothing was changed")
    return value
