"""Shapes met on real pages (benchmarks/real_structure), one small hand-written page per pattern.

Each case is a trimmed snippet of the markup a real theme prints, around a plain article; the
expected values are read off the snippet, so a later change cannot lose the pattern.
"""

from __future__ import annotations

import pytest

from parsers import parse_html

URL = "https://example.com/blog/the-post/"
PARAGRAPH = (
    "<p>Most people can make this change at home in a few weeks, and the first days are the "
    "hardest. Keep a short note of what you did each day, so you can see what helps.</p>"
)


def page(article: str, after: str = "", head: str = "", before: str = "") -> str:
    """An article page: a headline, four paragraphs, `article` inside the post, `after` it."""
    return (
        f"<html><head><title>The post - Site</title>{head}</head><body>{before}"
        f"<article class='post'><h1>The post</h1><div class='entry-content'>"
        f"{PARAGRAPH * 4}{article}</div></article>{after}</body></html>"
    )


def related(heading: str, *slugs: str) -> str:
    items = "".join(f"<li><a href='/{slug}/'>Article {slug} title here</a></li>" for slug in slugs)
    return f"<div class='block'><h3>{heading}</h3><ul>{items}</ul></div>"


def rec_urls(html: str) -> list[str | None]:
    return [link.url for link in parse_html(html, URL).recommendations]


# --- recommendations ------------------------------------------------------------------------

POST_NAVIGATION = (
    "<nav class='navigation post-navigation'><h2 class='screen-reader-text'>Post navigation</h2>"
    "<div class='nav-links'><div class='nav-previous'><span class='nav-label'>Previous Post</span>"
    "<a href='/older/' rel='prev'>The older post</a></div><div class='nav-next'>"
    "<span class='nav-label'>Next Post</span><a href='/newer/' rel='next'>The newer post</a>"
    "</div></div></nav>"
)


def test_post_navigation_after_related_posts_is_prev_next_not_related() -> None:
    """seen on an Elementor theme: "Related posts" grid, then the rel=prev/next navigation."""
    html = page("", after=f"<div>{related('Related posts', 'a', 'b')}{POST_NAVIGATION}</div>")
    article = parse_html(html, URL)
    assert [link.url for link in article.recommendations] == [
        "https://example.com/a/",
        "https://example.com/b/",
    ]
    assert article.prev is not None and article.prev.url == "https://example.com/older/"
    assert article.next is not None and article.next.title == "The newer post"


CARD = (
    "<div class='card'><a href='/{slug}/'><img src='x.jpg'></a>"
    "<span class='overline'><a href='/health/section-{slug}'>Section {slug}</a></span>"
    "<h5><a href='/{slug}/'>Card {slug} headline</a></h5><p>One line of teaser.</p></div>"
)


@pytest.mark.parametrize(
    ("name", "after", "expected"),
    [
        (
            "cards titled by headings: their kicker links are no articles",
            "<section><h3>Related Articles</h3><div class='grid'>"
            + "".join(CARD.format(slug=slug) for slug in ("a", "b", "c"))
            + "</div></section>",
            ["/a/", "/b/", "/c/"],
        ),
        (
            "Related Topics is a tag list; the Related News block is the one",
            "<div><h2>Related Topics</h2><a href='/topic/diet/'>Diet</a></div>"
            + related("Related News", "n1", "n2"),
            ["/n1/", "/n2/"],
        ),
        (
            "an empty Jetpack Related heading does not take the tag links under the post",
            "",
            [],
        ),
        (
            "a View all posts link beside the heading is not an article",
            "<section><div class='title'><div><h2>Related Blog Posts</h2></div>"
            "<a href='/blog'>View all posts</a></div><div class='slider'>"
            "<h3><a href='/p1/'>Post one title</a></h3><h3><a href='/p2/'>Post two title</a></h3>"
            "</div></section>",
            ["/p1/", "/p2/"],
        ),
        (
            "an empty 相关新闻 block: the sidebar after it is another part of the page",
            "<div class='main'>"
            + PARAGRAPH * 3
            + "<div class='about'><div class='t'>相关新闻</div>"
            "</div></div><div class='side'><div class='t'><a href='/news/'>时政新闻</a></div>"
            "<ul><li><a href='/s1.html'>一条时政新闻的标题</a></li></ul></div>",
            [],
        ),
        (
            "the same heading twice (mid-article and at the end): both blocks, in page order",
            related("You May Also Like", "m1", "m2")
            + "<aside>"
            + related("You May Also Like", "e1", "m2")
            + "</aside><aside>"
            + related("猜你喜欢", "side")
            + "</aside>",
            ["/m1/", "/m2/", "/e1/"],
        ),
        (
            "tabs 相关推荐 | 热点推荐 over one panel each: the label's own panel",
            "<div class='recommends'><div class='titles'><div class='tab active'>相关推荐</div>"
            "<div class='tab'>热点推荐</div></div><div class='panel'><ul>"
            "<li><a href='/r1.html'>相关的第一篇文章</a></li>"
            "<li><a href='/r2.html'>相关的第二篇文章</a></li></ul></div>"
            "<div class='panel'><ul><li><a href='/h1.html'>热点的第一篇文章</a></li></ul>"
            "</div></div>",
            ["/r1.html", "/r2.html"],
        ),
        (
            "Keep Reading is a block heading",
            related("Keep Reading", "k1", "k2"),
            ["/k1/", "/k2/"],
        ),
        ("相关新闻 is a block heading", related("相关新闻", "x1", "x2"), ["/x1/", "/x2/"]),
    ],
)
def test_recommendation_blocks(name: str, after: str, expected: list[str]) -> None:
    if "Jetpack" in name:
        article = (
            "<div id='jp-relatedposts' class='jp-relatedposts'><h3><em>Related</em></h3></div>"
        )
        html = page(article).replace(
            "</div></article>",
            "</div><footer class='entry-meta'><a href='/category/blog/' rel='category tag'>"
            "Blog</a>, <a href='/tag/travel/' rel='tag'>travel</a></footer></article>",
        )
    else:
        html = page("", after=after)
    assert rec_urls(html) == [f"https://example.com{path}" for path in expected], name


