"""Bad and extreme input: the parser gives a clear answer, never a crash or a hang.

Each input is parsed in a fresh Python subprocess so that a crash (segfault, RecursionError,
MemoryError) fails one test instead of the whole run, and a hang is cut off by the timeout.
What each test allows is stated in its docstring:

- empty or whitespace-only input: an Article of kind "other" with no body, or ParseError;
- binary data (NUL bytes, images, gzip): ParseError, as parsers/errors.py documents;
- a 20 MB article, a page without <body>, truncated pages: a record with the right title;
- markup nested 10,000 deep: a record (of any kind) or ParseError;
- a page that is only a <title>: an Article of kind "other" with no body, or ParseError.
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
HANG_LIMIT = 120  # seconds; far beyond any sane parse, only there to stop a hang

# Runs in the subprocess: parse one file and print a summary of the outcome as one JSON line.
_CHILD = r"""
import json, sys
from parsers import ParseError, parse_html, parse_text

path, mode, url, content_type, as_text = sys.argv[1:6]
data = open(path, "rb").read()
if as_text == "1":
    data = data.decode("utf-8")
try:
    if mode == "text":
        article = parse_text(data, url or None)
    else:
        article = parse_html(data, url or None, content_type=content_type or None)
except ParseError as exc:
    print(json.dumps({"error": "ParseError", "message": str(exc)}))
else:
    print(json.dumps({
        "kind": article.kind,
        "title": article.title,
        "body_start": article.body[:300],
        "body_length": len(article.body),
        "body_has_markup": "<div" in article.body or "<li" in article.body,
        "tips": len(article.tips),
        "url": article.url,
    }))
