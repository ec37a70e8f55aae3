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


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        (
            "seen on a food blog: <h2>More great bread recipes</h2>",
            "<h2>More great bread recipes</h2>",
        ),
        (
            "seen on a trade blog: <h3>Learn More in Our Plumbing Series:</h3>",
            "<h3>Learn More in Our Plumbing Series:</h3>",
        ),
    ],
)
def test_heading_over_a_list_inside_the_article(name: str, heading: str) -> None:
    """The list under the heading is the block; the recipe card and share links after it are
    not."""
    article = (
        f"{heading}<ul><li><a href='/oat-bread/'>Oat bread</a></li>"
        "<li><a href='/rye-bread/'>Rye bread</a></li></ul>"
        "<p>Print the recipe card below. <a href='/print/the-post/'>Print</a></p>"
        "<div class='card'><a href='https://www.facebook.com/site/'>FACEBOOK</a></div>"
    )
    assert rec_urls(page(article)) == [
        "https://example.com/oat-bread/",
        "https://example.com/rye-bread/",
    ], name


def test_block_labelled_only_for_screen_readers() -> None:
    """seen on a news portal: <div aria-label="相关推荐"> around feed cards, no visible heading;
    each card links its title, its source and its comment count."""
    cards = "".join(
        f"<div class='card'><a class='title' href='/article/{n}/'>第{n}篇相关的文章标题</a>"
        f"<a class='source' href='/user/{n}/'>来源{n}</a>"
        f"<a class='comments' href='/article/{n}/#comment'>{n}评论</a></div>"
        for n in (1, 2, 3)
    )
    after = f"<div aria-label='相关推荐' class='feed'>{cards}</div>"
    assert rec_urls(page("", after=after)) == [
        "https://example.com/article/1/",
        "https://example.com/article/2/",
        "https://example.com/article/3/",
    ]
    assert rec_urls(page("", after=after.replace("相关推荐", "工具栏"))) == []


def test_custom_link_elements_in_a_related_block() -> None:
    """seen on a manufacturer's blog: cards link through <article-related-link-image href=…>
    (a web component) and name the article in a title element beside it."""
    cards = "".join(
        f"<div class='box'><section class='card'><div><article-related-link-image "
        f"href='/node/post-{n}' image-alt='Post {n}'></article-related-link-image></div>"
        f"<div class='card__title'>Post {n} headline</div><p class='card__copy'>Teaser {n}.</p>"
        "</section></div>"
        for n in (1, 2)
    )
    after = f"<section><div class='subtitle'>Related Articles</div>{cards}</section>"
    links = parse_html(page("", after=after), URL).recommendations
    assert [(link.title, link.url, link.snippet) for link in links] == [
        ("Post 1 headline", "https://example.com/node/post-1", "Teaser 1."),
        ("Post 2 headline", "https://example.com/node/post-2", "Teaser 2."),
    ]


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
        (
            "a site's legal notice after the article (反侵权公告 with 一、二、三 clauses)",
            "<p><b>反侵权公告：</b></p><p>未经书面许可，擅自转载本站作品的，将涉嫌侵权。本站郑重公告：</p>"
            "<p>一、任何单位或个人使用本站原创内容，必须事先取得书面授权；</p>"
            "<p>二、对侵犯本站著作权益的违法行为，本站将追究侵权责任；</p>"
            "<p>三、对于各类非法转载行为，欢迎读者提供侵权线索。</p>",
        ),
        (
            "a Disclaimer heading over numbered clauses",
            "<h3>Disclaimer</h3><p>1. This post is not medical advice.</p>"
            "<p>2. Ask your doctor before you change what you eat.</p>",
        ),
    ],
)
def test_reference_lists_are_not_tips(name: str, article: str) -> None:
    assert tip_numbers(article) == [], name


@pytest.mark.parametrize(
    ("name", "sentence", "expected"),
    [
        (
            "seen on an education page: 1) …; 2) …; and 3) … inside one sentence",
            "<p>The study recommends that tutoring programs 1) have tutors who are well trained; "
            "2) meet at least three times per week; and 3) follow a tested curriculum.</p>",
            [
                ("1", "have tutors who are well trained;"),
                ("2", "meet at least three times per week; and"),
                ("3", "follow a tested curriculum."),
            ],
        ),
        (
            "seen in a research abstract: (1) …, (2) …, and (3) … criteria",
            "<p>Students were eligible if they were (1) at least 18 years of age, (2) owned a "
            "smartphone of their own, and (3) were willing to use the app.</p>",
            [
                ("(1)", "at least 18 years of age,"),
                ("(2)", "owned a smartphone of their own, and"),
                ("(3)", "were willing to use the app."),
            ],
        ),
        (
            "one-word items after commas stay prose",
            "<p>Remember the steps 1) rest, 2) ice, and 3) elevation after a sprain.</p>",
            [],
        ),
        (
            "citations in brackets are no enumeration",
            "<p>This was shown by Smith (1) and later by Jones (2) in a larger group.</p>",
            [],
        ),
    ],
)
def test_enumeration_inside_a_sentence(
    name: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    tips = parse_html(page(sentence), URL).tips
    assert [(tip.number, tip.text) for tip in tips] == expected, name


def test_full_width_colon_markers_open_lines_only() -> None:
    """seen on a Chinese tech blog: <p>1：【立角色】…</p> to <p>4：…</p>; "3：2" is a ratio."""
    paragraphs = "".join(
        f"<p>{n}：【第{n}部分】指的是：告诉对方你的第{n}个要求。</p>" for n in (1, 2, 3)
    )
    assert tip_numbers(paragraphs) == ["1", "2", "3"]
    assert tip_numbers("<p>两队的比分是1：0，后来变成了2：1。</p><p>比例为 1：2：3。</p>") == []


# --- the visible date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "byline", "expected"),
    [
        ("seen on a news site: month name with a full stop", "Updated Feb. 27, 2025", "2025-02-27"),
        ("seen on a charity site: day first", "Page updated: 12 November 2025", "2025-11-12"),
        (
            "a time to the minute, twelve-hour clock",
            "Published March 9, 2026 4:05 PM",
            "2026-03-09T16:05:00",
        ),
    ],
)
def test_dates_written_with_month_names(name: str, byline: str, expected: str) -> None:
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1><p class='meta'>{byline}</p>")
    assert parse_html(html, URL).published == expected, name


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Publicado el 12 de marzo de 2026, 10:45 · Actualizado: 13/03/2026",
            "2026-03-12T10:45:00",
        ),
        ("Publié le 4 février 2026 à 9h30, mis à jour le 6 février 2026", "2026-02-04T09:30:00"),
        ("Veröffentlicht am 5. März 2026, 10:45 Uhr", "2026-03-05T10:45:00"),
        ("Pubblicato il 3 aprile 2026 alle 08:05", "2026-04-03T08:05:00"),
        ("Publicado em 3 de maio de 2026 às 14h20", "2026-05-03T14:20:00"),
        ("Gepubliceerd op 1 oktober 2025", "2025-10-01"),
        ("Опубликовано 12 марта 2026 г., 10:45", "2026-03-12T10:45:00"),
        ("Diterbitkan 7 Agustus 2025", "2025-08-07"),
        ("5. března 2026", "2026-03-05"),
        ("Veröffentlicht: 05.03.2026, 10:45 Uhr", "2026-03-05T10:45:00"),
        ("Publicado: 13/03/2026 08:20", "2026-03-13T08:20:00"),
        (
            "Halmai Dóra · 2026. március 5., 09:40 · Frissítve: 2026. március 5., 13:15",
            "2026-03-05T09:40:00",
        ),
        ("Giriş: 05.03.2026 - 09:15 Güncelleme: 05.03.2026 - 11:02", "2026-03-05T09:15:00"),
        ("Tarih: 05.03.2026 - 12.03.2026", "2026-03-05"),  # a range: "12.03" is no time
    ],
)
def test_dates_as_other_languages_print_them(byline: str, expected: str) -> None:
    """A theme that prints the date only as the page's language writes it (in words, the year
    first, the day first in numerals; no meta date, no <time datetime>): read as a reader reads
    it; the published time, not the update."""
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1><p class='meta'>{byline}</p>")
    assert parse_html(html, URL).published == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("es-AR", "2026-03-05T10:45:00"), ("en-GB", "2026-03-05T10:45:00"), ("en-US", None)],
)
def test_a_slashed_date_is_read_in_the_pages_order(lang: str, expected: str | None) -> None:
    """A printed "05/03/2026 10:45" is the 5th of March where the page's language writes the
    day first, and no date at all on an American page (where it would be the 3rd of May: the
    page's own order decides, never a guess)."""
    html = page("").replace("<h1>The post</h1>", "<h1>The post</h1><p>05/03/2026 10:45</p>")
    html = html.replace("<html>", f"<html lang='{lang}'>")
    assert parse_html(html, URL).published == expected


def test_microformat_abbr_gives_the_date() -> None:
    """Blogger's post footer: the time shown, the moment in the <abbr>'s title (hAtom)."""
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><span class='post-timestamp'>at <abbr class='published' "
        "itemprop='datePublished' title='2026-03-05T10:45:00-06:00'>10:45 AM</abbr></span>",
    )
    assert parse_html(html, URL).published == "2026-03-05T10:45:00-06:00"


def test_date_line_with_a_time_where_nothing_leads_to_it() -> None:
    """seen on a 2005 portal page: no headline element, no meta date, no label; the line under
    the headline cell reads "2005年03月31日03:18 北京娱乐信报"."""
    html = (
        "<html><head><title>小两口尝试以钱生钱_新浪网</title></head><body><table>"
        "<tr><td><font size=4>小两口尝试以钱生钱</font></td></tr>"
        "<tr><td>http://house.example.com 2005年03月31日03:18 <font>北京娱乐信报</font></td></tr>"
        "</table><p>"
        + "汤先生夫妇二人，虽说刚三十出头，银行账户上已经有20多万的存款。"
        * 8
        + "</p>"
        "<ul><li><a href='/a.html'>央行调高房贷利率</a><font>2005-03-28 11:29:36</font></li></ul>"
        "</body></html>"
    )
    assert parse_html(html, URL).published == "2005-03-31T03:18:00"


# --- headlines -----------------------------------------------------------------------------


def test_title_box_holding_the_headline_and_its_source_line() -> None:
    """seen on a Chinese science portal: <title> names only the site and its section, no
    heading anywhere; the box classed as the title holds the headline's own <div> and a list of
    source, author and date."""
    html = (
        "<html><head><title>科普健康网-科普文章</title></head><body>"
        "<div class='header'><a href='/'>首页</a> <a href='/kp/'>科普文章</a></div>"
        "<div class='detail'><div class='detail-title'><div>晚饭后马上散步好不好</div>"
        "<ul><li>来源：科普健康网</li><li>作者：王静</li><li>2026-01-08 08:15</li></ul></div>"
        "<div class='detail-body'><div class='wrap'>"
        + "<p>很多人习惯吃完晚饭就出门散步，认为这样有助于消化。其实饭后胃里充满食物，"
        "血液集中在消化道，马上快走反而会加重胃的负担。</p>"
        * 4
        + "</div></div></div></body></html>"
    )
    article = parse_html(html, URL)
    assert article.title == "晚饭后马上散步好不好"
    assert not article.body.startswith("晚饭后")  # the headline is not the body's first line


def test_section_tagline_after_a_bar_is_no_part_of_the_headline() -> None:
    """seen on a US newspaper's op-ed: the <h1> and og:title both end in " | Opinion", the
    section's tag; the headline is what comes before it, on both."""
    html = (
        "<html><head><title>Meditation and the body | Opinion</title>"
        "<meta property='og:title' content='How meditation changes the body | Opinion'></head>"
        "<body><article><h1>How meditation changes the body | Opinion</h1>"
        + PARAGRAPH * 4
        + "</article></body></html>"
    )
    assert parse_html(html, URL).title == "How meditation changes the body"


def test_read_more_heading_over_a_link_is_the_related_block() -> None:
    """seen on an Irish newspaper: <h3>Read More</h3> over one linked story after the text;
    a "Read more" link inside the text names no block."""
    inline = "<p>More on that in <a href='/guide/'>Read more</a>.</p>"
    after = (
        "<div class='multi-readmore'><h3>Read More</h3><div class='readmore-wrapper'>"
        "<a href='/food/leftovers/'>Simple ways to elevate Christmas leftovers</a></div></div>"
    )
    assert rec_urls(page(inline, after=after)) == ["https://example.com/food/leftovers/"]
    assert rec_urls(page(inline)) == []


# --- body -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field",
    [
        "<input type='tel' placeholder='Enter phone number' aria-label='Phone number'>",
        "<input type='email' placeholder='Enter email' aria-label='Email'>",
    ],
)
def test_sign_up_box_inside_the_text_is_not_body(field: str) -> None:
    """seen on a deals site: an SMS sign-up (a phone field, its pitch and the consent line
    under it) in the middle of the post, unclassed; the same for an e-mail field."""
    box = (
        "<section class='relative p-8 my-12 mx-auto'><div class='flex flex-col'>"
        "<p>Be the first to know!</p><p>Get our editors' picks texted right to your phone!</p>"
        f"<form class='flex flex-col mt-4'>{field}<button>Sign Me Up</button></form>"
        "<p>By signing up, you agree to receive recurring automated marketing messages at the "
        "number provided. Msg and data rates may apply. Reply STOP to opt out.</p>"
        "</div></section>"
    )
    body = parse_html(page(box + PARAGRAPH), URL).body
    assert "texted right to your phone" not in body
    assert "By signing up" not in body
    assert body.count("Most people can make this change") == 5


def test_reaction_prompt_over_buttons_is_not_body() -> None:
    """seen on news portals: "What did you think?" over a row of reaction buttons between the
    paragraphs; a code block's single "Copy" button and a question's toggle over its answer
    keep their text."""
    prompt = (
        "<div class='reactions'><p>What did you think of this story?</p><ul>"
        "<li><button>Useful <span>412</span></button></li><li><button>Surprising</button></li>"
        "<li><button>Not for me</button></li></ul><a href='/comments/'>Comment</a></div>"
    )
    toggle = (
        "<div class='faq'><h3><button aria-expanded='false'>Is it safe?</button></h3>"
        "<div><p>Yes, for most adults, as long as they start slowly.</p></div></div>"
    )
    code = "<div class='code'><button>Copy</button><pre>pip install --upgrade pip</pre></div>"
    body = parse_html(page(prompt + toggle + code + PARAGRAPH), URL).body
    assert "What did you think" not in body
    assert "Yes, for most adults, as long as they start slowly." in body
    assert "pip install --upgrade pip" in body


@pytest.mark.parametrize(
    "closing",
    [
        "<p>（责任编辑：刘洋）</p>",
        "<p>(Web editor: Hongyu)</p>",
        "<p><em>Correction: An earlier version of this story misstated a number.</em></p>",
        "<p>___</p><p>The Health Desk receives support from the Larkspur Foundation. The Desk "
        "is solely responsible for all content.</p>",
        "<p><em>Dr. Lena Ortiz is a family physician. Readers may send questions to "
        "AskDrOrtiz@example.com.</em></p><p>©2025 Lena Ortiz. Distributed by a syndicate.</p>",
        "<p>（责任编辑：王蕾）</p><p>声明：本站所发布的内容仅供健康科普参考，不能作为诊断依据。</p>",
    ],
    ids=[
        "editor in parentheses",
        "English editor",
        "correction",
        "funder's disclosure",
        "columnist's address and copyright",
        "site statement",
    ],
)
def test_closing_note_is_not_body(closing: str) -> None:
    """seen on Chinese portals, Japanese portals and wire stories: a line about the article
    closing it (its editor, a correction, who funds the desk) is not its text; a last
    paragraph saying who funded something in the story is."""
    body = parse_html(page(closing), URL).body
    assert body.endswith("what helps.")
    funded = "<p>The clinic received funding from the county, and opens in May.</p>"
    assert parse_html(page(funded), URL).body.endswith("opens in May.")
    booking = "<p>To book a free screening, e-mail the clinic at bookings@example.org.</p>"
    assert parse_html(page(booking), URL).body.endswith("bookings@example.org.")


def test_labels_of_players_ads_and_contents_are_not_body() -> None:
    """seen on news sites and guides: an audio player's line, an ad slot's label, a rule drawn
    with underscores, and a "Table of contents" label whose links into the page were cut."""
    toc = (
        "<p>Table of contents</p><ul><li><a href='#one'>One</a></li>"
        "<li><a href='#two'>Two</a></li></ul>"
    )
    chrome = (
        "<div class='audio'><span>Listen to this article</span> <span>7:12</span></div>"
        "<div class='slot'><div>Advertisement</div></div><p>___</p>"
    )
    body = parse_html(page(toc + PARAGRAPH + chrome + PARAGRAPH), URL).body
    for label in ("Table of contents", "Listen to this", "Advertisement", "___"):
        assert label not in body
    assert body.count("Most people can make this change") == 6


@pytest.mark.parametrize(
    "heading", ["More from Health", "Support our journalism", "【関連記事】", "관련기사"]
)
def test_section_headed_as_the_site_s_is_not_body(heading: str) -> None:
    """seen on news sites and portals: a section list or a subscription appeal after the
    text, under a heading naming it."""
    after = (
        f"<h2>{heading}</h2><p>Reporting like this takes months of records requests and "
        "interviews, and other stories run here with their one-sentence teasers.</p>"
    )
    body = parse_html(page(after), URL).body
    assert "records requests" not in body
    assert body.endswith("what helps.")


def test_related_block_of_publications_and_ads_lists_no_articles() -> None:
    """seen on newsletter platforms and Chinese portals: a "Recommendations" block of other
    publications' front pages, and a paid card in a related feed, are no articles; a
    WordPress post linked by its plain "/?p=123" address is one."""
    after = (
        "<div class='recs'><h3>Related posts</h3><ul>"
        "<li><a href='https://kitchen.example.net/?utm_source=recs'>The Quiet Kitchen</a></li>"
        "<li><a href='/?p=123'>How to sleep better on hot nights</a></li>"
        "<li><a href='https://ads.example.com/click?id=7' rel='sponsored nofollow'>"
        "Smart blood pressure monitor, 20% off</a></li>"
        "<li><a href='/walking-after-meals/'>Why a short walk after dinner helps</a>"
        "<span class='tag'>Ad</span></li>"
        "<li><a href='/desk-stretches/'>Desk stretches for a stiff neck</a></li></ul></div>"
    )
    assert rec_urls(page("", after=after)) == [
        "https://example.com/?p=123",
        "https://example.com/desk-stretches/",
    ]


def test_attachment_links_are_the_notice_s_text() -> None:
    """seen on government notices: 附件：1. 手册.pdf 2. 一览表.docx under the text are the
    notice's own; an empty link to a file (an icon) is nothing, and breaks nothing."""
    attachments = (
        "<p>附件：</p><p>1. <a href='/files/guide.pdf'>夏季肠道传染病防控知识手册.pdf</a></p>"
        "<p>2. <a href='/files/list.docx'>肠道门诊设置一览表.docx</a></p>"
        "<p><a href='/files/icon.pdf'></a></p>"
    )
    body = parse_html(page(PARAGRAPH + attachments), URL).body
    assert "夏季肠道传染病防控知识手册.pdf" in body
    assert "肠道门诊设置一览表.docx" in body


@pytest.mark.parametrize(
    "label",
    ["<p><strong>反侵权公告：</strong></p>", "<h3>版权声明</h3>", "<p>Copyright notice</p>"],
    ids=["bold label", "heading", "English label"],
)
def test_publisher_s_legal_notice_under_the_text_is_not_body(label: str) -> None:
    """seen on Chinese newspaper portals: the group's anti-infringement notice under a reprint,
    set as a bold line or a heading, clauses and phone lines below it."""
    notice = (
        f"{label}<p>未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。</p>"
        "<p>一、任何单位或个人使用本报社原创内容，必须事先取得书面授权；</p>"
        "<p>王律师（法律顾问）0432-62000000</p>"
    )
    body = parse_html(page(notice), URL).body
    assert body.endswith("what helps.")
    assert "书面授权" not in body


def test_page_tools_under_a_notice_are_not_body() -> None:
    """seen on government portals: a QR code's "scan to open on your phone", a download line of
    the notice as PDF and Word, print and close buttons; the attachment above them is text."""
    tools = (
        "<p>附件：<a href='/files/table.xlsx'>接种点一览表.xlsx</a></p>"
        "<div class='qr'><img src='/qr.png' alt=''><p>扫一扫在手机打开当前页</p></div>"
        "<div class='down'><a href='/files/notice.pdf'>pdf下载</a> "
        "<a href='/files/notice.doc'>word下载</a></div>"
        "<div class='tools'><a href='javascript:window.print()'>【打印】</a>"
        "<a href='javascript:window.close()'>【关闭】</a></div>"
    )
    body = parse_html(page(tools), URL).body
    assert body.endswith("附件：接种点一览表.xlsx")
    for tool in ("扫一扫", "下载", "打印", "关闭"):
        assert tool not in body


@pytest.mark.parametrize(
    "stamp",
    [
        "<div class='stamp'><span>Posted Tue, Nov 18, 2025 at 9:12 am ET</span>|"
        "<span>Updated Tue, Nov 18, 2025 at 11:40 am ET</span></div>",
        "<p>Published 3:04 PM EST, Mon November 17, 2025</p>",
        "<p>Updated: 11/18/2025</p>",
    ],
    ids=["posted and updated", "published with a clock first", "updated, numeric"],
)
def test_publication_stamp_between_paragraphs_is_not_body(stamp: str) -> None:
    """seen on local news networks: the story's stamp set between its standfirst and its
    text; a sentence opening "Updated" with a year is the story's own."""
    body = parse_html(page(stamp + PARAGRAPH), URL).body
    assert "Posted" not in body and "Published" not in body and "Updated" not in body
    assert body.count("Most people can make this change") == 5
    own = "<p>Updated guidance in 2025 asks adults over 50 to get the shot by October.</p>"
    assert "Updated guidance in 2025" in parse_html(page(own), URL).body


def test_newsletter_promo_line_is_not_body_but_a_sign_up_the_story_tells_of_is() -> None:
    """seen on local news networks: "Subscribe to <site> … delivered to your inbox." closing the
    story; a line telling readers to sign up for a clinic is the story's own."""
    promo = (
        "<p><em>Subscribe to Riverton Daily for free to get local news and health alerts "
        "delivered to your inbox.</em></p>"
    )
    own = "<p>Sign up for a flu shot appointment on the county's website or call the clinic.</p>"
    assert parse_html(page(promo), URL).body.endswith("what helps.")
    assert parse_html(page(own), URL).body.endswith("or call the clinic.")


def test_reprint_source_line_closing_the_text_is_not_body() -> None:
    """seen on Chinese newspaper portals: the paper and edition a story was reprinted from,
    《光明日报》（ 2022年02月13日 02版）, closes the text above the editor's credit."""
    closing = "<p>《华民日报》（ 2025年12月03日 05版）</p><p>（嘉澜网编辑 许文静）</p>"
    assert parse_html(page(closing), URL).body.endswith("what helps.")


@pytest.mark.parametrize(
    "label",
    ["Lee también:", "Leia também:", "À lire aussi :", "Lesen Sie auch:", "Читайте также:"],
)
def test_read_also_line_in_other_languages_is_a_recommendation(label: str) -> None:
    """seen on Spanish, Portuguese, French, German and Russian news sites: a "read also" line
    between paragraphs links a related story; it is no part of the text."""
    line = (
        f"<p><strong>{label}</strong> "
        "<a href='/other-story/'>How the dengue mosquito breeds</a></p>"
    )
    article = parse_html(page(PARAGRAPH + line + PARAGRAPH), URL)
    assert [link.url for link in article.recommendations] == ["https://example.com/other-story/"]
    assert "mosquito breeds" not in article.body


def test_read_more_label_names_only_the_link_on_its_line() -> None:
    """seen on a guide: a "Read More:" callout whose link sits inside the bold label, then
    the text's own paragraphs with links in their sentences: the label names its own link,
    and the paragraphs' links are no related block."""
    callout = (
        "<div class='callout'><p><strong>Read More: <a href='/premium/'>Get expert advice "
        "from former officers!</a></strong></p></div><h2>Tackling the prompts</h2>"
        "<p>Answer this prompt by reflecting on a <a href='/hobbies/'>hobby</a> that is "
        "meaningful to you, and be honest about it.</p>"
    )
    article = parse_html(page(callout), URL)
    assert [link.url for link in article.recommendations] == ["https://example.com/premium/"]
    assert "Answer this prompt by reflecting on a hobby that is meaningful to you" in article.body


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Artículo anterior", "Artículo siguiente"),
        ("Article précédent", "Article suivant"),
        ("Vorheriger Artikel", "Nächster Artikel"),
    ],
)
def test_previous_and_next_article_labels_in_other_languages(before: str, after: str) -> None:
    """seen on Spanish, French and German sites: the label in its own element inside the link,
    the linked article's title beside it."""
    navigation = (
        f"<nav class='article-nav'><a href='/older/'><span>← {before}</span> "
        f"<span>The older post</span></a><a href='/newer/'><span>{after} →</span> "
        "<span>The newer post</span></a></nav>"
    )
    article = parse_html(page("", after=navigation), URL)
    assert article.prev is not None and article.prev.title == "The older post"
    assert article.next is not None and article.next.url == "https://example.com/newer/"


def test_channel_box_is_not_body_but_a_channel_named_in_a_sentence_is() -> None:
    """seen on Russian and Indonesian news sites: a box asking readers to follow the site's
    Telegram channel, with its button, inside the text; a sentence linking a channel stays."""
    box = (
        "<div class='box'><p>Подписывайтесь на наш канал в Telegram</p>"
        "<p>Каждый день — полезные советы врачей и разборы мифов о здоровье.</p>"
        "<a href='https://t.me/example_mag'>Подписаться</a></div>"
    )
    own = (
        "<p>The health ministry posts outbreak updates on its "
        "<a href='https://t.me/ministry_updates'>Telegram channel</a> every morning.</p>"
    )
    body = parse_html(page(box + PARAGRAPH + own), URL).body
    assert "Telegram" not in body.split("\n\n")[4]
    assert "канал" not in body and "Каждый день" not in body
    assert body.endswith("on its Telegram channel every morning.")


def test_post_excerpt_above_the_text_is_not_its_standfirst() -> None:
    """seen on Ghost and WordPress themes: the post's excerpt, as its listing card shows it,
    under the headline, then the byline and the cover photo's credit: not the text."""
    html = (
        "<html><head><title>The post - Site</title></head><body><main><article>"
        "<h1>The post</h1><p class='article-excerpt'>A short teaser of the post, as the front "
        "page shows it under the card.</p><h4 class='author-name'>Hannah Lowe</h4>"
        "<figure><img src='/cover.jpg' alt=''><figcaption>Photo by <a href='https://x.example/"
        "kay'>Lauren Kay</a></figcaption></figure>"
        f"<section class='gh-content'>{PARAGRAPH * 4}</section></article></main></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Most people can make this change")
    assert "teaser" not in body


def test_points_numbered_with_a_hyphen_open_lines_only() -> None:
    """seen on Arabic news sites: points printed "1- …" at the start of their paragraphs; a
    range inside a sentence ("take 1- 2 dates") numbers nothing."""
    points = "".join(
        f"<p><strong>{n}- {lead}:</strong> {text}</p>"
        for n, lead, text in (
            (1, "Do not skip the last meal", "it gives you energy for the whole day of fasting."),
            (2, "Drink water slowly", "have 8 to 10 cups between the evening meal and dawn."),
            (3, "Break the fast gently", "start with 1- 2 dates and a glass of water."),
        )
    )
    tips = parse_html(page(points), URL).tips
    assert [(tip.number, tip.title) for tip in tips] == [
        ("1", "Do not skip the last meal"),
        ("2", "Drink water slowly"),
        ("3", "Break the fast gently"),
    ]


@pytest.mark.parametrize("label", ["Sources :", "Quellen", "Referencias:", "المراجع"])
def test_closing_sources_section_is_not_body(label: str) -> None:
    """seen on French, German, Spanish and Arabic health sites: the works the article cites,
    under a label closing it, printed without the citation marks a reference list has."""
    sources = (
        f"<p><strong>{label}</strong></p><ul><li>National Back Pain Society. Low back pain and "
        "physical activity: patient leaflet, 2023.</li><li>Health Agency. Physical activity "
        "guidelines for adults, 2024.</li></ul>"
    )
    assert parse_html(page(sources), URL).body.endswith("what helps.")


def test_cards_under_a_more_news_heading_are_not_body() -> None:
    """seen on Vietnamese and Spanish news sites: "Bài viết cùng chuyên mục" ("more in this
    section") over cards, each a linked headline and a teaser: the linked headlines do not end
    the section, so the teasers go with it."""
    cards = "".join(
        f"<div class='card'><h3><a href='/story-{n}/'>Story number {n} in this section</a></h3>"
        f"<p>A teaser of story {n}, long enough to read as a sentence of its own here.</p></div>"
        for n in range(1, 4)
    )
    body = parse_html(page(f"<h2>Bài viết cùng chuyên mục</h2>{cards}"), URL).body
    assert body.endswith("what helps.")


def test_labels_are_found_on_a_page_that_prints_a_dotted_capital_i() -> None:
    """seen on a Turkish portal: "İ" becomes two characters when lower-cased, which once left
    the whole page's labels to be searched as printed, so "İlgili Haberler" and any label in
    capitals went unseen."""
    city = "<p>İstanbul'da grip vakaları bu hafta arttı, uzmanlar aşı olmayı öneriyor.</p>"
    for heading in ("İlgili Haberler", "RELATED POSTS"):
        after = related(heading, "a", "b")
        assert rec_urls(page(city, after=after)) == [
            "https://example.com/a/",
            "https://example.com/b/",
        ]


def test_mega_menu_in_the_page_header_is_not_the_page() -> None:
    """seen on a cloud vendor's "What is …?" explainer: its <header> holds a mega menu of sixty
    described product links, pages of text but all of it links. Such a header was once read as
    if broken markup had put the page inside it; its links then made the article a listing."""
    items = "".join(
        f"<li class='x1'><a href='/products/p{n}'><span>Product {n} Engine</span>"
        f"<span>Managed service number {n} to store, move and analyse your data.</span></a></li>"
        for n in range(60)
    )
    sentences = [
        "Cloud computing is the on-demand availability of computing resources over the internet.",
        "Instead of running their own servers, companies rent what they need from a provider.",
        "This matters most when demand changes quickly, as before a holiday sale.",
        "The service models take more or less of the work off the customer.",
        "Public clouds are shared by many customers, private clouds serve one organisation.",
        "Security is shared: the provider guards the hardware, the customer its own accounts.",
        "Costs fall only when teams switch off what they no longer use.",
        "Most companies start with one workload, such as backups, before moving the rest.",
    ]
    text = "".join(f"<p>{sentence}</p>" for sentence in sentences)
    html = (
        "<html><head><title>What is cloud computing? | Example Cloud</title></head><body>"
        f"<header class='q7'><a href='/'>Example Cloud</a><ul class='z9'>{items}</ul></header>"
        f"<div class='w3'><h1>What is cloud computing?</h1>{text}</div></body></html>"
    )
    article = parse_html(html, "https://cloud.example.com/learn/what-is-cloud-computing")
    assert article.kind == "article"
    assert article.body.startswith(sentences[0])
    assert article.body.endswith(sentences[-1])
    assert "Product" not in article.body


def test_date_inside_the_headline_link_is_not_the_title() -> None:
    """seen on a static-site blog: the headline's permalink holds the post's <time> before the
    words ("Dec 18 2025 Preparing a transition"); the title is the words."""
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1><a href='/blog/the-post/' rel='bookmark'><time datetime='2025-12-18'>Dec "
        "<span>18</span> 2025</time> The post about habits</a></h1>",
    )
    assert parse_html(html, URL).title == "The post about habits"


def test_list_of_links_a_sentence_introduces_is_the_text_s() -> None:
    """seen on a compiler project's progress report: "Many patches were sent for review:" over
    a list whose every item is a link to a patch. The sentence makes the list part of the text,
    where a bare list of links would be a menu."""
    patches = [
        "Allow casts between integers and pointers",
        "Add support for the weak variable attribute",
        "Fix volatile loads and stores",
        "Add support for packed structs",
        "Fix undefined behaviour in constructor functions",
        "Add a function to check whether LTO is supported",
        "Support more target builtin types",
        "Do not treat warnings as errors",
    ]
    items = "".join(
        f"<li><p><a href='https://forge.example.org/pulls/{n}'>{patch}</a></p></li>"
        for n, patch in enumerate(patches)
    )
    article = (
        "<div class='paragraph'><p>Many patches were sent for review this month:</p></div>"
        f"<div class='ulist'><ul>{items}</ul></div>"
        "<p>I sent every patch that was ready, in the hope that we can be as close to upstream "
        "as possible for the next release.</p>"
    )
    body = parse_html(page(article), URL).body
    for patch in patches:
        assert patch in body
    assert body.endswith("for the next release.")


def test_list_of_links_under_a_label_with_a_colon_is_still_not_the_text_s() -> None:
    """The counterpart: "See also:" is a label, not a sentence; its links stay out."""
    items = "".join(
        f"<li><a href='/guide-{n}/'>Another guide on this site, number {n}</a></li>"
        for n in range(1, 7)
    )
    body = parse_html(page(f"<p>See also:</p><ul>{items}</ul>"), URL).body
    assert "Another guide" not in body


def test_page_two_of_a_paged_article_continues_its_numbering() -> None:
    """seen on Chinese health CMS sites: page 2 (…/58213_2.html) opens on 三、 under a pager
    linking page 1 (58213.html); its points go on from page 1's. The same page at an address
    with no page 1 to link is read as any page, where a list starts at its first value."""
    points = "".join(
        f"<p><strong>{n}、{title}</strong></p><p>{text}</p>"
        for n, title, text in (
            ("三", "多喝温水", "冬天空气干燥，每天要喝够1500毫升水，少量多次。"),
            ("四", "按时作息", "晚上11点前入睡，午睡不超过半小时，不要熬夜。"),
            ("五", "适当运动", "天气晴好时到户外散步，每次30分钟左右，出汗即可。"),
        )
    )
    pager = "<div class='pages'><a href='58213.html'>上一页</a><a href='58213.html'>1</a></div>"
    html = (
        "<html><head><title>冬季养生五个要点(2)_健康网</title></head><body>"
        f"<div class='article'><h1>冬季养生五个要点</h1><div class='content'>{points}</div>"
        f"{pager}</div></body></html>"
    )
    later = parse_html(html, "https://www.example.cn/yangsheng/20250108/58213_2.html")
    assert [(tip.number, tip.title) for tip in later.tips] == [
        ("三", "多喝温水"),
        ("四", "按时作息"),
        ("五", "适当运动"),
    ]
    alone = parse_html(html.replace("58213.html", "list.html"), later.url)
    assert alone.tips == ()


def test_related_line_with_its_link_inside_the_label_and_a_block_under_the_text() -> None:
    """seen on news and health sites: "<strong>Related: <a>…</a></strong>" between paragraphs
    (the label's own element holds its link), then a block of other posts under the text with
    a label of its own; both are the article's recommendations, in page order."""
    line = "<p><strong>Related: <a href='/tutoring-study/'>A new study on tutoring</a></strong></p>"
    after = related("You may also like", "a", "b")
    assert rec_urls(page(line, after=after)) == [
        "https://example.com/tutoring-study/",
        "https://example.com/a/",
        "https://example.com/b/",
    ]


def test_a_headline_printed_twice_for_two_screen_sizes_is_one_headline() -> None:
    """seen on a Next.js blog: the hero's <h1> and a copy in the prose for small screens, the
    same words; <title> words the headline otherwise, and a section heading shares a short run
    with it ("What is CVE-2024-49113?"). The headline is the <h1>, not that section."""
    headline = "Windows LDAP DoS: The Integer Overflow Crashing Domain Controllers"
    html = (
        "<html><head><title>Windows LDAP DoS: CVE-2024-49113 Crashing Domain Controllers | Blog"
        f"</title></head><body><header class='hero'><h1>{headline}</h1></header>"
        f"<article><div class='prose'><h1>{headline}</h1>{PARAGRAPH * 2}"
        f"<h2>What is CVE-2024-49113?</h2>{PARAGRAPH * 2}</div></article></body></html>"
    )
    assert parse_html(html, URL).title == headline


