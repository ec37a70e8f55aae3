"""`articlecrawl load`: the cluster's one writer, from the workers' messages in Redis to SQLite.

It writes through the same Store calls as the single-machine pipeline (one transaction per batch
of articles, 304s and gones in their own, failures one by one), under the same run lock, into a
`crawl_runs` row it starts and finishes with counts and health.

Delivery is at least once: each message is moved (BLMOVE) from the items list to a processing
list, and the processing list is cleared only after the batch is committed. A loader killed
mid-batch leaves the batch there; the next loader replays it first. Upserts are idempotent (one
row per URL), so a replayed record is stored once. The run's id is kept in the crawl's hash, so
a restarted loader continues the same run. The loader exits when the crawl is drained: nothing
queued, leased, or waiting to be loaded.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
from scrapy.settings import Settings

from crawler.cluster.connection import DEFAULT_PREFIX, CrawlKeys, connect, redact
from crawler.cluster.messages import (
    ARTICLE,
    FAILURE,
    GONE,
    UNCHANGED,
    Message,
    MessageError,
    decode,
)
from crawler.cluster.scheduler import RECOVERED_STAT
from crawler.cluster.state import DONE, DONE_KEPT_SECONDS, CrawlSpec, snapshot, text, wait_for_crawl
from crawler.cluster.verdict import FieldCoverage, cluster_verdict
from crawler.lock import RunLock
from crawler.outcome import exit_code_for
from crawler.page_kinds import PageKindCounts
from crawler.run import CrawlOutcome, crawl_settings
from crawler.store import FetchInfo, Store, StoreError, UpsertCounts
from parsers import Article

logger = logging.getLogger(__name__)

POLL_SECONDS = 1
"""How long one BLMOVE waits for a message before the loader writes what it has and looks
whether the crawl is drained."""
REPLAYED_STAT = "articlecrawl/cluster/messages_replayed"


@dataclass(frozen=True)
class LoadOutcome:
    """How a cluster crawl went: the single-machine outcome, and what the cluster recovered."""

    crawl: CrawlOutcome
    requests_recovered: int
    """Requests taken back from workers whose lease expired (killed, or cut off)."""
    messages_replayed: int
    """Messages a stopped loader had taken and not committed, loaded again by this one."""

    def summary(self) -> dict[str, Any]:
        """`crawl`'s JSON line, with the two cluster counts."""
        return {
            **self.crawl.summary(),
            "requests_recovered": self.requests_recovered,
            "messages_replayed": self.messages_replayed,
        }


@dataclass
class _Batch:
    articles: list[Article] = field(default_factory=list)
    fetches: dict[str, FetchInfo] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    failures: list[Message] = field(default_factory=list)
    messages: int = 0


def run_loader(
    redis_url: str,
    db: str | os.PathLike[str],
    *,
    prefix: str = DEFAULT_PREFIX,
    overrides: Mapping[str, Any] | None = None,
    wait_seconds: float | None = None,
) -> LoadOutcome:
    """Load the crawl enqueued under `prefix` into `db` until it is drained.

    Raises ClusterError (Redis unusable, no crawl within `wait_seconds`), LockHeld (another
    run or loader holds the database), StoreError (the database cannot be used).
    """
    server = connect(redis_url)
    keys = CrawlKeys(prefix)
    settings = crawl_settings(Path(db), overrides)
    with RunLock(db), Store(db) as store:
        spec = wait_for_crawl(server, keys, wait_seconds)
        return Loader(server, keys, store, spec, settings, redis_url).run()


