"""Article text -> sentences, each labelled with what it is (body text, caption, credit, subhead, ...).

News text breaks naive splitters: abbreviations ("U.S.", "Lt. Col."), initials, money ("$1.2bn"),
quotes that close after the full stop, photo captions glued to a sentence ("Turkey.(REUTERS)"),
datelines and page furniture. A brief may only show body sentences, so every piece is labelled here
once and the rest of the summariser reads `Document.body`. Written for speed (no NLTK, no model):
one regular-expression scan per block and a few set look-ups per full stop.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from briefs.summarize.markup import blocks
from briefs.summarize.model import Block

KINDS = ("body", "caption", "credit", "subhead", "dateline", "furniture")
# No news sentence is this long (a long one is 60 words, ~400 characters): past it, a "sentence" is a
# table, list or dump flattened into one line, and mining it for figures and names would cost the
# square of its length.
LONGEST = 2_000


@dataclass(frozen=True)
class Sentence:
    text: str  # verbatim from the article (Markdown syntax stripped, whitespace collapsed)
    index: int  # position among the article's sentences
    paragraph: int  # which block (paragraph, heading, list item) it is in
    kind: str = "body"  # one of KINDS
    block: str = "paragraph"  # the kind of block it stands in (briefs.summarize.model.BLOCK_KINDS)


@dataclass(frozen=True)
class Document:
    """An article body split for the summariser: `sentences` in article order."""

    text: str
    sentences: tuple[Sentence, ...]

    @cached_property
    def body(self) -> tuple[Sentence, ...]:
        """The sentences a brief may show (no captions, credits, subheads, datelines or furniture).

        Computed once: every part of the brief reads it."""
        return tuple(s for s in self.sentences if s.kind == "body")


# --- where sentences end -------------------------------------------------------------------------

# Abbreviations that are followed by a name, so never end a sentence ("Dr. Venter", "Lt. Col. Smith").
_TITLES = frozenset(
    "mr mrs ms mx dr prof gen lt col maj capt cpt cmdr cdr adm sgt cpl pte pvt brig lieut rep sen gov"
    " pres supt insp det cllr rev hon st mt ft messrs mme mlle fr sec amb atty ald".split()
)
# Abbreviations followed by a number ("No. 10", "Jan. 5", "p. 12").
_BEFORE_NUMBER = frozenset(
    "no nos nr vol vols p pp art ch fig figs tel ext op jan feb mar apr jun jul aug sep sept oct nov dec"
    " approx ca c".split()
)
# Abbreviations that may end a sentence; they do only when the next word is a usual sentence opener.
_AMBIGUOUS = frozenset("inc ltd corp co plc llc bros etc al dept est govt assn univ jr sr".split())
_NEVER_END = frozenset("e.g i.e cf viz vs v".split())
_TIMES = frozenset(("a.m", "p.m"))
_AFTER_TIME = frozenset(
    "et est edt ct cst cdt mt pt pst pdt gmt bst cet utc local monday tuesday wednesday thursday friday"
    " saturday sunday today tonight".split()
)
# Words that open sentences and rarely follow "U.S." or an initial inside one.
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their our my your this that these those there here"
    " but and or so yet in on at for if when while after before as however meanwhile some many most"
    " both all no not now then later earlier still also one another what why how who where despite"
    " although though since until under over with without by from to of according".split()
)

# A full stop, ellipsis, ? or !, then closing quotes or brackets: "...", "…" or a run of [.!?]. It opens
# with a character class (the alternatives check, looking back, which one it was) because the regex
# engine then skips from one such character to the next instead of trying every position: ~4x faster.
_END = re.compile(r"[.!?…](?:(?<=\.)\.{2,}|(?<=[.!?])[.!?]*|(?<=…))(?:[\"'”’»)\]]+)?")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_OPENING_MARKS = "\"'“‘«(["
# A photo credit glued to a caption's full stop: "...Turkey.(REUTERS)", "(AP Photo/Efrem Lukatsky)".
_CREDIT_PAREN = re.compile(
    r"\((?:[^()]{0,60}\b(?:REUTERS|Reuters|AP|AFP|EPA|PA|Getty(?: Images)?|Photo|photo|Image|Pool|File)\b"
    r"[^()]{0,60}|[^()\s]{1,40}/[^()]{1,40})\)"
)
# Furniture sometimes glued into the text with no punctuation around it.
_GLUED_FURNITURE = re.compile(r"\b(?:Scroll down for video|Scroll down for more|Share this article)\b")


_SPEAKER_AFTER = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){1,3}(?:said|says|asked|asks|shouted|screamed|added|told|replied|wrote|insisted"
    r"|explained|warned|admitted|claimed|continued|recalled|tweeted|declared)\b"
)


_FOLLOWER = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([\w’'-]+)")
_CAMEL = re.compile(r"[a-z]+[A-Z]")  # "iPhone", "eBay" start sentences in lower case
_WORD_START = re.compile(r"[A-Z][a-z]")
_TOKEN = re.compile(r"\S{0,60}")  # bounded: a text without spaces stays linear


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Whether the punctuation text[start:end] ends a sentence, judged by the words either side.

    Works on offsets into `text` (no slicing of the rest): long one-paragraph articles have many stops.
    """
    follower = _FOLLOWER.match(text, end)
    if follower is None:
        return True
    at = follower.start(1)
    first = text[at]
    glued = at == end
    opener = first.isupper() or first.isdigit() or (first in "\"'“‘«([" and at + 1 < len(text))
    if (first.islower() and not _CAMEL.match(text, at)) or not (opener or first.islower()):
        return False
    punct = text[start:end]
    prev = text[text.rfind(" ", 0, start) + 1 : start].lstrip(_OPENING_MARKS)  # blocks have single spaces
    closed = punct[-1] in "\"'”’»)]"
    if glued:
        # "airbases.The", 'said."The' : a real word (not "U.S.A", not a URL) glued to a capital.
        token = _TOKEN.match(text, at).group(0)
        return (
            (closed or (len(prev) > 1 and prev[-1].islower() and "." not in prev and "/" not in prev))
            and bool(_WORD_START.match(text, at))
            and not re.search(r"[./@]", token[:-1])
        )
    if closed and punct[0] in "!?" and punct[-1] not in ")]" and _SPEAKER_AFTER.match(text, at):
        return False  # '"No!" Smith shouted.' : the quote is part of the sentence that names its speaker
    if punct[0] in "!?" or closed:
        return True
    if punct.startswith("..") or punct.startswith("…"):
        return not first.isdigit()
    word = prev.lower()
    if first.isdigit():
        return word not in _BEFORE_NUMBER
    if word in _TITLES or word in _NEVER_END:
        return False
    next_word = _NEXT_WORD.match(text, at)
    nxt = next_word.group(1).lower() if next_word else ""
    if word in _TIMES:
        return nxt not in _AFTER_TIME
    if len(prev) == 1 and prev.isupper():  # an initial: "George W. Bush"
        return nxt in _OPENERS
    if _DOTTED.match(prev) or word in _AMBIGUOUS:
        return nxt in _OPENERS
    return True


