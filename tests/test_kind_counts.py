"""A crawl shows what it did not store: parsed pages counted by kind in the JSON line, in
crawl_runs (schema 3, migrated in place from 2) and in `articlecrawl stats`, and a warning when
most pages were neither article nor listing.

Real crawls (the `articlecrawl` console script in a subprocess) of the bundled sample site, whose
ground truth (site.json) says how many listings it has, and of a site of tiny pages the parser
cannot call articles, served from a temporary folder with http.server.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from entry_point import ARTICLECRAWL, FAST

from crawler.page_kinds import PageKindCounts, unrecognised_pages_warning
from crawler.samplesite import SAMPLE_SITE_DIR, SiteServer, load_site_manifest, serve
from crawler.store import MIGRATIONS, Store
from crawler.store.schema import open_database

KIND_COLUMNS = ("pages_article", "pages_listing", "pages_other")
SCHEMA_BEFORE_KIND_COUNTS = 2
"""The schema version the pages_* columns were added after."""
TINY_PAGES = 24
"""Pages of the site the parser cannot call articles: over the warning's minimum of 20."""


def crawl(url: str, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, "crawl", url, "--db", str(db), *FAST, *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )


def summary(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    return json.loads(result.stdout.strip().splitlines()[-1])


def query(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def warnings_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "neither article nor listing" in line]


# -- the sample site -------------------------------------------------------------------------------


@dataclass
class SampleCrawl:
    site: SiteServer
    db: Path
    result: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def sample_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleCrawl]:
    db = tmp_path_factory.mktemp("kinds") / "articles.db"
    with serve(SAMPLE_SITE_DIR) as site:
        result = crawl(site.url, db)
        assert result.returncode == 0, result.stderr[-3000:]
        yield SampleCrawl(site, db, result)


def test_the_json_line_counts_every_kind(sample_crawl: SampleCrawl) -> None:
    kinds = summary(sample_crawl.result)["pages_by_kind"]
    assert set(kinds) == {"article", "listing", "other"}
    assert kinds["other"] == 0


def test_article_pages_are_the_articles_this_run_stored(sample_crawl: SampleCrawl) -> None:
    result = summary(sample_crawl.result)
    [(stored,)] = query(
        sample_crawl.db, "SELECT count(*) FROM articles WHERE last_run_id = ?", result["run_id"]
    )
    assert stored > 0
    assert result["pages_by_kind"]["article"] == stored


def test_listing_pages_are_the_sample_sites_listings(sample_crawl: SampleCrawl) -> None:
    listings = load_site_manifest().listing_pages
    assert summary(sample_crawl.result)["pages_by_kind"]["listing"] == len(listings)


def test_the_counts_are_kept_in_crawl_runs(sample_crawl: SampleCrawl) -> None:
    result = summary(sample_crawl.result)
    [row] = query(
        sample_crawl.db,
        f"SELECT {', '.join(KIND_COLUMNS)} FROM crawl_runs WHERE id = ?",
        result["run_id"],
    )
    kinds = result["pages_by_kind"]
    assert row == (kinds["article"], kinds["listing"], kinds["other"])


