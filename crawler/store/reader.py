"""A read-only second connection to a store, for point lookups while a crawl writes.

The spider asks, for every article URL it is about to request, what the store knows of it
(ETag, Last-Modified, when it was last fetched); the pipeline's Store holds the write
connection, often inside a transaction. In WAL mode a reader sees the last committed state and
never waits for the writer, so the lookups cost one indexed SELECT each.
`existing_schema_version()` checks, read-only too, that a file is an articlecrawl database.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from crawler.store.errors import StoreError
from crawler.store.pages import KnownPage, known_page
from crawler.store.schema import BUSY_TIMEOUT_MS, MIGRATIONS

READER_NEEDS_SCHEMA = 2
"""The first schema version with what known_page() reads (etag, last_modified, gone_at)."""


def existing_schema_version(path: str | os.PathLike[str]) -> int:
    """The schema version of the articlecrawl database at `path`, read without writing.

    For a reader that must not create or take over a file (`articlecrawl serve`): raises
    StoreError, in one line naming the file, when it does not exist, is not SQLite, is an
    SQLite database of another program (no articlecrawl schema version), or was written by a
    newer articlecrawl.
    """
    target = Path(path)
    if not target.exists():
        raise StoreError(f"{target}: no such database (crawl first, or check the path)")
    if not target.is_file():
        raise StoreError(f"{target} is not a database file")
    try:
        conn = sqlite3.connect(target.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {target}: {exc}") from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        has_articles = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target} is not an SQLite database ({exc})") from exc
    finally:
        conn.close()
    if version == 0 or not has_articles:
        raise StoreError(f"{target} is not an articlecrawl database (no articlecrawl schema)")
    if version > len(MIGRATIONS):
        raise StoreError(
            f"{target} was written by a newer articlecrawl "
            f"(schema {version}, this one reads up to {len(MIGRATIONS)})"
        )
    return version


class StoreReader:
    """A read-only connection to an existing articlecrawl database.

    It never writes and never migrates: open the database with `Store` first (the crawl
    command does, before anything is fetched). Usable from any thread, one at a time.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Open the database at `path` read-only. Raises StoreError when it does not exist, is
        not SQLite, or its schema is older than READER_NEEDS_SCHEMA."""
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"{self.path}: no such database (crawl first, or check the path)")
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            # isolation_level=None: each SELECT is its own read transaction, so the reader
            # never pins an old snapshot (which would also stop WAL checkpoints).
            self._conn = sqlite3.connect(
                uri,
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        try:
            self._check_schema()
        except BaseException:
            self._conn.close()
            raise

    def known_page(self, url: str) -> KnownPage | None:
        """What the store knows of the article at exactly `url`; None when it is not stored."""
        with self._translate_errors(f"cannot look up {url}"):
            return known_page(self._conn, url)

    def close(self) -> None:
        """Close the connection; the reader cannot be used afterwards."""
        self._conn.close()

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_schema(self) -> None:
        with self._translate_errors("cannot read the schema version"):
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version < READER_NEEDS_SCHEMA:
            raise StoreError(
                f"{self.path} has schema {version}; reading it needs schema "
                f"{READER_NEEDS_SCHEMA} or later (open it once with articlecrawl to update it)"
            )

    @contextmanager
    def _translate_errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {action}: {exc}") from exc
