"""parse_text(): a plain-text rendering of an article page (like the seed document) -> Article.

A rendering is paragraphs separated by blank lines, top to bottom as the page shows them:

- the title: the first paragraph when it is one line of at most 200 characters, often printed
  twice (the repeat is skipped);
- the body: every paragraph up to the first navigation line or recommendation heading (that
  line ends the body even when no blank line precedes it);
- prev/next lines: "<<: title" / ">>: title" (the colon is required: machine translation also
  writes 《book titles》 as <<book titles>>), or "上一篇：title" / "下一篇：title", both possibly
  on one line; "没有了" ("none left") means there is no such article. A rendering has no URLs.
- a recommendation heading line ("Recommend", 相关推荐, 推荐阅读, 相关文章, 延伸阅读, 猜你喜欢,
  "Related posts", "You may also like", ...) followed by title and snippet lines.

Which line under a recommendation heading is a snippet: the one right after a title that ends
in "..." or "…" (the site cut it off), or that is at least twice as long as that title and at
least 60 characters (30 when it has Chinese characters) long. Any other line starts the next
recommendation, so a title without a snippet is read as such.
"""

from __future__ import annotations

import re
import unicodedata

from parsers.decode import decode_html
from parsers.errors import ParseError
from parsers.language import guess_language
from parsers.record import Article, Link
from parsers.tips import Block, find_tips


def parse_text(data: str | bytes, url: str | None = None) -> Article:
    """Parse one text rendering; bytes are decoded first. Raises ParseError on binary junk."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        text, encoding = _decode(bytes(data))
    elif isinstance(data, str):
        text, encoding = data, None
    else:
        raise ParseError(f"expected text or bytes, got {type(data).__name__}")
    _reject_binary(text)
    paragraphs = _paragraphs(text)
    title, rest = _title(paragraphs)
    body_paragraphs, tail = _split_body(rest)
    body = "\n\n".join(body_paragraphs)
    prev, next_ = _prev_next(tail)
    return Article(
        url=url,
        kind="article" if body else "other",
        title=title,
        body=body,
        tips=find_tips([Block(paragraph) for paragraph in body_paragraphs]),
        prev=prev,
        next=next_,
        recommendations=_recommendations(tail),
        language=guess_language(f"{title or ''}\n{body}"),
        encoding=encoding,
    )


# --- bytes and junk ------------------------------------------------------------------------------

_JUNK_SAMPLE = 4000  # characters looked at: enough to tell, cheap on long inputs
_JUNK_SHARE = 0.1


def _decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name), through the one decoder crawled pages go through too."""
    if b"\x00" in data[:_JUNK_SAMPLE]:
        raise ParseError("binary data: NUL bytes")
    return decode_html(data)


def _reject_binary(text: str) -> None:
    sample = text[:_JUNK_SAMPLE]
    if "\x00" in sample:
        raise ParseError("binary data: NUL characters")
    junk = sum(
        1
        for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in "\n\r\t\f\v")
    )
    if sample and junk > len(sample) * _JUNK_SHARE:
        raise ParseError(f"binary data: {junk} of {len(sample)} characters are control characters")


# --- paragraphs, title and body ----------------------------------------------------------------

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
_INNER_SPACE = re.compile(r"[^\S\n]+")
_MAX_TITLE_CHARS = 200

# "<<" needs its colon: machine translation also writes 《book titles》 as <<book titles>>
_PREV = re.compile(r"^(?:<<\s*[:：]|上一篇\s*[:：]?|Previous (?:article|post)\s*[:：])", re.I)
_NEXT = re.compile(r"^(?:>>\s*[:：]|下一篇\s*[:：]?|Next (?:article|post)\s*[:：])", re.I)
_NEXT_INSIDE = re.compile(r"\s*下一篇\s*[:：]?")
_NONE_LEFT = re.compile(r"^(?:没有了|无|暂无|none)[!！。.]*$", re.IGNORECASE)
_RECOMMEND_HEADINGS = frozenset(
    {
        "recommend",
        "recommended",
        "recommended reading",
        "recommended articles",
        "related",
        "related posts",
        "related articles",
        "related reading",
        "you may also like",
        "相关推荐",
        "推荐阅读",
        "相关文章",
        "相关阅读",
        "延伸阅读",
        "猜你喜欢",
    }
)