def split(text: str) -> list[str]:
    """One block of text -> its sentences, verbatim; a photo credit glued after a full stop stays."""
    out: list[str] = []
    begin = 0
    for match in _END.finditer(text):
        end = match.end()
        credit = _CREDIT_PAREN.match(text, end) if text.startswith("(", end) else None
        if credit:
            end = credit.end()
        if end <= begin or not _is_boundary(text, match.start(), end):
            continue
        piece = text[begin:end].strip()
        if piece:
            out.append(piece)
        begin = end
    tail = text[begin:].strip()
    if tail:
        out.append(tail)
    return [piece for chunk in out for credit in _split_credit(chunk) for piece in _split_furniture(credit)]


def _split_credit(text: str) -> list[str]:
    """Cut a photo credit that opens a piece off the sentence after it: "(AP Photo/X) The suspect ..."."""
    credit = _CREDIT_PAREN.match(text) if text.startswith("(") else None
    if credit and credit.end() < len(text):
        return [text[: credit.end()], text[credit.end() :].strip()]
    return [text]


def _split_furniture(text: str) -> list[str]:
    """Cut furniture glued in without punctuation ("... Scroll down for video Gordon Brown ...")."""
    if "Scroll" not in text and "Share" not in text:
        return [text]
    parts, begin = [], 0
    for match in _GLUED_FURNITURE.finditer(text):
        parts += [text[begin : match.start()].strip(), match.group(0)]
        begin = match.end()
    parts.append(text[begin:].strip())
    return [p for p in parts if p]


