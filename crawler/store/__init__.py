"""articlecrawl's SQLite store: the only code in the project that writes SQL.

`Store` opens (creating or migrating) a database file, upserts `parsers.Article` records with
their tips and links, records crawl runs and failures, and serves search, stats and export.

  schema.py   the migrations (the schema analysts read) and opening a file with its pragmas
  rows.py     an Article as column values: content hash, tips and links rows, JSON, times
  search.py   trigram full-text search, with a scan for terms under three characters
  export.py   articles read back with their tips tree and links
  store.py    the Store class tying them together
"""

from crawler.store.errors import StoreError
from crawler.store.schema import MIGRATIONS, Migration
from crawler.store.search import SearchHit
from crawler.store.store import RunSummary, Store, StoreStats, UpsertCounts

__all__ = [
    "MIGRATIONS",
    "Migration",
    "RunSummary",
    "SearchHit",
    "Store",
    "StoreError",
    "StoreStats",
    "UpsertCounts",
]
