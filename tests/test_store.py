"""The SQLite store, on real database files in tmp_path.

Expected values come from reading the hand-made records below; the database is checked with a
plain sqlite3 connection, the way an analyst would read it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crawler.store.store as store_module
from crawler.store import MIGRATIONS, Migration, Store, StoreError
from crawler.store.schema import open_database
from parsers import PARSER_VERSION, Article, Link, Tip

SITE = "https://www.deeho.com/p/"


class Clock:
    """A clock the test moves by hand: every timestamp the store writes is predictable."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 8, 0, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crawl.db"


@pytest.fixture
def store(db_path: Path, clock: Clock) -> Iterator[Store]:
    with Store(db_path, clock=clock) as opened:
        yield opened


@pytest.fixture
def run_id(store: Store) -> int:
    return store.start_run([SITE + "75078.html"], {"CONCURRENT_REQUESTS": 4})


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows read through a separate, plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def back_pain_article(**changes: Any) -> Article:
    """The seed page of deeho.com, cut short, with a third tip level added by hand."""
    fields: dict[str, Any] = {
        "url": SITE + "75078.html",
        "kind": "article",
        "title": "What should I do if I have back pain due to miscarriage?",
        "body": (
            "Many young girls who become pregnant unexpectedly choose to terminate the pregnancy"
            " through abortion.\n\nLow back pain after miscarriage is a common problem."
        ),
        "tips": (
            Tip(
                "1",
                "Daily life",
                "Daily life.",
                (
                    Tip("1", None, "Pay attention to hygiene during menstruation."),
                    Tip(
                        "2",
                        None,
                        "Patients who sit or stand for long periods should move their waist.",
                        (Tip("①", "Standing", "Standing: shift your weight every few minutes."),),
                    ),
                ),
            ),
            Tip(
                "2",
                "Adjust dietary intake",
                "Adjust dietary intake.",
                (Tip("1", None, "Avoid eating too much raw, cold and damp food."),),
            ),
        ),
        "prev": Link("How to treat a cold", SITE + "75077.html"),
        "next": Link("Can you eat ginger during pregnancy?", SITE + "75079.html"),
        "recommendations": (
            Link("Lumbar muscle strain", SITE + "1001.html", "Lumbar muscle strain is a ..."),
            Link("Back pain in pregnancy", SITE + "1002.html", "Many pregnant women ..."),
        ),
        "canonical_url": SITE + "75078.html",
        "published": "2021-03-04",
        "breadcrumbs": ("Home", "Women's health"),
        "language": "en",
        "description": "What to do about back pain after a miscarriage.",
        "author": "deeho",
        "encoding": "utf-8",
    }
    fields.update(changes)
    return Article(**fields)


def article(number: int, **changes: Any) -> Article:
    """A small article at SITE/<number>.html."""
    fields: dict[str, Any] = {
        "url": f"{SITE}{number}.html",
        "kind": "article",
        "title": f"Article {number}",
        "body": f"The body of article {number}.",
    }
    fields.update(changes)
    return Article(**fields)


# -- opening files, schema, migrations ---------------------------------------------------------


