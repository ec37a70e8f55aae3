"""The sample site's server, its files and ground truth, and the generated big site.

Real HTTP requests (urllib) to a real server on 127.0.0.1; expected values come from reading the
site's content as a person would (the seed page, the spec), not from a parser.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from email.message import Message
from email.utils import formatdate
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.samplesite import (
    SAMPLE_SITE_DIR,
    GeneratedSite,
    SiteServer,
    load_site_manifest,
    serve,
)
from crawler.samplesite.build import check, render_site
from crawler.samplesite.generated import BASE_TIME
from parsers import parse_html

REPO = Path(__file__).resolve().parents[1]
SEED = "/p/75078.html"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(
    url: str, headers: Mapping[str, str] | None = None, method: str = "GET"
) -> tuple[int, Message, bytes]:
    """(status, headers, body) without following redirects; 3xx/4xx are answers, not errors."""
    request = urllib.request.Request(url, headers=dict(headers or {}), method=method)
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with serve() as server:
        yield server


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SAMPLE_SITE_DIR, root)
    return root


# --- plain serving ----------------------------------------------------------------------------


def test_article_is_served_as_utf8_html(site: SiteServer) -> None:
    status, headers, body = fetch(site.url_for(SEED))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body)
    text = body.decode("utf-8")
    assert "<h1>What should I do if I have back pain due to miscarriage?</h1>" in text


def test_seed_page_prints_the_source_text(site: SiteServer) -> None:
    text = fetch(site.url_for(SEED))[2].decode()
    # lines of the source page, as the seed rendering shows them
    assert (
        "<p>1. Daily life. 1. Pay attention to hygiene during menstruation, keep clean and avoid "
        "urinary tract infections. 2. Patients who sit or stand for long periods of time should "
        "move their waist appropriately to relieve pain.</p>"
    ) in text
    prev = '&lt;&lt;:  <a href="/p/75077.html">What should people who have just had a miscarriage'
    assert prev in text
    assert '&gt;&gt;:  <a href="/p/75079.html">Tips to reduce cesarean scars</a>' in text
    assert "<p>Whether the child&#x27;s height and weight are qua...</p>" in text
    assert text.count('target="_blank"') == 10


def test_root_serves_index_html(site: SiteServer) -> None:
    status, _, body = fetch(site.url)
    assert status == 200
    assert body == (SAMPLE_SITE_DIR / "index.html").read_bytes()


def test_tracking_queries_serve_the_same_page(site: SiteServer) -> None:
    plain = fetch(site.url_for(SEED))
    for suffix in ("?utm_source=related&utm_medium=web", "?from=timeline"):
        status, headers, body = fetch(site.url_for(SEED + suffix))
        assert status == 200
        assert body == plain[2]
        assert headers["ETag"] == plain[1]["ETag"]


def test_head_sends_headers_without_body(site: SiteServer) -> None:
    _, get_headers, get_body = fetch(site.url_for(SEED))
    status, headers, body = fetch(site.url_for(SEED), method="HEAD")
    assert status == 200
    assert body == b""
    assert headers["Content-Length"] == str(len(get_body))
    assert headers["ETag"] == get_headers["ETag"]


def test_missing_page_is_404(site: SiteServer) -> None:
    assert fetch(site.url_for("/p/99999.html"))[0] == 404
    assert fetch(site.url_for("/nothing/here/"))[0] == 404


def test_site_json_and_readme_are_not_served(site: SiteServer) -> None:
    assert fetch(site.url_for("/site.json"))[0] == 404
    assert fetch(site.url_for("/README.md"))[0] == 404


def test_paths_outside_the_root_are_404(site_copy: Path) -> None:
    (site_copy.parent / "secret.txt").write_text("secret")
    with serve(site_copy) as server:
        status, _, body = fetch(server.url_for("/%2e%2e/secret.txt"))
    assert status == 404
    assert b"secret" not in body


# --- conditional requests ---------------------------------------------------------------------


def test_matching_if_none_match_is_304(site: SiteServer) -> None:
    _, headers, _ = fetch(site.url_for(SEED))
    etag = headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')  # strong
    status, headers_304, body = fetch(site.url_for(SEED), {"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert headers_304["ETag"] == etag
    assert fetch(site.url_for(SEED), {"If-None-Match": f'"nope", {etag}'})[0] == 304
    assert fetch(site.url_for(SEED), {"If-None-Match": '"nope"'})[0] == 200


def test_if_modified_since_not_older_is_304(site: SiteServer) -> None:
    _, headers, _ = fetch(site.url_for(SEED))
    last_modified = headers["Last-Modified"]
    assert fetch(site.url_for(SEED), {"If-Modified-Since": last_modified})[0] == 304
    later = formatdate(time.time() + 3600, usegmt=True)
    assert fetch(site.url_for(SEED), {"If-Modified-Since": later})[0] == 304
    assert (
        fetch(site.url_for(SEED), {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    )
    assert fetch(site.url_for(SEED), {"If-Modified-Since": "not a date"})[0] == 200


def test_if_none_match_wins_over_if_modified_since(site: SiteServer) -> None:
    later = formatdate(time.time() + 3600, usegmt=True)
    headers = {"If-None-Match": '"stale"', "If-Modified-Since": later}
    assert fetch(site.url_for(SEED), headers)[0] == 200


def test_edited_file_is_served_fresh_with_a_new_etag(site_copy: Path) -> None:
    page = site_copy / "p" / "75078.html"
    with serve(site_copy) as server:
        _, headers, _ = fetch(server.url_for(SEED))
        page.write_bytes(page.read_bytes().replace(b"Daily life.", b"Daily living."))
        status, new_headers, body = fetch(server.url_for(SEED), {"If-None-Match": headers["ETag"]})
        assert status == 200
        assert b"1. Daily living. 1. Pay attention" in body
        assert new_headers["ETag"] != headers["ETag"]
        page.unlink()
        assert fetch(server.url_for(SEED))[0] == 404


def test_touched_file_gets_a_newer_last_modified(site_copy: Path) -> None:
    page = site_copy / "p" / "75079.html"
    os.utime(page, (1_600_000_000, 1_600_000_000))
    with serve(site_copy) as server:
        _, headers, _ = fetch(server.url_for("/p/75079.html"))
        assert headers["Last-Modified"] == "Sun, 13 Sep 2020 12:26:40 GMT"
        os.utime(page, (1_700_000_000, 1_700_000_000))
        since = {"If-Modified-Since": headers["Last-Modified"]}
        assert fetch(server.url_for("/p/75079.html"), since)[0] == 200


# --- redirects --------------------------------------------------------------------------------


def test_old_article_url_redirects_permanently(site: SiteServer) -> None:
    status, headers, body = fetch(site.url_for("/article/75090.htm"))
    assert status == 301
    assert headers["Location"] == site.url_for("/p/75090.html")
    assert body == b""
    assert fetch(site.url_for("/article/75090.htm?from=timeline"))[0] == 301


def test_latest_link_redirects_temporarily(site: SiteServer) -> None:
    status, headers, _ = fetch(site.url_for("/go/latest.html"))
    assert status == 302
    assert headers["Location"] == site.url_for("/p/75111.html")


def test_redirect_is_followed_by_urllib(site: SiteServer) -> None:
    with urllib.request.urlopen(site.url_for("/article/75078.htm"), timeout=10) as response:
        assert response.url == site.url_for(SEED)
        assert b"back pain due to miscarriage" in response.read()


# --- Chinese section --------------------------------------------------------------------------


def test_chinese_article_is_gbk_bytes_with_gbk_header(site: SiteServer) -> None:
    status, headers, body = fetch(site.url_for("/zh/yangsheng/1001.html"))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=gbk"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "春季养生要注意什么".encode("gbk") in body
    assert b'charset=gb2312"' in body
    assert "\u3000\u3000一、早睡早起".encode("gbk") in body
    assert "上一篇：没有了".encode("gbk") in body


def test_one_chinese_page_has_no_charset_in_its_header(site: SiteServer) -> None:
    _, headers, body = fetch(site.url_for("/zh/yangsheng/1005.html"))
    assert headers["Content-Type"] == "text/html"
    assert b'<meta charset="gb2312" />' in body
    assert "①猪肝".encode("gbk") in body


def test_chinese_listing_and_home_are_gbk(site: SiteServer) -> None:
    for path in ("/zh/", "/zh/list_1.html", "/zh/list_2.html"):
        status, headers, _ = fetch(site.url_for(path))
        assert (status, headers["Content-Type"]) == (200, "text/html; charset=gbk"), path
    assert "下一页".encode("gbk") in fetch(site.url_for("/zh/list_1.html"))[2]


def test_last_chinese_article_has_no_next(site: SiteServer) -> None:
    body = fetch(site.url_for("/zh/yangsheng/1014.html"))[2].decode("gbk")
    assert "下一篇：没有了" in body


# --- robots, sitemap --------------------------------------------------------------------------


def test_robots_names_the_servers_own_sitemap(site: SiteServer) -> None:
    status, headers, body = fetch(site.url_for("/robots.txt"))
    assert status == 200
    assert headers["Content-Type"].startswith("text/plain")
    assert body.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /private/",
        "",
        f"Sitemap: {site.origin}/sitemap.xml",
    ]


def test_sitemap_lists_every_article_on_this_origin(site: SiteServer) -> None:
    _, headers, body = fetch(site.url_for("/sitemap.xml"))
    assert headers["Content-Type"] == "application/xml"
    locs = re.findall(r"<loc>([^<]+)</loc>", body.decode())
    assert len(locs) == 66
    assert site.url_for(SEED) in locs
    assert site.url_for("/zh/yangsheng/1014.html") in locs
    assert "{{ORIGIN}}" not in body.decode()


def test_private_section_exists_and_is_linked(site: SiteServer) -> None:
    assert fetch(site.url_for("/private/drafts.html"))[0] == 200
    assert fetch(site.url_for("/private/draft-75200.html"))[0] == 200
    assert b'href="/private/drafts.html"' in fetch(site.url)[2]


# --- request log ------------------------------------------------------------------------------


def test_request_log_records_method_path_status_and_headers(site_copy: Path) -> None:
    with serve(site_copy) as server:
        fetch(server.url_for(SEED + "?from=timeline"), {"User-Agent": "articlecrawl-test"})
        fetch(server.url_for("/p/99999.html"), method="HEAD")
        fetch(server.url_for(SEED), {"If-None-Match": '"x"', "If-Modified-Since": "y"})
        log = server.requests.snapshot()
        assert [(r.method, r.path, r.status) for r in log] == [
            ("GET", SEED + "?from=timeline", 200),
            ("HEAD", "/p/99999.html", 404),
            ("GET", SEED, 200),
        ]
        assert log[0].user_agent == "articlecrawl-test"
        assert (log[2].if_none_match, log[2].if_modified_since) == ('"x"', "y")
        server.requests.clear()
        assert server.requests.snapshot() == []


# --- the site and its ground truth -----------------------------------------------------------


def test_build_reproduces_the_committed_files() -> None:
    assert check(SAMPLE_SITE_DIR) == []


def test_build_command_writes_the_site(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crawler.samplesite.build", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "wrote p/75078.html" in result.stdout
    assert (tmp_path / "p" / "75078.html").read_bytes() == (SAMPLE_SITE_DIR / SEED[1:]).read_bytes()
    assert render_site().keys() == {
        p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()
    }


def test_manifest_counts() -> None:
    manifest = load_site_manifest()
    languages = [a.language for a in manifest.articles]
    assert (languages.count("en"), languages.count("zh")) == (52, 14)
    assert manifest.missing == ("/p/99999.html",)
    assert manifest.disallowed == ("/private/drafts.html", "/private/draft-75200.html")
    assert manifest.redirects["/article/75078.htm"].location == SEED
    assert manifest.redirects["/go/latest.html"].status == 302


def test_manifest_seed_article_reads_like_the_source() -> None:
    seed = load_site_manifest().article(SEED)
    assert seed.tip_count == 14  # 4 sections holding 2, 2, 4 and 2 tips
    assert [tip.title for tip in seed.tips] == [
        "Daily life",
        "Adjust dietary intake",
        "Rehabilitation massage therapy",
        "Aerobics therapy",
    ]
    assert [len(tip.tips) for tip in seed.tips] == [2, 2, 4, 2]
    massage = seed.tips[2].tips[1]
    assert massage.title == "Massage the waist and back"
    assert massage.text.startswith("Massage the waist and back: You can use your palms")
    assert seed.tips[0].tips[0].title is None
    assert (seed.prev, seed.next) == ("/p/75077.html", "/p/75079.html")
    assert len(seed.recommendations) == 10
    assert seed.recommendations[0] == "/p/75064.html"  # "Is it normal to delay the second..."
    assert seed.recommendations[-1] == "/p/75094.html"  # "...sudden reduction of menstrual flow?"


def test_manifest_first_and_last_articles() -> None:
    manifest = load_site_manifest()
    assert manifest.article("/p/75060.html").prev is None
    assert manifest.article("/p/75111.html").next is None
    assert manifest.article("/zh/yangsheng/1001.html").prev is None
    assert manifest.article("/zh/yangsheng/1014.html").next is None


def test_manifest_tips_of_other_numbering_styles() -> None:
    manifest = load_site_manifest()
    nested_ol = manifest.article("/p/75066.html")  # <ol> of 4, the 2nd holding an <ol> of 2
    assert (len(nested_ol.tips), nested_ol.tip_count) == (4, 6)
    steps = manifest.article("/p/75062.html")
    assert [tip.number for tip in steps.tips] == ["Step 1", "Step 2", "Step 3", "Step 4"]
    spleen = manifest.article("/zh/yangsheng/1004.html")
    assert [tip.number for tip in spleen.tips[0].tips] == ["(1)", "(2)"]  # printed （1）（2）
    assert manifest.article("/p/75063.html").tip_count == 0
    height = manifest.article("/p/75091.html")  # "135. 2 cm" is one number, not a tip
    assert height.tip_count == 3


def test_recommendations_drop_tracking_queries() -> None:
    pillow = load_site_manifest().article("/p/75080.html")
    assert pillow.recommendation_hrefs[0] == "/p/75081.html?utm_source=related&utm_medium=web"
    assert pillow.recommendations == ("/p/75081.html", "/p/75060.html", "/p/75099.html")


def test_every_article_is_reachable_from_the_index(site: SiteServer) -> None:
    """Follow every on-site link from / (robots.txt obeyed): exactly the manifest's articles
    answer 200, the missing page answers 404, /private/ is never fetched."""
    manifest = load_site_manifest()
    seen: set[str] = set()
    statuses: dict[str, int] = {}
    queue = ["/"]
    while queue:
        path = queue.pop()
        if path in seen or path.startswith("/private/"):
            continue
        seen.add(path)
        status, headers, body = fetch(site.url_for(path))
        statuses[path] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        for href in re.findall(rb'href=["\']([^"\'#]*)', body):
            url = urljoin(site.url_for(path), href.decode("ascii"))
            parts = urlsplit(url)
            if parts.netloc == urlsplit(site.url).netloc and parts.path:
                queue.append(parts.path)
    articles = {p for p, s in statuses.items() if s == 200 and re.match(r"/(p|zh/yangsheng)/", p)}
    assert articles == {a.path for a in manifest.articles}
    assert {p for p, s in statuses.items() if s == 404} >= set(manifest.missing)
    assert set(manifest.listings) <= {p for p, s in statuses.items() if s == 200}
    assert not any(p.startswith("/private/") for p in statuses)


def test_offsite_links_are_printed(site: SiteServer) -> None:
    pages = b"".join(fetch(site.url_for(p))[2] for p in ("/", "/p/75072.html", "/p/75103.html"))
    for url in load_site_manifest().offsite:
        assert f'href="{url}"'.encode() in pages, url


# --- generated site ---------------------------------------------------------------------------


def test_generated_site_pages_and_listings() -> None:
    generated = GeneratedSite(45, seed=7, zh_share=0.3)
    with serve(generated=generated) as server:
        linked: list[str] = []
        for k in (1, 2, 3):
            status, _, body = fetch(server.url_for(f"/list/{k}.html"))
            assert status == 200
            linked += re.findall(r'<h3><a href="([^"]+)"', body.decode())
        assert fetch(server.url_for("/list/4.html"))[0] == 404
        assert linked == [generated.article_path(i) for i in range(1, 46)]
        statuses = {fetch(server.url_for(path))[0] for path in linked}
        assert statuses == {200}
        assert fetch(server.url_for("/p/46.html"))[0] == 404
        assert fetch(server.url_for("/p/0.html"))[0] == 404
        zh = [i for i in range(1, 46) if generated.is_chinese(i)]
        assert zh  # 30 % of 45 pages
        wrong_language = f"/p/{zh[0]}.html"
        assert fetch(server.url_for(wrong_language))[0] == 404
        status, headers, body = fetch(server.url_for(generated.article_path(zh[0])))
        assert headers["Content-Type"] == "text/html; charset=gbk"
        assert generated.title(zh[0]) in body.decode("gbk")
        last = fetch(server.url_for(generated.article_path(45)))[2].decode(
            "gbk" if 45 in zh else "utf-8"
        )
        assert "下一篇：没有了" in last or "&gt;&gt;:  None" in last


def test_generated_sitemap_and_robots() -> None:
    generated = GeneratedSite(25_000)
    with serve(generated=generated) as server:
        index = fetch(server.url_for("/sitemap.xml"))[2].decode()
        sitemaps = re.findall(r"<loc>([^<]+)</loc>", index)
        assert sitemaps == [server.url_for(f"/sitemap-{n}.xml") for n in (1, 2, 3)]
        last = fetch(sitemaps[-1])[2].decode()
        assert len(re.findall(r"<loc>", last)) == 5_000
        assert fetch(server.url_for("/sitemap-4.xml"))[0] == 404
        robots = fetch(server.url_for("/robots.txt"))[2].decode()
        assert f"Sitemap: {server.origin}/sitemap.xml" in robots


def test_generated_site_is_deterministic() -> None:
    paths = ["/", "/list/2.html", GeneratedSite(50).article_path(17), "/sitemap-1.xml"]
    with serve(generated=GeneratedSite(50)) as one, serve(generated=GeneratedSite(50)) as two:
        for path in paths:
            a, b = fetch(one.url_for(path)), fetch(two.url_for(path))
            assert a[0] == 200
            if "sitemap" not in path:  # a sitemap names its server's origin
                assert a[1]["ETag"] == b[1]["ETag"]
            assert a[2].replace(one.origin.encode(), b"") == b[2].replace(two.origin.encode(), b"")
    other_seed = GeneratedSite(50, seed=2)
    assert other_seed.render("/list/1.html", "") != GeneratedSite(50).render("/list/1.html", "")


def test_generated_article_matches_its_expected_record() -> None:
    generated = GeneratedSite(30, zh_share=0.0)
    expected = generated.expected(10)
    page = generated.render(expected.path, "")
    assert page is not None
    text = page.body.decode()
    assert f"<h1>{expected.title}</h1>" in text
    recommend = text.split('class="recommend"')[1]
    assert re.findall(r'href="([^"]+)"', recommend) == list(expected.recommendations)
    assert (expected.prev, expected.next) == ("/p/9.html", "/p/11.html")
    content = text.split('class="content"')[1].split('class="pre-next"')[0]
    numbered = re.findall(r"<p>(?:\d+\.|\(\d+\)|Step \d+:) |<li>", content)
    assert len(numbered) == expected.tip_count


def test_generated_version_edits_some_pages_only() -> None:
    before, after = GeneratedSite(200), GeneratedSite(200, version=3, edited_share=0.25)
    edited = [i for i in range(1, 201) if after.is_edited(i)]
    assert 20 < len(edited) < 80  # about a quarter of 200
    untouched = next(i for i in range(1, 201) if not after.is_edited(i))
    with serve(generated=before) as old, serve(generated=after) as new:
        for i, changed in ((edited[0], True), (untouched, False)):
            path = before.article_path(i)
            _, old_headers, _ = fetch(old.url_for(path))
            since = {"If-Modified-Since": old_headers["Last-Modified"]}
            assert fetch(new.url_for(path), since)[0] == (200 if changed else 304)
            status = fetch(new.url_for(path), {"If-None-Match": old_headers["ETag"]})[0]
            assert status == (200 if changed else 304)
        assert fetch(new.url_for(before.article_path(edited[0])))[1]["Last-Modified"] == (
            formatdate(BASE_TIME + 3 * 86_400, usegmt=True)
        )


def test_serve_command_runs_a_server() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.samplesite", "serve", "--generated", "10", "--port", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line
        assert fetch(url.group(0) + "list/1.html")[0] == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_rejects_both_a_root_and_a_generated_site() -> None:
    with pytest.raises(ValueError), serve(SAMPLE_SITE_DIR, generated=GeneratedSite(10)):
        pass


def test_every_generated_article_parses_as_its_plan_says() -> None:
    """The parser alone over the generated site's first 300 articles (no server, no crawl), so
    a parser change that loses them (a page-kind rule calling plain articles with a related
    block listings) fails here in a second, not only in the long crawl tests."""
    generated = GeneratedSite(300)
    origin = "http://127.0.0.1:8000"
    for i in range(1, 301):
        truth = generated.expected(i)
        page = generated.render(truth.path, origin)
        assert page is not None
        article = parse_html(page.body, origin + truth.path, content_type=page.content_type)
        assert article.kind == "article", truth.path
        assert article.title == truth.title, truth.path
        assert len(article.tips) == truth.tip_count, truth.path
        assert (article.prev.url if article.prev else None) == (
            origin + truth.prev if truth.prev else None
        ), truth.path
        assert (article.next.url if article.next else None) == (
            origin + truth.next if truth.next else None
        ), truth.path
        assert [link.url for link in article.recommendations] == [
            origin + path for path in truth.recommendations
        ], truth.path
