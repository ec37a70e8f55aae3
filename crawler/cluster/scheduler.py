"""The workers' scheduler: scrapy-redis's, with atomic seen-and-queued and leased requests.

Twice a second it settles this worker's leases in one Redis transaction with its counters:
the leases of requests Scrapy has finished (their links queued, their records pushed) are
removed, the others renewed, and the worker's Scrapy counters since the last time are added to
the crawl's. It also puts the expired leases of dead workers back on the queue. When the worker
stops it settles once more and hands back what it had not finished.
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from twisted.internet.task import LoopingCall

from crawler.cluster.compat import Scrapy219Scheduler, requests_in_progress
from crawler.cluster.connection import CrawlKeys
from crawler.cluster.queue import LeasedQueue

logger = logging.getLogger(__name__)

SETTLE_SECONDS = 0.5
"""How often leases are settled: a finished request stays leased at most this long."""
RECOVERED_STAT = "articlecrawl/cluster/requests_recovered"


class ClusterScheduler(Scrapy219Scheduler):
    """SCHEDULER for `articlecrawl worker`."""

    crawler: Crawler
    queue: LeasedQueue

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterScheduler:
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        return instance

    def open(self, spider: Any) -> None:
        super().open(spider)
        if not isinstance(self.queue, LeasedQueue):
            raise TypeError("the cluster scheduler needs SCHEDULER_QUEUE_CLASS = LeasedQueue")
        self.keys = CrawlKeys(self.crawler.settings.get("ARTICLECRAWL_REDIS_PREFIX"))
        self._flushed: dict[str, int] = {}
        self._settling = LoopingCall(self.settle)
        self._settling.start(SETTLE_SECONDS, now=False)

    def close(self, reason: str) -> None:
        if self._settling.running:
            self._settling.stop()
        self.settle()
        released = self.queue.release_all()
        if released:
            logger.info("handed %d unfinished requests back to the queue", released)

    def enqueue_request(self, request: Request) -> bool:
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push_new(request, fingerprint):
            self.df.log(request, self.spider)
            return False
        self._inc("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        request = self.queue.pop()
        if request is not None:
            self._inc("scheduler/dequeued/redis")
        return request

    def settle(self) -> None:
        """Remove the leases of finished requests and renew the others, adding this worker's
        new counts to the crawl's in the same transaction; take back expired leases."""
        try:
            in_progress = requests_in_progress(self.crawler)
            counts = self._counts()
            delta = {k: v - self._flushed.get(k, 0) for k, v in counts.items()}
            with self.server.pipeline(transaction=True) as pipe:
                self.queue.settle(in_progress, pipe)
                for name, change in delta.items():
                    if change:
                        pipe.hincrby(self.keys.stats, name, change)
                pipe.execute()
            self._flushed = counts
            recovered = self.queue.reclaim_expired()
        except redis.RedisError as exc:  # Redis restarting: the leases outlast a short outage
            logger.warning("cannot settle leases with Redis (will retry): %s", exc)
            return
        if recovered:
            logger.warning("took back %d requests from a worker that stopped answering", recovered)
            self.crawler.stats.inc_value(RECOVERED_STAT, recovered)

    def _counts(self) -> dict[str, int]:
        """This worker's whole-number Scrapy stats (pages, kinds, failures, bytes...)."""
        return {
            name: value
            for name, value in self.crawler.stats.get_stats().items()
            if isinstance(value, int) and not isinstance(value, bool) and name != RECOVERED_STAT
        }
