"""Shims between scrapy-redis 0.9.1 and Scrapy 2.19, each with the reason it is needed.

scrapy-redis stays the engine (its scheduler, duplicate filter, queue base class and pipeline);
these subclasses change only what Scrapy 2.19 deprecates or what the cluster cannot live with.
Drop each one when scrapy-redis does the same.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import Crawler
from scrapy_redis.pipelines import RedisPipeline
from scrapy_redis.scheduler import Scheduler

IDLE_POLL_SECONDS = 0.5


class Scrapy219Scheduler(Scheduler):
    """scrapy-redis's scheduler without the calls Scrapy 2.19 deprecates."""

    def open(self, spider: Any) -> None:
        # 1. Scheduler.open() logs "Resuming crawl" with Spider.log(), deprecated in Scrapy
        #    2.19: the rest of open() is taken over unchanged, the message goes to the logger.
        self.spider = spider
        self.queue = _load(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not getattr(self, "df", None):
            self.df = _load(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()

    def close(self, reason: str) -> None:
        # 2. With SCHEDULER_PERSIST off, close() deletes the shared queue and duplicate filter:
        #    the first worker to finish would wipe the crawl of all the others. The crawl's
        #    state belongs to the cluster (the loader clears it when the crawl is done).
        pass

    def _inc(self, name: str) -> None:
        # 3. StatsCollector.inc_value(spider=...) is deprecated in Scrapy 2.19; scrapy-redis
        #    passes it on every enqueue and dequeue.
        if self.stats is not None:
            self.stats.inc_value(name)


class Scrapy219RedisPipeline(RedisPipeline):
    """scrapy-redis's item pipeline, called the Scrapy 2.19 way."""

    def process_item(self, item: Any) -> Any:
        # 4. RedisPipeline.process_item(item, spider) takes the spider argument Scrapy 2.19
        #    deprecates, and returns a Deferred from a thread. Here the push is synchronous:
        #    a request's lease is removed only after Scrapy has finished its items, so the item
        #    must be in Redis by then (a local RPUSH takes tens of microseconds).
        self.server.rpush(self.key, self.serialize(item))
        return item


def requests_in_progress(crawler: Crawler) -> Collection[Request]:
    """The requests the engine has taken from the scheduler and not finished (downloading,
    being parsed, their items in the pipelines).

    5. Scrapy has no public signal for "this request is completely handled"; the engine keeps
    exactly that set in its slot to know when the spider is idle. It is read, never changed;
    without it the lease of a request could be removed before its items are in Redis, so a
    Scrapy without it stops the worker rather than lose pages.
    """
    engine = crawler.engine
    slot = getattr(engine, "_slot", None)
    in_progress = getattr(slot, "inprogress", None)
    if in_progress is None:
        raise RuntimeError(
            "this Scrapy has no engine._slot.inprogress: the cluster cannot tell when a "
            "request is done (see crawler/cluster/compat.py)"
        )
    return in_progress


def poll_the_queue_often() -> None:
    """6. An idle Scrapy engine looks at its scheduler again only every 5 s (a private class
    constant): a worker would wait that long to take requests another worker has just queued
    or given back, and to see that the crawl is done. Workers poll every half second instead.
    Called once, in the worker process only."""
    ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = IDLE_POLL_SECONDS


class ConcurrencyKeepingDownloader(Downloader):
    """7. Scrapy 2.19's downloader under the asyncio reactor does not hold a site to
    CONCURRENT_REQUESTS_PER_DOMAIN when DOWNLOAD_DELAY is 0: its loop over a slot's queue
    checks `slot.transferring`, but each request joins that set only when its task starts,
    after the loop has sent the whole queue (seen here: 15 requests at once to a site allowed
    2). The workers' politeness sharing divides that limit, so it must hold: a request is
    counted as transferring as it leaves the queue (the task adds it again; it is a set)."""

    def _wait_for_download(self, slot: Slot, request: Request, queue_dfd: Any) -> Any:
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)


# 8. Not a shim but a note: the workers do not use scrapy-redis's RedisSpider. Under Scrapy 2.19
#    its start_requests() is never called (only the async start() is), and its
#    MAX_IDLE_TIME_BEFORE_CLOSE counts from process start, so a worker could quit on a briefly
#    empty queue. Seeding goes straight onto the shared queue (`articlecrawl enqueue`), and a
#    worker stops when the shared state says the crawl is drained (`crawler.cluster.worker`).


def _load(path: Any) -> Any:
    from scrapy.utils.misc import load_object

    return load_object(path)
