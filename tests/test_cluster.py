"""Several machines: `articlecrawl worker`, `enqueue` and `load` against a real redis-server
(tests/redis_server.py), real worker and loader processes (the console script), the generated
sample site on loopback, real SQLite files, and real `kill -9`s.

The end-to-end crawl is the issue's: the generated site of 2,000 articles, crawled once by a
single-machine `crawl` and once by 3 workers and a loader (the first loader killed mid-batch),
the two databases compared row by row. The Redis restart and the killed worker run on a site of
200 articles of their own: enough to keep a worker busy for seconds and give it requests in hand
when it is killed, while a 2,000-page crawl would only add minutes of CPU to `make test`. The
cluster's speed is the benchmark's (benchmarks/cluster_speed.py).
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import redis
from entry_point import ARTICLECRAWL, FAST
from redis_server import RedisServer, free_port, redis_server, self_signed_certificate
from scrapy import Request
from scrapy.utils.request import request_from_dict

from crawler.cluster import serialize
from crawler.cluster.connection import ClusterError, CrawlKeys, connect
from crawler.cluster.enqueue import enqueue
from crawler.cluster.messages import ARTICLE, article_message, decode
from crawler.samplesite import GeneratedSite, SiteServer, serve
from crawler.spiders.articles import ArticlesSpider
from crawler.store import FetchInfo
from parsers import Article, parse_html

pytestmark = pytest.mark.slow

PAGES = 2000
SITE = GeneratedSite(pages=PAGES)
"""The end-to-end site (issue 12: the generated sample site of 2,000 pages)."""
FAULT_PAGES = 200
FAULT_SITE = GeneratedSite(pages=FAULT_PAGES)
"""The site of the Redis-restart and killed-worker test."""
KEYS = CrawlKeys()
SHORT_LEASE = 3.0
"""Seconds a killed worker's requests stay leased in the fault test (the default is 60)."""
PASSWORD = "test-s3cret"


# -- processes -------------------------------------------------------------------------------


@dataclass
class Process:
    """An `articlecrawl` subprocess whose output goes to files (no pipe to fill up)."""

    popen: subprocess.Popen[bytes]
    out: Path
    err: Path

    def finish(self, timeout: float) -> tuple[int, str, str]:
        try:
            code = self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
            pytest.fail(f"{self.out.stem} did not finish in {timeout} s:\n{self.stderr()[-3000:]}")
        return code, self.out.read_text(), self.stderr()

    def stderr(self) -> str:
        return self.err.read_text(errors="replace")

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait()

    def summary(self) -> dict[str, Any]:
        return dict(json.loads(self.out.read_text().strip().splitlines()[-1]))


def start(folder: Path, name: str, *args: str) -> Process:
    out, err = folder / f"{name}.out", folder / f"{name}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        popen = subprocess.Popen([ARTICLECRAWL, *args], stdout=stdout, stderr=stderr)
    return Process(popen, out, err)


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def worker(
    folder: Path, name: str, server: RedisServer, *extra: str, lease: float = 30.0
) -> Process:
    """A worker; its leases last `lease` seconds past its last renewal (twice a second), long
    enough that a worker slowed down by a busy machine keeps them."""
    lease_setting = f"ARTICLECRAWL_REDIS_LEASE_SECONDS={lease}"
    return start(folder, name, "worker", "--redis", server.url, *FAST, "-s", lease_setting, *extra)


def loader(folder: Path, name: str, server: RedisServer, db: Path, *extra: str) -> Process:
    return start(folder, name, "load", "--redis", server.url, "--db", str(db), *extra)


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


# -- what a database holds -------------------------------------------------------------------


