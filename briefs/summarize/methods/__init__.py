"""Ways to score sentences for a summary, one per module (sumy-style), behind one small interface.

Each method is a function `scores(units: Units) -> list[float]`, one score per candidate sentence,
higher is better, on any scale (rank.py normalises and weighs them). A new method is a new module.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass

from briefs.summarize.terms import terms


@dataclass(frozen=True)
class Units:
    """The candidate sentences of one article, prepared once for every method."""

    texts: tuple[str, ...]
    lengths: tuple[int, ...]  # words in each sentence
    positions: tuple[int, ...]  # index among the article's body sentences (0 = the lead)
    features: tuple[frozenset[Hashable], ...]  # each sentence's terms and (term, term) pairs
    similarity: tuple[tuple[float, ...], ...]  # cosine of their TF-IDF vectors, 0 on the diagonal
    title: frozenset[str]  # the title's terms (empty when there is no title)


def features(text: str) -> list[Hashable]:
    """Content terms and adjacent term pairs: sentences that share a phrase ("peace talks", "Rustem
    Umerov") share more than sentences that share its words apart."""
    single: list[Hashable] = list(terms(text))
    return single + list(zip(single, single[1:]))


def prepare(texts: list[str], positions: list[int], title: str | None) -> Units:
    """TF-IDF vectors (IDF over the article's own sentences) and their pairwise cosine."""
    bags = [Counter(features(t)) for t in texts]
    df: Counter[Hashable] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    rare = math.log(n + 1) + 1.0  # the IDF of a feature found in one sentence
    idf = {t: rare - math.log(c) for t, c in df.items() if c > 1}
    # Only features shared by two sentences add to a dot product; the rest only lengthen the vector.
    postings: dict[Hashable, list[tuple[int, float]]] = {}
    for i, bag in enumerate(bags):
        shared, squares = [], 0.0
        for t, c in bag.items():
            w = (1.0 + math.log(c) if c > 1 else 1.0) * idf.get(t, rare)
            squares += w * w
            if t in idf:
                shared.append((t, w))
        norm = math.sqrt(squares) or 1.0
        for t, w in shared:
            postings.setdefault(t, []).append((i, w / norm))
    sim = [[0.0] * n for _ in range(n)]
    for plist in postings.values():
        for a, (i, wi) in enumerate(plist):
            row = sim[i]
            for j, wj in plist[a + 1 :]:
                product = wi * wj
                row[j] += product
                sim[j][i] += product
    return Units(
        texts=tuple(texts),
        lengths=tuple(len(t.split()) for t in texts),
        positions=tuple(positions),
        features=tuple(frozenset(bag) for bag in bags),
        similarity=tuple(tuple(row) for row in sim),
        title=frozenset(terms(title)) if title else frozenset(),
    )
