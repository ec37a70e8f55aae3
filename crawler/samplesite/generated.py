"""A big sample site made on request from (seed, page number): no files, memory O(1) in pages.

Article i (1..pages) lives at /p/<i>.html (English, UTF-8) or /zh/<i>.html (Chinese, GBK, a
`zh_share` of them); listings /list/<k>.html show 20 articles each with pagination; prev/next
chain the articles by number; each article recommends four others. `version` > 0 edits an
`edited_share` of the articles (new text, newer Last-Modified) so benchmarks can simulate edits.
`expected(i)` gives a page's ground truth from the same plan its rendering uses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

LISTING_SIZE = 20
SITEMAP_SIZE = 10_000
RECOMMENDATIONS = 4
BASE_TIME = 1_704_067_200  # 2024-01-01T00:00:00Z: Last-Modified of unedited pages
_MASK = (1 << 64) - 1

_VERBS = ("relieve", "prevent", "treat", "reduce", "improve", "care for", "recognize", "avoid")
_NOUNS = (
    "back pain", "insomnia", "neck stiffness", "high blood pressure", "a cold", "anemia",
    "constipation", "dry eyes", "leg cramps", "a sore throat", "heartburn", "hair loss",
)  # fmt: skip
_SENTENCES = (
    "Many people ignore the problem until it affects daily life.",
    "Doctors say that good habits are the basis of recovery.",
    "The following methods are simple and can be done at home.",
    "If the symptoms last for more than two weeks, see a doctor.",
    "Keep a regular schedule and do not stay up late.",
    "A light diet with more vegetables helps the body recover.",
)
_TIPS = (
    "[Rest well]. Sleep for seven to eight hours every night.",
    "[Drink warm water]. Drink a glass of warm water in the morning.",
    "[Move more]. Walk for half an hour after dinner.",
    "[Eat lightly]. Eat less salt, sugar and oil.",
    "[Keep warm]. Do not let the waist and feet get cold.",
    "[Relax]. Keep a good mood and avoid anxiety.",
)
_ZH_TOPICS = ("腰痛", "失眠", "颈椎病", "高血压", "感冒", "贫血", "便秘", "胃痛")
_ZH_ASPECTS = ("调理方法", "注意事项", "饮食禁忌", "预防措施")
_ZH_SENTENCES = (
    "很多人平时不注意，等到症状加重才重视。",
    "医生建议从日常生活习惯入手进行调理。",
    "下面这些方法简单易行，在家就可以做到。",
)
_ZH_TIPS = ("多喝温开水，注意休息。", "饮食清淡，少吃辛辣。", "适当运动，增强体质。",
            "保持心情舒畅。", "注意保暖，避免受凉。")  # fmt: skip
_STYLES = ("dot", "paren", "ol", "step", "none")


@dataclass(frozen=True)
class GeneratedPage:
    """One rendered page."""

    body: bytes
    content_type: str
    last_modified: int
    """Seconds since the epoch."""


@dataclass(frozen=True)
class GeneratedArticle:
    """The ground truth of one generated article."""

    number: int
    path: str
    title: str
    language: str
    tip_count: int
    prev: str | None
    next: str | None
    recommendations: tuple[str, ...]
    edited: bool


@dataclass(frozen=True)
class GeneratedSite:
    """`pages` articles (10 to 100,000) rendered on request; same seed, same bytes."""

    pages: int
    seed: int = 1
    zh_share: float = 0.2
    version: int = 0
    """0: the original site; n > 0: `edited_share` of the articles carry revision n."""
    edited_share: float = 0.1

    def __post_init__(self) -> None:
        if self.pages < 1:
            raise ValueError("a generated site needs at least one page")

    # --- shape ---------------------------------------------------------------------------------

    @property
    def listing_pages(self) -> int:
        """How many /list/<k>.html pages there are."""
        return -(-self.pages // LISTING_SIZE)

    def is_chinese(self, i: int) -> bool:
        return _unit(self.seed, i, 1) < self.zh_share

    def is_edited(self, i: int) -> bool:
        return self.version > 0 and _unit(self.seed, i, 2) < self.edited_share

    def article_path(self, i: int) -> str:
        return f"/zh/{i}.html" if self.is_chinese(i) else f"/p/{i}.html"

    def title(self, i: int) -> str:
        h = _mix(self.seed, i, 3)
        if self.is_chinese(i):
            return f"{_ZH_TOPICS[h % 8]}的{_ZH_ASPECTS[(h >> 8) % 4]}（{i}）"
        return f"How to {_VERBS[h % 8]} {_NOUNS[(h >> 8) % 12]} ({i})"

    def expected(self, i: int) -> GeneratedArticle:
        """Ground truth of article i, from the plan its page is rendered from."""
        plan = _plan(self, i)
        return GeneratedArticle(
            number=i,
            path=self.article_path(i),
            title=self.title(i),
            language="zh" if self.is_chinese(i) else "en",
            tip_count=len(plan.tips) if plan.style != "none" else 0,
            prev=self.article_path(i - 1) if i > 1 else None,
            next=self.article_path(i + 1) if i < self.pages else None,
            recommendations=tuple(self.article_path(j) for j in plan.recs),
            edited=self.is_edited(i),
        )

    # --- rendering -----------------------------------------------------------------------------

    def render(self, path: str, origin: str) -> GeneratedPage | None:
        """The page at `path` (query already removed), or None for a 404."""
        if path in ("/", "/index.html"):
            return self._html(_index(self))
        if path == "/robots.txt":
            text = f"User-agent: *\nDisallow: /private/\n\nSitemap: {origin}/sitemap.xml\n"
            return GeneratedPage(text.encode(), "text/plain; charset=utf-8", BASE_TIME)
        if path == "/sitemap.xml":
            return self._xml(_sitemap_index(self, origin))
        number = _number(path, "/sitemap-", ".xml")
        if number and number <= -(-self.pages // SITEMAP_SIZE):
            return self._xml(_sitemap(self, origin, number))
        number = _number(path, "/list/", ".html")
        if number and number <= self.listing_pages:
            return self._html(_listing(self, number))
        for prefix, chinese in (("/p/", False), ("/zh/", True)):
            number = _number(path, prefix, ".html")
            if number and number <= self.pages and self.is_chinese(number) == chinese:
                modified = BASE_TIME + self.version * 86_400 if self.is_edited(number) else None
                if chinese:
                    body = _zh_article(self, number).encode("gbk")
                    return GeneratedPage(body, "text/html; charset=gbk", modified or BASE_TIME)
                return self._html(_en_article(self, number), modified)
        return None

    def _html(self, text: str, modified: int | None = None) -> GeneratedPage:
        return GeneratedPage(text.encode(), "text/html; charset=utf-8", modified or BASE_TIME)

    def _xml(self, text: str) -> GeneratedPage:
        return GeneratedPage(text.encode(), "application/xml", BASE_TIME)


def _number(path: str, prefix: str, suffix: str) -> int | None:
    if path.startswith(prefix) and path.endswith(suffix):
        digits = path[len(prefix) : -len(suffix)]
        if digits.isdigit() and not digits.startswith("0"):
            return int(digits)
    return None


def _mix(seed: int, i: int, salt: int) -> int:
    """splitmix64 of (seed, i, salt): a cheap, well-spread hash for per-page decisions."""
    z = (seed * 0x9E3779B97F4A7C15 + i * 0xBF58476D1CE4E5B9 + salt * 0x94D049BB133111EB) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


def _unit(seed: int, i: int, salt: int) -> float:
    return _mix(seed, i, salt) / 2**64


@dataclass(frozen=True)
class _Plan:
    intro: tuple[str, ...]
    style: str
    tips: tuple[str, ...]
    recs: tuple[int, ...]


def _plan(site: GeneratedSite, i: int) -> _Plan:
    rng = random.Random(_mix(site.seed, i, 4))
    chinese = site.is_chinese(i)
    sentences, tips = (_ZH_SENTENCES, _ZH_TIPS) if chinese else (_SENTENCES, _TIPS)
    intro = tuple(rng.sample(sentences, 2))
    style = "cn" if chinese else _STYLES[rng.randrange(len(_STYLES))]
    chosen = tuple(rng.sample(tips, rng.randint(2, len(tips))))
    others = min(RECOMMENDATIONS, site.pages - 1)
    recs: list[int] = []
    while len(recs) < others:
        j = rng.randint(1, site.pages)
        if j != i and j not in recs:
            recs.append(j)
    return _Plan(intro, style, chosen, tuple(recs))


def _en_tips(plan: _Plan) -> str:
    def plain(tip: str) -> str:
        return escape(tip.replace("[", "").replace("]", ""))

    if plan.style == "none":
        return ""
    if plan.style == "ol":
        return "<ol>" + "".join(f"<li>{plain(tip)}</li>" for tip in plan.tips) + "</ol>\n"
    marker = {"dot": "{n}.", "paren": "({n})", "step": "Step {n}:"}[plan.style]
    return "".join(
        f"<p>{marker.format(n=n)} {plain(tip)}</p>\n" for n, tip in enumerate(plan.tips, start=1)
    )


def _en_article(site: GeneratedSite, i: int) -> str:
    plan = _plan(site, i)
    title = escape(site.title(i))
    intro = " ".join(plan.intro)
    revision = f"<p>Updated in revision {site.version}.</p>\n" if site.is_edited(i) else ""
    prev = (
        f'<p>&lt;&lt;:  <a href="{site.article_path(i - 1)}">{escape(site.title(i - 1))}</a></p>'
        if i > 1
        else ""
    )
    nxt = (
        f'<p>&gt;&gt;:  <a href="{site.article_path(i + 1)}">{escape(site.title(i + 1))}</a></p>'
        if i < site.pages
        else "<p>&gt;&gt;:  None</p>"
    )
    recs = "".join(
        f'<li><a href="{site.article_path(j)}">{escape(site.title(j))}</a></li>' for j in plan.recs
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}_Deeho Health'
        f'</title><link rel="canonical" href="{site.article_path(i)}"></head><body>\n'
        f'<div class="header"><a href="/">Home</a> <a href="/list/1.html">Articles</a></div>\n'
        f'<div class="article"><h1>{title}</h1>\n<div class="content">\n<p>{escape(intro)}</p>\n'
        f'{_en_tips(plan)}{revision}</div>\n<div class="pre-next">{prev}\n{nxt}</div>\n'
        f'<div class="recommend"><div class="rec-title">Recommend</div><ul>{recs}</ul></div>\n'
        "</div>\n</body></html>\n"
    )


def _zh_article(site: GeneratedSite, i: int) -> str:
    plan = _plan(site, i)
    title = escape(site.title(i))
    tips = "".join(f"<p>\u3000\u3000{n}、{tip}</p>\n" for n, tip in enumerate(plan.tips, start=1))
    revision = f"<p>\u3000\u3000第{site.version}次修订。</p>\n" if site.is_edited(i) else ""
    prev = (
        f"上一篇：<a href='{site.article_path(i - 1)}'>{escape(site.title(i - 1))}</a>"
        if i > 1
        else "上一篇：没有了"
    )
    nxt = (
        f"下一篇：<a href='{site.article_path(i + 1)}'>{escape(site.title(i + 1))}</a>"
        if i < site.pages
        else "下一篇：没有了"
    )
    recs = "".join(
        f'<li><a href="{site.article_path(j)}">{escape(site.title(j))}</a></li>' for j in plan.recs
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
        f"<title>{title}_健康知识网</title></head><body>\n"
        f"<div class=\"place\"><a href='/'>主页</a> &gt; <a href='/list/1.html'>文章</a></div>\n"
        f'<div class="viewbox"><div class="title"><h2>{title}</h2></div>\n<div class="content">'
        f"<p>\u3000\u3000{''.join(plan.intro)}</p>\n{tips}{revision}</div>\n"
        f'<div class="context"><ul><li>{prev}</li><li>{nxt}</li></ul></div></div>\n'
        f'<div class="xiangguan"><dl><dt><strong>相关文章</strong></dt><dd><ul>{recs}</ul></dd>'
        f"</dl></div>\n</body></html>\n"
    )


def _listing(site: GeneratedSite, k: int) -> str:
    first = (k - 1) * LISTING_SIZE + 1
    items = "".join(
        f'<li><h3><a href="{site.article_path(i)}">{escape(site.title(i))}</a></h3>'
        f"<p>{escape(_snippet(site, i))}</p></li>\n"
        for i in range(first, min(first + LISTING_SIZE, site.pages + 1))
    )
    last = site.listing_pages
    pager = [
        f'<a href="/list/{j}.html">{j}</a>' for j in range(max(1, k - 2), min(last, k + 2) + 1)
    ]
    if k > 1:
        pager.insert(0, f'<a href="/list/{k - 1}.html">Previous page</a>')
    if k < last:
        pager.append(f'<a href="/list/{k + 1}.html">Next page</a>')
    pager.append(f'<a href="/list/{last}.html">Last page</a>')
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Articles - page {k}_Deeho Health</title></head><body>\n"
        f'<div class="header"><a href="/">Home</a></div>\n<div class="list"><h1>Articles - page '
        f'{k}</h1>\n<ul>\n{items}</ul>\n<div class="pagination">{" ".join(pager)}</div></div>\n'
        "</body></html>\n"
    )


def _snippet(site: GeneratedSite, i: int) -> str:
    h = _mix(site.seed, i, 5)
    sentences = _ZH_SENTENCES if site.is_chinese(i) else _SENTENCES
    return sentences[h % len(sentences)][:40] + "..."


def _index(site: GeneratedSite) -> str:
    featured = "".join(
        f'<li><a href="{site.article_path(i)}">{escape(site.title(i))}</a></li>'
        for i in range(1, min(site.pages, 5) + 1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Deeho Health'
        '</title></head><body>\n<h1>Deeho Health</h1>\n<ul class="featured">'
        f'{featured}</ul>\n<p><a href="/list/1.html">All articles</a> '
        f'<a href="/list/{site.listing_pages}.html">Oldest articles</a></p>\n</body></html>\n'
    )


def _sitemap_index(site: GeneratedSite, origin: str) -> str:
    count = -(-site.pages // SITEMAP_SIZE)
    items = "".join(
        f"<sitemap><loc>{origin}/sitemap-{n}.xml</loc></sitemap>\n" for n in range(1, count + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}'
        "</sitemapindex>\n"
    )


def _sitemap(site: GeneratedSite, origin: str, n: int) -> str:
    first = (n - 1) * SITEMAP_SIZE + 1
    items = "".join(
        f"<url><loc>{origin}{site.article_path(i)}</loc></url>\n"
        for i in range(first, min(first + SITEMAP_SIZE, site.pages + 1))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</urlset>\n'
    )
