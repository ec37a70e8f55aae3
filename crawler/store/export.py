"""Reading articles back out: each article row with its tips tree and links, JSON-ready."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def export_chunk(db: Database, after_id: int, size: int) -> list[dict[str, Any]]:
    """Up to `size` articles with an id above `after_id`, by id, as export records.

    A record has the keys of `Article.to_dict()` for an article (so `Article.from_dict()`
    reads it back) minus the listing-only "links" and "next_page", with the row's "id" first
    and its bookkeeping last: content_hash, parser_version, first_seen, last_fetched,
    last_changed, first_run_id, last_run_id. Tips nest as {"number", "title", "text", "tips"};
    each link is {"title", "url", "snippet", "target_id"}.
    """
    articles = db.execute(
        """
        SELECT id, url, kind, title, body, canonical_url, published, breadcrumbs, language,
               description, author, encoding, content_hash, parser_version, first_seen,
               last_fetched, last_changed, first_run_id, last_run_id
        FROM articles WHERE id > ? ORDER BY id LIMIT ?
        """,
        [after_id, size],
    ).fetchall()
    if not articles:
        return []
    # The chunk holds every article id between its first and last (read in one transaction).
    first, last = articles[0][0], articles[-1][0]
    tips: dict[int, list[tuple[Any, ...]]] = {}
    for row in db.execute(
        """
        SELECT article_id, path, parent_path, number, title, text FROM tips
        WHERE article_id BETWEEN ? AND ? ORDER BY article_id, position
        """,
        [first, last],
    ):
        tips.setdefault(row[0], []).append(row[1:])
    links: dict[int, list[tuple[Any, ...]]] = {}
    for row in db.execute(
        """
        SELECT article_id, kind, title, url, snippet, target_id FROM links
        WHERE article_id BETWEEN ? AND ? ORDER BY article_id, kind, position
        """,
        [first, last],
    ):
        links.setdefault(row[0], []).append(row[1:])
    return [_record(row, tips.get(row[0], []), links.get(row[0], [])) for row in articles]


def _record(
    row: tuple[Any, ...], tips: list[tuple[Any, ...]], links: list[tuple[Any, ...]]
) -> dict[str, Any]:
    by_kind: dict[str, list[dict[str, Any]]] = {"prev": [], "next": [], "recommend": []}
    for kind, title, url, snippet, target_id in links:
        by_kind[kind].append(
            {"title": title, "url": url, "snippet": snippet, "target_id": target_id}
        )
    return {
        "id": row[0],
        "url": row[1],
        "kind": row[2],
        "title": row[3],
        "body": row[4],
        "tips": _tip_tree(tips),
        "prev": by_kind["prev"][0] if by_kind["prev"] else None,
        "next": by_kind["next"][0] if by_kind["next"] else None,
        "recommendations": by_kind["recommend"],
        "canonical_url": row[5],
        "published": row[6],
        "breadcrumbs": json.loads(row[7]),
        "language": row[8],
        "description": row[9],
        "author": row[10],
        "encoding": row[11],
        "content_hash": row[12],
        "parser_version": row[13],
        "first_seen": row[14],
        "last_fetched": row[15],
        "last_changed": row[16],
        "first_run_id": row[17],
        "last_run_id": row[18],
    }


def _tip_tree(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The nested tips from rows (path, parent_path, number, title, text) in position order,
    which is depth first: a parent always comes before its children."""
    top: list[dict[str, Any]] = []
    by_path: dict[str, dict[str, Any]] = {}
    for path, parent_path, number, title, text in rows:
        node: dict[str, Any] = {"number": number, "title": title, "text": text, "tips": []}
        by_path[path] = node
        (by_path[parent_path]["tips"] if parent_path else top).append(node)
    return top
