"""Page kind on shapes met on real sites (written here, not copied): a listicle of numbered
<h2> sections is one article; a plain list of entries under a "Latest articles" heading is a
listing; a page-builder article nested deep under a class word that also names chrome
("valign_top") keeps its text; a one-line page is not an article whatever it declares."""

from __future__ import annotations

import json

from parsers import parse_html
from parsers.kind_model import FEATURES, _weights

_TIPS = [
    ("Keep a regular bedtime", "Children sleep better when bedtime comes at the same hour."),
    ("Dim the lights early", "Bright screens and lamps in the evening push sleep later."),
    ("Build a short routine", "A bath, a story and a song tell a toddler that night is near."),
    ("Stay calm at night", "Keep visits short and quiet when your child wakes up crying."),
    ("Be patient", "Most families see a change within two weeks of steady practice."),
]


def _listicle() -> str:
    sections = "".join(
        f"<section class='wp-block-group'><div class='inner'><h2>{n}. {head}</h2>"
        f"<p>{text} Parents who tried it say the first nights are the hardest, but the "
        f"routine soon becomes part of the day, and it helps the whole family rest.</p>"
        f"</div></section>"
        for n, (head, text) in enumerate(_TIPS, start=1)
    )
    return (
        "<html><head><title>5 Toddler Sleep Training Tips | Family Health</title>"
        '<meta property="og:type" content="article"></head><body>'
        "<header><a href='/'>Family Health</a></header>"
        "<div class='page valign_top'><div class='col'><div class='wrap'>"
        "<h1>5 Toddler Sleep Training Tips</h1>"
        "<p>Getting a toddler to sleep through the night is one of the hardest parts of early "
        "parenting. These five tips, drawn from what paediatric sleep nurses advise, help.</p>"
        f"{sections}</div></div></div>"
        "<aside class='sidebar'><h3>Popular</h3><ul>"
        + "".join(f"<li><a href='/p/{n}.html'>Popular story number {n}</a></li>" for n in range(8))
        + "</ul></aside></body></html>"
    )


def _latest_listing() -> str:
    entries = "".join(
        f"<li><a href='/health/article-{n}.html'>How to look after your health, part {n}</a>"
        f"<p>A one-line teaser about part {n} of the series.</p></li>"
        for n in range(1, 21)
    )
    return (
        "<html><head><title>Health - Family Health</title></head><body>"
        "<div class='main'><h2>Latest articles</h2><ul class='list'>"
        f"{entries}</ul><a href='/health/page/2/'>Next page</a></div></body></html>"
    )


def test_a_listicle_of_numbered_h2_sections_is_one_article() -> None:
    article = parse_html(_listicle(), "https://example.org/5-toddler-sleep-training-tips/")
    assert article.kind == "article"
    assert article.title == "5 Toddler Sleep Training Tips"
    for head, text in _TIPS:
        assert head in article.body
        assert text in article.body
    assert "Popular story" not in article.body


def test_a_plain_list_under_a_latest_heading_is_a_listing() -> None:
    page = parse_html(_latest_listing(), "https://example.org/health/")
    assert page.kind == "listing"
    assert page.body == ""
    assert len(page.links) == 20


def test_a_one_line_page_is_not_an_article_even_when_it_says_so() -> None:
    page = parse_html(
        '<html><head><meta property="og:type" content="article"><title>Day 3</title></head>'
        "<body><p>The weather was mild on day 3.</p></body></html>",
        "https://example.org/2024/05/03/day-3-of-the-long-walk-home/",
    )
    assert page.kind != "article"


def test_the_weights_file_names_the_features_the_parser_computes() -> None:
    weights = _weights()
    assert weights["features"] == list(FEATURES)
    assert len(weights["coef"]) == len(weights["mean"]) == len(weights["scale"]) == len(FEATURES)
    assert 0.0 < weights["threshold"] < 1.0
    assert weights["fitted_by"] == "tools/fit_kind.py"
    json.dumps(weights)  # plain data, nothing but numbers and strings
