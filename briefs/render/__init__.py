"""Site -> pages, feeds, sitemap. SKELETON (issue 2)."""
