"""``bundle``: review bundles for teams without a server (export a set of cases, import and merge one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from reviewdesk.db import Store


def cmd_export(args, store: Store) -> int:
    from reviewdesk.services.bundle import export_bundle

    path = export_bundle(store, args.references, args.output)
    print(f"wrote {path} ({len(args.references)} case(s))")
    return 0


def print_report(report) -> None:
    print(f"added {report.added}, updated {report.updated}, deleted {report.deleted}, "
          f"conflicts {report.conflicts}")
    for case in sorted(report.cases.values(), key=lambda c: c.reference):
        if case.added or case.updated or case.deleted or case.conflicts:
            print(f"  {case.reference}: added {case.added}, updated {case.updated}, deleted {case.deleted}, "
                  f"conflicts {case.conflicts}")


def cmd_import(args, store: Store) -> int:
    from reviewdesk.services.bundle import import_bundle

    print_report(import_bundle(store, args.file))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    sub = commands.add_parser("bundle", help="export or import a review bundle (cases' annotations in one file)")
    actions = sub.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write cases' originals and annotations to a .rdbundle")
    export.add_argument("references", nargs="+", metavar="REF")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(func=cmd_export)
    imported = actions.add_parser("import", help="merge a .rdbundle into the store (lineages decide; conflicts kept)")
    imported.add_argument("file", metavar="FILE")
    imported.set_defaults(func=cmd_import)
