"""How much the parser and the store cost a crawl, against a bare spider, in one run.

    python benchmarks/crawl_speed.py --pages 3000 [--memory 2000,20000]

Serves the generated sample site on 127.0.0.1 and crawls it twice, each crawl in its own process
(Twisted's reactor runs once per process): with the full pipeline (parse and store into a
temporary SQLite file), and with a bare spider that follows the same links but neither parses nor
stores. Prints pages/s of each, their ratio and peak memory, and last one JSON line:
{"pages": N, "full_pages_per_s": ..., "bare_pages_per_s": ..., "ratio": ..., "peak_rss_mb": ...}.
With --memory SMALL,LARGE it also crawls both sizes with the full pipeline and adds their peak
memory and its ratio (the target: the larger crawl within 1.2x of the smaller one's).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Both crawls get the same pace: as fast as our own loopback server allows.
FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
    "MEMUSAGE_ENABLED": False,
}


def main() -> None:
    args = _arguments()
    if args.worker:
        print(json.dumps(_work(args.worker, args.url, args.db)))
        return

    from crawler.samplesite import GeneratedSite, serve

    with serve(generated=GeneratedSite(pages=args.pages)) as site:
        bare = _crawl("bare", site.url)
        full = _crawl("full", site.url)
    ratio = full["pages_per_s"] / bare["pages_per_s"]
    print(f"{'crawl':<6} {'pages':>7} {'seconds':>8} {'pages/s':>9} {'peak RSS MB':>12}")
    for name, run in (("bare", bare), ("full", full)):
        print(
            f"{name:<6} {run['pages']:>7} {run['seconds']:>8.1f} {run['pages_per_s']:>9.1f} "
            f"{run['peak_rss_mb']:>12.1f}"
        )
    print(f"full / bare: {ratio:.2f}")
    result: dict[str, Any] = {
        "pages": full["pages"],
        "full_pages_per_s": round(full["pages_per_s"], 1),
        "bare_pages_per_s": round(bare["pages_per_s"], 1),
        "ratio": round(ratio, 3),
        "peak_rss_mb": round(full["peak_rss_mb"], 1),
    }
    if args.memory:
        small_n, large_n = (int(n) for n in args.memory.split(","))
        peaks = {}
        for n in (small_n, large_n):
            with serve(generated=GeneratedSite(pages=n)) as site:
                peaks[n] = _crawl("full", site.url)["peak_rss_mb"]
            print(f"full crawl of {n} pages: peak RSS {peaks[n]:.1f} MB")
        result.update(
            {
                "memory_pages": [small_n, large_n],
                "peak_rss_mb_small": round(peaks[small_n], 1),
                "peak_rss_mb_large": round(peaks[large_n], 1),
                "memory_ratio": round(peaks[large_n] / peaks[small_n], 3),
            }
        )
    print(json.dumps(result))


def _crawl(mode: str, url: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, __file__, "--worker", mode, "--url", url]
        command += ["--db", str(Path(tmp) / "bench.db")]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{mode} crawl failed:\n{done.stderr[-2000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def _work(mode: str, url: str, db: str) -> dict[str, Any]:
    """One crawl in this process; its pages, time and peak memory. Like `articlecrawl crawl`, it
    keeps its queue on disk (a JOBDIR), so memory does not grow with the frontier."""
    from scrapy.crawler import CrawlerProcess

    from crawler.run import crawl_settings
    from crawler.spiders.articles import ArticlesSpider

    settings = crawl_settings(db, {**FAST, "JOBDIR": f"{db}.job"})
    spider_cls: type = ArticlesSpider
    if mode == "bare":
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")
        spider_cls = _bare_spider()
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, start_urls=[url])
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    pages = int(stats.get("response_received_count", 0))
    seconds = float(stats.get("elapsed_time_seconds", 0.0))
    return {
        "pages": pages,
        "seconds": seconds,
        "pages_per_s": pages / seconds if seconds else 0.0,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _bare_spider() -> type:
    """A spider that follows every in-domain link, as the full one does, and does nothing else."""
    from scrapy import Request, Spider
    from scrapy.linkextractors import LinkExtractor

    from crawler.urls import host_of, normalize_url

    class BareSpider(Spider):
        name = "bare"

        def __init__(self, start_urls: list[str], **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.start_urls = start_urls
            self.allowed_domains = [host_of(start_urls[0])]
            self.links = LinkExtractor()  # off-site links are dropped by OffsiteMiddleware

        def parse(self, response: Any) -> Any:
            for link in self.links.extract_links(response):
                yield Request(normalize_url(link.url))

    return BareSpider


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000, help="articles in the generated site")
    parser.add_argument("--memory", help="SMALL,LARGE: also compare peak memory at two sizes")
    parser.add_argument("--worker", choices=["full", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    main()
