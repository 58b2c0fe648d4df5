"""Text without a known structure -> blocks of readable text (headings, list items, paragraphs, lone lines).

Articles on a site come with their structure from the Markdown parse (briefs.content.markdown); text
given without it (an import, a corpus, a caller of `summarize`) has it guessed here. Markdown syntax is
stripped (links become their text, emphasis markers go) before any sentence is cut; plain text passes
through unchanged apart from whitespace. Kept to regular expressions: cheaper than a full parse. A
short unpunctuated line standing on its own inside a paragraph is a "line" block (a subhead or byline).
"""

from __future__ import annotations

import re

from briefs.summarize.model import Block


_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?/?>")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+.*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

# Inline spans are bounded (300 characters) so that text full of unmatched "*" or "[" stays linear.
_IMAGE = re.compile(r"!\[([^\]]{0,300})\]\([^)]{0,300}\)")
_LINK = re.compile(r"\[([^\]]{1,300})\](?:\([^)]{0,300}\)|\[[^\]]{0,300}\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,300}?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`+([^`]{1,300}?)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")

LONE_LINE_WORDS = 12  # a line this short, without final punctuation, stands alone (subhead, byline)


def inline(text: str) -> str:
    """Inline Markdown -> the text a reader sees, whitespace collapsed."""
    if any(c in text for c in "[*_`\\<"):
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
        text = _AUTOLINK.sub(r"\1", text)
        text = _STRONG.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDER.sub(r"\1", text)
        text = _CODE.sub(r"\1", text)
        text = _TAG.sub("", text)
        text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())


def _stands_alone(line: str) -> bool:
    """Short and without final punctuation: a subhead or byline, if it is also on a line of its own."""
    return not _TERMINAL.search(line) and len(line.split()) <= LONE_LINE_WORDS


def _lone(lines: list[str], i: int) -> bool:
    """Line i is a line of its own (not a soft-wrapped part of a sentence): it is short and unpunctuated,
    the line before it ended a sentence and the line after it starts one."""
    before = lines[i - 1].strip() if i else ""
    after = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
    return (
        _stands_alone(lines[i].strip())
        and (not before or bool(_TERMINAL.search(before)))
        and (not after or not after[0].islower())
    )


def _paragraph_blocks(lines: list[str]) -> list[Block]:
    """One blank-line-separated paragraph -> blocks: headings, items and lone lines alone, wraps joined."""
    out: list[Block] = []
    run: list[str] = []  # soft-wrapped lines of the current paragraph or item
    run_kind = "paragraph"

    def flush() -> None:
        nonlocal run, run_kind
        text = inline(" ".join(run))
        if text:
            out.append(Block(text, run_kind))
        run, run_kind = [], "paragraph"

    lines = [_QUOTE.sub("", raw) for raw in lines]
    for i, line in enumerate(lines):
        if _SETEXT.match(line) and run_kind == "paragraph" and len(run) == 1:
            run_kind = "heading"
            flush()
            continue
        if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            run, run_kind = [heading.group(1) or ""], "heading"
            flush()
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            run, run_kind = [item.group(1)], "item"
            continue
        if run_kind == "item" and not line[:1].isspace():
            flush()
        if run_kind != "item" and len(lines) > 1 and _lone(lines, i):
            flush()
            run, run_kind = [line], "line"
            flush()
            continue
        run.append(line.replace("|", " ") if line.lstrip().startswith("|") else line)
    flush()
    return out


def blocks(text: str) -> list[Block]:
    """The article's text blocks in order: paragraphs, lone lines, headings and list items."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "```" in text or "~~~" in text:
        text = _FENCE.sub("", text)
    if "<!--" in text:
        text = _COMMENT.sub("", text)
    out: list[Block] = []
    for para in re.split(r"\n[ \t]*\n", text):
        lines = [ln for ln in para.split("\n") if ln.strip()]
        if lines:
            out.extend(_paragraph_blocks(lines))
    return out
