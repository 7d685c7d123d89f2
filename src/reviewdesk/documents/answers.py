"""Which question a reply passage answers: explicit mentions first, then numbering, then similarity.

Replies answer in any order and in their own language: by number ("Concerning
questions 2 and 3", "your question (b)", "paragraph 4 of your letter",
"s'agissant de la troisième question", "respecto de las preguntas 3 y 4"), by
a numbering of their own that may or may not follow the letter's, or only by
topic. Topic matching is TF-IDF over the question texts with a small lexicon
of the field's concepts (leverage, grievance mechanisms, remediation…),
because replies rarely reuse the letter's words ("our influence with business
partners" answers the question on *leverage*). Suggestions are proposals: the
reviewer accepts, changes or rejects them.

Every pattern here is matched on a lower-cased, accent-free copy of the text
of the same length (:func:`fold_same_length`), so one pattern serves "é" and
"e", and positions found in the copy are positions in the original.
"""

from __future__ import annotations

import math
import re
import unicodedata
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
# A mention this close to the start of a passage introduces it; later ones must be introduced
# ("…; as to the third question, …") so that a passing cross-reference links nothing.
LEADING_WINDOW = 400
# Addressing, acknowledging and signing off answer nothing, whatever words they share.
_FORMULA_RE = re.compile(
    r"^(?:to the |à l[ae] |al )|acknowledge[sd]? (?:the )?receipt|accuse réception|acusa recibo|presents its compliments|"
    r"présente ses compliments|saluda atentamente|avails itself|saisit cette occasion|aprovecha (?:la|esta) "
    r"(?:oportunidad|ocasión)|highest consideration|haute considération|distinguida consideración|remains committed|"
    r"keep the mandate holders informed|at the disposal of|à la disposition|a (?:su|la) disposición",
    re.IGNORECASE,
)


# -- folding ------------------------------------------------------------------------------------

_FOLD_CACHE: dict[int, str] = {}


def _fold_char(ch: str) -> str:
    lowered = ch.lower()
    if len(lowered) != 1:  # "İ" lowers to two characters: keep the length, lose nothing that matters
        lowered = ch
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if not unicodedata.combining(base) else lowered


def fold_same_length(text: str) -> str:
    """``text`` lower-cased without diacritics, character for character (positions are kept).

    ``text.fold`` may change the length (NFKD expands ligatures); matching needs
    positions that point back into the original. Translating only the distinct
    characters of the text keeps a 2 MB text a matter of milliseconds.
    """
    if text.isascii():
        return text.lower()
    table = {}
    for ch in set(text):
        code = ord(ch)
        if code not in _FOLD_CACHE:
            _FOLD_CACHE[code] = _fold_char(ch)
        table[code] = _FOLD_CACHE[code]
    return text.translate(table)


# -- explicit mentions of questions ----------------------------------------------------------------

_CARDINAL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                   "nine": 9, "ten": 10}
_ORDINAL_WORDS = {
    # English
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
    # French (folded: "troisième" is "troisieme")
    "premiere": 1, "premier": 1, "deuxieme": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5,
    "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10,
    # Spanish, feminine for "pregunta", masculine for "punto"
    "primera": 1, "primer": 1, "primero": 1, "segunda": 2, "segundo": 2, "tercera": 3, "tercer": 3, "tercero": 3,
    "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5, "sexta": 6, "sexto": 6, "septima": 7, "septimo": 7,
    "octava": 8, "octavo": 8, "novena": 9, "noveno": 9, "decima": 10, "decimo": 10,
    # Russian stems (any case ending follows), Arabic (after the noun) and Chinese (after 第)
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
    "التاسع": 9, "العاشر": 10,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}
# Patterns match folded text, so their non-ASCII words are folded too ("الأسئلة" loses its hamza).
_ORDINAL_WORDS = {fold_same_length(word): value for word, value in _ORDINAL_WORDS.items()}
_LAST_WORDS = {"last", "final", "derniere", "dernier", "ultima", "ultimo", "последн"}
LAST = "last"  # a mention of the last question, whatever its number

# The nouns by which replies name a letter's questions. "Paragraph" is one only with "of your letter":
# "article 9, paragraph 3" is about the Covenant, not question 3.
_NOUN = (r"questions?|quest\.|q\.|points?|requests?|items?|preguntas?|puntos?|cuestion(?:es)?|"
         r"вопрос(?:ы|у|ам|ах|ов|ом|а)?|问题|" + fold_same_length("السؤال(?:ين)?|الأسئلة"))
