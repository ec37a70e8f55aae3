"""The headline: the page heading that <title> also names, else og:title, else <title> itself."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeAlias

from lxml import etree

from parsers.dom import (
    STRONG,
    class_verdict,
    collapse,
    element_text,
    holds,
    is_heading_anchor,
    is_hidden_by_class,
    page_position,
    weighted_length,
)
from parsers.page_index import PageIndex, title_classed

Element: TypeAlias = etree._Element

# Where <title> joins the headline and the site name: "_", " - ", " | ", "——", " – ".
_SEPARATORS = re.compile(
    r"\s+[-–—|·•:]\s+|\s*(?:_|\||——|—|--|｜|－)\s*"
    r"|(?<=[\u4e00-\u9fff）)？！?!])-(?=[\u4e00-\u9fffA-Za-z0-9（(])"
)
_HEADING_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_CLASSED_LEVELS = 4
_ENTRY_TITLES = 3  # elements sharing a title class: a list's entries
_SHORTEST_CLASSED = 8  # weighted characters: three Chinese characters
_LONGEST_NAME = 18  # weighted characters: a site name of six Chinese characters
_SHORTEST_HEADLINE = 12  # weighted characters: "Index funds" is a headline, "Home" is not
_NOT_A_TITLE = re.compile(r"^(?:首页|主页|home|index|logo|menu|菜单|导航)$", re.IGNORECASE)
_MAX_LENGTH = 200
_ORIGIN = re.compile(r"^(?:https?:)?//[^/]+", re.IGNORECASE)
_HOME_PATHS = frozenset(["", "/", "./", "index.html", "/index.html", "/index.php", "/index.htm"])
_NOT_WORD = re.compile(r"[\s\W_]+")
_LINE_TAGS = frozenset(("div", "p", "h1", "h2", "h3", "h4"))
# a date, or a source/author label: the line printed under a headline
_SOURCE_LINE = re.compile(
    r"\d{4}[-/.年]\d{1,2}|来源|作者|发布|\b(?:source|by|posted|published)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Title:
    """The headline found and the element showing it (None when it came from <head>)."""

    text: str | None
    element: Element | None


def find_title(
    page: PageIndex, content: Element | None = None, first_line: Element | None = None
) -> Title:
    """The article's headline without the site name.

    A heading that says exactly what og:title or a part of <title> says is the headline (where
    it says only a later part, the section, an element classed as the title that says what
    og:title says comes first). Else the best candidate is an <h1>/<h2> (or an element whose
    class says title) that shares the longest part with <title>; without one, and where
    <title> names only the site and a section, the element classed as the title just above
    the text (`content`, whose first block is `first_line`); on a page with no heading, a bold
    first line or the biggest <font size>; then og:title, then <title>, each cut at its
    separators (past them where the page prints the longer text whole), then the first <h1>
    near the content (for an empty or site-name-only <title>).
    """
    head_title = element_text(page.head_title) if page.head_title is not None else ""
    declared = _declared_names(page)
    site_names = _site_names(page, head_title, declared)
    og_titles = [collapse(value) for value in page.og_titles]
    reference = head_title or (og_titles[0] if og_titles else "")
    headings = _usable(page.headings, site_names, declared)
    thirds = [h for h in page.section_headings if h.tag == "h3"]
    agreed = _agreed(
        headings + _usable(thirds, site_names, declared), head_title, og_titles, site_names
    )
    if agreed is not None:
        if not _names_headline(agreed[1], head_title, og_titles):
            # the heading says only what a later part of <title> says (an <h1> naming the
            # section, "Health Library"), while an element classed as the title says what
            # og:title or <title>'s first part says: that element is the headline
            titled = _agreeing_classed(page, head_title, og_titles, site_names, declared)
            # (not the heading with a label before it: a forum's "[Vocabulary] Car rental…")
            if titled is not None and _comparable(agreed[1]) not in _comparable(titled[1]):
                return Title(titled[1], titled[0])
        return Title(agreed[1], agreed[0])
    # past agreement, a heading in chrome ("subscribe-overlay", a comment thread's "15 Replies
    # to “…”") is no candidate
    headings = [heading for heading in headings if not _in_chrome(heading[0])]
    h1s = [heading for heading in headings if heading[0].tag == "h1"]
    # the page's one <h1> is the headline, even where an <h2> shares more of <title>, or
    # <title> words it otherwise for search engines ("Best Tax Preparation Software" over
    # "The Best Tax Prep Software of 2025")
    # a theme printing the headline twice (one copy for small screens, one for large) still
    # has one <h1>
    best = h1s[0] if len({_comparable(text) for _, text in h1s}) == 1 else None
    if best is None:
        best = _best_match(headings, reference, site_names)
    if best is None and reference:
        classed = [
            c
            for c in _usable(title_classed(page)[:40], site_names, declared)
            if not _in_chrome(c[0])
        ]
        best = _best_match(classed, reference, site_names)
        if best is None and content is not None and _names_no_headline(reference, site_names):
            # <title> names only the site and its section ("科普中国-辟谣文章"): the element
            # classed as the title just above the text is the headline
            best = _classed_above(classed, content, first_line)
    if best is None and not headings and first_line is not None:
        # a page with no heading at all (hand-written HTML of the 2000s): the text's first
        # line, set in bold and sharing a word with <title>, is the headline
        best = _bold_headline(first_line, reference)
    if best is None and not headings and page.body is not None:
        # or the words set in the page's biggest type above it (<font size="6">)
        best = _big_type_headline(page.body, reference)
    if best is not None:
        return Title(_restored(best[1], head_title), best[0])
    head_cut = _without_site(head_title, site_names) if head_title else ""
    if head_cut and not og_titles:
        head_cut = _longest_shown(head_title, head_cut, site_names, page)
    for og in og_titles:
        cut = _without_site(og, site_names)
        if cut and cut != og.strip():
            cut = _longest_shown(og.strip(), cut, site_names, page)
        if cut and cut != og.strip() and head_cut and _comparable(head_cut) not in site_names:
            # og:title names the site itself ("Pantry Notes | Ilse Marchetti | Substack", the
            # same on every page): <title> names this page ("Archive - Pantry Notes")
            return Title(head_cut, _printed(page, head_cut))
        if cut:
            return Title(cut, _printed(page, cut))
    cut = head_cut
    if cut and _comparable(cut) not in site_names:
        return Title(cut, _printed(page, cut))
    near = _near_content(headings, content)
    if near is not None:
        return Title(near[1], near[0])
    return Title(cut or None, None)


_BRACKETED = re.compile(r"\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)\s*")


def _names_headline(text: str, head_title: str, og_titles: list[str]) -> bool:
    """Whether `text` says what og:title, <title> or <title>'s first part says."""
    said = {_comparable(og) for og in og_titles}
    if head_title:
        said.add(_comparable(head_title))
        said.add(_comparable(_SEPARATORS.split(head_title)[0] or ""))
    return _comparable(text) in said


