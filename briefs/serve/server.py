"""The dev server's HTTP side: serve the live site from memory, plus the reload events stream."""

from __future__ import annotations

import errno
import mimetypes
import socket
import socketserver
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import PurePosixPath

from briefs.errors import BriefsError
from briefs.serve.livereload import EVENTS_PATH, event, inject
from briefs.serve.paths import UnsafePath, site_key
from briefs.serve.state import LiveSite, Snapshot

KEEPALIVE = 15.0  # seconds between comments on an idle events stream (finds closed tabs)

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}
_FALLBACK_404 = b"<!doctype html><title>Not found</title><body><h1>Not found</h1></body>"


def content_type(key: str, declared: str | None = None) -> str:
    """The Content-Type for a built file: what its artifact declares (briefs.render.outputs), else
    (the search index's files) a guess from its suffix. Text, XML and JSON are UTF-8, as briefs
    writes them."""
    kind = declared or _TYPES.get(PurePosixPath(key).suffix) or mimetypes.guess_type(key)[0] \
        or "application/octet-stream"
    if "charset=" not in kind and (kind.startswith("text/") or (kind.startswith("application/")
                                                               and kind.endswith(("xml", "json")))):
        kind += "; charset=utf-8"
    return kind


class DevServer(ThreadingHTTPServer):
    daemon_threads = True  # open event streams must not keep the process alive

    def __init__(self, host: str, port: int, live: LiveSite) -> None:
        self.live = live
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            super().__init__((host, port), _Handler)
        except (OSError, OverflowError) as err:  # OverflowError: a port past 65535
            if getattr(err, "errno", None) == errno.EADDRINUSE:
                raise BriefsError(f"port {port} on {host} is already in use",
                                  hint="stop the other server, or pick another port: --port 8001 "
                                       "(--port 0 picks a free one)") from None
            raise BriefsError(f"cannot listen on {host}:{port}: {getattr(err, 'strerror', None) or err}",
                              hint="check --host and --port") from None

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host's name up (getfqdn), which can stall offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    @property
    def url(self) -> str:
        host = f"[{self.server_name}]" if ":" in self.server_name else self.server_name
        return f"http://{host}:{self.server_port}/"

    def handle_error(self, request, client_address) -> None:
        """A browser that goes away mid-response is normal, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: DevServer

    def do_GET(self) -> None:
        if self.path.partition("?")[0] == EVENTS_PATH:
            self._events()
        else:
            self._file(body=True)

    def do_HEAD(self) -> None:
        self._file(body=False)

    def log_message(self, format: str, *args) -> None:
        """Quiet: the terminal is for build messages."""

    def _file(self, *, body: bool) -> None:
        try:
            key = site_key(self.path)
        except UnsafePath:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8", b"bad path\n", body)
        snapshot = self.server.live.current()
        data = snapshot.files.get(key)
        if data is None and key + "/index.html" in snapshot.files:  # /2025/06/02 -> /2025/06/02/
            path, _, query = self.path.partition("?")
            return self._send(HTTPStatus.MOVED_PERMANENTLY, "text/plain; charset=utf-8", b"", body,
                              location=path + "/" + ("?" + query if query else ""))
        status = HTTPStatus.OK
        if data is None:
            status, key = HTTPStatus.NOT_FOUND, "404.html"
            data = snapshot.files.get(key, _FALLBACK_404)
        kind = content_type(key, snapshot.media_types.get(key))
        if kind.startswith("text/html"):
            data = inject(data, snapshot)
        self._send(status, kind, data, body)

    def _send(self, status: HTTPStatus, kind: str, data: bytes, body: bool, location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _events(self) -> None:
        """Server-Sent Events: the state now, then each change, until the page goes away."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(b"retry: 300\n\n")  # reconnect fast after a server restart
        version = None
        while True:
            snapshot: Snapshot | None = self.server.live.next(version, KEEPALIVE)
            if snapshot is not None:
                version = snapshot.version
                self.wfile.write(event(snapshot))
            elif self.server.live.closed:
                return
            else:
                self.wfile.write(b": keep-alive\n\n")
            self.wfile.flush()
