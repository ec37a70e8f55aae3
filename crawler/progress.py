"""One live progress line on the terminal while a crawl runs: pages, articles, failures, rate.

A Scrapy extension (like Scrapy's own LogStats, which logs a line a minute): on when
ARTICLECRAWL_PROGRESS is true, which `articlecrawl crawl` sets only when stderr is a terminal and
Scrapy's log is not shown there. Under cron there is no terminal, so no line.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

PROGRESS_INTERVAL_S = 0.5


class ProgressLine:
    """Redraws one line on stderr every half second; ends it with a newline when the crawl ends."""

    def __init__(self, crawler: Crawler, stream: TextIO) -> None:
        self.stats = crawler.stats
        self.stream = stream
        self.started = time.monotonic()
        self.task: Any = None
        self._width = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        if not crawler.settings.getbool("ARTICLECRAWL_PROGRESS"):
            raise NotConfigured  # without a reason: Scrapy would log one as a warning every run
        line = cls(crawler, sys.stderr)
        crawler.signals.connect(line.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(line.spider_closed, signal=signals.spider_closed)
        return line

    def spider_opened(self) -> None:
        self.started = time.monotonic()
        self.task = create_looping_call(self.draw)
        self.task.start(PROGRESS_INTERVAL_S)

    def spider_closed(self) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.draw()
        self.stream.write("\n")
        self.stream.flush()

    def draw(self) -> None:
        line = progress_text(self.stats.get_stats(), time.monotonic() - self.started)
        # \r back to the start of the line; spaces wipe what a longer previous line left
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)


def progress_text(stats: dict[str, Any], elapsed_s: float) -> str:
    """ "crawling: 120 pages, 58 articles, 2 failures, 35.2 pages/s" from a crawl's stats."""
    unchanged = int(stats.get("articlecrawl/not_modified", 0))  # a 304: a known article
    pages = int(stats.get("articlecrawl/pages_parsed", 0)) + unchanged
    # counted as they come: the store's new/updated counts arrive a batch at a time
    articles = (
        int(stats.get("articlecrawl/articles_parsed", 0))
        + unchanged
        + int(stats.get("articlecrawl/articles_fresh", 0))
    )
    failures = sum(
        int(value) for key, value in stats.items() if key.startswith("articlecrawl/failures/")
    )
    rate = pages / elapsed_s if elapsed_s > 0 else 0.0
    return (
        f"crawling: {pages} pages, {articles} articles, "
        f"{failures} failure{'' if failures == 1 else 's'}, {rate:.1f} pages/s"
    )
