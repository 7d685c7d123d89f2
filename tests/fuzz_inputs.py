"""Seeded mutations of the fixtures and the corpus, for the fuzz test and ``benchmarks/fuzz_import.py``.

Byte flips, truncations, ZIP-level and XML mutations of Word files, and random bytes under every supported
suffix (with and without the right magic). The same seed gives the same inputs.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import DATA, LETTERS, REPLIES

SUFFIXES = (".pdf", ".docx", ".txt")


def seed_files() -> list[Path]:
    """The fixtures and the corpus files of every supported kind, smallest first (mutating those is quick)."""
    files = [p for folder in (LETTERS, REPLIES, DATA / "letters", DATA / "replies", DATA / "variants")
             for p in folder.glob("*") if p.suffix in SUFFIXES and p.stat().st_size < 400_000]
    return sorted(files, key=lambda p: (p.stat().st_size, p.name))


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(1, len(data))]


def _splice(data: bytes, rng: random.Random) -> bytes:
    """A run of the file repeated or cut out: lengths and offsets go wrong."""
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 4096))
    return data[:start] + data[start:end] * rng.randint(0, 6) + data[end:]


def _xml_mutation(xml: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    position = rng.randrange(len(xml))
    if choice == 0:  # a tag cut in half
        return xml[:position] + xml[position + rng.randint(1, 40):]
    if choice == 1:  # an unknown element
        return xml[:position] + b"<w:x><w:y/>" + xml[position:]
    if choice == 2:  # deep nesting
        depth = rng.randint(100, 3000)
        return xml.replace(b"<w:body>", b"<w:body>" + b"<w:p>" * depth + b"</w:p>" * depth, 1)
    if choice == 3:  # text no letter has: controls, surrogates' UTF-8, right-to-left marks
        return xml.replace(b"<w:t>", b"<w:t>\xe2\x80\x8f\x01\xef\xbf\xbf" + bytes(rng.randrange(128, 256)
                                                                          for _ in range(8)), rng.randint(1, 30))
    if choice == 4:  # an entity, declared or not
        return b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>' + xml.split(b"?>", 1)[-1] \
            .replace(b"<w:t>", b"<w:t>&a;&b;", 3)
    return xml.replace(b"w:numId", b"w:numId w:val=\"999999\" x", 5)


def _zip_mutation(data: bytes, rng: random.Random) -> bytes:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = [(info, package.read(info)) for info in package.infolist()]
    except Exception:  # an earlier mutation broke it: flip bytes instead
        return _flip(data, rng)
    out = io.BytesIO()
    choice = rng.randrange(5)
    victim = rng.randrange(len(members))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as mutated:
        for index, (info, content) in enumerate(members):
            if index == victim and choice == 0:
                continue  # a part missing
            if index == victim and choice == 1:
                content = _flip(content, rng) if content else content
            if choice == 2 and info.filename.endswith(".xml"):
                content = _xml_mutation(content, rng) if content else content
            if index == victim and choice == 3:
                mutated.writestr(info.filename + "x", content)  # a part renamed
                continue
            mutated.writestr(info.filename, content, compress_type=zipfile.ZIP_STORED if choice == 4 else None)
            if index == victim and choice == 4 and info.filename.endswith(".xml"):
                mutated.writestr(info.filename.replace(".xml", "2.xml"), content * 3)
    return out.getvalue()


def _random_bytes(rng: random.Random, suffix: str) -> bytes:
    size = rng.choice((1, 7, 100, 3000, 40_000))
    body = rng.randbytes(size)
    magic = {".pdf": b"%PDF-1.7\n", ".docx": b"PK\x03\x04", ".txt": b""}[suffix]
    return (magic + body) if rng.random() < 0.5 else body


def fuzz_inputs(seed: int, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` (name, bytes) pairs: mutated fixture and corpus files, and random bytes."""
    rng = random.Random(seed)
    seeds = [(p.suffix, p.read_bytes()) for p in seed_files()[:40]]
    for number in range(count):
        if number % 10 == 9:
            suffix = SUFFIXES[number % 3]
            yield f"{number:06d}-random{suffix}", _random_bytes(rng, suffix)
            continue
        suffix, data = rng.choice(seeds)
        mutations = [_flip, _truncate, _splice] + ([_zip_mutation] * 3 if suffix == ".docx" else [])
        mutation = rng.choice(mutations)
        yield f"{number:06d}-{mutation.__name__.strip('_')}{suffix}", mutation(data, rng)
