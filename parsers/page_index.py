"""One walk over the tree that gathers what the pieces look up: head metadata, anchors,
headings, breadcrumb and byline candidates, JSON-LD.

Each piece used to run its own XPath or loop over the whole tree for these (a dozen full
walks per page). Here one `iter()` filtered by tag in C hands Python only the elements
wanted, and one XPath hands it every class and id value, searched once for the breadcrumb,
byline and date classes: a Python loop over every element costs more than either.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TypeAlias

from lxml import etree

from parsers.dom import lowered, page_position

Element: TypeAlias = etree._Element

_HOME_HREFS = frozenset(("/", "./", "index.html"))
_OG_TITLE_KEYS = frozenset(("og:title", "twitter:title"))
_SITE_NAME_KEYS = frozenset(("og:site_name", "application-name"))
# Elements whose class/id saying "title" makes them headline candidates.
_TITLE_HOLDERS = ("div", "p", "span", "td", "strong", "b", "h3", "dt")


@dataclass(slots=True)
class PageIndex:
    """What `index_page` found in a page's tree, in page order within each list."""

    root: Element
    """The tree's root (<html> with lxml's HTML parser)."""
    body: Element | None = None
    """The first <body> child of the root; None when the tree has none."""
    base_href: str | None = None
    """The href of the first <base href>, as written."""
    head_title: Element | None = None
    """The first <title> element."""
    metas: list[Element] = field(default_factory=list)
    """Every <meta content> and <link href rel>, in page order."""
    og_titles: list[str] = field(default_factory=list)
    """content of the og:title / twitter:title metas (by property or name)."""
    site_names: list[str] = field(default_factory=list)
    """content of the og:site_name / application-name metas."""
    anchors: list[Element] = field(default_factory=list)
    """Every <a>, with or without href, in page order."""
    home_links: list[Element] = field(default_factory=list)
    """The <a> whose href is the home page as sites write it: "/", "./", "index.html"."""
    rel_links: list[Element] = field(default_factory=list)
    """Every <a href> and <link href> with a rel attribute, in page order."""
    headings: list[Element] = field(default_factory=list)
    """The <h1> and <h2> inside the body, in page order."""
    section_headings: list[Element] = field(default_factory=list)
    """The <h2>, <h3> and <h4>, in page order (linked ones are a list page's card titles)."""
    times: list[Element] = field(default_factory=list)
    """Every <time datetime> and hAtom <abbr class="published" title>, in page order."""
    article_elements: int = 0
    """How many <article> elements the page has (one: a post; many: a list of cards)."""
    crumb_marked: list[Element] = field(default_factory=list)
    """Body elements whose class or id holds crumb (migas, ariane, brotkrum) / position /
    location / place / weizhi (a substring test; the caller applies its exact rule)."""
    author_marked: list[Element] = field(default_factory=list)
    """Elements inside the body whose class holds "author", "byline" or "nickname" in any case,
    and the <a rel="author"> there, in page order."""
    classes: AttributeValues | None = None
    """The class values of the body and every element in it, searchable for words."""
    json_ld: list[str] = field(default_factory=list)
    """The text of each <script type="application/ld+json">."""


def index_page(root: Element) -> PageIndex:
    """Walk the tree under `root` once (and its class/id values once) for `PageIndex`."""
    page = PageIndex(root)
    if root.tag == "html":
        page.body = next(root.iterchildren("body"), None)
    # one walk in C over the few tags wanted; Python only sees those
    for element in root.iter(_WANTED_TAGS):
        tag = element.tag
        if tag == "a":
            page.anchors.append(element)
            href = element.get("href")
            if href is not None:
                if href in _HOME_HREFS:
                    page.home_links.append(element)
                if element.get("rel") is not None:
                    page.rel_links.append(element)
        elif tag == "h1" or tag == "h2":
            # lxml's HTML parser puts every heading in the <body>
            if page.body is not None:
                page.headings.append(element)
            if tag == "h2":
                page.section_headings.append(element)
        elif tag == "h3" or tag == "h4":
            page.section_headings.append(element)
        elif tag == "article":
            page.article_elements += 1
        elif tag == "time":
            if element.get("datetime") is not None:
                page.times.append(element)
        elif tag == "abbr":
            # hAtom's stamp, the date in its title (Blogger's <abbr class="published" title=…>)
            if element.get("title") is not None and "published" in (element.get("class") or ""):
                page.times.append(element)
        else:
            _head_element(page, element, tag)
    if page.body is not None:
        page.classes = AttributeValues(_CLASSES(page.body), _CLASSED, page.body)
        page.crumb_marked, page.author_marked = _class_marked(
            page.body,
            page.classes,
            [anchor for anchor in page.anchors if anchor.get("rel") == "author"],
        )
    return page