def test_a_heading_saying_what_title_says_beats_a_lone_h1_naming_the_section() -> None:
    """seen on a consultancy's report page: the one <h1> is the section's name ("M&A Updates")
    and the report's title, as <title> and og:title say it, is an <h3> in the hero."""
    html = (
        "<html><head><title>Cybersecurity Sector Update - Fall 2025</title>"
        "<meta property='og:title' content='Cybersecurity Sector Update - Fall 2025'></head>"
        "<body><h1 class='eyebrow'>M&amp;A Updates</h1><div class='hero'>"
        "<h3>Cybersecurity Sector Update - Fall 2025</h3></div>"
        f"<article>{PARAGRAPH * 4}</article></body></html>"
    )
    assert parse_html(html, URL).title == "Cybersecurity Sector Update - Fall 2025"


def test_a_standfirst_ending_with_a_danda_is_a_sentence() -> None:
    """Hindi sentences end with the danda (।), not a full stop: the paragraph above the text,
    past the byline row, is the standfirst."""
    standfirst = (
        "<p>देश के कई हिस्सों में पारा 45 डिग्री के पार पहुंच गया है और मौसम विभाग ने "
        "अगले पांच दिनों तक लू चलने की चेतावनी दी है।</p>"
    )
    text = "".join(
        f"<p>{sentence} डॉक्टरों के मुताबिक, दोपहर में घर से बाहर निकलने से बचना चाहिए और "
        "दिन भर में पर्याप्त पानी पीना चाहिए। बुजुर्गों और बच्चों का खास ध्यान रखें।</p>"
        for sentence in ("पहली बात।", "दूसरी बात।", "तीसरी बात।", "चौथी बात।")
    )
    html = (
        "<html lang='hi'><head><title>लू से बचने के उपाय - समाचार</title></head><body>"
        f"<div class='story'><h1>लू से बचने के उपाय</h1>{standfirst}"
        "<div class='byline'>सौम्या त्रिपाठी | नई दिल्ली</div>"
        f"<div class='story-body'>{text}</div></div></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("देश के कई हिस्सों में")
    assert "सौम्या" not in body


def test_a_papers_hundred_references_under_their_heading_are_not_its_text() -> None:
    """seen on an open-access journal: "References" heads sixty cited works (one of them long,
    a conference's full name), after "Acknowledgments" and "Conflicts of Interest"; none of
    that back matter is the paper's text."""
    references = "".join(
        f"<li>Author{n} A, Writer B. A study of stress number {n}. J Health 2019;{n}(2):1-9.</li>"
        for n in range(60)
    )
    long_reference = (
        "<li>Murnane E, Huffaker D. Mobile health apps: adoption, adherence and abandonment. "
        + "Presented at: the Adjunct Proceedings of the International Joint Conference; " * 8
        + "2015; Osaka, Japan. doi: 10.1145/2800835</li>"
    )
    back = (
        "<h3>Acknowledgments</h3><p>This study was supported by a university grant.</p>"
        "<h3>Conflicts of Interest</h3><p>JH is an adviser to the app's maker.</p>"
        f"<h3>References</h3><ol>{references}{long_reference}</ol>"
    )
    body = parse_html(page(back), URL).body
    assert body.endswith("see what helps.")
    assert "supported by a university grant" not in body
    assert "A study of stress" not in body


def test_one_acknowledgement_closing_a_blog_post_is_its_text() -> None:
    """The counterpart: a blog's lone "Acknowledgements" section is the post's own closing
    words (the benchmark's annotators keep it); a paper's declarations come two or more."""
    closing = "<h3>Acknowledgements</h3><p>Thanks to Wenxin for reading a draft of this post.</p>"
    assert parse_html(page(closing), URL).body.endswith("reading a draft of this post.")


def test_korean_previous_and_next_article_labels() -> None:
    """seen on Korean portals: "이전 글" / "다음 글" (previous / next post) before the links."""
    pager = (
        "<div class='post-nav'><p><span>이전 글</span> <a href='/older/'>겨울철 건강 관리법</a></p>"
        "<p><span>다음 글</span> <a href='/newer/'>봄철 알레르기 예방법</a></p></div>"
    )
    article = parse_html(page("", after=pager), URL)
    assert article.prev is not None and article.prev.url == "https://example.com/older/"
    assert article.prev.title == "겨울철 건강 관리법"
    assert article.next is not None and article.next.title == "봄철 알레르기 예방법"


def test_arabic_indic_and_devanagari_digits_number_tips_as_printed() -> None:
    """seen on Arabic and Hindi sites: points numbered ١- ٢- ٣- or १. २. ३. at a line's start;
    the numbers stay as printed, their values count up."""
    arabic = "".join(
        f"<p><strong>{n}- {lead}:</strong> {text}</p>"
        for n, lead, text in (
            ("١", "اشرب الماء", "اشرب ثمانية أكواب من الماء كل يوم حتى في الأيام الباردة."),
            ("٢", "نم مبكرا", "حاول أن تنام سبع ساعات على الأقل كل ليلة لتستعيد نشاطك."),
            ("٣", "تحرك يوميا", "امش نصف ساعة كل يوم بعد العشاء لتحسين الهضم والمزاج."),
        )
    )
    tips = parse_html(page(arabic), URL).tips
    assert [(tip.number, tip.title) for tip in tips] == [
        ("١", "اشرب الماء"),
        ("٢", "نم مبكرا"),
        ("٣", "تحرك يوميا"),
    ]
    hindi = "".join(
        f"<p>{n}. {text}</p>"
        for n, text in (
            ("१", "दिन भर में कम से कम आठ गिलास पानी पिएं और प्यास का इंतजार न करें।"),
            ("२", "दोपहर बारह से तीन बजे के बीच धूप में बाहर निकलने से बचें।"),
        )
    )
    assert [tip.number for tip in parse_html(page(hindi), URL).tips] == ["१", "२"]


def test_a_related_heading_that_links_to_itself_still_heads_its_block() -> None:
    """seen on documentation sites and blogs with heading anchors: <h2 id="see-also"><a
    href="#see-also">See also</a></h2> over the list; the heading's own "#" link is its
    anchor, not a card's link, and the list under it is the related block."""
    block = related("See also", "a", "b").replace(
        "<h3>See also</h3>", "<h3 id='see-also'><a href='#see-also'>See also</a></h3>"
    )
    assert rec_urls(page("", after=block)) == [
        "https://example.com/a/",
        "https://example.com/b/",
    ]


def test_heading_permalinks_are_no_text() -> None:
    """A static site's headings carry a link to themselves, hidden or shown on hover: Hugo's
    <a hidden class="anchor">#</a>, Sphinx's "¶"; the heading reads without them."""
    html = page(
        "<h2 id='dose'>How much to take<a hidden class='anchor' href='#dose'>#</a></h2>"
        + PARAGRAPH
        + "<h2 id='when'>When to stop<a class='headerlink' href='#when'>¶</a></h2>"
        + PARAGRAPH
    )
    lines = parse_html(html, URL).body.split("\n\n")
    assert "How much to take" in lines
    assert "When to stop" in lines


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("作者：李明　编辑：王海鹏", "李明"),
        ("来源：晨报　编辑：王海鹏", None),  # the web editor who posted it wrote nothing
        ("By Staff Report", None),  # a newsroom's desk credit names no one
        ("By Stellhorn Clinic Staff", None),  # and the site's staff
        ("By Riverton Editorial Team", None),
        ("澜涌新闻记者 沈慧婷　2026-01-08 15:22　来源：澜涌新闻", "沈慧婷"),  # a paper's reporter
        ("记者从市疾控中心获悉，近期流感进入高发期。", None),  # a sentence names no reporter
    ],
)
def test_an_editor_or_a_desk_credit_is_no_author(credit: str, expected: str | None) -> None:
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1><p class='info'>{credit}</p>")
    assert parse_html(html, URL).author == expected


def test_a_stamp_line_in_another_language_and_a_closing_source_line_are_no_text() -> None:
    html = page("<p>Kaynak: Sağlık Bakanlığı</p>").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><p>Giriş: 05.03.2026 - 09:15 Güncelleme: 05.03.2026 - 11:02</p>",
    )
    body = parse_html(html, URL).body
    assert "Giriş" not in body and "Kaynak" not in body
    assert body.count("Most people can make this change") == 4


def test_a_sub_title_block_above_the_text_is_its_standfirst() -> None:
    """A Korean CMS's two-line 부제 in a "sub_title" box between the byline row and the text."""
    html = page("").replace(
        "<div class='entry-content'>",
        "<div class='sub_title'>독감 환자 2주 연속 증가<br>고위험군은 48시간 안에 치료해야</div>"
        "<div class='entry-content'>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("독감 환자 2주 연속 증가\n고위험군은 48시간 안에 치료해야\n\n")


@pytest.mark.parametrize(
    ("inline", "heading"),
    [("İLGİLİ HABER", "İlgili Haberler"), ("Related", "Related to this story")],
)
def test_an_inline_related_box_and_the_block_after_the_text_are_one_block(
    inline: str, heading: str
) -> None:
    box = (
        f"<div class='inline-box'><span>{inline}</span><a href='/first/'>"
        "<span>The first related story of the site</span></a></div>"
    )
    article = box.join([PARAGRAPH, PARAGRAPH])
    html = page(article, after=related(heading, "second", "third"))
    links = parse_html(html, URL).recommendations
    assert [link.url for link in links] == [
        "https://example.com/first/",
        "https://example.com/second/",
        "https://example.com/third/",
    ]


def test_full_width_arrows_beside_a_japanese_prev_next_label_are_no_title() -> None:
    nav = (
        "<div class='pager'><a href='/older/'><span>＜ 前の記事</span>"
        "<span>ひな祭りの手巻き寿司</span></a><a href='/newer/'><span>次の記事 ＞</span>"
        "<span>春休みの朝ごはん</span></a></div>"
    )
    article = parse_html(page("", after=nav), URL)
    assert article.prev is not None and article.prev.title == "ひな祭りの手巻き寿司"
    assert article.next is not None and article.next.title == "春休みの朝ごはん"


def test_a_day_only_datetime_takes_the_time_printed_inside_it() -> None:
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><time datetime='2026-03-05'>2026-03-05 21:14:33</time>",
    )
    assert parse_html(html, URL).published == "2026-03-05T21:14:33"


def test_feed_cards_titled_by_their_title_link_beside_a_channel_link_and_an_ad() -> None:
    """A platform's similar-articles cards: a channel link above each title link (class
    "card__title"), a teaser under it, and an ad card labelled "Реклама"."""

    def card(slug: str, channel: str, title: str, teaser: str, label: str = "") -> str:
        return (
            f"<article class='card'><a class='card__image' href='/a/{slug}'><img alt=''></a>"
            f"{label}<a class='card__channel' href='/{channel}'>{channel}</a>"
            f"<a class='card__title' href='/a/{slug}'>{title}</a>"
            f"<p class='card__snippet'>{teaser}</p></article>"
        )

    after = (
        "<section><h2>Похожие статьи</h2><div class='feed'>"
        + card("one", "somnologia", "Почему мы просыпаемся ночью", "Разбираемся, когда это норма.")
        + card("ad", "shop", "Подушка со скидкой", "Только до конца марта.", "<span>Реклама</span>")
        + card("two", "terapevt", "Мелатонин: кому помогает", "Рассказываю, когда он работает.")
        + "</div></section>"
    )
    links = parse_html(page("", after=after), URL).recommendations
    assert [(link.title, link.url, link.snippet) for link in links] == [
        (
            "Почему мы просыпаемся ночью",
            "https://example.com/a/one",
            "Разбираемся, когда это норма.",
        ),
        (
            "Мелатонин: кому помогает",
            "https://example.com/a/two",
            "Рассказываю, когда он работает.",
        ),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "Notice: The content above is uploaded by a user of the platform, which only provides "
        "information storage services.",
        "Если статья была полезной, ставьте 👍 и подписывайтесь на канал.",
        "↓ランキングに参加しています<br>ポチッとしてもらえると励みになります",
        "※症状やお薬のことは、必ずかかりつけの先生に相談してくださいね。",
        "*Com informações da Agência Brasil",
        "Źródło: PAP, Polskie Towarzystwo Badań nad Snem",
        "Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.example.pl",
        "出品：中国科协科普部　监制：某某传媒有限公司",
        "本文为科普中国-健康解码原创，转载请注明出处",
        "المصدر : الجزيرة + مواقع إلكترونية",
        "Dieser Artikel erschien zuerst in »Lupe Gesund«, dem Gesundheitsmagazin der Lupe.",
        "Cet article a été publié initialement dans notre magazine Santé.",
        "Este artículo fue publicado originalmente en The Conversation.",
        "Health coverage at Ameriday is made possible in part by a grant from the Halvorsen "
        "Foundation. The Halvorsen Foundation does not provide editorial input.",
        "(Except for the headline, this story has not been edited by DVTV staff and is "
        "published from a syndicated feed.)",
        "With files from The Canadian Press",
        "This post is general information, not a diagnosis. If you are worried about an injury, "
        "speak to a physiotherapist.",
        "도움이 되셨다면 공감♥과 이웃추가 부탁드려요!",
        "※ 이 글은 개인적인 경험을 정리한 것으로, 증상이 심하다면 꼭 전문의와 상담하세요.",
        "※本記事は一般的な情報提供を目的としており、診断や治療を行うものではありません。",
        "Update, March 4, 9:00 am ET: This story was originally published on March 2 and has "
        "been updated with new data.",
    ],
)
def test_closing_notices_and_calls_are_no_text(closing: str) -> None:
    article = parse_html(page(f"<p>{closing}</p>"), URL)
    assert article.body.count("Most people can make this change") == 4
    assert closing.split("<br>")[0][:12] not in article.body


def test_a_japanese_affiliate_disclosure_and_a_test_id_standfirst() -> None:
    html = page("").replace(
        "<div class='entry-content'>",
        "<p data-testid='standfirst' class='x1 y2'>Health anxiety feeds on the very reassurance "
        "it seeks, and loosening its grip means tolerating not knowing</p>"
        "<div class='entry-content'><p>※この記事はアフィリエイト広告を利用しています</p>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("Health anxiety feeds on the very reassurance it seeks")
    assert "アフィリエイト" not in body


def test_an_audio_players_position_and_length_are_no_text() -> None:
    html = page("").replace(
        "<div class='entry-content'>",
        "<div class='entry-content'><div class='player'><span>0:00 / 4:31</span></div>",
    )
    body = parse_html(html, URL).body
    assert "4:31" not in body and body.count("Most people can make this change") == 4


def test_a_newspapers_byl_tag_and_a_summary_marked_by_its_id() -> None:
    html = page("", head="<meta name='byl' content='By Ana Ruiz and Tom Hale'>").replace(
        "<div class='entry-content'>",
        "<p id='article-summary'>Health officials have confirmed 146 cases since January, "
        "most of them in children who had not received the vaccine</p>"
        "<div class='entry-content'>",
    )
    article = parse_html(html, URL)
    assert article.author == "Ana Ruiz and Tom Hale"
    assert article.body.startswith("Health officials have confirmed 146 cases since January")


def test_a_funded_clinic_closing_the_story_is_its_text() -> None:
    """A funder's disclosure names the newsroom's editorial independence; a sentence about who
    pays for the clinic is the story's own."""
    closing = "The clinic is made possible by a grant from the county health department."
    body = parse_html(page(f"<p>{closing}</p>"), URL).body
    assert body.endswith(closing)


PRODUCT_CARD = (
    "<div class='embed' data-embed='product'><div><a href='https://shop.example.net/dp/B01'>"
    "<img src='k.jpg' alt=''></a><span>Amazon</span></div><div><span>Ironclad</span> "
    "<span>Vinyl-Coated Kettlebell, 20 lb</span> <a href='https://shop.example.net/dp/B01'>Shop "
    "at Amazon</a><div><s>$49.99</s> <span>$39.99</span> <span>(20% off)</span></div>"
    "<a href='https://shop.example.net/dp/B01'>$39.99 at Amazon</a></div></div>"
)


def test_a_product_card_with_its_buy_buttons_is_no_text() -> None:
    body = parse_html(page(PRODUCT_CARD + "<p>Too hard? Squat to a chair instead.</p>"), URL).body
    assert "Kettlebell" not in body and "$49.99" not in body and "Amazon" not in body
    assert body.endswith("Too hard? Squat to a chair instead.")
    assert body.count("Most people can make this change") == 4


def test_a_price_named_inside_a_sentence_stays() -> None:
    line = (
        "<li><b>Jaybird Vista 2</b> (<a href='https://shop.example.net/dp/B02'>$117 at "
        "Amazon</a>): these earbuds are nearly indestructible.</li>"
    )
    body = parse_html(page(f"<ul>{line}</ul>"), URL).body
    assert "Jaybird Vista 2 ($117 at Amazon): these earbuds are nearly indestructible." in body


def test_the_date_line_under_a_standfirst_is_no_text() -> None:
    html = page("").replace(
        "<div class='entry-content'>",
        "<div class='entry-content'><div class='intro'>Up to 38 degrees are forecast for the "
        "coming days, and for older people the heat can turn dangerous without their "
        "noticing.</div><div class='flex flex-wrap gap-x-8'><span>•</span> <time "
        "datetime='2026-07-04T14:32:00+02:00'>04.07.2026, 14.32 Uhr</time> <span>•</span> aus "
        "<a href='/heft/3'>Lupe Gesund 3/2026</a></div>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("Up to 38 degrees are forecast")
    assert "14.32 Uhr" not in body and "Lupe Gesund" not in body


def test_a_kicker_inside_the_headline_and_the_sites_name_beside_the_writer() -> None:
    html = page(
        "",
        head="<meta name='author' content='Jana Brückner, DIE LUPE'>"
        "<meta property='og:site_name' content='DIE LUPE'>",
    ).replace(
        "<h1>The post</h1>",
        "<h1><span class='block text-m' data-area='topline'>Gesundheit</span><span "
        "class='sr-only'>: </span><span>Hitzewelle: Sechs Tipps für ältere Menschen</span></h1>",
    )
    article = parse_html(html, URL)
    assert article.title == "Hitzewelle: Sechs Tipps für ältere Menschen"
    assert article.author == "Jana Brückner"


def test_a_track_the_news_promo_and_a_disclaimer_close_a_syndicated_story() -> None:
    closing = (
        "<p><b>Disclaimer:</b> This content including advice provides generic information only. "
        "It is in no way a substitute for a qualified medical opinion.</p>"
        "<p><b>Track Latest News Live on <a href='/'>DVTV.com</a> and get news updates from "
        "<a href='/india'>India</a> and around the <a href='/world'>world</a></b></p>"
        "<p><i>(Except for the headline, this story has not been edited by DVTV staff and is "
        "published from a syndicated feed.)</i></p>"
    )
    body = parse_html(page(closing), URL).body
    assert "Disclaimer" not in body and "Track Latest News" not in body
    assert "syndicated feed" not in body and body.count("Most people can make this change") == 4


def test_a_summary_set_as_an_h2_under_the_headline_is_the_standfirst() -> None:
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><h2 class='sp-descp'>Recovering from dengue can leave you weak for "
        "weeks, and the right foods can help the body rebuild its strength.</h2>"
        "<div class='caption'>Soft foods and fluids support recovery<br>Photo Credit: iStock</div>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("Recovering from dengue can leave you weak for weeks")


def test_an_ad_slots_one_word_label_is_no_text_and_go_deeper_recommends() -> None:
    ad = "<div class='AdSlot_wrapper__nB5tQ'><span aria-hidden='true'>Ad</span><div></div></div>"
    go = (
        "<p><strong>Go deeper:</strong> <a href='/2026/02/27/mmr-booster'>What adults should "
        "know about measles boosters</a></p>"
    )
    article = parse_html(page(ad + PARAGRAPH + go), URL)
    assert "Ad" not in article.body.split("\n\n")
    assert "Go deeper" not in article.body
    assert [(link.title, link.url) for link in article.recommendations] == [
        (
            "What adults should know about measles boosters",
            "https://example.com/2026/02/27/mmr-booster",
        )
    ]


def test_a_bar_set_between_crumbs_as_an_item_is_no_step() -> None:
    trail = (
        '<nav aria-label="breadcrumb"><ul><li><a href="/">Home</a></li><li>|</li><li><a '
        "href='/health'>Health</a></li><li>|</li><li><span>The post</span></li></ul></nav>"
    )
    html = page("", before=trail)
    assert parse_html(html, URL).breadcrumbs == ("Home", "Health")


def test_a_video_cards_duration_in_its_image_link_does_not_title_it() -> None:
    card = (
        "<div class='card'><a href='/v/31765302'><img src='v.jpg' alt=''><span>01:26</span></a>"
        "<a href='/v/31765302'><h2>七步洗手法，你真的做对了吗</h2></a></div>"
    )
    html = page("", after=f"<div class='related'><h3>相关推荐</h3>{card}</div>")
    assert [link.title for link in parse_html(html, URL).recommendations] == [
        "七步洗手法，你真的做对了吗"
    ]


def test_a_spanish_papers_footer_tags_pledge_and_writers_box_are_no_text() -> None:
    after_text = (
        "<div class='a_ft'><p>Archivado En</p><ul><li><a href='/noticias/gripe/' rel='tag'>"
        "Gripe</a></li><li><a href='/noticias/vacunacion/' rel='tag'>Vacunación</a></li></ul>"
        "</div><div class='a_tp'><p>Se adhiere a los criterios de <a href='https://trust.example/'>"
        "The Trust Project</a></p></div><div class='a_af'><p>Sobre la firma</p><p>Periodista "
        "especializada en salud y envejecimiento desde 2019, antes escribió sobre sanidad.</p>"
        "</div>"
    )
    body = parse_html(page(after_text), URL).body
    assert "Archivado" not in body and "Trust Project" not in body
    assert "Sobre la firma" not in body and "Periodista" not in body
    assert body.count("Most people can make this change") == 4


def test_an_about_the_author_label_line_takes_the_bio_under_it() -> None:
    bio = (
        "<p>About the Author:</p><p>Juliette Carreiro is a content creator with over five years "
        "of experience in health writing and digital strategy.</p>"
    )
    body = parse_html(page(bio), URL).body
    assert "About the Author" not in body and "Juliette" not in body


def test_a_papers_keywords_line_is_no_text() -> None:
    keywords = "<p>Keywords: shift work, nurses, sleep hygiene, randomized controlled trial</p>"
    body = parse_html(page(keywords), URL).body
    assert "Keywords" not in body and body.count("Most people can make this change") == 4


def test_mas_informacion_heads_related_stories_and_others_also_viewed_recommends() -> None:
    box = (
        "<div class='a_r'><p class='a_r_t'>Más información</p><article><h2><a href='/salud/"
        "vacuna-gripe-mayores.html'>La vacuna de la gripe para mayores de 65</a></h2></article>"
        "<article><h2><a href='/salud/gripe-covid-vrs.html'>Gripe, covid o VRS: cómo "
        "distinguirlos</a></h2></article></div>"
    )
    assert rec_urls(page(box)) == [
        "https://example.com/salud/vacuna-gripe-mayores.html",
        "https://example.com/salud/gripe-covid-vrs.html",
    ]
    rail = (
        "<aside><h2>Others also viewed</h2><ul><li><a href='/pulse/shift-work-disorder'>Shift "
        "Work Disorder: Signs Your Body Clock Needs Help</a></li><li><a href='/pulse/"
        "burnout-systems'>Burnout Is a Systems Problem</a></li></ul></aside>"
    )
    assert rec_urls(page("", after=rail)) == [
        "https://example.com/pulse/shift-work-disorder",
        "https://example.com/pulse/burnout-systems",
    ]


def test_a_bold_lead_after_its_marker_titles_the_tip_and_a_bold_word_in_a_heading_does_not() -> (
    None
):
    items = "".join(
        f"<p>{n}、<b>{lead}</b>，{rest}</p>"
        for n, lead, rest in [
            (1, "醒了别急着下床", "先在被窝里躺三五分钟，再慢慢坐起来。"),
            (2, "出门晚一点", "等太阳出来、气温回升后再去锻炼。"),
            (3, "睡前用热水泡泡脚", "水温40度左右就行，泡15到20分钟。"),
        ]
    )
    tips = parse_html(page(items), URL).tips
    assert [tip.title for tip in tips] == ["醒了别急着下床", "出门晚一点", "睡前用热水泡泡脚"]
    headings = (
        "<h2>1. Drone Photography</h2><p>Drones take pictures from above the scene, and the "
        "prices keep falling every year.</p><h2>2. <strong>360</strong>° Photography</h2>"
        "<p>Photographs stitched together show the whole place around the camera.</p>"
    )
    tips = parse_html(page(headings), URL).tips
    assert [tip.title for tip in tips] == ["Drone Photography", "360° Photography"]


def test_a_video_players_length_alone_is_no_text() -> None:
    player = "<div class='video'><span>2:41</span><p>Duration 2:41</p></div>"
    body = parse_html(page(player + PARAGRAPH), URL).body
    assert "2:41" not in body and body.count("Most people can make this change") == 5


def test_a_dek_heading_over_a_key_points_box_stays() -> None:
    html = page("").replace(
        "<h1>The post</h1><div class='entry-content'>",
        "<h1>The post</h1><h2 class='standfirst-x'>Five tools from cognitive therapy for the "
        "thoughts that get loud when the lights go out.</h2><div class='entry-content'>"
        "<h2>Key points</h2><ul><li>Rumination often peaks at bedtime, when the day's "
        "distractions fall away.</li><li>A short worry window earlier in the evening gives "
        "the thoughts a place to go.</li></ul>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("Five tools from cognitive therapy for the thoughts")
    assert "Key points" in body


def test_a_css_modules_screen_reader_label_and_a_loading_line_are_no_text() -> None:
    embed = (
        "<div class='EmbedTwitter_root__kY5sL'><span class='VisuallyHidden_root__Qm4Xf'>Twitter "
        "content</span><p class='EmbedTwitter_loading__Rz7bW'><strong>Loading...</strong></p>"
        "</div>"
    )
    body = parse_html(page(embed + PARAGRAPH), URL).body
    assert "Twitter content" not in body and "Loading" not in body
    assert body.count("Most people can make this change") == 5


def test_a_cms_embed_code_left_as_text_is_no_text() -> None:
    embed = "<div class='embed'>[Gambas:Video 20detik]</div><p>[convertkit form=1630175]</p>"
    body = parse_html(page(embed + PARAGRAPH), URL).body
    assert "[" not in body and body.count("Most people can make this change") == 5
    kept = "<p>[Section I : The Fundamentals]</p>"  # a bracketed heading of the text's own
    assert "[Section I : The Fundamentals]" in parse_html(page(kept + PARAGRAPH), URL).body


def test_a_tag_to_the_sites_clock_takes_json_lds_offset_for_the_same_time() -> None:
    head = (
        "<meta name='publishdate' content='2026/03/04 10:15:00'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"datePublished": "2026-03-04T10:15:00+07:00"}</script>'
    )
    assert parse_html(page("", head=head), URL).published == "2026-03-04T10:15:00+07:00"


def test_a_blog_named_in_og_site_name_is_no_headline() -> None:
    head = (
        "<meta property='og:site_name' content='다올 블로그 | 하루하루 건강한 우리집'>"
        "<meta property='og:title' content='겨울철 건조한 피부 관리법 5가지'>"
    )
    html = (
        page("", head=head)
        .replace(
            "<title>The post - Site</title>",
            "<title>겨울철 건조한 피부 관리법 5가지 : 다올 블로그</title>",
        )
        .replace(
            "<h1>The post</h1>",
            "<div class='blog_head'><h1 class='blog_title'><a href='/haru'>"
            "하루하루 건강한 우리집</a></h1></div><div class='se-documentTitle'>"
            "<span>건강정보</span><div class='se-title-text'>"
            "<p>겨울철 건조한 피부 관리법 5가지</p></div><span>건강한하루맘</span> "
            "<span>2026. 1. 12. "
            "21:40</span></div>",
        )
    )
    assert parse_html(html, URL).title == "겨울철 건조한 피부 관리법 5가지"


def test_a_feed_of_newest_posts_listing_this_one_recommends_nothing() -> None:
    gallery = (
        "<section><h2>More posts</h2><a href='/2026/05/13/the-post/'>The post</a>"
        "<a href='/2026/05/01/older/'>An older post</a><a href='/2026/04/20/oldest/'>The "
        "oldest post</a></section>"
    )
    url = "https://example.com/2026/05/13/the-post/"
    assert parse_html(page("", after=gallery), url).recommendations == ()


def test_a_pages_icon_and_bars_in_a_trail_are_no_steps() -> None:
    trail = (
        '<nav aria-label="breadcrumb"><a href="/">Home</a> <span>▸</span> <a href="/blog">Blog'
        "</a> <span>▸</span> <span>🏃</span> <span>The post</span></nav>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("Home", "Blog")


def test_a_science_news_storys_back_matter_and_full_story_label_are_no_text() -> None:
    back = (
        "<h3>Story Source:</h3><p>Materials provided by <a href='/u'>Brookmere University</a>. "
        "Note: Content may be edited for style and length.</p><h3>Journal Reference:</h3><ol>"
        "<li>L. Okonkwo, D. Ferrante. Day-to-day variability in wake time and mood. J Adolesc "
        "Sleep, 2026; 14 (2): 101 DOI: <a href='https://doi.org/10.5555/x'>10.5555/x</a></li>"
        "</ol><h3>Cite This Page:</h3><p>Brookmere University. Waking up at the same time. "
        "4 March 2026.</p>"
    )
    article = parse_html(page("<p>FULL STORY</p>" + PARAGRAPH + back), URL)
    assert "FULL STORY" not in article.body and "Story Source" not in article.body
    assert "Journal Reference" not in article.body and "Cite This Page" not in article.body
    assert article.body.count("Most people can make this change") == 5
    assert article.tips == ()


def test_an_update_time_labelled_in_japanese_is_not_the_published_one() -> None:
    dates = (
        "<p>更新日：<time datetime='2026-03-04T15:20:00+09:00'>2026年3月4日</time></p>"
        "<p>公開日：<time datetime='2025-11-10T10:00:00+09:00'>2025年11月10日</time></p>"
    )
    html = page("").replace("<h1>The post</h1>", "<h1>The post</h1>" + dates)
    assert parse_html(html, URL).published == "2025-11-10T10:00:00+09:00"


def test_a_press_releases_own_date_comes_before_the_papers_highwire_date() -> None:
    head = (
        "<meta name='citation_publication_date' content='2026/03/03'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"datePublished": "2026-03-04T11:00:00-05:00"}</script>'
    )
    assert parse_html(page("", head=head), URL).published == "2026-03-04T11:00:00-05:00"


def test_a_stamp_line_with_a_month_in_portuguese_is_no_text() -> None:
    html = page("").replace(
        "<div class='entry-content'>",
        "<div class='entry-content'><p><b>A dor de garganta costuma melhorar em poucos dias com "
        "cuidados simples em casa, como gargarejos e bastante líquido.</b></p>"
        "<p class='x'>Atualizado em março de 2026</p>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("A dor de garganta costuma melhorar")
    assert "Atualizado" not in body and body.count("Most people can make this change") == 4


def test_footnotes_closing_the_story_are_no_text() -> None:
    notes = (
        "<hr><p>[1] The count includes children exempt from any one required vaccine, even if "
        "they have received the others.</p><p>[2] State officials say the rate may be an "
        "undercount in some rural counties.</p>"
    )
    body = parse_html(page(notes), URL).body
    assert "[1]" not in body and "[2]" not in body
    assert body.count("Most people can make this change") == 4


def test_a_bibliography_folded_behind_a_button_is_no_text_nor_tips() -> None:
    tips = "".join(
        f"<li><b>{lead}</b>: {rest};</li>"
        for lead, rest in [
            ("Chá de gengibre", "o gengibre tem ação anti-inflamatória"),
            ("Gargarejo com água morna e sal", "o sal ajuda a diminuir o inchaço"),
        ]
    )
    refs = (
        "<section class='bibliography'><button type='button' aria-expanded='false'>Bibliografia"
        "</button><ol><li>BRASIL. Ministério da Saúde. Faringite e amigdalite. Brasília, 2023.</li>"
        "<li>SOCIEDADE BRASILEIRA DE PEDIATRIA. Faringoamigdalites agudas. 2022.</li></ol>"
        "</section>"
    )
    article = parse_html(page(f"<ol>{tips}</ol>{refs}"), URL)
    assert "BRASIL" not in article.body
    assert [tip.title for tip in article.tips] == [
        "Chá de gengibre",
        "Gargarejo com água morna e sal",
    ]


def test_a_reviewer_linked_as_the_author_is_no_author_in_portuguese() -> None:
    line = (
        "<p class='article__reviewer'>Revisão clínica: <a href='/equipe/helena/' "
        "rel='author'>Dra. Helena Duarte</a>, Médica de família</p>"
    )
    html = page("").replace("<h1>The post</h1>", "<h1>The post</h1>" + line)
    assert parse_html(html, URL).author is None


def test_a_next_link_with_its_label_for_screen_readers_after_the_title() -> None:
    nav = (
        "<nav class='post-navigation'><a href='/older/' rel='prev'><span class='label'>Previous"
        "</span><span>Fluoride Varnish for Kids</span></a><a href='/newer/' rel='next'><span>"
        "When Do Kids Lose Their Baby Teeth?</span><span class='elementor-screen-only'>Next"
        "</span></a></nav>"
    )
    article = parse_html(page("", after=nav), URL)
    assert article.next is not None and article.next.title == "When Do Kids Lose Their Baby Teeth?"
    assert article.prev is not None and article.prev.title == "Fluoride Varnish for Kids"


def test_mais_sobre_este_assunto_heads_related_links() -> None:
    block = (
        "<p><b>Mais sobre este assunto:</b></p><ul><li><a href='/amigdalite/'>Amigdalite: "
        "sintomas, causas e tratamento</a></li><li><a href='/faringite/'>Faringite: o que é e "
        "tratamento</a></li></ul>"
    )
    assert rec_urls(page("", after=block)) == [
        "https://example.com/amigdalite/",
        "https://example.com/faringite/",
    ]


def test_a_portals_navpath_trail_and_a_numeric_author_tag() -> None:
    trail = (
        "<div class='clearfix path_top' id='rwb_navpath'><a href='/'>人民健康网</a>&gt;&gt;"
        "<a href='/GB/health/'>健康资讯</a></div>"
    )
    html = page("", head="<meta name='author' content='100827'>", before=trail).replace(
        "<h1>The post</h1>", "<h1>The post</h1><p class='author'>本报记者　陈晓雯</p>"
    )
    article = parse_html(html, URL)
    assert article.breadcrumbs == ("人民健康网", "健康资讯")
    assert article.author == "陈晓雯"


def test_the_sites_name_after_a_bare_hyphen_in_the_title_is_no_author() -> None:
    html = (
        page("", head="<meta name='author' content='澄岭新闻网'>")
        .replace("<title>The post - Site</title>", "<title>The post-本地新闻-澄岭新闻网</title>")
        .replace(
            "<h1>The post</h1>",
            "<h1>The post</h1><p class='info'>来源：县融媒体中心　作者：王丽娟</p>",
        )
    )
    assert parse_html(html, URL).author == "王丽娟"


def test_a_sidebar_h3_naming_the_section_is_no_headline() -> None:
    html = (
        "<html><head><title>关于做好春季学期学校传染病防控工作的通知_通知公告_岑阳市教育局</title>"
        "</head><body><div class='mainbox'><div class='bt'>关于做好春季学期学校传染病防控工作的通知"
        f"</div><div class='content'>{PARAGRAPH * 4}</div></div><div class='side'><h3>通知公告"
        "</h3><ul><li><a href='/a/1.html'>关于寒假安全工作的通知</a></li></ul></div>"
        "</body></html>"
    )
    assert parse_html(html, URL).title == "关于做好春季学期学校传染病防控工作的通知"


def test_a_forum_posts_bracketed_type_tag_is_no_part_of_its_title() -> None:
    html = (
        page("")
        .replace(
            "<title>The post - Site</title>",
            "<title>[原创]老妈冬天摔了一跤之后，我才知道老人防跌倒有这么多讲究_养生保健_社区</title>",
        )
        .replace(
            "<h1>The post</h1>",
            "<h1 class='atl-title'><span class='atl-tag'>[原创]</span><span class='s_title'>"
            "老妈冬天摔了一跤之后，我才知道老人防跌倒有这么多讲究</span></h1>",
        )
    )
    title = parse_html(html, URL).title
    assert title == "老妈冬天摔了一跤之后，我才知道老人防跌倒有这么多讲究"


def test_a_label_ending_in_a_colon_inside_the_headline_is_no_part_of_it() -> None:
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1 class='headline'><strong>Blog:</strong> Ten Ways to Sleep Better on Night Shifts</h1>",
    )
    assert parse_html(html, URL).title == "Ten Ways to Sleep Better on Night Shifts"


def test_the_permalink_glyph_after_a_headline_is_no_part_of_it() -> None:
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>Logging basics<a class='headerlink' href='#logging-basics' "
        "title='Link to this heading'>¶</a></h1>",
    )
    assert parse_html(html, URL).title == "Logging basics"


def test_a_headline_whose_characters_were_lost_to_question_marks_reads_as_title_does() -> None:
    html = (
        page("")
        .replace(
            "<title>The post - Site</title>",
            "<title>What Are The Basics Of Meal Prep: Beginner&#x27;s Guide</title>",
        )
        .replace("<h1>The post</h1>", "<h1>What Are The Basics Of Meal Prep? Beginner? Guide</h1>")
    )
    assert parse_html(html, URL).title == "What Are The Basics Of Meal Prep: Beginner's Guide"


def test_a_question_mark_the_title_also_prints_is_kept() -> None:
    html = (
        page("")
        .replace("<title>The post - Site</title>", "<title>Is Coffee Bad? What Studies Say</title>")
        .replace("<h1>The post</h1>", "<h1>Is Coffee Bad? What the Studies Say</h1>")
    )
    assert parse_html(html, URL).title == "Is Coffee Bad? What the Studies Say"


def _card(number: int) -> str:
    return (
        f"<article class='article'><div class='content'><div class='categories'>Front Page</div>"
        f"<div class='title'><a href='/front-page/story-{number}/'>Council story number {number} "
        f"draws a crowd</a></div><div class='date'>December 19, 2025</div><div class='body'>THE "
        f"TOWN COUNCIL met on Tuesday for the {number}th time this year to hear residents speak "
        f"about the new bus routes, the library hours and the plans for the old mill by the "
        f"river, which have...</div></div></article>"
    )


ENROLMENT = "".join(
    f"<p>{sentence} The institute said classes begin in January and places are limited.</p>"
    for sentence in (
        "THE LANGUAGE INSTITUTE has opened enrolment for its evening Spanish courses.",
        "Enrolment runs until the sixth of January, and classes meet twice a week.",
        "Students of every level are welcome, from beginners to those preparing exams.",
        "Forms are available online and at the institute's front desk in town.",
        "The courses are free for residents, who need only bring proof of address.",
        "A placement test on the first evening puts each student in the right group.",
        "Teachers come from the institute and from the town's two secondary schools.",
        "Those who finish both terms receive a certificate signed by the institute.",
    )
)


def test_cut_off_card_summaries_beside_a_short_story_are_not_its_text() -> None:
    html = (
        "<html><head><title>Enrolment now open - Town Paper</title></head><body>"
        "<div class='content container'><div class='central-column'>"
        "<section class='widget widget_posts_slot'><article class='article Single-Post'>"
        f"<h1>Enrolment now open</h1><div class='body content-single-wrap'>{ENROLMENT}</div>"
        "</article></section><section class='widget widget_posts_slot'>"
        f"{''.join(_card(number) for number in range(1, 7))}</section></div></div>"
        "</body></html>"
    )
    record = parse_html(html, URL)
    assert record.kind == "article"
    assert record.body.startswith("THE LANGUAGE INSTITUTE has opened")
    assert record.body.endswith("places are limited.")
    assert "which have..." not in record.body


def test_a_page_of_cut_off_card_summaries_under_a_short_intro_is_still_a_listing() -> None:
    html = (
        "<html><head><title>Front Page - Town Paper</title></head><body>"
        "<div class='content container'><h1>Council</h1><p>The town council meets every second "
        "Tuesday in the old library. These pages follow its work through the year: the budget, "
        "the bus routes, the schools and the long argument about the old mill by the river, "
        "which the council has promised to settle before the summer. Residents may speak at "
        "every meeting for up to three minutes each.</p>"
        f"{''.join(_card(number) for number in range(1, 7))}</div></body></html>"
    )
    assert parse_html(html, URL).kind == "listing"


def test_a_paragraph_trailing_off_in_an_ellipsis_is_still_text() -> None:
    trailing = (
        "<p>But here I am, twenty years later, still out there every morning with a bucket, "
        "and the beetles eating my potatoes this year have made me want to say bad words…</p>"
        "<p><a href='/shop/neem-oil-spray-for-gardens/'>Neem oil spray for gardens</a></p>"
    )
    record = parse_html(page(trailing), URL)
    assert "made me want to say bad words…" in record.body


def test_a_newsrooms_production_note_and_call_for_sources_close_no_text() -> None:
    notes = (
        "<p><em>This article was produced by Harbor Health News with support from the Lindqvist "
        "Foundation. Harbor Health News is a national newsroom that produces in-depth journalism "
        "about health issues.</em></p><p><em>We’d like to speak with nurses and patients who have "
        "waited in an ER hallway for a bed. Click here to contact our newsroom.</em></p>"
    )
    body = parse_html(page(notes), URL).body
    assert body.endswith("what helps.")
    assert "produced by" not in body and "speak with" not in body


def test_the_notice_in_an_ad_box_between_paragraphs_is_no_text() -> None:
    ad = (
        "<div class='InlineAd_root__Rm9vQ'><div class='InlineAd_label__e7WpD'>Advertisement</div>"
        "<div id='div-gpt-ad-1' class='AdSlot_slot__F4cVx'></div><p class='InlineAd_notice__b3JkT'>"
        "Our clinic is a non-profit academic medical center. Advertising on our site helps "
        "support our mission. We do not endorse non-clinic products or services. "
        "<a href='/policy'>Policy</a></p></div>"
    )
    html = page("").replace(PARAGRAPH * 4, PARAGRAPH * 2 + ad + PARAGRAPH * 2)
    body = parse_html(html, URL).body
    assert body.count("what helps.") == 4
    assert "non-profit" not in body


def test_a_line_under_an_advertisement_label_in_the_texts_own_box_is_text() -> None:
    html = page("<p>Advertisement</p><p>The last step is the easiest: rest.</p>")
    assert parse_html(html, URL).body.endswith("The last step is the easiest: rest.")


def test_author_cards_named_in_run_together_class_words_are_no_text() -> None:
    cards = (
        "<div class='Page-authorInfo'><div class='AuthorPromo'><div class='AuthorPromo-name'>"
        "<a href='/author/lena-vik'>Lena Vik</a></div><div class='AuthorPromo-description'><p>"
        "Lena Vik covers health and medicine, with a focus on vaccines and the CDC.</p></div>"
        "</div></div>"
    )
    body = parse_html(page(cards), URL).body
    assert body.endswith("what helps.")


def test_the_button_beside_a_related_blocks_heading_is_no_entry() -> None:
    block = (
        "<div class='art_ask'><div class='mod_tit'><h3>相关问答</h3><a class='btn_ask' "
        "href='https://ask.example.com/ask.html'>我要提问</a></div><ul class='ask_list'>"
        "<li><p class='q'><a href='https://ask.example.com/question/1.html'>痛风病人能吃鸡蛋吗？</a>"
        "</p></li><li><p class='q'><a href='https://ask.example.com/question/2.html'>"
        "尿酸高平时要注意什么？</a></p></li></ul></div>"
    )
    links = parse_html(page("", after=block), URL).recommendations
    assert [link.title for link in links] == ["痛风病人能吃鸡蛋吗？", "尿酸高平时要注意什么？"]


def test_the_writers_note_that_this_is_personal_experience_closes_no_text() -> None:
    paragraph = (
        "<p>术后第六个月，我已经可以慢跑二十分钟，上下楼梯也不再疼了，复查时医生说恢复得不错。</p>"
    )
    html = (
        "<html><head><title>膝盖手术后的六个月</title></head><body><div class='note'>"
        "<h1>膝盖手术后的六个月</h1><div class='rich-content'>"
        f"{paragraph * 4}<p>以上只是个人经验，具体请遵医嘱。</p></div></div></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.endswith("恢复得不错。")


def test_a_sections_end_is_the_end_of_the_card_its_chrome_heading_opens() -> None:
    card = (
        "<div class='product-card'><p><em>We include products we think are useful for our "
        "readers. If you buy through links on this page, we may earn a small commission.</em></p>"
        "<h3>Shop for magnesium supplements</h3><div><p>Best for sleep</p><p>Northfield Labs "
        "Magnesium Glycinate</p><a href='https://shop.example.com/p/1'>Shop now</a></div></div>"
        "<p>Many people take magnesium about an hour before bed, and give it a few weeks.</p>"
    )
    body = parse_html(page(card), URL).body
    assert body.endswith("give it a few weeks.")
    assert "commission" not in body and "Northfield" not in body


def test_ad_slot_lines_and_closing_calls_are_no_text() -> None:
    lines = (
        "<p>Story continues below advertisement</p>"
        f"{PARAGRAPH}<p>ADVERTISEMENT - CONTINUE READING BELOW</p>{PARAGRAPH}"
        "<p><em>Do you have a question about healthy living? Email us and we may answer your "
        "question in a future column.</em></p>"
        "<p>If you found this useful, drop a ❤️ and follow me for part 3!</p>"
    )
    body = parse_html(page(lines), URL).body
    assert body.count("what helps.") == 6
    assert body.endswith("what helps.")
    assert "continue" not in body.lower()


def test_kramdowns_footnotes_closing_a_post_are_no_text_and_no_tips() -> None:
    notes = (
        "<div class='footnotes' role='doc-endnotes'><ol><li id='fn:1'><p>The scale reads about "
        "0.4 kg heavier than the one at my surgery. <a href='#fnref:1' class='reversefootnote'>"
        "&#8617;</a></p></li><li id='fn:2'><p>The two never differed by more than two beats a "
        "minute. <a href='#fnref:2' class='reversefootnote'>&#8617;</a></p></li></ol></div>"
    )
    record = parse_html(page(notes), URL)
    assert record.body.endswith("what helps.")
    assert record.tips == ()


def test_a_print_only_line_is_no_text() -> None:
    line = "<div class='page-url print-only'>URL of this page: https://example.com/blog/the-post/</div>"
    body = parse_html(page("").replace(PARAGRAPH, PARAGRAPH + line, 1), URL).body
    assert body.count("what helps.") == 4
    assert "URL of this page" not in body


def test_a_question_list_headed_you_may_also_want_to_ask_is_related() -> None:
    block = (
        "<section><h3>你可能还想问</h3><ul><li><a href='/question/1'><span>问</span>"
        "孩子发烧38.5℃，一定要吃退烧药吗？</a></li><li><a href='/question/2'><span>问</span>"
        "发烧时手脚冰凉，需要给孩子多盖被子吗？</a></li></ul></section>"
    )
    links = parse_html(page("", after=block), URL).recommendations
    assert [link.url for link in links] == [
        "https://example.com/question/1",
        "https://example.com/question/2",
    ]


def test_a_department_signing_a_hospitals_page_is_no_author() -> None:
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><p class='info'>发布者：神经内科　发布时间：2026-01-08</p>",
    )
    assert parse_html(html, URL).author is None


def test_baidus_cambrian_pub_date_is_the_published_time() -> None:
    cambrian = (
        '<script type=\'application/ld+json\'>{"@context": "https://ziyuan.baidu.com/contexts/'
        'cambrian.jsonld", "@id": "https://example.com/blog/the-post/", "title": "The post",'
        ' "pubDate": "2026-01-08T09:41:27"}</script>'
    )
    assert parse_html(page("", head=cambrian), URL).published == "2026-01-08T09:41:27"


def test_an_aggregators_pointer_to_the_original_closes_no_text() -> None:
    line = "<p><em>Read the original article on <a href='https://mag.example.com/'>Keepwell</a>."
    body = parse_html(page(line + "</em></p>"), URL).body
    assert body.endswith("what helps.")


def _related_line_then(heading: str, cards: str) -> str:
    line = (
        "<p><strong>Related:</strong> <a href='/lunch-ideas/'>25 Easy Toddler Lunch Ideas</a></p>"
    )
    return page(
        line + PARAGRAPH * 6, after=f"<div class='related'><h2>{heading}</h2><ul>{cards}</ul></div>"
    )


_ARTICLE_CARDS = "".join(
    f"<li><a href='/post-{n}/'>Toddler feeding question number {n} answered</a></li>"
    for n in (1, 2, 3)
)


def test_the_block_under_the_text_is_read_after_a_related_line_between_paragraphs() -> None:
    links = parse_html(_related_line_then("You may also like", _ARTICLE_CARDS), URL)
    assert [link.url for link in links.recommendations] == [
        "https://example.com/lunch-ideas/",
        "https://example.com/post-1/",
        "https://example.com/post-2/",
        "https://example.com/post-3/",
    ]


def test_the_sites_river_and_a_shops_products_after_a_related_line_are_not_related() -> None:
    river = parse_html(_related_line_then("More stories", _ARTICLE_CARDS), URL)
    assert [link.url for link in river.recommendations] == ["https://example.com/lunch-ideas/"]
    products = "".join(
        f"<li class='grid__item'><div class='card'><h3><a href='/products/gummies-{n}'>Deep Rest "
        f"Sleep Gummies {n}</a></h3><div class='price'>Regular price $2{n}.00</div></div></li>"
        for n in (1, 2, 3, 4)
    )
    shop = parse_html(_related_line_then("You may also like", products), URL)
    assert [link.url for link in shop.recommendations] == ["https://example.com/lunch-ideas/"]


def test_a_key_facts_list_under_a_layout_classed_sidebar_is_the_texts_lead_whole() -> None:
    facts = "".join(
        f"<li>{fact} is one of the facts this page explains in its own section below.</li>"
        for fact in ("Gastro", "Dehydration", "Handwashing", "Rest", "Fluids")
    )
    html = (
        "<html><head><title>Gastro - Health</title></head><body>"
        "<div class='layout layout--sidebar-right'><h1>Gastro</h1><div class='key-facts'>"
        f"<h2>Key facts</h2><ul>{facts}</ul></div><div class='article-content'>"
        f"<h2>What is gastro?</h2>{PARAGRAPH * 4}</div></div></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Key facts\n\nGastro is one of the facts")
    assert body.count("is one of the facts") == 5


def test_a_leaflets_file_link_and_its_offer_of_other_formats_are_no_text() -> None:
    tail = (
        "<h2>Other formats</h2><p>If you need this information in another language or format, "
        "such as large print, please contact the Patient Advice service.</p>"
        "<dl><dt>Reference number:</dt><dd>ORTH-043</dd><dt>Version:</dt><dd>3</dd></dl>"
    )
    html = page(tail).replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><p><a href='/files/leaflet.pdf'>Download a printable version "
        "(PDF, 312KB)</a></p>",
    )
    body = parse_html(html, URL).body
    assert body.startswith("Most people")
    assert body.endswith("what helps.")


def test_related_leaflets_are_related() -> None:
    links = parse_html(page("", after=related("Related leaflets", "a1", "b2")), URL)
    assert [link.url for link in links.recommendations] == [
        "https://example.com/a1/",
        "https://example.com/b2/",
    ]


def test_a_time_after_its_update_label_in_an_element_of_its_own_is_no_published_date() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "MedicalWebPage", '
        '"datePublished": "2019-05-14T13:27:00.000Z"}</script>'
    )
    byline = (
        "<div class='byline-date'><span>Last Updated: </span>"
        "<time datetime='2026-02-20T15:12:00.000Z'>February 20, 2026</time></div>"
    )
    html = page("", head=head).replace("<h1>The post</h1>", f"<h1>The post</h1>{byline}")
    assert parse_html(html, URL).published == "2019-05-14T13:27:00.000Z"


def test_a_blog_platforms_responsive_ad_label_and_a_marked_contents_label_are_no_text() -> None:
    extras = (
        "<div class='box-toc'><p>📌 목차</p><ol><li><a href='#a'>습도</a></li>"
        "<li><a href='#b'>환기</a></li></ol></div>"
        f"{PARAGRAPH}<div class='revenue_unit_wrap'><div class='revenue_unit_item adsense'>"
        "<p>반응형</p><ins class='adsbygoogle'></ins></div></div>"
    )
    body = parse_html(page(extras), URL).body
    assert "목차" not in body and "반응형" not in body
    assert body.count("what helps.") == 5


def test_a_hidden_empty_anchor_after_the_headline_leaves_it_whole() -> None:
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>Logging basics<a hidden class='anchor' href='#logging-basics'></a></h1>",
    )
    assert parse_html(html, URL).title == "Logging basics"


