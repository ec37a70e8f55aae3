"""Numbered tips: find the numbered items of an article body and build their tree.

The body is the blocks' texts joined by one blank line. Every place a marker may stand
(parsers.numbering) is a candidate; a candidate becomes an item when it stands at the start of a
block or line, or inline right after a sentence or lead phrase has ended, AND its number starts a
run at 1 or continues an open run of its family by one. Runs nest: a run that starts at 1 inside an
item (its own paragraph, the paragraphs it heads, a deeper <ol>) holds that item's children, so
numbering restarts under each parent. A run of one item is no list: "1." without "2." (or a lone
"①") is dropped, its text stays with whatever precedes it and its children move up one level.

Each item's text is the body from the end of its marker to the next item's marker, cut at the end
of its block; a heading-style item (a numbered heading, or items whose text sits in the
paragraphs under them) also takes the unnumbered paragraphs that follow it. Texts are slices of
the body, stripped at the ends only, so every text is found verbatim in the body.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from parsers.dom import cites_a_source
from parsers.numbering import (
    LETTER_LINE,
    MARKER,
    Marker,
    family_rank,
    letter_marker,
    list_marker,
    read_marker,
)
from parsers.record import Tip


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body (a paragraph, heading or list item), as the parsers see it."""

    text: str
    """Whitespace-collapsed text; a <br> inside the block becomes "\\n"."""
    lead: str | None = None
    """Text of a <strong>/<b> that opens the block, when one does."""
    heading: bool = False
    """True for <h1>-<h6>, and for a paragraph that is only bold text."""
    level: int = 0
    """1-6 for <h1>-<h6>; 0 for any other block."""
    list_number: int | None = None
    """1-based position inside an <ol>, when the block is one of its <li>."""
    list_depth: int = 0
    """How many <ol>/<ul> enclose the block (0 outside lists)."""


def find_tips(blocks: Sequence[Block], *, continued: bool = False) -> tuple[Tip, ...]:
    """The numbered items found in `blocks`, as a tree; () when there is no numbered list.

    `continued` says the blocks go on from an earlier page of the same article: the first
    list may then go on from a number printed there ("三、" opening page 2).

    >>> tips = find_tips([Block("1. Daily life. 1. Keep clean. 2. Move your waist."),
    ...                   Block("2. Diet. 1. Avoid cold food. 2. Eat less salt.")])
    >>> for tip in tips:
    ...     print(tip.number, tip.title, [child.text for child in tip.tips])
    1 Daily life ['Keep clean.', 'Move your waist.']
    2 Diet ['Avoid cold food.', 'Eat less salt.']
    """
    if not blocks:
        return ()
    body = _Body(blocks)
    builder = _RunBuilder(body, _candidates(body), continued)
    builder.build()
    return _TreeWriter(body, builder.runs, builder.items).tips()


# --- the body and its candidate markers -------------------------------------------------------