def test_new_file_gets_the_latest_schema_and_pragmas(store: Store, db_path: Path) -> None:
    assert store.schema_version() == len(MIGRATIONS)
    assert query(db_path, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    tables = {name for (name,) in query(db_path, "SELECT name FROM sqlite_master")}
    assert {"articles", "tips", "links", "crawl_runs", "failures", "articles_fts"} <= tables
    assert {
        "links_target_id",
        "links_url",
        "articles_published",
        "articles_language",
        "failures_run_id",
    } <= tables
    # foreign_keys is per connection: the store's own must enforce them
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.upsert_articles([article(1)], run_id=999)


def test_an_empty_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store(path) as opened:
        assert opened.schema_version() == len(MIGRATIONS)
        assert opened.stats().articles == 0


def test_reopening_keeps_the_data_and_applies_nothing_twice(db_path: Path) -> None:
    with Store(db_path) as first:
        first.upsert_articles([article(1)], first.start_run([], {}))
    with Store.open_existing(db_path) as second:
        assert second.schema_version() == len(MIGRATIONS)
        assert second.stats().articles == 1


def test_an_appended_migration_upgrades_an_existing_database(db_path: Path) -> None:
    with Store(db_path) as first:
        first.upsert_articles([article(1)], first.start_run([], {}))
    summary = Migration("summary of each article", "ALTER TABLE articles ADD COLUMN summary TEXT;")
    reviewed = Migration(
        "who reviewed an article",
        "ALTER TABLE articles ADD COLUMN reviewed_by TEXT;",
        then=lambda db: db.execute("UPDATE articles SET reviewed_by = 'nobody'"),
    )
    upgraded = open_database(db_path, (*MIGRATIONS, summary, reviewed))
    upgraded.close()
    assert query(db_path, "PRAGMA user_version") == [(len(MIGRATIONS) + 2,)]
    assert query(db_path, "SELECT url, summary, reviewed_by FROM articles") == [
        (SITE + "1.html", None, "nobody")
    ]


def test_a_failed_migration_changes_nothing(db_path: Path) -> None:
    Store(db_path).close()
    broken = Migration(
        "half of it works", "ALTER TABLE articles ADD COLUMN summary TEXT; SELECT * FROM nowhere;"
    )
    number = len(MIGRATIONS) + 1
    with pytest.raises(StoreError, match=rf"schema {number} \(half of it works\).*nowhere"):
        open_database(db_path, (*MIGRATIONS, broken))
    assert query(db_path, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    columns = [row[1] for row in query(db_path, "PRAGMA table_info(articles)")]
    assert "summary" not in columns


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(StoreError) as error:
        Store(db_path)
    assert str(error.value) == (
        f"{db_path} was written by a newer articlecrawl (schema 7, this one reads up to "
        f"{len(MIGRATIONS)})"
    )


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 20, encoding="utf-8")
    with pytest.raises(StoreError) as error:
        Store(path)
    message = str(error.value)
    assert message.startswith(f"{path} is not an SQLite database")
    assert "\n" not in message
    assert path.read_text(encoding="utf-8") == "These are my notes, not a database.\n" * 20


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (slug TEXT)")
    conn.close()
    with pytest.raises(StoreError, match=r"not an articlecrawl one.*articles"):
        Store(path)


def test_a_path_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "crawl.db"
    with pytest.raises(StoreError, match=r"folder .*such does not exist"):
        Store(path)
    assert not path.parent.exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_a_path_under_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "plain.txt" / "crawl.db")


def test_open_existing_refuses_a_missing_file_without_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no such database"):
        Store.open_existing(path)
    assert not path.exists()


# -- writing articles --------------------------------------------------------------------------


def test_round_trip_of_an_article_with_a_three_level_tip_tree_and_every_link_kind(
    store: Store, run_id: int, db_path: Path
) -> None:
    counts = store.upsert_articles([back_pain_article()], run_id)
    assert (counts.new, counts.updated, counts.unchanged, counts.skipped) == (1, 0, 0, 0)

    [row] = query(
        db_path,
        "SELECT id, url, canonical_url, kind, title, published, language, description, author,"
        " breadcrumbs, encoding, parser_version, first_seen, last_fetched, last_changed,"
        " first_run_id, last_run_id FROM articles",
    )
    assert row == (
        1,
        SITE + "75078.html",
        SITE + "75078.html",
        "article",
        "What should I do if I have back pain due to miscarriage?",
        "2021-03-04",
        "en",
        "What to do about back pain after a miscarriage.",
        "deeho",
        '["Home","Women\'s health"]',
        "utf-8",
        PARSER_VERSION,
        "2024-05-01T08:00:00.000Z",
        "2024-05-01T08:00:00.000Z",
        "2024-05-01T08:00:00.000Z",
        run_id,
        run_id,
    )
    tips = query(
        db_path,
        "SELECT path, depth, number, title, position, parent_path FROM tips ORDER BY position",
    )
    assert tips == [
        ("1", 1, "1", "Daily life", 1, None),
        ("1.1", 2, "1", None, 2, "1"),
        ("1.2", 2, "2", None, 3, "1"),
        ("1.2.1", 3, "①", "Standing", 4, "1.2"),
        ("2", 1, "2", "Adjust dietary intake", 5, None),
        ("2.1", 2, "1", None, 6, "2"),
    ]
    assert query(db_path, "SELECT text FROM tips WHERE path = '1.2.1'") == [
        ("Standing: shift your weight every few minutes.",)
    ]
    links = query(
        db_path, "SELECT kind, position, title, url, snippet, target_id FROM links ORDER BY id"
    )
    assert links == [
        ("prev", 1, "How to treat a cold", SITE + "75077.html", None, None),
        ("next", 1, "Can you eat ginger during pregnancy?", SITE + "75079.html", None, None),
        ("recommend", 1, "Lumbar muscle strain", SITE + "1001.html",
         "Lumbar muscle strain is a ...", None),
        ("recommend", 2, "Back pain in pregnancy", SITE + "1002.html",
         "Many pregnant women ...", None),
    ]  # fmt: skip
    [exported] = store.iter_export()
    assert Article.from_dict(exported) == back_pain_article()


