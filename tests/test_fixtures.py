"""The fixture corpus: saved pages, compared field by field with the record a person read off them.

One test per page and field (web-poet's testing fixtures are the model), so a failure names both:
`test_field[dedecms_spring_liver-tips]`. The corpus itself is checked too, without the parser:
every expected value must be visible on its page, so a typo in an expected record fails here
rather than blaming the parser. How to add a case: tests/fixtures/README.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html

from parsers import Article, parse_html, parse_text

FIXTURES = Path(__file__).parent / "fixtures"
OPTIONAL_FIELDS = frozenset({"encoding", "description", "author"})
"""Fields a case may leave out of expected.json: then they are not checked."""
ALL_FIELDS = tuple(Article(url=None).to_dict())
REQUIRED_FIELDS = tuple(field for field in ALL_FIELDS if field not in OPTIONAL_FIELDS)
LINK_FIELDS = ("prev", "next", "recommendations", "links")
REQUIRED_TEMPLATES = ("source-site", "dedecms", "phpcms", "empirecms", "wordpress")
"""The templates the corpus must cover with 3+ pages each."""
TEMPLATES = (
    *REQUIRED_TEMPLATES,
    "ghost",
    "zblog",
    "discuz",
    "typecho",
    "news-portal",
    "drupal",
    "framer",
    "squarespace",
    "nextjs",
    "blogger",
    "joomla",
    "hugo",
    "trs",
    "mediawiki",
    "substack",
    "webflow",
    "wix",
    "shopify",
    "hubspot",
    "aem",
)
"""Every template a case may name (pages moved here from benchmarks/heldout/ bring theirs)."""


@dataclass(frozen=True)
class Case:
    """One fixture folder: the saved page, how it was served, and the expected record."""

    name: str
    page: Path
    url: str
    content_type: str | None
    template: str
    notes: str
    expected: dict[str, Any]
    repairs: dict[str, str]
    """Mojibake the page prints and a reader undoes: {as printed: as the author wrote it}."""
    known_failures: dict[str, str]
    """Fields the parser is known to get wrong on this page: {field: why}. Their tests are
    strict xfails, reported as such, and turn into failures the day the parser gets them
    right, so the entry has to go."""

    @property
    def is_text(self) -> bool:
        return self.page.suffix == ".txt"


def load_case(name: str) -> Case:
    """Read tests/fixtures/<name>/: page.html or page.txt, meta.json, expected.json."""
    folder = FIXTURES / name
    pages = [folder / "page.html", folder / "page.txt"]
    page = next((path for path in pages if path.is_file()), pages[0])
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return Case(
        name=name,
        page=page,
        url=meta["url"],
        content_type=meta.get("content_type"),
        template=meta["template"],
        notes=meta["notes"],
        expected=expected,
        repairs=meta.get("repairs", {}),
        known_failures=meta.get("known_failures", {}),
    )


CASE_NAMES = sorted(path.parent.name for path in FIXTURES.glob("*/meta.json"))
CASES = {name: load_case(name) for name in CASE_NAMES}
FIELD_PARAMS = [
    pytest.param(
        name,
        field,
        id=f"{name}-{field}",
        marks=(
            [pytest.mark.xfail(reason=case.known_failures[field], strict=True)]
            if field in case.known_failures
            else []
        ),
    )
    for name, case in CASES.items()
    for field in ALL_FIELDS
    if field in case.expected
]


@cache
def _parse(name: str) -> Article | BaseException:
    # Parsed once per page and shared by its field tests; an exception is kept so that every
    # field test of the page reports it, rather than only the first one to run.
    case = CASES[name]
    data = case.page.read_bytes()
    try:
        if case.is_text:
            return parse_text(data, url=case.url)
        return parse_html(data, url=case.url, content_type=case.content_type)
    except Exception as exc:
        return exc


def parsed_record(name: str) -> dict[str, Any]:
    """The parser's record for a case, as `Article.to_dict()` gives it."""
    result = _parse(name)
    if isinstance(result, BaseException):
        raise result
    return result.to_dict()


# --- the parser against the corpus ---------------------------------------------------------------


@pytest.mark.parametrize(("name", "field"), FIELD_PARAMS)
def test_field(name: str, field: str) -> None:
    """The parser's value for one field of one page equals what a person read off the page."""
    expected = CASES[name].expected[field]
    actual = parsed_record(name)[field]
    assert normalize_field(field, actual) == normalize_field(field, expected)


