"""`articlecrawl`: crawl, parse, search and export, as thin commands over the project's pieces.

A user mistake is one line on stderr and a non-zero exit, never a traceback. Exit codes (see
crawler/outcome.py): 0 healthy, 1 finished but a health check failed (or, for `parse`, a file
failed), 2 usage or configuration error, 3 the crawl could not run, 75 another run holds the lock.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from crawler.lock import LockError, LockHeld, RunLock
from crawler.messages import check_line, no_page_fetched, summary_lines
from crawler.options import (
    OptionError,
    days,
    file_in_existing_folder,
    http_url,
    parse_settings,
    port_number,
    positive_number,
    regex,
    seconds,
    share,
    whole_number,
)
from crawler.outcome import (
    EXIT_HEALTHY,
    EXIT_LOCKED,
    EXIT_UNHEALTHY,
    EXIT_USAGE,
)
from crawler.page_kinds import unrecognised_pages_warning
from crawler.samplesite.server import SAMPLE_SITE_PORT
from crawler.store import RawPage, Store, StoreError
from crawler.urls import normalize_record
from parsers import PARSER_VERSION, Article, ParseError, parse_html, parse_text

EXIT_OK = EXIT_HEALTHY
EXIT_FAILED = EXIT_UNHEALTHY
EXIT_CODES_HELP = """Exit status:
  0   the run finished and its health checks passed
  1   the run finished (or was stopped) but a health check failed
  2   usage or configuration error; nothing was run
  3   the crawl could not run (no page could be fetched)
  75  another run holds the database's lock"""

DEFAULT_DB = "data/articles.db"
PARSEABLE_SUFFIXES = (".html", ".htm", ".txt")


