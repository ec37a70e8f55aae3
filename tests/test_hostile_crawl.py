"""The real `articlecrawl crawl` (a subprocess) against the hostile site (tests/hostile_site.py):
every fault a site can throw at a crawler, each on its own article, checked against the site's
ground truth. The crawl runs with the project's settings, made fast and impatient for a test
(no delays, DOWNLOAD_TIMEOUT=2, RETRY_TIMES=2); its bounds (size, depth, private addresses) are
the project's own.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
from entry_point import ARTICLECRAWL
from hostile_site import (
    BOMB_UNPACKED_BYTES,
    FAULTS,
    ArticleFate,
    HostileServers,
    HostileSite,
    gzip_bomb,
    serve_hostile,
    unpack_bomb_size,
)

from crawler import settings as project_settings
from parsers import parse_html

DOWNLOAD_TIMEOUT = 2
RETRY_TIMES = 2
MEMORY_LIMIT = 400 * 1024 * 1024
CRAWL_TIMEOUT = 120
SETTINGS = [
    "-s", "AUTOTHROTTLE_ENABLED=False",
    "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s", f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}",
    "-s", f"RETRY_TIMES={RETRY_TIMES}",
    "--log-level", "WARNING",
]  # fmt: skip

SITE = HostileSite()
FATES = SITE.fates
FETCHABLE = [fate for fate in FATES.values() if fate.fetchable]
UNFETCHABLE = [fate for fate in FATES.values() if not fate.fetchable]


@dataclass
class Crawl:
    servers: HostileServers
    db: Path
    returncode: int
    stdout: str
    stderr: str
    peak_rss: int
    """Highest resident set size seen for the crawl process and its children, in bytes."""

    def query(self, sql: str, *params: object) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, params).fetchall()

    def url(self, path: str) -> str:
        return self.servers.url_for(path)

    @property
    def summary(self) -> dict:
        return json.loads(self.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    gzip_bomb()  # built before the crawl starts, so no request waits for it
    db = tmp_path_factory.mktemp("hostile") / "articles.db"
    with serve_hostile(SITE) as servers:
        command = [ARTICLECRAWL, "crawl", servers.url, "--db", str(db), *SETTINGS]
        yield _run_measured(command, servers, db)


def _run_measured(command: list[str], servers: HostileServers, db: Path) -> Crawl:
    """Run the crawl, polling its memory (with its children's) until it exits."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak = 0
    deadline = time.monotonic() + CRAWL_TIMEOUT
    try:
        while process.poll() is None:
            if time.monotonic() > deadline:
                process.kill()
                process.communicate()
                pytest.fail(f"the crawl did not end within {CRAWL_TIMEOUT} s")
            try:
                family = [watched, *watched.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in family))
            except psutil.Error:  # it ended between poll() and the reading
                pass
            time.sleep(0.02)
        stdout, stderr = process.communicate()
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return Crawl(servers, db, process.returncode, stdout, stderr, peak)


# -- the run as a whole -----------------------------------------------------------------------


def test_the_crawl_ends_with_a_finished_run(hostile_crawl: Crawl) -> None:
    assert hostile_crawl.returncode != 3, hostile_crawl.stderr[-3000:]
    assert hostile_crawl.summary["status"] == "finished", hostile_crawl.stderr[-3000:]
    assert hostile_crawl.summary["finish_reason"] == "finished"
    assert hostile_crawl.query("SELECT status FROM crawl_runs") == [("finished",)]


def test_exactly_the_fetchable_articles_are_stored(hostile_crawl: Crawl) -> None:
    stored = Counter(url for (url,) in hostile_crawl.query("SELECT url FROM articles"))
    expected = {hostile_crawl.url(fate.stored_path or "") for fate in FETCHABLE}
    assert set(stored) == expected
    assert set(stored.values()) == {1}
    print(f"\narticles expected {len(expected)}, stored {len(stored)}")


@pytest.mark.parametrize("fate", FETCHABLE, ids=lambda fate: f"{fate.path}:{fate.fault or 'ok'}")
def test_a_fetchable_article_has_its_title_and_text(
    hostile_crawl: Crawl, fate: ArticleFate
) -> None:
    assert fate.stored_path is not None
    rows = hostile_crawl.query(
        "SELECT a.title, a.body, (SELECT count(*) FROM tips t WHERE t.article_id = a.id) "
        "FROM articles a WHERE a.url = ?",
        hostile_crawl.url(fate.stored_path),
    )
    assert len(rows) == 1, f"{fate.path} ({fate.fault}) not stored at {fate.stored_path}"
    ((title, body, tips),) = rows
    assert title == fate.title
    assert tips == fate.tip_count
    assert "\ufffd" not in body, "mis-decoded text"
    # the faults must not change the text: it is the text of the page served without one
    clean = parse_html(SITE.clean_page(fate.path), hostile_crawl.url(fate.stored_path))
    assert body == clean.body


