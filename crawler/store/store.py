"""The Store: one articlecrawl SQLite database, what the pipeline writes and the CLI reads."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import islice
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, Literal

from crawler.store.errors import StoreError
from crawler.store.export import export_chunk
from crawler.store.pages import (
    FetchInfo,
    KnownPage,
    RawPage,
    keep_raw_page,
    known_page,
    raw_pages_chunk,
)
from crawler.store.reader import StoreReader
from crawler.store.rows import content_columns, iso_utc, link_rows, tip_rows, to_json, utc_now
from crawler.store.schema import open_database, schema_version
from crawler.store.search import SearchHit, search_articles
from parsers import PARSER_VERSION, Article

EXPORT_CHUNK = 500
"""Articles read per read transaction by iter_export()."""

RUN_ENDINGS = ("finished", "failed", "interrupted")
"""The statuses finish_run() accepts (a run is 'running' until then)."""

REPARSE_BATCH = 200
"""Kept pages parsed, then written in one transaction, per step of Store.reparse()."""

Outcome = Literal["new", "updated", "unchanged"]

_NONE: Mapping[str, Any] = MappingProxyType({})

# The articles columns a record's content fills (content_columns() but the url), in one order
# for the statements below.
_CONTENT = (
    "canonical_url", "kind", "title", "body", "published", "language", "description", "author",
    "breadcrumbs", "encoding", "content_hash",
)  # fmt: skip
_INSERT_ARTICLE = f"""
    INSERT INTO articles (url, {", ".join(_CONTENT)}, parser_version, first_seen, last_fetched,
                          last_changed, first_run_id, last_run_id, http_status, etag,
                          last_modified)
    VALUES (:url, {", ".join(":" + name for name in _CONTENT)}, :parser_version, :now, :now,
            :now, :run_id, :run_id, :http_status, :etag, :last_modified)
"""
_REPLACE_CONTENT = f"""
    UPDATE articles
    SET {", ".join(f"{name} = :{name}" for name in _CONTENT)},
        parser_version = :parser_version, last_changed = :now
    WHERE id = :id
"""
# A fetch that found the page, changed or not: bookkeeping only. Headers the fetch did not
# send keep their old values (a None in FetchInfo means "not sent", not "cleared").
_TOUCH_FETCHED = """
    UPDATE articles
    SET last_fetched = ?, last_run_id = ?, gone_at = NULL,
        http_status = coalesce(?, http_status), etag = coalesce(?, etag),
        last_modified = coalesce(?, last_modified)
    WHERE {column} = ?
"""
_TOUCH_FETCHED_BY_ID = _TOUCH_FETCHED.format(column="id")
_TOUCH_FETCHED_BY_URL = _TOUCH_FETCHED.format(column="url")

_INSERT_TIP = """
    INSERT INTO tips (article_id, path, depth, number, title, text, position, parent_path)
    VALUES (:article_id, :path, :depth, :number, :title, :text, :position, :parent_path)
"""
_INSERT_LINK = """
    INSERT INTO links (article_id, kind, position, title, url, snippet)
    VALUES (:article_id, :kind, :position, :title, :url, :snippet)
