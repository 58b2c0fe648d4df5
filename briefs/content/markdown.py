"""Article body (Markdown) -> HTML for the page, and its text and structure for the summariser, from one parse.

CommonMark plus tables, strikethrough and footnotes. Raw HTML is escaped unless the site allows it
(`markdown: {html: true}`); markdown-it's link validation drops javascript:, vbscript:, file: and
non-image data: targets (the link is rendered as plain text). Headings move down one level, so an
article's `#` is an h2 under the page's h1 (the title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefs.summarize.model import Block

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SKIPPED_INLINE = {"image", "html_inline", "footnote_ref"}


@dataclass(frozen=True)
class Rendered:
    html: str
    text: str  # the blocks' text, one block per paragraph, separated by blank lines
    structure: tuple[Block, ...]  # paragraphs, headings, list items, captions, quotes, rows, notes


@lru_cache(maxsize=2)
def _parser(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html, "xhtmlOut": False}).enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    # A headed section, so the notes are announced as such (and the Nu checker has no notice).
    md.add_render_rule("footnote_block_open", lambda *_: '<section class="footnotes">\n<h2>Notes</h2>\n'
                       '<ol class="footnotes-list">\n')
    return md


def render(body: str, *, allow_html: bool = False) -> Rendered:
    md = _parser(allow_html)
    env: dict = {}
    tokens = md.parse(body, env)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
    found = structure(tokens)
    return Rendered(md.renderer.render(tokens, md.options, env), "\n\n".join(b.text for b in found), found)


# The innermost container decides what a block of text is: a paragraph in a list item is an item.
_CONTAINERS = {"heading_open": "heading", "list_item_open": "item", "blockquote_open": "quote",
               "footnote_open": "note"}
_CLOSERS = {"heading_close", "list_item_close", "blockquote_close", "footnote_close"}
_EMPHASIS = {"em_open", "strong_open"}


def structure(tokens: list[Token]) -> tuple[Block, ...]:
    """What a reader reads, block by block: link text kept; images, HTML tags, code blocks and
    Markdown syntax dropped. The text after an image that opens a paragraph is its caption (in that
    paragraph, or the next when the image stands alone and the next paragraph is all emphasis); a table row is one block, its cells
    joined by " | "."""
    out: list[Block] = []
    containers: list[str] = []
    row: list[str] | None = None
    after_image = False  # the last paragraph was an image alone
    for token in tokens:
        if token.type in _CONTAINERS:
            containers.append(_CONTAINERS[token.type])
        elif token.type in _CLOSERS:
            containers.pop()
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            out.append(Block(" | ".join(row), "row"))
            row = None
        elif token.type == "inline":
            children = token.children or []
            words = " ".join(_inline_text(children).split())
            if row is not None:
                row.append(words)
                continue
            kind = containers[-1] if containers else "paragraph"
            image = bool(children) and children[0].type == "image"
            if kind == "paragraph" and (image or (after_image and _all_emphasis(children))):
                kind = "caption"
            after_image = image and not words
            if words:
                out.append(Block(words, kind))
    return tuple(out)


def _all_emphasis(children: list[Token]) -> bool:
    """The whole paragraph is one run of emphasis (`*Photo: ...*`)."""
    first = children[0].type if children else ""
    return (first in _EMPHASIS and children[-1].type == first.replace("_open", "_close")
            and sum(child.type == first for child in children) == 1)


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(_TAG.sub("", child.content))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
