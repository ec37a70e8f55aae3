"""The Datasette metadata of `articlecrawl serve`: titles, descriptions, queries, dashboard.

Assembled from files beside this one (Datasette's own format, read as YAML): tables.yaml (how
each table shows), queries.yaml (the canned queries), dashboard.yaml (datasette-dashboards),
and from the schema's comments (schema_docs.py) for every table's and column's description.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from crawler.ui.schema_docs import schema_docs

DATABASE = "articlecrawl"
"""The name the database is served under, whatever its file is called: the queries' links and
the dashboard's charts name it."""

UI_DIR = Path(__file__).parent

SEARCH_QUERY = "search"
"""The canned query that searches articles (its parameter is q)."""

ARTICLE_QUERY = "article"
"""The canned query that shows one article (its parameter is id)."""

DASHBOARD = "crawl"
"""The dashboard's name, at /-/dashboards/crawl."""


def build_metadata() -> dict[str, Any]:
    """The metadata dict that Datasette 0.65 reads from `metadata.yaml` (`-m`)."""
    return {
        "title": "articlecrawl",
        "description_html": (
            "Health articles crawled and split into their parts: titles, bodies, numbered tips "
            "as a tree, previous, next and recommended articles, and the crawl runs that "
            f'stored them. Start with the <a href="/{DATABASE}/{SEARCH_QUERY}">search</a>, '
            f'the <a href="/-/dashboards/{DASHBOARD}">dashboard</a> or the '
            f'<a href="/{DATABASE}#queries">questions ready to ask</a>.'
        ),
        "databases": {
            DATABASE: {
                "description": (
                    "One row per article, tip, link, crawl run and failure. Times are ISO 8601 "
                    "UTC. Read-only here; a crawl may write while you read."
                ),
                "tables": _tables(),
                "queries": _load("queries.yaml"),
            }
        },
        "plugins": {
            "datasette-dashboards": _load("dashboard.yaml"),
            # the search query's excerpt is HTML it escaped itself, with <mark> around matches
            "datasette-render-html": {"columns": ["excerpt"]},
        },
    }


def _tables() -> dict[str, dict[str, Any]]:
    """tables.yaml, with each description and column description taken from the schema."""
    shown: dict[str, dict[str, Any]] = _load("tables.yaml")
    tables: dict[str, dict[str, Any]] = {}
    for name, doc in schema_docs().items():
        table = dict(shown.get(name, {}))
        fill_in: dict[str, str] = table.pop("columns", {})
        table["description"] = doc.description
        table["columns"] = {**fill_in, **doc.columns}
        tables[name] = table
    return tables


def _load(name: str) -> Any:
    with open(UI_DIR / name, encoding="utf-8") as file:
        return yaml.safe_load(file)
