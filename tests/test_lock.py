"""The run lock within one process: the CLI and the pipeline both take it, and it must be let go
exactly when the outermost holder lets go. (Across processes: tests/test_cron.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crawler.lock import RunLock


def held_elsewhere(db: Path) -> bool:
    """Whether another process is refused the lock right now."""
    code = (
        "import sys\nfrom crawler.lock import RunLock, LockHeld\n"
        "try:\n    RunLock(sys.argv[1]).acquire()\nexcept LockHeld:\n    sys.exit(75)\n"
    )
    return subprocess.run([sys.executable, "-c", code, str(db)], timeout=60).returncode == 75


def test_a_nested_hold_keeps_the_lock_until_the_outer_one_ends(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with RunLock(db):
        with RunLock(db):
            assert held_elsewhere(db)
        assert held_elsewhere(db)  # the inner exit did not let it go
        inner = RunLock(db).acquire()  # as the pipeline does, without `with`
        inner.release()
        assert held_elsewhere(db)
    assert not held_elsewhere(db)
