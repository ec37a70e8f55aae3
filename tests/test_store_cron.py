"""The store's side of cron-grade runs: raw pages kept with each article, conditional re-crawls
(304s, unchanged bytes, pages gone), re-parsing kept pages, run health, stale runs, pruning,
the read-only lookup connection, the migration from schema 1, and crash safety under SIGKILL.

Real SQLite files in tmp_path, read back through plain sqlite3 connections; expected values
come from reading the hand-made records and pages below.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from crawler.store import (
    MIGRATIONS,
    FetchInfo,
    KnownPage,
    RawPage,
    Store,
    StoreError,
    StoreReader,
)
from crawler.store.schema import open_database
from parsers import PARSER_VERSION, Article, ParseError, Tip

SITE = "https://www.deeho.com/p/"
FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent

T0 = "2024-05-01T08:00:00.000Z"
"""The test clock's start, as the store writes it."""


class Clock:
    """A clock the test moves by hand: every timestamp the store writes is predictable."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 8, 0, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crawl.db"


@pytest.fixture
def store(db_path: Path, clock: Clock) -> Iterator[Store]:
    with Store(db_path, clock=clock) as opened:
        yield opened


@pytest.fixture
def run_id(store: Store) -> int:
    return store.start_run([SITE], {})


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows read through a separate, plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def fixture_page(name: str) -> bytes:
    return (FIXTURES / name / "page.html").read_bytes()


# Small pages in a format the test's own "parser" below reads: title, body, one tip.
def page_of(number: int, *, title: str | None = None, footer: str = "") -> bytes:
    return (
        f"<html><head><title>{title or f'Article {number}'}</title></head><body>"
        f"<p>The body of article {number}.</p><ol><li>Tip of {number}</li></ol>"
        f"<footer>{footer}</footer></body></html>"
    ).encode()


def article(number: int, **changes: Any) -> Article:
    """The record page_of(number) stands for."""
    fields: dict[str, Any] = {
        "url": f"{SITE}{number}.html",
        "kind": "article",
        "title": f"Article {number}",
        "body": f"The body of article {number}.",
        "tips": (Tip("1", None, f"Tip of {number}"),),
    }
    fields.update(changes)
    return Article(**fields)


def parse_page(page: RawPage) -> Article:
    """The test's parser for page_of() pages."""
    text = page.body.decode()
    title = re.search(r"<title>(.*?)</title>", text)
    body = re.search(r"<p>(.*?)</p>", text)
    tip = re.search(r"<li>(.*?)</li>", text)
    if not (title and body and tip):
        raise ParseError(f"not a test page: {text[:30]!r}")
    return Article(
        url=page.url,
        kind="article",
        title=title.group(1),
        body=body.group(1),
        tips=(Tip("1", None, tip.group(1)),),
    )


def number_of(url: str) -> int:
    """7 for .../7.html"""
    return int(url.rsplit("/", 1)[1].removesuffix(".html"))


def fetch(
    body: bytes | None,
    *,
    status: int = 200,
    etag: str | None = None,
    last_modified: str | None = None,
    content_type: str | None = "text/html; charset=utf-8",
) -> FetchInfo:
    return FetchInfo(
        status=status,
        etag=etag,
        last_modified=last_modified,
        content_type=content_type,
        body=body,
    )


def store_pages(store: Store, run: int, numbers: range, **fetch_args: Any) -> None:
    """Store article(n) with page_of(n) as its fetched page, for each n."""
    records = [article(n) for n in numbers]
    fetches = {f"{SITE}{n}.html": fetch(page_of(n), **fetch_args) for n in numbers}
    store.upsert_articles(records, run, fetches)


def article_row(path: Path, url: str) -> tuple[Any, ...]:
    [row] = query(path, "SELECT * FROM articles WHERE url = ?", (url,))
    return row


def columns(path: Path, url: str, names: str) -> tuple[Any, ...]:
    [row] = query(path, f"SELECT {names} FROM articles WHERE url = ?", (url,))
    return row


def raw_row(path: Path, url: str) -> tuple[Any, ...]:
    [row] = query(
        path,
        "SELECT r.* FROM raw_pages AS r JOIN articles AS a ON a.id = r.article_id WHERE a.url = ?",
        (url,),
    )
    return row


def tip_ids(path: Path, url: str) -> list[tuple[Any, ...]]:
    return query(
        path,
        "SELECT t.id, t.text FROM tips AS t JOIN articles AS a ON a.id = t.article_id"
        " WHERE a.url = ? ORDER BY t.position",
        (url,),
    )


def run_counts(path: Path, run: int) -> tuple[Any, ...]:
    [row] = query(
        path,
        "SELECT articles_new, articles_updated, articles_unchanged, articles_gone"
        " FROM crawl_runs WHERE id = ?",
        (run,),
    )
    return row


