"""`scrapy crawl`, with the same checks and the same one-line errors as `articlecrawl crawl`.

Scrapy lets a project replace a built-in command (COMMANDS_MODULE), so plain `scrapy crawl
articles` gets, before anything starts: the `-s` values and spider arguments checked (exit 2), the
database's run lock taken (exit 75 with the line `articlecrawl crawl` prints, instead of four
tracebacks from the pipeline), and a warning saying which database the articles go to.
"""

from __future__ import annotations

import argparse
import logging
import sys
from contextlib import ExitStack

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawler.lock import LockError, LockHeld, RunLock
from crawler.options import OptionError, check_folder_of, parse_settings, spider_arguments
from crawler.outcome import EXIT_LOCKED, EXIT_USAGE

logger = logging.getLogger(__name__)


class Command(ScrapyCrawl):
    """Scrapy's crawl command, checked first and holding the database's lock."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        with ExitStack() as stack:
            try:
                self._check(opts)
                db = self.settings.get("ARTICLECRAWL_DB") if self.settings else None
                if db:
                    stack.enter_context(RunLock(db))
            except LockHeld as exc:
                self._fail(str(exc), EXIT_LOCKED)
                return
            except (OptionError, LockError) as exc:
                self._fail(str(exc), EXIT_USAGE)
                return
            if db:
                logger.warning(
                    "storing articles in %s (-s ARTICLECRAWL_DB= stores nothing: feed exports "
                    "only)",
                    db,
                )
            super().run(args, opts)

    def _check(self, opts: argparse.Namespace) -> None:
        assert self.settings is not None
        settings, warnings = parse_settings(opts.set or [])
        for warning in warnings:
            print(f"scrapy crawl: {warning}", file=sys.stderr)
        self.settings.setdict(settings, priority="cmdline")  # the values as Scrapy reads them
        spider_arguments(opts.spargs or {})
        db = self.settings.get("ARTICLECRAWL_DB")
        if db:
            check_folder_of(db, "ARTICLECRAWL_DB")

    def _fail(self, message: str, code: int) -> None:
        print(f"scrapy crawl: error: {message}", file=sys.stderr)
        self.exitcode = code
