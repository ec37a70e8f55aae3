"""parse_html piece by piece: small pages written by hand, expected values read off the page.

Grouped by piece: title, body, prev/next, recommendations, listings, meta, bad input, overrides.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from lxml import etree

from crawler.samplesite import SAMPLE_SITE_DIR, ArticleTruth, ListingTruth, load_site_manifest
from parsers import Article, Link, ParseError, parse_html, walk_tips
from parsers.body import find_body

URL = "https://health.example.com/a/2023/0320/1258.html"

ZH_PARAGRAPHS = [
    "高血压患者除了按时吃药，日常生活中还要注意控制饮食、坚持运动、戒烟限酒，这样才能把血压控制在理想范围。",
    "饮食上要少吃盐，每天食盐不超过五克，多吃新鲜蔬菜和水果，少吃肥肉和动物内脏，避免暴饮暴食。",
    "运动要循序渐进，可以选择散步、慢跑、太极拳等有氧运动，每周坚持五次，每次三十分钟左右。",
]
EN_PARAGRAPHS = [
    "Many people feel a dull ache in the lower back after sitting for hours at a desk, and most "
    "of the time it goes away with rest, gentle stretching and a better chair.",
    "Keep your screen at eye level, stand up every half hour, and walk for a few minutes; small "
    "habits like these do more for the back than any single exercise.",
    "If the pain spreads down a leg, comes with numbness, or lasts longer than six weeks, see a "
    "doctor rather than waiting for it to pass.",
]


def zh_article(
    title: str = "高血压患者日常生活注意事项_康源健康网",
    heading: str = "<h1>高血压患者日常生活注意事项</h1>",
    paragraphs: list[str] = ZH_PARAGRAPHS,
    extra: str = "",
    head: str = "",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
    <div class="top"><div class="logo"><a href="/">康源健康网</a></div></div>
    <ul class="menu"><li><a href="/">首页</a></li><li><a href="/a/jibing/">常见疾病</a></li>
    <li><a href="/a/yinshi/">饮食养生</a></li></ul>
    <div class="main"><div class="left">{heading}
    <div class="content">{body}</div>{extra}</div></div>
    <div class="footer"><p>Copyright 2023 康源健康网 版权所有</p></div></body></html>"""


