"""articlecrawl's SQLite store: the only code in the project that writes SQL.

`Store` opens (creating or migrating) a database file, upserts `parsers.Article` records with
their tips, links and raw pages, records crawl runs (their health too), failures, pages found
unchanged or gone, re-parses kept pages, and serves search, stats and export. `StoreReader` is
a read-only second connection for the spider's per-request lookups.

  schema.py   the migrations (the schema analysts read) and opening a file with its pragmas
  rows.py     an Article as column values: content hash, tips and links rows, JSON, times
  pages.py    what a fetch told us, kept raw pages (zlib), what the store knows of a URL
  reader.py   the read-only connection for lookups while a crawl writes
  search.py   trigram full-text search, with a scan for terms under three characters
  export.py   articles read back with their tips tree and links
  store.py    the Store class tying them together
"""

from crawler.store.errors import StoreError
from crawler.store.pages import FetchInfo, KnownPage, RawPage
from crawler.store.reader import StoreReader, existing_schema_version
from crawler.store.schema import MIGRATIONS, Migration
from crawler.store.search import SearchHit
from crawler.store.store import ReparseCounts, RunSummary, Store, StoreStats, UpsertCounts

__all__ = [
    "MIGRATIONS",
    "FetchInfo",
    "KnownPage",
    "Migration",
    "RawPage",
    "ReparseCounts",
    "RunSummary",
    "SearchHit",
    "Store",
    "StoreError",
    "StoreReader",
    "StoreStats",
    "UpsertCounts",
    "existing_schema_version",
]
