"""Render data/sample_site/ (pages, robots.txt, sitemap.xml, site.json, README.md) from content.py.

`python -m crawler.samplesite.build` rewrites the committed files byte for byte;
`python -m crawler.samplesite.build --check` only reports files that differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from crawler.samplesite import content as c
from crawler.samplesite.manifest import MANIFEST_NAME, SAMPLE_SITE_DIR
from crawler.samplesite.spec import ArticleSpec, Level, TipSpec, count_tips

EN_PAGE_SIZE = 15
ZH_PAGE_SIZE = 10
REC_SNIPPET = 48  # characters of the intro shown under a recommendation, as on the source site
LIST_SNIPPET = 110
MISSING_TITLE = "How to treat insomnia with acupressure"
MISSING_SNIPPET = "Acupressure is a traditional method of Chinese med..."
ZH_BASE = "/zh/"
PRIVATE = ("/private/drafts.html", "/private/draft-75200.html")


def render_site() -> dict[str, bytes]:
    """Every file of the site: path relative to the site root -> bytes."""
    files: dict[str, str | bytes] = {}
    en, zh = c.ENGLISH, c.CHINESE
    by_id = {a.id: a for a in c.ARTICLES}
    for group in (en, zh):
        for i, article in enumerate(group):
            prev = group[i - 1] if i > 0 else None
            nxt = group[i + 1] if i + 1 < len(group) else None
            page = _en_article(article, prev, nxt, by_id) if article.language == "en" else None
            if page is not None:
                files[article.path] = page
            else:
                files[article.path] = _zh_article(article, prev, nxt, by_id).encode("gbk")
    for number, path, entries, next_path in _en_listings():
        files[path] = _en_listing(number, entries, next_path)
    for number, path, entries, next_path in _zh_listings():
        files[path] = _zh_listing(number, entries, next_path).encode("gbk")
    files["/index.html"] = _en_index()
    files["/zh/index.html"] = _zh_index().encode("gbk")
    files["/robots.txt"] = "User-agent: *\nDisallow: /private/\n\nSitemap: {{ORIGIN}}/sitemap.xml\n"
    files["/sitemap.xml"] = _sitemap()
    files[PRIVATE[0]] = _private_index()
    files[PRIVATE[1]] = _private_draft()
    files["/static/style.css"] = _CSS
    files["/static/stat.js"] = _STAT_JS
    files["/" + MANIFEST_NAME] = json.dumps(site_json(), ensure_ascii=False, indent=1) + "\n"
    files["/README.md"] = _readme()
    return {
        path.lstrip("/"): data if isinstance(data, bytes) else data.encode("utf-8")
        for path, data in sorted(files.items())
    }


def build(out: Path = SAMPLE_SITE_DIR) -> list[str]:
    """Write the site under `out`; returns the relative paths whose bytes changed."""
    changed = []
    for rel, data in render_site().items():
        target = out / rel
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed.append(rel)
    return changed


def check(out: Path = SAMPLE_SITE_DIR) -> list[str]:
    """Relative paths that differ from a fresh render, are missing, or are not part of it."""
    files = render_site()
    problems = [rel for rel, data in files.items() if not _same(out / rel, data)]
    extra = [
        p.relative_to(out).as_posix()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).as_posix() not in files
    ]
    return problems + extra


def _same(path: Path, data: bytes) -> bool:
    return path.is_file() and path.read_bytes() == data


# --- the ground truth -------------------------------------------------------------------------


def site_json() -> dict[str, object]:
    """site.json: server behaviour, then the ground truth read from the content spec."""
    en, zh = c.ENGLISH, c.CHINESE
    articles = []
    for group in (en, zh):
        for i, a in enumerate(group):
            tips = a.tip_tree()
            recs = [_strip(h) for h in a.recommendations]
            articles.append(
                {
                    "path": a.path,
                    "title": a.title,
                    "language": a.language,
                    "encoding": "utf-8" if a.language == "en" else "gbk",
                    "published": a.published,
                    "breadcrumbs": ["Home", a.section]
                    if a.language == "en"
                    else ["主页", a.section],
                    "tip_count": count_tips(tips),
                    "tips": [tip.to_dict() for tip in tips],
                    "prev": group[i - 1].path if i > 0 else None,
                    "next": group[i + 1].path if i + 1 < len(group) else None,
                    "recommendations": list(dict.fromkeys(recs)),
                    "recommendation_hrefs": list(a.recommendations),
                    "features": list(a.features),
                }
            )
    listing_pages = []
    for listings in (_en_listings(), _zh_listings()):
        for _number, path, entries, next_path in listings:
            links = dict.fromkeys(_strip(href) for href, _a in _listing_hrefs(entries))
            listing_pages.append({"path": path, "links": list(links), "next_page": next_path})
    listing_pages.insert(0, {"path": "/", "links": list(_index_links()), "next_page": None})
    zh_index = {"path": ZH_BASE, "links": list(_zh_index_links()), "next_page": None}
    listing_pages.insert(1 + len(_en_listings()), zh_index)
    redirects: dict[str, object] = {f"/article/{i}.htm": f"/p/{i}.html" for i in c.REDIRECTED_IDS}
    redirects["/go/latest.html"] = {"location": en[-1].path, "status": 302}
    no_charset = [a.path for a in zh if a.no_charset_header]
    content_types = {"/zh/": "text/html; charset=gbk"} | {path: "text/html" for path in no_charset}
    return {
        "about": "Server behaviour and ground truth of the sample site; see README.md.",
        "redirects": redirects,
        "content_types": content_types,
        "rewrite_origin": ["/robots.txt", "/sitemap.xml"],
        "hidden": ["/" + MANIFEST_NAME, "/README.md"],
        "listings": [item["path"] for item in listing_pages],
        "missing": [c.MISSING_PATH],
        "offsite": list(c.OFFSITE),
        "disallowed": list(PRIVATE),
        "listing_pages": listing_pages,
        "articles": articles,
    }


def _strip(href: str) -> str:
    """A site path without its query and fragment."""
    return urlsplit(href).path


# --- tips -------------------------------------------------------------------------------------


def _tips_html(a: ArticleSpec) -> list[str]:
    if not a.tips:
        return []
    return _level_html(a.tips, a.levels, 0, a)


def _level_html(
    tips: tuple[TipSpec, ...], levels: tuple[Level, ...], depth: int, a: ArticleSpec
) -> list[str]:
    zh = a.language == "zh"
    indent = "\u3000\u3000" if zh else ""
    space = "" if zh else " "
    level = levels[depth]
    child = levels[depth + 1] if depth + 1 < len(levels) else None
    if level.layout == "ol":
        items = []
        for tip in tips:
            nested = "".join(_level_html(tip.tips, levels, depth + 1, a)) if tip.tips else ""
            items.append(f"<li>{escape(tip.plain)}{nested}</li>")
        return ["<ol>\n" + "\n".join(items) + "\n</ol>"]
    if level.layout in ("br", "run"):
        parts = [f"{level.printed(n)}{level.sep}{escape(tip.plain)}" for n, tip in _each(tips)]
        lead = escape(a.lead_in) if a.lead_in else ""
        if level.layout == "br":
            return [f"<p>{indent}" + "<br>\n".join([lead, *parts] if lead else parts) + "</p>"]
        return [f"<p>{indent}{lead}{space}" + space.join(parts) + "</p>"]
    blocks: list[str] = []
    for n, tip in _each(tips):
        marker = f"{level.printed(n)}{level.sep}"
        inline = ""
        if tip.tips and child is not None and child.layout == "inline":
            inline = space + space.join(
                f"{child.printed(k)}{child.sep}{escape(kid.plain)}" for k, kid in _each(tip.tips)
            )
        text = escape(tip.plain)
        if level.layout == "paragraph":
            blocks.append(f"<p>{indent}{marker}{text}{inline}</p>")
        elif level.layout == "alone":
            blocks.append(f"<p>{indent}{marker.strip()}</p>")
            blocks.append(f"<p>{indent}{text}{inline}</p>")
        elif level.layout == "bold":
            blocks.append(f"<p>{indent}<strong>{marker}{text}</strong></p>")
        elif level.layout == "heading":
            blocks.append(f"<h3>{marker}{text}</h3>")
        elif level.layout == "bold_lead":
            match = re.fullmatch(r"\[([^\]]+)\](\S*)\s*(.*)", tip.text, re.S)
            if not match:
                raise ValueError(f"bold_lead tip needs a [lead]: {tip.text!r}")
            strong = escape(marker + match.group(1) + match.group(2))
            blocks.append(f"<p>{indent}<strong>{strong}</strong> {escape(match.group(3))}</p>")
        else:
            raise ValueError(f"layout {level.layout!r} cannot print top-level tips")
        blocks.extend(f"<p>{indent}{escape(para)}</p>" for para in tip.paras)
        if tip.tips and (child is None or child.layout != "inline"):
            blocks.extend(_level_html(tip.tips, levels, depth + 1, a))
    return blocks


def _each(tips: tuple[TipSpec, ...]) -> list[tuple[int, TipSpec]]:
    return list(enumerate(tips, start=1))


# --- English pages ----------------------------------------------------------------------------


def _en_article(
    a: ArticleSpec, prev: ArticleSpec | None, nxt: ArticleSpec | None, by_id: dict[int, ArticleSpec]
) -> str:
    body = [f"<p>{escape(p)}</p>" for p in a.intro]
    if a.subheading:
        body.append(f"<h2>{escape(a.subheading)}</h2>")
    body += _tips_html(a)
    body += [f"<p>{escape(p)}</p>" for p in a.outro]
    for href, text in a.body_links:
        body.append(f'<p>For more information, see <a href="{href}">{escape(text)}</a>.</p>')
    prevnext = []
    if prev is not None:
        prevnext.append(f'<p>&lt;&lt;:  <a href="{prev.path}">{escape(prev.title)}</a></p>')
    if nxt is not None:
        prevnext.append(f'<p>&gt;&gt;:  <a href="{nxt.path}">{escape(nxt.title)}</a></p>')
    else:
        prevnext.append("<p>&gt;&gt;:  None</p>")
    recs = []
    for href in a.recommendations:
        target = by_id.get(_id_of(href))
        title = target.title if target else MISSING_TITLE
        snippet = target.teaser(REC_SNIPPET) if target else MISSING_SNIPPET
        recs.append(
            f'<li><a href="{escape(href)}" target="_blank">{escape(title)}</a>\n'
            f"<p>{escape(snippet)}</p></li>"
        )
    date = a.published.replace("T", " ")[:16]
    main = f"""<div class="crumbs"><a href="/">Home</a> &gt; <a href="/list/1.html">{escape(a.section)}</a> &gt; </div>