def test_chinese_text_is_stored_readable(store: Store, run_id: int, db_path: Path) -> None:
    store.upsert_articles([article(1, breadcrumbs=("首页", "妇科"), title="流产后腰痛")], run_id)
    assert query(db_path, "SELECT title, breadcrumbs FROM articles") == [
        ("流产后腰痛", '["首页","妇科"]')
    ]


def test_the_same_batch_twice_keeps_ids_and_writes_nothing_twice(
    store: Store, clock: Clock, db_path: Path
) -> None:
    batch = [back_pain_article(), article(2)]
    first_run = store.start_run([], {})
    first = store.upsert_articles(batch, first_run)
    ids = query(db_path, "SELECT id, url FROM articles ORDER BY id")
    tip_ids = query(db_path, "SELECT id FROM tips ORDER BY id")
    link_ids = query(db_path, "SELECT id FROM links ORDER BY id")

    clock.advance(days=1)
    second_run = store.start_run([], {})
    second = store.upsert_articles(batch, second_run)

    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 2)
    assert query(db_path, "SELECT id, url FROM articles ORDER BY id") == ids
    assert query(db_path, "SELECT id FROM tips ORDER BY id") == tip_ids  # not even rewritten
    assert query(db_path, "SELECT id FROM links ORDER BY id") == link_ids
    assert query(
        db_path,
        "SELECT first_seen, last_fetched, last_changed, first_run_id, last_run_id"
        " FROM articles WHERE url = ?",
        (SITE + "75078.html",),
    ) == [
        (
            "2024-05-01T08:00:00.000Z",
            "2024-05-02T08:00:00.000Z",
            "2024-05-01T08:00:00.000Z",
            first_run,
            second_run,
        )
    ]
    runs = {run.id: run for run in store.stats().runs}
    assert (runs[first_run].articles_new, runs[first_run].articles_unchanged) == (2, 0)
    assert (runs[second_run].articles_new, runs[second_run].articles_unchanged) == (0, 2)


def test_a_changed_page_keeps_its_id_and_gets_its_new_tips_and_links(
    store: Store, run_id: int, clock: Clock, db_path: Path
) -> None:
    store.upsert_articles([back_pain_article()], run_id)
    changed = back_pain_article(
        body="Rest, warmth and gentle exercise help after a miscarriage.",
        tips=(Tip("1", None, "Keep warm."),),
        prev=None,
        recommendations=(Link("Pelvic pain", SITE + "1003.html", "Pelvic pain is ..."),),
    )
    clock.advance(hours=2)

    counts = store.upsert_articles([changed], run_id)

    assert (counts.new, counts.updated, counts.unchanged) == (0, 1, 0)
    assert query(db_path, "SELECT id, first_seen, last_changed FROM articles") == [
        (1, "2024-05-01T08:00:00.000Z", "2024-05-01T10:00:00.000Z")
    ]
    assert query(db_path, "SELECT article_id, path, number, text FROM tips") == [
        (1, "1", "1", "Keep warm.")
    ]
    assert query(db_path, "SELECT kind, position, url FROM links ORDER BY id") == [
        ("next", 1, SITE + "75079.html"),
        ("recommend", 1, SITE + "1003.html"),
    ]
    # the search index follows the new text: the old words are gone, the new ones found
    assert store.search("abortion") == []
    assert [hit.article_id for hit in store.search("warmth")] == [1]


@pytest.mark.parametrize(
    "change",
    [
        {"author": "Dr. Li"},
        {"encoding": "gb18030"},
        {"breadcrumbs": ("Home",)},
        {"tips": ()},
        {"recommendations": ()},
        {"next": Link("Can you eat ginger during pregnancy?", SITE + "75080.html")},
    ],
    ids=lambda change: next(iter(change)),
)
def test_any_change_to_the_record_counts_as_updated(
    store: Store, run_id: int, change: dict[str, Any]
) -> None:
    store.upsert_articles([back_pain_article()], run_id)
    counts = store.upsert_articles([back_pain_article(**change)], run_id)
    assert (counts.updated, counts.unchanged) == (1, 0)


