"""Article bodies: the Markdown flavour, safety (raw HTML, dangerous links) and the summariser's text."""

from __future__ import annotations

import pytest

from briefs.config import SiteConfig
from briefs.content.markdown import render
from tests.content.helpers import parse


def test_commonmark_with_tables_strikethrough_and_footnotes():
    html = render("A ~~rumour~~ fact[^1].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Said twice.\n").html
    assert "<s>rumour</s>" in html
    assert "<table>" in html and "<td>1</td>" in html
    assert 'class="footnote-ref"' in html and "Said twice." in html


def test_headings_start_at_h2_under_the_page_title():
    html = render("# Background\n\n## Detail\n\n###### Deepest\n").html
    assert "<h2>Background</h2>" in html and "<h3>Detail</h3>" in html and "<h6>Deepest</h6>" in html
    assert "<h1>" not in html


def test_raw_html_is_escaped_by_default():
    html = render('<script>alert(1)</script>\n\nHello <b onclick="x()">bold</b>.\n').html
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_raw_html_passes_when_the_site_allows_it():
    config = SiteConfig(title="T", markdown_html=True)
    article = parse("---\ntitle: T\ndate: 2025-06-02\n---\nA <mark>key</mark> fact.\n", config=config)
    assert "<mark>key</mark>" in article.html


@pytest.mark.parametrize("target", [
    "javascript:alert(1)", "JavaScript:alert(1)", "java&#115;cript:alert(1)", "vbscript:msgbox(1)",
    "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=",
])
def test_dangerous_link_targets_are_not_links(target: str):
    html = render(f"[click]({target}) and <{target}>\n").html
    assert "<a" not in html and "href" not in html
    assert "click" in html  # the words stay, as plain text


def test_dangerous_image_source_is_not_an_image():
    assert "<img" not in render("![x](javascript:alert(1))\n").html


def test_safe_links_and_data_images_are_kept():
    html = render("[ok](https://example.org/a?b=1) ![dot](data:image/png;base64,iVBORw0KGgo=)\n").html
    assert '<a href="https://example.org/a?b=1">ok</a>' in html
    assert '<img src="data:image/png;base64,iVBORw0KGgo="' in html


def test_plain_text_keeps_words_and_drops_syntax_images_and_tags():
    text = render(
        "# Talks resume\n\nThe *talks* in [Istanbul](https://x.org) began ![photo](p.jpg) at <b>noon</b>.\n"
        "They lasted an hour.\n\n- Prisoners swapped\n- Next round in July\n\n> A quoted line.\n"
    ).text
    assert text == ("Talks resume\n\nThe talks in Istanbul began at noon. They lasted an hour.\n\n"
                    "Prisoners swapped\n\nNext round in July\n\nA quoted line.")


def test_plain_text_drops_html_blocks_when_html_is_allowed():
    assert render("<div>boxed</div>\n\nWords.\n", allow_html=True).text == "Words."


def test_plain_text_gives_one_paragraph_per_table_row():
    assert render("| City | Drones |\n|---|---|\n| Kyiv | 12 |\n").text == "City | Drones\n\nKyiv | 12"


def test_footnotes_are_a_headed_section_in_html5_syntax():
    html = render("A claim.[^1]  \nNext line.\n\n[^1]: The source.\n").html
    assert '<section class="footnotes">\n<h2>Notes</h2>' in html
    assert "<br>" in html and "/>" not in html


def test_structure_gives_each_block_its_kind():
    found = render(
        "# Talks resume\n\nThe talks began at noon. They lasted an hour.\n\n- Prisoners swapped\n\n"
        "> A quoted line.\n\n![](p.jpg)\n*Delegates arrive at the palace.*\n\n![](q.jpg)\n\n"
        "_Crowds outside the palace on Monday._\n\n| City | Drones |\n|---|---|\n| Kyiv | 12 |\n\n"
        "A claim.[^1]\n\n[^1]: The source.\n"
    ).structure
    assert [(b.kind, b.text) for b in found] == [
        ("heading", "Talks resume"),
        ("paragraph", "The talks began at noon. They lasted an hour."),
        ("item", "Prisoners swapped"),
        ("quote", "A quoted line."),
        ("caption", "Delegates arrive at the palace."),
        ("caption", "Crowds outside the palace on Monday."),
        ("row", "City | Drones"),
        ("row", "Kyiv | 12"),
        ("paragraph", "A claim."),
        ("note", "The source."),
    ]


def test_an_image_inside_a_sentence_does_not_make_it_a_caption():
    found = render("The talks began ![icon](i.png) at noon.\n\n![](p.jpg)\n\n*Not after an image alone.* Then more.\n").structure
    assert [b.kind for b in found] == ["paragraph", "paragraph"]