<div class="article">
<h1>{escape(a.title)}</h1>
<div class="info"><span class="time">{date}</span> <span class="source">Source: {c.SITE_NAME}</span> <span class="views">Views: {a.id % 997 + 120}</span></div>
<div class="content" id="content">
{chr(10).join(body)}
</div>
<div class="pre-next">
{chr(10).join(prevnext)}
</div>
<div class="recommend">
<div class="rec-title">{escape(a.rec_label)}</div>
<ul>
{chr(10).join(recs)}
</ul>
</div>
</div>"""  # noqa: E501
    if a.broken:
        main = _break(main)
    return _en_shell(
        title=f"{a.title}_{c.SITE_NAME}",
        description=a.teaser(LIST_SNIPPET),
        canonical=a.path,
        main=main,
        lang=a.html_lang or "en",
        published=a.published,
    )


def _break(html: str) -> str:
    """Broken markup as seen on old CMS pages: unclosed <p>/<li>, a stray </div>, an unclosed
    <font>; every part is still there to be found."""
    html = html.replace("</p>", "").replace("</li>", "").replace("</ul>", "")
    html = html.replace('<div class="content" id="content">', '<div class="content" id="content">'
                        '<font color="#333">', 1)  # fmt: skip
    html = html.replace("\n</div>\n</div>", "\n</div></span>\n</div></div>", 1)
    return html


def _id_of(href: str) -> int:
    match = re.search(r"/(\d+)\.html?", href)
    return int(match.group(1)) if match else -1


def _en_shell(
    *, title: str, description: str, canonical: str, main: str, lang: str, published: str = ""
) -> str:
    hot = "\n".join(_li(c.ENGLISH_BY_ID[i]) for i in c.HOT_IDS)
    latest = "\n".join(_li(a) for a in c.ENGLISH[-6:][::-1])
    published_meta = (
        f'\n<meta property="article:published_time" content="{published}">' if published else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{escape(description)}">
<meta name="keywords" content="health, women's health, diet, fitness">{published_meta}
<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="/static/style.css">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "/static/stat.js"; document.getElementsByTagName("head")[0].appendChild(hm); }})();</script>
</head>
<body>
<div class="header">
<div class="logo"><a href="/">{c.SITE_NAME}</a></div>
<ul class="nav">
<li><a href="/">Home</a></li>
<li><a href="/list/1.html">Women's health</a></li>
<li><a href="/list/1.html">Diet</a></li>
<li><a href="/list/1.html">Fitness</a></li>
<li><a href="/list/1.html">Children</a></li>
<li><a href="/zh/">中文</a></li>
</ul>
</div>
<div class="container">
<div class="main">
{main}
</div>
<div class="sidebar">
<div class="box hot"><h3>Hot articles</h3>
<ul>
{hot}
</ul></div>
<div class="box latest"><h3>Latest articles</h3>
<ul>
{latest}
</ul></div>
</div>
</div>
<div class="footer">
<p><a href="https://www.example.org/about.html">About us</a> | <a href="http://other.example.com/partners/">Partners</a> | <a href="/private/drafts.html">Editor's desk</a> | <a href="/sitemap.xml">Sitemap</a></p>
<p>Copyright &copy; 2023 {c.SITE_NAME} (sample site). The content is for reference only.</p>
</div>
<script src="/static/stat.js"></script>
</body>
</html>
"""  # noqa: E501


