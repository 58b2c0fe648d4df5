"""Article body (Markdown) -> HTML for the page and plain text for the summariser, from one parse.

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

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SKIPPED_INLINE = {"image", "html_inline", "footnote_ref"}


@dataclass(frozen=True)
class Rendered:
    html: str
    text: str  # paragraphs, headings and list items, one per paragraph, separated by blank lines


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
    return Rendered(md.renderer.render(tokens, md.options, env), plain_text(tokens))


def plain_text(tokens: list[Token]) -> str:
    """What a reader reads: link text kept; images, HTML tags, code blocks and Markdown syntax dropped.

    Each heading, paragraph and list item is a paragraph; a table row is one, its cells joined by " | ".
    """
    paragraphs: list[str] = []
    row: list[str] | None = None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            paragraphs.append(" | ".join(row))
            row = None
        elif token.type == "inline":
            words = " ".join(_inline_text(token.children or []).split())
            if row is not None:
                row.append(words)
            elif words:
                paragraphs.append(words)
    return "\n\n".join(paragraphs)


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(_TAG.sub("", child.content))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
