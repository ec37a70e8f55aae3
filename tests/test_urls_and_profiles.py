"""URL hygiene and site profiles: table-driven, on the functions the spider relies on."""

from __future__ import annotations

import re

import pytest

from crawler.profiles import profile_for
from crawler.spiders.articles import ArticlesSpider
from crawler.urls import host_of, normalize_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.com/p/1.html?utm_source=x&utm_medium=web", "https://a.com/p/1.html"),
        ("https://a.com/p/1.html?from=timeline#comments", "https://a.com/p/1.html"),
        ("https://a.com/list.php?id=7&spm=a.b.c&page=2", "https://a.com/list.php?id=7&page=2"),
        ("HTTPS://A.COM/P/1.html", "https://a.com/P/1.html"),  # the path keeps its case
        ("https://a.com", "https://a.com/"),
        ("https://a.com/?fbclid=123", "https://a.com/"),
        ("http://[bad/p/1.html", "http://[bad/p/1.html"),  # not a URL: left as it is, no error
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_host_of_ignores_port_and_case_and_never_raises() -> None:
    assert host_of("http://WWW.Deeho.com:8080/p/1.html") == "www.deeho.com"
    assert host_of("http://[bad/") == ""


def test_the_deeho_profile_is_picked_by_host() -> None:
    profile = profile_for(["https://www.deeho.com/"])
    assert profile is not None and profile.name == "deeho"
    assert profile_for(["https://www.deeho.com/", "https://other.example/"]) is None
    assert profile_for(["https://example.com/"]) is None


def test_the_spider_takes_the_profiles_article_pattern_and_hosts() -> None:
    spider = ArticlesSpider(start_urls="https://www.deeho.com/")
    assert spider.article_pattern is not None
    assert spider.article_pattern.search("https://www.deeho.com/p/75078.html")
    assert not spider.article_pattern.search("https://www.deeho.com/list/1.html")
    assert set(spider.allowed_domains) == {"www.deeho.com", "deeho.com"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start_urls": ""}, "needs start_urls"),
        ({"start_urls": "ftp://a.com/"}, "not an http"),
        ({"start_urls": "https://a.com/", "article_pattern": "("}, "not a valid regex"),
        ({"start_urls": "https://a.com/", "max_pages": "many"}, "whole number"),
        ({"start_urls": "https://a.com/", "max_pages": "-1"}, "0 (no limit) or more"),
    ],
)
def test_bad_spider_arguments_say_what_is_wrong(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        ArticlesSpider(**kwargs)
