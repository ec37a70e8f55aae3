"""The shapes of the sample site's content spec: articles, their tips and how tips are printed.

The spec is the ground truth: `build.py` prints each tip tree in the article's numbering style and
writes the same tree, read back from the spec, into site.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.record import Tip

_LEAD = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class TipSpec:
    """One numbered item as a person reads it."""

    text: str
    """The item's own text after its marker; its lead phrase (the tip's title) in [brackets]."""
    tips: tuple[TipSpec, ...] = ()
    """Its children, in order."""
    paras: tuple[str, ...] = ()
    """Further paragraphs of the item (paragraph layouts only)."""

    @property
    def title(self) -> str | None:
        """The bracketed lead phrase, or None."""
        match = _LEAD.search(self.text)
        return match.group(1) if match else None

    @property
    def plain(self) -> str:
        """The text as printed: brackets removed."""
        return _LEAD.sub(r"\1", self.text)


def t(text: str, *children: TipSpec | str, paras: tuple[str, ...] = ()) -> TipSpec:
    """A TipSpec; children given as strings become leaf tips."""
    kids = tuple(c if isinstance(c, TipSpec) else TipSpec(c) for c in children)
    return TipSpec(text, kids, paras)


# marker key -> (printed marker template, Tip.number template, separator after the marker)
MARKERS: dict[str, tuple[str, str, str]] = {
    "dot": ("{n}.", "{n}", " "),
    "paren_close": ("{n})", "{n}", " "),
    "paren": ("({n})", "({n})", " "),
    "step": ("Step {n}:", "Step {n}", " "),
    "comma": ("{n}、", "{n}", ""),
    "fw_dot": ("{n}．", "{n}", ""),
    "fw_paren": ("（{n}）", "({n})", ""),
    "cn": ("{c}、", "{c}", ""),
    "cn_paren": ("（{c}）", "({c})", ""),
    "circled": ("{o}", "{o}", ""),
    "ordinal": ("第{c}，", "第{c}", ""),
    "ol": ("", "{n}", ""),
}

CN_NUMERALS = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

LAYOUTS = frozenset(
    {
        "paragraph",  # <p>1. text</p> <p>para</p> ...
        "inline",  # children only: printed inside the parent's block, "1. a 2. b"
        "alone",  # <p>1.</p> <p>text</p> <p>para</p>
        "bold",  # <p><strong>1. text</strong></p> <p>para</p>
        "bold_lead",  # <p><strong>1. Lead:</strong> rest</p>
        "heading",  # <h3>1. text</h3> <p>para</p>
        "br",  # top level only: one <p>, items joined by <br>
        "run",  # top level only: one <p>, lead-in then "1. a 2. b 3. c"
        "ol",  # <ol><li>text<ol>...</ol></li></ol>
    }
)


@dataclass(frozen=True)
class Level:
    """How the tips of one depth are printed."""

    marker: str
    layout: str

    def __post_init__(self) -> None:
        if self.marker not in MARKERS or self.layout not in LAYOUTS:
            raise ValueError(f"unknown marker or layout: {self.marker!r}, {self.layout!r}")

    def printed(self, n: int) -> str:
        """The marker as printed for item `n` (1-based)."""
        return _fill(MARKERS[self.marker][0], n)

    def number(self, n: int) -> str:
        """Tip.number for item `n`."""
        return _fill(MARKERS[self.marker][1], n)

    @property
    def sep(self) -> str:
        return MARKERS[self.marker][2]


def _fill(template: str, n: int) -> str:
    return template.format(n=n, c=CN_NUMERALS[n - 1], o=CIRCLED[n - 1])


@dataclass(frozen=True)
class ArticleSpec:
    """One article page of the sample site."""

    id: int
    title: str
    intro: tuple[str, ...]
    """Paragraphs before the tips (the first one opens the snippet)."""
    published: str
    """ISO date-time as the page prints it ("2023-05-04T08:30:00")."""
    section: str
    """Breadcrumb label of the article's section."""
    language: str = "en"
    levels: tuple[Level, ...] = ()
    """How each depth of `tips` is printed."""
    tips: tuple[TipSpec, ...] = ()
    subheading: str | None = None
    """A heading printed between the intro and the tips."""
    lead_in: str | None = None
    """For "run"/"br" layouts: the text that opens the tips' paragraph."""
    outro: tuple[str, ...] = ()
    """Paragraphs after the tips."""
    recommendations: tuple[str, ...] = ()
    """The hrefs of the Recommend / 相关文章 block, as printed (tracking queries included)."""
    rec_label: str = "Recommend"
    snippet: str | None = None
    """The teaser other pages print for this article; default: start of the intro + '...'."""
    features: tuple[str, ...] = ()
    """What the page exercises, for the README and for tests that pick pages by feature."""
    broken: bool = False
    """Print the page with broken markup (unclosed tags, stray </div>)."""
    body_links: tuple[tuple[str, str], ...] = field(default=())
    """(href, text) links printed in a closing body paragraph."""
    no_charset_header: bool = False
    """Chinese only: serve with a bare "text/html" Content-Type (the meta tag decides)."""
    html_lang: str | None = None
    """The <html lang> attribute when it differs from the language (machine-translated pages)."""

    @property
    def path(self) -> str:
        return f"/p/{self.id}.html" if self.language == "en" else f"/zh/yangsheng/{self.id}.html"

    def teaser(self, width: int) -> str:
        """The snippet other pages print: the spec's, or the intro cut at `width` plus '...'."""
        if self.snippet is not None:
            return self.snippet
        return self.intro[0][:width].rstrip() + "..."

    def tip_tree(self) -> tuple[Tip, ...]:
        """The tips as `parsers.record.Tip` values: the ground truth."""
        return _tree(self.tips, self.levels, 0)


def _tree(tips: tuple[TipSpec, ...], levels: tuple[Level, ...], depth: int) -> tuple[Tip, ...]:
    out = []
    for n, spec in enumerate(tips, start=1):
        text = "\n\n".join([spec.plain, *spec.paras])
        children = _tree(spec.tips, levels, depth + 1)
        out.append(Tip(number=levels[depth].number(n), title=spec.title, text=text, tips=children))
    return tuple(out)


def count_tips(tips: tuple[Tip, ...]) -> int:
    """All tips at every depth."""
    return sum(1 + count_tips(tip.tips) for tip in tips)
