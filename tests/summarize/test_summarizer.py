"""The Summarizer boundary: one interface from an article to its Brief, its identity in the cache key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from briefs.build import process_article
from briefs.config import ArticleSettings, SiteConfig
from briefs.keys import Digests
from briefs.summarize import Brief, Extractive, Summarizer, SummaryInput, SummaryOptions, summarize

TEXT = ("The council approved a £340m tram line on Monday. Work starts in 2027 on the viaduct. "
        "The first trams will run in 2030, the mayor said. Opponents said the cost was too high.")
FILE = b"---\ntitle: Trams approved\ndate: 2025-03-01\nkey_points: [Set by the editor.]\n---\n" + TEXT.encode()


@dataclass(frozen=True)
class FirstSentence(Summarizer):
    """Another summariser, as a plug-in would be: the lead sentence and nothing else."""

    name: ClassVar[str] = "first-sentence"
    version: ClassVar[str] = "1"
    options: SummaryOptions = field(default_factory=SummaryOptions)

    def compute(self, source: SummaryInput) -> Brief:
        return Brief(headline=source.title or "Untitled", summary=[source.text.split(". ")[0] + "."])


def test_summarizer_boundary_summarize_is_the_default_summarizer():
    options = SummaryOptions(sentences=1)
    assert summarize(TEXT, title="Trams approved", options=options) == Extractive(options)(
        SummaryInput(TEXT, None, "Trams approved"))


def test_summarizer_boundary_identity_is_name_version_and_options():
    identity = Extractive(SummaryOptions(sentences=2)).cache_identity()
    assert identity.startswith("briefs-extractive ") and "sentences=2" in identity
    assert identity != Extractive().cache_identity() != FirstSentence().cache_identity()


def test_summarizer_boundary_another_summarizer_plugs_in_without_touching_the_pipeline():
    article, brief = process_article("content/trams.md", FILE, ArticleSettings(summarizer=FirstSentence()))
    assert brief.summary == ["The council approved a £340m tram line on Monday."]
    assert brief.key_points == ["Set by the editor."]  # the author's fields win, whichever summariser
    assert article.structure[0].kind == "paragraph"


def test_summarizer_boundary_identity_is_in_the_articles_cache_key():
    digests = Digests()
    settings = SiteConfig(title="x").articles
    assert digests.of(settings) != digests.of(ArticleSettings(summarizer=FirstSentence()))
    shorter = SiteConfig(title="x", summary=SummaryOptions(sentences=1)).articles
    assert digests.of(settings) != digests.of(shorter)
    assert digests.of(settings) == Digests().of(SiteConfig(title="x").articles)