def test_the_content_hash_ignores_the_url_and_nothing_else(
    store: Store, run_id: int, db_path: Path
) -> None:
    store.upsert_articles(
        [
            back_pain_article(),
            back_pain_article(url=SITE + "75078.html?from=list"),
            back_pain_article(url=SITE + "x.html", title="Other title"),
        ],
        run_id,
    )
    hashes = [row[0] for row in query(db_path, "SELECT content_hash FROM articles ORDER BY id")]
    assert hashes[0] == hashes[1] != hashes[2]
    assert all(len(value) == 64 for value in hashes)


def test_records_that_are_not_articles_are_skipped(
    store: Store, run_id: int, db_path: Path
) -> None:
    listing = Article(url=SITE, kind="listing", links=(Link("One", SITE + "1.html"),))
    other = Article(url=SITE + "about.html", kind="other", title="About")
    counts = store.upsert_articles([listing, article(1), other], run_id)
    assert (counts.new, counts.skipped) == (1, 2)
    assert query(db_path, "SELECT url FROM articles") == [(SITE + "1.html",)]


def test_a_batch_failing_half_way_leaves_nothing_of_it(
    store: Store, run_id: int, db_path: Path
) -> None:
    store.upsert_articles([back_pain_article()], run_id)
    before = {
        table: query(db_path, f"SELECT * FROM {table} ORDER BY id")
        for table in ("articles", "tips", "links", "crawl_runs")
    }
    batch = [
        article(1),
        back_pain_article(tips=(), body="A rewritten body."),  # an update, rolled back too
        article(2, prev=Link("Article 1", SITE + "1.html")),
        Article(url=None, kind="article", title="No URL"),  # articles.url is NOT NULL
        article(3),
    ]
    with pytest.raises(StoreError) as error:
        store.upsert_articles(batch, run_id)

    message = str(error.value)
    assert "batch of 5 records not stored" in message
    assert "an article without a URL" in message
    assert "NOT NULL" in message
    for table, rows in before.items():
        assert query(db_path, f"SELECT * FROM {table} ORDER BY id") == rows, table
    assert [hit.url for hit in store.search("abortion")] == [SITE + "75078.html"]
    assert store.search("rewritten") == []


def test_a_value_sqlite_cannot_store_fails_the_batch_as_a_store_error(
    store: Store, run_id: int, db_path: Path
) -> None:
    broken = article(2, tips=(Tip("1", None, ["not", "a", "string"]),))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match=r"\(at https://www\.deeho\.com/p/2\.html\)"):
        store.upsert_articles([article(1), broken], run_id)
    assert query(db_path, "SELECT count(*) FROM articles") == [(0,)]


def test_a_batch_for_an_unknown_run_is_refused_whole(store: Store, db_path: Path) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.upsert_articles([article(1), article(2)], run_id=42)
    assert query(db_path, "SELECT count(*) FROM articles") == [(0,)]


# -- links to stored articles ------------------------------------------------------------------


def target_of(db_path: Path, source_url: str, kind: str) -> list[tuple[Any, ...]]:
    return query(
        db_path,
        "SELECT t.url FROM links AS l JOIN articles AS s ON s.id = l.article_id"
        " LEFT JOIN articles AS t ON t.id = l.target_id"
        " WHERE s.url = ? AND l.kind = ? ORDER BY l.position",
        (source_url, kind),
    )


def test_a_link_finds_its_target_whichever_is_stored_first(
    store: Store, run_id: int, db_path: Path
) -> None:
    one = article(1, next=Link("Article 2", SITE + "2.html"))
    two = article(2, prev=Link("Article 1", SITE + "1.html"))

    store.upsert_articles([one], run_id)
    assert target_of(db_path, SITE + "1.html", "next") == [(None,)]  # 2 is not stored yet

    store.upsert_articles([two], run_id)
    assert target_of(db_path, SITE + "1.html", "next") == [(SITE + "2.html",)]  # filled later
    assert target_of(db_path, SITE + "2.html", "prev") == [(SITE + "1.html",)]  # filled at once


def test_links_resolve_within_one_batch(store: Store, run_id: int, db_path: Path) -> None:
    one = article(1, recommendations=(Link("Two", SITE + "2.html"), Link("Nine", SITE + "9.html")))
    store.upsert_articles([one, article(2)], run_id)
    assert target_of(db_path, SITE + "1.html", "recommend") == [(SITE + "2.html",), (None,)]
    assert store.stats().links_resolved == 1


