"""Article, listing or other: what kind of page this is.

A listing is dominated by many links to same-site pages of one URL shape with short texts
(titles, maybe teasers) and little text of its own; an article has a substantive body; other
is neither (empty, an error page). Hand-written rules say which first; a model fitted on real
pages (`parsers.kind_model`) then weighs their verdict with what the page declares of itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeAlias
from urllib.parse import urlsplit

from lxml import etree

from parsers import kind_model
from parsers.body import DOCUMENT, Body
from parsers.dom import collapse, element_text, in_heading, weighted_length
from parsers.links import absolute_url, site_of, url_shape
from parsers.record import Kind

Element: TypeAlias = etree._Element

_MIN_ENTRIES = 5
_PREV_NEXT_MARGIN = 0.45
_FEW_TITLED_LINKS = 20  # a page of one article and its few links; a list page has dozens
_TEASER_SIZE = 400  # weighted characters: a title and a teaser of two sentences
_SUBSTANTIVE = 200  # weighted characters of body text: about 40 words, or 70 Chinese characters
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
    cards_from: int | None = None
    """For an article: the index of the first body block of the cards of other posts that
    close its body (each a linked headline, maybe a date and a teaser), which are not its
    text; None where the body has none."""


@dataclass(frozen=True, slots=True)
class Declared:
    """What the page says of itself, outside its body."""

    og_type: str | None = None
    json_ld: tuple[str, ...] = ()
    article_elements: int = 0
    """How many <article> elements the page has."""
    title_in_h1: bool = False
    """The headline found is an <h1>."""
    dated: bool = False
    """A publication date was found."""
    counts: kind_model.PageCounts = field(default_factory=kind_model.PageCounts)
    """Counts over the whole page (linked headings, titled links, prices)."""
    link_blocks: tuple[Element, ...] = ()
    """The prev/next lines and recommendation blocks `parsers.links` found."""
    prev_next: bool = False
    """The page links a previous or next article."""


def classify(
    body: Body, page_url: str | None, title: str | None, declared: Declared | None = None
) -> Verdict:
    """Decide the kind of page.

    The hand-written rules below (`_by_rules`) give a first verdict. The rules' verdict stands
    for a page with no body text, an error page, a listing whose body is its entries' teasers,
    and an article whose only list is its own related block (on a page of few titled links).
    Otherwise the fitted model (`parsers.kind_model`) decides article or not from that verdict,
    what the page declares (og:type, JSON-LD, <article>), and the shape of its body and URL; a
    prev/next line lowers the bar for a page of few titled links, where the rules said article.
    A page the model calls an article needs substantive text unless the rules agree; one it
    does not is the rules' listing or other, or a listing where the rules' article has a list
    of entries, or other. An article's verdict says where other posts' cards close its body
    (`Verdict.cards_from`), for the caller to cut.
    """
    verdict, measures = _by_rules(body, page_url, title)
    if (
        declared is None
        or not body.blocks
        or measures.error
        or _teasers_only(verdict, measures)
        or _headed_cards(verdict, measures)
    ):
        return _with_cards(verdict, body, measures)
    few_links = declared.counts.titled_links < _FEW_TITLED_LINKS
    if (
        verdict.kind == "article"
        and few_links
        and _entries_recommended(measures.entries, declared.link_blocks)
    ):
        # its only list is its own "related" block: the rules' article stands
        return _with_cards(verdict, body, measures)
    probability = kind_model.article_probability(
        _signals_of(body, page_url, title, declared, verdict, measures)
    )
    threshold = kind_model.threshold()
    if verdict.kind == "article" and declared.prev_next and few_links:
        # a page that links the previous or next article leans article: few pages with
        # prev/next lines were there to fit the model on, so it only tips a close call
        threshold -= _PREV_NEXT_MARGIN
    if probability >= threshold:
        if verdict.kind == "article" or measures.article_text >= _SUBSTANTIVE:
            return _with_cards(Verdict("article", ()), body, measures)
        return verdict  # a line or two of text is no article, whatever the page declares
    if verdict.kind != "article":
        return verdict
    if len(measures.entries) >= _MIN_FEATURED:
        return Verdict("listing", tuple(measures.entries))
    return Verdict("other", ())


def signals(
    body: Body, page_url: str | None, title: str | None, declared: Declared
) -> kind_model.PageSignals:
    """What the model sees of a page (for the fitting script)."""
    verdict, measures = _by_rules(body, page_url, title)
    return _signals_of(body, page_url, title, declared, verdict, measures)


def _signals_of(
    body: Body,
    page_url: str | None,
    title: str | None,
    declared: Declared,
    verdict: Verdict,
    measures: _Measures,
) -> kind_model.PageSignals:
    """The model's inputs from the rules' verdict and measures and what the page declares."""
    return kind_model.PageSignals(
        rule_kind=verdict.kind,
        article_text=measures.article_text,
        longest=max(measures.lengths, default=0),
        paragraphs=sum(1 for length in measures.lengths if length >= 60),
        headings=sum(1 for block in body.blocks if block.heading),
        entries=len(measures.entries),
        entry_text=sum(weighted_length(element_text(a)) for a in measures.entries),
        inside_items=measures.inside_items,
        alternations=body.alternations,
        link_chars=body.link_chars,
        text_chars=body.text_chars,
        own_shape=measures.own_shape,
        og_type=declared.og_type,
        json_ld=declared.json_ld,
        article_elements=declared.article_elements,
        title_in_h1=declared.title_in_h1,
        dated=declared.dated,
        url=page_url,
        page=declared.counts,
        prev_next=declared.prev_next,
        title=title,
    )


def _with_cards(verdict: Verdict, body: Body, measures: _Measures) -> Verdict:
    """`verdict`, with where the closing cards start for an article whose body ends in them."""
    if verdict.kind != "article" or len(measures.entries) < _MIN_ENTRIES:
        return verdict
    start = _closing_cards(body, measures.entries)
    return verdict if start is None else replace(verdict, cards_from=start)


def _closing_cards(body: Body, entries: Sequence[Element]) -> int | None:
    """Where the body's closing run of other posts' cards starts ("More from the site" under
    the article: linked headline, date, teaser), or None.

    The cards are the items of the page's main group of entries that come after the article's
    last paragraph of its own. Only a run of small items (a card, not a listicle's section),
    at least three, most headed by a linked headline that stands alone (in a heading or an
    element classed "title", not a link inside a sentence) is cut.
    """
    items = _entry_items(entries, body.container)
    holder: list[Element | None] = [_item_of(element, items) for element in body.elements]
    last_own = max(
        (
            index
            for index, block in enumerate(body.blocks)
            if holder[index] is None and weighted_length(block.text) >= 60
        ),
        default=-1,
    )
    tail = range(last_own + 1, len(body.blocks))
    sizes: dict[Element, int] = {}
    for index in tail:
        item = holder[index]
        if item is not None:
            sizes[item] = sizes.get(item, 0) + weighted_length(body.blocks[index].text)
    if len(sizes) < _MIN_FEATURED or max(sizes.values()) > _CARD_SIZE:
        return None
    kept = set(body.elements)
    headed = total = 0
    for anchor in entries:
        item = _item_of(anchor, sizes.keys())
        if item is None:
            continue
        total += 1
        headed += _stands_alone(anchor, item, kept)
    if headed < _MIN_FEATURED or headed * 3 < total * 2:
        return None
    start = next(index for index in tail if holder[index] is not None)
    while start > last_own + 1 and body.blocks[start - 1].heading:
        start -= 1  # the run's own label ("Latest"), between the article and the cards
    return start


def _entry_items(entries: Sequence[Element], container: Element | None = None) -> set[Element]:
    """Each entry's item: its ancestors (four levels up) that hold no other entry, short of the
    body's `container` (a lone "Read also" link inside an article's text is no card holding
    the article)."""
    owner: dict[Element, int] = {}
    for index, anchor in enumerate(entries):
        parent = anchor.getparent()
        for _ in range(4):
            if parent is None or parent.tag in ("body", "html") or parent is container:
                break
            owner[parent] = index if parent not in owner else -1  # -1: holds two entries
            parent = parent.getparent()
    return {node for node, index in owner.items() if index >= 0}


def _item_of(element: Element, items: Collection[Element]) -> Element | None:
    """The outermost of `items` holding `element` (five levels up), or None: a card's teaser
    and its headline belong to one item, the card."""
    found = None
    node: Element | None = element
    for _ in range(5):
        if node is None:
            break
        if node in items:
            found = node
        node = node.getparent()
    return found


def _stands_alone(anchor: Element, item: Element, kept: set[Element]) -> bool:
    """The anchor is its card's headline: inside a heading or an element classed "title",
    and not inside a block of the body's text (a link in a sentence)."""
    node: Element | None = anchor
    titled = False
    for _ in range(4):
        if node is None or node is item:
            break
        if node in kept:
            return False
        if node.tag in _CARD_HEADINGS or "title" in (node.get("class") or "").lower():
            titled = True
        node = node.getparent()
    return titled


