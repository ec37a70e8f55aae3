"""`articlecrawl` through its real entry point (the installed console script, in a subprocess)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from entry_point import ARTICLECRAWL

SEED = Path(__file__).parent / "seeds" / "000_81a66c25a5a3e8c2.txt"
COMMANDS = ["crawl", "demo", "parse", "stats", "search", "export"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Example:" in result.stdout
    assert f"articlecrawl {command}" in result.stdout


def test_parse_one_file_prints_one_json_object() -> None:
    result = run("parse", str(SEED))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "What should I do if I have back pain due to miscarriage?"
    assert [tip["title"] for tip in record["tips"]] == [
        "Daily life",
        "Adjust dietary intake",
        "Rehabilitation massage therapy",
        "Aerobics therapy",
    ]


def test_parse_directory_gives_json_lines_with_sources(tmp_path: Path) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "page.html").write_text(
        "<html><head><title>Hello</title></head><body><h1>Hello</h1>"
        "<p>A paragraph of text that is long enough to be an article body, more or less.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    result = run("parse", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(line["source"]).name for line in lines) == ["page.html", "seed.txt"]


def test_parse_jsonl_flag_makes_one_file_a_line() -> None:
    result = run("parse", "--jsonl", str(SEED))
    assert result.returncode == 0
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["source"] == str(SEED)


def test_parse_bad_file_gives_an_error_line_and_the_rest_go_on(tmp_path: Path) -> None:
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 64)
    result = run("parse", str(junk), str(tmp_path / "missing.html"), str(SEED))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["source"]).name for line in lines] == [
        "junk.html",
        "missing.html",
        SEED.name,
    ]
    assert "error" in lines[1] and "error" not in lines[2]
    assert lines[2]["title"].startswith("What should I do")
    assert "Traceback" not in result.stderr


def test_parse_missing_single_file_is_one_line_on_stderr(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "nope.html"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["crawl", "not a url"],
        ["crawl", "ftp://example.com/"],
        ["crawl", "http://127.0.0.1:9/", "-s", "NOEQUALS"],
        ["crawl", "http://127.0.0.1:9/", "--max-pages", "-3"],
        ["crawl", "http://127.0.0.1:9/", "--min-items", "many"],
        ["frobnicate"],
        ["search"],
        ["search", "pain", "--limit", "0"],
    ],
)
def test_usage_mistakes_are_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    result = run(*args, "--db", str(tmp_path / "x.db")) if args[0] == "crawl" else run(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.db").exists()  # nothing is created by a command that was refused


def test_commands_on_a_missing_database_say_so(tmp_path: Path) -> None:
    for command in (["stats"], ["search", "pain"], ["export"]):
        result = run(*command, "--db", str(tmp_path / "none.db"))
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "none.db" in result.stderr
        assert not (tmp_path / "none.db").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my precious notes\n")
    for command in (["stats"], ["crawl", "http://127.0.0.1:9/"]):
        result = run(*command, "--db", str(db))
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1
    assert db.read_text() == "my precious notes\n"
