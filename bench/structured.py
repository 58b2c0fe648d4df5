"""How true the structured brief is to hand labels: quotes and speakers, figures, names.

    python bench/structured.py [--gold bench/gold] [--corpus ../shared/corpus/dev.jsonl] [--show ID]

Scores `summarize()` (what a reader is shown) against the labels in bench/gold/ (see its README),
separately for each split: tune, holdout, and fresh (labelled after the rules were written, so never
seen by them). `--show ID` prints one tune article's brief beside its labels; holdout and fresh
articles are never shown, only counted.

Quotes: a gold quote is found when a shown quote contains its first words. Recall is over the gold
quotes of at least MIN_QUOTE_WORDS words (a quoted phrase like "bad faith" is labelled, so a brief
that shows it is judged, but it is not expected in a brief), and at most as many as a brief shows
(MAX_QUOTES). A speaker is right when its words are a subset of the
gold name's (or an alias's) or the other way round; wrong when it names someone else or names anyone
for a quote whose article names nobody. The wrong-speaker rate is over all quotes shown.

Figures: a shown figure is the gold figure whose value it carries. It is *distorted* when its value is
only part of a gold value ("12" of "1 in 12") that its text does not contain, or when its text is not
in the article; a *duplicate* when it matches a gold figure already shown or repeats a shown value; a
*fragment* when its text starts or ends on a word that cannot end a phrase, or starts with a clause
cut at a comma. News recall is over at most MAX_FIGURES gold news figures per article.

Names: a shown person, place or organisation is right when a gold entity has that name or alias and
that kind (or an `alt` kind); anything else shown under a kind is an error.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from briefs.summarize import summarize  # noqa: E402

GOLD = ROOT / "bench" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
KINDS = ("person", "place", "organisation")
MAX_QUOTES = 5
MIN_QUOTE_WORDS = 4
MAX_FIGURES = 4
SPLITS = ("tune", "holdout", "fresh")

_WORD = re.compile(r"[\w£$€%.,'’-]+")
_TOKEN = re.compile(r"\w+")
# Words a noun phrase cannot start (after a cut) or end on.
_BAD_END = frozenset(
    "a an the of to in on at for with by from and or but that which who whose as than linking "
    "including between into onto over under about after before while".split()
)
_BAD_START = frozenset("and or but of to that which who whose than".split())


def _norm(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


@dataclass
class Scores:
    articles: int = 0
    counts: Counter = field(default_factory=Counter)

    def add(self, other: Counter) -> None:
        self.articles += 1
        self.counts.update(other)

    def ratio(self, num: str, den: str) -> str:
        d = self.counts[den]
        return f"{self.counts[num] / d:6.1%} ({self.counts[num]}/{d})" if d else "     - (0/0)"


def score_quotes(brief, gold: dict, names: list[dict]) -> Counter:
    c: Counter = Counter()
    shown = [(q, _norm(q.text)) for q in brief.quotes]
    c["q_shown"] += len(shown)
    golds = gold["quotes"]
    c["q_gold"] += len(golds)
    expected = sum(1 for g in golds if len(g["start"].split()) >= MIN_QUOTE_WORDS)
    c["q_gold_capped"] += min(expected, MAX_QUOTES)
    found_expected = 0
    matched_shown: set[int] = set()
    for g in golds:
        start = _norm(g["start"])[:6]
        hit = next((i for i, (_, w) in enumerate(shown) if i not in matched_shown and _contains(w, start)), None)
        if hit is None:
            continue
        matched_shown.add(hit)
        c["q_found"] += 1
        found_expected += len(g["start"].split()) >= MIN_QUOTE_WORDS
        speaker = shown[hit][0].speaker
        if g.get("named") and g.get("speaker"):
            c["q_named_found"] += 1
            if speaker is None:
                c["q_named_none"] += 1
            elif _same_person(speaker, g["speaker"], names):
                c["q_named_right"] += 1
            else:
                c["q_wrong"] += 1
        elif speaker is not None:
            c["q_wrong"] += 1  # the article names nobody, the brief names someone
    c["q_found_expected"] += min(found_expected, MAX_QUOTES)
    for i, (q, _) in enumerate(shown):
        if i not in matched_shown:
            c["q_not_gold"] += 1
            if q.speaker is not None:
                c["q_not_gold_with_speaker"] += 1
    c["q_named_gold"] += sum(1 for g in golds if g.get("named") and g.get("speaker"))
    return c


def _same_person(predicted: str, gold: str, names: list[dict]) -> bool:
    forms = {gold}
    for entity in names:
        all_forms = {entity["name"], *entity.get("aliases", ())}
        if gold in all_forms:
            forms |= all_forms
    p = set(_norm(predicted))
    return any(p and (p <= set(_norm(f)) or set(_norm(f)) <= p) for f in forms)


_MULTIPLIERS = frozenset("m bn k p million billion trillion thousand per cent percent".split())


def _value_key(value: str) -> str:
    """A value without spaces, commas and a trailing unit word: labellers wrote "180,000 tonnes" and
    "180,000" for the same value. A multiplier ("£5m") or a percentage stays part of the value."""
    value = value.lower().strip()
    for unit in (re.search(r"(?<=\S)\s+([a-z]+)$", value), re.search(r"(?<=\d)([a-z]+)$", value)):
        if unit and unit.group(1) not in _MULTIPLIERS and value[: unit.start()].rstrip()[-1:] not in "-":
            value = value[: unit.start()]
            break
    return re.sub(r"[\s,]", "", value)


def score_figures(brief, gold: dict, text: str) -> Counter:
    c: Counter = Counter()
    golds = gold["figures"]
    news = [g for g in golds if g.get("news")]
    c["f_shown"] += len(brief.figures)
    c["f_news_gold_capped"] += min(len(news), MAX_FIGURES)
    c["f_over_cap"] += max(0, len(brief.figures) - MAX_FIGURES)
    flat = " ".join(text.split())
    seen_gold: set[int] = set()
    seen_values: set[str] = set()
    news_found = 0
    for f in brief.figures:
        key = _value_key(f.value)
        words = f.text.split()
        if " ".join(f.text.split()) not in flat:
            c["f_distorted"] += 1
            c["f_not_in_text"] += 1
        elif any(
            key != _value_key(g["value"]) and key in _value_key(g["value"])
            and _value_key(g["value"]) not in _value_key(f.text)
            for g in golds
        ) and not any(key == _value_key(g["value"]) for g in golds):
            c["f_distorted"] += 1
        if key in seen_values:
            c["f_duplicate"] += 1
        seen_values.add(key)
        if words and (
            words[-1].lower().strip(".,;:") in _BAD_END
            or words[0].lower() in _BAD_START
            or re.match(r"^[a-z][\w'’-]*,", f.text)
        ):
            c["f_fragment"] += 1
        hit = next((i for i, g in enumerate(golds) if _value_key(g["value"]) == key), None)
        if hit is None:
            c["f_not_gold"] += 1
            continue
        if hit in seen_gold:
            c["f_duplicate"] += 1
            continue
        seen_gold.add(hit)
        if golds[hit].get("news"):
            news_found += 1
        else:
            c["f_trivial"] += 1
    c["f_news_found"] += min(news_found, MAX_FIGURES)
    return c


def score_names(brief, gold: dict) -> Counter:
    c: Counter = Counter()
    entities = gold["names"]
    for e in entities:
        if e["kind"] in KINDS:
            c[f"n_gold_{e['kind']}"] += 1
    recalled: set[int] = set()
    for m in brief.mentions:
        if m.kind not in KINDS:
            continue
        c[f"n_shown_{m.kind}"] += 1
        name = m.name.lower()
        hit = next(
            (i for i, e in enumerate(entities) if name in {n.lower() for n in (e["name"], *e.get("aliases", ()))}),
            None,
        )
        if hit is not None and m.kind in {entities[hit]["kind"], *entities[hit].get("alt", ())}:
            c[f"n_right_{m.kind}"] += 1
            if hit not in recalled and entities[hit]["kind"] == m.kind:
                recalled.add(hit)
                c[f"n_recalled_{m.kind}"] += 1
        elif hit is not None:
            c[f"n_wrong_kind_{m.kind}"] += 1
        else:
            c[f"n_not_gold_{m.kind}"] += 1
    return c


def load(gold_dir: Path, corpus: Path) -> tuple[dict[str, str], dict[str, dict], dict[str, dict]]:
    with (gold_dir / "articles.tsv").open(encoding="utf-8") as f:
        splits = {row["id"]: row["split"] for row in csv.DictReader(f, delimiter="\t")}
    labels = {}
    for path in sorted(gold_dir.glob("labels-*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not JSON ({e})")
                labels[record["id"]] = record
    articles = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] in labels:
            articles[record["id"]] = record
    return splits, labels, articles


def brief_of(article: dict):
    title = article["title"] if article.get("title_kind") == "headline" else None
    return summarize(article["text"], title=title)


def report(name: str, s: Scores) -> None:
    r = s.ratio
    print(f"\n== {name}: {s.articles} articles ==")
    print("quotes")
    print(f"  found (>= {MIN_QUOTE_WORDS} words, {MAX_QUOTES}/article)    {r('q_found_expected', 'q_gold_capped')}")
    print(f"  found (of all gold quotes)          {r('q_found', 'q_gold')}")
    print(f"  speaker right (named, found)        {r('q_named_right', 'q_named_found')}")
    print(f"  speaker missing (named, found)      {r('q_named_none', 'q_named_found')}")
    print(f"  WRONG speaker (of quotes shown)     {r('q_wrong', 'q_shown')}")
    print(f"  shown but not a gold quote          {r('q_not_gold', 'q_shown')}"
          f"   with a speaker: {s.counts['q_not_gold_with_speaker']}")
    print("figures")
    print(f"  news recall (capped at {MAX_FIGURES}/article)   {r('f_news_found', 'f_news_gold_capped')}")
    print(f"  distorted                           {r('f_distorted', 'f_shown')}"
          f"   (text not in article: {s.counts['f_not_in_text']})")
    print(f"  duplicates                          {r('f_duplicate', 'f_shown')}")
    print(f"  fragments (heuristic)               {r('f_fragment', 'f_shown')}")
    print(f"  trivial (gold news: false)          {r('f_trivial', 'f_shown')}")
    print(f"  not a gold figure                   {r('f_not_gold', 'f_shown')}")
    print(f"  over {MAX_FIGURES} per story                     {s.counts['f_over_cap']}")
    print("names        precision             recall              wrong kind / not a gold name")
    for kind in KINDS:
        print(f"  {kind:<12}{r(f'n_right_{kind}', f'n_shown_{kind}'):<22}"
              f"{r(f'n_recalled_{kind}', f'n_gold_{kind}'):<20}"
              f"{s.counts[f'n_wrong_kind_{kind}']} / {s.counts[f'n_not_gold_{kind}']}")


def show(article: dict, gold: dict) -> None:
    brief = brief_of(article)
    print(article["text"], "\n")
    print("QUOTES shown:", *(f"  [{q.speaker}] {q.text}" for q in brief.quotes), sep="\n")
    print("QUOTES gold:", *(f"  [{g['speaker']}] {g['start']}" for g in gold["quotes"]), sep="\n")
    print("FIGURES shown:", *(f"  {f.value} | {f.text}" for f in brief.figures), sep="\n")
    print("FIGURES gold:", *(f"  {g['value']} | {g['span']} | news={g['news']}" for g in gold["figures"]), sep="\n")
    print("NAMES shown:", *(f"  {m.kind}: {m.name}" for m in brief.mentions), sep="\n")
    print("NAMES gold:", *(f"  {e['kind']}: {e['name']} {e.get('aliases', [])}" for e in gold["names"]), sep="\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--show", metavar="ID", help="print one tune article's brief beside its labels")
    args = parser.parse_args()
    splits, labels, articles = load(args.gold, args.corpus)
    if args.show:
        if splits.get(args.show) != "tune":
            sys.exit(f"{args.show}: not a labelled tune article (holdout and fresh articles are never shown)")
        show(articles[args.show], labels[args.show])
        return
    scores = {split: Scores() for split in SPLITS}
    for id_, gold in labels.items():
        split = splits.get(id_)
        if split not in scores or (args.split != "all" and split != args.split):
            continue
        article = articles[id_]
        brief = brief_of(article)
        c = score_quotes(brief, gold, gold["names"])
        c.update(score_figures(brief, gold, article["text"]))
        c.update(score_names(brief, gold))
        scores[split].add(c)
    for split in SPLITS:
        if args.split in (split, "all") and split in splits.values():
            report(split, scores[split])


if __name__ == "__main__":
    main()