# -- schema --------------------------------------------------------------------------------------


def test_a_new_file_has_raw_pages_and_the_cron_columns(store: Store, db_path: Path) -> None:
    assert store.schema_version() == len(MIGRATIONS) >= 2
    article_columns = {row[1] for row in query(db_path, "PRAGMA table_info(articles)")}
    assert {"etag", "last_modified", "http_status", "gone_at", "parser_version"} <= (
        article_columns
    )
    run_columns = {row[1] for row in query(db_path, "PRAGMA table_info(crawl_runs)")}
    assert {"articles_gone", "health", "exit_code"} <= run_columns
    raw_columns = [row[1] for row in query(db_path, "PRAGMA table_info(raw_pages)")]
    assert raw_columns == [
        "article_id", "fetched_at", "http_status", "content_type", "etag", "last_modified",
        "compression", "size", "body_hash", "body",
    ]  # fmt: skip
    [(primary_key,)] = query(db_path, "SELECT name FROM pragma_table_info('raw_pages') WHERE pk")
    assert primary_key == "article_id"


def test_migration_from_a_schema_1_database_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    v1 = open_database(path, MIGRATIONS[:1])
    with v1.atomic():
        v1.execute(
            "INSERT INTO crawl_runs (id, started_at, status, articles_new)"
            " VALUES (1, '2024-04-01T00:00:00.000Z', 'finished', 1),"
            "        (2, '2024-04-02T00:00:00.000Z', 'running', 0)"
        )
        v1.execute(
            "INSERT INTO articles (id, url, kind, title, body, content_hash, parser_version,"
            " first_seen, last_fetched, last_changed, first_run_id, last_run_id)"
            " VALUES (1, ?, 'article', '流产后腰痛怎么办', '很多女性在流产后会出现腰痛。',"
            " 'old-hash', '0', '2024-04-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z',"
            " '2024-04-01T00:00:00.000Z', 1, 1)",
            [SITE + "1.html"],
        )
        v1.execute(
            "INSERT INTO tips (article_id, path, depth, number, text, position)"
            " VALUES (1, '1', 1, '一', '注意休息。', 1)"
        )
        v1.execute(
            "INSERT INTO links (article_id, kind, position, title, url)"
            " VALUES (1, 'next', 1, '下一篇', ?)",
            [SITE + "2.html"],
        )
    v1.close()
    assert query(path, "PRAGMA user_version") == [(1,)]

    with Store(path) as upgraded:
        assert upgraded.schema_version() == len(MIGRATIONS)
        assert upgraded.known_page(SITE + "1.html") == KnownPage(
            url=SITE + "1.html",
            etag=None,
            last_modified=None,
            last_fetched="2024-04-01T00:00:00.000Z",
            gone_at=None,
        )
        [hit] = upgraded.search("流产后")  # the search index came through
        assert hit.article_id == 1
        runs = {run.id: run for run in upgraded.stats().runs}
        assert (runs[1].articles_new, runs[1].articles_gone, runs[1].health) == (1, 0, None)
        # the crawl that was running when schema 1 was in use died: 'interrupted' is reachable
        assert upgraded.close_stale_runs() == 1
        run = upgraded.start_run([], {})
        assert upgraded.mark_gone([SITE + "1.html"], run) == 1

    assert query(path, "SELECT id, status FROM crawl_runs ORDER BY id") == [
        (1, "finished"),
        (2, "interrupted"),
        (3, "running"),
    ]
    assert query(path, "SELECT title, content_hash, parser_version, http_status FROM articles") == [
        ("流产后腰痛怎么办", "old-hash", "0", None)
    ]
    assert query(path, "SELECT text FROM tips") == [("注意休息。",)]
    assert query(path, "SELECT url FROM links") == [(SITE + "2.html",)]
    assert query(path, "SELECT count(*) FROM raw_pages") == [(0,)]
    assert query(path, "PRAGMA integrity_check") == [("ok",)]


# -- raw pages -------------------------------------------------------------------------------------