def en_article(extra: str = "", head: str = "", heading: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return f"""<html lang="en"><head><title>Lower back pain at the desk - Wellnest</title>{head}
    </head><body><div id="page"><div class="post">
    {heading or "<h1>Lower back pain at the desk</h1>"}
    <div class="entry-content">{body}</div>{extra}</div></div></body></html>"""


# --- title -----------------------------------------------------------------------------------

TITLES = [
    (
        "h1 that <title> names, site name cut at _",
        zh_article(),
        "高血压患者日常生活注意事项",
    ),
    (
        "logo in <h1>, headline in <h2>",
        zh_article(
            heading='<h1 class="logo"><a href="/">康源健康网</a></h1><h2>春季养肝吃什么好</h2>',
            title="春季养肝吃什么好_饮食养生_康源健康网",
        ),
        "春季养肝吃什么好",
    ),
    (
        "empty <title>: the h1",
        zh_article(title=""),
        "高血压患者日常生活注意事项",
    ),
    (
        "site-name-only <title>: the h1 near the content",
        zh_article(title="康源健康网"),
        "高血压患者日常生活注意事项",
    ),
    (
        "no heading: og:title without its ' | site' part",
        zh_article(
            heading="",
            title="康源健康网",
            head='<meta property="og:title" content="秋季养生吃什么 | 康源健康网">',
        ),
        "秋季养生吃什么",
    ),
    (
        "no heading, no og:title: <title> cut at ' - '",
        en_article(heading="<p></p>"),
        "Lower back pain at the desk",
    ),
    (
        "PHPCMS: date and source after a <br> inside the <h1>",
        zh_article(
            heading="<h1>儿童感冒发烧怎么护理<br>"
            "<span>2022-12-15 20:48:09 来源：健康网</span></h1>",
            title="儿童感冒发烧怎么护理_母婴育儿_健康网",
        ),
        "儿童感冒发烧怎么护理",
    ),
    (
        "<title> with '——' and the headline in a <div class=title>",
        zh_article(
            heading='<div class="title">失眠了怎么办</div>',
            title="失眠了怎么办——康源健康网",
        ),
        "失眠了怎么办",
    ),
]


@pytest.mark.parametrize(("html", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_title(html: str, expected: str) -> None:
    assert parse_html(html, URL).title == expected


# --- body --------------------------------------------------------------------------------------


def test_body_is_the_article_paragraphs_only() -> None:
    html = zh_article(
        extra="""
        <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
        <div id="comments"><p>网友评论：写得很好，学习了，谢谢分享这么有用的知识。</p></div>
        <script>document.write("<p>广告</p>")</script><style>.a{color:red}</style>
        <div style="display:none"><p>这段隐藏的文字，用户看不到，也不是正文的一部分。</p></div>
        """
    ).replace(
        '</div></div>\n    <div class="footer">',
        """</div><div class="right"><div class="hot"><h3>热门文章</h3><ul>
        <li><a href="/a/1.html">冬季养生吃什么好，这几种食物要多吃</a></li>
        <li><a href="/a/2.html">失眠怎么办？六个小方法帮你睡个好觉</a></li>
        </ul></div></div></div>
    <div class="footer">""",
    )
    article = parse_html(html, URL)
    assert article.kind == "article"
    assert article.body == "\n\n".join(ZH_PARAGRAPHS)


def test_a_first_paragraph_repeating_the_title_is_not_body() -> None:
    html = zh_article(paragraphs=["<strong>高血压患者日常生活注意事项</strong>", *ZH_PARAGRAPHS])
    assert parse_html(html, URL).body == "\n\n".join(ZH_PARAGRAPHS)


def test_br_is_a_line_break_and_two_br_a_new_paragraph() -> None:
    html = zh_article(
        paragraphs=[
            "　　第一行，饮食要清淡，少盐少油。<br>第二行，多吃蔬菜水果。<br><br>"
            "&nbsp;&nbsp;新的一段，坚持适量运动，每周五次。"
        ]
    )
    assert parse_html(html, URL).body == (
        "第一行，饮食要清淡，少盐少油。\n第二行，多吃蔬菜水果。\n\n新的一段，坚持适量运动，每周五次。"
    )


def test_metadata_line_under_the_title_is_not_body() -> None:
    html = zh_article(
        heading="<h1>高血压患者日常生活注意事项</h1>"
        '<div class="info">时间:2023-03-20 14:05 来源:康源健康网 点击:次</div>'
    )
    assert parse_html(html, URL).body.startswith(ZH_PARAGRAPHS[0])


def test_blocks_carry_list_numbers_leads_and_headings() -> None:
    html = """<html><body><div class="content">
    <h2>腰痛的原因</h2>
    <p><strong>1. 日常生活。</strong>注意经期卫生，保持清洁，避免泌尿系统感染的发生。</p>
    <ol><li>久坐久站的人要适当活动腰部，缓解疼痛。</li><li>注意保暖，不要受凉。</li></ol>
    </div></body></html>"""
    root = etree.fromstring(html, etree.HTMLParser())
    blocks = find_body(root).blocks
    assert [b.text for b in blocks] == [
        "腰痛的原因",
        "1. 日常生活。注意经期卫生，保持清洁，避免泌尿系统感染的发生。",
        "久坐久站的人要适当活动腰部，缓解疼痛。",
        "注意保暖，不要受凉。",
    ]
    assert blocks[0].heading
    assert blocks[1].lead == "1. 日常生活。"
    assert [(b.list_number, b.list_depth) for b in blocks[2:]] == [(1, 1), (2, 1)]


# --- prev / next ---------------------------------------------------------------------------------

PREV_NEXT = [
    (
        "source site <<: and >>: lines",
        '<div class="prenext"><p>&lt;&lt;: <a href="/p/75077.html">What to eat after it?</a></p>'
        '<p>&gt;&gt;: <a href="/p/75079.html">Tips to reduce scars</a></p></div>',
        Link("What to eat after it?", "https://health.example.com/p/75077.html"),
        Link("Tips to reduce scars", "https://health.example.com/p/75079.html"),
    ),
    (
        "上一篇 in the text, 下一篇：没有了",
        '<ul class="pre"><li>上一篇：<a href="/a/1257.html">高血压吃什么好</a></li>'
        "<li>下一篇：没有了</li></ul>",
        Link("高血压吃什么好", "https://health.example.com/a/1257.html"),
        None,
    ),
    (
        "labels in <strong>, next has none after a <br>",
        '<p class="f14"><strong>上一篇：</strong><a href="/a/3408.html">宝宝咳嗽有痰怎么办</a><br>'
        "<strong>下一篇：</strong>没有了</p>"
        '<div><h5>推荐阅读</h5><ul><li><a href="/a/3371.html">物理降温的正确方法</a></li>'
        '<li><a href="/a/3340.html">布洛芬怎么选</a></li></ul></div>',
        Link("宝宝咳嗽有痰怎么办", "https://health.example.com/a/3408.html"),
        None,
    ),
    (
        "WordPress: label inside the link",
        '<nav class="navigation post-navigation"><div class="nav-links">'
        '<div class="nav-previous"><a href="/2023/04/oatmeal/" rel="prev">'
        '<span class="meta-nav">Previous Post</span> <span>Is Oatmeal the Best?</span></a></div>'
        '<div class="nav-next"><a href="/2023/06/probiotics/" rel="next">'
        '<span class="meta-nav">Next Post</span> <span>Probiotics 101</span></a></div></div></nav>',
        Link("Is Oatmeal the Best?", "https://health.example.com/2023/04/oatmeal/"),
        Link("Probiotics 101", "https://health.example.com/2023/06/probiotics/"),
    ),
    (
        "rel=prev/next links without labels",
        '<div><a rel="prev" href="/p/1.html">« Stretching basics</a> '
        '<a rel="next" href="/p/3.html">Better chairs »</a></div>',
        Link("Stretching basics", "https://health.example.com/p/1.html"),
        Link("Better chairs", "https://health.example.com/p/3.html"),
    ),
    (
        "上一篇 with the label in its own span",
        '<div class="page"><span>上一篇：</span><a href="/a/9.html">秋季养生</a>'
        "<span>下一篇：</span><a href='/a/11.html'>冬季进补</a></div>",
        Link("秋季养生", "https://health.example.com/a/9.html"),
        Link("冬季进补", "https://health.example.com/a/11.html"),
    ),
]


@pytest.mark.parametrize(
    ("extra", "prev", "next_"), [c[1:] for c in PREV_NEXT], ids=[c[0] for c in PREV_NEXT]
)
def test_prev_next(extra: str, prev: Link | None, next_: Link | None) -> None:
    article = parse_html(zh_article(extra=extra), URL)
    assert (article.prev, article.next) == (prev, next_)
    assert "上一篇" not in article.body and "<<" not in article.body


# --- recommendations ------------------------------------------------------------------------

RECOMMENDATIONS = [
    (
        "source site: Recommend, each link a title and a cut-off teaser",
        '<div class="recommend"><div class="title">Recommend</div><ul>'
        '<li><a href="/p/1.html"><h3>Kidney crystals in women</h3>'
        "<p>Kidney stones are not limited to men and women. A...</p></a></li>"
        '<li><a href="/p/2.html"><h3>Hawthorn cake</h3>'
        "<p>We all know that hawthorn cake is a common pastry...</p></a></li></ul></div>",
        (
            Link(
                "Kidney crystals in women",
                "https://health.example.com/p/1.html",
                "Kidney stones are not limited to men and women. A...",
            ),
            Link(
                "Hawthorn cake",
                "https://health.example.com/p/2.html",
                "We all know that hawthorn cake is a common pastry...",
            ),
        ),
    ),
    (
        "相关文章: titles with dates, no teasers",
        '<div class="xg"><h3>相关文章</h3><ul>'
        '<li><a href="/a/5.html">高血压吃什么水果好</a><span class="date">2023-03-01</span></li>'
        '<li><a href="/a/6.html">血压高头晕怎么办</a><span class="date">2023-02-11</span></li>'
        "</ul></div>",
        (
            Link("高血压吃什么水果好", "https://health.example.com/a/5.html"),
            Link("血压高头晕怎么办", "https://health.example.com/a/6.html"),
        ),
    ),
    (
        "heading bar with a 更多 link, list in the next box",
        '<div class="box"><div class="hd"><span>猜你喜欢</span><a href="/list/">更多&gt;&gt;</a>'
        '</div><div class="bd"><ul><li><a href="/a/7.html">秋天吃梨的好处</a>'
        "<p>梨子水分充足，富含维生素……</p></li></ul></div></div>",
        (
            Link(
                "秋天吃梨的好处",
                "https://health.example.com/a/7.html",
                "梨子水分充足，富含维生素……",
            ),
        ),
    ),
    (
        "推荐 in an action bar is a button, and a hot list is not the article's",
        '<div class="actions"><a href="#">收藏</a> <a href="#">推荐</a> <a href="#">打印</a></div>'
        '<div class="hot"><h3>热门推荐</h3><ul><li><a href="/a/8.html">减肥最快的方法</a></li>'
        "</ul></div>",
        (),
    ),
]


@pytest.mark.parametrize(
    ("extra", "expected"), [c[1:] for c in RECOMMENDATIONS], ids=[c[0] for c in RECOMMENDATIONS]
)
def test_recommendations(extra: str, expected: tuple[Link, ...]) -> None:
    article = parse_html(zh_article(extra=extra), URL)
    assert article.recommendations == expected
    assert article.body == "\n\n".join(ZH_PARAGRAPHS)


# --- listings and kinds ----------------------------------------------------------------------

LIST_TITLES = [
    "春季养肝吃什么好",
    "秋季养生喝什么汤",
    "胃不好喝粥有讲究",
    "夏天吃西瓜的禁忌",
    "冬季进补的三个误区",
    "失眠了吃什么助眠",
    "便秘吃什么水果好",
    "高血压饮食注意事项",
]


def listing(teasers: bool) -> str:
    items = "".join(
        f'<li><a href="/a/yinshi/2023/03{i:02d}/{1200 + i}.html">{t}</a>'
        + (f"<p>{t}是很多人关心的问题，专家给出了几点建议，一起来看看吧……</p>" if teasers else "")
        + f'<span class="date">2023-03-{i + 1:02d}</span></li>'
        for i, t in enumerate(LIST_TITLES)
    )
    return f"""<html><head><meta charset="utf-8"><title>饮食养生_康源健康网</title></head><body>
    <ul class="menu"><li><a href="/">首页</a></li><li><a href="/a/yinshi/">饮食养生</a></li></ul>
    <div class="main"><div class="list"><h2>饮食养生</h2><ul>{items}</ul>
    <div class="pages"><a href="list_5_1.html">首页</a><a href="list_5_2.html">下一页</a></div>
    </div></div></body></html>"""


@pytest.mark.parametrize("teasers", [False, True], ids=["titles only", "titles and teasers"])
def test_listing(teasers: bool) -> None:
    article = parse_html(listing(teasers), "https://health.example.com/a/yinshi/")
    assert article.kind == "listing"
    assert [link.title for link in article.links] == LIST_TITLES
    assert article.links[0].url == "https://health.example.com/a/yinshi/2023/0300/1200.html"
    if teasers:
        assert (
            article.links[1].snippet
            == "秋季养生喝什么汤是很多人关心的问题，专家给出了几点建议，一起来看看吧……"
        )
    else:
        assert all(link.snippet is None for link in article.links)
    assert article.next_page == "https://health.example.com/a/yinshi/list_5_2.html"
    assert article.body == ""


def test_article_with_a_big_unmarked_sidebar_is_an_article() -> None:
    sidebar = "".join(
        f'<li><a href="/a/2023/0320/{100 + i}.html">{t}，专家告诉你答案</a></li>'
        for i, t in enumerate(LIST_TITLES * 2)
    )
    html = zh_article().replace(
        '<div class="footer">', f'<div class="r"><ul>{sidebar}</ul></div><div class="footer">'
    )
    article = parse_html(html, URL)
    assert article.kind == "article"
    assert article.body == "\n\n".join(ZH_PARAGRAPHS)


def test_short_article_is_an_article() -> None:
    html = zh_article(
        paragraphs=["秋天干燥，多喝水，多吃梨，少吃辛辣食物。", "早睡早起，适当运动。"]
    )
    article = parse_html(html, URL)
    assert article.kind == "article"
    assert article.body == "秋天干燥，多喝水，多吃梨，少吃辛辣食物。\n\n早睡早起，适当运动。"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
        "<p>The page you asked for does not exist.</p></body></html>",
        "<html><head><title>页面不存在</title></head><body><p>抱歉，页面不存在！</p></body></html>",
        "<html><body></body></html>",
    ],
    ids=["404", "页面不存在", "empty body"],
)
def test_other(html: str) -> None:
    assert parse_html(html, URL).kind == "other"


@pytest.mark.parametrize("title", ["Error 404", "404", "HTTP 404 - health.example.com"])
def test_a_404_heading_is_an_error_page(title: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Sorry.</p></body>"
    assert parse_html(html, URL).kind == "other"


def test_an_article_numbered_404_is_an_article() -> None:
    # bug caught by the end-to-end crawl of the generated site: its article 404 was "other"
    html = """<html><head><title>How to recognize hair loss (404) - Wellnest</title></head>
    <body><div class="post"><h1>How to recognize hair loss (404)</h1>
    <p>The following methods are simple and can be done at home. Keep a regular schedule.</p>
    <p>Step 1: Drink warm water in the morning.</p><p>Step 2: Keep warm at night.</p>
    </div></body></html>"""
    article = parse_html(html, URL)
    assert article.kind == "article"
    assert article.title == "How to recognize hair loss (404)"


# --- meta --------------------------------------------------------------------------------------

DATES = [
    (
        "article:published_time",
        '<meta property="article:published_time" content="2021-03-04T08:15:00+08:00">',
        "",
        "2021-03-04T08:15:00+08:00",
    ),
    ("<time datetime>", "", '<time datetime="2021-03-04">March 4</time>', "2021-03-04"),
    (
        "JSON-LD",
        '<script type="application/ld+json">'
        '{"@type": "Article", "datePublished": "2021-03-04T08:15:00"}</script>',
        "",
        "2021-03-04T08:15:00",
    ),
    (
        "发布时间 line",
        "",
        '<div class="info">发布时间：2021-03-04 08:15 来源：本站</div>',
        "2021-03-04T08:15:00",
    ),
    ("Chinese date", "", '<div class="info">2021年3月4日 作者：李玥</div>', "2021-03-04"),
]


@pytest.mark.parametrize(
    ("head", "line", "expected"), [c[1:] for c in DATES], ids=[c[0] for c in DATES]
)
def test_published(head: str, line: str, expected: str) -> None:
    html = zh_article(head=head, heading=f"<h1>高血压患者日常生活注意事项</h1>{line}")
    assert parse_html(html, URL).published == expected


CRUMBS = [
    (
        "当前位置 with 正文 at the end",
        '<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; '
        '<a href="/a/jibing/">常见疾病</a> &gt; 正文</div>',
        ("主页", "常见疾病"),
    ),
    (
        "breadcrumb class, » separators, the title at the end",
        '<div class="breadcrumb"><a href="/">Home</a> » <a href="/c/women/">Women</a> » '
        "<span>高血压患者日常生活注意事项</span></div>",
        ("Home", "Women"),
    ),
    (
        "a trail ending in a link to a section",
        '<p class="crumbs"><a href="/">首页</a> / <a href="/a/">养生</a> / '
        '<a href="/a/sj/">四季养生</a></p>',
        ("首页", "养生", "四季养生"),
    ),
]


@pytest.mark.parametrize(("trail", "expected"), [c[1:] for c in CRUMBS], ids=[c[0] for c in CRUMBS])
def test_breadcrumbs(trail: str, expected: tuple[str, ...]) -> None:
    html = zh_article(heading=f"{trail}<h1>高血压患者日常生活注意事项</h1>")
    assert parse_html(html, URL).breadcrumbs == expected


def test_canonical_description_author_language_encoding() -> None:
    head = (
        '<link rel="canonical" href="/a/2023/0320/1258.html">'
        '<meta name="description" content="高血压患者要注意饮食和运动。">'
    )
    html = zh_article(
        head=head, heading="<h1>高血压患者日常生活注意事项</h1><p>作者：李玥 来源：本站</p>"
    )
    article = parse_html(html.encode("gbk", "replace").replace(b"utf-8", b"gbk"), URL)
    assert article.canonical_url == "https://health.example.com/a/2023/0320/1258.html"
    assert article.description == "高血压患者要注意饮食和运动。"
    assert article.author == "李玥"
    assert article.language == "zh"
    assert article.encoding == "gb18030"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        (
            '<div class="meta">Posted on June 6, 2023 by '
            '<a href="/author/emily/">Emily Carter</a></div>',
            "Emily Carter",
        ),
        ("<p>作者：佚名 来源：网络</p>", None),
        ("<p>来源：康源健康网</p>", None),
    ],
    ids=["English byline", "佚名 is no name", "a source is not an author"],
)
def test_author(line: str, author: str | None) -> None:
    html = zh_article(heading=f"<h1>高血压患者日常生活注意事项</h1>{line}")
    assert parse_html(html, URL).author == author