def _paragraphs(text: str) -> list[str]:
    """Paragraphs split at blank lines; lines stripped, inner runs of spaces made one.

    A navigation line or recommendation heading always starts a paragraph of its own, so a
    rendering without blank lines before its tail still ends its body there.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    out = []
    for chunk in _BLANK_LINES.split(text):
        lines: list[str] = []
        for raw in chunk.split("\n"):
            line = _INNER_SPACE.sub(" ", raw).strip()
            if not line:
                continue
            if lines and _is_tail_line(line):
                out.append("\n".join(lines))
                lines = []
            lines.append(line)
        if lines:
            out.append("\n".join(lines))
    return out


def _title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The title (first paragraph, when it is one short line) and the paragraphs after it."""
    if not paragraphs:
        return None, []
    first = paragraphs[0]
    if "\n" in first or len(first) > _MAX_TITLE_CHARS or _is_tail_line(first):
        return None, paragraphs
    rest = paragraphs[1:]
    if rest and rest[0] == first:
        rest = rest[1:]
    return first, rest


def _split_body(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(body paragraphs, the lines from the first navigation line or recommendation heading)."""
    for index, paragraph in enumerate(paragraphs):
        if _is_tail_line(paragraph):
            tail = [line for rest in paragraphs[index:] for line in rest.split("\n")]
            return paragraphs[:index], tail
    return paragraphs, []


def _is_tail_line(paragraph: str) -> bool:
    return bool(_PREV.match(paragraph) or _NEXT.match(paragraph)) or _is_recommend_heading(
        paragraph
    )


def _is_recommend_heading(paragraph: str) -> bool:
    return paragraph.rstrip(":：").strip().lower() in _RECOMMEND_HEADINGS


# --- prev/next and recommendations --------------------------------------------------------------


def _prev_next(tail: list[str]) -> tuple[Link | None, Link | None]:
    prev: Link | None = None
    next_: Link | None = None
    seen_prev = seen_next = False
    for line in tail:
        if not seen_prev and (match := _PREV.match(line)):
            seen_prev = True
            title = line[match.end() :]
            # DedeCMS prints "上一篇：A 下一篇：B" on one line
            inside = _NEXT_INSIDE.search(title)
            if inside and not seen_next:
                seen_next = True
                next_ = _nav_link(title[inside.end() :])
                title = title[: inside.start()]
            prev = _nav_link(title)
        elif not seen_next and (match := _NEXT.match(line)):
            seen_next = True
            next_ = _nav_link(line[match.end() :])
    return prev, next_


def _nav_link(title: str) -> Link | None:
    title = title.strip()
    if not title or _NONE_LEFT.match(title):
        return None
    return Link(title=title, url=None)


_CUT_OFF = ("...", "…", "。。。")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MIN_SNIPPET_CHARS = 60
_MIN_SNIPPET_CJK_CHARS = 30


def _recommendations(tail: list[str]) -> tuple[Link, ...]:
    """Title/snippet pairs under every recommendation heading, in page order."""
    links: list[Link] = []
    inside = False
    pending: str | None = None  # a title still waiting for its snippet
    for line in tail:
        if _is_tail_line(line):
            if pending is not None:
                links.append(Link(title=pending, url=None))
                pending = None
            inside = _is_recommend_heading(line)
            continue
        if not inside:
            continue
        if pending is not None and _is_snippet(line, pending):
            links.append(Link(title=pending, url=None, snippet=line))
            pending = None
            continue
        if pending is not None:
            links.append(Link(title=pending, url=None))
        pending = line
    if pending is not None:
        links.append(Link(title=pending, url=None))
    return tuple(links)


def _is_snippet(line: str, title: str) -> bool:
    if line.endswith(_CUT_OFF):
        return True
    minimum = _MIN_SNIPPET_CJK_CHARS if _CJK.search(line) else _MIN_SNIPPET_CHARS
    return len(line) >= max(minimum, 2 * len(title))
