"""The one record that flows through articlecrawl: parser -> spider -> pipeline -> store.

`Article` is also the Scrapy item (Scrapy accepts dataclass items), so feed exports such as
`-O items.jsonl` write exactly what the store receives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["article", "listing", "other"]


@dataclass(frozen=True, slots=True)
class Link:
    """A link the page shows: prev/next, a recommendation, or an article on a listing."""

    title: str | None
    """The link's text as shown, whitespace collapsed; None when the page shows none."""
    url: str | None
    """Absolute URL (resolved against the page URL); None in a text rendering."""
    snippet: str | None = None
    """The teaser shown under a recommendation, as printed (it may end in "..."); else None."""

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "snippet": self.snippet}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        return cls(title=data.get("title"), url=data.get("url"), snippet=data.get("snippet"))


@dataclass(frozen=True, slots=True)
class Tip:
    """One numbered item of the article, with the items numbered under it."""

    number: str
    """The marker as printed, without its punctuation: "1", "一", "(1)", "①", "Step 1"."""
    title: str | None
    """A short lead phrase where there is one ("Daily life"); else None."""
    text: str
    """All the item's own text as printed after its marker (its lead phrase included, so
    "Massage the waist and back: You can use ..."), excluding its children's text; for a
    heading-style item, the heading then its paragraphs, separated by one blank line."""
    tips: tuple[Tip, ...] = ()
    """Its children, in page order; numbering restarts under each parent."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "text": self.text,
            "tips": [child.to_dict() for child in self.tips],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tip:
        return cls(
            number=data["number"],
            title=data.get("title"),
            text=data.get("text", ""),
            tips=tuple(cls.from_dict(child) for child in data.get("tips", ())),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One page split into its parts. Despite the name, listings and other pages use it too."""

    url: str | None
    """The URL the page was fetched from (or given with --url); None when unknown."""
    kind: Kind = "other"
    """"article" (one article), "listing" (category, list or index page), or "other"."""
    title: str | None = None
    """The article's headline, without the site name."""
    body: str = ""
    """The article's main text only, paragraphs separated by one blank line."""
    tips: tuple[Tip, ...] = ()
    """The numbered items, as a tree (top-level items here, their children inside)."""
    prev: Link | None = None
    """The previous article the page links to ("<<:", 上一篇, "Previous", rel=prev)."""
    next: Link | None = None
    """The next article the page links to; None when there is none ("下一篇：没有了")."""
    recommendations: tuple[Link, ...] = ()
    """The page's own related-articles block ("Recommend", 相关推荐...), in page order."""
    canonical_url: str | None = None
    """<link rel="canonical"> or og:url, absolute; None when the page declares none."""
    published: str | None = None
    """Publication date or datetime as ISO 8601 ("2021-03-04" or "2021-03-04T08:15:00")."""
    breadcrumbs: tuple[str, ...] = ()
    """The breadcrumb trail's labels, from the home page down; () when the page shows none."""
    language: str | None = None
    """Primary language subtag: "zh", "en", ...; None when it cannot be told."""
    description: str | None = None
    """The page's meta description, when it has one."""
    author: str | None = None
    """The author or source as the page names it, when it does."""
    encoding: str | None = None
    """The character encoding the page was decoded with ("utf-8", "gb18030", ...)."""
    links: tuple[Link, ...] = ()
    """For listings: the article links it lists, in page order."""
    next_page: str | None = None
    """For listings: the absolute URL of the next page of the list, when there is one."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (lists, not tuples), field order as declared."""
        return {
            "url": self.url,
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "tips": [tip.to_dict() for tip in self.tips],
            "prev": self.prev.to_dict() if self.prev else None,
            "next": self.next.to_dict() if self.next else None,
            "recommendations": [link.to_dict() for link in self.recommendations],
            "canonical_url": self.canonical_url,
            "published": self.published,
            "breadcrumbs": list(self.breadcrumbs),
            "language": self.language,
            "description": self.description,
            "author": self.author,
            "encoding": self.encoding,
            "links": [link.to_dict() for link in self.links],
            "next_page": self.next_page,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The inverse of to_dict(); unknown keys are ignored."""

        def link(value: Mapping[str, Any] | None) -> Link | None:
            return Link.from_dict(value) if value else None

        return cls(
            url=data.get("url"),
            kind=data.get("kind", "other"),
            title=data.get("title"),
            body=data.get("body") or "",
            tips=tuple(Tip.from_dict(tip) for tip in data.get("tips") or ()),
            prev=link(data.get("prev")),
            next=link(data.get("next")),
            recommendations=tuple(Link.from_dict(r) for r in data.get("recommendations") or ()),
            canonical_url=data.get("canonical_url"),
            published=data.get("published"),
            breadcrumbs=tuple(data.get("breadcrumbs") or ()),
            language=data.get("language"),
            description=data.get("description"),
            author=data.get("author"),
            encoding=data.get("encoding"),
            links=tuple(Link.from_dict(r) for r in data.get("links") or ()),
            next_page=data.get("next_page"),
        )


def walk_tips(tips: tuple[Tip, ...], prefix: str = "") -> list[tuple[str, Tip]]:
    """Every tip in the tree, depth first, with its path ("1", "1.2", "3.2.1")."""
    out: list[tuple[str, Tip]] = []
    for position, tip in enumerate(tips, start=1):
        path = f"{prefix}.{position}" if prefix else str(position)
        out.append((path, tip))
        out.extend(walk_tips(tip.tips, path))
    return out
