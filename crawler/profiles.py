"""Ready-made profiles for sites we know: spider arguments and settings that suit them.

A profile only sharpens a crawl (which URLs are articles, how gently to go); the parser stays
generic. `articlecrawl crawl https://www.deeho.com/` picks the profile by the start URL's host.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crawler.urls import host_of


@dataclass(frozen=True)
class Profile:
    """What articlecrawl knows about one site."""

    name: str
    hosts: tuple[str, ...]
    """Host names the profile applies to; the crawl stays inside them."""
    article_pattern: str | None = None
    """Regex that article URLs match; links that match it are followed from any page."""
    settings: Mapping[str, Any] = field(default_factory=dict)
    """Scrapy settings for this site, applied under the user's own `-s` values."""


PROFILES: tuple[Profile, ...] = (
    Profile(
        name="deeho",
        hosts=("www.deeho.com", "deeho.com"),
        article_pattern=r"^https?://(www\.)?deeho\.com/p/\d+\.html$",
        settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 2, "DOWNLOAD_DELAY": 1.0},
    ),
)


def profile_for(start_urls: Sequence[str]) -> Profile | None:
    """The profile whose hosts include every start URL's host, if there is exactly one such."""
    hosts = {host_of(url) for url in start_urls}
    matches = [p for p in PROFILES if hosts and hosts <= set(p.hosts)]
    return matches[0] if len(matches) == 1 else None