def _agreeing_classed(
    page: PageIndex,
    head_title: str,
    og_titles: list[str],
    site_names: set[str],
    declared: set[str],
) -> tuple[Element, str] | None:
    """The first element classed as the title, out of chrome, saying what og:title or
    <title>'s first part says."""
    for element, text in _usable(title_classed(page)[:40], site_names, declared):
        if (
            _comparable(text) not in site_names
            and _names_headline(text, head_title, og_titles)
            and not _in_chrome(element)
        ):
            return element, text
    return None


def _restored(text: str, head_title: str) -> str:
    """The heading's text, or the part of <title> saying the same where the heading's copy lost
    characters to a wrong encoding on the way to the page ("Event Planning? Beginner? Guide"
    beside <title>'s "Event Planning: Beginner's Guide")."""
    if "\ufffd" not in text and not _LOST_CHARACTER.search(text):
        return text
    lost = re.compile(
        "[^\\s?]{1,2}".join(re.escape(piece) for piece in re.split("[?\ufffd]", text))
    )
    for part in _SEPARATORS.split(head_title):
        if part and lost.fullmatch(part.strip()):
            return part.strip()
    return text


_LOST_CHARACTER = re.compile(r"\?(?=\s*\w)")  # a "?" inside the line, not closing it


def _agreed(
    headings: list[tuple[Element, str]],
    head_title: str,
    og_titles: list[str],
    site_names: set[str],
) -> tuple[Element, str] | None:
    """The heading that says exactly what og:title or a part of <title> says (the page's own
    three names for its headline agreeing), the first such <h1>, else <h2>."""
    named = {_comparable(og) for og in og_titles}
    if head_title:
        named.add(_comparable(head_title))
        named.update(_comparable(part) for part in _SEPARATORS.split(head_title) if part)
    named -= site_names
    named.discard("")
    if not named:
        return None
    # an <h3> agrees only with og:title or <title>'s first part: a sidebar's <h3> often names
    # the section that <title> also names ("…的通知_通知公告_岑阳市教育局" beside <h3>通知公告</h3>)
    named_for_thirds = {_comparable(og) for og in og_titles}
    if head_title:
        named_for_thirds.add(_comparable(_SEPARATORS.split(head_title)[0] or ""))
    named_for_thirds &= named
    # what og:title says first: a module's <h1> may say what <title> says ("News Flash" over
    # the item's <h3>, <title> "News Flash • <County>")
    og_named = {_comparable(og) for og in og_titles} - site_names - {""}
    if og_named and og_named != named:
        found = _agreeing(headings, og_named, og_named)
        if found is not None:
            return found
    return _agreeing(headings, named, named_for_thirds)