def test_a_link_to_a_canonical_url_finds_the_article(
    store: Store, run_id: int, db_path: Path
) -> None:
    mobile = article(5, url="https://m.deeho.com/p/5.html", canonical_url=SITE + "5.html")
    linking = article(1, next=Link("Five", SITE + "5.html"))
    linked_later = article(2, next=Link("Six", SITE + "6.html"))
    store.upsert_articles([mobile, linking, linked_later], run_id)
    store.upsert_articles(
        [article(6, url="https://m.deeho.com/p/6.html", canonical_url=SITE + "6.html")], run_id
    )
    assert target_of(db_path, SITE + "1.html", "next") == [("https://m.deeho.com/p/5.html",)]
    assert target_of(db_path, SITE + "2.html", "next") == [("https://m.deeho.com/p/6.html",)]


def test_an_exact_url_wins_over_a_canonical_url(store: Store, run_id: int, db_path: Path) -> None:
    copy = article(7, url="https://mirror.example/7.html", canonical_url=SITE + "7.html")
    linking = article(1, next=Link("Seven", SITE + "7.html"))
    store.upsert_articles([copy, linking], run_id)
    assert target_of(db_path, SITE + "1.html", "next") == [("https://mirror.example/7.html",)]
    store.upsert_articles([article(7)], run_id)  # the page itself, at exactly the link's URL
    assert target_of(db_path, SITE + "1.html", "next") == [(SITE + "7.html",)]


# -- search ------------------------------------------------------------------------------------

ZH_POSTPARTUM = article(
    11,
    title="流产后腰痛怎么办",
    body="很多女性在流产后会出现腰痛。腰肌劳损也会引起腰痛，要注意休息。",
    language="zh",
)
ZH_STRAIN = article(
    12,
    title="腰肌劳损的按摩方法",
    body="腰肌劳损是常见的慢性病。按摩腰部可以缓解疼痛。",
    language="zh",
)
ZH_PREGNANCY = article(
    13,
    title="孕妇注意事项",
    body="孕妇腰痛很常见。腰痛时不要久坐，腰痛严重要就医。Yoga helps.",
    language="zh",
)


@pytest.fixture
def corpus(store: Store, run_id: int) -> Store:
    store.upsert_articles([back_pain_article(), ZH_POSTPARTUM, ZH_STRAIN, ZH_PREGNANCY], run_id)
    return store


def urls(hits: list[Any]) -> list[str]:
    return [hit.url for hit in hits]


def test_a_two_character_chinese_query_ranks_title_hits_first(corpus: Store) -> None:
    hits = corpus.search("腰痛")
    # 13 says 腰痛 three times, but 11 has it in its title; 12 never says it
    assert urls(hits) == [ZH_POSTPARTUM.url, ZH_PREGNANCY.url]
    assert [hit.rank for hit in hits] == [1, 2]
    assert hits[0].title == "流产后腰痛怎么办"
    assert hits[1].snippet == "孕妇[腰痛]很常见。[腰痛]时不要久坐，[腰痛]严重要就医。Yoga helps."


def test_a_two_character_query_ranks_more_occurrences_next(store: Store, run_id: int) -> None:
    once = article(1, title="产后护理", body="产后腰痛要注意保暖。")
    thrice = article(2, title="产后恢复", body="腰痛反复发作时，腰痛加重时，腰痛都要就医。")
    store.upsert_articles([once, thrice], run_id)
    assert urls(store.search("腰痛")) == [thrice.url, once.url]


def test_a_two_character_query_in_a_long_body_gets_a_cut_snippet(store: Store, run_id: int) -> None:
    body = "前言。" * 30 + "产后腰痛的原因很多。\n\n1．腰肌劳损" + "结语。" * 30
    store.upsert_articles([article(1, body=body)], run_id)
    [hit] = store.search("腰痛")
    assert "产后[腰痛]的原因很多。 1．腰肌劳损" in hit.snippet  # on one line
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 100


def test_a_four_character_chinese_query_uses_the_index(corpus: Store) -> None:
    hits = corpus.search("腰肌劳损")
    # 12 has it in its title and body, 11 only in its body
    assert urls(hits) == [ZH_STRAIN.url, ZH_POSTPARTUM.url]
    assert all("[腰肌劳损]" in hit.snippet for hit in hits)


