"""The store's schema: the ordered migrations, and opening a file with the right pragmas.

The schema version is `PRAGMA user_version`: version N means the first N migrations have been
applied. To change the schema, append a Migration; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from crawler.store.errors import StoreError

BUSY_TIMEOUT_MS = 5000
"""How long a statement waits for another connection's lock before giving up."""


@dataclass(frozen=True)
class Migration:
    """One step of the schema, applied once, in order, in its own transaction."""

    summary: str
    """What the step adds, for error messages and readers of this file."""
    sql: str
    """The SQL script, commented for the analysts who read the schema."""
    then: Callable[[Database], object] | None = None
    """Python run after the SQL in the same transaction, for data a script cannot move."""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "articles, tips, links, crawl runs, failures and the trigram search index",
        """
        -- One row per crawl (`articlecrawl crawl`); articles and failures point to it.
        CREATE TABLE crawl_runs (
          id INTEGER PRIMARY KEY,
          started_at TEXT NOT NULL,             -- ISO 8601 UTC
          finished_at TEXT,                     -- NULL while running or if the crawl died
          status TEXT NOT NULL DEFAULT 'running'
            CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
          start_urls TEXT NOT NULL DEFAULT '[]',  -- JSON array of URLs
          settings TEXT NOT NULL DEFAULT '{}',    -- JSON object: the settings the crawl ran with
          pages_fetched INTEGER NOT NULL DEFAULT 0,
          articles_new INTEGER NOT NULL DEFAULT 0,        -- URLs stored for the first time
          articles_updated INTEGER NOT NULL DEFAULT 0,    -- stored before, content changed
          articles_unchanged INTEGER NOT NULL DEFAULT 0,  -- stored before, same content hash
          failures INTEGER NOT NULL DEFAULT 0,
          stats TEXT                            -- JSON object: Scrapy's stats at the end
        );

        -- One row per article URL; a page crawled again updates its row (same id).
        CREATE TABLE articles (
          id INTEGER PRIMARY KEY,
          url TEXT NOT NULL UNIQUE CHECK (url <> ''),  -- the URL the page was fetched from
          canonical_url TEXT,          -- <link rel=canonical> or og:url; NULL when none
          kind TEXT NOT NULL DEFAULT 'article',
          title TEXT,
          body TEXT NOT NULL DEFAULT '',  -- main text, paragraphs separated by one blank line
          published TEXT,              -- ISO 8601 date or datetime, as the page gives it
          language TEXT,               -- primary language subtag: 'zh', 'en', ...
          description TEXT,            -- meta description
          author TEXT,                 -- author or source as the page names it
          breadcrumbs TEXT NOT NULL DEFAULT '[]',  -- JSON array of labels, home page first
          encoding TEXT,               -- the encoding the page was decoded with
          content_hash TEXT NOT NULL,  -- sha256 of every field of the record but the url
          parser_version TEXT NOT NULL,  -- parsers.PARSER_VERSION that wrote the content
          first_seen TEXT NOT NULL,    -- ISO 8601 UTC: first stored
          last_fetched TEXT NOT NULL,  -- ISO 8601 UTC: last stored, changed or not
          last_changed TEXT NOT NULL,  -- ISO 8601 UTC: last time the content hash changed
          first_run_id INTEGER REFERENCES crawl_runs (id) ON DELETE SET NULL,
          last_run_id INTEGER REFERENCES crawl_runs (id) ON DELETE SET NULL
        );
        CREATE INDEX articles_canonical_url ON articles (canonical_url);
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_language ON articles (language);
        CREATE INDEX articles_last_run_id ON articles (last_run_id);

        -- The numbered tips of an article, flattened depth first; the tree is in path.
        CREATE TABLE tips (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
          path TEXT NOT NULL,          -- '3.2' = 2nd child of the 3rd top-level tip
          depth INTEGER NOT NULL,      -- 1 = top level
          number TEXT NOT NULL,        -- the marker as printed: '1', '一', '(1)', '①'
          title TEXT,                  -- the lead phrase, when there is one
          text TEXT NOT NULL,          -- the tip's own text, without its children's
          position INTEGER NOT NULL,   -- order within the article, 1-based, depth first
          parent_path TEXT,            -- path of the parent tip; NULL at depth 1
          UNIQUE (article_id, path)    -- also serves lookups by article_id
        );

        -- The links an article shows: previous, next and recommended articles.
        CREATE TABLE links (
          id INTEGER PRIMARY KEY,
          article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('prev', 'next', 'recommend')),
          position INTEGER NOT NULL,   -- 1 for prev/next; order in the block for 'recommend'
          title TEXT,                  -- the link text as shown
          url TEXT,                    -- absolute URL
          snippet TEXT,                -- teaser under a recommendation, as printed
          -- the linked article once it is stored (matched on its url, else canonical_url)
          target_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
          UNIQUE (article_id, kind, position)  -- also serves lookups by article_id
        );
        CREATE INDEX links_target_id ON links (target_id);
        CREATE INDEX links_url ON links (url);

        -- Pages that could not be fetched, parsed or stored.
        CREATE TABLE failures (
          id INTEGER PRIMARY KEY,
          run_id INTEGER REFERENCES crawl_runs (id) ON DELETE CASCADE,  -- NULL outside a run
          url TEXT NOT NULL,
          stage TEXT NOT NULL,         -- 'fetch', 'parse', 'store', ...
          error TEXT NOT NULL,         -- the error message
          at TEXT NOT NULL             -- ISO 8601 UTC
        );
        CREATE INDEX failures_run_id ON failures (run_id);
        CREATE INDEX failures_url ON failures (url);

        -- Full-text search over title and body. The trigram tokenizer indexes every run of
        -- three characters, so substrings of Chinese text (which has no spaces) are found;
        -- the text itself stays in articles (external content), kept in sync by the triggers.
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
          title, body, content = 'articles', content_rowid = 'id', tokenize = 'trigram'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        END;
        -- Only when the indexed text changes: recrawls of unchanged pages touch
        -- last_fetched and must not rewrite the index.
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
          INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        """,
    ),
    Migration(
        "conditional re-crawls, pages gone, kept raw pages and run health",
        """
        -- What the last fetch of each article told us, for conditional requests next time.
        ALTER TABLE articles ADD COLUMN etag TEXT;           -- ETag header, as sent
        ALTER TABLE articles ADD COLUMN last_modified TEXT;  -- Last-Modified header, as sent
        ALTER TABLE articles ADD COLUMN http_status INTEGER; -- of the last fetch: 200, 304, 404
        -- ISO 8601 UTC: when the page first answered 404/410 after it had been stored; NULL
        -- while it answers (the row is kept, and cleared again if the page comes back).
        ALTER TABLE articles ADD COLUMN gone_at TEXT;
        CREATE INDEX articles_gone_at ON articles (gone_at) WHERE gone_at IS NOT NULL;

        -- stored articles that answered 404/410 for the first time in this run
        ALTER TABLE crawl_runs ADD COLUMN articles_gone INTEGER NOT NULL DEFAULT 0;
        -- JSON object: {"healthy": bool, "checks": [{"name", "passed", "detail"}, ...]}
        ALTER TABLE crawl_runs ADD COLUMN health TEXT;
        ALTER TABLE crawl_runs ADD COLUMN exit_code INTEGER;  -- what the crawl command exited with

        -- The bytes of each article as fetched, for re-parsing without the network. Written in
        -- the same transaction as the article; replaced only when the bytes change.
        CREATE TABLE raw_pages (
          article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
          fetched_at TEXT NOT NULL,    -- ISO 8601 UTC: when these bytes were fetched first
          http_status INTEGER NOT NULL,  -- of that fetch
          content_type TEXT,           -- Content-Type header: the charset to decode with
          etag TEXT,                   -- ETag header of that fetch
          last_modified TEXT,          -- Last-Modified header of that fetch
          compression TEXT NOT NULL DEFAULT 'zlib' CHECK (compression IN ('zlib', 'none')),
          size INTEGER NOT NULL,       -- bytes before compression
          body_hash TEXT NOT NULL,     -- sha256 (hex) of the bytes before compression
          body BLOB NOT NULL           -- the bytes, compressed as `compression` says
        );
        """,
    ),
    Migration(
        "pages parsed per run by kind",
        """
        -- The pages a run parsed, by the kind the parser gave them (304s and articles skipped
        -- as fresh are not parsed). Only articles are stored: a run of mostly 'other' pages
        -- means the parser does not recognise the site's articles.
        ALTER TABLE crawl_runs ADD COLUMN pages_article INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN pages_listing INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE crawl_runs ADD COLUMN pages_other INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    Migration(
        "the search index declared as Datasette reads it, and views for analysts",
        """
        -- Datasette and sqlite-utils find a table's full-text index only when its declaration
        -- reads content="articles" (no spaces, double quotes); the first migration wrote
        -- content = 'articles', so Datasette's search box ignored it. Declared again and
        -- rebuilt from articles; the triggers name the index and keep working unchanged.
        DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
          title, body, content="articles", content_rowid="id", tokenize="trigram"
        );
        INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

        -- Every tip with its article's title, and as one line of an indented outline.
        CREATE VIEW article_tips AS
        SELECT
          t.article_id,                -- the article the tip belongs to
          a.title AS article_title,    -- that article's title
          t.position,                  -- order within the article, 1-based, depth first
          t.path,                      -- '3.2' = 2nd child of the 3rd top-level tip
          t.depth,                     -- 1 = top level
          t.number,                    -- the marker as printed: '1', '一', '(1)', '①'
          t.title,                     -- the lead phrase, when there is one
          t.text,                      -- the tip's own text, without its children's
          -- the tip as the page shows it: two ideographic spaces (U+3000, which HTML does not
          -- collapse) per level below the top, the marker ('1.' for a bare number), the text
          replace(printf('%*s', 2 * (t.depth - 1), ''), ' ', '　')
            || t.number || CASE WHEN t.number GLOB '[0-9]*' AND t.number NOT GLOB '*[^0-9]*'
                                THEN '.' ELSE '' END
            || ' ' || t.text AS outline
        FROM tips AS t JOIN articles AS a ON a.id = t.article_id;

        -- One row per article with the counts analysts rank and group by.
        CREATE VIEW article_stats AS
        SELECT
          a.id,                        -- articles.id
          a.title,                     -- the article's title
          a.url,                       -- the URL the page was fetched from
          -- the URL's host (and port): 'www.deeho.com'
          substr(substr(a.url, instr(a.url, '://') + 3), 1,
                 instr(substr(a.url, instr(a.url, '://') + 3) || '/', '/') - 1) AS site,
          a.language,                  -- primary language subtag: 'zh', 'en', ...
          a.published,                 -- ISO 8601 date or datetime, as the page gives it
          -- its tips, at every depth
          (SELECT count(*) FROM tips AS t WHERE t.article_id = a.id) AS tips,
          -- its top-level tips
          (SELECT count(*) FROM tips AS t WHERE t.article_id = a.id AND t.depth = 1)
            AS top_level_tips,
          -- stored articles whose Recommend block links here
          (SELECT count(DISTINCT l.article_id) FROM links AS l
           WHERE l.target_id = a.id AND l.kind = 'recommend') AS recommended_by,
          a.first_seen,                -- ISO 8601 UTC: first stored
          a.last_changed,              -- ISO 8601 UTC: last time the content changed
          a.gone_at                    -- ISO 8601 UTC: when it first answered 404/410; NULL
        FROM articles AS a;
        """,
    ),
)
"""The schema, oldest first: schema version N = the first N migrations applied. To change the
schema, append a Migration (e.g. ALTER TABLE articles ADD COLUMN summary TEXT); never edit one
that has shipped."""


_OUR_TABLES = (
    "crawl_runs",
    "articles",
    "tips",
    "links",
    "failures",
    "articles_fts",
    "raw_pages",
)


def open_database(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> Database:
    """Open (or create) the SQLite file at `path`, set its pragmas, apply missing migrations.

    Raises StoreError, naming the file, when it is a folder, cannot be created, is not SQLite,
    belongs to another program, or has a newer schema than `migrations` describe.
    """
    db = _connect(path)
    try:
        _configure(db, path)
        _migrate(db, path, migrations)
    except BaseException:
        db.close()
        raise
    return db


def schema_version(db: Database) -> int:
    """The number of migrations applied to the open database."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _connect(path: Path) -> Database:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if str(path) != ":memory:" and not path.parent.is_dir():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        # check_same_thread=False: a pipeline may hand writes to a worker thread; a Store is
        # documented as usable by one thread at a time.
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    # No plugins and no recursive triggers: the pragmas below are the whole configuration.
    return Database(conn, recursive_triggers=False, execute_plugins=False)