def _li(a: ArticleSpec) -> str:
    return f'<li><a href="{a.path}">{escape(a.title)}</a></li>'


Entry = tuple[str, ArticleSpec]  # (href as printed on the title link, article)


def _en_listings() -> list[tuple[int, str, list[Entry], str | None]]:
    newest_first = c.ENGLISH[::-1]
    pages = [newest_first[i : i + EN_PAGE_SIZE] for i in range(0, len(newest_first), EN_PAGE_SIZE)]
    out = []
    for number, chunk in enumerate(pages, start=1):
        entries = []
        for a in chunk:
            href = a.path
            if a.id == c.LISTED_VIA_REDIRECT:
                href = f"/article/{a.id}.htm"
            elif a.id % 10 == 3:
                href = a.path + "?utm_source=list&utm_medium=web"
            entries.append((href, a))
        nxt = f"/list/{number + 1}.html" if number < len(pages) else None
        out.append((number, f"/list/{number}.html", entries, nxt))
    return out


def _listing_hrefs(entries: Sequence[Entry]) -> list[tuple[str, ArticleSpec]]:
    """Every article link of a listing, in page order: title, then 'Read more' / comments."""
    out = []
    for href, a in entries:
        out.append((href, a))
        if a.language == "en" and href == a.path:
            if a.id % 3 == 0:
                out.append((a.path + c.TIMELINE, a))
            if a.id % 4 == 1:
                out.append((a.path + "#comments", a))
    return out


