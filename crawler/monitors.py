"""Health checks run when a crawl closes, with Spidermon; the verdict goes into the run's stats.

Spidermon's own monitors do what they can (field coverage, finish reason); two checks are ours
because articlecrawl counts differently: an article answered 304 or left alone as fresh is seen but
not scraped, so "enough articles" counts those too, and the error rate is failures per page tried.
The `RecordVerdict` action writes the verdict to the stats (`articlecrawl/health`), where the
pipeline stores it in `crawl_runs` and the CLI turns it into the exit code.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from spidermon import Monitor, MonitorSuite, monitors
from spidermon import settings as spidermon_settings
from spidermon.contrib.scrapy.monitors import FieldCoverageMonitor, FinishReasonMonitor
from spidermon.core.actions import Action

HEALTH_STAT = "articlecrawl/health"

_PASSED = {
    *spidermon_settings.MONITOR.STATUSES.SUCCESSFUL,
    spidermon_settings.MONITOR.STATUS.SKIPPED,
}


@monitors.name("articles")
class ArticleCountMonitor(Monitor):
    """At least ARTICLECRAWL_MIN_ITEMS articles seen (stored, updated, unchanged or fresh)."""

    longMessage = False  # the message alone, not unittest's "66 not greater than ..." before it

    @monitors.name("enough articles")
    def test_enough_articles(self) -> None:
        minimum = self.data.crawler.settings.getint("ARTICLECRAWL_MIN_ITEMS", 1)
        seen = articles_seen(self.data.stats)
        self.assertGreaterEqual(seen, minimum, msg=f"{seen} articles seen, expected >= {minimum}")


@monitors.name("errors")
class ErrorRateMonitor(Monitor):
    """Failures per page tried under ARTICLECRAWL_MAX_ERROR_RATE."""

    longMessage = False

    @monitors.name("error rate")
    def test_error_rate(self) -> None:
        limit = self.data.crawler.settings.getfloat("ARTICLECRAWL_MAX_ERROR_RATE", 0.1)
        stats = self.data.stats
        failures = sum(
            int(value) for key, value in stats.items() if key.startswith("articlecrawl/failures/")
        )
        tried = int(stats.get("articlecrawl/pages_parsed", 0)) + failures
        rate = failures / tried if tried else 0.0
        self.assertLessEqual(
            rate, limit, msg=f"{failures} of {tried} pages failed ({rate:.1%} > {limit:.1%})"
        )


class RecordVerdict(Action):
    """Puts every check's outcome into the crawl's stats as JSON."""

    def run_action(self) -> None:
        checks = [
            {
                "name": item.item.name,
                "passed": item.status in _PASSED,
                "detail": _one_line(item.reason or item.error),
            }
            for item in self.result.monitor_results
        ]
        verdict = {"healthy": all(check["passed"] for check in checks), "checks": checks}
        self.data.crawler.stats.set_value(HEALTH_STAT, json.dumps(verdict))


class HealthSuite(MonitorSuite):
    """The checks every articlecrawl run gets when it closes."""

    monitors: ClassVar[list[type]] = [
        ArticleCountMonitor,
        ErrorRateMonitor,
        FieldCoverageMonitor,
        FinishReasonMonitor,
    ]
    monitors_finished_actions: ClassVar[list[type]] = [RecordVerdict]


def articles_seen(stats: Any) -> int:
    """Articles this run stored, updated, found unchanged (a 304, or the same content), or left
    alone because they were fetched recently."""
    return sum(
        int(stats.get(f"articlecrawl/articles_{kind}", 0))
        for kind in ("new", "updated", "unchanged", "fresh")
    )


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    lines = [line.strip() for line in str(text).strip().splitlines() if line.strip()]
    # unittest puts the assertion message on the last line of a failure's traceback
    return lines[-1].removeprefix("AssertionError: ") if lines else None
