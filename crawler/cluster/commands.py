"""The cluster's CLI commands (`worker`, `enqueue`, `load`, `crawl --redis`), called by
crawler/cli.py with its parsed arguments and the Scrapy settings its options stand for.

Each prints one JSON line on stdout and returns the exit code; ClusterError (and LockHeld for
the database) reach the CLI, which prints them as one line with exit status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from typing import Any

from crawler.cluster.connection import ClusterError, check_url, connect
from crawler.cluster.enqueue import enqueue
from crawler.cluster.loader import LoadOutcome, run_loader
from crawler.cluster.worker import run_worker
from crawler.lock import RunLock
from crawler.messages import check_line, summary_lines
from crawler.outcome import EXIT_HEALTHY, EXIT_UNHEALTHY
from crawler.page_kinds import unrecognised_pages_warning
from crawler.store import Store

REDIS_URL_ENV = "ARTICLECRAWL_REDIS_URL"
"""Where --redis is read from when not given (keeps a password off the process list)."""
WORKER_EXIT_GRACE_SECONDS = 30.0


def redis_url(args: argparse.Namespace) -> str:
    url = args.redis or os.environ.get(REDIS_URL_ENV)
    if not url:
        raise ClusterError(f"give --redis redis://HOST:6379/0 (or set {REDIS_URL_ENV})")
    check_url(url)
    return str(url)


def worker_command(args: argparse.Namespace, overrides: Mapping[str, Any]) -> int:
    summary = run_worker(
        redis_url(args),
        prefix=args.prefix,
        overrides=overrides,
        wait_seconds=args.wait,
    )
    print(json.dumps(summary), flush=True)
    return EXIT_HEALTHY if summary["finish_reason"] == "finished" else EXIT_UNHEALTHY


def enqueue_command(args: argparse.Namespace) -> int:
    try:
        done = enqueue(
            redis_url(args),
            args.urls,
            prefix=args.prefix,
            article_pattern=args.article_pattern,
        )
    except ValueError as exc:  # the spider refuses a URL or the pattern
        raise ClusterError(str(exc)) from None
    print(json.dumps(dataclasses.asdict(done)), flush=True)
    return EXIT_HEALTHY


def load_command(args: argparse.Namespace, overrides: Mapping[str, Any]) -> int:
    outcome = run_loader(
        redis_url(args), args.db, prefix=args.prefix, overrides=overrides, wait_seconds=args.wait
    )
    return _report("load", outcome)


def crawl_command(args: argparse.Namespace, overrides: Mapping[str, Any]) -> int:
    """`crawl --redis`: enqueue, then workers in subprocesses and the loader in this one."""
    url = redis_url(args)
    connect(url)  # unreachable: one line before anything starts
    with RunLock(args.db):  # the loader takes it again (it is re-entrant): held throughout
        Store(args.db).close()  # an unusable database fails here, before anything is fetched
        try:
            enqueue(url, args.urls, prefix=args.prefix, article_pattern=args.article_pattern)
        except ValueError as exc:
            raise ClusterError(str(exc)) from None
        workers = [_start_worker(args, url) for _ in range(args.workers)]
        try:
            outcome = run_loader(url, args.db, prefix=args.prefix, overrides=overrides)
        finally:
            _stop_workers(workers)
    return _report("crawl", outcome)


def _start_worker(args: argparse.Namespace, url: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "crawler.cli", "worker", "--prefix", args.prefix]
    for pair in args.set:
        command += ["-s", pair]
    if args.log_level:
        command += ["--log-level", args.log_level]
    if args.log_file:
        command += ["--log-file", args.log_file]
    env = {**os.environ, REDIS_URL_ENV: url}
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)


def _stop_workers(workers: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + WORKER_EXIT_GRACE_SECONDS
    for worker in workers:
        try:
            worker.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            worker.terminate()  # hands its leases back
            worker.wait()


def _report(command: str, loaded: LoadOutcome) -> int:
    """What `crawl` prints at the end (crawler/cli.py): lines for a person at a terminal, one
    JSON line otherwise; and one error line when the run failed or is unhealthy."""
    outcome = loaded.crawl
    if sys.stdout.isatty():
        lines = summary_lines(outcome)
        lines.append(
            f"cluster: {loaded.requests_recovered} requests recovered from stopped workers, "
            f"{loaded.messages_replayed} messages replayed from a stopped loader"
        )
        print("\n".join(lines), flush=True)
    else:
        print(json.dumps(loaded.summary(), ensure_ascii=False), flush=True)
    warning = unrecognised_pages_warning(outcome.pages_by_kind)
    if warning:
        print(f"articlecrawl {command}: {warning}", file=sys.stderr)
    if outcome.status == "failed":
        print(f"articlecrawl {command}: error: no page could be fetched", file=sys.stderr)
    elif outcome.exit_code != EXIT_HEALTHY:
        failed = "; ".join(check_line(c) for c in loaded.summary()["checks"] if not c["passed"])
        print(
            f"articlecrawl {command}: error: run {outcome.run_id} {outcome.status}; "
            f"failed checks: {failed}",
            file=sys.stderr,
        )
    return outcome.exit_code
