"""The Store: one articlecrawl SQLite database, what the pipeline writes and the CLI reads."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from crawler.store.errors import StoreError
from crawler.store.export import export_chunk
from crawler.store.rows import content_columns, iso_utc, link_rows, tip_rows, to_json, utc_now
from crawler.store.schema import open_database, schema_version
from crawler.store.search import SearchHit, search_articles
from parsers import PARSER_VERSION, Article

EXPORT_CHUNK = 500
"""Articles read per read transaction by iter_export()."""

RUN_ENDINGS = ("finished", "failed", "interrupted")
"""The statuses finish_run() accepts (a run is 'running' until then)."""

Outcome = Literal["new", "updated", "unchanged"]

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
    """Articles already stored with the same content hash: only last_fetched touched."""
    skipped: int = 0
    """Records that are not articles (listings, other pages): not stored."""


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
        self._articles = self._db.table("articles")

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
    ) -> None:
        """Record how a crawl run ended; `stats` is the full Scrapy stats dict.

        The run's article counts are not arguments: upsert_articles() adds them as it goes.
        """
        if status not in RUN_ENDINGS:
            raise ValueError(f"status must be one of {', '.join(RUN_ENDINGS)}, not {status!r}")
        with self._translate_errors(f"cannot record the end of crawl run {run_id}"):
            with self._db.atomic():
                cursor = self._db.execute(
                    """
                    UPDATE crawl_runs
                    SET finished_at = ?, status = ?, pages_fetched = ?, failures = ?, stats = ?
                    WHERE id = ?
                    """,
                    [self._now(), status, pages_fetched, failures, to_json(stats), run_id],
                )
            if cursor.rowcount != 1:
                raise StoreError(f"{self.path}: no crawl run {run_id} to finish")

    def upsert_articles(self, articles: Sequence[Article], run_id: int) -> UpsertCounts:
        """Store a batch of records in ONE transaction: all of it is written, or none of it.

        A URL already stored keeps its row (same id): when its content hash changed the row
        is rewritten and its tips and links replaced, else only last_fetched and last_run_id
        are touched. Records whose kind is not "article" are skipped. The counts are added to
        the run's. Raises StoreError (naming the record that failed) when nothing was written.
        """
        now = self._now()
        counts = {"new": 0, "updated": 0, "unchanged": 0, "skipped": 0}
        current: Article | None = None
        try:
            with self._db.atomic():
                for current in articles:
                    if current.kind != "article":
                        counts["skipped"] += 1
                        continue
                    counts[self._upsert_article(current, run_id, now)] += 1
                current = None
                self._add_to_run(run_id, counts)
        except sqlite3.Error as exc:  # a constraint, a value SQLite cannot take, a lock...
            where = f" (at {current.url or 'an article without a URL'})" if current else ""
            raise StoreError(
                f"{self.path}: batch of {len(articles)} records not stored{where}: {exc}"
            ) from exc
        return UpsertCounts(**counts)

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
                  (SELECT count(*) FROM failures)
                """
            ).fetchone()
            recent = self._db.execute(
                """
                SELECT id, started_at, finished_at, status, start_urls, pages_fetched,
                       articles_new, articles_updated, articles_unchanged, failures
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

    def _upsert_article(self, article: Article, run_id: int, now: str) -> Outcome:
        content = content_columns(article)
        existing = self._db.execute(
            "SELECT id, content_hash FROM articles WHERE url = ?", [article.url]
        ).fetchone()
        if existing is not None and existing[1] == content["content_hash"]:
            self._db.execute(
                "UPDATE articles SET last_fetched = ?, last_run_id = ? WHERE id = ?",
                [now, run_id, existing[0]],
            )
            return "unchanged"
        written = {**content, "parser_version": PARSER_VERSION, "last_fetched": now}
        written.update(last_changed=now, last_run_id=run_id)
        outcome: Outcome
        if existing is None:
            self._articles.insert({**written, "first_seen": now, "first_run_id": run_id})
            article_id = int(self._articles.last_rowid or 0)
            outcome = "new"
        else:
            article_id = existing[0]
            self._articles.update(article_id, written)
            self._db.execute("DELETE FROM tips WHERE article_id = ?", [article_id])
            self._db.execute("DELETE FROM links WHERE article_id = ?", [article_id])
            outcome = "updated"
        # executemany with a fixed column list: sqlite-utils' insert_all() rebuilds its SQL for
        # every call, which made these two thirds of the time of a batch.
        self._db.conn.executemany(_INSERT_TIP, tip_rows(article_id, article))
        self._db.conn.executemany(_INSERT_LINK, link_rows(article_id, article))
        self._resolve_links(article_id, article)
        return outcome

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
        self._db.execute(
            """
            UPDATE crawl_runs
            SET articles_new = articles_new + ?,
                articles_updated = articles_updated + ?,
                articles_unchanged = articles_unchanged + ?
            WHERE id = ?
            """,
            [counts["new"], counts["updated"], counts["unchanged"], run_id],
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
    )
