"""Search benchmark: 10,000 cases and 30,000 documents, then p50/p95 of queries, facets and filtered lists.

The store is generated with Core bulk inserts into the real schema (cases,
letters, annexes and replies in English, French and Spanish with realistic
words, accepted tags, verdicts and grades) and indexed by the real
``index_document``. Figures are printed beside their targets, never asserted.
Writes (a tag, a correction, an import) run through ``facets.following_edits``
as the window's worker runs them; "an unnoted write" is a raw UPDATE no edit
describes (another program's), which still reads the document parts whole.

    python benchmarks/bench_search.py [--cases 10000] [--store PATH [--keep]] [--runs 40]

With ``--store PATH --keep`` the store is built once and reused by later runs.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, update

from reviewdesk.db import open_store
from reviewdesk.db.models import (
    Case,
    Document,
    Grade,
    Question,
    Scale,
    ScaleValue,
    StoredFile,
    Tag,
    Term,
    VerdictRow,
)
from reviewdesk.db.search import index_document
from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.cases import list_cases
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.dto import CaseFilter
from reviewdesk.services.edits import Changes
from reviewdesk.services.facets import facet_counts, following_edits, matching_case_ids
from reviewdesk.services.importer import import_bytes
from reviewdesk.services.search import search
from reviewdesk.services.tags import add_tag

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the letter generator lives with the tests
from tests.generated import LetterSpec, letter_text

COUNTRIES = ["CHN", "IND", "BRA", "MEX", "FRA", "GBR", "USA", "RUS", "EGY", "TUR", "IRN", "PAK", "COL", "GTM",
             "SLV", "DZA", "SEN", "LBN", "SYR", "MMR", "OTH", "OTH", "OTH"]
TYPES = ["AL", "AL", "AL", "UA", "UA", "OL"]
MANDATES = [
    "Special Rapporteur on the situation of human rights defenders",
    "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
    "Working Group on Arbitrary Detention",
    "Special Rapporteur on contemporary forms of slavery, including its causes and consequences",
    "Working Group on the issue of human rights and transnational corporations and other business enterprises",
    "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
    "Special Rapporteur on freedom of opinion and expression",
    "Special Rapporteur on adequate housing",
    "Special Rapporteur on the right to privacy",
    "Special Rapporteur on the independence of judges and lawyers",
]
WORDS = {
    "en": ("according to the information received the human rights defender was detained arrested without a warrant "
           "held in incommunicado detention tortured and denied access to a lawyer forced labour in the factory "
           "workers migrants supply chain company due diligence remedy investigation the government allegations "
           "concern protest journalists eviction housing land indigenous peoples trafficking wages police"),
    "fr": ("selon les informations reçues le défenseur des droits de l'homme a été arrêté détenu sans mandat placé en "
           "détention au secret torturé privé d'avocat travail forcé dans l'usine travailleurs migrants chaîne "
           "d'approvisionnement entreprise enquête le gouvernement allégations préoccupation manifestation journalistes"),
    "es": ("según la información recibida el defensor de derechos humanos fue detenido arrestado sin orden judicial "
           "mantenido en detención incomunicada torturado sin acceso a un abogado trabajo forzoso en la fábrica "
           "trabajadores migrantes cadena de suministro empresa investigación el gobierno alegaciones protesta"),
}
QUERIES = ["detained", "forced labour", '"human rights defender"', "torture OR tortured", "migrant* -company",
           "détention", "trabajo forzoso", "journalists protest", "eviction", "supply chain due diligence"]


_SYLLABLES = "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to".split()


def _vocabulary(rng: random.Random, size: int = 6000) -> tuple[list[str], list[float]]:
    """Invented words with Zipf frequencies (cumulative weights): a real corpus's long tail, so a query matches some documents only."""
    words = sorted({"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)})
    rng.shuffle(words)
    return words, list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))


def _text(rng: random.Random, language: str, words: int, filler: tuple[list[str], list[float]]) -> str:
    """Filler words with a few of the domain's words (one word in fifty)."""
    domain = WORDS[language].split()
    sentences = []
    while words > 0:
        length = rng.randint(8, 20)
        chosen = rng.choices(filler[0], cum_weights=filler[1], k=length)
        for position in range(length):
            if rng.random() < 0.02:
                chosen[position] = rng.choice(domain)
        sentences.append(" ".join(chosen).capitalize() + ".")
        words -= length
    return " ".join(sentences)


