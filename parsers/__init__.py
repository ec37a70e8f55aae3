"""articlecrawl's parsers: bytes or text in, one `Article` out.

Pure functions: no Scrapy, no files, no network. The spider, the `articlecrawl parse` command
and the tests all call the same three entry points.
"""

from parsers.decode import decode_html
from parsers.errors import ParseError
from parsers.html import parse_html
from parsers.record import Article, Link, Tip, walk_tips
from parsers.text import parse_text

PARSER_VERSION = "1"
"""Bumped whenever a change to the parsers can change a record; stored with every article."""

__all__ = [
    "PARSER_VERSION",
    "Article",
    "Link",
    "ParseError",
    "Tip",
    "decode_html",
    "parse_html",
    "parse_text",
    "walk_tips",
]