def _agreeing(
    headings: list[tuple[Element, str]], named: set[str], named_for_thirds: set[str]
) -> tuple[Element, str] | None:
    """The first heading (<h1>, else <h2>, else <h3>) saying one of the `named` texts."""
    for tag in ("h1", "h2", "h3"):
        for element, text in headings:
            if element.tag != tag:
                continue
            if _comparable(text) in (named_for_thirds if tag == "h3" else named):
                return element, text
            # the headline's own link before the counters a forum sets beside it in the
            # heading: <h1><a>糖尿病交流区</a><span>今日: 12|主题: 3456</span></h1>
            # (or the subject in a span of its own after the thread type's link: Discuz's
            # <h1><a>[经验分享]</a> <span id="thread_subject">…</span></h1>)
            if len(element) and not (element.text or "").strip():
                for index, child in enumerate(element[:2]):
                    if child.tag not in ("a", "span") or (
                        index and not _BRACKETED.fullmatch(element_text(element[0]))
                    ):
                        continue
                    own = element_text(child)
                    if own != text and _comparable(own) in named:
                        return element, own
            # the headline before a gloss the heading sets beside it in an element of its own
            # (<h1>대상포진 <span class="engName">Herpes zoster</span></h1>), as og:title or a
            # part of <title> says it
            lead = collapse(element.text)
            if lead and len(element) and lead != text and _comparable(lead) in named:
                return element, lead
            whole = element_text(element)  # a headline set on two lines: "WEEKEND<br>CODING"
            # (not a heading whose tagline was cut off: "… | Opinion" in og:title as well)
            if (
                whole != text
                and _comparable(whole) in named
                and not whole[len(text) :].lstrip().startswith("|")
                and _without_badge(element, whole) == whole  # not "[原创]" put back
            ):
                return element, whole
    return None


def _declared_names(page: PageIndex) -> set[str]:
    """Comparable forms of what the page itself gives as the site's name: og:site_name, the
    text of its links to the home page, a logo heading."""
    names = {_comparable(collapse(value)) for value in page.site_names}
    for value in page.site_names:
        # a platform's name and the blog's: og:site_name "다올 블로그 | 하루하루 건강한 우리집"
        parts = _SEPARATORS.split(value)
        names.update(_comparable(part) for part in parts if part and part.strip())
    names.update(_comparable(element_text(link)) for link in page.home_links[:5])
    names.update(_comparable(element_text(h)) for h in page.headings if _is_logo(h))
    names.discard("")
    return names