def build(path: Path, cases: int, seed: int = 12) -> None:
    rng = random.Random(seed)
    filler = _vocabulary(rng)
    store = open_store(path)
    today = date.today()
    with store.session() as session:
        terms = session.execute(select(Term.id).where(Term.parent_id.is_not(None))).scalars().all()
        values = session.execute(select(ScaleValue.id).join(Scale, Scale.id == ScaleValue.scale_id)).scalars().all()
        case_rows, file_rows = [], []
        for number in range(1, cases + 1):
            country, kind = rng.choice(COUNTRIES), rng.choice(TYPES)
            sent = today - timedelta(days=rng.randint(0, 365 * 8))
            organisation = (f"Permanent Mission of {country} to the United Nations Office at Geneva"
                            if country != "OTH" else rng.choice(["Example Textiles Ltd.", "Sample Mining S.A.", None]))
            case_rows.append({"id": number, "reference": f"{kind} {country} {number}/{sent.year}", "type": kind,
                              "country": country, "number": number, "year": sent.year, "date": sent,
                              "reply_due": sent + timedelta(days=2 if kind == "UA" else 60),
                              "addressee": "Mr. Example", "organisation": organisation})
        session.execute(insert(Case), case_rows)
        documents, questions, tags, verdicts, grades = [], [], [], [], []
        document_id = question_id = 0
        for row in case_rows:
            language = rng.choices(["en", "fr", "es"], [6, 2, 2])[0]
            mandates = rng.sample(MANDATES, rng.randint(1, 4))
            kinds = ["letter", "annex"] + (["reply"] if rng.random() < 0.55 else ["annex"])
            for kind in kinds:
                document_id += 1
                file_rows.append({"id": document_id, "sha256": hashlib.sha256(str(document_id).encode()).hexdigest(),
                                  "filename": f"doc_{document_id}.pdf", "media_type": "application/pdf", "size": 1,
                                  "data": b"", "imported_at": row["date"]})
                replied = row["date"] + timedelta(days=rng.randint(10, 120))
                documents.append({
                    "id": document_id, "case_id": row["id"], "file_id": document_id, "kind": kind,
                    "language": language, "date": replied if kind == "reply" else row["date"],
                    "text": _text(rng, language, rng.randint(300, 1500), filler), "page_count": 3,
                    "needs_ocr": False, "is_ocr": kind == "reply" and rng.random() < 0.2,
                    "fields": {"mandates": mandates} if kind == "letter" else {}, "warnings": [],
                    "parser_version": 1, "created_at": row["date"]})
                if kind == "letter":
                    for n in range(1, rng.randint(3, 7)):
                        question_id += 1
                        questions.append({"id": question_id, "document_id": document_id, "number": n, "label": f"{n}.",
                                          "text": "Please provide information.", "start": 0, "end": 10,
                                          "orphaned": False})
                        if rng.random() < 0.3:
                            verdicts.append({"question_id": question_id, "value": rng.choice(list(Verdict)).value,
                                             "note": ""})
                for _ in range(rng.randint(0, 3)):
                    tags.append({"document_id": document_id, "term_id": rng.choice(terms), "start": 0, "end": 5,
                                 "status": "accepted" if rng.random() < 0.85 else "pending", "note": "", "author": "",
                                 "quote": "", "prefix": "", "suffix": "", "orphaned": False})
                if kind == "reply" and rng.random() < 0.6:
                    grades.append({"case_id": row["id"], "document_id": document_id,
                                   "scale_value_id": rng.choice(values), "actions": [], "note": ""})
        session.execute(insert(StoredFile), file_rows)
        session.execute(insert(Document), documents)
        session.execute(insert(Question), questions)
        session.execute(insert(VerdictRow), verdicts)
        session.execute(insert(Tag), tags)
        session.execute(insert(Grade), grades)
        started = time.perf_counter()
        for document in documents:
            index_document(session, document["id"], document["text"], document["language"])
        print(f"indexed {len(documents)} documents in {time.perf_counter() - started:.1f} s")
    store.close()


