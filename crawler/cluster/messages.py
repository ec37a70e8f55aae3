"""What the workers hand the loader through Redis: one JSON message per record or event.

    {"type": "article", "record": Article.to_dict(), "fetch": {..., "body_b64": "..."}}
    {"type": "unchanged", "url": ...}      a known article answered 304
    {"type": "gone", "url": ...}           a page answered 404 or 410
    {"type": "failure", "url": ..., "stage": ..., "error": ...}

The raw page travels as base64 inside the message, so it is never lost to serialization
(Scrapy's JSON encoder, which scrapy-redis uses for items, cannot encode bytes).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from crawler.store import FetchInfo
from parsers import Article

ARTICLE = "article"
UNCHANGED = "unchanged"
GONE = "gone"
FAILURE = "failure"


class MessageError(ValueError):
    """A message the loader cannot read: logged and skipped."""


@dataclass(frozen=True)
class Message:
    """One decoded message; the fields its type does not use are None."""

    type: str
    url: str
    article: Article | None = None
    fetch: FetchInfo | None = None
    stage: str | None = None
    error: str | None = None


def article_message(article: Article, fetch: FetchInfo | None) -> bytes:
    payload: dict[str, Any] = {"type": ARTICLE, "record": article.to_dict(), "fetch": None}
    if fetch is not None:
        payload["fetch"] = {
            "status": fetch.status,
            "etag": fetch.etag,
            "last_modified": fetch.last_modified,
            "content_type": fetch.content_type,
            "body_b64": None if fetch.body is None else base64.b64encode(fetch.body).decode(),
        }
    return _encode(payload)


def event_message(kind: str, url: str, **fields: str) -> bytes:
    """An unchanged, gone or failure message (failures carry `stage` and `error`)."""
    if kind not in (UNCHANGED, GONE, FAILURE):
        raise ValueError(f"not an event message type: {kind!r}")
    return _encode({"type": kind, "url": url, **fields})


def decode(data: bytes | str) -> Message:
    """The message in `data`; MessageError when it is not one."""
    try:
        payload = json.loads(data)
        kind = payload["type"]
        if kind == ARTICLE:
            article = Article.from_dict(payload["record"])
            return Message(kind, article.url or "", article, _fetch(payload.get("fetch")))
        if kind in (UNCHANGED, GONE):
            return Message(kind, str(payload["url"]))
        if kind == FAILURE:
            return Message(
                kind, str(payload["url"]), stage=str(payload["stage"]), error=str(payload["error"])
            )
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise MessageError(f"unreadable message {data[:60]!r}: {exc}") from None
    raise MessageError(f"unknown message type {kind!r}")


def _fetch(raw: dict[str, Any] | None) -> FetchInfo | None:
    if raw is None:
        return None
    body = raw.get("body_b64")
    return FetchInfo(
        status=int(raw["status"]),
        etag=raw.get("etag"),
        last_modified=raw.get("last_modified"),
        content_type=raw.get("content_type"),
        body=None if body is None else base64.b64decode(body, validate=True),
    )


def _encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