def test_language_follows_the_text_not_the_declared_lang() -> None:
    html = en_article().replace('lang="en"', 'lang="zh-CN"')
    assert parse_html(html, URL).language == "en"


@pytest.mark.parametrize(
    ("declared", "language"),
    [("de-DE", "de"), ("fr", "fr"), ("en-GB", "en"), ("zh-CN", "en"), ("english", "en")],
)
def test_declared_language_names_latin_letters(declared: str, language: str) -> None:
    """Latin letters tell a Latin-script page from a Chinese one, not German from English: a
    declared language written in them names it; one that is not (the source site's zh-CN) or
    a value that is no language tag does not."""
    html = en_article().replace('lang="en"', f'lang="{declared}"')
    assert parse_html(html, URL).language == language


# --- the page index (one walk that feeds title, meta, links) ------------------------------


INDEXED_PAGE = """<html lang="zh-CN"><head>
<title>腰痛怎么办_康源健康网</title>
<base href="https://cdn.example.com/site/">
<meta name="description" content="腰痛的原因和办法">
<meta property="og:title" content="腰痛怎么办">
<meta name="twitter:title" content="腰痛怎么办?">
<meta property="og:site_name" content="康源健康网">
<meta name="keywords">
<link rel="canonical" href="/p/1.html">
<link rel="stylesheet" href="/s.css">
<link href="/favicon.ico">
<script type="application/ld+json">{"datePublished": "2023-03-20"}</script>
<script>var x = 1;</script>
</head><body>
<div class="logo"><a href="/">康源健康网</a></div>
<div id="Breadcrumb-bar"><a href="/">首页</a> &gt; <a href="/yaotong/">腰痛</a></div>
<div class="site-place">x</div>
<h1>腰痛怎么办</h1><h3>小标题</h3><h2>原因</h2>
<p><a>no href</a> <a href="/p/0.html" rel="prev">腰酸背痛的原因</a></p>
</body></html>"""


