"""Choose the summary and key points: score body sentences, then pick them greedily without repeats.

The score adds, each scaled to [0, 1], lead bias (news states its point first), TextRank centrality
(what the article keeps coming back to) and, when there is a title, how much of it a sentence states;
a length prior keeps out one-liners and run-ons. Picking uses maximal marginal relevance (Carbonell &
Goldstein 1998), so a second sentence that restates the first loses to one that adds something.

Candidates are whole sentences of the article's prose: not list items, blockquotes or table rows, and
not part of a quotation (a quote's first sentence without its close, or a later one). Key points
repeat neither the summary nor a quote the brief shows; the summary repeats no key point the author set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from briefs.summarize.methods import Units, lead, prepare, textrank, title
from briefs.summarize.model import SummaryOptions
from briefs.summarize.sentences import Document

WEIGHTS = ((lead.scores, 1.0), (textrank.scores, 1.0), (title.scores, 1.0))
REDUNDANCY = 0.25  # MMR: how much similarity to an already chosen sentence costs
SHORT, LONG = 15, 45  # sentences shorter or longer than this many words score less
MIN_WORDS = 4  # below this a sentence is a fragment ("Yes!") and never chosen while others exist
OVERRUN = 1.5  # a sentence is skipped if it would take the summary past max_words times this
REPEAT = 0.5  # a sentence this similar (cosine) to one already chosen repeats it, and is skipped
# Ranking costs the square of the sentence count; news states its point early, so a very long text is
# summarised from its first sentences (a news article has 15-70).
MAX_CANDIDATES = 150

_QUOTE_MARK = re.compile(r"[\"“”]")
_WORD = re.compile(r"\w+")
# Blocks whose sentences may be summary sentences or key points: not list items, blockquotes, table
# rows or notes (nor headings and captions, which are not body text at all).
PROSE = frozenset(("paragraph", "line"))
RUN = 6  # words in a row that a sentence shares with a text shown elsewhere in the brief: a repeat
_COMPLETE = re.compile(r"^[\"'“‘(]*[A-Z0-9£$€].*[.!?…][\"'”’)]*$", re.S)


def _quote_fragments(doc: Document) -> set[int]:
    """Indexes of sentences that are part of a quotation and not the whole of it: they begin inside
    one opened by an earlier sentence of their paragraph, open one they do not close ('"Demand is
    high. Being a landlord is hard," she said.': both), or have marks that do not pair up."""
    out: set[int] = set()
    paragraph, inside = -1, False
    for sentence in doc.sentences:
        if sentence.paragraph != paragraph:
            paragraph, inside = sentence.paragraph, False
        if inside:
            out.add(sentence.index)
        if '"' not in sentence.text and "“" not in sentence.text and "”" not in sentence.text:
            continue  # most sentences: no quote mark to look at
        for match in _QUOTE_MARK.finditer(sentence.text):
            mark = match.group(0)
            opens = mark == "“" or (mark == '"' and _opens(sentence.text, match.start()))
            if opens == inside:  # opens inside a quotation, or closes none
                out.add(sentence.index)
            inside = opens
        if inside:
            out.add(sentence.index)
    return out


def _opens(text: str, at: int) -> bool:
    """A straight quote opens when it starts the text or follows a space or bracket."""
    return at == 0 or text[at - 1] in " ([—–-"


def _complete(text: str) -> bool:
    """Starts like a sentence, ends like one, and is long enough to say something."""
    return bool(_COMPLETE.match(text)) and len(text.split()) >= MIN_WORDS


def _length_prior(n_words: int) -> float:
    if n_words < SHORT:
        return n_words / SHORT
    if n_words > LONG:
        return LONG / n_words
    return 1.0


def _scaled(values: list[float]) -> list[float]:
    """Min-max to [0, 1], so each method's weight means the same whatever its raw scale."""
    low, high = min(values, default=0.0), max(values, default=0.0)
    return [(v - low) / (high - low) for v in values] if high > low else [0.0] * len(values)


def scores(units: Units) -> list[float]:
    """One relevance score per candidate sentence (higher is better)."""
    total = [0.0] * len(units.texts)
    for method, weight in WEIGHTS:
        for i, v in enumerate(_scaled(method(units))):
            total[i] += weight * v
    return [s * _length_prior(n) for s, n in zip(total, units.lengths)]


class _Shown:
    """Texts the brief shows elsewhere (quotes, the author's summary or key points), to tell whether a
    sentence repeats one: it shares RUN words in a row with it, or contains a shorter one whole."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.runs: set[tuple[str, ...]] = set()
        self.short: list[str] = []
        for text in texts:
            words = _WORD.findall(text.lower())
            if len(words) >= RUN:
                self.runs.update(_runs(words))
            elif words:
                self.short.append(f" {' '.join(words)} ")

    def repeated_in(self, text: str) -> bool:
        if not self.runs and not self.short:
            return False
        words = _WORD.findall(text.lower())
        joined = f" {' '.join(words)} "
        return not self.runs.isdisjoint(_runs(words)) or any(short in joined for short in self.short)


def _runs(words: list[str]) -> Iterator[tuple[str, ...]]:
    return (tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))


def _pick(
    relevance: list[float], units: Units, limit: int, avoid: list[int], max_words: int | None, shown: _Shown
) -> list[int]:
    """Greedy MMR: add the best-scoring sentence least like those chosen (and `avoid`ed) until `limit`;
    skip one that repeats a text `shown` elsewhere in the brief (checked only for the best: cheaper)."""
    sim = units.similarity
    closest = [0.0] * len(relevance)
    for j in avoid:
        closest = [c if c >= near else near for c, near in zip(closest, sim[j])]
    left = [i for i in range(len(relevance)) if i not in avoid]
    picked: list[int] = []
    n_words = 0
    while left and len(picked) < limit and (max_words is None or n_words < max_words or not picked):
        best = max(left, key=lambda i: relevance[i] - REDUNDANCY * closest[i])
        left.remove(best)
        size = units.lengths[best]
        overrun = max_words is not None and picked and n_words + size > OVERRUN * max_words
        if closest[best] >= REPEAT or overrun or shown.repeated_in(units.texts[best]):
            continue
        picked.append(best)
        n_words += size
        closest = [c if c >= near else near for c, near in zip(closest, sim[best])]
    return picked


def select(doc: Document, *, title: str | None, options: SummaryOptions, summary: Sequence[str] | None = None,
           key_points: Sequence[str] | None = None, quotes: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """(summary, key points): whole sentences copied from the body's prose, each list in article order.

    Neither repeats what the brief shows elsewhere: the summary none of the author's `key_points`; the
    key points no summary sentence (the author's `summary`, else the computed one) and no quote shown.
    """
    body = doc.body
    fragments = _quote_fragments(doc)
    whole = [(p, s) for p, s in enumerate(body) if s.index not in fragments]
    chosen = [(p, s) for p, s in whole if s.block in PROSE and _complete(s.text)]
    if not chosen:
        chosen = whole or list(enumerate(body))
    if not chosen:
        return [], []
    chosen = chosen[:MAX_CANDIDATES]
    units = prepare([s.text for _, s in chosen], [p for p, _ in chosen], title)
    relevance = scores(units)
    picked = _pick(relevance, units, max(1, options.sentences), [], options.max_words, _Shown(key_points or ()))
    shown = _Shown([*quotes, *(summary if summary is not None else (units.texts[i] for i in picked))])
    points = _pick(relevance, units, max(0, options.key_points), picked if summary is None else [], None, shown)
    return [units.texts[i] for i in sorted(picked)], [units.texts[i] for i in sorted(points)]
