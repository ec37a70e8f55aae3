"""Bytes -> text: one decoder for crawled and offline pages."""

from __future__ import annotations


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding name)."""
    raise NotImplementedError