def test_page_index_gathers_what_the_pieces_look_up() -> None:
    from parsers.page_index import index_page, title_classed

    root = etree.fromstring(INDEXED_PAGE, etree.HTMLParser())
    page = index_page(root)
    assert page.body is not None and page.body.tag == "body"
    assert page.base_href == "https://cdn.example.com/site/"
    assert page.head_title is not None and page.head_title.text == "腰痛怎么办_康源健康网"
    # <meta> with content and <link> with href and rel, in page order; not the bare ones
    assert [m.get("name") or m.get("property") or m.get("rel") for m in page.metas] == [
        "description",
        "og:title",
        "twitter:title",
        "og:site_name",
        "canonical",
        "stylesheet",
    ]
    assert page.og_titles == ["腰痛怎么办", "腰痛怎么办?"]
    assert page.site_names == ["康源健康网"]
    assert page.json_ld == ['{"datePublished": "2023-03-20"}']
    assert [a.text for a in page.anchors] == [
        "康源健康网",
        "首页",
        "腰痛",
        "no href",
        "腰酸背痛的原因",
    ]
    assert [a.text for a in page.home_links] == ["康源健康网", "首页"]
    assert [e.get("href") for e in page.rel_links] == ["/p/1.html", "/s.css", "/p/0.html"]
    assert [h.text for h in page.headings] == ["腰痛怎么办", "原因"]
    assert [e.get("id") or e.get("class") for e in page.crumb_marked] == [
        "Breadcrumb-bar",
        "site-place",
    ]
    assert title_classed(page) == []


