"""TextRank centrality (Mihalcea & Tarau 2004): PageRank over the sentence-similarity graph.

A sentence that shares much with many others states what the article is about.
"""

from __future__ import annotations

from briefs.summarize.methods import Units

DAMPING = 0.85
ITERATIONS = 30
TOLERANCE = 1e-4


def scores(units: Units) -> list[float]:
    n = len(units.texts)
    if n == 0:
        return []
    edges = [[(j, w) for j, w in enumerate(row) if w > 0.0] for row in units.similarity]
    out_weight = [sum(w for _, w in e) for e in edges]
    rank = [1.0 / n] * n
    for _ in range(ITERATIONS):
        new = [(1.0 - DAMPING) / n] * n
        for i, e in enumerate(edges):
            if out_weight[i]:
                share = DAMPING * rank[i] / out_weight[i]
                for j, w in e:
                    new[j] += share * w
            else:
                spread = DAMPING * rank[i] / n
                new = [v + spread for v in new]
        if max(abs(a - b) for a, b in zip(new, rank)) < TOLERANCE:
            return new
        rank = new
    return rank