_CARD_SIZE = 600  # weighted characters: a headline, a date line and a teaser of two sentences
_CARD_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _teasers_only(verdict: Verdict, measures: _Measures) -> bool:
    """A listing whose whole body sits inside its entries' items (titles and teasers): the
    rules are sure of it, however long the teasers (the model weighs text length)."""
    entries = len(measures.entries)
    return (
        verdict.kind == "listing"
        and entries >= _MIN_FEATURED
        and measures.inside_items >= 0.8 * measures.article_text
        and measures.inside_items < _TEASER_SIZE * entries  # a listicle's sections are longer
    )


def _headed_cards(verdict: Verdict, measures: _Measures) -> bool:
    """A listing of cards whose headlines are not links, each card's one link a button saying
    the same as the others' ("Read more"): the rules are sure of it whatever the intro above
    the cards, as long as the cards hold most of the text and each is a teaser's size."""
    entries = measures.entries
    if (
        verdict.kind != "listing"
        or len(entries) < _MIN_ENTRIES
        or measures.inside_items * 2 <= measures.article_text
        or measures.inside_items >= _TEASER_SIZE * len(entries)
    ):
        return False
    labels = Counter(" ".join(element_text(anchor).split()).casefold() for anchor in entries)
    items = _entry_items(entries)
    cards = 0
    for anchor in entries:
        item = _item_of(anchor, items)
        if item is None or labels[" ".join(element_text(anchor).split()).casefold()] < 3:
            continue
        headings = list(item.iter(*_CARD_HEADINGS))
        cards += len(headings) == 1 and not any(True for _ in headings[0].iter("a"))
    return cards >= _MIN_ENTRIES and cards * 3 >= len(entries) * 2