def test_a_german_update_stamp_and_closing_notice_are_read_as_such() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "Article", '
        '"datePublished": "2019-11-05T09:15:00+01:00"}</script>'
    )
    byline = (
        "<p class='byline'>Von <a href='/autoren/m-lenhardt'>Miriam Lenhardt</a>, aktualisiert am "
        "<time datetime='2026-01-14T10:32:00+01:00'>14.01.2026</time></p>"
    )
    notice = (
        "<aside class='infobox'><p>Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine "
        "Hinweise. Er kann einen Arztbesuch nicht ersetzen.</p></aside>"
    )
    html = page(notice, head=head).replace("<h1>The post</h1>", f"<h1>The post</h1>{byline}")
    record = parse_html(html, URL)
    assert record.published == "2019-11-05T09:15:00+01:00"
    assert record.body.endswith("what helps.")


def test_two_reporters_after_one_label_and_the_quoted_experts_line() -> None:
    paragraph = (
        "<p>节后不少人感到疲劳乏力、注意力不集中，专家建议从作息、饮食和运动三方面慢慢调整。</p>"
    )
    html = (
        "<html><head><title>节后综合征怎么调</title></head><body><div class='article-wrap'>"
        "<h1>节后综合征怎么调</h1><p class='art-info'>2026-02-18 08:00　来源：民康健康客户端　"
        "作者：张晓丽 王宁</p><div class='art-content'>"
        f"{paragraph * 4}<p>本文专家：刘文静，青屿市第一人民医院 主任医师</p>"
        "</div></div></body></html>"
    )
    record = parse_html(html, URL)
    assert record.author == "张晓丽 王宁"
    assert record.body.endswith("慢慢调整。")


@pytest.mark.parametrize(
    "line",
    ["作者：张晓丽 来源：民康健康客户端", "作者：张晓丽 通讯员 王宁", "作者：张晓丽 2026-02-18"],
)
def test_the_words_after_one_reporter_are_no_second_name(line: str) -> None:
    paragraph = (
        "<p>节后不少人感到疲劳乏力、注意力不集中，专家建议从作息、饮食和运动三方面慢慢调整。</p>"
    )
    html = (
        "<html><head><title>节后综合征怎么调</title></head><body><div class='article-wrap'>"
        f"<h1>节后综合征怎么调</h1><p class='art-info'>{line}</p><div class='art-content'>"
        f"{paragraph * 4}</div></div></body></html>"
    )
    assert parse_html(html, URL).author == "张晓丽"


def test_a_platform_accounts_profile_link_under_the_headline_is_the_author() -> None:
    account = (
        "<div class='media-info'><a class='media-info__name' "
        "href='https://news.example.com/omn/author/5170283'>康健时报</a>"
        "<span class='media-info__time'>2024-12-05 08:30</span></div>"
    )
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{account}")
    assert parse_html(html, URL).author == "康健时报"


@pytest.mark.parametrize(
    "credit", ["ClearHealth Editorial Contributors", "Gizmodo Staff", "Our Editors"]
)
def test_a_desks_credit_on_a_profile_link_names_no_one(credit: str) -> None:
    byline = f"<p>By <a href='/authors/desk/'>{credit}</a></p>"
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{byline}")
    assert parse_html(html, URL).author is None


def test_a_topic_guides_next_in_label_over_its_link_is_the_next_article() -> None:
    after = (
        "<div class='next-in'><p class='next-in__label'>Next In Heartburn/GERD</p>"
        "<a href='/guide/heartburn-medications'><img src='/t.jpg' alt=''>"
        "<span>Heartburn Medicines: Antacids and PPIs</span></a></div>"
    )
    record = parse_html(page("", after=after), URL)
    assert record.next is not None
    assert record.next.url == "https://example.com/guide/heartburn-medications"
    assert record.next.title == "Heartburn Medicines: Antacids and PPIs"
    assert "Next In" not in record.body


def test_a_sources_label_and_its_citations_in_one_paragraph_close_the_text() -> None:
    citations = [
        "American College of Gastroenterology: “Acid Reflux.”",
        "National Institute of Diabetes and Digestive and Kidney Diseases: “Acid Reflux (GER & "
        "GERD) in Adults,” “Treatment for GER & GERD.”",
        "American Journal of Gastroenterology: “ACG Clinical Guideline for the Diagnosis and "
        "Management of Gastroesophageal Reflux Disease.”",
        "Journal of Clinical Gastroenterology: “Effect of Sleep Position on Nocturnal Reflux.”",
        "FDA: “Prilosec OTC Drug Facts.”",
        "Cleveland Clinic: “GERD (Chronic Acid Reflux).”",
    ]
    sources = f"<p><strong>SOURCES:</strong><br>{'<br>'.join(citations)}</p>"
    body = parse_html(page(sources), URL).body
    assert "SOURCES" not in body and "FDA" not in body
    assert body.endswith("what helps.")


def test_a_page_break_left_by_an_old_paged_layout_is_no_text() -> None:
    marker = "<div class='cmp-text'><p class='continued'>Continued</p></div>"
    body = parse_html(page(marker + PARAGRAPH), URL).body
    assert "Continued" not in body
    assert body.count("what helps.") == 5


def test_a_video_clip_box_among_the_paragraphs_is_not_the_text() -> None:
    clip = (
        "<div class='media-embed'><figure><div class='player'><img src='/thumb.jpg' alt=''>"
        "<button type='button' aria-label='Play video: Why rural ERs close'></button>"
        "<span class='dur'>2:41</span></div><figcaption><h3>Why rural ERs close</h3>"
        "<p>Doctors say one sick call can shut a department for the night.</p>"
        "</figcaption></figure></div>"
    )
    player = (
        "<div class='video-box'><video preload='none'></video><span>03:42</span>"
        "<p class='video-title'>How to spot low vitamin D</p></div>"
    )
    for box in (clip, player):
        body = parse_html(page(box + PARAGRAPH), URL).body
        assert "rural ERs" not in body and "vitamin D" not in body and "2:41" not in body
        assert body.count("what helps.") == 5


def test_a_page_whose_text_is_the_clips_description_keeps_it() -> None:
    html = (
        "<html><head><title>Clip</title></head><body><h1>Why rural ERs close</h1>"
        "<div class='clip'><video></video><span>2:41</span>"
        "<p>Doctors in three towns explain why one sick call can shut a department for the "
        "night, and what patients should do when the nearest door is closed.</p></div>"
        "</body></html>"
    )
    assert "Doctors in three towns" in parse_html(html, URL).body


def test_polish_editors_picks_boxes_inside_the_text_are_recommendations() -> None:
    box = (
        "<aside class='InlineRecommended'><p>Redakcja poleca:</p><ul>"
        "<li><a href='/a/'><span>Witamina D3 czy D2? Czym się różnią</span></a></li>"
        "<li><a href='/b/'><span>Witamina D z K2. Kiedy warto je łączyć?</span></a></li>"
        "</ul></aside>"
    )
    ad = "<div class='AdSlot'><span class='AdSlot_label'>Reklama</span></div>"
    html = page(box + PARAGRAPH + ad + PARAGRAPH)
    record = parse_html(html, URL)
    assert rec_urls(html) == ["https://example.com/a/", "https://example.com/b/"]
    assert "Reklama" not in record.body and "Witamina" not in record.body


def test_a_chinese_copyright_statement_and_a_personal_experience_note_close_the_text() -> None:
    paragraph = (
        "<p>跑步时膝关节承受的冲击是体重的好几倍，体重越大，膝盖的负担越重，要循序渐进。</p>"
    )
    closing = (
        "<p>（本文为个人跑步经验分享，仅供参考，不能代替医生的诊断和治疗。）</p>"
        "<p>版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接。</p>"
    )
    html = (
        "<html><head><title>跑步膝盖疼怎么办</title></head><body><article><h1>跑步膝盖疼怎么办</h1>"
        f"<div class='entry-content'>{paragraph * 4}{closing}</div></article></body></html>"
    )
    body = parse_html(html, URL).body
    assert "版权声明" not in body and "个人跑步经验" not in body
    assert body.endswith("要循序渐进。")


def test_a_related_block_named_for_its_topic_and_its_title_rows_more_link() -> None:
    block = (
        "<div class='mod'><div class='mod-hd'><h3>相关疾病文章推荐</h3>"
        "<a class='more' href='/jibing/xiguanjieyan/'>更多膝关节骨性关节炎文章 &gt;&gt;</a></div>"
        "<ul><li><a href='/wenzhang/1.html'>膝关节骨关节炎该不该打玻璃酸钠？</a></li>"
        "<li><a href='/wenzhang/2.html'>半月板退变和骨关节炎是什么关系</a></li></ul></div>"
    )
    assert rec_urls(page("", after=block)) == [
        "https://example.com/wenzhang/1.html",
        "https://example.com/wenzhang/2.html",
    ]


def test_a_headline_opening_with_more_is_no_title_rows_button() -> None:
    block = (
        "<div class='block'><div class='row'><h3>Related stories</h3>"
        "<a href='/jev/'>More people can now get the Japanese encephalitis vaccine</a></div>"
        "<ul><li><a href='/repellents/'>Which mosquito repellents actually work?</a></li>"
        "</ul></div>"
    )
    assert rec_urls(page("", after=block))[0] == "https://example.com/jev/"


def test_related_publications_head_a_related_block() -> None:
    assert rec_urls(page("", after=related("Related Publications", "p1", "p2"))) == [
        "https://example.com/p1/",
        "https://example.com/p2/",
    ]


@pytest.mark.parametrize(
    ("label", "value", "month"),
    [("Published", "June 2023", "2023-06"), ("Publication date:", "12/2025", "2025-12")],
)
def test_a_fact_sheets_publication_month_is_its_date(label: str, value: str, month: str) -> None:
    fields = (
        f"<div class='field'><div class='field__label'>{label}</div>"
        f"<div class='field__item'>{value}</div></div>"
    )
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{fields}")
    assert parse_html(html, URL).published == month


def test_writers_roles_between_their_names_are_left_out_of_the_author() -> None:
    head = "<meta name='author' content='Margaret Ellison, Tomás Reyes'>"
    byline = (
        "<p class='authors'>Margaret Ellison, Extension Food Safety Specialist; Tomás Reyes, "
        "County Extension Agent</p>"
    )
    html = page("", head=head).replace("<h1>The post</h1>", f"<h1>The post</h1>{byline}")
    assert parse_html(html, URL).author == "Margaret Ellison, Tomás Reyes"


def test_russian_contents_label_and_the_ad_law_marker_line_are_no_text() -> None:
    contents = (
        "<div class='Toc'><p class='Toc_title'>Оглавление</p><ol>"
        "<li><a href='#a'>Почему зимой мы болеем чаще</a></li>"
        "<li><a href='#b'>Когда обратиться к врачу</a></li></ol></div>"
    )
    ad = (
        "<div class='AdNative'><span class='AdNative_label'>Реклама</span>"
        "<a href='https://ads.example/c?erid=2VtzqwKpV3m' rel='sponsored'>Витамины</a>"
        "<p class='AdNative_erid'>Реклама. ООО «Фарма Плюс», ИНН 7705123456. erid: 2VtzqwKpV3m</p>"
        "</div>"
    )
    body = parse_html(page(contents + PARAGRAPH + ad + PARAGRAPH), URL).body
    assert "Оглавление" not in body and "erid" not in body and "Реклама" not in body
    assert body.count("what helps.") == 6


def test_a_quotes_credit_classed_as_its_author_is_the_quotes_text() -> None:
    quote = (
        "<blockquote class='ExpertQuote_root'><p>Sleep is the one habit no pill replaces.</p>"
        "<cite class='ExpertQuote_author'>— Olga Saveleva, general practitioner</cite>"
        "</blockquote>"
    )
    body = parse_html(page(quote + PARAGRAPH), URL).body
    assert "— Olga Saveleva, general practitioner" in body


def test_a_block_the_reader_may_like_is_read_after_a_repeated_read_also_line() -> None:
    line = "<p><span class='label'>Читайте также:</span> <a href='/{0}/'>Статья {0} о сне</a></p>"
    cards = (
        "<section><h2>Вам может быть интересно</h2><div class='grid'>"
        "<div class='card'><h3><a href='/c/'>Простуда или грипп: как отличить</a></h3>"
        "<p>Терапевт объясняет, по каким признакам можно заподозрить грипп…</p></div></div>"
        "</section>"
    )
    html = page(line.format("a") + PARAGRAPH + line.format("b"), after=cards)
    assert rec_urls(html) == [
        "https://example.com/a/",
        "https://example.com/b/",
        "https://example.com/c/",
    ]


def test_a_platform_feed_the_reader_may_like_after_the_related_block_is_not_read() -> None:
    feed = (
        "<section><h2>Вам может понравиться</h2>"
        "<article><a href='/feed/1/'>Ленивые голубцы в духовке: ужин за 40 минут</a></article>"
        "</section>"
    )
    html = page("", after=related("Похожие статьи", "s1", "s2") + feed)
    assert rec_urls(html) == ["https://example.com/s1/", "https://example.com/s2/"]


@pytest.mark.parametrize(
    ("label", "kind"), [("関連情報", "Japanese"), ("İlgili İçerikler", "Turkish")]
)
def test_related_information_and_related_contents_head_a_related_block(
    label: str, kind: str
) -> None:
    assert rec_urls(page("", after=related(label, "r1", "r2"))) == [
        "https://example.com/r1/",
        "https://example.com/r2/",
    ], kind


def test_a_japanese_offices_closing_boxes_are_no_text() -> None:
    paragraph = (
        "<p>熱中症を防ぐためには、日頃から水分と塩分をこまめに補給し、"
        "暑さを避けることが大切です。</p>"
    )
    closing = (
        "<h2>照会先</h2><p>健康局 健康課</p><p>電話: 03-0500-1111（内線2397）</p>"
        "<p>PDFファイルを見るためには、Adobe Readerが必要です。Adobe Readerは無料で配布されていま"
        "すので、左記のアイコンをクリックしてダウンロードしてください。</p>"
    )
    html = (
        "<html><head><title>熱中症予防のために</title></head><body><div id='contents'>"
        f"<h1>熱中症予防のために</h1><p>ページ内目次</p>{paragraph * 4}{closing}</div>"
        "</body></html>"
    )
    body = parse_html(html, URL).body
    assert "照会先" not in body and "Adobe" not in body and "目次" not in body
    assert body.endswith("大切です。")


def test_full_width_digits_and_a_space_number_a_japanese_offices_sections() -> None:
    section = (
        "<h2>{0}　{1}</h2><p>熱中症を防ぐためには、日頃から水分と塩分をこまめに補給し、"
        "暑さを避けることが大切です。</p>"
    )
    titles = ("熱中症とは", "予防のポイント", "応急処置")
    sections = "".join(section.format(n, t) for n, t in zip("１２３", titles, strict=True))
    html = (
        "<html><head><title>熱中症予防のために</title></head><body><div id='contents'>"
        f"<h1>熱中症予防のために</h1>{sections}</div></body></html>"
    )
    tips = parse_html(html, URL).tips
    assert [(tip.number, tip.title) for tip in tips] == list(zip("123", titles, strict=True))


def test_a_listicle_heading_opening_with_an_ascii_number_and_a_space_is_no_marker() -> None:
    html = page("").replace("<h1>The post</h1>", "<h1>10 Best Habits for Better Sleep</h1>")
    assert parse_html(html, URL).tips == ()


def test_relacionados_alone_heads_a_related_block() -> None:
    assert rec_urls(page("", after=related("Relacionados", "c1", "c2"))) == [
        "https://example.com/c1/",
        "https://example.com/c2/",
    ]


def test_the_headline_before_the_gloss_its_heading_sets_beside_it() -> None:
    head = "<meta property='og:title' content='대상포진'>"
    html = (
        f"<html><head><title>대상포진 | 질환백과 | 건강정보 | 한빛병원</title>{head}</head><body>"
        "<div class='visual'><h2 class='subTitle'>건강정보</h2></div><div class='contBox'>"
        "<h1 class='contTitle'>대상포진 <span class='engName'>Herpes zoster</span></h1>"
        f"<div class='desc'>{PARAGRAPH * 4}</div></div></body></html>"
    )
    assert parse_html(html, URL).title == "대상포진"


def test_og_title_names_the_item_under_a_modules_heading() -> None:
    head = "<meta property='og:title' content='Free Flu Vaccine Clinics Scheduled for October'>"
    html = (
        f"<html><head><title>News Flash • Calder County</title>{head}</head><body>"
        "<h1 class='headline'>News Flash</h1><div class='item'>"
        "<h3 class='title'>Free Flu Vaccine Clinics Scheduled for October</h3>"
        f"{PARAGRAPH * 4}</div></body></html>"
    )
    record = parse_html(html, URL)
    assert record.title == "Free Flu Vaccine Clinics Scheduled for October"
    assert not record.body.startswith("Free Flu")


def test_a_korean_encyclopedias_related_diseases_doctors_poll_and_notice() -> None:
    paragraph = (
        "<p>대상포진은 몸속에 잠복해 있던 수두 바이러스가 다시 활성화되어 생기는 질환입니다.</p>"
    )
    after = (
        "<div class='relDisease'><h4>관련질환</h4><ul>"
        "<li><a href='/disease/31503'>수두</a></li><li><a href='/disease/31521'>단순포진</a></li>"
        "</ul></div><div class='relDoctor'><h4>관련 의료진</h4><ul><li>"
        "<p class='name'><strong>김도현</strong> 교수</p><p class='dept'>감염내과</p>"
        "<p>대상포진, 바이러스 감염 질환, 성인 예방접종</p></li></ul></div>"
        "<p class='question'>이 정보가 도움이 되셨나요?</p>"
        "<p class='copy'>본 콘텐츠의 저작권은 한빛병원에 있으며 무단 전재를 금합니다.</p>"
    )
    html = (
        "<html><head><title>대상포진</title></head><body><div class='contBox'><h1>대상포진</h1>"
        f"<div class='desc'>{paragraph * 4}</div>{after}</div></body></html>"
    )
    record = parse_html(html, URL)
    assert [link.title for link in record.recommendations] == ["수두", "단순포진"]
    assert record.body.endswith("질환입니다.")
    assert "의료진" not in record.body and "도움이" not in record.body


def test_a_desks_credit_after_by_names_no_author() -> None:
    byline = (
        "<p class='credit'>Last Updated March 2024 | This article was created by FamilyCare "
        "editorial staff and reviewed by Dr. Renata Solberg, MD</p>"
    )
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{byline}")
    assert parse_html(html, URL).author is None


def test_a_clip_box_with_a_french_play_button() -> None:
    clip = (
        "<div class='VideoPlayer'><p class='VideoPlayer_title'>Vidéo : Angine ou rhume ?</p>"
        "<div class='frame'><img src='/poster.jpg' alt=''>"
        "<button type='button' aria-label='Lire la vidéo'></button><span>02:47</span></div></div>"
    )
    body = parse_html(page(clip + PARAGRAPH), URL).body
    assert "Vidéo" not in body and body.count("what helps.") == 5


def test_a_drug_leaflets_sections_notice_and_related_drugs() -> None:
    leaflet = (
        "<p><strong>【禁忌】</strong></p><p>1.对本品过敏者禁用。</p><p>2.孕妇禁用。</p>"
        "<p><strong>【注意事项】</strong>1.本品为对症治疗药，用于止痛不得超过5天。<br>"
        "2.整粒吞服。不得打开胶囊服用。</p>"
        "<p><strong>【贮藏】</strong>密封保存。</p>"
    )
    paragraph = "<p>布洛芬缓释胶囊用于缓解轻至中度疼痛，也用于普通感冒或流行性感冒引起的发热。</p>"
    after = (
        "<p class='tips'>温馨提示：请仔细阅读说明书并在医师或药师指导下购买和使用</p>"
        "<div class='box'><h3>相关药品</h3><ul><li><a href='/yaopin/7842.html'>布洛芬片说明书</a>"
        "</li><li><a href='/yaopin/7705.html'>布洛芬混悬液说明书</a></li></ul></div>"
        "<div class='box'><h3>相关文章</h3><dl><dt><a href='/yongyao/8052.html'>布洛芬和对乙酰"
        "氨基酚有什么区别</a></dt><dd>二者的作用机制和适用人群并不完全相同，用错了不仅效果打折扣……"
        "</dd></dl></div>"
    )
    html = (
        "<html><head><title>布洛芬缓释胶囊说明书</title></head><body><h1>布洛芬缓释胶囊说明书</h1>"
        f"<div class='content'>{paragraph * 3}{leaflet}</div>{after}</body></html>"
    )
    record = parse_html(html, URL)
    assert [[tip.text for tip in record.tips[:2]], [tip.number for tip in record.tips]] == [
        ["对本品过敏者禁用。", "孕妇禁用。"],
        ["1", "2", "1", "2"],
    ]
    assert record.tips[3].text == "整粒吞服。不得打开胶囊服用。"
    assert "温馨提示" not in record.body
    assert [link.url for link in record.recommendations] == [
        "https://example.com/yaopin/7842.html",
        "https://example.com/yaopin/7705.html",
        "https://example.com/yongyao/8052.html",
    ]
    assert record.recommendations[2].snippet is not None
    assert record.recommendations[2].snippet.startswith("二者的作用机制")