class Loader:
    """Loads one cluster crawl into one database; `run()` returns how the crawl went."""

    def __init__(
        self,
        server: redis.Redis,
        keys: CrawlKeys,
        store: Store,
        spec: CrawlSpec,
        settings: Settings,
        redis_url: str,
    ) -> None:
        self.server = server
        self.keys = keys
        self.store = store
        self.spec = spec
        self.settings = settings
        self.redis_url = redis_url
        self.batch_size = max(1, settings.getint("ARTICLECRAWL_BATCH_SIZE", 100))
        self.run_id = 0
        self.counts: dict[str, int] = {"new": 0, "updated": 0, "unchanged": 0, "gone": 0}
        self.failures = 0
        self.replayed = 0
        self.coverage = FieldCoverage()
        self._batch = _Batch()

    def run(self) -> LoadOutcome:
        self.run_id = self._start_or_resume_run()
        try:
            self._replay()
            while True:
                data = self.server.blmove(
                    self.keys.items, self.keys.processing, POLL_SECONDS, "LEFT", "RIGHT"
                )
                if data is not None:
                    self._take(data)
                    if self._batch.messages >= self.batch_size:
                        self._flush()
                    continue
                self._flush()
                left = snapshot(self.server, self.keys)
                if left.drained:
                    break
                if left.processing:
                    # a BLMOVE whose reply was lost to a dropped connection moved a message
                    # this loader never saw: load it now
                    self._replay()
        except BaseException:
            # stopped (Ctrl-C, SIGTERM) or Redis gone for good: what is committed stays, and
            # what is not stays in the processing list for the next loader, which continues
            # this run
            with suppress(Exception):
                self._finish("interrupted")
            raise
        return self._finish("finished")

    # -- the run ---------------------------------------------------------------------------

    def _start_or_resume_run(self) -> int:
        stale = self.store.close_stale_runs()
        db = str(Path(self.store.path).resolve())
        fields = self.server.hmget(self.keys.crawl, ["run_id", "run_db"])
        if fields[0] and fields[1] and text(fields[1]) == db and self._count_from(int(fields[0])):
            logger.warning("continuing run %s of crawl %s", text(fields[0]), self.spec.id)
            return int(fields[0])
        if stale:
            logger.warning("marked %d run(s) left running by a dead process as interrupted", stale)
        saved = {
            "ARTICLECRAWL_DB": db,
            "ARTICLECRAWL_BATCH_SIZE": self.batch_size,
            "cluster": {
                "redis": redact(self.redis_url),
                "prefix": self.keys.prefix,
                "crawl": self.spec.id,
            },
        }
        run_id = self.store.start_run(list(self.spec.start_urls), saved)
        self.server.hset(self.keys.crawl, mapping={"run_id": run_id, "run_db": db})
        return run_id

    def _count_from(self, run_id: int) -> bool:
        """Start from what the stopped loader had written to the run, so that the JSON line and
        the health checks count the whole run; False when the database has no such run (it
        was replaced meanwhile)."""
        for run in self.store.stats(runs=50).runs:
            if run.id == run_id:
                self.counts = {
                    "new": run.articles_new,
                    "updated": run.articles_updated,
                    "unchanged": run.articles_unchanged,
                    "gone": run.articles_gone,
                }
                self.failures = run.failures
                return True
        return False

    def _replay(self) -> None:
        """Load what a killed loader had taken and not committed."""
        pending = self.server.lrange(self.keys.processing, 0, -1)
        if pending:
            logger.warning("loading %d messages left in the processing list", len(pending))
            self.replayed += len(pending)
            for data in pending:
                self._take(data)
            self._flush()

    def _finish(self, status: str) -> LoadOutcome:
        try:
            self._flush()
        except (StoreError, redis.RedisError) as exc:
            logger.error("could not write the last batch: %s", exc)
        stats = self._stats()
        pages = int(stats.get("articlecrawl/pages_parsed", 0))
        if status == "finished" and pages == 0 and not stats.get("articlecrawl/not_modified"):
            status = "failed"
        verdict = cluster_verdict(stats, self.settings, self.coverage, _reason(status))
        exit_code = exit_code_for(status, verdict)
        kinds = PageKindCounts.from_stats(stats)
        self.store.finish_run(
            self.run_id,
            status,
            pages_fetched=pages,
            failures=self.failures,
            stats={**stats, "finish_reason": _reason(status)},
            pages_article=kinds.article,
            pages_listing=kinds.listing,
            pages_other=kinds.other,
        )
        self.store.set_run_health(self.run_id, verdict, exit_code)
        if status != "interrupted":
            self._clear_crawl()
        outcome = CrawlOutcome(
            run_id=self.run_id,
            status=status,
            finish_reason=_reason(status),
            pages=pages + int(stats.get("articlecrawl/not_modified", 0)),
            pages_by_kind=kinds,
            articles_new=self.counts["new"],
            articles_updated=self.counts["updated"],
            articles_unchanged=self.counts["unchanged"],
            articles_fresh=int(stats.get("articlecrawl/articles_fresh", 0)),
            articles_gone=self.counts["gone"],
            failures=self.failures,
            elapsed_s=max(0.0, time.time() - self.spec.started_at),
            health=verdict,
            exit_code=exit_code,
        )
        return LoadOutcome(outcome, int(stats[RECOVERED_STAT]), self.replayed)

    def _stats(self) -> dict[str, Any]:
        """The workers' summed counters, with what the loader itself counted."""
        stats: dict[str, Any] = {
            text(key): int(value) for key, value in self.server.hgetall(self.keys.stats).items()
        }
        stats[RECOVERED_STAT] = int(self.server.get(self.keys.recovered) or 0)
        stats[REPLAYED_STAT] = self.replayed
        for name, count in self.counts.items():
            stats[f"articlecrawl/articles_{name}"] = count
        return stats

    def _clear_crawl(self) -> None:
        """The crawl is drained and loaded: its keys go, its hash says done for a while."""
        with self.server.pipeline(transaction=True) as pipe:
            pipe.delete(*(key for key in self.keys.all() if key != self.keys.crawl))
            pipe.hset(self.keys.crawl, "state", DONE)
            pipe.expire(self.keys.crawl, DONE_KEPT_SECONDS)
            pipe.execute()

    # -- the batches -----------------------------------------------------------------------

    def _take(self, data: bytes | str) -> None:
        batch = self._batch
        batch.messages += 1
        try:
            message = decode(data)
        except MessageError as exc:
            logger.error("skipped a message: %s", exc)
            return
        if message.type == ARTICLE and message.article is not None:
            batch.articles.append(message.article)
            if message.fetch is not None:
                batch.fetches[message.url] = message.fetch
        elif message.type == UNCHANGED:
            batch.unchanged.append(message.url)
        elif message.type == GONE:
            batch.gone.append(message.url)
        elif message.type == FAILURE:
            batch.failures.append(message)

    def _flush(self) -> None:
        """Write the batch in hand, then forget it in Redis (never the other way round)."""
        batch, self._batch = self._batch, _Batch()
        if not batch.messages:
            return
        if batch.articles:
            try:
                self._count(self.store.upsert_articles(batch.articles, self.run_id, batch.fetches))
            except StoreError as exc:
                if exc.unwritable:
                    raise
                for article in batch.articles:  # one bad record costs only itself
                    self._write_one(article, batch.fetches)
            for article in batch.articles:
                self.coverage.add(article)
        if batch.unchanged:
            self.counts["unchanged"] += self.store.mark_unchanged(batch.unchanged, self.run_id)
        if batch.gone:
            self.counts["gone"] += self.store.mark_gone(batch.gone, self.run_id)
        for failure in batch.failures:
            self._record_failure(failure.url, failure.stage or "fetch", failure.error or "")
        # only what this batch took: a message moved by a BLMOVE whose reply was lost stays
        self.server.ltrim(self.keys.processing, batch.messages, -1)

    def _write_one(self, article: Article, fetches: Mapping[str, FetchInfo]) -> None:
        url = article.url or ""
        single = {url: fetches[url]} if url in fetches else {}
        try:
            self._count(self.store.upsert_articles([article], self.run_id, single))
        except StoreError as exc:
            if exc.unwritable:
                raise
            logger.error("could not store %s: %s", article.url, exc)
            self._record_failure(article.url or "?", "store", str(exc))

    def _record_failure(self, url: str, stage: str, error: str) -> None:
        self.failures += 1
        self.store.record_failure(self.run_id, url, stage, error)

    def _count(self, counts: UpsertCounts) -> None:
        self.counts["new"] += counts.new
        self.counts["updated"] += counts.updated
        self.counts["unchanged"] += counts.unchanged


def _reason(status: str) -> str:
    return {"finished": "finished", "failed": "finished", "interrupted": "shutdown"}[status]
