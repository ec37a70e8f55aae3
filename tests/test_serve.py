"""`articlecrawl serve`: Datasette on a database that real crawls of the sample site wrote.

One module-scoped fixture serves a copy of the sample site, crawls it twice with the real
console script (between the runs one article changes and one disappears), then starts
`articlecrawl serve` in a subprocess. The API tests read every canned query through Datasette's
JSON API; the browser tests drive Debian's Chromium (headless, through Playwright) over the
same server. Expected values come from the site's ground truth (site.json) and from what a
reader of the pages expects, not from the program's output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from entry_point import ARTICLECRAWL, FAST

from crawler.samplesite import SAMPLE_SITE_DIR, SiteManifest, load_site_manifest, serve
from crawler.store import Store
from crawler.ui import build_metadata

REPO = Path(__file__).resolve().parent.parent
SEED = "/p/75078.html"
CHANGED = "/p/75060.html"
REMOVED = "/p/75063.html"
MISSING = "/p/99999.html"  # linked from a Recommend block, never there: 404
CHINESE_LUMBAR = "/zh/yangsheng/1010.html"  # 腰痛的原因有哪些
IDEOGRAPHIC_SPACE = "\u3000"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",  # the tests run as root
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = os.environ.get("ARTICLECRAWL_SCREENSHOTS")
"""A folder to write the README's screenshots into (docs/); unset, they go to a temp folder."""


@dataclass
class Served:
    base: str
    """http://127.0.0.1:PORT"""
    db: Path
    origin: str
    """The sample site's origin the crawls stored URLs under."""
    manifest: SiteManifest

    def url_for(self, path: str) -> str:
        return self.origin + path

    def rows(self, query: str, **params: str) -> list[dict[str, Any]]:
        """A canned query's rows through Datasette's JSON API."""
        params = {**params, "_shape": "array"}
        return self.get_json(f"/articlecrawl/{query}.json?{urllib.parse.urlencode(params)}")

    def get_json(self, path: str) -> Any:
        with urllib.request.urlopen(self.base + path, timeout=30) as response:
            return json.load(response)

    def article_id(self, path: str) -> int:
        with sqlite3.connect(self.db) as conn:
            ((article_id,),) = conn.execute(
                "SELECT id FROM articles WHERE url = ?", [self.url_for(path)]
            ).fetchall()
        return int(article_id)

    def page_of(self, path: str) -> str:
        """The article's own page here (the `article` canned query)."""
        return f"/articlecrawl/article?id={self.article_id(path)}"