# --- prev / next ----------------------------------------------------------------------------


def test_label_line_above_the_linked_title_is_next() -> None:
    """seen on NetEase: <div>/阅读下一篇/</div> then <h3><a>title</a></h3>."""
    html = page(
        "",
        after="<div class='post_next'><div class='name'><i>/</i><span>阅读下一篇</span><i>/</i>"
        "</div><h3><a href='https://example.com/next.html'>网易号的另一篇文章</a></h3></div>",
    )
    article = parse_html(html, URL)
    assert article.next is not None
    assert (article.next.title, article.next.url) == (
        "网易号的另一篇文章",
        "https://example.com/next.html",
    )


def test_bare_next_inside_the_card_link() -> None:
    """seen on Squarespace: the card link holds "Previous"/"Next" and the title heading."""
    html = page(
        "",
        after="<section class='item-pagination'><a href='/blog/older'>"
        "<div>Previous</div><h2>The older post</h2></a><a href='/blog/newer'>"
        "<div>Next</div><h2>The newer post</h2></a></section>",
    )
    article = parse_html(html, URL)
    assert article.prev is not None and article.prev.url == "https://example.com/blog/older"
    assert article.next is not None and article.next.url == "https://example.com/blog/newer"
    assert article.next.title == "The newer post"


def test_numbered_comment_pager_is_no_prev_next() -> None:
    """seen on Drupal: "« Previous 1 2 … 10 Next »" pages the comments, not articles."""
    html = page(
        "",
        after="<div class='comment-pager'><ul><li><span>« Previous</span></li>"
        "<li><span>1</span></li><li><a href='?page=1'>2</a></li><li>"
        "<a href='?page=1' rel='next'>Next »</a></li></ul></div>",
    )
    article = parse_html(html, URL)
    assert (article.prev, article.next) == (None, None)


# --- breadcrumbs ----------------------------------------------------------------------------


def test_page_builder_location_class_is_no_breadcrumb() -> None:
    """seen on Elementor: class "elementor-location-header" holds the menu, not a trail."""
    menu = (
        "<div class='elementor elementor-location-header'><nav><ul>"
        "<li><a href='/'>Home</a></li><li><a href='/category/baby/'>Baby</a></li>"
        "<li><a href='/category/sleep/'>Sleep</a></li></ul></nav></div>"
    )
    assert parse_html(page("", before=menu), URL).breadcrumbs == ()


def test_class_ending_in_position_is_a_breadcrumb() -> None:
    trail = (
        "<div class='curPosition'><a href='/'>首页</a> &gt; <a href='/health/'>健康</a> &gt; "
        "正文</div>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("首页", "健康")


# --- tips -----------------------------------------------------------------------------------


def tip_numbers(article: str) -> list[str]:
    return [tip.number for tip in parse_html(page(article), URL).tips]


def test_hash_numbered_headings_are_heading_style_tips() -> None:
    """seen on WordPress: <h3>#1 Snake plant</h3> + paragraphs; "#2 is …" in prose is no marker."""
    sections = "".join(
        f"<h3>#{n} Plant {n}</h3><p>Plant {n} grows in a dim corner. Water it every two weeks.</p>"
        for n in (1, 2, 3)
    )
    tips = parse_html(page(sections + "<h3>The bottom line</h3>" + PARAGRAPH), URL).tips
    assert [(tip.number, tip.title) for tip in tips] == [
        ("1", "Plant 1"),
        ("2", "Plant 2"),
        ("3", "Plant 3"),
    ]
    assert tips[0].text == ("Plant 1\n\nPlant 1 grows in a dim corner. Water it every two weeks.")
    prose = "<p>#1 is what I bought first. It did well.</p><p>#2 is the one I like. It is fine.</p>"
    assert tip_numbers(prose) == []


def test_tip_hash_n_headings() -> None:
    """seen on a counselling blog: <h3>Tip #1: Recognize your feelings</h3>."""
    sections = "".join(
        f"<h3>Tip #{n}: Do thing {n}</h3><p>Thing {n} is explained here at some length.</p>"
        for n in (1, 2, 3)
    )
    assert tip_numbers(sections) == ["Tip 1", "Tip 2", "Tip 3"]


@pytest.mark.parametrize(
    ("name", "article"),
    [
        (
            "an <ol> under a References label",
            "<p>References</p><ol><li>Smith A. A study of sleep.</li>"
            "<li>Jones B. Another study.</li></ol>",
        ),
        (
            "an <ol> of citations without a label",
            "<ol><li>Akbaraly TN, Ferrie JE. Diet and mood. Br J Psych 2009;195(5):408-413.</li>"
            "<li>Pierceall EA, et al. Stress among students. J Coll 2009;33(9):703-712.</li></ol>",
        ),
    ],
)
def test_reference_lists_are_not_tips(name: str, article: str) -> None:
    assert tip_numbers(article) == [], name