def _entries_recommended(entries: Sequence[Element], link_blocks: Sequence[Element]) -> bool:
    """True when most of the entries sit in a recommendation block or prev/next line."""
    if not entries or not link_blocks:
        return False
    blocks = set(link_blocks)
    inside = 0
    for anchor in entries:
        node = anchor.getparent()
        while node is not None and node not in blocks:
            node = node.getparent()
        inside += node is not None
    return inside * 2 > len(entries)


@dataclass(frozen=True, slots=True)
class _Measures:
    entries: list[Element]
    article_text: int
    lengths: list[int]
    own_shape: bool
    error: bool = False
    inside_items: int = 0


def _by_rules(body: Body, page_url: str | None, title: str | None) -> tuple[Verdict, _Measures]:
    """The hand-written rules' verdict, and what they measured on the way.

    - article: the body has substantive text (about 200 letters, or 70 Chinese characters, with
      one paragraph of 60+) and is not a run of "title link, teaser" pairs; a page with no title
      must also have prose in its body (a sitemap's run of URLs and dates is not an article);
    - listing: at least 5 same-site links in one repeated place (one list, one kind of item)
      with titles, and either no such body, or the body is those entries (title/teaser rhythm,
      or text that sits inside the entries' items), or their text outweighs it; a page with no
      article text at all is a listing from 3 such entries (a home page's featured list);
    - other: neither.
    """
    entries, shape = _main_group(body.anchors, page_url, topic=title)
    if not entries:  # a list headed "latest" is the page's own where it has no other
        entries, shape = _main_group(body.anchors, page_url, site_wide_too=True)
    if not entries:  # cards whose one link is an overlay naming its story to screen readers
        entries, shape = _main_group(body.anchors, page_url, topic=title, spoken=True)
    lengths = [weighted_length(block.text) for block in body.blocks]
    article_text = sum(lengths)
    has_article = article_text >= _SUBSTANTIVE and max(lengths, default=0) >= 60
    if has_article and title is None and not any(_is_prose(b.text) for b in body.blocks):
        has_article = False
        article_text = 0
    own_shape = page_url is not None and shape is not None and _path_shape(page_url) == shape
    inside = _inside_items(body, entries) if entries else 0
    measures = _Measures(entries, article_text, lengths, own_shape, inside_items=inside)
    if len(entries) >= _MIN_ENTRIES and not own_shape:
        # links and text taking turns in the body are titles and teasers where the links are
        # the entries (not a "Back to top" under each section, beside a menu of the site)
        teaser_rhythm = (
            body.link_blocks >= _MIN_ENTRIES
            and body.alternations >= 4
            and _linked_entry_blocks(body, entries) >= _MIN_ENTRIES
        )
        entry_text = sum(weighted_length(element_text(a)) for a in entries)
        if (
            not has_article
            or teaser_rhythm
            or entry_text > 2 * article_text
            or inside * 2 > article_text
        ):
            return Verdict("listing", tuple(entries)), measures
    if _MIN_FEATURED <= len(entries) < _MIN_ENTRIES and not own_shape and inside * 2 > article_text:
        # a short list page: its text is teasers
        return Verdict("listing", tuple(entries)), measures
    if _looks_like_error(title, body) and article_text < 400:
        return Verdict("other", ()), replace(measures, error=True)
    if has_article or (article_text >= 60 and title):
        return Verdict("article", ()), measures
    if len(entries) >= _MIN_ENTRIES or (
        len(entries) >= _MIN_FEATURED and article_text < 60 and not own_shape
    ):
        return Verdict("listing", tuple(entries)), measures
    return Verdict("other", ()), measures


