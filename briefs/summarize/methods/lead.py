"""Lead bias: news puts the most important facts first (the inverted pyramid).

The first three sentences are about equally likely to carry the story (the lead, then the facts that
complete it); past them, each sentence is worth a constant fraction of the one before.
"""

from __future__ import annotations

from briefs.summarize.methods import Units

PLATEAU = 2  # sentences 0..PLATEAU all score 1
DECAY = 0.8  # each later sentence is worth this much of the one before, down to FLOOR
FLOOR = 0.05


def scores(units: Units) -> list[float]:
    return [max(FLOOR, DECAY ** max(0, p - PLATEAU)) for p in units.positions]