def test_the_index_ranks_a_title_match_above_a_body_match(store: Store, run_id: int) -> None:
    in_body = article(1, title="Exercises", body="Sciatica can follow a strained back.")
    in_title = article(2, title="Sciatica", body="Pain that runs down the leg from the back.")
    store.upsert_articles([in_body, in_title], run_id)
    assert urls(store.search("sciatica")) == [in_title.url, in_body.url]


def test_an_english_word_is_found_case_insensitively_with_a_snippet(corpus: Store) -> None:
    [hit] = corpus.search("Miscarriage")
    assert hit.url == SITE + "75078.html"
    assert "[miscarriage]" in hit.snippet
    [hit] = corpus.search("ABORTION")
    assert hit.url == SITE + "75078.html"
    # the body's paragraph break after "abortion." becomes a space: one line per hit
    assert "through [abortion]. Low back pain" in hit.snippet


def test_every_term_must_match(corpus: Store) -> None:
    assert urls(corpus.search("yoga 腰痛")) == [ZH_PREGNANCY.url]  # mixed languages
    assert urls(corpus.search("腰肌劳损 腰痛")) == [ZH_POSTPARTUM.url]  # long and short
    assert urls(corpus.search("腰痛 劳损")) == [ZH_POSTPARTUM.url]  # both short
    assert corpus.search("miscarriage 腰肌劳损") == []


def test_quotes_make_a_phrase(corpus: Store) -> None:
    assert urls(corpus.search('"back pain"')) == [SITE + "75078.html"]
    assert urls(corpus.search("“back pain”")) == [SITE + "75078.html"]
    assert corpus.search('"pain back"') == []


def test_custom_highlight_marks(corpus: Store) -> None:
    [hit] = corpus.search("yoga", highlight=("<b>", "</b>"))
    assert "<b>Yoga</b>" in hit.snippet
    hits = corpus.search("YO", highlight=("<b>", "</b>"))  # a scan: two letters
    snippets = {hit.url: hit.snippet for hit in hits}
    assert "<b>Yo</b>ga" in snippets[SITE + "13.html"]  # the text's own case, marked
    assert "Many <b>yo</b>ung girls" in snippets[SITE + "75078.html"]


def test_limit_caps_the_hits(corpus: Store) -> None:
    assert len(corpus.search("腰", limit=2)) == 2
    assert len(corpus.search("腰", limit=10)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"back pain', [SITE + "75078.html"]),  # unbalanced quote: a phrase to the end
        ("AND", []),  # a bare operator is a word: "and" is in no article
        ("pain AND", []),
        ("OR NOT", []),
        ("*", []),
        ("pain*", []),
        ("(pain", []),
        ("NEAR(back pain)", []),
        ("title:pain", []),
        ("^pain -back +x", []),
        ("'; DROP TABLE articles; --", []),
        ("...", []),  # punctuation only: a literal substring, as everywhere
        ("！？", []),
        ("。", [ZH_POSTPARTUM.url, ZH_STRAIN.url, ZH_PREGNANCY.url]),
    ],
)
def test_query_syntax_is_plain_text(corpus: Store, text: str, expected: list[str]) -> None:
    assert urls(corpus.search(text)) == expected


@pytest.mark.parametrize("text", ["", "   ", '"', '""', "“”", "\x00"])
def test_an_empty_query_is_a_store_error(corpus: Store, text: str) -> None:
    with pytest.raises(StoreError, match="nothing to search for"):
        corpus.search(text)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(tmp_path_factory.mktemp("fuzz") / "fuzz.db") as opened:
        run = opened.start_run([], {})
        opened.upsert_articles([back_pain_article(), ZH_POSTPARTUM, ZH_STRAIN, ZH_PREGNANCY], run)
        yield opened


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=30))
def test_no_query_reaches_sqlite_as_an_error(fuzz_store: Store, text: str) -> None:
    try:
        hits = fuzz_store.search(text)
    except StoreError as error:
        assert "nothing to search for" in str(error)
    else:
        assert all(hit.url for hit in hits)


# -- runs, failures, stats ---------------------------------------------------------------------


