"""Ways to score sentences for a summary, one per module (sumy-style), behind one small interface.

Each method is a function `scores(units: Units) -> list[float]`, one score per candidate sentence,
higher is better, on any scale (rank.py normalises and weighs them). A new method is a new module.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Set
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import add, mul

from briefs.summarize.terms import terms


@dataclass(frozen=True)
class Units:
    """The candidate sentences of one article, prepared once for every method."""

    texts: tuple[str, ...]
    lengths: tuple[int, ...]  # words in each sentence
    positions: tuple[int, ...]  # index among the article's body sentences (0 = the lead)
    features: tuple[Set[Hashable], ...]  # each sentence's terms and (term, term) pairs
    similarity: tuple[tuple[float, ...], ...]  # cosine of their TF-IDF vectors, 0 on the diagonal
    title: frozenset[str]  # the title's terms (empty when there is no title)


def features(text: str) -> Counter[Hashable]:
    """Content terms and adjacent term pairs, counted: sentences that share a phrase ("peace talks",
    "Rustem Umerov") share more than sentences that share its words apart."""
    single = terms(text)
    return Counter(chain(single, pairwise(single)))


def prepare(texts: list[str], positions: list[int], title: str | None) -> Units:
    """TF-IDF vectors (IDF over the article's own sentences) and their pairwise cosine."""
    bags = [features(t) for t in texts]
    df = Counter(chain.from_iterable(bags))
    n = len(bags)
    rare = math.log(n + 1) + 1.0  # the IDF of a feature found in one sentence
    idf = {t: rare - math.log(c) for t, c in df.items() if c > 1}
    # Only features shared by two sentences add to a dot product; the rest only lengthen the vector.
    postings: dict[Hashable, list[tuple[int, float]]] = {t: [] for t in idf}
    for i, bag in enumerate(bags):
        weights = [idf.get(t, rare) if c == 1 else (1.0 + math.log(c)) * idf.get(t, rare) for t, c in bag.items()]
        norm = math.sqrt(sum(map(mul, weights, weights))) or 1.0
        for t, w in zip(bag, weights):
            if t in idf:
                postings[t].append((i, w / norm))
    # Fill the upper triangle, then add the transpose (whose upper triangle is all zeros).
    upper = [[0.0] * n for _ in range(n)]
    for plist in postings.values():
        for a, (i, wi) in enumerate(plist):
            row = upper[i]
            for j, wj in plist[a + 1 :]:
                row[j] += wi * wj
    return Units(
        texts=tuple(texts),
        lengths=tuple(len(t.split()) for t in texts),
        positions=tuple(positions),
        features=tuple(bag.keys() for bag in bags),
        similarity=tuple(tuple(map(add, row, column)) for row, column in zip(upper, zip(*upper))),
        title=frozenset(terms(title)) if title else frozenset(),
    )