def test_a_pager_of_arrows_and_labels_names_its_articles_in_tooltips() -> None:
    pager = (
        "<div class='prevNext'><a class='prev' href='/news/2417' title='Back-to-School Clinics "
        "Extended'><span aria-hidden='true'>⇐</span>Previous</a> <a class='next' "
        "href='/news/2431' title='West Nile Virus Detected'>Next<span aria-hidden='true'>⇒"
        "</span></a></div>"
    )
    record = parse_html(page("", after=pager), URL)
    assert record.prev is not None and record.next is not None
    assert (record.prev.title, record.next.title) == (
        "Back-to-School Clinics Extended",
        "West Nile Virus Detected",
    )


@pytest.mark.parametrize(
    "href", ["/ask/pediatrics?from=article", "/tanya-dokter/chat", "/ask-doctor?topic=blood"]
)
def test_a_call_card_to_the_sites_ask_a_doctor_service_is_not_the_text(href: str) -> None:
    card = (
        "<div class='consult-card'><img src='/doctor.png' alt=''><div class='body'>"
        "<p class='title'>Ask a doctor</p><p class='desc'>Worried about a fever? A paediatrician "
        f"answers online within minutes.</p><a class='btn' href='{href}'>Chat now</a></div></div>"
    )
    body = parse_html(page(card + PARAGRAPH), URL).body
    assert "Ask a doctor" not in body and "Worried" not in body
    assert body.count("what helps.") == 5


def test_a_sentence_linking_the_ask_a_doctor_service_stays_text() -> None:
    sentence = (
        "<p>If the fever lasts more than three days, <a href='/ask-doctor'>ask a doctor</a> "
        "online or see your family doctor.</p>"
    )
    assert "ask a doctor online" in parse_html(page(sentence + PARAGRAPH), URL).body


def test_a_reproduction_notice_opening_all_rights_reserved_closes_the_text() -> None:
    notice = (
        "<p><em>All rights reserved. This material, and other digital content on this website, "
        "may not be reproduced, published, broadcast, rewritten or redistributed in whole or in "
        "part without prior express written permission from THE CLARION.</em></p>"
    )
    body = parse_html(page(notice), URL).body
    assert "All rights reserved" not in body and body.endswith("what helps.")


def test_traditional_chinese_references_close_the_text() -> None:
    paragraph = (
        "<p>中醫認為「通則不痛，痛則不通」，經絡氣血順暢，手腳自然溫暖，每天可按壓穴位。</p>"
    )
    sources = (
        "<h3>參考資料</h3><ol><li>衛生福利部國民健康署〈低溫寒流來襲，做好保暖護健康〉</li>"
        "<li>衛生福利部中醫藥司〈冬季養生保健常見問答〉</li></ol>"
    )
    html = (
        "<html><head><title>冬天手腳冰冷怎麼辦</title></head><body><article><h1>冬天手腳冰冷怎麼辦"
        f"</h1><div class='entry-content'>{paragraph * 4}{sources}</div></article></body></html>"
    )
    body = parse_html(html, URL).body
    assert "參考資料" not in body and body.endswith("每天可按壓穴位。")


def test_a_plone_description_under_the_headline_is_the_standfirst() -> None:
    html = (
        "<html><head><title>Ministério alerta para a dengue</title></head><body><article>"
        "<h1 class='documentFirstHeading'>Ministério alerta para a dengue</h1>"
        "<p class='documentDescription'>Com o aumento das chuvas, pasta reforça a eliminação de "
        "criadouros e orienta a população</p><div class='share'><a href='https://x.example/s'>"
        f"Compartilhe</a></div><div id='content-core'>{PARAGRAPH * 4}</div></article>"
        "</body></html>"
    )
    assert parse_html(html, URL).body.startswith("Com o aumento das chuvas")


def test_a_trail_labelled_you_are_here_in_portuguese_keeps_no_label() -> None:
    trail = (
        "<div id='portal-breadcrumbs'><span class='hiddenStructure'>Você está aqui:</span>"
        "<a href='/'>Página Inicial</a> › <a href='/noticias'>Notícias</a></div>"
    )
    html = page("", before=trail)
    assert parse_html(html, URL).breadcrumbs == ("Página Inicial", "Notícias")


def test_saiba_mais_labels_its_links_and_a_category_row_is_no_byline() -> None:
    line = (
        "<p><strong>Saiba mais:</strong> <a href='/dengue'>Dengue: sintomas e prevenção</a> | "
        "<a href='/vacina'>Perguntas sobre a vacina</a></p>"
    )
    category = (
        "<div class='documentByLine'><span>Categoria:</span> <a href='/busca?c=saude'>Saúde e "
        "Vigilância</a></div>"
    )
    html = page(line, after=category)
    record = parse_html(html, URL)
    assert rec_urls(html) == ["https://example.com/dengue", "https://example.com/vacina"]
    assert record.author is None


def test_a_contents_label_with_its_toggle_is_no_text() -> None:
    contents = (
        "<div id='toc_container'><p class='toc_title'>目次 <span class='toc_toggle'>[<a "
        "href='#'>非表示</a>]</span></p><ul><li><a href='#1'>1. いつから飲むか</a></li></ul></div>"
    )
    body = parse_html(page(contents + PARAGRAPH), URL).body
    assert "目次" not in body and body.count("what helps.") == 5


def test_an_answers_edit_stamp_tip_jar_and_closing_note_and_the_anonymous_asker() -> None:
    paragraph = (
        "<p>长期熬夜会打乱生物钟，影响激素分泌，让血压和血糖都更难控制，要尽早调整作息。</p>"
    )
    asker = "<div class='QuestionAuthor'><a href='/people/0'>匿名用户</a></div>"
    after = (
        "<p>（以上内容仅作健康科普，不能替代医生面诊，身体不适请及时就医。）</p>"
        "<div class='ContentItem-time'>编辑于 2024-03-02 21:47</div>"
        "<div class='Reward'><p>真诚赞赏，手留余香</p>"
        "<p>还没有人赞赏，快来当第一个赞赏的人吧！</p></div>"
    )
    html = (
        "<html><head><title>长期熬夜对身体的伤害有多大</title></head><body>"
        f"<h1>长期熬夜对身体的伤害有多大</h1>{asker}<div class='RichContent'>"
        f"{paragraph * 4}{after}</div></body></html>"
    )
    record = parse_html(html, URL)
    assert record.body.endswith("要尽早调整作息。")
    assert record.author is None


def test_a_listing_of_episodes_whose_slugs_hold_numbers_and_its_load_more_link() -> None:
    cards = "".join(
        f"<article class='card'><h2><a href='/episodes/s3e{n}-{slug}'>{title}</a></h2>"
        f"<p>{title} — what the evidence says and what to try tonight.</p></article>"
        for n, slug, title in (
            (12, "restless-legs-at-night", "Restless legs at night and what helps"),
            (11, "surviving-night-shifts", "Surviving night shifts: a nurse's plan"),
            (10, "magnesium-and-sleep-evidence", "Can magnesium help you sleep?"),
            (9, "perimenopause-and-sleep", "Perimenopause and sleep: hot flushes"),
            (8, "teenage-body-clock-biology", "Teenagers aren't lazy: the late body clock"),
            (7, "sleep-apnoea-more-than-snoring", "Sleep apnoea is more than snoring"),
        )
    )
    html = (
        "<html><head><title>All Episodes</title></head><body><h1>All Episodes</h1>"
        f"<div class='list'>{cards}</div><a class='more' href='?page=2'>Load more episodes</a>"
        "</body></html>"
    )
    record = parse_html(html, "https://show.example/episodes")
    assert record.kind == "listing"
    assert len(record.links) == 6
    assert record.next_page == "https://show.example/episodes?page=2"


def test_an_icons_glyph_hidden_from_screen_readers_is_no_text() -> None:
    faq = (
        "<details><summary>Which foods boost immunity?<span class='icon' aria-hidden='true'>+"
        "</span></summary><p>Citrus fruit, yoghurt and pulses all help a little.</p></details>"
    )
    body = parse_html(page(faq), URL).body
    assert "Which foods boost immunity?" in body and "immunity?+" not in body


def test_a_clip_box_whose_play_button_says_so_in_its_text() -> None:
    clip = (
        "<div class='video'><h3 class='video__title'>Bekijk de video: neus spoelen</h3>"
        "<div class='player'><button type='button'><span class='icon' aria-hidden='true'></span>"
        "<span class='visually-hidden'>Video afspelen: </span>Afspelen</button>"
        "<span class='duration'>1:52</span></div></div>"
    )
    body = parse_html(page(clip + PARAGRAPH), URL).body
    assert "Bekijk de video" not in body and body.count("what helps.") == 5


def test_a_dutch_last_changed_time_is_no_published_date() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "MedicalWebPage", '
        '"datePublished": "2019-05-14T13:27:00+02:00"}</script>'
    )
    credit = (
        "<p class='credit'>Gemaakt door huisartsen. Laatst aangepast: "
        "<time datetime='2024-03-12T10:41:07+01:00'>12 maart 2024</time></p>"
    )
    html = page("", head=head, after=credit)
    assert parse_html(html, URL).published == "2019-05-14T13:27:00+02:00"


def test_an_answers_closing_edit_note_is_no_text() -> None:
    note = "<p><em>Edit: thanks for all the upvotes! Please ask a doctor about dosing.</em></p>"
    body = parse_html(page(note), URL).body
    assert "Edit:" not in body and body.endswith("what helps.")


def test_finnish_read_also_lines_and_related_list_and_a_short_linked_title() -> None:
    line = (
        "<p class='read-also'><strong>Lue myös:</strong> <a href='/dlk00481'>Lapsen flunssa</a></p>"
    )
    block = related("Aiheeseen liittyvää", "influenssa", "yska")
    html = page(line + PARAGRAPH, after=block)
    assert rec_urls(html) == [
        "https://example.com/dlk00481",
        "https://example.com/influenssa/",
        "https://example.com/yska/",
    ]


@pytest.mark.parametrize("label", ["Trang sau", "Siguiente »", "Weiter", "Halaman berikutnya"])
def test_a_listings_next_page_labelled_abroad(label: str) -> None:
    cards = "".join(
        f"<li><h3><a href='/suc-khoe/bai-viet-so-{n}-ve-suc-khoe-{n}471234.html'>Bài viết số "
        f"{n} về sức khỏe mùa mưa</a></h3><p>Một câu mô tả ngắn cho bài viết số {n}.</p></li>"
        for n in range(1, 9)
    )
    html = (
        "<html><head><title>Sức khỏe</title></head><body><h1><a href='/suc-khoe'>Sức khỏe</a>"
        f"</h1><ul class='river'>{cards}</ul><div class='pager'><a href='/suc-khoe'>1</a> "
        f"<a href='/suc-khoe-p2'>{label}</a></div></body></html>"
    )
    record = parse_html(html, "https://news.example/suc-khoe")
    assert record.kind == "listing"
    assert record.next_page == "https://news.example/suc-khoe-p2"
    assert len(record.links) == 8  # the heading's link to the page itself is no entry


def test_a_quotes_footer_is_its_credit() -> None:
    quote = (
        "<blockquote class='cita'><p>«La vacuna inyectable no puede causar la enfermedad».</p>"
        "<footer class='cita__autor'>— Dr. Javier Ruiz Soler, especialista en Medicina Interna"
        "</footer></blockquote>"
    )
    body = parse_html(page(quote + PARAGRAPH), URL).body
    assert "— Dr. Javier Ruiz Soler, especialista en Medicina Interna" in body


def test_a_portuguese_last_update_time_is_no_published_date() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "MedicalWebPage", '
        '"datePublished": "2021-11-03T09:00:00Z"}</script>'
    )
    stamp = (
        "<p class='atualizacao'>Última atualização: "
        "<time datetime='2024-01-12T16:20:11Z'>12/01/2024</time></p>"
    )
    html = page("", head=head, after=stamp)
    assert parse_html(html, URL).published == "2021-11-03T09:00:00Z"


def test_a_korean_pagers_next_link() -> None:
    items = "".join(
        f"<li><h4 class='titles'><a href='/news/articleView.html?idxno=3123{n:02d}'>건강 기사 "
        f"제목 {n}번, 겨울철 혈압 관리 요령</a></h4><p class='lead'>기사 요약 {n}…</p></li>"
        for n in range(1, 9)
    )
    html = (
        "<html><head><title>건강 - 한결일보</title></head><body><h3>건강</h3>"
        f"<ul class='list'>{items}</ul><div class='paginate'><a href='javascript:;'>1</a> "
        "<a href='/news/articleList.html?page=2'>2</a> "
        "<a href='/news/articleList.html?page=2'>다음</a></div></body></html>"
    )
    record = parse_html(html, "https://news.example/news/articleList.html")
    assert record.kind == "listing"
    assert record.next_page == "https://news.example/news/articleList.html?page=2"


def test_swahili_read_also_and_a_related_heading_split_by_its_styling() -> None:
    line = (
        "<p><strong>SOMA PIA:</strong> <a href='/afya/chanjo-ya-malaria/'>Chanjo ya malaria</a></p>"
    )
    block = (
        "<div class='jeg_block_heading'><h3 class='jeg_block_title'><span>Habari "
        "<strong>zinazohusiana</strong></span></h3></div><div class='jeg_posts'>"
        "<article><h3><a href='/afya/kisumu-wagonjwa-wa-malaria/'>Kisumu: wagonjwa wa malaria "
        "wajaza wodi za watoto</a></h3></article></div>"
    )
    html = page(line + PARAGRAPH, after=block)
    assert rec_urls(html) == [
        "https://example.com/afya/chanjo-ya-malaria/",
        "https://example.com/afya/kisumu-wagonjwa-wa-malaria/",
    ]


def test_a_drop_cap_inside_the_headline_is_part_of_its_word() -> None:
    """seen on a newsletter's web copy: the headline's capital set apart for its styling."""
    html = (
        "<html><head><title>How to Cut Your Planning Cycle</title></head><body><article>"
        "<h1 class='title'><a href='/post/'>How to Cut Your Planning "
        "<span class='hand hand-C'>C</span>ycle in Half</a></h1>"
        f"{PARAGRAPH * 4}</article></body></html>"
    )
    assert parse_html(html, URL).title == "How to Cut Your Planning Cycle in Half"


def test_a_capitals_word_before_a_small_letter_stays_two_words() -> None:
    """guard: a kicker in capitals beside a name in small letters is two words, not a drop cap."""
    html = page(
        "",
        after="<div class='more'><h3>More stories</h3><a href='/waffles/' rel='next'>"
        "<span>Lavender Waffles</span><span class='cat'>BREAKFAST</span>"
        "<span class='by'>annette thurmon</span></a></div>",
    )
    article = parse_html(html, URL)
    assert article.next is not None and "BREAKFAST annette" in article.next.title


def test_a_sponsors_box_in_the_text_is_not_body() -> None:
    """seen on a newsletter's web copy: the sponsor's box opening the text, its own paragraphs."""
    html = page("").replace(
        "<div class='entry-content'>",
        "<div class='entry-content'><div class='sponsor-box'><p>Sponsored by: <b>Notely</b></p>"
        "<p>Your notes and tasks live in three apps that never talk to each other. Notely pulls "
        "them into one calm view.</p><p>Readers get three months free. <a href='/go'>Claim "
        "it</a></p></div>",
    )
    body = parse_html(html, URL).body
    assert "Notely" not in body and "three apps" not in body
    assert body.startswith("Most people can make this change")


def test_a_clips_thumbnail_made_a_play_button_by_its_role_is_no_text() -> None:
    """seen on a business paper: an inline video card whose thumbnail is a div role=button."""
    clip = (
        "<div class='InlineVideo-container'><div role='button' tabindex='0' "
        "aria-label='Play video'><span>watch now</span></div><div><span>VIDEO"
        "<span>2:41</span></span><span>Why some pharmacies cannot keep the drug in stock</span>"
        "<span>Morning Bell</span></div></div>"
    )
    body = parse_html(page(clip + PARAGRAPH), URL).body
    assert "watch now" not in body and "pharmacies" not in body and "2:41" not in body
    assert body.count("Most people can make this change") == 5


def test_an_audio_players_credit_beside_listen_to_this_article_is_no_text() -> None:
    """seen on a magazine: the narrated version's player and its credit above the text."""
    player = (
        "<div class='ArticleAudio_root'><button type='button' aria-label='Listen to this "
        "article'></button><span>Listen to this article</span><span>00:00</span>"
        "<span>13:52</span><p>Produced by a narration studio using AI narration. Listen to "
        "more stories on the app.</p></div>"
    )
    body = parse_html(page(player + PARAGRAPH), URL).body
    assert "narration" not in body and "Listen to" not in body


@pytest.mark.parametrize("label", ["Don’t miss:", "Don't miss:"])
def test_a_dont_miss_line_over_links_closing_the_story_is_related(label: str) -> None:
    """seen on a business paper: a bold "Don't miss:" line over a list of two stories."""
    picks = (
        f"<div class='group'><p><strong>{label}</strong></p><ul>"
        "<li><a href='/2026/02/11/what-happens-when-you-stop.html'>What happens to your body "
        "when you stop taking the drug</a></li><li><a href='/2026/01/27/employers-drop.html'>"
        "More employers are dropping coverage of the drugs</a></li></ul></div>"
    )
    article = parse_html(page(picks), URL)
    assert [link.url for link in article.recommendations] == [
        "https://example.com/2026/02/11/what-happens-when-you-stop.html",
        "https://example.com/2026/01/27/employers-drop.html",
    ]
    assert "Don" not in article.body


def test_a_dont_miss_box_without_a_colon_is_the_sites_river() -> None:
    """guard: a "Don't Miss" heading over cards names the site's picks, not related stories."""
    river = related("Don't Miss", "one", "two", "three")
    assert rec_urls(page("", after=river)) == []


def test_a_box_classed_relevant_is_related_not_body() -> None:
    """seen on a MetInfo company site: "met-relevant-product" cards under the text."""
    cards = "".join(
        f"<li class='product-card'><h4><a href='/product/{n}.html'>Walker model {n}</a></h4>"
        f"<p class='product-desc'>Folds flat · seat for resting {n}</p></li>"
        for n in (47, 52, 61)
    )
    box = f"<div class='met-relevant-product'><h2><span>相关产品</span></h2><ul>{cards}</ul></div>"
    body = parse_html(page(box), URL).body
    assert "Walker model" not in body and "Folds flat" not in body
    assert body.count("Most people can make this change") == 4


def test_a_title_separator_between_the_label_and_its_carousel_is_no_empty_list() -> None:
    """seen on an Avada theme: a "Related Posts" heading, a decorative rule, then the cards."""
    cards = "".join(
        f"<li><h4><a href='/post-{n}/'>The related post number {n} here</a></h4></li>"
        for n in (1, 2, 3)
    )
    block = (
        "<section class='related-posts'><div class='fusion-title'><h3>Related Posts</h3>"
        "<div class='title-sep-container'><div class='title-sep sep-double'></div></div></div>"
        f"<div class='fusion-carousel'><ul>{cards}</ul></div></section>"
    )
    assert rec_urls(page("", after=block)) == [
        "https://example.com/post-1/",
        "https://example.com/post-2/",
        "https://example.com/post-3/",
    ]


def test_an_author_named_only_by_a_builders_data_attribute() -> None:
    """seen on GoDaddy's site builder: hashed classes, data-aid="BLOG_POST_AUTHOR"."""
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><p data-aid='BLOG_POST_DATE' class='x-el c1-1'>March 4, 2026</p>"
        "<p data-aid='BLOG_POST_AUTHOR' class='x-el c1-2'>Dr. Leah Okafor</p>",
    )
    article = parse_html(html, URL)
    assert article.author == "Dr. Leah Okafor"
    assert article.published == "2026-03-04"


def test_a_companys_department_signing_its_news_is_no_author() -> None:
    """seen on a MetInfo company site: "发布者：市场部" (the marketing department)."""
    html = page("").replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><p class='info'>发布者：市场部　发布时间：2026-03-04</p>",
    )
    article = parse_html(html, URL)
    assert article.author is None
    assert article.published == "2026-03-04"


def test_a_lead_phrase_holding_an_abbreviation_is_not_cut_at_its_point() -> None:
    """seen on a Weebly post: "3. Give caffeine a 2 p.m. curfew. Caffeine has …" inline."""
    text = (
        "<p>1. Go to bed early. Your body likes a steady rhythm and rewards it.<br><br>"
        "2. Give caffeine a 2 p.m. curfew. Caffeine lingers for hours in the body.<br><br>"
        "3. See Dr. Okafor. She can check whether something else keeps you awake.</p>"
    )
    titles = [tip.title for tip in parse_html(page(text), URL).tips]
    assert titles == ["Go to bed early", "Give caffeine a 2 p.m. curfew", "See Dr. Okafor"]


def test_related_topics_of_the_pages_own_kind_are_recommendations() -> None:
    """seen on health libraries: "Related topics" over other entries of the encyclopedia."""
    url = "https://example.com/encyclopedia/hypertension"
    entries = "".join(
        f"<li><a href='/encyclopedia/{slug}'>{name}</a></li>"
        for slug, name in (("stroke", "Stroke"), ("heart-failure", "Heart failure"))
    )
    block = f"<div class='box'><h2>Related topics</h2><ul>{entries}</ul></div>"
    article = parse_html(page("", after=block), url)
    assert [link.url for link in article.recommendations] == [
        "https://example.com/encyclopedia/stroke",
        "https://example.com/encyclopedia/heart-failure",
    ]


def test_related_topics_over_tag_pages_are_not_recommendations() -> None:
    """guard: a blog's "Related Topics" over its tag and place pages names subjects."""
    url = "https://example.com/2025/03/movers-fined/"
    tags = "".join(
        f"<li><a href='/tag/{slug}/'>{slug.title()}</a></li>" for slug in ("moving", "consumer")
    )
    block = f"<div class='box'><h2>Related Topics</h2><ul>{tags}</ul></div>"
    assert [link.url for link in parse_html(page("", after=block), url).recommendations] == []


@pytest.mark.parametrize("unit", ["宣传科", "内科", "办公室"])
def test_a_hospital_unit_signing_alone_is_no_author(unit: str) -> None:
    """seen on a county hospital's site: "作者：宣传科" (the publicity section, no person)."""
    html = page("").replace(
        "<h1>The post</h1>",
        f"<h1>The post</h1><p class='info'>作者：{unit}　来源：本站原创　更新时间：2010-3-12</p>",
    )
    assert parse_html(html, URL).author is None


def test_a_notices_closing_formula_stays_with_its_signer_and_date() -> None:
    """seen on a county bureau's 公示: "特此公示。", the bureau and the date, right-aligned."""
    notice = (
        "<p>公示时间为2026年3月4日至2026年3月10日。公示期间，任何单位和个人对公示名单有异议的，"
        "可通过书面或电话方式向县卫生健康局反映，联系电话：0000-1234567。</p>"
        "<p>特此公示。</p><p>&nbsp;</p><p style='text-align: right'>岑峪县卫生健康局</p>"
        "<p style='text-align: right'>2026年3月4日</p>"
    )
    body = parse_html(page(notice), URL).body
    assert body.endswith("特此公示。\n\n岑峪县卫生健康局\n\n2026年3月4日")


def test_a_search_link_under_a_related_list_is_no_recommendation() -> None:
    """seen on a 2005 portal: "点击此处查询全部<a>食物中毒</a>新闻" under 相关链接."""
    block = (
        "<table><tr><td>相关链接</td></tr><tr><td><ul>"
        "<li><a href='/c/2005-02-05/10125058213s.shtml'>"
        "国家食品药品监管局发布春节食品安全消费提示</a></li>"
        "<li><a href='/c/2005-02-04/16405049876s.shtml'>北京节前抽检年货 12种食品不合格</a></li>"
        "</ul></td></tr><tr><td>点击此处查询全部<a href='http://search.example.com/cgi-bin/"
        "search.cgi?_searchkey=abc&_searchtype=news'>食物中毒</a>新闻</td></tr></table>"
    )
    assert rec_urls(page("", after=block)) == [
        "https://example.com/c/2005-02-05/10125058213s.shtml",
        "https://example.com/c/2005-02-04/16405049876s.shtml",
    ]


def test_numbers_set_as_badges_in_headings_are_heading_tips() -> None:
    """seen on a medical society's page: <h2><span class="num">1</span> Take cool baths</h2>."""
    items = "".join(
        f"<h2><span class='num'>{n}</span> {title}</h2><p>{PARAGRAPH[3:-4]}</p>"
        for n, title in enumerate(
            ("Take frequent cool baths", "Use a moisturizer with aloe", "Drink extra water"),
            start=1,
        )
    )
    tips = parse_html(page(items), URL).tips
    assert [(tip.number, tip.title) for tip in tips] == [
        ("1", "Take frequent cool baths"),
        ("2", "Use a moisturizer with aloe"),
        ("3", "Drink extra water"),
    ]


def test_quantities_starting_lines_are_no_tips() -> None:
    """guard: "1 cup oats" lines under an ingredients label are quantities, not numbered tips."""
    recipe = "<p>Ingredients:<br>1 cup rolled oats<br>2 ripe bananas<br>3 tbsp honey</p>"
    assert parse_html(page(recipe), URL).tips == ()


def test_several_writers_keep_their_degrees_as_printed() -> None:
    """seen on a vet chain's library: "By Jane Doe, DVM; Ernest Ward, DVM"."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "Article", "author": ['
        '{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": '
        '"Ernest Ward"}]}</script>'
    )
    html = page("", head=ld).replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><p class='byline'>By <span>Jane Doe, DVM</span>; "
        "<span>Ernest Ward, DVM</span></p>",
    )
    assert parse_html(html, URL).author == "Jane Doe, DVM; Ernest Ward, DVM"


def test_a_see_all_link_beside_a_related_heading_is_no_entry() -> None:
    """seen on a vet chain's library: "See all Care & Wellness articles" in the heading's row."""
    cards = "".join(
        f"<div class='card'><h3><a href='/know-your-pet/{slug}'>{slug.replace('-', ' ')}</a>"
        "</h3></div>"
        for slug in ("sunburn-in-dogs", "dehydration-in-dogs")
    )
    block = (
        "<section><div class='head'><h2>Related Articles</h2><a href='/know-your-pet/care'>"
        f"See all Care &amp; Wellness articles</a></div><div class='grid'>{cards}</div></section>"
    )
    assert rec_urls(page("", after=block)) == [
        "https://example.com/know-your-pet/sunburn-in-dogs",
        "https://example.com/know-your-pet/dehydration-in-dogs",
    ]


def test_more_reads_heads_related_cards() -> None:
    """seen on an app's blog: "More Reads" over three cards after the author box."""
    assert rec_urls(page("", after=related("More Reads", "walking-vs-running", "deficit"))) == [
        "https://example.com/walking-vs-running/",
        "https://example.com/deficit/",
    ]


@pytest.mark.parametrize(
    ("label", "heading"),
    [
        ("Læs også:", "Relaterede artikler"),  # Danish
        ("Pročitajte još:", "Povezane vesti"),  # Serbian (Latin)
        ("இதையும் படிங்க:", "தொடர்புடைய செய்திகள்"),  # Tamil
        ("यो पनि पढ्नुहोस्:", "सम्बन्धित समाचार"),  # Nepali
    ],
)
def test_read_also_lines_and_related_blocks_in_more_tongues(label: str, heading: str) -> None:
    """seen on Danish, Serbian, Tamil and Nepali sites: a line's label, then a block's."""
    line = f"<p><strong>{label}</strong> <a href='/one-story/'>The first related story here</a></p>"
    html = page(line + PARAGRAPH, after=related(heading, "two", "three"))
    assert [link.url for link in parse_html(html, URL).recommendations] == [
        "https://example.com/one-story/",
        "https://example.com/two/",
        "https://example.com/three/",
    ]


def test_a_dotted_date_with_the_years_own_dot() -> None:
    """seen on a Serbian portal: "04.03.2026. 10:15", a dot after the year too."""
    html = page("").replace("<h1>The post</h1>", "<h1>The post</h1><p>04.03.2026. 10:15</p>")
    assert parse_html(html, URL).published == "2026-03-04T10:15:00"


def test_a_language_declared_in_latin_script_is_taken() -> None:
    """seen on a Serbian portal: lang="sr-Latn" over Latin letters is Serbian, not English."""
    text = (
        "<p>Kardiolozi kažu da je redovna šetnja od trideset minuta dnevno jedna od najboljih "
        "navika za srce posle pedesete godine, uz manje soli i dovoljno sna.</p>"
    )
    html = page(text * 3).replace("<html>", "<html lang='sr-Latn'>")
    assert parse_html(html, URL).language == "sr"


@pytest.mark.parametrize(("printed", "expected"), [("4. marts 2026", "2026-03-04")])
def test_danish_month_names_in_a_date_line(printed: str, expected: str) -> None:
    """seen on a Danish health portal: "Udgivet: 4. marts 2026"."""
    html = page("").replace(
        "<h1>The post</h1>", f"<h1>The post</h1><p class='meta'>Udgivet: {printed}</p>"
    )
    assert parse_html(html, URL).published == expected


def test_a_brazilian_papers_dotted_date_with_the_month_in_letters() -> None:
    """seen on a Brazilian daily: "4.mar.2026 às 10h15" in a <time> with no datetime."""
    html = (
        page("")
        .replace(
            "<h1>The post</h1>",
            "<h1>The post</h1><p class='meta'><time>4.mar.2026 às 10h15</time></p>",
        )
        .replace("<html>", "<html lang='pt-BR'>")
    )
    assert parse_html(html, URL).published == "2026-03-04T10:15:00"


def test_a_portuguese_ad_label_is_no_text() -> None:
    """seen on a Brazilian daily: "Publicidade" over an empty ad slot between paragraphs."""
    slot = "<div class='c-advertising'><span class='c-advertising__label'>Publicidade</span></div>"
    body = parse_html(page(slot + PARAGRAPH), URL).body
    assert "Publicidade" not in body


def test_more_on_this_heads_related_links() -> None:
    """seen on a listicle site: "More on this" over two linked cards after the items."""
    assert rec_urls(page("", after=related("More on this", "sleep-faster", "evening"))) == [
        "https://example.com/sleep-faster/",
        "https://example.com/evening/",
    ]


def test_a_newsletters_own_issue_in_a_box_named_for_it_is_the_text() -> None:
    """seen on a newsletter's web archive: the issue in <article class="newsletter-content">,
    beside the sign-up box ("newsletter-signup"), both in a "newsletter-hero" section, and
    readers' quotes under it."""
    issue = "".join(
        f"<h2>Part {n}</h2>"
        + "".join(
            f"<p>Week {n}, step {step}: most people can make this change at home in a few weeks. "
            "Keep a short note of what you did each day, so you can see what helps and what "
            "does not, and bring the note to your next visit.</p>"
            for step in range(1, 4)
        )
        for n in ("one", "two", "three")
    )
    signup = (
        "<div class='newsletter-signup'><p>Join a million readers of our monthly newsletter."
        "</p><form><input type='email'><button>Subscribe</button></form></div>"
    )
    quotes = "".join(
        f"<div class='quote-card'><p>Reader {n}: a brilliant monthly read, rich and approachable, "
        "and I share every issue of it with my whole team at work.</p></div>"
        for n in range(16)
    )
    html = (
        "<html><head><title>Issue 12 - Lab</title></head><body><section class='newsletter-hero'>"
        f"<h1>Issue 12</h1>{signup}<article class='newsletter-content'>{issue}</article></section>"
        f"<section class='reader-quotes'>{quotes}</section></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Part one\n\nWeek one, step 1: most people")
    assert "Part three" in body
    assert "Join a million readers" not in body


def test_a_newsletter_sign_up_box_among_the_paragraphs_stays_out() -> None:
    """the guard: a sign-up box, whatever its class says about content, is no text."""
    box = (
        "<div class='newsletter-content'><h3>Get our newsletter</h3><p>Tips for better sleep, "
        "sent every Tuesday. Unsubscribe at any time.</p><a href='/subscribe'>Sign up</a></div>"
    )
    body = parse_html(page(box + PARAGRAPH), URL).body
    assert "Get our newsletter" not in body
    assert "every Tuesday" not in body


def test_a_code_blocks_column_of_line_numbers_is_no_text() -> None:
    """seen on a Chinese developer blog: <ul class="pre-numbering"><li>1</li>… in the <pre>,
    which the HTML parser sets after it."""
    gutter = "<ul class='pre-numbering'>" + "".join(f"<li>{n}</li>" for n in range(1, 6)) + "</ul>"
    code = f"<pre><code>import pandas as pd\ndf = pd.read_csv('sleep.csv')</code>{gutter}</pre>"
    body = parse_html(page(code + PARAGRAPH), URL).body
    assert "df = pd.read_csv('sleep.csv')" in body
    assert "\n\n1\n\n2" not in body and not any(line == "3" for line in body.split("\n"))


def test_a_list_of_numbers_that_is_not_consecutive_stays() -> None:
    """the guard: a list of figures ("12", "40", "7") is what the page says."""
    figures = "<ul><li>12</li><li>40</li><li>7</li></ul>"
    body = parse_html(page(figures + PARAGRAPH), URL).body
    assert "12\n\n40\n\n7" in body


def test_the_authors_nickname_link_is_the_author() -> None:
    """seen on a Chinese developer blog: the info bar's <a class="follow-nickName">."""
    bar = "<div class='bar'><a class='follow-nickName' href='/ajie'>码农阿杰</a> 阅读量1.2k</div>"
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{bar}")
    assert parse_html(html, URL).author == "码农阿杰"


def test_a_japanese_blogs_follow_box_closes_no_text() -> None:
    """seen on an Ameba-like blog: "…さんのブログを<br>フォローして更新をチェック！" under the
    entry, after the ranking's begging line."""
    text = "".join(
        f"<p>花粉の季節になると、子どもの目のかゆみと鼻水がひどくなります。今年は{n}つ目の対策として、"
        "帰宅したらすぐに顔を洗うことにしました。</p>"
        for n in range(1, 6)
    )
    follow = (
        "<p class='skin-entryFollowText'>ちゃこさんのブログを<br>フォローして更新をチェック！</p>"
    )
    html = (
        "<html><head><title>花粉</title></head><body><h1>花粉対策</h1>"
        f"<div class='entry'><div class='entryBody'>{text}</div>{follow}</div></body></html>"
    )
    body = parse_html(html, URL).body
    assert "フォローして" not in body
    assert "5つ目の対策" in body