def _site_names(page: PageIndex, head_title: str, declared: set[str]) -> set[str]:
    """Comparable forms of what is likely the site's name: the declared ones, and the parts of
    <title> that are not the headline."""
    names = set(declared)
    parts = [p for p in _SEPARATORS.split(head_title) if p and p.strip()] if head_title else []
    if len(parts) >= 2:
        # the one part that og:title or a heading also says is the headline, and the others
        # name the site ("NASA SVS | Impact of Climate Change…" under <h1>Impact of…</h1>)
        said = {_comparable(collapse(value)) for value in page.og_titles}
        # (a logo <h1> says the site's name, not the headline)
        said.update(
            _comparable(_heading_text(heading))
            for heading in page.headings
            if not _is_logo(heading)
        )
        if not said - {""}:
            # no og:title and no heading (a table layout of the 2000s): an element classed as
            # the title says it (<td class="title">)
            said.update(_comparable(element_text(e)) for e in title_classed(page)[:40])
        headline = [part for part in parts if _comparable(part) in said]
        og_said = {_comparable(collapse(value)) for value in page.og_titles}
        if (
            len(headline) == 1
            and headline[0] is parts[-1]
            and _comparable(parts[-1]) not in og_said
        ):
            # the one part a heading (not og:title) says is where the site's name goes (a
            # logo's <h1> in a table cell): an element classed as the title may say another part
            # (uCoz's <td class="eTitle">), and then the last part is the name
            classed = {_comparable(element_text(e)) for e in title_classed(page)[:40]}
            headline += [part for part in parts[:-1] if _comparable(part) in classed]
        joined = _joined_parts(head_title, said)
        if joined is not None:
            # a heading says two parts or more as one ("Magnesium for migraine prevention - my
            # 6 month experience" in "Migraine Circle • View topic - Magnesium … - my 6 month
            # experience"): the headline holds a separator, and the rest names the site, even a
            # part an <h1> also says (the board's name over its topics)
            first, last = joined
            names.update(_comparable(part) for part in parts[:first] + parts[last + 1 :])
        elif len(headline) == 1:
            names.update(_comparable(part) for part in parts if part is not headline[0])
        # else the site's name usually ends <title>; but where a part is already known as the
        # name ("健康百科笔记-眼睛干涩疲劳怎么缓解", name first), the last part is the headline
        elif not any(_comparable(part) in names for part in parts):
            names.add(_comparable(parts[-1]))
    elif head_title:
        # no separator: "土豆不“土” 土豆无“土” 松花江网" is one heading's text, then another's,
        # the site's name (its logo <h1>) last
        whole = _comparable(head_title)
        said = {_comparable(_heading_text(heading)) for heading in page.headings} - {""}
        for text in said:
            if len(text) < len(whole) and whole.endswith(text) and whole[: -len(text)] in said:
                names.add(text)
    names.discard("")
    return names


def _joined_parts(head_title: str, said: set[str]) -> tuple[int, int] | None:
    """The first and last of the longest run of two parts of <title> or more (with the
    separators between them) that a heading or og:title says whole (`said`: comparable forms),
    as indexes of the parts; None where no such run is said."""
    bounds = [match.span() for match in _SEPARATORS.finditer(head_title)]
    starts = [0] + [end for _, end in bounds]
    ends = [start for start, _ in bounds] + [len(head_title)]
    if any(not head_title[start:end].strip() for start, end in zip(starts, ends, strict=True)):
        return None  # an empty part ("a || b"): the parts do not line up with the split
    best: tuple[int, int] | None = None
    longest = 0
    for first in range(len(starts)):
        for last in range(first + 1, len(ends)):
            if first == 0 and last == len(ends) - 1:
                continue  # the whole <title>
            text = head_title[starts[first] : ends[last]].strip()
            if len(text) > longest and _comparable(text) in said:
                best, longest = (first, last), len(text)
    return best


def _usable(
    elements: list[Element], site_names: set[str], declared: set[str]
) -> list[tuple[Element, str]]:
    """The candidates that can be the headline, each with its headline text: not a site name,
    a logo or a heading shown to screen readers only."""
    out = []
    for element in elements:
        text = _heading_text(element)
        if not text or len(text) > _MAX_LENGTH or _NOT_A_TITLE.match(text):
            continue
        if is_hidden_by_class(element):
            continue  # an sr-only copy of <title>
        text = _headline_part(text, declared)
        if _comparable(text) in site_names or _is_logo(element):
            continue
        out.append((element, text))
    return out


def _in_chrome(element: Element) -> bool:
    return class_verdict(element.get("class"), element.get("id"))[0] >= STRONG


