"""Understanding benchmark: per-field accuracy over the whole letter corpus, per form and overall.

Every letter of ``tests/data/letters`` (its PDF, DOCX and naive text copy, and
each of its other text copies) and the shared fixture AL OTH 78/2021 (PDF, DOCX,
TXT) is analysed and compared field by field with its expected JSON. A field
is right only when it is exactly right (a list must match item by item).
Besides the fields, ``allegations`` checks where the facts alleged start and
end, and ``clean body`` that no letterhead, footer or footnote text is left in
the running text.

    python benchmarks/bench_understanding.py [--failures]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from reviewdesk.documents.reader import analyse_file
from reviewdesk.domain.letter import SectionKind
from reviewdesk.services.letters import letter_fields_json

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "letters"
FIXTURE = ROOT.parent / "shared" / "fixtures" / "letters"
FIELDS = [
    "reference", "reference_parts", "date", "reply_due", "addressee", "addressee_title", "organisation",
    "mandates", "hrc_resolutions", "questions", "signatories", "similar_letters_to", "similar_letters_to_others",
    "annex", "footnotes", "language", "cited_references", "pages",
]
CHECKS = ["allegations", "clean body"]


def documents() -> list[tuple[str, str, Path, dict]]:
    """(name, form, file, expected) for every document of the corpus and the fixture."""
    found = []
    for entry in json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8")):
        expected = json.loads((CORPUS / entry["expected"]).read_text(encoding="utf-8"))
        for form, filename in entry["forms"].items():
            label = form if entry["copy_of"] is None else entry["name"].removeprefix(entry["copy_of"] + "_")
            found.append((entry["name"], label, CORPUS / filename, expected))
    fixture_expected = FIXTURE / "AL_OTH_78_2021.expected.json"
    if fixture_expected.exists():
        expected = json.loads(fixture_expected.read_text(encoding="utf-8"))
        for form in ("pdf", "docx", "txt"):
            found.append(("AL_OTH_78_2021 (fixture)", form, FIXTURE / f"AL_OTH_78_2021.{form}", expected))
    return found


def _checks(result, expected: dict) -> dict[str, bool]:
    body = result.body
    allegations = body.section_text(SectionKind.ALLEGATIONS)
    outcome = {}
    if "allegations_starts" in expected:
        outcome["allegations"] = (allegations.startswith(expected["allegations_starts"])
                                  and expected["allegations_ends"] in allegations)
    footnotes = body.section(SectionKind.FOOTNOTES)
    running = body.text[: footnotes.start] if footnotes else body.text
    outcome["clean body"] = not any(banned in running for banned in expected.get("must_not_appear_in_body", []))
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="print every wrong field with both values")
    args = parser.parse_args(argv)
    scores: dict[tuple[str, str], list[bool]] = defaultdict(list)  # (field, form) -> outcomes
    failures = []
    docs = documents()
    for name, form, path, expected in docs:
        _source, result = analyse_file(path.read_bytes(), path.name)
        got = letter_fields_json(result.fields, result.page_count)
        outcomes = {key: got.get(key) == expected[key] for key in FIELDS if key in expected
                    and not (key == "pages" and form != "pdf")}
        outcomes.update(_checks(result, expected))
        for key, ok in outcomes.items():
            scores[(key, form)].append(ok)
            if not ok:
                failures.append((name, form, key, got.get(key), expected.get(key)))
    order = ["pdf", "docx", "txt", "flat", "shared", "salutation", "page2"]
    forms = sorted({form for _n, form, _p, _e in docs}, key=lambda f: order.index(f) if f in order else len(order))
    print(f"{len(docs)} documents ({len({n for n, *_ in docs})} letters and copies)\n")
    header = f"{'field':<26}" + "".join(f"{form:>11}" for form in forms) + f"{'overall':>11}"
    print(header)
    print("-" * len(header))
    worst = 100.0
    for key in FIELDS + CHECKS:
        cells = []
        everything: list[bool] = []
        for form in forms:
            values = scores.get((key, form), [])
            everything += values
            cells.append(f"{100 * sum(values) / len(values):10.1f}%" if values else f"{'—':>11}")
        if not everything:
            continue
        overall = 100 * sum(everything) / len(everything)
        worst = min(worst, overall)
        print(f"{key:<26}" + "".join(cells) + f"{overall:10.1f}%  ({sum(everything)}/{len(everything)})")
    total = [ok for values in scores.values() for ok in values]
    print(f"\nall fields: {100 * sum(total) / len(total):.1f}% ({sum(total)}/{len(total)}); lowest field {worst:.1f}%")
    if args.failures:
        for name, form, key, got, want in failures:
            print(f"\n{name} [{form}] {key}\n   got: {got!r}\n  want: {want!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