"""


def parse_in_subprocess(
    tmp_path: Path,
    data: bytes,
    *,
    mode: str = "html",
    url: str = "https://www.deeho.com/p/1.html",
    content_type: str | None = None,
    as_text: bool = False,
) -> dict[str, Any]:
    """Parse `data` in a fresh interpreter; the outcome summary, or a test failure on crash/hang."""
    page = tmp_path / "input.bin"
    page.write_bytes(data)
    command = [
        sys.executable,
        "-c",
        _CHILD,
        str(page),
        mode,
        url,
        content_type or "",
        "1" if as_text else "0",
    ]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=HANG_LIMIT, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the parser did not finish within {HANG_LIMIT} s (a hang)")
    if done.returncode != 0:
        pytest.fail(f"the parser crashed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return outcome


def assert_clear_parse_error(outcome: dict[str, Any]) -> None:
    assert outcome.get("error") == "ParseError", outcome
    assert outcome["message"].strip() and "\n" not in outcome["message"], "one line saying why"


def assert_other_or_parse_error(outcome: dict[str, Any]) -> None:
    if "error" in outcome:
        assert_clear_parse_error(outcome)
        return
    assert outcome["kind"] == "other", outcome
    assert outcome["body_length"] == 0 and outcome["tips"] == 0, outcome


# --- empty ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mode", "as_text"),
    [
        pytest.param(b"", "html", False, id="html-empty-bytes"),
        pytest.param(b"", "html", True, id="html-empty-str"),
        pytest.param(b" \r\n\t \n", "html", False, id="html-whitespace"),
        pytest.param(b"", "text", False, id="text-empty-bytes"),
        pytest.param(b"", "text", True, id="text-empty-str"),
        pytest.param("\n\n\u3000\n".encode(), "text", True, id="text-whitespace"),
    ],
)
def test_empty_input_is_other_or_parse_error(
    tmp_path: Path, data: bytes, mode: str, as_text: bool
) -> None:
    """Nothing to read: kind "other" with an empty body and no tips, or ParseError."""
    assert_other_or_parse_error(parse_in_subprocess(tmp_path, data, mode=mode, as_text=as_text))


# --- binary --------------------------------------------------------------------------------------

_PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
_PAGE = b"<html><head><title>Tea</title></head><body><h1>Tea</h1><p>Green tea.</p></body></html>"


@pytest.mark.parametrize(
    ("data", "mode"),
    [
        pytest.param(_PNG + bytes(range(256)) * 8, "html", id="png-image"),
        pytest.param(gzip.compress(_PAGE * 50), "html", id="gzip-compressed-page"),
        pytest.param(random.Random(20240501).randbytes(64 * 1024), "html", id="random-bytes"),
        pytest.param(b"\x00" * 4096, "html", id="nul-bytes"),
        pytest.param(_PNG + bytes(range(256)) * 8, "text", id="png-as-text-rendering"),
    ],
)
def test_binary_junk_raises_parse_error(tmp_path: Path, data: bytes, mode: str) -> None:
    """Bytes that are not text at all (NULs, images, compressed data): ParseError, one line."""
    assert_clear_parse_error(parse_in_subprocess(tmp_path, data, mode=mode))


# --- huge and deep -------------------------------------------------------------------------------


def test_twenty_megabyte_article_parses(tmp_path: Path) -> None:
    """A 20 MB article (long, but an ordinary page): a record with its title and body."""
    paragraph = (
        "<p>Drinking warm water in the morning helps the stomach wake up, and a short walk after "
        "meals keeps blood sugar steady. Sleep before eleven o'clock at night.</p>\n"
    ).encode("ascii")
    head = (
        b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>A very long article - Site"
        b"</title></head><body><div class='nav'><a href='/'>Home</a></div><div class='content'>"
        b"<h1>A very long article</h1>\n"
    )
    count = (20 * 1024 * 1024 - len(head)) // len(paragraph) + 1
    data = head + paragraph * count + b"</div></body></html>"
    assert len(data) >= 20 * 1024 * 1024
    outcome = parse_in_subprocess(tmp_path, data)
    assert outcome.get("title") == "A very long article", outcome
    assert outcome["kind"] == "article"
    assert outcome["body_start"].startswith("Drinking warm water in the morning")


@pytest.mark.parametrize(
    ("open_tag", "close_tag"),
    [
        pytest.param("<div>", "</div>", id="div"),
        pytest.param("<ol><li>1. step", "</li></ol>", id="ol-li"),
        pytest.param("<span><b>", "</b></span>", id="inline"),
        pytest.param("<table><tr><td>", "</td></tr></table>", id="table"),
    ],
)
def test_markup_nested_ten_thousand_deep(tmp_path: Path, open_tag: str, close_tag: str) -> None:
    """10,000 levels of nesting: any record or ParseError, no crash (e.g. RecursionError)."""
    depth = 10_000
    page = (
        "<html><head><title>Deep - Site</title></head><body><h1>Deep</h1>"
        + open_tag * depth
        + "<p>1. Drink water. 2. Sleep early.</p>"
        + close_tag * depth
        + "</body></html>"
    )
    outcome = parse_in_subprocess(tmp_path, page.encode())
    if "error" in outcome:
        assert_clear_parse_error(outcome)
        return
    assert outcome["kind"] in ("article", "listing", "other")
    assert not outcome["body_has_markup"], "markup leaked into the body"


# --- missing pieces and truncation ---------------------------------------------------------------


def test_page_without_body_tag_still_parses(tmp_path: Path) -> None:
    """No <body> tag (browsers imply one): the heading and paragraphs are still read."""
    page = (
        "<html><head><meta charset='utf-8'><title>Tea and sleep - Site</title></head>"
        "<h1>Tea and sleep</h1>"
        "<p>Strong tea after four in the afternoon keeps many people awake at night.</p>"
        "<p>Choose caffeine-free herbal tea in the evening.</p></html>"
    )
    outcome = parse_in_subprocess(tmp_path, page.encode())
    assert outcome.get("title") == "Tea and sleep", outcome
    assert "Strong tea after four" in outcome["body_start"]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(b"<title>Only a title</title>", id="bare-title"),
        pytest.param(b"<html><head><title>Only a title</title></head></html>", id="head-only"),
        pytest.param(
            b"<html><head><title>Only a title</title></head><body></body></html>", id="empty-body"
        ),
    ],
)
def test_page_with_only_a_title_is_other(tmp_path: Path, page: bytes) -> None:
    """Only a <title>: no article to speak of, so kind "other" with an empty body, or ParseError."""
    assert_other_or_parse_error(parse_in_subprocess(tmp_path, page))


def _fixture(case: str) -> tuple[bytes, dict[str, Any], dict[str, Any]]:
    folder = FIXTURES / case
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return (folder / "page.html").read_bytes(), meta, expected


def test_page_cut_in_the_middle_of_a_tag(tmp_path: Path) -> None:
    """A GBK page cut inside a tag halfway through its body: title and first paragraph kept."""
    data, meta, expected = _fixture("dedecms_spring_liver")
    cut = data.index(b"<p>", data.index("（二）少酸多甘".encode("gbk"))) + 2  # inside "<p"
    outcome = parse_in_subprocess(
        tmp_path, data[:cut], url=meta["url"], content_type=meta["content_type"]
    )
    assert outcome.get("title") == expected["title"], outcome
    first_paragraph = expected["body"].split("\n\n")[0]
    assert outcome["body_start"].startswith(first_paragraph[:40])


def test_gbk_page_cut_in_the_middle_of_a_character(tmp_path: Path) -> None:
    """A GBK page cut after the first byte of a two-byte character: no crash, title kept."""
    data, meta, expected = _fixture("dedecms_spring_liver")
    start = data.index("饮食养肝</strong>".encode("gbk"))
    cut = start + 1  # the lead byte of 饮, without its trail byte
    assert data[start] >= 0x81
    outcome = parse_in_subprocess(
        tmp_path, data[:cut], url=meta["url"], content_type=meta["content_type"]
    )
    assert outcome.get("title") == expected["title"], outcome
    assert outcome["kind"] in ("article", "other")


def test_utf8_page_cut_in_the_middle_of_a_character(tmp_path: Path) -> None:
    """A UTF-8 page cut inside a three-byte character: no crash, title kept."""
    data, meta, expected = _fixture("phpcms_autumn_ordinal")
    start = data.index("第二，多吃".encode())
    cut = start + 1  # one byte of the three that make 第
    outcome = parse_in_subprocess(
        tmp_path, data[:cut], url=meta["url"], content_type=meta["content_type"]
    )
    assert outcome.get("title") == expected["title"], outcome


def test_text_rendering_cut_in_the_middle_of_a_character(tmp_path: Path) -> None:
    """A text rendering cut mid-character and mid-line: a record, not a crash."""
    data = (FIXTURES / "source_text_ginger" / "page.txt").read_bytes()
    data = data[: data.index(b"2. Relieve fatigue")] + "睡眠".encode()[:2]
    outcome = parse_in_subprocess(tmp_path, data, mode="text")
    if "error" in outcome:
        pytest.fail(f"a readable text rendering was refused: {outcome}")
    assert outcome["title"] == "What are the benefits of soaking feet in ginger water?"
