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