def test_a_long_page_comes_back_byte_for_byte_and_is_kept_compressed(
    store: Store, run_id: int, db_path: Path
) -> None:
    # two real pages end to end: a 26 KB page, a UTF-8 BOM at the start and one in the middle
    body = fixture_page("source_seed_back_pain") + fixture_page("wp_blood_sugar_ol")
    assert len(body) > 20_000
    url = SITE + "75078.html"
    counts = store.upsert_articles(
        [article(75078)],
        run_id,
        {url: fetch(body, etag='W/"5f2-1a"', last_modified="Thu, 04 Mar 2021 08:00:00 GMT")},
    )
    assert (counts.new, counts.pages_kept) == (1, 1)

    [page] = store.iter_raw_pages()
    assert page.body == body
    assert page == RawPage(
        url=url,
        body=body,
        content_type="text/html; charset=utf-8",
        etag='W/"5f2-1a"',
        last_modified="Thu, 04 Mar 2021 08:00:00 GMT",
        fetched_at=T0,
        article_id=1,
        parser_version=PARSER_VERSION,
        http_status=200,
        body_hash=page.body_hash,
    )
    [(compression, size, stored)] = query(
        db_path, "SELECT compression, size, length(body) FROM raw_pages"
    )
    assert (compression, size) == ("zlib", len(body))
    assert stored < len(body) / 2  # HTML is repetitive: zlib should at least halve it
    # the blob is plain zlib: an analyst can read it back without articlecrawl
    [(blob,)] = query(db_path, "SELECT body FROM raw_pages")
    assert zlib.decompress(blob) == body
    # and the article row has what the next conditional request needs
    assert columns(db_path, url, "http_status, etag, last_modified, gone_at") == (
        200,
        'W/"5f2-1a"',
        "Thu, 04 Mar 2021 08:00:00 GMT",
        None,
    )


def test_a_gbk_page_is_kept_as_fetched_with_its_content_type(store: Store, run_id: int) -> None:
    body = fixture_page("dedecms_hypertension")
    assert "高血压".encode("gbk") in body  # GBK bytes, not UTF-8: nothing may decode them
    url = SITE + "1.html"
    store.upsert_articles(
        [article(1)], run_id, {url: fetch(body, content_type="text/html; charset=gb2312")}
    )
    [page] = store.iter_raw_pages()
    assert (page.body, page.content_type) == (body, "text/html; charset=gb2312")


def test_without_a_fetch_nothing_is_kept_and_the_headers_stay(
    store: Store, run_id: int, db_path: Path
) -> None:
    url = SITE + "1.html"
    store.upsert_articles([article(1)], run_id, {url: fetch(page_of(1), etag='"a"')})
    counts = store.upsert_articles([article(1), article(2)], run_id)  # no fetches at all
    assert (counts.new, counts.unchanged, counts.pages_kept) == (1, 1, 0)
    assert columns(db_path, url, "etag, http_status") == ('"a"', 200)
    assert columns(db_path, SITE + "2.html", "etag, http_status") == (None, None)
    assert [page.url for page in store.iter_raw_pages()] == [url]


def test_the_same_content_and_bytes_again_touch_only_the_bookkeeping(
    store: Store, clock: Clock, db_path: Path
) -> None:
    url = SITE + "1.html"
    first_run = store.start_run([], {})
    store.upsert_articles(
        [article(1)],
        first_run,
        {url: fetch(page_of(1), etag='"v1"', last_modified="Wed, 01 May 2024 07:00:00 GMT")},
    )
    row_before = article_row(db_path, url)
    tips_before = tip_ids(db_path, url)
    raw_before = raw_row(db_path, url)

    clock.advance(days=8)
    second_run = store.start_run([], {})
    # a server that changed its ETag scheme but not the page
    counts = store.upsert_articles(
        [article(1)], second_run, {url: fetch(page_of(1), etag='"v1-gzip"')}
    )

    assert (counts.unchanged, counts.updated, counts.pages_kept) == (1, 0, 0)
    assert raw_row(db_path, url) == raw_before  # not rewritten: fetched_at and headers stay
    assert tip_ids(db_path, url) == tips_before
    changed = {
        name: value
        for name, before, value in zip(
            [c[1] for c in query(db_path, "PRAGMA table_info(articles)")],
            row_before,
            article_row(db_path, url),
            strict=True,
        )
        if before != value
    }
    # Last-Modified was not sent this time: the old one stays
    assert changed == {
        "last_fetched": "2024-05-09T08:00:00.000Z",
        "last_run_id": second_run,
        "etag": '"v1-gzip"',
    }
    assert run_counts(db_path, second_run) == (0, 0, 1, 0)


def test_new_bytes_with_the_same_content_replace_only_the_raw_page(
    store: Store, run_id: int, clock: Clock, db_path: Path
) -> None:
    url = SITE + "1.html"
    store.upsert_articles([article(1)], run_id, {url: fetch(page_of(1, footer="May 1"))})
    tips_before = tip_ids(db_path, url)
    clock.advance(days=1)

    # the footer's date changed; the article did not
    counts = store.upsert_articles(
        [article(1)], run_id, {url: fetch(page_of(1, footer="May 2"), etag='"2"')}
    )

    assert (counts.unchanged, counts.updated, counts.pages_kept) == (1, 0, 1)
    assert columns(db_path, url, "last_changed, last_fetched") == (T0, "2024-05-02T08:00:00.000Z")
    assert tip_ids(db_path, url) == tips_before
    [page] = store.iter_raw_pages()
    assert page.body == page_of(1, footer="May 2")
    assert (page.fetched_at, page.etag) == ("2024-05-02T08:00:00.000Z", '"2"')


