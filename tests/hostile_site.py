"""A hostile test site on 127.0.0.1: real articles behind the faults a crawler meets in the wild.

`serve_hostile()` runs three stdlib HTTP servers in daemon threads:

- the site itself (127.0.0.1, the crawl's start host): a `GeneratedSite`'s articles (English
  UTF-8 at /p/<i>.html, Chinese GBK at /zh/<i>.html), an index listing them all, a robots.txt
  that disallows /private/, and an endless calendar (/calendar/2024/01.html links the next month,
  for ever, up to a far horizon);
- an "other host" on 127.0.0.2 and an "internal service" on another port of 127.0.0.1: pages
  redirect there, and a crawl that behaves sends them nothing (their request logs stay empty).

Faults are given per URL (`FAULTS`, one article each, picked by a seeded shuffle) and by chance
(a seeded share of the other articles answers 503 once, then recovers). `HostileSite.fates`
is the ground truth: for each linked article, whether a polite crawl with DOWNLOAD_TIMEOUT and
RETRY_TIMES (as given) can fetch it, where it is stored and its title, or the stage and reason
of its failure.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from crawler.samplesite import GeneratedSite

BIG_PAGE_BYTES = 50 * 1024 * 1024
"""Size of the two oversized pages (streamed, never held in memory)."""
BOMB_UNPACKED_BYTES = 1024 * 1024 * 1024
"""What the gzip bomb unpacks to: 1 GiB of zeros, gzipped twice to under 2 KB."""
CALENDAR_HORIZON = 300
"""Months the calendar trap runs for before it 404s (a crawl without a bound still ends)."""
CHANCE_503_SHARE = 0.25
"""Share of the fault-free articles whose first request answers 503 (seeded)."""
ENDLESS_REDIRECTS = 100
"""Hops of the endless redirect chain (Scrapy gives up after REDIRECT_MAX_TIMES, 20)."""

# fault -> (what the server does, and what a crawl that behaves ends up with)
FAULTS: dict[str, str] = {
    "500-once": "500 on the first request, then the page",
    "503-twice": "503 on the first two requests, then the page (RETRY_TIMES=2: third try)",
    "429-once": "429 with Retry-After: 1 on the first request, then the page",
    "500-always": "500 on every request",
    "503-always": "503 on every request",
    "stall-once": "the first request gets nothing (the server sits past the timeout)",
    "stall-always": "every request gets nothing until the timeout",
    "drip-always": "headers, then one byte a second: the body never ends in time",
    "reset-once": "the first connection is reset (RST) before any response",
    "reset-always": "every connection is reset",
    "truncate-once": "the first response stops at half its Content-Length",
    "truncate-always": "every response stops at half its Content-Length",
    "no-content-type": "the page without a Content-Type header",
    "wrong-content-type": "the page as application/octet-stream",
    "charset-clash": "GBK bytes (meta gb2312) under a header saying charset=utf-8",
    "binary-junk": "random bytes at the .html URL",
    "huge": "a 50 MB page with its Content-Length",
    "huge-unknown-length": "a 50 MB page without Content-Length (ends when the server closes)",
    "gzip-bomb": "Content-Encoding: gzip, gzip: under 2 KB unpacking to 1 GiB",
    "redirect-chain": "302 -> 302 -> 302 -> the page at /moved/<i>.html",
    "redirect-loop": "302 to /loop/<i>/a, which 302s to /loop/<i>/b, which 302s back to a",
    "redirect-endless": "302 to /endless/<i>/1, then /2, /3 ... (distinct URLs, never ending)",
    "redirect-other-host": "302 to the same path on the other host, 127.0.0.2",
    "redirect-localhost": "302 to the same page by the name localhost",
    "redirect-internal-port": "302 to the internal service on another port of 127.0.0.1",
    "redirect-metadata": "302 to the cloud metadata address 169.254.169.254",
}


@dataclass(frozen=True)
class ArticleFate:
    """The ground truth of one linked article."""

    path: str
    """The path the site links ("/p/7.html")."""
    title: str
    """The headline as a person reads it on the page."""
    tip_count: int
    fault: str
    """A key of FAULTS, "503-by-chance", or "" for none."""
    stored_path: str | None
    """Where the article is stored (the final URL's path after redirects); None: not stored."""
    stage: str | None = None
    """For an article that cannot be fetched: the failure's stage ("fetch", "parse")."""
    reasons: tuple[str, ...] = ()
    """For an article that cannot be fetched: words its failure's error carries (any one,
    lower case)."""

    @property
    def fetchable(self) -> bool:
        return self.stored_path is not None


@dataclass(frozen=True)
class Hit:
    """One request a server received."""

    server: str
    """"site", "other-host" or "internal"."""
    path: str
    host: str | None
    """The Host header as sent."""
    attempt: int
    """1 for the first request of this path, 2 for the second..."""
    at: float


class RequestLog:
    """Requests received, in order; appended to from the handler threads."""

    def __init__(self) -> None:
        self._hits: list[Hit] = []
        self._attempts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    def add(self, server: str, path: str, host: str | None) -> Hit:
        with self._lock:
            self._attempts[server, path] += 1
            hit = Hit(server, path, host, self._attempts[server, path], time.monotonic())
            self._hits.append(hit)
            return hit

    def snapshot(self) -> list[Hit]:
        with self._lock:
            return list(self._hits)

    def paths(self) -> list[str]:
        return [hit.path for hit in self.snapshot()]


@dataclass
class HostileSite:
    """The site's plan: which article gets which fault, and the ground truth that follows."""

    articles: int = 48
    seed: int = 8
    stall_seconds: float = 5.0
    """How long a stalled request is held: past the crawl's DOWNLOAD_TIMEOUT."""
    generated: GeneratedSite = field(init=False)
    faults: dict[str, str] = field(init=False)
    """Article path -> fault."""

    def __post_init__(self) -> None:
        self.generated = GeneratedSite(pages=self.articles, seed=self.seed, zh_share=0.25)
        if self.articles < len(FAULTS) + 6:
            raise ValueError(f"a hostile site needs at least {len(FAULTS) + 6} articles")
        numbers = list(range(1, self.articles + 1))
        rng = random.Random(self.seed)
        rng.shuffle(numbers)
        chinese = [i for i in numbers if self.generated.is_chinese(i)]
        if not chinese:
            raise ValueError("seed gives no Chinese article for the charset clash")
        self.faults = {self.generated.article_path(chinese[0]): "charset-clash"}
        others = iter(i for i in numbers if i != chinese[0])
        for fault in FAULTS:
            if fault != "charset-clash":
                self.faults[self.generated.article_path(next(others))] = fault
        for i in others:
            path = self.generated.article_path(i)
            if _chance(self.seed, path) < CHANCE_503_SHARE:
                self.faults[path] = "503-by-chance"

    @property
    def article_paths(self) -> list[str]:
        return [self.generated.article_path(i) for i in range(1, self.articles + 1)]

    @property
    def fates(self) -> dict[str, ArticleFate]:
        """Ground truth per linked article path."""
        return {path: self._fate(i, path) for i, path in self._numbered()}

    def clean_page(self, path: str) -> bytes:
        """The article's bytes as served without a fault (for comparing stored text)."""
        page = self.generated.render(self._article_path(path), "http://127.0.0.1")
        assert page is not None, path
        return page.body

    def _numbered(self) -> Iterator[tuple[int, str]]:
        for i in range(1, self.articles + 1):
            yield i, self.generated.article_path(i)

    def _fate(self, i: int, path: str) -> ArticleFate:
        truth = self.generated.expected(i)
        fault = self.faults.get(path, "")
        stored = f"/moved/{i}.html" if fault == "redirect-chain" else path
        stage, reasons = _FAILED.get(fault, (None, ()))
        return ArticleFate(
            path=path,
            title=truth.title,
            tip_count=truth.tip_count,
            fault=fault,
            stored_path=None if stage else stored,
            stage=stage,
            reasons=reasons,
        )

    def _article_path(self, path: str) -> str:
        """The generated page behind a path (/moved/<i>.html is article i)."""
        if path.startswith("/moved/"):
            number = path.removeprefix("/moved/").removesuffix(".html")
            return self.generated.article_path(int(number))
        return path


# fault -> (stage, words the error carries): what Scrapy and the spider say about each
_FAILED: dict[str, tuple[str, tuple[str, ...]]] = {
    "500-always": ("fetch", ("http 500",)),
    "503-always": ("fetch", ("http 503",)),
    "stall-always": ("fetch", ("timeout", "timed out", "took longer")),
    "drip-always": ("fetch", ("timeout", "timed out", "took longer")),
    "reset-always": ("fetch", ("connection", "reset", "lost")),
    "truncate-always": ("fetch", ("dataloss", "data loss", "responsefailed")),
    "binary-junk": ("parse", ("binary",)),
    "huge": ("fetch", ("max size", "maxsize")),
    "huge-unknown-length": ("fetch", ("max size", "maxsize", "cancelled")),
    "gzip-bomb": ("fetch", ("max size", "maxsize")),
    "redirect-loop": ("fetch", ("redirect",)),
    "redirect-endless": ("fetch", ("redirect",)),
    "redirect-other-host": ("fetch", ("off-site", "offsite", "refused")),
    "redirect-localhost": ("fetch", ("off-site", "offsite", "refused")),
    "redirect-internal-port": ("fetch", ("refused: private address",)),
    "redirect-metadata": ("fetch", ("off-site", "offsite", "refused")),
}


@dataclass
class HostileServers:
    """The running servers (see `serve_hostile`)."""

    site: HostileSite
    url: str
    """The site's root URL, "http://127.0.0.1:PORT/"."""
    other_host_url: str
    internal_url: str
    log: RequestLog = field(default_factory=RequestLog)
    """Every request any of the three servers received."""

    @property
    def origin(self) -> str:
        return self.url.rstrip("/")

    def url_for(self, path: str) -> str:
        return self.origin + path

    def hits(self, server: str) -> list[Hit]:
        return [hit for hit in self.log.snapshot() if hit.server == server]


@contextmanager
def serve_hostile(site: HostileSite | None = None) -> Iterator[HostileServers]:
    """Run the site, the other host and the internal service until the block ends."""
    site = site or HostileSite()
    log = RequestLog()
    with ExitStack() as stack:
        main = stack.enter_context(_running(("127.0.0.1", 0), "site", log))
        other = stack.enter_context(_running(("127.0.0.2", 0), "other-host", log))
        internal = stack.enter_context(_running(("127.0.0.1", 0), "internal", log))
        servers = HostileServers(
            site=site,
            url=f"http://127.0.0.1:{main.server_address[1]}/",
            other_host_url=f"http://127.0.0.2:{other.server_address[1]}/",
            internal_url=f"http://127.0.0.1:{internal.server_address[1]}/",
            log=log,
        )
        for httpd in (main, other, internal):
            httpd.servers = servers
        yield servers


@contextmanager
def _running(address: tuple[str, int], name: str, log: RequestLog) -> Iterator[_Server]:
    httpd = _Server(address, _Handler)
    httpd.name, httpd.log = name, log
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
    )
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stalled handlers sleep on; the test does not wait for them
    request_queue_size = 128
    name: str
    log: RequestLog
    servers: HostileServers

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hang up on big and stalled pages by design


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "hostile/1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = urlsplit(self.path).path or "/"
        hit = self.server.log.add(self.server.name, path, self.headers.get("Host"))
        self.close_connection = True
        if self.server.name != "site":
            self._send(200, _simple_page("Not for crawlers", "This server must get no request."))
            return
        _answer(self, self.server.servers, path, hit.attempt)

    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self._send(302, b"", None, {"Location": location})

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout: close() sends RST instead of FIN
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _stream(self, content_type: str, size: int, *, with_length: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if with_length:
            self.send_header("Content-Length", str(size))
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = (b"<p>" + b"Filler text of an oversized page. " * 1900 + b"</p>\n")[:65536]
        sent = 0
        self.wfile.write(b"<!DOCTYPE html><html><head><title>Huge</title></head><body>\n")
        while sent < size:  # the client hangs up at its size limit: BrokenPipe ends the thread
            self.wfile.write(chunk)
            sent += len(chunk)


def _answer(handler: _Handler, servers: HostileServers, path: str, attempt: int) -> None:
    site = servers.site
    if path == "/robots.txt":
        body = b"User-agent: *\nDisallow: /private/\n"
        handler._send(200, body, "text/plain; charset=utf-8")
        return
    if path in ("/", "/index.html"):
        handler._send(200, _index(site).encode())
        return
    if path.startswith("/calendar/"):
        month = _calendar(site, path)
        handler._send(*((200, month.encode()) if month else (404, _simple_page("404", "Gone"))))
        return
    if path.startswith("/private/"):
        handler._send(200, _simple_page("Private draft", "Robots.txt says: do not fetch me."))
        return
    if path.startswith(("/loop/", "/endless/", "/chain/")):
        handler._redirect(_next_hop(path))
        return
    fault = site.faults.get(path, "")
    if fault and _faulted(handler, servers, path, fault, attempt):
        return
    page = site.generated.render(site._article_path(path), servers.origin)
    if page is None:
        handler._send(404, _simple_page("404 Not Found", "No such page."))
        return
    handler._send(200, page.body, page.content_type)


def _faulted(
    handler: _Handler, servers: HostileServers, path: str, fault: str, attempt: int
) -> bool:
    """Answer with `fault` when it applies to this attempt; False: serve the page as usual."""
    site = servers.site
    number = int(path.rsplit("/", 1)[-1].removesuffix(".html"))
    page = site.generated.render(path, servers.origin)
    assert page is not None
    if fault in ("500-once", "500-always") and (attempt == 1 or fault == "500-always"):
        handler._send(500, _simple_page("500", "Internal Server Error"))
    elif fault in ("503-twice", "503-by-chance", "503-always") and (
        fault == "503-always" or attempt <= (2 if fault == "503-twice" else 1)
    ):
        handler._send(503, _simple_page("503", "Service Unavailable"))
    elif fault == "429-once" and attempt == 1:
        handler._send(429, _simple_page("429", "Too Many Requests"), headers={"Retry-After": "1"})
    elif fault in ("stall-once", "stall-always") and (attempt == 1 or fault == "stall-always"):
        time.sleep(site.stall_seconds)
        handler._reset()
    elif fault == "drip-always":
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(page.body)))
        handler.end_headers()
        for byte in page.body[: int(site.stall_seconds)]:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(1)
        handler._reset()
    elif fault in ("reset-once", "reset-always") and (attempt == 1 or fault == "reset-always"):
        handler._reset()
    elif fault in ("truncate-once", "truncate-always") and (
        attempt == 1 or fault == "truncate-always"
    ):
        handler.send_response(200)
        handler.send_header("Content-Type", page.content_type)
        handler.send_header("Content-Length", str(len(page.body)))
        handler.end_headers()
        handler.wfile.write(page.body[: len(page.body) // 2])
        handler.wfile.flush()
        handler._reset()
    elif fault == "no-content-type":
        handler._send(200, page.body, None)
    elif fault == "wrong-content-type":
        handler._send(200, page.body, "application/octet-stream")
    elif fault == "charset-clash":
        handler._send(200, page.body, "text/html; charset=utf-8")
    elif fault == "binary-junk":
        junk = random.Random(f"{site.seed}{path}").randbytes(20_000)
        handler._send(200, junk, "text/html; charset=utf-8")
    elif fault == "huge":
        handler._stream("text/html; charset=utf-8", BIG_PAGE_BYTES, with_length=True)
    elif fault == "huge-unknown-length":
        handler._stream("text/html; charset=utf-8", BIG_PAGE_BYTES, with_length=False)
    elif fault == "gzip-bomb":
        headers = {"Content-Encoding": "gzip, gzip"}
        handler._send(200, gzip_bomb(), "text/html; charset=utf-8", headers)
    elif fault == "redirect-chain":
        handler._redirect(f"/chain/{number}/1")
    elif fault == "redirect-loop":
        handler._redirect(f"/loop/{number}/a")
    elif fault == "redirect-endless":
        handler._redirect(f"/endless/{number}/1")
    elif fault == "redirect-other-host":
        handler._redirect(servers.other_host_url.rstrip("/") + path)
    elif fault == "redirect-localhost":
        handler._redirect(servers.origin.replace("127.0.0.1", "localhost") + path)
    elif fault == "redirect-internal-port":
        handler._redirect(servers.internal_url + "admin/")
    elif fault == "redirect-metadata":
        handler._redirect("http://169.254.169.254/latest/meta-data/")
    else:
        return False
    return True


def _next_hop(path: str) -> str:
    kind, number, step = path.strip("/").split("/")
    if kind == "loop":
        return f"/loop/{number}/{'b' if step == 'a' else 'a'}"
    if kind == "chain":
        return f"/chain/{number}/{int(step) + 1}" if int(step) < 3 else f"/moved/{number}.html"
    return f"/endless/{number}/{int(step) + 1}" if int(step) < ENDLESS_REDIRECTS else "/"


@functools.lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """BOMB_UNPACKED_BYTES of zeros gzipped twice.

    The inner gzip stream is built, not compressed: 4 MiB of zeros deflated once and ended with
    a full flush (byte-aligned, the compressor's state reset) is a piece of deflate stream that
    any number of copies can follow, so the inner stream is that piece repeated, an empty last
    block, and the gzip header and trailer (CRC-32 and length of the zeros). A valid stream,
    unpacked by any gzip reader, made in a fraction of a second instead of deflating 1 GiB.
    """
    chunk = bytes(4 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate: no header
    piece = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()  # an empty final block
    crc = 0
    for _ in range(BOMB_UNPACKED_BYTES // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip, deflate, no name, no time
    trailer = struct.pack("<II", crc, BOMB_UNPACKED_BYTES & 0xFFFFFFFF)
    inner = header + piece * (BOMB_UNPACKED_BYTES // len(chunk)) + last + trailer
    return gzip.compress(inner, compresslevel=9, mtime=0)


def unpack_bomb_size(data: bytes) -> int:
    """What `data` unpacks to through both gzip layers, counted in a stream of at most 16 MiB
    at a time (for tests); the inner stream's CRC-32 and length are checked as it ends."""
    inner = gzip.decompress(data)
    stream = zlib.decompressobj(31)
    total = 0
    pending = inner
    while pending:
        total += len(stream.decompress(pending, 16 << 20))
        pending = stream.unconsumed_tail
    total += len(stream.flush())
    if not stream.eof or stream.unused_data:
        raise ValueError("the inner gzip stream is cut short or followed by junk")
    return total


def _chance(seed: int, path: str) -> float:
    digest = hashlib.blake2b(f"{seed}:{path}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _index(site: HostileSite) -> str:
    items = "".join(
        f'<li><h3><a href="{path}">{escape(site.generated.title(i))}</a></h3>'
        f"<p>Read about it in our health column, with tips from doctors...</p></li>\n"
        for i, path in site._numbered()
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Hostile Health - all articles</title></head><body>\n"
        '<div class="header"><a href="/">Home</a> <a href="/calendar/2024/01.html">Events '
        'calendar</a> <a href="/private/drafts.html">Drafts</a></div>\n'
        f'<div class="list"><h1>All articles</h1>\n<ul>\n{items}</ul></div>\n</body></html>\n'
    )


def _calendar(site: HostileSite, path: str) -> str | None:
    """/calendar/<year>/<month>.html: a listing of the month's eight talks (each an article of
    the site) and "Next month", for CALENDAR_HORIZON months from 2024/01; None (404) after."""
    parts = path.removeprefix("/calendar/").removesuffix(".html").split("/")
    if len(parts) != 2 or not all(part.isdigit() for part in parts):
        return None
    year, month = int(parts[0]), int(parts[1])
    index = (year - 2024) * 12 + month - 1
    if not (0 <= index < CALENDAR_HORIZON and 1 <= month <= 12):
        return None
    following = f"/calendar/{year + month // 12}/{month % 12 + 1:02d}.html"
    talks = [(index * 8 + k) % site.articles + 1 for k in range(8)]
    events = "".join(
        f'<li><h3><a href="{site.generated.article_path(i)}">Health talk: '
        f"{escape(site.generated.title(i))}</a></h3><p>A free talk by our doctors, open to "
        "all...</p></li>\n"
        for i in talks
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Events {year}/{month:02d} - Hostile Health</title></head><body>\n"
        f'<div class="list"><h1>Events in {year}/{month:02d}</h1>\n<ul>\n{events}</ul>\n'
        f'<div class="pagination"><a href="{following}">Next month</a></div></div>\n'
        "</body></html>\n"
    )


def _simple_page(title: str, text: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head>"
        f"<body><h1>{escape(title)}</h1><p>{escape(text)}</p></body></html>"
    ).encode()
