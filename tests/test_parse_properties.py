"""Properties of parse_html / parse_text that hold for any input, checked with hypothesis.

- Nothing but `ParseError` ever escapes, whatever the bytes or text.
- Every tip's text, at every depth, is part of the body.
- Every URL in the record is absolute (http/https with a host) when a page URL is given.

The pages are built from pieces seen on real sites (numbered paragraphs in several styles,
<ol> lists, prev/next labels, related blocks, pagination) with relative hrefs of every shape.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import Article, ParseError, parse_html, parse_text, walk_tips

# Modest: the whole file has to stay well under 30 s even with a slow parser.
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PAGE_URLS = (
    "https://www.deeho.com/p/75078.html",
    "http://www.kangyuan365.com/a/yinshi/2023/0312/1237.html",
    "https://wellnestblog.com/2023/04/18/blood-sugar-steady/",
    "https://example.org/dir/sub/index.php?id=7",
)
RELATIVE_HREFS = st.sampled_from(
    (
        "/p/75079.html",
        "p/75077.html",
        "../a/jibing/1258.html",
        "./list_2.html",
        "list_5_2.html",
        "?page=2",
        "//cdn.example.net/p/9.html",
        "/html/ysbj/健康.html",
        " /p/1%20a.html ",
        "#comments",
        "",
    )
)

_EN = "pain sleep water diet walk the a of and to massage liver blood sugar heart warm cold daily"
_ZH = "饮食 睡眠 喝水 按摩 养肝 血压 运动 注意 医生 休息 每天 温水 身体"
WORDS_EN = st.sampled_from(tuple(_EN.split(" ")))
WORDS_ZH = st.sampled_from(tuple(_ZH.split(" ")))
PUNCT = st.sampled_from(
    (".", "。", "，", ":", "：", "!", "", " - ", "1.5元", " 37. 5 degrees", "10 to 15")
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.one_of(WORDS_EN, WORDS_ZH), min_size=1, max_size=12))
    return " ".join(words) + draw(PUNCT)


@st.composite
def numbered_blocks(draw: st.DrawFn) -> str:
    """A numbered list in one of the styles the sites use, possibly with nested children."""
    count = draw(st.integers(min_value=1, max_value=5))
    style = draw(
        st.sampled_from(
            ("{}. ", "{}、", "{}．", "{}。", "{}) ", "({}) ", "（{}）", "第{}，", "Step {}: ", "ol")
        )
    )
    zh_numerals = "一二三四五六七八九十"
    child_style = draw(st.sampled_from(("({}) ", "{}. ", "①", "")))
    items = []
    for n in range(1, count + 1):
        text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
        children = ""
        if child_style and draw(st.booleans()):
            kids = draw(st.lists(sentences(), min_size=1, max_size=3))
            children = " ".join(
                ("①②③"[i] if child_style == "①" else child_style.format(i + 1)) + kid
                for i, kid in enumerate(kids)
            )
        if style == "ol":
            nested = f"<ol><li>{html.escape(children)}</li></ol>" if children else ""
            items.append(f"<li>{html.escape(text)}{nested}</li>")
            continue
        marker = style.format(zh_numerals[n - 1] if style.startswith("第") else n)
        layout = draw(st.sampled_from(("inline", "paragraph", "heading", "br")))
        if layout == "heading":
            items.append(f"<p><strong>{html.escape(marker)}{html.escape(text)}</strong></p>")
            items.append(f"<p>{html.escape(children or text)}</p>")
        elif layout == "br":
            items.append(f"\u3000\u3000{html.escape(marker + text + ' ' + children)}<br />")
        else:
            items.append(f"<p>{html.escape(marker + text + ' ' + children)}</p>")
    if style == "ol":
        return "<ol>" + "".join(items) + "</ol>"
    if any(item.endswith("<br />") for item in items):
        return "<p>" + "\n".join(items) + "</p>"
    joined = "\n".join(items)
    if draw(st.booleans()):  # the whole list inline in one paragraph, like the seed
        return "<p>" + re.sub(r"</?p>", " ", joined) + "</p>"
    return joined


@st.composite
def link(draw: st.DrawFn) -> str:
    href = draw(RELATIVE_HREFS)
    text = html.escape(draw(sentences()))
    return f'<a href="{html.escape(href, quote=True)}">{text}</a>'


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A whole page: chrome, article with paragraphs and numbered lists, prev/next, related."""
    title = html.escape(draw(sentences()))
    body = draw(st.lists(st.one_of(sentences(), numbered_blocks()), min_size=1, max_size=6))
    paragraphs = "\n".join(
        block if block.startswith("<") else f"<p>{html.escape(block)}</p>" for block in body
    )
    prev_label, next_label = draw(
        st.sampled_from(
            (
                ("&lt;&lt;: ", "&gt;&gt;: "),
                ("上一篇：", "下一篇："),
                ("Previous post ", "Next post "),
                ("", ""),
            )
        )
    )
    rel = draw(st.booleans())
    prev_next = (
        f'<p>{prev_label}<a href="{html.escape(draw(RELATIVE_HREFS))}"'
        f"{' rel=prev' if rel else ''}>{html.escape(draw(sentences()))}</a></p>"
        f'<p>{next_label}<a href="{html.escape(draw(RELATIVE_HREFS))}"'
        f"{' rel=next' if rel else ''}>{html.escape(draw(sentences()))}</a></p>"
    )
    related_label = draw(st.sampled_from(("Recommend", "相关文章", "推荐阅读", "Related posts")))
    related = "".join(
        f"<li>{draw(link())}<p>{html.escape(draw(sentences()))}...</p></li>"
        for _ in range(draw(st.integers(min_value=0, max_value=4)))
    )
    nav = "".join(f"<li>{draw(link())}</li>" for _ in range(draw(st.integers(0, 5))))
    canonical = ""
    if draw(st.booleans()):
        canonical = f'<link rel="canonical" href="{html.escape(draw(RELATIVE_HREFS))}">'
    listing = ""
    if draw(st.booleans()):
        items = "".join(f"<li>{draw(link())}</li>" for _ in range(draw(st.integers(2, 8))))
        next_page = html.escape(draw(RELATIVE_HREFS))
        listing = (
            f'<ul class="list">{items}</ul><div class="pages"><a href="{next_page}">下一页</a>'
            f'<a href="{next_page}">Next page</a></div>'
        )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - Site</title>
{canonical}</head><body>
<div class="nav"><ul>{nav}</ul></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; {draw(link())}</div>
<div class="article"><h1>{title}</h1><div class="content">
{paragraphs}
</div>
<div class="prenext">{prev_next}</div>
<div class="related"><h3>{related_label}</h3><ul>{related}</ul></div>
</div>
{listing}
<div class="sidebar"><h3>Hot articles</h3><ol><li>{draw(link())}</li><li>{draw(link())}</li></ol>
</div>
<div class="footer"><p>Copyright 2023</p><script>var x = "1. not a tip";</script></div>
</body></html>"""


@st.composite
def text_renderings(draw: st.DrawFn) -> str:
    """A plain-text rendering like the seed: title twice, paragraphs, tips, <<: / >>:, Recommend."""
    title = draw(sentences())
    blocks = draw(st.lists(st.one_of(sentences(), numbered_blocks()), min_size=1, max_size=6))
    plain = [re.sub(r"<[^>]+>", " ", html.unescape(block)) for block in blocks]
    recommend = [
        f"{draw(sentences())}\n\n{draw(sentences())}..." for _ in range(draw(st.integers(0, 3)))
    ]
    parts = [title, title, *plain, f"<<:  {draw(sentences())}", f">>:  {draw(sentences())}"]
    if recommend:
        parts += ["Recommend", *recommend]
    return "\n\n".join(parts)


# --- never anything but ParseError ---------------------------------------------------------------


@SETTINGS
@given(data=st.binary(max_size=3000), url=st.sampled_from((None, *PAGE_URLS)))
def test_parse_html_on_any_bytes_returns_a_record_or_raises_parse_error(
    data: bytes, url: str | None
) -> None:
    _record_or_parse_error(lambda: parse_html(data, url))


@SETTINGS
@given(text=st.text(max_size=3000), url=st.sampled_from((None, *PAGE_URLS)))
def test_parse_html_on_any_text_returns_a_record_or_raises_parse_error(
    text: str, url: str | None
) -> None:
    _record_or_parse_error(lambda: parse_html(text, url))


@SETTINGS
@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(
                (
                    "<p>",
                    "</p>",
                    "<div>",
                    "</div>",
                    "<ol>",
                    "<li>",
                    "</ol>",
                    "<br>",
                    "<a href='",
                    "'>",
                    "</a>",
                    "1. ",
                    "（1）",
                    "①",
                    "一、",
                    "上一篇：",
                    "<<:",
                    "<!--",
                    "-->",
                    "<script>",
                    "</script>",
                    "&#xD800;",
                    "&amp",
                    "<meta charset=gbk>",
                    "\x00",
                    "<title>",
                    "</title>",
                    "<h1>",
                    "\ufeff",
                    "<table><tr><td>",
                )
            ),
            st.text(max_size=20),
        ),
        max_size=80,
    ),
    url=st.sampled_from(PAGE_URLS),
    content_type=st.sampled_from(
        (None, "text/html", "text/html; charset=gbk", "text/html; charset=x")
    ),
)
def test_parse_html_on_tag_soup_returns_a_record_or_raises_parse_error(
    pieces: list[str], url: str, content_type: str | None
) -> None:
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    _record_or_parse_error(lambda: parse_html(data, url, content_type=content_type))


@SETTINGS
@given(data=st.one_of(st.binary(max_size=3000), st.text(max_size=3000)))
def test_parse_text_on_anything_returns_a_record_or_raises_parse_error(data: bytes | str) -> None:
    _record_or_parse_error(lambda: parse_text(data))


# --- tips live in the body; URLs are absolute ----------------------------------------------------


@SETTINGS
@given(page=pages(), url=st.sampled_from(PAGE_URLS))
def test_generated_page_tips_are_in_body_and_urls_are_absolute(page: str, url: str) -> None:
    article = parse_html(page.encode("utf-8"), url, content_type="text/html; charset=utf-8")
    assert isinstance(article, Article)
    _assert_tips_in_body(article)
    _assert_urls_absolute(article)


@SETTINGS
@given(page=pages())
def test_generated_page_without_url_still_keeps_tips_in_body(page: str) -> None:
    article = parse_html(page)
    _assert_tips_in_body(article)


@SETTINGS
@given(text=text_renderings(), url=st.sampled_from((None, *PAGE_URLS)))
def test_text_rendering_tips_are_in_body(text: str, url: str | None) -> None:
    article = parse_text(text, url)
    _assert_tips_in_body(article)
    # a rendering has no hrefs: a URL, if any, can only be absolute
    _assert_urls_absolute(article)


# --- helpers -------------------------------------------------------------------------------------


def _record_or_parse_error(call: Any) -> None:
    try:
        result = call()
    except ParseError as exc:
        assert str(exc).strip(), "a ParseError says what was wrong"
        return
    assert isinstance(result, Article)
    assert result.kind in ("article", "listing", "other")
    assert isinstance(result.body, str)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _assert_tips_in_body(article: Article) -> None:
    body = _squash(article.body)
    for path, tip in walk_tips(article.tips):
        assert _squash(tip.text) in body, f"tip {path} ({tip.number!r}) is not in the body"


def _assert_urls_absolute(article: Article) -> None:
    links = [article.prev, article.next, *article.recommendations, *article.links]
    urls = [link.url for link in links if link is not None]
    urls += [article.next_page, article.canonical_url]
    for url in urls:
        if url is None:
            continue
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https") and parts.netloc, f"not absolute: {url!r}"
