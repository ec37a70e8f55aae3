"""Bad input on every entry point: one clear line on stderr, a non-zero exit, and nothing already
stored lost or corrupted. The real console script, in subprocesses, on real files."""

from __future__ import annotations

import resource
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from entry_point import ARTICLECRAWL

from crawler.samplesite import SAMPLE_SITE_DIR, GeneratedSite, serve

FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, *args], capture_output=True, text=True, timeout=300, **kwargs
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def crawled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("stored") / "articles.db"
    with serve(SAMPLE_SITE_DIR) as site:
        result = run("crawl", site.url, "--db", str(db), *FAST)
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def snapshot(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.id, a.url, a.content_hash, count(t.id) FROM articles a "
            "LEFT JOIN tips t ON t.article_id = a.id GROUP BY a.id ORDER BY a.id"
        ).fetchall()


def test_a_directory_of_junk_gives_an_error_line_per_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "a.html").write_bytes(b"\x00\x01\x02" * 1000)
    (junk / "b.htm").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (junk / "c.txt").write_bytes(b"\xff\xfe\x00\x00" * 100)
    result = run("parse", str(junk))
    assert result.returncode == 1
    import json

    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["source"]).name for line in lines] == ["a.html", "b.htm", "c.txt"]
    assert all("error" in line for line in lines)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "query", ['"unbalanced', "AND", "* OR", "title:pain", "NEAR(", "(((", "'; DROP TABLE x"]
)
def test_search_with_fts_syntax_is_searched_as_text(crawled_db: Path, query: str) -> None:
    before = snapshot(crawled_db)
    result = run("search", query, "--db", str(crawled_db))
    assert result.returncode in (0, 1)  # found or not found, never an error
    assert "Traceback" not in result.stderr
    assert "syntax" not in result.stderr.lower()
    assert snapshot(crawled_db) == before


def test_a_database_from_a_newer_articlecrawl_is_refused_untouched(
    crawled_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "newer.db"
    shutil.copy(crawled_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # so the file itself holds everything
    before = db.read_bytes()
    for command in (["stats"], ["search", "pain"], ["export"], ["reparse"]):
        result = run(*command, "--db", str(db))
        assert result.returncode == 2
        assert "newer" in one_line(result)
    with serve(SAMPLE_SITE_DIR) as site:
        result = run("crawl", site.url, "--db", str(db), *FAST)
    assert result.returncode == 2 and "newer" in one_line(result)
    assert db.read_bytes() == before


def test_a_full_disk_stops_the_crawl_with_one_line_and_keeps_what_was_stored(
    crawled_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "full.db"
    shutil.copy(crawled_db, db)
    before = snapshot(db)
    limit = db.stat().st_size + 256 * 1024  # room for a few batches, not for a 600-page site

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    with serve(generated=GeneratedSite(pages=600)) as site:
        result = run(
            "crawl", site.url, "--db", str(db), *FAST, "-s", "ARTICLECRAWL_BATCH_SIZE=20",
            preexec_fn=small_disk,
        )  # fmt: skip
    assert result.returncode == 3, result.stderr[-3000:]
    assert "disk" in one_line(result).lower()  # "disk I/O error" or "database or disk is full"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    after = snapshot(db)
    assert after[: len(before)] == before  # every article stored before is there, whole
    assert len(after) < len(before) + 600  # and the crawl did stop
