"""Quoted words in an article and who said them.

A quote is text between quote marks (“ ” " ‘ ’ ' « ») in the body, at least four words long, or
three ending like a sentence: shorter quoted terms are scare quotes ("knew"). Marks are matched by
family (double with double, single with single) and by position (an opening mark follows a space,
a closing mark precedes one), so apostrophes and a straight opening mark closed by a curly one both
work. A double quote left open runs to the end of its paragraph, the news convention for a quote
that goes on in the next paragraph.

The speaker comes from the words around the quote: `"...," said X`, `"...," X said` (says, added,
told, ...), `X said: "..."`, `X told the agency: "..."`, `according to X`. A person's title is
dropped ("Ukraine President Zelensky" -> "Zelensky"). "he"/"she" resolves to the last person named as
a speaker before it; a quote that carries straight on from another takes that quote's speaker; a
surname becomes the full name an earlier quote gave. A description names nobody ("the firm said",
"a spokesman said": speaker None), and a quoted title in capitals ("Action Plan for Italy") is not a
quote. At most MAX_QUOTES, in article order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import groupby

from briefs.summarize.model import Quote
from briefs.summarize.gazetteer import TITLES
from briefs.summarize.mentions import is_name_word, person_name
from briefs.summarize.sentences import Document

MAX_QUOTES = 5

_DOUBLE, _SINGLE = "“\"«", "‘'"
_CLOSES = {"“": "”\"", '"': "”\"", "«": "»", "‘": "’'", "'": "’'"}
_MARK = re.compile(r"[“”\"«»‘’']")
_VERBS = (
    r"said|says|say|added|adds|told|tells|explained|stated|insisted|claimed|warned|noted|admitted|"
    r"continued|wrote|writes|argued|asked|replied|commented|declared|announced|tweeted|recalled|"
    r"concluded|acknowledged|confirmed|revealed|stressed|conceded|agreed|complained|joked|urged|"
    r"suggested|maintained|remarked|reported|posted"
)
# `"...," said X` / `"...," X said` / `according to X`, right after the closing mark.
_AFTER = re.compile(
    rf"""^[\s,;:—–-]*(?:
        (?:{_VERBS})\s+(?P<object>[^.,;:!?"“”]{{1,80}})
      | according\s+to\s+(?P<source>[^.,;:!?"“”]{{1,80}})
      | (?P<subject>[^.,;:!?"“”]{{1,60}}?)(?:,[^.;:!?"“”]{{1,80}}?,)?\s+(?:{_VERBS})\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_WORDS = re.compile(r"\w[\w'’-]*")
_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_VERB_WORDS = frozenset(_VERBS.split("|"))
_WORD_RUN = re.compile(r"\w+")
_ACCORDING = re.compile(r"\baccording\s+to\s+([^,;:]{1,80}?),?\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.!?\"“”;]")
_SENTENCE_END = re.compile(r"[.!?]\s")
_CLAUSE_END = re.compile(r",|\s(?:who|which|whose|in|on|at|after|before|during|when|while|as)\s", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she"})


@dataclass(frozen=True)
class _Span:
    start: int  # where the quoted words start
    end: int  # where they end (the closing mark, or the end of the paragraph)


def extract(doc: Document) -> list[Quote]:
    """Up to MAX_QUOTES quotes from the body, in article order, without repeats."""
    quotes: list[Quote] = []
    seen: set[str] = set()
    last_person: str | None = None
    unnamed = ""  # text since a speaker was last named, searched for "he"/"she" only when needed
    previous: str | None = None  # the last quote's speaker, while the next quote may carry on from it
    gap = ""  # text since the last quote ended
    body = " ".join(s.text for s in doc.body)
    for _, group in groupby(doc.body, key=lambda s: s.paragraph):
        paragraph = " ".join(s.text for s in group)
        position = 0
        for span in _spans(paragraph):
            between = gap + paragraph[position : max(span.start - 1, position)]
            unnamed = (unnamed + " " + between)[-600:]
            position, gap = span.end + 1, ""
            text = paragraph[span.start : span.end].strip().rstrip(",").strip()
            if not _is_quote(text):
                continue
            speaker = _speaker(paragraph, span, partial(_last_speaker, unnamed, last_person))
            if speaker is None and _carries_on(between):
                speaker = previous
            speaker = _full_name(speaker, body)
            previous = speaker
            if speaker is not None:
                last_person, unnamed = speaker, ""
            if text not in seen:
                seen.add(text)
                quotes.append(Quote(text=text, speaker=speaker))
                if len(quotes) == MAX_QUOTES:
                    return quotes
        gap += paragraph[position:] + " "
    return quotes


def _spans(text: str) -> Iterator[_Span]:
    """Quoted stretches of one paragraph, matching marks by family and position."""
    opener: str | None = None
    start = 0
    for match in _MARK.finditer(text):
        i, mark = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{—–-/") and not after.isspace() and mark in _CLOSES
        if opener is None:
            if opens and (mark in _DOUBLE or after.isalnum()):
                opener, start = mark, i + 1
            continue
        family = _DOUBLE if opener in _DOUBLE else _SINGLE
        if opens and mark in family:  # a new quote opens: the last one lost its closing mark
            yield _Span(start, i)
            opener, start = mark, i + 1
        elif mark in _CLOSES[opener] and not before.isspace() and not after.isalnum():
            yield _Span(start, i)
            opener = None
    if opener is not None and opener in _DOUBLE:
        yield _Span(start, len(text))


def _is_quote(text: str) -> bool:
    """Four words or a three-word sentence; not a quoted title ("Action Plan for the Development of Italy")."""
    words = _WORDS.findall(text)
    if sum(w[:1].isupper() for w in words) * 2 >= len(words) and text[-1:] not in ".!?":
        return False
    return len(words) >= 4 or (len(words) == 3 and text[-1:] in ".!?")


def _carries_on(between: str) -> bool:
    """Nothing but the last quote's attribution between it and this one ("...," he said. "...")."""
    between = between.strip()
    return len(between) <= 150 and not _SENTENCE_END.search(between[:-1])


def _full_name(speaker: str | None, text: str) -> str | None:
    """"Murray" -> "Bob Murray" when the article names him so ("Sunderland chairman Bob Murray"); a
    title is not a first name ("President Zelensky" stays "Zelensky")."""
    if speaker is None or " " in speaker:
        return speaker
    found = text.find(" " + speaker)
    while found > 0:
        before = text[:found].rsplit(None, 1)[-1]
        after = text[found + len(speaker) + 1 : found + len(speaker) + 2]
        if before[-1:].isalpha() and is_name_word(before) and before.lower() not in TITLES and not after.isalpha():
            return f"{before} {speaker}"
        found = text.find(" " + speaker, found + 1)
    return speaker


def _speaker(paragraph: str, span: _Span, last_person: Callable[[], str | None]) -> str | None:
    after = paragraph[span.end + 1 :]
    sentence_end = _SENTENCE_END.search(after)
    match = _AFTER.match(after[: sentence_end.start() if sentence_end else None])
    if match:
        phrase = match.group("object") or match.group("source") or match.group("subject")
        name = _resolve(phrase, last_person, subject=bool(match.group("subject")))
        if name is not None:
            return name
    before = paragraph[: max(span.start - 1, 0)]
    sentence_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    return _speaker_before(before[sentence_start + 1 :], last_person)


def _last_speaker(text: str, last_person: str | None) -> str | None:
    """The last person `text` names as saying something ("Rustem Umerov said an exchange was agreed."),
    else `last_person`."""
    for verb in reversed(_verbs(text)):
        name = _resolve(_clause_before(text, verb.start()), lambda: last_person, subject=True)
        if name is not None:
            return name
    return last_person


def _verbs(text: str) -> list[re.Match[str]]:
    """The speech verbs in `text`: what `_VERB.finditer` finds, ~5x faster, since a regular expression
    of 40 words tries each of them at every word. A non-ASCII word is left to `_VERB`, which also
    knows its odd case equivalences ("ſ" for "s")."""
    return [
        word
        for word in _WORD_RUN.finditer(text)
        if (word.group().lower() in _VERB_WORDS if word.group().isascii() else _VERB.fullmatch(word.group()))
    ]


def _speaker_before(text: str, last_person: Callable[[], str | None]) -> str | None:
    """The speaker in `X said: "`, `X said both sides "` or `according to X, "` at the end of `text`."""
    clause = _clause_before(text, len(text))
    according = _ACCORDING.search(clause)
    if according:
        return _resolve(according.group(1), last_person, subject=False)
    verbs = _verbs(clause)
    if not verbs or len(clause) - verbs[-1].end() > 80:
        return None
    return _resolve(clause[: verbs[-1].start()], last_person, subject=True)


def _clause_before(text: str, end: int) -> str:
    """`text[:end]` back to the last sentence end or quote mark."""
    start = max(end - 300, 0)
    breaks = list(_CLAUSE_BREAK.finditer(text, start, end))
    return text[breaks[-1].end() if breaks else start : end]


def _resolve(phrase: str, last_person: Callable[[], str | None], *, subject: bool) -> str | None:
    """The name in an attribution phrase; a he/she pronoun becomes `last_person`."""
    if subject:
        phrase = _head_clause(phrase)
    else:
        end = _CLAUSE_END.search(phrase)
        phrase = phrase[: end.start()] if end else phrase
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return last_person()
    if not words or words[-1][:1].islower():
        return None  # "the Ukrainian air force", "a Top of the Pops spokesman": nobody named
    return person_name(words)


def _head_clause(subject: str) -> str:
    """The comma-separated part of a subject that names someone: the last one starting with a
    capital ("Meanwhile, speaking in Vilnius, Ukraine President Zelensky"), skipping appositives
    ("Nick Davies, spokesman for the IAAF, which handed out the bans")."""
    parts = [p.strip() for p in subject.split(",")]
    for part in reversed(parts):
        words = part.split()
        if words and (is_name_word(words[0]) or words[0].lower() in _PRONOUNS or words[0] in TITLES):
            return part
    return parts[-1]

