"""The lines a crawl's end prints on stderr, built from what the run recorded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.run import CrawlOutcome


def no_page_fetched(start_urls: Sequence[str], first_failures: Sequence[str]) -> str:
    """Why a run could not fetch anything: its start URLs and the first failures' reasons."""
    line = f"no page could be fetched from {', '.join(start_urls)}"
    if first_failures:
        line += f" ({'; '.join(first_failures)})"
    return line


def check_line(check: Mapping[str, Any]) -> str:
    """One health check as "name: detail" ("field coverage: tips 20% < 50%"), as the JSON line
    has it."""
    detail = check.get("detail")
    return f"{check['name']}: {detail}" if detail else str(check["name"])


def summary_lines(outcome: CrawlOutcome) -> list[str]:
    """The end of a run for a person at a terminal (cron gets `outcome.summary()` as JSON)."""
    kinds = outcome.pages_by_kind
    failures = f"{outcome.failures} failure{'' if outcome.failures == 1 else 's'}"
    failed = [check_line(check) for check in outcome.summary()["checks"] if not check["passed"]]
    return [
        f"run {outcome.run_id} {outcome.status} in {outcome.elapsed_s:.1f} s: {outcome.pages} "
        f"pages ({kinds.article} article, {kinds.listing} listing, {kinds.other} other), "
        f"{failures}",
        f"articles: {outcome.articles_new} new, {outcome.articles_updated} updated, "
        f"{outcome.articles_unchanged} unchanged, {outcome.articles_fresh} fresh, "
        f"{outcome.articles_gone} gone",
        f"health: {'ok' if not failed else '; '.join(failed)} (exit {outcome.exit_code})",
    ]