def _main_group(
    anchors: Sequence[Element],
    page_url: str | None,
    *,
    site_wide_too: bool = False,
    topic: str | None = None,
    spoken: bool = False,
) -> tuple[list[Element], str | None]:
    """The entries of the page's main list, in page order (one anchor per URL), and their URL
    shape.

    The biggest group of same-site links sharing a URL shape (tracking parameters aside) and
    carrying a title, narrowed to the anchors of its commonest place in the markup (the same
    tags above it: one list, one kind of item), then widened to every titled anchor in that
    place whatever its URL (an old URL the site redirects). Lists headed "hot", "latest" and
    the like are the site's, not the page's, unless `site_wide_too`. With `spoken`, a link
    that shows nothing is titled by the name it gives screen readers.
    """
    host = urlsplit(page_url).netloc.lower() if page_url else None
    site = site_of(page_url) if page_url else None
    root = anchors[0].getroottree().getroot() if anchors else None
    own_language = _primary(root.get("lang") or "") if root is not None else ""
    groups: dict[str, dict[str, Element]] = {}
    candidates: dict[str, Element] = {}
    linked: dict[str, list[Element]] = {}  # every anchor to each URL, in page order
    titled: set[Element] = set()
    site_wide: dict[Element, bool] = {}
    order: dict[Element, int] = {}
    shown: dict[Element, str] = {}  # each anchor's title, as read
    own_topic = topic.casefold() if topic and len(topic) >= _TOPIC_SIZE else None
    own_page = _without_fragment(page_url).rstrip("/") if page_url else None
    for index, anchor in enumerate(anchors):
        url = absolute_url(anchor.get("href"), page_url)
        if url is None:
            continue
        parts = urlsplit(url)
        if parts.netloc and site is not None and site_of(url) != site:
            continue  # another site's page (a sister host, "science.example.org", is the site's)
        if parts.path in ("", "/") and not parts.query:
            continue  # the home page
        if own_page is not None and _without_fragment(url).rstrip("/") == own_page:
            continue  # the page itself: its heading linking back to it
        if DOCUMENT.search(parts.path):
            continue  # a document to download (a search result's PDF), not a page to read
        if own_language and _in_another_language(anchor, own_language):
            continue  # another language's version of the page ("Ελληνικά"): no entry
        if not site_wide_too and _in_site_wide_list(anchor, site_wide, own_topic):
            continue
        order[anchor] = index
        key = _without_fragment(url)
        linked.setdefault(key, []).append(anchor)
        text = shown[anchor] = element_text(anchor) or (_spoken_name(anchor) if spoken else "")
        # (a date linking to its day's archive, "2026-03-04", titles no entry)
        has_title = weighted_length(text) >= 8 and not _DATE_ONLY.fullmatch(text)
        if has_title:
            titled.add(anchor)
        named_more = has_title and not _badge_link(anchor)
        known = candidates.get(key)
        # (a card's headline link after its cover's "31 photos View Album" names the entry)
        headline = named_more and known is not None and in_heading(anchor) and not in_heading(known)
        if (
            known is None
            or (has_title and known not in titled)
            or (named_more and _outnames(text, known))
            or headline
        ):
            candidates[key] = anchor  # an image link first, its titled twin after
        group = groups.setdefault(_path_shape(key), {})
        known = group.get(key)
        if (
            known is None
            or (has_title and known not in titled)
            or (named_more and _outnames(text, known))
            or (headline and not in_heading(known))
        ):
            group[key] = anchor
    ranked = sorted(groups.items(), key=lambda item: len(item[1]), reverse=True)
    # a button repeated on every card ("More like this") titles no entry where other links of
    # the cards read differently (their titles, however their URLs' parameters split them)
    titled_groups = {
        shape
        for shape, group in groups.items()
        if len({shown[a] for a in group.values() if a in titled}) >= _MIN_FEATURED
    }
    for shape, group in ranked:
        if len(group) < _MIN_FEATURED:
            break
        named = [a for a in group.values() if a in titled]
        if len(named) < _MIN_FEATURED or len(named) * 2 < len(group):
            continue
        if titled_groups - {shape} and len({shown[a] for a in named}) * 2 < len(named):
            continue
        if host and sum(urlsplit(key).netloc.lower() == host for key in group) < _MIN_FEATURED:
            continue  # a sister host's box (a section's photo galleries beside the story)
        places: dict[tuple[str, ...], int] = {}
        for anchor in named:
            place = _place(anchor)
            places[place] = places.get(place, 0) + 1
        place = max(places, key=lambda p: places[p])  # the first of the commonest
        if places[place] < _MIN_FEATURED:
            continue
        # an index's one-word entries ("Acne", "Asthma") and its cross-references ("Acute
        # bronchitis — see <a>Bronchitis</a>", a link of another class) beside the titled
        # ones: in the same list, under the same folder
        folders = {
            _folder(key) for key, a in candidates.items() if a in titled and _place(a) == place
        }
        entries = []
        for key, a in candidates.items():
            if host and key not in group and urlsplit(key).netloc.lower() != host:
                continue  # a sister host's page of another shape: a profile, a shop, no entry
            if (a in titled and _place(a) == place) or (
                _place(a)[1:] == place[1:] and _folder(key) in folders and bool(element_text(a))
            ):
                entries.append(a)
                continue
            # linked first from a sentence above the list ("start with our guide to
            # carbohydrates"), then by its own entry
            listed = next((b for b in linked[key] if b in titled and _place(b) == place), None)
            if listed is not None:
                entries.append(listed)
        entries.sort(key=order.__getitem__)
        # the lead story set apart above the list (a hero card: a headline of the same shape,
        # in a heading of its own)
        first = order[entries[0]] if entries else 0
        leads = [
            a
            for a in named
            if a not in entries
            and order[a] < first
            and in_heading(a)
            and candidates.get(_without_fragment(absolute_url(a.get("href"), page_url) or "")) is a
        ]
        leads.sort(key=order.__getitem__)
        return leads[-_MAX_LEADS:] + entries, shape
    return [], None


