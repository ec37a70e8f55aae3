"""One run per database: an advisory lock on a file next to it (`articles.db.lock`).

The lock is `flock(2)` on an open file, so the kernel drops it when its process dies, however it
dies: a lock left by a killed run is simply free for the next one, never obeyed forever. The file
also says who holds it (pid, command, since when) for the message the second run prints.
`filelock` would give the flock but not the holder's name, which is most of what a cron user needs,
so this is the ~40 lines it takes.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from pathlib import Path
from types import TracebackType

# Locks this process holds, by path: the CLI takes the lock before Scrapy starts (to fail fast)
# and the pipeline takes it again when the spider opens (so plain `scrapy crawl` is covered too).
_HELD: dict[Path, RunLock] = {}


class LockError(Exception):
    """The lock file cannot be made (no such folder, read-only disk): a configuration error."""


class LockHeld(LockError):
    """Another live process holds the lock; the message names it."""


class RunLock:
    """The database's run lock; re-entrant within one process."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.path = Path(f"{os.fspath(db_path)}.lock").resolve()
        self._fd: int | None = None
        self._depth = 0
        self._entered: RunLock = self

    def acquire(self) -> RunLock:
        """Take the lock, or raise LockHeld at once (never waits)."""
        held = _HELD.get(self.path)
        if held is not None:
            held._depth += 1
            return held
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LockError(f"cannot make the lock file {self.path}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _describe(os.read(fd, 4096))
            os.close(fd)
            raise LockHeld(f"another run holds {self.path} ({holder})") from None
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(_me()).encode())
        self._fd, self._depth = fd, 1
        _HELD[self.path] = self
        return self

    def release(self) -> None:
        self._depth -= 1
        if self._depth > 0 or self._fd is None:
            return
        _HELD.pop(self.path, None)
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> RunLock:
        self._entered = self.acquire()  # this object, or the one this process already holds
        return self._entered

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._entered.release()


def _me() -> dict[str, object]:
    return {
        "pid": os.getpid(),
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:300],
        "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def _describe(raw: bytes) -> str:
    try:
        holder = json.loads(raw.decode("utf-8"))
        return f"pid {holder['pid']}, `{holder['command']}`, since {holder['since']}"
    except (ValueError, KeyError, TypeError):
        return "a process that did not say who it is"
