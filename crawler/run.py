"""Run the `articles` spider in this process and report how the run went.

The CLI's `crawl` and `demo` commands both come here, so they build their Scrapy settings the same
way: the project's defaults (crawler/settings.py), then the site profile, then the user's `-s`.
Every run gets its own JOBDIR (Scrapy's persistent queue) next to the database, so a stopped run
can be resumed; a run that ends without being stopped removes it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.monitors import HEALTH_STAT
from crawler.outcome import exit_code_for
from crawler.page_kinds import PageKindCounts
from crawler.pipelines import RUN_ID_STAT, STATUS_STAT, STORE_ERROR_STAT
from crawler.spiders.articles import FIRST_FAILURES_STAT, ArticlesSpider

JOB_FILE = "articlecrawl-job.json"


@dataclass(frozen=True)
class Job:
    """A run's persistent queue: where it is and what the run was asked to crawl."""

    dir: Path
    start_urls: tuple[str, ...]
    max_pages: int | None = None
    article_pattern: str | None = None

    @classmethod
    def new(
        cls,
        db: str | os.PathLike[str],
        start_urls: Sequence[str],
        max_pages: int | None,
        article_pattern: str | None,
    ) -> Job:
        jobs = jobs_dir(db)
        name = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}"
        job = cls(jobs / name, tuple(start_urls), max_pages, article_pattern)
        job.dir.mkdir(parents=True, exist_ok=False)
        (job.dir / JOB_FILE).write_text(
            json.dumps(
                {
                    "start_urls": list(start_urls),
                    "max_pages": max_pages,
                    "article_pattern": article_pattern,
                }
            ),
            encoding="utf-8",
        )
        return job

    @classmethod
    def latest(cls, db: str | os.PathLike[str]) -> Job | None:
        """The most recent run that did not finish (its queue is still on disk)."""
        jobs = jobs_dir(db)
        candidates = sorted(jobs.glob(f"*/{JOB_FILE}")) if jobs.is_dir() else []
        if not candidates:
            return None
        saved = json.loads(candidates[-1].read_text(encoding="utf-8"))
        return cls(
            candidates[-1].parent,
            tuple(saved["start_urls"]),
            saved.get("max_pages"),
            saved.get("article_pattern"),
        )

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


@dataclass(frozen=True)
class CrawlOutcome:
    """What one crawl did, read off its Scrapy stats."""

    run_id: int | None
    status: str
    """The crawl_runs status: "finished", "failed" (nothing fetched) or "interrupted"."""
    finish_reason: str | None
    pages: int
    pages_by_kind: PageKindCounts
    """The pages parsed, by the kind the parser gave them."""
    articles_new: int
    articles_updated: int
    articles_unchanged: int
    articles_fresh: int
    articles_gone: int
    failures: int
    elapsed_s: float
    health: Mapping[str, Any]
    exit_code: int
    store_error: str | None = None
    """Why the database stopped taking writes (a full disk), when it did."""
    first_failures: tuple[str, ...] = ()
    """The run's first few failures, "URL: reason", in the order they happened."""

    @property
    def articles_seen(self) -> int:
        """Articles this run dealt with, each counted once in exactly one of the five counts."""
        return (
            self.articles_new
            + self.articles_updated
            + self.articles_unchanged
            + self.articles_fresh
            + self.articles_gone
        )

    def summary(self) -> dict[str, Any]:
        """The one JSON line a cron mail or a log collector gets."""
        return {
            "run_id": self.run_id,
            "status": self.status,
            "exit_code": self.exit_code,
            "finish_reason": self.finish_reason,
            "pages": self.pages,
            "pages_by_kind": self.pages_by_kind.to_dict(),
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "articles_unchanged": self.articles_unchanged,
            "articles_fresh": self.articles_fresh,
            "articles_gone": self.articles_gone,
            "failures": self.failures,
            "elapsed_s": round(self.elapsed_s, 2),
            "healthy": bool(self.health.get("healthy")),
            "store_error": self.store_error,
            "checks": list(self.health.get("checks", [])),
        }


def jobs_dir(db: str | os.PathLike[str]) -> Path:
    """Where the runs' queues live: `<db>.jobs/`, one folder per run."""
    return Path(f"{os.fspath(db)}.jobs")


def crawl_settings(db: str | Path, overrides: Mapping[str, Any] | None = None) -> Settings:
    """The project's settings with the database and the user's `-s` values on top."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ARTICLECRAWL_DB", str(db), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(
    job: Job,
    *,
    db: str | Path,
    overrides: Mapping[str, Any] | None = None,
) -> CrawlOutcome:
    """Crawl `job` into `db` and block until the crawl ends (once per process: Twisted's reactor
    cannot be restarted). The job's folder is removed unless the run was stopped."""
    settings = crawl_settings(db, {**(overrides or {}), "JOBDIR": str(job.dir)})
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ArticlesSpider)
    process.crawl(
        crawler,
        start_urls=list(job.start_urls),
        max_pages=job.max_pages or 0,
        article_pattern=job.article_pattern,
    )
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    outcome = _outcome(stats)
    if outcome.status != "interrupted":
        job.remove()
    return outcome


def _outcome(stats: Mapping[str, Any]) -> CrawlOutcome:
    def count(name: str) -> int:
        return int(stats.get(f"articlecrawl/{name}", 0))

    failures = sum(
        int(value) for key, value in stats.items() if key.startswith("articlecrawl/failures/")
    )
    status = str(stats.get(STATUS_STAT, "failed"))
    store_error = stats.get(STORE_ERROR_STAT)
    health = json.loads(stats.get(HEALTH_STAT) or '{"healthy": false, "checks": []}')
    return CrawlOutcome(
        run_id=stats.get(RUN_ID_STAT),
        status=status,
        finish_reason=stats.get("finish_reason"),
        pages=count("pages_parsed") + count("not_modified"),
        pages_by_kind=PageKindCounts.from_stats(stats),
        articles_new=count("articles_new"),
        articles_updated=count("articles_updated"),
        articles_unchanged=count("articles_unchanged"),
        articles_fresh=count("articles_fresh"),
        articles_gone=count("articles_gone"),
        failures=failures,
        elapsed_s=float(stats.get("elapsed_time_seconds", 0.0)),
        health=health,
        exit_code=exit_code_for(status, health),
        store_error=store_error,
        first_failures=tuple(stats.get(FIRST_FAILURES_STAT) or ()),
    )
