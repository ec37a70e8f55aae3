"""crawler.safety: which addresses are private, why a request is refused, and the middleware in a
real crawl (the `articlecrawl crawl` subprocess) that a redirect points at a local service."""

from __future__ import annotations

import ipaddress
import json
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from entry_point import ARTICLECRAWL

from crawler.safety import (
    STATS_PREFIX,
    PrivateAddressMiddleware,
    is_private_address,
    refusal_reason,
    resolve_host,
)

ENABLED = json.dumps({"crawler.safety.PrivateAddressMiddleware": 60})


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("10.0.0.5", True),
        ("172.16.3.4", True),
        ("192.168.1.1", True),
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # carrier-grade NAT
        ("224.0.0.1", True),  # multicast
        ("240.0.0.1", True),  # reserved
        ("::1", True),
        ("fe80::1", True),
        ("fd00::1", True),
        ("::ffff:10.0.0.5", True),  # IPv4-mapped: reaches 10.0.0.5
        ("93.184.216.34", False),
        ("8.8.8.8", False),
        ("2606:4700:4700::1111", False),
    ],
)
def test_private_addresses(address: str, private: bool) -> None:
    assert is_private_address(ipaddress.ip_address(address)) is private


START = ("http", "127.0.0.1", 8080)
PUBLIC_START = ("https", "www.deeho.com", 443)


@pytest.mark.parametrize(
    ("url", "addresses", "origins", "reason"),
    [
        ("https://www.deeho.com/p/1.html", ["93.184.216.34"], [PUBLIC_START], None),
        (
            "http://10.0.0.5/admin",
            ["10.0.0.5"],
            [PUBLIC_START],
            "refused: private address 10.0.0.5",
        ),
        (
            "http://intranet.deeho.com/",
            ["93.184.216.34", "10.0.0.5"],
            [PUBLIC_START],
            "refused: private address 10.0.0.5 (intranet.deeho.com)",
        ),
        ("http://127.0.0.1:8080/p/1.html", ["127.0.0.1"], [START], None),
        (
            "http://127.0.0.1:6379/",
            ["127.0.0.1"],
            [START],
            "refused: private address 127.0.0.1 (port 6379 is not the crawl's)",
        ),
        ("http://127.0.0.2:8080/", ["127.0.0.2"], [START], "refused: private address 127.0.0.2"),
        ("http://[::1]/", ["::1"], [PUBLIC_START], "refused: private address ::1"),
        ("http://unresolvable.invalid/", [], [PUBLIC_START], None),
    ],
)
def test_refusal_reason(
    url: str, addresses: list[str], origins: list[tuple[str, str, int]], reason: str | None
) -> None:
    parsed = [ipaddress.ip_address(a) for a in addresses]
    assert refusal_reason(url, parsed, origins) == reason


def test_localhost_resolves_to_loopback() -> None:
    assert "127.0.0.1" in resolve_host("localhost")


def test_the_middleware_is_off_when_private_addresses_are_allowed() -> None:
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(settings_dict={"ARTICLECRAWL_ALLOW_PRIVATE_ADDRESSES": True})
    assert PrivateAddressMiddleware.from_crawler(crawler).allow_all is True
    crawler = get_crawler()
    assert PrivateAddressMiddleware.from_crawler(crawler).allow_all is False


# -- in a real crawl ---------------------------------------------------------------------------


@dataclass
class Servers:
    start_port: int
    internal_port: int
    internal_hits: list[str] = field(default_factory=list)


@contextmanager
def redirect_to_internal() -> Iterator[Servers]:
    """A site whose home page 302s to an "internal service" on another port of the same host
    (by the host name the request used), and that service, which logs what it gets."""
    servers = Servers(0, 0)

    class Site(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/":
                host = (self.headers.get("Host") or "127.0.0.1").rsplit(":", 1)[0]
                self.send_response(302)
                self.send_header("Location", f"http://{host}:{servers.internal_port}/secret")
            else:
                self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Internal(Site):
        def do_GET(self) -> None:
            servers.internal_hits.append(self.path)
            body = b"<html><head><title>Internal</title></head><body><p>secret</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    site = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    internal = ThreadingHTTPServer(("127.0.0.1", 0), Internal)
    servers.start_port, servers.internal_port = site.server_port, internal.server_port
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (site, internal)]
    for thread in threads:
        thread.start()
    try:
        yield servers
    finally:
        for server in (site, internal):
            server.shutdown()
            server.server_close()


def crawl(url: str, db: Path, *settings: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    result = subprocess.run(
        [ARTICLECRAWL, "crawl", url, "--db", str(db), "--log-level", "WARNING",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0",
         "-s", f"DOWNLOADER_MIDDLEWARES={ENABLED}", *settings],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    with sqlite3.connect(db) as conn:
        ((stats,),) = conn.execute("SELECT stats FROM crawl_runs").fetchall()
    return result, json.loads(stats)


def test_a_redirect_to_another_local_port_is_refused(tmp_path: Path) -> None:
    with redirect_to_internal() as servers:
        result, stats = crawl(f"http://127.0.0.1:{servers.start_port}/", tmp_path / "a.db")
    assert servers.internal_hits == []
    assert stats.get(f"{STATS_PREFIX}/private_address") == 1
    expected = f"refused: private address 127.0.0.1 (port {servers.internal_port} is not"
    assert expected in result.stderr


def test_a_redirect_by_host_name_is_refused_after_resolving_it(tmp_path: Path) -> None:
    with redirect_to_internal() as servers:
        result, stats = crawl(f"http://localhost:{servers.start_port}/", tmp_path / "a.db")
    assert servers.internal_hits == []
    assert stats.get(f"{STATS_PREFIX}/private_address") == 1
    assert "refused: private address " in result.stderr and "(localhost)" in result.stderr


def test_the_setting_lets_the_redirect_through(tmp_path: Path) -> None:
    with redirect_to_internal() as servers:
        _, stats = crawl(
            f"http://127.0.0.1:{servers.start_port}/",
            tmp_path / "a.db",
            "-s",
            "ARTICLECRAWL_ALLOW_PRIVATE_ADDRESSES=True",
        )
    assert "/secret" in servers.internal_hits
    assert f"{STATS_PREFIX}/private_address" not in stats