def _en_listing(number: int, entries: list[Entry], next_path: str | None) -> str:
    items = []
    for href, a in entries:
        extra = [
            f'<a class="more" href="{escape(h)}">{"Comments" if "#" in h else "Read more"}</a>'
            for h, _ in _listing_hrefs([(href, a)])[1:]
        ]
        items.append(
            f'<li class="item">\n<h3><a href="{escape(href)}">{escape(a.title)}</a></h3>\n'
            f'<p class="desc">{escape(a.teaser(LIST_SNIPPET))}</p>\n'
            f'<div class="meta"><span>{a.published[:10]}</span> {" ".join(extra)}</div>\n</li>'
        )
    total = len(_en_listings_count())
    pager = []
    if number > 1:
        pager.append(f'<a href="/list/{number - 1}.html">Previous page</a>')
    for k in range(1, total + 1):
        pager.append(
            f'<span class="current">{k}</span>'
            if k == number
            else f'<a href="/list/{k}.html">{k}</a>'
        )
    if next_path:
        pager.append(f'<a href="{next_path}">Next page</a>')
    main = f"""<div class="crumbs"><a href="/">Home</a> &gt; Latest articles</div>
<div class="list">
<h1>Latest articles - page {number}</h1>
<ul>
{chr(10).join(items)}
</ul>
<div class="pagination">{" ".join(pager)}</div>
</div>"""
    return _en_shell(
        title=f"Latest articles - page {number}_{c.SITE_NAME}",
        description="The latest health articles.",
        canonical=f"/list/{number}.html",
        main=main,
        lang="en",
    )


def _en_listings_count() -> range:
    return range(0, len(c.ENGLISH), EN_PAGE_SIZE)


