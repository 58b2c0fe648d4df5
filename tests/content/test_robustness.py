"""Whatever bytes a file holds, parsing it gives an Article or our errors, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.content.model import Article
from briefs.errors import BriefsError, BuildFailed
from tests.content.helpers import parse

YAML_BITS = st.sampled_from([
    "title: T\n", "date: 2025-06-02\n", "date: 2025-02-30\n", "tags: [a, b]\n", "tags: a, b\n", "slug: ../x\n",
    "summary: [x]\n", "figures: [{value: 1, text: x}]\n", "quotes: [{text: q, speaker: s}]\n", "draft: yes\n",
    "? [a, b]\n: c\n", "&a x: *a\n", "!!binary aGk=: v\n", "[1, 2]: v\n", "title: !!str\n", "<<: {a: 1}\n",
    "key: 'unterminated\n", "\t\n", "- item\n", "title: {a: [b]}\n", "date: !!timestamp 2025-06-02T10:00:00Z\n",
    "priority: 1e3\n", "source_url: http://\n", "1: 2\n", "null: ~\n",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(YAML_BITS, max_size=6), st.text(max_size=40))
def test_any_front_matter_parses_or_is_reported(bits: list[str], body: str):
    check("---\n" + "".join(bits) + "---\n" + body)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_parse_or_are_reported(data: bytes):
    check(b"---\ntitle: T\ndate: 2025-06-02\n" + data)


def check(text: str | bytes) -> None:
    try:
        assert isinstance(parse(text), Article)
    except BriefsError as err:
        assert err.path and err.line is not None and err.message
    except BuildFailed as failed:
        assert all(err.path and err.line is not None for err in failed.errors)
