"""briefs: a static site generator for daily news briefs.

The pipeline, one package or module per stage:
content (files -> Article) -> summarize (Article text -> Brief) -> site (-> Site)
-> render (Site -> pages, feeds) -> output (atomic write); serve sits on top.
"""

__version__ = "0.2.0"
