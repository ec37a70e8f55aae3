"""The state of the cluster's crawl in Redis: what it was asked to crawl, and whether it is done.

`articlecrawl enqueue` writes the crawl's hash (start URLs, spider arguments, state "running")
in the same transaction as its first requests. The crawl is drained when, in one consistent
look, no request waits, none is leased and no message waits for the loader: a leased request's
links and records are in Redis before its lease goes, so nothing can appear after that.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

import redis

from crawler.cluster.connection import ClusterError, CrawlKeys

logger = logging.getLogger(__name__)

RUNNING = "running"
DONE = "done"
DONE_KEPT_SECONDS = 24 * 3600
"""How long the hash of a finished crawl stays (so late workers see it is done)."""


@dataclass(frozen=True)
class CrawlSpec:
    """What a cluster crawl was asked to do."""

    id: str
    start_urls: tuple[str, ...]
    article_pattern: str | None
    state: str
    started_at: float
    """Unix time the crawl was first seeded."""
    run_id: int | None = None
    """The loader's crawl_runs id, once a loader has started the run."""

    def spider_arguments(self) -> dict[str, Any]:
        return {"start_urls": list(self.start_urls), "article_pattern": self.article_pattern}


@dataclass(frozen=True)
class Snapshot:
    """How much of the crawl is left, read in one transaction."""

    state: str | None
    queued: int
    leased: int
    items: int
    processing: int

    @property
    def drained(self) -> bool:
        """Seeded, and nothing left to fetch (queued or leased) or to load."""
        return self.state is not None and not (
            self.queued or self.leased or self.items or self.processing
        )

    @property
    def fetched(self) -> bool:
        """Seeded, and nothing left to fetch (what the loader has not written yet aside)."""
        return self.state is not None and not (self.queued or self.leased)


def new_spec(start_urls: list[str], article_pattern: str | None) -> dict[str, str]:
    """The fields of a new crawl's hash."""
    fields: dict[str, str] = {
        "id": uuid.uuid4().hex[:12],
        "start_urls": json.dumps(start_urls),
        "article_pattern": article_pattern or "",
        "state": RUNNING,
        "started_at": repr(time.time()),
    }
    return fields


def read_spec(server: redis.Redis, keys: CrawlKeys) -> CrawlSpec | None:
    """The crawl under `keys`, or None when nothing was enqueued."""
    raw = server.hgetall(keys.crawl)
    if not raw:
        return None
    fields = {text(k): text(v) for k, v in raw.items()}
    return CrawlSpec(
        id=fields.get("id", ""),
        start_urls=tuple(json.loads(fields.get("start_urls", "[]"))),
        article_pattern=fields.get("article_pattern") or None,
        state=fields.get("state", RUNNING),
        started_at=float(fields.get("started_at", "0") or 0),
        run_id=int(fields["run_id"]) if fields.get("run_id") else None,
    )


def wait_for_crawl(server: redis.Redis, keys: CrawlKeys, seconds: float | None) -> CrawlSpec:
    """The crawl enqueued under `keys`, waiting for one (forever when `seconds` is None)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    told = False
    while True:
        spec = read_spec(server, keys)
        if spec is not None and spec.state != DONE:
            return spec
        if deadline is not None and time.monotonic() >= deadline:
            raise ClusterError(f"no crawl was enqueued under {keys.prefix!r} in {seconds:g} s")
        if not told:
            logger.warning("waiting for `articlecrawl enqueue` (prefix %r)", keys.prefix)
            told = True
        time.sleep(0.5)


def snapshot(server: redis.Redis, keys: CrawlKeys) -> Snapshot:
    with server.pipeline(transaction=True) as pipe:
        pipe.hget(keys.crawl, "state")
        pipe.zcard(keys.requests)
        pipe.zcard(keys.leases)
        pipe.llen(keys.items)
        pipe.llen(keys.processing)
        state, queued, leased, items, processing = pipe.execute()
    return Snapshot(text(state) if state else None, queued, leased, items, processing)


def text(value: bytes | str) -> str:
    """A Redis reply as text."""
    return value.decode() if isinstance(value, bytes) else value
