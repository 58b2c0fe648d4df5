"""A headline for an article that has none: the lead sentence's main clause, at most 12 words.

The lead of a news story states who did what; what follows a comma-"which", an "after ..." or a
"said X" adds detail a headline leaves out. So the lead is cut at the first such clause, an opening
time phrase ("On Sunday, ...") is dropped, and if it is still too long it is cut before a
preposition or conjunction, never leaving a dangling "the" or "of".
"""

from __future__ import annotations

import re

from briefs.summarize.sentences import Document

MAX_WORDS = 12
MIN_WORDS = 4  # a cut that would leave fewer words than this is not taken

# Where the main clause ends: a subordinate or reporting clause, an aside, or a clause break.
_CLAUSE_END = re.compile(
    r"\s*(?:,\s*(?:which|who|whom|whose|where|while|when|as|after|before|because|although|though|since"
    r"|despite|amid|in an? |according to|said|says|adding|saying|following|including|with|but|and)\b"
    r"|,\s*(?:[\w'’]+\s){0,4}(?:said|says|told|reported|claimed|announced)\b"
    r"|\s[-–—]{1,2}\s|;|:|\s(?:after|because|although|amid|despite|while|since|following|as part of"
    r"|in an attempt|in a bid|so that|even though|according to)\b)"
)
_OPENING = re.compile(
    r"^(?:(?:On|In|At|By|During|After|Before|Earlier|Later|Last|This|Late|Early|Overnight|With|As|Despite"
    r"|Following|Amid|Having|Speaking|Since|Under|Unlike|Like|When|While|Although|Though|If|For)"
    r"\b[^,]{0,60},\s*(?:[A-Z][a-z]+ \d{1,2},\s*)?|(?:Meanwhile|However|Now|Today|Yesterday),\s*)"
)
_PARENS = re.compile(r"\s*\([^()]*\)")
# An aside after a named subject: "Cuadrilla, the firm behind the tests, said ..." -> "Cuadrilla said".
_APPOSITIVE = re.compile(r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),\s(?:a|an|the)\s[^,]{1,80},(?=\s[a-z])")
_BREAK_BEFORE = frozenset(
    "for on in at with from by over under into during after before as and but or which who"
    " while when amid against since than via".split()
)
_DANGLING = frozenset(
    "the a an of and or but to in on at for with from by as that which who its his her their our my this"
    " these those is are was were be been being has have had will would could should can may might must"
    " than into over towards toward about against between through across around among onto upon within"
    " without during before after since until like so such not no very more most".split()
)
# Verbs a lead's main clause turns on; a cut should keep the verb and something after it.
_VERBS = frozenset(
    "is are was were has have had will would can could may might must shall should said says met won"
    " lost hit took made saw told gave came went found left led set put cut fell rose sold paid began ran"
    " got held kept struck spoke chose drew grew shot stood wrote sent spent built brought bought caught"
    " fought thought became broke flew knew threw".split()
)


def _trim(words: list[str]) -> list[str]:
    """Drop trailing words a headline cannot end on, and trailing punctuation."""
    while len(words) > 1 and words[-1].lower().strip(",;:") in _DANGLING:
        words = words[:-1]
    if words:
        words[-1] = words[-1].rstrip(",;:.!?")
    return words


def _verb_at(words: list[str]) -> int | None:
    """Index of the first word that looks like the clause's verb (a listed verb or an -ed form)."""
    for i, word in enumerate(words[1:], start=1):
        lower = word.lower().strip(",;:")
        if lower in _VERBS or (lower.endswith("ed") and len(lower) > 4 and lower.isalpha()):
            return i
    return None


def _cut(words: list[str]) -> int:
    """How many words to keep: up to the last preposition or conjunction within MAX_WORDS that comes
    after the verb and its first word; else MAX_WORDS (the trim then drops a dangling end)."""
    verb = _verb_at(words)
    if verb is None or verb >= MAX_WORDS:
        return MAX_WORDS
    cuts = [k for k in range(max(MIN_WORDS, verb + 2), MAX_WORDS + 1) if words[k].lower() in _BREAK_BEFORE]
    return cuts[-1] if cuts else MAX_WORDS


def from_sentence(sentence: str) -> str:
    """The main clause of one sentence, at most MAX_WORDS words, without final punctuation."""
    text = _PARENS.sub("", sentence).strip()
    opening = _OPENING.match(text)
    if opening and len(text[opening.end() :].split()) >= MIN_WORDS:
        text = text[opening.end() :]
        text = text[:1].upper() + text[1:]
    text = _APPOSITIVE.sub(r"\1", text)
    clause = _CLAUSE_END.search(text)
    if clause and len(text[: clause.start()].split()) >= MIN_WORDS:
        text = text[: clause.start()]
    words = text.split()
    if len(words) > MAX_WORDS:
        words = words[: _cut(words)]
    words = _trim(words)
    return " ".join(words).rstrip(",;:.!?\"'”’ ").lstrip("\"'“‘ ")


def derive(doc: Document) -> str:
    """A headline from the article's lead sentence ("Untitled" when it has no body text)."""
    body = doc.body
    if not body:
        return "Untitled"
    return from_sentence(body[0].text) or "Untitled"
