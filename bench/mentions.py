"""Precision and recall of `briefs.summarize.mentions` on the labelled set, per kind; with a corpus,
also the median time per article of each extractor (figures, quotes, mentions).

    python bench/mentions.py [--gold tests/summarize/mentions_gold.jsonl] [CORPUS.jsonl]

A predicted mention is right when its kind is the annotated one (or an accepted alternative, e.g.
"Kremlin" as organisation or place) and its name is the annotated name or an alias ("Umerov" for
"Rustem Umerov"). A second prediction of an entity already found counts as wrong. Predictions of
kind "other" are not scored: only people, places and organisations are annotated.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from briefs.summarize import figures, mentions, quotes, sentences  # noqa: E402
from briefs.summarize.model import Mention  # noqa: E402

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


def timings(corpus: Path, passes: int = 5) -> dict[str, float]:
    """Median microseconds per article for each extractor, on documents already split into sentences.

    Each pass goes through the corpus in order with the extractor's caches emptied first, as a build
    would; an article's time is its best over the passes, in CPU time (`time.process_time`), to keep
    other processes' noise out."""
    docs = [sentences.parse(json.loads(line)["text"]) for line in corpus.read_text(encoding="utf-8").splitlines()]
    medians = {}
    for module in (figures, quotes, mentions):
        best = [float("inf")] * len(docs)
        for _ in range(passes):
            for cached in (f for f in vars(module).values() if hasattr(f, "cache_clear")):
                cached.cache_clear()
            for i, doc in enumerate(docs):
                start = time.process_time()
                module.extract(doc)
                best[i] = min(best[i], time.process_time() - start)
        medians[module.__name__.rsplit(".", 1)[-1]] = statistics.median(best) * 1e6
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("corpus", type=Path, nargs="?", help="JSON Lines with a 'text' per article, for timing")
    args = parser.parse_args()
    print(f"{'kind':<14}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for kind, t in score(args.gold).items():
        print(f"{kind:<14}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.predicted:7d}{t.annotated:7d}")
    if args.corpus:
        print(f"\nmedian per article over {args.corpus.name}:")
        for name, micros in timings(args.corpus).items():
            print(f"  {name:<9}{micros:8.0f} µs")


if __name__ == "__main__":
    main()
