"""A read-only second connection to a store, for point lookups while a crawl writes.

The spider asks, for every article URL it is about to request, what the store knows of it
(ETag, Last-Modified, when it was last fetched); the pipeline's Store holds the write
connection, often inside a transaction. In WAL mode a reader sees the last committed state and
never waits for the writer, so the lookups cost one indexed SELECT each.
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
from crawler.store.schema import BUSY_TIMEOUT_MS

READER_NEEDS_SCHEMA = 2
"""The first schema version with what known_page() reads (etag, last_modified, gone_at)."""


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