def test_page_index_finds_byline_classes_in_any_case_and_rel_author_in_page_order() -> None:
    from parsers.page_index import index_page

    root = etree.fromstring(
        b"""<html><body class="author-archive">
<div class="masthead"><a rel="author" href="/u/ana">Ana</a></div>
<p class="intro">Text.</p>
<span class="DoctorByline_name">Dr. Lee</span>
<div id="author-box" class="Post-Location"><b class="AUTHOR">Kim</b></div>
<a class="post-author" rel="author" href="/u/kim">Kim</a>
</body></html>""",
        etree.HTMLParser(),
    )
    page = index_page(root)
    # the <body>'s own class is the whole page's, not a byline; an <a> marked twice is one
    assert [e.text or e.get("class") for e in page.author_marked] == [
        "Ana",
        "Dr. Lee",
        "Kim",
        "Kim",
    ]
    assert [e.tag for e in page.author_marked] == ["a", "span", "b", "a"]
    # an id says "author" but only classes name bylines; the class names a place: a crumb mark
    assert [e.get("id") for e in page.crumb_marked] == ["author-box"]


def test_page_texts_search_short_nodes_by_size_and_attribute_values() -> None:
    from parsers.dom import PageTexts

    long_text = "Related reading on sleep, " * 20  # a paragraph that names a label: not one
    markup = f"""<html><body>
<p>{long_text}</p>
<div>
   </div>
<h2>相關新聞</h2>
<p>Posted 2024-05-06 08:30</p>
<p>{long_text} 2023-01-02 10:00</p>
<span itemprop="datePublished">x</span>
<script type="application/ld+json">{{"datePublished": "2024"}}</script>
</body></html>"""
    root = etree.fromstring(markup, etree.HTMLParser())
    texts = PageTexts(root, markup)
    assert texts.traditional
    assert texts.containing(["相关新闻"], 80) == ["相關新聞"]  # found by its simplified form
    assert texts.containing(["related reading"]) == []  # the paragraph is too long
    assert texts.containing(["posted"], 6) == []  # longer than the size asked
    assert texts.containing(["posted"], 80) == ["Posted 2024-05-06 08:30"]
    # a pattern is matched in the short nodes only, as written
    found = [match.group() for match in texts.matches(re.compile(r"\d{4}-\d\d-\d\d"))]
    assert found == ["2024-05-06"]
    assert texts.markup_matches(re.compile("itemprop=.date[A-Z]"))
    assert not texts.markup_matches(re.compile("itemprop=.dateModified"))
    assert texts.markup_has_value("datePublished")  # the itemprop
    json_only = markup.replace('itemprop="datePublished"', "")
    assert not PageTexts(root, json_only).markup_has_value("datePublished")  # a JSON key


