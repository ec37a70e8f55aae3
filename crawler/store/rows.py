"""Records to rows: the column values the store writes for an Article, its tips and links.

JSON columns are written compactly, keys sorted, Chinese readable (not \\u-escaped); times are
ISO 8601 UTC with milliseconds and a Z.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from datetime import date, datetime, time, timezone
from typing import Any

from parsers import Article, Link, walk_tips


def content_columns(article: Article) -> dict[str, Any]:
    """The articles columns that come from the record, with the hash over all its content."""
    content = article.to_dict()
    del content["url"]
    # to_dict() is JSON-ready already: skip to_json()'s conversions, same output.
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return {
        "url": article.url,
        "canonical_url": article.canonical_url,
        "kind": article.kind,
        "title": article.title,
        "body": article.body,
        "published": article.published,
        "language": article.language,
        "description": article.description,
        "author": article.author,
        "breadcrumbs": to_json(list(article.breadcrumbs)),
        "encoding": article.encoding,
        "content_hash": digest,
    }


def tip_rows(article_id: int, article: Article) -> list[dict[str, Any]]:
    """One tips row per tip of the tree, depth first, with its path ("3.2") and its parent's."""
    rows = []
    for position, (path, tip) in enumerate(walk_tips(article.tips), start=1):
        parent_path, _, _ = path.rpartition(".")
        rows.append(
            {
                "article_id": article_id,
                "path": path,
                "depth": path.count(".") + 1,
                "number": tip.number,
                "title": tip.title,
                "text": tip.text,
                "position": position,
                "parent_path": parent_path or None,
            }
        )
    return rows


def link_rows(article_id: int, article: Article) -> list[dict[str, Any]]:
    """The links rows of an article: prev, next (position 1), then the recommendations in
    page order. target_id is left to the store, which knows what is stored."""
    placed: list[tuple[str, int, Link]] = []
    if article.prev is not None:
        placed.append(("prev", 1, article.prev))
    if article.next is not None:
        placed.append(("next", 1, article.next))
    placed.extend(
        ("recommend", position, link)
        for position, link in enumerate(article.recommendations, start=1)
    )
    return [
        {
            "article_id": article_id,
            "kind": kind,
            "position": position,
            "title": link.title,
            "url": link.url,
            "snippet": link.snippet,
        }
        for kind, position, link in placed
    ]


def utc_now() -> datetime:
    """The store's default clock."""
    return datetime.now(timezone.utc)


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a Z: sorts as text, parses everywhere."""
    if moment.tzinfo is None:
        raise ValueError("the store's clock must return timezone-aware datetimes")
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def to_json(value: Any) -> str:
    """Compact JSON with the keys sorted and Chinese kept readable (not \\u-escaped)."""
    return json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _jsonable(value: Any) -> Any:
    """`value` made of JSON types only. Scrapy's settings and stats hold datetimes, nested
    settings objects, sets, classes as dict keys (middleware priorities) and the odd NaN."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {_json_key(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_jsonable(item) for item in value), key=str)
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, type):
        return f"{value.__module__}.{value.__qualname__}"
    return str(value)


def _json_key(key: Any) -> str:
    return key if isinstance(key, str) else str(_jsonable(key))