_CLOSERS = frozenset("\"'”’」』")
_PHRASE_END = frozenset(".。:：;；!?！？।۔؟")
_COMMAS = frozenset("，")  # Chinese only: "1) rest, 2) ice" is English prose
_ASCII_DIGITS = frozenset("0123456789")
_DIGITS = frozenset("0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯")
# families whose numeral is a plain number, so "135. 2 cm" and "2021. 3. 4" can fake them inline
_NUMERAL_FAMILIES = frozenset(
    {"arabic-dot", "arabic-comma", "arabic-bracket", "arabic-colon", "arabic-dash", "step", "tip"}
)
# "#1" marks an item only where it opens a heading-like line ("<h3>#1 Snake plant</h3>"), "Tip 1"
# and "1：" and "1- " only where they open a line ("here is tip 2 again" is prose, "比例为 3：2"
# a ratio, "1- 2 cups" a range)
_HEADING_ONLY_FAMILIES = frozenset({"hash", "padded", "spaced", "decimal", "method"})
_LINE_START_FAMILIES = frozenset(
    {"hash", "padded", "spaced", "decimal", "method", "tip", "arabic-colon", "arabic-dash"}
)
# a bracketed section label ("【注意事项】"): the line's marker may follow it
_SECTION_LABEL = re.compile(r"【[^】\n]{1,12}】")
# a section of citations: its numbered list is sources, not the article's items
_REFERENCES_HEADING = re.compile(
    r"^(?:references?|sources?|citations?|footnotes?|notes|bibliography|works\s+cited|"
    r"参考文献|参考资料|参考来源|注释|资料来源|附件|attachments?)\s*[:：]?$",
    re.IGNORECASE,
)
# a site's legal notice printed under the article: its 一、二、 clauses are boilerplate, not tips
_NOTICE_HEADING = re.compile(
    r"^(?:[^\s:：]{0,6}(?:版权|侵权|免责|法律|郑重)(?:声明|公告|说明|条款)|"
    r"copyright(?:\s+(?:notice|statement))?|legal\s+(?:notice|statement)|disclaimers?)\s*[:：]?$",
    re.IGNORECASE,
)
_MAX_LABEL_CHARS = 24
# "1 Hold your breath.": an <li>'s number printed bare in a box of its own before its text
_BARE_NUMBER = re.compile(r"(\d{1,2}) (?=\S)")
# "1. ", "[2] ": a line that is a numbered entry
_PRINTED_NUMBER = re.compile(r"\[?\d{1,3}[.)\]]\s")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# "135. 2 cm": a full stop between two numbers is a machine-translated decimal point
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)(?!(?<=[0-9][.])\s+[0-9])|[。！？；।۔؟]")
_MAX_LEAD_WORDS = 8
# before a colon or a dash: "Check your whole body every time you come inside: ..."
_MAX_LABEL_WORDS = 12
_PAIRED_CJK = 10  # characters: two phrases of four, a comma between
_ENUMERATION_FAMILIES = frozenset({"paren-arabic", "arabic-bracket"})
_ENUMERATION_GAP = re.compile(r"[,;，；]\s*(?:(?:and|or)\s+)?$", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 3
_MAX_LEAD_CJK = 20
_MAX_HEADING_CHARS = 120


class _Body:
    """The blocks joined into one string, with each block's offsets in it."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        self.text = "\n\n".join(block.text for block in blocks)
        self.starts: list[int] = []
        self.ends: list[int] = []
        offset = 0
        for block in blocks:
            self.starts.append(offset)
            offset += len(block.text)
            self.ends.append(offset)
            offset += 2
        self.heading = [_is_heading_block(block) for block in blocks]
        # where each block's first character after leading whitespace sits in the body
        self.first = [
            start + len(block.text) - len(block.text.lstrip())
            for start, block in zip(self.starts, blocks, strict=True)
        ]


@dataclass(slots=True)
class _Candidate:
    """A marker that may open an item, where it stands and what it looks like there."""

    marker: Marker
    start: int
    """Body offset of the marker's first character."""
    end: int
    """Body offset where the item's own text starts (just after the marker)."""
    block: int
    inline: bool
    """Text precedes it on its line."""
    weak: bool = False
    """It follows only a comma: it may continue a run in its block, never start one."""
    headingish: bool = False
    """Not inline, and the rest of its line reads as a heading (short, no sentence end)."""


def _candidates(body: _Body) -> list[_Candidate]:
    out: list[_Candidate] = []
    in_references = False
    for index, block in enumerate(body.blocks):
        label = block.text.strip()
        if body.heading[index] or (len(label) <= _MAX_LABEL_CHARS and block.list_depth == 0):
            is_references = (
                _REFERENCES_HEADING.match(label) is not None
                or _NOTICE_HEADING.match(label) is not None
            )
            if is_references or body.heading[index]:
                in_references = is_references
            if is_references:
                continue
        if in_references:
            continue
        if (block.list_number is not None or _PRINTED_NUMBER.match(label)) and cites_a_source(
            block.text
        ):
            continue  # one entry of a reference list
        out.extend(_block_candidates(body, index, block))
    return out


def _block_candidates(body: _Body, index: int, block: Block) -> list[_Candidate]:
    text = block.text
    base = body.starts[index]
    lead_space = body.first[index] - base
    out: list[_Candidate] = []
    printed_start = -1  # a printed marker that repeats the <li>'s own number
    if block.list_number is not None and block.list_number >= 1:
        end = lead_space
        match = MARKER.match(text, lead_space)
        if match:
            printed = read_marker(match)
            if printed and printed.value == block.list_number and printed.number.isdigit():
                end = printed_start = match.end()
        else:
            # the item's number printed bare before its text, in a box of its own ("1 Hold
            # your breath."): the list's number, shown
            bare = _BARE_NUMBER.match(text, lead_space)
            if bare and int(bare.group(1)) == block.list_number:
                end = printed_start = bare.end()
        out.append(
            _Candidate(
                marker=list_marker(block.list_depth, block.list_number),
                start=base + lead_space,
                end=base + end,
                block=index,
                inline=False,
                headingish=_headingish(block, text, end),
            )
        )
    bracketed: list[tuple[re.Match[str], Marker]] = []  # for _enumeration_candidates
    for match in MARKER.finditer(text):
        start = match.start()
        if start < printed_start or (out and start == lead_space):
            continue
        marker = read_marker(match)
        if marker is None:
            continue
        if marker.family in _ENUMERATION_FAMILIES:
            bracketed.append((match, marker))
        before = start - 1
        while before >= 0 and text[before] != "\n" and text[before].isspace():
            before -= 1
        if before >= 0 and text[before] == "】":
            # a leaflet's section label opening the line: "【注意事项】1.本品为…"
            line_start = text.rfind("\n", 0, before) + 1
            if _SECTION_LABEL.fullmatch(text, line_start, before + 1):
                before = line_start - 1
        if before < 0 or text[before] == "\n":
            headingish = _headingish(block, text, match.end())
            if marker.family in _HEADING_ONLY_FAMILIES and not headingish:
                continue  # "#2 is the one I like": a reference to an item, not a marker
            if match.lastgroup == "spaced" and match["sd"].isascii() and not body.heading[index]:
                continue  # "3 cups of flour" on a line: a quantity; in a heading, a number
            out.append(
                _Candidate(
                    marker,
                    start=base + start,
                    end=base + match.end(),
                    block=index,
                    inline=False,
                    headingish=headingish,
                )
            )
            continue
        if marker.family in _LINE_START_FAMILIES:
            continue
        context = "strong" if marker.always_marker else _inline_context(text, before)
        if context is None or not _text_follows(text, match.end(), marker):
            continue
        out.append(
            _Candidate(
                marker,
                start=base + start,
                end=base + match.end(),
                block=index,
                inline=True,
                weak=context == "weak",
            )
        )
    first = text[lead_space : lead_space + 1]
    if "\n" in text or first.islower() or first in ("(", "（"):
        out = _with_letter_lines(out, text, base, index, block)
    if len(bracketed) > 1:
        taken = {candidate.start for candidate in out}
        extra = [
            candidate
            for candidate in _enumeration_candidates(text, bracketed, base, index)
            if candidate.start not in taken
        ]
        if extra:
            out = sorted(out + extra, key=lambda candidate: candidate.start)
    return out


def _with_letter_lines(
    out: list[_Candidate], text: str, base: int, index: int, block: Block
) -> list[_Candidate]:
    """`out` and the lettered lines of the block ("a) when I first get up"), each a line's
    marker, in page order."""
    taken = {candidate.start for candidate in out}
    extra = [
        _Candidate(
            letter_marker(match),
            start=base + match.start(match.lastgroup or 0) - (1 if match["pl"] else 0),
            end=base + match.end(),
            block=index,
            inline=False,
            headingish=_headingish(block, text, match.end()),
        )
        for match in LETTER_LINE.finditer(text)
    ]
    extra = [candidate for candidate in extra if candidate.start not in taken]
    if not extra:
        return out
    return sorted(out + extra, key=lambda candidate: candidate.start)


def _enumeration_candidates(
    text: str, bracketed: list[tuple[re.Match[str], Marker]], base: int, index: int
) -> list[_Candidate]:
    """The items of enumerations inside one sentence: "students and (1) at least 18 years of age,
    (2) scored 14 points or more, and (3) owned a phone". The first marker follows a word, each
    next one a comma or semicolon (", and"), and every item is a clause of a few words, so
    "1) rest, 2) ice, and 3) elevation" stays prose."""
    out: list[_Candidate] = []
    position = 0
    while position < len(bracketed):
        first_match, first = bracketed[position]
        position += 1
        if first.value != 1 or not _text_follows(text, first_match.end(), first):
            continue
        chain = [(first_match, first)]
        for match, marker in bracketed[position:]:
            last_match, last = chain[-1]
            between = text[last_match.end() : match.start()]
            gap = _ENUMERATION_GAP.search(between)
            if (
                gap is None
                or marker.family != last.family
                or marker.value != last.value + 1
                or len(between.split()) < _MIN_CLAUSE_WORDS
                or _SENTENCE_END.search(between, 0, gap.start())
                or "\n" in between
            ):
                break
            chain.append((match, marker))
        if len(chain) < 2:
            continue
        position += len(chain) - 1
        out.extend(
            _Candidate(
                marker,
                start=base + match.start(),
                end=base + match.end(),
                block=index,
                inline=True,
            )
            for match, marker in chain
        )
    return out


def _inline_context(text: str, before: int) -> str | None:
    """How an inline marker stands: "strong" after a sentence or phrase end, "weak" after a
    Chinese comma, None anywhere else. `before` is the index of the character before it."""
    while before > 0 and text[before] in _CLOSERS:
        before -= 1
    char = text[before]
    if char in _PHRASE_END:
        # "37. 5", "2021. 3. 4", "3:1. 2": a number just ended, this is no new phrase
        if char in ".:" and before > 0 and text[before - 1] in _ASCII_DIGITS:
            return None
        return "strong"
    if char in _COMMAS:
        return "weak"
    return None


def _text_follows(text: str, end: int, marker: Marker) -> bool:
    """Whether item text follows an inline marker (not a digit, as in "135. 2 cm")."""
    position = end
    while position < len(text) and text[position] != "\n" and text[position].isspace():
        position += 1
    if position >= len(text) or text[position] == "\n":
        return False
    return not (marker.family in _NUMERAL_FAMILIES and text[position] in _DIGITS)


def _headingish(block: Block, text: str, end: int) -> bool:
    if _is_heading_block(block):
        return True
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)].strip().rstrip(":：")
    return not rest or (_is_short(rest) and not _SENTENCE_END.search(rest))


