"""parse_text(): plain-text renderings -> Article. The source document first, field by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.errors import ParseError
from parsers.record import Article, Link, Tip
from parsers.text import parse_text

SEED = Path(__file__).parent / "seeds" / "000_81a66c25a5a3e8c2.txt"


def tip(number: str, title: str | None, text: str, *children: Tip) -> Tip:
    return Tip(number=number, title=title, text=text, tips=children)


def _seed_body() -> str:
    """The seed from the intro's first words to the last section's last words, as printed."""
    raw = SEED.read_text(encoding="utf-8")
    start = raw.index("Many young girls who become pregnant unexpectedly")
    end = raw.index("This exercise can also help reduce abdominal fat.") + len(
        "This exercise can also help reduce abdominal fat."
    )
    return raw[start:end]


SEED_TIPS = (
    tip(
        "1",
        "Daily life",
        "Daily life.",
        tip(
            "1",
            None,
            "Pay attention to hygiene during menstruation, keep clean and avoid urinary tract "
            "infections.",
        ),
        tip(
            "2",
            None,
            "Patients who sit or stand for long periods of time should move their waist "
            "appropriately to relieve pain.",
        ),
    ),
    tip(
        "2",
        "Adjust dietary intake",
        "Adjust dietary intake.",
        tip("1", None, "Be careful to avoid eating too much raw, cold and damp food."),
        tip(
            "2",
            None,
            "Some people who suffer from chronic low back pain can take some Chinese patent "
            "medicines that strengthen the kidneys and waist.",
        ),
    ),
    tip(
        "3",
        "Rehabilitation massage therapy",
        "Rehabilitation massage therapy.",
        tip(
            "1",
            "Press the lumbar sacral area with your palms",
            "Press the lumbar sacral area with your palms - Lie on your stomach, overlap your "
            "palms and press them on the painful lumbar vertebrae until no pain is caused. Then "
            "one inhalation and one exhalation counts as one time, and do it 10 to 15 times.",
        ),
        tip(
            "2",
            "Massage the waist and back",
            "Massage the waist and back: You can use your palms to massage the waist and back "
            "muscles in the morning or before going to bed at night, rubbing up and down 50 to "
            "100 times.",
        ),
        tip(
            "3",
            "Rub the muscle knots",
            "Rub the muscle knots: Use the tip of your thumb to carefully touch the waist and "
            "sacrum. If there are any painful lumps, press them with your fingertips and rub each "
            "knot for 1 minute.",
        ),
        tip(
            "4",
            "Push the lower limbs",
            "Push the lower limbs: With the help of others, lie prone, fix the hips, and use the "
            "base of the palm to start from the sacrum, through the tun, along the outer side of "
            "the thigh and the outer side of the calf, to the other side of the limb.",
        ),
    ),
    tip(
        "4",
        "Aerobics therapy",
        "Aerobics therapy:",
        tip(
            "1",
            "Leg exercises",
            "Leg exercises: Lie on your back, hold one leg knee with both hands, bend your hip as "
            "much as possible, make the front of your thigh close to your abdomen, do it 5 to 10 "
            "times in a row, and then do the other lower limb. Then hug your knees with both hands "
            "at the same time, and do this 5 to 10 times. Do it once every night, or once more in "
            "the morning.",
        ),
        tip(
            "2",
            "Sit-up exercise",
            "Sit-up exercise: Lie on your back and sit with your abdomen contracted. Be careful "
            "not to use your upper limbs to help, keep your lower limbs straight, and the number "
            "of times is not fixed. This exercise can also help reduce abdominal fat.",
        ),
    ),
)

SEED_RECOMMENDATIONS = [
    ("Is it normal to delay the second menstrual period after miscarriage?",
     "Abortion in women is a very important matter for ..."),
    ('"Lying down for lunch break" is imperative',
     "Folding chairs, small tents, nap rooms... Finally..."),
    ("What are the precautions after laparoscopic surgery for ovarian cysts?",
     "Ovarian cysts are very common. Whether surgical t..."),
    ("Bleeding and abdominal pain after sex",
     "Gynecological diseases are a hurdle that is diffi..."),
    ("Treatment of kidney crystals in women",
     "Kidney stones are not limited to men and women. A..."),
    ("How long should the hawthorn cake be boiled to solidify?",
     "We all know that hawthorn cake is a common pastry..."),
    ("Why does menstrual blood turn black after abortion?",
     "Because of incorrect contraceptive measures, many..."),
    ("How to have an abortion when pregnant",
     "Not all pregnancies are natural. Some people choo..."),
    ("Height and weight standard for nine and a half year old girls",
     "Whether the child's height and weight are qua..."),
    ("What is the reason for the sudden reduction of menstrual flow?",
     "For women who want to make their bodies healthier..."),
]  # fmt: skip

SEED_EXPECTED: dict[str, Any] = {
    "url": None,
    "kind": "article",
    "title": "What should I do if I have back pain due to miscarriage?",
    "body": _seed_body(),
    "tips": [t.to_dict() for t in SEED_TIPS],
    "prev": {
        "title": "What should people who have just had a miscarriage eat?",
        "url": None,
        "snippet": None,
    },
    "next": {"title": "Tips to reduce cesarean scars", "url": None, "snippet": None},
    "recommendations": [
        {"title": title, "url": None, "snippet": snippet} for title, snippet in SEED_RECOMMENDATIONS
    ],
    "canonical_url": None,
    "published": None,
    "breadcrumbs": [],
    "language": "en",
    "description": None,
    "author": None,
    "links": [],
    "next_page": None,
}


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return parse_text(SEED.read_text(encoding="utf-8")).to_dict()


@pytest.mark.parametrize("field", list(SEED_EXPECTED))
def test_source_document(seed: dict[str, Any], field: str) -> None:
    assert seed[field] == SEED_EXPECTED[field]


def test_source_document_body_reads_as_the_page_shows_it(seed: dict[str, Any]) -> None:
    paragraphs = seed["body"].split("\n\n")
    assert len(paragraphs) == 6  # intro, subheading, four numbered sections
    assert paragraphs[0].startswith("Many young girls who become pregnant unexpectedly ")
    assert paragraphs[1] == "What to do if you have back pain after abortion"
    assert paragraphs[2].startswith("1. Daily life. 1. Pay attention")
    assert paragraphs[-1].endswith("This exercise can also help reduce abdominal fat.")
    assert "<<:" not in seed["body"] and "Recommend" not in seed["body"]


def test_source_document_as_bytes_gives_the_same_record() -> None:
    from_bytes = parse_text(SEED.read_bytes(), "https://www.deeho.com/p/75078.html")
    from_text = parse_text(SEED.read_text(encoding="utf-8"))
    assert from_bytes.url == "https://www.deeho.com/p/75078.html"
    assert from_bytes.encoding == "utf-8"
    assert from_text.encoding is None
    assert from_bytes.to_dict() | {"url": None, "encoding": None} == from_text.to_dict()


# --- other renderings -------------------------------------------------------------------------

CHINESE = """腰疼怎么办

