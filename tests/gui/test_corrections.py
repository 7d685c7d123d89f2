"""Fixing a letter the parser got wrong, entirely from the window: reference, date, a merged question.

The letter is the real fixture's text copy with its reference removed and questions 4 and 5 run
together; the fix is undoable, survives re-analysis and shows in the briefing.
"""

from __future__ import annotations

import docx

from reviewdesk.documents.briefing import BriefingOptions
from reviewdesk.services.cases import case_detail_by_id, list_cases
from reviewdesk.services.filing import unfiled_documents
from reviewdesk.services.importer import import_paths

from ..conftest import LETTERS


def _damaged_copy(tmp_path):
    text = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
    text = text.replace("REFERENCE:\nAL OTH 78/2021\n", "")
    assert "78/2021" not in text
    fourth = text.index("\n5. Please explain what concrete steps")
    text = text[:fourth] + " " + text[fourth + len("\n5. "):]  # question 5 now runs on inside question 4
    path = tmp_path / "letter without reference.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_letter_is_filed_corrected_and_its_questions_mended_from_the_window(window, store, tmp_path, qtbot):
    window.settings.reviewer = "Ana Reviewer"
    import_paths(store, [_damaged_copy(tmp_path)])
    window.refresh_cases()
    assert list_cases(store) == []
    panel = window.unfiled
    assert panel.isVisibleTo(window) and panel.title.text() == "Needs a reference (1)"

    panel.give_reference("AL OTH 78/2021")  # as typed in the dialog
    (case,) = list_cases(store)
    assert not unfiled_documents(store) and not panel.isVisibleTo(window)
    window.select_case(case.id)
    assert window.current_case.summary.reference == "AL OTH 78/2021"

    window.edit_details()
    dialog = window.details_dialog
    dialog.editors["date"].widget.setText("not a date")
    dialog.save()
    assert dialog.isVisible() and "failed" in dialog.status.text()  # explained, nothing changed
    assert case_detail_by_id(store, case.id).summary.date.isoformat() == "2021-03-12"
    dialog.editors["date"].widget.setText("2021-03-15")
    dialog.editors["addressee"].widget.setText("Mr. Hualong Liu")
    dialog.save()
    assert not dialog.isVisible()
    detail = case_detail_by_id(store, case.id)
    assert detail.summary.date.isoformat() == "2021-03-15" and detail.corrections["date"].by == "Ana Reviewer"
    assert "✎ corrected: addressee, date" in window.case_header.details.text() or \
        "✎ corrected: date" in window.case_header.details.text()

    window.edit_questions()
    editor = window.questions_editor
    numbers = [q.number for q in editor.questions()]
    assert numbers == list(range(1, 8))  # 8 questions read as 7
    merged = editor.questions()[3]
    split_at = merged.text.index("Please explain what concrete steps")
    editor.list.setCurrentRow(3)
    cursor = editor.text.textCursor()
    cursor.setPosition(editor.text._utf16[merged.start + split_at])
    editor.text.setTextCursor(cursor)
    editor.split()
    editor.renumber()
    assert [q.number for q in editor.questions()] == list(range(1, 9))
    assert editor.questions()[4].text.startswith("Please explain what concrete steps")

    window.reanalysis.reanalyse_case()  # the parser reads the stored copy again: the corrections win
    detail = case_detail_by_id(store, case.id)
    assert detail.summary.reference == "AL OTH 78/2021" and detail.summary.date.isoformat() == "2021-03-15"
    assert len(detail.letter().questions) == 8

    out = tmp_path / "briefing.docx"
    with qtbot.waitSignal(window.exports.finished):
        window.exports.briefing(["AL OTH 78/2021"], str(out), BriefingOptions(author="Ana Reviewer"))
    document = docx.Document(str(out))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    assert "15 March 2021" in text and "12 March 2021" not in text
    window.exports.last_done_box.close()

    for _ in range(window.undo_stack.count()):  # every step undoes, back to the document needing a reference
        window.undo_stack.undo()
    assert list_cases(store) == [] and len(unfiled_documents(store)) == 1
    editor.close()
