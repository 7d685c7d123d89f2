"""Small text files that once kept the parser busy for minutes (issue #13), for the tests and the benchmark.

Each is fictional filler shaped to hit one non-linear step: a long line of repeated phrases, hyphenated
words, markdown-like runs, a million short lines, a long list of resolutions.
"""

from __future__ import annotations

HEAD = "AL OTH 5/2024\n\n12 March 2024\n\nExcellency,\n\n"


def adversarial_texts() -> dict[str, bytes]:
    phrase = "in accordance with the information received and the concerns expressed "
    return {
        "long-line.txt": (HEAD + phrase * 30_000).encode(),
        "hyphenated.txt": (HEAD + " ".join(f"co-opera-tion{n % 97}-and-self-determina-\ntion" for n in range(60_000))
                           ).encode(),
        "markdown-runs.txt": (HEAD + "** __ [ * _ " * 150_000 + "\n" + "*" * 200_000 + "\n" + "[" * 200_000).encode(),
        "million-lines.txt": (HEAD + "a\n" * 1_000_000).encode(),
        "resolutions.txt": (HEAD + "pursuant to Human Rights Council resolutions "
                            + ", ".join(f"{n % 60 + 1}/{n % 40 + 1}" for n in range(100_000)) + ".\n").encode(),
    }
