"""Health checks run when a crawl closes, with Spidermon; the verdict goes into the run's stats.

Spidermon's own monitors do what they can (field coverage, finish reason); two checks are ours
because articlecrawl counts differently: an article answered 304 or left alone as fresh is seen but
not scraped, so "enough articles" counts those too, and the error rate is failures per page tried.
The `RecordVerdict` action writes the verdict to the stats (`articlecrawl/health`), where the
pipeline stores it in `crawl_runs` and the CLI turns it into the exit code. Each check gets a
short name and a one-line detail ("field coverage", "tips 20% < 50%"), the same in the JSON line,
the database and the error line on stderr.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping
from typing import Any, ClassVar

from scrapy.exceptions import ScrapyDeprecationWarning
from spidermon import Monitor, MonitorSuite, monitors
from spidermon import settings as spidermon_settings
from spidermon.contrib.scrapy.monitors import FieldCoverageMonitor, FinishReasonMonitor
from spidermon.core.actions import Action

HEALTH_STAT = "articlecrawl/health"

# Spidermon logs through Spider.log(), which Scrapy deprecates: a warning in every crawl's log
# that no user of articlecrawl can act on
warnings.filterwarnings(
    "ignore", message=r"Spider\.log\(\) is deprecated", category=ScrapyDeprecationWarning
)

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
        self.assertGreaterEqual(seen, minimum, msg=f"{seen} articles seen < {minimum}")


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
            rate, limit, msg=f"{failures} of {tried} pages failed: {rate:.0%} > {limit:.0%}"
        )


class RecordVerdict(Action):
    """Puts every check's outcome into the crawl's stats as JSON."""

    def run_action(self) -> None:
        checks = [
            {
                "name": CHECK_NAMES.get(type(item.item), item.item.name),
                "passed": item.status in _PASSED,
                "detail": self._detail(item),
            }
            for item in self.result.monitor_results
        ]
        verdict = {"healthy": all(check["passed"] for check in checks), "checks": checks}
        self.data.crawler.stats.set_value(HEALTH_STAT, json.dumps(verdict))

    def _detail(self, item: Any) -> str | None:
        passed = item.status in _PASSED
        if isinstance(item.item, FieldCoverageMonitor) and not passed:
            # Spidermon's message is a paragraph over several lines; the numbers are in the stats
            rules = self.data.crawler.settings.getdict("SPIDERMON_FIELD_COVERAGE_RULES")
            return field_coverage_shortfalls(self.data.stats, rules) or _one_line(item.error)
        if isinstance(item.item, FinishReasonMonitor) and not passed:
            reason = self.data.stats.get("finish_reason")
            return f"ended {reason!r}, not 'finished'"
        return _one_line(item.reason or item.error)


CHECK_NAMES: dict[type, str] = {
    ArticleCountMonitor: "enough articles",
    ErrorRateMonitor: "error rate",
    FieldCoverageMonitor: "field coverage",
    FinishReasonMonitor: "finish reason",
}
"""The short name each check has in the JSON line, in crawl_runs.health and on stderr."""


def field_coverage_shortfalls(stats: Mapping[str, Any], rules: Mapping[str, Any]) -> str | None:
    """ "tips 20% < 50%" for each field under its rule, or None when none is."""
    short = []
    for field, expected in rules.items():
        actual = float(stats.get(f"spidermon_field_coverage/{field}", 0))
        if actual < float(expected):
            name = field.split("/", 1)[-1]  # "Article/tips" -> "tips"
            short.append(f"{name} {_percent(actual)} < {_percent(float(expected))}")
    return ", ".join(short) or None


def _percent(share: float) -> str:
    return f"{share:.0%}" if round(share * 100) == share * 100 else f"{share:.1%}"


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
