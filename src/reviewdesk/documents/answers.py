"""Which question a reply passage answers: explicit mentions first, then similarity.

Replies answer in any order, by number ("Concerning questions 2 and 3", "your
question (b)", "paragraph 4 of your letter", a reply numbered like the letter)
or only by topic. Topic matching is TF-IDF over the question texts with a small
lexicon of the field's concepts (leverage, grievance mechanisms, remediation…),
because replies rarely reuse the letter's words ("our influence with business
partners" answers the question on *leverage*). Suggestions are proposals: the
reviewer accepts, changes or rejects them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from reviewdesk.documents.text import fold
from reviewdesk.domain.vocabulary import SuggestionReason

EXPLICIT_SCORE = 1.0
LEADING_NUMBER_SCORE = 0.8
SIMILARITY_THRESHOLD = 0.18
# Shared words must carry weight together: one common word ("business") is no answer.
MIN_SHARED_WEIGHT = 1.5
# A second topical match is kept only when nearly as strong as the best one.
RELATIVE_CUT = 0.75
MIN_PASSAGE_WORDS = 8
# Addressing, acknowledging and signing off answer nothing, whatever words they share.
_FORMULA_RE = re.compile(
    r"^(?:to the |à l[ae] |al )|acknowledge[sd]? (?:the )?receipt|accuse réception|acusa recibo|presents its compliments|"
    r"avails itself|highest consideration|haute considération|remains committed|keep the mandate holders informed",
    re.IGNORECASE,
)

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_LIST = r"((?:\(?[0-9a-h]{1,2}\)?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:,|and|&|et|y|to|-|–)\s*\(?[0-9a-h]{1,2}\)?)*)"
_EXPLICIT_RE = re.compile(
    rf"\b(?:your\s+)?(?:questions?|quest\.|q\.|points?|requests?|paragraphs?|items?|preguntas?|puntos?|cuestiones?)\s+(?:no\.?\s*)?{_LIST}",
    re.IGNORECASE,
)
_LEADING_RE = re.compile(r"^\s*\(?([0-9]{1,2}|[a-h])[.)]\s")
_WORD_RE = re.compile(r"[a-z]{3,}")
_STOPWORDS = set(
    "the and for with that this from your you our are was were has have had been which what whether such any "
    "all other also into their there they them its not but can may will would should could please provide "
    "information explain indicate advise letter company companies present above mentioned including including "
    "steps taken measures place ensure regarding concerning related well very more most".split()
)
# Concepts of business and human rights replies; each word counts as its concept.
_CONCEPTS = {
    "leverage": "influence leverage contract contracts clause clauses suspend suspended terminate purchasing procurement",
    "grievance": "grievance grievances complaint complaints hotline channel channels mechanism mechanisms whistleblower",
    "remedy": "remedy remediation remediate redress compensation",
    "diligence": "diligence due audit audits assessment assessments questionnaire questionnaires monitoring tiers tier",
    "awareness": "awareness training trained knowledge staff employees",
    "reporting": "reported report reporting authorities domiciled incorporated complicity",
    "cooperation": "cooperation civil society ngos aligned national",
    "participation": "representatives representative consulted consultation participation unions",
}
_CONCEPT_OF = {word: concept for concept, words in _CONCEPTS.items() for word in words.split()}


@dataclass(frozen=True)
class Passage:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    question: int
    score: float
    reason: SuggestionReason  # EXPLICIT, NUMBERED or SIMILAR: how the passage was matched


def split_passages(text: str) -> list[Passage]:
    """Paragraphs of a reply that can carry an answer (headers, dates and sign-offs are too short)."""
    passages = []
    position = 0
    for chunk in text.split("\n\n"):
        start = position
        position += len(chunk) + 2
        stripped = chunk.strip()
        if len(stripped.split()) < MIN_PASSAGE_WORDS:
            continue
        offset = chunk.index(stripped[:1]) if stripped else 0
        passages.append(Passage(len(passages), start + offset, start + offset + len(stripped), stripped))
    return passages


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _terms(text: str) -> list[str]:
    terms = []
    for word in _WORD_RE.findall(fold(text)):
        if word in _STOPWORDS:
            continue
        terms.append(f"#{_CONCEPT_OF[word]}" if word in _CONCEPT_OF else _stem(word))
    return terms


def _explicit_numbers(text: str, labels: dict[str, int]) -> list[int]:
    found: list[int] = []
    for match in _EXPLICIT_RE.finditer(text[:400]):
        raw = match.group(1)
        tokens = re.findall(r"\d{1,2}|\b[a-h]\b|one|two|three|four|five|six|seven|eight|nine|ten", raw.lower())
        numbers = [int(t) if t.isdigit() else _NUMBER_WORDS.get(t, labels.get(t, 0)) for t in tokens]
        if re.search(r"\d\s*(?:to|-|–)\s*\d", raw) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        found.extend(n for n in numbers if n in labels.values())
    return list(dict.fromkeys(found))


def suggest(passages: list[Passage], questions: list[tuple[int, str, str]]) -> dict[int, list[Suggestion]]:
    """Ranked suggestions per passage index; ``questions`` are (number, label, text)."""
    labels = {label.strip("().").lower(): number for number, label, _text in questions}
    vectors = {number: Counter(_terms(text)) for number, _label, text in questions}
    df = Counter(term for vector in vectors.values() for term in vector)
    count = len(questions)

    def weight(vector: Counter) -> dict[str, float]:
        return {t: (1 + math.log(c)) * math.log((count + 1) / (df.get(t, 0) + 0.5)) for t, c in vector.items()}

    question_weights = {n: weight(v) for n, v in vectors.items()}
    norms = {n: math.sqrt(sum(w * w for w in ws.values())) or 1.0 for n, ws in question_weights.items()}
    result: dict[int, list[Suggestion]] = {}
    for passage in passages:
        ranked: dict[int, Suggestion] = {}
        for number in _explicit_numbers(passage.text, labels):
            ranked[number] = Suggestion(number, EXPLICIT_SCORE, SuggestionReason.EXPLICIT)
        leading = _LEADING_RE.match(passage.text)
        if not ranked and leading and leading.group(1).lower() in labels:
            number = labels[leading.group(1).lower()]
            ranked[number] = Suggestion(number, LEADING_NUMBER_SCORE, SuggestionReason.NUMBERED)
        similar: list[Suggestion] = []
        if not _FORMULA_RE.search(passage.text):
            weights = weight(Counter(t for t in _terms(passage.text) if t in df))
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for number, qweights in question_weights.items():
                shared = sum(math.log((count + 1) / (df[t] + 0.5)) for t in weights if t in qweights)
                score = sum(w * qweights.get(t, 0.0) for t, w in weights.items()) / (norm * norms[number])
                if score >= SIMILARITY_THRESHOLD and shared >= MIN_SHARED_WEIGHT and number not in ranked:
                    similar.append(Suggestion(number, round(score, 3), SuggestionReason.SIMILAR))
        if similar:
            best = max(s.score for s in similar)
            ranked.update({s.question: s for s in similar if s.score >= best * RELATIVE_CUT})
        result[passage.index] = sorted(ranked.values(), key=lambda s: (-s.score, s.question))
    return result


def answered_questions(suggestions: dict[int, list[Suggestion]]) -> set[int]:
    """Questions a passage proposes as its best answer (or names explicitly)."""
    answered: set[int] = set()
    for ranked in suggestions.values():
        if ranked:
            top = ranked[0].score
            answered.update(s.question for s in ranked if s.reason is SuggestionReason.EXPLICIT or s.score == top)
    return answered
