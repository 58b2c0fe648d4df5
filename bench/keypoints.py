"""Key points and summaries that repeat or cut what the brief shows: counted over the sample site and a corpus.

    python bench/keypoints.py [--site .] [--corpus ../shared/corpus/dev.jsonl] [--show]

A brief shows each thing once, and only whole sentences of the article's prose. For every article
(the site's through the build, with front matter applied; the corpus's through `summarize()` with
its headline as title, as plain text) it counts the briefs with

- a *quote fragment*: a summary sentence or key point whose double quote marks do not pair up (the
  first sentence of a quote, with its opening mark and no closing one, or the last, closing one
  opened before it);
- a *key point that repeats a quote*: it shares RUN words in a row with a quote the brief shows, or
  contains one whole;
- a *key point that repeats the summary*: the same, with a summary sentence;
- (site only) *not prose*: a summary sentence or key point that is, or is part of, a heading, list
  item, blockquote, table row or image caption of the article's Markdown (read with markdown-it
  here, not with briefs' own parse).

Each count is of articles with at least one such sentence. `--show` prints every offending sentence.
The checks read only what the brief shows and the article's file, so this script measures any
version of briefs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from markdown_it import MarkdownIt  # noqa: E402

from briefs.build import process_article  # noqa: E402
from briefs.config import load_config  # noqa: E402
from briefs.content.loader import discover  # noqa: E402
from briefs.summarize import Brief, summarize  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
RUN = 8  # words in a row shared with a shown text: a repeat
CHECKS = ("quote fragment", "key point repeats a quote", "key point repeats the summary", "not prose")
_WORD = re.compile(r"\w+")
_NOT_PROSE = {"heading_open": "heading", "list_item_open": "list item", "blockquote_open": "blockquote",
              "tr_open": "table row"}


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def unpaired_quote(sentence: str) -> bool:
    """Its double quote marks do not pair up: curly ones unmatched, or an odd number of straight ones."""
    return sentence.count("“") != sentence.count("”") or sentence.count('"') % 2 == 1


def repeats(sentence: str, shown: str) -> bool:
    """`sentence` shares RUN words in a row with `shown`, or one contains the other whole."""
    a, b = _words(sentence), _words(shown)
    if not a or not b:
        return False
    joined_a, joined_b = f" {' '.join(a)} ", f" {' '.join(b)} "
    if joined_a in joined_b or joined_b in joined_a:
        return True
    runs = {tuple(b[i : i + RUN]) for i in range(len(b) - RUN + 1)}
    return any(tuple(a[i : i + RUN]) in runs for i in range(len(a) - RUN + 1))


def not_prose_blocks(markdown: str) -> list[tuple[str, str]]:
    """(kind, text) of every heading, list item, blockquote, table row and caption in the Markdown."""
    out: list[tuple[str, str]] = []
    open_kinds: list[str] = []
    after_image = False
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        if token.type in _NOT_PROSE:
            open_kinds.append(_NOT_PROSE[token.type])
        elif token.type.replace("_close", "_open") in _NOT_PROSE and token.type.endswith("_close"):
            open_kinds.pop()
        elif token.type == "inline":
            children = token.children or []
            text = " ".join("".join(c.content for c in children if c.type in ("text", "code_inline")).split())
            image = bool(children) and children[0].type == "image"
            if open_kinds:
                out.append((open_kinds[0], text))
            elif image or (after_image and children and children[0].type in ("em_open", "strong_open")):
                out.append(("caption", text))
            after_image = image and not text
    return [(kind, text) for kind, text in out if text]


def violations(brief: Brief, blocks: list[tuple[str, str]] | None = None) -> dict[str, list[str]]:
    """Check name -> the sentences of `brief` that fail it."""
    found: dict[str, list[str]] = {check: [] for check in CHECKS}
    for sentence in brief.summary + brief.key_points:
        if unpaired_quote(sentence):
            found["quote fragment"].append(sentence)
        for kind, text in blocks or ():
            if " ".join(_words(sentence)) in " ".join(_words(text)):
                found["not prose"].append(f"{kind}: {sentence}")
                break
    for point in brief.key_points:
        found["key point repeats a quote"] += [point for q in brief.quotes if repeats(point, q.text)][:1]
        found["key point repeats the summary"] += [point for s in brief.summary if repeats(point, s)][:1]
    return found


def site_briefs(site: Path):
    """(name, brief, not-prose blocks) for every article of the site, front matter applied."""
    settings = load_config(site).articles
    for rel_path in discover(site):
        article, brief = process_article(rel_path, (site / rel_path).read_bytes(), settings)
        yield rel_path, brief, not_prose_blocks(article.body)


def corpus_briefs(corpus: Path):
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            title = row["title"] if row.get("title_kind") == "headline" and row["title"] else None
            yield row["id"], summarize(row["text"], title=title), None


def count(briefs, show: bool) -> tuple[int, Counter]:
    total, bad = 0, Counter()
    for name, brief, blocks in briefs:
        total += 1
        for check, sentences in violations(brief, blocks).items():
            if sentences:
                bad[check] += 1
                for sentence in sentences if show else ():
                    print(f"{name}: {check}: {sentence}")
    return total, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT, help="a site folder (default: the sample site)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines: id, text, title, title_kind")
    parser.add_argument("--show", action="store_true", help="print every offending sentence")
    args = parser.parse_args()
    columns = [("sample site", count(site_briefs(args.site), args.show))]
    if args.corpus.is_file():
        columns.append((args.corpus.name, count(corpus_briefs(args.corpus), args.show)))
    print("articles whose brief has at least one such sentence\n")
    print("| check | " + " | ".join(f"{name} ({total})" for name, (total, _) in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for check in CHECKS:
        cells = ["-" if check == "not prose" and name != "sample site" else str(bad[check])
                 for name, (_, bad) in columns]
        print(f"| {check} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
