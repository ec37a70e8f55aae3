"""Schema 4: the search index declared as Datasette and sqlite-utils read it, and the views for
analysts. An existing database upgrades in place without losing a row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from datasette.utils import detect_fts
from sqlite_utils import Database

from crawler.store import MIGRATIONS, Store
from crawler.store.schema import open_database

ROWS = {"crawl_runs": 1, "articles": 2, "tips": 3, "links": 1, "failures": 1}


def write_schema_3_database(path: Path) -> None:
    """A database as articlecrawl wrote it before schema 4, with a row in every table."""
    open_database(path, MIGRATIONS[:3]).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO crawl_runs (id, started_at) VALUES (1, '2026-01-01T00:00:00Z')")
        for article_id, url, title, body in [
            (1, "https://a.example/1.html", "腰痛怎么办", "腰痛的时候要多休息。\n\n注意保暖。"),
            (2, "https://a.example/2.html", "Back pain", "Rest when your back hurts."),
        ]:
            conn.execute(
                "INSERT INTO articles (id, url, title, body, content_hash, parser_version, "
                "first_seen, last_fetched, last_changed, first_run_id, last_run_id) "
                "VALUES (?, ?, ?, ?, 'h', 'p', 'x', 'x', 'x', 1, 1)",
                [article_id, url, title, body],
            )
        conn.executemany(
            "INSERT INTO tips (article_id, path, depth, number, text, position, parent_path) "
            "VALUES (1, ?, ?, ?, ?, ?, ?)",
            [
                ("1", 1, "1", "多休息", 1, None),
                ("1.1", 2, "(1)", "躺平", 2, "1"),
                ("2", 1, "2", "注意保暖", 3, None),
            ],
        )
        conn.execute(
            "INSERT INTO links (article_id, kind, position, url, target_id) "
            "VALUES (2, 'recommend', 1, 'https://a.example/1.html', 1)"
        )
        conn.execute(
            "INSERT INTO failures (run_id, url, stage, error, at) "
            "VALUES (1, 'https://a.example/3.html', 'fetch', 'HTTP 404', 'x')"
        )


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ROWS
        }


def test_a_schema_3_database_upgrades_in_place_without_losing_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    write_schema_3_database(db)
    assert counts(db) == ROWS
    with sqlite3.connect(db) as conn:
        assert detect_fts(conn, "articles") is None  # what Datasette saw before: no search box
    with Store(db) as store:
        assert store.schema_version() == len(MIGRATIONS) >= 4
        # the index was rebuilt from the rows already there: both lengths of Chinese word
        assert [hit.article_id for hit in store.search("腰痛的时候")] == [1]
        assert [hit.article_id for hit in store.search("腰痛")] == [1]
        assert [hit.article_id for hit in store.search("back hurts")] == [2]
    assert counts(db) == ROWS
    with sqlite3.connect(db) as conn:
        assert detect_fts(conn, "articles") == "articles_fts"
        outline = conn.execute(
            "SELECT outline FROM article_tips WHERE article_id = 1 ORDER BY position"
        ).fetchall()
        stats = conn.execute(
            "SELECT id, site, tips, top_level_tips, recommended_by FROM article_stats ORDER BY id"
        ).fetchall()
    assert outline == [("1. 多休息",), ("\u3000\u3000(1) 躺平",), ("2. 注意保暖",)]
    assert stats == [(1, "a.example", 3, 2, 1), (2, "a.example", 0, 0, 0)]
    assert Database(db)["articles"].detect_fts() == "articles_fts"


def test_the_index_follows_writes_after_the_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    write_schema_3_database(db)
    Store(db).close()
    with sqlite3.connect(db) as conn:  # the triggers of schema 1 name the redeclared index
        conn.execute("UPDATE articles SET body = 'Sleep on a firm mattress.' WHERE id = 2")
        conn.execute("DELETE FROM articles WHERE id = 1")
    with Store(db) as store:
        assert [hit.article_id for hit in store.search("mattress")] == [2]
        assert store.search("hurts") == []
        assert store.search("腰痛的时候") == []
