"""How many pages of each kind a crawl parsed, and the hint when most were not understood.

The spider counts every parsed page in Scrapy's stats under its kind; the run's JSON line, its
crawl_runs row and the hint read the counts back from there. Only articles are stored, so a site
whose articles the parser does not recognise (they come out "other") stores nothing and fails
nothing: these counts are the only place where that shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PAGE_KINDS = ("article", "listing", "other")
"""The kinds `parsers.Article.kind` takes, in the order they are reported."""

HINT_MIN_PAGES = 20
"""Pages a run must have parsed before the hint speaks: on a handful of pages, a few odd ones
(an about page, a tag cloud) would be most of them."""

HINT_MAX_OTHER_SHARE = 0.5
"""The hint speaks when more than this share of the parsed pages were "other"."""


def page_kind_stat(kind: str) -> str:
    """The Scrapy stats key that counts parsed pages of `kind`."""
    return f"articlecrawl/pages/{kind}"


@dataclass(frozen=True)
class PageKindCounts:
    """Pages a run parsed, by the kind the parser gave them (304s and skipped fresh articles
    are not parsed, so not counted; nor are pages that failed to parse)."""

    article: int = 0
    """Pages the parser called articles (stored unless --article-pattern rules the URL out)."""
    listing: int = 0
    """Category, list and index pages: followed, not stored."""
    other: int = 0
    """Pages that are neither: not stored."""

    @classmethod
    def from_stats(cls, stats: Mapping[str, Any]) -> PageKindCounts:
        """The counts the spider kept in a crawl's Scrapy stats (0 for a kind never seen)."""
        article, listing, other = (int(stats.get(page_kind_stat(k), 0)) for k in PAGE_KINDS)
        return cls(article=article, listing=listing, other=other)

    @property
    def total(self) -> int:
        return self.article + self.listing + self.other

    def to_dict(self) -> dict[str, int]:
        """{"article": N, "listing": N, "other": N}, every key always present."""
        return {"article": self.article, "listing": self.listing, "other": self.other}


def unrecognised_pages_warning(counts: PageKindCounts) -> str | None:
    """One line for the user when most of a big enough run's pages were "other"; else None."""
    if counts.total < HINT_MIN_PAGES or counts.other <= counts.total * HINT_MAX_OTHER_SHARE:
        return None
    return (
        f"warning: {counts.other} of {counts.total} pages were neither article nor listing; "
        "the parser may not recognise this site's articles "
        "(save one and see 'articlecrawl parse PAGE.html --url URL')"
    )