def test_changed_content_replaces_the_row_its_tips_and_its_raw_page(
    store: Store, run_id: int, clock: Clock, db_path: Path
) -> None:
    url = SITE + "1.html"
    # article 2 after it, so that a rewritten tip of 1 cannot get its old rowid back
    store_pages(store, run_id, range(1, 3))
    [(old_tip_id, _)] = tip_ids(db_path, url)
    clock.advance(hours=3)

    new_page = page_of(1, title="Back pain after a miscarriage")
    counts = store.upsert_articles(
        [article(1, title="Back pain after a miscarriage")], run_id, {url: fetch(new_page)}
    )

    assert (counts.updated, counts.pages_kept) == (1, 1)
    assert columns(db_path, url, "id, title, last_changed") == (
        1,
        "Back pain after a miscarriage",
        "2024-05-01T11:00:00.000Z",
    )
    [(new_tip_id, text)] = tip_ids(db_path, url)
    assert (new_tip_id != old_tip_id, text) == (True, "Tip of 1")
    page, _ = store.iter_raw_pages()
    assert (page.body, page.fetched_at) == (new_page, "2024-05-01T11:00:00.000Z")


def test_a_batch_failing_half_way_keeps_no_raw_page_of_it(
    store: Store, run_id: int, db_path: Path
) -> None:
    store.upsert_articles([article(1)], run_id, {SITE + "1.html": fetch(page_of(1))})
    before = {
        table: query(db_path, f"SELECT * FROM {table} ORDER BY 1")
        for table in ("articles", "tips", "raw_pages", "crawl_runs")
    }
    batch = [
        article(2),
        article(1, title="Rewritten"),
        Article(url=None, kind="article", title="No URL"),  # articles.url is NOT NULL
    ]
    fetches = {
        SITE + "2.html": fetch(page_of(2)),
        SITE + "1.html": fetch(page_of(1, title="Rewritten")),
    }
    with pytest.raises(StoreError, match="an article without a URL"):
        store.upsert_articles(batch, run_id, fetches)
    for table, rows in before.items():
        assert query(db_path, f"SELECT * FROM {table} ORDER BY 1") == rows, table


def test_iter_raw_pages_reads_in_batches_and_misses_none(store: Store, run_id: int) -> None:
    store_pages(store, run_id, range(1, 6))
    store.upsert_articles([article(9)], run_id)  # an article without a kept page
    pages = list(store.iter_raw_pages(batch=2))
    assert [page.url for page in pages] == [f"{SITE}{n}.html" for n in range(1, 6)]
    assert [page.body for page in pages] == [page_of(n) for n in range(1, 6)]


def test_a_damaged_raw_page_is_a_store_error_naming_the_page(
    store: Store, run_id: int, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 3))
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE raw_pages SET body = x'0102030405' WHERE article_id = 2")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=rf"{re.escape(SITE)}2\.html cannot be decompressed"):
        list(store.iter_raw_pages())


def test_deleting_an_article_deletes_its_raw_page(store: Store, run_id: int, db_path: Path) -> None:
    store_pages(store, run_id, range(1, 3))
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM articles WHERE url = ?", (SITE + "1.html",))
    conn.commit()
    conn.close()
    assert [page.url for page in store.iter_raw_pages()] == [SITE + "2.html"]


# -- 304s and pages gone ---------------------------------------------------------------------------


def test_mark_unchanged_touches_the_bookkeeping_and_counts_the_stored_urls(
    store: Store, clock: Clock, db_path: Path
) -> None:
    first_run = store.start_run([], {})
    store_pages(
        store, first_run, range(1, 3), etag='"e"', last_modified="Wed, 01 May 2024 07:00:00 GMT"
    )
    tips_before = tip_ids(db_path, SITE + "1.html")
    raw_before = query(db_path, "SELECT * FROM raw_pages ORDER BY article_id")
    clock.advance(days=7, hours=1)
    second_run = store.start_run([], {})

    touched = store.mark_unchanged(
        [SITE + "1.html", SITE + "2.html", SITE + "never-stored.html"],
        second_run,
        etags={SITE + "2.html": '"e2"'},
    )

    assert touched == 2
    assert query(
        db_path,
        "SELECT url, last_fetched, last_changed, last_run_id, http_status, etag, last_modified"
        " FROM articles ORDER BY id",
    ) == [
        (SITE + "1.html", "2024-05-08T09:00:00.000Z", T0, second_run, 304, '"e"',
         "Wed, 01 May 2024 07:00:00 GMT"),
        (SITE + "2.html", "2024-05-08T09:00:00.000Z", T0, second_run, 304, '"e2"',
         "Wed, 01 May 2024 07:00:00 GMT"),
    ]  # fmt: skip
    assert tip_ids(db_path, SITE + "1.html") == tips_before
    assert query(db_path, "SELECT * FROM raw_pages ORDER BY article_id") == raw_before
    assert run_counts(db_path, second_run) == (0, 0, 2, 0)
    assert store.mark_unchanged([], second_run) == 0


