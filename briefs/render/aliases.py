"""Redirect pages at articles' old URLs (`aliases:` in front matter), so moved stories never 404.

A static host cannot send a 301, so each old URL gets a tiny page that a browser follows at once
(meta refresh) and a search engine reads as "the page is over there" (rel=canonical, noindex). They
are listed nowhere: not in the sitemap, the feeds or any page.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from briefs.errors import BriefsError, BuildFailed
from briefs.render.outputs import HTML, Artifact
from briefs.render.pages import output_path
from briefs.site import Site, Story, absolute_url


def redirect_page(language: str, target: str, canonical: str, headline: str) -> bytes:
    """The `make` of a redirect: `target` is site-relative, like every link between pages, so it works
    under `serve` too; `canonical` is absolute (search engines move the old URL's standing to it)."""
    target, canonical, headline = escape(target), escape(canonical), escape(headline)
    return (
        f'<!doctype html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Moved: {headline}</title>\n"
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f'</head>\n<body>\n<p>This story has moved to <a href="{target}">{headline}</a>.</p>\n</body>\n</html>\n'
    ).encode("utf-8")


def redirects(site: Site, taken: Collection[str]) -> list[Artifact]:
    """A redirect page for every alias, listed nowhere; BuildFailed if one would replace a file in
    `taken` (the site's pages, feeds and static files) or another article's alias."""
    found: list[Artifact] = []
    owner: dict[str, Story] = {}
    errors = []
    for story in sorted(site.stories, key=lambda s: s.article.path):
        for alias in story.article.aliases:
            path = output_path(alias)
            if path in taken or path in owner:
                other = f"{owner[path].article.path} redirects it too" if path in owner else (
                    "it is this article's own URL" if alias == story.url else f"the site has a page there ({path})")
                errors.append(BriefsError(
                    f"alias {alias} cannot be written: {other}", path=story.article.path,
                    line=story.article.lines.get("aliases"),
                    hint="remove it from `aliases:`; an alias must be an old URL no page uses now"))
                continue
            owner[path] = story
            found.append(Artifact(path, alias, HTML, False, redirect_page, (
                site.config.language, story.url, absolute_url(site.config, story.url),
                story.brief.headline or story.article.title)))
    if errors:
        raise BuildFailed(errors)
    return found
