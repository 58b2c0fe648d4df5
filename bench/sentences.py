"""Accuracy of the sentence splitter on the labelled cases in tests/summarize/sentence_cases.jsonl.

    python bench/sentences.py [--pysbd]

A case is right when every piece has the expected text and kind. "Split only" ignores kinds, which is
also how pysbd (given the same text, no Markdown or kinds) is scored with --pysbd, for comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefs.summarize import sentences  # noqa: E402

CASES = ROOT / "tests" / "summarize" / "sentence_cases.jsonl"


def load(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pysbd", action="store_true", help="also score pysbd on the split alone")
    args = parser.parse_args()
    cases = load()
    right = split_right = 0
    for case in cases:
        got = [[s.kind, s.text] for s in sentences.parse(case["text"]).sentences]
        right += got == case["expect"]
        split_right += [t for _, t in got] == [t for _, t in case["expect"]]
        if got != case["expect"]:
            print(f"wrong: {case['id']}: {got}")
    n = len(cases)
    print(f"{n} cases: {right / n:.1%} right (text and kind), {split_right / n:.1%} split right")
    if args.pysbd:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        ok = sum(
            [s.strip() for s in segmenter.segment(c["text"]) if s.strip()] == [t for _, t in c["expect"]]
            for c in cases
        )
        print(f"pysbd: {ok / n:.1%} split right (it strips no Markdown and finds no datelines)")


if __name__ == "__main__":
    main()
