"""The health verdict of a cluster crawl, given by the loader when the crawl is drained.

A single-machine crawl runs Spidermon's suite (`crawler.monitors`) when its spider closes; a
cluster crawl has no one spider that saw everything, so the loader applies the same checks to
the summed counters of all workers and to the records it loaded, under the same short names:
enough articles, error rate, field coverage (SPIDERMON_FIELD_COVERAGE_RULES) and finish reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from crawler.monitors import articles_seen
from parsers import Article


class FieldCoverage:
    """How many loaded articles had each field filled (Spidermon's SKIP_NONE sense)."""

    def __init__(self) -> None:
        self.articles = 0
        self.filled: Counter[str] = Counter()

    def add(self, article: Article) -> None:
        self.articles += 1
        for name, value in article.to_dict().items():
            if value not in (None, "", [], {}):
                self.filled[name] += 1

    def share(self, field: str) -> float:
        return self.filled[field] / self.articles if self.articles else 1.0


def cluster_verdict(
    stats: Mapping[str, Any],
    settings: Any,
    coverage: FieldCoverage,
    finish_reason: str,
) -> dict[str, Any]:
    """{"healthy": bool, "checks": [{"name", "passed", "detail"}]}, as the monitors record it.

    `stats` are the workers' summed counters with the loader's article counts
    (articlecrawl/articles_new, _updated, _unchanged) in; `settings` the Scrapy settings.
    """
    checks = []
    minimum = settings.getint("ARTICLECRAWL_MIN_ITEMS", 1)
    seen = articles_seen(stats)
    checks.append(_check("enough articles", seen >= minimum, f"{seen} articles seen < {minimum}"))

    limit = settings.getfloat("ARTICLECRAWL_MAX_ERROR_RATE", 0.1)
    failures = sum(
        int(value) for key, value in stats.items() if key.startswith("articlecrawl/failures/")
    )
    tried = int(stats.get("articlecrawl/pages_parsed", 0)) + failures
    rate = failures / tried if tried else 0.0
    checks.append(
        _check(
            "error rate",
            rate <= limit,
            f"{failures} of {tried} pages failed: {rate:.0%} > {limit:.0%}",
        )
    )

    short = []
    for rule, wanted in sorted(settings.getdict("SPIDERMON_FIELD_COVERAGE_RULES").items()):
        field = rule.split("/", 1)[-1]  # "Article/tips" -> "tips"
        share = coverage.share(field)
        if share < float(wanted):
            short.append(f"{field} {share:.1%} < {float(wanted):.1%}")
    checks.append(_check("field coverage", not short, ", ".join(short)))

    checks.append(
        _check(
            "finish reason",
            finish_reason == "finished",
            f"ended {finish_reason!r}, not 'finished'",
        )
    )
    return {"healthy": all(check["passed"] for check in checks), "checks": checks}


def _check(name: str, passed: bool, detail: str) -> dict[str, Any]:
    return {"name": name, "passed": passed, "detail": None if passed else detail}
