"""`articlecrawl`: crawl, parse, search and export, as thin commands over the project's pieces.

A user mistake is one line on stderr and a non-zero exit, never a traceback:
0 done, 1 some input failed (parse) or the crawl finished badly, 2 usage or configuration error,
3 the crawl could not run (nothing could be fetched).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from crawler.store import Store, StoreError
from parsers import Article, ParseError, parse_html, parse_text

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CANNOT_RUN = 3

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
    except (UsageError, StoreError) as exc:
        _error(args.command, str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error(args.command, "interrupted")
        return 130
    except BrokenPipeError:  # `articlecrawl export | head`
        return EXIT_OK


# -- commands ------------------------------------------------------------------------------------


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.run import run_crawl

    overrides = _parse_settings(args.set)
    if args.log_level:
        overrides["LOG_LEVEL"] = args.log_level
    if args.log_file:
        overrides["LOG_FILE"] = args.log_file
    _check_start_urls(args.urls)
    Store(args.db).close()  # an unusable database fails here, before anything is fetched
    outcome = run_crawl(
        args.urls,
        db=args.db,
        max_pages=args.max_pages,
        article_pattern=args.article_pattern,
        overrides=overrides,
    )
    print(json.dumps(outcome.summary(), ensure_ascii=False))
    if outcome.status == "failed":
        _error("crawl", f"no page could be fetched from {', '.join(args.urls)}")
        return EXIT_CANNOT_RUN
    return EXIT_OK if outcome.status == "finished" else EXIT_FAILED


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.run import run_crawl
    from crawler.samplesite import SAMPLE_SITE_DIR, serve

    Store(args.db).close()
    with serve(SAMPLE_SITE_DIR) as site:
        print(f"serving the sample site at {site.url}")
        outcome = run_crawl(
            [site.url],
            db=args.db,
            overrides={
                "LOG_LEVEL": "ERROR",  # the summary below says what failed
                # it is our own server on loopback: no need to be gentle
                "AUTOTHROTTLE_ENABLED": False,
                "DOWNLOAD_DELAY": 0,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            },
        )
    with Store.open_existing(args.db) as store:
        stats = store.stats()
    print(
        f"crawled {outcome.pages} pages in {outcome.elapsed_s:.1f} s into {args.db}: "
        f"{stats.articles} articles, {stats.tips} tips, {stats.links} links, "
        f"{stats.failures} failures recorded"
    )
    print("\nTry (after `. .venv/bin/activate`):")
    print(f"  articlecrawl search 'back pain' --db {args.db}")
    print(f"  articlecrawl search 腰痛 --db {args.db}")
    print(
        f'  sqlite3 {args.db} "SELECT a.title, count(*) AS tips FROM articles a '
        'JOIN tips t ON t.article_id = a.id GROUP BY a.id ORDER BY tips DESC LIMIT 5"'
    )
    return EXIT_OK if outcome.status == "finished" else EXIT_FAILED


def cmd_parse(args: argparse.Namespace) -> int:
    sources = list(_expand_paths(args.paths))
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
        print(f"  {'id':>4}  {'started':<20} {'status':<12} {'pages':>6} {'new':>5} {'upd':>5}")
        for run in stats.runs:
            print(
                f"  {run.id:>4}  {str(run.started_at)[:19]:<20} {run.status:<12} "
                f"{run.pages_fetched:>6} {run.articles_new:>5} {run.articles_updated:>5}"
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


# -- helpers -------------------------------------------------------------------------------------


def _parse_file(path: Path, url: str | None) -> Article:
    data = path.read_bytes()
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


def _parse_settings(pairs: Sequence[str]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"-s takes NAME=VALUE, not {pair!r}")
        settings[name.strip()] = value
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
        sub.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")

    crawl = command(
        "crawl",
        "Crawl sites from start URLs (home, listing, sitemap.xml) into the database.",
        "articlecrawl crawl https://www.deeho.com/ --max-pages 200 -s DOWNLOAD_DELAY=2",
    )
    crawl.add_argument("urls", nargs="+", metavar="URL", help="start URL(s)")
    db_option(crawl)
    crawl.add_argument("--max-pages", type=int, default=None, help="stop after N pages")
    crawl.add_argument("--article-pattern", help="regex that article URLs match")
    crawl.add_argument(
        "-s", dest="set", action="append", default=[], metavar="NAME=VALUE",
        help="a Scrapy setting, e.g. -s CONCURRENT_REQUESTS_PER_DOMAIN=2 (repeatable)",
    )  # fmt: skip
    crawl.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    crawl.add_argument("--log-file", help="write Scrapy's log here instead of stderr")
    crawl.set_defaults(run=cmd_crawl)

    demo = command(
        "demo",
        "Serve the bundled sample site on 127.0.0.1, crawl it, and print a summary.",
        "articlecrawl demo --db /tmp/demo.db",
    )
    db_option(demo)
    demo.set_defaults(run=cmd_demo)

    parse = command(
        "parse",
        "Parse saved pages (.html, .htm, .txt) and print their records as JSON.",
        "articlecrawl parse page.html --url https://www.deeho.com/p/75078.html",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parse.add_argument("--url", help="the page's URL, to resolve its links")
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
    search.add_argument("--limit", type=int, default=10)
    search.set_defaults(run=cmd_search)

    export = command(
        "export",
        "Export every article with its tips and links as JSON Lines or CSV.",
        "articlecrawl export --format csv --out articles.csv",
    )
    db_option(export)
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    export.add_argument("--out", help="file to write (default: stdout)")
    export.set_defaults(run=cmd_export)
    return parser


if __name__ == "__main__":
    sys.exit(main())
