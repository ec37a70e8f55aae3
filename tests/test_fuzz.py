"""The atheris fuzz target (fuzz/fuzz_parsers.py) run for a bounded number of executions in a
subprocess, and every saved crash input (tests/fuzz_crashes/) replayed through the parsers.

In the suite the run is reproducible: a fixed seed and a fixed number of executions
(ARTICLECRAWL_FUZZ_RUNS, default 1200, about 50 s on 2 cores; ARTICLECRAWL_FUZZ_SEED, default 1),
so a crash it finds is found again by whoever runs it next and CI never turns red by chance.
Exploring with fresh seeds is `make fuzz` (fuzz/README.md); what it finds is saved in
tests/fuzz_crashes/.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import pytest

from parsers import ParseError, parse_html, parse_text

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "fuzz" / "fuzz_parsers.py"
CRASHES = Path(__file__).resolve().parent / "fuzz_crashes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_fuzzing_the_parsers_finds_no_crash(tmp_path: Path) -> None:
    runs = int(os.environ.get("ARTICLECRAWL_FUZZ_RUNS", "1200"))
    seed = int(os.environ.get("ARTICLECRAWL_FUZZ_SEED", "1"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, page in enumerate(sorted(FIXTURES.glob("*/page.html"))):
        shutil.copy(page, corpus / f"fixture-{number}")
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    result = subprocess.run(
        [sys.executable, str(TARGET), str(corpus), f"-runs={runs}", f"-seed={seed}",
         f"-artifact_prefix={artifacts}/", "-rss_limit_mb=1024", "-timeout=20"],
        capture_output=True, text=True, timeout=600, cwd=REPO,
    )  # fmt: skip
    crashes = sorted(artifacts.iterdir())
    saved = [f"{path.name}: {path.read_bytes()[:200]!r}" for path in crashes]
    assert result.returncode == 0 and not crashes, (saved, result.stderr[-4000:])
    done = re.findall(r"Done (\d+) runs in (\d+) second", result.stderr)
    assert done, result.stderr[-2000:]
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


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(64), b"\x00" * 100])
def test_the_target_lets_parse_errors_through_quietly(data: bytes) -> None:
    # the target's own contract, on inputs the parsers refuse: no exception leaves it
    code = (
        "import sys; sys.argv = ['x']; sys.path.insert(0, 'fuzz');"
        "import fuzz_parsers; fuzz_parsers.test_one_input(sys.stdin.buffer.read())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], input=data, capture_output=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
