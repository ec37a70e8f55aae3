"""`articlecrawl enqueue`: seed the cluster's crawl with start URLs, as `crawl` starts its own.

The start requests are the articles spider's own (the pages, each start domain's robots.txt for
its sitemaps, sitemap URLs given directly), serialized as JSON and queued through the duplicate
filter in one step each. The first enqueue of a crawl writes its hash (start URLs, article
pattern) in the same transaction; enqueueing into a running crawl adds to it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import redis
from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.cluster import serialize
from crawler.cluster.connection import DEFAULT_PREFIX, CrawlKeys, connect
from crawler.cluster.queue import PUSH_NEW
from crawler.cluster.state import DONE, new_spec, read_spec
from crawler.spiders.articles import ArticlesSpider


@dataclass(frozen=True)
class Enqueued:
    """What one `articlecrawl enqueue` did."""

    crawl: str
    """The crawl's id."""
    new_crawl: bool
    """True when this started a crawl; False when it added to a running one."""
    queued: int
    """Requests put on the queue."""
    already_seen: int
    """Requests the duplicate filter knew (queued before in this crawl)."""


def enqueue(
    redis_url: str,
    urls: Sequence[str],
    *,
    prefix: str = DEFAULT_PREFIX,
    article_pattern: str | None = None,
    use_sitemaps: bool = True,
    server: redis.Redis | None = None,
) -> Enqueued:
    """Queue the start requests for `urls`; raises ValueError for a URL or pattern the spider
    refuses, ClusterError when Redis cannot be used."""
    server = server or connect(redis_url)
    keys = CrawlKeys(prefix)
    spider = ArticlesSpider(start_urls=list(urls), article_pattern=article_pattern)
    spider.use_sitemaps = use_sitemaps
    requests = asyncio.run(_collect(spider.start()))
    fingerprints = RFPDupeFilter(server, keys.dupefilter)
    push_new = server.register_script(PUSH_NEW)

    spec = read_spec(server, keys)
    starting = spec is None or spec.state == DONE
    with server.pipeline(transaction=True) as pipe:
        if starting:
            pipe.delete(*keys.all())  # what a finished or abandoned crawl left
            fields = new_spec(list(urls), article_pattern)
            pipe.hset(keys.crawl, mapping=dict[Any, Any](fields))
            crawl_id = fields["id"]
        else:
            assert spec is not None
            merged = list(dict.fromkeys([*spec.start_urls, *urls]))
            pipe.hset(keys.crawl, "start_urls", json.dumps(merged))
            crawl_id = spec.id
        for request in requests:
            fingerprint = "" if request.dont_filter else fingerprints.request_fingerprint(request)
            data = serialize.dumps(request.to_dict(spider=spider))
            push_new(
                keys=[keys.dupefilter, keys.requests],
                args=[fingerprint, -request.priority, data],
                client=pipe,
            )
        results = pipe.execute()
    added = sum(int(result) for result in results[-len(requests) :]) if requests else 0
    return Enqueued(crawl_id, starting, added, len(requests) - added)


async def _collect(requests: AsyncIterator[Request]) -> list[Request]:
    return [request async for request in requests]
