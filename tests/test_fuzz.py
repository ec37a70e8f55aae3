"""The atheris fuzz target (fuzz/fuzz_parsers.py) run for a bounded number of executions in a
subprocess, and every saved crash input (tests/fuzz_crashes/) replayed through the parsers.

In the suite the run is reproducible: a fixed seed and a fixed number of executions
(ARTICLECRAWL_FUZZ_RUNS, default 1200, about 50 s on 2 cores; ARTICLECRAWL_FUZZ_SEED, default 1),
so a crash it finds is found again by whoever runs it next and CI never turns red by chance.
Exploring with fresh seeds is `make fuzz` (fuzz/README.md); what it finds is saved in
tests/fuzz_crashes/.

The run is one CPU-bound subprocess that shares nothing with the other tests (its own folder, no
port, no database), so tests/conftest.py starts it in the background as the session starts and
the test below only waits for its result: the run's minute of CPU overlaps the rest of the suite
(on a second core, when there is one free) instead of adding to it. The result is the same
either way: a fixed seed and a fixed number of executions.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from parsers import ParseError, parse_html, parse_text

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "fuzz" / "fuzz_parsers.py"
CRASHES = Path(__file__).resolve().parent / "fuzz_crashes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class FuzzRun:
    """The fuzz target running in a subprocess, its log in a file (no pipe to fill up)."""

    process: subprocess.Popen[bytes]
    folder: Path
    artifacts: Path
    log: Path

    def wait(self, timeout: float) -> tuple[int, str]:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(f"the fuzz run did not end in {timeout} s")
        return code, self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def start_fuzzing(folder: Path) -> FuzzRun:
    """Start the suite's fuzz run (ARTICLECRAWL_FUZZ_RUNS executions from ARTICLECRAWL_FUZZ_SEED)
    in `folder`, from the parser fixtures' pages."""
    runs = int(os.environ.get("ARTICLECRAWL_FUZZ_RUNS", "1200"))
    seed = int(os.environ.get("ARTICLECRAWL_FUZZ_SEED", "1"))
    corpus = folder / "corpus"
    corpus.mkdir()
    for number, page in enumerate(sorted(FIXTURES.glob("*/page.html"))):
        shutil.copy(page, corpus / f"fixture-{number}")
    artifacts = folder / "artifacts"
    artifacts.mkdir()
    log = folder / "fuzz.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, str(TARGET), str(corpus), f"-runs={runs}", f"-seed={seed}",
             f"-artifact_prefix={artifacts}/", "-rss_limit_mb=1024", "-timeout=20"],
            stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=REPO,
        )  # fmt: skip
    return FuzzRun(process, folder, artifacts, log)


BACKGROUND: FuzzRun | None = None
"""The run tests/conftest.py started as the session started, when this module's test is one
of the session's."""


def test_fuzzing_the_parsers_finds_no_crash(tmp_path: Path) -> None:
    run = BACKGROUND or start_fuzzing(tmp_path)
    code, log = run.wait(timeout=600)
    crashes = sorted(run.artifacts.iterdir())
    saved = [f"{path.name}: {path.read_bytes()[:200]!r}" for path in crashes]
    assert code == 0 and not crashes, (saved, log[-4000:])
    done = re.findall(r"Done (\d+) runs in (\d+) second", log)
    assert done, log[-2000:]
    print(f"\nfuzzed the parsers for {done[-1][1]} s: {done[-1][0]} executions, no crash")


def test_saved_crash_inputs_now_parse_or_raise_parse_error() -> None:
    """Each file in tests/fuzz_crashes/ once crashed a parser; it must not any more."""
    inputs = [p for p in sorted(CRASHES.iterdir()) if p.is_file() and p.name != ".gitkeep"]
    for path in inputs:
        _parse_all_ways(path.read_bytes())


def _parse_all_ways(data: bytes) -> None:
    """What the fuzz target does with one input: only ParseError may come out."""
    with suppress(ParseError):
        parse_html(data[1:], "https://www.deeho.com/p/1.html")
    with suppress(ParseError):
        parse_html(data.decode("utf-8", "replace"))
    with suppress(ParseError):
        parse_text(data[1:])
    with suppress(ParseError):
        parse_text(data.decode("utf-8", "replace"))


REFUSED = {"png": b"\x89PNG\r\n\x1a\n" + bytes(64), "zeros": b"\x00" * 100}
"""Inputs the parsers refuse with ParseError."""


@pytest.fixture(scope="module")
def target_outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each REFUSED input through the target's test_one_input, all in one subprocess (importing
    the instrumented target costs seconds): "ok", or the exception that left it."""
    folder = tmp_path_factory.mktemp("target")
    for name, data in REFUSED.items():
        (folder / name).write_bytes(data)
    code = (
        "import json, pathlib, sys; folder = pathlib.Path(sys.argv[1]); sys.argv = ['x'];"
        "sys.path.insert(0, 'fuzz'); import fuzz_parsers; outcomes = {}\n"
        "for path in sorted(folder.iterdir()):\n"
        "    try:\n"
        "        fuzz_parsers.test_one_input(path.read_bytes()); outcomes[path.name] = 'ok'\n"
        "    except BaseException as exc:\n"
        "        outcomes[path.name] = repr(exc)\n"
        "print(json.dumps(outcomes))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True, text=True, timeout=60, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_target_lets_parse_errors_through_quietly(
    name: str, target_outcomes: dict[str, str]
) -> None:
    # the target's own contract, on inputs the parsers refuse: no exception leaves it
    assert target_outcomes[name] == "ok"