@pytest.mark.parametrize("fate", UNFETCHABLE, ids=lambda fate: f"{fate.path}:{fate.fault}")
def test_an_unfetchable_article_is_one_failure_with_its_reason(
    hostile_crawl: Crawl, fate: ArticleFate
) -> None:
    failures = hostile_crawl.query(
        "SELECT stage, error FROM failures WHERE url = ?", hostile_crawl.url(fate.path)
    )
    assert len(failures) == 1, (
        f"{fate.fault}: expected one failure for {fate.path}; failures recorded: "
        f"{hostile_crawl.query('SELECT url, stage, error FROM failures')}"
    )
    ((stage, error),) = failures
    assert stage == fate.stage
    assert any(word in error.lower() for word in fate.reasons), (fate.reasons, error)


def test_only_the_unfetchable_articles_failed(hostile_crawl: Crawl) -> None:
    failed = {url for (url,) in hostile_crawl.query("SELECT url FROM failures")}
    assert failed == {hostile_crawl.url(fate.path) for fate in UNFETCHABLE}
    ((run_failures,),) = hostile_crawl.query("SELECT failures FROM crawl_runs")
    assert run_failures == len(hostile_crawl.query("SELECT id FROM failures"))


def test_every_fault_was_served_and_retried_as_planned(hostile_crawl: Crawl) -> None:
    attempts = Counter(hit.path for hit in hostile_crawl.servers.hits("site"))
    by_fault = {fate.fault: fate.path for fate in FATES.values() if fate.fault}
    assert set(FAULTS) <= set(by_fault)
    tries = RETRY_TIMES + 1
    expected = {
        "500-once": 2, "503-twice": 3, "429-once": 2, "500-always": tries,
        "503-always": tries, "stall-once": 2, "stall-always": tries, "reset-once": 2,
        "reset-always": tries, "truncate-once": 2, "truncate-always": tries,
        "no-content-type": 1, "charset-clash": 1, "binary-junk": 1, "huge": 1, "gzip-bomb": 1,
    }  # fmt: skip
    assert {fault: attempts[by_fault[fault]] for fault in expected} == expected
    chance = [fate.path for fate in FATES.values() if fate.fault == "503-by-chance"]
    assert chance and all(attempts[path] == 2 for path in chance)
    print(
        f"\nfaults injected: {len(FAULTS)} kinds on {len(by_fault)} articles "
        f"({len(chance)} by chance); survived (stored after the fault): "
        f"{sum(1 for fate in FETCHABLE if fate.fault)}; recorded as failures: {len(UNFETCHABLE)}"
    )


# -- where the crawl went, and where it did not ------------------------------------------------


def test_robots_txt_is_obeyed(hostile_crawl: Crawl) -> None:
    paths = {hit.path for hit in hostile_crawl.servers.hits("site")}
    assert "/robots.txt" in paths
    assert not [path for path in paths if path.startswith("/private/")]


def test_no_request_left_the_crawls_host(hostile_crawl: Crawl) -> None:
    assert hostile_crawl.servers.hits("other-host") == []
    assert hostile_crawl.servers.hits("internal") == []
    host = hostile_crawl.servers.origin.removeprefix("http://")
    assert {hit.host for hit in hostile_crawl.servers.hits("site")} == {host}


def test_the_calendar_trap_is_cut_off_by_the_depth_limit(hostile_crawl: Crawl) -> None:
    limit = getattr(project_settings, "DEPTH_LIMIT", 0)
    assert limit > 0, "crawler/settings.py sets no DEPTH_LIMIT: link traps are unbounded"
    calendar = [hit for hit in hostile_crawl.servers.hits("site") if "/calendar/" in hit.path]
    # the first month is linked from the start page (depth 1); each next month is one deeper
    assert 1 <= len(calendar) <= limit


def test_redirect_chains_end_and_loops_are_broken(hostile_crawl: Crawl) -> None:
    paths = Counter(hit.path for hit in hostile_crawl.servers.hits("site"))
    assert not [path for path, count in paths.items() if path.startswith("/loop/") and count > 1]
    endless = [path for path in paths if path.startswith("/endless/")]
    assert 1 <= len(endless) <= 20  # Scrapy's REDIRECT_MAX_TIMES


# -- size and memory ----------------------------------------------------------------------------


def test_the_bomb_is_small_on_the_wire_and_huge_unpacked() -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 4096
    assert unpack_bomb_size(bomb) == BOMB_UNPACKED_BYTES


def test_memory_stays_bounded(hostile_crawl: Crawl) -> None:
    print(f"\npeak RSS of the crawl: {hostile_crawl.peak_rss / 2**20:.0f} MiB")
    assert 0 < hostile_crawl.peak_rss < MEMORY_LIMIT
