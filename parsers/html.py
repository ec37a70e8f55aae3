"""parse_html(): an HTML page -> one Article."""

from __future__ import annotations

from parsers.record import Article


def parse_html(
    data: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
) -> Article:
    """Parse one HTML page."""
    raise NotImplementedError