腰疼怎么办

腰疼是很多上班族的通病，长时间坐着不动很容易引起腰部肌肉劳损。

一、生活调理

1、避免久坐，每隔一小时起来活动一下。

2、睡硬板床。

二、饮食调理

1、多吃补钙的食物。

2、少吃生冷食物。

上一篇：腰椎间盘突出的早期症状

下一篇：没有了

相关推荐

腰肌劳损的治疗方法

腰肌劳损是一种常见的慢性疾病，多见于长期伏案工作的人群，表现为腰部酸胀疼痛……

久坐族如何保护腰椎

睡硬板床对腰好吗
"""


def test_chinese_rendering() -> None:
    article = parse_text(CHINESE)
    assert article.title == "腰疼怎么办"
    assert article.kind == "article"
    assert article.language == "zh"
    assert article.body == (
        "腰疼是很多上班族的通病，长时间坐着不动很容易引起腰部肌肉劳损。\n\n"
        "一、生活调理\n\n1、避免久坐，每隔一小时起来活动一下。\n\n2、睡硬板床。\n\n"
        "二、饮食调理\n\n1、多吃补钙的食物。\n\n2、少吃生冷食物。"
    )
    assert article.tips == (
        tip(
            "一",
            "生活调理",
            "生活调理",
            tip("1", None, "避免久坐，每隔一小时起来活动一下。"),
            tip("2", None, "睡硬板床。"),
        ),
        tip(
            "二",
            "饮食调理",
            "饮食调理",
            tip("1", None, "多吃补钙的食物。"),
            tip("2", None, "少吃生冷食物。"),
        ),
    )
    assert article.prev == Link(title="腰椎间盘突出的早期症状", url=None)
    assert article.next is None  # 下一篇：没有了
    assert article.recommendations == (
        Link(
            title="腰肌劳损的治疗方法",
            url=None,
            snippet="腰肌劳损是一种常见的慢性疾病，多见于长期伏案工作的人群，表现为腰部酸胀疼痛……",
        ),
        Link(title="久坐族如何保护腰椎", url=None),
        Link(title="睡硬板床对腰好吗", url=None),
    )


def test_gbk_bytes_are_decoded() -> None:
    article = parse_text(CHINESE.encode("gbk"))
    assert article.title == "腰疼怎么办"
    assert article.prev == Link(title="腰椎间盘突出的早期症状", url=None)
    assert article.encoding in {"gb18030", "gbk", "gb2312"}


def test_prev_and_next_on_one_line() -> None:
    article = parse_text("标题\n\n正文第一段。\n\n上一篇：春季养肝吃什么 下一篇：秋季养肺的方法\n")
    assert article.body == "正文第一段。"
    assert article.prev == Link(title="春季养肝吃什么", url=None)
    assert article.next == Link(title="秋季养肺的方法", url=None)


def test_no_previous_article() -> None:
    article = parse_text("标题\n\n正文。\n\n上一篇：没有了\n\n下一篇：夏季防暑小妙招\n")
    assert article.prev is None
    assert article.next == Link(title="夏季防暑小妙招", url=None)


@pytest.mark.parametrize(
    "heading",
    ["Recommend", "相关推荐", "推荐阅读", "相关文章", "延伸阅读", "猜你喜欢", "Related posts",
     "You may also like", "Related posts:", "相关推荐："],
)  # fmt: skip
def test_recommendation_headings(heading: str) -> None:
    text = f"Title\n\nBody text here.\n\n{heading}\n\nFirst link\n\nIts teaser, cut off...\n"
    article = parse_text(text)
    assert article.body == "Body text here."
    assert article.recommendations == (
        Link(title="First link", url=None, snippet="Its teaser, cut off..."),
    )


def test_snippet_rule_cut_off_or_much_longer_than_the_title() -> None:
    long_teaser = (
        "Stiff neck is usually caused by bad sleeping posture or a cold neck, and it heals in a "
        "few days"
    )
    text = (
        "Title\n\nBody.\n\nYou may also like\n\n"
        "How to relieve a stiff neck\n\n"
        f"{long_teaser}\n\n"
        "Early symptoms of cervical spondylosis\n\n"
        "Is a hot compress better for a sprain?\n\n"
        "After a sprain, many people do not know…\n"
    )
    assert parse_text(text).recommendations == (
        Link(title="How to relieve a stiff neck", url=None, snippet=long_teaser),
        Link(title="Early symptoms of cervical spondylosis", url=None),
        Link(
            title="Is a hot compress better for a sprain?",
            url=None,
            snippet="After a sprain, many people do not know…",
        ),
    )


def test_title_not_repeated_and_crlf_lines() -> None:
    text = "Why do my knees hurt?\r\n\r\nKnees hurt for many reasons.\r\nSome are serious.\r\n"
    article = parse_text(text)
    assert article.title == "Why do my knees hurt?"
    assert article.body == "Knees hurt for many reasons.\nSome are serious."


def test_indented_chinese_paragraphs_and_spaces() -> None:
    text = (
        "标题\n\n\u3000\u3000第一段  有两个空格。\n\u3000\u3000\n"
        "\u3000\u30001、多喝水。\n\n2、多休息。"
    )
    article = parse_text(text)
    assert article.body == "第一段 有两个空格。\n\n1、多喝水。\n\n2、多休息。"
    assert [t.text for t in article.tips] == ["多喝水。", "多休息。"]


def test_title_only_is_not_an_article() -> None:
    article = parse_text("Just a title\n\nJust a title\n", url="https://example.com/x")
    assert article == Article(url="https://example.com/x", kind="other", title="Just a title")


def test_empty_text() -> None:
    assert parse_text("") == Article(url=None, kind="other")
    assert parse_text(b"  \n\n ") == Article(url=None, kind="other", encoding="utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(1, 32)) * 20,
        "text with a NUL\x00 inside",
        "\x01\x02\x03\x04\x05 mostly control characters \x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14",
    ],
    ids=["png", "control-bytes", "nul-in-text", "control-text"],
)
def test_binary_junk_is_a_parse_error(data: str | bytes) -> None:
    with pytest.raises(ParseError, match="binary"):
        parse_text(data)


def test_wrong_type_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_text(12345)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400)))
def test_only_parse_error_escapes(data: str | bytes) -> None:
    try:
        article = parse_text(data)
    except ParseError:
        return
    assert article.kind in {"article", "other"}
    assert (article.kind == "article") == bool(article.body)


def test_tail_without_blank_lines_still_ends_the_body() -> None:
    text = (
        "Title\n\nThe last body line.\n<<: Previous one\n>>: Next one\nRecommend\n"
        "First link\nIts teaser...\nSecond link\nAnother teaser...\n"
    )
    article = parse_text(text)
    assert article.body == "The last body line."
    assert article.prev == Link(title="Previous one", url=None)
    assert article.next == Link(title="Next one", url=None)
    assert article.recommendations == (
        Link(title="First link", url=None, snippet="Its teaser..."),
        Link(title="Second link", url=None, snippet="Another teaser..."),
    )


def test_book_title_brackets_are_not_navigation() -> None:
    text = "Title\n\n<<Huangdi Neijing>> says that sleep nourishes the liver.\n\nMore text."
    article = parse_text(text)
    assert article.body == (
        "<<Huangdi Neijing>> says that sleep nourishes the liver.\n\nMore text."
    )
    assert article.prev is None and article.next is None