def _headline_part(text: str, site_names: set[str]) -> str:
    """A heading's headline without what a search-engine title adds to it: a tagline after
    " | " ("12 Data Analysis Tools for 2026 | Python, SQL & AI"), or the site's name after a
    dash or a bar ("Best UK Art Exhibitions 2025 – Artlyst")."""
    if " | " in text:
        first = text.split(" | ", 1)[0].strip()
        if weighted_length(first) >= _SHORTEST_HEADLINE:
            return first
    last = next(reversed(list(_HEADING_SEPARATOR.finditer(text))), None)
    if last is not None and _comparable(text[last.end() :]) in site_names:
        kept = text[: last.start()].strip()
        if weighted_length(kept) >= _SHORTEST_HEADLINE:
            return kept
    return text


def _heading_text(element: Element) -> str:
    """The heading's text up to its first <br>: PHPCMS prints the date and source after one,
    inside the same <h1>; or its first block, where the blocks after it are that line
    (<div class="title"><div>headline</div><ul><li>来源：新华社</li>…</ul></div>); else its
    text without a <time> it holds."""
    first = element[0] if len(element) else None
    if (
        first is not None
        and first.tag in _LINE_TAGS
        and not (element.text or "").strip()
        and len(element) > 1
    ):
        rest = " ".join(element_text(child) for child in element[1:])
        if _SOURCE_LINE.search(rest):
            return element_text(first)
    if element.find(".//br") is None:
        text = _without_badge(element, _without_anchor(element, element_text(element)))
        time = element.find(".//time")
        if time is not None:
            # a blog theme's date set inside the headline's link ("Dec 18 2025 Preparing a …")
            dated = element_text(time)
            if dated and dated in text:
                return collapse(text.replace(dated, " ", 1)) or text
        return text
    pieces: list[str] = [element.text or ""]
    for node in element.iterdescendants():
        if node.tag == "br":
            break
        pieces.append(node.text or "")
        if node.tail and node.getparent() is element:
            pieces.append(node.tail)
    first = collapse("".join(pieces))
    return first or element_text(element)


def _without_anchor(element: Element, text: str) -> str:
    """`text` without the link to the heading's own address set after it: Sphinx's "¶"."""
    last = element[-1] if len(element) else None
    if last is None or last.tag != "a" or (last.tail or "").strip() or not is_heading_anchor(last):
        return text
    glyph = (last.text or "").strip()
    return text[: -len(glyph)].rstrip() if glyph and text.endswith(glyph) else text


def _without_badge(element: Element, text: str) -> str:
    """`text` without the badge a live page or a sponsor sets before its headline, inside the
    heading ("<span class="live-badge">LIVE</span> Heat wave live updates: …"), or a paper's
    kicker there ("<span data-area="topline">Gesundheit</span><span class="sr-only">: </span>")."""
    if not len(element) or (element.text or "").strip():
        return text
    first = element[0]
    if not isinstance(first.tag, str) or first.tag not in _BADGE_TAGS:
        return text
    badge = element_text(first)
    if (
        not badge
        or len(badge) > _LONGEST_BADGE
        or not (
            _BADGE_CLASS.search(" ".join(first.attrib.values()))
            or _BRACKETED_TAG.fullmatch(badge)  # a forum post's type: "[原创]", "【转载】"
            or badge.endswith((":", "："))  # a label: "<strong>Blog:</strong>", "Title:"
        )
        or not text.startswith(badge)
    ):
        return text
    return text[len(badge) :].lstrip(" :|·-–—") or text


_BADGE_TAGS = frozenset(("span", "em", "strong", "b", "i", "mark", "small", "div"))
# the badge's class or other attribute ("live-badge", data-area="topline"): a German paper's
# Dachzeile is its "topline" or "overline"
_BADGE_CLASS = re.compile(
    r"badge|label|kicker|flag|pill|eyebrow|live|topline|overline|dachzeile", re.IGNORECASE
)
_LONGEST_BADGE = 16
_BRACKETED_TAG = re.compile(r"[\[【［〔][^\]】］〕]{1,6}[\]】］〕]")


def _is_logo(element: Element) -> bool:
    """An <h1> that is the site's logo: a link to the home page, or a class/id saying logo."""
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if "logo" in marks or "site-title" in marks or "site-name" in marks:
        return True
    anchors = list(element.iter("a"))
    if len(anchors) != 1:
        return False
    path = _ORIGIN.sub("", (anchors[0].get("href") or "").strip())
    return path in _HOME_PATHS


