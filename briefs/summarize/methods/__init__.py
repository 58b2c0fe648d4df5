"""Ways to score sentences for a summary, one per module (sumy-style), behind one small interface.

Each method is a function `scores(units: Units) -> list[float]`, one score per candidate sentence,
higher is better, on any scale (rank.py normalises and weighs them). A new method is a new module.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from briefs.summarize.terms import terms


@dataclass(frozen=True)
class Units:
    """The candidate sentences of one article, prepared once for every method."""

    texts: tuple[str, ...]
    positions: tuple[int, ...]  # index among the article's body sentences (0 = the lead)
    total: int  # how many body sentences the article has
    vectors: tuple[dict[str, float], ...]  # TF-IDF of terms and term pairs, unit length
    similarity: tuple[tuple[float, ...], ...]  # cosine of the vectors, 0 on the diagonal
    title: frozenset[str]  # the title's terms (empty when there is no title)


def features(text: str) -> list[str]:
    """Content terms and adjacent term pairs: sentences that share a phrase ("peace talks", "Rustem
    Umerov") share more than sentences that share its words apart."""
    single = terms(text)
    return single + [f"{a} {b}" for a, b in zip(single, single[1:])]


def prepare(texts: list[str], positions: list[int], total: int, title: str | None) -> Units:
    """TF-IDF vectors (IDF over the article's own sentences) and their pairwise cosine."""
    bags = [Counter(features(t)) for t in texts]
    df = Counter(t for bag in bags for t in bag)
    n = len(bags)
    base = math.log(n + 1) + 1.0
    idf = {t: base - math.log(c) for t, c in df.items()}
    vectors = []
    for bag in bags:
        vec = {t: idf[t] * (1.0 + math.log(c)) if c > 1 else idf[t] for t, c in bag.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vectors.append({t: w / norm for t, w in vec.items()})
    # Dot products through an inverted index of shared terms: only pairs sharing a term are touched.
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vec in enumerate(vectors):
        for t, w in vec.items():
            if df[t] > 1:
                postings.setdefault(t, []).append((i, w))
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
        positions=tuple(positions),
        total=total,
        vectors=tuple(vectors),
        similarity=tuple(tuple(row) for row in sim),
        title=frozenset(terms(title)) if title else frozenset(),
    )
