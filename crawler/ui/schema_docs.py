"""What the schema's own comments say about each table, view and column, for Datasette.

The migrations (crawler/store/schema.py) are written for analysts: a comment block before each
CREATE TABLE or CREATE VIEW says what a row is, and a comment after a column (or the block
right before it) says what it holds. This reads those comments back, so the descriptions shown
in the browser are the schema's and cannot drift from it.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field

from crawler.store import MIGRATIONS, Migration


@dataclass
class TableDoc:
    """The comments of one table or view."""

    description: str | None = None
    """The comment block before its CREATE statement."""
    columns: dict[str, str] = field(default_factory=dict)
    """Column name -> its comment."""


def schema_docs(migrations: Iterable[Migration] = MIGRATIONS) -> dict[str, TableDoc]:
    """Table or view name -> its comments, from every migration, oldest first."""
    docs: dict[str, TableDoc] = {}
    for migration in migrations:
        _read_script(textwrap.dedent(migration.sql), docs)
    return docs


_CREATE = re.compile(
    r"CREATE (?:VIRTUAL )?(TABLE|VIEW) (\w+)(?: USING \w+)? *(?:\(|AS)$", re.IGNORECASE
)
_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)\b", re.IGNORECASE)
# A column of a CREATE TABLE: its name, then its type.
_TABLE_COLUMN = re.compile(r"(\w+) (?:INTEGER|TEXT|BLOB|REAL)\b")
# The end of an item of a view's SELECT list: `t.name,` or `... AS name,` or a bare `name,`.
_VIEW_COLUMN = re.compile(r"(?:\bAS |\.|^)(\w+),?$", re.IGNORECASE)
_TABLE_END = re.compile(r"^\);")
_VIEW_END = re.compile(r"^FROM\b", re.IGNORECASE)
# Words that start a line inside CREATE TABLE or a view's SELECT without naming a column.
_NOT_COLUMNS = frozenset({"UNIQUE", "PRIMARY", "CHECK", "FOREIGN", "CONSTRAINT", "SELECT"})


def _read_script(script: str, docs: dict[str, TableDoc]) -> None:
    pending: list[str] = []  # consecutive full-line comments, for what follows them
    inside: tuple[TableDoc, bool] | None = None  # (the doc, is a view) inside a CREATE
    depth = 0  # parentheses open in a view's SELECT list: a subquery's AS names no column
    for line in script.splitlines():
        code, _, comment = (part.strip() for part in line.partition("--"))
        if not code:
            pending = [*pending, comment] if comment else []
            continue
        note = comment or " ".join(pending)
        if created := _CREATE.match(code):
            doc = docs.setdefault(created.group(2), TableDoc())
            # the first CREATE says what a row is; a later one (a migration redeclaring it)
            # says why it changed, which is for developers
            doc.description = doc.description or " ".join(pending) or None
            inside = (doc, created.group(1).upper() == "VIEW")
            depth = 0
        elif added := _ADD_COLUMN.match(code):
            if note:
                docs.setdefault(added.group(1), TableDoc()).columns[added.group(2)] = note
        elif inside is not None:
            doc, is_view = inside
            if (_VIEW_END if is_view else _TABLE_END).match(code):
                inside = None
            else:
                if is_view:
                    depth += _depth_change(code)
                    column = _VIEW_COLUMN.search(code) if depth == 0 else None
                    if column is None:
                        continue  # an expression spanning lines: its comment waits for its name
                else:
                    column = _TABLE_COLUMN.match(code)
                if column and note and column.group(1).upper() not in _NOT_COLUMNS:
                    doc.columns.setdefault(column.group(1), note)
        pending = []


_STRING = re.compile(r"'[^']*'")


def _depth_change(code: str) -> int:
    bare = _STRING.sub("", code)
    return bare.count("(") - bare.count(")")
