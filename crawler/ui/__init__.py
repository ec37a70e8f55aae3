"""The browser UI: `articlecrawl serve` runs Datasette on an articlecrawl database.

serve.py        starts Datasette (read-only connections, never immutable) and prints the URLs
metadata.py     the metadata Datasette reads: descriptions, canned queries, dashboard
schema_docs.py  table and column descriptions read from the schema's own comments
tables.yaml     how each table shows: sort order, facets, label column, units, search
queries.yaml    the canned queries, one per question an analyst asks
dashboard.yaml  the charts (datasette-dashboards)
"""

from crawler.ui.metadata import build_metadata
from crawler.ui.serve import ServeError, build_datasette, serve

__all__ = ["ServeError", "build_datasette", "build_metadata", "serve"]