# --- what each piece is ---------------------------------------------------------------------------

_NEWS_AGENCY = r"(?:Reuters|REUTERS|AP|AFP|CNN|Bloomberg|UPI|PA|dpa|Xinhua|IANS|PTI|ANI)"
_DATELINE = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3},? ?){1,3}(?:[A-Z][a-z]{2,8}\.? \d{1,2},? ?)?)?"
    rf"\({_NEWS_AGENCY}(?: Photo)?\)\s*(?:[-–—]+\s*|:\s*)?"
    r"|^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s+[-–—]{1,2}\s+"
)
_FURNITURE = re.compile(
    r"^(?i:read more\b|related(?: stories| articles| links| content)?:|see also\b|more on this story"
    r"|most (?:read|popular|shared)\b|top stories\b|share (?:this|on|via|with)\b|follow (?:us|@)"
    r"|sign up\b|subscribe (?:to|now|here)\b|click here\b|scroll down\b|advertisement$|sponsored$"
    r"|(?:watch|listen|video|audio):|watch the video\b|copy (?:this|the) link|media playback"
    r"|(?:email|facebook|twitter|whatsapp|linkedin|print)(?:\W+(?:email|facebook|twitter|whatsapp"
    r"|linkedin|messenger|print|pinterest|reddit|x))+\W*$|back to top$|skip to\b|all rights reserved"
    r"|©|copyright \d|comments?\s*\(\d+\)$|\d+ comments?$"
    r"|(?:published|updated|last updated|last modified)\s*:?\s*(?:\d|on\b|at\b)[^.]{0,60}$)"
)
# Bylines and credits. Case matters: "By John Smith" is a byline, "By then, ..." is not.
_CREDIT = re.compile(
    r"^\(?(?:AP|AFP|EPA|PA|Reuters|REUTERS|Getty Images)(?: Photo| Images)?(?:/[^()]*)?\)?$"
    r"|^\(?(?:AP|AFP|EPA|PA|Reuters|REUTERS)\)? Photo\b"
    r"|^\(?(?i:photo(?:graph)?s?|pictures?|images?|credits?|illustration)(?: by\b|:| courtesy\b)"
    r"|^(?i:(?:additional )?(?:reporting|editing|writing|compiled|written) by)\b"
    r"|^(?:By|BY) (?:\. )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:,? (?:and|&) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
    r"(?:, [A-Za-z ,]{0,40})?$"
)
_CONTRIBUTED = re.compile(r"(?i:contributed (?:to )?(?:this (?:report|story|article)|reporting))\.?$")
_CAPTION = re.compile(
    r"^(?i:image caption|pictured:|pictured (?:above|below|left|right)\b|(?:above|below|left|right|top):)"
)
_CREDITED = re.compile(r"(?:\.|[\"'”’])\s?" + _CREDIT_PAREN.pattern + r"$")  # "...Turkey.(REUTERS)"
# Daily Mail style caption: a short label, a colon, then the caption ("Tragic: The man was ...").
# Not a quote's introduction ("He went on: ...", "Vettel responded: ...", "The tribute read: ...").
_LABEL = re.compile(r"^([A-Z][\w'’-]*(?: [\w'’-]+){0,2}): [A-Z‘'\"“]")
_NOT_LABEL = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|\w+ed|said|says|read|reads|told|tells|wrote|writes"
    r"|adds|went|goes|asks|tweeted|explains|insists|warns|stresses|argues|concludes)$"
)
_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
SUBHEAD_WORDS = 12
SUBHEAD_QUESTION_WORDS = 8


