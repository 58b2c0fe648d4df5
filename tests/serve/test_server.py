"""The HTTP side against a site given as a dict: what a browser gets for each kind of request."""

import http.client
import json
import socket
import struct
import threading
import time
from io import StringIO

import pytest

from briefs.errors import BriefsError, BuildFailed
from briefs.render.outputs import ATOM, HTML, JSON_FEED, RSS, TEXT, XML
from briefs.report import Reporter
from briefs.serve import BuildLoop
from briefs.serve.server import DevServer
from briefs.serve.state import LiveSite

PAGE = b"<!doctype html><html><body><h1>June 2</h1></body></html>\n"
SITE = {
    "index.html": b"<!doctype html><html><body><h1>Home</h1></body></html>\n",
    "2025/06/02/index.html": PAGE,
    "404.html": b"<!doctype html><html><body><h1>No such page here</h1></body></html>\n",
    "feed.xml": b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel/></rss>\n',
    "atom.xml": b'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>\n',
    "sitemap.xml": b'<?xml version="1.0"?>\n<urlset/>\n',
    "style.css": b"body { color: black }\n",
    "big.txt": b"x" * 8_000_000,
    "feed.json": b'{"version": "https://jsonfeed.org/version/1.1", "items": []}\n',
}
MEDIA_TYPES = {"index.html": HTML, "2025/06/02/index.html": HTML, "404.html": HTML, "feed.xml": RSS,
               "atom.xml": ATOM, "sitemap.xml": XML, "style.css": "text/css", "big.txt": TEXT,
               "feed.json": JSON_FEED}  # as the site's artifacts declare them


@pytest.fixture
def live():
    live = LiveSite()
    live.publish(dict(SITE), MEDIA_TYPES)
    return live


@pytest.fixture
def server(live):
    server = DevServer("127.0.0.1", 0, live)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    live.close()
    server.shutdown()
    server.server_close()


def get(server, path, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=5)
    conn.request(method, path)
    response = conn.getresponse()
    return response, response.read()


def test_html_gets_the_reload_script_and_the_site_stays_clean(server, live):
    response, body = get(server, "/2025/06/02/")
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    head, _, tail = body.partition(b"<script data-briefs>")
    assert head == PAGE[: PAGE.index(b"</body>")]
    assert b"/__briefs__/events" in tail and tail.endswith(b"</script></body></html>\n")
    assert live.current().files["2025/06/02/index.html"] == PAGE


@pytest.mark.parametrize(("path", "kind"), [
    ("/feed.xml", "application/rss+xml; charset=utf-8"),
    ("/atom.xml", "application/atom+xml; charset=utf-8"),
    ("/sitemap.xml", "application/xml; charset=utf-8"),
    ("/style.css", "text/css; charset=utf-8"),
    ("/feed.json", "application/feed+json; charset=utf-8"),  # the file's suffix would say application/json
])
def test_content_types_are_those_the_artifacts_declare(server, path, kind):
    response, body = get(server, path)
    assert response.status == 200 and response.getheader("Content-Type") == kind
    assert body == SITE[path[1:]]


def test_a_build_declares_the_media_type_of_every_file_it_makes(tmp_path):
    from briefs.build import Builder, BuildOptions

    site = tmp_path / "site"
    (site / "content" / "2025").mkdir(parents=True)
    (site / "site.yaml").write_text("title: Types\nbase_url: https://example.org/\n")
    (site / "content" / "2025" / "talks.md").write_text("---\ntitle: Talks\ndate: 2025-06-02\ntags: [x]\n---\nText.\n")
    builder = Builder(site, BuildOptions(search=False))
    files, _ = builder.render()
    assert set(builder.media_types) == set(files)
    assert builder.media_types["feed.json"] == JSON_FEED and builder.media_types["tags/x/feed.xml"] == RSS
    assert builder.media_types["atom.xml"] == ATOM and builder.media_types["2025/06/02/talks/index.html"] == HTML


def test_missing_page_is_the_sites_own_404(server):
    response, body = get(server, "/2031/01/01/")
    assert response.status == 404
    assert b"No such page here" in body and b"/__briefs__/events" in body


def test_folder_without_slash_redirects(server):
    response, _ = get(server, "/2025/06/02?x=1")
    assert response.status == 301 and response.getheader("Location") == "/2025/06/02/?x=1"


