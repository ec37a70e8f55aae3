"""What a run's end means for cron: the exit codes, in one place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

EXIT_HEALTHY = 0
"""The run finished and every health check passed."""
EXIT_UNHEALTHY = 1
"""The run finished (or was stopped) but a health check failed; `parse`: a file failed."""
EXIT_USAGE = 2
"""Usage or configuration error: nothing was run."""
EXIT_CANNOT_RUN = 3
"""The crawl could not run: no page could be fetched (start URLs unreachable)."""
EXIT_LOCKED = 75
"""Another run holds the database's lock (EX_TEMPFAIL: try again later)."""


def exit_code_for(status: str, verdict: Mapping[str, Any]) -> int:
    """The exit code of a crawl that ended with `status` and health `verdict`."""
    if status == "failed":
        return EXIT_CANNOT_RUN
    return EXIT_HEALTHY if status == "finished" and verdict.get("healthy") else EXIT_UNHEALTHY
