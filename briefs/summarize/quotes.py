"""Quoted words in an article and who said them, in four steps.

1. Quoted stretches: text between quote marks (“ ” " ‘ ’ ' « ») in the body. Marks are matched by
   family (double with double, single with single) and by position (an opening mark follows a space,
   a closing mark precedes one), so apostrophes and a straight opening mark closed by a curly one both
   work. A stretch whose closing mark is missing ends where the next one opens, or, for a double quote,
   at the end of its paragraph. A photo caption spliced in after its last sentence (words with no
   full stop of their own, then the next quote mark) is not part of it.
2. Quotations: stretches that are one speaker's words run on. A stretch left open runs into the next
   one (the news convention for a quote that goes on in the next paragraph: it opens with a quote
   mark, the last one was left open), and so do two stretches with nothing but an attribution
   between them (`"We won," he said. "We are glad."`, `"We won," he said, "and we are glad."`).
3. Attribution cues (`attribution`): the words before, inside and after a quotation that say who
   spoke (`X said: "`, `"...," said X`, `"...," X, an analyst, told Reuters`, `according to X`).
4. Speakers (`speakers`): what a cue names, resolved over the article ("he" -> the nearest earlier
   person in subject position; "Murray" -> "Bob Murray"), with a confidence; below it, no speaker.
   Cues that name different people leave the quotation without one.

A quotation is at least four words, or three ending like a sentence: shorter quoted terms are scare
quotes ("knew"), and a quoted title in capitals ("Action Plan for Italy") is not one. It is shown
from its first stretch, with the next ones while they finish a sentence the first one began or while
it is under MIN_WORDS, up to MAX_WORDS, joined by " … " where an attribution was left out. A
quotation nobody is named for, in a paragraph that opens with it right after another quotation's
paragraph, is that quotation's speaker's (`"...," she said.` / `"..."`), and so is one that a spliced
photo caption parted from it. At most MAX_QUOTES, in article order, without repeats.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby, pairwise

from briefs.summarize import attribution
from briefs.summarize.model import Quote
from briefs.summarize.sentences import Document
from briefs.summarize.speakers import Article, Speaker

MAX_QUOTES = 5
MIN_WORDS = 8  # a quotation's first stretch shorter than this ("No," he said. "...") takes the next one
MAX_WORDS = 60  # words of a quotation shown at most, in whole stretches

_DOUBLE, _SINGLE = "“\"«", "‘'"
_CLOSES = {"“": "”\"", '"': "”\"", "«": "»", "‘": "’'", "'": "’'"}
_MARK = re.compile(r"[“”\"«»‘’']")
_TURNED = {"’": "‘", "”": "“"}  # a closing mark typed where an opening one belongs
_WORDS = re.compile(r"\w[\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…]['’\"”]*\s+")
CAPTION_WORDS = 6  # a photo caption spliced into a quote is at least this long
_MAX_REPORT_GAP = 12  # words between two quotes in one reported sentence


@dataclass(frozen=True)
class _Stretch:
    start: int  # where the quoted words start (past the opening mark)
    end: int  # where they end: the closing mark, or where the stretch was cut off
    closed: bool  # ended by its own closing mark


def extract(doc: Document) -> list[Quote]:
    """Up to MAX_QUOTES quotes from the body, in article order, without repeats: words quoted twice
    take the speaker the article gives either time."""
    text, sentences = _assemble(doc)
    stretches = _stretches(text)
    if not stretches:
        return []
    article = Article(text, sentences, quoted=[(s.start, s.end) for s in stretches])
    quotes: list[Quote] = []
    seen: dict[str, int] = {}  # the quotes kept, by their words
    floor = 0  # the end of the last quoted stretch: the clause before a quote starts no earlier
    previous: str | None = None  # the last quotation's speaker
    for quotation in _quotations(text, stretches):
        shown = _shown(text, quotation)
        repeat = seen.get(shown)
        wanted = len(quotes) < MAX_QUOTES or repeat is not None and quotes[repeat].speaker is None
        is_quote = wanted and _is_quote(shown)
        speaker = previous = _speaker(text, quotation, article, floor, previous) if is_quote else None
        floor = quotation[-1].end + 1
        if repeat is not None and quotes[repeat].speaker is None:
            quotes[repeat] = Quote(text=shown, speaker=speaker)  # the same words quoted again, with a speaker
        elif is_quote and repeat is None:
            seen[shown] = len(quotes)
            quotes.append(Quote(text=shown, speaker=speaker))
    return quotes


def _assemble(doc: Document) -> tuple[str, list[tuple[int, int]]]:
    """The body as one text, paragraphs joined by a blank line, and its sentences' (start, end)."""
    paragraphs: list[str] = []
    sentences: list[tuple[int, int]] = []
    offset = 0
    for _, group in groupby(doc.body, key=lambda s: s.paragraph):
        parts = [s.text for s in group]
        for part in parts:
            sentences.append((offset, offset + len(part)))
            offset += len(part) + 1
        paragraphs.append(" ".join(parts))
        offset += 1  # "\n\n" between paragraphs, where " " followed the last sentence
    return "\n\n".join(paragraphs), sentences