def _is_heading_block(block: Block) -> bool:
    return block.heading or (block.lead is not None and block.lead.strip() == block.text.strip())


def _is_short(phrase: str, words: int = 0) -> bool:
    if _CJK.search(phrase):
        return len(phrase) <= _MAX_LEAD_CJK
    return len(phrase.split()) <= (words or _MAX_LEAD_WORDS)


# --- which candidates are items, and how runs nest --------------------------------------------


@dataclass(eq=False, slots=True)
class _Run:
    """Items of one family numbered 1, 2, 3... under one parent."""

    family: str
    inline: bool
    headingish: bool
    heading: bool
    level: int
    """Its items' <h1>-<h6> level, 0 when they are not <h*> headings."""
    parent: _Item | None
    items: list[_Item] = field(default_factory=list)
    dropped: bool = False


@dataclass(eq=False, slots=True)
class _Item:
    candidate: _Candidate
    run: _Run


class _RunBuilder:
    """Reads the candidates in page order, keeping the open runs as a stack (outermost first)."""

    def __init__(self, body: _Body, candidates: list[_Candidate], continued: bool) -> None:
        self.body = body
        self.candidates = candidates
        self.continued = continued
        self.stack: list[_Run] = []
        self.runs: list[_Run] = []
        self.items: list[_Item] = []
        # where each (family, value) is printed: tells whether a run goes on further down
        self.printed: dict[tuple[str, int], list[int]] = {}
        for candidate in candidates:
            key = (candidate.marker.family, candidate.marker.value)
            self.printed.setdefault(key, []).append(candidate.start)

    def build(self) -> None:
        """Place every candidate, then drop the runs of one item."""
        position = 0
        for index in range(len(self.body.blocks)):
            self._close_inline()
            opened = False
            first = True
            while position < len(self.candidates) and self.candidates[position].block == index:
                candidate = self.candidates[position]
                position += 1
                if not candidate.inline:
                    self._close_inline()
                placed = self._place(candidate)
                if first:
                    first = False
                    opened = placed and candidate.start == self.body.first[index]
                    if not opened and self.body.heading[index]:
                        self._close_below_headings(index)
            if first and self.body.heading[index]:
                self._close_below_headings(index)
        self._drop_single_item_runs()

    def _place(self, candidate: _Candidate) -> bool:
        index = self._continued_run(candidate)
        if index is not None:
            del self.stack[index + 1 :]
            self._add(self.stack[index], candidate)
            return True
        if candidate.weak:
            return False
        if candidate.marker.value != 1 and not (
            # a later page's first list goes on from the number its page 1 ended at
            self.continued and not self.runs and not candidate.inline
        ):
            return False
        self._start_run(candidate)
        return True

    def _continued_run(self, candidate: _Candidate) -> int | None:
        """The stack index of the run `candidate` continues by one, preferring runs of its look."""
        marker = candidate.marker
        for strict in (True, False):
            for index in range(len(self.stack) - 1, -1, -1):
                run = self.stack[index]
                last = run.items[-1].candidate
                if run.family != marker.family or last.marker.value + 1 != marker.value:
                    continue
                if strict and (run.inline, run.headingish) != (
                    candidate.inline,
                    candidate.headingish,
                ):
                    continue
                # inline items continue a run only within one paragraph
                if (candidate.inline or candidate.weak) and last.block != candidate.block:
                    continue
                return index
        return None

    def _start_run(self, candidate: _Candidate) -> None:
        while self.stack:
            run = self.stack[-1]
            if run.family == candidate.marker.family and (run.inline, run.headingish) == (
                candidate.inline,
                candidate.headingish,
            ):
                # the same kind of item counting from 1 again: a new list beside the old one
                self.stack.pop()
                self._push(candidate, run.parent)
                return
            if family_rank(run.family) > family_rank(candidate.marker.family):
                self.stack.pop()  # 1、 items do not hold an 一、 section
                continue
            if self._belongs_under(run.items[-1], candidate):
                self._push(candidate, run.items[-1])
                return
            self.stack.pop()
        self._push(candidate, None)

    def _belongs_under(self, item: _Item, candidate: _Candidate) -> bool:
        """Whether a run starting at `candidate` holds `item`'s children."""
        own = item.candidate
        blocks = self.body.blocks
        if own.block == candidate.block:
            return True
        if blocks[candidate.block].list_depth > blocks[own.block].list_depth:
            return True
        if (
            blocks[own.block].list_number is not None
            and blocks[candidate.block].list_number is not None
        ):
            return False  # a list beside a list item's own list, not under its last item
        if self.body.heading[own.block]:
            return True
        if own.headingish and item is self.items[-1]:
            return True
        # the item's run goes on after this candidate, so this run must sit inside the item
        later = self.printed.get((own.marker.family, own.marker.value + 1), [])
        return bisect_right(later, candidate.start) < len(later)

    def _push(self, candidate: _Candidate, parent: _Item | None) -> None:
        run = _Run(
            family=candidate.marker.family,
            inline=candidate.inline,
            headingish=candidate.headingish,
            heading=self.body.heading[candidate.block] and not candidate.inline,
            level=self.body.blocks[candidate.block].level,
            parent=parent,
        )
        self.runs.append(run)
        self.stack.append(run)
        self._add(run, candidate)

    def _add(self, run: _Run, candidate: _Candidate) -> None:
        item = _Item(candidate, run)
        run.items.append(item)
        self.items.append(item)

    def _close_inline(self) -> None:
        while self.stack and self.stack[-1].inline:
            self.stack.pop()

    def _close_below_headings(self, index: int) -> None:
        """An unnumbered heading starts a new section: only runs of numbered headings go on, and
        of those only the runs of a higher level, or whose next number is printed further down
        (an unnumbered <h2> "FAQ" after numbered <h2> sections ends them; an unnumbered <h3>
        inside one of them does not; any <h2> ends a run of numbered bold paragraphs)."""
        level = self.body.blocks[index].level
        at = self.body.starts[index]
        while self.stack:
            run = self.stack[-1]
            # bold paragraphs numbered as headings (level 0) rank below any <h1>-<h6>
            outranked = level and (run.level >= level or run.level == 0)
            if run.heading and not (outranked and not self._goes_on(run, at)):
                return
            self.stack.pop()

    def _goes_on(self, run: _Run, after: int) -> bool:
        marker = run.items[-1].candidate.marker
        later = self.printed.get((marker.family, marker.value + 1), [])
        return bisect_right(later, after) < len(later)

    def _drop_single_item_runs(self) -> None:
        # runs were created parents first, so a dropped parent is re-linked before its children
        moved: dict[int, _Item | None] = {}
        for run in self.runs:
            if run.parent is not None and id(run.parent) in moved:
                run.parent = moved[id(run.parent)]
            if len(run.items) == 1 and not _names_its_parent(run):
                run.dropped = True
                moved[id(run.items[0])] = run.parent
        self.items = [item for item in self.items if not item.run.dropped]
        self.runs = [run for run in self.runs if not run.dropped]