def test_mark_unchanged_for_an_unknown_run_is_refused_whole(
    store: Store, run_id: int, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 3))
    before = query(db_path, "SELECT * FROM articles ORDER BY id")
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.mark_unchanged([SITE + "1.html", SITE + "2.html"], run_id=99)
    assert query(db_path, "SELECT * FROM articles ORDER BY id") == before


def test_mark_gone_keeps_the_rows_and_counts_only_pages_newly_gone(
    store: Store, clock: Clock, db_path: Path
) -> None:
    first_run = store.start_run([], {})
    store_pages(store, first_run, range(1, 4))
    clock.advance(days=1)
    second_run = store.start_run([], {})

    gone = store.mark_gone(
        [SITE + "1.html", SITE + "2.html", SITE + "unknown.html"],
        second_run,
        statuses={SITE + "1.html": 404, SITE + "2.html": 410},
    )
    clock.advance(hours=1)
    again = store.mark_gone([SITE + "1.html"], second_run)  # asked again, still gone

    assert (gone, again) == (2, 0)
    assert query(
        db_path,
        "SELECT url, gone_at, http_status, last_fetched, last_run_id FROM articles ORDER BY id",
    ) == [
        (SITE + "1.html", "2024-05-02T08:00:00.000Z", 404, "2024-05-02T09:00:00.000Z",
         second_run),
        (SITE + "2.html", "2024-05-02T08:00:00.000Z", 410, "2024-05-02T08:00:00.000Z",
         second_run),
        (SITE + "3.html", None, 200, T0, first_run),
    ]  # fmt: skip
    assert query(db_path, "SELECT count(*) FROM tips") == [(3,)]  # nothing deleted
    assert query(db_path, "SELECT count(*) FROM raw_pages") == [(3,)]
    assert run_counts(db_path, second_run) == (0, 0, 0, 2)
    assert store.stats().gone == 2
    assert store.known_page(SITE + "1.html") == KnownPage(
        url=SITE + "1.html",
        etag=None,
        last_modified=None,
        last_fetched="2024-05-02T09:00:00.000Z",
        gone_at="2024-05-02T08:00:00.000Z",
    )


def test_a_page_that_comes_back_is_no_longer_gone(
    store: Store, run_id: int, clock: Clock, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 3))
    store.mark_gone([SITE + "1.html", SITE + "2.html"], run_id, statuses={SITE + "1.html": 404})
    clock.advance(days=2)

    counts = store.upsert_articles([article(1)], run_id, {SITE + "1.html": fetch(page_of(1))})
    store.mark_unchanged([SITE + "2.html"], run_id)  # back too, and not modified

    assert counts.unchanged == 1
    assert query(db_path, "SELECT url, gone_at, http_status FROM articles ORDER BY id") == [
        (SITE + "1.html", None, 200),
        (SITE + "2.html", None, 304),
    ]
    assert store.stats().gone == 0
    # and it can go again, and count again
    assert store.mark_gone([SITE + "1.html"], run_id) == 1


# -- known_page and the reader ---------------------------------------------------------------------


def test_the_reader_sees_committed_state_while_a_writer_holds_a_transaction(
    store: Store, run_id: int, clock: Clock, db_path: Path
) -> None:
    url = SITE + "1.html"
    store.upsert_articles(
        [article(1)],
        run_id,
        {url: fetch(page_of(1), etag='"abc"', last_modified="Tue, 30 Apr 2024 10:00:00 GMT")},
    )
    expected = KnownPage(
        url=url,
        etag='"abc"',
        last_modified="Tue, 30 Apr 2024 10:00:00 GMT",
        last_fetched=T0,
        gone_at=None,
    )
    writer = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE articles SET etag = 'uncommitted', last_fetched = 'later'")
        with Store.open_reader(db_path) as reader:
            assert reader.known_page(url) == expected
            assert reader.known_page(SITE + "2.html") is None
            # the spider's middleware may run in another thread than the one that opened it
            seen: list[KnownPage | None] = []
            worker = threading.Thread(target=lambda: seen.append(reader.known_page(url)))
            worker.start()
            worker.join()
            assert seen == [expected]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert store.known_page(url) == expected


