"""TextRank centrality (Mihalcea & Tarau 2004): PageRank over the sentence-similarity graph.

A sentence that shares much with many others states what the article is about.
"""

from __future__ import annotations

from briefs.summarize.methods import Units

DAMPING = 0.85
ITERATIONS = 8  # power iterations: the order of the top sentences settles in fewer on news articles


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
        rank = new
    return rank