_DESIGNATOR = r"(?:(?:n\.?\s*[º°o]s?|num|numero|number|#|№)\.?\s*)?"
_LABEL = r"(?:\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)|\d{1,2}(?![\d/]|[.,]\d)|[a-h]\))"
_FIRST_LABEL = rf"(?:{_LABEL}|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
_SEP = r"\s*(?:,|;|&|\band\b|\bet\b|\by\b|\be\b|\bto\b|\bthrough\b|\ba\b|à|\bau\b|и|до|和|至|、|و|-|–|—)\s*"
_LIST = rf"(?P<list>{_FIRST_LABEL}(?:{_SEP}{_LABEL}){{0,9}})"
_ORDINAL = (r"(?:" + "|".join(sorted((w for w in _ORDINAL_WORDS if w.isascii()), key=len, reverse=True))
            + r"|\d{1,2}(?:st|nd|rd|th|ere|re|er|eme|e|a|o)|" + "|".join(sorted(_LAST_WORDS - {"последн"}, key=len,
                                                                              reverse=True)) + ")")
# An ordinal names a question only after an article or a possessive: "the third question", not "a third point".
_DEFINITE = r"(?:the|your|its|la|le|les|l'|l’|votre|vos|el|los|las|su|sus)\s+"
_AND = r"\s*(?:,|\band\b|\bet\b|\by\b|\be\b)\s*"
_ORDINAL_LIST = rf"(?P<ords>{_ORDINAL}(?:{_AND}(?:{_DEFINITE})?{_ORDINAL}){{0,5}})"
_MENTION_RES = (
    # "question 2", "questions 2 and 3", "pregunta n.º 1", "вопросы 2 и 3", "السؤال 2"
    re.compile(rf"(?<![a-zа-яё])(?:{_NOUN})\s*{_DESIGNATOR}{_LIST}"),
    # "the third question", "la deuxième et la troisième questions", "la segunda pregunta"
    re.compile(rf"(?<![a-zа-яё]){_DEFINITE}{_ORDINAL_LIST}\s+(?:(?:{_NOUN})(?!\w))"),
    # "paragraph 4 of your letter", "paragraphe 4 de votre lettre", "párrafo 4 de su carta"
    re.compile(rf"(?<![a-zа-яё])(?:paragraphs?|paragraphes?|parrafos?|paras?\.)\s*{_DESIGNATOR}{_LIST}\s+(?:of|de|del)\s+"
               r"(?:your|the|votre|la|su|vuestra|esta)\s+(?:joint\s+|conjointe\s+|conjunta\s+)?"
               r"(?:letter|communication|lettre|carta|comunicacion|urgent appeal|appel urgent|llamamiento)"),
    # "второй вопрос", "по третьему вопросу"
    re.compile(r"(?<![a-zа-яё])(?P<ords>перв|втор|трет|четверт|пят|шест|седьм|восьм|последн)\w*\s+вопрос"),
    # "第三个问题", "第3项问题"
    re.compile(r"第\s*(?P<ords>\d{1,2}|[一二三四五六七八九十])\s*(?:个|個|项|項)?\s*问题"),
    # "السؤال الثالث"
    re.compile(fold_same_length("(?:السؤال|الأسئلة)") + r"\s+(?P<ords>ال[\u0621-\u064a]{3,6})"),
)
# One item of a list: a number, a letter or numeral in brackets ("(b)", "b)", "(ii)"), a number word.
_ITEM_RE = re.compile(r"(?:(?P<range>\bto\b|\bthrough\b|\ba\b|\bau\b|до|至|-|–|—)\s*)?(?:(?<!\d)(?P<number>\d{1,2})(?!\d)|"
                      r"\(?\s*(?P<letter>[a-h]|[ivx]{1,4})\s*\)|(?<![a-z])(?P<word>one|two|three|four|five|six|seven|"
                      r"eight|nine|ten)(?![a-z]))")
# "see the reply to question 1 above": a cross-reference inside an answer, not the answer to question 1.
_CROSS_BEFORE_RE = re.compile(r"(?:\bsee|\bvoir|\bvease|\bveanse|\bcf\.?)\s+(?:also\s+|aussi\s+|tambien\s+)?"
                              r"(?:[\w'’]+\s+){0,4}$")
_CROSS_AFTER_RE = re.compile(r"^\W{0,3}(?:above|below|supra|infra|ci-dessus|ci-dessous|precedente|anterior|"
                             r"mas arriba|arriba|выше|上述)")
# What introduces an answer in the middle of a paragraph: "…; as to the third question, …".
_INTRODUCED_RE = re.compile(
    r"(?:\bwith regard to|\bregarding|\bconcerning|\bas regards|\bas to|\bas for|\bin (?:reply|response|relation) to|"
    r"\bwith respect to|\bturning to|\bon|\bs['’]agissant de|\ben ce qui concerne|\bquant a(?:ux)?|\bconcernant|"
    r"\ben reponse a(?:ux)?|\bpour ce qui est de|\bau sujet de|\ben cuanto a|\brespecto (?:de|a)|\bcon respecto a|"
    r"\ben relacion con|\ben respuesta a|\bpor lo que respecta a|\bsobre|что касается|в отношении|\bпо|关于|至于|就|"
    r"بخصوص|فيما يتعلق ب)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+|your\s+|votre\s+|vos\s+|su\s+|"
    r"sus\s+)?$"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.;:!?]\s*|\n\s*)$")


