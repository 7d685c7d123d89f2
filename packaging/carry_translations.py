"""Carry translations over to messages whose context changed (code moved between classes).

    python packaging/carry_translations.py OLD.ts NEW.ts

lupdate files a message under its class (its context); moved code makes a new,
unfinished message and drops the old one. Copy an earlier .ts aside, run
update_translations.sh, run this over each language (same source text and plural
kind → same translation, the old context's first), then the script again to normalise.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _key(message: ET.Element) -> tuple[str, str, bool]:
    return (message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes")


def carry(old_path: str, new_path: str) -> int:
    known: dict[tuple[str, str, bool], ET.Element] = {}
    for message in ET.parse(old_path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            known.setdefault(_key(message), translation)
    tree = ET.parse(new_path)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        found = known.get(_key(message))
        if translation is not None and translation.get("type") == "unfinished" and found is not None:
            message.remove(translation)
            message.append(found)
            carried += 1
    tree.write(new_path, encoding="utf-8", xml_declaration=True)
    return carried


if __name__ == "__main__":
    print(f"{carry(sys.argv[1], sys.argv[2])} translation(s) carried over")
