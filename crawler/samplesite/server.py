"""A quiet HTTP server for the sample site (files on disk) or a generated site (made per request).

Stdlib only: `ThreadingHTTPServer` in a daemon thread. Every 200 carries a strong ETag (a hash of
the bytes) and Last-Modified; a matching If-None-Match, or (without If-None-Match) an
If-Modified-Since not older than the page, answers 304. Query strings and fragments are ignored
when finding the file, so tracking URLs serve the same page.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from crawler.samplesite.generated import GeneratedSite
from crawler.samplesite.manifest import (
    MANIFEST_NAME,
    SAMPLE_SITE_DIR,
    SiteManifest,
    load_site_manifest,
    manifest_from_dict,
)

_TYPES_BY_EXTENSION = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".css": "text/css",
    ".js": "application/javascript",
    ".json": "application/json",
}
SAMPLE_SITE_PORT = 8642
"""Where `articlecrawl demo` and `python -m crawler.samplesite serve` serve the sample site by
default: one fixed origin, so the URLs stored by one demo are the URLs of the next."""
_NOT_FOUND = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"  # noqa: E501


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered."""

    method: str
    path: str
    """The request target as sent, query string included ("/p/75078.html?utm_source=x")."""
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None


class RequestLog(list[RequestRecord]):
    """The server's request log: a list, appended to and cleared under a lock.

    A request is logged before its response is written, so a client that has its response can
    already see the request here.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            super().append(record)

    def clear(self) -> None:
        with self._lock:
            super().clear()

    def snapshot(self) -> list[RequestRecord]:
        """A copy, safe to iterate while the server keeps logging."""
        with self._lock:
            return list(self)

    def paths(self, method: str = "GET") -> list[str]:
        """The request targets of one method, in order."""
        return [r.path for r in self.snapshot() if r.method == method]


@dataclass
class SiteServer:
    """A running server (see `serve`)."""

    url: str
    """The root URL, "http://127.0.0.1:PORT/"."""
    requests: RequestLog = field(default_factory=RequestLog)
    """Every request answered, in order."""

    @property
    def origin(self) -> str:
        """The URL without its trailing slash: "http://127.0.0.1:PORT"."""
        return self.url.rstrip("/")

    def url_for(self, path: str) -> str:
        """The absolute URL of a site path ("/p/75078.html")."""
        return self.origin + path


@contextmanager
def serve(
    root: Path | None = None,
    *,
    generated: GeneratedSite | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> Iterator[SiteServer]:
    """Serve `root` (default SAMPLE_SITE_DIR) or a generated site until the block ends.

    Files are read from disk on every request (tests edit them between crawls); `root`/site.json,
    when present, is read once here for redirects and Content-Type rules. port=0 picks a free port.
    """
    if root is not None and generated is not None:
        raise ValueError("serve() takes a root directory or a generated site, not both")
    site: _Site = (
        _GeneratedBackend(generated) if generated else _FileBackend(root or SAMPLE_SITE_DIR)
    )
    httpd = _Server((host, port), _Handler)
    origin = f"http://{host}:{httpd.server_address[1]}"
    server = SiteServer(url=origin + "/")
    httpd.site, httpd.origin, httpd.log = site, origin, server.requests
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="samplesite", daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@dataclass(frozen=True)
class _Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    last_modified: int | None = None
    """Seconds since the epoch; set on 200s only."""


class _Site(Protocol):
    def respond(self, path: str, origin: str) -> _Response: ...


class _FileBackend:
    """Files under a root directory, with site.json's redirects and Content-Type rules."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        has_manifest = (self.root / MANIFEST_NAME).is_file()
        self.manifest: SiteManifest = (
            load_site_manifest(self.root) if has_manifest else manifest_from_dict({})
        )
        # longest prefix first, so "/zh/a.html" beats "/zh/"
        self.types = sorted(self.manifest.content_types.items(), key=lambda kv: -len(kv[0]))

    def respond(self, path: str, origin: str) -> _Response:
        redirect = self.manifest.redirects.get(path)
        if redirect is not None:
            return _Response(redirect.status, location=origin + redirect.location)
        if path in self.manifest.hidden:
            return _Response(404, _NOT_FOUND)
        relative = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root) or not target.is_file():
            return _Response(404, _NOT_FOUND)
        try:
            stat = target.stat()
            body = target.read_bytes()
        except OSError:  # deleted between the check and the read
            return _Response(404, _NOT_FOUND)
        if path in self.manifest.rewrite_origin:
            body = body.replace(b"{{ORIGIN}}", origin.encode("ascii"))
        return _Response(200, body, self._content_type(path, target), None, int(stat.st_mtime))

    def _content_type(self, path: str, target: Path) -> str:
        for prefix, content_type in self.types:
            if path.startswith(prefix) and target.suffix in (".html", ".htm"):
                return content_type
        return _TYPES_BY_EXTENSION.get(target.suffix, "application/octet-stream")


class _GeneratedBackend:
    def __init__(self, site: GeneratedSite) -> None:
        self.site = site

    def respond(self, path: str, origin: str) -> _Response:
        page = self.site.render(path, origin)
        if page is None:
            return _Response(404, _NOT_FOUND)
        return _Response(200, page.body, page.content_type, None, page.last_modified)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    site: _Site
    origin: str
    log: RequestLog

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early is not news; stay quiet


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "samplesite/1"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the request log is self.server.log

    def _answer(self, *, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path) or "/"
        response = self.server.site.respond(path, self.server.origin)
        etag = _etag(response.body) if response.status == 200 else None
        status = response.status
        if etag and _not_modified(self.headers.get("If-None-Match"),
                                  self.headers.get("If-Modified-Since"), etag,
                                  response.last_modified):  # fmt: skip
            status = 304
        self.server.log.append(
            RequestRecord(
                method=self.command,
                path=self.path,
                status=status,
                if_none_match=self.headers.get("If-None-Match"),
                if_modified_since=self.headers.get("If-Modified-Since"),
                user_agent=self.headers.get("User-Agent"),
            )
        )
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        if response.last_modified is not None:
            self.send_header("Last-Modified", formatdate(response.last_modified, usegmt=True))
        if response.location:
            self.send_header("Location", response.location)
        body = b"" if status in (301, 302, 304) else response.body
        if status != 304:
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _not_modified(
    if_none_match: str | None, if_modified_since: str | None, etag: str, mtime: int | None
) -> bool:
    """RFC 9110 13.1: If-None-Match decides when present; else If-Modified-Since."""
    if if_none_match is not None:
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return "*" in tags or etag in tags or f"W/{etag}" in tags
    if if_modified_since is None or mtime is None:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since).timestamp()
    except (TypeError, ValueError, IndexError):
        return False
    return mtime <= since