@pytest.mark.parametrize("path", ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/a%5c..%5cb", "/a%00"])
def test_paths_out_of_the_site_are_refused(server, path):
    response, body = get(server, path)
    assert response.status == 400 and b"root:" not in body


def test_head_sends_headers_only(server):
    response, body = get(server, "/style.css", method="HEAD")
    assert response.status == 200 and body == b""
    assert response.getheader("Content-Length") == str(len(SITE["style.css"]))


def test_browser_leaving_mid_response_is_quiet_and_harmless(server, capfd):
    for _ in range(5):
        sock = socket.create_connection(("127.0.0.1", server.server_port))
        sock.sendall(b"GET /big.txt HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.recv(100)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset
        sock.close()
    time.sleep(0.3)
    response, _ = get(server, "/")
    assert response.status == 200
    assert "Traceback" not in capfd.readouterr().err


def test_port_in_use_is_a_clear_error(server, live):
    with pytest.raises(BriefsError) as caught:
        DevServer("127.0.0.1", server.server_port, live)
    assert "already in use" in str(caught.value) and "--port 0" in caught.value.hint


def test_requests_wait_for_the_running_build(server, live):
    live.building()
    result = {}
    thread = threading.Thread(target=lambda: result.update(page=get(server, "/2025/06/02/")[1]))
    thread.start()
    time.sleep(0.3)
    assert "page" not in result  # no half-built site: the request waits...
    live.publish({**SITE, "2025/06/02/index.html": PAGE.replace(b"June 2", b"June 2, updated")})
    thread.join(5)
    assert b"June 2, updated" in result["page"]  # ...and gets the new build


def read_events(server, count):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=5)
    conn.request("GET", "/__briefs__/events")
    response = conn.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    events = []
    while len(events) < count:
        line = response.fp.readline()
        if line.startswith(b"data: "):
            events.append(json.loads(line[6:]))
    return events


def test_events_tell_new_builds_and_problems(server, live):
    first = live.current().epoch
    got = []
    reader = threading.Thread(target=lambda: got.extend(read_events(server, 5)))
    reader.start()
    time.sleep(0.2)
    live.fail([BriefsError("bad date", path="content/a.md", line=3, hint="use YYYY-MM-DD")])
    time.sleep(0.1)
    live.publish({**SITE, "style.css": b"body { color: red }\n"})
    time.sleep(0.1)
    live.publish({**SITE, "style.css": b"body { color: red }\n"})  # same files: no reload
    live.publish(dict(SITE))
    time.sleep(0.1)
    live.publish({**SITE, "index.html": b"<p>new home</p>"})  # a page only: assets unchanged
    reader.join(5)
    assets = got[0]["assets"]
    assert got[0] == {"epoch": first, "assets": assets, "problems": []}
    assert got[1] == {"epoch": first, "assets": assets, "problems": [
        {"location": "content/a.md:3", "message": "bad date", "hint": "use YYYY-MM-DD"}]}
    assert got[2]["epoch"] > first and got[2]["problems"] == []
    assert got[2]["assets"] == got[2]["epoch"]  # the CSS changed: pages must load it again
    assert got[3]["epoch"] > got[2]["epoch"] and got[3]["assets"] == got[3]["epoch"]
    assert got[4]["epoch"] > got[3]["epoch"] and got[4]["assets"] == got[3]["assets"]


def test_build_loop_prints_each_problem_once():
    stream = StringIO()
    live = LiveSite()
    outcomes = iter([
        dict(SITE),
        BuildFailed([BriefsError("mapping values are not allowed here", path="content/a.md", line=2)]),
        BuildFailed([BriefsError("mapping values are not allowed here", path="content/a.md", line=2)]),
        dict(SITE),
    ])

    def build():
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    loop = BuildLoop(build, live, Reporter(stream))
    for _ in range(4):
        loop.build()
    text = stream.getvalue()
    assert text.count("content/a.md:2: mapping values are not allowed here") == 1
    assert "fixed" in text.splitlines()[-1]
    assert live.current().problems == ()


def test_a_bug_in_the_build_is_reported_not_fatal():
    live = LiveSite()
    live.publish(dict(SITE))
    loop = BuildLoop(lambda: {}["missing"], live, Reporter(StringIO()))
    loop.build()
    assert live.current().files == SITE
    assert "KeyError" in live.current().problems[0].message


def test_build_loop_prints_a_warning_when_it_appears_and_again_only_after_it_went_away():
    stream = StringIO()
    warning = BriefsError("no `base_url`: canonical links point at http://localhost:8000/", path="site.yaml")
    given = iter([[warning], [warning], [], [warning]])
    loop = BuildLoop(lambda: dict(SITE), LiveSite(), Reporter(stream), warnings=lambda: next(given))
    for _ in range(4):
        loop.build()
    kinds = [line.split()[0].rstrip(":") for line in stream.getvalue().splitlines()]
    assert kinds == ["warning", "built", "built", "built", "warning", "built"]


def test_the_pages_keep_their_media_types_once_the_search_index_is_published():
    live = LiveSite()
    loop = BuildLoop(lambda: dict(SITE), live, Reporter(StringIO()), index=lambda: {"pagefind/a.js": b"x"},
                     media_types=lambda: {"feed.json": JSON_FEED})
    loop.build()
    assert live.current().files["pagefind/a.js"] == b"x"
    assert live.current().media_types == {"feed.json": JSON_FEED}
