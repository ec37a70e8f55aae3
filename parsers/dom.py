"""The text and DOM helpers every piece of the parser uses: collapsed element text, the
weighted length that counts a Chinese character like an English word, the page's text nodes
searchable at C speed, and what an element's class and id words say (content, or chrome).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any, TypeAlias

from lxml import etree

Element: TypeAlias = etree._Element

# the zero-width space, word joiner and BOM are spacing; the zero-width (non-)joiners are not:
# they spell Persian and Urdu words ("می‌کنند") and join emoji
_SPACE = re.compile(r"[\s\u3000\xa0\u200b\u2060\ufeff]+")


_NEGATIVE_ALWAYS = frozenset(
    [
        "comment",
        "comments",
        "commentlist",
        "comment-list",
        "cmt",  # a Korean portal's "cmt_view", "cmt_list"
        "disqus",
        "respond",
        "replies",
        "share",
        "sharing",
        "social",
        "bdshare",
        "jiathis",
        "sidebar",
        "sider",
        "footer",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "related",
        "relevant",  # MetInfo's "met-relevant-product", "relevant-news": related, in other words
        "popular",  # a "Most popular" box, set among the paragraphs or beside them
        "mostpopular",  # and run together in a component's name: "mostPopular", "MostRead"
        "mostread",
        "trending",
        "promo",  # an inline promotion of another page ("inline-promo slideshow-promo")
        "promos",
        "sponsor",  # a sponsor's box in the text ("sponsor-box"), its logo and offer
        "recommend",
        "recommended",
        "tuijian",
        "xiangguan",
        "pinglun",
        "pagination",
        "pager",
        "paging",
        "copyright",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "adsbygoogle",
        "gg",
        "guanggao",
        "author",
        # and run together, as a component's name: "Page-authorInfo", "AuthorPromo", "authorbox"
        "authorinfo",
        "authorbio",
        "authorbox",
        "authorcard",
        "authorpromo",
        "aboutauthor",
        "byline",
        "pullquote",  # a sentence of the text set large again beside it
        "supervisor",  # a medical supervisor's box (監修): who checked it, not what it says
        "reviewer",
        "meta",
        "tags",
        "tagcloud",
        "navigation",
        "nav",
        "navbar",
        "editsection",  # a wiki's "[edit]" link beside each heading
        "prenext",
        "prevnext",
        "pre-next",
        "prev-next",
        "subscribe",
        "newsletter",
        "disclaimer",
        "disclosure",
        "bibliography",  # the sources closing the text, however the page folds them
        "footnotes",  # the notes closing it (kramdown's <div class="footnotes">, with ↩ links)
        "endnotes",
        "cta",
        "pitch",  # a sales pitch set in the text ("article-pitch-container": "Should you invest…")
        "poll",  # a reader poll or survey set in the text ("m-vote-wrap"), its questions
        "polls",
        "vote",
        "survey",
        "cookie",
        "cookies",
        # the same words on Spanish, Portuguese, French, German, Italian and Indonesian sites:
        # comments, share, advertising, related
        "comentarios",
        "comentario",
        "commentaires",
        "kommentare",
        "commenti",
        "komentar",
        "compartir",
        "compartilhar",
        "partage",
        "teilen",
        "condividi",
        "bagikan",
        "megosztas",  # Hungarian: sharing, advertising
        "hirdetes",
        "publicidad",
        "publicidade",
        "publicite",
        "werbung",
        "anzeige",
        "pubblicita",
        "iklan",
        "relacionadas",
        "relacionados",
        "terkait",
    ]
)
# a consent manager's banner (OneTrust, Cookiebot, GDPR plugins): pages of policy text that no
# article sits under, so never read as content, however much text it holds
_CONSENT = frozenset(["consent", "gdpr", "onetrust", "cookiebot", "cookielawinfo"])


# Only as a whole class: "hidden-xs" hides on phones and shows on desktops. Besides the common
# names: HTML5 Boilerplate's "visuallyhidden", Drupal's "element-invisible", and the Korean
# portals' screen-reader-only "blind" (Naver) and "screen_out" (Daum, Kakao)
_HIDDEN_CLASSES = frozenset(
    [
        "hidden",
        "hide",
        "sr-only",
        "screen-reader-text",
        "screen-reader-only",
        "visually-hidden",
        "visuallyhidden",
        "element-invisible",
        "blind",
        "screen_out",
        # shown on paper only ("URL of this page: https://…" under the headline)
        "print-only",
        "visible-print",
        "show-for-print",
    ]
)
# a React component's screen-reader-only span, named by its CSS module ("VisuallyHidden_root__…")
_HIDDEN_MODULES = frozenset(["visuallyhidden", "sronly", "screenreaderonly", "srtext"])
# a framework's prefixed form: "usa-sr-only" (USWDS), "u-visually-hidden"
_HIDDEN_SUFFIXES = (
    "-sr-only",
    "-visually-hidden",
    "-screen-reader-text",
    "-screen-reader-only",  # a design system's prefixed form: "wt-screen-reader-only"
    "-visuallyhidden",  # a CSS-in-JS component's hashed class: "ssrcss-1f3bvyz-VisuallyHidden"
    "-sronly",
    "-screen-only",  # Elementor's "elementor-screen-only"
)
_DISPLAY_CLASSES = frozenset(
    ["block", "flex", "grid", "inline", "inline-block", "inline-flex", "table"]
)


_NEGATIVE_UNLESS_POSITIVE = frozenset(
    [
        "hot",
        "hots",
        "rank",
        "ranking",
        "menu",
        "widget",
        "widgets",
        "side",
        "banner",
        "popup",
        "modal",
        "toolbar",
        "header",
        "masthead",
        "login",
        "rss",
        "print",
        "qrcode",
        "erweima",
        "weixin",
        "wechat",
        "top",
        "topbar",
        "foot",
        "latest",
    ]
)


_POSITIVE = frozenset(
    [
        "content",
        "contents",
        "article",
        "articles",
        "post",
        "entry",
        "text",
        "txt",
        "detail",
        "details",
        "show",
        "body",
        "main",
        "story",
        "zhengwen",
        "neirong",
        "arc",
        "art",
        "con",
        "cont",
        "conts",
        "news-content",
        "single",
        # body, content, article in Spanish, Portuguese, French, German, Italian, Indonesian
        "cuerpo",
        "contenido",
        "articulo",
        "corpo",
        "conteudo",
        "materia",
        "artigo",
        "contenu",
        "inhalt",
        "artikel",
        "contenuto",
        "articolo",
        "konten",
    ]
)


_STATE_PREFIXES = ("has-", "is-", "with-", "no-", "js-")
# alignment utilities: "valign-top" sets a table cell's text at its top, it names no bar at the
# top of the page
_LAYOUT_PREFIXES = (
    "valign-",
    "halign-",
    "align-",
    "vertical-",
)


def collapse(text: str | None) -> str:
    """`text` with every run of whitespace (U+3000 and &nbsp; included) as one space, stripped."""
    if not text:
        return ""
    # str.split() splits on exactly what \s matches; only the zero-width marks need the regex
    if _no_zero_width(text):
        return " ".join(text.split())
    return _SPACE.sub(" ", text).strip()


def simplified(text: str) -> str:
    """`text` with the traditional Chinese characters of the labels the parser reads in their
    simplified form (相關新聞 reads as 相关新闻, 延伸閱讀 as 延伸阅读), one character for one, so
    positions in it are positions in `text`: for matching labels, never for output."""
    if text.isascii():
        return text
    return text.translate(_SIMPLIFIED)


# the traditional characters of labels (related, prev/next, source, editor, ads, bylines, dates,
# page tools) and of the words around them; a character for a character
_SIMPLIFIED = str.maketrans(
    "關閱讀聞報導資訊鏈內們題問為這還歡興薦頁沒熱門點擊來編輯責發佈時間聲廣轉載標僅參閉號評論網"
    "個會說圖攝記審訂覽瀏數處歷舊專體舉單傳統計錄實視頻線總結讚贊請註冊籤簽類別欄週電話郵聯繫係絡"
    "權屬於與當響稱機構醫藥療過張從後給種長開經",
    "关阅读闻报导资讯链内们题问为这还欢兴荐页没热门点击来编辑责发布时间声广转载标仅参闭号评论网"
    "个会说图摄记审订览浏数处历旧专体举单传统计录实视频线总结赞赞请注册签签类别栏周电话邮联系系络"
    "权属于与当响称机构医药疗过张从后给种长开经",
)


def _is_traditional(text: str) -> bool:
    """Whether `text` is traditional Chinese: it holds one of its common characters."""
    return any(hint in text for hint in _TRADITIONAL_HINTS)


# a page holding none of these common traditional characters is not in traditional Chinese
# (Japanese writes none of them: its pages keep 記事 and 時間 as printed)
_TRADITIONAL_HINTS = "們這說發關會與來"


def element_text(element: Element) -> str:
    """The collapsed text of `element` and everything under it (scripts and styles left out)."""
    if not len(element):  # a leaf, as most links are: no walk needed
        return collapse(element.text) if isinstance(element.tag, str) else ""
    pieces = _itertext(element)
    joined = " ".join(pieces)
    if joined.isascii() or not _CJK_CHAR.search(joined):
        return collapse(joined)
    return collapse(_joined(pieces))


def inline_text(element: Element) -> str:
    """The collapsed text of `element` as a line shows it: inline tags' edges add no space
    ("the <strong>Flu</strong>?" reads "the Flu?", as a search result's highlighted title), block
    tags' edges and <br> do. Text for screen readers only ("<span class="sr-only">Article
    réservé à nos abonnés</span>" before a headline) is left out, unless it is all there is."""
    if not len(element):
        return element_text(element)
    shown = _inline_text(element, skip_hidden=True)
    return shown or _inline_text(element, skip_hidden=False)


def _inline_text(element: Element, skip_hidden: bool) -> str:
    out: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if (
                not isinstance(tag, str)
                or tag in _NOT_SHOWN
                or (skip_hidden and node is not element and is_hidden_by_class(node))
            ):
                walker.skip_subtree()
                continue
            if tag not in _INLINE_TAGS:
                out.append(" ")
            if node.text:
                out.append(node.text)
        elif node is not element:
            if tag not in _INLINE_TAGS:
                out.append(" ")
            if node.tail:
                out.append(node.tail)
    return collapse("".join(out))


_INLINE_TAGS = frozenset(
    (
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
        "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "rb", "ruby",
        "s", "samp", "small", "source", "span", "strong", "sub", "sup", "svg", "time", "tt",
        "u", "var", "wbr",
    )
)  # fmt: skip


def _joined(pieces: list[str]) -> str:
    """The pieces of an element's text joined as a reader sees them: Chinese (or Japanese) text
    runs on across a tag's edge with no space ("老年人<font>高血压</font>的…"); between other
    letters a tag's edge counts as a space, as it always did."""
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if out and not (_CJK_CHAR.match(out[-1][-1]) and _CJK_CHAR.match(piece[0])):
            out.append(" ")
        out.append(piece)
    return "".join(out)


# Chinese and Japanese characters and punctuation, with the curly quotes Chinese text uses
_CJK_CHAR = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2014\u2026]")


