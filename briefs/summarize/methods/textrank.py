"""TextRank centrality (Mihalcea & Tarau 2004): PageRank over the sentence-similarity graph.

A sentence that shares much with many others states what the article is about.
"""

from __future__ import annotations

from briefs.summarize.methods import Units

DAMPING = 0.85
ITERATIONS = 10  # the ranking settles well before this on news-length articles
TOLERANCE = 1e-4


def scores(units: Units) -> list[float]:
    n = len(units.texts)
    if n == 0:
        return []
    # Each sentence hands its rank to its neighbours in proportion to their similarity.
    links = []
    for row in units.similarity:
        total = sum(row)
        links.append([(j, w / total) for j, w in enumerate(row) if w > 0.0] if total else [])
    rank = [1.0 / n] * n
    for _ in range(ITERATIONS):
        dangling = sum(r for r, out in zip(rank, links) if not out)
        new = [(1.0 - DAMPING + DAMPING * dangling) / n] * n
        for r, out in zip(rank, links):
            r *= DAMPING
            for j, w in out:
                new[j] += r * w
        done = max(abs(a - b) for a, b in zip(new, rank)) < TOLERANCE
        rank = new
        if done:
            break
    return rank
