"""The installed `articlecrawl` console script, which the end-to-end tests run in subprocesses,
and the settings that let a crawl of our own loopback server go at full speed."""

from __future__ import annotations

import sys
from pathlib import Path

ARTICLECRAWL = str(Path(sys.executable).with_name("articlecrawl"))
"""The console script installed next to this interpreter (the project's .venv)."""

FAST = [
    "-s", "AUTOTHROTTLE_ENABLED=False",
    "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s", "CONCURRENT_ITEMS=10",
    "--log-level", "WARNING",
]  # fmt: skip
"""No politeness delays: the site is the test's own server on 127.0.0.1. And 10 items handled
at once per response, as the cluster's workers do (crawler/cluster/worker.py), not Scrapy's 100:
a page yields one record, and the 100 idle item tasks Scrapy starts per response cost about 15%
of a crawl's time."""