def _index_links() -> dict[str, None]:
    links = [f"/list/{k}.html" for k in range(1, len(_en_listings_count()) + 1)]
    links += [
        f"/article/{c.REDIRECTED_IDS[0]}.htm",
        *(c.ENGLISH_BY_ID[i].path for i in c.HOT_IDS[1:]),
        "/go/latest.html",
        ZH_BASE,
    ]
    return dict.fromkeys(links)


def _en_index() -> str:
    seed = c.ENGLISH_BY_ID[c.REDIRECTED_IDS[0]]
    featured = [f'<li><a href="/article/{seed.id}.htm">{escape(seed.title)}</a></li>']
    featured += [_li(c.ENGLISH_BY_ID[i]) for i in c.HOT_IDS[1:]]
    lists = " ".join(
        f'<a href="/list/{k}.html">Page {k}</a>' for k in range(1, len(_en_listings_count()) + 1)
    )
    main = f"""<div class="home">
<h1>{c.SITE_NAME}: health knowledge for every family</h1>
<div class="featured"><h2>Featured</h2>
<ul>
{chr(10).join(featured)}
</ul></div>
<div class="lists"><h2>All articles</h2><p>{lists}</p>
<p><a href="/go/latest.html">Read the latest article</a> | <a href="/zh/">中文健康频道</a></p></div>
</div>"""
    return _en_shell(
        title=f"{c.SITE_NAME} - health knowledge for every family",
        description="Health articles on women's health, diet, fitness and children.",
        canonical="/",
        main=main,
        lang="en",
    )


def _private_index() -> str:
    main = """<div class="list"><h1>Editor's desk</h1>
<ul><li><a href="/private/draft-75200.html">Draft: Can you eat mangoes during a cold?</a></li></ul>
</div>"""
    return _en_shell(
        title=f"Editor's desk_{c.SITE_NAME}",
        description="Drafts.",
        canonical="/private/drafts.html",
        main=main,
        lang="en",
    )


def _private_draft() -> str:
    main = """<div class="article"><h1>Draft: Can you eat mangoes during a cold?</h1>
<div class="content"><p>This draft is not published. Robots must not fetch it.</p></div></div>"""
    return _en_shell(
        title=f"Draft_{c.SITE_NAME}",
        description="Draft.",
        canonical="/private/draft-75200.html",
        main=main,
        lang="en",
    )


# --- Chinese pages (DedeCMS-like, GBK) --------------------------------------------------------


def _zh_article(
    a: ArticleSpec, prev: ArticleSpec | None, nxt: ArticleSpec | None, by_id: dict[int, ArticleSpec]
) -> str:
    body = [f"<p>\u3000\u3000{escape(p)}</p>" for p in a.intro]
    body += _tips_html(a)
    body += [f"<p>\u3000\u3000{escape(p)}</p>" for p in a.outro]
    prev_html = (
        f"上一篇：<a href='{prev.path}'>{escape(prev.title)}</a> " if prev else "上一篇：没有了 "
    )
    next_html = (
        f"下一篇：<a href='{nxt.path}'>{escape(nxt.title)}</a> " if nxt else "下一篇：没有了 "
    )
    recs = "\n".join(
        f'<li><a href="{escape(h)}">{escape(by_id[_id_of(h)].title)}</a></li>'
        for h in a.recommendations
    )
    date = a.published.replace("T", " ")[:16]
    main = f"""<div class="place"><strong>当前位置:</strong> <a href='/zh/'>主页</a> &gt; <a href='/zh/list_1.html'>{a.section}</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{escape(a.title)}</h2></div>
<div class="info"><small>时间:</small>{date}<small>来源:</small>未知<small>作者:</small>admin<small>点击:</small><script src="/zh/plus/count.js" type='text/javascript' language="javascript"></script>次</div>
<div class="intro">{escape(a.teaser(60))}</div>
<div class="content">
<table width='100%'><tr><td>
{chr(10).join(body)}
</td></tr></table>
</div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>{prev_html}</li><li>{next_html}</li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="#">收藏</a></li><li id="act-err"><a href="#">挑错</a></li><li id="act-pus"><a href="#">推荐</a></li><li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li></ul></div>
</div>
</div>
<div class="xiangguan"><dl class="tbox"><dt><strong>{a.rec_label}</strong></dt><dd><ul class="c1 ico2">
{recs}
</ul></dd></dl></div>"""  # noqa: E501
    meta = (
        '<meta charset="gb2312" />'
        if a.no_charset_header
        else '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
    )
    return _zh_shell(title=f"{a.title}_{a.section}_{c.ZH_SITE_NAME}", meta=meta, main=main,
                     description=a.teaser(60))  # fmt: skip