def _timed(runs: int, fn, before=None) -> tuple[float, float, float, float]:
    """p50 and p95 of the wall time, then of this process's CPU time (steadier on a shared machine), in ms."""
    wall, cpu = [], []
    for index in range(runs):
        if before is not None:
            before(index)
        started, used = time.perf_counter(), time.process_time()
        fn(index)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    wall.sort()
    cpu.sort()
    at = max(0, int(runs * 0.95) - 1)
    return statistics.median(wall), wall[at], statistics.median(cpu), cpu[at]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--store", type=Path, default=None, help="the store to build (or reuse with --keep)")
    parser.add_argument("--keep", action="store_true", help="reuse the store at --store if it exists")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "bench.rdstore"
        if not (args.keep and path.exists()):
            path.unlink(missing_ok=True)
            started = time.perf_counter()
            build(path, args.cases)
            print(f"built in {time.perf_counter() - started:.1f} s")
        store = open_store(path)
        with store.session() as session:
            counted = session.scalar(select(func.count()).select_from(Case)), session.scalar(
                select(func.count()).select_from(Document))
        print(f"store: {counted[0]:,} cases, {counted[1]:,} documents, {path.stat().st_size / 2**20:.0f} MiB")
        some = [CaseFilter(facets=(("addressee", "state"), ("type", "UA"))),
                CaseFilter(facets=(("country", "CHN"), ("country", "IND"), ("reply", "none"), ("language", "en"))),
                CaseFilter(facets=(("mandate", MANDATES[2]), ("year", str(date.today().year - 1)),
                                   ("overdue", "no")))]
        with store.session() as session:
            term = session.scalar(select(Term.id).where(Term.parent_id.is_not(None)))
            # References take up to four digits: new numbers of this year, shifted by what earlier runs imported.
            first_import = session.scalar(select(func.count()).select_from(Document))
        facet_counts(store, CaseFilter())  # the index built once, as when the window opens

        # Each write runs as the window's worker runs it (``following_edits``), so the index follows its Changes.
        def tagging(index: int) -> None:
            following_edits(store, lambda: add_tag(store, 1 + index, 0, 20, term))

        def correcting(index: int) -> None:  # organisation: the addressee kind; a mandate in French every other run
            mandates = [MANDATES[0]] if index % 2 else ["Groupe de travail sur la détention arbitraire"]
            following_edits(store, lambda: correct_fields(store, 1 + index, {
                "organisation": f"Example Trading {index} Ltd." if index % 2 else None, "mandates": mandates}))

        def importing(index: int) -> None:  # one letter, reported as the window reports an import
            spec = LetterSpec("OL", COUNTRIES[index % 20], 1 + (first_import + index) % 9999, date.today().year,
                              date.today(), 60, "Ms. Example", "Permanent Mission in Geneva", tuple(MANDATES[:2]))
            data = letter_text(spec).encode()
            result = following_edits(store, lambda: import_bytes(store, data, f"{spec.stem}.txt"),
                                     Changes(case_list=True))
            if result.unfiled or not result.document_ids:
                print(f"note: {spec.reference} was not filed under a case ({result.status}: {result.reason})")

        def document_edit(index: int) -> None:  # a write no edit describes: the parts reading documents, whole
            with store.session() as session:
                session.execute(update(Document).where(Document.id == 1 + index).values(page_count=4))

        rows = [
            ("search, plain query (200 hits)", None, lambda i: search(store, QUERIES[i % len(QUERIES)])),
            ("search, query + 2-3 facets", 50, lambda i: search(store, QUERIES[i % len(QUERIES)], some[i % 3])),
            ("facet_counts, warm", 100, lambda i: facet_counts(store, some[i % 3])),
            ("facet_counts, with a query", 100,
             lambda i: facet_counts(store, some[i % 3].with_query(QUERIES[i % len(QUERIES)]))),
            ("facet_counts, after a tag", 100, lambda i: facet_counts(store, some[i % 3]), tagging),
            ("facet_counts, after a correction", 100, lambda i: facet_counts(store, some[i % 3]), correcting),
            ("facet_counts, after an import", 100, lambda i: facet_counts(store, some[i % 3]), importing),
            ("facet_counts, after an unnoted write", None, lambda i: facet_counts(store, some[i % 3]), document_edit),
            ("matching_case_ids, facets", None, lambda i: matching_case_ids(store, some[i % 3])),
            ("list_cases(filters)", None, lambda i: list_cases(store, some[i % 3])),
            ("list_cases() (all, for scale)", None, lambda i: list_cases(store)),
        ]
        print(f"{'measure':<36} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'cpu p95':>8}  target (p95)")
        for label, target, fn, *before in rows:
            p50, p95, cpu50, cpu95 = _timed(args.runs, fn, *before)
            print(f"{label:<36} {p50:>8.1f} {p95:>8.1f} {cpu50:>8.1f} {cpu95:>8.1f}  {f'< {target} ms' if target else ''}")
        print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
