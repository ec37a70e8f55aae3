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

from parsers.body import Body
from parsers.dom import element_text, weighted_length
from parsers.links import absolute_url, url_shape
from parsers.record import Kind

Element: TypeAlias = etree._Element

_MIN_ENTRIES = 5
# A bare 404 says "error" only where it opens the line ("404", "Error 404", "HTTP 404") or
# names the error ("404 error", "404错误"): "How to recognize hair loss (404)" is article 404.
_ERROR_PAGE = re.compile(
    r"^\s*(?:error\s*|http\s*)?404\b|\b404\s*(?:error|错误|页面)|"
    r"not\s+found|page\s+(?:does\s+not|doesn't)\s+exist|页面不存在|找不到|"
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
      one paragraph of 60+) and is not a run of "title link, teaser" pairs; a page with no title
      must also have prose in its body (a sitemap's run of URLs and dates is not an article);
    - listing: at least 5 same-site links in one repeated place (one list, one kind of item)
      with titles, and either no such body, or the body is those entries (title/teaser rhythm,
      or text that sits inside the entries' items), or their text outweighs it; a page with no
      article text at all is a listing from 3 such entries (a home page's featured list);
    - other: neither.
    """
    entries, shape = _main_group(body.anchors, page_url)
    lengths = [weighted_length(block.text) for block in body.blocks]
    article_text = sum(lengths)
    has_article = article_text >= 200 and max(lengths, default=0) >= 60
    if has_article and title is None and not any(_is_prose(b.text) for b in body.blocks):
        has_article = False
        article_text = 0
    own_shape = page_url is not None and shape is not None and url_shape(page_url) == shape
    if len(entries) >= _MIN_ENTRIES and not own_shape:
        teaser_rhythm = body.link_blocks >= _MIN_ENTRIES and body.alternations >= 4
        entry_text = sum(weighted_length(element_text(a)) for a in entries)
        if (
            not has_article
            or teaser_rhythm
            or entry_text > 2 * article_text
            or _inside_items(body, entries) * 2 > article_text
        ):
            return Verdict("listing", tuple(entries))
    if (
        _MIN_FEATURED <= len(entries) < _MIN_ENTRIES
        and not own_shape
        and _inside_items(body, entries) * 2 > article_text
    ):
        return Verdict("listing", tuple(entries))  # a short list page: its text is teasers
    if _looks_like_error(title, body) and article_text < 400:
        return Verdict("other", ())
    if has_article or (article_text >= 60 and title):
        return Verdict("article", ())
    if len(entries) >= _MIN_ENTRIES or (
        len(entries) >= _MIN_FEATURED and article_text < 60 and not own_shape
    ):
        return Verdict("listing", tuple(entries))
    return Verdict("other", ())


def _main_group(
    anchors: Sequence[Element], page_url: str | None
) -> tuple[list[Element], str | None]:
    """The entries of the page's main list, in page order (one anchor per URL), and their URL
    shape.

    The biggest group of same-site links sharing a URL shape (tracking parameters aside) and
    carrying a title, narrowed to the anchors of its commonest place in the markup (the same
    tags above it: one list, one kind of item), then widened to every titled anchor in that
    place whatever its URL (an old URL the site redirects). Lists headed "hot", "latest" and
    the like are the site's, not the page's.
    """
    host = urlsplit(page_url).netloc.lower() if page_url else None
    groups: dict[str, dict[str, Element]] = {}
    candidates: dict[str, Element] = {}
    titled: set[Element] = set()
    site_wide: dict[Element, bool] = {}
    order: dict[Element, int] = {}
    for index, anchor in enumerate(anchors):
        url = absolute_url(anchor.get("href"), page_url)
        if url is None:
            continue
        parts = urlsplit(url)
        if parts.netloc and host is not None and parts.netloc.lower() != host:
            continue
        if parts.path in ("", "/") and not parts.query:
            continue  # the home page
        if _in_site_wide_list(anchor, site_wide):
            continue
        order[anchor] = index
        key = _without_fragment(url)
        has_title = weighted_length(element_text(anchor)) >= 8
        if has_title:
            titled.add(anchor)
        known = candidates.get(key)
        if known is None or (has_title and known not in titled):
            candidates[key] = anchor  # an image link first, its titled twin after
        group = groups.setdefault(url_shape(key), {})
        known = group.get(key)
        if known is None or (has_title and known not in titled):
            group[key] = anchor
    ranked = sorted(groups.items(), key=lambda item: len(item[1]), reverse=True)
    for shape, group in ranked:
        if len(group) < _MIN_FEATURED:
            break
        named = [a for a in group.values() if a in titled]
        if len(named) < _MIN_FEATURED or len(named) * 2 < len(group):
            continue
        places: dict[tuple[str, ...], int] = {}
        for anchor in named:
            place = _place(anchor)
            places[place] = places.get(place, 0) + 1
        place = max(places, key=lambda p: places[p])  # the first of the commonest
        if places[place] < _MIN_FEATURED:
            continue
        entries = [a for a in candidates.values() if a in titled and _place(a) == place]
        entries.sort(key=order.__getitem__)
        return entries, shape
    return [], None


_MIN_FEATURED = 3
_SITE_WIDE = re.compile(
    r"^(?:热门|热点|热文|最新|排行|点击排行|最近更新|hot|popular|latest|recent|trending|most\s+read)",
    re.IGNORECASE,
)
_LIST_HOLDERS = frozenset(("ul", "ol", "dl", "dd", "table", "tbody"))


def _place(anchor: Element) -> tuple[str, ...]:
    """Where an anchor sits: its class and the tags of its three ancestors, a list's class
    with its tag (digits left out of classes: WordPress numbers each entry's)."""
    out = [_DIGITS.sub("", anchor.get("class") or "")]
    node = anchor.getparent()
    for _ in range(3):
        if node is None:
            break
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _LIST_HOLDERS:
            tag += "." + _DIGITS.sub("", node.get("class") or "")
        out.append(tag)
        node = node.getparent()
    return tuple(out)


_DIGITS = re.compile(r"\d+")


def _in_site_wide_list(anchor: Element, seen: dict[Element, bool]) -> bool:
    """True when the list holding `anchor` is headed "hot", "latest", 热点, 最新...: the site's
    lists, the same on every page. `seen` remembers the verdict per list."""
    node = anchor.getparent()
    for _ in range(4):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in _LIST_HOLDERS:
            verdict = seen.get(node)
            if verdict is None:
                heading = node.getprevious()
                # an <h1> is the page's own heading ("Latest articles - page 2")
                verdict = seen[node] = (
                    heading is not None
                    and isinstance(heading.tag, str)
                    and heading.tag != "h1"
                    and bool(_SITE_WIDE.match(element_text(heading)[:30]))
                    and len(element_text(heading)) <= 30
                )
            if verdict:
                return True
        node = node.getparent()
    return False


def _without_fragment(url: str) -> str:
    """`url` minus its #fragment and tracking parameters: one entry however it is linked."""
    cut = url.split("#", 1)[0]
    if "?" not in cut:
        return cut
    path, query = cut.split("?", 1)
    kept = [p for p in query.split("&") if p and not _TRACKING.match(p)]
    return path + ("?" + "&".join(kept) if kept else "")


_TRACKING = re.compile(r"(?:utm_\w+|from|spm|ref|source|fbclid|gclid)(?:=|$)", re.IGNORECASE)


def _inside_items(body: Body, entries: Sequence[Element]) -> int:
    """Weighted length of the body text that sits inside the entries' items (each entry's
    largest ancestor holding no other entry): teasers, dates, "read more"."""
    owner: dict[Element, int] = {}
    for index, anchor in enumerate(entries):
        parent = anchor.getparent()
        for _ in range(4):
            if parent is None or parent.tag in ("body", "html"):
                break
            owner[parent] = index if parent not in owner else -1  # -1: holds two entries
            parent = parent.getparent()
    items = {node for node, index in owner.items() if index >= 0}
    total = 0
    for block, element in zip(body.blocks, body.elements, strict=True):
        node: Element | None = element
        for _ in range(5):
            if node is None:
                break
            if node in items:
                total += weighted_length(block.text)
                break
            node = node.getparent()
    return total


def _is_prose(text: str) -> bool:
    """Words rather than a run of URLs, numbers and dates: mostly letters, with spaces between
    Latin words."""
    letters = sum(1 for char in text if char.isalpha())
    visible = len(text) - text.count(" ")
    if not visible or letters * 10 < visible * 6:
        return False
    return " " in text or any("\u4e00" <= char <= "\u9fff" for char in text[:200])


def _looks_like_error(title: str | None, body: Body) -> bool:
    """True when the title or the body's first block reads like an error page's."""
    first = body.blocks[0].text[:200] if body.blocks else ""
    return any(_ERROR_PAGE.search(text) for text in (title or "", first))