def test_the_reader_never_writes(store: Store, run_id: int, db_path: Path) -> None:
    store_pages(store, run_id, range(1, 2))
    with StoreReader(db_path) as reader:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader._conn.execute("DELETE FROM articles")
        assert reader.known_page(SITE + "1.html") is not None


def test_the_reader_refuses_missing_old_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        StoreReader(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    old = tmp_path / "v1.db"
    open_database(old, MIGRATIONS[:1]).close()
    with pytest.raises(StoreError, match="has schema 1; reading it needs schema 2"):
        StoreReader(old)
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.db"):
        StoreReader(notes)


def test_a_path_with_uri_characters_opens(tmp_path: Path) -> None:
    path = tmp_path / "crawl #1 ?50%.db"
    with Store(path) as opened:
        opened.upsert_articles([article(1)], opened.start_run([], {}))
    with StoreReader(path) as reader:
        assert reader.known_page(SITE + "1.html") is not None


# -- reparse ---------------------------------------------------------------------------------------


def test_a_reparse_by_the_same_parser_writes_nothing(
    store: Store, run_id: int, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 5))
    before = query(db_path, "SELECT * FROM articles ORDER BY id")
    counts = store.reparse(parse_page, "2")
    assert (counts.pages, counts.updated, counts.unchanged, counts.failed) == (4, 0, 4, 0)
    assert query(db_path, "SELECT * FROM articles ORDER BY id") == before


def test_a_reparse_writes_exactly_the_records_that_changed(
    store: Store, run_id: int, clock: Clock, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 11))
    store.upsert_articles([article(11)], run_id)  # no kept page: not reparsed
    before = {row[1]: row for row in query(db_path, "SELECT * FROM articles ORDER BY id")}  # by url
    tips_before = query(db_path, "SELECT id, article_id FROM tips ORDER BY id")
    clock.advance(days=30)

    def shouting(page: RawPage) -> Article:
        record = parse_page(page)
        if number_of(page.url) % 2 == 0:
            return replace(record, title=(record.title or "").upper())
        return record

    progress: list[tuple[int, int]] = []
    counts = store.reparse(
        shouting, "2", lambda done, total: progress.append((done, total)), batch=4
    )

    assert (counts.pages, counts.updated, counts.unchanged, counts.failed) == (10, 5, 5, 0)
    assert progress == [(4, 10), (8, 10), (10, 10)]
    rows = query(
        db_path,
        "SELECT url, title, parser_version, last_changed, last_fetched FROM articles ORDER BY id",
    )
    for url, title, version, last_changed, last_fetched in rows:
        number = number_of(url)
        if number % 2 == 0 and number <= 10:
            assert (title, version, last_changed) == (
                f"ARTICLE {number}",
                "2",
                "2024-05-31T08:00:00.000Z",
            ), url
            assert last_fetched == T0  # nothing was fetched
        else:
            assert query(db_path, "SELECT * FROM articles WHERE url = ?", (url,)) == [
                before[url]
            ], url
    # the changed articles got new tip rows, the others kept theirs
    tips_after = query(db_path, "SELECT id, article_id FROM tips ORDER BY id")
    kept_ids = {row[0] for url, row in before.items() if number_of(url) % 2 or number_of(url) > 10}
    assert [tip for tip in tips_after if tip[1] in kept_ids] == [
        tip for tip in tips_before if tip[1] in kept_ids
    ]
    assert len(tips_after) == len(tips_before)
    assert [hit.url for hit in store.search("ARTICLE 4")] == [SITE + "4.html"]


def test_a_reparse_counts_failures_and_writes_nothing_for_them(
    store: Store, run_id: int, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 5))
    conn = sqlite3.connect(db_path)  # page 3 was kept from a fetch that went wrong
    conn.execute(
        "UPDATE raw_pages SET body = ?, size = 8, body_hash = 'x' WHERE article_id = 3",
        (zlib.compress(b"\x00\x01binary"),),
    )
    conn.commit()
    conn.close()
    before = query(db_path, "SELECT * FROM articles ORDER BY id")

    def picky(page: RawPage) -> Article:
        if page.url.endswith("/4.html"):
            return Article(url=page.url, kind="listing", title="Now a listing")
        record = parse_page(page)
        return replace(record, title="Reparsed")

    failures: list[tuple[str, str]] = []
    counts = store.reparse(
        picky, "2", on_failure=lambda page, why: failures.append((page.url, why))
    )

    assert (counts.pages, counts.updated, counts.unchanged, counts.failed) == (4, 2, 0, 2)
    assert failures == [
        (SITE + "3.html", "ParseError: not a test page: '\\x00\\x01binary'"),
        (SITE + "4.html", "parsed as 'listing', not an article"),
    ]
    assert query(db_path, "SELECT title FROM articles ORDER BY id") == [
        ("Reparsed",),
        ("Reparsed",),
        ("Article 3",),
        ("Article 4",),
    ]
    assert query(db_path, "SELECT * FROM articles ORDER BY id")[2:] == before[2:]


