"""The article's main content: clean, score blocks, pick the content container, list its blocks.

One walk over the tree (iterative, so 10,000-deep markup is fine) turns the page into blocks
(paragraphs, headings, list items, the text of a <div> between its child blocks), skipping what
cannot be content (scripts, navigation, sidebars, footers, comments, share bars, hidden
elements). Blocks then give points to their ancestors, readability-style, by length and
punctuation, weighted down by link density and moved by class/id words; the best ancestor is
the content container, and its blocks, minus the link lists and metadata lines, are the body.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TypeAlias

from lxml import etree

from parsers.dom import class_verdict, collapse, one_space, weighted_length
from parsers.tips import Block

Element: TypeAlias = etree._Element

_BR, _BOLD, _UNBOLD, _LINK, _UNLINK = "\x01", "\x02", "\x03", "\x05", "\x06"

_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "iframe",
        "frame",
        "frameset",
        "nav",
        "aside",
        "footer",
        "header",
        "template",
        "svg",
        "math",
        "select",
        "button",
        "textarea",
        "input",
        "option",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "map",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "dialog",
    ]
)
_KEEP_WHATEVER_CLASS = frozenset(("html", "body", "article", "main"))
_INLINE_UNCLASSED = frozenset(
    ["a", "b", "strong", "em", "i", "u", "font", "br", "img", "sup", "sub", "small", "big", "code"]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dd",
        "dt",
        "td",
        "th",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
        "ol",
        "dl",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "center",
        "address",
        "caption",
        "fieldset",
        "legend",
        "details",
        "summary",
        "body",
        "html",
        "hr",
        "form",
        "hgroup",
        "header",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Blocks that are paragraphs of their parent; any other block (a <div> or <td> holding text
# directly) is itself the first container to score.
_PARAGRAPH_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dd",
        "dt",
        "pre",
        "blockquote",
        "figcaption",
        "th",
        "caption",
        "summary",
        "address",
    ]
)
_BOLD_TAGS = frozenset(("b", "strong"))
_LIST_TAGS = frozenset(("ol", "ul"))
_TAG_BONUS = {
    "div": 5,
    "article": 8,
    "main": 5,
    "section": 3,
    "td": 3,
    "pre": 3,
    "blockquote": 3,
    "form": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "li": -3,
    "dd": -3,
    "dt": -3,
    "address": -3,
    "th": -5,
    "body": -5,
}

_SPLIT_PARAGRAPHS = re.compile(r"\x01[ \x02\x03\x05\x06]*\x01[\x01 \x02\x03\x05\x06]*")
_LINE_BREAK = re.compile(r" ?\x01[ \x01]*")
_LEAD = re.compile(r"^[ \x05]*\x02([^\x03]*)\x03")
_LINKED = re.compile(r"\x05([^\x06]*)(?:\x06|$)")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_META_LINE = re.compile(
    r"(发布|发表|更新|时间|日期|来源|作者|编辑|浏览|阅读|点击|字号|"
    r"\b(?:source|author|posted|published|updated|views?|by)\b|\d{4}[-/.年]\d{1,2})",
    re.IGNORECASE,
)
_BOILERPLATE_LINE = re.compile(
    r"^(?:分享到|分享：|标签[：:]|关键[词字][：:]|tags?\s*[：:]|本文链接|转载请注明|"
    r"share\s*(?:this|on)?\s*[：:]?$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Body:
    """The main content of a page, as `find_body` picked it."""

    blocks: tuple[Block, ...]
    """The body's blocks in page order."""
    elements: tuple[Element, ...]
    """For each block, the element that holds its text (same order as `blocks`)."""
    container: Element | None
    """The content container, None when the page has no content block at all."""
    link_chars: int
    """Characters of link text inside the container (blocks dropped as link lists included)."""
    text_chars: int
    """Characters of all text inside the container."""
    link_blocks: int = 0
    """Blocks inside the container that are mostly link text (entry titles on a listing)."""
    alternations: int = 0
    """How often a mostly-link block is followed by a text block inside the container: a
    listing's "title, teaser, title, teaser" rhythm; an article has one or two at most."""
    anchors: tuple[Element, ...] = ()
    """Every <a href> outside the skipped parts of the page, in page order."""

    @property
    def text(self) -> str:
        """The body text: block texts joined by one blank line."""
        return "\n\n".join(block.text for block in self.blocks)


