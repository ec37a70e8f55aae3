"""Article, listing or other: what kind of page this is.

A listing is dominated by many links to same-site pages of one URL shape with short texts
(titles, maybe teasers) and little text of its own; an article has a substantive body; other
is neither (empty, an error page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias
from urllib.parse import urlsplit

from lxml import etree

from parsers.body import Body, element_text, weighted_length
from parsers.links import absolute_url, url_shape
from parsers.record import Kind

Element: TypeAlias = etree._Element

_MIN_ENTRIES = 5
_ERROR_PAGE = re.compile(
    r"\b404\b|not\s+found|page\s+(?:does\s+not|doesn't)\s+exist|页面不存在|找不到|"
    r"页面未找到|出错了|无法找到|已被删除|不存在",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: Kind
    entries: tuple[Element, ...]
    """For a listing: the anchors of its entries, in page order (one per URL)."""


def classify(body: Body, page_url: str | None, title: str | None) -> Verdict:
    """Decide the kind of page from its body and the links outside the skipped parts.

    - article: the body has substantive text (about 200 letters, or 70 Chinese characters, with
      one paragraph of 60+) and is not a run of "title link, teaser" pairs;
    - listing: at least 5 same-site links of one URL shape with titles, and either no such
      body, or the body is those entries (title/teaser rhythm), or their text outweighs it;
    - other: neither.
    """
    entries, shape = _main_group(body.anchors, page_url)
    lengths = [weighted_length(block.text) for block in body.blocks]
    article_text = sum(lengths)
    has_article = article_text >= 200 and max(lengths, default=0) >= 60
    own_shape = page_url is not None and shape is not None and url_shape(page_url) == shape
    if len(entries) >= _MIN_ENTRIES and not own_shape:
        teaser_rhythm = body.link_blocks >= _MIN_ENTRIES and body.alternations >= 4
        entry_text = sum(weighted_length(element_text(a)) for a in entries)
        if not has_article or teaser_rhythm or entry_text > 2 * article_text:
            return Verdict("listing", tuple(entries))
    if _looks_like_error(title, body) and article_text < 400:
        return Verdict("other", ())
    if has_article or (article_text >= 60 and title):
        return Verdict("article", ())
    if len(entries) >= _MIN_ENTRIES:
        return Verdict("listing", tuple(entries))
    return Verdict("other", ())


def _main_group(
    anchors: Sequence[Element], page_url: str | None
) -> tuple[list[Element], str | None]:
    """The biggest group of same-site links sharing a URL shape and carrying a title."""
    host = urlsplit(page_url).netloc.lower() if page_url else None
    groups: dict[str, dict[str, Element]] = {}
    for anchor in anchors:
        url = absolute_url(anchor.get("href"), page_url)
        if url is None:
            continue
        parts = urlsplit(url)
        if parts.netloc and host is not None and parts.netloc.lower() != host:
            continue
        if parts.path in ("", "/") and not parts.query:
            continue  # the home page
        shape = url_shape(url)
        group = groups.setdefault(shape, {})
        if url not in group:
            group[url] = anchor
    ranked = sorted(groups.items(), key=lambda item: len(item[1]), reverse=True)
    for shape, group in ranked:
        if len(group) < _MIN_ENTRIES:
            break
        titled = [a for a in group.values() if weighted_length(element_text(a)) >= 8]
        if len(titled) >= _MIN_ENTRIES and len(titled) * 2 >= len(group):
            return titled, shape
    return [], None


def _looks_like_error(title: str | None, body: Body) -> bool:
    probe = (title or "") + " " + (body.blocks[0].text[:200] if body.blocks else "")
    return bool(_ERROR_PAGE.search(probe))
