"""The body on shapes met on real sites (each written here, not copied): one case per shape, the
expected text read off the snippet. Every snippet holds the same article; what varies is the
markup around it."""

from __future__ import annotations

import pytest

from parsers import parse_html

PARAGRAPHS = (
    "Low-light houseplants still need some light: a north window or a bright hallway is enough "
    "for most of them, and they will tell you by their leaves when it is not.",
    "Water them less than you think. In dim corners soil dries slowly, and roots that sit in wet "
    "soil rot long before the plant looks thirsty.",
    "Feed them twice a year at most, in spring and in summer, with half the dose on the label.",
)
ARTICLE = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
HEAD = "<html><head><title>Caring for low-light houseplants</title></head><body>"
TAIL = "</body></html>"

CASES = {
    # an unclosed <button> in the site header: the parser nests the whole page inside it
    "main inside an unclosed header button": (
        f"{HEAD}<header><div class='menu'><button class='menu-button'><span>Menu</span>"
        f"<main><article><h1>Caring for low-light houseplants</h1>{ARTICLE}</article></main>"
        f"</button></div></header>{TAIL}"
    ),
    # React streams the server-rendered page into a hidden <div> its script moves into place
    "React's hidden stream holding <main>": (
        f"{HEAD}<div id='root'></div><div hidden id='S:0'><main><div id='article'>"
        f"<h1>Caring for low-light houseplants</h1>{ARTICLE}</div></main></div>{TAIL}"
    ),
    # Tailwind: hidden on phones, shown from the lg breakpoint up
    "Tailwind hidden lg:block": (
        f"{HEAD}<div class='hidden lg:block'><h1>Caring for low-light houseplants</h1>"
        f"{ARTICLE}</div>{TAIL}"
    ),
    # HubSpot wraps the post body in a <span> whose classes include meta_field
    "HubSpot post body in a meta_field span": (
        f"{HEAD}<div class='post-body'><h1>Caring for low-light houseplants</h1>"
        "<span class='hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text'>"
        f"{ARTICLE}</span></div>{TAIL}"
    ),
    # a section headed "Latest news" inside the article's container is the site's
    "a 'Latest news' section under the article": (
        f"{HEAD}<div class='entry'><h1>Caring for low-light houseplants</h1>{ARTICLE}"
        "<h3>Latest news</h3>"
        "<p>The garden centre on Mill Lane opens a second greenhouse this spring, with a café "
        "and a shop for seeds and tools, after two years of planning.</p>"
        "<p>Our autumn bulb sale starts next week, with tulips, daffodils and crocuses at half "
        "price for members who order online before the end of the month.</p>"
        f"</div>{TAIL}"
    ),
    # a page that hides its root until its script has run (the class "hide" around <main>)
    "a root hidden by class until the script runs": (
        f"{HEAD}<div class='root hide'><header><nav><a href='/'>Home</a></nav></header><main>"
        f"<article><h1>Caring for low-light houseplants</h1>{ARTICLE}</article></main>"
        f"<span class='sr-only'>Skip to the top</span></div>{TAIL}"
    ),
    # a consent manager's cookie notice, pages of policy text in a <div> at the end of <body>
    "a consent manager's cookie notice after the article": (
        f"{HEAD}<div class='story'><h1>Caring for low-light houseplants</h1>{ARTICLE}</div>"
        "<div id='onetrust-consent-sdk'><div class='ot-pc-content'><h3>Cookie Notice</h3>"
        + "".join(
            f"<p>{topic} cookies are placed on your device by us and by our partners, so that "
            "the services work, to measure their use and to choose the advertising you see; "
            "you can turn them off in the settings, though some features may then fail.</p>"
            for topic in ("Strictly necessary", "Analytics", "Personalization", "Advertising")
        )
        + f"</div></div>{TAIL}"
    ),
    # the text in two sections of one template part whose class names a nav ("content-nav-
    # section"), a call to action between them: the smaller one is the article's too
    "two twin sections classed as nav": (
        f"{HEAD}<div class='body-content'><div class='page-top'>"
        "<div class='content-nav-section'><div class='rtf'>"
        f"<h1>Caring for low-light houseplants</h1><p>{PARAGRAPHS[0]}</p></div></div></div>"
        "<div class='learn-cta'><p>Which plants suit a north window?</p>"
        "<a href='/quiz'>Find out</a></div>"
        f"<div class='content-nav-section'><div class='rtf'><p>{PARAGRAPHS[1]}</p>"
        f"<p>{PARAGRAPHS[2]}</p></div></div></div>{TAIL}"
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_article_is_the_body(name: str) -> None:
    article = parse_html(CASES[name], "https://example.org/houseplants/low-light-care/")
    assert article.kind == "article"
    assert article.title == "Caring for low-light houseplants"
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_an_article_beside_a_longer_comment_thread_is_the_body() -> None:
    """A news site's story, long enough to be an article and not a scrap, with a comment thread
    several times its length under id="comments" and a long link menu in the header: the thread
    alone is worth more than the page, but the class words hold and the story is the body."""
    sections = ("light", "water", "food", "soil", "pots", "pests", "leaves", "roots", "dust")
    story = [
        f"{PARAGRAPHS[index % 3]} ({section}, part {part}.)"
        for part in (1, 2)
        for index, section in enumerate(sections)
    ]
    menu = "".join(f"<li><a href='/topic/{n}'>Topic number {n}</a></li>" for n in range(120))
    comments = "".join(
        f"<div class='comment'><p>Reader {n} writes: my snake plant has lived in a dark corner "
        "of the hallway for six years now, and it has never once complained about the light, "
        "though it did sulk the winter I watered it every week, which I will not do again.</p>"
        "</div>"
        for n in range(60)
    )
    page = (
        f"{HEAD}<div class='menu'><ul>{menu}</ul></div>"
        "<div class='story'><h1>Caring for low-light houseplants</h1>"
        + "".join(f"<p>{text}</p>" for text in story)
        + f"</div><div id='comments'><h3>60 comments</h3>{comments}</div>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == story


def test_a_membership_appeal_inside_the_content_list_is_no_text() -> None:
    """A news site's ask for money set among the story's blocks, classed after the appeal and
    linking the membership page, is not the story; a sentence of the story linking a charity's
    donation page is."""
    donate = (
        "The society runs a seed library for members, and <a href='https://seeds.example.org/"
        "donate'>gifts to it</a> buy new varieties for next spring."
    )
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1>{ARTICLE}<p>{donate}</p>"
        "<div class='cli cli-support-site'><h3>Support free journalism.</h3>"
        "<div class='cli-support-site__message'><p>Our reporters cover the stories that keep "
        "you and your plants well. Would you help us keep that work free? "
        "<a href='https://example.org/membership?src=article'>Contribute as little as $2</a> "
        "to keep it free for everyone.</p></div>"
        "<p>Can’t afford to donate? <a href='/account/register'>Create a free account</a>.</p>"
        "<a class='cli-support-site__button' href='/membership'>Support us</a></div>"
        f"</article>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == [
        *PARAGRAPHS,
        "The society runs a seed library for members, and gifts to it buy new varieties for "
        "next spring.",
    ]


def test_a_republished_storys_note_closes_the_text() -> None:
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1>{ARTICLE}"
        "<p><em>This story was originally published in October 2025 and has been updated.</em>"
        f"</p></article>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_a_carousels_arrow_buttons_beside_its_heading_do_not_empty_the_block() -> None:
    cards = "".join(
        f"<li><h3><a href='/houseplants/{slug}/'>{title}</a></h3><p>{teaser}</p></li>"
        for slug, title, teaser in (
            ("pothos", "Why pothos forgives a missed watering", "Its roots store water."),
            ("ferns", "Ferns that cope with a dark bathroom", "Steam helps; soap does not."),
        )
    )
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1>{ARTICLE}</article>"
        "<section class='read-next-carousel'><div class='carousel-header'><h2>Read next</h2>"
        "<div class='carousel-controls'><button aria-label='Previous'>‹</button>"
        "<button aria-label='Next'>›</button></div></div>"
        f"<ul class='carousel-list'>{cards}</ul></section>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert [(link.title, link.url, link.snippet) for link in article.recommendations] == [
        (
            "Why pothos forgives a missed watering",
            "https://example.org/houseplants/pothos/",
            "Its roots store water.",
        ),
        (
            "Ferns that cope with a dark bathroom",
            "https://example.org/houseplants/ferns/",
            "Steam helps; soap does not.",
        ),
    ]


def test_a_reading_time_and_date_row_and_lone_separators_are_no_text() -> None:
    """A blogging platform's row under the headline: the reading time, a middle dot hidden from
    screen readers in a box of its own, the date; a section break and an icon set on lines of
    their own. None is text, and the hidden dot leaves its neighbours apart."""
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1>"
        "<div class='row'><span>8 min read</span><div aria-hidden='true'><span>·</span></div>"
        "<span>Mar 3, 2026</span></div>"
        f"<p>{PARAGRAPHS[0]}</p><p>* * *</p><p>{PARAGRAPHS[1]}</p><p>💡</p>"
        f"<p>{PARAGRAPHS[2]}</p></article>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == list(PARAGRAPHS)


def test_a_code_listings_brace_lines_stay() -> None:
    listing = ("if (soil.isDry()) {", "water(plant);", "}")
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1><p>{PARAGRAPHS[0]}</p>"
        f"<div class='listing'>{''.join(f'<div>{line}</div>' for line in listing)}</div>"
        f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></article>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == [PARAGRAPHS[0], *listing, *PARAGRAPHS[1:]]


def test_an_inline_promo_box_is_no_text_and_a_headings_own_anchor_names_no_part() -> None:
    """A promotion of another page set between sections ("SLIDESHOW" over its link) is not
    the article's; a heading whose id is made of its own words ("social-sharing") is read
    whatever chrome word those words hold."""
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1><p>{PARAGRAPHS[0]}</p>"
        "<div class='inline-promo slideshow-promo'><div class='promo-label'>SLIDESHOW</div>"
        "<a href='/ss/low-light-plants'>Low-light plants in pictures</a></div>"
        f"<h2 id='social-sharing'>Social sharing</h2><p>{PARAGRAPHS[1]}</p>"
        f"<p>{PARAGRAPHS[2]}</p></article>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == [PARAGRAPHS[0], "Social sharing", *PARAGRAPHS[1:]]


def test_related_lines_and_cards_in_other_tongues() -> None:
    """【関連記事】 lines with a bullet inside each link, then "あわせて読みたい記事" cards that are
    all one link (the headline, then the source and the time): one block, titles without the
    bullet or the card's source line. A Russian "Рекомендуем" block's cards keep their teaser
    (classed "announce")."""
    ja = (
        "<html lang='ja'><head><title>睡眠の質を上げる朝の習慣</title></head><body><article>"
        "<h1>睡眠の質を上げる朝の習慣</h1>"
        + "".join(
            f"<p>{'朝の光を浴びると体内時計が整い、夜に自然と眠くなります。' * 3}</p>"
            for _ in range(3)
        )
        + "<p>【関連記事】<br><a href='/articles/a1'>■休日の寝だめで月曜がつらくなる理由</a></p>"
        "</article><section><h2>あわせて読みたい記事</h2><ul><li><a href='/articles/b2'>"
        "<div><p>昼間の眠気を放っておくと危険なサイン</p><p><span>健康新聞</span>"
        "<time>3/4(水) 18:10</time></p></div></a></li></ul></section></body></html>"
    )
    article = parse_html(ja, "https://news.example.jp/articles/x")
    assert [(link.title, link.url) for link in article.recommendations] == [
        ("休日の寝だめで月曜がつらくなる理由", "https://news.example.jp/articles/a1"),
        ("昼間の眠気を放っておくと危険なサイン", "https://news.example.jp/articles/b2"),
    ]
    ru_text = "Врачи советуют проветривать комнату и чаще мыть руки в сезон гриппа. " * 3
    ru = (
        "<html lang='ru'><head><title>Как защититься от гриппа</title></head><body><article>"
        f"<h1>Как защититься от гриппа</h1><p>{ru_text}</p><p>{ru_text}</p></article>"
        "<div class='recommend'><h2 class='recommend__header'>Рекомендуем</h2>"
        "<div class='recommend__item'><a class='recommend__item-title' href='/2026/gripp.html'>"
        "Сколько длится заразный период при гриппе</a><div class='recommend__item-announce'>"
        "Заразны за сутки до симптомов и пять дней после.</div></div></div></body></html>"
    )
    article = parse_html(ru, "https://news.example.ru/2026/flu.html")
    assert [(link.title, link.snippet) for link in article.recommendations] == [
        (
            "Сколько длится заразный период при гриппе",
            "Заразны за сутки до симптомов и пять дней после.",
        )
    ]


def test_an_indonesian_whatsapp_channel_promo_line_is_no_text() -> None:
    promo = (
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Contoh.com WhatsApp Channel : "
        "<a href='https://www.whatsapp.com/channel/0029Va'>https://www.whatsapp.com/channel/0029Va</a>"
        ". Pastikan kamu sudah install aplikasi WhatsApp ya."
    )
    page = (
        f"{HEAD}<article><h1>Caring for low-light houseplants</h1>{ARTICLE}<p>{promo}</p>"
        f"</article>{TAIL}"
    )
    article = parse_html(page, "https://example.org/houseplants/low-light-care/")
    assert article.body.split("\n\n") == list(PARAGRAPHS)
