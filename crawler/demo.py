"""`articlecrawl demo`: serve the bundled sample site on 127.0.0.1 and crawl it into a database.

The site is served on a fixed port (SAMPLE_SITE_PORT, the one `python -m crawler.samplesite
serve` uses too), so its pages keep the same URLs from one demo to the next: a second demo finds
every article already stored and asks for each again conditionally (a 304 each), and the database
keeps one copy of the site. A random port would make every URL new on every run.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from crawler.options import OptionError
from crawler.run import CrawlOutcome, Job, run_crawl
from crawler.samplesite import SAMPLE_SITE_DIR, SAMPLE_SITE_PORT, serve

DEMO_SETTINGS = {
    "LOG_LEVEL": "ERROR",  # the summary says what failed
    # it is our own server on loopback: no need to be gentle
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    # every stored article is asked again (conditionally), so a second demo shows the 304 path
    "ARTICLECRAWL_RECRAWL_AFTER_DAYS": 0,
}


def crawl_sample_site(
    db: str | Path,
    port: int = SAMPLE_SITE_PORT,
    on_serving: Callable[[str], None] | None = None,
) -> CrawlOutcome:
    """Serve the sample site on 127.0.0.1:`port` and crawl it into `db` (the caller holds the
    lock). OptionError when the port is taken."""
    with ExitStack() as stack:
        try:
            site = stack.enter_context(serve(SAMPLE_SITE_DIR, port=port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            raise OptionError(
                f"port {port} is in use (another demo, or the sample site served by hand?): "
                "give another with --port N"
            ) from None
        if on_serving is not None:
            on_serving(site.url)
        return run_crawl(Job.new(db, [site.url], None, None), db=db, overrides=DEMO_SETTINGS)


def run_summary(outcome: CrawlOutcome, db: str | Path) -> str:
    """What this run did, in one line: its own counts, not the database's totals."""
    failures = f"{outcome.failures} failure{'' if outcome.failures == 1 else 's'}"
    return (
        f"crawled {outcome.pages} pages in {outcome.elapsed_s:.1f} s into {db}: "
        f"{outcome.articles_seen} articles ({outcome.articles_new} new, "
        f"{outcome.articles_updated} updated, {outcome.articles_unchanged} unchanged), {failures}"
    )
