"""parse_html(): an HTML page -> one Article.

Decodes once, builds the lxml tree once, and hands the tree to the pieces: links (prev/next and
the recommendation block, found first so the body can leave them out), body, title, meta, kind,
tips, then the per-site overrides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lxml import etree

from parsers.body import (
    APPEAL_PATHS,
    CHANNEL_HOSTS,
    CONSULT_PATHS,
    PLAY_LABELS,
    SHOP_CALL_NODE,
    Body,
    find_body,
    without_title,
)
from parsers.decode import decode_html
from parsers.dom import PageTexts, holds
from parsers.errors import ParseError
from parsers.kind import Declared, classify, signals
from parsers.kind_model import PageSignals, page_counts
from parsers.links import (
    PrevNext,
    Recommendations,
    absolute_url,
    continues_article,
    find_next_page,
    find_prev_next,
    find_recommendations,
    listing_links,
)
from parsers.meta import PageMeta, language_of, read_meta
from parsers.overrides import apply_overrides
from parsers.page_index import PageIndex, index_page
from parsers.record import Article
from parsers.tips import find_tips

if TYPE_CHECKING:
    from parsers.title import Title

_PARSER = etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
    no_network=True,
    collect_ids=False,
    encoding="utf-8",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# every byte but those _CONTROL removes (in UTF-8 they only ever stand for themselves)
_NOT_XML_CONTROL = bytes(b for b in range(256) if not (b <= 8 or b == 11 or 14 <= b <= 31))
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF file (WebP, WAV, AVI)"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
)
_BINARY_PROBE = 4096
# every byte but the control bytes that mark binary data (tab, newlines, form feed, ESC allowed)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or (14 <= b < 32 and b != 27)))


def parse_html(
    data: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Article:
    """Parse one HTML page into an `Article`, with no configuration.

    `data` is the page as fetched (bytes, decoded here with `decode_html`, the HTTP
    `content_type` header's charset taken into account) or already decoded text. `url` is where
    it came from; relative links resolve against it. `overrides` maps field -> CSS selector or
    XPath for one site (see `parsers.overrides`).

    Never raises except ParseError, for input that is not text (an image, an archive) or an
    override that does not compile. Empty or unreadable markup gives kind "other".
    """
    read = _read(data, url, content_type)
    if isinstance(read, Article):
        return read
    page, base, body, title, meta = read.page, read.base, read.body, read.title, read.meta
    verdict = classify(body, base, title.text, read.declared)
    if verdict.cards_from is not None:  # other posts' cards close the article: not its text
        body = replace(
            body,
            blocks=body.blocks[: verdict.cards_from],
            elements=body.elements[: verdict.cards_from],
        )
    is_listing = verdict.kind == "listing"
    body_text = "" if is_listing else body.text  # a listing has no article text of its own
    entries = listing_links(verdict.entries, base) if is_listing else ()
    sample = "\n".join([title.text or "", body_text, *(link.title or "" for link in entries)])
    # page 2 of a paged article may open on its third point: its numbering goes on from page 1
    continued = verdict.kind == "article" and continues_article(page.anchors, base)
    article = Article(
        url=url,
        kind=verdict.kind,
        title=title.text,
        body=body_text,
        tips=find_tips(body.blocks, continued=continued) if verdict.kind == "article" else (),
        prev=None if is_listing else read.prev_next.prev,
        next=None if is_listing else read.prev_next.next,
        recommendations=() if is_listing else read.recommendations.links,
        canonical_url=meta.canonical_url,
        published=None if is_listing else meta.published,  # its dates are the entries'
        breadcrumbs=meta.breadcrumbs,
        language=language_of(meta, sample),
        description=meta.description,
        author=None if is_listing else meta.author,  # a list's names are its entries' bylines
        encoding=read.encoding,
        links=entries,
        next_page=(
            find_next_page(page.anchors, base, _next_page_link(read.prev_next))
            if is_listing
            else None
        ),
    )
    if overrides:
        done = apply_overrides(article, page.root, overrides, base)
        article = done.article
        if done.blocks is not None and article.kind == "article":
            article = replace(article, tips=find_tips(done.blocks, continued=continued))
    return article


def _next_page_link(prev_next: PrevNext) -> str | None:
    """A listing's next page as its prev/next links give it: the rel=next link left over, or
    the link labelled next ("<span>Next page</span> Next: B →" with rel=next)."""
    if prev_next.rel_next:
        return prev_next.rel_next
    return prev_next.next.url if prev_next.next is not None else None


def kind_signals(
    data: bytes | str, url: str | None = None, *, content_type: str | None = None
) -> PageSignals | None:
    """What the page-kind model sees of a page (for `tools/fit_kind.py`); None for a page with
    no tree to read."""
    read = _read(data, url, content_type)
    if isinstance(read, Article):
        return None
    return signals(read.body, read.base, read.title.text, read.declared)


def _maybe_double_encoded(data: bytes) -> bool:
    """A test on UTF-8 bytes, several times faster than the one on the text."""
    return _DOUBLE_ENCODED_NBSP_BYTES in data or _C1_BYTES.search(data) is not None


def _undo_double_encoding(text: str) -> str:
    """`text` with the UTF-8 a site read as Latin-1 and encoded again put back ("canâ\x80\x99t"
    is "can’t"). Only sequences that hold a C1 control character are touched, since no page
    prints those, and "Â" before a no-break space, which no language writes."""
    if _DOUBLE_ENCODED_NBSP in text:
        text = text.replace(_DOUBLE_ENCODED_NBSP, "\u00a0")
    if _C1.search(text) is None:
        return text
    return _DOUBLE_ENCODED.sub(_redecode, text)


def _redecode(match: re.Match[str]) -> str:
    try:
        return match.group().encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


_DOUBLE_ENCODED_NBSP = "\u00c2\u00a0"
_DOUBLE_ENCODED_NBSP_BYTES = _DOUBLE_ENCODED_NBSP.encode("utf-8")
_C1_BYTES = re.compile(b"\xc2[\x80-\x9f]")
_C1 = re.compile("[\u0080-\u009f]")
# a UTF-8 lead byte (as a Latin-1 character) and its continuation bytes, one of them a C1 control
_DOUBLE_ENCODED = re.compile(
    "[\u00c2-\u00f4](?=[\u0080-\u00bf]*[\u0080-\u009f])[\u0080-\u00bf]{1,3}"
)


@dataclass(frozen=True, slots=True)
class _Read:
    """A page read up to its parts, before the kind is decided."""

    page: PageIndex
    base: str | None
    encoding: str | None
    prev_next: PrevNext
    recommendations: Recommendations
    body: Body
    title: Title
    meta: PageMeta
    declared: Declared


def _read(data: bytes | str, url: str | None, content_type: str | None) -> _Read | Article:
    """Decode, build the tree and find every part; an empty Article where there is no page to
    read (a sitemap, a feed, empty or unreadable markup)."""
    if isinstance(data, bytes | bytearray):
        data = bytes(data)
        _refuse_binary(data)
        text, encoding = decode_html(data, content_type)
        if encoding == "utf-8" and _maybe_double_encoded(data):
            text = _undo_double_encoding(text)
    elif isinstance(data, str):
        text, encoding = _undo_double_encoding(data), None
    else:
        raise ParseError(f"expected bytes or str, got {type(data).__name__}")
    if _is_xml_document(text):
        return Article(url=url, encoding=encoding)  # a sitemap or a feed: no page to read
    root = _tree(text)
    if root is None:
        return Article(url=url, encoding=encoding)
    if 'hidden id="S:' in text:
        _place_streamed(root)
    page = index_page(root)
    base = (absolute_url(page.base_href, url) or url) if page.base_href else url
    texts = PageTexts(root, text)
    hrefs = "\x00".join([anchor.get("href") or "" for anchor in page.anchors])
    prev_next = find_prev_next(page, base, texts)
    recommendations = find_recommendations(base, texts)
    body = find_body(
        root,
        exclude=(*prev_next.elements, *recommendations.elements),
        channels=any(host in hrefs for host in CHANNEL_HOSTS),
        appeals=any(path in hrefs for path in APPEAL_PATHS),
        consults=any(path in hrefs for path in CONSULT_PATHS),
        role_buttons=any(texts.markup_matches(label) for label in PLAY_LABELS),
        shops=next(texts.matches(SHOP_CALL_NODE, _SHOP_CALL_SIZE), None) is not None,
        traditional=texts.traditional,
    )
    from parsers.title import find_title  # after body: title prefers headings near the content

    title = find_title(page, body.container, body.elements[0] if body.elements else None)
    body = without_title(body, title.text, title.element)
    meta = read_meta(page, base, title.text, title.element, texts)
    declared = Declared(
        og_type=meta.og_type,
        json_ld=tuple(page.json_ld),
        article_elements=page.article_elements,
        title_in_h1=title.element is not None and title.element.tag == "h1",
        dated=meta.published is not None,
        counts=page_counts(page.section_headings, page.anchors, texts.joined),
        link_blocks=(*prev_next.elements, *recommendations.elements),
        prev_next=prev_next.prev is not None or prev_next.next is not None,
    )
    return _Read(page, base, encoding, prev_next, recommendations, body, title, meta, declared)


_SHOP_CALL_SIZE = 80  # characters: a buy button's text node ("$39.99 at Amazon")


def _place_streamed(root: etree._Element) -> None:
    """Do what React's streaming script does when it runs: move each part it streamed late
    (<div hidden id="S:1"> at the end of <body>) to its placeholder (<template id="B:1">), so
    an FAQ's answers read under their questions and not after the footer."""
    placeholders = {
        template.get("id"): template for template in _PLACEHOLDERS(root) if template.get("id")
    }
    for part in _STREAMED(root):
        placeholder = placeholders.pop("B:" + part.get("id", "")[2:], None)
        parent = placeholder.getparent() if placeholder is not None else None
        if placeholder is None or parent is None or holds(part, placeholder):
            continue  # no place for it, or a place inside itself (not React's markup)
        if part.text:
            _text_before(placeholder, part.text)
        at = parent.index(placeholder)
        for offset, child in enumerate(list(part)):
            parent.insert(at + offset, child)
        _remove_keeping_tail(part)
        _remove_keeping_tail(placeholder)


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        _text_before(element, element.tail)
    parent.remove(element)


def _text_before(element: etree._Element, text: str) -> None:
    """Append `text` to what the document says just before `element`."""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent = element.getparent()
        if parent is not None:
            parent.text = (parent.text or "") + text


_PLACEHOLDERS = etree.XPath("//template[starts-with(@id, 'B:')]")
_STREAMED = etree.XPath("//div[@hidden][starts-with(@id, 'S:')]")


def _refuse_binary(data: bytes) -> None:
    """Raise ParseError when `data` is plainly not text: a known file signature, or a start
    full of control bytes (UTF-16/32 pages carry a byte-order mark and pass)."""
    head = data[:_BINARY_PROBE]
    for magic, name in _MAGIC:
        if head.startswith(magic) and not head[:64].lstrip().startswith(b"<"):
            raise ParseError(f"binary data ({name}), not HTML")
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return
    controls = len(head.translate(None, _NOT_CONTROL))  # what is left: the control bytes
    if head and controls * 10 > len(head):
        raise ParseError(
            f"binary data ({controls} control bytes in the first {len(head)}), not text or HTML"
        )


def _is_xml_document(text: str) -> bool:
    """True for XML that is not XHTML: an <?xml?> prolog and a root element other than <html>,
    or a sitemap or feed root element without one."""
    match = _FIRST_ELEMENT.match(text)
    if match is None:
        return False
    name = match.group(2).lower()
    local = name.rsplit(":", 1)[-1]
    if match.group(1):
        return local != "html"
    return local in _XML_ROOTS


_FIRST_ELEMENT = re.compile(
    r"\A[\ufeff\s]*(<\?xml\b)?(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*<([A-Za-z_][\w:.-]*)",
    re.DOTALL | re.IGNORECASE,
)
_XML_ROOTS = frozenset(("urlset", "sitemapindex", "rss", "feed", "rdf", "opml"))


def _tree(text: str) -> etree._Element | None:
    if not text or not text.strip():
        return None
    # utf-8 bytes with the encoding forced: a <meta charset> in already decoded text must
    # not make libxml2 decode it a second time
    data = text.encode("utf-8", "surrogatepass")
    if data.translate(None, _NOT_XML_CONTROL):  # control bytes left: libxml2 refuses them
        data = _CONTROL.sub("", text).encode("utf-8", "surrogatepass")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    if root.getnext() is not None:
        _gather_after_end(root)
    if "<rt" in text:
        # ruby readings are a pronunciation aid over the base text (熱中症 read ねっちゅうしょう):
        # a reader reads the base, and so does every reader of `root`
        etree.strip_elements(root, "rt", "rp", with_tail=False)
    return root


def _gather_after_end(root: etree._Element) -> None:
    """Move what a page puts after its own "</body></html>" (a template that closes the page
    early, then the article) into its <body>: libxml2 makes it a second root element, which
    every reader of `root` would miss."""
    body = next(root.iterchildren("body"), None)
    into = body if body is not None else root
    for extra in list(root.itersiblings()):
        if not isinstance(extra.tag, str):
            continue
        for element in [extra] if extra.tag != "html" else list(extra):
            if element.tag == "body":
                into.extend(list(element))
            elif element.tag != "head":
                into.append(element)
