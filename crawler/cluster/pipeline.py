"""The workers' item pipeline: each article record, with its fetch, goes to Redis for the loader.

The single-machine StorePipeline writes SQLite; a worker instead pushes one JSON message per
record (`crawler.cluster.messages`), with the raw page as base64, onto the crawl's items list,
and one per 304, 404/410 and failure the spider signals. It is scrapy-redis's RedisPipeline
(through the Scrapy 2.19 shim) with our message format as its serializer.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy_redis import connection

from crawler.cluster.compat import Scrapy219RedisPipeline
from crawler.cluster.connection import CrawlKeys
from crawler.cluster.messages import FAILURE, GONE, UNCHANGED, article_message, event_message
from crawler.signals import article_fetched, page_failed, page_gone, page_unchanged
from crawler.store import FetchInfo
from parsers import Article


class ItemsToRedis(Scrapy219RedisPipeline):
    """ITEM_PIPELINES entry for `articlecrawl worker`."""

    def __init__(self, server: Any, key: str) -> None:
        super().__init__(server, key=key, serialize_func=self._message)
        self._fetches: dict[str, FetchInfo] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemsToRedis:
        keys = CrawlKeys(crawler.settings.get("ARTICLECRAWL_REDIS_PREFIX"))
        pipeline = cls(connection.from_settings(crawler.settings), keys.items)
        connect = crawler.signals.connect
        connect(pipeline.article_fetched, signal=article_fetched)
        connect(pipeline.page_unchanged, signal=page_unchanged)
        connect(pipeline.page_gone, signal=page_gone)
        connect(pipeline.page_failed, signal=page_failed)
        return pipeline

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Article) and item.kind == "article":
            return super().process_item(item)
        return item

    def article_fetched(self, url: str, fetch: FetchInfo) -> None:
        self._fetches[url] = fetch  # sent just before the record it belongs to

    def page_unchanged(self, url: str) -> None:
        self.server.rpush(self.key, event_message(UNCHANGED, url))

    def page_gone(self, url: str) -> None:
        self.server.rpush(self.key, event_message(GONE, url))

    def page_failed(self, url: str, stage: str, error: str) -> None:
        self.server.rpush(self.key, event_message(FAILURE, url, stage=stage, error=error))

    def _message(self, article: Article) -> bytes:
        return article_message(article, self._fetches.pop(article.url or "", None))