def test_a_run_records_its_settings_counts_and_scrapy_stats(
    store: Store, clock: Clock, db_path: Path
) -> None:
    class Middleware:
        pass

    run = store.start_run(
        [SITE + "75078.html"],
        {
            "CONCURRENT_REQUESTS": 4,
            "DOWNLOADER_MIDDLEWARES": {Middleware: 543},  # Scrapy allows classes as keys
            "JOBDIR": None,
        },
    )
    store.upsert_articles([article(1), article(2)], run)
    store.upsert_articles([article(2), article(3, title="Third")], run)
    store.upsert_articles([article(3)], run)  # changed back: an update
    clock.advance(minutes=5)
    started = datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc)
    store.finish_run(
        run,
        "finished",
        pages_fetched=9,
        failures=1,
        stats={"start_time": started, "item_scraped_count": 4, "elapsed_time_seconds": 300.5},
    )

    [row] = query(db_path, "SELECT * FROM crawl_runs")
    names = [column[1] for column in query(db_path, "PRAGMA table_info(crawl_runs)")]
    saved = dict(zip(names, row, strict=True))
    assert saved["started_at"] == "2024-05-01T08:00:00.000Z"
    assert saved["finished_at"] == "2024-05-01T08:05:00.000Z"
    assert saved["status"] == "finished"
    assert json.loads(saved["start_urls"]) == [SITE + "75078.html"]
    middleware = f"{Middleware.__module__}.{Middleware.__qualname__}"
    assert json.loads(saved["settings"]) == {
        "CONCURRENT_REQUESTS": 4,
        "DOWNLOADER_MIDDLEWARES": {middleware: 543},
        "JOBDIR": None,
    }
    assert json.loads(saved["stats"]) == {
        "start_time": "2024-05-01T08:00:00+00:00",
        "item_scraped_count": 4,
        "elapsed_time_seconds": 300.5,
    }
    assert (saved["pages_fetched"], saved["failures"]) == (9, 1)
    assert (saved["articles_new"], saved["articles_updated"], saved["articles_unchanged"]) == (
        3,
        1,
        1,
    )


def test_finish_run_refuses_a_bad_status_and_an_unknown_run(store: Store, run_id: int) -> None:
    with pytest.raises(ValueError, match="finished, failed, interrupted"):
        store.finish_run(run_id, "done", pages_fetched=0, failures=0, stats={})
    with pytest.raises(StoreError, match="no crawl run 77"):
        store.finish_run(77, "failed", pages_fetched=0, failures=0, stats={})


def test_failures_are_recorded_with_and_without_a_run(
    store: Store, run_id: int, db_path: Path
) -> None:
    store.record_failure(run_id, SITE + "404.html", "fetch", "HTTP 404")
    store.record_failure(None, SITE + "bad.html", "parse", "no title and no body")
    assert query(db_path, "SELECT run_id, url, stage, error, at FROM failures ORDER BY id") == [
        (run_id, SITE + "404.html", "fetch", "HTTP 404", "2024-05-01T08:00:00.000Z"),
        (None, SITE + "bad.html", "parse", "no title and no body", "2024-05-01T08:00:00.000Z"),
    ]
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.record_failure(123, SITE + "x.html", "fetch", "timeout")


def test_stats_counts_rows_and_lists_recent_runs_newest_first(store: Store, clock: Clock) -> None:
    first = store.start_run([SITE + "1.html"], {})
    store.upsert_articles([back_pain_article(), article(1002)], first)
    store.finish_run(first, "interrupted", pages_fetched=2, failures=0, stats={})
    clock.advance(hours=1)
    second = store.start_run([SITE + "2.html"], {})
    store.record_failure(second, SITE + "3.html", "fetch", "timeout")
    third = store.start_run([], {})

    stats = store.stats(runs=2)

    assert stats.schema_version == len(MIGRATIONS)
    # back_pain_article: 6 tips, 4 links, of which the recommendation of 1002.html resolves
    assert (stats.articles, stats.tips, stats.links, stats.links_resolved) == (2, 6, 4, 1)
    assert stats.failures == 1
    assert [run.id for run in stats.runs] == [third, second]
    assert stats.runs[1].start_urls == (SITE + "2.html",)
    assert stats.runs[1].status == "running"
    assert stats.runs[1].finished_at is None
    assert store.stats().runs[-1].status == "interrupted"
    assert store.stats().runs[-1].articles_new == 2


def test_readers_read_while_another_connection_writes(store: Store, run_id: int, db_path: Path):
    store.upsert_articles([back_pain_article()], run_id)
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE articles SET title = 'Being rewritten'")
        with Store.open_existing(db_path) as reader:
            assert reader.stats().articles == 1
            [hit] = reader.search("miscarriage")
            assert hit.title == "What should I do if I have back pain due to miscarriage?"
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# -- export ------------------------------------------------------------------------------------


