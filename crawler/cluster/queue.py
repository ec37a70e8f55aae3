"""The shared request queue, with leases: a request a worker takes is not gone from Redis until
the worker has handled it, so `kill -9` of a worker loses nothing.

scrapy-redis pops a request and forgets it; a worker killed with requests in memory loses them
for good, as its duplicate filter already holds them (scrapy-redis #149, #307). Here a pop
moves the request, in one Lua script, from the queue to a sorted set of leases scored by when
the lease expires (Redis's clock, so the workers' clocks do not matter). The worker renews its
leases while it works on them and removes each once Scrapy is done with the request (see
`ClusterScheduler`); any worker puts expired leases back on the queue, and counts them.

The queue is scrapy-redis's priority queue otherwise: a sorted set of JSON requests scored by
-priority (`crawler.cluster.serialize`).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

from redis.client import Pipeline
from scrapy import Request
from scrapy_redis.queue import Base

from crawler.cluster.connection import CrawlKeys
from crawler.cluster.serialize import QueueEntryError

logger = logging.getLogger(__name__)

DROPPED_STAT = "articlecrawl/cluster/queue_entries_dropped"

# KEYS: queue, leases; ARGV: lease seconds. The best request, leased until now + seconds.
_POP = """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return false end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), popped[1])
return popped[1]
"""

# KEYS: leases; ARGV: lease seconds, then the members whose leases this worker renews.
_RENEW = """
local t = redis.call('TIME')
local expiry = tonumber(t[1]) + tonumber(t[2]) / 1000000 + tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', expiry, ARGV[i]) end
return #ARGV - 1
"""

# KEYS: leases, queue, recovered counter. Expired leases go back on the queue at their priority.
_RECLAIM = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 1000)
for _, member in ipairs(expired) do
  redis.call('ZREM', KEYS[1], member)
  local ok, request = pcall(cjson.decode, member)
  local score = 0
  if ok and type(request) == 'table' and tonumber(request['priority']) then
    score = -tonumber(request['priority'])
  end
  redis.call('ZADD', KEYS[2], score, member)
end
if #expired > 0 then redis.call('INCRBY', KEYS[3], #expired) end
return #expired
"""

# KEYS: dupefilter, queue; ARGV: fingerprint ('' for dont_filter), score, request. Marking a
# request seen and queueing it in one step: a worker killed between the two would otherwise
# leave a request that is seen but never queued, lost even though its parent is fetched again.
PUSH_NEW = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# KEYS: leases, queue; ARGV: score, member. A lease handed back at once (a worker shutting down).
_RELEASE = """
if redis.call('ZREM', KEYS[1], ARGV[2]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
  return 1
end
return 0
"""


class LeasedQueue(Base):
    """scrapy-redis's priority queue whose pops are leases (SCHEDULER_QUEUE_CLASS)."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        settings = spider.crawler.settings
        self.keys = CrawlKeys(settings.get("ARTICLECRAWL_REDIS_PREFIX"))
        self.lease_seconds = settings.getfloat("ARTICLECRAWL_REDIS_LEASE_SECONDS")
        self.stats = spider.crawler.stats
        self.held: dict[Request, bytes] = {}
        """The requests this worker has taken and not yet settled, with their queue entries."""
        self._pop = server.register_script(_POP)
        self._renew = server.register_script(_RENEW)
        self._reclaim = server.register_script(_RECLAIM)
        self._push_new = server.register_script(PUSH_NEW)
        self._release = server.register_script(_RELEASE)

    def __len__(self) -> int:
        return int(self.server.zcard(self.key))

    def push(self, request: Request) -> None:
        self.server.zadd(self.key, {self._encode_request(request): -request.priority})

    def push_new(self, request: Request, fingerprint: str | None) -> bool:
        """Queue `request` unless its fingerprint was seen (None: queue it anyway)."""
        added = self._push_new(
            keys=[self.keys.dupefilter, self.key],
            args=[fingerprint or "", -request.priority, self._encode_request(request)],
        )
        return bool(added)

    def pop(self, timeout: int = 0) -> Request | None:
        """The best request, leased to this worker; entries that are not JSON requests are
        dropped and logged."""
        while True:
            data = self._pop(keys=[self.key, self.keys.leases], args=[self.lease_seconds])
            if data is None:
                return None
            try:
                request = self._decode_request(data)
            except (QueueEntryError, ValueError, AttributeError, KeyError, TypeError) as exc:
                # request_from_dict raises ValueError for a callback the spider lacks
                logger.error("dropped a queue entry that is not a request: %s", exc)
                self.stats.inc_value(DROPPED_STAT)
                self.server.zrem(self.keys.leases, data)
                continue
            self.held[request] = data
            return request

    def settle(self, in_progress: Collection[Request], pipe: Pipeline) -> int:
        """Queue on `pipe` the removal of the leases of held requests Scrapy is done with, and
        the renewal of the others; returns how many are done."""
        done = [request for request in self.held if request not in in_progress]
        if done:
            pipe.zrem(self.keys.leases, *(self.held.pop(request) for request in done))
        if self.held:
            self._renew(
                keys=[self.keys.leases], args=[self.lease_seconds, *self.held.values()], client=pipe
            )
        return len(done)

    def release_all(self) -> int:
        """Put every held request back on the queue now (this worker is stopping)."""
        released = 0
        for request, data in list(self.held.items()):
            released += int(
                self._release(keys=[self.keys.leases, self.key], args=[-request.priority, data])
            )
        self.held.clear()
        return released

    def reclaim_expired(self) -> int:
        """Put the requests of expired leases (a dead worker's) back on the queue."""
        return int(self._reclaim(keys=[self.keys.leases, self.key, self.keys.recovered], args=[]))
