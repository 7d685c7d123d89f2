"""REFI-QDA on the command line: ``export … --qdpx/--qdc`` (options of ``export``) and ``import-qdpx``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk.cli.common import printable

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def add_export_options(sub: argparse.ArgumentParser) -> None:
    """The ``export`` command's REFI-QDA outputs (``cli/export.py`` calls this and ``export_qda``)."""
    sub.add_argument("--qdpx", metavar="OUT.qdpx", help="a REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo): "
                                                         "texts, originals, codebook, codings, notes, variables")
    sub.add_argument("--qdc", metavar="OUT.qdc", help="the vocabularies alone as a REFI-QDA codebook "
                                                       "(needs no reference)")


def export_qda(args, store: Store) -> None:
    from reviewdesk.services.qda import export_codebook, export_project

    if args.qdpx:
        summary = export_project(store, args.references, Path(args.qdpx), reviewer=args.reviewer,
                                 redaction=args.redaction)
        print(printable(summary.line(args.qdpx)))
    if args.qdc:
        print(printable(f"wrote {args.qdc} ({export_codebook(store, Path(args.qdc))} code(s))"))


def cmd_import_qdpx(args, store: Store) -> int:
    from reviewdesk.services.qda_import import import_codebook, import_project

    path = Path(args.file)
    if args.codebook_only or path.suffix.lower() == ".qdc":
        report = import_codebook(store, path, args.vocabulary)
        print(printable(f"{path}: terms: {report.terms_matched} matched, {report.terms_created} created in "
                        f"{', '.join(report.vocabularies) or '—'}"))
        return 0
    report = import_project(store, path, args.vocabulary)
    for line in report.lines(str(path)):
        print(printable(line))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("import-qdpx", help="import a REFI-QDA project (.qdpx) or codebook (.qdc)")
    sub.add_argument("file", metavar="FILE.qdpx")
    sub.add_argument("--vocabulary", metavar="KEY", help="put the codes of another tool's file in this vocabulary "
                                                          "(default: one named after the project)")
    sub.add_argument("--codebook-only", action="store_true", help="import the codes only, as terms")
    sub.set_defaults(func=cmd_import_qdpx)