def query(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def stored_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a crawl writes about the pages, without ids, times and run ids (which differ
    between two runs of anything); links name their target by URL."""
    return {
        "articles": query(
            db,
            "SELECT url, canonical_url, kind, title, body, published, language, description, "
            "author, breadcrumbs, encoding, content_hash, parser_version, http_status, etag, "
            "last_modified, gone_at FROM articles ORDER BY url",
        ),
        "tips": query(
            db,
            "SELECT a.url, t.path, t.depth, t.number, t.title, t.text, t.position, t.parent_path "
            "FROM tips t JOIN articles a ON a.id = t.article_id ORDER BY a.url, t.path",
        ),
        "links": query(
            db,
            "SELECT a.url, l.kind, l.position, l.title, l.url, l.snippet, target.url "
            "FROM links l JOIN articles a ON a.id = l.article_id "
            "LEFT JOIN articles target ON target.id = l.target_id "
            "ORDER BY a.url, l.kind, l.position",
        ),
        "raw_pages": query(
            db,
            "SELECT a.url, r.http_status, r.content_type, r.etag, r.last_modified, r.size, "
            "r.body_hash FROM raw_pages r JOIN articles a ON a.id = r.article_id ORDER BY a.url",
        ),
    }


def expected_urls(site: SiteServer, generated: GeneratedSite = SITE) -> set[str]:
    return {site.url_for(generated.article_path(i)) for i in range(1, generated.pages + 1)}


def stored_urls(db: Path) -> list[str]:
    return [url for (url,) in query(db, "SELECT url FROM articles")]


def run_stats(db: Path) -> dict[str, Any]:
    ((stats,),) = query(db, "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")
    return dict(json.loads(stats))


# -- a payload whose unpickling would create a file --------------------------------------------


class _CreatesFile:
    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (self.path, "w"))


def pickled_payload(path: Path) -> bytes:
    """What an attacker with write access to Redis would queue for scrapy-redis's default
    (pickle) serializer: unpickling it creates `path`."""
    return pickle.dumps({"url": "http://127.0.0.1/", "x": _CreatesFile(path)}, protocol=4)


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with serve(generated=SITE) as server:
        yield server


@pytest.fixture(scope="module")
def fault_site() -> Iterator[SiteServer]:
    with serve(generated=FAULT_SITE) as server:
        yield server


@dataclass
class ClusterCrawl:
    site: SiteServer
    single_db: Path
    single_summary: dict[str, Any]
    db: Path
    loader: tuple[int, str, str]
    workers: list[tuple[int, str, str]]
    enqueued: dict[str, Any]
    requests: list[tuple[str, int]]
    redis_left: dict[str, Any]
    pickle_marker: Path
    killed_loader_held: int
    """Messages the killed loader had taken and not committed."""


@pytest.fixture(scope="module")
def cluster_crawl(site: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> ClusterCrawl:
    """A single-machine `crawl` of the site; then 3 workers and a loader over the same site,
    with a pickled entry pushed on the queue as the crawl is enqueued, and the loader killed
    mid-batch and started again.

    The workers and the first loader are started while the single-machine crawl runs: they
    wait for a crawl to be enqueued (as on a real cluster, where they run before any crawl), so
    their start-up overlaps that crawl; the crawl is enqueued when it is done."""
    folder = tmp_path_factory.mktemp("cluster")
    single_db = folder / "single.db"
    marker = folder / "pickle-ran"
    db = folder / "cluster.db"
    with redis_server(folder / "redis") as server, ExitStack() as stopping:
        client = server.client()
        workers = [worker(folder, f"worker{n}", server) for n in range(3)]
        # a batch bigger than the crawl: the first loader commits nothing while pages come in
        first = loader(folder, "first", server, db, "-s", "ARTICLECRAWL_BATCH_SIZE=100000")
        for process in [*workers, first]:
            stopping.callback(process.kill)  # when the fixture fails half-way
        single = run("crawl", site.url, "--db", str(single_db), *FAST, timeout=600)
        assert single.returncode == 0, single.stderr[-3000:]
        assert [w.popen.poll() for w in workers] == [None, None, None]  # still waiting
        site.requests.clear()
        enqueued = run("enqueue", site.url, "--redis", server.url)
        assert enqueued.returncode == 0, enqueued.stderr
        # the lowest score is popped first: at the latest, it is taken when the queue drains
        client.zadd(KEYS.requests, {pickled_payload(marker): -1000})
        wait_for(lambda: client.llen(KEYS.processing) >= 40, 120, "the loader's batch")
        os.kill(first.popen.pid, signal.SIGKILL)
        first.popen.wait()
        held = client.llen(KEYS.processing)
        assert query(db, "SELECT count(*) FROM articles") == [(0,)]
        loaded = loader(folder, "second", server, db).finish(600)
        finished = [w.finish(60) for w in workers]
        left = {
            "keys": sorted(key.decode() for key in client.keys("*")),
            "state": (client.hget(KEYS.crawl, "state") or b"").decode(),
        }
    return ClusterCrawl(
        site,
        single_db,
        json.loads(single.stdout.strip().splitlines()[-1]),
        db,
        loaded,
        finished,
        json.loads(enqueued.stdout),
        [(r.path, r.status) for r in site.requests.snapshot() if r.method == "GET"],
        left,
        marker,
        held,
    )


# -- end to end: 3 workers, 1 loader (killed once) -------------------------------------------


def test_the_loader_exits_0_with_the_json_line_crawl_prints(cluster_crawl: ClusterCrawl) -> None:
    code, out, err = cluster_crawl.loader
    assert code == 0, err[-3000:]
    summary = json.loads(out.strip().splitlines()[-1])
    assert set(cluster_crawl.single_summary) <= set(summary)
    assert summary["status"] == "finished"
    assert summary["healthy"] is True
    assert summary["articles_new"] == PAGES
    assert summary["pages_by_kind"] == cluster_crawl.single_summary["pages_by_kind"]
    assert summary["requests_recovered"] == 0


def test_every_article_is_stored_exactly_once(cluster_crawl: ClusterCrawl) -> None:
    urls = stored_urls(cluster_crawl.db)
    assert len(urls) == PAGES
    assert set(urls) == expected_urls(cluster_crawl.site)


def test_the_rows_are_those_a_single_machine_crawl_writes(cluster_crawl: ClusterCrawl) -> None:
    single = stored_rows(cluster_crawl.single_db)
    cluster = stored_rows(cluster_crawl.db)
    for table in single:
        assert len(cluster[table]) == len(single[table]), table
        assert cluster[table] == single[table], table


def test_each_page_is_fetched_once_and_the_workers_share_them(cluster_crawl: ClusterCrawl) -> None:
    fetched = Counter(path for path, status in cluster_crawl.requests if status == 200)
    articles = [SITE.article_path(i) for i in range(1, PAGES + 1)]
    assert {path: fetched[path] for path in articles} == dict.fromkeys(articles, 1)
    summaries = [json.loads(out.strip().splitlines()[-1]) for _, out, _ in cluster_crawl.workers]
    assert [code for code, _, _ in cluster_crawl.workers] == [0, 0, 0]
    assert {s["finish_reason"] for s in summaries} == {"finished"}
    assert sum(s["articles"] for s in summaries) == PAGES
    assert sum(1 for s in summaries if s["pages"] > 0) >= 2, summaries


def test_a_loader_killed_mid_batch_is_replayed_and_continues_its_run(
    cluster_crawl: ClusterCrawl,
) -> None:
    assert cluster_crawl.killed_loader_held >= 40
    summary = json.loads(cluster_crawl.loader[1].strip().splitlines()[-1])
    assert summary["messages_replayed"] == cluster_crawl.killed_loader_held
    (tips,) = query(cluster_crawl.db, "SELECT count(*) FROM tips")
    assert tips == (sum(SITE.expected(i).tip_count for i in range(1, PAGES + 1)),)
    # one run: the second loader continued the first one's
    assert query(cluster_crawl.db, "SELECT id, status FROM crawl_runs") == [(1, "finished")]


def test_the_run_is_recorded_with_counts_and_health(cluster_crawl: ClusterCrawl) -> None:
    rows = query(
        cluster_crawl.db,
        "SELECT status, articles_new, pages_article, failures, exit_code, "
        "json_extract(health, '$.healthy') FROM crawl_runs",
    )
    assert rows == [("finished", PAGES, PAGES, 0, 0, 1)]
    assert run_stats(cluster_crawl.db)["articlecrawl/cluster/requests_recovered"] == 0


def test_a_pickled_queue_entry_runs_nothing(cluster_crawl: ClusterCrawl) -> None:
    assert not cluster_crawl.pickle_marker.exists()
    assert run_stats(cluster_crawl.db)["articlecrawl/cluster/queue_entries_dropped"] == 1
    logs = "".join(err for _, _, err in cluster_crawl.workers)
    assert logs.count("dropped a queue entry that is not a request") == 1


def test_enqueue_says_what_it_queued(cluster_crawl: ClusterCrawl) -> None:
    # the start page and the site's robots.txt (for its sitemaps)
    assert cluster_crawl.enqueued["queued"] == 2
    assert cluster_crawl.enqueued["new_crawl"] is True


def test_a_drained_crawl_leaves_only_its_done_marker(cluster_crawl: ClusterCrawl) -> None:
    assert cluster_crawl.redis_left == {"keys": [KEYS.crawl], "state": "done"}


# -- a worker killed, Redis restarted --------------------------------------------------------


def test_a_redis_restart_and_a_killed_worker_lose_no_page(
    fault_site: SiteServer, tmp_path: Path
) -> None:
    """One crawl through a password-protected Redis with AOF on: Redis is restarted while the
    first worker crawls, then that worker is killed with requests in hand and a second worker
    takes them back when their leases expire."""
    db = tmp_path / "articles.db"
    with redis_server(tmp_path / "redis", password=PASSWORD, aof=True) as server:
        client = server.client()
        enqueue(server.url, [fault_site.url])
        first = worker(tmp_path, "first", server, lease=SHORT_LEASE)
        load = loader(tmp_path, "loader", server, db)
        wait_for(lambda: client.hget(KEYS.crawl, "run_id") is not None, 60, "the loader")
        wait_for(lambda: client.zcard(KEYS.leases) >= 5, 60, "the first worker to take requests")
        server.stop()
        time.sleep(0.3)
        server.start()
        assert client.hget(KEYS.crawl, "state") == b"running"  # the AOF kept the crawl
        loaded_before = client.llen(KEYS.items) + len(query(db, "SELECT id FROM articles"))
        wait_for(
            lambda: (
                client.zcard(KEYS.leases) >= 5
                and client.llen(KEYS.items) + len(query(db, "SELECT id FROM articles"))
                > loaded_before
            ),
            60,
            "the first worker to go on after the restart",
        )
        os.kill(first.popen.pid, signal.SIGKILL)
        first.popen.wait()
        held = client.zcard(KEYS.leases)  # the dead worker's, nobody else's yet
        second = worker(tmp_path, "second", server, lease=SHORT_LEASE)
        code, out, err = load.finish(120)
        second_code, _, second_err = second.finish(60)
    assert held >= 1
    assert code == 0, err[-3000:]
    assert second_code == 0, second_err[-3000:]
    assert sorted(stored_urls(db)) == sorted(expected_urls(fault_site, FAULT_SITE))
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["articles_new"] == FAULT_PAGES
    assert summary["requests_recovered"] >= held
    assert run_stats(db)["articlecrawl/cluster/requests_recovered"] == summary["requests_recovered"]


# -- politeness ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _SlowSite(GeneratedSite):
    """The generated site, each page taking 30 ms, counting how many are served at once."""

    def render(self, path: str, origin: str) -> Any:
        with _IN_FLIGHT_LOCK:
            _IN_FLIGHT[0] += 1
            _IN_FLIGHT[1] = max(_IN_FLIGHT[1], _IN_FLIGHT[0])
        try:
            time.sleep(0.03)
            return super().render(path, origin)
        finally:
            with _IN_FLIGHT_LOCK:
                _IN_FLIGHT[0] -= 1


_IN_FLIGHT = [0, 0]  # now, most
_IN_FLIGHT_LOCK = threading.Lock()


def test_live_workers_share_one_sites_concurrency(tmp_path: Path) -> None:
    """`crawl --redis` with one worker of its own while three more workers are live (their
    heartbeats only): 4 requests per site shared by 4 workers is 1 at a time."""
    db = tmp_path / "articles.db"
    with serve(generated=_SlowSite(pages=40)) as slow, redis_server(tmp_path / "redis") as server:
        client = server.client()
        stop = threading.Event()

        def beat() -> None:
            while not stop.is_set():
                seconds, micros = client.time()
                client.zadd(KEYS.workers, {f"other{n}": seconds + micros / 1e6 for n in range(3)})
                stop.wait(0.3)

        beating = threading.Thread(target=beat, daemon=True)
        beating.start()
        try:
            done = run(
                "crawl", slow.url, "--redis", server.url, "--workers", "1", "--db", str(db),
                *FAST, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4", timeout=120,
            )  # fmt: skip
        finally:
            stop.set()
            beating.join()
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert (summary["status"], summary["articles_new"]) == ("finished", 40)
    assert _IN_FLIGHT[1] == 1


# -- no code from the queue, and what travels through it -------------------------------------


def test_a_pickled_payload_is_refused_without_being_unpickled(tmp_path: Path) -> None:
    armed = tmp_path / "armed"
    pickle.loads(pickled_payload(armed))  # the payload really does create its file
    assert armed.exists()
    target = tmp_path / "never"
    with pytest.raises(serialize.QueueEntryError):
        serialize.loads(pickled_payload(target))
    assert not target.exists()


def test_a_queued_request_naming_a_class_is_refused_without_importing_it() -> None:
    import sys

    entry = json.dumps({"url": "http://127.0.0.1:1/", "_class": "antigravity.geohash"}).encode()
    with pytest.raises(serialize.QueueEntryError, match="may not name a class"):
        serialize.loads(entry)
    assert "antigravity" not in sys.modules  # importing it would open a web browser


def test_a_queued_request_comes_back_as_it_left() -> None:
    spider = ArticlesSpider(start_urls="http://127.0.0.1:1/")
    request = Request(
        "http://127.0.0.1:1/p/1.html",
        callback=spider.parse_sitemap,
        errback=spider.on_error,
        headers={"If-None-Match": '"abc"', "If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"},
        meta={"role": "page", "depth": 3, "redirect_urls": ["http://127.0.0.1:1/old"]},
        body=b"\x00\xff binary",
        priority=-2,
    )
    data = serialize.dumps(request.to_dict(spider=spider))
    back = request_from_dict(serialize.loads(data), spider=spider)
    assert back.to_dict(spider=spider) == request.to_dict(spider=spider)
    assert back.callback == spider.parse_sitemap
    assert json.loads(data)["url"] == request.url  # plain JSON on the queue


def test_a_records_raw_bytes_reach_the_loader_intact() -> None:
    body = "<html><head><title>腰痛的调理方法</title></head><body><p>多喝温开水。</p></body></html>"
    raw = body.encode("gbk")  # not UTF-8: a JSON string could not carry it as text
    article = parse_html(raw, "http://127.0.0.1:1/zh/1.html", content_type="text/html; charset=gbk")
    fetch = FetchInfo(200, '"e1"', "Mon, 01 Jan 2024 00:00:00 GMT", "text/html; charset=gbk", raw)
    message = decode(article_message(article, fetch))
    assert message.type == ARTICLE
    assert message.fetch == fetch
    assert message.article == article


def test_the_loaders_health_checks_fail_where_a_crawls_would() -> None:
    from crawler.cluster.verdict import FieldCoverage, cluster_verdict
    from crawler.outcome import exit_code_for
    from crawler.run import crawl_settings

    coverage = FieldCoverage()
    coverage.add(Article(url="http://h/1", kind="article", title="A title", body="Text."))
    coverage.add(Article(url="http://h/2", kind="article", title=None, body="Text."))
    stats = {"articlecrawl/pages_parsed": 10, "articlecrawl/failures/fetch": 5,
             "articlecrawl/articles_new": 2}  # fmt: skip
    verdict = cluster_verdict(stats, crawl_settings(""), coverage, "finished")
    failed = {check["name"]: check["detail"] for check in verdict["checks"] if not check["passed"]}
    assert failed == {
        "error rate": "5 of 15 pages failed: 33% > 10%",
        "field coverage": "title 50.0% < 99.0%",
    }
    assert exit_code_for("finished", verdict) == 1


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["worker", "load"])
def test_an_unreachable_redis_is_one_line_and_exit_2(command: str, tmp_path: Path) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    args = {
        "worker": ["worker"],
        "load": ["load", "--db", str(tmp_path / "a.db")],
    }[command]
    done = run(*args, "--redis", url, timeout=30)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"cannot reach Redis at {url}" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("command", "wait"), [("load", "nan"), ("load", "inf"), ("load", "-1"), ("worker", "nan")]
)
def test_a_wait_that_is_not_a_finite_number_of_seconds_is_one_line_and_exit_2(
    command: str, wait: str, tmp_path: Path
) -> None:
    # refused before Redis is tried: a nan or infinite --wait would wait for a crawl forever
    db = tmp_path / "a.db"
    args = {"worker": ["worker"], "load": ["load", "--db", str(db)]}[command]
    url = f"redis://127.0.0.1:{free_port()}/0"
    done = run(*args, "--redis", url, f"--wait={wait}", timeout=30)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"articlecrawl {command}: error: argument --wait: ")
    assert "Redis" not in done.stderr
    assert done.stdout == ""
    assert not db.exists()


def test_a_wrong_or_missing_password_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with redis_server(tmp_path / "redis", password=PASSWORD) as server:
        wrong = run("enqueue", "http://127.0.0.1:1/", "--redis", server.url.replace(PASSWORD, "x"))
        with pytest.raises(ClusterError, match="refused") as missing:
            connect(server.url.replace(f":{PASSWORD}@", ""))
        enqueue(server.url, ["http://127.0.0.1:1/"])
        queued = server.client().zcard(KEYS.requests)
    assert wrong.returncode == 2
    assert wrong.stderr.count("\n") == 1, wrong.stderr
    assert "refused the password" in wrong.stderr
    assert PASSWORD not in wrong.stderr and PASSWORD not in str(missing.value)
    assert queued == 2


def test_a_rediss_url_talks_tls(tmp_path: Path) -> None:
    tls = self_signed_certificate(tmp_path)
    with redis_server(tmp_path / "redis", tls=tls) as server:
        done = enqueue(server.url, ["http://127.0.0.1:1/"])
        queued = redis.Redis.from_url(server.url).zcard(KEYS.requests)
    assert server.url.startswith("rediss://")
    assert done.queued == queued == 2


def test_a_database_another_loader_holds_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "articles.db"
    with redis_server(tmp_path / "redis") as server:
        first = loader(tmp_path, "first", server, db)  # waits for a crawl, holding the lock
        lock = Path(f"{db}.lock")
        wait_for(lambda: lock.exists() and str(first.popen.pid) in lock.read_text(), 30, "the lock")
        second = run("load", "--redis", server.url, "--db", str(db))
        first.popen.send_signal(signal.SIGKILL)
        first.popen.wait()
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1, second.stderr
    assert f"pid {first.popen.pid}" in second.stderr
    assert "Traceback" not in second.stderr


# -- docker-compose.yml ----------------------------------------------------------------------


def test_the_compose_file_runs_redis_with_aof_and_a_password_3_workers_and_a_loader() -> None:
    import shutil

    import yaml

    path = Path(__file__).resolve().parents[1] / "docker-compose.yml"
    services = yaml.safe_load(path.read_text())["services"]
    redis_command = services["redis"]["command"]
    assert redis_command[redis_command.index("--appendonly") + 1] == "yes"
    assert "--requirepass" in redis_command
    assert "ports" not in services["redis"]  # reachable from the compose network only
    assert services["worker"]["deploy"]["replicas"] == 3
    assert services["worker"]["command"][:2] == ["articlecrawl", "worker"]
    assert services["loader"]["command"][:2] == ["articlecrawl", "load"]
    url = services["worker"]["environment"]["ARTICLECRAWL_REDIS_URL"]
    assert url.startswith("redis://:${REDIS_PASSWORD")
    docker = shutil.which("docker")
    if (
        docker
        and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0
    ):
        checked = subprocess.run(
            [docker, "compose", "-f", str(path), "config", "-q"],
            capture_output=True, text=True, env={**os.environ, "REDIS_PASSWORD": "x"},
        )  # fmt: skip
        assert checked.returncode == 0, checked.stderr