def test_a_time_printed_to_the_sites_clock_takes_the_offset_declared_for_it() -> None:
    """seen on a Japanese blog: "2026-03-04 21:15:02" printed, JSON-LD's datePublished
    "2026-03-04T21:15:02+09:00": the same moment, its offset said once."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "BlogPosting", '
        '"datePublished": "2026-03-04T21:15:02+09:00"}</script>'
    )
    stamp = "<p class='date'><time datetime='2026-03-04'>2026-03-04 21:15:02</time></p>"
    html = page("", head=ld).replace("<h1>The post</h1>", f"<h1>The post</h1>{stamp}")
    assert parse_html(html, URL).published == "2026-03-04T21:15:02+09:00"


def test_a_summary_list_under_its_label_is_taken_without_full_stops() -> None:
    """seen on a Japanese portal: ざっくり言うと over three bullets, none ending in 。, above
    the text's own box."""
    summary = (
        "<div class='summaryList'><h2>ざっくり言うと</h2><ul>"
        "<li>春先は1日の気温差や前日との気温差が大きく、寒暖差疲労に悩む人が増える</li>"
        "<li>気温差が7℃以上になると自律神経が疲れ、だるさや肩こり、頭痛などが出やすいという</li>"
        "</ul></div>"
    )
    text = "".join(
        f"<p>3月に入り、日中は春らしい陽気になる一方で、朝晩はまだ冬のような冷え込みが続いている。"
        f"季節の変わり目に体がだるいと感じる人は多い。{n}</p>"
        for n in range(5)
    )
    html = (
        "<html><head><title>寒暖差疲労</title></head><body><article><header><h1>寒暖差疲労に要注意"
        "</h1><p class='vender'>提供：<a href='/vender/'>はればれヘルス</a></p><ul class='share'>"
        "<li><a href='/x'>ポスト</a></li><li><a href='/f'>シェア</a></li></ul></header>"
        f"{summary}<div class='articleBody' itemprop='articleBody'>{text}</div></article>"
        "</body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("ざっくり言うと\n\n春先は1日の気温差")


def test_a_cards_title_abbreviated_ttl_is_its_title() -> None:
    """seen on a Japanese portal: each related entry one link, <span class="ttl"> beside the
    source's name and a <time>."""
    cards = "".join(
        f"<li><a href='/article/{n}/'><span class='thumb'><img src='t.jpg'></span>"
        f"<span class='txt'><span class='ttl'>Headline number {n} here</span>"
        f"<span class='info'><span>Partner Health</span> <time>2026年2月{n}日</time></span>"
        "</span></a></li>"
        for n in (20, 27)
    )
    after = f"<div class='block'><h2>関連記事</h2><ul>{cards}</ul></div>"
    recs = parse_html(page("", after=after), URL).recommendations
    assert [link.title for link in recs] == ["Headline number 20 here", "Headline number 27 here"]


def test_a_japanese_sites_topic_path_is_the_trail() -> None:
    """seen on a Japanese portal: <nav class="topicPath"><ul><li>…, its separators drawn by
    the style sheet."""
    trail = (
        "<nav class='topicPath'><ul><li><a href='/'>Portal</a></li>"
        "<li><a href='/life/'>Life</a></li><li><a href='/life/health/'>Health</a></li>"
        "<li>The post</li></ul></nav>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("Portal", "Life", "Health")


def test_a_trail_joined_by_slashes_leads_a_folder_down_at_each_step() -> None:
    """seen on a state paper's English site: "Home / China / Health" in an unnamed <div>."""
    trail = (
        "<div class='da-bre'><a href='/'>Home</a> / <a href='/china/'>China</a> / "
        "<a href='/china/health/'>Health</a></div>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("Home", "China", "Health")


def test_links_joined_by_slashes_that_lead_nowhere_deeper_are_no_trail() -> None:
    """the guard: a footer's "Home / About / Privacy" is no trail."""
    footer = (
        "<div class='links'><a href='/'>Home</a> / <a href='/about/'>About</a> / "
        "<a href='/privacy/'>Privacy</a></div>"
    )
    assert parse_html(page("", after=footer), URL).breadcrumbs == ()


def test_a_turkish_you_may_also_like_heads_related_links() -> None:
    """seen on a Turkish listicle site: "Bunlar da ilginizi çekebilir" over cards."""
    html = page("", after=related("Bunlar da ilginizi çekebilir", "grip", "su"))
    assert rec_urls(html) == ["https://example.com/grip/", "https://example.com/su/"]


def test_a_number_badge_and_its_title_read_as_one_spaced_line() -> None:
    """seen on a Turkish listicle site: <h3><span>1.</span><span>Bol su için</span></h3>."""
    items = "".join(
        f"<h3><span class='num'>{n}.</span><span class='t'>Item title {n}</span></h3>{PARAGRAPH}"
        for n in (1, 2, 3)
    )
    body = parse_html(page(items), URL).body
    assert "\n1. Item title 1\n" in body


def test_a_number_badge_before_chinese_stays_unspaced() -> None:
    """the guard: Chinese runs on after a number: "1.减盐限盐"."""
    item = "<p><span>1.</span><span>减盐限盐。成年人每人每天食盐摄入量不超过5克。</span></p>"
    body = parse_html(page(item), URL).body
    assert "1.减盐限盐。" in body


def test_the_heads_pager_through_one_articles_pages_is_no_prev_next() -> None:
    """seen on a gadget site's review in chapters: <link rel="prev"> and <link rel="next"> to
    "…-review-2811p2.php" and "…p4.php" from "…p3.php"."""
    head = (
        "<link rel='prev' href='https://example.com/band-review-2811p2.php'>"
        "<link rel='next' href='https://example.com/band-review-2811p4.php'>"
    )
    article = parse_html(page("", head=head), "https://example.com/band-review-2811p3.php")
    assert article.prev is None and article.next is None


def test_the_heads_links_to_other_articles_stay_prev_next() -> None:
    """the guard: <link rel="next"> from "/p/75078.html" to "/p/75079.html" is the next article."""
    head = "<link rel='prev' href='/p/75077.html'><link rel='next' href='/p/75079.html'>"
    article = parse_html(page("", head=head), "https://example.com/p/75078.html")
    assert article.next is not None and article.next.url == "https://example.com/p/75079.html"


def test_related_reviews_heads_related_links() -> None:
    """seen on a gadget site: "Related reviews" over a strip of devices."""
    html = page("", after=related("Related reviews", "band-4-review", "ring-2-review"))
    assert rec_urls(html) == [
        "https://example.com/band-4-review/",
        "https://example.com/ring-2-review/",
    ]


CONDE_HEADER = (
    "<header><h1>How to tell a migraine</h1><div class='ContentHeaderDek-bIqFFZ'>Throbbing pain "
    "on one side is only part of the story. Here is how doctors tell migraine apart from the "
    "others</div><div class='byline'>By <a href='/ana'>Ana Ruiz</a></div>"
    "<div class='reviewer'>Medically reviewed by <a href='/hana'>Dr. Hana Whitfield</a></div>"
    "<div class='date'><time>March 4, 2026</time></div></header>"
)


def test_the_lines_under_a_dek_named_in_camel_case_are_the_records() -> None:
    """seen on a Condé-Nast-like magazine: "ContentHeaderDek-…" over the byline, "Medically
    reviewed by Dr. …" and a bare "March 4, 2026"."""
    html = (
        "<html><head><title>Migraine</title></head><body><article>"
        f"{CONDE_HEADER}<div class='body__inner-container'>{PARAGRAPH * 5}</div>"
        "</article></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Throbbing pain on one side")
    assert "Medically reviewed" not in body
    assert "March 4, 2026" not in body


def test_an_editors_commission_note_is_no_text() -> None:
    """seen on a magazine: "All products featured … are independently selected by our editors.
    However, we may receive compensation from retailers …" over the text."""
    note = (
        "<p><em>All products featured on Kestrel are independently selected by our editors. "
        "However, we may receive compensation from retailers and/or from purchases of products "
        "through these links.</em></p>"
    )
    body = parse_html(
        page("").replace("<div class='entry-content'>", f"<div class='entry-content'>{note}"), URL
    ).body
    assert "compensation" not in body


def test_the_writers_one_line_bio_closing_the_story_is_no_text() -> None:
    """seen on a cable channel's site: "Kara Lin is a lifestyle reporter for Frontier News
    Digital." in italics under the story."""
    bio = "<p><em>Kara Lin is a lifestyle reporter for Frontier News Digital.</em></p>"
    body = parse_html(page(bio), URL).body
    assert "lifestyle reporter" not in body
    assert body.endswith("see what helps.")


def test_a_standfirst_marked_in_the_articles_header_is_reached_over_a_lead_video() -> None:
    """seen on a cable channel's site: <h2 class="sub-headline"> in the <header>, then the
    byline, the share row and a lead video's caption, then the text's own box."""
    html = (
        "<html><head><title>Sleep</title></head><body><article class='article-wrap'>"
        "<header><h1>Doctor shares five tips</h1><h2 class='sub-headline'>Daylight saving time "
        "begins Sunday, and a sleep specialist says small changes can ease the lost hour</h2>"
        "<div class='author-byline'>By <a href='/kara'>Kara Lin</a></div>"
        "<div class='share'><a href='#comments'>37</a></div></header>"
        "<div class='content-wrap'><div class='content'><div class='featured-video'>"
        "<div class='caption'><p>Dr. Ann Lee shares tips for adjusting your sleep. (News)</p>"
        f"</div></div><div class='article-body'>{PARAGRAPH * 5}</div></div></div>"
        "</article></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Daylight saving time begins Sunday")


def test_the_stamp_printed_again_under_the_story_is_no_text() -> None:
    """seen on an Italian daily: "4 marzo 2026 (modifica il 4 marzo 2026 | 11:20)" closing
    the text."""
    stamp = "<p class='date'>4 marzo 2026 (modifica il 4 marzo 2026 | 11:20)</p>"
    body = parse_html(page(stamp), URL).body
    assert "marzo" not in body


def test_a_pdf_button_line_and_a_long_closing_disclaimer_are_no_text() -> None:
    """seen on a newsletter's web archive: "Download the PDF" among the paragraphs, and a
    three-sentence "Disclaimer: …" closing it."""
    pdf = "<p><a href='/protocol.pdf'>Download the PDF</a></p>"
    disclaimer = (
        "<p><em>Disclaimer: The Brief is for general informational and educational purposes "
        "only and is not a substitute for professional medical advice, diagnosis or treatment. "
        "Always seek the advice of your physician or another qualified health provider with any "
        "questions you may have regarding a medical condition. Never disregard professional "
        "advice or delay in seeking it because of something you read here.</em></p>"
    )
    body = parse_html(page(pdf + PARAGRAPH + disclaimer), URL).body
    assert "Download the PDF" not in body
    assert "Disclaimer" not in body


def test_a_skipped_promotions_marks_and_a_toggles_word_are_no_text() -> None:
    """seen on a UK paper: "skip past newsletter promotion" … "after newsletter promotion"
    around a sign-up box, and a quick guide's "Show" button in its <summary>."""
    guide = (
        "<details><summary><h4>Quick guide: What is it?</h4><span>Show</span></summary>"
        f"{PARAGRAPH}</details>"
    )
    marks = "<p role='note'>after newsletter promotion</p>"
    body = parse_html(page(marks + guide), URL).body
    assert "after newsletter promotion" not in body
    assert "\nShow\n" not in body
    assert "Quick guide: What is it?" in body


def test_a_standfirst_named_by_the_apps_attribute_keeps_its_link() -> None:
    """seen on a UK paper's app: <div data-gu-name="standfirst"><div><p>… <a>advisers warned
    </a> …</p></div></div> over the lead photo and the byline."""
    standfirst = (
        "<div data-gu-name='standfirst' class='dcr-t7l2vx'><div class='dcr-1pfscu4'><p>Residents "
        "aged 65 and over will be offered a daily supplement from October, after "
        "<a href='/older-story/'>advisers warned</a> that more than half may be deficient by "
        "the end of winter</p></div></div>"
    )
    html = (
        "<html><head><title>Vitamin D</title></head><body><main><div><h1>NHS to offer "
        f"vitamin D</h1></div>{standfirst}<div class='meta'><a rel='author' href='/n'>Niamh "
        "Carrow</a> Health editor</div><div data-gu-name='body'><div id='maincontent'>"
        f"{PARAGRAPH * 5}</div></div></main></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Residents aged 65 and over will be offered")


def test_paragraphs_opening_yi_shi_er_shi_are_tips() -> None:
    """seen on a Chinese national news site: 「一是……」「二是……」「三是……」 each opening its own
    paragraph."""
    items = "".join(
        f"<p>{n}是{lead}。{rest}</p>"
        for n, lead, rest in (
            (
                "一",
                "及时接种流感疫苗",
                "接种疫苗是预防流感最经济、最有效的手段，目前接种仍然来得及。",
            ),
            ("二", "坚持勤洗手", "用肥皂和流动水洗手，每次不少于二十秒，外出回家后先洗手。"),
            ("三", "保持室内通风", "每天开窗通风两到三次，每次不少于三十分钟，减少聚集。"),
        )
    )
    tips = parse_html(page(items), URL).tips
    assert [(tip.number, tip.title) for tip in tips] == [
        ("一是", "及时接种流感疫苗"),
        ("二是", "坚持勤洗手"),
        ("三是", "保持室内通风"),
    ]


def test_yi_shi_er_shi_inside_one_sentence_are_no_tips() -> None:
    """the guard: "……主要有三点：一是……；二是……；三是……。" is one sentence's clauses."""
    line = (
        "<p>专家表示，近视防控主要有三点：一是保证每天两小时户外活动；二是控制近距离用眼时间；"
        "三是定期到正规医院检查视力。</p>"
    )
    assert parse_html(page(line), URL).tips == ()


def test_a_korean_portals_info_row_and_comment_box_are_no_text() -> None:
    """seen on a Korean portal: "김지은 기자 입력 2026. 3. 4. 09:12 수정 …" under the title, and
    the comments box classed "cmt_view" under the story."""
    head = (
        "<div class='head_view'><h3 class='tit_view'>봄철 미세먼지 수칙</h3>"
        "<span class='info_view'><span>김지은 기자</span> <span>입력 2026. 3. 4. 09:12</span> "
        "<span>수정 2026. 3. 4. 10:05</span></span></div>"
    )
    text = "".join(
        f"<p>미세먼지 농도가 높은 날에는 외출을 줄이고 실내 공기를 자주 환기하는 것이 좋다고 "
        f"전문가들은 말한다 {n}.</p>"
        for n in range(5)
    )
    comments = (
        "<div class='cmt_view'><h4>댓글 57</h4><p>다온뉴스는 댓글 운영정책에 따라 욕설·비방, "
        "광고성 댓글을 사전 고지 없이 삭제할 수 있습니다.</p><p>댓글을 불러오는 중입니다.</p></div>"
    )
    html = (
        f"<html><head><title>미세먼지</title></head><body><main>{head}"
        f"<div class='article_view'>{text}</div>{comments}</main></body></html>"
    )
    body = parse_html(html, URL).body
    assert "입력" not in body
    assert "댓글" not in body
    assert body.startswith("미세먼지 농도가 높은 날에는")


def test_a_cards_source_and_korean_dotted_date_are_no_snippet() -> None:
    """seen on a Korean portal: "헬스일보 · 2026. 3. 3." under each related headline, its last
    dot ending no sentence."""
    cards = "".join(
        f"<li><a href='/v/{n}'><strong>관련 기사 제목 {n}번</strong></a>"
        f"<span class='info_g'>헬스일보 · 2026. 3. {n}.</span></li>"
        for n in (2, 3)
    )
    after = f"<div class='block'><h3>관련 기사</h3><ul>{cards}</ul></div>"
    recs = parse_html(page("", after=after), URL).recommendations
    assert [link.snippet for link in recs] == [None, None]
    assert len(recs) == 2


def test_a_paid_product_box_with_a_shop_now_button_is_no_text() -> None:
    """seen on a how-to site: a product box (name, "$169.99 at Amazon", a "Shop Now" button
    whose link is rel="sponsored") between a tip's paragraphs."""
    box = (
        "<div class='product-embed'><div><p class='name'>Sunrise Alarm Clock</p>"
        "<p class='price'><span>$169.99</span> at <span>Amazon</span></p></div>"
        "<a class='button' rel='sponsored nofollow' href='https://shop.example/dp/1'>Shop Now</a>"
        "</div>"
    )
    body = parse_html(page(box + PARAGRAPH), URL).body
    assert "Sunrise Alarm Clock" not in body
    assert "$169.99" not in body


def test_a_json_ld_authors_html_entities_are_read() -> None:
    """seen on a WordPress SEO plugin's graph: "name": "Jane &amp; John Doe"."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "Article", "author": {"@type": '
        '"Person", "name": "Ana Ruiz &amp; Tom Berg"}}</script>'
    )
    assert parse_html(page("", head=ld), URL).author == "Ana Ruiz & Tom Berg"


def test_a_malay_date_month_first_with_an_at_sign() -> None:
    """seen on a Malaysian portal: "Mac 4, 2026 @ 10:15am"."""
    html = page("").replace(
        "<h1>The post</h1>", "<h1>The post</h1><p class='meta'>Mac 4, 2026 @ 10:15am</p>"
    )
    assert parse_html(html, URL).published == "2026-03-04T10:15:00"


def test_stamps_with_the_meridiem_run_into_the_time_are_no_text() -> None:
    """seen on a Hong Kong daily: "Published: 7:30am, 4 Mar 2026" and "Updated: 11:05am, …"
    under the byline."""
    stamps = (
        "<ul><li>Hospitals open about 300 temporary beds and extend evening clinic hours as "
        "emergency waits pass eight hours at some sites</li></ul>"
        "<p>Published: 7:30am, 4 Mar 2026</p><p>Updated: 11:05am, 4 Mar 2026</p>"
    )
    html = page("").replace("<div class='entry-content'>", f"{stamps}<div class='entry-content'>")
    body = parse_html(html, URL).body
    assert "Published" not in body and "Updated" not in body


def test_a_summary_item_saying_by_in_its_sentence_is_no_byline() -> None:
    """seen on a Hong Kong daily: a key point "… driven mainly by the H3N2 strain" above the
    text, with no full stop."""
    summary = (
        "<h2>Key points</h2><ul><li>Infection centre says flu activity passed its peak threshold "
        "two weeks earlier than last season, driven mainly by the H3N2 strain</li><li>Public "
        "hospitals open about 300 temporary beds and extend evening clinic hours this week</li>"
        "</ul>"
    )
    html = page("").replace("<div class='entry-content'>", f"{summary}<div class='entry-content'>")
    assert "driven mainly by the H3N2 strain" in parse_html(html, URL).body


def test_read_more_here_heads_related_links() -> None:
    """seen on a Singapore daily: a "READ MORE HERE" box of two links between paragraphs."""
    box = related("READ MORE HERE", "shingles-subsidy", "shingles-guide")
    assert rec_urls(page(box + PARAGRAPH)) == [
        "https://example.com/shingles-subsidy/",
        "https://example.com/shingles-guide/",
    ]


@pytest.mark.parametrize(
    "line", ["News provided by Brightwell Health", "Powered by Discuz! X3.4", "Sponsored by Acme"]
)
def test_who_supplied_or_powers_a_page_is_no_author(line: str) -> None:
    """seen on a wire's release ("News provided by …") and on forums' footers."""
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1><p>{line}</p>")
    assert parse_html(html, URL).author is None


def test_a_press_releases_closing_lines_are_no_text() -> None:
    """seen on a wire's release: "About <issuer>" and its boilerplate, "Media Contact:" and
    "SOURCE <issuer>" closing the text."""
    closing = (
        "<p><b>About Brightwell Health</b><br>Brightwell Health is a physician-led network of "
        "64 primary care clinics in 12 states.</p><p>Media Contact:<br>Dana Whitcombe<br>"
        "312-555-0187</p><p>SOURCE Brightwell Health</p>"
    )
    body = parse_html(page(closing), URL).body
    assert "physician-led network" not in body
    assert "Media Contact" not in body and "SOURCE" not in body
    assert body.endswith("see what helps.")


def test_a_steps_number_laid_over_its_photo_is_no_text() -> None:
    """seen on a recipe blog: <figure><img><span aria-hidden="true">1</span></figure> before
    each step's paragraph."""
    steps = "".join(
        f"<figure><img src='s{n}.jpg'><span class='num' aria-hidden='true'>{n}</span></figure>"
        f"<p><strong>Step {n}: Do thing {n}.</strong> Stir it for {n + 4} minutes, then taste.</p>"
        for n in (1, 2, 3)
    )
    body = parse_html(page(steps), URL).body
    assert not any(line in ("1", "2", "3") for line in body.split("\n"))


def news_rows(slugs: list[str], row: str) -> str:
    return "".join(row.format(slug=slug, n=n) for n, slug in enumerate(slugs))


SLUGS = [f"story-number-{n}-about-public-health-research" for n in range(10)]


def test_a_list_inside_a_layout_with_a_sidebar_is_a_listing() -> None:
    """seen on a university's news index: the list and its sidebar in <div class="container
    layout-with-sidebar">, a box that has a sidebar and is none."""
    rows = news_rows(
        SLUGS,
        "<div class='views-row'><a href='/news/topic/research'>Research</a><h3><a "
        "href='/news/{slug}'>Headline of story {n} on public health</a></h3><time>March {n}, "
        "2026</time><p>One sentence of teaser about story {n} and what the team found.</p></div>",
    )
    html = (
        "<html><head><title>News</title></head><body><div class='container layout-with-sidebar'>"
        f"<main><h1>News</h1>{rows}</main><aside class='sidebar'><p>Media contacts</p></aside>"
        "</div></body></html>"
    )
    article = parse_html(html, "https://example.edu/news")
    assert article.kind == "listing"
    assert len(article.links) == 10
    assert article.links[0].url == f"https://example.edu/news/{SLUGS[0]}"


def test_entries_whose_headline_sits_in_a_header_classed_meta_are_read() -> None:
    """seen on an Astra theme's archive: each post's <h2> in <header class="entry-header
    ast-blog-meta-container">."""
    rows = news_rows(
        SLUGS,
        "<article class='post'><header class='entry-header ast-blog-meta-container'><h2><a "
        "href='/{slug}/'>Post {n} title about nutrition and sleep</a></h2></header><p>Excerpt "
        "of post {n}, forty words about what the post says …</p><p class='read-more'>"
        "<a href='/{slug}/'><span class='screen-reader-text'>Post {n} title about nutrition "
        "and sleep</span> Read more »</a></p></article>",
    )
    html = f"<html><head><title>Rosa</title></head><body><main><h1>Rosa</h1>{rows}</main></body>"
    article = parse_html(html, "https://example.com/author/rosa/")
    assert article.kind == "listing"
    assert article.links[0].title == "Post 0 title about nutrition and sleep"


def test_entries_at_percent_encoded_addresses_are_one_list() -> None:
    """seen on an Arabic news section: /Story/<id>/<slug in Arabic, percent-encoded>."""
    slug = "%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%AA%D8%B7%D9%84%D9%82-{n}"
    rows = news_rows(
        SLUGS,
        f"<div class='card'><h3><a href='/Story/68214{{n}}/{slug}'>عنوان الخبر رقم {{n}} عن الصحة"
        "</a></h3><time>منذ 3 ساعات</time></div>",
    )
    html = (
        "<html lang='ar' dir='rtl'><head><title>صحة</title></head><body><h1>صحة</h1>"
        f"<div class='list'>{rows}</div><a href='?page=2'>المزيد</a></body></html>"
    )
    article = parse_html(html, "https://example.com/Section/12/Health")
    assert article.kind == "listing"
    assert len(article.links) == 10
    assert article.next_page == "https://example.com/Section/12/Health?page=2"


def test_a_more_button_to_a_section_is_no_next_page() -> None:
    """the guard: "More" linking another page, not page 2, pages nothing."""
    rows = news_rows(
        SLUGS, "<li><a href='/health/{slug}'>Headline number {n} on the health desk</a></li>"
    )
    html = (
        f"<html><head><title>Health</title></head><body><h1>Health</h1><ul>{rows}</ul>"
        "<a href='/health/archive'>More</a></body></html>"
    )
    assert parse_html(html, "https://example.com/health").next_page is None


def test_a_date_linking_its_days_archive_titles_no_entry() -> None:
    """seen on a Japanese blog's category archive: each entry's date, "2026-03-04", links to
    its day's archive above the entry's headline."""
    rows = news_rows(
        SLUGS,
        "<section class='archive-entry'><a href='/archive/2026/03/0{n}'>2026-03-0{n}</a>"
        "<h2><a href='/entry/{slug}'>エントリー{n}の見出し、健康の話</a></h2><p>本文の抜粋です。"
        "</p></section>",
    )
    html = (
        f"<html><head><title>健康</title></head><body><h2>カテゴリー: 健康</h2>{rows}</body></html>"
    )
    article = parse_html(html, "https://blog.example/archive/category/health")
    assert article.kind == "listing"
    assert article.links[0].url == f"https://blog.example/entry/{SLUGS[0]}"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Publisert 04.03.2026, kl. 10:15", "2026-03-04T10:15:00"),
        ("प्रकाशित: 04 मार्च 2026 02:40 PM", "2026-03-04T14:40:00"),
    ],
)
def test_dates_with_a_norwegian_clock_word_or_a_devanagari_month(
    printed: str, expected: str
) -> None:
    """seen on a Norwegian magazine ("kl." before the time) and a Marathi portal (the month in
    Devanagari, the clock with PM)."""
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1><p class='meta'>{printed}</p>")
    assert parse_html(html, URL).published == expected


@pytest.mark.parametrize(
    ("label", "lang"),
    [("हे पण वाचा:", "mr"), ("संबंधित बातम्या", "mr"), ("ఇవి కూడా చదవండి", "te")],
)
def test_read_also_and_related_in_marathi_and_telugu(label: str, lang: str) -> None:
    """seen on a Marathi portal and a Telugu daily."""
    html = page("", after=related(label, "one", "two")).replace("<html>", f"<html lang='{lang}'>")
    assert rec_urls(html) == ["https://example.com/one/", "https://example.com/two/"]


def test_an_accordions_closed_panels_and_button_titles_are_the_text() -> None:
    """seen on a regional health guide: <h2><button aria-expanded="false">När ska jag söka
    vård?</button></h2> over <div hidden="until-found">, a panel closed until opened or found
    by the browser's search."""
    sections = "".join(
        f"<h2><button type='button' aria-expanded='false' aria-controls='p{n}'><span>Section "
        f"{n} title</span></button></h2><div id='p{n}' hidden='until-found'><p>Panel {n} says "
        "what to do at home and when to call the clinic, in two full sentences. Rest and "
        "drink.</p></div>"
        for n in (1, 2, 3)
    )
    body = parse_html(page(sections), URL).body
    assert "Section 2 title\n\nPanel 2 says what to do" in body


def test_a_hidden_box_stays_out() -> None:
    """the guard: a box with the plain hidden attribute is not shown."""
    box = (
        "<div hidden><p>Sources drawer: a long list the page never shows to its readers.</p></div>"
    )
    assert "Sources drawer" not in parse_html(page(box), URL).body


def test_spanish_contents_and_bibliography_labels() -> None:
    """seen on a Latin American wellness site: a "Contenidos" box of anchor links under the
    intro, a "Bibliografía" list of sources closing the text."""
    contents = "<div class='toc'><p>Contenidos</p><ul><li><a href='#a'>Uno</a></li></ul></div>"
    sources = (
        "<h2>Bibliografía</h2><ul><li>Irish LA, Kline CE. The role of sleep hygiene. Sleep Med "
        "Rev. 2015;22:23-36.</li></ul>"
    )
    body = parse_html(page(contents + PARAGRAPH + sources), URL).body
    assert "Contenidos" not in body
    assert "Bibliografía" not in body and "Irish LA" not in body


def test_a_script_printed_date_at_midnight_is_the_day_alone() -> None:
    """seen on a Webflow blog: JSON-LD's "datePublished": "Wed Mar 04 2026 00:00:00 GMT+0000
    (Coordinated Universal Time)", a date field whose time was never set."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "datePublished": '
        '"Wed Mar 04 2026 00:00:00 GMT+0000 (Coordinated Universal Time)"}</script>'
    )
    assert parse_html(page("", head=ld), URL).published == "2026-03-04"


def test_a_chinese_for_reference_only_tip_closing_the_text_is_no_text() -> None:
    """seen on a family-health portal: "温馨提示：本文仅供参考，不作为诊断依据…" under the text."""
    text = "".join(
        f"<p>春季是过敏性鼻炎的高发季节，出门前查看花粉浓度，回家后及时洗脸、洗鼻。第{n}段。</p>"
        for n in range(5)
    )
    closing = "<p>温馨提示：本文仅供参考，不作为诊断依据，如有不适请及时到正规医院就诊。</p>"
    html = f"<html><head><title>鼻炎</title></head><body><h1>鼻炎</h1><div>{text}{closing}</div>"
    body = parse_html(html, URL).body
    assert "温馨提示" not in body
    assert body.endswith("第4段。")


def test_a_product_tile_with_an_add_to_cart_button_is_no_text() -> None:
    """seen on a pharmacy chain's health hub: product tiles (name link, rating, "$15.99
    $21.49", an "Add to cart" button) in a carousel between sections."""
    tiles = "".join(
        f"<li><div class='tile'><a href='/store/p/{n}'>Allergy Tablets {n} ct</a>"
        f"<div class='rating'>({n},315)</div><div class='price'>$15.9{n} $21.49</div>"
        "<button type='button'>Add to cart</button></div></li>"
        for n in (1, 2, 3)
    )
    body = parse_html(page(f"<ul class='track'>{tiles}</ul>" + PARAGRAPH), URL).body
    assert "$15.91" not in body and "Allergy Tablets" not in body


@pytest.mark.parametrize("desk", ["United Heart News", "Riverton Newsroom", "Health News Desk"])
def test_a_news_service_signing_the_byline_is_no_author(desk: str) -> None:
    """seen on a health nonprofit's news pages ("By United Heart News") and a university's
    ("Clemson News")."""
    html = page("").replace(
        "<h1>The post</h1>", f"<h1>The post</h1><p class='byline'>By {desk}</p>"
    )
    assert parse_html(html, URL).author is None


def test_a_syndicated_columnists_contact_note_closing_the_column_is_no_text() -> None:
    """seen on a newspaper's advice column: "Dr. Ann Lee is a columnist for … Readers may send
    questions to AskDrLee@example.com or by mail to …", over 300 characters."""
    note = (
        "<p><em>Dr. Ann Lee is a columnist for Keystone Features Syndicate and an internist in "
        "Pittsburgh. Readers may send questions to AskDrLee@example.com or by mail to Dr. Ann "
        "Lee, Keystone Features Syndicate, P.O. Box 4410, Pittsburgh, PA 15230. She cannot "
        "answer letters individually but will use them in the column whenever possible.</em></p>"
    )
    body = parse_html(page(note), URL).body
    assert "Readers may send questions" not in body


def test_an_appended_correction_and_a_bracketed_disclaimer_are_no_text() -> None:
    """seen on a news magazine ("Correction, March 5" over "The original version of this story
    misstated …") and an Indian daily ("(Disclaimer: This article is for informational purposes
    only …)")."""
    disclaimer = (
        "<p><em>(Disclaimer: This article is for informational purposes only and not a "
        "substitute for professional medical advice.)</em></p>"
    )
    correction = (
        "<p><strong>Correction, March 5</strong></p><p>The original version of this story "
        "misstated the year the task force lowered the screening age. It was 2021.</p>"
    )
    body = parse_html(page(PARAGRAPH + disclaimer + correction), URL).body
    assert "Correction" not in body and "original version" not in body
    assert "Disclaimer" not in body


@pytest.mark.parametrize(
    "marks",
    ["itemprop='author' itemscope itemtype='http://schema.org/Person'", "itemprop='author'"],
)
def test_a_box_marked_as_the_author_is_no_text(marks: str) -> None:
    """seen on WordPress posts with an author-box plugin whose classes name nothing
    ("saboxplugin-wrap"): the box's microdata says it is the author, with the bio under it."""
    box = (
        f"<div class='saboxplugin-wrap' {marks}><div class='saboxplugin-authorname'>"
        "<a href='/author/karin/'>Karin Ode</a></div><div class='saboxplugin-desc'><p>Karin Ode "
        "owns a cleaning company serving the Denver area. Before that she led strategy teams "
        "in retail and software for twenty years, in the US and in Europe.</p></div></div>"
    )
    body = parse_html(page(box), URL).body
    assert "cleaning company" not in body and "Most people can make" in body


def test_a_person_marked_page_is_read_whole() -> None:
    """A page marked up as a person's profile as a whole is still read."""
    html = page("").replace(
        "<article class='post'>", "<article itemscope itemtype='https://schema.org/Person'>"
    )
    assert "Most people can make" in parse_html(html, URL).body


def test_cards_whose_one_link_is_an_overlay_are_a_listing() -> None:
    """seen on a Hugo theme's home page: each entry's headline unlinked, its summary, and an
    empty <a class="entry-link" aria-label="post link to …"> laid over the card."""
    rows = news_rows(
        SLUGS,
        "<article class='post-entry'><header><h2>Post {n} title about nutrition and sleep</h2>"
        "</header><section class='entry-content'><p>Summary of post {n}: two sentences on what "
        "it says. A second sentence about the advice it gives.</p></section><footer>March {n}, "
        "2026 · 6 min</footer><a class='entry-link' aria-label='post link to Post {n} title about"
        " nutrition and sleep' href='/posts/{slug}/'></a></article>",
    )
    html = f"<html><head><title>Blog</title></head><body><main>{rows}</main></body></html>"
    article = parse_html(html, "https://example.com/")
    assert article.kind == "listing"
    assert len(article.links) == 10
    assert article.links[0].title == "Post 0 title about nutrition and sleep"
    assert article.links[0].snippet is not None and article.links[0].snippet.startswith("Summary")


def test_an_overlay_links_spoken_name_titles_its_card_where_no_headline_is_in_it() -> None:
    """A card whose overlay link names the story to screen readers in words its kicker-led
    heading does not hold keeps the link's own name."""
    rows = news_rows(
        SLUGS[:6],
        "<li><h3><span>Health</span> Headline {n} on public health</h3><a aria-label='Headline "
        "{n} on public health' href='/news/{slug}'></a></li>",
    )
    html = page("", after=f"<div><h2>Related stories</h2><ul>{rows}</ul></div>")
    titles = [link.title for link in parse_html(html, URL).recommendations]
    assert titles[:2] == ["Headline 0 on public health", "Headline 1 on public health"]


def test_a_story_continues_line_over_an_ad_is_no_text() -> None:
    """seen on a portal's syndicated story: "Story continues" over the ad slot in the text."""
    ad = "<div class='caas-da'><div>Story continues</div><div>Advertisement</div></div>"
    body = parse_html(page(ad + PARAGRAPH), URL).body
    assert "Story continues" not in body


def test_a_thai_read_more_box_and_source_line() -> None:
    """seen on a Thai portal: an "อ่านเพิ่มเติม" (read more) box of two links between
    paragraphs, and "ข้อมูล: กรมอนามัย" (information: the health department) closing the text."""
    box = (
        "<div class='read-more'><p>อ่านเพิ่มเติม</p><ul><li><a href='/health/41502/'>เลือก"
        "เครื่องฟอกอากาศอย่างไร ให้กรองฝุ่นได้จริง</a></li><li><a href='/health/41477/'>หน้ากาก"
        " N95 ใส่ซ้ำได้ไหม ใช้ได้นานแค่ไหน</a></li></ul></div>"
    )
    source = "<p><strong>ข้อมูล:</strong> กรมอนามัย</p>"
    article = parse_html(page(box + PARAGRAPH + source), URL)
    assert "อ่านเพิ่มเติม" not in article.body and "กรมอนามัย" not in article.body
    assert [link.url for link in article.recommendations] == [
        "https://example.com/health/41502/",
        "https://example.com/health/41477/",
    ]


def test_a_shop_cards_sale_badge_is_no_snippet() -> None:
    """seen on a WooCommerce category: "Sale!" in a span beside the product's name."""
    rows = news_rows(
        SLUGS[:8],
        "<li class='product'><a href='/product/{slug}/'><span class='onsale'>Sale!</span>"
        "<h2>Vitamin D3 softgels, pack {n}</h2><span class='price'>$1{n}.99</span></a></li>",
    )
    html = (
        "<html><head><title>Vitamins</title></head><body><main><h1>Vitamins</h1>"
        f"<ul class='products'>{rows}</ul></main></body></html>"
    )
    article = parse_html(html, "https://shop.example/product-category/vitamins/")
    assert article.kind == "listing"
    assert [link.snippet for link in article.links] == [None] * 8


def test_a_paid_product_card_with_a_line_on_why_is_no_text() -> None:
    """seen on a product-review site: "Our pick", the product's name, one line on why it is
    picked and price buttons ("<span>$230</span> from Amazon") whose links are rel=sponsored."""
    card = (
        "<div><div><p>Our pick</p><h3>Halcyon Airwell 250</h3><p>A quiet, efficient purifier "
        "that cleared our test room in 14 minutes and costs about $60 a year to run.</p></div>"
        "<div><a rel='sponsored noopener' href='https://shop.example/dp/1'><span>$230</span> from"
        " Amazon</a><a rel='sponsored' href='https://shop.example/t/1'><span>$250</span> from "
        "Target</a></div></div>"
    )
    body = parse_html(page(card + PARAGRAPH), URL).body
    assert "Halcyon Airwell" not in body and "Our pick" not in body
    assert "Most people can make" in body


def test_a_slides_paragraph_above_its_paid_shop_box_is_text() -> None:
    """A slide's heading and paragraph over its own "Shop now" box: the paragraph is text."""
    slide = (
        "<div class='slide'><h2>5. Oats</h2><p>A bowl of oats delivers beta-glucan, a soluble "
        "fiber that your gut bacteria ferment and that also helps lower LDL cholesterol. "
        "Steel-cut and rolled oats keep more of their structure than instant packets do.</p>"
        "<div class='cta'><span>Steel-Cut Oats, 24 oz.</span><a rel='sponsored' "
        "href='https://shop.example/dp/2'>SHOP NOW</a></div></div>"
    )
    body = parse_html(page(slide), URL).body
    assert "beta-glucan" in body and "Steel-Cut Oats, 24 oz." not in body


def test_a_more_for_you_box_in_the_text_is_no_text() -> None:
    """seen on a business magazine: a box headed "MORE FOR YOU" over three of the site's
    headlines, between two paragraphs."""
    box = (
        "<div class='fs-recirc recirc-module'><h4>MORE FOR YOU</h4><ul><li><a href='/lists/a/'>"
        "The Global 2000 companies of the year</a></li><li><a href='/advisor/b/'>Best savings "
        "accounts of March</a></li></ul></div>"
    )
    body = parse_html(page(box + PARAGRAPH), URL).body
    assert "MORE FOR YOU" not in body


def test_a_tables_bold_header_row_does_not_end_an_item() -> None:
    """seen on a tech portal's review: section 二's table opens with a row of bold cells, which
    closed the section's item as if it were the next heading."""
    rows = "".join(
        f"<tr><td>{name}</td><td>{n}分钟</td><td>{n + 20}分钟</td></tr>"
        for name, n in (("总睡眠时长误差", 12), ("入睡时间误差", 8), ("深睡时长误差", 21))
    )
    table = (
        "<table border='1'><tr><td><strong>对比项目</strong></td><td><strong>甲</strong></td><td>"
        f"<strong>乙</strong></td></tr>{rows}</table>"
    )
    sections = (
        "<p><strong>一、测试方法</strong></p><p>本次测试选择了两款手环，佩戴七晚，与睡眠监测结果对比。</p>"
        f"<p><strong>二、实测结果</strong></p><p>两款手环的平均表现如下表所示：</p>{table}"
        "<p>从总睡眠时长来看，甲的误差较小，乙的误差较大。</p>"
    )
    tips = parse_html(page(sections), URL).tips
    assert [tip.number for tip in tips] == ["一", "二"]
    assert "对比项目 甲 乙" in tips[1].text and "误差较小" in tips[1].text


def test_a_chinese_price_box_is_no_text() -> None:
    """seen on a tech portal: a product's name, "参考价格：￥299" and a "[查看报价]" link
    between two paragraphs."""
    box = (
        "<div class='article-product-box'><p><a href='/pro/1.shtml'>乐芯手环8 NFC版</a></p>"
        "<p>参考价格：<b>￥299</b></p><p><a href='/pro/1.shtml#price'>[查看报价]</a></p></div>"
    )
    body = parse_html(page(box + PARAGRAPH), URL).body
    assert "参考价格" not in body


def test_a_bare_read_more_label_over_one_linked_card_names_a_recommendation() -> None:
    """seen on a UK paper: <aside><span>Read more</span><a><img>headline</a></aside> between
    paragraphs."""
    card = (
        "<aside class='inline-readmore'><span class='label'>Read more</span><a href='/health/"
        "hay-fever-or-cold-b29/'><img src='/a.jpg' alt=''><span>Hay fever or a cold? How to tell"
        " the difference</span></a></aside>"
    )
    article = parse_html(page(card + PARAGRAPH), URL)
    assert [link.title for link in article.recommendations] == [
        "Hay fever or a cold? How to tell the difference"
    ]
    assert "Read more" not in article.body


def test_a_read_more_button_under_a_teaser_names_nothing() -> None:
    """A "Read more" link after a card's teaser is its button, no label."""
    card = (
        "<div class='card'><p>A teaser of the next post, one sentence long.</p><span>Read more"
        "</span></div>"
    )
    assert parse_html(page(card), URL).recommendations == ()


def test_an_hatom_published_stamp_is_the_date() -> None:
    """seen on a classic Blogger template: "Posted by … at <abbr class='published'
    title='2026-03-04T10:15:00-05:00'>10:15 AM</abbr>", with no itemprop."""
    footer = (
        "<div class='post-footer'>Posted by Linda Marsh at <a class='timestamp-link' href='/p'>"
        "<abbr class='published' title='2026-03-04T10:15:00-05:00'>10:15 AM</abbr></a></div>"
    )
    assert parse_html(page("", after=footer), URL).published == "2026-03-04T10:15:00-05:00"


def test_a_fine_print_line_closing_the_post_is_no_text() -> None:
    """seen on a personal health blog: "The fine print: I'm a retired nurse, but I'm not your
    nurse. Nothing on this blog replaces advice from your own doctor." in italics."""
    note = (
        "<p><i>The fine print: I'm a retired nurse, but I'm not your nurse. Nothing on this blog "
        "replaces advice from your own doctor or dietitian.</i></p>"
    )
    assert "fine print" not in parse_html(page(note), URL).body


def test_malayalam_read_more_and_related_labels_and_section_names_on_cards() -> None:
    """seen on a Malayalam daily: "കൂടുതൽ വായിക്കാൻ" (to read more) between tips, and
    "ബന്ധപ്പെട്ട വാർത്തകൾ" (related news) cards whose section name is no teaser."""
    box = (
        "<div class='also-read'><p>കൂടുതൽ വായിക്കാൻ</p><ul><li><a href='/health/a.html'>"
        "ചൂടുകുരുവും ചൊറിച്ചിലും; വേനലിൽ ചർമം സംരക്ഷിക്കാൻ ഈ വഴികൾ</a></li></ul></div>"
    )
    cards = "".join(
        f"<li><a href='/health/{n}.html'>വേനലിൽ കുട്ടികളിൽ വയറിളക്ക രോഗം {n}</a>"
        "<span>ആരോഗ്യ വാർത്തകൾ</span></li>"
        for n in (1, 2, 3)
    )
    related = f"<div><h3>ബന്ധപ്പെട്ട വാർത്തകൾ</h3><ul>{cards}</ul></div>"
    article = parse_html(page(box + PARAGRAPH, after=related), URL)
    assert "കൂടുതൽ വായിക്കാൻ" not in article.body
    assert [link.url for link in article.recommendations] == [
        "https://example.com/health/a.html",
        *(f"https://example.com/health/{n}.html" for n in (1, 2, 3)),
    ]
    assert [link.snippet for link in article.recommendations] == [None] * 4


def test_a_card_whose_image_link_shows_a_badge_is_titled_by_its_headline() -> None:
    """seen on a news theme's category (Jannah) and a shop's grid: the image link, first in
    the card, shows only a category badge ("Public Health") and names the story in its
    aria-label; the headline's own link comes after it."""
    rows = news_rows(
        SLUGS,
        "<li class='post-item'><a class='post-thumb' aria-label='Headline {n} on public health "
        "research' href='/2026/03/{slug}/'><span class='post-cat'>Public Health</span><img "
        "src='/i.jpg' alt=''></a><div><h2 class='post-title'><a href='/2026/03/{slug}/'>"
        "Headline {n} on public health research</a></h2><p>Teaser {n}, two sentences on the "
        "story. A second sentence.</p></div></li>",
    )
    html = f"<html><head><title>Health</title></head><body><main><h1>Health</h1><ul>{rows}</ul>"
    article = parse_html(html + "</main></body></html>", "https://example.com/category/health/")
    assert article.kind == "listing"
    assert [link.title for link in article.links][:2] == [
        "Headline 0 on public health research",
        "Headline 1 on public health research",
    ]


def test_a_lone_read_also_link_in_the_text_does_not_make_a_listing() -> None:
    """A "Read also" box of one link inside the text, and a related block of three of the
    same URL shape after the article: the lone link's card is its box, not the article."""
    cards = "".join(
        f"<li><a href='/health/2026/03/0{n}/story-{n}.html'>Story number {n} about the heat</a>"
        "</li>"
        for n in (1, 2, 3)
    )
    related = f"<div><h3>Related stories</h3><ul>{cards}</ul></div>"
    box = (
        "<div class='also-read'><p>Read also</p><ul><li><a href='/health/2026/03/09/skin.html'>"
        "A story about summer skin care</a></li></ul></div>"
    )
    article = parse_html(page(box + PARAGRAPH, after=related), URL)
    assert article.kind == "article"
    assert len(article.recommendations) == 4


def test_turkish_may_interest_you_box_source_line_and_next_story() -> None:
    """seen on a Turkish daily: "İLGİNİZİ ÇEKEBİLİR" over one linked story between tips,
    "Haber Kaynağı: Sağlık Bakanlığı" closing the text, and "Sonraki Haber" over the next."""
    box = (
        "<div><div>İLGİNİZİ ÇEKEBİLİR</div><a href='/saglik/d-vitamini-42709114'><span>D vitamini"
        " eksikliğinin 8 belirtisi</span></a></div>"
    )
    source = "<p><strong>Haber Kaynağı:</strong> Sağlık Bakanlığı</p>"
    after = (
        "<div><span>Sonraki Haber</span><a href='/saglik/polen-alerjisi-42718311'><span>Polen "
        "alerjisi olanlar nelere dikkat etmeli?</span></a></div>"
    )
    article = parse_html(page(box + PARAGRAPH + source, after=after), URL)
    assert "İLGİNİZİ" not in article.body and "Kaynağı" not in article.body
    assert [link.url for link in article.recommendations] == [
        "https://example.com/saglik/d-vitamini-42709114"
    ]
    assert article.next is not None and article.next.url.endswith("42718311")


def test_a_key_takeaways_box_after_the_posts_text_box_is_text() -> None:
    """seen on a GeneratePress post and a Webflow post: "Key Takeaways" and its points in a box
    of their own right after the post's content box, inside the article."""
    box = (
        "<div class='takeaways'><h3>Key Takeaways</h3><ul><li>Check the serving size first.</li>"
        "<li>Use the 5/20 rule for the daily values.</li></ul></div>"
    )
    html = page("").replace("</div></article>", f"</div>{box}</article>")
    body = parse_html(html, URL).body
    assert "Key Takeaways" in body and "Use the 5/20 rule" in body


def test_a_lead_caption_set_deep_in_its_figcaption_is_not_the_standfirst() -> None:
    """seen on a regional daily (BLOX-like): the lead photo's caption is a <p> two wrappers
    down in its <figcaption>, between the headline and the text's box."""
    figure = (
        "<figure><img src='/lead.jpg' alt=''><figcaption><div class='caption-container'><div "
        "class='caption-text'><p>A ranger drags a white cloth through tall grass at the park "
        "on Thursday to collect ticks for the survey.</p></div></div></figcaption></figure>"
    )
    html = page("").replace("<div class='entry-content'>", f"{figure}<div class='entry-content'>")
    assert "white cloth" not in parse_html(html, URL).body


def test_a_newsrooms_ask_to_subscribe_over_the_text_is_no_standfirst() -> None:
    """seen on a regional daily: "Free to read: … please support it by subscribing today." in a
    note over the story's text box."""
    ask = (
        "<div role='note'><p><strong>Free to read:</strong> The Courier is making this public "
        "health story available to all readers. Local journalism takes resources; please "
        "support it by <a href='/subscribe/'>subscribing today</a>.</p></div>"
    )
    html = page("").replace("<div class='entry-content'>", f"{ask}<div class='entry-content'>")
    assert "Free to read" not in parse_html(html, URL).body


def test_a_photo_credit_classed_byline_in_a_caption_is_the_captions() -> None:
    """seen on a regional daily: a mid-story photo whose credit sits in its own block in the
    <figcaption>, in a span classed as a byline ("tnt-byline")."""
    figure = (
        "<figure><img src='/tick.jpg' alt=''><figcaption><div class='caption-text'><p>A tick "
        "nymph beside a sesame seed for scale.</p></div><div class='caption-credit'><span "
        "class='tnt-byline'>County Health Department</span></div></figcaption></figure>"
    )
    body = parse_html(page(figure + PARAGRAPH), URL).body
    assert "A tick nymph beside a sesame seed for scale.\n\nCounty Health Department" in body


def test_a_japanese_affiliate_box_with_store_buttons_is_no_text() -> None:
    """seen on a Japanese WordPress blog (a Rinker box): a product's name, brand and price
    over buttons that name only the stores ("Amazon", "楽天市場", "Yahooショッピング")."""
    text = (
        "<p>外の音が気になる方には、耳栓もおすすめです。私は夜勤明けに昼間眠るとき、"
        "スポンジタイプの耳栓を使っています。寝る前に少しだけ準備をしておくと安心です。</p>"
    )
    box = (
        "<div class='yyi-rinker-contents'><div class='yyi-rinker-title'><a href='https://shop."
        "example.jp/a'>やわらかフォーム耳栓 32ペア入り</a></div><div class='brand'>しずかライフ"
        "</div><div class='price-box'><span class='price'>¥1,280</span><span>(2026/01/20 "
        "21:02時点 楽天市場調べ-詳細)</span></div><ul><li><a href='https://amazon.example.jp/s'>"
        "Amazon</a></li><li><a href='https://rakuten.example.jp/s'>楽天市場</a></li><li><a "
        "href='https://yahoo.example.jp/s'>Yahooショッピング</a></li></ul></div>"
    )
    body = parse_html(page(text * 3 + box), URL).body
    assert "耳栓もおすすめです" in body
    assert "しずかライフ" not in body and "¥1,280" not in body


def test_a_standfirst_under_the_headline_of_a_page_with_no_article_element() -> None:
    """seen on a Korean daily's table layout: the subtitle ("View_SubTitle") right under the
    headline, above the byline's table, on a page with no <article>; a blog's tagline under
    its linked site name is none."""
    html = (
        "<html><head><title>Allergy clinics fill up - The Daily</title></head><body>"
        "<div id='header'><h1><a href='/'>The Daily</a></h1><p class='site-description'>"
        "News, weather and sport for the county since 1921, every day.</p></div>"
        "<table><tr><td id='left_area'><div class='View_Head'>"
        "<h2 class='View_Title'>Allergy clinics fill up</h2><div class='View_SubTitle'>Oak "
        "and pine pollen peak in mid-May… rhinitis, conjunctivitis and asthma can worsen</div>"
        "<table><tr><td><a href='mailto:a@b.example'>Yoon reporter</a></td><td>2024.05.20 09:15"
        "</td></tr></table><div class='View_Tool'><p class='share_tit'>Share this story</p></div>"
        f"</div><table><tr><td id='articleBody'>{PARAGRAPH * 4}</td></tr></table></td><td "
        f"class='side'>{related('Most read', *'abcdefghij')}</td></tr></table></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Oak and pine pollen peak in mid-May…")
    assert "since 1921" not in body


def test_a_crumb_quoting_a_name_in_guillemets_is_one_step() -> None:
    """seen on an Arabic portal: the trail's last item, the headline, quotes a name in «»."""
    trail = (
        "<ol class='breadcrumb'><li><a href='/'>الرئيسية</a></li><li><a href='/uae/health'>صحة"
        "</a></li><li>«الصحة» تطلق حملة «صيف آمن» للوقاية من ضربات الشمس</li></ol>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("الرئيسية", "صحة")


def test_a_date_in_arabic_words_with_the_evening_mark() -> None:
    """seen on an Arabic portal: "نشر في: الإثنين، 20 مايو 2024 03:45 م" (م: in the evening)."""
    stamp = "<p class='date'>نشر في: الإثنين، 20 مايو 2024 03:45 م</p>"
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{stamp}")
    assert parse_html(html, URL).published == "2024-05-20T15:45:00"


def test_a_trail_named_before_its_first_step_in_any_language() -> None:
    """seen on a Czech portal ("Nacházíte se: Úvod > Zdraví > …") and on shops and blogs
    ("Explore more: …"): the words before the first step, closed by a colon, name the trail."""
    trail = (
        "<div class='drobky'>Nacházíte se: <a href='/'>Úvod</a> &gt; <a href='/zdravi/'>Zdraví"
        "</a> &gt; <span>The post</span></div>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("Úvod", "Zdraví")


def test_a_byline_labelled_autor() -> None:
    """seen on a Czech portal: "Autor: Mgr. Jana Dvořáková | 3. června 2025 10:45" under the
    headline, beside a meta author naming the site."""
    line = "<p class='info'><span class='autor'>Autor: Mgr. Jana Dvořáková</span> | 3. 6. 2025</p>"
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{line}")
    assert parse_html(html, URL).author == "Mgr. Jana Dvořáková"


@pytest.mark.parametrize(
    ("printed", "published"),
    [
        ("03 Ιουνίου 2025, 10:45", "2025-06-03T10:45:00"),  # Greek, the month in the genitive
        ("3 ΙΟΥΝΙΟΥ 2025", "2025-06-03"),  # Greek capitals drop the tonos
        ("3. júna 2025 10:45", "2025-06-03T10:45:00"),  # Slovak
        ("3 iunie 2025, 10:45", "2025-06-03T10:45:00"),  # Romanian
    ],
)
def test_a_date_in_words_in_greek_slovak_and_romanian(printed: str, published: str) -> None:
    """seen on a Greek portal, whose only date is printed in words under the headline."""
    stamp = f"<p class='date'>{printed}</p>"
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1>{stamp}")
    assert parse_html(html, URL).published == published


@pytest.mark.parametrize(
    "closing",
    [
        "<p><em>Πηγή: Εθνικός Οργανισμός Δημόσιας Υγείας (ΕΟΔΥ)</em></p>",  # Greek: "Source:"
        "<div class='zdroje'><p><strong>Zdroje:</strong></p><ul><li>Státní zdravotní ústav: "
        "Klíšťová encefalitida</li><li>Česká vakcinologická společnost: Doporučení</li></ul>"
        "</div>",  # Czech: "Sources:" over the list
    ],
)
def test_the_closing_sources_in_greek_and_czech_are_no_text(closing: str) -> None:
    """seen on a Greek and a Czech portal: the story closes with the sources it drew on."""
    body = parse_html(page(closing), URL).body
    assert body.endswith("what helps.")


SECTIONS = ("science", "", "ask", "linux", "", "games", "")


def front_page_story(index: int, section: str) -> str:
    """One story of a community news front page: the headline (on the story's section host,
    protocol-relative), the submitter's profile link and the summary."""
    host = f"{section}.bytes.example" if section else "bytes.example"
    return (
        f"<article class='story'><h2><a href='//{host}/story/2025/06/0{index}/12{index}4/"
        f"headline-number-{index}-about-sleep-and-health'>Headline number {index} about sleep "
        f"and health</a></h2><div class='body'>Longtime reader <a href='//bytes.example/~user"
        f"{index}'>user_{index}_writes</a> writes: <i>\"A study of sleep across a week found the "
        f'timing mattered more than its length for {index} of every ten adults."</i> The '
        "editors add that it is only one study.</div></article>"
    )


def test_a_front_pages_stories_on_its_section_hosts_are_its_entries() -> None:
    """seen on a community tech-news front page: the stories link to the site's section hosts
    (science.…, ask.…) and to its own host, each summary naming its submitter's profile on
    the own host; the stories are the entries, not the profiles."""
    stories = "".join(front_page_story(i, section) for i, section in enumerate(SECTIONS))
    html = (
        "<html><head><title>Bytes</title></head><body><h1 class='logo'>Bytes</h1>"
        f"<main>{stories}</main>"
        "<ul class='pager'><li><span>&laquo; Newer</span></li>"
        "<li><a href='//bytes.example/?page=1'>Older &raquo;</a></li></ul></body></html>"
    )
    record = parse_html(html, "https://bytes.example/")
    assert record.kind == "listing"
    assert [link.title for link in record.links] == [
        f"Headline number {i} about sleep and health" for i in range(len(SECTIONS))
    ]
    assert record.links[0].url.startswith("https://science.bytes.example/story/")
    assert record.next_page == "https://bytes.example/?page=1"  # "Older »", no rel=next


def test_a_sister_hosts_box_beside_an_article_makes_no_listing() -> None:
    """seen on a Chinese portal: beside the story, a side box of headlines from every section
    of the site (no two URLs of one shape) led by four photo galleries on a sister host
    (home.…); the galleries are no list of the page's own, so the box is none either."""
    galleries = [
        f"<li><h3><a href='https://home.portal.example/photoview/AB{i}/{i}.html'>Gallery "
        f"number {i} of a living room</a></h3></li>"
        for i in range(4)
    ]
    headlines = [
        f"<li><h3><a href='https://www.portal.example/section{chr(97 + i)}/story.html'>"
        f"Headline of section number {i} from this morning</a></h3></li>"
        for i in range(26)
    ]
    html = page("", after=f"<ul class='box'>{''.join(galleries + headlines)}</ul>")
    record = parse_html(html, "https://www.portal.example/article/XYZ123.html")
    assert record.kind == "article"
    assert record.links == ()


def test_a_count_in_a_teasers_sentence_is_no_view_counter() -> None:
    """seen on a front page's summaries: "temperatures hit 103°F" inside a sentence is text;
    "Views 12" in a card's details line is a counter."""
    summary = (
        "Emergency rooms filled over the weekend as temperatures hit 103°F in the city, highs "
        "that usually arrive in late July."
    )
    items = "".join(
        f"<li><h3><a href='/news/story-{i}-about-heat/'>Story number {i} about the heat</a></h3>"
        f"<p>{summary}</p><p class='meta'>Views 12</p></li>"
        for i in range(10)
    )
    html = f"<html><head><title>News</title></head><body><ul>{items}</ul></body></html>"
    record = parse_html(html, "https://example.com/news/")
    assert record.kind == "listing"
    assert record.links[0].snippet == summary


def test_a_teasers_closing_link_after_a_bold_label_is_part_of_it() -> None:
    """seen on a front page's summaries: "<b>Previously:</b> <a>an older story</a>" closes the
    summary; the link's title is its words."""
    items = "".join(
        f"<li><h3><a href='/news/story-{i}-about-flu/'>Story number {i} about the flu</a></h3>"
        "<div>A patch delivered the vaccine as well as a shot did in a large trial. "
        "<b>Previously:</b> <a href='/news/old-story-about-a-patch/'>Patch Shows Promise</a>"
        "</div></li>"
        for i in range(10)
    )
    html = f"<html><head><title>News</title></head><body><ul>{items}</ul></body></html>"
    record = parse_html(html, "https://example.com/news/")
    assert record.links[0].snippet == (
        "A patch delivered the vaccine as well as a shot did in a large trial. Previously: "
        "Patch Shows Promise"
    )


def blog_card(index: int) -> str:
    return (
        f"<article class='blog-index__post'><a href='/blog/post-{index}-about-knees'><img "
        f"src='/i/{index}.jpg' alt=''></a><h3><a href='/blog/post-{index}-about-knees'>Post "
        f"number {index} about knee pain on the stairs</a></h3><p>Stairs load the knee more "
        "going down than going up, which is why the pain shows there first.</p></article>"
    )


def test_a_listing_inside_a_page_builders_widget_wrappers_is_a_listing() -> None:
    """seen on a HubSpot blog index: every module sits in "hs_cos_wrapper_widget" and
    "widget-span" wrappers, whose word "widget" names a sidebar's box on other themes; the
    posts inside are the page's entries."""
    cards = "".join(blog_card(i) for i in range(9))
    html = (
        "<html><head><title>The Move Better Blog | Clinic</title></head><body><main>"
        "<div class='span12 widget-span widget-type-cell'><div class='hs_cos_wrapper "
        "hs_cos_wrapper_widget'><h1>The Move Better Blog</h1></div></div>"
        "<div class='span12 widget-span widget-type-custom_widget'><div class='hs_cos_wrapper "
        f"hs_cos_wrapper_widget'><section class='blog-index'>{cards}</section></div></div>"
        "</main></body></html>"
    )
    record = parse_html(html, "https://clinic.example/blog")
    assert record.kind == "listing"
    assert len(record.links) == 9
    assert record.links[0].title == "Post number 0 about knee pain on the stairs"


def shop_tile(index: int, badge: str) -> str:
    """A shop's product tile: the picture's link (showing a badge over it on some tiles), the
    name's link, a price and an "Add to Cart" button."""
    label = f"<span class='label'>{badge}</span>" if badge else ""
    return (
        f"<li class='product-item'><a class='product-item-photo' href='/monitor-{index}.html'>"
        f"{label}<img src='/m{index}.jpg' alt='Monitor {index}'></a><div class='details'>"
        f"<strong><a class='product-item-link' href='/monitor-{index}.html'>Upper Arm Blood "
        f"Pressure Monitor Model {index}</a></strong><span class='price'>$49.95</span>"
        "<form><button type='submit'><span>Add to Cart</span></button></form></div></li>"
    )


def test_a_shops_product_tiles_with_buttons_and_badges_are_its_entries() -> None:
    """seen on a Magento category: each tile's "Add to Cart" makes it a product card (chrome
    in an article), and a "Save 21%" badge over some pictures reads like a short title; the
    products are the entries, named by their names."""
    tiles = "".join(shop_tile(i, "Save 21%" if i % 2 else "") for i in range(12))
    html = (
        "<html><head><title>Blood Pressure Monitors</title></head><body><main>"
        "<h1>Blood Pressure Monitors</h1><p>Home monitors for every arm size.</p>"
        f"<ol class='product-items'>{tiles}</ol></main></body></html>"
    )
    record = parse_html(html, "https://shop.example/blood-pressure-monitors.html")
    assert record.kind == "listing"
    assert [link.title for link in record.links] == [
        f"Upper Arm Blood Pressure Monitor Model {i}" for i in range(12)
    ]


def test_a_footers_location_box_is_no_trail() -> None:
    """seen on a clinic's site: a footer box classed "footer__location" (an address, a phone
    number, a map's link) beside no trail at all."""
    location = (
        "<div class='footer__location'><h4><a href='/locations/lancaster'>Lancaster</a></h4>"
        "<address>1840 Fruitville Pike<br>Lancaster, PA 17601</address><p><a href='tel:+1717"
        "5550148'>(717) 555-0148</a></p><a href='https://maps.atlas.example/?q=1840'>Get "
        "directions</a></div>"
    )
    assert parse_html(page("", after=f"<footer>{location}</footer>"), URL).breadcrumbs == ()


def test_a_trails_links_off_the_site_after_its_steps_are_no_steps() -> None:
    """seen on a documentation site and a university's: "Edit on GitHub" or "Tweet this page"
    printed in the trail's box after its steps."""
    trail = (
        "<div class='breadcrumbs'><a href='/'>Home</a> » <a href='/guides/'>Guides</a> » "
        "<a href='https://github.example/org/docs/edit/main/post.md'>Edit on GitHub</a></div>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("Home", "Guides")


def test_a_trail_may_step_through_a_sister_site() -> None:
    """seen on a developer site: a step of the trail on the company's other domain."""
    trail = (
        "<div class='breadcrumbs'><a href='/'>Home</a> › <a href='https://models.example.org/"
        "gemma'>Models</a> › <a href='/docs/'>Docs</a></div>"
    )
    assert parse_html(page("", before=trail), URL).breadcrumbs == ("Home", "Models", "Docs")


OLD_TABLE_PAGE = (
    "<html><head><title>惠众健康知识网--春季过敏性鼻炎高发 中医支招防与治</title></head><body>"
    "<table><tr><td width='180'><table><tr><td class='left_title'>推荐文章</td></tr><tr><td>"
    "{sidebar}</td></tr></table></td><td><table><tr><td class='title'><font size='4'><b>"
    "春季过敏性鼻炎高发 中医支招防与治</b></font></td></tr><tr><td>{text}</td></tr>"
    "<tr><td class='main_title'>相关文章</td></tr><tr><td>{related}</td></tr></table></td></tr>"
    "</table></body></html>"
)


def old_table_page() -> str:
    sidebar = "".join(
        f"<a href='/Article/ShowArticle.asp?ArticleID=87{i}'>侧栏推荐的第{i}篇养生文章</a><br>"
        for i in range(10, 16)
    )
    related = "".join(
        f"<a href='/Article/ShowArticle.asp?ArticleID=86{i}'>过敏性鼻炎相关的第{i}篇文章</a><br>"
        for i in range(10, 16)
    )
    text = (
        "<p>春季是过敏性鼻炎的高发季节，花粉、尘螨和冷空气都可能诱发打喷嚏、流清涕和鼻塞等症状，"
        "不少患者每年这个时候都要反复发作，影响工作和睡眠。</p>" * 4
    )
    return OLD_TABLE_PAGE.format(sidebar=sidebar, text=text, related=related)


def test_a_table_layouts_headline_with_the_site_name_first_in_title() -> None:
    """seen on an ASP site of the 2000s: no heading and no og:title, <title> "site--headline",
    and the headline in a <td class="title">."""
    url = "http://www.hzjk.example/Article/ShowArticle.asp?ArticleID=8812"
    assert parse_html(old_table_page(), url).title == "春季过敏性鼻炎高发 中医支招防与治"


def test_the_related_block_after_the_text_beats_a_sidebars_picks_before_it() -> None:
    """seen on the same site: the left column's 推荐文章 box comes first in the markup, the
    article's 相关文章 block after its text."""
    url = "http://www.hzjk.example/Article/ShowArticle.asp?ArticleID=8812"
    titles = [link.title for link in parse_html(old_table_page(), url).recommendations]
    assert titles == [f"过敏性鼻炎相关的第{i}篇文章" for i in range(10, 16)]


def test_a_lead_story_whose_picture_shows_a_badge_is_titled_by_its_headline() -> None:
    """seen on an Arabic news section: the top story's picture link, first, shows a "Top"
    badge ("الأبرز") long enough to title it; its headline's link in an <h2> after it names
    the entry, which leads the cards below."""
    lead = (
        "<div class='topStory'><a class='topImg' href='/Story/900/kidney-screening-campaign'>"
        "<img src='/k.jpg' alt=''><span class='topBadge'>Top stories</span></a><div>"
        "<h2><a href='/Story/900/kidney-screening-campaign'>Ministry starts a kidney screening "
        "campaign in 27 provinces</a></h2><p>The campaign runs for three months.</p></div></div>"
    )
    cards = "".join(
        f"<div class='newsCard'><a class='imgWrap' href='/Story/9{i:02d}/story-number-{i}'><img "
        f"src='/c{i}.jpg' alt=''></a><h3><a href='/Story/9{i:02d}/story-number-{i}'>Story "
        f"number {i} from the health desk</a></h3></div>"
        for i in range(1, 10)
    )
    html = (
        "<html><head><title>Health</title></head><body><main><h1>Health</h1>"
        f"{lead}<div class='newsList'>{cards}</div></main></body></html>"
    )
    record = parse_html(html, "https://news.example/Section/health")
    assert record.kind == "listing"
    assert record.links[0].title == "Ministry starts a kidney screening campaign in 27 provinces"
    assert len(record.links) == 10


def test_a_listings_menu_box_of_more_links_gives_no_entries() -> None:
    """seen on a government site's news list: a box classed as a menu ("quick-menu") over
    the list, more links than the list has; a wrapper whose class names chrome weakly is read
    for entries only where it holds much of the page, as a page builder's widget around the
    list does."""
    menu = "".join(
        f"<li><a href='/topics/topic-{i}/'>Topic number {i} guides</a></li>" for i in range(14)
    )
    items = "".join(
        f"<li><a href='/news/2025/story-{i}-about-the-clinics/'>Story number {i} about the "
        "clinics</a><p>The clinics open longer on weekdays from next month, the health "
        "district said in a statement on Monday.</p></li>"
        for i in range(8)
    )
    html = (
        "<html><head><title>News</title></head><body><div class='quick-menu'><ul>"
        f"{menu}</ul></div><main><h1>News</h1><ul class='news'>{items}</ul></main></body></html>"
    )
    record = parse_html(html, "https://health.example/news/")
    assert record.kind == "listing"
    assert [link.url for link in record.links][:1] == [
        "https://health.example/news/2025/story-0-about-the-clinics/"
    ]
    assert len(record.links) == 8


def test_a_box_of_a_guides_language_versions_is_no_listing() -> None:
    """seen on a government guide: "Print or save these guides", one card per language, each
    naming its language in that language (<h3 lang="el">Ελληνικά</h3>)."""
    languages = [
        ("ar", "العربية الفصحى"),
        ("el", "Ελληνικά κείμενα"),
        ("it", "Italiano completo"),
        ("zh", "简体中文版本指南"),
        ("mk", "Македонски јазик"),
        ("es", "Español completo"),
        ("vi", "Tiếng Việt đầy đủ"),
        ("ko", "한국어 안내서 전체"),
        ("tr", "Türkçe rehber metni"),
        ("fa", "راهنمای فارسی کامل"),
    ]
    cards = "".join(
        f"<div class='guide'><a href='/guides/smartphone/index_{code}.html'><h3 lang='{code}'>"
        f"{name}</h3><p>Print or save</p></a></div>"
        for code, name in languages
    )
    html = (
        "<html lang='en'><head><title>Printable guides</title></head><body><main>"
        f"<h1>Printable guides</h1><div class='guides'>{cards}</div></main></body></html>"
    )
    assert parse_html(html, "https://guides.example/printable").kind != "listing"


def test_a_dek_under_the_headline_in_a_header_outside_the_article() -> None:
    """seen on an Astro and Tailwind blog: the <header> over the <article class="prose"> holds
    the <h1> and, right under it, a paragraph of sentences classed only by utilities, then the
    byline; a table of contents of the article's own parts sits between it and the text."""
    dek = (
        "Late nights, early alarms and weekend lie-ins can leave your body clock hours out of "
        "sync. These six habits help you reset it in two to three weeks."
    )
    contents = "".join(f"<li><a href='#part-{i}'>Part number {i}</a></li>" for i in range(1, 4))
    parts = "".join(f"<h2 id='part-{i}'>Part number {i}</h2>{PARAGRAPH}" for i in range(1, 4))
    html = (
        "<html><head><title>Fix your sleep</title></head><body><div class='mx-auto max-w-7xl'>"
        "<div class='relative top-4 mx-auto max-w-3xl'><header class='mb-8'><h1 class='text-3xl'>"
        f"Fix your sleep</h1><p class='mt-4 text-lg text-slate-600'>{dek}</p><div class='mt-6 "
        "flex'><p>By <a href='/authors/priya/'>Priya Nair</a></p></div></header>"
        f"<ol class='space-y-2 text-sm'>{contents}</ol>"
        f"<article class='prose prose-slate'>{PARAGRAPH}{parts}</article></div></div></body></html>"
    )
    body = parse_html(html, "https://sleep.example/blog/fix-your-sleep").body
    assert body.startswith(dek)
    assert "Part number 1\n\n" in body and "Priya" not in body


def test_a_video_title_over_a_web_components_player_is_no_text() -> None:
    """seen on a portal's syndicated story: "Related video: <title>" over a player whose play
    button is a web component (<fluent-button aria-label="Play video">)."""
    player = (
        "<div class='video-embed'><msn-video-player data-video-id='v1'>"
        "<div class='video-title-row'>"
        "<span>Related video:</span> <span>Are cold medicines safe for your heart?</span></div>"
        "<div class='video-poster'><img src='/p.jpg' alt=''><fluent-button aria-label='Play "
        "video'></fluent-button><span>1:47</span></div></msn-video-player></div>"
    )
    body = parse_html(page(player + PARAGRAPH), URL).body
    assert "cold medicines" not in body and "Related video" not in body


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # a Korean portal's printed time with its morning or afternoon word
        ("<span class='date'>입력 2025.06.03. 오후 2:10</span>", "2025-06-03T14:10:00"),
        ("<span class='date'>发布时间：2025年6月3日 下午3:15</span>", "2025-06-03T15:15:00"),
        # the moment in a data attribute of the printed date, to the second
        (
            "<span class='date'>입력 <span data-date-time='2025-06-03 10:45:41'>2025.06.03. "
            "오전 10:45</span></span>",
            "2025-06-03T10:45:41",
        ),
    ],
)
def test_a_printed_time_with_its_meridiem_word_or_data_attribute(
    stamp: str, published: str
) -> None:
    """seen on a Korean news portal: "입력 2025.06.03. 오전 10:45", its moment in
    data-date-time."""
    html = page("").replace("<h1>The post</h1>", f"<h1>The post</h1><p>{stamp}</p>")
    assert parse_html(html, URL).published == published


def test_seguir_leyendo_over_the_links_closing_a_story_is_its_related_block() -> None:
    """seen on a Latin-American daily on Arc: "Seguir leyendo:" in bold over a <ul> of three
    other stories, inside the text's own box."""
    closing = (
        "<p><b>Seguir leyendo:</b></p><ul class='list'>"
        "<li><a href='/salud/golpe-de-calor/'>Golpe de calor: qué es y cómo actuar</a></li>"
        "<li><a href='/salud/cuanta-agua-tomar/'>Cuánta agua hay que tomar al día</a></li>"
        "<li><a href='/salud/medicamentos-verano/'>Los medicamentos que deshidratan</a></li></ul>"
    )
    record = parse_html(page(closing), URL)
    assert [link.title for link in record.recommendations] == [
        "Golpe de calor: qué es y cómo actuar",
        "Cuánta agua hay que tomar al día",
        "Los medicamentos que deshidratan",
    ]
    assert record.body.endswith("what helps.")


def test_a_video_box_whose_play_icon_is_named_by_its_title_is_no_text() -> None:
    """seen on a Chinese broadcaster's story: a video box over the text, its play icon a
    <span class="btn_play" title="播放">, its title and "时长：02:36"."""
    video = (
        "<div class='video_box'><div class='video_player'><div class='player_cover'><img "
        "src='/v.jpg' alt=''><span class='btn_play' title='播放'></span></div></div><div "
        "class='video_info'><div class='video_tit'>【健康提示】夏季食物中毒高发</div><div "
        "class='video_time'><span>时长：02:36</span></div></div></div>"
    )
    body = parse_html(
        page("").replace("<div class='entry-content'>", f"<div class='entry-content'>{video}"), URL
    ).body
    assert "时长" not in body and "健康提示" not in body
    assert body.startswith("Most people can make this change")


def test_a_meta_author_printed_only_as_the_editor_is_no_author() -> None:
    """seen on Chinese news sites: <meta name="author"> names the web editor, printed under
    the text as "编辑：许诺 责任编辑：刘一鸣"; the closing credit "（总台记者 郑雅琳）" names the
    reporter."""
    text = "<p>夏季气温升高，细菌繁殖加快，食物中毒进入高发期，专家提醒公众注意饮食卫生。</p>" * 4
    html = (
        "<html><head><title>食物中毒进入高发期</title><meta name='author' content='许诺'></head>"
        f"<body><article><h1>食物中毒进入高发期</h1>{text}<p>（总台记者 郑雅琳）</p></article>"
        "<div class='zebian'>编辑：许诺 责任编辑：刘一鸣</div></body></html>"
    )
    assert parse_html(html, "https://news.example.cn/2025/06/03/ARTI1.shtml").author == "郑雅琳"
    without_credit = html.replace("<p>（总台记者 郑雅琳）</p>", "")
    assert parse_html(without_credit, "https://news.example.cn/a.shtml").author is None


def event_card(index: int) -> str:
    """An events calendar's list entry: the date tag, the title, the venue in an <address>,
    the description."""
    return (
        f"<article class='event'><time datetime='2025-06-{index + 5:02d}'>Jun {index + 5}</time>"
        f"<header><h3><a href='/event/workshop-number-{index}/'>Health workshop number {index} "
        "for families</a></h3><address><span>Alder Springs Public Library – Main Branch</span>"
        "<span>88 Court Street, Alder Springs, OH</span></address></header><div><p>A certified "
        "counselor walks through the options and answers your questions. Bring a friend.</p>"
        "</div></article>"
    )


def test_an_events_venue_address_is_no_part_of_its_teaser() -> None:
    """seen on The Events Calendar's list view: each event's venue and address in an
    <address> between its title and its description."""
    events = "".join(event_card(i) for i in range(8))
    html = (
        "<html><head><title>Events</title></head><body><main><h1>Upcoming Events</h1>"
        f"{events}</main></body></html>"
    )
    record = parse_html(html, "https://health.example/events/list/")
    assert record.kind == "listing"
    assert record.links[0].snippet == (
        "A certified counselor walks through the options and answers your questions. Bring a "
        "friend."
    )


def product_card(index: int, folder: str) -> str:
    return (
        f"<div class='slide'><article class='card'><figure><a href='/{folder}-{index}/'><img "
        f"src='/p{index}.jpg' alt=''></a></figure><div class='card-body'><h3 class='card-title'>"
        f"<a href='/{folder}-{index}/'>Vitamin D3 supplement number {index}, 90 softgels</a>"
        "</h3><span class='price'>$12.95</span></div></article></div>"
    )


def test_a_shops_recently_viewed_carousel_gives_no_entries() -> None:
    """seen on a BigCommerce category: under the grid, a "Recently Viewed Products" carousel
    of cards in the grid's own markup."""
    grid = "".join(product_card(i, "vitamin-d3") for i in range(12))
    viewed = "".join(product_card(i, "magnesium") for i in range(3))
    html = (
        "<html><head><title>Vitamin D</title></head><body><main><h1>Vitamin D</h1>"
        f"<section class='productGrid'>{grid}</section></main><section class='recentlyViewed'>"
        f"<h2>Recently Viewed Products</h2><section class='productCarousel'>{viewed}</section>"
        "</section></body></html>"
    )
    record = parse_html(html, "https://shop.example/vitamins/vitamin-d/")
    assert record.kind == "listing"
    assert len(record.links) == 12
    assert all("vitamin-d3" in link.url for link in record.links)


def test_the_trails_own_line_inside_a_trail_box_with_topic_links() -> None:
    """seen on a portal of the 2010s: <div class="blkBreadcrumb"> holds the trail's own line
    (<div class="blkBreadcrumbLink">… &gt; 正文</div>) and a row of the section's topics."""
    box = (
        "<div class='blkBreadcrumb'><div class='blkBreadcrumbLink'><a href='/'>新澜首页</a> &gt; "
        "<a href='/health/'>健康</a> &gt; <a href='/health/news/'>健康资讯</a> &gt; 正文</div>"
        "<div class='blkBreadcrumbNews'><a href='/health/news/sp/'>食品安全</a> | "
        "<a href='/health/news/jk/'>疾控动态</a></div></div>"
    )
    assert parse_html(page("", before=box), URL).breadcrumbs == ("新澜首页", "健康", "健康资讯")


def test_a_bulgarian_portals_date_byline_sources_and_read_more() -> None:
    """seen on a Bulgarian health portal: "Автор: д-р Мария Петрова | 3 юни 2025, 10:45", a
    "Прочетете още:" line between paragraphs and a closing "Източници:" list."""
    line = "<p class='meta'>Автор: д-р Мария Петрова | 3 юни 2025, 10:45 | 5 мин. четене</p>"
    read_more = (
        "<p><strong>Прочетете още:</strong> <a href='/zdrave/kolko-voda/'>Колко вода да пием "
        "на ден</a></p>"
    )
    sources = (
        "<p><strong>Източници:</strong></p><ol><li>Министерство на здравеопазването. "
        "Препоръки при горещо време, 2024.</li><li>Български вестник по хранене, 2023.</li></ol>"
    )
    html = page(PARAGRAPH + read_more + PARAGRAPH + sources).replace(
        "<h1>The post</h1>", f"<h1>The post</h1>{line}"
    )
    record = parse_html(html, URL)
    assert record.published == "2025-06-03T10:45:00"
    assert record.author == "д-р Мария Петрова"
    assert [link.title for link in record.recommendations] == ["Колко вода да пием на ден"]
    assert record.body.endswith("what helps.")


def test_a_reader_poll_and_a_read_the_rest_button_inside_the_text_are_not_body() -> None:
    """seen on a Chinese daily's story: a survey box set among the paragraphs, showing only
    "调查问题加载中，请稍候。" until its script fills it, and a fold's button under the text,
    "阅读剩余全文（）", whose share of the text a script fills in."""
    poll = (
        "<div class='m-vote-wrap'><form><div class='m-vote-list'><p>调查问题加载中，请稍候。"
        "<br>若长时间无响应，请刷新本页面</p></div></form></div>"
    )
    fold = "<div class='u-moreText'>阅读剩余全文（<span class='u-percent'></span>）</div>"
    record = parse_html(page(poll + PARAGRAPH, after=fold), URL)
    assert "调查" not in record.body
    assert "全文" not in record.body
    assert record.body.count("what helps.") == 5


def test_a_dek_inside_a_weakly_classed_header_in_the_article_is_kept() -> None:
    """seen on a Brightspot-like story: the <article> is the text's container, its
    "Page-lead-header" (a weak word) holds the headline, the dek in an <h2 class=
    "Page-subHeadline">, the byline and the share row; the dek is kept, the rest is not."""
    dek = (
        "Researchers followed more than a thousand adults with hearing loss for a year, and "
        "most of them heard almost as well with devices bought off a shelf."
    )
    html = (
        "<html><head><title>Hearing aids - News</title></head><body><article class='Page-article'>"
        "<div class='Page-lead-header'><h1 class='Page-headline'>Hearing aids</h1>"
        f"<h2 class='Page-subHeadline'>{dek}</h2><div class='Page-byline'>By A. Reporter</div>"
        "<div class='Page-actions'><a href='https://www.facebook.com/sharer'>Facebook</a></div>"
        f"</div><div class='RichTextBody'>{PARAGRAPH * 5}</div></article></body></html>"
    )
    record = parse_html(html, "https://news.example.com/health/hearing-aids")
    assert record.body.startswith(dek)
    assert "Reporter" not in record.body and "Facebook" not in record.body


def test_a_load_more_button_naming_what_it_loads_is_the_next_page() -> None:
    """seen on a video hub: "Load More Videos" linking ?page=2 under the grid, no rel=next."""
    rows = news_rows(
        SLUGS,
        "<div class='video-card'><h3><a href='/video/{slug}'>Video {n} about public health "
        "research</a></h3><span>3:42</span></div>",
    )
    html = (
        f"<html><head><title>Videos</title></head><body><main><h1>Health videos</h1>{rows}"
        "<a class='load-more__button' href='?page=2'>Load More Videos</a></main></body></html>"
    )
    record = parse_html(html, "https://example.com/videos")
    assert record.kind == "listing"
    assert record.next_page == "https://example.com/videos?page=2"


def test_a_button_repeated_on_every_card_titles_no_entry() -> None:
    """seen on a marketplace's category: every card's title links the item with parameters
    that differ from card to card (sponsored ones carry more), and a "More like this" link of
    one shape sits under each; the items are the entries, not the button."""
    extra = ["", "&frs=1", "&sts=1&pro=1", "&frs=1&ad_ref=cat_ads"]
    cards = "".join(
        f"<li class='v2-listing-card'><a href='/listing/{1000 + n}/item-{n}-handmade-diffuser?"
        f"ref=grid-{n}{extra[n % 4]}'><h3>Handmade diffuser number {n} in glazed stoneware</h3>"
        f"</a><a class='mlt' href='/search/similar/{1000 + n}?ref=mlt-{n}'>More like this</a>"
        "</li>"
        for n in range(12)
    )
    html = (
        "<html><head><title>Diffusers</title></head><body><h1>Diffusers</h1>"
        f"<ul class='results'>{cards}</ul></body></html>"
    )
    record = parse_html(html, "https://shop.example.com/c/diffusers")
    assert record.kind == "listing"
    assert [link.title for link in record.links] == [
        f"Handmade diffuser number {n} in glazed stoneware" for n in range(12)
    ]


def test_a_screen_reader_only_line_on_a_card_is_no_snippet() -> None:
    """seen on a marketplace's cards: "Advertisement by shop …" in <span class=
    "wt-screen-reader-only">, shown to the eye as "Ad by …", under the title."""
    cards = news_rows(
        SLUGS,
        "<li><h3><a href='/news/{slug}'>Story number {n} about public health research</a></h3>"
        "<p class='shop'><span class='wt-screen-reader-only'>Advertisement by shop Lantern"
        "Bazaar number {n}</span></p></li>",
    )
    html = f"<html><head><title>News</title></head><body><ul>{cards}</ul></body></html>"
    record = parse_html(html, "https://example.com/news/")
    assert record.kind == "listing"
    assert [link.snippet for link in record.links] == [None] * 10


def test_a_mobile_pages_fold_and_app_prompts_are_not_body_nor_recommendations() -> None:
    """seen on a Chinese portal's mobile page: "展开剩余82%" over the folded rest of the text,
    "打开易网新闻 查看精彩图片" over a blurred picture inside it, and "打开易网新闻 查看更多精彩"
    under the related feed."""
    fold = "<div class='show-more'>展开剩余82%</div>"
    prompt = (
        "<div class='open-app-img'><img src='/b.jpg'><div><p>打开易网新闻 查看精彩图片</p></div>"
        "</div>"
    )
    feed = related("相关推荐", "a", "b", "c").replace(
        "</ul>",
        "</ul><a class='more-news' href='/newsapp/?from=more'>打开易网新闻 查看更多精彩</a>",
    )
    html = page(PARAGRAPH + fold + PARAGRAPH + prompt, after=feed)
    record = parse_html(html, URL)
    assert "展开" not in record.body and "打开" not in record.body
    assert record.body.count("what helps.") == 6
    assert [link.url for link in record.recommendations] == [
        f"https://example.com/{slug}/" for slug in "abc"
    ]


def test_a_desks_update_note_call_for_tips_and_about_the_writer_close_no_text() -> None:
    """seen on a news magazine's story: "Update 06/03/25, 2:42 p.m. ET: This article was
    updated with comment from …", "Do you have a health question …? Let us know via …", then an
    "About the writer" box."""
    closing = (
        "<p><em>Update 06/03/25, 2:42 p.m. ET: This article was updated with comment from Dr. "
        "A. Doctor.</em></p><p><em>Do you have a health question, or a tip on a health story "
        "that we should be covering? Let us know via <a href='mailto:health@example.com'>"
        "health@example.com</a>.</em></p><div class='about-writer'><h3>About the writer</h3>"
        "<p>A. Reporter is a senior health reporter based in Chicago, covering public health "
        "and the cost of care for the magazine since 2019.</p></div>"
    )
    record = parse_html(page(closing), URL)
    assert record.body.endswith("what helps.")


def test_a_prompt_set_as_a_dialog_in_the_text_is_not_body() -> None:
    """seen on a Newspack story: an inline donation prompt, <div role="dialog" aria-label=
    "Donate inline prompt"> with its appeal, its tiers ("Neighbor", "$10", "per month") and a
    form posting to /donate/, set between two paragraphs."""
    prompt = (
        "<div class='newspack-popup' role='dialog' aria-label='Donate inline prompt'><p><strong>"
        "Support independent local journalism. Donate today.</strong></p><p>We are a nonprofit "
        "newsroom. We don't have a paywall, and reader donations pay for our reporters.</p>"
        "<form action='/donate/'><h3>Neighbor</h3><h2>$10</h2><span>per month</span></form></div>"
    )
    record = parse_html(page(prompt + PARAGRAPH), URL)
    assert "Donate" not in record.body and "$10" not in record.body
    assert record.body.count("what helps.") == 5


def test_a_listing_agents_line_on_a_property_card_is_no_snippet() -> None:
    """seen on a real-estate portal's results: "Listing by: Meadowlark Realty Co." under the
    address that titles each card."""
    cards = news_rows(
        SLUGS,
        "<li class='card'><a href='/homedetails/{slug}'><address>18{n}3 Juniper Lane, Maple "
        "Grove, MN 55311</address></a><p>$412,900</p><p>Listing by: Meadowlark Realty Co.</p></li>",
    )
    html = f"<html><head><title>Homes</title></head><body><ul>{cards}</ul></body></html>"
    record = parse_html(html, "https://homes.example.com/maple-grove/")
    assert record.kind == "listing"
    assert [link.snippet for link in record.links] == [None] * 10


def test_a_courses_description_is_its_snippet_past_its_mentions_of_other_courses() -> None:
    """seen on a course catalog: each course's linked code and title, then ". 3 Credits." in
    the same line, a description, and "Offered:" and "Prerequisite(s): <a>PUBH 2010</a> …"
    lines linking other courses of the list; the description is the snippet."""
    description = (
        "Introduces the methods used to describe the distribution of disease in human "
        "populations and the studies that find its causes."
    )
    blocks = "".join(
        f"<div class='courseblock'><p class='courseblocktitle'><strong><a href='/search/?P=PUBH"
        f"%20{2010 + n}'>PUBH {2010 + n} Course number {n} on public health</a>.  3 Credits."
        f"</strong></p><p class='courseblockdesc'>{description}</p><p class='courseblockextra'>"
        "<strong>Offered:</strong> Fall, Spring.</p><p class='courseblockextra'><strong>"
        "Prerequisite(s):</strong> <a href='/search/?P=PUBH%202010'>PUBH 2010</a> or consent."
        "</p></div>"
        for n in range(8)
    )
    html = f"<html><head><title>Courses</title></head><body><h1>Courses</h1>{blocks}</body></html>"
    record = parse_html(html, "https://catalog.example.edu/courses/pubh/")
    assert record.kind == "listing"
    assert [link.snippet for link in record.links] == [description] * 8


def test_a_read_more_kicker_over_a_card_with_its_picture_linked_too() -> None:
    """seen on a news magazine: between paragraphs, <div class="related-story"> holding a "Read
    more" kicker, the story's picture link and its headline's link (one story)."""
    card = (
        "<div class='related-story'><div class='related-story-kicker'>Read more</div><div>"
        "<div><a href='/map-cooling-centers'><img src='/i.jpg' alt=''></a></div><div><a "
        "href='/map-cooling-centers'>Map shows where cooling centers are open</a></div></div></div>"
    )
    record = parse_html(page(card + PARAGRAPH), URL)
    assert [link.title for link in record.recommendations] == [
        "Map shows where cooling centers are open"
    ]
    assert "cooling" not in record.body


def test_a_box_marked_as_footer_matter_under_the_text_is_not_body() -> None:
    """seen on a developer-blog platform: the post's signature ("本文版权归作者所有，欢迎转载…")
    and its info block (推荐 23 / 反对 0) in <div role="contentinfo"> boxes inside the post."""
    boxes = (
        "<div id='MySignature' role='contentinfo'><p>作者：北窗听雨</p><p>本文版权归作者所有，欢迎"
        "转载，但转载时请保留这段声明，并在文章页面明显位置附上原文链接。</p></div>"
        "<div id='blog_post_info_block' role='contentinfo'><div>推荐 23</div><div>反对 0</div>"
        "</div>"
    )
    record = parse_html(page(boxes), URL)
    assert record.body.endswith("what helps.")


def test_a_weakly_named_span_around_a_topics_title_keeps_its_link() -> None:
    """seen on a Discourse forum's topic list: each title link inside <span class=
    "link-top-line"> ("top", a weak word); the topics are the entries, not their badges."""
    rows = news_rows(
        SLUGS,
        "<tr class='topic-list-item'><td class='main-link'><span class='link-top-line'><a "
        "class='title raw-link' href='/t/{slug}/{n}'>Topic number {n} about public health "
        "research</a></span><div class='link-bottom-line'><a href='/c/labs/{n}'>Labs</a></div>"
        "</td><td class='views'>1.2k</td></tr>",
    )
    html = (
        "<html><head><title>Latest topics - Forum</title></head><body><table class='topic-list'>"
        f"<tbody>{rows}</tbody></table></body></html>"
    )
    record = parse_html(html, "https://forum.example.org/latest")
    assert record.kind == "listing"
    assert [link.url for link in record.links] == [
        f"https://forum.example.org/t/{slug}/{n}" for n, slug in enumerate(SLUGS)
    ]


def test_read_more_alone_over_a_list_of_links_and_a_row_of_topic_pills() -> None:
    """seen on a UK local paper: "<p><strong>Read more:</strong></p>" over a <ul> of linked
    headlines between paragraphs; after the text "More on this topic:" over tag pills
    (<a class="mar-tag">), then the share bar."""
    read_more = (
        "<p><strong>Read more:</strong></p><ul><li><a href='/news/1.pharmacy-to-close/'>Pharmacy"
        " to close after 40 years</a></li><li><a href='/news/2.health-centre-plans/'>Plans for a"
        " new health centre approved</a></li></ul>"
    )
    tags = (
        "<div class='mar-article__tags'><span>More on this topic:</span> <a class='mar-tag' "
        "href='/news/health/'>Health</a> <a class='mar-tag' href='/news/town/'>Town</a></div>"
        "<div class='share'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share on "
        "Facebook</a> <a href='https://twitter.com/intent/tweet?url=x'>Share on X</a></div>"
    )
    record = parse_html(page(read_more + PARAGRAPH, after=tags), URL)
    assert [link.title for link in record.recommendations] == [
        "Pharmacy to close after 40 years",
        "Plans for a new health centre approved",
    ]
    assert "Read more" not in record.body


def test_a_science_news_sites_citation_line_explore_further_and_credited_source() -> None:
    """seen on a science-news aggregator: "Citation: <headline> (2025, June 3) retrieved 4 June
    2025 from https://…" closing the text, an "Explore further" box with one story, and a
    byline "by <University>" that JSON-LD gives as an Organization author."""
    citation = (
        "<p class='article__citation'><b>Citation</b>: Hearing aids linked to slower decline "
        "(2025, June 3) retrieved 4 June 2025 from https://example.com/news/hearing-aids.html</p>"
    )
    explore = (
        "<div class='explore'><h3>Explore further</h3><h4><a href='/news/untreated-hearing-loss"
        "-falls.html'>Untreated hearing loss tied to more falls</a></h4></div>"
    )
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
        '"Organization", "name": "Calder Ridge University"}}</script>'
    )
    html = page(citation, after=explore, head=ld).replace(
        "<h1>The post</h1>", "<h1>The post</h1><p class='byline'>by Calder Ridge University</p>"
    )
    record = parse_html(html, URL)
    assert record.body.endswith("what helps.")
    assert [link.title for link in record.recommendations] == [
        "Untreated hearing loss tied to more falls"
    ]
    assert record.author is None


def test_a_dek_named_by_a_css_module_in_a_hero_past_the_lead_caption() -> None:
    """seen on a TV network's Next.js story: the hero (kicker, <h1>, <h2 class="styles_dekText__
    J8z3y">, the lead photo's caption) above the text's box, inside the <article>."""
    dek = (
        "People who walked briskly for just fifteen minutes a day were less likely to die during "
        "a long study than people who walked slowly for hours."
    )
    html = (
        "<html><head><title>Walking pace - News</title></head><body><article class='article'>"
        "<section class='article-hero'><h1>Walking pace</h1><h2 class='styles_dekText__J8z3y'>"
        f"{dek}</h2><figure><img src='/h.jpg'><figcaption>A quicker pace may be what matters "
        "most, researchers say. (Getty Images)</figcaption></figure></section>"
        "<div class='article-body layout-grid'><div class='article-body__section'><div class="
        "'article-body__content'><div class='date'>Published June 3, 2025</div>"
        f"{PARAGRAPH * 5}</div></div></div></article></body></html>"
    )
    record = parse_html(html, "https://news.example.com/health/walking-pace")
    assert record.body.startswith(dek)


def test_one_recommended_card_keeps_its_headline_not_its_section_kicker() -> None:
    """seen on a TV network's story: a "RECOMMENDED" card between paragraphs with its picture's
    link, a section kicker linking "/health/health-news" and the headline's link in an <h3>."""
    card = (
        "<section class='inline-recommendation'><span class='recommended-label'>RECOMMENDED</span>"
        "<div><a href='/health/health-news/steps-a-day-123' aria-hidden='true'><img src='/t.jpg'>"
        "</a><div><a class='unibrow' href='/health/health-news'>HEALTH NEWS</a><h3><a href='/"
        "health/health-news/steps-a-day-123'>Is 10,000 steps a day really the magic number?</a>"
        "</h3></div></div></section>"
    )
    record = parse_html(page(card + PARAGRAPH), URL)
    assert [link.title for link in record.recommendations] == [
        "Is 10,000 steps a day really the magic number?"
    ]


def test_a_japanese_papers_paywall_line_ends_the_text() -> None:
    """seen on a Japanese paper's paid story: "この記事は有料記事です。残り1234文字" and "有料会員
    になると続きをお読みいただけます。" over the sign-up box where the free part stops."""
    wall = (
        "<div class='paywall'><p>この記事は有料記事です。残り1234文字</p><p>有料会員になると続きを"
        "お読みいただけます。</p><ul><li>スタンダードコース（月額1,980円）なら記事が読み放題</li>"
        "<li>紙面ビューアーで新聞紙面もそのまま読める</li></ul></div>"
    )
    record = parse_html(page(wall), URL)
    assert record.body.endswith("what helps.")


def test_a_breadcrumb_trail_named_in_japanese_for_screen_readers() -> None:
    """seen on a Japanese paper: <nav aria-label="パンくずリスト"><ol> of three links."""
    trail = (
        "<nav aria-label='パンくずリスト'><ol><li><a href='/'>トップ</a></li><li><a "
        "href='/national/'>社会</a></li><li><a href='/national/health/'>医療・健康</a></li></ol>"
        "</nav>"
    )
    record = parse_html(page("", before=trail), URL)
    assert record.breadcrumbs == ("トップ", "社会", "医療・健康")


def test_the_papers_company_in_the_meta_author_tag_gives_way_to_its_writer() -> None:
    """seen on a Japanese paper: <meta name="author" content="暁新聞社">, which JSON-LD gives as
    the publisher, beside a JSON-LD Person author."""
    head = (
        '<meta name="author" content="暁新聞社"><script type="application/ld+json">{"@type": '
        '"NewsArticle", "author": [{"@type": "Person", "name": "山田花子"}], "publisher": '
        '{"@type": "Organization", "name": "暁新聞社"}}</script>'
    )
    record = parse_html(page("", head=head), URL)
    assert record.author == "山田花子"


def test_a_newsletters_sponsor_block_is_not_body() -> None:
    """seen on a beehiiv post: a boxed section headed "TOGETHER WITH LUMARO" (an <h6>), the ad's
    copy in the same paragraph markup as the text and a "Try it free" button."""
    sponsor = (
        "<div class='section'><h6>TOGETHER WITH LUMARO</h6><p class='paragraph'>Most sleep "
        "trackers tell you how badly you slept. Lumaro tells you why, and what to change "
        "tonight.</p><div class='button'><a href='https://lumaro.example/'>Try it free</a></div>"
        "</div>"
    )
    record = parse_html(page(sponsor + PARAGRAPH), URL)
    assert "Lumaro" not in record.body and "LUMARO" not in record.body
    assert record.body.count("what helps.") == 5


def test_a_references_label_with_its_count_closes_the_text() -> None:
    """seen on a Chinese journal's abstract page: "参考文献 15" (the label with its count) over
    the numbered references; on a publisher's page "References (25)"."""
    for label in ("参考文献 15", "References (25)"):
        refs = (
            f"<h3>{label}</h3><div>[1]</div><div>老年慢病防治协作组. 老年高血压综合管理专家建议"
            "（2023）[J]. 中国老年慢病管理杂志, 2023, 12(4): 289-301. [本文引用: 1]</div><div>[2]"
            "</div><div>Harmon JL, Okafor CN. Sleep duration and hypertension[J]. Sleep Med Rev, "
            "2022, 61: 101-109. [本文引用: 1]</div>"
        )
        record = parse_html(page(refs), URL)
        assert record.body.endswith("what helps."), label


def test_a_sales_pitch_box_set_in_the_text_is_not_body() -> None:
    """seen on an investing site: <div class="article-pitch-container"> between paragraphs,
    "Should you invest $1,000 in … right now?" over its pitch and a "See the 10 stocks" link."""
    pitch = (
        "<div class='article-pitch-container'><h3 class='pitch-headline'>Should you invest $1,000"
        " in Brennick right now?</h3><p>Before you buy stock in Brennick, consider this: our "
        "analyst team has just picked what it thinks are the ten best stocks to own today.</p>"
        "<a href='/stock-advisor/'>See the 10 stocks</a></div>"
    )
    record = parse_html(page(pitch + PARAGRAPH), URL)
    assert "invest" not in record.body
    assert record.body.count("what helps.") == 5


def test_an_albums_headline_link_names_it_over_its_covers_badge() -> None:
    """seen on a hospital's photo galleries: each card's cover link first, showing only "24
    photos" and "View Album", then the album's title link in an <h2>, to the same page."""
    cards = news_rows(
        SLUGS,
        "<div class='album'><a href='/gallery/{slug}/'><img src='/c.jpg' alt=''><span>2{n} photos"
        "</span><span>View Album</span></a><h2><a href='/gallery/{slug}/'>Album number {n} of "
        "the health fair</a></h2><p>May 1{n}, 2025</p></div>",
    )
    html = f"<html><head><title>Photo Galleries</title></head><body>{cards}</body></html>"
    record = parse_html(html, "https://hospital.example.org/gallery/")
    assert record.kind == "listing"
    assert [link.title for link in record.links][:2] == [
        "Album number 0 of the health fair",
        "Album number 1 of the health fair",
    ]


def test_a_spanish_sites_closing_not_a_doctor_note_is_not_body() -> None:
    """seen on a Spanish health portal: "Advertencia" over "La información de este artículo tiene
    carácter divulgativo y no sustituye en ningún caso la consulta con un profesional sanitario."
    closing the text."""
    note = (
        "<div class='me-c-warning'><p><strong>Advertencia</strong></p><p>La información de este "
        "artículo tiene carácter divulgativo y no sustituye en ningún caso la consulta con un "
        "profesional sanitario.</p></div>"
    )
    record = parse_html(page(note), URL)
    assert record.body.endswith("what helps.")


def test_a_cards_spoken_name_with_plain_quotes_gives_way_to_its_headline() -> None:
    """seen on a JNews theme's related posts: the image link's aria-label "Read article: …
    readers' questions" (a plain quote) before the <h3> link "…readers’ questions"."""
    cards = "".join(
        f"<article><a href='/2025/05/2{n}/story-{n}/' aria-label='Read article: Story {n}: "
        f"dermatologists answer readers&#039; questions'><img src='/t.jpg'></a><h3><a href='/2025/"
        f"05/2{n}/story-{n}/'>Story {n}: dermatologists answer readers&#8217; questions</a></h3>"
        "</article>"
        for n in range(3)
    )
    record = parse_html(page("", after=f"<div><h3>Related Posts</h3>{cards}</div>"), URL)
    assert [link.title for link in record.recommendations] == [
        f"Story {n}: dermatologists answer readers’ questions" for n in range(3)
    ]


def test_a_most_popular_list_set_among_the_paragraphs_is_not_body_nor_tips() -> None:
    """seen on a metro paper: <div class="mostPopular"> (one camel-case word) with an <h3>
    "Most Popular" and an <ol> of five site-wide headlines, between two paragraphs."""
    box = (
        "<div class='mostPopular'><h3>Most Popular</h3><ol>"
        + "".join(
            f"<li><a href='/news/story-{n}/'>Site-wide headline number {n}</a></li>"
            for n in range(5)
        )
        + "</ol></div>"
    )
    record = parse_html(page(box + PARAGRAPH), URL)
    assert "headline" not in record.body
    assert record.tips == ()
    assert record.body.count("what helps.") == 5


def test_a_closing_line_asking_to_sign_up_for_newsletters_is_not_body() -> None:
    """seen on a hyperlocal news network: the story's last line inside the text box, "Get
    alerts about what's happening in Springvale — sign up for free newsletters and
    breaking-news alerts." (italic, linked)."""
    line = (
        "<p><em>Get alerts about what’s happening in Springvale — <a href='/newsletters'>sign up "
        "for free Porchlight newsletters</a> and breaking-news alerts.</em></p>"
    )
    record = parse_html(page(line), URL)
    assert record.body.endswith("what helps.")


def test_a_label_alone_in_its_wrapper_over_a_list_in_its_own() -> None:
    """seen on a Brazilian portal built of one wrapper per block: <div><p><strong>LEIA TAMBÉM:
    </strong></p></div> then <div><ul> of two linked headlines</ul></div>, then the text goes on
    with a sentence linking another site; the label names the two links only."""
    block = (
        "<div class='content-text'><p><strong>LEIA TAMBÉM:</strong></p></div>"
        "<div class='content-unordered-list'><ul><li><a href='/noticia/sinais-de-alerta.ghtml'>"
        "Dengue: veja os sinais de alerta</a></li><li><a href='/noticia/vacina.ghtml'>Vacina "
        "contra a dengue: quem pode tomar</a></li></ul></div>"
        "<div class='content-text'><p>Os dados estão no <a href='https://saude.example.org/painel/'>"
        "painel da prefeitura</a>, atualizado toda semana com os casos de cada bairro.</p></div>"
    )
    record = parse_html(page(block), URL)
    assert [link.title for link in record.recommendations] == [
        "Dengue: veja os sinais de alerta",
        "Vacina contra a dengue: quem pode tomar",
    ]
    assert "painel da prefeitura" in record.body


# --- old-web shapes (2000s table layouts, HTML 3.2, old blog themes, forums) ----------------


def test_a_meta_author_naming_the_site_before_its_channel_gives_way_to_the_byline() -> None:
    """seen on a 2006 portal's health channel: <meta name="author" content="华宇在线"> while
    <title> ends "_华宇在线健康频道" and the date line says 作者：林晓岚."""
    html = (
        "<html><head><title>春季如何养肝_华宇在线健康频道</title>"
        "<meta name='author' content='华宇在线'></head><body><h1>春季如何养肝</h1>"
        "<div class='info'>2006年03月15日 09:21 来源：滨江晚报 作者：林晓岚</div>"
        f"<div class='text'>{PARAGRAPH * 4}</div></body></html>"
    )
    assert parse_html(html, URL).author == "林晓岚"


def test_a_one_man_blog_keeps_its_meta_author_when_no_byline_names_another() -> None:
    """the other side: the owner's name opening the blog's name, no byline printed."""
    html = (
        "<html><head><title>The post | Jane Doe Writes</title>"
        "<meta name='author' content='Jane Doe'></head><body><h1>The post</h1>"
        f"<div class='text'>{PARAGRAPH * 4}</div></body></html>"
    )
    assert parse_html(html, URL).author == "Jane Doe"


def test_header_lines_set_between_breaks_in_one_table_cell_give_the_byline_and_date() -> None:
    """seen on a 2008 daily's story page: the headline, the byline and the date each a <font>
    line ended by <br> in the story column's one <td>, the text after them."""
    html = (
        "<html><head><title>Clinic opens - The Register</title></head><body><table><tr>"
        "<td><font size='5'><b>Clinic opens</b></font><br>"
        "<font size='2'><b>By <a href='mailto:d@example.com'>Dana Mercer</a> / Staff Writer"
        "</b></font><br><font size='1'>Published: Tuesday, March 11, 2008 4:12 AM EDT</font><br>"
        f"<font class='storytext'>{PARAGRAPH * 5}</font></td></tr></table></body></html>"
    )
    record = parse_html(html, URL)
    assert record.author == "Dana Mercer"
    assert record.published == "2008-03-11T04:12:00"


def test_a_day_only_date_line_takes_its_time_from_the_posted_on_line_under_the_post() -> None:
    """seen on WordPress's old default theme: <small>March 3rd, 2010</small> under the title,
    "This entry was posted on Wednesday, March 3rd, 2010 at 6:45 am …" under the text (which
    is no body, nor is the Sociable plugin's "Share and Enjoy:" label)."""
    html = (
        "<html><head><title>The post - Site</title></head><body><div class='post'>"
        "<h2><a href='/the-post/'>The post</a></h2><small>March 3rd, 2010</small>"
        f"<div class='entry'>{PARAGRAPH * 4}<div class='sociable'><div class='sociable_tagline'>"
        "<strong>Share and Enjoy:</strong></div><ul><li><a rel='nofollow' "
        "href='http://www.facebook.com/share.php?u=x'><img alt='Facebook'></a></li></ul></div>"
        "<p class='postmetadata alt'><small>This entry was posted on Wednesday, March 3rd, 2010 "
        "at 6:45 am and is filed under <a href='/category/x/'>Stretching</a>. You can follow any "
        "responses to this entry through the <a href='/feed/'>RSS 2.0</a> feed.</small></p>"
        "</div></div></body></html>"
    )
    record = parse_html(html, URL)
    assert record.published == "2010-03-03T06:45:00"
    assert record.body.endswith("what helps.")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("11/18/2009 2:35:00 PM", "2009-11-18T14:35:00"),  # ASP.NET's DateTime as printed
        ("03-14-2009, 09:42 PM", "2009-03-14T21:42:00"),  # vBulletin's post date
        ("2009/11/18 2:35:00 PM", "2009-11-18T14:35:00"),
        ("03/05/2026", None),  # the day could be a month: not read without the page's language
    ],
)
def test_american_dates_where_the_day_cannot_be_a_month(printed: str, expected: str) -> None:
    from parsers.meta import parse_date

    assert parse_date(printed) == expected