def test_a_parse_callable_that_always_raises_changes_nothing(
    store: Store, run_id: int, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 4))
    before = query(db_path, "SELECT * FROM articles ORDER BY id")

    def broken(page: RawPage) -> Article:
        raise KeyError("a bug in the new parser")

    counts = store.reparse(broken, "2")
    assert (counts.pages, counts.updated, counts.unchanged, counts.failed) == (3, 0, 0, 3)
    assert query(db_path, "SELECT * FROM articles ORDER BY id") == before


def test_a_reparse_leaves_a_page_a_crawl_replaced_meanwhile(
    store: Store, run_id: int, db_path: Path
) -> None:
    store_pages(store, run_id, range(1, 3))
    new_page = page_of(2, title="Fresh from the site")

    def parse_while_a_crawl_writes(page: RawPage) -> Article:
        if page.url.endswith("/2.html"):
            # between the read of this page and the write of its record, a crawl stores a
            # newer version of it
            store.upsert_articles(
                [article(2, title="Fresh from the site")], run_id, {page.url: fetch(new_page)}
            )
        record = parse_page(page)
        return replace(record, title="Stale reparse")

    counts = store.reparse(parse_while_a_crawl_writes, "2")

    assert (counts.updated, counts.unchanged) == (1, 1)
    assert query(db_path, "SELECT title FROM articles ORDER BY id") == [
        ("Stale reparse",),
        ("Fresh from the site",),
    ]


def test_reparse_of_an_empty_store(store: Store) -> None:
    progress: list[tuple[int, int]] = []
    counts = store.reparse(parse_page, "2", lambda done, total: progress.append((done, total)))
    assert (counts.pages, counts.updated, counts.unchanged, counts.failed) == (0, 0, 0, 0)
    assert progress == []


# -- runs: health, stale runs ----------------------------------------------------------------------


def test_set_run_health_stores_the_verdict_and_exit_code(
    store: Store, run_id: int, db_path: Path
) -> None:
    verdict = {
        "healthy": False,
        "checks": [
            {"name": "pages fetched", "passed": True, "detail": "120 pages"},
            {"name": "parse failures", "passed": False, "detail": "31% of pages (limit 10%)"},
        ],
    }
    store.set_run_health(run_id, verdict, exit_code=3)
    [(health, exit_code)] = query(db_path, "SELECT health, exit_code FROM crawl_runs")
    assert exit_code == 3
    assert health == (
        '{"checks":[{"detail":"120 pages","name":"pages fetched","passed":true},'
        '{"detail":"31% of pages (limit 10%)","name":"parse failures","passed":false}],'
        '"healthy":false}'
    )
    [run] = store.stats().runs
    assert (run.health, run.exit_code) == (verdict, 3)


@pytest.mark.parametrize(
    "verdict",
    [
        {"checks": []},
        {"healthy": "yes", "checks": []},
        {"healthy": True},
        {"healthy": True, "checks": [{"name": "x", "passed": 1, "detail": ""}]},
        {"healthy": True, "checks": [{"passed": True, "detail": ""}]},
        {"healthy": True, "checks": [{"name": "x", "passed": True}]},
        {"healthy": True, "checks": ["x"]},
    ],
)
def test_a_malformed_verdict_is_refused(
    store: Store, run_id: int, db_path: Path, verdict: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match="health"):
        store.set_run_health(run_id, verdict, exit_code=0)
    assert query(db_path, "SELECT health, exit_code FROM crawl_runs") == [(None, None)]


def test_set_run_health_for_an_unknown_run_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no crawl run 8"):
        store.set_run_health(8, {"healthy": True, "checks": []}, exit_code=0)


def test_close_stale_runs_interrupts_only_the_running_ones(store: Store, db_path: Path) -> None:
    done = store.start_run([], {})
    store.finish_run(done, "finished", pages_fetched=1, failures=0, stats={})
    killed = store.start_run([], {})
    also_killed = store.start_run([], {})

    assert store.close_stale_runs() == 2
    assert store.close_stale_runs() == 0
    assert query(db_path, "SELECT id, status, finished_at FROM crawl_runs ORDER BY id") == [
        (done, "finished", T0),
        (killed, "interrupted", None),
        (also_killed, "interrupted", None),
    ]


# -- pruning ---------------------------------------------------------------------------------------