class UsageError(Exception):
    """A mistake the user can fix: printed as one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """The console script's entry point."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (UsageError, OptionError, StoreError) as exc:
        _error(args.command, str(exc))
        return EXIT_USAGE
    except LockHeld as exc:
        _error(args.command, str(exc))
        return EXIT_LOCKED
    except LockError as exc:
        _error(args.command, str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error(args.command, "interrupted")
        return 130
    except BrokenPipeError:  # `articlecrawl export | head`
        return EXIT_OK


# -- commands ------------------------------------------------------------------------------------


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.run import Job, run_crawl

    overrides = _crawl_overrides(args)
    if args.resume and args.urls:
        raise UsageError("--resume continues the stopped run with its own start URLs: give none")
    if not args.resume and not args.urls:
        raise UsageError("give at least one start URL (or --resume)")
    _check_start_urls(args.urls)
    if args.redis:
        if args.resume or args.max_pages:
            raise UsageError("--redis crawls have no --resume or --max-pages (see README)")
        return _cluster("crawl_command", args, overrides)
    with RunLock(args.db):
        Store(args.db).close()  # an unusable database fails here, before anything is fetched
        if args.resume:
            job = Job.latest(args.db)
            if job is None:
                raise UsageError(f"nothing to resume: no stopped run of {args.db}")
        else:
            job = Job.new(args.db, args.urls, args.max_pages, args.article_pattern)
        outcome = run_crawl(job, db=args.db, overrides=overrides)
    if sys.stdout.isatty():
        print("\n".join(summary_lines(outcome)), flush=True)
    else:  # cron, a pipe, a log file: one JSON line
        print(json.dumps(outcome.summary(), ensure_ascii=False), flush=True)
    warning = unrecognised_pages_warning(outcome.pages_by_kind)
    if warning:
        print(f"articlecrawl crawl: {warning}", file=sys.stderr)
    if outcome.store_error:
        _error("crawl", f"stopped: {outcome.store_error}")
    elif outcome.status == "failed":
        _error("crawl", no_page_fetched(job.start_urls, outcome.first_failures))
    elif outcome.exit_code != EXIT_HEALTHY:
        failed = "; ".join(check_line(c) for c in outcome.summary()["checks"] if not c["passed"])
        _error("crawl", f"run {outcome.run_id} {outcome.status}; failed checks: {failed}")
    return outcome.exit_code


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.demo import crawl_sample_site, run_summary

    with RunLock(args.db):
        Store(args.db).close()
        outcome = crawl_sample_site(
            args.db, args.port, lambda url: print(f"serving the sample site at {url}", flush=True)
        )
    with Store.open_existing(args.db) as store:
        stats = store.stats()
    print(run_summary(outcome, args.db))
    print(f"{args.db} now holds {stats.articles} articles, {stats.tips} tips, {stats.links} links")
    print("\nTry (after `. .venv/bin/activate`):")
    print(f"  articlecrawl search 'back pain' --db {args.db}")
    print(f"  articlecrawl search 腰痛 --db {args.db}")
    print(
        f'  sqlite3 {args.db} "SELECT a.title, count(*) AS tips FROM articles a '
        'JOIN tips t ON t.article_id = a.id GROUP BY a.id ORDER BY tips DESC LIMIT 5"'
    )
    print(f"\nThen open it in the browser:\n  articlecrawl serve --db {args.db}")
    return EXIT_OK if outcome.status == "finished" else EXIT_FAILED


def cmd_reparse(args: argparse.Namespace) -> int:
    started = time.monotonic()
    with RunLock(args.db), Store.open_existing(args.db) as store:
        progress = _Progress("reparse") if sys.stderr.isatty() else None
        counts = store.reparse(_reparse_page, PARSER_VERSION, progress=progress)
        if progress:
            progress.done()
    elapsed = round(time.monotonic() - started, 2)
    report = {"parser_version": PARSER_VERSION, **dataclasses.asdict(counts), "elapsed_s": elapsed}
    print(json.dumps(report))
    return EXIT_OK if counts.failed == 0 else EXIT_FAILED


def cmd_prune(args: argparse.Namespace) -> int:
    with RunLock(args.db), Store.open_existing(args.db) as store:
        removed = store.prune_raw_pages(older_than_days=args.older_than, vacuum=args.vacuum)
    print(f"removed {removed} kept pages from {args.db}", file=sys.stderr)
    return EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    sources = list(_expand_paths(args.paths))
    if not sources:
        raise UsageError(f"no {', '.join(PARSEABLE_SUFFIXES)} file in {', '.join(args.paths)}")
    as_lines = args.jsonl or len(sources) != 1 or any(Path(p).is_dir() for p in args.paths)
    status = EXIT_OK
    for source in sources:
        try:
            record = _parse_file(source, args.url).to_dict()
        except (OSError, ParseError) as exc:
            status = EXIT_FAILED
            if not as_lines:
                _error("parse", f"{source}: {_reason(exc)}")
                return status
            print(json.dumps({"source": str(source), "error": _reason(exc)}, ensure_ascii=False))
            continue
        if as_lines:
            print(json.dumps({"source": str(source), **record}, ensure_ascii=False))
        else:
            print(json.dumps(record, ensure_ascii=False, indent=2))
    return status


def cmd_stats(args: argparse.Namespace) -> int:
    with Store.open_existing(args.db) as store:
        stats = store.stats()
    print(f"database      {args.db}")
    print(f"articles      {stats.articles}")
    print(f"tips          {stats.tips}")
    print(f"links         {stats.links}")
    print(f"failures      {stats.failures}")
    if stats.runs:
        print("\nlast runs:")
        print(
            f"  {'id':>4}  {'started':<20} {'status':<12} {'pages':>6} {'new':>5} {'upd':>5}"
            f" {'art':>5} {'list':>5} {'other':>5}"
        )
        for run in stats.runs:
            print(
                f"  {run.id:>4}  {str(run.started_at)[:19]:<20} {run.status:<12} "
                f"{run.pages_fetched:>6} {run.articles_new:>5} {run.articles_updated:>5} "
                f"{run.pages_article:>5} {run.pages_listing:>5} {run.pages_other:>5}"
            )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError("the search query is empty")
    with Store.open_existing(args.db) as store:
        hits = store.search(args.query, limit=args.limit)
    if not hits:
        print("no match", file=sys.stderr)
        return EXIT_FAILED
    for rank, hit in enumerate(hits, start=1):
        print(f"{rank}. {hit.title}\n   {hit.url}\n   {hit.snippet}\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with Store.open_existing(args.db) as store:
        if args.out:
            try:
                with open(args.out, "w", encoding="utf-8", newline="") as out:
                    count = _export(store.iter_export(), args.format, out)
            except OSError as exc:
                raise UsageError(f"cannot write {args.out}: {exc.strerror}") from exc
            print(f"exported {count} articles to {args.out}", file=sys.stderr)
        else:
            _export(store.iter_export(), args.format, sys.stdout)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from crawler.ui import ServeError, serve

    try:
        serve(Path(args.db), host=args.host, port=args.port)
    except ServeError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK


def cmd_worker(args: argparse.Namespace) -> int:
    return _cluster("worker_command", args, _crawl_overrides(args))


def cmd_enqueue(args: argparse.Namespace) -> int:
    _check_start_urls(args.urls)
    return _cluster("enqueue_command", args)


def cmd_load(args: argparse.Namespace) -> int:
    return _cluster("load_command", args, _crawl_overrides(args))


def _cluster(name: str, args: argparse.Namespace, *rest: Any) -> int:
    """Run a command of crawler/cluster/commands.py; its errors are usage errors (exit 2),
    a database another loader holds included."""
    from crawler.cluster import commands
    from crawler.cluster.connection import ClusterError

    try:
        return int(getattr(commands, name)(args, *rest))
    except (ClusterError, LockHeld) as exc:
        raise UsageError(str(exc)) from None


# -- helpers -------------------------------------------------------------------------------------


def _crawl_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The Scrapy settings the crawl options stand for, under the user's own -s values."""
    from crawler import settings as defaults

    overrides: dict[str, Any] = {}
    if args.recrawl_after is not None:
        overrides["ARTICLECRAWL_RECRAWL_AFTER_DAYS"] = args.recrawl_after
    if args.min_items is not None:
        overrides["ARTICLECRAWL_MIN_ITEMS"] = args.min_items
    if args.max_error_rate is not None:
        overrides["ARTICLECRAWL_MAX_ERROR_RATE"] = args.max_error_rate
    if args.min_tips_coverage is not None:
        overrides["SPIDERMON_FIELD_COVERAGE_RULES"] = {
            **defaults.SPIDERMON_FIELD_COVERAGE_RULES,
            "Article/tips": args.min_tips_coverage,
        }
    if args.log_file:
        overrides["LOG_FILE"] = args.log_file
    if args.log_level:
        overrides["LOG_LEVEL"] = args.log_level
    verbose = getattr(args, "verbose", False)  # `crawl -v`; commands sharing these options
    if not args.log_level and not args.log_file and not verbose:
        # the summary and one error line say it all; --log-file keeps the whole log, -v shows it
        overrides["LOG_LEVEL"] = "CRITICAL"
    log_on_stderr = not args.log_file and (verbose or args.log_level)
    if sys.stderr.isatty() and not log_on_stderr:
        overrides["ARTICLECRAWL_PROGRESS"] = True  # one live line instead of Scrapy's log
    overrides.update(_parse_settings(args.set, args.command))
    return overrides


def _reparse_page(page: RawPage) -> Article:
    article = parse_html(page.body, page.url, content_type=page.content_type)
    return normalize_record(article, page.url)


class _Progress:
    """A one-line progress bar on the terminal (never under cron: no TTY, no bar)."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __call__(self, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")


def _parse_file(path: Path, url: str | None) -> Article:
    data = path.read_bytes()
    if not data.strip():
        raise ParseError("empty file")  # the parser would make an all-empty record of it
    if path.suffix.lower() == ".txt":
        return parse_text(data, url)
    return parse_html(data, url)


def _expand_paths(paths: Sequence[str]) -> Iterator[Path]:
    """Files as given; directories walked recursively for .html, .htm and .txt files."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PARSEABLE_SUFFIXES
            )
        else:
            yield path  # a missing file becomes its own error line


def _export(rows: Iterator[dict[str, Any]], fmt: str, out: TextIO) -> int:
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {
            key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
            for key, value in row.items()
        }
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        count += 1
    return count


def _parse_settings(pairs: Sequence[str], command: str) -> dict[str, Any]:
    settings, warnings = parse_settings(pairs)  # OptionError: exit 2 before anything runs
    for warning in warnings:
        print(f"articlecrawl {command}: {warning}", file=sys.stderr)
    return settings


def _check_start_urls(urls: Sequence[str]) -> None:
    from urllib.parse import urlsplit

    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"not an http(s) URL: {url!r}")


