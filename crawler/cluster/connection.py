"""The cluster's Redis: connecting to it with one clear error, and the keys one crawl uses.

Every key of a crawl starts with a prefix (ARTICLECRAWL_REDIS_PREFIX, "articlecrawl"), so one
Redis database can hold the crawls of several teams side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import redis
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.retry import Retry

from crawler.settings import ARTICLECRAWL_REDIS_PREFIX

DEFAULT_PREFIX = ARTICLECRAWL_REDIS_PREFIX
URL_SCHEMES = ("redis", "rediss", "unix")

# A Redis restart (or a failover) takes a moment: commands are retried for about half a
# minute before the worker or loader gives up, instead of failing at the first refused
# connection. redis-py's default is 3 quick retries, which a restart outlasts.
_RETRY_ERRORS = (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError)


class ClusterError(Exception):
    """Redis cannot be used (unreachable, wrong password, a bad URL): one line, exit 2."""


@dataclass(frozen=True)
class CrawlKeys:
    """The Redis keys of the crawl under `prefix`."""

    prefix: str = DEFAULT_PREFIX

    @property
    def crawl(self) -> str:
        """Hash: the crawl's start URLs, spider arguments, state and run id."""
        return f"{self.prefix}:crawl"

    @property
    def requests(self) -> str:
        """Sorted set: requests waiting to be fetched (JSON), scored by -priority."""
        return f"{self.prefix}:requests"

    @property
    def leases(self) -> str:
        """Sorted set: requests a worker has taken, scored by when its lease expires."""
        return f"{self.prefix}:leases"

    @property
    def dupefilter(self) -> str:
        """Set: fingerprints of every request queued once (scrapy-redis's duplicate filter)."""
        return f"{self.prefix}:dupefilter"

    @property
    def items(self) -> str:
        """List: what the workers hand the loader (records, 304s, gones, failures), JSON."""
        return f"{self.prefix}:items"

    @property
    def processing(self) -> str:
        """List: the loader's current batch, moved here from `items` until it is committed."""
        return f"{self.prefix}:items:processing"

    @property
    def stats(self) -> str:
        """Hash: the workers' Scrapy counters, summed."""
        return f"{self.prefix}:stats"

    @property
    def workers(self) -> str:
        """Sorted set: worker ids scored by their last heartbeat (Redis time)."""
        return f"{self.prefix}:workers"

    @property
    def recovered(self) -> str:
        """Counter: requests taken back from workers whose lease expired."""
        return f"{self.prefix}:recovered"

    def all(self) -> tuple[str, ...]:
        return (
            self.crawl,
            self.requests,
            self.leases,
            self.dupefilter,
            self.items,
            self.processing,
            self.stats,
            self.workers,
            self.recovered,
        )


def connect(url: str, *, connect_timeout: float = 5.0) -> redis.Redis:
    """A client for the Redis at `url` that has answered a PING; ClusterError if it cannot.

    redis://[:password@]host:port/db, rediss:// for TLS, unix:///path/to/socket.
    """
    check_url(url)
    try:
        # the first PING without retries: an unreachable server is one quick line, not half a
        # minute of retrying; once it has answered, the client retries through restarts
        probe = redis.Redis.from_url(
            url, socket_connect_timeout=connect_timeout, retry=Retry(NoBackoff(), 0)
        )
        probe.ping()
        probe.close()
        client = redis.Redis.from_url(url, **client_options(connect_timeout))
    except redis.AuthenticationError as exc:
        raise ClusterError(f"Redis at {redact(url)} refused the password: {exc}") from None
    except redis.ResponseError as exc:  # NOAUTH: a server with a password, none given
        raise ClusterError(f"Redis at {redact(url)} refused the connection: {exc}") from None
    except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
        raise ClusterError(f"cannot reach Redis at {redact(url)}: {_first_line(exc)}") from None
    except ValueError as exc:  # from_url: a port that is not a number, a bad db
        raise ClusterError(f"not a usable Redis URL {redact(url)}: {exc}") from None
    return client


def client_options(connect_timeout: float = 5.0) -> dict[str, object]:
    """The redis-py options every cluster client uses (scrapy-redis's REDIS_PARAMS too)."""
    return {
        "socket_connect_timeout": connect_timeout,
        "socket_timeout": 30,
        "health_check_interval": 15,
        "retry": Retry(ExponentialBackoff(cap=2.0, base=0.05), retries=20),
        "retry_on_error": list(_RETRY_ERRORS),
    }


def check_url(url: str) -> None:
    """ClusterError unless `url` is a redis://, rediss:// or unix:// URL."""
    scheme = urlsplit(url).scheme
    if scheme not in URL_SCHEMES:
        raise ClusterError(f"not a Redis URL (redis://, rediss:// or unix://): {redact(url)!r}")


def redact(url: str) -> str:
    """`url` with its password replaced by ***, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
