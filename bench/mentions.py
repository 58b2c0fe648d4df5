"""Precision and recall of `briefs.summarize.mentions` on the labelled set, per kind.

    python bench/mentions.py [tests/summarize/mentions_gold.jsonl]

A predicted mention is right when its kind is the annotated one (or an accepted alternative, e.g.
"Kremlin" as organisation or place) and its name is the annotated name or an alias ("Umerov" for
"Rustem Umerov"). A second prediction of an entity already found counts as wrong. Predictions of
kind "other" are not scored: only people, places and organisations are annotated.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from briefs.summarize import mentions, sentences
from briefs.summarize.model import Mention

KINDS = ("person", "place", "organisation")
GOLD = Path(__file__).resolve().parents[1] / "tests" / "summarize" / "mentions_gold.jsonl"


@dataclass
class Tally:
    found: int = 0  # predictions that are right
    predicted: int = 0
    recalled: int = 0  # annotated mentions that were predicted
    annotated: int = 0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.annotated if self.annotated else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(path: Path = GOLD) -> dict[str, Tally]:
    """Tallies per kind, and over all kinds under "all"."""
    tallies = {kind: Tally() for kind in (*KINDS, "all")}
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        gold = article["mentions"]
        for entity in gold:
            tallies[entity["kind"]].annotated += 1
        matched: set[int] = set()
        for mention in mentions.extract(sentences.parse(article["text"])):
            if mention.kind not in KINDS:
                continue
            tallies[mention.kind].predicted += 1
            hit = next((i for i, g in enumerate(gold) if i not in matched and _matches(mention, g)), None)
            if hit is not None:
                matched.add(hit)
                tallies[mention.kind].found += 1
                tallies[gold[hit]["kind"]].recalled += 1
    for kind in KINDS:
        for field in ("found", "predicted", "recalled", "annotated"):
            setattr(tallies["all"], field, getattr(tallies["all"], field) + getattr(tallies[kind], field))
    return tallies


def _matches(mention: Mention, entity: dict) -> bool:
    kinds = {entity["kind"], entity.get("also_kind")}
    names = {n.lower() for n in (entity["name"], *entity.get("aliases", ()))}
    return mention.kind in kinds and mention.name.lower() in names


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else GOLD
    print(f"{'kind':<14}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for kind, t in score(path).items():
        print(f"{kind:<14}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.predicted:7d}{t.annotated:7d}")


if __name__ == "__main__":
    main(sys.argv[1:])
