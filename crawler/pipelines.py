"""The pipeline that hands the spider's records to the SQLite store, in batches.

One pipeline, one writer. When the spider opens it takes the database's run lock, marks runs left
'running' by a dead process as interrupted, and starts a `crawl_runs` row. It writes a transaction
every ARTICLECRAWL_BATCH_SIZE articles (each with its raw page, which arrives just before it by the
`article_fetched` signal), records 304s as unchanged and 404/410s as gone, writes the last partial
batch when the spider closes, and finishes the run with its status, counts (pages by kind too),
health verdict and the full Scrapy stats.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from crawler.lock import RunLock
from crawler.monitors import HEALTH_STAT
from crawler.outcome import exit_code_for
from crawler.page_kinds import PageKindCounts
from crawler.signals import article_fetched, page_failed, page_gone, page_unchanged
from crawler.store import FetchInfo, Store, StoreError, UpsertCounts
from parsers import Article

logger = logging.getLogger(__name__)

RUN_ID_STAT = "articlecrawl/run_id"
STORE_ERROR_STAT = "articlecrawl/store_error"
STATUS_STAT = "articlecrawl/status"

# Scrapy's finish reasons, as the status a crawl_runs row gets
_STATUS_BY_REASON = {"shutdown": "interrupted"}
_SAVED_SETTINGS = (
    "ARTICLECRAWL_DB",
    "ARTICLECRAWL_BATCH_SIZE",
    "ARTICLECRAWL_RECRAWL_AFTER_DAYS",
    "USER_AGENT",
    "ROBOTSTXT_OBEY",
    "AUTOTHROTTLE_ENABLED",
    "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY",
    "DOWNLOAD_MAXSIZE",
    "CLOSESPIDER_PAGECOUNT",
    "JOBDIR",
)


class StorePipeline:
    """Writes `parsers.Article` items to the store named by ARTICLECRAWL_DB."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARTICLECRAWL_DB")
        if not self.db_path:
            raise NotConfigured("ARTICLECRAWL_DB is empty: records go to feed exports only")
        self.batch_size = max(1, crawler.settings.getint("ARTICLECRAWL_BATCH_SIZE", 100))
        self.store: Store | None = None
        self.lock: RunLock | None = None
        self.run_id: int | None = None
        self._batch: list[Article] = []
        self._fetches: dict[str, FetchInfo] = {}
        self._unchanged: list[str] = []
        self._gone: list[str] = []
        self._failures = 0
        connect = crawler.signals.connect
        connect(self.page_failed, signal=page_failed)
        connect(self.article_fetched, signal=article_fetched)
        connect(self.page_unchanged, signal=page_unchanged)
        connect(self.page_gone, signal=page_gone)
        connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.lock = RunLock(self.db_path).acquire()  # LockHeld stops the crawl before it starts
        self.store = Store(self.db_path)
        stale = self.store.close_stale_runs()
        if stale:
            logger.warning("marked %d run(s) left running by a dead process as interrupted", stale)
        spider = self.crawler.spider
        settings = {name: self.crawler.settings.get(name) for name in _SAVED_SETTINGS}
        self.run_id = self.store.start_run(list(getattr(spider, "start_urls", [])), settings)
        self.crawler.stats.set_value(RUN_ID_STAT, self.run_id)
        logger.info("writing to %s as run %d", self.db_path, self.run_id)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Article) and item.kind == "article":
            self._batch.append(item)
            if len(self._batch) >= self.batch_size:
                self._flush()
        return item

    def close_spider(self) -> None:
        self._flush()

    # -- what the spider tells besides its records ---------------------------------------------

    def article_fetched(self, url: str, fetch: FetchInfo) -> None:
        self._fetches[url] = fetch

    def page_unchanged(self, url: str) -> None:
        self._unchanged.append(url)
        if len(self._unchanged) >= self.batch_size:
            self._flush()

    def page_gone(self, url: str) -> None:
        self._gone.append(url)

    def page_failed(self, url: str, stage: str, error: str) -> None:
        self._failures += 1
        if self.store is None or self.crawler.stats.get_value(STORE_ERROR_STAT):
            return
        try:
            self.store.record_failure(self.run_id, url, stage, error)
        except StoreError as exc:
            if not exc.unwritable:
                raise
            self._give_up(exc)

    def spider_closed(self, reason: str) -> None:
        if self.store is None or self.run_id is None:
            return
        stats = self.crawler.stats
        pages = int(stats.get_value("articlecrawl/pages_parsed", 0))
        status = _STATUS_BY_REASON.get(reason, "finished")
        if status == "finished" and pages == 0 and not stats.get_value("articlecrawl/not_modified"):
            status = "failed"  # nothing could be fetched: the start URLs were unreachable
        if stats.get_value(STORE_ERROR_STAT):
            status = "failed"
        stats.set_value(STATUS_STAT, status)
        verdict = json.loads(stats.get_value(HEALTH_STAT) or '{"healthy": false, "checks": []}')
        kinds = PageKindCounts.from_stats(stats.get_stats())
        try:
            self.store.finish_run(
                self.run_id,
                status,
                pages_fetched=pages,
                failures=self._failures,
                stats={**stats.get_stats(), "finish_reason": reason},
                pages_article=kinds.article,
                pages_listing=kinds.listing,
                pages_other=kinds.other,
            )
            self.store.set_run_health(self.run_id, verdict, exit_code_for(status, verdict))
        except StoreError as exc:
            # the disk filled up: the run's row stays 'running' and the next run marks it
            # interrupted; the JSON line and the exit code still say what happened
            logger.error("could not record the end of run %d: %s", self.run_id, exc)
            stats.set_value(STORE_ERROR_STAT, stats.get_value(STORE_ERROR_STAT) or str(exc))
        finally:
            self.store.close()
            self.store = None
            if self.lock is not None:
                self.lock.release()

    # -- writing ---------------------------------------------------------------------------------

    def _flush(self) -> None:
        if self.store is None or self.run_id is None:
            return
        if self.crawler.stats.get_value(STORE_ERROR_STAT):
            self._batch.clear()  # the crawl is stopping: nothing more can be written
            self._unchanged.clear()
            self._gone.clear()
            return
        try:
            self._write_pending()
        except StoreError as exc:
            if not exc.unwritable:
                raise
            self._give_up(exc)

    def _write_pending(self) -> None:
        assert self.store is not None and self.run_id is not None
        batch, self._batch = self._batch, []
        if batch:
            fetches = {a.url: self._fetches.pop(a.url) for a in batch if a.url in self._fetches}
            try:
                self._count(self.store.upsert_articles(batch, self.run_id, fetches=fetches))
            except StoreError:
                # the batch was rolled back whole; write the articles one by one so that one bad
                # record costs only itself
                for article in batch:
                    if self.crawler.stats.get_value(STORE_ERROR_STAT):
                        break
                    self._write_one(article, fetches)
        if self._unchanged:
            urls, self._unchanged = self._unchanged, []
            self.crawler.stats.inc_value(
                "articlecrawl/articles_unchanged", self.store.mark_unchanged(urls, self.run_id)
            )
        if self._gone:
            urls, self._gone = self._gone, []
            self.crawler.stats.inc_value(
                "articlecrawl/articles_gone", self.store.mark_gone(urls, self.run_id)
            )

    def _write_one(self, article: Article, fetches: dict[str, FetchInfo]) -> None:
        assert self.store is not None and self.run_id is not None
        single = {article.url: fetches[article.url]} if article.url in fetches else {}
        try:
            self._count(self.store.upsert_articles([article], self.run_id, fetches=single))
        except StoreError as exc:
            if exc.unwritable:
                self._give_up(exc)
                return
            logger.error("could not store %s: %s", article.url, exc)
            self.crawler.stats.inc_value("articlecrawl/failures/store")
            self.page_failed(article.url or "?", "store", str(exc))

    def _give_up(self, exc: StoreError) -> None:
        """The database takes no more writes (a full disk): stop the crawl rather than fetch
        pages that cannot be kept. What was written stays as it was."""
        if self.crawler.stats.get_value(STORE_ERROR_STAT):
            return
        logger.error("stopping: %s", exc)
        self.crawler.stats.set_value(STORE_ERROR_STAT, str(exc))
        if self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_error"))

    def _count(self, counts: UpsertCounts) -> None:
        stats = self.crawler.stats
        stats.inc_value("articlecrawl/articles_new", counts.new)
        stats.inc_value("articlecrawl/articles_updated", counts.updated)
        stats.inc_value("articlecrawl/articles_unchanged", counts.unchanged)
