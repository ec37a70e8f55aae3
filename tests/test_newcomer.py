"""Issue 10, a newcomer's first hour: every mistake one clear line, a demo that can run twice,
counts that add up, messages that say why, quiet progress on a terminal.

The real console scripts (`articlecrawl`, `scrapy`) in subprocesses, against the sample site
served on loopback, into real SQLite files. The generated bad-input guard at the end calls
`crawler.cli.main` in-process (hundreds of runs of the console script would take minutes) and
discovers the subcommands from the parser, so a command added later is covered too.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import pty
import re
import select
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from entry_point import ARTICLECRAWL, FAST
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler import cli
from crawler.options import OptionError, settings_table
from crawler.samplesite import SAMPLE_SITE_DIR, GeneratedSite, load_site_manifest, serve

REPO = Path(__file__).resolve().parents[1]
SCRAPY = str(Path(sys.executable).with_name("scrapy"))
MANIFEST = load_site_manifest()
ARTICLES = len(MANIFEST.articles)
DOCUMENTED_EXIT_CODES = {0, 1, 2, 3, 75}  # README "Exit codes"
CLOSED = "http://127.0.0.1:9/"  # the discard port: nothing listens there


def run(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, *args], capture_output=True, text=True, timeout=timeout, **kwargs
    )


def summary(result: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


def seen(line: dict) -> int:
    """The five counts of a run's articles, added up."""
    return sum(line[f"articles_{k}"] for k in ("new", "updated", "unchanged", "fresh", "gone"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def article_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


# -- 1. one clear line for every mistake (the issue's own list) --------------------------------

MISTAKES = {  # through the console script, all at once
    "a regex that does not compile": (
        ["crawl", CLOSED, "--article-pattern", "("], "--article-pattern: not a valid regex"),
    "a delay that is no number": (["crawl", CLOSED, "-s", "DOWNLOAD_DELAY=abc"], "DOWNLOAD_DELAY"),
    "a database in a missing folder": (
        ["crawl", CLOSED, "--db", "{tmp}/no/such/a.db"], "no such folder: {tmp}/no"),
}  # fmt: skip
MORE_MISTAKES = {  # the same checks, in this process (a process start each would cost seconds)
    "a negative age to prune": (["prune-pages", "--older-than", "-3"], "--older-than"),
    "an error rate over 1": (["crawl", CLOSED, "--max-error-rate", "2"], "--max-error-rate"),
    "a batch size that is no number": (
        ["crawl", CLOSED, "-s", "ARTICLECRAWL_BATCH_SIZE=abc"], "ARTICLECRAWL_BATCH_SIZE"),
    "a negative re-crawl age": (["crawl", CLOSED, "--recrawl-after", "-1"], "--recrawl-after"),
    "a coverage over 1": (["crawl", CLOSED, "--min-tips-coverage", "5"], "--min-tips-coverage"),
    "an empty folder to parse": (["parse", "{tmp}/empty"], "no .html, .htm, .txt file in"),
    "a port no port can be": (["demo", "--port", "70000"], "--port: must be a port"),
}  # fmt: skip


@dataclass(frozen=True)
class Ran:
    status: int
    stdout: str
    stderr: str
    """With the temporary folder's path written "{tmp}"."""
    cwd: Path


@pytest.fixture(scope="module")
def mistakes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Ran]:
    """Every mistake run at once (each is a process start; in parallel they cost one)."""
    tmp = tmp_path_factory.mktemp("mistakes")
    running = {}
    for name, (args, _) in MISTAKES.items():
        cwd = tmp / re.sub(r"\W+", "-", name)
        cwd.mkdir()
        argv = [arg.replace("{tmp}", str(tmp)) for arg in args]
        if argv[0] in ("crawl", "prune-pages") and "--db" not in argv:
            argv += ["--db", str(cwd / "x.db")]
        running[name] = (subprocess.Popen(
            [ARTICLECRAWL, *argv], cwd=cwd, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ), cwd)  # fmt: skip
    results = {}
    for name, (process, cwd) in running.items():
        stdout, stderr = process.communicate(timeout=120)
        results[name] = Ran(process.returncode, stdout, stderr.replace(str(tmp), "{tmp}"), cwd)
    return results


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_mistake_is_one_line_and_exit_2_before_anything_runs(
    mistakes: dict[str, Ran], mistake: str
) -> None:
    ran = mistakes[mistake]
    assert ran.status == 2, ran.stderr
    (line,) = ran.stderr.splitlines()  # one line, so no traceback either
    assert line.startswith("articlecrawl ") and ": error: " in line
    assert MISTAKES[mistake][1] in line
    assert ran.stdout == ""
    assert list(ran.cwd.iterdir()) == []  # no database, no lock file, no job folder


@pytest.mark.parametrize("mistake", list(MORE_MISTAKES))
def test_more_mistakes_are_one_line_and_exit_2_in_process(tmp_path: Path, mistake: str) -> None:
    (tmp_path / "empty").mkdir()
    args, expected = MORE_MISTAKES[mistake]
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    code, stderr = in_folder(
        tmp_path, [*argv, "--db", str(tmp_path / "x.db")] if argv[0] != "parse" else argv
    )
    assert code == 2
    (line,) = stderr.splitlines()
    assert ": error: " in line and expected in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


def test_parsing_an_empty_file_is_an_error_not_an_empty_record(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    result = run("parse", str(tmp_path / "empty.html"))
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.endswith("empty.html: empty file")


# -- plain `scrapy crawl`: the same checks, the same lock line ----------------------------------


@pytest.fixture
def held_lock(tmp_path: Path) -> Iterator[Path]:
    """A database whose lock another process holds."""
    db = tmp_path / "held.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from crawler.lock import RunLock; RunLock(sys.argv[1]).acquire(); "
         "print('locked', flush=True); time.sleep(120)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield db
    finally:
        holder.kill()
        holder.wait(timeout=30)


def scrapy_crawl(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [SCRAPY, "crawl", "articles", *args], cwd=REPO, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": error: " in line]


def test_scrapy_crawl_checks_first_and_meets_a_held_lock_with_the_line_articlecrawl_prints(
    held_lock: Path, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    refused = {  # at once, with the lock test below (-s values: the table articlecrawl uses)
        "article_pattern": scrapy_crawl(
            "-a", f"start_urls={CLOSED}", "-a", "article_pattern=(", "-s", f"ARTICLECRAWL_DB={db}"
        ),
    }
    plain = scrapy_crawl("-a", f"start_urls={CLOSED}", "-s", f"ARTICLECRAWL_DB={held_lock}")
    ours = run("crawl", CLOSED, "--db", str(held_lock))
    for name, process in refused.items():
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 2, stderr[-3000:]
        (line,) = error_lines(stderr)
        assert line.startswith("scrapy crawl: error: ") and name in line
        assert "Traceback" not in stderr
    assert not db.exists()
    _, plain_err = plain.communicate(timeout=120)
    assert ours.returncode == 75 and plain.returncode == 75, plain_err[-3000:]
    (our_line,) = ours.stderr.splitlines()
    (plain_line,) = error_lines(plain_err)
    assert our_line.startswith("articlecrawl crawl: error: another run holds ")
    assert plain_line == our_line.replace("articlecrawl crawl:", "scrapy crawl:", 1)
    assert "Traceback" not in plain_err
    assert not held_lock.exists()  # nothing was opened, let alone written


# -- 2. a repeatable demo ---------------------------------------------------------------------


def test_the_demo_run_twice_keeps_one_copy_of_the_site_and_reports_its_own_run(
    tmp_path: Path,
) -> None:
    db, port = tmp_path / "demo.db", str(free_port())
    first = run("demo", "--db", str(db), "--port", port)
    assert first.returncode == 0, first.stderr[-2000:]
    second = run("demo", "--db", str(db), "--port", port)
    assert second.returncode == 0, second.stderr[-2000:]
    assert article_count(db) == ARTICLES
    assert f"{ARTICLES} articles ({ARTICLES} new, 0 updated, 0 unchanged)" in first.stdout
    # the second run asks for every article again and each answers 304
    assert f"{ARTICLES} articles (0 new, 0 updated, {ARTICLES} unchanged)" in second.stdout
    assert f"now holds {ARTICLES} articles" in second.stdout


def test_the_demo_on_a_taken_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        # in this process: the server fails to start, so no crawl (and no reactor) is begun
        code, stderr = in_folder(
            tmp_path, ["demo", "--db", str(tmp_path / "demo.db"), "--port", str(port)]
        )
    assert code == 2
    (line,) = stderr.splitlines()
    assert f"port {port} is in use" in line and "--port" in line


# -- 3 and 4. counts that add up; health checks by short name -----------------------------------


def test_a_crawl_counts_each_article_once_and_names_failed_checks_shortly(
    tmp_path: Path,
) -> None:
    """(The second night, where an article is both fresh and fetched through an old redirecting
    URL, is tests/test_cron.py::test_fresh_articles_are_not_fetched_again.)"""
    db, log = tmp_path / "a.db", tmp_path / "crawl.log"
    with serve(SAMPLE_SITE_DIR) as site:
        first = run(
            "crawl", site.url, "--db", str(db), *FAST[:-2], "--min-tips-coverage", "1",
            "--log-file", str(log),
        )  # fmt: skip
    assert first.returncode == 1, first.stderr[-2000:]
    line = summary(first)
    assert line["articles_new"] == ARTICLES and seen(line) == ARTICLES

    # tips on 59 of the 66 articles: 89.4%, under the 100% asked for
    with_tips = sum(1 for article in MANIFEST.articles if article.tip_count)
    detail = f"tips {with_tips / ARTICLES:.1%} < 100%"
    (coverage,) = [check for check in line["checks"] if check["name"] == "field coverage"]
    assert coverage == {"name": "field coverage", "passed": False, "detail": detail}
    assert {check["name"] for check in line["checks"]} == {
        "enough articles", "error rate", "field coverage", "finish reason",
    }  # fmt: skip
    assert first.stderr.splitlines()[-1] == (
        f"articlecrawl crawl: error: run 1 finished; failed checks: field coverage: {detail}"
    )
    text = log.read_text(encoding="utf-8")
    assert "[Spidermon]" in text and "Spider.log() is deprecated" not in text


# -- 5. quiet progress on a terminal ------------------------------------------------------------


def on_a_terminal(argv: list[str], timeout: float = 120) -> tuple[int, str]:
    """Run `argv` with a pseudo-terminal as its stdin, stdout and stderr; what it wrote."""
    master, slave = pty.openpty()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    output = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(master)
    return process.wait(timeout=30), output.decode("utf-8", "replace")


def test_on_a_terminal_crawl_shows_one_progress_line_and_a_summary_of_max_pages(
    tmp_path: Path,
) -> None:
    # the generated site: no redirect and no forbidden link, so every page asked for is fetched
    with serve(generated=GeneratedSite(pages=60)) as site:
        status, screen = on_a_terminal(
            [ARTICLECRAWL, "crawl", site.url, "--db", str(tmp_path / "a.db"), *FAST[:-2],
             "--max-pages", "10"]
        )  # fmt: skip
    assert status == 0, screen[-3000:]
    lines = screen.replace("\r\n", "\n").split("\n")
    progress, *rest = [line for line in lines if line.strip()]
    frames = [frame.strip() for frame in progress.split("\r") if frame.strip()]
    assert frames and all(frame.startswith("crawling: ") for frame in frames)
    # --max-pages 10: the start page and nine more
    pages = re.match(
        r"run 1 finished in [\d.]+ s: 10 pages \((\d+) article, (\d+) listing", rest[0]
    )
    assert pages, rest
    articles = int(pages[1])
    assert articles + int(pages[2]) == 10
    assert frames[-1].startswith(f"crawling: 10 pages, {articles} articles, 0 failures, ")
    assert rest[1] == f"articles: {articles} new, 0 updated, 0 unchanged, 0 fresh, 0 gone"
    assert rest[2] == "health: ok (exit 0)"
    assert "0 = no limit" in subcommands()["crawl"].format_help()
    assert len(rest) == 3  # nothing of Scrapy's log
    assert "Traceback" not in screen and "[scrapy" not in screen


def test_make_install_says_what_each_step_does() -> None:
    make = shutil.which("make")
    assert make, "make is needed to build (README: two commands)"
    steps = subprocess.run(
        [make, "-n", "-B", "install"], cwd=REPO, capture_output=True, text=True, timeout=60
    ).stdout.splitlines()
    slow = [i for i, step in enumerate(steps) if " pip install" in step or " -m venv" in step]
    assert len(slow) == 3
    assert all(steps[i - 1].startswith("echo ") for i in slow)


# -- 6. what the README tells a newcomer to run ---------------------------------------------------


def test_the_sample_site_served_by_hand_answers_as_the_readme_says() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "python -m crawler.samplesite serve" in readme
    # Ctrl-C as at a terminal: a script's background job (a CI runner's, say) starts with SIGINT
    # ignored, which Python and every child would inherit, and the server would never stop
    server = subprocess.Popen(
        [sys.executable, "-m", "crawler.samplesite", "serve", "--port", "0"],
        stdout=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        url = re.match(r"serving (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)", first)
        assert url, first
        with urllib.request.urlopen(url[1] + "robots.txt", timeout=10) as response:
            assert b"Sitemap: " + url[1].encode() in response.read()
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0


# -- the generated guard: any bad argument to any subcommand -----------------------------------

BAD_TEXT = [
    "", " ", "-1", "-3", "0", "2", "5", "1e999", "nan", "inf", "-inf", "abc", "(", "[a-", "*",
    "\x00", "ftp://x/", "http://", "99999999999999999999", "/no/such/folder/x.db", "é", "腰痛",
]  # fmt: skip


def subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every subcommand the console script has right now, by name."""
    parser = cli._build_parser()
    (choices,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(choices.choices)


def rejects(action: argparse.Action, text: str) -> bool:
    """Whether argparse refuses `text` for `action` (its type or its choices)."""
    try:
        value = action.type(text) if callable(action.type) else text
    except (argparse.ArgumentTypeError, ValueError, TypeError):
        return True
    return action.choices is not None and value not in action.choices


def rejected_setting(pair: tuple[str, str]) -> bool:
    try:
        settings_table()[pair[0]].convert(pair[1])
    except OptionError:
        return True
    return False


def texts() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(BAD_TEXT), st.text(max_size=12))


def option_value(action: argparse.Action) -> st.SearchStrategy[list[str]]:
    """An option with a value, any value: `--name=VALUE` (so "-3" is not read as an option)."""
    long_name = max(action.option_strings, key=len)
    if action.nargs == 0:
        return st.just([long_name])
    if action.dest == "set":
        pairs = st.tuples(st.sampled_from(sorted(settings_table())), texts())
        return pairs.map(lambda pair: [long_name, f"{pair[0]}={pair[1]}"])
    return texts().map(lambda text: [f"{long_name}={text}"])


@st.composite
def bad_invocation(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A subcommand with arbitrary arguments and at least one its checks must refuse."""
    commands = subcommands()
    name = draw(st.sampled_from(sorted(commands)))
    sub = commands[name]
    options = [a for a in sub._actions if a.option_strings and a.dest != "help"]
    checked = [a for a in options if a.nargs != 0 and (a.type is not None or a.choices)]
    kinds = ["unknown option"]
    if checked:
        kinds.append("checked option")
    if any(a.dest == "set" for a in options):
        kinds.append("setting")
    kind = draw(st.sampled_from(kinds))
    if kind == "checked option":
        action = draw(st.sampled_from(checked))
        text = draw(texts().filter(lambda t, a=action: rejects(a, t)))
        bad = [f"{max(action.option_strings, key=len)}={text}"]
    elif kind == "setting":
        pair = draw(
            st.tuples(st.sampled_from(sorted(settings_table())), texts()).filter(rejected_setting)
        )
        bad = ["-s", f"{pair[0]}={pair[1]}"]
    else:
        bad = ["--no-such-option"]
    extras: list[str] = []
    for action in draw(st.lists(st.sampled_from(options), max_size=3)) if options else []:
        extras += draw(option_value(action))
    positionals = [a for a in sub._actions if not a.option_strings]
    words = [
        draw(st.sampled_from(["http://127.0.0.1:9/", "page.html", "pain", "x"]))
        for _ in positionals
    ]
    return name, [*bad, *extras, *words]


def in_folder(folder: Path, argv: list[str]) -> tuple[int, str]:
    """`articlecrawl ARGV` run in this process from `folder`: its exit code and its stderr."""
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return run_in_process(argv)
    finally:
        os.chdir(cwd)


def run_in_process(argv: list[str]) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = cli.main(argv)
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
    return code, stderr.getvalue()


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure here is the code's, not luck's
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(invocation=bad_invocation())
def test_any_bad_argument_to_any_command_is_one_line_and_exit_2(
    scratch: Path, invocation: tuple[str, list[str]]
) -> None:
    name, args = invocation
    code, stderr = in_folder(scratch, [name, *args])  # relative paths (a default --db) go there
    assert code in DOCUMENTED_EXIT_CODES
    assert code == 2, stderr
    (line,) = stderr.splitlines()
    # argparse reports an unknown option from the top-level parser, without the command's name
    assert re.match(rf"articlecrawl( {name})?: error: ", line), line
    assert not any(scratch.iterdir())  # nothing was created


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty working folder for the generated runs, with a data/ folder for the default
    database's sake left out on purpose: a run that got that far would fail on it anyway."""
    return tmp_path_factory.mktemp("generated")


@given(st.sampled_from(sorted(settings_table())), texts())
@settings(max_examples=300, deadline=None)
def test_every_setting_takes_a_value_or_refuses_it_in_one_line(name: str, text: str) -> None:
    try:
        settings_table()[name].convert(text)
    except OptionError as exc:
        assert "\n" not in str(exc) and name in str(exc)
