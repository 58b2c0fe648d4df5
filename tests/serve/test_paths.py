"""A request path maps to a file of the built site, or is rejected: it can never name anything else."""

import pytest

from briefs.serve.paths import UnsafePath, site_key


@pytest.mark.parametrize(("target", "key"), [
    ("/", "index.html"),
    ("/2025/06/02/", "2025/06/02/index.html"),
    ("/2025/06/02/talks-in-istanbul/?utm=x#top", "2025/06/02/talks-in-istanbul/index.html"),
    ("/feed.xml", "feed.xml"),
    ("/tags/caf%C3%A9/", "tags/café/index.html"),
    ("/style.css?v=3", "style.css"),
])
def test_site_paths_map_to_output_keys(target, key):
    assert site_key(target) == key


@pytest.mark.parametrize("target", [
    "/../etc/passwd",
    "/2025/../../etc/passwd",
    "/a/..",
    "/./index.html",
    "/%2e%2e/etc/passwd",
    "/%2E%2E%2Fetc%2Fpasswd",
    "/tags/%2e%2e%2f%2e%2e%2fsecret",
    "/..%5c..%5cwindows",
    "/a\\b",
    "//etc/passwd",
    "/a//b",
    "/C:/Windows/win.ini",
    "/c:%5cwindows",
    "/index.html%00.css",
    "/a%0d%0aSet-Cookie:x",
    "/%ff%fe",
    "http://example.org/index.html",
    "etc/passwd",
    "*",
])
def test_paths_that_leave_the_site_are_rejected(target):
    with pytest.raises(UnsafePath):
        site_key(target)
