"""Title overlap: a headline names the story, so sentences that share its words are about it."""

from __future__ import annotations

from briefs.summarize.methods import Units


def scores(units: Units) -> list[float]:
    if not units.title:
        return [0.0] * len(units.texts)
    return [sum(w for t, w in vec.items() if t in units.title) for vec in units.vectors]
