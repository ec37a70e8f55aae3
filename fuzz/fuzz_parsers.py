"""Coverage-guided fuzzing of the parsers' entry points with atheris (libFuzzer).

    python fuzz/fuzz_parsers.py -max_total_time=600 -artifact_prefix=tests/fuzz_crashes/

Each input is fed to `parsers.parse_html` (as bytes, with a Content-Type header made from its
first byte) and to `parsers.parse_text` (as bytes, and as the same bytes decoded). The only
exception allowed out is `parsers.ParseError`; anything else is a crash, which libFuzzer saves
as `<artifact_prefix>crash-<sha1>` (see fuzz/README.md).
"""

from __future__ import annotations

import sys
from contextlib import suppress

import atheris

with atheris.instrument_imports():
    from parsers import ParseError, parse_html, parse_text

_CONTENT_TYPES = (
    None,
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=gbk",
    "text/html; charset=gb2312",
    "text/html; charset=big5",
    "text/html; charset=iso-8859-1",
    "text/html; charset=utf-16",
    "text/plain",
    "application/octet-stream",
    "text/html; charset=no-such-codec",
)


def test_one_input(data: bytes) -> None:
    """One fuzzer input through both parsers; ParseError is an answer, anything else a bug."""
    content_type = _CONTENT_TYPES[data[0] % len(_CONTENT_TYPES)] if data else None
    page = data[1:]
    for call in (
        lambda: parse_html(page, "https://www.deeho.com/p/75078.html", content_type=content_type),
        lambda: parse_html(page.decode("utf-8", "replace"), "https://www.deeho.com/p/1.html"),
        lambda: parse_text(page, "https://www.deeho.com/p/75078.html"),
        lambda: parse_text(page.decode("utf-8", "replace")),
    ):
        with suppress(ParseError):
            call()


def main(argv: list[str]) -> None:
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