def title_classed(page: PageIndex) -> list[Element]:
    """Body elements (div, p, span, td, strong, b, h3, dt) whose class or id holds "title" or
    "Title", in page order (looked up on demand: few pages need them)."""
    if page.body is None:
        return []
    out = []
    for element in page.body.iter(_TITLE_HOLDERS):
        classes = element.get("class")
        ident = element.get("id")
        if (classes is not None and ("title" in classes or "Title" in classes)) or (
            ident is not None and ("title" in ident or "Title" in ident)
        ):
            out.append(element)
    return out


_WANTED_TAGS = (
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "article",
    "time",
    "abbr",
    "meta",
    "link",
    "title",
    "base",
    "script",
)


def _class_marked(
    body: Element, classes: AttributeValues, rel_authors: list[Element]
) -> tuple[list[Element], list[Element]]:
    """The crumb-marked and the author-marked elements of the body (see `PageIndex`); the
    `rel_authors` links are the writer's page whatever their class says ("szerzo")."""
    idents = AttributeValues(_IDS(body), _IDENTIFIED, body)
    crumbs = _in_page_order(classes.holding(_CRUMB_MARKS), idents.holding(_CRUMB_MARKS))
    authors = [element for element in classes.holding(_AUTHOR_MARKS) if element is not body]
    return crumbs, _in_page_order(authors, rel_authors)


class AttributeValues:
    """One attribute's values under an element, searchable at C speed for lower-case words.

    The values as plain strings, collected in C, cost far less than a get() per element or
    strings that know their element; words are searched for in all of them joined once, and the
    elements are looked up for the hits only.
    """

    __slots__ = ("_elements", "_holders", "_joined", "_offsets", "_under", "_values")

    def __init__(self, values: list[str], holders: etree.XPath, under: Element) -> None:
        self._values = values
        self._holders = holders
        self._under = under
        self._elements: list[Element] | None = None
        self._joined = lowered("\x00".join(values))  # positions line up with the values
        self._offsets: list[int] | None = None

    def holding(self, words: tuple[str, ...]) -> list[Element]:
        """The elements whose value holds any of `words` (in page order within this attribute,
        each once)."""
        joined = self._joined
        if not any(word in joined for word in words):
            return []
        if self._offsets is None:
            self._offsets = list(accumulate((len(value) + 1 for value in self._values), initial=0))
        hits: set[int] = set()
        for word in words:
            start = joined.find(word)
            while start >= 0:
                index = bisect_right(self._offsets, start) - 1
                hits.add(index)
                start = joined.find(word, self._offsets[index + 1])  # the next value on
        if self._elements is None:
            self._elements = self._holders(self._under)
        elements = self._elements
        return [elements[index] for index in sorted(hits)]


def _in_page_order(*lists: list[Element]) -> list[Element]:
    """The elements of `lists` (each in page order) merged in page order, each once."""
    given = [elements for elements in lists if elements]
    if len(given) <= 1:
        return given[0] if given else []
    merged = [element for elements in given for element in elements]
    order = {id(element): page_position(element) for element in merged}
    out: list[Element] = []
    for element in sorted(merged, key=lambda element: order[id(element)]):
        if not out or element is not out[-1]:  # an element marked by its class and its id
            out.append(element)
    return out


_CRUMB_MARKS = (
    *(
        "crumb",
        "kruimel",
        "migas",
        "ariane",
        "brotkrum",
        "morzsa",
    ),  # Dutch, Spanish, French, German, Hungarian
    *("position", "location", "place", "weizhi", "-path", "navpath", "nav_path", "topicpath"),
)
# class words of a byline: "author", "byline", "post-author", "DoctorByline_name", and a
# platform's name for its member: "follow-nickName"
_AUTHOR_MARKS = ("author", "byline", "nickname")


# both in page order, one value per element holding the attribute
_CLASSES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_CLASSED = etree.XPath("descendant-or-self::*[@class]")
_IDS = etree.XPath("descendant-or-self::*/@id", smart_strings=False)
_IDENTIFIED = etree.XPath("descendant-or-self::*[@id]")


def _head_element(page: PageIndex, element: Element, tag: str) -> None:
    if tag == "meta":
        content = element.get("content")
        if content is None:
            return
        page.metas.append(element)
        prop, name = element.get("property"), element.get("name")
        if prop in _OG_TITLE_KEYS or name in _OG_TITLE_KEYS:
            page.og_titles.append(content)
        if prop == "og:site_name" or name in _SITE_NAME_KEYS:
            page.site_names.append(content)
    elif tag == "link":
        if element.get("href") is not None and element.get("rel") is not None:
            page.metas.append(element)
            page.rel_links.append(element)
    elif tag == "title":
        if page.head_title is None:
            page.head_title = element
    elif tag == "base":
        if page.base_href is None:
            href = element.get("href")
            if href is not None:
                page.base_href = href
    elif element.get("type") == "application/ld+json" and element.text:
        page.json_ld.append(element.text)