def test_page_index_feeds_the_record() -> None:
    article = parse_html(INDEXED_PAGE.replace("<p><a>", "<p>" + ZH_PARAGRAPHS[0] + "<a>"), URL)
    assert article.title == "腰痛怎么办"
    assert article.canonical_url == "https://cdn.example.com/p/1.html"  # against <base href>
    assert article.description == "腰痛的原因和办法"
    assert article.published == "2023-03-20"
    assert article.breadcrumbs == ("首页", "腰痛")
    assert article.prev == Link("腰酸背痛的原因", "https://cdn.example.com/p/0.html")


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        "",
        b"<html></html>",
        b"<html><head><title>x</title></head></html>",
        b"<p",
        b"\xef\xbb\xbf",
    ],
    ids=["empty bytes", "blanks", "empty str", "no body", "head only", "cut tag", "bom only"],
)
def test_nothing_to_find_is_other(data: bytes | str) -> None:
    article = parse_html(data, URL)
    assert article.kind == "other"
    assert article.body == ""


def test_truncated_markup_still_parses() -> None:
    html = zh_article()
    article = parse_html(html[: html.index(ZH_PARAGRAPHS[2]) + 20], URL)
    assert article.kind == "article"
    assert article.body.startswith(ZH_PARAGRAPHS[0])


def test_streamed_part_that_holds_its_own_placeholder() -> None:
    # React moves <div hidden id="S:1"> to <template id="B:1">; a page that puts the
    # placeholder inside the part cannot be done so, and the part is read where it stands
    part = "".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)
    html = (
        '<html><body><div hidden id="S:1">'
        f'{part}<div><template id="B:1"></template></div></div>'
        '<template id="B:2"></template><div hidden id="S:2"></div><div hidden id="S:2"></div>'
        "</body></html>"
    )
    article = parse_html(html, URL)
    assert article.body.split("\n\n") == ZH_PARAGRAPHS


def test_markup_nested_ten_thousand_deep() -> None:
    deep = "<div>" * 10_000 + "".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS) + "</div>" * 10_000
    article = parse_html(f"<html><body>{deep}</body></html>", URL)
    assert article.kind in ("article", "other")


