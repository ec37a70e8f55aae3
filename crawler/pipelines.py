"""The pipeline that hands the spider's records to the SQLite store, in batches.

One pipeline, one writer: it opens the store when the spider opens, starts a `crawl_runs` row,
writes a transaction every ARTICLECRAWL_BATCH_SIZE articles, writes the last partial batch when the
spider closes, and finishes the run with its status, counts and the full Scrapy stats.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.signals import page_failed
from crawler.store import Store, StoreError, UpsertCounts
from parsers import Article

logger = logging.getLogger(__name__)

RUN_ID_STAT = "articlecrawl/run_id"

# Scrapy's finish reasons, as the status a crawl_runs row gets
_STATUS_BY_REASON = {"finished": "finished", "shutdown": "interrupted"}
_SAVED_SETTINGS = (
    "ARTICLECRAWL_DB",
    "ARTICLECRAWL_BATCH_SIZE",
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
        self.run_id: int | None = None
        self._batch: list[Article] = []
        self._failures = 0
        crawler.signals.connect(self.page_failed, signal=page_failed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.store = Store(self.db_path)
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

    def page_failed(self, url: str, stage: str, error: str) -> None:
        self._failures += 1
        if self.store is not None:
            self.store.record_failure(self.run_id, url, stage, error)

    def spider_closed(self, reason: str) -> None:
        if self.store is None or self.run_id is None:
            return
        stats = self.crawler.stats
        pages = stats.get_value("articlecrawl/pages_parsed", 0)
        status = _STATUS_BY_REASON.get(reason, "finished")
        if status == "finished" and pages == 0:
            status = "failed"  # nothing could be fetched: the start URLs were unreachable
        stats.set_value("articlecrawl/status", status)
        self.store.finish_run(
            self.run_id,
            status,
            pages_fetched=pages,
            failures=self._failures,
            stats={**stats.get_stats(), "finish_reason": reason},
        )
        self.store.close()
        self.store = None

    def _flush(self) -> None:
        if not self._batch or self.store is None or self.run_id is None:
            return
        batch, self._batch = self._batch, []
        try:
            self._count(self.store.upsert_articles(batch, self.run_id))
        except StoreError:
            # the batch was rolled back whole; write the articles one by one so that one bad
            # record costs only itself
            for article in batch:
                try:
                    self._count(self.store.upsert_articles([article], self.run_id))
                except StoreError as exc:
                    logger.error("could not store %s: %s", article.url, exc)
                    self.page_failed(article.url or "?", "store", str(exc))

    def _count(self, counts: UpsertCounts) -> None:
        stats = self.crawler.stats
        stats.inc_value("articlecrawl/articles_new", counts.new)
        stats.inc_value("articlecrawl/articles_updated", counts.updated)
        stats.inc_value("articlecrawl/articles_unchanged", counts.unchanged)
