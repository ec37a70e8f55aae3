"""`articlecrawl serve`: an articlecrawl database in the browser, through Datasette.

Datasette reads the file through its own read-only connections (`?mode=ro`), never in immutable
mode: a crawl may write the database at the same time (WAL), and every page shows what is
committed. The metadata (descriptions, canned queries, dashboard) is built by metadata.py.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.store import MIGRATIONS, Store, existing_schema_version
from crawler.ui.metadata import (
    ARTICLE_QUERY,
    DASHBOARD,
    DATABASE,
    SEARCH_QUERY,
    build_metadata,
)

if TYPE_CHECKING:
    from datasette.app import Datasette

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
"""Datasette's own default port."""

SETTINGS: dict[str, Any] = {
    # A search of short words scans every article; give it more than the default second.
    "sql_time_limit_ms": 5000,
    # Facet counts over a big articles table may take longer than the default 200 ms.
    "facet_time_limit_ms": 1000,
}
"""Datasette settings (`--setting NAME VALUE`) the project's queries need."""


class ServeError(Exception):
    """Datasette cannot be started: the one-line message says why and what to do."""


def serve(
    db: Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    say: Callable[[str], None] | None = None,
) -> None:
    """Serve the articlecrawl database `db` on http://host:port/ until interrupted.

    An articlecrawl database of an older schema is brought up to date first (it needs the
    views and the search index the browser pages read). Raises StoreError when `db` is
    missing or not an articlecrawl database, ServeError when Datasette is not installed or the
    port cannot be bound; `say` gets the lines for the person who started it.
    """
    say = say or _say
    try:
        import datasette  # the ui extra
        import uvicorn
    except ImportError as exc:
        raise ServeError(
            "Datasette is not installed: pip install 'articlecrawl[ui]' (make install does)"
        ) from exc
    if existing_schema_version(db) < len(MIGRATIONS):
        Store(db).close()  # migrates; waits for a crawl's write lock if one is writing
        say(f"updated {db} to schema {len(MIGRATIONS)}")
    _check_port_free(host, port)
    datasette = build_datasette(db)
    base = f"http://{_url_host(host)}:{port}"
    say(f"serving {db} at {base}/{DATABASE} (Ctrl-C stops)")
    say(f"  search      {base}/{DATABASE}/{SEARCH_QUERY}?q=腰痛")
    say(f"  an article  {base}/{DATABASE}/{ARTICLE_QUERY}?id=1")
    say(f"  dashboard   {base}/-/dashboards/{DASHBOARD}")
    if not _is_loopback(host):
        print(
            f"articlecrawl serve: warning: {host} lets other machines read the whole database",
            file=sys.stderr,
        )
    # What `datasette serve` runs, minus its command line: uvicorn on Datasette's ASGI app.
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")


def build_datasette(db: Path) -> Datasette:
    """A Datasette instance serving `db` as DATABASE, with the project's metadata."""
    from datasette.app import Datasette
    from datasette.database import Database

    datasette = Datasette(metadata=build_metadata(), settings=SETTINGS)
    # Datasette adds an empty in-memory database when given no file; the file is added under
    # a fixed name instead of its stem, so that links and charts can name it.
    datasette.remove_database("_memory")
    datasette.add_database(Database(datasette, path=str(db), is_mutable=True), name=DATABASE)
    return datasette


def _say(line: str) -> None:
    print(line, flush=True)


def _check_port_free(host: str, port: int) -> None:
    """A clear line now rather than uvicorn's error after start-up."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ServeError(f"cannot serve on {host}: {exc.strerror}") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ServeError(
                f"cannot serve on {host}:{port}: {exc.strerror} (try another --port)"
            ) from exc


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
