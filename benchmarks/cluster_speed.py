"""Pages/s of 1, 2 and 4 cluster workers against one single-process `crawl`, in one run.

    python benchmarks/cluster_speed.py [--pages 2000] [--workers 1,2,4]

Serves the generated sample site on 127.0.0.1 and crawls it first with `articlecrawl crawl`
(one process), then, for each worker count, through a fresh redis-server (Debian's, on a free
loopback port, no persistence): `articlecrawl enqueue`, N `articlecrawl worker` processes and one
`articlecrawl load`, each into its own temporary database. Every crawl gets the same pace (no
delay, 16 requests per site per process). The time of a crawl is wall time from its first
command to the end of its last process (the loader's, for the cluster), start-up included.
While a cluster crawls, the loader's lag (messages waiting in Redis: the items list and the
loader's batch) is sampled every 0.2 s. The CPU seconds each process used are read from the
kernel (wait4), so pages per worker CPU-second compare the Redis scheduler's cost with the
single-process crawl's whatever else the machine is doing; the pages/s do depend on it.

Prints one row per crawl and, last, one JSON line. On a machine with fewer cores than processes
the cluster's figure is bounded by the cores, not by Redis: the per-worker column says so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
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
    "-s", "MEMUSAGE_ENABLED=False",
    "--log-level", "ERROR",
]  # fmt: skip


def main() -> None:
    args = _arguments()
    from crawler.samplesite import GeneratedSite, serve

    rows: list[dict[str, Any]] = []
    with serve(generated=GeneratedSite(pages=args.pages)) as site:
        rows.append(_single(site.url))
        for count in args.workers:
            rows.append(_cluster(site.url, count))
    base = rows[0]["pages_per_s"]
    print(
        f"{'crawl':<10} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'per worker':>10} "
        f"{'vs crawl':>8} {'pages/CPU-s':>11} {'loader CPU-s':>12} {'lag max':>8} {'mean':>6}"
    )
    for row in rows:
        row["ratio"] = round(row["pages_per_s"] / base, 2)
        print(
            f"{row['name']:<10} {row['pages']:>6} {row['seconds']:>8.1f} "
            f"{row['pages_per_s']:>8.1f} {row['per_process']:>10.1f} {row['ratio']:>8.2f} "
            f"{row['pages_per_cpu_s']:>11.1f} {row['loader_cpu_s'] or '-'!s:>12} "
            f"{row.get('lag_max', '-')!s:>8} {row.get('lag_mean', '-')!s:>6}"
        )
    load = os.getloadavg()[0]
    print(json.dumps({"pages": args.pages, "cores": _cores(), "load": load, "crawls": rows}))


def _single(url: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        crawl = subprocess.Popen(
            [ARTICLECRAWL, "crawl", url, "--db", f"{tmp}/single.db", *FAST],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert crawl.stdout is not None
        out = crawl.stdout.read()
        code, cpu = _wait(crawl)
        seconds = time.monotonic() - started
    if code != 0:
        raise SystemExit("the single-process crawl failed")
    pages = int(json.loads(out.strip().splitlines()[-1])["pages"])
    return {
        "name": "crawl",
        "processes": 1,
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_s": round(pages / seconds, 1),
        "per_process": round(pages / seconds, 1),
        "pages_per_cpu_s": round(pages / cpu, 1),
        "loader_cpu_s": None,
    }


def _cluster(url: str, workers: int) -> dict[str, Any]:
    import redis

    with tempfile.TemporaryDirectory() as tmp, _RedisServer(Path(tmp)) as redis_url:
        client = redis.Redis.from_url(redis_url)
        started = time.monotonic()
        subprocess.run(
            [ARTICLECRAWL, "enqueue", url, "--redis", redis_url], check=True, capture_output=True
        )
        procs = [_worker(redis_url) for _ in range(workers)]
        loader = subprocess.Popen(
            [ARTICLECRAWL, "load", "--redis", redis_url, "--db", f"{tmp}/cluster.db"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        lag: list[int] = []
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.2):
                try:
                    lag.append(int(client.llen("articlecrawl:items"))
                               + int(client.llen("articlecrawl:items:processing")))  # fmt: skip
                except redis.RedisError:
                    return

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        assert loader.stdout is not None and loader.stderr is not None
        out, err = loader.stdout.read(), loader.stderr.read()
        loader_code, loader_cpu = _wait(loader)
        worker_cpu = sum(_wait(proc)[1] for proc in procs)
        seconds = time.monotonic() - started
        stop.set()
        sampler.join()
    if loader_code != 0:
        raise SystemExit(f"the cluster crawl with {workers} workers failed:\n{err[-2000:]}")
    pages = int(json.loads(out.strip().splitlines()[-1])["pages"])
    return {
        "name": f"{workers} worker{'s' if workers > 1 else ''}",
        "processes": workers + 1,
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_s": round(pages / seconds, 1),
        "per_process": round(pages / seconds / workers, 1),
        "pages_per_cpu_s": round(pages / worker_cpu, 1),
        "loader_cpu_s": round(loader_cpu, 1),
        "lag_max": max(lag, default=0),
        "lag_mean": round(sum(lag) / len(lag), 1) if lag else 0,
    }


def _wait(proc: subprocess.Popen[Any]) -> tuple[int, float]:
    """Wait for `proc`; its exit code and the CPU seconds it used (user and system)."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime


def _worker(redis_url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [ARTICLECRAWL, "worker", "--redis", redis_url, *FAST],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


class _RedisServer:
    """Debian's redis-server on a free loopback port, no persistence, stopped by its pid."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("redis-server did not start") from None
                time.sleep(0.02)
        return f"redis://127.0.0.1:{port}/0"

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait()


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument(
        "--workers", type=lambda text: [int(n) for n in text.split(",")], default=[1, 2, 4]
    )
    return parser.parse_args()


if __name__ == "__main__":
    main()