def test_stats_shows_the_counts_per_run(sample_crawl: SampleCrawl) -> None:
    shown = subprocess.run(
        [ARTICLECRAWL, "stats", "--db", str(sample_crawl.db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    header = next(line for line in lines if line.split()[:1] == ["id"])
    assert header.split()[-3:] == ["art", "list", "other"]
    result = summary(sample_crawl.result)
    [run] = [line for line in lines if line.split()[:1] == [str(result["run_id"])]]
    kinds = result["pages_by_kind"]
    assert [int(n) for n in run.split()[-3:]] == [kinds["article"], kinds["listing"], 0]


def test_no_warning_for_the_sample_site(sample_crawl: SampleCrawl) -> None:
    assert warnings_in(sample_crawl.result.stderr) == []


@pytest.mark.parametrize(
    "recrawl", [["--recrawl-after", "0"], []], ids=["conditional-304s", "fresh-skipped"]
)
def test_pages_not_parsed_again_are_not_counted(
    sample_crawl: SampleCrawl, tmp_path: Path, recrawl: list[str]
) -> None:
    db = tmp_path / "again.db"
    shutil.copy(sample_crawl.db, db)
    already = len(sample_crawl.site.requests.snapshot())
    again = crawl(sample_crawl.site.url, db, *recrawl)
    answered = sample_crawl.site.requests.snapshot()[already:]
    assert again.returncode == 0, again.stderr[-3000:]
    articles = {a.path for a in load_site_manifest().articles}
    # a 304, or no request at all for a fresh article: nothing parsed, nothing counted; only
    # the articles behind a redirect answer 200 (their old URL is not known to the store)
    fetched_in_full = [r for r in answered if r.path in articles and r.status == 200]
    result = summary(again)
    assert result["pages_by_kind"]["article"] == len(fetched_in_full)
    assert result["pages_by_kind"]["article"] < len(articles)
    assert result["pages_by_kind"]["listing"] == len(load_site_manifest().listing_pages)


# -- a site of pages the parser cannot call articles ---------------------------------------------


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """TINY_PAGES pages of one short sentence each, all linked from the index and each to the
    next, served on 127.0.0.1; yields the index URL."""
    root = tmp_path_factory.mktemp("tiny_site")
    links = "".join(f'<a href="/page{n}.html">Page {n}</a> ' for n in range(TINY_PAGES))
    (root / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    for n in range(TINY_PAGES):
        (root / f"page{n}.html").write_text(
            f"<html><head><title>Page {n}</title></head><body>"
            f"<p>The weather was mild on day {n}.</p>"
            f'<a href="/page{(n + 1) % TINY_PAGES}.html">Next</a></body></html>',
            encoding="utf-8",
        )
    handler = partial(_QuietHandler, directory=str(root))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}/"
        finally:
            httpd.shutdown()
            thread.join()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Pytest's output is no place for an access log."""


def test_a_site_of_other_pages_gets_one_warning_line(tiny_site: str, tmp_path: Path) -> None:
    result = crawl(tiny_site, tmp_path / "tiny.db")
    kinds = summary(result)["pages_by_kind"]
    assert kinds["other"] >= TINY_PAGES
    assert kinds["article"] == 0
    total = sum(kinds.values())
    assert warnings_in(result.stderr) == [
        f"articlecrawl crawl: warning: {kinds['other']} of {total} pages were neither article "
        "nor listing; the parser may not recognise this site's articles "
        "(save one and see 'articlecrawl parse PAGE.html --url URL')"
    ]
    # the warning is no health check: the exit code is the one the checks decided
    assert result.returncode == summary(result)["exit_code"]


def test_the_warning_leaves_a_healthy_exit_code_alone(tiny_site: str, tmp_path: Path) -> None:
    result = crawl(tiny_site, tmp_path / "tiny.db", "--min-items", "0")
    assert len(warnings_in(result.stderr)) == 1
    assert result.returncode == 0, result.stderr[-3000:]


def test_each_other_page_is_logged_at_info_with_its_url(tiny_site: str, tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    result = crawl(tiny_site, tmp_path / "tiny.db", "--log-file", str(log), "--log-level", "INFO")
    assert summary(result)["pages_by_kind"]["other"] >= TINY_PAGES
    logged = [
        line.rsplit(": ", 1)[-1]
        for line in log.read_text(encoding="utf-8").splitlines()
        if "INFO: page is neither article nor listing: " in line
    ]
    pages = [f"{tiny_site}page{n}.html" for n in range(TINY_PAGES)]
    assert sorted(url for url in logged if url in pages) == sorted(pages)
    assert len(logged) == summary(result)["pages_by_kind"]["other"]


# -- the hint's thresholds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "warned"),
    [
        (PageKindCounts(), False),
        (PageKindCounts(other=19), False),  # too few pages to say anything
        (PageKindCounts(article=10, other=10), False),  # half is not more than half
        (PageKindCounts(article=9, other=11), True),
        (PageKindCounts(listing=1, other=20), True),
        (PageKindCounts(article=40, listing=5, other=3), False),
    ],
)
def test_the_warning_needs_20_pages_and_more_than_half_other(
    counts: PageKindCounts, warned: bool
) -> None:
    warning = unrecognised_pages_warning(counts)
    assert (warning is not None) == warned
    if warning:
        assert warning.startswith(f"warning: {counts.other} of {counts.total} pages ")


# -- the store: schema 3 and its migration -------------------------------------------------------


def test_finish_run_keeps_the_counts_and_stats_reads_them(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        run = store.start_run(["https://www.deeho.com/"], {})
        store.finish_run(
            run,
            "finished",
            pages_fetched=40,
            failures=0,
            stats={},
            pages_article=5,
            pages_listing=4,
            pages_other=31,
        )
        [summary_row] = store.stats().runs
    assert (summary_row.pages_article, summary_row.pages_listing, summary_row.pages_other) == (
        5,
        4,
        31,
    )


def test_a_schema_2_database_upgrades_in_place_and_keeps_its_runs(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    v2 = open_database(path, MIGRATIONS[:SCHEMA_BEFORE_KIND_COUNTS])
    with v2.atomic():
        v2.execute(
            "INSERT INTO crawl_runs (id, started_at, finished_at, status, start_urls, settings,"
            " pages_fetched, articles_new, articles_updated, articles_unchanged, failures,"
            " stats, articles_gone, health, exit_code)"
            " VALUES (1, '2024-04-01T00:00:00.000Z', '2024-04-01T00:05:00.000Z', 'finished',"
            " ?, '{}', 74, 66, 1, 2, 1, ?, 3, ?, 0)",
            [
                json.dumps(["https://www.deeho.com/"]),
                json.dumps({"item_scraped_count": 66}),
                json.dumps({"healthy": True, "checks": []}),
            ],
        )
    before = v2.execute("SELECT * FROM crawl_runs").fetchall()
    v2.close()
    assert query(path, "PRAGMA user_version") == [(SCHEMA_BEFORE_KIND_COUNTS,)]

    with Store(path) as upgraded:
        assert upgraded.schema_version() == len(MIGRATIONS)
        [old_run] = upgraded.stats().runs
        new_run = upgraded.start_run([], {})
        upgraded.finish_run(
            new_run, "finished", pages_fetched=3, failures=0, stats={}, pages_other=3
        )

    columns = [row[1] for row in query(path, "PRAGMA table_info(crawl_runs)")]
    old_columns = columns[: len(before[0])]
    assert query(path, f"SELECT {', '.join(old_columns)} FROM crawl_runs WHERE id = 1") == before
    assert query(path, f"SELECT {', '.join(KIND_COLUMNS)} FROM crawl_runs ORDER BY id") == [
        (0, 0, 0),
        (0, 0, 3),
    ]
    assert (old_run.pages_fetched, old_run.articles_new, old_run.articles_gone) == (74, 66, 3)
    assert (old_run.pages_article, old_run.pages_listing, old_run.pages_other) == (0, 0, 0)
    declared = {
        row[1]: (row[2], row[3], row[4])
        for row in query(path, "PRAGMA table_info(crawl_runs)")
        if row[1] in KIND_COLUMNS
    }
    assert declared == dict.fromkeys(KIND_COLUMNS, ("INTEGER", 1, "0"))