def test_a_twenty_megabyte_page() -> None:
    # every paragraph its own (a page saying the same three paragraphs 46,000 times is one
    # copy of them, and the parser reads it so)
    filler = "".join(f"<p>{p}（第{n}段）</p>" for n in range(46_000) for p in ZH_PARAGRAPHS)
    data = f'<html><head><meta charset="utf-8"></head><body><div>{filler}</div></body></html>'
    article = parse_html(data.encode(), URL)
    assert len(data.encode()) > 20_000_000
    assert article.kind == "article"
    assert article.body.startswith(ZH_PARAGRAPHS[0])


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "PDF"),
        (bytes(range(32)) * 200, "control bytes"),
    ],
    ids=["png", "pdf", "junk"],
)
def test_binary_is_a_parse_error_that_says_what(data: bytes, what: str) -> None:
    with pytest.raises(ParseError, match=what):
        parse_html(data, URL)


def test_same_bytes_same_record_and_str_equals_bytes() -> None:
    html = zh_article(extra=PREV_NEXT[1][1] + RECOMMENDATIONS[1][1])
    first = parse_html(html.encode(), URL)
    assert parse_html(html.encode(), URL) == first
    assert parse_html(html, URL).to_dict() | {"encoding": "utf-8"} == first.to_dict()


# --- overrides ------------------------------------------------------------------------------


def test_overrides_replace_fields_and_fall_back_when_they_match_nothing() -> None:
    html = zh_article(extra='<div class="art-date">2020-01-02</div>')
    article = parse_html(
        html,
        URL,
        overrides={
            "title": "div.logo a",
            "body": "//div[@class='content']/p[2]",
            "published": ".art-date",
            "author": "span.no-such-thing",
        },
    )
    assert article.title == "康源健康网"
    assert article.body == ZH_PARAGRAPHS[1]
    assert article.published == "2020-01-02"
    assert article.author is None  # generic value: the page names none


@pytest.mark.parametrize(
    "overrides",
    [{"title": "div[[["}, {"title": "//div[@"}, {"price": "span.price"}],
    ids=["bad css", "bad xpath", "unknown field"],
)
def test_a_bad_override_is_a_parse_error(overrides: dict[str, str]) -> None:
    with pytest.raises(ParseError, match="override"):
        parse_html(zh_article(), URL, overrides=overrides)


# --- XML that is not a page -----------------------------------------------------------------

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://health.example.com/p/75060.html</loc><lastmod>2023-02-01</lastmod></url>
<url><loc>https://health.example.com/p/75061.html</loc><lastmod>2023-02-03</lastmod></url>
<url><loc>https://health.example.com/p/75062.html</loc><lastmod>2023-02-06</lastmod></url>
<url><loc>https://health.example.com/p/75063.html</loc><lastmod>2023-02-08</lastmod></url>
<url><loc>https://health.example.com/p/75064.html</loc><lastmod>2023-02-10</lastmod></url>
<url><loc>https://health.example.com/p/75065.html</loc><lastmod>2023-02-13</lastmod></url>
</urlset>
"""
XML_PAGES = [
    ("sitemap", SITEMAP),
    ("sitemap without prolog", SITEMAP.split(b"?>", 1)[1]),
    (
        "RSS feed",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Health news</title>'
        b"<item><title>Spring diet</title><link>https://health.example.com/p/1.html</link>"
        b"<description>" + b"Eat more greens and drink enough water every day. " * 8 + b""
        b"</description></item></channel></rss>",
    ),
]


@pytest.mark.parametrize("data", [c[1] for c in XML_PAGES], ids=[c[0] for c in XML_PAGES])
def test_xml_that_is_not_xhtml_is_other(data: bytes) -> None:
    article = parse_html(data, "https://health.example.com/sitemap.xml")
    assert article.kind == "other"
    assert article.title is None
    assert article.body == ""
    assert article.tips == ()


def test_xhtml_with_an_xml_prolog_is_still_read() -> None:
    html = en_article().replace("<html", '<html xmlns="http://www.w3.org/1999/xhtml"', 1)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n' + html.encode()
    article = parse_html(data, URL)
    assert article.kind == "article"
    assert article.title == "Lower back pain at the desk"
    assert article.body == "\n\n".join(EN_PARAGRAPHS)


def test_no_title_and_only_urls_and_dates_is_not_an_article() -> None:
    """The sitemap's text served as HTML: long, but no prose and no title."""
    rows = "".join(
        f"<p>https://health.example.com/p/{75060 + i}.html 2023-02-{i + 1:02d}</p>"
        for i in range(30)
    )
    article = parse_html(f"<html><body><div>{rows}</div></body></html>", URL)
    assert article.kind != "article"


# --- the sample site against its ground truth (data/sample_site/site.json) -----------------

SAMPLE = load_site_manifest()
ORIGIN = "http://127.0.0.1:8000"


