"""Properties of find_tips() over generated blocks: it never raises, every text is the body's own,
and the numbers of each run count 1, 2, 3..."""

from __future__ import annotations

import doctest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers.links
import parsers.meta
import parsers.numbering
import parsers.tips
from parsers.numbering import number_value
from parsers.record import Tip, walk_tips
from parsers.tips import Block, find_tips

# Pieces that make the marker machinery work hard: markers of every family, the punctuation that
# makes an inline marker count, and the look-alikes ("135. 2", "2021. 3. 4") that must not.
FRAGMENTS = [
    "1.", "2.", "3.", "1、", "2、", "3、", "1)", "2)", "(1)", "(2)", "（1）", "（2）", "(3）",
    "一、", "二、", "三、", "（一）", "（二）", "①", "②", "③", "⑴", "⑵", "❶", "❷",
    "第一，", "第二，", "第一步", "第二步", "Step 1", "Step 2:", "１．", "２．",
    " ", " ", " ", "\u3000", "\u00a0", "\n", ".", "。", ":", "：", ";", "；", ",", "，", "!",
    " - ", "”", "Daily life", "Eat less salt", "多喝水", "注意休息", "135. 2 cm", "2021. 3. 4",
    "$1. 99", "B1. 2", "10 to 15 times", "3、4月", "9:30", "第一次", "x", "",
]  # fmt: skip

marker_text = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)
any_text = st.one_of(marker_text, st.text(max_size=80))


@st.composite
def blocks(draw: st.DrawFn) -> Block:
    text = draw(any_text)
    lead = draw(st.one_of(st.none(), st.just(text[: draw(st.integers(0, 12))]), st.text()))
    list_number = draw(st.one_of(st.none(), st.integers(-1, 5)))
    return Block(
        text=text,
        lead=lead,
        heading=draw(st.booleans()),
        list_number=list_number,
        list_depth=draw(st.integers(0, 3)),
    )


block_lists = st.lists(blocks(), max_size=12)
fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(block_lists)
def test_never_raises_and_texts_are_the_bodys_own(blocks: list[Block]) -> None:
    body = "\n\n".join(block.text for block in blocks)
    for path, tip in walk_tips(find_tips(blocks)):
        assert tip.text in body, path
        assert tip.text == tip.text.strip(), path


@fast
@given(block_lists)
def test_sibling_numbers_count_up_from_one(blocks: list[Block]) -> None:
    _assert_runs_count_up(find_tips(blocks))


@fast
@given(block_lists)
def test_same_blocks_same_tips(blocks: list[Block]) -> None:
    assert find_tips(blocks) == find_tips(list(blocks))


@fast
@given(block_lists)
def test_titles_are_short_phrases_of_their_text(blocks: list[Block]) -> None:
    for path, tip in walk_tips(find_tips(blocks)):
        if tip.title is not None:
            assert tip.title, path
            assert tip.title in tip.text, path


def _assert_runs_count_up(tips: tuple[Tip, ...]) -> None:
    """Siblings are runs one after another, each counting 1, 2, 3...; so is every child level."""
    previous = 0
    for tip in tips:
        value = number_value(tip.number)
        assert value is not None, tip.number
        assert value in (1, previous + 1), [t.number for t in tips]
        previous = value
        _assert_runs_count_up(tip.tips)


def test_doctests() -> None:
    for module in (parsers.numbering, parsers.tips, parsers.links, parsers.meta):
        assert doctest.testmod(module).failed == 0, module.__name__