def find_body(root: Element, exclude: Collection[Element] = ()) -> Body:
    """The main content of the page whose tree is `root`.

    `exclude` are subtrees that are not body whatever they hold (the prev/next lines and the
    recommendation block that `parsers.links` found).
    """
    start = _body_element(root)
    anchors: list[Element] = []
    raw = _scan(start, exclude, anchors)
    scores = _score_ancestors(raw)
    if not scores:
        return Body((), (), None, 0, 0, anchors=tuple(anchors))
    top = max(scores, key=lambda element: _final_score(element, scores[element]))
    roots = _with_worthy_siblings(top, scores)
    members: set[Element] = set()
    for member_root in roots:
        members.update(member_root.iter())
    inside = [block for block in raw if block.element in members]
    text_chars = sum(len(block.text) for block in inside)
    link_chars = sum(block.link_chars for block in inside)
    link_blocks = alternations = 0
    previous_linky = False
    for block in inside:
        linky = block.link_chars * 2 > len(block.text)
        link_blocks += linky
        alternations += previous_linky and not linky
        previous_linky = linky
    kept = _drop_noise(inside)
    return Body(
        blocks=tuple(block.to_block() for block in kept),
        elements=tuple(block.element for block in kept),
        container=top,
        link_chars=link_chars,
        text_chars=text_chars,
        link_blocks=link_blocks,
        alternations=alternations,
        anchors=tuple(anchors),
    )


def without_title(body: Body, title: str | None, title_element: Element | None) -> Body:
    """`body` minus the title's own element and any opening block that only repeats the title."""
    if not body.blocks:
        return body
    wanted = _comparable(title) if title else None
    keep: list[int] = []
    opening = True
    for index, (block, element) in enumerate(zip(body.blocks, body.elements, strict=True)):
        if element is title_element and title_element is not None:
            continue
        if opening and wanted and _comparable(block.text) == wanted:
            continue
        opening = False
        keep.append(index)
    if len(keep) == len(body.blocks):
        return body
    return replace(
        body,
        blocks=tuple(body.blocks[i] for i in keep),
        elements=tuple(body.elements[i] for i in keep),
    )


def blocks_of(element: Element) -> list[Block]:
    """All blocks under `element`, uncleaned by scoring (for an override naming the body)."""
    return [block.to_block() for block in _scan(element, (), []) if block.text]


# --- the walk -----------------------------------------------------------------------------


class _RawBlock:
    __slots__ = ("element", "heading", "lead", "link_chars", "list_depth", "list_number", "text")

    def __init__(
        self,
        element: Element,
        text: str,
        lead: str | None,
        heading: bool,
        link_chars: int,
        list_number: int | None,
        list_depth: int,
    ) -> None:
        self.element = element
        self.text = text
        self.lead = lead
        self.heading = heading
        self.link_chars = link_chars
        self.list_number = list_number
        self.list_depth = list_depth

    def to_block(self) -> Block:
        return Block(
            text=self.text,
            lead=self.lead,
            heading=self.heading,
            list_number=self.list_number,
            list_depth=self.list_depth,
        )


class _Open:
    """A block element whose text is being gathered."""

    __slots__ = ("element", "heading", "list_depth", "list_number", "pieces")

    def __init__(
        self, element: Element, heading: bool, list_number: int | None, list_depth: int
    ) -> None:
        self.element = element
        self.heading = heading
        self.list_number = list_number
        self.list_depth = list_depth
        self.pieces: list[str] = []


def _body_element(root: Element) -> Element:
    if root.tag == "body":
        return root
    body = next(root.iterchildren("body"), None)
    return body if body is not None else root