def sample_page(path: str) -> Article:
    """The sample site's page at `path`, parsed as the crawler would get it from `ORIGIN`."""
    name = path.lstrip("/")
    if not name or name.endswith("/"):
        name += "index.html"
    return parse_html((SAMPLE_SITE_DIR / name).read_bytes(), ORIGIN + path)


def path_of(url: str | None) -> str | None:
    """The path of a URL on the sample site, query and fragment removed."""
    if url is None:
        return None
    assert url.startswith(ORIGIN + "/"), url
    return urlsplit(url).path


def as_printed(url: str) -> str:
    """A URL on the sample site as its page prints it: without the origin."""
    assert url.startswith(ORIGIN + "/"), url
    return url[len(ORIGIN) :]


def is_article_path(path: str) -> bool:
    """An article of the site, or an old URL that moved to one for good (301)."""
    articles = {truth.path for truth in SAMPLE.articles}
    redirect = SAMPLE.redirects.get(path)
    if redirect is not None:
        return redirect.status == 301 and redirect.location in articles
    return path in articles


LIST_PAGES = [truth for truth in SAMPLE.listing_pages if not truth.path.endswith("/")]
HOME_PAGES = [truth for truth in SAMPLE.listing_pages if truth.path.endswith("/")]


@pytest.mark.parametrize("truth", LIST_PAGES, ids=[t.path for t in LIST_PAGES])
def test_sample_list_page(truth: ListingTruth) -> None:
    article = sample_page(truth.path)
    assert article.kind == "listing"
    assert tuple(path_of(link.url) for link in article.links) == truth.links
    assert all(link.title for link in article.links)
    assert path_of(article.next_page) == truth.next_page
    assert article.body == ""


@pytest.mark.parametrize("truth", HOME_PAGES, ids=[t.path for t in HOME_PAGES])
def test_sample_home_page(truth: ListingTruth) -> None:
    """A home page's record holds the articles it lists (Article.links: "the article links it
    lists"); site.json also names the section links (/list/1.html, /zh/) and the 302 pointer
    /go/latest.html, which are not articles."""
    article = sample_page(truth.path)
    assert article.kind == "listing"
    expected = tuple(path for path in truth.links if is_article_path(path))
    assert len(expected) >= 4
    assert tuple(path_of(link.url) for link in article.links) == expected
    assert article.next_page is None


def test_sample_gbk_list_page_reads_as_listed() -> None:
    """The bug the crawl found: /zh/list_1.html (GBK, titles with a date and a teaser each)."""
    article = sample_page("/zh/list_1.html")
    assert article.kind == "listing"
    assert article.links[0].title == "坐月子注意事项"
    assert article.links[0].snippet == "坐月子是女性产后恢复的重要时期，需要注意很多方面。..."
    assert article.next_page == ORIGIN + "/zh/list_2.html"


@pytest.mark.parametrize("truth", SAMPLE.articles, ids=[t.path for t in SAMPLE.articles])
def test_sample_article(truth: ArticleTruth) -> None:
    article = sample_page(truth.path)
    assert article.kind == "article"
    assert article.title == truth.title
    assert len(walk_tips(article.tips)) == truth.tip_count
    assert path_of(article.prev.url if article.prev else None) == truth.prev
    assert path_of(article.next.url if article.next else None) == truth.next
    links = article.recommendations
    assert tuple(path_of(link.url) for link in links) == truth.recommendations
    assert tuple(as_printed(link.url or "") for link in links) == truth.recommendation_hrefs


def test_a_link_whose_host_cannot_be_a_host_is_dropped_not_raised() -> None:
    # found by the fuzzer (tests/fuzz_crashes/crash-invalid-host-netloc.html): broken markup
    # swallowed text into an href, and urlsplit() refuses the result
    html = (
        "<html><head><title>养生</title></head><body><h1>养生之道</h1>"
        "<div class='content'><p>" + "养生要注意饮食和作息，多喝水，少熬夜。" * 20 + "</p></div>"
        "<p>相关文章：<a href='http://www源：健康养生120 评论：'>坏链接</a>"
        "<a href='/p/2.html'>好链接</a></p></body></html>"
    )
    article = parse_html(html, "https://www.example.com/p/1.html")
    urls = [link.url for link in (*article.recommendations, *article.links) if link.url]
    urls += [link.url for link in (article.prev, article.next) if link and link.url]
    assert all("源" not in url for url in urls)


def test_a_link_with_an_unbalanced_bracket_in_its_host_is_dropped() -> None:
    # found by the fuzzer (tests/fuzz_crashes/crash-unbalanced-ipv6-bracket.html): urlsplit()
    # takes "[" in a host for the start of an IPv6 address and refuses the URL
    html = (
        "<html><body><h1>Title of the page</h1><div class='content'><p>"
        + "A paragraph of text, long enough to be an article. " * 20
        + "</p></div><p><a href='http://[www.example.com/p/1.html'>broken</a>"
        "<a href='/p/2.html'>fine</a></p></body></html>"
    )
    article = parse_html(html, "https://www.example.com/p/1.html")
    urls = [link.url for link in (*article.recommendations, *article.links) if link.url]
    assert all("[" not in url for url in urls)