def _in_another_language(anchor: Element, own_language: str) -> bool:
    """Whether a link leads to the page in another language than `own_language` (hreflang),
    or names it in that language (<a><h3 lang="ar">عربى</h3></a>)."""
    marked = _LANGUAGES(anchor)
    return any(_primary(str(tag)) not in ("", own_language) for tag in marked)


def _primary(language: str) -> str:
    """A language tag's primary subtag, lower-cased: "en" for "en-AU"."""
    return language.strip().split("-", 1)[0].split("_", 1)[0].lower()


_LANGUAGES = etree.XPath("@hreflang | descendant-or-self::*/@lang")


def _path_shape(url: str) -> str:
    """A URL's shape without its host: one site's stories under its section hosts
    ("//science.example.org/story/…", "//example.org/story/…") are one kind of page."""
    return url_shape(url).removeprefix(urlsplit(url).netloc.lower())


def _outnames(text: str, known: Element) -> bool:
    """Whether a link reading `text` names its entry better than `known`, the badge over the
    entry's picture linking the same page."""
    return _badge_link(known) and len(text) > len(element_text(known))


def _badge_link(anchor: Element) -> bool:
    """An image link showing only a badge over the picture: "Public Health", named in full to
    screen readers (aria-label="Flu cases fall for a third straight week…"), or a shop's "Save
    21%" or "New": its headline's link, after it, titles the entry."""
    name = anchor.get("aria-label")
    if name is not None and len(collapse(name)) > 2 * len(element_text(anchor)):
        return True
    return len(element_text(anchor)) <= _BADGE_SIZE and _HOLDS_IMAGE(anchor)


