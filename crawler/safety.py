"""A downloader middleware that keeps the crawl off private networks (server-side request forgery).

A page, or a redirect, may point the crawler at 10.0.0.5, 127.0.0.1:6379 or the cloud metadata
address 169.254.169.254. `PrivateAddressMiddleware` refuses every request whose host is, or
resolves to, a private, loopback, link-local, reserved, multicast or unspecified address, with
two exceptions: the origins (host and port) the crawl was started on, when they are such
addresses themselves (crawling an intranet site, or a test server on 127.0.0.1), and any address
when ARTICLECRAWL_ALLOW_PRIVATE_ADDRESSES is set.

Host names are resolved with `socket.getaddrinfo` in a thread (never blocking the reactor), once
per host; IP literals are judged directly. A refusal raises `RefusedRequest`, an IgnoreRequest
whose message the spider records as the failure's error ("refused: private address 10.0.0.5").

Enable it after Scrapy's OffsiteMiddleware (50: off-site hosts are refused first, without a DNS
lookup) and before RobotsTxtMiddleware (100: no robots.txt is fetched from a refused host).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import threads

logger = logging.getLogger(__name__)

ALLOW_SETTING = "ARTICLECRAWL_ALLOW_PRIVATE_ADDRESSES"
STATS_PREFIX = "articlecrawl/refused"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], list[str]]
"""Host name -> its IP addresses as text; raises OSError when the name does not resolve."""


class RefusedRequest(IgnoreRequest):
    """A request the crawl refused on purpose for safety; the message says why."""


def is_private_address(address: Address) -> bool:
    """True for any address that is not a public unicast one.

    >>> is_private_address(ipaddress.ip_address("10.0.0.5"))
    True
    >>> is_private_address(ipaddress.ip_address("::ffff:127.0.0.1"))
    True
    >>> is_private_address(ipaddress.ip_address("93.184.216.34"))
    False
    """
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:10.0.0.5 reaches 10.0.0.5
    return not address.is_global or address.is_multicast


def refusal_reason(
    url: str, addresses: Iterable[Address], start_origins: Iterable[tuple[str, str, int]] = ()
) -> str | None:
    """Why a request for `url`, whose host has `addresses`, must not be sent; None: send it.

    `start_origins` are the crawl's own (scheme, host, port): always allowed. Any other origin
    with a private address among its host's addresses is refused, naming that address.
    """
    origins = set(start_origins)
    if _origin(url) in origins:
        return None
    private = next((a for a in addresses if is_private_address(a)), None)
    if private is None:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    reason = f"refused: private address {private}"
    if _ip_literal(host) is None:
        reason += f" ({host})"
    elif any(origin[1] == host for origin in origins):
        port = _origin(url)[2]
        reason += f" (port {port} is not the crawl's)"
    return reason


def resolve_host(host: str) -> list[str]:
    """Every address `host` resolves to (IPv4 and IPv6), as getaddrinfo gives them."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]).split("%", 1)[0] for info in infos})


class PrivateAddressMiddleware:
    """Refuses requests to non-public addresses but the crawl's own private start origins."""

    def __init__(
        self,
        start_urls: Iterable[str] = (),
        *,
        allow_all: bool = False,
        resolve: Resolver = resolve_host,
        crawler: Crawler | None = None,
    ) -> None:
        self.allow_all = allow_all
        self.resolve = resolve
        self.crawler = crawler
        self._start_origins = {_origin(url) for url in start_urls}
        self._cache: dict[str, tuple[Address, ...]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        middleware = cls(allow_all=crawler.settings.getbool(ALLOW_SETTING), crawler=crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        """The crawl's start URLs are known once the spider exists."""
        self.add_start_urls(getattr(spider, "start_urls", ()))

    def add_start_urls(self, urls: Iterable[str]) -> None:
        """Allow the origins of `urls` (the crawl's own), private or not."""
        self._start_origins |= {_origin(url) for url in urls}

    async def process_request(self, request: Request) -> None:
        """Return None to let `request` through; raise RefusedRequest to refuse it."""
        if self.allow_all:
            return
        host = (urlsplit(request.url).hostname or "").lower()
        if not host or _origin(request.url) in self._start_origins:
            return
        addresses = self._cache.get(host)
        if addresses is None:
            addresses = await self._addresses(host)
            self._cache[host] = addresses
        reason = refusal_reason(request.url, addresses, self._start_origins)
        if reason is None:
            return
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"{STATS_PREFIX}/private_address")
        logger.warning("%s: %s", request.url, reason)
        raise RefusedRequest(reason)

    async def _addresses(self, host: str) -> tuple[Address, ...]:
        literal = _ip_literal(host)
        if literal is not None:
            return (literal,)
        try:
            found = await maybe_deferred_to_future(threads.deferToThread(self.resolve, host))
        except (OSError, UnicodeError):
            return ()  # unresolvable: the download fails by itself, with DNS's own message
        return tuple(a for a in (_ip_literal(text) for text in found) if a is not None)


def _ip_literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    try:
        port = parts.port or _default_port(parts.scheme)
    except ValueError:  # a port out of range: no start origin matches it
        port = -1
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def _default_port(scheme: str) -> int:
    return 443 if scheme.lower() == "https" else 80
