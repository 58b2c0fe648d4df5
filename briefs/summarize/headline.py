"""A headline for an article that has none. PLACEHOLDER: first words of the lead (issue 3)."""

from briefs.summarize.sentences import Document


def derive(doc: Document) -> str:
    body = doc.body
    if not body:
        return "Untitled"
    return " ".join(body[0].text.rstrip(".").split()[:12])