def test_closing_disclaimers_of_a_blogger_who_is_not_a_doctor() -> None:
    """seen on old blogs and personal pages: "The usual disclaimer: I'm not a doctor or a
    physiotherapist, just someone who sits too much. If anything here hurts …, stop and talk to a
    professional.", "Please remember: I am a retired nurse, not your doctor. …"."""
    for line in (
        "<p><em>The usual disclaimer: I’m not a doctor or a physiotherapist, just someone who "
        "sits too much. If anything here hurts, stop and talk to a professional.</em></p>",
        "<p>Please remember: I am a retired nurse, not your doctor. Nothing on this page should "
        "take the place of advice from your own doctor. Always check with them first.</p>",
        # a clinic's small print: "… is not a substitute for an assessment by your GP …"
        "<p><em>The information in this article is general advice and is not a substitute for "
        "an assessment by your GP or a chartered physiotherapist.</em></p>",
    ):
        assert parse_html(page(line), URL).body.endswith("what helps.")


def test_an_element_classed_as_the_title_wins_over_an_h1_naming_the_section() -> None:
    """seen on an ASP.NET health library: <h1>Health Library</h1> (what <title>'s middle part
    says) over <span id="…_lblTitle" class="ArticleTitle">, which says what og:title says."""
    html = (
        "<html><head><title>Understanding High Blood Pressure | Health Library | Harrowgate"
        "</title><meta property='og:title' content='Understanding High Blood Pressure'></head>"
        "<body><h1>Health Library</h1><div id='ctl00_cphMain_ArticleBody'>"
        "<span id='ctl00_ContentPlaceHolder1_lblTitle' class='ArticleTitle'>Understanding High "
        f"Blood Pressure</span>{PARAGRAPH * 4}</div></body></html>"
    )
    assert parse_html(html, URL).title == "Understanding High Blood Pressure"


