"""Full-text search over article titles and bodies, for Chinese and English alike.

Every word of a query (or "quoted phrase") must occur, as a substring, in the title or the body
(case-insensitive for ASCII letters). Terms of three characters or more are looked up in the
trigram index (`articles_fts`) and ranked by bm25; a query made only of shorter terms (腰痛 is two
characters: the trigram index cannot look it up) scans titles and bodies instead and ranks by
title hits, then occurrences. User input never reaches FTS5 as syntax: each term is quoted.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from crawler.store.errors import StoreError

SNIPPET_TOKENS = 64
"""Snippet length from the index: FTS5's maximum; with trigrams a token is about a character."""

SCAN_SNIPPET_CHARS = 64
"""Snippet length, in characters, for queries answered by a scan."""

TITLE_WEIGHT = 10.0
"""bm25 weight of a title match against a body match (1.0)."""


@dataclass(frozen=True)
class SearchHit:
    """One article matching a search."""

    rank: int
    """Position in the results, 1 = best match."""
    article_id: int
    """articles.id"""
    url: str
    """The URL the article was fetched from."""
    title: str | None
    """The article's title."""
    snippet: str
    """A cut of the body (or the title, when only it matches) around the matches, on one line
    (whitespace runs collapsed to a space), each match wrapped in the highlight marks, "…"
    where the text was cut."""


def search_articles(
    db: Database, query: str, limit: int, highlight: tuple[str, str]
) -> list[SearchHit]:
    """The `limit` best articles for `query`, best first. StoreError for an empty query."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    terms = _terms(query)
    long_terms = [term for term in terms if len(term) >= 3]
    short_terms = [term for term in terms if len(term) < 3]
    if long_terms:
        rows = _search_index(db, long_terms, short_terms, limit, highlight)
    else:
        rows = _search_scan(db, short_terms, limit, highlight)
    return [
        # Paragraph breaks collapse to a space: a snippet is one line of a result list.
        SearchHit(rank=rank, article_id=row[0], url=row[1], title=row[2], snippet=_one_line(row[3]))
        for rank, row in enumerate(rows, start=1)
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


# A phrase in double quotes (ASCII or “ ”; an unclosed one runs to the end), or a word.
_TERM = re.compile(r'"([^"]*)"?|“([^”]*)”?|([^\s"“”]+)')


def _terms(query: str) -> list[str]:
    """The query's words and quoted phrases, ASCII-lowercased, without repeats."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise StoreError("the search query is not valid text") from exc
    # SQLite's lower() folds ASCII letters only: fold the query the same way, so that the
    # index and the scan agree on what matches. NUL would end the text early in SQLite.
    folded = query.translate(_ASCII_LOWER).replace("\x00", " ")
    found = (" ".join("".join(groups).split()) for groups in _TERM.findall(folded))
    terms = list(dict.fromkeys(term for term in found if term))
    if not terms:
        raise StoreError("nothing to search for: give at least one word")
    return terms


def _fts_phrase(term: str) -> str:
    """A term as an FTS5 string: every character literal, so input is never query syntax."""
    return '"' + term.replace('"', '""') + '"'


def _contains_all(terms: Sequence[str], params: dict[str, Any]) -> str:
    """SQL requiring every term in a.title or a.body; binds the terms into `params`."""
    clauses = []
    for index, term in enumerate(terms):
        params[f"t{index}"] = term
        clauses.append(
            f"(instr(lower(coalesce(a.title, '')), :t{index}) > 0"
            f" OR instr(lower(a.body), :t{index}) > 0)"
        )
    return " AND ".join(clauses) or "1"


def _search_index(
    db: Database,
    long_terms: Sequence[str],
    short_terms: Sequence[str],
    limit: int,
    highlight: tuple[str, str],
) -> list[tuple[Any, ...]]:
    """The long terms through the trigram index; the short ones filter its matches."""
    params: dict[str, Any] = {
        "match": " ".join(_fts_phrase(term) for term in long_terms),
        "open": highlight[0],
        "close": highlight[1],
        "tokens": SNIPPET_TOKENS,
        "title_weight": TITLE_WEIGHT,
        "limit": limit,
    }
    short_filter = _contains_all(short_terms, params)
    return db.execute(
        f"""
        SELECT a.id, a.url, a.title,
               snippet(articles_fts, -1, :open, :close, '…', :tokens)
        FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :match AND {short_filter}
        ORDER BY bm25(articles_fts, :title_weight, 1.0), a.id
        LIMIT :limit
        """,
        params,
    ).fetchall()


def _search_scan(
    db: Database, terms: Sequence[str], limit: int, highlight: tuple[str, str]
) -> list[tuple[Any, ...]]:
    """Terms under three characters, which the trigram index cannot look up: a full scan."""
    params: dict[str, Any] = {"limit": limit}
    where = _contains_all(terms, params)
    title_hits = " + ".join(
        f"(instr(lower(coalesce(a.title, '')), :t{i}) > 0)" for i in range(len(terms))
    )
    occurrences = " + ".join(
        f"(length(a.body) - length(replace(lower(a.body), :t{i}, ''))) / length(:t{i})"
        for i in range(len(terms))
    )
    rows = db.execute(
        f"""
        SELECT a.id, a.url, a.title, a.body
        FROM articles AS a
        WHERE {where}
        ORDER BY {title_hits} DESC, {occurrences} DESC, a.id
        LIMIT :limit
        """,
        params,
    ).fetchall()
    return [
        (article_id, url, title, _cut_snippet(title or "", body, terms, highlight))
        for article_id, url, title, body in rows
    ]


def _cut_snippet(title: str, body: str, terms: Sequence[str], highlight: tuple[str, str]) -> str:
    """About SCAN_SNIPPET_CHARS of the body from a little before its first match; the whole
    title when the body does not match."""
    folded = body.translate(_ASCII_LOWER)
    found = [at for at in (folded.find(term) for term in terms) if at >= 0]
    if not found:
        return _highlight(title, title.translate(_ASCII_LOWER), terms, highlight)
    start = max(0, min(found) - SCAN_SNIPPET_CHARS // 4)
    end = min(len(body), start + SCAN_SNIPPET_CHARS)
    text = _highlight(body[start:end], folded[start:end], terms, highlight)
    return ("…" if start > 0 else "") + text + ("…" if end < len(body) else "")


def _highlight(text: str, folded: str, terms: Sequence[str], marks: tuple[str, str]) -> str:
    """`text` with each run of characters matched by a term (found in `folded`, its
    ASCII-lowercased twin) wrapped in `marks`; overlapping matches make one run."""
    marked = [False] * len(text)
    for term in terms:
        at = folded.find(term)
        while at >= 0:
            marked[at : at + len(term)] = [True] * len(term)
            at = folded.find(term, at + 1)
    out: list[str] = []
    for index, char in enumerate(text):
        if marked[index] and (index == 0 or not marked[index - 1]):
            out.append(marks[0])
        out.append(char)
        if marked[index] and (index == len(text) - 1 or not marked[index + 1]):
            out.append(marks[1])
    return "".join(out)
