"""Numbered tips: find the numbered items of an article body and build their tree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
    list_number: int | None = None
    """1-based position inside an <ol>, when the block is one of its <li>."""
    list_depth: int = 0
    """How many <ol>/<ul> enclose the block (0 outside lists)."""


def find_tips(blocks: Sequence[Block]) -> tuple[Tip, ...]:
    """The numbered items found in `blocks`, as a tree; () when there is no numbered list."""
    return ()  # placeholder until the tips work lands
