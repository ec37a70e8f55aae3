"""How likely a page is one article, from what it shows: a logistic model over a few page
features, its weights fitted on real pages by `tools/fit_kind.py` and kept as plain numbers in
`parsers/weights/kind.json`.

The rules in `parsers.kind` know listings and error pages well; on real sites they called too
many articles (listicles, long guides with link-rich sections, pages with a big sidebar) lists,
and too many lists articles. The model weighs their verdict together with what the page declares
(og:type, JSON-LD @type, <article> elements) and the shape of its URL and body.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from lxml import etree

FEATURES = (
    "rule_article",
    "rule_listing",
    "text",
    "longest",
    "paragraphs",
    "headings",
    "entries",
    "entry_share",
    "items_share",
    "alternations",
    "link_density",
    "own_shape",
    "og_article",
    "og_website",
    "ld_article",
    "ld_collection",
    "article_elements",
    "one_article_element",
    "title_in_h1",
    "dated",
    "slug_words",
    "path_depth",
    "date_in_url",
    "listing_url",
    "linked_headings",
    "linked_heading_share",
    "titled_links",
    "prices",
    "prev_next",
    "title_words",
)
"""The features, in the order the weights file lists its coefficients."""


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What `parsers.kind` measured of a page, the raw material of the features."""

    rule_kind: str
    article_text: int
    longest: int
    paragraphs: int
    headings: int
    entries: int
    entry_text: int
    inside_items: int
    alternations: int
    link_chars: int
    text_chars: int
    own_shape: bool
    og_type: str | None
    json_ld: tuple[str, ...]
    article_elements: int
    title_in_h1: bool
    dated: bool
    url: str | None
    page: PageCounts
    prev_next: bool
    title: str | None
    """The headline found (a list's is its section's name: "Science", "Latest posts")."""


@dataclass(frozen=True, slots=True)
class PageCounts:
    """Counts over the whole page that tell a list of cards from one article."""

    headings: int = 0
    """<h2>, <h3> and <h4> elements."""
    linked_headings: int = 0
    """Of those, the ones holding a link (a card's title; an article's headings rarely link)."""
    titled_links: int = 0
    """Links whose text is a title (five words, or eight Chinese characters, or more)."""
    prices: int = 0
    """Currency signs shown ("$19.99", "38元"): a shop's category page shows one per product."""


def features(signals: PageSignals) -> dict[str, float]:
    """The model's features for one page (names as in FEATURES)."""
    s = signals
    types = _json_ld_types(s.json_ld)
    path = urlsplit(s.url).path if s.url else ""
    segments = [part for part in path.split("/") if part]
    last = segments[-1] if segments else ""
    last = last.rsplit(".", 1)[0] if "." in last else last
    archive = _DATE_ARCHIVE.search(path) is not None
    return {
        "rule_article": float(s.rule_kind == "article"),
        "rule_listing": float(s.rule_kind == "listing"),
        "text": math.log1p(s.article_text),
        "longest": math.log1p(s.longest),
        "paragraphs": math.log1p(s.paragraphs),
        "headings": math.log1p(s.headings),
        "entries": math.log1p(s.entries),
        "entry_share": s.entry_text / (s.entry_text + s.article_text + 1),
        "items_share": min(s.inside_items / (s.article_text + 1), 3.0),
        "alternations": math.log1p(s.alternations),
        "link_density": s.link_chars / (s.text_chars + 1),
        "own_shape": float(s.own_shape),
        "og_article": float(bool(s.og_type) and "article" in (s.og_type or "")),
        "og_website": float(s.og_type == "website"),
        "ld_article": float(bool(types & _ARTICLE_TYPES)),
        "ld_collection": float(bool(types & _COLLECTION_TYPES)),
        "article_elements": math.log1p(s.article_elements),
        "one_article_element": float(s.article_elements == 1),
        "title_in_h1": float(s.title_in_h1),
        "dated": float(s.dated),
        "slug_words": min(len(_SLUG_SPLIT.split(last)) if last else 0, 12) / 12,
        "path_depth": min(len(segments), 6) / 6,
        "date_in_url": float(bool(_DATE_IN_PATH.search(path)) and not archive),
        "listing_url": float(bool(_LISTING_PATH.search(path.lower()) or not segments or archive)),
        "linked_headings": math.log1p(s.page.linked_headings),
        "linked_heading_share": s.page.linked_headings / (s.page.headings + 1),
        "titled_links": math.log1p(s.page.titled_links),
        "prices": math.log1p(s.page.prices),
        "prev_next": float(s.prev_next),
        "title_words": math.log1p(_words(s.title or "")),
    }


