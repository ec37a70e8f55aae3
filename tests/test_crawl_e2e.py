"""End to end: the bundled sample site served on loopback, crawled by `articlecrawl crawl` (the
real console script, in a subprocess) into a real SQLite file, checked against the site's ground
truth (site.json, written from the content the pages are rendered from)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from entry_point import ARTICLECRAWL, FAST

from crawler.samplesite import SAMPLE_SITE_DIR, SiteServer, load_site_manifest, serve
from crawler.samplesite.manifest import SiteManifest

SOURCE_PATH = "/p/75078.html"


@dataclass
class Crawl:
    site: SiteServer
    manifest: SiteManifest
    db: Path
    result: subprocess.CompletedProcess[str]
    requests: list[tuple[str, int]]
    """(path with query, status) of every GET the crawl made."""

    def query(self, sql: str, *params: object) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, params).fetchall()

    def article_id(self, path: str) -> int:
        ((article_id,),) = self.query(
            "SELECT id FROM articles WHERE url = ?", self.site.url_for(path)
        )
        return int(article_id)


def crawl(site: SiteServer, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, "crawl", site.url, "--db", str(db), *FAST, *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def sample_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    db = tmp_path_factory.mktemp("crawl") / "articles.db"
    with serve(SAMPLE_SITE_DIR) as site:
        result = crawl(site, db)
        requests = [(r.path, r.status) for r in site.requests.snapshot() if r.method == "GET"]
        yield Crawl(site, load_site_manifest(), db, result, requests)


def test_the_crawl_exits_0_and_prints_a_json_summary(sample_crawl: Crawl) -> None:
    assert sample_crawl.result.returncode == 0, sample_crawl.result.stderr[-3000:]
    summary = json.loads(sample_crawl.result.stdout.strip().splitlines()[-1])
    assert summary["status"] == "finished"
    assert summary["articles_new"] == len(sample_crawl.manifest.articles)


def test_every_article_is_stored_once(sample_crawl: Crawl) -> None:
    stored = {url for (url,) in sample_crawl.query("SELECT url FROM articles")}
    expected = {sample_crawl.site.url_for(a.path) for a in sample_crawl.manifest.articles}
    assert stored == expected


def test_titles_are_the_pages_headlines(sample_crawl: Crawl) -> None:
    titles = dict(sample_crawl.query("SELECT url, title FROM articles"))
    for article in sample_crawl.manifest.articles:
        assert titles[sample_crawl.site.url_for(article.path)] == article.title, article.path


def test_tip_counts_match_each_page(sample_crawl: Crawl) -> None:
    counts = dict(
        sample_crawl.query(
            "SELECT a.url, count(t.id) FROM articles a LEFT JOIN tips t ON t.article_id = a.id "
            "GROUP BY a.id"
        )
    )
    wrong = {
        article.path: (counts[sample_crawl.site.url_for(article.path)], article.tip_count)
        for article in sample_crawl.manifest.articles
        if counts[sample_crawl.site.url_for(article.path)] != article.tip_count
    }
    assert wrong == {}, "path: (stored, expected)"
    ((total,),) = sample_crawl.query("SELECT count(*) FROM tips")
    assert total == sum(a.tip_count for a in sample_crawl.manifest.articles)


def test_link_counts_match_the_pages(sample_crawl: Crawl) -> None:
    expected: Counter[str] = Counter()
    for article in sample_crawl.manifest.articles:
        expected["prev"] += article.prev is not None
        expected["next"] += article.next is not None
        expected["recommend"] += len(article.recommendations)
    stored = Counter(dict(sample_crawl.query("SELECT kind, count(*) FROM links GROUP BY kind")))
    assert stored == expected


def test_the_source_page_is_stored_as_a_person_reads_it(sample_crawl: Crawl) -> None:
    ((title, body),) = sample_crawl.query(
        "SELECT title, body FROM articles WHERE url = ?", sample_crawl.site.url_for(SOURCE_PATH)
    )
    assert title == "What should I do if I have back pain due to miscarriage?"
    assert body.startswith("Many young girls who become pregnant unexpectedly")
    assert body.endswith("This exercise can also help reduce abdominal fat.")
    assert "What to do if you have back pain after abortion" in body
    assert "<<:" not in body and "Recommend" not in body
    top = sample_crawl.query(
        "SELECT t.number, t.title, (SELECT count(*) FROM tips c WHERE c.article_id = t.article_id "
        "AND c.parent_path = t.path) FROM tips t WHERE t.article_id = ? AND t.depth = 1 "
        "ORDER BY t.position",
        sample_crawl.article_id(SOURCE_PATH),
    )
    assert top == [
        ("1", "Daily life", 2),
        ("2", "Adjust dietary intake", 2),
        ("3", "Rehabilitation massage therapy", 4),
        ("4", "Aerobics therapy", 2),
    ]
    ((first,),) = sample_crawl.query(
        "SELECT text FROM tips WHERE article_id = ? AND path = '1.1'",
        sample_crawl.article_id(SOURCE_PATH),
    )
    assert first == (
        "Pay attention to hygiene during menstruation, keep clean and avoid urinary tract "
        "infections."
    )


def test_source_page_links_point_at_the_crawled_articles(sample_crawl: Crawl) -> None:
    source_id = sample_crawl.article_id(SOURCE_PATH)
    rows = sample_crawl.query(
        "SELECT kind, title, target_id FROM links WHERE article_id = ? ORDER BY kind, position",
        source_id,
    )
    by_kind: dict[str, list[tuple[str, int]]] = {}
    for kind, title, target_id in rows:
        by_kind.setdefault(kind, []).append((title, target_id))
    assert by_kind["prev"] == [
        (
            "What should people who have just had a miscarriage eat?",
            sample_crawl.article_id("/p/75077.html"),
        )
    ]
    assert by_kind["next"] == [
        ("Tips to reduce cesarean scars", sample_crawl.article_id("/p/75079.html"))
    ]
    truth = sample_crawl.manifest.article(SOURCE_PATH)
    assert [target for _, target in by_kind["recommend"]] == [
        sample_crawl.article_id(path) for path in truth.recommendations
    ]
    assert by_kind["recommend"][0][0] == (
        "Is it normal to delay the second menstrual period after miscarriage?"
    )
    assert by_kind["recommend"][-1][0] == (
        "What is the reason for the sudden reduction of menstrual flow?"
    )
    snippets = sample_crawl.query(
        "SELECT snippet FROM links WHERE article_id = ? AND kind = 'recommend' ORDER BY position",
        source_id,
    )
    assert snippets[0] == ("Abortion in women is a very important matter for ...",)


def test_the_missing_page_is_a_recorded_failure(sample_crawl: Crawl) -> None:
    failures = sample_crawl.query("SELECT url, stage, error FROM failures")
    (missing,) = sample_crawl.manifest.missing
    assert (sample_crawl.site.url_for(missing), "fetch", "HTTP 404") in failures
    ((run_failures,),) = sample_crawl.query("SELECT failures FROM crawl_runs")
    assert run_failures == len(failures)


def test_no_off_site_request_was_made(sample_crawl: Crawl) -> None:
    # every request Scrapy's downloader sent reached our server: none went anywhere else
    ((stats,),) = sample_crawl.query("SELECT stats FROM crawl_runs")
    sent = json.loads(stats)["downloader/request_count"]
    assert sent == len(sample_crawl.site.requests.snapshot())
    failed_urls = [url for (url,) in sample_crawl.query("SELECT url FROM failures")]
    assert all(url.startswith(sample_crawl.site.url) for url in failed_urls)


def test_robots_txt_is_obeyed(sample_crawl: Crawl) -> None:
    fetched = {path for path, _ in sample_crawl.requests}
    for path in sample_crawl.manifest.disallowed:
        assert path not in fetched
    assert "/robots.txt" in fetched


def test_each_page_is_fetched_once_whatever_tracking_tags_its_links_carry(
    sample_crawl: Crawl,
) -> None:
    article_gets = Counter(path for path, _ in sample_crawl.requests if path.startswith("/p/"))
    assert all("?" not in path and "#" not in path for path in article_gets)
    assert {path for path, count in article_gets.items() if count > 1} == set()


def test_the_redirected_old_url_lands_on_the_article(sample_crawl: Crawl) -> None:
    fetched = dict(sample_crawl.requests)
    assert fetched.get("/article/75090.htm") == 301
    assert sample_crawl.article_id("/p/75090.html")


def test_chinese_gbk_articles_are_decoded(sample_crawl: Crawl) -> None:
    chinese = [a for a in sample_crawl.manifest.articles if a.language == "zh"]
    assert chinese
    for article in chinese:
        ((title, language),) = sample_crawl.query(
            "SELECT title, language FROM articles WHERE url = ?",
            sample_crawl.site.url_for(article.path),
        )
        assert (title, language) == (article.title, "zh")


def test_the_same_crawl_twice_keeps_counts_and_ids(sample_crawl: Crawl, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    shutil.copy(sample_crawl.db, db)
    again = Crawl(sample_crawl.site, sample_crawl.manifest, db, sample_crawl.result, [])
    before = {
        table: again.query(f"SELECT count(*) FROM {table}")
        for table in ("articles", "tips", "links")
    }
    ids_before = dict(again.query("SELECT url, id FROM articles"))
    result = crawl(sample_crawl.site, db, "--recrawl-after", "0")
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["articles_new"] == 0
    assert summary["articles_unchanged"] == len(sample_crawl.manifest.articles)
    for table, count in before.items():
        assert again.query(f"SELECT count(*) FROM {table}") == count, table
    assert dict(again.query("SELECT url, id FROM articles")) == ids_before
    assert again.query("SELECT count(*) FROM crawl_runs") == [(2,)]


# -- the other commands, on the crawled database -----------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ARTICLECRAWL, *args], capture_output=True, text=True, timeout=120)


def test_stats_shows_the_counts(sample_crawl: Crawl) -> None:
    result = run("stats", "--db", str(sample_crawl.db))
    assert result.returncode == 0
    articles = len(sample_crawl.manifest.articles)
    assert f"articles      {articles}\n" in result.stdout
    assert "finished" in result.stdout


@pytest.mark.parametrize(
    ("query", "expected_title"),
    [
        ("cesarean scars", "Tips to reduce cesarean scars"),
        ("hawthorn cake", "How long should the hawthorn cake be boiled to solidify?"),
    ],
)
def test_search_finds_english_articles(
    sample_crawl: Crawl, query: str, expected_title: str
) -> None:
    result = run("search", query, "--db", str(sample_crawl.db), "--limit", "3")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == f"1. {expected_title}"


def test_search_finds_chinese_articles_by_a_two_character_word(sample_crawl: Crawl) -> None:
    chinese = [a for a in sample_crawl.manifest.articles if a.language == "zh"]
    word = chinese[0].title[:2]
    result = run("search", word, "--db", str(sample_crawl.db))
    assert result.returncode == 0, result.stderr
    assert chinese[0].title in result.stdout


def test_export_jsonl_has_every_article_with_tips_and_links(sample_crawl: Crawl) -> None:
    result = run("export", "--db", str(sample_crawl.db), "--format", "jsonl")
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(sample_crawl.manifest.articles)
    source = next(r for r in rows if r["url"] == sample_crawl.site.url_for(SOURCE_PATH))
    assert [tip["title"] for tip in source["tips"]][:2] == ["Daily life", "Adjust dietary intake"]
    assert len(source["tips"][2]["tips"]) == 4


def test_export_csv_writes_a_file(sample_crawl: Crawl, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    result = run("export", "--db", str(sample_crawl.db), "--format", "csv", "--out", str(out))
    assert result.returncode == 0
    import csv

    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(sample_crawl.manifest.articles)
    assert {"url", "title", "body"} <= set(rows[0])


# -- bad input ---------------------------------------------------------------------------------


def test_an_unreachable_start_url_fails_the_run_saying_why(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    result = subprocess.run(
        [ARTICLECRAWL, "crawl", "http://127.0.0.1:9/", "--db", str(db), *FAST[:-2],
         "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_DELEY=2", "-v"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    # a misspelled setting: one warning naming the closest known one, before the crawl starts
    assert lines[0] == (
        "articlecrawl crawl: warning: unknown setting DOWNLOAD_DELEY (did you mean DOWNLOAD_DELAY?)"
    )
    assert "Spider opened" in result.stderr  # -v: Scrapy's log on stderr
    # the last line says why: the first failure's URL and reason
    assert lines[-1].startswith(
        "articlecrawl crawl: error: no page could be fetched from http://127.0.0.1:9/ "
        "(http://127.0.0.1:9/: "
    )
    assert "refused" in lines[-1].lower()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM crawl_runs").fetchall() == [("failed",)]
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] >= 1


def test_an_unwritable_database_path_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the database's folder should be\n")  # root ignores modes
    result = run("crawl", "http://127.0.0.1:9/", "--db", str(blocker / "a.db"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert blocker.read_text().startswith("a file where")