def holds(ancestor: Element, element: Element) -> bool:
    """True when `ancestor` is an ancestor of `element` (not `element` itself)."""
    return any(node is ancestor for node in element.iterancestors())


def in_heading(anchor: Element) -> bool:
    """Whether a link titles a card or a section: inside a heading (<h3><a>) or around one."""
    parent = anchor.getparent()
    if parent is not None and parent.tag in _HEADING_TAGS:
        return True
    return any(node.tag in _HEADING_TAGS for node in anchor.iterdescendants())


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def page_position(element: Element) -> int:
    """Where `element` starts among the elements of its page, in page order (0 for the root)."""
    return int(_POSITION(element))


_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def is_negative(element: Element) -> bool:
    """True when the element's class/id names a sidebar, comment, share bar, ad or the like."""
    return class_verdict(element.get("class"), element.get("id"))[0] > 0


def is_hidden_by_class(element: Element) -> bool:
    """True when the element's class hides it ("sr-only", "visually-hidden") or marks a consent
    banner."""
    return class_verdict(element.get("class"), element.get("id"))[0] == HIDDEN


def is_heading_anchor(anchor: Element) -> bool:
    """A link a static site generator sets beside each heading to its own address, shown on
    hover or not at all: <a hidden class="anchor" href="#section">#</a>, Sphinx's "¶"."""
    if anchor.get("hidden") is not None:
        return True
    href = anchor.get("href")
    return (
        href is not None
        and href.startswith("#")
        and (anchor.text or "").strip() in _PERMALINK_GLYPHS
        and not len(anchor)
    )