def _reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _error(command: str | None, message: str) -> None:
    prefix = f"articlecrawl {command}" if command else "articlecrawl"
    print(f"{prefix}: error: {message}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (the usage is one `--help` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="articlecrawl",
        description="Crawl health-article sites into SQLite, parse pages, search and export.",
        epilog="Example: articlecrawl demo && articlecrawl search 'back pain'",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, help: str, example: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help,
            description=help,
            epilog=f"Example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return sub

    def db_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--db", default=DEFAULT_DB, type=file_in_existing_folder,
            help=f"SQLite file (default {DEFAULT_DB})",
        )  # fmt: skip

    crawl = command(
        "crawl",
        "Crawl sites from start URLs (home, listing, sitemap.xml) into the database.",
        "articlecrawl crawl https://www.deeho.com/ --max-pages 200 -s DOWNLOAD_DELAY=2",
    )
    crawl.add_argument("urls", nargs="*", metavar="URL", help="start URL(s)")
    db_option(crawl)
    crawl.add_argument(
        "--max-pages", type=whole_number, default=None, metavar="N",
        help="request at most N pages (robots.txt and sitemaps not counted; 0 = no limit)",
    )  # fmt: skip
    crawl.add_argument("--article-pattern", type=regex, help="regex that article URLs match")
    crawl.add_argument(
        "--recrawl-after", type=days, metavar="DAYS",
        help="fetch a stored article again only when older than this (default 7; 0 = always)",
    )  # fmt: skip
    crawl.add_argument(
        "--resume", action="store_true", help="continue the last stopped run's queue"
    )
    _health_options(crawl)
    crawl.add_argument(
        "-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
        help="a Scrapy setting, e.g. -s CONCURRENT_REQUESTS_PER_DOMAIN=2 (repeatable)",
    )  # fmt: skip
    crawl.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    crawl.add_argument(
        "-v", "--verbose", action="store_true",
        help="show Scrapy's log on stderr (INFO) instead of the progress line",
    )  # fmt: skip
    crawl.add_argument(
        "--log-file", type=file_in_existing_folder, help="write Scrapy's log here instead of stderr"
    )
    _cluster_options(crawl, crawl=True)
    crawl.add_argument(
        "--workers", type=positive_number, default=2, metavar="N",
        help="with --redis: worker processes to start on this machine (default 2)",
    )  # fmt: skip
    crawl.set_defaults(run=cmd_crawl)
    crawl.epilog = f"{crawl.epilog}\n\n{EXIT_CODES_HELP}"

    reparse = command(
        "reparse",
        "Run the current parser over the kept raw pages; update only the records that change.",
        "articlecrawl reparse --db data/articles.db",
    )
    db_option(reparse)
    reparse.set_defaults(run=cmd_reparse)

    prune = command(
        "prune-pages",
        "Delete kept raw pages (all, or those fetched before N days ago) to save space.",
        "articlecrawl prune-pages --older-than 90 --vacuum",
    )
    db_option(prune)
    prune.add_argument("--older-than", type=days, metavar="DAYS", help="only pages this old")
    prune.add_argument("--vacuum", action="store_true", help="give the space back to the disk")
    prune.set_defaults(run=cmd_prune)

    demo = command(
        "demo",
        "Serve the bundled sample site on 127.0.0.1, crawl it, and print a summary.",
        "articlecrawl demo --db /tmp/demo.db",
    )
    db_option(demo)
    demo.add_argument(
        "--port", type=port_number, default=SAMPLE_SITE_PORT,
        help=f"serve the sample site on this port (default {SAMPLE_SITE_PORT}: the same URLs "
        "every run, so a second demo keeps one copy of the site)",
    )  # fmt: skip
    demo.set_defaults(run=cmd_demo)

    parse = command(
        "parse",
        "Parse saved pages (.html, .htm, .txt) and print their records as JSON.",
        "articlecrawl parse page.html --url https://www.deeho.com/p/75078.html",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parse.add_argument("--url", type=http_url, help="the page's URL, to resolve its links")
    parse.add_argument("--jsonl", action="store_true", help="JSON Lines, one object a file")
    parse.set_defaults(run=cmd_parse)

    stats = command(
        "stats", "Counts of what the database holds and its last runs.", "articlecrawl stats"
    )
    db_option(stats)
    stats.set_defaults(run=cmd_stats)

    search = command(
        "search",
        "Full-text search over titles and bodies (Chinese and English), ranked.",
        "articlecrawl search 'back pain' --limit 5",
    )
    search.add_argument("query")
    db_option(search)
    search.add_argument("--limit", type=positive_number, default=10)
    search.set_defaults(run=cmd_search)

    export = command(
        "export",
        "Export every article with its tips and links as JSON Lines or CSV.",
        "articlecrawl export --format csv --out articles.csv",
    )
    db_option(export)
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    export.add_argument(
        "--out", type=file_in_existing_folder, help="file to write (default: stdout)"
    )
    export.set_defaults(run=cmd_export)

    serve = command(
        "serve",
        "Open the database in the browser (Datasette): search, canned queries, dashboard.",
        "articlecrawl serve --db data/articles.db --port 8001",
    )
    db_option(serve)
    serve.add_argument("--port", type=port_number, default=8001, help="port (default 8001)")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine)"
    )
    serve.set_defaults(run=cmd_serve)
    _add_cluster_commands(command, db_option)
    return parser


