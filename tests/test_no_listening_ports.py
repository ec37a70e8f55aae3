"""A running crawl listens on no TCP port (no telnet console, no remote control); turning the
telnet console on shows a listening socket, so the check can see one when there is one."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
from entry_point import ARTICLECRAWL

STALL_SECONDS = 4.0


@contextmanager
def slow_site() -> Iterator[tuple[str, threading.Event]]:
    """A site whose every page takes STALL_SECONDS; the event is set at the first request."""
    asked = threading.Event()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.set()
            time.sleep(STALL_SECONDS)
            body = b"<html><head><title>Slow</title></head><body><p>At last.</p></body></html>"
            self.send_response(200 if self.path != "/robots.txt" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", asked
    finally:
        server.shutdown()
        server.server_close()


def listening_ports_while_crawling(tmp_path: Path, *settings: str) -> list[int]:
    """The TCP ports the crawl process (and its children) listen on, read mid-crawl."""
    with slow_site() as (url, asked):
        process = subprocess.Popen(
            [ARTICLECRAWL, "crawl", url, "--db", str(tmp_path / "a.db"), "-s", "RETRY_TIMES=0",
             "-s", "AUTOTHROTTLE_ENABLED=False", "--log-level", "ERROR", *settings],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            assert asked.wait(60), "the crawl never reached the site"
            assert process.poll() is None, "the crawl ended before it could be looked at"
            crawl = psutil.Process(process.pid)
            family = [crawl, *crawl.children(recursive=True)]
            return sorted(
                conn.laddr.port
                for member in family
                for conn in member.net_connections(kind="tcp")
                if conn.status == psutil.CONN_LISTEN
            )
        finally:
            process.kill()
            process.wait(30)


def test_a_crawl_listens_on_no_port(tmp_path: Path) -> None:
    assert listening_ports_while_crawling(tmp_path) == []


def test_the_telnet_console_when_asked_for_is_seen_listening(tmp_path: Path) -> None:
    ports = listening_ports_while_crawling(tmp_path, "-s", "TELNETCONSOLE_ENABLED=True")
    assert len(ports) == 1 and 6023 <= ports[0] <= 6073  # Scrapy's TELNETCONSOLE_PORT range