"""


@dataclass(frozen=True)
class UpsertCounts:
    """What one upsert_articles() call did with its batch."""

    new: int = 0
    """Articles whose URL was not stored yet."""
    updated: int = 0
    """Articles already stored whose content changed: row rewritten, tips and links replaced."""
    unchanged: int = 0
    """Articles already stored with the same content hash: only the bookkeeping touched
    (last_fetched, last_run_id, the fetch's status and headers, gone_at cleared)."""
    skipped: int = 0
    """Records that are not articles (listings, other pages): not stored."""
    pages_kept: int = 0
    """Raw pages written: new, or replacing kept bytes that changed (see `fetches`)."""


@dataclass(frozen=True)
class ReparseCounts:
    """What one Store.reparse() did."""

    pages: int = 0
    """Kept pages read."""
    updated: int = 0
    """Articles whose record changed: content rewritten, tips and links replaced."""
    unchanged: int = 0
    """Articles whose record came out the same (or whose page a crawl replaced meanwhile):
    not written at all, parser_version included."""
    failed: int = 0
    """Pages the parse callable raised on, or said were not articles: not written."""


@dataclass(frozen=True)
class RunSummary:
    """One row of crawl_runs, without its settings and Scrapy stats."""

    id: int
    started_at: str
    """ISO 8601 UTC."""
    finished_at: str | None
    """ISO 8601 UTC; None while running, or when the crawl died without finishing."""
    status: str
    """'running', 'finished', 'failed' or 'interrupted'."""
    start_urls: tuple[str, ...]
    pages_fetched: int
    articles_new: int
    articles_updated: int
    articles_unchanged: int
    failures: int
    articles_gone: int = 0
    """Stored articles that answered 404/410 for the first time in this run."""
    health: Mapping[str, Any] | None = None
    """The verdict given to set_run_health(): {"healthy": bool, "checks": [{"name", "passed",
    "detail"}, ...]}; None until then."""
    exit_code: int | None = None
    """The exit code given to set_run_health(); None until then."""
    pages_article: int = 0
    """Pages parsed as articles (the three pages_* counts are set by finish_run())."""
    pages_listing: int = 0
    """Pages parsed as listings: followed, not stored."""
    pages_other: int = 0
    """Pages parsed as neither: not stored."""


@dataclass(frozen=True)
class StoreStats:
    """What the store holds, for `articlecrawl stats`."""

    schema_version: int
    articles: int
    tips: int
    links: int
    links_resolved: int
    """Links whose target article is stored (links.target_id set)."""
    failures: int
    runs: tuple[RunSummary, ...]
    """The most recent crawl runs, newest first."""
    raw_pages: int = 0
    """Articles with a kept raw page."""
    raw_bytes: int = 0
    """Bytes the kept pages take in the database, compressed."""
    gone: int = 0
    """Articles marked gone (gone_at set)."""


class Store:
    """An articlecrawl SQLite database, opened (and created or migrated) on construction.

    One writer at a time; other processes may read while it writes (WAL). The Store may be
    handed to another thread (a pipeline deferring writes), but used by one thread at a time.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, clock: Callable[[], datetime] | None = None
    ) -> None:
        """Open or create the database at `path`, set its pragmas, bring its schema up to date.

        `clock` returns the current time, timezone-aware (tests pass a fixed one). Raises
        StoreError when the file cannot be used.
        """
        self.path = Path(path)
        self._clock = clock or utc_now
        self._db = open_database(self.path)

    @classmethod
    def open_existing(
        cls, path: str | os.PathLike[str], *, clock: Callable[[], datetime] | None = None
    ) -> Store:
        """Open a database that must already exist (for stats, search and export)."""
        target = Path(path)
        if not target.exists():
            raise StoreError(f"{target}: no such database (crawl first, or check the path)")
        if not target.is_file():
            raise StoreError(f"{target} is not a database file")
        return cls(target, clock=clock)

    @staticmethod
    def open_reader(path: str | os.PathLike[str]) -> StoreReader:
        """A read-only second connection to the database at `path`, for known_page() lookups
        while a Store writes (see `crawler.store.reader`)."""
        return StoreReader(path)

    def close(self) -> None:
        """Close the connection; the Store cannot be used afterwards."""
        # Recommended by SQLite before closing a connection that wrote: refreshes the query
        # planner's statistics where they are stale. Only after writing: it may write itself,
        # and a reader (the CLI during a crawl) must not wait for the crawl's lock.
        if self._db.conn.total_changes:
            with suppress(sqlite3.Error):
                self._db.execute("PRAGMA optimize")
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def schema_version(self) -> int:
        """The schema version of the file: the number of migrations applied."""
        return schema_version(self._db)

    def start_run(self, start_urls: Sequence[str], settings: Mapping[str, Any]) -> int:
        """Record a crawl run starting now; returns its id, for the writes of the run."""
        with self._translate_errors("cannot record the start of a crawl run"):
            table = self._db.table("crawl_runs").insert(
                {
                    "started_at": self._now(),
                    "status": "running",
                    "start_urls": to_json(list(start_urls)),
                    "settings": to_json(settings),
                }
            )
        return int(table.last_rowid or 0)

    def finish_run(
        self,
        run_id: int,
        status: str,
        *,
        pages_fetched: int,
        failures: int,
        stats: Mapping[str, Any],
        pages_article: int = 0,
        pages_listing: int = 0,
        pages_other: int = 0,
    ) -> None:
        """Record how a crawl run ended; `stats` is the full Scrapy stats dict, `pages_*` the
        pages parsed as articles, listings and neither.

        The run's article counts are not arguments: upsert_articles() adds them as it goes.
        """
        if status not in RUN_ENDINGS:
            raise ValueError(f"status must be one of {', '.join(RUN_ENDINGS)}, not {status!r}")
        with self._translate_errors(f"cannot record the end of crawl run {run_id}"):
            with self._db.atomic():
                cursor = self._db.execute(
                    """
                    UPDATE crawl_runs
                    SET finished_at = ?, status = ?, pages_fetched = ?, failures = ?, stats = ?,
                        pages_article = ?, pages_listing = ?, pages_other = ?
                    WHERE id = ?
                    """,
                    [
                        self._now(),
                        status,
                        pages_fetched,
                        failures,
                        to_json(stats),
                        pages_article,
                        pages_listing,
                        pages_other,
                        run_id,
                    ],
                )
            if cursor.rowcount != 1:
                raise StoreError(f"{self.path}: no crawl run {run_id} to finish")

    def set_run_health(self, run_id: int, verdict: Mapping[str, Any], exit_code: int) -> None:
        """Record a crawl run's health verdict and the exit code the command ends with.

        `verdict` is {"healthy": bool, "checks": [{"name": str, "passed": bool, "detail":
        ...}, ...]}, stored as JSON; ValueError when it is not of that shape.
        """
        _check_verdict(verdict)
        with self._translate_errors(f"cannot record the health of crawl run {run_id}"):
            with self._db.atomic():
                cursor = self._db.execute(
                    "UPDATE crawl_runs SET health = ?, exit_code = ? WHERE id = ?",
                    [to_json(verdict), exit_code, run_id],
                )
            if cursor.rowcount != 1:
                raise StoreError(f"{self.path}: no crawl run {run_id} to record health for")

    def close_stale_runs(self) -> int:
        """Mark every run still 'running' as 'interrupted' (finished_at stays NULL: it died).

        Only for a caller that holds the crawl lock of this database and has not started its
        own run yet: then no crawl is running, and a 'running' row was left by a killed
        process. Returns how many runs were closed.
        """
        with self._translate_errors("cannot close stale crawl runs"), self._db.atomic():
            cursor = self._db.execute(
                "UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'"
            )
        return int(cursor.rowcount)

    def upsert_articles(
        self,
        articles: Sequence[Article],
        run_id: int,
        fetches: Mapping[str, FetchInfo] | None = None,
    ) -> UpsertCounts:
        """Store a batch of records in ONE transaction: all of it is written, or none of it.

        A URL already stored keeps its row (same id): when its content hash changed the row
        is rewritten and its tips and links replaced, else only the bookkeeping is touched
        (last_fetched, last_run_id, and the fetch's status and headers). Either way the article
        is no longer gone (gone_at cleared). Records whose kind is not "article" are skipped.

        `fetches`, keyed by article URL, says what each fetch told us: its status, ETag and
        Last-Modified go to the article row (headers the fetch lacks keep their old value),
        and its body is kept in raw_pages, compressed, unless the very same bytes are kept
        already. The counts are added to the run's. Raises StoreError (naming the record that
        failed) when nothing was written.
        """
        now = self._now()
        counts = {"new": 0, "updated": 0, "unchanged": 0, "skipped": 0, "pages_kept": 0}
        fetched = fetches or _NONE
        current: Article | None = None
        try:
            with self._db.atomic():
                for current in articles:
                    if current.kind != "article":
                        counts["skipped"] += 1
                        continue
                    fetch = fetched.get(current.url or "")
                    outcome, kept = self._upsert_article(current, run_id, now, fetch)
                    counts[outcome] += 1
                    counts["pages_kept"] += kept
                current = None
                self._add_to_run(run_id, counts)
        except sqlite3.Error as exc:  # a constraint, a value SQLite cannot take, a lock...
            where = f" (at {current.url or 'an article without a URL'})" if current else ""
            raise StoreError(
                f"{self.path}: batch of {len(articles)} records not stored{where}: {exc}"
            ) from exc
        return UpsertCounts(**counts)

    def known_page(self, url: str) -> KnownPage | None:
        """What the store knows of the article at exactly `url`; None when it is not stored.

        From this (writing) connection; the spider uses open_reader() instead.
        """
        with self._translate_errors(f"cannot look up {url}"):
            return known_page(self._db.conn, url)

    def mark_unchanged(
        self,
        urls: Sequence[str],
        run_id: int,
        *,
        etags: Mapping[str, str] = _NONE,
        last_modified: Mapping[str, str] = _NONE,
    ) -> int:
        """Record that these stored articles answered 304 Not Modified, in one transaction.

        Touches last_fetched and last_run_id, sets http_status to 304, clears gone_at, and
        takes a new ETag or Last-Modified where the 304 sent one (by URL in `etags`,
        `last_modified`). Returns how many URLs were stored articles (others are ignored),
        which are added to the run's unchanged count.
        """
        now = self._now()
        changed = 0
        action = f"cannot record {len(urls)} unchanged pages"
        with self._translate_errors(action), self._db.atomic():
            for url in urls:
                changed += self._db.execute(
                    _TOUCH_FETCHED_BY_URL,
                    [now, run_id, 304, etags.get(url), last_modified.get(url), url],
                ).rowcount
            self._add_to_run(run_id, {"unchanged": changed})
        return changed

    def mark_gone(
        self, urls: Sequence[str], run_id: int, *, statuses: Mapping[str, int] = _NONE
    ) -> int:
        """Record that these stored articles answered 404 or 410, in one transaction.

        Rows are kept: gone_at is set to now where it is not set already, last_fetched and
        last_run_id are touched, and http_status is taken from `statuses` (by URL) where given.
        Returns how many articles were newly marked gone, which are added to the run's gone
        count; URLs that are not stored, or already gone, are not counted.
        """
        now = self._now()
        newly_gone = 0
        with self._translate_errors(f"cannot record {len(urls)} pages gone"), self._db.atomic():
            for url in urls:
                row = self._db.execute(
                    "SELECT id, gone_at FROM articles WHERE url = ?", [url]
                ).fetchone()
                if row is None:
                    continue
                self._db.execute(
                    """
                    UPDATE articles
                    SET gone_at = coalesce(gone_at, ?), last_fetched = ?, last_run_id = ?,
                        http_status = coalesce(?, http_status)
                    WHERE id = ?
                    """,
                    [now, now, run_id, statuses.get(url), row[0]],
                )
                newly_gone += row[1] is None
            self._add_to_run(run_id, {"gone": newly_gone})
        return newly_gone

    def iter_raw_pages(self, *, batch: int = 200) -> Iterator[RawPage]:
        """Every kept page, by article id, decompressed, with its article's URL and parser
        version. Reads `batch` pages per read transaction; raises StoreError for a kept page
        that cannot be decompressed."""
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        after = 0
        while True:
            # One read transaction per chunk, none held while the caller holds the generator.
            with self._translate_errors("cannot read the kept pages"), self._db.atomic():
                chunk = raw_pages_chunk(self._db.conn, after, batch)
            yield from chunk
            if len(chunk) < batch:
                return
            after = chunk[-1].article_id

    def reparse(
        self,
        parse: Callable[[RawPage], Article],
        parser_version: str,
        progress: Callable[[int, int], None] | None = None,
        *,
        batch: int = REPARSE_BATCH,
        on_failure: Callable[[RawPage, str], None] | None = None,
    ) -> ReparseCounts:
        """Run `parse` over every kept page and write only the articles whose record changed.

        A changed record (another content hash) gets its row rewritten with `parser_version`
        and last_changed set to now, and its tips and links replaced; last_fetched and the run
        ids stay (nothing was fetched). A record that comes out the same is not written at all.
        A page `parse` raises on (any Exception, e.g. parsers.ParseError), or parses to a kind
        other than "article", writes nothing and is counted failed; `on_failure` gets the page
        and a one-line reason. The URL written is always the kept page's.

        Pages are parsed `batch` at a time outside any transaction, then the batch's changes
        are written in one transaction; a page a crawl replaced in between is left to the
        crawl. `progress(done, total)` is called after each batch. Raises StoreError when a
        batch cannot be written (the batches before it stay written).
        """
        with self._translate_errors("cannot count the kept pages"):
            total = int(self._db.execute("SELECT count(*) FROM raw_pages").fetchone()[0])
        counts = {"pages": 0, "updated": 0, "unchanged": 0, "failed": 0}
        pages = self.iter_raw_pages(batch=batch)
        while chunk := list(islice(pages, batch)):
            parsed: list[tuple[RawPage, Article]] = []
            for page in chunk:
                record, reason = _parse_kept(parse, page)
                if record is None:
                    counts["failed"] += 1
                    if on_failure is not None:
                        on_failure(page, reason)
                else:
                    parsed.append((page, record))
            now = self._now()
            with self._translate_errors("cannot store re-parsed articles"), self._db.atomic():
                for page, record in parsed:
                    written = self._rewrite_if_changed(page, record, parser_version, now)
                    counts["updated" if written else "unchanged"] += 1
            counts["pages"] += len(chunk)
            if progress is not None:
                progress(counts["pages"], max(total, counts["pages"]))
        return ReparseCounts(**counts)

    def prune_raw_pages(
        self,
        *,
        older_than_days: int | None = None,
        keep_latest: bool = True,
        vacuum: bool = False,
    ) -> int:
        """Delete kept raw pages, in one transaction; returns how many. Articles stay.

        `older_than_days=None` deletes every page; N deletes the pages of articles last fetched
        more than N days ago (pages whose site has stopped answering, or that the crawls no
        longer reach). `keep_latest` spares the pages of the articles the most recent crawl
        run fetched, whatever their age. `vacuum` then rewrites the file to give the space
        back to the file system (SQLite otherwise reuses it for later pages): slow on a big
        database, and it waits for any crawl writing to it.
        """
        if older_than_days is not None and older_than_days < 0:
            raise ValueError(f"older_than_days must be 0 or more, not {older_than_days}")
        conditions = ["1"]
        params: list[Any] = []
        if older_than_days is not None:
            conditions.append("a.last_fetched < ?")
            params.append(iso_utc(self._clock() - timedelta(days=older_than_days)))
        if keep_latest:
            conditions.append(
                "a.last_run_id IS NOT (SELECT max(id) FROM crawl_runs) OR a.last_run_id IS NULL"
            )
        where = " AND ".join(f"({condition})" for condition in conditions)
        with self._translate_errors("cannot delete kept pages"):
            with self._db.atomic():
                cursor = self._db.execute(
                    f"""
                    DELETE FROM raw_pages WHERE article_id IN (
                      SELECT a.id FROM articles AS a WHERE {where})
                    """,
                    params,
                )
            if vacuum:
                self._db.conn.execute("VACUUM")
        return int(cursor.rowcount)

    def record_failure(self, run_id: int | None, url: str, stage: str, error: str) -> None:
        """Record that `url` failed at `stage` ('fetch', 'parse', 'store', ...) with `error`."""
        with self._translate_errors(f"cannot record the failure of {url}"):
            self._db.table("failures").insert(
                {"run_id": run_id, "url": url, "stage": stage, "error": error, "at": self._now()}
            )

    def search(
        self, query: str, limit: int = 10, *, highlight: tuple[str, str] = ("[", "]")
    ) -> list[SearchHit]:
        """The `limit` articles that best match `query`, best first.

        Every word (or "quoted phrase") must occur in the title or body, as a substring,
        case-insensitive for ASCII letters; AND, OR, NOT, * and parentheses are plain text.
        Snippets wrap the matches in `highlight`. Raises StoreError for a query with nothing
        to search for.
        """
        with self._translate_errors("search failed"):
            return search_articles(self._db, query, limit, highlight)

    def stats(self, runs: int = 5) -> StoreStats:
        """Row counts, and the `runs` most recent crawl runs."""
        with self._translate_errors("cannot read the statistics"):
            counts = self._db.execute(
                """
                SELECT
                  (SELECT count(*) FROM articles),
                  (SELECT count(*) FROM tips),
                  (SELECT count(*) FROM links),
                  (SELECT count(*) FROM links WHERE target_id IS NOT NULL),
                  (SELECT count(*) FROM failures),
                  (SELECT count(*) FROM raw_pages),
                  (SELECT coalesce(sum(length(body)), 0) FROM raw_pages),
                  (SELECT count(*) FROM articles WHERE gone_at IS NOT NULL)
                """
            ).fetchone()
            recent = self._db.execute(
                """
                SELECT id, started_at, finished_at, status, start_urls, pages_fetched,
                       articles_new, articles_updated, articles_unchanged, failures,
                       articles_gone, health, exit_code, pages_article, pages_listing,
                       pages_other
                FROM crawl_runs ORDER BY id DESC LIMIT ?
                """,
                [runs],
            ).fetchall()
        return StoreStats(
            schema_version=self.schema_version(),
            articles=counts[0],
            tips=counts[1],
            links=counts[2],
            links_resolved=counts[3],
            failures=counts[4],
            runs=tuple(_run_summary(row) for row in recent),
            raw_pages=counts[5],
            raw_bytes=counts[6],
            gone=counts[7],
        )

    def iter_export(self) -> Iterator[dict[str, Any]]:
        """Every stored article, by id, as a JSON-ready dict with its tips tree and links.

        The keys are those of `Article.to_dict()` (so `Article.from_dict()` reads a record
        back) without "links" and "next_page", plus "id" and the row's bookkeeping; see
        `crawler.store.export.export_chunk`.
        """
        after = 0
        while True:
            # One read transaction per chunk: a chunk is consistent even while a crawl writes,
            # and no transaction stays open while the caller holds the generator.
            with self._translate_errors("export failed"), self._db.atomic():
                chunk = export_chunk(self._db, after, EXPORT_CHUNK)
            yield from chunk
            if len(chunk) < EXPORT_CHUNK:
                return
            after = chunk[-1]["id"]

    def _upsert_article(
        self, article: Article, run_id: int, now: str, fetch: FetchInfo | None
    ) -> tuple[Outcome, bool]:
        """Write one record (inside the caller's transaction); says what it did with the
        article and whether it kept the fetch's page."""
        content = content_columns(article)
        existing = self._db.execute(
            "SELECT id, content_hash FROM articles WHERE url = ?", [article.url]
        ).fetchone()
        status, etag, last_modified = (
            (fetch.status, fetch.etag, fetch.last_modified) if fetch else (None, None, None)
        )
        outcome: Outcome
        if existing is None:
            cursor = self._db.conn.execute(
                _INSERT_ARTICLE,
                {
                    **content,
                    "parser_version": PARSER_VERSION,
                    "now": now,
                    "run_id": run_id,
                    "http_status": status,
                    "etag": etag,
                    "last_modified": last_modified,
                },
            )
            article_id = int(cursor.lastrowid or 0)
            self._write_tips_and_links(article_id, article)
            outcome = "new"
        else:
            article_id = existing[0]
            outcome = "unchanged"
            if existing[1] != content["content_hash"]:
                self._replace_content(article_id, article, content, PARSER_VERSION, now)
                outcome = "updated"
            self._db.conn.execute(
                _TOUCH_FETCHED_BY_ID, [now, run_id, status, etag, last_modified, article_id]
            )
        kept = False
        if fetch is not None and fetch.body is not None:
            kept = keep_raw_page(self._db.conn, article_id, fetch, fetch.body, now)
        return outcome, kept

    def _rewrite_if_changed(
        self, page: RawPage, record: Article, parser_version: str, now: str
    ) -> bool:
        """Write a re-parsed record over its article when its content hash changed (inside the
        caller's transaction); True when it did."""
        current = self._db.execute(
            """
            SELECT a.content_hash, r.body_hash FROM articles AS a
            JOIN raw_pages AS r ON r.article_id = a.id WHERE a.id = ?
            """,
            [page.article_id],
        ).fetchone()
        if current is None or current[1] != page.body_hash:
            return False  # deleted or re-fetched since it was read: the crawl's record stands
        content = content_columns(record)
        if current[0] == content["content_hash"]:
            return False
        self._replace_content(page.article_id, record, content, parser_version, now)
        return True

    def _replace_content(
        self,
        article_id: int,
        article: Article,
        content: Mapping[str, Any],
        parser_version: str,
        now: str,
    ) -> None:
        self._db.conn.execute(
            _REPLACE_CONTENT,
            {**content, "parser_version": parser_version, "now": now, "id": article_id},
        )
        self._db.conn.execute("DELETE FROM tips WHERE article_id = ?", [article_id])
        self._db.conn.execute("DELETE FROM links WHERE article_id = ?", [article_id])
        self._write_tips_and_links(article_id, article)

    def _write_tips_and_links(self, article_id: int, article: Article) -> None:
        # executemany with a fixed column list: sqlite-utils' insert_all() rebuilds its SQL for
        # every call, which made these two thirds of the time of a batch.
        self._db.conn.executemany(_INSERT_TIP, tip_rows(article_id, article))
        self._db.conn.executemany(_INSERT_LINK, link_rows(article_id, article))
        self._resolve_links(article_id, article)

    def _resolve_links(self, article_id: int, article: Article) -> None:
        # Outgoing: this article's links to articles already stored. An exact url match wins
        # over a canonical_url match (url is unique; several pages may share a canonical).
        self._db.execute(
            """
            UPDATE links SET target_id = coalesce(
              (SELECT a.id FROM articles AS a WHERE a.url = links.url),
              (SELECT a.id FROM articles AS a WHERE a.canonical_url = links.url ORDER BY a.id))
            WHERE article_id = ? AND url IS NOT NULL
            """,
            [article_id],
        )
        # Incoming: links stored before this article was.
        self._db.execute(
            "UPDATE links SET target_id = ? WHERE url = ? AND target_id IS NOT ?",
            [article_id, article.url, article_id],
        )
        if article.canonical_url and article.canonical_url != article.url:
            self._db.execute(
                "UPDATE links SET target_id = ? WHERE url = ? AND target_id IS NULL",
                [article_id, article.canonical_url],
            )

    def _add_to_run(self, run_id: int, counts: Mapping[str, int]) -> None:
        """Add a write's counts (keys "new", "updated", "unchanged", "gone"; missing ones are 0)
        to the run's, inside the write's transaction."""
        self._db.execute(
            """
            UPDATE crawl_runs
            SET articles_new = articles_new + ?,
                articles_updated = articles_updated + ?,
                articles_unchanged = articles_unchanged + ?,
                articles_gone = articles_gone + ?
            WHERE id = ?
            """,
            [
                counts.get("new", 0),
                counts.get("updated", 0),
                counts.get("unchanged", 0),
                counts.get("gone", 0),
                run_id,
            ],
        )

    def _now(self) -> str:
        return iso_utc(self._clock())

    @contextmanager
    def _translate_errors(self, action: str) -> Iterator[None]:
        """SQLite's errors as one StoreError line naming the file."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {action}: {exc}") from exc


def _run_summary(row: tuple[Any, ...]) -> RunSummary:
    return RunSummary(
        id=row[0],
        started_at=row[1],
        finished_at=row[2],
        status=row[3],
        start_urls=tuple(json.loads(row[4])),
        pages_fetched=row[5],
        articles_new=row[6],
        articles_updated=row[7],
        articles_unchanged=row[8],
        failures=row[9],
        articles_gone=row[10],
        health=None if row[11] is None else json.loads(row[11]),
        exit_code=row[12],
        pages_article=row[13],
        pages_listing=row[14],
        pages_other=row[15],
    )


def _parse_kept(parse: Callable[[RawPage], Article], page: RawPage) -> tuple[Article | None, str]:
    """The record `parse` makes of a kept page, with the page's URL; or None and why not."""
    try:
        record = parse(page)
    except Exception as exc:  # any bug in one page's parse must not stop a reparse of all
        return None, f"{type(exc).__name__}: {exc}"
    if record.kind != "article":
        return None, f"parsed as {record.kind!r}, not an article"
    if record.url != page.url:
        record = replace(record, url=page.url)
    return record, ""


def _check_verdict(verdict: Mapping[str, Any]) -> None:
    if not isinstance(verdict.get("healthy"), bool):
        raise ValueError('a health verdict needs "healthy": true or false')
    checks = verdict.get("checks")
    if not isinstance(checks, (list, tuple)):
        raise ValueError('a health verdict needs "checks": a list')
    for check in checks:
        if not (
            isinstance(check, Mapping)
            and isinstance(check.get("name"), str)
            and isinstance(check.get("passed"), bool)
            and "detail" in check
        ):
            raise ValueError(
                f'each health check needs "name" (text), "passed" (true or false) and '
                f'"detail", not {check!r}'
            )
