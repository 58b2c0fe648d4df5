"""PLACEHOLDER (issue 3): extracts nothing yet."""

from briefs.summarize.sentences import Document


def extract(doc: Document) -> list:
    return []
