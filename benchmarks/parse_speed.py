"""How fast parse_html is, against lxml alone (the floor), BeautifulSoup and trafilatura.

    python benchmarks/parse_speed.py [--repeat K]

Times each contender over the same pages in one run (passes interleaved, each contender's best
pass kept): the saved fixtures (tests/fixtures/*/page.html; any .html under tests/ when there
are none) and the sample site's article and listing pages (data/sample_site, when present).
Every contender gets the page as bytes, as a crawler has it:
parse_html decodes it itself; the others get the text decoded once beforehand. Prints a table
and last one JSON line: {"pages": N, "parser": ..., "lxml": ..., "bs4_lxml": ..., "trafilatura":
...} in pages/s. The targets: parser >= 5x trafilatura and >= 1/4 of lxml.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the pages (default 5)")
    args = parser.parse_args()

    pages = _pages()
    if not pages:
        sys.exit("no pages found under tests/fixtures, tests/ or data/sample_site")
    contenders = _contenders()
    for run in contenders.values():  # one warm-up pass each: imports, compiled patterns
        for data, text in pages:
            run(data, text)
    # passes interleave the contenders and each keeps its best pass, so a machine busy with
    # something else for a moment slows one pass, not one contender
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.repeat):
        for name, run in contenders.items():
            started = time.perf_counter()
            for data, text in pages:
                run(data, text)
            best[name] = min(best[name], time.perf_counter() - started)
    rates = {name: len(pages) / seconds for name, seconds in best.items()}

    size = sum(len(data) for data, _ in pages) / len(pages)
    print(f"{len(pages)} pages (mean {size / 1024:.1f} KB), best of {args.repeat} passes")
    print(f"{'contender':<14} {'pages/s':>10} {'ms/page':>9} {'vs parser':>10}")
    for name, rate in rates.items():
        print(f"{name:<14} {rate:>10.0f} {1000 / rate:>9.3f} {rate / rates['parser']:>9.2f}x")
    print(
        f"parser / trafilatura: {rates['parser'] / rates['trafilatura']:.1f}x (target >= 5); "
        f"parser / lxml: {rates['parser'] / rates['lxml']:.2f} (target >= 0.25)"
    )
    result: dict[str, Any] = {"pages": len(pages)}
    result.update({name: round(rate, 1) for name, rate in rates.items()})
    print(json.dumps(result))


def _pages() -> list[tuple[bytes, str]]:
    """(bytes, decoded text) of every page to time."""
    from parsers.decode import decode_html

    paths = sorted(ROOT.glob("tests/fixtures/*/page.html"))
    if not paths:
        paths = sorted(ROOT.glob("tests/**/*.html"))
    sample = ROOT / "data" / "sample_site"
    if sample.is_dir():
        paths += sorted(sample.rglob("*.html"))
    out = []
    for path in paths:
        data = path.read_bytes()
        out.append((data, decode_html(data)[0]))
    return out


def _contenders() -> dict[str, Callable[[bytes, str], Any]]:
    import lxml.html
    import trafilatura
    from bs4 import BeautifulSoup

    from parsers import parse_html

    return {
        "parser": lambda data, text: parse_html(data),
        "lxml": lambda data, text: lxml.html.fromstring(text),
        "bs4_lxml": lambda data, text: BeautifulSoup(text, "lxml"),
        "trafilatura": lambda data, text: trafilatura.extract(text),
    }


if __name__ == "__main__":
    main()