@dataclass(frozen=True)
class QuestionMention:
    """A place where a reply names questions: what it says, and the numbers, labels or LAST it means."""

    start: int
    end: int
    items: tuple[int | str, ...]  # question numbers (ints), list labels ("b", "ii") or LAST


def _ordinal_value(word: str) -> int | str | None:
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    if word in _LAST_WORDS:
        return LAST
    digits = re.match(r"\d{1,2}", word)
    return int(digits.group(0)) if digits else None


def _list_items(raw: str) -> list[int | str]:
    items: list[int | str] = []
    for match in _ITEM_RE.finditer(raw):
        number, letter, word = match.group("number", "letter", "word")
        value: int | str = int(number) if number else (_CARDINAL_WORDS[word] if word else letter)
        previous = items[-1] if items else None
        if match.group("range") and isinstance(value, int) and isinstance(previous, int) and 0 < value - previous <= 20:
            items.extend(range(previous + 1, value + 1))  # "questions 1 to 3" is 1, 2 and 3
        else:
            items.append(value)
    return items


def question_mentions(text: str, folded: str | None = None) -> list[QuestionMention]:
    """Every place ``text`` names questions, in order (``folded``: its :func:`fold_same_length`, if at hand)."""
    folded = fold_same_length(text) if folded is None else folded
    found: dict[int, QuestionMention] = {}
    for regex in _MENTION_RES:
        for match in regex.finditer(folded):
            if "list" in regex.groupindex and match.group("list") is not None:
                items = tuple(_list_items(match.group("list")))
            else:
                words = re.split(rf"{_AND}(?:{_DEFINITE})?", match.group("ords"))
                items = tuple(v for v in (_ordinal_value(w.strip()) for w in words if w.strip()) if v is not None)
            if items and match.start() not in found:
                found[match.start()] = QuestionMention(match.start(), match.end(), items)
    return [found[start] for start in sorted(found)]


def is_answer_mention(folded: str, mention: QuestionMention, leading: int = LEADING_WINDOW) -> bool:
    """Whether a mention introduces an answer, rather than pointing back at one ("see question 1 above").

    Within ``leading`` characters of the start of ``folded`` any mention does; later ones must open a
    sentence or follow "as to", "s'agissant de", "en cuanto a"…
    """
    before = folded[max(0, mention.start - 60):mention.start]
    if _CROSS_BEFORE_RE.search(before) or _CROSS_AFTER_RE.search(folded[mention.end:mention.end + 30]):
        return False
    if mention.start < leading:
        return True
    return bool(_INTRODUCED_RE.search(before) or _SENTENCE_START_RE.search(before))


def _explicit_numbers(text: str, labels: dict[str, int]) -> list[int]:
    """The questions a passage names as the ones it answers, each once, in the order named."""
    folded = fold_same_length(text)
    numbers = set(labels.values())
    found: list[int] = []
    for mention in question_mentions(text, folded):
        if not is_answer_mention(folded, mention):
            continue
        for item in mention.items:
            if item == LAST:
                found.append(max(numbers, default=0))
            elif isinstance(item, int):
                found.append(item)
            else:
                found.append(labels.get(item, 0))
    return [n for n in dict.fromkeys(found) if n in numbers]


# -- passages and similarity ---------------------------------------------------------------------

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


def _is_prose(text: str) -> bool:
    """Sentences, not an address block or a heading: those share the letter's words and answer nothing."""
    return text.rstrip().endswith((".", "!", "?", ";", ":", "»", "”", '"', ")")) or ". " in text


def _follows_the_letter(passages: list[Passage], labels: dict[str, int]) -> bool:
    """Whether the reply's own numbering can be the letter's.

    An attachment numbered 1 to 20 answering five questions has a numbering of its
    own: its paragraph 3 is not the answer to question 3.
    """
    leading = [int(m.group(1)) for p in passages if (m := _LEADING_RE.match(p.text)) and m.group(1).isdigit()]
    return not leading or max(leading) <= max(labels.values(), default=0)


def suggest(passages: list[Passage], questions: list[tuple[int, str, str]]) -> dict[int, list[Suggestion]]:
    """Ranked suggestions per passage index; ``questions`` are (number, label, text)."""
    labels = {label.strip("().").lower(): number for number, label, _text in questions}
    vectors = {number: Counter(_terms(text)) for number, _label, text in questions}
    df = Counter(term for vector in vectors.values() for term in vector)
    count = len(questions)
    numbering = _follows_the_letter(passages, labels)

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
        if not ranked and numbering and leading and leading.group(1).lower() in labels:
            number = labels[leading.group(1).lower()]
            ranked[number] = Suggestion(number, LEADING_NUMBER_SCORE, SuggestionReason.NUMBERED)
        similar: list[Suggestion] = []
        if _is_prose(passage.text) and not _FORMULA_RE.search(passage.text):
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
