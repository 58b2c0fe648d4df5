"""The reload script, added to the HTML pages the dev server sends (and nowhere else)."""

from __future__ import annotations

import json
from pathlib import Path

from briefs.serve.state import Snapshot

EVENTS_PATH = "/__briefs__/events"  # the Server-Sent Events stream the script listens to
SCRIPT = Path(__file__).with_name("livereload.js").read_bytes().strip()


def inject(html: bytes, snapshot: Snapshot) -> bytes:
    """`html` with the reload script (knowing the page's build) just before `</body>`."""
    tag = b"<script data-briefs>%b(%d, %d);</script>" % (SCRIPT, snapshot.epoch, snapshot.assets)
    end = html.lower().rfind(b"</body>")
    return html + tag if end < 0 else html[:end] + tag + html[end:]


def event(snapshot: Snapshot) -> bytes:
    """One Server-Sent Event telling the pages the site's state."""
    return b"data: %b\n\n" % json.dumps(snapshot.state()).encode()
