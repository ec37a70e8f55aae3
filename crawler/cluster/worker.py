"""`articlecrawl worker`: the articles spider on the cluster's shared queue.

A worker is the single-machine crawl with four things swapped (`worker_settings`): the
scheduler is scrapy-redis's on a leased queue (`crawler.cluster.scheduler`), requests travel as
JSON, records go to Redis instead of SQLite (`crawler.cluster.pipeline`), and the
`ClusterWorker` extension below keeps the worker alive while the crawl has work and shares
each site's politeness limits with the other live workers. Health checks are the loader's.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import AsyncIterator, Mapping
from contextlib import suppress
from typing import Any

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import DontCloseSpider
from scrapy.extensions.throttle import AutoThrottle
from scrapy_redis import connection as scrapy_redis_connection
from twisted.internet.task import LoopingCall

from crawler.cluster.compat import poll_the_queue_often
from crawler.cluster.connection import DEFAULT_PREFIX, CrawlKeys, client_options, connect
from crawler.cluster.scheduler import RECOVERED_STAT
from crawler.cluster.state import DONE, snapshot, wait_for_crawl
from crawler.spiders.articles import ArticlesSpider

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 1.0
LIVE_SECONDS = 5.0
"""A worker whose heartbeat is older than this no longer counts among the live workers."""


def worker_settings(redis_url: str, prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    """The Scrapy settings that make a crawl a cluster worker (under the user's `-s`)."""
    from crawler import settings as project

    keys = CrawlKeys(prefix)
    return {
        "ARTICLECRAWL_REDIS_PREFIX": prefix,
        "SCHEDULER": "crawler.cluster.scheduler.ClusterScheduler",
        "DOWNLOADER": "crawler.cluster.compat.ConcurrencyKeepingDownloader",
        "SCHEDULER_QUEUE_CLASS": "crawler.cluster.queue.LeasedQueue",
        "SCHEDULER_SERIALIZER": "crawler.cluster.serialize",
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "REDIS_PARAMS": client_options(),
        "ITEM_PIPELINES": {"crawler.cluster.pipeline.ItemsToRedis": 300},
        # it reads the database, which a worker does not have (see run_worker)
        "SPIDER_MIDDLEWARES": {
            **project.SPIDER_MIDDLEWARES,
            "crawler.conditional.ConditionalRequestsMiddleware": None,
        },
        "EXTENSIONS": {**project.EXTENSIONS, "crawler.cluster.worker.ClusterWorker": 600},
        "SPIDERMON_ENABLED": False,  # the loader judges the whole crawl's health
        # Scrapy 2.19's default of 100 items processed in parallel per response costs CPU for
        # nothing here (one record a page); 10 gave about 25% more pages/s in the runs
        "CONCURRENT_ITEMS": 10,
    }


def run_worker(
    redis_url: str,
    *,
    prefix: str = DEFAULT_PREFIX,
    overrides: Mapping[str, Any] | None = None,
    wait_seconds: float | None = None,
) -> dict[str, Any]:
    """Wait for a crawl to be enqueued, work on it until it is drained, return a summary.

    Workers do not read the database (it may be on another machine): no conditional
    re-fetches, so a re-crawl fetches every page and the loader finds the unchanged ones by
    their content hash. Raises ClusterError when Redis cannot be used or no crawl comes.
    """
    from crawler.run import crawl_settings

    server = connect(redis_url)
    spec = wait_for_crawl(server, CrawlKeys(prefix), wait_seconds)
    poll_the_queue_often()
    settings = crawl_settings("", {**worker_settings(redis_url, prefix), **(overrides or {})})
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ClusterArticlesSpider)
    process.crawl(crawler, **spec.spider_arguments())
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return {
        "worker": worker_id(),
        "crawl": spec.id,
        "finish_reason": stats.get("finish_reason"),
        "pages": int(stats.get("articlecrawl/pages_parsed", 0))
        + int(stats.get("articlecrawl/not_modified", 0)),
        "articles": int(stats.get("articlecrawl/articles_parsed", 0)),
        "requests_recovered": int(stats.get(RECOVERED_STAT, 0)),
        "elapsed_s": round(float(stats.get("elapsed_time_seconds", 0.0)), 2),
    }


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class ClusterArticlesSpider(ArticlesSpider):
    """The articles spider whose start requests come from `articlecrawl enqueue`, not start()."""

    async def start(self) -> AsyncIterator[Request]:
        return
        yield  # an async generator that yields nothing


