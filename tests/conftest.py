"""Session-wide test setup: the fuzz run of tests/test_fuzz.py starts in the background as soon as
the session knows it will run that test, and is stopped when the session ends (see that module's
docstring for why)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

FUZZ_TEST = "test_fuzz.py::test_fuzzing_the_parsers_finds_no_crash"


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    for item in session.items:
        if item.nodeid.endswith(FUZZ_TEST) and isinstance(item, pytest.Function):
            module = item.module
            folder = Path(tempfile.mkdtemp(prefix="articlecrawl-fuzz-"))
            module.BACKGROUND = module.start_fuzzing(folder)
            return


def pytest_sessionfinish(session: pytest.Session) -> None:
    for item in session.items:
        if item.nodeid.endswith(FUZZ_TEST) and isinstance(item, pytest.Function):
            run = getattr(item.module, "BACKGROUND", None)
            if run is not None:
                run.stop()
                if not any(run.artifacts.iterdir()):  # a crash's input stays for a look
                    shutil.rmtree(run.folder, ignore_errors=True)
            return