@pytest.fixture
def aged(store: Store, clock: Clock) -> Store:
    """Pages 1-2 fetched on day 0 (run 1), 3-4 on day 20 (run 2), 5 on day 29 by run 3,
    which also found 1 unchanged (304): now is day 30."""
    first = store.start_run([], {})
    store_pages(store, first, range(1, 3))
    clock.advance(days=20)
    second = store.start_run([], {})
    store_pages(store, second, range(3, 5))
    clock.advance(days=9)
    third = store.start_run([], {})
    store_pages(store, third, range(5, 6))
    store.mark_unchanged([SITE + "1.html"], third)
    clock.advance(days=1)
    return store


def kept_urls(store: Store) -> list[str]:
    return [page.url.rsplit("/", 1)[1] for page in store.iter_raw_pages()]


def test_prune_by_age_deletes_pages_of_articles_not_fetched_lately(
    aged: Store, db_path: Path
) -> None:
    assert aged.prune_raw_pages(older_than_days=15, keep_latest=False) == 1
    assert kept_urls(aged) == ["1.html", "3.html", "4.html", "5.html"]
    assert query(db_path, "SELECT count(*) FROM articles") == [(5,)]  # articles stay


def test_prune_keeps_the_latest_runs_pages_by_default(aged: Store) -> None:
    assert aged.prune_raw_pages(older_than_days=0) == 3
    assert kept_urls(aged) == ["1.html", "5.html"]


def test_prune_everything(aged: Store, db_path: Path) -> None:
    assert aged.prune_raw_pages(keep_latest=False, vacuum=True) == 5
    assert kept_urls(aged) == []
    assert query(db_path, "PRAGMA freelist_count") == [(0,)]  # the space went back
    assert aged.stats().raw_pages == 0
    assert aged.prune_raw_pages(keep_latest=False) == 0


def test_prune_refuses_a_negative_age(aged: Store) -> None:
    with pytest.raises(ValueError, match="older_than_days"):
        aged.prune_raw_pages(older_than_days=-1)


def test_stats_count_kept_pages_and_their_bytes(store: Store, run_id: int) -> None:
    store_pages(store, run_id, range(1, 4))
    stats = store.stats()
    assert stats.raw_pages == 3
    assert 0 < stats.raw_bytes < sum(len(page_of(n)) for n in range(1, 4))


# -- crash safety ----------------------------------------------------------------------------------

WRITER = """
import sys, time
from crawler.store import FetchInfo, Store
from parsers import Article, Link, Tip

store = Store(sys.argv[1])
run = store.start_run([], {})
batches = 0
raw_pages_written = 0


def stop_mid_batch(statement):
    # In the sixth batch, as the tenth raw page is about to be written (nine articles and a
    # tenth row written, not committed), say so and wait to be killed.
    global raw_pages_written
    if batches == 5 and statement.lstrip().startswith("INSERT INTO raw_pages"):
        raw_pages_written += 1
        if raw_pages_written == 10:
            print("mid-batch", flush=True)
            time.sleep(600)


store._db.conn.set_trace_callback(stop_mid_batch)  # the test's one look inside the Store
while batches < 10:
    numbers = range(batches * 20, batches * 20 + 20)
    records = [
        Article(
            url=f"https://example.test/{n}.html",
            kind="article",
            title=f"Article {n}",
            body=f"Body {n}. " * 200,
            tips=tuple(Tip(str(k), None, f"Tip {k} of {n}") for k in range(1, n % 5 + 2)),
            next=Link("Next", f"https://example.test/{n + 1}.html"),
        )
        for n in numbers
    ]
    pages = {
        f"https://example.test/{n}.html": FetchInfo(
            200, None, None, "text/html", f"<p>page {n}</p>".encode() * 2000
        )
        for n in numbers
    }
    store.upsert_articles(records, run, pages)
    batches += 1
    print(f"batch {batches}", flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_writer_killed_mid_batch_leaves_whole_batches_only(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline() for _ in range(6)]
        assert lines[-1] == b"mid-batch\n", (lines, child.stderr.read() if child.stderr else "")
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    assert query(path, "PRAGMA integrity_check") == [("ok",)]
    articles = query(path, "SELECT id, url FROM articles ORDER BY id")
    assert len(articles) == 100  # five whole batches; nothing of the sixth
    tips = dict(query(path, "SELECT article_id, count(*) FROM tips GROUP BY article_id"))
    links = dict(query(path, "SELECT article_id, count(*) FROM links GROUP BY article_id"))
    for article_id, url in articles:
        assert tips.get(article_id) == number_of(url) % 5 + 1, url
        assert links.get(article_id) == 1, url
    # the run's counts were written in the same transactions as the articles
    assert query(path, "SELECT articles_new FROM crawl_runs") == [(100,)]
    with Store(path) as reopened:
        pages = list(reopened.iter_raw_pages())
    assert [page.url for page in pages] == [url for _, url in articles]
    for page in pages:
        assert page.body == f"<p>page {number_of(page.url)}</p>".encode() * 2000