def _zh_shell(*, title: str, meta: str, main: str, description: str) -> str:
    hot = "\n".join(_li(c.CHINESE_BY_ID[i]) for i in c.ZH_HOT_IDS)
    latest = "\n".join(_li(a) for a in c.CHINESE[-5:][::-1])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}
<title>{escape(title)}</title>
<meta name="keywords" content="养生,保健,健康" />
<meta name="description" content="{escape(description)}" />
<link href="/static/style.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/zh/">{c.ZH_SITE_NAME}</a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href='/zh/'><span>主页</span></a></li>
<li><a href='/zh/list_1.html'><span>养生保健</span></a></li>
<li><a href='/'><span>English</span></a></li>
</ul></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
{main}
</div>
<div class="pright">
<div><dl class="tbox"><dt><strong>热点内容</strong></dt><dd><ul class="c1 ico2">
{hot}
</ul></dd></dl></div>
<div><dl class="tbox"><dt><strong>最新文章</strong></dt><dd><ul class="c1 ico2">
{latest}
</ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear">
<p class="powered">Powered by <a href="http://other.example.com/partners/" title="DedeCMS">DedeCMS</a> &copy; 2023 {c.ZH_SITE_NAME}</p>
</div>
</body>
</html>
"""  # noqa: E501


def _zh_listings() -> list[tuple[int, str, list[Entry], str | None]]:
    newest_first = c.CHINESE[::-1]
    pages = [newest_first[i : i + ZH_PAGE_SIZE] for i in range(0, len(newest_first), ZH_PAGE_SIZE)]
    return [
        (
            number,
            f"/zh/list_{number}.html",
            [(a.path, a) for a in chunk],
            f"/zh/list_{number + 1}.html" if number < len(pages) else None,
        )
        for number, chunk in enumerate(pages, start=1)
    ]


def _zh_listing(number: int, entries: list[Entry], next_path: str | None) -> str:
    total = len(_zh_listings())
    items = "\n".join(
        f'<li><a href="{href}" class="title">{escape(a.title)}</a>'
        f'<span class="info"><small>日期：</small>{a.published[:10]}</span>'
        f'<p class="intro">{escape(a.teaser(60))}</p></li>'
        for href, a in entries
    )
    pager = ["<li><a href='list_1.html'>首页</a></li>" if number > 1 else "<li><a>首页</a></li>"]
    if number > 1:
        pager.append(f"<li><a href='list_{number - 1}.html'>上一页</a></li>")
    for k in range(1, total + 1):
        pager.append(
            f"<li class=\"thisclass\">{k}</li>" if k == number
            else f"<li><a href='list_{k}.html'>{k}</a></li>"
        )  # fmt: skip
    if next_path:
        pager.append(f"<li><a href='list_{number + 1}.html'>下一页</a></li>")
    pager.append(f"<li><a href='list_{total}.html'>末页</a></li>")
    main = f"""<div class="place"><strong>当前位置:</strong> <a href='/zh/'>主页</a> &gt; 养生保健 &gt; </div>
<div class="listbox"><ul class="e2">
{items}
</ul></div>
<div class="dede_pages"><ul class="pagelist">
{"".join(pager)}
<li><span class="pageinfo">共 <strong>{total}</strong>页<strong>{len(c.CHINESE)}</strong>条</span></li>
</ul></div>"""  # noqa: E501
    return _zh_shell(
        title=f"养生保健_{c.ZH_SITE_NAME}",
        meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
        main=main,
        description="养生保健知识",
    )


def _zh_index_links() -> dict[str, None]:
    links = ["/zh/list_1.html", *(c.CHINESE_BY_ID[i].path for i in c.ZH_HOT_IDS)]
    return dict.fromkeys(links)


def _zh_index() -> str:
    featured = "\n".join(_li(c.CHINESE_BY_ID[i]) for i in c.ZH_HOT_IDS)
    main = f"""<div class="place"><strong>当前位置:</strong> <a href='/zh/'>主页</a></div>