class ClusterWorker:
    """Keeps an idle worker alive until the crawl is drained, and divides each site's
    politeness limits by the number of live workers.

    Per site (Scrapy's download slot) a worker allows CONCURRENT_REQUESTS_PER_DOMAIN / N
    requests at a time (at least 1) and waits DOWNLOAD_DELAY x N between them, N being the
    workers whose heartbeat Redis saw in the last LIVE_SECONDS; AutoThrottle's minimum delay
    and target concurrency are scaled the same way. So N workers together stay within one
    crawl's limits, and a worker that dies gives its share back within seconds.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.keys = CrawlKeys(crawler.settings.get("ARTICLECRAWL_REDIS_PREFIX"))
        self.server = scrapy_redis_connection.from_settings(crawler.settings)
        self.id = worker_id()
        self.live = 1
        self._adjusted: set[str] = set()
        self._heartbeat = LoopingCall(self.heartbeat)
        self._base_concurrency = 1
        self._base_delay = 0.0
        self._base_target = 1.0
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(
            self.request_reached_downloader, signal=signals.request_reached_downloader
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterWorker:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        # read here, after the site profile has put its settings in
        settings = self.crawler.settings
        self._base_concurrency = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self._base_delay = settings.getfloat("DOWNLOAD_DELAY")
        self._base_target = settings.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY", 1.0)
        self.heartbeat()
        self._heartbeat.start(HEARTBEAT_SECONDS, now=False)

    def heartbeat(self) -> None:
        try:
            seconds, micros = self.server.time()
            now = seconds + micros / 1e6
            with self.server.pipeline(transaction=True) as pipe:
                pipe.zadd(self.keys.workers, {self.id: now})
                pipe.zremrangebyscore(self.keys.workers, "-inf", now - 10 * LIVE_SECONDS)
                pipe.zcount(self.keys.workers, now - LIVE_SECONDS, "+inf")
                live = int(pipe.execute()[-1])
        except redis.RedisError as exc:
            logger.warning("cannot reach Redis for the heartbeat (will retry): %s", exc)
            return
        if live != self.live:
            logger.info("%d live workers: each takes 1/%d of every site's limits", live, live)
            self.live = max(1, live)
            self._adjusted.clear()
            self._share_limits()

    def spider_idle(self) -> None:
        """Close only when the crawl has nothing left to fetch, by any worker."""
        try:
            state = snapshot(self.server, self.keys)
        except redis.RedisError:
            raise DontCloseSpider from None
        if state.state == DONE or state.fetched:
            return
        raise DontCloseSpider

    def spider_closed(self) -> None:
        if self._heartbeat.running:
            self._heartbeat.stop()
        with suppress(redis.RedisError):  # else its heartbeat simply ages out
            self.server.zrem(self.keys.workers, self.id)

    def request_reached_downloader(self, request: Request) -> None:
        engine = self.crawler.engine
        if engine is None:
            return
        key = engine.downloader.get_slot_key(request)
        if key not in self._adjusted:
            self._share_limits()

    def _share_limits(self) -> None:
        engine = self.crawler.engine
        if engine is None:
            return
        concurrency = max(1, self._base_concurrency // self.live)
        delay = self._base_delay * self.live
        throttle = self._autothrottle()
        for key, slot in engine.downloader.slots.items():
            slot.concurrency = concurrency
            slot.delay = max(slot.delay, delay) if throttle else delay
            self._adjusted.add(key)
        if throttle is not None:
            throttle.mindelay = delay
            throttle.target_concurrency = self._base_target / self.live

    def _autothrottle(self) -> AutoThrottle | None:
        manager = getattr(self.crawler, "extensions", None)
        for extension in getattr(manager, "middlewares", ()):
            if isinstance(extension, AutoThrottle):
                return extension
        return None