def test_export_gives_each_article_with_its_tip_tree_links_and_bookkeeping(
    store: Store, run_id: int
) -> None:
    store.upsert_articles([back_pain_article(), article(1001)], run_id)
    first, second = store.iter_export()

    assert list(first) == [
        "id", "url", "kind", "title", "body", "tips", "prev", "next", "recommendations",
        "canonical_url", "published", "breadcrumbs", "language", "description", "author",
        "encoding", "content_hash", "parser_version", "first_seen", "last_fetched",
        "last_changed", "first_run_id", "last_run_id",
    ]  # fmt: skip
    assert list(second) == list(first)  # same keys for every article: CSV needs it
    assert first["id"] == 1
    assert first["breadcrumbs"] == ["Home", "Women's health"]
    daily_life = first["tips"][0]
    assert daily_life["title"] == "Daily life"
    assert [child["number"] for child in daily_life["tips"]] == ["1", "2"]
    assert daily_life["tips"][1]["tips"] == [
        {
            "number": "①",
            "title": "Standing",
            "text": "Standing: shift your weight every few minutes.",
            "tips": [],
        }
    ]
    assert first["prev"] == {
        "title": "How to treat a cold",
        "url": SITE + "75077.html",
        "snippet": None,
        "target_id": None,
    }
    assert [(link["url"], link["target_id"]) for link in first["recommendations"]] == [
        (SITE + "1001.html", second["id"]),
        (SITE + "1002.html", None),
    ]
    assert (second["tips"], second["prev"], second["next"], second["recommendations"]) == (
        [],
        None,
        None,
        [],
    )
    assert json.loads(json.dumps(first)) == first  # JSON-ready as it is


def test_export_reads_in_chunks_and_misses_none(
    store: Store, run_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "EXPORT_CHUNK", 2)
    store.upsert_articles(
        [article(n, tips=(Tip("1", None, f"tip of {n}"),)) for n in range(5)], run_id
    )
    exported = list(store.iter_export())
    assert [record["url"] for record in exported] == [f"{SITE}{n}.html" for n in range(5)]
    assert [record["tips"][0]["text"] for record in exported] == [f"tip of {n}" for n in range(5)]


def test_export_of_an_empty_store_is_empty(store: Store) -> None:
    assert list(store.iter_export()) == []


# -- any record survives the trip ----------------------------------------------------------------

texts = st.text(max_size=40)
maybe_texts = st.none() | texts
links = st.builds(Link, title=maybe_texts, url=maybe_texts, snippet=maybe_texts)
tip_trees = st.recursive(
    st.builds(Tip, number=texts, title=maybe_texts, text=texts),
    lambda children: st.builds(
        Tip,
        number=texts,
        title=maybe_texts,
        text=texts,
        tips=st.lists(children, max_size=3).map(tuple),
    ),
    max_leaves=8,
)
articles = st.builds(
    Article,
    url=st.integers(min_value=0, max_value=10**6).map(lambda n: f"{SITE}{n}.html"),
    kind=st.just("article"),
    title=maybe_texts,
    body=st.text(max_size=200),
    tips=st.lists(tip_trees, max_size=4).map(tuple),
    prev=st.none() | links,
    next=st.none() | links,
    recommendations=st.lists(links, max_size=4).map(tuple),
    canonical_url=maybe_texts,
    published=maybe_texts,
    breadcrumbs=st.lists(texts, max_size=3).map(tuple),
    language=maybe_texts,
    description=maybe_texts,
    author=maybe_texts,
    encoding=maybe_texts,
)


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty store's file, made once: each example below starts from a copy of it (a
    copy opens in a sixth of the time the schema takes to create)."""
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    Store(path).close()
    return path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=articles)
def test_any_article_comes_back_from_export_as_it_went_in(
    tmp_path_factory: pytest.TempPathFactory, empty_store: Path, record: Article
) -> None:
    path = tmp_path_factory.mktemp("trip") / "trip.db"
    with sqlite3.connect(empty_store) as source, sqlite3.connect(path) as target:
        source.backup(target)
    with Store(path) as opened:
        run = opened.start_run([], {})
        assert opened.upsert_articles([record], run).new == 1
        [exported] = opened.iter_export()
        assert Article.from_dict(exported) == record
        assert opened.upsert_articles([record], run).unchanged == 1