def crawl(url: str, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ARTICLECRAWL, "crawl", url, "--db", str(db), *FAST, *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_answers(url: str, process: subprocess.Popen[str], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"articlecrawl serve exited: {process.communicate()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not answer in {seconds} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve")
    root = folder / "site"
    shutil.copytree(SAMPLE_SITE_DIR, root)
    db = folder / "crawled.db"
    with serve(root) as site:
        first = crawl(site.url, db)
        assert first.returncode == 0, first.stderr[-2000:]
        page = root / CHANGED.lstrip("/")
        html = page.read_text(encoding="utf-8")
        assert "Apply a hot towel." in html
        page.write_text(html.replace("Apply a hot towel.", "Apply a warm towel."), encoding="utf-8")
        os.utime(page, (time.time() + 5, time.time() + 5))
        (root / REMOVED.lstrip("/")).unlink()
        second = crawl(site.url, db, "--recrawl-after", "0")
        assert second.returncode in (0, 1), second.stderr[-2000:]
        origin = site.origin
    port = free_port()
    process = subprocess.Popen(
        [ARTICLECRAWL, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base + "/-/versions.json", process)
        yield Served(base, db, origin, load_site_manifest())
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- the command -------------------------------------------------------------------------------


def test_the_installed_datasette_is_the_pinned_one() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    pins = dict(re.findall(r'"(datasette[\w-]*)==([^"]+)"', pyproject))
    assert pins["datasette"].split(".")[0] == "0", "the pin must stay on the stable line"
    for package, version in pins.items():
        assert metadata.version(package) == version, package


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such database"),
        (b"these are not the bytes of a database, " * 100, "not an SQLite database"),
        ("other program", "not an articlecrawl database"),
    ],
)
def test_a_missing_or_foreign_database_is_one_line_and_exit_2(
    tmp_path: Path, content: bytes | str | None, reason: str
) -> None:
    db = tmp_path / "other.db"
    if isinstance(content, bytes):
        db.write_bytes(content)
    elif content is not None:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE users (name TEXT)")
    before = db.read_bytes() if db.exists() else None
    result = subprocess.run(
        [ARTICLECRAWL, "serve", "--db", str(db), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert reason in result.stderr and str(db) in result.stderr
    assert (db.read_bytes() if db.exists() else None) == before  # not taken over


def test_a_port_in_use_is_one_line_and_exit_2(served: Served) -> None:
    port = int(served.base.rsplit(":", 1)[1])
    result = subprocess.run(
        [ARTICLECRAWL, "serve", "--db", str(served.db), "--port", str(port)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and f":{port}" in result.stderr


def test_serve_has_help_with_an_example() -> None:
    result = subprocess.run(
        [ARTICLECRAWL, "serve", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "Example:" in result.stdout and "articlecrawl serve" in result.stdout


def test_serve_prints_its_url_and_reads_what_a_running_crawl_commits(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    Store(db).close()
    port = free_port()
    server = subprocess.Popen(
        [ARTICLECRAWL, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    count_url = (
        f"http://127.0.0.1:{port}/articlecrawl/articles.json?_size=0&_nofacet=1&_nosuggest=1"
    )
    seen: list[int] = []
    try:
        assert server.stdout is not None
        first_line = server.stdout.readline()  # printed before it listens
        assert f"at http://127.0.0.1:{port}/articlecrawl " in first_line
        wait_until_answers(count_url, server)
        with serve(SAMPLE_SITE_DIR) as site:
            # small batches: many commits while the crawl runs
            crawl_run = subprocess.Popen(
                [ARTICLECRAWL, "crawl", site.url, "--db", str(db), *FAST,
                 "-s", "ARTICLECRAWL_BATCH_SIZE=5"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            while crawl_run.poll() is None:
                with urllib.request.urlopen(count_url, timeout=10) as response:
                    seen.append(json.load(response)["filtered_table_rows_count"])
                time.sleep(0.1)
            assert crawl_run.wait() == 0
        with urllib.request.urlopen(count_url, timeout=10) as response:
            final = json.load(response)["filtered_table_rows_count"]
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=10)
    assert final == len(load_site_manifest().articles)
    assert seen == sorted(seen) and len(set(seen)) > 1  # live counts, never an error page
    assert "malformed" not in errors and "Traceback" not in errors


# -- metadata ----------------------------------------------------------------------------------


def test_every_table_view_and_column_is_described(served: Served) -> None:
    tables = build_metadata()["databases"]["articlecrawl"]["tables"]
    with sqlite3.connect(served.db) as conn:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'articles_fts_%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        undescribed = [
            f"{name}.{column}"
            for name in names
            for (_, column, *_) in conn.execute(f"PRAGMA table_info({name})")
            if not tables.get(name, {}).get("columns", {}).get(column)
        ]
    assert {"articles", "tips", "article_tips", "article_stats"} <= set(names)
    assert all(tables[name]["description"] for name in names), names
    assert undescribed == []


def test_every_table_and_view_page_opens(served: Served) -> None:
    for name in build_metadata()["databases"]["articlecrawl"]["tables"]:
        for suffix in ("", ".json"):  # a facet or sort on a wrong column would be an error
            with urllib.request.urlopen(
                f"{served.base}/articlecrawl/{name}{suffix}", timeout=30
            ) as page:
                assert page.status == 200, name


def test_the_home_page_leads_to_the_search_and_the_dashboard(served: Served) -> None:
    with urllib.request.urlopen(served.base + "/", timeout=30) as response:
        html = response.read().decode("utf-8")
    assert 'href="/articlecrawl/search"' in html and 'href="/-/dashboards/crawl"' in html


def test_column_descriptions_from_the_schema_show_on_the_table_page(served: Served) -> None:
    with urllib.request.urlopen(served.base + "/articlecrawl/tips", timeout=30) as response:
        html = response.read().decode("utf-8")
    assert "the marker as printed" in html  # the comment on tips.number in the schema


def test_the_search_box_of_the_articles_table_uses_the_index(served: Served) -> None:
    database = served.get_json("/articlecrawl.json")
    (articles,) = [table for table in database["tables"] if table["name"] == "articles"]
    assert articles["fts_table"] == "articles_fts"
    query = urllib.parse.urlencode({"_search": "腰痛的原因", "_shape": "array", "_col": "url"})
    rows = served.get_json(f"/articlecrawl/articles.json?{query}")
    assert [row["url"] for row in rows] == [served.url_for(CHINESE_LUMBAR)]


# -- canned queries ----------------------------------------------------------------------------


def test_search_finds_a_two_character_chinese_word(served: Served) -> None:
    rows = served.rows("search", q="腰痛")
    assert rows[0]["url"] == served.url_for(CHINESE_LUMBAR)
    assert json.loads(rows[0]["article"]) == {
        "href": served.page_of(CHINESE_LUMBAR),
        "label": "腰痛的原因有哪些",
    }
    assert "<mark>腰痛</mark>" in rows[0]["excerpt"]


def test_search_finds_a_longer_chinese_phrase_through_the_index(served: Served) -> None:
    rows = served.rows("search", q="腰痛的原因")
    assert [row["url"] for row in rows] == [served.url_for(CHINESE_LUMBAR)]
    assert "<mark>腰痛的原因</mark>" in rows[0]["excerpt"]


def test_search_in_english_needs_every_word_and_ranks_the_title_match_first(
    served: Served,
) -> None:
    rows = served.rows("search", q="Back PAIN")
    assert rows[0]["url"] == served.url_for(SEED)
    assert [row["rank"] for row in rows] == list(range(1, len(rows) + 1))
    with sqlite3.connect(served.db) as conn:
        both = {
            url
            for (url,) in conn.execute(
                "SELECT url FROM articles WHERE lower(title || body) LIKE '%back%' "
                "AND lower(title || body) LIKE '%pain%'"
            )
        }
    assert {row["url"] for row in rows} == both
    assert "<mark>" in rows[0]["excerpt"]


def test_search_text_is_never_query_syntax_or_html(served: Served) -> None:
    for query in ['"back', "pain OR", "NEAR(", "<b>pain</b>", "*"]:
        served.rows("search", q=query)  # an FTS5 syntax error would be an HTTP 400
    assert served.rows("search", q="") == []


def test_the_seed_article_shows_its_four_top_level_tips_in_order(served: Served) -> None:
    rows = served.rows("article", id=str(served.article_id(SEED)))
    assert rows[0]["section"] == "title"
    assert rows[0]["text"] == "What should I do if I have back pain due to miscarriage?"
    tips = [row["text"] for row in rows if row["section"] == "tip"]
    assert len(tips) == 14
    paths = [row["item"] for row in rows if row["section"] == "tip"]
    assert paths[:4] == ["1", "1.1", "1.2", "2"] and paths[-1] == "4.2"
    top = [tip for tip in tips if not tip.startswith(IDEOGRAPHIC_SPACE)]
    assert top == [
        "1. Daily life.",
        "2. Adjust dietary intake.",
        "3. Rehabilitation massage therapy.",
        "4. Aerobics therapy:",
    ]
    assert tips[1] == (
        IDEOGRAPHIC_SPACE * 2 + "1. Pay attention to hygiene during menstruation, keep clean "
        "and avoid urinary tract infections."
    )
    body = [row["text"] for row in rows if row["section"] == "body"]
    assert body[0].startswith("Many young girls who become pregnant unexpectedly")


def test_an_article_links_to_the_pages_of_the_articles_it_links(served: Served) -> None:
    truth = next(a for a in served.manifest.articles if a.path == SEED)
    rows = served.rows("article", id=str(served.article_id(SEED)))
    links = {
        row["section"]: json.loads(row["link"])
        for row in rows
        if row["section"] in ("prev", "next")
    }
    assert truth.prev and truth.next
    assert links["prev"]["href"] == served.page_of(truth.prev)
    assert links["next"]["href"] == served.page_of(truth.next)
    recommended = [json.loads(row["link"])["href"] for row in rows if row["section"] == "recommend"]
    assert recommended == [served.page_of(path) for path in truth.recommendations]


def test_a_link_to_a_page_never_crawled_goes_to_the_site(served: Served) -> None:
    (truth,) = [a for a in served.manifest.articles if MISSING in a.recommendations]
    rows = served.rows("article", id=str(served.article_id(truth.path)))
    links = [json.loads(row["link"]) for row in rows if row["section"] == "recommend"]
    (missing,) = [link for link in links if link["href"] == served.url_for(MISSING)]
    assert missing["label"].endswith("(not crawled)")


def test_the_seed_article_has_the_most_tips(served: Served) -> None:
    rows = served.rows("most_tips")
    first = rows[0]
    assert json.loads(first["article"])["href"] == served.page_of(SEED)
    assert (first["tips"], first["top_level"]) == (14, 4)
    assert len(rows) == sum(1 for a in served.manifest.articles if a.tip_count > 0)
    assert [row["tips"] for row in rows] == sorted((row["tips"] for row in rows), reverse=True)


def test_most_recommended_counts_the_articles_recommending_each(served: Served) -> None:
    expected: Counter[str] = Counter()
    for article in served.manifest.articles:
        for path in set(article.recommendations):
            expected[path] += 1
    titles = {a.path: a.title for a in served.manifest.articles}
    rows = served.rows("most_recommended")
    got = {json.loads(row["article"])["label"]: row["recommended_by"] for row in rows}
    assert got == {titles[path]: count for path, count in expected.items() if path in titles}
    assert rows[0]["recommended_by"] == max(expected.values())


def test_articles_per_site_and_language(served: Served) -> None:
    by_language = Counter(a.language for a in served.manifest.articles)
    rows = served.rows("articles_per_site")
    host = urllib.parse.urlsplit(served.origin).netloc
    assert {(row["site"], row["language"], row["articles"]) for row in rows} == {
        (host, language, count) for language, count in by_language.items()
    }
    assert {row["language"]: row["gone"] for row in rows} == {"en": 1, "zh": 0}


def test_the_last_run_changed_one_article_and_lost_one(served: Served) -> None:
    rows = served.rows("run_changes", run="")
    changes = [(row["change"], row["url"]) for row in rows]
    assert changes == [("updated", served.url_for(CHANGED)), ("gone", served.url_for(REMOVED))]
    first_run = served.rows("run_changes", run="1")
    assert Counter(row["change"] for row in first_run) == {"new": len(served.manifest.articles)}


def failed_404s(rows: list[dict[str, Any]]) -> set[str]:
    fetch_404 = [row for row in rows if row["stage"] == "fetch" and "404" in row["reason"]]
    return {link["href"] for row in fetch_404 for link in json.loads(row["urls"])}


def test_a_runs_failures_list_the_pages_that_answered_404(served: Served) -> None:
    assert served.url_for(MISSING) in failed_404s(served.rows("run_failures", run="1"))
    # the second run did not parse the (unchanged, 304) page linking the missing one again,
    # but found the removed article gone
    last = served.rows("run_failures", run="")
    assert failed_404s(last) == {served.url_for(REMOVED)}
    assert sum(row["pages"] for row in last) == served.rows("crawl_runs_over_time")[-1]["failures"]


def test_crawl_runs_over_time(served: Served) -> None:
    rows = served.rows("crawl_runs_over_time")
    total = len(served.manifest.articles)
    assert [row["run"] for row in rows] == [1, 2]
    assert (rows[0]["articles_new"], rows[0]["status"]) == (total, "finished")
    second = rows[1]
    assert (second["articles_new"], second["articles_updated"], second["articles_gone"]) == (
        0,
        1,
        1,
    )
    assert second["articles_unchanged"] == total - 2
    assert all(row["seconds"] > 0 for row in rows)


def test_every_dashboard_chart_query_runs(served: Served) -> None:
    charts = build_metadata()["plugins"]["datasette-dashboards"]["crawl"]["charts"]
    for name, chart in charts.items():
        query = urllib.parse.urlencode({"sql": chart["query"], "_shape": "array"})
        rows = served.get_json(f"/articlecrawl.json?{query}")
        assert rows, name


# -- in a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, shared by the browser tests (its start is most of their
    time). Playwright's own browser download is never used."""
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: make test installs it (chromium)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A new page; the test fails on any console error or uncaught exception in it."""
    context = browser.new_context(viewport={"width": 1200, "height": 800}, locale="en-US")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == []


def screenshot(page: Any, name: str, tmp_path: Path, *, full_page: bool = False) -> None:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=full_page)
    assert (folder / name).stat().st_size > 10_000  # a page, not a blank


def search_in_the_form(page: Any, served: Served, query: str) -> None:
    page.goto(served.base + "/articlecrawl/search")
    page.fill("input[name=q]", query)
    page.click("input[type=submit]")
    page.wait_for_selector("table.rows-and-columns tbody tr")


def test_browser_search_in_chinese_and_open_the_article(
    page: Any, served: Served, tmp_path: Path
) -> None:
    search_in_the_form(page, served, "腰痛")
    first = page.locator("table.rows-and-columns tbody tr").first
    assert first.locator("td.col-excerpt mark").first.inner_text() == "腰痛"
    first.locator("td.col-article a").click()
    page.wait_for_url("**/articlecrawl/article?id=*")
    title = page.locator("table.rows-and-columns tbody tr").first
    assert title.locator("td.col-section").inner_text() == "title"
    assert title.locator("td.col-text").inner_text() == "腰痛的原因有哪些"
    # Chinese is drawn with a CJK font (fonts-wqy-microhei), not as the same empty box twice
    assert page.evaluate(
        """() => { const draw = text => {
                     const canvas = document.createElement('canvas');
                     canvas.width = canvas.height = 32;
                     const context = canvas.getContext('2d');
                     context.font = '24px sans-serif';
                     context.fillText(text, 2, 26);
                     return context.getImageData(0, 0, 32, 32).data.join(','); };
                   return draw('腰') !== draw('痛'); }"""
    )


def test_browser_search_in_english_follow_a_result_and_see_the_tips_tree(
    page: Any, served: Served, tmp_path: Path
) -> None:
    search_in_the_form(page, served, "back pain")
    screenshot(page, "serve-search.png", tmp_path)
    first = page.locator("table.rows-and-columns tbody tr").first
    link = first.locator("td.col-article a")
    assert link.inner_text() == "What should I do if I have back pain due to miscarriage?"
    link.click()
    page.wait_for_url(f"**{served.page_of(SEED)}")
    tips = page.locator("table.rows-and-columns tbody tr", has_text="tip")
    cells = [
        row.locator("td.col-text")
        for row in tips.all()
        if row.locator("td.col-section").inner_text() == "tip"
    ]
    texts = [cell.text_content() for cell in cells]
    # where each tip's first letter is drawn: children start further right than their parent
    lefts = [
        cell.evaluate(
            """td => { const node = td.firstChild;
                       const at = node.textContent.search(/[^\\s\\u3000]/);
                       const range = document.createRange();
                       range.setStart(node, at); range.setEnd(node, at + 1);
                       return range.getBoundingClientRect().left; }"""
        )
        for cell in cells
    ]
    top = [i for i, text in enumerate(texts) if not text.startswith(IDEOGRAPHIC_SPACE)]
    assert [texts[i] for i in top] == [
        "1. Daily life.",
        "2. Adjust dietary intake.",
        "3. Rehabilitation massage therapy.",
        "4. Aerobics therapy:",
    ]
    assert top == [0, 3, 6, 11]  # in page order: each followed by its children
    top_lefts = {lefts[i] for i in top}
    child_lefts = [left for i, left in enumerate(lefts) if i not in top]
    assert len(top_lefts) == 1 and len(child_lefts) == 10
    assert min(child_lefts) > top_lefts.pop() + 10  # indented, visibly


def test_browser_dashboard_draws_its_charts(page: Any, served: Served, tmp_path: Path) -> None:
    page.goto(served.base + "/-/dashboards/crawl")
    charts = ["articles-per-run", "failures-per-run", "articles-per-site", "tips-per-article"]
    for chart in charts:
        page.wait_for_selector(f"#chart-{chart} svg.marks .mark-rect path")
    bars = {
        chart: page.locator(f"#chart-{chart} svg.marks .mark-rect path").count() for chart in charts
    }
    tip_counts = {a.tip_count for a in served.manifest.articles}
    languages = {a.language for a in served.manifest.articles}
    assert bars == {
        "articles-per-run": 2 * 4,  # two runs, each new / updated / unchanged / gone
        "failures-per-run": 2,  # a 404 in each run, both at the fetch stage
        "articles-per-site": len(languages),  # one site, one bar part per language
        "tips-per-article": len(tip_counts),
    }
    assert page.locator("#chart-articles-total").inner_text().strip() == str(
        len(served.manifest.articles)
    )
    screenshot(page, "serve-dashboard.png", tmp_path, full_page=True)
