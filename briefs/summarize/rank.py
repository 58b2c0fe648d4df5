"""Choose the summary and key points: score body sentences, then pick them greedily without repeats.

The score adds, each scaled to [0, 1], lead bias (news states its point first), TextRank centrality
(what the article keeps coming back to) and, when there is a title, how much of it a sentence states;
a length prior keeps out one-liners and run-ons. Picking uses maximal marginal relevance (Carbonell &
Goldstein 1998), so a second sentence that restates the first loses to one that adds something.
"""

from __future__ import annotations

import re

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
_COMPLETE = re.compile(r"^[\"'“‘(]*[A-Z0-9£$€].*[.!?…][\"'”’)]*$", re.S)


def _continuations(doc: Document) -> set[int]:
    """Indexes of sentences that begin inside a quotation opened by an earlier sentence of their
    paragraph ('"Demand is high. Being a landlord is hard," she said.': the second one)."""
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
            inside = mark == "“" or (mark == '"' and _opens(sentence.text, match.start()))
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


def _pick(
    relevance: list[float], units: Units, limit: int, avoid: list[int], max_words: int | None
) -> list[int]:
    """Greedy MMR: add the best-scoring sentence least like those chosen (and `avoid`ed) until `limit`."""
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
        if closest[best] >= REPEAT or overrun:
            continue
        picked.append(best)
        n_words += size
        closest = [c if c >= near else near for c, near in zip(closest, sim[best])]
    return picked


def select(doc: Document, *, title: str | None, options: SummaryOptions) -> tuple[list[str], list[str]]:
    """(summary, key points): sentences copied from the body, each list in article order."""
    body = doc.body
    continuations = _continuations(doc)
    chosen = [(p, s) for p, s in enumerate(body) if _complete(s.text) and s.index not in continuations]
    if not chosen:
        chosen = list(enumerate(body))
    if not chosen:
        return [], []
    chosen = chosen[:MAX_CANDIDATES]
    units = prepare([s.text for _, s in chosen], [p for p, _ in chosen], title)
    relevance = scores(units)
    summary = _pick(relevance, units, max(1, options.sentences), [], options.max_words)
    points = _pick(relevance, units, max(0, options.key_points), summary, None)
    return [units.texts[i] for i in sorted(summary)], [units.texts[i] for i in sorted(points)]