def _names_its_parent(run: _Run) -> bool:
    """Whether the run's one item prints its parent's number in its own: "4.1" alone under
    "4. Discussion" is a part of section 4, not a stray number."""
    marker = run.items[0].candidate.marker
    return (
        marker.family == "decimal"
        and run.parent is not None
        and marker.number.startswith(run.parent.candidate.marker.number + ".")
    )


# --- texts, titles and the tree ----------------------------------------------------------------

# where an item's lead phrase ends: a colon, a spaced dash, a sentence's end (not a number's
# point, "2.5", nor an abbreviation's: "2 p.m.", "e.g.", "Dr."), a line's end
_LEAD_END = re.compile(
    r"[:：]|\s[-–—]+\s"
    r"|(?<!\.[A-Za-z])(?<!\b[DM]r)(?<!\bMrs)(?<!\bMs)(?<!\bvs)"
    r"[.!?](?=\s|$)(?!(?<=[0-9][.])\s+[0-9])"
    r"|[。！？।۔؟]|\n"
)
_TRAILING = " \t\n\u3000.。:：;；,，、!！?？-–—।۔؟"
_LEAD_COMMA = re.compile(r"[,，;；]")
_SENTENCE_STOP = re.compile(r"[.!?。！？।۔؟\n]")
_WORD = re.compile(r"\w")