def test_a_headline_holding_a_separator_of_its_own_is_kept_whole() -> None:
    """seen on a vBulletin thread: og:title "Sciatica after lifting - what helped you?", no
    heading, the thread's title in bold over its first post."""
    html = (
        "<html><head><title>Sciatica after lifting - what helped you? - Lumbar Lounge</title>"
        "<meta property='og:title' content='Sciatica after lifting - what helped you?'></head>"
        "<body><table><tr><td><div class='smallfont'><strong>Sciatica after lifting - what "
        f"helped you?</strong></div><div id='post_message_1'>{PARAGRAPH * 4}</div></td></tr>"
        "</table></body></html>"
    )
    assert parse_html(html, URL).title == "Sciatica after lifting - what helped you?"


def test_a_page_with_no_heading_takes_its_headline_from_its_biggest_type() -> None:
    """seen on a hand-made 2003 page: no <h1>-<h6>, <title> "Dot's Corner - My Diabetes Page",
    the headline a centered <FONT SIZE=6><B> split by a <BR>."""
    html = (
        "<html><head><title>Dot's Corner - My Diabetes Page</title></head><body><center>"
        "<font size='6'><b>Living with Type 2 Diabetes:<br>What I Have Learned</b></font></center>"
        f"<table><tr><td>{PARAGRAPH * 4}</td></tr></table></body></html>"
    )
    assert parse_html(html, URL).title == "Living with Type 2 Diabetes: What I Have Learned"


