"""URL hygiene for the crawl: one spelling per page, whatever tracking tags a link carries."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsers import Article, Link

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "spm",
        "from",
        "share_from",
        "scene",
        "ref",
        "ref_src",
        "_hsenc",
        "_hsmi",
    }
)
"""Query parameters that say where a visitor came from, not which page they get."""

TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")


def normalize_url(url: str) -> str:
    """`url` without its fragment and tracking parameters; scheme and host lower-cased.

    The order of the remaining parameters is kept: sites may care about it, and two links to one
    page rarely differ in it.

    >>> normalize_url("HTTP://Example.com/p/1.html?utm_source=x&id=2&from=timeline#comments")
    'http://example.com/p/1.html?id=2'
    >>> normalize_url("https://example.com/")
    'https://example.com/'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url  # not a URL urllib can take apart; the spider will not request it
    query = parts.query
    if query:
        kept = [
            (name, value)
            for name, value in parse_qsl(query, keep_blank_values=True)
            if not is_tracking_param(name)
        ]
        query = urlencode(kept, doseq=True)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def is_tracking_param(name: str) -> bool:
    """True for utm_*-style and well-known click-id parameters."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def host_of(url: str) -> str:
    """The host name of `url`, lower-cased, without port or credentials."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def normalize_record(article: Article, url: str) -> Article:
    """The record with its URLs in the crawl's one spelling: `url` (where the page was fetched
    from) and its prev/next/recommendation links without tracking tags or fragments."""

    def link(value: Link) -> Link:
        if value.url is None:
            return value
        return dataclasses.replace(value, url=normalize_url(value.url))

    return dataclasses.replace(
        article,
        url=normalize_url(url),
        prev=link(article.prev) if article.prev else None,
        next=link(article.next) if article.next else None,
        recommendations=tuple(link(r) for r in article.recommendations),
    )
