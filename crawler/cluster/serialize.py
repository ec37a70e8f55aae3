"""JSON, not pickle, for the requests on the shared queue.

scrapy-redis queues `Request.to_dict()` (callbacks by name) through a serializer module with
`dumps` and `loads`; its default is pickle (`scrapy_redis.picklecompat`), so anyone who can write
to Redis would run code on every worker. This module is the SCHEDULER_SERIALIZER instead: plain
JSON, with bytes (bodies, header names and values) as base64. `loads` only ever builds dicts,
lists, strings and numbers, and refuses a request naming a class to build it with (Scrapy would
import and call it); an entry it refuses raises QueueEntryError and the queue drops it (see
`crawler.cluster.queue`). Callbacks are names looked up on the spider, nothing else.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

_BYTES = "$bytes"
_PAIRS = "$pairs"


class QueueEntryError(ValueError):
    """A queue entry that is not a JSON request: dropped and logged, never executed."""


def dumps(request: dict[str, Any]) -> bytes:
    """A request's dict (`Request.to_dict()`) as JSON bytes."""
    return json.dumps(_tagged(request), ensure_ascii=False, separators=(",", ":")).encode()


def loads(data: bytes | str) -> dict[str, Any]:
    """The request dict `dumps` wrote; QueueEntryError for anything else (pickle included)."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = _untagged(json.loads(text))
    except (UnicodeDecodeError, ValueError, TypeError, binascii.Error) as exc:
        raise QueueEntryError(f"not a JSON request: {_preview(data)} ({exc})") from None
    if not isinstance(value, dict) or not isinstance(value.get("url"), str):
        raise QueueEntryError(f"not a JSON request: {_preview(data)}")
    if "_class" in value:
        # Scrapy's request_from_dict imports whatever "_class" names and calls it: the spider
        # only ever queues plain Requests, which carry no "_class"
        raise QueueEntryError(f"a queued request may not name a class: {value['_class']!r}")
    return value


def priority_of(data: bytes) -> int:
    """The priority a serialized request carries (0 when it carries none)."""
    try:
        return int(loads(data).get("priority") or 0)
    except (QueueEntryError, TypeError, ValueError):
        return 0


def _tagged(value: Any) -> Any:
    if isinstance(value, bytes):
        return {_BYTES: base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(key, str) for key in value):
            return {key: _tagged(item) for key, item in value.items()}
        # header dicts have bytes keys, which JSON objects cannot
        return {_PAIRS: [[_tagged(key), _tagged(item)] for key, item in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_tagged(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a queued request cannot carry {type(value).__name__} values")


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_BYTES}:
            return base64.b64decode(value[_BYTES], validate=True)
        if set(value) == {_PAIRS}:
            return {_key(pair[0]): _untagged(pair[1]) for pair in value[_PAIRS]}
        return {key: _untagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_untagged(item) for item in value]
    return value


def _key(value: Any) -> Any:
    key = _untagged(value)
    if isinstance(key, (list, dict)):
        raise TypeError("a dict key must be text or bytes")
    return key


def _preview(data: bytes | str) -> str:
    return repr(data[:40]) + ("..." if len(data) > 40 else "")