def article_probability(signals: PageSignals) -> float:
    """The fitted model's probability that the page is one article."""
    values = features(signals)
    weights = _weights()
    total = weights["intercept"]
    for name, mean, scale, coef in zip(
        weights["features"], weights["mean"], weights["scale"], weights["coef"], strict=True
    ):
        total += coef * (values[name] - mean) / scale
    return 1.0 / (1.0 + math.exp(-max(min(total, 40.0), -40.0)))


def threshold() -> float:
    """The probability from which the model says article, as the fitting script chose it."""
    return float(_weights()["threshold"])


def page_counts(
    section_headings: list[etree._Element], anchors: list[etree._Element], text: str
) -> PageCounts:
    """`PageCounts` of a page from its <h2>-<h4>, its <a> elements and its visible text."""
    headings = len(section_headings)
    linked = sum(1 for heading in section_headings if heading.find(".//a[@href]") is not None)
    titled = 0
    for anchor in anchors:
        if anchor.get("href") is None:
            continue
        label = anchor.text or "" if not len(anchor) else _ANCHOR_TEXT(anchor)
        if len(label) >= 24 and (label.count(" ") >= 4 or _CJK_RUN.search(label)):
            titled += 1
    return PageCounts(headings, linked, titled, _count_prices(text))


def _words(text: str) -> float:
    """Words in `text`, a Chinese character counting as half a word."""
    return len(_WORD.findall(text)) + len(_CJK.findall(text)) / 2


def _count_prices(text: str) -> int:
    """Amounts with a currency sign before ("$19.99") or 元 after ("38元")."""
    prices = len(_SIGN_THEN_DIGIT.findall(text)) if _HAS_SIGN.search(text) else 0
    at = text.find("元")
    while at > 0:
        prices += text[at - 1].isdigit()
        at = text.find("元", at + 1)
    return prices


def _json_ld_types(scripts: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for script in scripts:
        for match in _LD_TYPE.finditer(script):
            out.update(_QUOTED.findall(match.group(1)))
    return out


@cache  # read once: the file is part of the package and never changes under a running parser
def _weights() -> dict:
    text = resources.files("parsers").joinpath("weights/kind.json").read_text(encoding="utf-8")
    weights = json.loads(text)
    if list(weights["features"]) != list(FEATURES):
        raise RuntimeError("parsers/weights/kind.json was fitted on other features: refit it")
    return weights


_LD_TYPE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')
_QUOTED = re.compile(r'"([^"]+)"')
_ARTICLE_TYPES = frozenset(
    (
        "Article",
        "NewsArticle",
        "BlogPosting",
        "MedicalWebPage",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "Recipe",
        "HowTo",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
    )
)
_COLLECTION_TYPES = frozenset(("CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"))
_ANCHOR_TEXT = etree.XPath("string()")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{8}")
_HAS_SIGN = re.compile(r"[$€£¥￥]")
_SIGN_THEN_DIGIT = re.compile(r"[$€£¥￥]\s?\d")  # a character class first: a fast scan
_WORD = re.compile(r"[^\W_\u3400-\u9fff]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SLUG_SPLIT = re.compile(r"[-_+]+")
_DATE_IN_PATH = re.compile(r"/(?:19|20)\d{2}[/-]\d{1,2}(?:[/-]|$)|/(?:19|20)\d{6}")
# a blog's date archive: the path ends at the year, the month or the day ("/2023/05/")
_DATE_ARCHIVE = re.compile(r"/(?:19|20)\d{2}(?:/\d{1,2}){0,2}/?$")
_LISTING_PATH = re.compile(
    r"/(?:category|categories|tag|tags|topics?|archives?|author|search|page/\d+|list|index)"
    r"(?:/|$|\.)|/(?:blog|news|articles|posts)/?$"
)
