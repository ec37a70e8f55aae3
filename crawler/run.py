"""Run the `articles` spider in this process and report how the run went.

The CLI's `crawl` and `demo` commands both come here, so they build their Scrapy settings the same
way: the project's defaults (crawler/settings.py), then the site profile, then the user's `-s`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.pipelines import RUN_ID_STAT
from crawler.spiders.articles import ArticlesSpider


@dataclass(frozen=True)
class CrawlOutcome:
    """What one crawl did, read off its Scrapy stats."""

    run_id: int | None
    status: str
    """The crawl_runs status: "finished", "failed" (nothing fetched) or "interrupted"."""
    finish_reason: str | None
    pages: int
    articles_new: int
    articles_updated: int
    articles_unchanged: int
    failures: int
    elapsed_s: float

    def summary(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "finish_reason": self.finish_reason,
            "pages": self.pages,
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "articles_unchanged": self.articles_unchanged,
            "failures": self.failures,
            "elapsed_s": round(self.elapsed_s, 2),
        }


def crawl_settings(db: str | Path, overrides: Mapping[str, Any] | None = None) -> Settings:
    """The project's settings with the database and the user's `-s` values on top."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ARTICLECRAWL_DB", str(db), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(
    start_urls: Sequence[str],
    *,
    db: str | Path,
    max_pages: int | None = None,
    article_pattern: str | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> CrawlOutcome:
    """Crawl from `start_urls` into `db` and block until the crawl ends (once per process:
    Twisted's reactor cannot be restarted)."""
    process = CrawlerProcess(crawl_settings(db, overrides))
    crawler = process.create_crawler(ArticlesSpider)
    process.crawl(
        crawler,
        start_urls=list(start_urls),
        max_pages=max_pages or 0,
        article_pattern=article_pattern,
    )
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    failures = sum(
        int(value) for key, value in stats.items() if key.startswith("articlecrawl/failures/")
    )
    return CrawlOutcome(
        run_id=stats.get(RUN_ID_STAT),
        status=str(stats.get("articlecrawl/status", "failed")),
        finish_reason=stats.get("finish_reason"),
        pages=int(stats.get("articlecrawl/pages_parsed", 0)),
        articles_new=int(stats.get("articlecrawl/articles_new", 0)),
        articles_updated=int(stats.get("articlecrawl/articles_updated", 0)),
        articles_unchanged=int(stats.get("articlecrawl/articles_unchanged", 0)),
        failures=failures,
        elapsed_s=float(stats.get("elapsed_time_seconds", 0.0)),
    )
