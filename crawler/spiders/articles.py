"""The `articles` spider: fetch pages politely, hand each to the parser, yield the record.

    scrapy crawl articles -a start_urls=https://www.deeho.com/ [-a article_pattern=REGEX]
                          [-a max_pages=N] [-a allowed_domains=a.com,b.com]

Start URLs may be home, category or listing pages, sitemaps (`.xml`) or a robots.txt; sitemaps that
the start domains' robots.txt lists are read too. From listings (and start pages) the spider follows
the listed articles, pagination and other in-domain links; from articles, prev/next and the
recommendation block. The spider does no extraction of its own: `parsers.parse_html` does it all.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler.page_kinds import page_kind_stat
from crawler.profiles import profile_for
from crawler.signals import (
    article_fetched,
    article_fresh,
    page_failed,
    page_gone,
    page_unchanged,
)
from crawler.store import FetchInfo
from crawler.urls import host_of, normalize_record, normalize_url
from parsers import Article, ParseError, parse_html

logger = logging.getLogger(__name__)

FIRST_FAILURES_STAT = "articlecrawl/first_failures"
FIRST_FAILURES_KEPT = 3
ROLE_START = "start"
ROLE_PAGE = "page"
ROLE_SITEMAP = "sitemap"


class ArticlesSpider(Spider):
    """Crawls article sites from start URLs, listings or sitemaps; yields `parsers.Article`."""

    name = "articles"

    def __init__(
        self,
        start_urls: str | Sequence[str] = "",
        article_pattern: str | None = None,
        max_pages: str | int | None = None,
        allowed_domains: str | Sequence[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.start_urls = [_check_start_url(url) for url in _split(start_urls)]
        if not self.start_urls:
            raise ValueError("the articles spider needs start_urls=URL[,URL...]")
        self.profile = profile_for(self.start_urls)
        pattern = article_pattern or (self.profile.article_pattern if self.profile else None)
        try:
            self.article_pattern = re.compile(pattern) if pattern else None
        except re.error as exc:
            raise ValueError(f"article_pattern is not a valid regex: {exc}") from exc
        self.max_pages = _positive_int(max_pages, "max_pages")
        domains = _split(allowed_domains) if allowed_domains else []
        if not domains:
            domains = sorted({host_of(url) for url in self.start_urls})
            if self.profile:
                domains = sorted(set(domains) | set(self.profile.hosts))
        self.allowed_domains = domains
        self.follow_listing_links = True
        self.use_sitemaps = True
        self.depth_limit = 0
        self._scheduled: set[str] = set()
        self._pages_requested = 0  # what max_pages counts: robots.txt and sitemaps are not pages
        self._budget_logged = False
        # LinkExtractor's allow_domains compares host:port with the domain, so a site on a
        # non-default port would match nothing; _request() checks the host instead
        self._in_domain_links = LinkExtractor()
        self._article_links = (
            LinkExtractor(allow=self.article_pattern.pattern) if self.article_pattern else None
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticlesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, ArticlesSpider)
        if spider.profile:
            # under the user's own -s values ("cmdline" priority), over the project's defaults
            crawler.settings.setdict(dict(spider.profile.settings), priority="spider")
        spider.follow_listing_links = crawler.settings.getbool("ARTICLECRAWL_FOLLOW_LISTING_LINKS")
        spider.use_sitemaps = crawler.settings.getbool("ARTICLECRAWL_USE_SITEMAPS")
        spider.depth_limit = crawler.settings.getint("DEPTH_LIMIT")
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(spider.article_fresh, signal=article_fresh)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        for request in self._start_requests():
            if request is not None:
                yield request

    def _start_requests(self) -> Iterator[Request | None]:
        for url in self.start_urls:
            if _is_robots(url):
                yield self._request(url, ROLE_SITEMAP, callback=self.parse_robots)
            elif _is_sitemap(url):
                yield self._request(url, ROLE_SITEMAP, callback=self.parse_sitemap)
            else:
                yield self._request(url, ROLE_START)
        if self.use_sitemaps:
            for origin in sorted({_origin(url) for url in self.start_urls}):
                yield self._request(
                    f"{origin}/robots.txt", ROLE_SITEMAP, self.parse_robots, self._quietly
                )

    def parse(self, response: Response) -> Iterator[Any]:
        """Parse one page; yield its record if it is an article, then the links to follow."""
        if response.status == 304:  # a conditional request for a known article: unchanged
            self.crawler.stats.inc_value("articlecrawl/not_modified")
            self.crawler.signals.send_catch_log(page_unchanged, url=normalize_url(response.url))
            return
        self.crawler.stats.inc_value("articlecrawl/pages_parsed")
        try:
            article = parse_html(
                response.body,
                response.url,
                content_type=_header(response, b"Content-Type"),
            )
        except ParseError as exc:
            self._fail(response.url, "parse", str(exc))
            return
        self._count_kind(response.url, article.kind)
        if article.kind == "article" and self._is_article_url(response.url):
            self.crawler.stats.inc_value("articlecrawl/articles_parsed")
            record = normalize_record(article, response.url)
            self.crawler.signals.send_catch_log(
                article_fetched, url=record.url, fetch=_fetch_info(response)
            )
            yield record
        yield from self._follow(response, article)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            request = self._request(url, ROLE_SITEMAP, callback=self.parse_sitemap)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml's errors vary by version; the message is what we keep
            self._fail(response.url, "parse", f"not a sitemap: {exc}")
            return
        role, callback = (
            (ROLE_SITEMAP, self.parse_sitemap)
            if sitemap.type == "sitemapindex"
            else (ROLE_PAGE, None)
        )
        for entry in sitemap:
            loc = entry.get("loc")
            if loc:
                request = self._request(loc, role, callback=callback)
                if request is not None:
                    yield request

    def on_error(self, failure: Failure) -> None:
        """A request that could not be fetched: recorded as a failure under the URL the crawl
        asked for, unless robots.txt forbade it."""
        value = failure.value
        if isinstance(value, IgnoreRequest) and str(value) == "Forbidden by robots.txt":
            return
        request = getattr(failure, "request", None)
        url = (request.meta.get("redirect_urls") or [request.url])[0] if request else "?"
        if isinstance(value, HttpError):
            status = value.response.status
            error = f"HTTP {status}"
            if status in (404, 410):
                self.crawler.signals.send_catch_log(page_gone, url=normalize_url(url))
        elif isinstance(value, IgnoreRequest):
            error = str(value)  # refused on purpose: too big, private address, too many redirects
        else:
            error = f"{type(value).__name__}: {failure.getErrorMessage()}".strip()
        self._fail(url, "fetch", error)

    def request_dropped(self, request: Request) -> None:
        """A redirect back to a URL of its own chain: the scheduler drops it as a duplicate."""
        chain = request.meta.get("redirect_urls") or []
        if chain and request.url in chain:
            self._fail(chain[0], "fetch", f"redirect loop: {' -> '.join([*chain, request.url])}")

    def article_fresh(self, url: str) -> None:
        """A request the conditional middleware dropped (the article is fresh): no page fetched,
        so it does not count against max_pages."""
        self._pages_requested -= 1

    def request_scheduled(self, request: Request) -> None:
        """A redirect off the allowed hosts: OffsiteMiddleware drops it here, with no errback."""
        chain = request.meta.get("redirect_urls") or []
        if chain and not self._in_allowed_domains(request.url):
            self._fail(chain[0], "fetch", f"redirected off-site: {request.url}")

    def _quietly(self, failure: Failure) -> None:
        """A site without robots.txt simply lists no sitemaps."""

    # -- following links -------------------------------------------------------------------

    def _follow(self, response: Response, article: Article) -> Iterator[Request]:
        role = response.meta.get("role", ROLE_PAGE)
        urls: list[str] = []
        if article.kind == "article":
            urls.extend(link.url for link in (article.prev, article.next) if link and link.url)
            urls.extend(link.url for link in article.recommendations if link.url)
        if article.kind == "listing" or role == ROLE_START:
            urls.extend(link.url for link in article.links if link.url)
            if article.next_page:
                urls.append(article.next_page)
            if self.follow_listing_links and isinstance(response, TextResponse):
                urls.extend(link.url for link in self._in_domain_links.extract_links(response))
        if self._article_links is not None and isinstance(response, TextResponse):
            urls.extend(link.url for link in self._article_links.extract_links(response))
        depth = int(response.meta.get("depth", 0)) + 1
        if self.depth_limit and depth > self.depth_limit:
            return  # DepthMiddleware would drop them; a shallower link may still bring them
        for url in urls:
            request = self._request(url, ROLE_PAGE)
            if request is not None:
                yield request

    def _request(
        self, url: str, role: str, callback: Any = None, errback: Any = None
    ) -> Request | None:
        """A request for `url` unless it was already scheduled or the page budget is spent."""
        try:
            if urlsplit(url).scheme not in ("http", "https"):
                return None
        except ValueError:
            return None  # a malformed link (a host no host can be): nothing to fetch
        url = normalize_url(url)
        if url in self._scheduled or not self._in_allowed_domains(url):
            return None
        if callback is None and _is_sitemap(url):  # a sitemap linked from a page, say the footer
            role, callback = ROLE_SITEMAP, self.parse_sitemap
        if role != ROLE_SITEMAP:
            if self.max_pages and self._pages_requested >= self.max_pages:
                if not self._budget_logged:
                    logger.info("max_pages=%d reached: no new pages are scheduled", self.max_pages)
                    self._budget_logged = True
                return None
            self._pages_requested += 1
        self._scheduled.add(url)
        return Request(
            url,
            callback=callback or self.parse,
            errback=errback or self.on_error,
            meta={"role": role},
        )

    def _in_allowed_domains(self, url: str) -> bool:
        host = host_of(url)
        return any(host == domain or host.endswith(f".{domain}") for domain in self.allowed_domains)

    def _is_article_url(self, url: str) -> bool:
        return self.article_pattern is None or bool(self.article_pattern.search(url))

    def _count_kind(self, url: str, kind: str) -> None:
        """Count a parsed page under its kind: only articles are stored, so a site whose
        articles the parser misses would otherwise pass without a trace."""
        self.crawler.stats.inc_value(page_kind_stat(kind))
        if kind == "other":
            logger.info("page is neither article nor listing: %s", url)
        elif kind == "listing":
            logger.debug("listing page: %s", url)

    def _fail(self, url: str, stage: str, error: str) -> None:
        logger.warning("%s failed at %s: %s", url, stage, error)
        self.crawler.stats.inc_value(f"articlecrawl/failures/{stage}")
        first = self.crawler.stats.get_value(FIRST_FAILURES_STAT) or []
        if len(first) < FIRST_FAILURES_KEPT:  # for the one line that says why a run failed
            self.crawler.stats.set_value(FIRST_FAILURES_STAT, [*first, f"{url}: {error}"])
        self.crawler.signals.send_catch_log(page_failed, url=url, stage=stage, error=error)


def _fetch_info(response: Response) -> FetchInfo:
    """What the store keeps of a fetch: the bytes, and the headers to decode and re-ask."""
    return FetchInfo(
        status=response.status,
        etag=_header(response, b"ETag"),
        last_modified=_header(response, b"Last-Modified"),
        content_type=_header(response, b"Content-Type"),
        body=response.body,
    )


def _split(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [item.strip() for item in items if item and item.strip()]


def _check_start_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


def _positive_int(value: str | int | None, name: str) -> int:
    if value in (None, ""):
        return 0
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None
    if number < 0:
        raise ValueError(f"{name} must be 0 (no limit) or more, not {number}")
    return number


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _is_sitemap(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith((".xml", ".xml.gz")) or "sitemap" in path.rsplit("/", 1)[-1]


def _is_robots(url: str) -> bool:
    return urlsplit(url).path.lower() == "/robots.txt"


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