def _cluster_options(sub: argparse.ArgumentParser, *, crawl: bool = False) -> None:
    where = "crawl through the cluster's Redis" if crawl else "the cluster's Redis"
    sub.add_argument(
        "--redis", metavar="URL",
        help=f"{where}: redis://[:PASSWORD@]HOST:6379/0, rediss:// for TLS"
        + ("" if crawl else " (default $ARTICLECRAWL_REDIS_URL)"),
    )  # fmt: skip
    sub.add_argument(
        "--prefix", default="articlecrawl", help="Redis key prefix (default articlecrawl)"
    )


def _add_cluster_commands(command: Any, db_option: Any) -> None:
    """`worker`, `enqueue` and `load`: one crawl shared by many machines (README: Several
    machines)."""
    worker = command(
        "worker",
        "Fetch and parse pages from the cluster's shared queue; records go to Redis.",
        "articlecrawl worker --redis redis://:PASSWORD@queue.example:6379/0",
    )
    _cluster_options(worker)
    worker.add_argument(
        "--wait", type=seconds, metavar="SECONDS",
        help="give up when no crawl is enqueued within this time (default: wait)",
    )  # fmt: skip
    worker.add_argument(
        "-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
        help="a Scrapy setting, e.g. -s CONCURRENT_REQUESTS_PER_DOMAIN=2 (repeatable)",
    )  # fmt: skip
    worker.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    worker.add_argument(
        "--log-file", type=file_in_existing_folder, help="write Scrapy's log here instead of stderr"
    )
    worker.set_defaults(
        run=cmd_worker, recrawl_after=None, min_items=None, max_error_rate=None,
        min_tips_coverage=None,
    )  # fmt: skip

    enqueue = command(
        "enqueue",
        "Add start URLs (and their sites' sitemaps) to the cluster's crawl; starts one if none "
        "runs.",
        "articlecrawl enqueue https://www.deeho.com/ --redis redis://queue.example:6379/0",
    )
    enqueue.add_argument("urls", nargs="+", metavar="URL", help="start URL(s)")
    _cluster_options(enqueue)
    enqueue.add_argument("--article-pattern", type=regex, help="regex that article URLs match")
    enqueue.set_defaults(run=cmd_enqueue)

    load = command(
        "load",
        "Write the workers' records into the database (the cluster's one writer) until the "
        "crawl is drained.",
        "articlecrawl load --redis redis://queue.example:6379/0 --db data/articles.db",
    )
    _cluster_options(load)
    db_option(load)
    load.add_argument(
        "--wait", type=seconds, metavar="SECONDS",
        help="give up when no crawl is enqueued within this time (default: wait)",
    )  # fmt: skip
    _health_options(load)
    load.add_argument(
        "-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
        help="a setting, e.g. -s ARTICLECRAWL_BATCH_SIZE=200 (repeatable)",
    )  # fmt: skip
    load.set_defaults(run=cmd_load, recrawl_after=None, log_file=None, log_level=None)
    load.epilog = f"{load.epilog}\n\n{EXIT_CODES_HELP}"


def _health_options(command: argparse.ArgumentParser) -> None:
    """The health checks' thresholds, the same on `crawl` and on the cluster's `load`."""
    command.add_argument(
        "--min-items", type=whole_number, help="health: at least N articles (default 1)"
    )
    command.add_argument(
        "--max-error-rate", type=share, help="health: failed share of pages, 0-1 (default 0.1)"
    )
    command.add_argument(
        "--min-tips-coverage", type=share,
        help="health: share of articles with tips, 0-1 (default 0)",
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
