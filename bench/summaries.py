"""ROUGE of our summaries against baselines on a news corpus, and the time summarize() takes.

    python bench/summaries.py ../shared/corpus/dev.jsonl

Every system picks whole body sentences from the same split (ours), so the table compares choices,
not splitters. The title is passed only where the corpus has a real headline (title_kind "headline"):
CNN/DM "titles" are URL slugs and XSum has none, and the real API gets a title only when the article
has one. Needs the bench extras: rouge-score, sumy (given our sentences and regex words, since its
own tokenizer needs NLTK data that cannot be downloaded here). Its timing is of warm calls; the time of
a cold pass, against another commit, is bench/summarize_time.py's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer  # noqa: E402
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence  # noqa: E402
from sumy.nlp.stemmers import Stemmer  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402
from sumy.summarizers.luhn import LuhnSummarizer  # noqa: E402
from sumy.summarizers.text_rank import TextRankSummarizer  # noqa: E402
from sumy.utils import get_stop_words  # noqa: E402

from briefs.summarize import rank, sentences, summarize  # noqa: E402
from briefs.summarize.model import SummaryOptions  # noqa: E402
from briefs.summarize.terms import words  # noqa: E402

METRICS = ("rouge1", "rouge2", "rougeLsum")
BASELINE_SENTENCES = 3


class RegexTokenizer:
    """What sumy asks of a tokenizer, without NLTK data: sentences are already split."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def _sumy(summarizer_class):
    summarizer = summarizer_class(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = RegexTokenizer()

    def run(body: list[str]) -> list[str]:
        document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in body])])
        return [str(s) for s in summarizer(document, BASELINE_SENTENCES)]

    return run


def systems() -> dict:
    """name -> function(row, body sentences) -> summary sentences."""
    return {
        "briefs": lambda row, body: summarize(row["text"], title=_title(row)).summary,
        "lead-1": lambda row, body: body[:1],
        "lead-3": lambda row, body: body[:3],
        "sumy TextRank": (lambda run: lambda row, body: run(body))(_sumy(TextRankSummarizer)),
        "sumy LexRank": (lambda run: lambda row, body: run(body))(_sumy(LexRankSummarizer)),
        "sumy Luhn": (lambda run: lambda row, body: run(body))(_sumy(LuhnSummarizer)),
    }


def _title(row: dict) -> str | None:
    return row["title"] if row.get("title_kind") == "headline" and row["title"] else None


def median_ms(rows: list[dict], run, repeats: int = 5) -> float:
    """Median over articles of the best of `repeats` warm calls of run(row) (best-of damps the noise of
    a shared machine; one process, so one core)."""
    times = []
    for row in rows:
        run(row)
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            run(row)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return statistics.median(times)


def _split_and_rank(row: dict) -> None:
    rank.select(sentences.parse(row["text"]), title=_title(row), options=SummaryOptions())


def evaluate(rows: list[dict]) -> dict:
    """system -> source ("all" too) -> {"rouge1": .., "rouge2": .., "rougeLsum": .., "words": ..}."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    table: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    runs = systems()
    for row in rows:
        body = [s.text for s in sentences.parse(row["text"]).body]
        for name, run in runs.items():
            picked = run(row, body)
            score = scorer.score(row["reference"], "\n".join(picked))
            for source in ("all", row["source"]):
                cell = table[name][source]
                for metric in METRICS:
                    cell[metric].append(score[metric].fmeasure * 100)
                cell["words"].append(sum(len(s.split()) for s in picked))
    return {
        name: {src: {k: statistics.fmean(v) for k, v in cell.items()} for src, cell in by_source.items()}
        for name, by_source in table.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines: text, reference, source, title, title_kind")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = evaluate(rows)
    sources = ["all"] + sorted({row["source"] for row in rows})
    print(f"{len(rows)} articles; R-1 / R-2 / R-Lsum F1 x 100 (mean words)\n")
    print("| system | " + " | ".join(sources) + " |")
    print("|---" * (len(sources) + 1) + "|")
    for name, by_source in results.items():
        cells = [
            "{rouge1:.2f} / {rouge2:.2f} / {rougeLsum:.2f} ({words:.0f})".format(**by_source[src])
            for src in sources
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    whole = median_ms(rows, lambda row: summarize(row["text"], title=_title(row)))
    print(f"\nsummarize(): median {whole:.2f} ms per article (warm, best of 5, one process)")
    print(f"  of which sentences.parse + rank.select: median {median_ms(rows, _split_and_rank):.2f} ms")
    # A peer in the same run, since the machine's speed varies: sumy's TextRank on our sentences
    # (which it is given already split, so it does less than summarize(): no figures, quotes, names).
    textrank = _sumy(TextRankSummarizer)
    split = {id(row): [s.text for s in sentences.parse(row["text"]).body] for row in rows}
    peer = median_ms(rows, lambda row: textrank(split[id(row)]))
    print(f"sumy TextRank, 3 sentences, on pre-split sentences: median {peer:.2f} ms per article "
          f"(summarize() takes {whole / peer:.2f}x its time)")


if __name__ == "__main__":
    main()