class _TreeWriter:
    """Cuts each kept item's text out of the body and assembles the Tip tree."""

    def __init__(self, body: _Body, runs: list[_Run], items: list[_Item]) -> None:
        self.body = body
        self.runs = runs
        self.items = items
        self.children: dict[int, list[_Run]] = {}
        for run in runs:
            self.children.setdefault(id(run.parent), []).append(run)
        self.texts = self._texts()

    def tips(self) -> tuple[Tip, ...]:
        return self._tips_under(None)

    def _tips_under(self, parent: _Item | None) -> tuple[Tip, ...]:
        return tuple(
            self._tip(item) for run in self.children.get(id(parent), ()) for item in run.items
        )

    def _tip(self, item: _Item) -> Tip:
        children = self._tips_under(item)
        text = self.texts[id(item)]
        return Tip(
            number=item.candidate.marker.number,
            title=self._title(item, text, bool(children)),
            text=text,
            tips=children,
        )

    def _texts(self) -> dict[int, str]:
        body = self.body
        opens = [False] * len(body.blocks)
        for item in self.items:
            if (
                not item.candidate.inline
                and item.candidate.start == body.first[item.candidate.block]
            ):
                opens[item.candidate.block] = True
        ends: dict[int, int] = {}
        spare: dict[int, int] = {}  # unnumbered blocks an item could take before the next item
        inner: dict[int, int] = {}  # of those, the ones inside its own <li> (a nested list)
        for position, item in enumerate(self.items):
            own = item.candidate
            end = (
                self.items[position + 1].candidate.start
                if position + 1 < len(self.items)
                else len(body.text)
            )
            ends[id(item)] = end
            count = 0
            nested = 0
            if not own.inline and end > body.ends[own.block]:
                level = body.blocks[own.block].level
                # a list item ends with its list: what follows the list is not the item's
                depth = (
                    body.blocks[own.block].list_depth
                    if body.blocks[own.block].list_number is not None
                    else 0
                )
                block = own.block + 1
                # a number alone in its block ("01" in a badge over the heading): the heading
                # under it is the item's own
                bare = not body.text[own.end : body.ends[own.block]].strip()
                while (
                    block < len(body.blocks)
                    and body.starts[block] < end
                    and not opens[block]
                    and not (
                        body.heading[block]
                        and not _below(body.blocks[block], level)
                        and not (bare and block == own.block + 1)
                    )
                    and body.blocks[block].list_depth >= depth
                    # references, attachments, a legal notice: the items' text ends there
                    and not _opens_back_matter(body.blocks[block])
                ):
                    if depth and nested == count and body.blocks[block].list_depth > depth:
                        nested += 1
                    count += 1
                    block += 1
            spare[id(item)] = count
            inner[id(item)] = nested
        texts: dict[int, str] = {}
        for run in self.runs:
            gaps = [spare[id(item)] for item in run.items[:-1]]
            spaced = any(gaps)
            for position, item in enumerate(run.items):
                own = item.candidate
                taken = 0
                if body.heading[own.block] and not own.inline:
                    taken = spare[id(item)]
                elif spaced:
                    last = position == len(run.items) - 1
                    # the last item takes no more paragraphs than its siblings did: what follows
                    # the list is usually the article's closing words
                    taken = min(spare[id(item)], max(gaps)) if last else spare[id(item)]
                taken = max(taken, inner[id(item)])  # its own nested list is its text
                end = min(ends[id(item)], body.ends[own.block + taken])
                texts[id(item)] = body.text[own.end : end].strip()
        return texts

    def _title(self, item: _Item, text: str, has_children: bool) -> str | None:
        own = item.candidate
        block = self.body.blocks[own.block]
        opens_block = not own.inline and own.start == self.body.first[own.block]
        phrase: str | None = None
        if opens_block and block.lead:
            phrase = _bold_lead(block.lead, self.body.text[own.start : own.end], text)
        if (
            phrase is None
            and opens_block
            and (self.body.heading[own.block] or own.marker.family in _HEADING_ONLY_FAMILIES)
        ):
            # a heading's item, or one whose marker only ever opens a heading ("01" beside
            # its title): the heading is the title, commas and all
            line = text.split("\n", 1)[0]
            phrase = line if len(line) <= _MAX_HEADING_CHARS else None
        if phrase is None:
            match = _LEAD_END.search(text)
            candidate = text[: match.start()] if match else text
            # a phrase set off by a colon or a dash may run longer than a first sentence can
            labelled = match is not None and not _SENTENCE_STOP.match(match.group())
            if (
                candidate.strip()
                and _is_short(candidate, _MAX_LABEL_WORDS if labelled else _MAX_LEAD_WORDS)
                # a comma marks a clause of a sentence, not of a line standing alone as the
                # item's heading ("3. Stool sticky, not easy to flush"); a label before a colon
                # may hold one ("Wash hands with soap and water, not just sanitizer: …")
                and (
                    not _LEAD_COMMA.search(candidate)
                    or (labelled and match is not None and match.group() in ":：")
                    or (own.headingish and (match is None or match.group() == "\n"))
                    # a Chinese pair of phrases ("规范服药，定期监测。"): a heading's parallel
                    # form, short, closed by a full stop
                    or (
                        match is not None
                        and match.group() == "。"
                        and len(candidate) <= _PAIRED_CJK
                    )
                )
            ):
                phrase = candidate
        if phrase is None:
            return None
        title = phrase.strip().rstrip(_TRAILING)
        more = _WORD.search(text, len(phrase)) is not None
        return title if title and (more or has_children) else None