def _stretches(text: str) -> list[_Stretch]:
    """Quoted stretches, paragraph by paragraph, matching marks by family and position. A paragraph
    that opens with a stray double mark and goes on as narration (`"Mr Swinney said schools would
    "not be sacrificed".`: an odd number of marks, a third person speaking) took the last
    paragraph's closing mark: that quote ends with its paragraph."""
    found: list[_Stretch] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        skip = 0
        if found and not found[-1].closed and found[-1].end == offset - 2 and _took_closing_mark(paragraph):
            found[-1] = _Stretch(found[-1].start, found[-1].end, True)
            skip = 1
        for start, end, closed in _paragraph_stretches(paragraph[skip:]):
            found.append(_Stretch(offset + skip + start, offset + skip + end, closed))
        offset += len(paragraph) + 2
    return found


def _took_closing_mark(paragraph: str) -> bool:
    """Whether a paragraph opens with the last paragraph's closing mark (a split that moved it)."""
    if paragraph[:1] not in _DOUBLE or sum(paragraph.count(m) for m in "“”\"") % 2 == 0:
        return False
    words = _WORDS.findall(paragraph[1:].split(". ", 1)[0])[:12]
    for i, word in enumerate(words):
        if attribution.is_speech_verb(word) and i:
            before = [w.lower() for w in words[:i]]
            third_person = before[-1] in ("he", "she", "it", "they") or any(w[:1].isupper() for w in words[:i])
            return third_person and not {"i", "we", "you"} & set(before)
    return False


