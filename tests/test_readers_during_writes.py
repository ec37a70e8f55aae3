"""Analysts read while a crawl writes: a real crawl (subprocess) of a generated 1500-article site
writes in batches of 20 while a second process queries the same SQLite file in a loop, the way
`articlecrawl search` does (Store.open_existing + search) and with raw SQL joins. The reader never
sees "database is locked", never sees an article without all its tips and links, and the crawl
loses nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from entry_point import ARTICLECRAWL

from crawler.samplesite import GeneratedSite, serve

PAGES = 1500
SITE = GeneratedSite(pages=PAGES)

# The reader, run as its own process. Every check of one article is one SELECT statement: in
# WAL mode a statement reads one snapshot, so what it sees is what a committed batch left.
READER = r"""
import json, sqlite3, sys, time
from pathlib import Path
from crawler.samplesite import GeneratedSite
from crawler.store import Store

db, stop, pages = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
site = GeneratedSite(pages=pages)
truth = {site.article_path(i): site.expected(i) for i in range(1, pages + 1)}
queries, errors, half_written, seen_max, searches_hit = 0, [], [], 0, 0
ARTICLES = '''
    SELECT a.url,
      (SELECT count(*) FROM tips t WHERE t.article_id = a.id),
      (SELECT count(*) FROM links l WHERE l.article_id = a.id AND l.kind = 'prev'),
      (SELECT count(*) FROM links l WHERE l.article_id = a.id AND l.kind = 'next'),
      (SELECT count(*) FROM links l WHERE l.article_id = a.id AND l.kind = 'recommend')
    FROM articles a
'''
JOIN = '''
    SELECT a.title, count(t.id) AS tips, count(DISTINCT l.id) AS links
    FROM articles a LEFT JOIN tips t ON t.article_id = a.id
    LEFT JOIN links l ON l.article_id = a.id
    GROUP BY a.id ORDER BY tips DESC, a.id LIMIT 5
'''

def started():
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False

while not started():
    if stop.exists():
        break
    time.sleep(0.05)
while True:
    last = stop.exists()  # one more round after the crawl ended
    try:
        with Store.open_existing(db) as store:
            searches_hit += bool(store.search("back pain", limit=5))
            searches_hit += bool(store.search("腰痛", limit=5))
            queries += 2
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            rows = conn.execute(ARTICLES).fetchall()
            conn.execute(JOIN).fetchall()
            queries += 2
        finally:
            conn.close()
        seen_max = max(seen_max, len(rows))
        for url, tips, prev, nxt, recs in rows:
            path = "/" + url.split("/", 3)[3]
            want = truth[path]
            got = (tips, prev, nxt, recs)
            expected = (want.tip_count, int(want.prev is not None), int(want.next is not None),
                        len(want.recommendations))
            if got != expected:
                half_written.append((path, got, expected))
    except Exception as exc:  # every error is reported, "database is locked" first of all
        errors.append(f"{type(exc).__name__}: {exc}")
    if last:
        break
print(json.dumps({"queries": queries, "errors": errors[:20], "error_count": len(errors),
                  "half_written": half_written[:20], "half_written_count": len(half_written),
                  "seen_max": seen_max, "searches_hit": searches_hit}))
"""


@pytest.fixture(scope="module")
def reading_while_crawling(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("readers")
    db, stop = tmp / "articles.db", tmp / "stop"
    with serve(generated=SITE) as site:
        reader = subprocess.Popen(
            [sys.executable, "-c", READER, str(db), str(stop), str(PAGES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            crawl = subprocess.run(
                [ARTICLECRAWL, "crawl", site.url, "--db", str(db), "--log-level", "ERROR",
                 "-s", "ARTICLECRAWL_BATCH_SIZE=20", "-s", "AUTOTHROTTLE_ENABLED=False",
                 "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                 "-s", "CONCURRENT_ITEMS=10"],
                capture_output=True, text=True, timeout=300,
            )  # fmt: skip
        finally:
            stop.touch()
            out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err[-3000:]
    result = json.loads(out.strip().splitlines()[-1])
    result.update(db=db, crawl_stdout=crawl.stdout, crawl_stderr=crawl.stderr)
    print(f"\nreader queries during the crawl: {result['queries']}")
    return result


def test_the_reader_never_sees_a_locked_database(reading_while_crawling: dict) -> None:
    assert reading_while_crawling["errors"] == []
    assert reading_while_crawling["queries"] > 20


def test_the_reader_never_sees_a_half_written_article(reading_while_crawling: dict) -> None:
    # (path, (tips, prev, next, recommendations) seen, the same expected)
    assert reading_while_crawling["half_written"] == []


def test_the_reader_saw_the_crawl_in_progress(reading_while_crawling: dict) -> None:
    # it read while articles were arriving, not only before or after
    assert reading_while_crawling["seen_max"] > 0
    assert reading_while_crawling["searches_hit"] > 0


def test_the_crawl_lost_nothing(reading_while_crawling: dict) -> None:
    import sqlite3

    summary = json.loads(reading_while_crawling["crawl_stdout"].strip().splitlines()[-1])
    assert summary["status"] == "finished", reading_while_crawling["crawl_stderr"][-3000:]
    with sqlite3.connect(reading_while_crawling["db"]) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        tips = conn.execute("SELECT count(*) FROM tips").fetchone()[0]
        links = conn.execute("SELECT count(*) FROM links").fetchone()[0]
        failures = conn.execute("SELECT count(*) FROM failures").fetchone()[0]
    truths = [SITE.expected(i) for i in range(1, PAGES + 1)]
    assert articles == PAGES
    assert tips == sum(t.tip_count for t in truths)
    assert links == sum(
        (t.prev is not None) + (t.next is not None) + len(t.recommendations) for t in truths
    )
    assert failures == 0
