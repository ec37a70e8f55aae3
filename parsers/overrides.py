"""Per-site overrides: a CSS selector or XPath per field, applied on top of the generic result.

The caller (CLI, spider) loads the mapping from its configuration, keyed by domain; this module
only applies it. A selector that matches nothing leaves the generic value in place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeAlias

from lxml import etree

from parsers.body import blocks_of
from parsers.dom import collapse, element_text
from parsers.errors import ParseError
from parsers.links import absolute_url
from parsers.meta import parse_date
from parsers.record import Article
from parsers.tips import Block

Element: TypeAlias = etree._Element

FIELDS = (
    "title",
    "body",
    "published",
    "author",
    "description",
    "canonical_url",
    "breadcrumbs",
    "next_page",
)
"""The fields an override can name."""

_Selector = Callable[[Element], list[Any]]


@dataclass(frozen=True, slots=True)
class Overridden:
    """The article with the overrides applied, and the body blocks when the body was replaced."""

    article: Article
    blocks: tuple[Block, ...] | None


def apply_overrides(
    article: Article, root: Element, overrides: Mapping[str, str], base_url: str | None
) -> Overridden:
    """`article` with each field named in `overrides` taken from what its selector matches.

    A selector starting with "/", "./" or "(" is XPath, anything else CSS. Raises ParseError
    (a configuration mistake the caller must hear about) for an unknown field or a selector
    that does not compile.
    """
    changes: dict[str, Any] = {}
    blocks: tuple[Block, ...] | None = None
    for field, selector_text in overrides.items():
        if field not in FIELDS:
            raise ParseError(f"override names unknown field {field!r}; known: {', '.join(FIELDS)}")
        found = _compile(field, selector_text)(root)
        if not found:
            continue
        if field == "body":
            elements = [e for e in found if isinstance(e, etree._Element)]
            new_blocks = tuple(b for e in elements for b in blocks_of(e))
            if new_blocks:
                blocks = new_blocks
                changes["body"] = "\n\n".join(b.text for b in new_blocks)
            continue
        if field == "breadcrumbs":
            labels = tuple(label for label in (_text(item) for item in found) if label)
            if labels:
                changes["breadcrumbs"] = labels
            continue
        value = _value(field, found[0], base_url)
        if value:
            changes[field] = value
    return Overridden(replace(article, **changes) if changes else article, blocks)


def _value(field: str, item: Any, base_url: str | None) -> str | None:
    if field in ("canonical_url", "next_page"):
        if isinstance(item, etree._Element):
            raw = item.get("href") or item.get("content") or element_text(item)
        else:
            raw = str(item)
        return absolute_url(raw, base_url)
    if field == "published":
        if isinstance(item, etree._Element):
            return parse_date(item.get("datetime") or item.get("content")) or parse_date(
                element_text(item)
            )
        return parse_date(str(item))
    if isinstance(item, etree._Element) and item.tag == "meta":
        return collapse(item.get("content")) or None
    return _text(item) or None


def _text(item: Any) -> str:
    if isinstance(item, etree._Element):
        return element_text(item)
    return collapse(str(item))


@lru_cache(maxsize=256)
def _compile(field: str, selector: str) -> _Selector:
    """The compiled selector (compiling is the slow part; the result never changes)."""
    text = selector.strip()
    try:
        if text.startswith(("/", "./", "(")):
            xpath = etree.XPath(text)
            return lambda root: _as_list(xpath(root))
        from lxml.cssselect import CSSSelector  # cssselect is optional for generic parsing

        css = CSSSelector(text)
        return lambda root: list(css(root))
    except Exception as error:  # XPathError, cssselect.SelectorError, ImportError
        raise ParseError(f"override for {field!r}: bad selector {selector!r}: {error}") from error


def _as_list(result: Any) -> list[Any]:
    if isinstance(result, list):
        return result
    if result is None or result == "":
        return []
    return [result]