_BADGE_SIZE = 12  # characters: "Save 21%", "Bestseller"
_HOLDS_IMAGE = etree.XPath("boolean(descendant::img or descendant::picture)")


def _spoken_name(anchor: Element) -> str:
    """The name a link that shows nothing gives screen readers ("post link to <title>"), or
    ""."""
    return collapse(anchor.get("aria-label") or anchor.get("title"))


_MIN_FEATURED = 3
_MAX_LEADS = 2
_DATE_ONLY = re.compile(
    r"\W*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2})\W*"
)


_SITE_WIDE = re.compile(
    r"^(?:热门|热点|热文|最新|排行|点击排行|最近更新|hot|popular|latest|recent|trending|most\s+read"
    r"|recently\s+viewed|最近浏览)",
    re.IGNORECASE,
)
_LIST_HOLDERS = frozenset(("ul", "ol", "dl", "dd", "table", "tbody"))
_BOX_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_SITE_WIDE_DEPTH = 6  # ancestors looked up from an entry's link
_CARD_DEPTH = 3  # the card's own title and body sit lower: its heading is the card's title
_TOPIC_SIZE = 3  # characters: a topic ("Heart Health", 高血压), not a letter or two


def _folder(url: str) -> str:
    """The URL without its last path segment: "…/conditions/acne" is in "…/conditions"."""
    return url.rstrip("/").rsplit("/", 1)[0]


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


def _in_site_wide_list(
    anchor: Element, seen: dict[Element, bool], own_topic: str | None = None
) -> bool:
    """True when the list holding `anchor` is headed "hot", "latest", 热点, 最新...: the site's
    lists, the same on every page, unless the heading names the page's topic (`own_topic`, case
    folded: a topic hub's "Latest in Heart Health" under its <h1> "Heart Health"). `seen`
    remembers the verdict per list."""
    node = anchor.getparent()
    for depth in range(_SITE_WIDE_DEPTH):
        if node is None or node.tag in ("body", "html"):
            return False
        before = node.getprevious()
        # a list, or a box of cards right under its own heading (a shop's "Recently Viewed
        # Products" carousel: section > slide > card > body > title)
        if node.tag in _LIST_HOLDERS or (
            depth >= _CARD_DEPTH and before is not None and before.tag in _BOX_HEADINGS
        ):
            verdict = seen.get(node)
            if verdict is None:
                heading = before
                # an <h1> is the page's own heading ("Latest articles - page 2")
                label = element_text(heading) if heading is not None else ""
                verdict = seen[node] = (
                    heading is not None
                    and isinstance(heading.tag, str)
                    and heading.tag != "h1"
                    and bool(_SITE_WIDE.match(label[:30]))
                    and len(label) <= 30
                    and not (own_topic is not None and own_topic in label.casefold())
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
    items = _entry_items(entries, body.container)
    return sum(
        weighted_length(block.text)
        for block, element in zip(body.blocks, body.elements, strict=True)
        if _item_of(element, items) is not None
    )


def _linked_entry_blocks(body: Body, entries: Sequence[Element]) -> int:
    """How many of the body's blocks are mostly an entry's link."""
    wanted = set(entries)
    count = 0
    for block, element in zip(body.blocks, body.elements, strict=True):
        links = [anchor for anchor in element.iter("a") if anchor in wanted]
        if links and sum(len(element_text(anchor)) for anchor in links) * 2 > len(block.text):
            count += 1
    return count


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