# --- comparison rules ----------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def collapse(text: str) -> str:
    """Runs of whitespace (U+3000 and no-break spaces included) -> one space, ends stripped."""
    return _SPACES.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """A body as its paragraphs (split at blank lines); each line inside one collapsed.

    Paragraph breaks and the single line breaks of a <br> are kept, the spacing inside a line
    is not: "　　①固定作息时间。" and "①固定作息时间。" compare equal.
    """
    out = []
    for block in _PARAGRAPH_BREAK.split(text):
        lines = [collapse(line) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            out.append(joined)
    return out


def normalize_tip(tip: dict[str, Any]) -> dict[str, Any]:
    return {
        "number": collapse(tip["number"]),
        "title": collapse(tip["title"]) if tip.get("title") is not None else None,
        "text": paragraphs(tip.get("text") or ""),
        "tips": [normalize_tip(child) for child in tip.get("tips") or []],
    }


def normalize_link(link: dict[str, Any] | None) -> dict[str, Any] | None:
    if link is None:
        return None
    return {
        "title": collapse(link["title"]) if link.get("title") is not None else None,
        "url": link.get("url"),
        "snippet": collapse(link["snippet"]) if link.get("snippet") is not None else None,
    }


def normalize_field(field: str, value: Any) -> Any:
    """The form a field is compared in: bodies by paragraph, tips as whole trees, links whole."""
    if field == "body":
        return paragraphs(value or "")
    if field == "tips":
        return [normalize_tip(tip) for tip in value or []]
    if field in ("prev", "next"):
        return normalize_link(value)
    if field in ("recommendations", "links"):
        return [normalize_link(link) for link in value or []]
    if field == "breadcrumbs":
        return [collapse(label) for label in value or []]
    if field in ("title", "description", "author") and value is not None:
        return collapse(value)
    return value


# --- the corpus itself (no parser involved) ------------------------------------------------------


def test_corpus_has_enough_pages_and_templates() -> None:
    """At least 18 pages, every template with at least 3, and listings on 2+ templates."""
    assert len(CASES) >= 18
    per_template = {t: [c for c in CASES.values() if c.template == t] for t in REQUIRED_TEMPLATES}
    assert {t: len(cases) >= 3 for t, cases in per_template.items()} == dict.fromkeys(
        REQUIRED_TEMPLATES, True
    )
    listing_templates = {c.template for c in CASES.values() if c.expected["kind"] == "listing"}
    assert len(listing_templates) >= 2
    assert any(case.is_text for case in CASES.values())


@pytest.mark.parametrize("name", CASE_NAMES)
def test_fixture_files_are_well_formed(name: str) -> None:
    """meta.json has its four keys; expected.json has every required field in Article's format."""
    case = CASES[name]
    assert case.page.is_file(), "page.html or page.txt is missing"
    assert case.template in TEMPLATES
    assert case.notes.strip()
    assert _is_absolute(case.url)
    assert case.content_type is None or case.content_type.startswith("text/")
    missing = [field for field in REQUIRED_FIELDS if field not in case.expected]
    unknown = [field for field in case.expected if field not in ALL_FIELDS]
    assert (missing, unknown) == ([], [])
    round_trip = Article.from_dict(case.expected).to_dict()
    assert {field: round_trip[field] for field in case.expected} == case.expected
    assert case.expected["url"] == case.url
    assert case.expected["kind"] in ("article", "listing", "other")
    assert all(field in case.expected and why.strip() for field, why in case.known_failures.items())


@pytest.mark.parametrize("name", CASE_NAMES)
def test_expected_tips_are_in_expected_body(name: str) -> None:
    """Every expected tip text, at every depth, is part of the expected body."""
    expected = CASES[name].expected
    body = collapse(expected["body"])
    for path, tip in _walk(expected["tips"]):
        assert collapse(tip["text"]) in body, f"tip {path} ({tip['number']})"
        if tip["title"] is not None:
            assert collapse(tip["text"]).startswith(collapse(tip["title"])), f"tip {path}"


@pytest.mark.parametrize("name", CASE_NAMES)
def test_expected_text_is_on_the_page(name: str) -> None:
    """Title, every body line, link titles and snippets, crumbs: all visible on the page. (The
    page's text nodes are joined with spaces, so each piece is also looked for with all spaces
    left out, on both sides: a drop cap's "N" before "ight", a link before its comma.)"""
    case = CASES[name]
    expected = case.expected
    shown = collapse(_page_text(case))
    bare = _SPACES.sub("", shown)
    pieces: list[str] = [expected["title"] or "", *expected["breadcrumbs"]]
    pieces += [line for para in paragraphs(expected["body"]) for line in para.split("\n")]
    for link in _expected_links(expected):
        pieces += [link["title"] or "", link["snippet"] or ""]
    for field in ("description", "author"):
        pieces.append(expected.get(field) or "")
    missing = [
        piece
        for piece in pieces
        if piece and collapse(piece) not in shown and _SPACES.sub("", piece) not in bare
    ]
    assert missing == []


@pytest.mark.parametrize("name", CASE_NAMES)
def test_expected_urls_are_links_on_the_page(name: str) -> None:
    """Every expected URL is absolute and is where one of the page's links points."""
    case = CASES[name]
    expected = case.expected
    urls = [link["url"] for link in _expected_links(expected)]
    urls += [expected["next_page"], expected["canonical_url"]]
    if case.is_text:
        assert [url for url in urls if url is not None] == []
        return
    targets = _page_link_targets(case)
    wrong = [url for url in urls if url is not None and not (_is_absolute(url) and url in targets)]
    assert wrong == []


def test_every_numbering_style_appears() -> None:
    """The corpus keeps covering every numbering style the parser must read."""
    bodies = "\n".join(case.expected["body"] for case in CASES.values())
    sources = "\n".join(_page_source(case) for case in CASES.values())
    numbers = {tip["number"] for case in CASES.values() for _, tip in _walk(case.expected["tips"])}
    styles = {
        "1.": r"(?m)^1\. ",
        "1、": r"(?m)^1、",
        "1．": r"(?m)^1．",
        "1。": r"(?m)^1。",
        "1)": r"(?m)^1\) ",
        "(1)": r"\(1\) ",
        "（1）": r"（1）",
        "一、": r"(?m)^一、",
        "（一）": r"（一）",
        "①": r"①",
        "第一，": r"(?m)^第一，",
        "Step 1": r"(?m)^Step 1\b",
    }
    missing = [style for style, pattern in styles.items() if not re.search(pattern, bodies)]
    assert missing == []
    assert {"1", "(1)", "一", "(一)", "①", "第一", "Step 1"} <= numbers
    assert re.search(r"(?s)<li>(?:(?!</li>).)*?<ol>", sources)  # an <ol> nested in an <li>
    assert "<br />\n\u3000\u3000②" in sources  # <br>-joined items, U+3000 before the numbers
    assert re.search(r"<strong>1[．。][^<]+</strong></p>", sources)  # bold heading paragraph
    depths = [
        path.count(".") + 1 for case in CASES.values() for path, _ in _walk(case.expected["tips"])
    ]
    assert max(depths) >= 3


# --- helpers -------------------------------------------------------------------------------------


def _walk(tips: list[dict[str, Any]], prefix: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for position, tip in enumerate(tips, start=1):
        path = f"{prefix}.{position}" if prefix else str(position)
        yield path, tip
        yield from _walk(tip["tips"], path)


def _expected_links(expected: dict[str, Any]) -> list[dict[str, Any]]:
    singles = [expected["prev"], expected["next"]]
    return [link for link in singles if link] + expected["recommendations"] + expected["links"]


def _is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


_CHARSET = re.compile(rb"""charset\s*=\s*["']?([-\w]+)""", re.IGNORECASE)


def _page_source(case: Case) -> str:
    """The page as text, decoded the way a browser would (for checking the corpus only)."""
    data = case.page.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    declared = _CHARSET.search((case.content_type or "").encode()) or _CHARSET.search(data[:4096])
    charset = declared.group(1).decode().lower() if declared else "utf-8"
    if charset in ("gb2312", "gbk"):
        charset = "gb18030"  # browsers read both labels as the superset
    elif charset in ("iso-8859-1", "latin1", "us-ascii", "ascii"):
        charset = "cp1252"  # and these as windows-1252 (0x92 is a curly apostrophe)
    return data.decode(charset)


_SPACES = re.compile(r"\s+")


def _page_text(case: Case) -> str:
    source = _page_source(case)
    if case.is_text:
        return source
    document = lxml_html.document_fromstring(source)
    # a ruby's reading is no text of the page's own (the corpus's rule, and the parser's)
    for node in document.xpath("//script | //style | //rt | //rp"):
        node.drop_tree()
    text = " ".join(document.xpath("//text()") + document.xpath("//meta/@content"))
    for printed, meant in case.repairs.items():
        text = text.replace(printed, meant)
    return text


def _page_link_targets(case: Case) -> set[str]:
    document = lxml_html.document_fromstring(_page_source(case))
    return {urljoin(case.url, href.strip()) for href in document.xpath("//a/@href | //link/@href")}
