"""Files -> Article: discovery, front matter, validation, Markdown, raw-text import."""

from briefs.content.model import Article

__all__ = ["Article"]