def _configure(db: Database, path: Path) -> None:
    try:
        # The first read of the file: a file that is not SQLite fails here.
        schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not an SQLite database ({exc})") from exc
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL: readers (the CLI, Datasette) read while a crawl writes. NORMAL is durable
        # across application crashes in WAL mode; only a power loss may lose the last commits.
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot use {path}: {exc}") from exc


def _migrate(db: Database, path: Path, migrations: Sequence[Migration]) -> None:
    version = schema_version(db)
    latest = len(migrations)
    if version > latest:
        raise StoreError(
            f"{path} was written by a newer articlecrawl "
            f"(schema {version}, this one reads up to {latest})"
        )
    if version == 0:
        clashing = sorted(set(db.table_names()) & set(_OUR_TABLES))
        if clashing:
            raise StoreError(
                f"{path} is an SQLite database but not an articlecrawl one "
                f"(it has tables {', '.join(clashing)} but no articlecrawl schema version)"
            )
    for number, migration in enumerate(migrations[version:], start=version + 1):
        try:
            with db.atomic():
                # dedent: SQLite keeps each CREATE's text, which `.schema` shows to analysts
                db.executescript(textwrap.dedent(migration.sql))
                if migration.then is not None:
                    migration.then(db)
                # user_version is part of the transaction: a failed migration leaves the old
                # version and none of its changes.
                db.execute(f"PRAGMA user_version = {number}")
        except sqlite3.Error as exc:
            hint = ""
            if "trigram" in str(exc):
                hint = f" (SQLite {sqlite3.sqlite_version} is too old: 3.34 or later is needed)"
            raise StoreError(
                f"cannot update {path} to schema {number} ({migration.summary}): {exc}{hint}"
            ) from exc