def _looks_like_subhead(text: str) -> bool:
    """A short line without final punctuation, or a short question standing alone ("Who can vote?")."""
    n_words = len(text.split())
    if text.rstrip("\"'”’").endswith("?"):
        return n_words <= SUBHEAD_QUESTION_WORDS
    return not _FINAL.search(text) and not text.endswith(":") and n_words <= SUBHEAD_WORDS


def _classify(text: str, block: Block, alone: bool, last: bool) -> str:
    """The kind of one piece of text, from its wording, the block it stands in and whether more follows."""
    if not any(c.isalnum() for c in text):
        return "furniture"  # a lone "." or "***": no words to show
    if _FURNITURE.match(text):
        return "furniture"
    if _CREDIT.match(text) or ("contribut" in text and _CONTRIBUTED.search(text)):
        return "credit"
    if _CAPTION.match(text) or (text.endswith(")") and _CREDITED.search(text)):
        return "caption"
    label = _LABEL.match(text) if ": " in text else None  # the check first: the regex backtracks
    if label and not any(_NOT_LABEL.search(w) for w in label.group(1).split()):
        return "caption"
    if block.kind == "heading":
        return "subhead"
    if block.kind == "caption":
        return "caption"
    if alone and not last and block.kind != "item" and _looks_like_subhead(text):
        return "subhead"
    return "body"


def _pieces(block: Block, dated: bool, last: bool) -> list[tuple[str, str]]:
    """(text, kind) for each sentence of one block; `dated`: a dateline was already found; `last`: no
    block follows (so a short line cannot be a subhead: it heads nothing)."""
    text = block.text
    out: list[tuple[str, str]] = []
    if not dated:
        dateline = _DATELINE.match(text)
        if dateline and dateline.end() < len(text):
            out.append((dateline.group(0).strip(), "dateline"))
            text = text[dateline.end() :]
    parts = [text] if block.kind == "heading" else split(text)
    for i, part in enumerate(parts):
        kind = _classify(part, block, alone=len(parts) == 1, last=last)
        if kind == "body" and i and out and out[-1][0].startswith("Scroll down"):
            kind = "caption"  # Daily Mail: the caption under a video, glued to the next sentence
        out.append((part, kind))
    # A sentence followed by a bare photo credit in the same block is that photo's caption.
    for i in range(len(out) - 1):
        if out[i][1] == "body" and out[i + 1][1] == "credit" and _CREDIT_PAREN.fullmatch(out[i + 1][0]):
            out[i] = (out[i][0], "caption")
    return out


def parse(text: str, structure: Sequence[Block] | None = None) -> Document:
    """Split an article body into labelled sentences, in article order.

    `structure`: the body's blocks from its Markdown parse (an Article's `structure`), whose `text` they
    make up; without it the blocks are guessed from `text` (Markdown or plain text)."""
    out: list[Sentence] = []
    dated = False
    found = blocks(text) if structure is None else structure
    for number, block in enumerate(found):
        for piece, kind in _pieces(block, dated, last=number == len(found) - 1):
            dated = dated or kind in ("dateline", "body")
            out.append(Sentence(piece, len(out), number, kind, block.kind))
    return Document(text, tuple(out))


def reading_minutes(text: str, words_per_minute: int) -> int:
    """Whole minutes to read the text at `words_per_minute`, at least 1."""
    return max(1, math.ceil(len(text.split()) / max(1, words_per_minute)))