def _scan(start: Element, exclude: Collection[Element], anchors: list[Element]) -> list[_RawBlock]:
    """Every block under `start` in page order, skipping what cannot be content; the <a href>
    met on the way are appended to `anchors`."""
    out: list[_RawBlock] = []
    current = _Open(start, False, None, 0)
    stack: list[_Open] = []
    lists: list[list[int]] = []  # per open <ol>/<ul>: [is_ordered, items so far]
    walker = etree.iterwalk(start, events=("start", "end"))
    skipped: Element | None = None
    check_exclude = bool(exclude)
    in_article = 0  # an <article>'s own <header> holds its title and entry links: not chrome
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if not isinstance(tag, str):  # a comment or processing instruction
                walker.skip_subtree()
                continue
            if tag == "article":
                in_article += 1
            if check_exclude and element in exclude:
                # not body text, but still links the page shows (a home page's list headed
                # 推荐阅读 is its main list)
                anchors.extend(a for a in element.iter("a") if a.get("href"))
                walker.skip_subtree()
                skipped = element
                continue
            if (tag in _DROP_TAGS and not (in_article and tag == "header")) or _hidden(
                element, tag
            ):
                walker.skip_subtree()
                skipped = element
                continue
            if tag in _BLOCK_TAGS:
                _flush(current, out)
                stack.append(current)
                number = None
                if tag == "li" and lists:
                    lists[-1][1] += 1
                    if lists[-1][0]:
                        number = lists[-1][1]
                current = _Open(element, tag in _HEADINGS, number, len(lists))
                if tag in _LIST_TAGS:
                    lists.append([tag == "ol", _list_start(element) - 1])
            elif tag == "br":
                current.pieces.append(_BR)
            elif tag in _BOLD_TAGS:
                current.pieces.append(_BOLD)
            elif tag == "a":
                current.pieces.append(_LINK)
                if element.get("href"):
                    anchors.append(element)
            text = element.text
            if text:
                current.pieces.append(text)
        else:
            if tag == "article":
                in_article -= 1
            if element is skipped:
                skipped = None
            elif isinstance(tag, str):
                if tag in _BLOCK_TAGS:
                    if tag in _LIST_TAGS and lists:
                        lists.pop()
                    _flush(current, out)
                    if stack:
                        current = stack.pop()
                elif tag in _BOLD_TAGS:
                    current.pieces.append(_UNBOLD)
                elif tag == "a":
                    current.pieces.append(_UNLINK)
            tail = element.tail
            if tail and element is not start:
                current.pieces.append(tail)
    _flush(current, out)
    return out


def _hidden(element: Element, tag: str) -> bool:
    if tag in _INLINE_UNCLASSED:
        return False
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if element.get("hidden") is not None:
        return True
    if tag in _KEEP_WHATEVER_CLASS:
        return False
    classes = element.get("class")
    ident = element.get("id")
    if classes is None and ident is None:
        return False
    return class_verdict(classes, ident)[0]


def _list_start(element: Element) -> int:
    value = element.get("start")
    if value and value.strip().isdigit():
        return int(value.strip())
    return 1


def _flush(current: _Open, out: list[_RawBlock]) -> None:
    """Turn the gathered text of `current` into blocks (a double <br> starts a new one)."""
    pieces = current.pieces
    if not pieces:
        return
    joined = "".join(pieces)
    pieces.clear()
    if joined.isspace():
        return
    raw = one_space(joined)
    if not raw.strip(" \x01\x02\x03\x05\x06"):
        return
    segments = _SPLIT_PARAGRAPHS.split(raw) if raw.count(_BR) > 1 else [raw]
    for segment in segments:
        block = _make_block(current, segment)
        if block is not None:
            out.append(block)


def _unmarked(text: str) -> str:
    """`text` without the bold and link marks (four C scans beat one str.translate)."""
    return text.replace(_BOLD, "").replace(_UNBOLD, "").replace(_LINK, "").replace(_UNLINK, "")