def _opens_back_matter(block: Block) -> bool:
    label = block.text.strip()
    return _CLOSING_FORMULA.match(label) is not None or (
        len(label) <= _MAX_LABEL_CHARS
        and (
            _REFERENCES_HEADING.match(label) is not None or _NOTICE_HEADING.match(label) is not None
        )
    )


# a notice's back matter: its closing formula (特此通知。) and its attachments line with the
# first file on it (附件：1. 名单.xlsx)
_CLOSING_FORMULA = re.compile(r"^(?:特此(?:通知|公告|通告|函告|批复|函)[。.！!]?$|附件\s*[:：])")


def _below(heading: Block, level: int) -> bool:
    """Whether `heading` heads a part of a numbered <h`level`> section (an unnumbered <h3>, or a
    bold line, inside a numbered <h2>) rather than ending it."""
    return level > 0 and (heading.level == 0 or heading.level > level)


def _bold_lead(lead: str, marker_text: str, text: str) -> str | None:
    """The bold lead as it opens the item's text (its marker cut off), or None if it does not."""
    lead = lead.strip()
    if marker_text and lead.startswith(marker_text):
        lead = lead[len(marker_text) :].strip()
    if not lead or not text.startswith(lead):
        return None
    following = text[len(lead) : len(lead) + 1]
    if following and (
        unicodedata.category(following).startswith("S")
        or (following.isalnum() and following < _CJK_START)
    ):
        return None  # a bold word inside the line ("10. <b>360</b>° Photography") leads nothing
    return lead


_CJK_START = "\u2e80"  # where the scripts written without spaces between words begin