def _best_match(
    candidates: list[tuple[Element, str]], reference: str, site_names: set[str]
) -> tuple[Element, str] | None:
    """The candidate sharing the longest run of characters with `reference` (<title>)."""
    if not reference:
        return None
    target = _comparable(reference)
    best: tuple[Element, str] | None = None
    best_shared = 0
    for element, text in candidates:
        mine = _comparable(text)
        if not mine:
            continue
        if mine in target:
            run = mine
        else:
            match = SequenceMatcher(None, mine, target, autojunk=False).find_longest_match(
                0, len(mine), 0, len(target)
            )
            run = target[match.b : match.b + match.size]
        shared = len(run)
        # most of a short heading, not three letters it happens to share ("Success!", "Polls"
        # against "…Falls…": a few letters inside a word say nothing, a character of Chinese
        # does)
        least = 2 if run == mine or not run.isascii() else _LEAST_SHARED_LETTERS
        if shared < max(least, min(len(mine), len(target)) * 2 // 3):
            continue
        # nor a part of the site's name (a sidebar box 养生专题 under "…_杏苑中医养生网")
        if any(mine in name or run in name for name in site_names):
            continue
        # nor a word or two of a long headline it names among others (a section "Discord"
        # under a write-up titled "How we pwned X, Vercel, Cursor, Discord, and …")
        if run == mine and _small_part(mine, reference):
            continue
        # (on a tie, the tighter one: the title's own box, not a header box around it that
        # also holds the byline and the buttons)
        if shared > best_shared or (
            shared == best_shared and best is not None and len(mine) < len(_comparable(best[1]))
        ):
            best, best_shared = (element, text), shared
    return best


_LEAST_SHARED_LETTERS = 4


def _small_part(heading: str, reference: str) -> bool:
    """Whether `heading` (comparable) is under a fifth of the part of <title> that holds it."""
    for part in _SEPARATORS.split(reference):
        whole = _comparable(part or "")
        if heading in whole:
            return len(heading) * _SMALL_PART < len(whole)
    return False


_SMALL_PART = 5


def _without_site(title: str, site_names: set[str]) -> str:
    """`title` cut at its separators, keeping the headline part (the longest non-site part)."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p and p.strip()]
    if len(parts) <= 1:
        return title.strip()
    kept = [p for p in parts[:-1] if _comparable(p) not in site_names] or parts[:1]
    return kept[0]


def _printed(page: PageIndex, text: str) -> Element | None:
    """The first element of the page that prints `text` as its own (a table layout's
    <td class="contentheading">, a thread's title in bold), not a link to it: where the bylines
    and the date line are looked for."""
    if page.body is None:
        return None
    wanted = collapse(text)
    for node in page.body.xpath(".//text()[normalize-space(.) = $t]", t=wanted):
        holder = node.getparent()
        if node.is_tail and holder is not None:
            holder = holder.getparent()
        if (
            holder is not None
            and holder.tag not in _NOT_PRINTING
            and element_text(holder) == wanted  # not the last step of a trail ending on it
            and not any(ancestor.tag == "a" for ancestor in holder.iterancestors())
        ):
            return holder
    return None


_NOT_PRINTING = frozenset(("a", "option", "script", "style", "textarea", "title", "button"))


def _longest_shown(head_title: str, cut: str, site_names: set[str], page: PageIndex) -> str:
    """`cut` (the first part of <title> or og:title), or a longer start of it, up to a later
    separator or whole, where
    the page prints that whole text on its own (a thread titled "Sciatica after lifting - what
    helped you?" in <title> "… - what helped you? - Lumbar Lounge Forums", in bold over its
    first post): the headline held a separator of its own."""
    if page.body is None or not head_title.startswith(cut):
        return cut
    best = cut
    ends = [separator.start() for separator in _SEPARATORS.finditer(head_title, len(cut))]
    for end in [*ends, len(head_title)]:
        longer = head_title[:end].strip()
        if len(longer) <= len(best):
            continue
        last = _SEPARATORS.split(longer)[-1].strip()
        if _comparable(last) in site_names:
            break
        if page.body.xpath("boolean(.//text()[normalize-space(.) = $t])", t=longer):
            best = longer
    return best


def _bold_headline(line: Element, reference: str) -> tuple[Element, str] | None:
    """`line` when it reads as a headline: all of it bold, a headline's length, no sentence,
    and a word of four letters or more that <title> (`reference`) also says."""
    text = element_text(line)
    if not (_SHORTEST_CLASSED <= weighted_length(text) <= _MAX_LENGTH) or text.endswith(
        _SENTENCE_ENDS
    ):
        return None
    bold = "".join(element_text(b) for b in line.iter("b", "strong") if not _inside_bold(b))
    if _comparable(bold) != _comparable(text):
        return None
    words = {word.casefold() for word in _WORD.findall(reference) if len(word) >= 4}
    if not any(word.casefold() in words for word in _WORD.findall(text) if len(word) >= 4):
        return None
    return line, text


def _big_type_headline(body: Element, reference: str) -> tuple[Element, str] | None:
    """The first text set in the biggest <font size> of a page (5 and over, or +2 and over)
    that reads as a headline sharing a word of four letters or more with <title>."""
    words = {word.casefold() for word in _WORD.findall(reference) if len(word) >= 4}
    best: tuple[int, Element, str] | None = None
    for font in body.iter("font"):
        size = _font_size(font.get("size"))
        if size < _BIG_FONT or (best is not None and size <= best[0]):
            continue
        text = element_text(font)
        if (
            _SHORTEST_CLASSED <= weighted_length(text) <= _MAX_LENGTH
            and not text.endswith(_SENTENCE_ENDS)
            and any(word.casefold() in words for word in _WORD.findall(text) if len(word) >= 4)
        ):
            best = (size, font, text)
    return (best[1], best[2]) if best is not None else None


def _font_size(size: str | None) -> int:
    """A <font size> as an absolute size (3 is the default; "+2" is 5)."""
    size = (size or "").strip()
    try:
        return 3 + int(size) if size[:1] in ("+", "-") else int(size)
    except ValueError:
        return 0


_BIG_FONT = 5


def _inside_bold(element: Element) -> bool:
    """Whether a <b> or <strong> holds `element` (its text is counted there)."""
    return any(node.tag in ("b", "strong") for node in element.iterancestors())


_SENTENCE_ENDS = (".", "!", "。", "！")
_WORD = re.compile(r"\w+")


def _near_content(
    headings: list[tuple[Element, str]], content: Element | None
) -> tuple[Element, str] | None:
    h1s = [h for h in headings if h[0].tag == "h1"] or headings
    if not h1s:
        return None
    if content is not None:
        for element, text in h1s:
            if _shares_ancestor(element, content, levels=3):
                return element, text
    return h1s[0]


def _names_no_headline(title: str, site_names: set[str]) -> bool:
    """True when what is left of <title> past the site's name is a name's length (six Chinese
    characters, a word or two), not a headline's."""
    return weighted_length(_without_site(title, site_names)) <= _LONGEST_NAME


def _classed_above(
    classed: list[tuple[Element, str]], content: Element, first_line: Element | None
) -> tuple[Element, str] | None:
    """The last candidate classed as a title that comes before the content (or is its first
    line) and sits beside it (inside the content's third ancestor: CMS templates wrap the text
    in a few <div>s of layout below the box that holds the title), with a headline's length."""
    limit = first_line if first_line is not None else content
    limit_at = page_position(limit)
    found = None
    # a class that titles several elements titles a list's entries ("titleline" on each row of
    # a link aggregator's front page), not the page
    repeated = Counter((element.tag, element.get("class")) for element, _ in classed)
    for element, text in classed:
        if page_position(element) > limit_at:
            break
        if holds(element, content) or holds(element, limit):
            continue  # a wrapper whose class happens to say title
        if repeated[(element.tag, element.get("class"))] >= _ENTRY_TITLES:
            continue
        if _SHORTEST_CLASSED <= weighted_length(text) <= _MAX_LENGTH and _shares_ancestor(
            element, content, levels=_CLASSED_LEVELS
        ):
            found = (element, text)
    return found


def _shares_ancestor(element: Element, content: Element, levels: int) -> bool:
    scope: Element | None = content
    for _ in range(levels):
        if scope is None:
            return False
        node: Element | None = element
        while node is not None:
            if node is scope:
                return True
            node = node.getparent()
        scope = scope.getparent()
    return False


def _comparable(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()
