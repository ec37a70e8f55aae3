"""What an incremental re-crawl and a reparse cost, against the first crawl, in one run.

    python benchmarks/recrawl_speed.py --pages 3000

Serves the generated sample site on 127.0.0.1, crawls it into a fresh SQLite file with
`articlecrawl crawl`, then crawls it again unchanged twice: as cron would the next night (the
default `--recrawl-after 7`: the index, listings and sitemaps are fetched again to find new
articles, the articles fetched less than 7 days ago are not asked for), and with `--recrawl-after
0` (every article asked again with If-None-Match / If-Modified-Since and answered 304: bounded by
Scrapy's cost per request, not by parsing or writing). Then it runs `articlecrawl reparse` over the
kept pages. Each step is the real command in its own process; times are the crawl's own elapsed
time (Scrapy's stats) and the reparse's, so process start-up is left out of all three. Prints the
times and ratios, and last one JSON line:
{"pages": N, "first_s": ..., "recrawl_s": ..., "ratio": ..., "reparse_s": ...,
 "conditional_recrawl_s": ..., "conditional_ratio": ..., "reparse_speedup": ...}.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ARTICLECRAWL = str(Path(sys.executable).with_name("articlecrawl"))
FAST = [
    "-s", "AUTOTHROTTLE_ENABLED=False",
    "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS=16",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "--log-level", "ERROR",
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000, help="articles in the generated site")
    args = parser.parse_args()

    from crawler.samplesite import GeneratedSite, serve

    with tempfile.TemporaryDirectory() as tmp, serve(generated=GeneratedSite(args.pages)) as site:
        db = str(Path(tmp) / "bench.db")
        first = _run("crawl", site.url, "--db", db, *FAST)
        again = _run("crawl", site.url, "--db", db, *FAST)
        asked = _run("crawl", site.url, "--db", db, "--recrawl-after", "0", *FAST)
        reparse = _run("reparse", "--db", db)
    articles = first["articles_new"]
    ratio = again["elapsed_s"] / first["elapsed_s"]
    asked_ratio = asked["elapsed_s"] / first["elapsed_s"]
    speedup = (reparse["pages"] / reparse["elapsed_s"]) / (first["pages"] / first["elapsed_s"])
    print(f"{'step':<10} {'pages':>7} {'seconds':>8} {'pages/s':>9}")
    steps = (("first", first), ("recrawl", again), ("all-304", asked), ("reparse", reparse))
    for name, step in steps:
        print(
            f"{name:<10} {step['pages']:>7} {step['elapsed_s']:>8.2f} "
            f"{step['pages'] / step['elapsed_s']:>9.1f}"
        )
    print(f"re-crawl / first crawl: {ratio:.2f} (target <= 0.3)")
    print(f"re-crawl asking every article (all 304) / first crawl: {asked_ratio:.2f}")
    print(f"reparse pages/s / first crawl pages/s: {speedup:.1f}x (target >= 5)")
    print(
        f"articles: {articles}; left alone as fresh on re-crawl: {again['articles_fresh']}; "
        f"unchanged when all asked: {asked['articles_unchanged']}"
    )
    print(
        json.dumps(
            {
                "pages": articles,
                "first_s": round(first["elapsed_s"], 2),
                "recrawl_s": round(again["elapsed_s"], 2),
                "ratio": round(ratio, 3),
                "reparse_s": round(reparse["elapsed_s"], 2),
                "conditional_recrawl_s": round(asked["elapsed_s"], 2),
                "conditional_ratio": round(asked_ratio, 3),
                "reparse_speedup": round(speedup, 1),
            }
        )
    )


def _run(*args: str) -> dict[str, Any]:
    done = subprocess.run([ARTICLECRAWL, *args], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(
            f"articlecrawl {args[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}"
        )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    main()
