"""What serves one case reads that case's rows only: no query plan scans every document or question."""

from __future__ import annotations

import re

from sqlalchemy import event

from reviewdesk.services.cases import case_detail, case_detail_by_id, list_cases
from reviewdesk.services.importer import import_paths

from ..conftest import DATA, LETTERS

_FULL_SCAN = re.compile(r"\bSCAN (document|question)\b")


def _plans(store, action) -> list[str]:
    """The query-plan lines of every SELECT ``action`` runs."""
    lines: list[str] = []

    def explain(_conn, cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            plan = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            lines.extend(row[3] for row in plan)

    event.listen(store.engine, "before_cursor_execute", explain)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", explain)
    return lines


def test_opening_one_case_scans_no_table_of_documents_or_questions(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", DATA / "letters" / "JAL_DZA_4_2016.txt",
                         DATA / "letters" / "AL_GBR_7_2020.txt"], ocr_language=None)
    case_id = next(c.id for c in list_cases(store) if c.reference == "AL OTH 78/2021")
    for action in (lambda: case_detail_by_id(store, case_id), lambda: case_detail(store, "AL OTH 78/2021")):
        plans = _plans(store, action)
        assert plans and not [line for line in plans if _FULL_SCAN.search(line)], plans
    detail = case_detail_by_id(store, case_id)
    listed = next(c for c in list_cases(store) if c.id == case_id)
    assert detail.summary == listed  # the same counts as the whole list gives
    assert listed.question_count == 8 and listed.document_count == len(detail.documents)