def test_lettered_lines_under_a_numbered_line_are_its_children() -> None:
    """seen on a hand-made page: "1. Check your blood sugar … at these times:" then "a) when I
    first get up" "b) …" lines, all joined by <br>, then "2. …"."""
    advice = (
        "<p>1. Check your blood sugar and write it down. I test at these times:<br>"
        "a) when I first get up, before breakfast<br>b) two hours after my biggest meal<br>"
        "2. Walk every day. Even ten minutes after supper helps.<br>"
        "3. Look at your feet every night. A mirror helps with the soles.</p>"
    )
    tips = parse_html(page(advice), URL).tips
    assert [tip.number for tip in tips] == ["1", "2", "3"]
    assert [child.number for child in tips[0].tips] == ["a", "b"]
    assert tips[0].tips[1].text == "two hours after my biggest meal"
    assert tips[0].text == "Check your blood sugar and write it down. I test at these times:"


def test_a_forum_trail_of_spans_each_opening_on_its_separator() -> None:
    """seen on vBulletin 3: <span class="navbar"><a href="index.php">Forums</a></span> then
    <span class="navbar">&gt; <a>Conditions</a></span> …"""
    html = page(
        "",
        before=(
            "<table><tr><td><span class='navbar'><a href='index.php'>Lumbar Lounge</a></span>"
            "<span class='navbar'>&gt; <a href='forumdisplay.php?f=3'>Conditions</a></span>"
            "<span class='navbar'>&gt; <a href='forumdisplay.php?f=12'>Back Pain</a></span>"
            "</td></tr></table>"
        ),
    )
    record = parse_html(html, "https://forums.example.org/showthread.php?t=48213")
    assert record.breadcrumbs == ("Lumbar Lounge", "Conditions", "Back Pain")


def test_previous_and_next_thread_links_and_similar_threads() -> None:
    """seen on vBulletin: "« Previous Thread | Next Thread »" (labels only: no titles) and a
    "Similar Threads" table of other threads."""
    after = (
        "<div class='smallfont'><strong>«</strong> <a href='showthread.php?t=9&goto=nextoldest'>"
        "Previous Thread</a> | <a href='showthread.php?t=9&goto=nextnewest'>Next Thread</a> "
        "<strong>»</strong></div><table><thead><tr><td class='tcat'>Similar Threads</td></tr>"
        "</thead><tbody><tr><td><a href='showthread.php?t=41877'>Sciatica from lifting at work - "
        "how long were you off?</a></td><td>frank</td></tr><tr><td>"
        "<a href='showthread.php?t=39120'>Herniated disc L5-S1 and left leg numbness</a></td>"
        "<td>jenna</td></tr></tbody></table>"
    )
    record = parse_html(page("", after=after), "https://forums.example.org/showthread.php?t=9")
    assert record.prev is not None and record.prev.title is None
    assert record.prev.url.endswith("goto=nextoldest")
    assert record.next is not None and record.next.url.endswith("goto=nextnewest")
    assert [link.title for link in record.recommendations] == [
        "Sciatica from lifting at work - how long were you off?",
        "Herniated disc L5-S1 and left leg numbness",
    ]


def test_a_web_rings_previous_and_next_are_other_sites_not_neighbours() -> None:
    """seen on a hand-made page: a web ring's "[ Previous | Next ]" links to the ring's host."""
    after = (
        "<center>Sweet Friends Ring: [ <a href='http://ring.example.net/ring?id=41;prev'>"
        "Previous</a> | <a href='http://ring.example.net/ring?id=41;next'>Next</a> ]</center>"
    )
    record = parse_html(page("", after=after), URL)
    assert record.prev is None and record.next is None


def test_a_closing_list_of_links_i_recommend_is_not_body() -> None:
    """seen on a hand-made page: "Links I Recommend" (and a note on them) over a list of other
    organisations' home pages, each with a line on it, closing the text."""
    links = (
        "<p><b>Links I Recommend</b><br><small>(These open in a new window.)</small></p><ul>"
        + "".join(
            f"<li><a href='http://site{n}.example.org/'>Outreach Council {n}</a> - free booklets "
            "and a good page</li>"
            for n in range(4)
        )
        + "</ul>"
    )
    body = parse_html(page(links), URL).body
    assert body.endswith("what helps.")


def test_a_topic_title_holding_a_separator_beats_the_boards_name_in_the_h1() -> None:
    """seen on phpBB 3 (prosilver): <h1>Migraine Circle</h1> (the board), <title> "Migraine
    Circle • View topic - Magnesium for migraine prevention - my 6 month experience" and the
    topic's <h2> saying its last two parts as one."""
    html = (
        "<html><head><title>Migraine Circle &bull; View topic - Magnesium for migraine "
        "prevention - my 6 month experience</title></head><body><div class='headerbar'>"
        "<h1>Migraine Circle</h1></div><h2><a href='./viewtopic.php?f=12&amp;t=4567'>Magnesium "
        "for migraine prevention - my 6 month experience</a></h2>"
        f"<div class='content'>{PARAGRAPH * 4}</div></body></html>"
    )
    record = parse_html(html, "https://forum.example.org/viewtopic.php?f=12&t=4567")
    assert record.title == "Magnesium for migraine prevention - my 6 month experience"


def test_a_next_link_to_the_next_page_of_replies_is_no_next_article() -> None:
    """seen on phpBB 3: a "Next" button to "…&start=6" in the display-options fieldset of a
    form, beside the sort menus; it pages the topic's replies, and its line is the fieldset,
    not the page's body around it."""
    after = (
        "<form method='post'><fieldset class='display-options'><a href='./viewtopic.php?f=12&"
        "amp;t=4567&amp;start=6'>Next</a><label>Display posts from previous: <select><option>"
        "All posts</option></select></label></fieldset></form>"
    )
    html = page("", after=after)
    record = parse_html(html, "https://forum.example.org/viewtopic.php?f=12&t=4567")
    assert record.next is None
    assert record.body.count("what helps.") == 4


def test_a_trail_pointing_back_up_with_the_separators_in_bold() -> None:
    """seen on phpBB 3: <li class="icon-home"><a href="./index.php">Board index</a>
    <strong>&#8249;</strong> <a>Treatments</a> <strong>&#8249;</strong> <a>Supplements</a>,
    the board's index in the page's own folder."""
    trail = (
        "<ul class='linklist navlinks'><li class='icon-home'><a href='./index.php'>Board index</a>"
        " <strong>&#8249;</strong> <a href='./viewforum.php?f=3'>Treatments</a> "
        "<strong>&#8249;</strong> <a href='./viewforum.php?f=12'>Supplements</a></li></ul>"
    )
    record = parse_html(
        page("", before=trail), "https://www.example.org/forum/viewtopic.php?f=12&t=4567"
    )
    assert record.breadcrumbs == ("Board index", "Treatments", "Supplements")


def test_a_module_title_sharing_three_letters_with_title_is_not_the_headline() -> None:
    """seen on Joomla 1.5: no heading holds the headline (it is a <td class="contentheading">),
    and a sidebar module's <td class="moduletitle"><h3>Polls</h3> shares "lls" with "…Falls…";
    the headline's cell then leads to the byline and the date under it."""
    html = (
        "<html><head><title>Preventing Falls in Older Adults: 10 Practical Steps</title></head>"
        "<body><h1 id='logo'><a href='/'>Kestrel Lane Physiotherapy</a></h1><table><tr><td>"
        "<table class='contentpaneopen'><tr><td class='contentheading'>Preventing Falls in Older "
        "Adults: 10 Practical Steps</td></tr></table><table class='contentpaneopen'><tr>"
        "<td class='small'>Written by Ruth Alder</td></tr><tr><td class='createdate'>Thursday, "
        f"12 November 2009 14:30</td></tr><tr><td>{PARAGRAPH * 4}</td></tr></table></td><td>"
        "<table class='moduletable'><tr><td class='moduletitle'><h3>Polls</h3></td></tr></table>"
        "</td></tr></table></body></html>"
    )
    record = parse_html(html, URL)
    assert record.title == "Preventing Falls in Older Adults: 10 Practical Steps"
    assert record.published == "2009-11-12T14:30:00"
    assert record.author == "Ruth Alder"


def test_an_old_cms_pager_of_prev_and_next_arrows_alone_in_their_links() -> None:
    """seen on Joomla 1.5: <th class="pagenav_prev"><a>&lt; Prev</a></th> and "Next &gt;"."""
    after = (
        "<table class='pagenav'><tr><th class='pagenav_prev'><a href='/articles/49-balance.html'>"
        "&lt; Prev</a></th><td>&nbsp;</td><th class='pagenav_next'>"
        "<a href='/articles/46-hip-protectors.html'>Next &gt;</a></th></tr></table>"
    )
    record = parse_html(page("", after=after), URL)
    assert (
        record.prev is not None
        and record.prev.url == "https://example.com/articles/49-balance.html"
    )
    assert record.prev.title is None
    assert record.next is not None and record.next.url.endswith("/46-hip-protectors.html")


def test_an_article_directorys_resource_box_and_related_articles_with_keywords() -> None:
    """seen on article directories: the writer's bio and pitch after the text ("… is a
    certified nutritionist … Visit her site at … for a free report"), and a box headed
    "Related Articles - cholesterol, diet, heart health"."""
    bio = (
        "<p>Linda Harwell is a certified nutritionist and cooking instructor in Portland. Visit "
        "her site at http://www.example.net for a free report on heart-healthy foods.</p>"
    )
    box = (
        "<div class='related'><h3>Related Articles - cholesterol, diet, heart health</h3><ul>"
        "<li><a href='/?Fish-Oil&id=2019875'>Fish Oil Supplements - Are They Worth the Money?</a>"
        "</li><li><a href='/?Walking&id=2027310'>Walking Your Way to a Healthier Heart</a></li>"
        "</ul></div>"
    )
    record = parse_html(page(bio, after=box), URL)
    assert record.body.endswith("what helps.")
    assert [link.title for link in record.recommendations] == [
        "Fish Oil Supplements - Are They Worth the Money?",
        "Walking Your Way to a Healthier Heart",
    ]


def test_a_step_number_in_a_span_opens_the_steps_first_paragraph() -> None:
    """seen on a 2012 how-to site: <li class="Step"><span class="StepNum">1</span><div
    class="StepContent"><p>Track your numbers at home. …</p></div></li>, the number set beside
    the step by the style sheet."""
    steps = (
        "<ol class='steps'>"
        + "".join(
            f"<li class='Step'><span class='StepNum'>{n}</span><div class='StepContent'><p>Step "
            f"{n} sentence that explains what to do and why it helps your heart.</p></div></li>"
            for n in (1, 2, 3)
        )
        + "</ol>"
    )
    body = parse_html(page(steps), URL).body
    assert "\n\n1 Step 1 sentence" in body
    assert "\n\n1\n\n" not in body


def test_a_shop_widgets_price_rows_are_not_body_but_a_reviews_price_is() -> None:
    """seen on a 2011 hub's Amazon capsule: "Amazon Price: $11.53" / "List Price: $16.95"
    under each book; a review's own "Price: $175" spec line stays."""
    widget = (
        "<div class='amz_info'><div class='amz_price'><span>Amazon Price:</span> <span>$11.53"
        "</span></div><div class='amz_listprice'><span>List Price:</span> <span>$16.95</span>"
        "</div></div><p>Price: $175</p>"
    )
    body = parse_html(page(widget + PARAGRAPH), URL).body
    assert "Amazon Price" not in body and "List Price" not in body
    assert "Price: $175" in body


def test_a_blogs_date_header_above_the_title_and_its_posted_at_time() -> None:
    """seen on Typepad: <h2 class="date-header">Tuesday, March 16, 2010</h2> over the post's
    <h3>, "Posted at 09:14 PM in Caregiving | Permalink" under it; and on FC2, a date-only
    <h2> "2009/03/12 (木)" just above the entry's title box, "posted by ゆきんこ at 22:41"."""
    typepad = (
        "<html><head><title>Notes - Sundowning</title></head><body><h1>Notes</h1>"
        "<h2 class='date-header'>Tuesday, March 16, 2010</h2><div class='entry'>"
        f"<h3 class='entry-header'>Sundowning</h3><div class='entry-body'>{PARAGRAPH * 4}</div>"
        "<p class='entry-footer-info'>Posted at 09:14 PM in <a href='/c/'>Caregiving</a> | "
        "<a href='/p/'>Permalink</a></p></div></body></html>"
    )
    assert parse_html(typepad, URL).published == "2010-03-16T21:14:00"
    fc2 = (
        "<html><head><title>冷えとり - ブログ</title></head><body><h1>ブログ</h1>"
        "<h2 class='entry_header'>2009/03/12 (木)</h2><div class='entry_title_box'>"
        "<h3 class='entry_title'><a href='/blog-entry-87.html'>冷えとり</a></h3></div>"
        f"<div class='entry_body'>{PARAGRAPH * 4}</div>"
        "<p class='entry_posted'>posted by ゆきんこ at 22:41</p></body></html>"
    )
    record = parse_html(fc2, URL)
    assert record.published == "2009-03-12T22:41:00"
    assert "2009/03/12" not in record.body


def test_older_and_newer_posts_either_side_of_the_home_link() -> None:
    """seen on old blog templates (FC2, Movable Type): "« older title | ホーム | newer title »",
    the arrows inside the links, no word saying which is which."""
    after = (
        "<div class='content-nav'><a href='https://example.com/blog/entry-86.html'>&laquo; "
        "冷え性と睡眠</a> | <a href='https://example.com/'>ホーム</a> | "
        "<a href='https://example.com/blog/entry-88.html'>湯たんぽデビュー &raquo;</a></div>"
    )
    record = parse_html(page("", after=after), URL)
    assert record.prev is not None and record.prev.title == "冷え性と睡眠"
    assert record.next is not None and record.next.url == "https://example.com/blog/entry-88.html"
    assert record.next.title == "湯たんぽデビュー"


def test_a_forum_threads_subject_after_its_type_label_and_its_related_threads() -> None:
    """seen on Discuz! X: <h1><a>[经验分享]</a> <span id="thread_subject">…</span></h1>, the
    poster's card "注册时间 2009-6-21" before "发表于 2012-3-15 21:08", and "相关帖子"."""
    html = (
        "<html><head><title>控糖三年的经验_饮食控糖_糖友家园</title></head><body>"
        "<h1 class='ts'><a href='forum.php?typeid=12'>[经验分享]</a> "
        "<span id='thread_subject'>控糖三年的经验</span></h1><table><tr><td class='pls'><dl>"
        "<dt>注册时间</dt><dd>2009-6-21</dd></dl></td><td class='plc'><div class='pti'>"
        f"<em>发表于 2012-3-15 21:08</em></div><div class='t_f'>{PARAGRAPH * 4}</div>"
        "<h3>相关帖子</h3><ul><li><a href='thread-22910-1-1.html'>"
        "糖化血红蛋白从8.9降到6.2的记录</a></li><li><a href='thread-21577-1-1.html'>"
        "二甲双胍吃了胃难受怎么办</a></li></ul>"
        "</td></tr></table></body></html>"
    )
    record = parse_html(html, "http://bbs.example.cn/thread-23817-1-1.html")
    assert record.title == "控糖三年的经验"
    assert record.published == "2012-03-15T21:08:00"
    assert [link.title for link in record.recommendations] == [
        "糖化血红蛋白从8.9降到6.2的记录",
        "二甲双胍吃了胃难受怎么办",
    ]


def test_closing_notes_of_a_japanese_blog_and_a_caregiver() -> None:
    """seen on FC2: "※私個人の体験です。…早めに病院で相談してくださいね。", "↓ランキングに参加して
    います↓", "ポチッと応援していただけるとうれしいです♪"; on Typepad: "I'm a daughter, not a
    nurse. Please talk to your own family member's doctor before …"."""
    for closing in (
        "<p>※私個人の体験です。手足の冷えがひどいときは、早めに病院で相談してくださいね。</p>"
        "<p>↓ランキングに参加しています↓</p><p>ポチッと応援していただけるとうれしいです♪</p>",
        "<p><em>I'm a daughter, not a nurse. Please talk to your own family member's doctor "
        "before you change anything in their care or their medicines.</em></p>",
    ):
        assert parse_html(page(closing), URL).body.endswith("what helps.")


def test_the_language_of_an_undeclared_page_in_latin_letters() -> None:
    """seen on a 2008 German portal with no lang attribute: German text is German, not the
    English that Latin letters defaulted to."""
    german = (
        "<p>Wer sich im Winter vor Erkältungen schützen will, sollte sich regelmäßig die Hände "
        "waschen. Das ist nicht schwer und hilft auch gegen die Grippe, die von Mensch zu Mensch "
        "übertragen wird. Eine warme Mahlzeit am Tag und genug Schlaf sind für die Abwehr "
        "ebenfalls wichtig.</p>"
    )
    html = (
        "<html><head><title>Erkältung</title></head><body><h1>Erkältung</h1>"
        f"<div class='text'>{german * 3}</div></body></html>"
    )
    assert parse_html(html, URL).language == "de"
    assert parse_html(page(""), URL).language == "en"


def test_older_and_newer_items_side_by_side_and_a_newsroom_byline() -> None:
    """seen on Joomla K2: "Más en esta categoría: « older title | newer title »" with no home
    link between them, and "Escrito por Redacción" (the newsroom, no person)."""
    after = (
        "<div class='itemNavigation'><span>Más en esta categoría:</span> <a class='itemPrevious' "
        "href='/salud/item/2409-hospital'>&laquo; Hospital amplía horario</a> | <a "
        "class='itemNext' href='/salud/item/2423-jornada'>Abren inscripciones &raquo;</a></div>"
    )
    html = page("", after=after).replace(
        "<h1>The post</h1>",
        "<h1>The post</h1><span class='itemAuthor'>Escrito por Redacción</span>",
    )
    record = parse_html(html, URL)
    assert record.prev is not None and record.prev.title == "Hospital amplía horario"
    assert record.next is not None and record.next.title == "Abren inscripciones"
    assert record.author is None


def test_an_old_cms_title_cell_beats_the_logos_h1_naming_the_site() -> None:
    """seen on uCoz: <td class="logo"><h1>Здоровый дом</h1></td> (the last part of <title>),
    the headline in <td class="eTitle">, a "Читайте также:" line whose two links leave a ","
    behind, and a closing "… носит ознакомительный характер … посоветуйтесь с врачом"."""
    html = (
        "<html><head><title>Как снизить холестерин - Питание - Здоровый дом</title></head><body>"
        "<table><tr><td class='logo'><h1>Здоровый дом</h1></td></tr></table><table "
        "class='eBlock'><tr><td class='eTitle'>Как снизить холестерин</td></tr><tr><td "
        "class='eMessage'>"
        + "Холестерин можно снизить без таблеток, если менять питание и больше двигаться. "
        * 6
        + "<br><br>Читайте также: <a href='/publ/1'>Как есть меньше соли</a>, <a href='/publ/2'>"
        "Ходьба для сердца</a><br><br>"
        + "Орехи и овсянка помогают держать уровень холестерина в норме каждый день. "
        * 6
        + "<br><br><i>Информация в статье носит ознакомительный характер. Перед тем как менять "
        "питание, посоветуйтесь с лечащим врачом.</i></td></tr></table></body></html>"
    )
    record = parse_html(html, URL)
    assert record.title == "Как снизить холестерин"
    assert "\n\n,\n\n" not in record.body
    assert record.body.endswith("каждый день.")


def test_weitere_artikel_zum_thema_labels_related_articles() -> None:
    """seen on a German portal: a box headed "Weitere Artikel zum Thema"."""
    box = related("Weitere Artikel zum Thema", "grippe", "schnupfen")
    assert rec_urls(page("", after=box)) == [
        "https://example.com/grippe/",
        "https://example.com/schnupfen/",
    ]


def test_page_two_of_a_paged_listicle_goes_on_numbering_and_links_no_neighbours() -> None:
    """seen on a 2011 magazine: page 2 of "10 Ways to Sleep Better" at "…/10-ways-…/2/",
    `<h2>6. …</h2>` to `<h2>10. …</h2>`, a pager and rel=prev/next to pages 1 and 3 of itself."""
    base = "https://mag.example.com/health/10-ways-to-sleep-better/"
    tips = "".join(
        f"<h2>{n}. Tip number {n} for sleep</h2><p>Tip {n} explained in a sentence or two, "
        "which tells the reader what to do tonight and why it helps.</p>"
        for n in range(6, 11)
    )
    html = (
        f"<html><head><title>10 Ways to Sleep Better</title><link rel='prev' href='{base}'>"
        f"<link rel='next' href='{base}3/'></head><body><h1>10 Ways to Sleep Better</h1>"
        f"<div class='entry'>{tips}</div><div class='pager'>Page 2 of 3 <a href='{base}'>1</a> "
        f"2 <a href='{base}3/'>3</a></div></body></html>"
    )
    record = parse_html(html, base + "2/")
    assert [tip.number for tip in record.tips] == ["6", "7", "8", "9", "10"]
    assert record.prev is None and record.next is None


def test_a_best_answer_chosen_by_voters_names_no_author() -> None:
    """seen on a Q&A site: "Best Answer - Chosen by Voters" over the answer."""
    html = page("").replace(
        "<h1>The post</h1>", "<h1>The post</h1><p>Best Answer - Chosen by Voters</p>"
    )
    assert parse_html(html, URL).author is None


def test_a_dutch_page_with_no_lang_its_ad_label_and_its_kruimelpad() -> None:
    """seen on a 2014 Dutch portal: no lang attribute, an "Advertentie" label between
    paragraphs, a trail in <div class="kruimelpad">."""
    text = (
        "<p>Wie last heeft van hooikoorts, kan veel doen om de klachten te beperken. Het is niet "
        "moeilijk en het helpt vaak al binnen een week, ook wie er al jaren last van heeft.</p>"
    )
    html = (
        "<html><head><title>Hooikoorts</title></head><body><div class='kruimelpad'>"
        "<a href='https://gezond.example.nl/'>Home</a> &raquo; "
        "<a href='https://gezond.example.nl/gezondheid/'>Gezondheid</a></div><h1>Hooikoorts</h1>"
        f"<article>{text * 2}<p>Advertentie</p>{text * 2}</article></body></html>"
    )
    record = parse_html(html, "https://gezond.example.nl/gezondheid/hooikoorts/")
    assert record.language == "nl"
    assert "Advertentie" not in record.body
    assert record.breadcrumbs == ("Home", "Gezondheid")


def test_a_lead_photos_caption_and_credit_above_the_text_are_not_body() -> None:
    """seen on news, portal and blog pages in many languages: the lead photo's caption (a
    <figcaption>, a div classed "caption") and its credit (a span classed "credit", printed again
    loose beside the figure) inside the text's box, before its first paragraph."""
    text = "".join(
        f"<p>Paragraph {n} of the story tells the reader what the health officials found and "
        "what families should do about it this winter.</p>"
        for n in range(1, 6)
    )
    figure = (
        "<figure><img src='/a.jpg' alt=''><figcaption>A nurse gives a flu shot at a clinic in "
        "Ridgeway on Monday, October 6, 2025.</figcaption></figure>"
    )
    loose = (
        "<div class='imagebox'><img src='/b.jpg' alt=''><div class='photo-caption'><p>Volunteers "
        "hand out leaflets outside the county health office.</p></div>"
        "<span class='credit credit--mobile'>Jo Marsh for the Gazette</span></div>"
    )
    for lead in (figure, loose):
        html = (
            "<html><head><title>Flu shots - Gazette</title></head><body><article><h1>Flu shots"
            f"</h1><div class='story-body'>{lead}{text}</div></article></body></html>"
        )
        body = parse_html(html, URL).body
        assert body.startswith("Paragraph 1 of the story")
        assert "nurse" not in body and "Volunteers" not in body and "Jo Marsh" not in body


def test_a_slideshow_whose_text_is_its_captions_keeps_them() -> None:
    """the counterpart: where every block of text is a caption, the captions are the text."""
    slides = "".join(
        f"<figure><img src='/s{n}.jpg' alt=''><figcaption>Slide {n}: a food that feeds the good "
        "bacteria in your gut, and how to eat more of it every week.</figcaption></figure>"
        for n in range(1, 6)
    )
    html = (
        "<html><head><title>Gut foods - Site</title></head><body><article><h1>Gut foods</h1>"
        f"<div class='gallery'>{slides}</div></article></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Slide 1: a food")
    assert "Slide 5: a food" in body


def test_a_section_heading_naming_one_word_of_a_long_title_is_no_headline() -> None:
    """seen on a code host's write-up: no headline element, and a section "Discord" under a
    <title> "How we found bugs in X, Vercel, Cursor, Discord, and hundreds of companies"."""
    title = "How we found bugs in X, Vercel, Cursor, Discord, and hundreds of other companies"
    sections = "".join(
        f"<h2>{name}</h2><p>What we found at {name}, and how the team fixed it within a day of "
        "our report, with the details of the timeline below.</p>"
        for name in ("Vercel", "Discord")
    )
    html = (
        f"<html><head><title>{title} · CodeHost</title>"
        f"<meta property='og:title' content='{title}'></head><body><div class='markdown-body'>"
        f"{PARAGRAPH}{sections}</div></body></html>"
    )
    assert parse_html(html, URL).title == title


def test_an_infinite_scrolls_next_story_printed_below_is_not_body() -> None:
    """seen on a news site's infinite scroll: the next story, a whole <article> with its own
    <h1>, is printed in full under the one asked for, in the same markup."""

    def story(headline: str, words: str) -> str:
        paragraphs = "".join(
            f"<p>{words} paragraph {n}, with enough words in it to be read as the story's "
            "own text by anyone who opens the page.</p>"
            for n in range(1, 6)
        )
        return (
            f"<article class='story'><h1>{headline}</h1><div class='body'>{paragraphs}</div>"
            "</article>"
        )

    html = (
        "<html><head><title>Pollen season starts early - Courier</title></head><body>"
        "<main class='feed'>"
        + story("Pollen season starts early", "Pollen")
        + "<div class='divider'>Up next</div>"
        + story("A walk-in clinic opens in July", "Clinic")
        + "</main></body></html>"
    )
    body = parse_html(html, URL).body
    assert body.startswith("Pollen paragraph 1") and "Pollen paragraph 5" in body
    assert "Clinic paragraph" not in body


def test_an_author_label_in_russian_french_and_spanish_is_not_the_name() -> None:
    """seen on a 1C-Bitrix portal: "Автор: Ольга Сафронова" as the author property."""
    for label in ("Автор:", "Auteur :", "Autor:"):
        html = page("", before=f"<div class='news-author'>{label} Ольга Сафронова</div>")
        assert parse_html(html, URL).author == "Ольга Сафронова"


def test_a_number_alone_in_its_badge_over_the_tips_title_opens_the_tip() -> None:
    """seen on a WeChat editor's article: each tip opens with a round badge holding only "01",
    "02", … in a block of its own above the tip's bold title; and the closing appeal "分享、点赞、
    在看，让更多人看到" under the credits is no text."""
    tips = "".join(
        f"<section><p><strong>0{n}</strong></p></section><section><p><strong>第{n}条建议的标题"
        f"</strong></p></section><section><p>第{n}条建议的正文，说明为什么这样做，以及每天应该怎么"
        "做才更有效果。</p></section>"
        for n in range(1, 4)
    )
    html = (
        "<html><head><title>预防肾结石的三条建议</title></head><body><h1>预防肾结石的三条建议</h1>"
        "<div class='rich_media_content'><p>肾结石是泌尿外科的常见病，夏天出汗多，更要注意预防。"
        f"下面这几条建议请记好。</p>{tips}<p>编辑：陈思雨</p><p>审核：周建国</p>"
        "<p>分享、点赞、在看，让更多人看到</p></div></body></html>"
    )
    record = parse_html(html, "https://m.example.cn/article/1.html")
    assert [(tip.number, tip.title) for tip in record.tips] == [
        ("01", "第1条建议的标题"),
        ("02", "第2条建议的标题"),
        ("03", "第3条建议的标题"),
    ]
    assert record.tips[0].text.endswith("才更有效果。")
    assert "点赞" not in record.body and "审核" not in record.body


def test_a_korean_writing_platforms_writers_previous_and_next_and_recommended_posts() -> None:
    """seen on a Brunch-like platform: "작가의 이전글" / "작가의 다음글" (the writer's previous /
    next post) inside their links, and "당신에게 추천하는 다른 글" (other posts for you)."""
    after = (
        "<div class='wrap_article_list'><a href='/@writer/36'><span>작가의 이전글</span>"
        "<strong>건강검진 결과지에 찍힌 문장</strong></a><a href='/@writer/38'><span>작가의 다음글"
        "</span><strong>영하의 아침에도 달릴 수 있을까</strong></a></div>"
        "<div class='wrap_recommend'><h3>당신에게 추천하는 다른 글</h3><ul>"
        "<li><a href='/@other/52'><strong>퇴근 후 30분, 걷기를 택한 이유</strong></a></li>"
        "<li><a href='/@another/19'><strong>발바닥이 아침마다 아플 때</strong></a></li></ul></div>"
    )
    record = parse_html(page("", after=after), "https://brunch.example/@writer/37")
    assert record.prev is not None and record.prev.title == "건강검진 결과지에 찍힌 문장"
    assert record.next is not None and record.next.url == "https://brunch.example/@writer/38"
    assert [link.url for link in record.recommendations] == [
        "https://brunch.example/@other/52",
        "https://brunch.example/@another/19",
    ]


def test_a_blogs_date_archive_printing_whole_posts_is_a_listing() -> None:
    """seen on a WordPress monthly archive ("/2023/05/"): three posts printed in full, each
    under its linked <h2>; a path ending at the year or month is an archive, not a dated post."""
    posts = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/2023/05/{day}/post-{day}/'>"
        f"Post number {day} about eating well</a></h2><p>May {day}, 2023</p>"
        + "".join(
            f"<p>Paragraph {n} of post {day} tells the reader something useful about food and "
            "health, at the length a blog post's paragraph has.</p>"
            for n in range(1, 6)
        )
        + "</article>"
        for day in (24, 12, 3)
    )
    html = (
        "<html><head><title>May 2023 - Plain Plate</title></head><body>"
        f"<main><h1 class='page-title'>Month: May 2023</h1>{posts}</main></body></html>"
    )
    assert parse_html(html, "https://www.plainplate.example/2023/05/").kind == "listing"


def test_a_clinics_visit_us_lines_a_team_disclaimer_and_last_update_close_no_text() -> None:
    """seen on a clinic's Google Sites page and a knowledge base: a closing "Visit us" section
    of address, hours and phone lines; "It does not replace the state's guidance or the
    clinical judgment of …"; "Last update: 2024-05-14"."""
    closing = (
        "<h2>Visit us</h2><p>Birchwood Family Clinic<br>412 Alder Street, Suite 2<br>"
        "Hollis Bend, OR 97389</p><p>Monday–Friday: 8:00 a.m.–5:30 p.m.</p>"
        "<p>Phone: (541) 555-0142 · Fax: (541) 555-0143</p>"
    )
    body = parse_html(page(closing), URL).body
    assert body.endswith("see what helps.")
    note = (
        "<h2>About this page</h2><p>This page describes the team's working practice. It does not "
        "replace the state’s outbreak guidance or the clinical judgment of a resident’s own "
        "doctor.</p><p>Last update: 2024-05-14</p>"
    )
    body = parse_html(page(note), URL).body
    assert body.endswith("see what helps.")


def test_news_on_the_topic_in_ukrainian_and_russian_labels_related_articles() -> None:
    """seen on a Ukrainian news site: "Новини за темою" over four cards."""
    for label in ("Новини за темою", "Новости по теме"):
        assert rec_urls(page("", after=related(label, "a", "b", "c"))) == [
            "https://example.com/a/",
            "https://example.com/b/",
            "https://example.com/c/",
        ]


def test_a_video_cards_doctor_line_and_a_hebrew_disclaimer_are_no_text() -> None:
    """seen on a hospital's video library and a Hebrew health site: "Dr. Lauren Pike, Physical
    Medicine & Rehabilitation" under a card's title is who speaks, not a teaser; "… אינו מהווה
    תחליף לייעוץ רפואי" closing a post is its disclaimer."""
    cards = "".join(
        f"<li class='card'><h3><a href='/videos/video-{n}'>Video number {n} about staying well</a>"
        f"</h3><p>Dr. Lauren Pike, Physical Medicine &amp; Rehabilitation</p></li>"
        for n in range(1, 9)
    )
    html = (
        "<html><head><title>Health Video Library</title></head><body><h1>Health Video Library"
        f"</h1><ul class='videos'>{cards}</ul></body></html>"
    )
    record = parse_html(html, "https://www.hospital.example/videos/")
    assert record.kind == "listing"
    assert [link.snippet for link in record.links] == [None] * 8
    text = "<p>הכותבת היא דיאטנית קלינית ומלווה מטופלים כבר שנים רבות בבית החולים ובקהילה.</p>"
    disclaimer = "<p><em>המידע בכתבה זו הוא כללי בלבד ואינו מהווה תחליף לייעוץ רפואי אישי.</em></p>"
    assert "תחליף" not in parse_html(page(text + disclaimer), URL).body
