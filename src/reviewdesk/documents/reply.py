"""Telling a reply from a letter.

A reply cites the letter's reference ("Your reference", "Ref.:", a note
verbale "with reference to joint communication …") but has neither the
mandates block nor the request for observations of a letter.
"""

from __future__ import annotations

import re

from reviewdesk.documents.model import SourceDocument
from reviewdesk.domain.letter import LetterFields

_REPLY_SIGNALS_RE = re.compile(
    r"your reference|your ref\b|votre référence|su referencia|\bref\.\s*:|\bréf\.\s*:|"
    r"communication conjointe|comunicación conjunta|joint communication|presents its compliments|présente ses compliments|"
    r"saluda atentamente|in response to|in reply to|en réponse à|en respuesta a|with reference to (?:the )?(?:joint )?communication|"
    r"reply to (?:the |your )?(?:joint )?(?:communication|letter)|réponse à la communication|respuesta a la comunicación|"
    r"has the honour to transmit|a l['’]honneur de transmettre|tiene el honor de transmitir|response of the government|"
    r"reply of the government",
    re.IGNORECASE,
)


_MANDATE_TITLE_RE = re.compile(r"Special Rapporteur|Working Group|Independent Expert|Rapporteur spécial|Relator Especial",
                               re.IGNORECASE)


def looks_like_reply(source: SourceDocument, letter: LetterFields) -> bool:
    """A document that cites a communication without being one (no mandates, questions or mandate signatures)."""
    opening = " ".join(p.text for p in source.paragraphs[:15])
    if not _REPLY_SIGNALS_RE.search(opening):
        return False
    signed_by_mandates = any(_MANDATE_TITLE_RE.search(s.title) for s in letter.signatories)
    is_letter = bool(letter.mandates) or bool(letter.questions) or signed_by_mandates
    return not is_letter
