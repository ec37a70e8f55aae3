"""Cron-grade runs, end to end: incremental re-crawls, gone pages, reparse, kill -9, the lock,
health checks and exit codes. Real crawls (the `articlecrawl` console script in a subprocess)
against sites served on loopback, into real SQLite files."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from entry_point import ARTICLECRAWL, FAST

from crawler import cli
from crawler.samplesite import (
    SAMPLE_SITE_DIR,
    GeneratedSite,
    SiteServer,
    load_site_manifest,
    serve,
)

SOURCE = "/p/75078.html"


def crawl(
    url: str, db: Path, *extra: str, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, "crawl", url, "--db", str(db), *FAST, *extra],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def summary(result: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@dataclasses.dataclass
class SampleCrawl:
    """One plain crawl of the sample site into an empty database, the start of several tests
    (each works on its own copy of the database, against the same server)."""

    site: SiteServer
    db: Path
    result: subprocess.CompletedProcess[str]

    def copy(self, folder: Path) -> Path:
        """A copy of the crawled database in `folder` (SQLite's backup: a consistent one)."""
        copy = folder / "a.db"
        with sqlite3.connect(self.db) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        return copy


@pytest.fixture(scope="module")
def sample_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleCrawl]:
    db = tmp_path_factory.mktemp("sample-crawl") / "a.db"
    with serve(SAMPLE_SITE_DIR) as site:
        first = crawl(site.url, db)
        assert first.returncode == 0, first.stderr[-2000:]
        yield SampleCrawl(site, db, first)


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SAMPLE_SITE_DIR, root)
    return root


# -- incremental re-crawls ---------------------------------------------------------------------


def test_a_second_crawl_of_an_unchanged_site_writes_no_article(
    sample_crawl: SampleCrawl, tmp_path: Path
) -> None:
    db = sample_crawl.copy(tmp_path)
    manifest = load_site_manifest()
    site = sample_crawl.site
    before = rows(db, "SELECT id, url, last_changed, content_hash FROM articles ORDER BY id")
    tips_before = rows(db, "SELECT id FROM tips ORDER BY id")
    site.requests.clear()
    second = crawl(site.url, db, "--recrawl-after", "0")
    statuses = [
        r.status for r in site.requests.snapshot() if r.path.startswith(("/p/", "/zh/yangsheng/"))
    ]
    assert second.returncode == 0, second.stderr[-2000:]
    result = summary(second)
    assert result["articles_new"] == 0 and result["articles_updated"] == 0
    assert result["articles_unchanged"] == len(manifest.articles)
    assert (
        rows(db, "SELECT id, url, last_changed, content_hash FROM articles ORDER BY id") == before
    )
    assert rows(db, "SELECT id FROM tips ORDER BY id") == tips_before  # not even rewritten
    not_modified = statuses.count(304)
    assert not_modified / len(statuses) >= 0.9, statuses
    ((unchanged,),) = rows(db, "SELECT articles_unchanged FROM crawl_runs WHERE id = 2")
    assert unchanged == len(manifest.articles)


def test_fresh_articles_are_not_fetched_again(sample_crawl: SampleCrawl, tmp_path: Path) -> None:
    db = sample_crawl.copy(tmp_path)
    manifest = load_site_manifest()
    site = sample_crawl.site
    site.requests.clear()
    second = crawl(site.url, db)  # default --recrawl-after: 7 days
    fetched = {r.path for r in site.requests.snapshot()}
    assert second.returncode == 0, second.stderr[-2000:]
    assert "/" in fetched and "/list/1.html" in fetched  # listings are always fetched
    articles = {a.path for a in manifest.articles}
    # only articles behind a redirect are fetched: the old URL is not known, its target is
    redirected = {r.location for r in manifest.redirects.values()}
    assert fetched & articles == redirected & articles
    # each article counted once: those fetched through their old URL are what that fetch found
    # (unchanged), not fresh as well
    line = summary(second)
    assert line["articles_fresh"] == len(articles - redirected)
    assert line["articles_unchanged"] == len(articles & redirected)
    counts = ("new", "updated", "unchanged", "fresh", "gone")
    assert sum(line[f"articles_{count}"] for count in counts) == len(articles)


