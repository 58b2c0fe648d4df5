"""Title coverage: a headline names the story, so a sentence that states more of its words is about it."""

from __future__ import annotations

from briefs.summarize.methods import Units


def scores(units: Units) -> list[float]:
    if not units.title:
        return [0.0] * len(units.texts)
    return [len(units.title.intersection(vec)) / len(units.title) for vec in units.features]
