"""site.json: the sample site's server behaviour and its ground truth, as typed values.

SAMPLE_SITE_DIR is found relative to this package (crawler/samplesite -> ../../data/sample_site),
so it exists in a repository checkout and in an editable install (`pip install -e .`), not in a
wheel: the site's files are not package data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parsers.record import Tip

SAMPLE_SITE_DIR: Path = Path(__file__).resolve().parents[2] / "data" / "sample_site"
MANIFEST_NAME = "site.json"


@dataclass(frozen=True)
class Redirect:
    """Where a path redirects, and with which status (301 or 302)."""

    location: str
    status: int = 301


@dataclass(frozen=True)
class ArticleTruth:
    """One article page as a person reads it (written from the content spec)."""

    path: str
    """URL path on the site ("/p/75078.html")."""
    title: str
    language: str
    """"en" or "zh"."""
    encoding: str
    """The bytes' encoding: "utf-8" or "gbk"."""
    published: str
    """ISO 8601 date-time the page prints."""
    breadcrumbs: tuple[str, ...]
    tips: tuple[Tip, ...]
    """The numbered items as a tree (`parsers.record.Tip`, the parser's own record)."""
    tip_count: int
    """Tips at every depth."""
    prev: str | None
    """Path of the previous article; None when the page shows none."""
    next: str | None
    recommendations: tuple[str, ...]
    """Paths of the related-articles block, page order, tracking query and fragment removed."""
    recommendation_hrefs: tuple[str, ...]
    """The same links' hrefs exactly as printed (tracking queries included)."""
    features: tuple[str, ...]
    """What the page exercises (free text, also listed in the site's README)."""


@dataclass(frozen=True)
class ListingTruth:
    """One listing page: the article links it shows and its next page."""

    path: str
    links: tuple[str, ...]
    """Distinct link targets of the page's main list, page order, query and fragment removed
    (not nav, sidebar or pagination links; an old URL such as /article/75090.htm is listed as
    printed: the server redirects it)."""
    next_page: str | None


@dataclass(frozen=True)
class SiteManifest:
    """site.json, parsed."""

    redirects: dict[str, Redirect]
    content_types: dict[str, str]
    """Path prefix -> Content-Type; the longest matching prefix wins; others by extension."""
    rewrite_origin: tuple[str, ...]
    """Paths whose "{{ORIGIN}}" the server replaces with its own origin."""
    hidden: tuple[str, ...]
    """Files under the root the server answers 404 for (site.json, README.md)."""
    articles: tuple[ArticleTruth, ...]
    listings: tuple[str, ...]
    listing_pages: tuple[ListingTruth, ...]
    missing: tuple[str, ...]
    """Linked paths that answer 404."""
    offsite: tuple[str, ...]
    """Absolute URLs of other hosts the pages link to (never fetched in tests)."""
    disallowed: tuple[str, ...]
    """Existing, linked paths that robots.txt disallows."""

    def article(self, path: str) -> ArticleTruth:
        """The article at `path`; KeyError when there is none."""
        for article in self.articles:
            if article.path == path:
                return article
        raise KeyError(path)

    @property
    def tip_count(self) -> int:
        """Tips of all articles at every depth."""
        return sum(article.tip_count for article in self.articles)


def load_site_manifest(root: Path = SAMPLE_SITE_DIR) -> SiteManifest:
    """Read `root`/site.json."""
    data = json.loads((Path(root) / MANIFEST_NAME).read_text(encoding="utf-8"))
    return manifest_from_dict(data)


def manifest_from_dict(data: dict[str, Any]) -> SiteManifest:
    """A SiteManifest from site.json's parsed JSON. A redirect is "/to" (301) or
    {"location": "/to", "status": 302}."""
    redirects = {
        path: Redirect(value) if isinstance(value, str) else Redirect(**value)
        for path, value in data.get("redirects", {}).items()
    }
    return SiteManifest(
        redirects=redirects,
        content_types=dict(data.get("content_types", {})),
        rewrite_origin=tuple(data.get("rewrite_origin", ())),
        hidden=tuple(data.get("hidden", ())),
        articles=tuple(_article(a) for a in data.get("articles", ())),
        listings=tuple(data.get("listings", ())),
        listing_pages=tuple(
            ListingTruth(item["path"], tuple(item["links"]), item.get("next_page"))
            for item in data.get("listing_pages", ())
        ),
        missing=tuple(data.get("missing", ())),
        offsite=tuple(data.get("offsite", ())),
        disallowed=tuple(data.get("disallowed", ())),
    )


def _article(item: dict[str, Any]) -> ArticleTruth:
    return ArticleTruth(
        path=item["path"],
        title=item["title"],
        language=item["language"],
        encoding=item["encoding"],
        published=item["published"],
        breadcrumbs=tuple(item["breadcrumbs"]),
        tips=tuple(Tip.from_dict(tip) for tip in item["tips"]),
        tip_count=item["tip_count"],
        prev=item["prev"],
        next=item["next"],
        recommendations=tuple(item["recommendations"]),
        recommendation_hrefs=tuple(item["recommendation_hrefs"]),
        features=tuple(item.get("features", ())),
    )