def _make_block(current: _Open, segment: str) -> _RawBlock | None:
    link_chars = 0
    if _LINK in segment:
        for match in _LINKED.finditer(segment):
            link_chars += len(_unmarked(match.group(1)).replace(_BR, "").strip())
    lead = None
    if _BOLD in segment:
        opening = _LEAD.match(segment)
        if opening:
            lead = collapse(_unmarked(opening.group(1)).replace(_BR, " ")) or None
    text = _unmarked(segment)
    text = _LINE_BREAK.sub("\n", text).strip(" \n") if _BR in text else text.strip()
    if not text:
        return None
    heading = current.heading or (lead is not None and lead == text and len(text) <= 80)
    return _RawBlock(
        current.element,
        text,
        lead,
        heading,
        min(link_chars, len(text)),
        current.list_number,
        current.list_depth,
    )


# --- scoring ------------------------------------------------------------------------------


def _score_ancestors(raw: Sequence[_RawBlock]) -> dict[Element, list[float]]:
    """Each candidate container -> [points, text chars, link chars] from the blocks under it."""
    scores: dict[Element, list[float]] = {}
    for block in raw:
        text = block.text
        length = weighted_length(text)
        if length < 25 or block.link_chars * 2 > len(text):
            continue
        points = 1.0 + _punctuation(text) + min(length / 100.0, 3.0)
        element = block.element
        if element.tag in _PARAGRAPH_TAGS:
            parent = element.getparent()
            if parent is None:
                continue
            element = parent
        level = 0
        node: Element | None = element
        while node is not None and level < 5:
            entry = scores.get(node)
            if entry is None:
                entry = scores[node] = [0.0, 0.0, 0.0]
            entry[0] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
            entry[1] += len(text)
            entry[2] += block.link_chars
            node = node.getparent()
            level += 1
    return scores


def _punctuation(text: str) -> int:
    """Commas, stops and the like: many in prose, Chinese prose above all; few in boilerplate."""
    return (
        text.count("，")
        + text.count("。")
        + text.count("、")
        + text.count("；")
        + text.count(",")
        + text.count(". ")
        + text.count(";")
    )


def _final_score(element: Element, entry: list[float]) -> float:
    points, chars, links = entry
    link_density = links / chars if chars else 0.0
    bonus = _TAG_BONUS.get(element.tag, 0) if isinstance(element.tag, str) else 0
    negative, positive = class_verdict(element.get("class"), element.get("id"))
    bonus += 25 * positive - 25 * negative
    return (points + bonus) * (1.0 - link_density)


def _with_worthy_siblings(top: Element, scores: dict[Element, list[float]]) -> list[Element]:
    parent = top.getparent()
    if parent is None:
        return [top]
    top_score = _final_score(top, scores[top])
    threshold = max(10.0, top_score * 0.2)
    out = []
    for sibling in parent.iterchildren():
        if sibling is top:
            out.append(top)
            continue
        entry = scores.get(sibling)
        if entry is None or not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _PARAGRAPH_TAGS and sibling.tag != "p":
            continue
        if _final_score(sibling, entry) >= threshold and entry[2] * 4 < entry[1]:
            out.append(sibling)
    return out


def _drop_noise(blocks: Sequence[_RawBlock]) -> list[_RawBlock]:
    """The blocks minus link lists, share/tag lines and the metadata lines before the text."""
    kept: list[_RawBlock] = []
    started = False
    for block in blocks:
        text = block.text
        if block.link_chars * 2 > len(text):
            continue
        if len(text) <= 40 and _BOILERPLATE_LINE.match(text):
            continue
        if not started:
            if (
                not block.heading
                and len(text) <= 100
                and _META_LINE.search(text)
                and _looks_like_meta(text)
            ):
                continue
            if weighted_length(text) >= 60 or block.heading:
                started = True
        kept.append(block)
    return kept


_SENTENCE_END = re.compile(r"[。！？!?]|\.\s|\.$")
_DATE_IN_LINE = re.compile(r"\d{4}[-/.年]\d{1,2}")
_NOT_WORD = re.compile(r"[\s\W_]+")


def _looks_like_meta(text: str) -> bool:
    """A short line of dates, sources and counters rather than a sentence."""
    return not _SENTENCE_END.search(text) or bool(_DATE_IN_LINE.search(text))


def _comparable(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()
