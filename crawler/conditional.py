"""Ask again cheaply: conditional requests for articles the store already holds.

A spider middleware, so it sees each request the spider yields before it is scheduled. For a page
the store knows as an article it either drops the request (fetched less than
ARTICLECRAWL_RECRAWL_AFTER_DAYS ago: no request at all, so no cost per skipped page) or adds
If-None-Match / If-Modified-Since from the last fetch and lets the spider see the 304. Start
pages, listings, sitemaps and robots.txt are never known as articles, so they are always fetched
and new articles are found. The store is read through its own read-only connection; only the
pipeline writes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.signals import article_fetched, article_fresh, page_gone, page_unchanged
from crawler.store import KnownPage, StoreReader

FRESH_STAT = "articlecrawl/articles_fresh"
ROLE_META = "role"
FOLLOWED_PAGE = "page"


class ConditionalRequestsMiddleware(BaseSpiderMiddleware):
    """Drops requests for fresh articles and makes those for stale ones conditional."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        db = crawler.settings.get("ARTICLECRAWL_DB")
        if not db:
            raise NotConfigured("no database: nothing is known, everything is fetched")
        self.db_path = Path(db)
        days = crawler.settings.getfloat("ARTICLECRAWL_RECRAWL_AFTER_DAYS", 7.0)
        self.recrawl_after = timedelta(days=max(days, 0.0))
        self._reader: StoreReader | None = None
        # Each article of a run is counted once, in one of new, updated, unchanged, fresh or
        # gone. A fresh article can still be fetched this run through a redirect from a URL the
        # store does not know (an old URL): then it counts as what that fetch found, not fresh.
        self._fresh: set[str] = set()
        self._fetched: set[str] = set()
        for signal in (article_fetched, page_unchanged, page_gone):
            crawler.signals.connect(self._was_fetched, signal=signal)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if request.meta.get(ROLE_META) != FOLLOWED_PAGE:
            return request
        known = self._known(request.url)
        if known is None or known.gone_at:
            return request  # new, or gone and maybe back: an ordinary fetch
        if self.recrawl_after and _age(known.last_fetched) < self.recrawl_after:
            if request.url not in self._fresh and request.url not in self._fetched:
                self._fresh.add(request.url)
                self.crawler.stats.inc_value(FRESH_STAT)
            self.crawler.signals.send_catch_log(article_fresh, url=request.url)
            return None
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified
        if known.etag or known.last_modified:
            allowed = list(request.meta.get("handle_httpstatus_list", ()))
            request.meta["handle_httpstatus_list"] = [*allowed, 304]
            self.crawler.stats.inc_value("articlecrawl/conditional_requests")
        return request

    def _was_fetched(self, url: str, **_: object) -> None:
        self._fetched.add(url)
        if url in self._fresh:
            self._fresh.discard(url)
            self.crawler.stats.inc_value(FRESH_STAT, -1)

    def spider_closed(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _known(self, url: str) -> KnownPage | None:
        if self._reader is None:
            if not self.db_path.exists():
                return None
            self._reader = StoreReader(self.db_path)
        return self._reader.known_page(url)


def _age(iso_time: str) -> timedelta:
    then = datetime.fromisoformat(iso_time.replace("Z", "+00:00"))
    if then.tzinfo is None:
        then = then.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc) - then