def test_a_changed_page_is_updated_and_a_removed_one_is_gone(
    site_copy: Path, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    page = site_copy / "p" / "75078.html"
    with serve(site_copy) as site:
        assert crawl(site.url, db).returncode == 0
        source_id = rows(db, "SELECT id FROM articles WHERE url = ?", site.url_for(SOURCE))[0][0]
        old_tips = rows(
            db, "SELECT id, text FROM tips WHERE article_id = ? ORDER BY position", source_id
        )
        html = page.read_text(encoding="utf-8")
        page.write_text(
            html.replace(
                "Pay attention to hygiene during menstruation", "Mind hygiene during menstruation"
            ),
            encoding="utf-8",
        )
        os.utime(page, (time.time() + 5, time.time() + 5))
        (site_copy / "p" / "75063.html").unlink()
        second = crawl(site.url, db, "--recrawl-after", "0")
    assert second.returncode in (0, 1), second.stderr[-2000:]
    result = summary(second)
    assert result["articles_updated"] == 1
    assert result["articles_gone"] == 1
    new_tips = rows(
        db, "SELECT id, text FROM tips WHERE article_id = ? ORDER BY position", source_id
    )
    assert len(new_tips) == len(old_tips)
    assert new_tips[1][1].startswith("Mind hygiene during menstruation")
    assert {i for i, _ in new_tips}.isdisjoint({i for i, _ in old_tips})  # replaced, not edited
    ((gone_at,),) = rows(
        db, "SELECT gone_at FROM articles WHERE url = ?", site.url_for("/p/75063.html")
    )
    assert gone_at is not None
    assert rows(db, "SELECT count(*) FROM articles") == [(len(load_site_manifest().articles),)]


# -- reparse -----------------------------------------------------------------------------------


def test_reparse_updates_exactly_the_records_a_new_parser_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    with serve(SAMPLE_SITE_DIR) as site:
        assert crawl(site.url, db).returncode == 0
    # the server is gone: reparse must not need the network
    before = dict(rows(db, "SELECT url, last_changed FROM articles"))
    real_parse = cli.parse_html

    def new_parser(data: bytes, url: str, content_type: str | None = None):  # a parser "upgrade"
        article = real_parse(data, url, content_type=content_type)
        if "/zh/" in url:
            return dataclasses.replace(article, title=f"[v2] {article.title}")
        return article

    monkeypatch.setattr(cli, "parse_html", new_parser)
    monkeypatch.setattr(cli, "PARSER_VERSION", "test-2")
    assert cli.main(["reparse", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    chinese = [a for a in load_site_manifest().articles if a.language == "zh"]
    assert report["updated"] == len(chinese)
    assert report["unchanged"] == len(before) - len(chinese)
    changed = rows(db, "SELECT url, title, parser_version FROM articles WHERE title LIKE '[v2] %'")
    assert len(changed) == len(chinese) and all(v == "test-2" for _, _, v in changed)
    after = dict(rows(db, "SELECT url, last_changed FROM articles"))
    assert {u for u in after if after[u] != before[u]} == {u for u, _, _ in changed}


# -- crashes, resume, the lock -----------------------------------------------------------------


GENERATED_PAGES = 500
"""Enough that a run stopped after 100-150 articles still has most of the site queued (the
stops below are mid-crawl), few enough that finishing the site stays cheap."""


@pytest.fixture
def generated() -> Iterator:
    site_def = GeneratedSite(pages=GENERATED_PAGES, zh_share=0.2)
    with serve(generated=site_def) as site:
        yield site_def, site


@pytest.fixture
def long_site() -> Iterator:
    """A site that takes a crawl long enough to be still running, lock held, however slowly a
    second process starts beside it (it is killed, never finished: its size costs nothing)."""
    site_def = GeneratedSite(pages=1200, zh_share=0.2)
    with serve(generated=site_def) as site:
        yield site_def, site


def wait_for(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def article_count(db: Path) -> int:
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.Error:
        return 0


def start_crawl(url: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [ARTICLECRAWL, "crawl", url, "--db", str(db), *FAST, "-s", "ARTICLECRAWL_BATCH_SIZE=10",
         "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def assert_every_article_whole(db: Path, site_def: GeneratedSite, origin: str) -> None:
    counts = rows(
        db,
        "SELECT a.url, (SELECT count(*) FROM tips t WHERE t.article_id = a.id), "
        "(SELECT count(*) FROM links l WHERE l.article_id = a.id) FROM articles a",
    )
    for url, tips, links in counts:
        number = int(url.rsplit("/", 1)[1].split(".")[0])
        truth = site_def.expected(number)
        expected_links = (
            len(truth.recommendations) + (truth.prev is not None) + (truth.next is not None)
        )
        assert (tips, links) == (truth.tip_count, expected_links), url


def test_kill_9_mid_crawl_leaves_a_sound_database_and_the_next_run_completes(
    generated, tmp_path: Path
) -> None:
    site_def, site = generated
    db = tmp_path / "a.db"
    victim = start_crawl(site.url, db)
    wait_for(lambda: article_count(db) >= 150)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert_every_article_whole(db, site_def, site.url)
    assert rows(db, "SELECT status FROM crawl_runs") == [("running",)]  # it could not say more
    assert article_count(db) < site_def.pages  # killed mid-crawl

    again = crawl(site.url, db, "--recrawl-after", "0")
    assert again.returncode == 0, again.stderr[-2000:]
    assert rows(db, "SELECT status FROM crawl_runs ORDER BY id") == [
        ("interrupted",),
        ("finished",),
    ]
    assert article_count(db) == site_def.pages
    assert rows(db, "SELECT count(DISTINCT url) FROM articles") == [(site_def.pages,)]
    assert_every_article_whole(db, site_def, site.url)
    # what a clean crawl of the site writes (the site's ground truth): nothing left over from
    # the killed run, such as tips or links of no stored article
    truths = [site_def.expected(i) for i in range(1, site_def.pages + 1)]
    assert rows(db, "SELECT count(*) FROM tips") == [(sum(t.tip_count for t in truths),)]
    links = [len(t.recommendations) + (t.prev is not None) + (t.next is not None) for t in truths]
    assert rows(db, "SELECT count(*) FROM links") == [(sum(links),)]


def test_sigterm_stops_cleanly_and_resume_finishes_the_queue(generated, tmp_path: Path) -> None:
    site_def, site = generated
    db = tmp_path / "a.db"
    run = start_crawl(site.url, db)
    wait_for(lambda: article_count(db) >= 100)
    run.send_signal(signal.SIGTERM)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 1, err[-2000:]
    stopped = json.loads(out.strip().splitlines()[-1])
    assert stopped["status"] == "interrupted"
    assert rows(db, "SELECT status FROM crawl_runs") == [("interrupted",)]
    written = article_count(db)
    assert written >= 100 and written == stopped["articles_new"]  # the batch in hand was written
    assert written < site_def.pages  # stopped mid-crawl
    jobs = list(Path(f"{db}.jobs").iterdir())
    assert len(jobs) == 1

    resumed = subprocess.run(
        [ARTICLECRAWL, "crawl", "--resume", "--db", str(db), *FAST],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert article_count(db) == site_def.pages
    assert summary(resumed)["articles_new"] == site_def.pages - written
    assert not Path(f"{db}.jobs").exists() or not any(Path(f"{db}.jobs").iterdir())


def test_a_second_run_on_the_same_database_exits_75_naming_the_first(
    long_site, tmp_path: Path
) -> None:
    _, site = long_site
    db = tmp_path / "a.db"
    first = start_crawl(site.url, db)
    try:
        wait_for(lambda: Path(f"{db}.lock").exists() and article_count(db) > 0)
        second = crawl(site.url, db, timeout=60)
        assert second.returncode == 75
        (line,) = second.stderr.strip().splitlines()
        assert f"pid {first.pid}" in line
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from crawler.lock import RunLock; RunLock(sys.argv[1]).acquire(); "
         "print('locked', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert Path(f"{db}.lock").exists()  # the file stays behind; its lock died with the process
    with serve(SAMPLE_SITE_DIR) as site:
        result = crawl(site.url, db)
    assert result.returncode == 0, result.stderr[-2000:]


# -- health checks and exit codes ----------------------------------------------------------


def test_a_site_whose_articles_lose_their_bodies_exits_1_naming_the_check(
    site_copy: Path, tmp_path: Path
) -> None:
    import re

    for page in (site_copy / "p").glob("*.html"):
        html = page.read_text(encoding="utf-8")
        stripped = re.sub(
            r'(<div class="content" id="content">).*?(</div>)', r"\1\2", html, flags=re.S
        )
        page.write_text(stripped, encoding="utf-8")
    with serve(site_copy) as site:
        result = crawl(site.url, tmp_path / "a.db", "--min-items", "60")
    assert result.returncode == 1, result.stderr[-2000:]
    verdict = summary(result)
    failed = [check for check in verdict["checks"] if not check["passed"]]
    assert "enough articles" in [check["name"] for check in failed]
    # each failed check on stderr as "name: detail", as the JSON line has it
    last = result.stderr.strip().splitlines()[-1]
    assert last.endswith(
        "failed checks: " + "; ".join(f"{check['name']}: {check['detail']}" for check in failed)
    )
    ((health, exit_code),) = rows(tmp_path / "a.db", "SELECT health, exit_code FROM crawl_runs")
    assert json.loads(health)["healthy"] is False and exit_code == 1


def test_a_healthy_run_records_its_verdict(sample_crawl: SampleCrawl) -> None:
    result = sample_crawl.result
    assert result.returncode == 0
    verdict = summary(result)
    assert verdict["healthy"] is True
    names = {check["name"] for check in verdict["checks"]}
    assert names == {"enough articles", "error rate", "field coverage", "finish reason"}
    assert rows(sample_crawl.db, "SELECT exit_code FROM crawl_runs") == [(0,)]


def test_under_cron_the_only_output_is_one_json_line(tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    with serve(SAMPLE_SITE_DIR) as site:
        result = subprocess.run(
            [ARTICLECRAWL, "crawl", site.url, "--db", str(tmp_path / "a.db"),
             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "--log-file", str(log)],
            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    assert result.returncode == 0
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["status"] == "finished"
    assert "Spider closed (finished)" in log.read_text(encoding="utf-8")
