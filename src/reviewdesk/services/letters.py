"""The extracted fields of a letter as JSON: the keys of ``reviewdesk show --json``."""

from __future__ import annotations

from reviewdesk.domain.letter import LetterFields


def letter_fields_json(fields: LetterFields, page_count: int) -> dict:
    ref = fields.reference
    return {
        "reference": str(ref) if ref else None,
        "reference_parts": ref.as_dict() if ref else None,
        "date": fields.date.isoformat() if fields.date else None,
        "reply_due": fields.reply_due.isoformat() if fields.reply_due else None,
        "addressee": fields.addressee,
        "addressee_title": fields.addressee_title,
        "organisation": fields.organisation,
        "mandates": list(fields.mandates),
        "hrc_resolutions": list(fields.hrc_resolutions),
        "questions": [q.text for q in fields.questions],
        "signatories": [{"name": s.name, "title": s.title} for s in fields.signatories],
        "similar_letters_to": list(fields.similar_letters_to),
        "similar_letters_to_others": fields.similar_letters_to_others,
        "annex": {"title": fields.annex_title, "cites": list(fields.annex_cites)} if fields.annex_title or fields.annex_cites else None,
        "footnotes": list(fields.footnotes),
        "language": fields.language,
        "cited_references": [str(r) for r in fields.cited_references],
        "pages": page_count or None,
    }