_PERMALINK_GLYPHS = frozenset(("#", "¶", "§", "🔗"))


def weighted_length(text: str) -> int:
    """Length where a Chinese character counts as three letters (about one English word).

    Measured as UTF-8 bytes, which is exactly that for ASCII and CJK text, at C speed.
    """
    return len(text.encode("utf-8", "surrogatepass"))


def cites_a_source(text: str) -> bool:
    """True when `text` prints what a cited work prints and an article's own sentence does not:
    "Research (2018). Oral Health in America", "et al.", a DOI, "Retrieved from", a volume and
    pages ("2011;15(2):")."""
    return _CITATION.search(text) is not None


_CITATION = re.compile(
    r"\bdoi\b|\bet al\.|\bPubMed\b|\bCrossRef\b|\bMedline\b|Google Scholar"
    r"|\b(?:19|20)\d{2}\s*;\s*\d+\s*[(:]"
    r"|\((?:19|20)\d{2}[a-z]?\)\s*[.,:]"
    r"|\b(?:Retrieved|Accessed)\s+(?:from|on)\b",
    re.IGNORECASE,
)
_MAX_SEARCHED = 400


class PageTexts:
    """The body's text nodes, searchable for words at C speed.

    An XPath test such as contains() copies every text node for every call, and a Python regex
    with many alternatives crawls; `str.find` over the text joined once does neither. Searches
    look at the short nodes only (labels, bylines, headings): the long paragraphs hold most of
    a page's characters and none of what they look for.
    """

    __slots__ = ("_markup", "_tiers", "joined", "nodes", "traditional")

    def __init__(self, root: Element, markup: str = "") -> None:
        self._markup = markup
        self.nodes: list[Any] = _BODY_TEXTS(root)
        self.joined = "\x00".join(self.nodes)
        tier = _Tier(self.nodes, _MAX_SEARCHED)
        self.traditional = _is_traditional(tier.haystack)
        if self.traditional:
            tier.simplify()  # 相關新聞 found by 相关
        self._tiers = {_MAX_SEARCHED: tier}

    def label(self, text: str) -> str:
        """`text` as label patterns read it: simplified on a page in traditional Chinese."""
        return simplified(text) if self.traditional else text

    def containing(self, words: Sequence[str], max_length: int = _MAX_SEARCHED) -> list[Any]:
        """The text nodes (shorter than `max_length`, at most 400) holding any of `words` (lower
        case; ASCII letters match in any case), in page order."""
        tier = self._tier(max_length)
        haystack = tier.haystack
        hits: set[int] = set()
        for word in words:
            start = haystack.find(word)
            seen = 0
            while start >= 0 and seen < 200:
                hits.add(tier.nodes[bisect_right(tier.offsets, start) - 1])
                seen += 1
                start = haystack.find(word, start + len(word))
        nodes = self.nodes
        return [nodes[i] for i in sorted(hits) if len(nodes[i]) < max_length]

    def matches(
        self, pattern: re.Pattern[str], max_length: int = _MAX_SEARCHED
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern` in the text nodes shorter than `max_length` (at most 400),
        in page order; each match's string is those nodes joined by NUL, as written."""
        return pattern.finditer(self._tier(max_length).text)

    def _tier(self, max_length: int) -> _Tier:
        """The nodes of the smallest tier holding every node shorter than `max_length`."""
        size = next((size for size in _TIER_SIZES if size >= max_length), _MAX_SEARCHED)
        tier = self._tiers.get(size)
        if tier is None:
            # the widest tier's nodes are all the smaller tiers look through
            tier = self._tiers[size] = _Tier(self.nodes, size, self._tiers[_MAX_SEARCHED].nodes)
            if self.traditional:
                tier.simplify()
        return tier

    def markup_has(self, *words: str) -> bool:
        """True when the page's markup holds any of `words`, as spelled (the caller names the
        spellings that matter, "<time" and "<TIME"; lower-casing the whole markup would cost
        more than the XPath it saves): a cheap test before a costly XPath. True when the markup
        was not given."""
        if not self._markup:
            return True
        return any(word in self._markup for word in words)

    def markup_matches(self, pattern: re.Pattern[str]) -> bool:
        """True when `pattern` is found in the page's markup (one scan where `markup_has` would
        make one per spelling; a literal prefix keeps the regex scan fast). True when the
        markup was not given."""
        return not self._markup or pattern.search(self._markup) is not None

    def markup_has_value(self, value: str) -> bool:
        """True when an attribute in the page's markup has the value `value` as spelled
        (`itemprop="datePublished"`, quoted or not; JSON-LD's key "datePublished" is no
        attribute): one scan of the markup where `markup_has` would make one per spelling.
        True when the markup was not given."""
        markup = self._markup
        if not markup:
            return True
        at = markup.find(value)
        while at >= 0:
            before = markup[max(0, at - 2) : at]
            if before[-1:] == "=" or before in ('="', "='"):
                return True
            at = markup.find(value, at + len(value))
        return False

    def after(self, element: Element, count: int) -> list[Any]:
        """The first `count` non-blank text nodes inside and after `element`, in page order."""
        nodes = self.nodes
        inside = set(element.iter())  # a heading: a handful of elements
        for index, node in enumerate(nodes):
            parent = node.getparent()
            if node.is_tail and parent is not None:
                parent = parent.getparent()
            if parent in inside:
                return [n for n in nodes[index : index + count * 3] if not n.isspace()][:count]
        return []


class _Tier:
    """The text nodes shorter than a size, blank ones left out, joined by NUL as written
    (`text`) and as searched (`haystack`: lower case, simplified on a page in traditional
    Chinese), with where each starts."""

    __slots__ = ("haystack", "nodes", "offsets", "text")

    def __init__(self, nodes: list[Any], size: int, within: list[int] | None = None) -> None:
        if within is None:
            self.nodes = [
                i for i, node in enumerate(nodes) if len(node) < size and not node.isspace()
            ]
        else:
            self.nodes = [i for i in within if len(nodes[i]) < size]
        self.text = "\x00".join([nodes[i] for i in self.nodes])
        self.haystack = lowered(self.text)  # positions line up with the nodes
        self.offsets = list(accumulate((len(nodes[i]) + 1 for i in self.nodes), initial=0))

    def simplify(self) -> None:
        """Search in simplified Chinese: a page in traditional Chinese's 相關新聞 found by 相关."""
        simple = simplified(self.haystack)
        if len(simple) == len(self.text):
            self.haystack = simple


# the sizes of the tiers searched: a trail's separator (6), a section's label (80), the rest
_TIER_SIZES = (8, 80, _MAX_SEARCHED)


# an absolute path: "//body" makes libxml2 visit every node twice (the tree's root is always
# <html> with lxml's HTML parser)
_BODY_TEXTS = etree.XPath("/html/body//text()")


def class_words(classes: str | None) -> set[str]:
    """The lower-case words of a class attribute, each class split at its hyphens and
    underscores too ("cli-support-huffpost card__title" → cli, support, huffpost, card, title…)."""
    if not classes:
        return set()
    return {part for token in classes.lower().split() for part in _CLASS_WORD_SPLIT.split(token)}


_CLASS_WORD_SPLIT = re.compile(r"[-_]+")


def lowered(text: str) -> str:
    """`text` in lower case, one character for one, so positions in it are positions in
    `text`: lower() makes Turkish "İ" two characters ("i̇"), so it is made a plain "i" first
    (a Turkish page's "İlgili Haberler"); `text` itself if anything else changes length."""
    low = text.replace("İ", "i").lower()
    return low if len(low) == len(text) else text


def one_space(text: str) -> str:
    """`text` with every run of whitespace as one space, its ends kept as one space each."""
    if not _no_zero_width(text):
        return _SPACE.sub(" ", text)
    middle = " ".join(text.split())
    head = " " if text[0].isspace() else ""
    return head + middle + " " if text[-1].isspace() else head + middle


def _no_zero_width(text: str) -> bool:
    """True when `text` has none of the zero-width marks `_SPACE` counts as space and
    str.split() does not."""
    return text.isascii() or not ("\u200b" in text or "\u2060" in text or "\ufeff" in text)


# not text a reader sees: code, and an icon's <svg> (its <title> names the icon: "Continue")
_NOT_SHOWN = frozenset(("script", "style", "noscript", "template", "svg"))


def _itertext(element: Element) -> list[str]:
    """The text pieces under `element`, in order. A piece that goes on with the word an inline
    tag's edge cut ("<span class="dropcap">C</span>ycle") is added to the piece before it."""
    out: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or tag in _NOT_SHOWN:
                walker.skip_subtree()
                continue
            text = node.text
            if text:
                # (the cheap test first: most pieces end in no capital)
                if out and out[-1][-1].isupper() and _cut_word(out[-1], text, tag):
                    out[-1] += text
                else:
                    out.append(text)
            if tag == "br":
                out.append(" ")
        elif node is not element:
            tail = node.tail
            if tail:
                if out and out[-1][-1].isupper() and _cut_word(out[-1], tail, tag):
                    out[-1] += tail
                else:
                    out.append(tail)
    return out


def _cut_word(before: str, after: str, tag: str) -> bool:
    """Whether `after`, across the edge of an inline `tag`, goes on with a word whose capital
    `before` (ending in a capital) set apart: a drop cap ("C", then "ycle"). Two capitals and a
    small letter ("BREAKFAST", then "annette") are two words."""
    return (
        after[0].islower()
        and (len(before) == 1 or not before[-2].isalpha())
        and tag in _INLINE_TAGS
    )


WEAK, STRONG, HIDDEN = 1, 2, 3
"""How negative class/id words are: weak ("top", "side": not when a content word is there too),
strong ("comment", "related", "share"), or a class that hides the element ("sr-only") or marks a
consent banner ("onetrust-consent-sdk"), which is skipped like a hidden one."""


@lru_cache(maxsize=4096)
def class_verdict(classes: str | None, ident: str | None) -> tuple[int, bool]:
    """(negative, positive) for an element's class and id attributes: negative is 0, WEAK,
    STRONG or HIDDEN (the strongest word found); positive is True for a content word."""
    marks = 0
    if ident and _is_slug(ident):
        # a heading's anchor ("how-popular-are-meditation-and-mindfulness") names no part
        ident = None
    for token in f"{classes or ''} {ident or ''}".lower().split():
        marks |= _token_marks(token)
    positive = bool(marks & _POSITIVE_MARK)
    if marks & _HIDDEN_MARK and not marks & _SHOWN_WIDE:
        return HIDDEN, positive
    if marks & _STRONG_MARK:
        return STRONG, positive
    return (WEAK if marks & _WEAK_MARK and not positive else 0), positive


_SHOWN_WIDE, _HIDDEN_MARK, _STRONG_MARK, _WEAK_MARK, _POSITIVE_MARK = 1, 2, 4, 8, 16


def _is_slug(ident: str) -> bool:
    """An id of five words or more, a number before them at most ("1-heading-how-…"): the
    slug of the words it anchors. A machine's id ("Slider-template--1461…") has digits."""
    words = ident.split("-")
    if words[0].isdigit():
        words = words[1:]
    return len(words) >= _SLUG_WORDS and all(word.isalpha() for word in words)


_SLUG_WORDS = 5
_TOKEN_PARTS = re.compile(r"[-_:]")
_HAVING = frozenset(("with", "has", "no", "without"))
_TABLE_PARTS = frozenset(("footer", "header", "foot", "head", "notes", "note"))


@lru_cache(maxsize=8192)
def _token_marks(token: str) -> int:
    """What one lower-case class/id token says, as bits: pages share far more tokens than
    whole class strings, so each is read once."""
    marks = 0
    if ":" in token and token.rsplit(":", 1)[1] in _DISPLAY_CLASSES:
        marks |= _SHOWN_WIDE  # Tailwind's "hidden lg:flex": hidden on phones only
    if token.startswith(_STATE_PREFIXES) or token.startswith(_LAYOUT_PREFIXES):
        return marks
    if token in _HIDDEN_CLASSES or token.endswith(_HIDDEN_SUFFIXES):
        return marks | _HIDDEN_MARK
    if "__" in token and token.split("_", 1)[0] in _HIDDEN_MODULES:
        return marks | _HIDDEN_MARK  # a CSS module's hashed name: "VisuallyHidden_root__Qm4Xf"
    parts = _TOKEN_PARTS.split(token)
    for index, part in enumerate(parts[1:], 1):
        if part in _HAVING:
            # what a layout has or lacks names no part of it: "layout-with-sidebar" holds the
            # content beside its sidebar, "page-no-comments" holds the article
            parts = parts[:index]
            break
    # a table's own footer or header (its notes, its column names) is the table's
    parts = [
        part
        for index, part in enumerate(parts)
        if not (index and parts[index - 1] == "table" and part in _TABLE_PARTS)
    ]
    parts.append(token)
    for part in parts:
        if part in _CONSENT:
            marks |= _HIDDEN_MARK
        elif part in _NEGATIVE_ALWAYS:
            marks |= _STRONG_MARK
        elif part in _NEGATIVE_UNLESS_POSITIVE:
            marks |= _WEAK_MARK
        elif part in _POSITIVE:
            marks |= _POSITIVE_MARK
    return marks