<div class="listbox"><h2>推荐阅读</h2><ul class="e2">
{featured}
</ul>
<p><a href="/zh/list_1.html">更多养生保健文章</a></p></div>"""
    return _zh_shell(
        title=f"{c.ZH_SITE_NAME}",
        meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
        main=main,
        description="健康知识网：养生保健知识",
    )


# --- sitemap, static files, README ------------------------------------------------------------


def _sitemap() -> str:
    urls = "\n".join(
        f"<url><loc>{{{{ORIGIN}}}}{a.path}</loc><lastmod>{a.published[:10]}</lastmod></url>"
        for a in c.ARTICLES
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}\n</urlset>\n"
    )


_CSS = """body { font-family: sans-serif; margin: 0; }
.container { display: flex; max-width: 1000px; margin: 0 auto; }
.main { flex: 3; } .sidebar { flex: 1; }
.footer { text-align: center; color: #666; }
"""

_STAT_JS = "/* visit counter placeholder */\nvar _stat = { v: 1 };\n"


def _readme() -> str:
    rows = []
    for a in c.ARTICLES:
        tips = count_tips(a.tip_tree())
        what = "; ".join(a.features) or "-"
        rows.append(f"| `{a.path}` | {a.title} | {tips} | {what} |")
    return _README_HEAD + "\n".join(rows) + "\n"


_README_HEAD = """# The bundled sample site

Generated by `python -m crawler.samplesite.build` from `crawler/samplesite/content.py`; do not edit
these files by hand (`--check` reports drift). Served by `crawler.samplesite.serve()` /
`python -m crawler.samplesite serve`.

A replica of an English health site machine-translated from Chinese (like www.deeho.com), plus a
DedeCMS-like Chinese section in GBK. `site.json` holds the server's behaviour (redirects,
Content-Type rules, origin rewriting, hidden files) and the ground truth, written from the content
spec, not from any parser: per article its title, tips tree (`parsers.record.Tip.to_dict()` shape:
number without its separator, parentheses in ASCII: "1" (for 1. 1) 1、 1．), "(1)" (for (1)
and （1）), "一", "(一)" (for （一）), "①", "第一", "Step 1" (the parsers' convention); title =
the lead phrase or heading; text = the item's own text, paragraphs separated by a blank line),
tip_count (all depths), prev/next paths, recommendation paths (query and fragment
removed; `recommendation_hrefs` as printed), per listing its links and next page, and the
missing, off-site and robots-disallowed paths.

## Layout
- `/` (index): links the English listings, featured articles (one by its old URL
  `/article/75078.htm`, 301), `/go/latest.html` (302 to the last article) and `/zh/`.
- `/list/1.html` ... `/list/4.html`: 15 articles per page, newest first, title + snippet, "Next
  page"; duplicate links with `?from=timeline`, `#comments`, `?utm_source=list&utm_medium=web`;
  `/p/75090.html` linked by its old URL `/article/75090.htm` (301).
- `/p/<id>.html`: English articles (UTF-8), prev `<<:` / next `>>:` by id, a "Recommend" block,
  site-wide "Hot articles" / "Latest articles" sidebar lists (not recommendations), a footer with
  off-site links and a link to `/private/drafts.html`.
- `/zh/`, `/zh/list_1.html`, `/zh/list_2.html`: Chinese home and listing (下一页 pagination).
- `/zh/yangsheng/<id>.html`: Chinese articles, GBK bytes, `charset=gb2312` meta, served as
  `text/html; charset=gbk` (one without a charset in the header), 上一篇/下一篇, 相关文章 or
  相关推荐, an action bar with 推荐 (not a block heading), title in `<h2>`.
- `/robots.txt` (Disallow `/private/`, Sitemap), `/sitemap.xml` (every article), `{{ORIGIN}}` in
  both replaced by the server with its own origin.
- `/p/99999.html` is linked (from a Recommend block) and answers 404.

## Articles

| path | title | tips | exercises |
|---|---|---|---|
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build (default) or --check."""
    parser = argparse.ArgumentParser(prog="python -m crawler.samplesite.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=SAMPLE_SITE_DIR, help="site directory")
    parser.add_argument("--check", action="store_true", help="report differences, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.out)
        for rel in problems:
            print(f"differs: {rel}")
        return 1 if problems else 0
    for rel in build(args.out):
        print(f"wrote {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