def _paragraph_stretches(text: str) -> Iterator[tuple[int, int, bool]]:
    opener: str | None = None
    start = 0
    for match in _MARK.finditer(text):
        i, mark = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{—–-/") and not after.isspace() and mark in _CLOSES
        if before == ":" and after.isalnum() and mark in _TURNED:  # `Casey said, smiling:’It would be ...`
            mark, opens = _TURNED[mark], True
        if opener is None:
            if opens and (mark in _DOUBLE or after.isalnum()):
                opener, start = mark, i + 1
            continue
        family = _DOUBLE if opener in _DOUBLE else _SINGLE
        if opens and mark in family:  # a new quote opens: the last one lost its closing mark
            caption = _caption_start(text, start, i)  # `'... the big game. Fans light flares after it 'They ...`
            yield start, i if caption is None else caption, False
            opener, start = mark, i + 1
        elif mark in _CLOSES[opener] and not before.isspace() and not after.isalnum():
            yield start, i, True
            opener = None
    if opener is not None and opener in _DOUBLE:
        yield start, len(text), False


def _caption_start(text: str, start: int, end: int, *, whole: bool = False) -> int | None:
    """Where a photo caption starts that ends `text[start:end]` right before a quote mark opens:
    at least CAPTION_WORDS words after a sentence end (or from `start`, when the stretch may be
    `whole`ly a caption), with no full stop of their own, not leading into a quote (`... He told
    them: '`); None when there is none."""
    ends = list(_SENTENCE_END.finditer(text, start, end))
    if not ends and not whole:
        return None
    at = ends[-1].end() if ends else start
    tail = text[at:end]
    if len(_WORDS.findall(tail)) < CAPTION_WORDS or tail.rstrip()[-1:] in ":,;—–-":
        return None
    return at


def _quotations(text: str, stretches: list[_Stretch]) -> list[list[_Stretch]]:
    """Stretches grouped into quotations: one speaker's words, run on."""
    groups: list[list[_Stretch]] = []
    for stretch in stretches:
        if groups and _runs_on(text, groups[-1][-1], stretch):
            groups[-1].append(stretch)
        else:
            groups.append([stretch])
    return groups


def _runs_on(text: str, last: _Stretch, stretch: _Stretch) -> bool:
    """Whether `stretch` carries on the quotation `last` belongs to: `last` was left open and
    `stretch` opens right after it, or only an attribution of `last` stands between them."""
    gap_start, gap_end = last.end + last.closed, stretch.start - 1
    gap = text[gap_start:gap_end]
    if not last.closed:
        return not gap.strip()
    if "\n" in gap:  # a closed quote, its attribution, then a paragraph that has none of its own
        return (
            bool(gap.strip())
            and attribution.only_attribution(text, gap_start, gap_end)
            and not (stretch.closed and attribution.after(text, stretch.end + 1))
        )
    if _last_mark(text, last) == ".":
        return not gap.strip()
    return attribution.only_attribution(text, gap_start, gap_end)


def _last_mark(text: str, stretch: _Stretch) -> str:
    """How a stretch ends: on a full stop, what follows it is a new sentence, not its attribution
    (`"...the uterus." Supporters of the measure said`), unlike after `,` (and mostly `!`, `?`)."""
    return text[stretch.start : stretch.end].rstrip()[-1:]


def _shown(text: str, quotation: list[_Stretch]) -> str:
    """What a quotation shows: its first stretch, then the next ones while they finish the sentence
    it began or while it is short, within MAX_WORDS; " … " stands where words were left out."""
    shown = _words_of(text, quotation[0])
    for last, stretch in pairwise(quotation):
        ended = shown[-1:] in (".", "!", "?", "…")
        if ended and len(_WORDS.findall(shown)) >= MIN_WORDS:
            break
        more = _words_of(text, stretch)
        if len(_WORDS.findall(shown)) + len(_WORDS.findall(more)) > MAX_WORDS:
            break
        if text[last.end + last.closed : stretch.start - 1].strip():  # an attribution was left out
            shown = f"{shown.rstrip(',;:—–- ')} … {more}"
        else:
            shown = f"{shown} {more}"
    return shown.rstrip(",;:—–- ")


def _words_of(text: str, stretch: _Stretch) -> str:
    return " ".join(text[stretch.start : stretch.end].split())


def _is_quote(text: str) -> bool:
    """Four words or a three-word sentence; not a quoted title ("Action Plan for the Development of Italy")."""
    words = _WORDS.findall(text)
    if len(words) < 3 or len(words) == 3 and text[-1:] not in ".!?":
        return False
    return text[-1:] in ".!?" or sum(w[:1].isupper() for w in words[:20]) * 2 < min(len(words), 20)


def _spliced(text: str, floor: int, end: int) -> bool:
    """Whether all that stands between the last quotation (ending at `floor`) and the next (opening at
    `end`) is a photo caption spliced into one speaker's words, after the rest of the last sentence
    when a quote inside it took the closing mark (`... boasting he sent his 'soldiers' to the
    property. Boente (pictured) was serving time when he began 'This is ...`)."""
    caption = _caption_start(text, floor, end, whole=True) if "\n" not in text[floor:end] else None
    if caption is None:
        return False
    rest = text[floor:caption].strip()
    return not rest or rest[:1].islower() and len(list(_SENTENCE_END.finditer(rest + " "))) == 1


def _same_report(gap: str) -> bool:
    """Whether a quote carries on the sentence that reported the last one (`Christy said the decision
    was a "catastrophic impact" and the club would "fight for the hopes and dreams" of its players`):
    between them, no sentence end, paragraph or quote mark, and no more than a clause's words."""
    return (
        bool(gap.strip())
        and not _SENTENCE_END.search(gap + " ")
        and "\n" not in gap
        and len(_WORDS.findall(gap)) <= _MAX_REPORT_GAP
    )


def _speaker(text: str, quotation: list[_Stretch], article: Article, floor: int, previous: str | None) -> str | None:
    """Who spoke a quotation: what its cues name, in text order (before the first stretch, then after
    each one), when they agree. A "he added" after a named cue is that person; a "he said" before
    any name that cannot be resolved leaves the quotation without a speaker. Without any cue, a
    quotation that opens the paragraph after the `previous` one's is its speaker's. The speaker
    given is remembered as an antecedent for a later "he said"."""
    cues = [attribution.before(text, quotation[0].start - 1, floor)] + [
        attribution.after(text, s.end + 1, asked=_last_mark(text, s) in ("!", "?"))
        for s in quotation
        if s.closed and _last_mark(text, s) != "."
    ]
    if not any(cues):
        gap = text[floor : quotation[0].start - 1]
        if "\n" in gap and not gap.strip() or _spliced(text, floor, quotation[0].start - 1) or _same_report(gap):
            return previous
        return None
    found: list[tuple[Speaker, int]] = []
    for cue in cues:
        if cue is None or cue.pronoun and found:
            continue
        speaker = article.resolve(cue)
        if speaker is not None:
            found.append((speaker, cue.at))
        elif cue.pronoun:
            return None
    if not found or any(other.name.split()[-1] != found[0][0].name.split()[-1] for other, _ in found):
        return None  # nobody named, or two cues naming two people
    speaker, at = found[0]
    article.credit(at, speaker)
    return speaker.name
