"""parse_text(): a plain-text rendering of an article page (like the seed document) -> Article."""

from __future__ import annotations

from parsers.record import Article


def parse_text(data: str | bytes, url: str | None = None) -> Article:
    """Parse one text rendering."""
    raise NotImplementedError
