"""decode_html: bytes -> (text, encoding), the way browsers and Scrapy read pages."""

from __future__ import annotations

import pytest

from parsers.decode import decode_html

ZH = "腰痛怎么办？多休息，注意保暖，不要久坐。"
ZH_GBK_ONLY = "王喆和周堃说：腰痛的人要注意休息。"  # 喆 and 堃 are in GBK, not in GB2312
ZH_TRADITIONAL = "腰痛怎麼辦？多休息，注意保暖，不要久坐。"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


CASES = [
    # (name, bytes, content-type header, expected encoding, text that must come out intact)
    ("utf8 meta charset", page('<meta charset="utf-8">', ZH).encode(), None, "utf-8", ZH),
    ("utf8 bom, nothing declared", b"\xef\xbb\xbf" + page("", ZH).encode(), None, "utf-8", ZH),
    (
        "gbk bytes, meta charset=gb2312, gbk-only characters",
        page('<meta charset="gb2312">', ZH_GBK_ONLY).encode("gbk"),
        None,
        "gb18030",
        ZH_GBK_ONLY,
    ),
    (
        "gbk bytes, http-equiv form",
        page('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', ZH).encode("gbk"),
        None,
        "gb18030",
        ZH,
    ),
    (
        "gbk bytes, charset in HTTP header only",
        page("", ZH).encode("gbk"),
        "text/html; charset=GBK",
        "gb18030",
        ZH,
    ),
    ("gbk bytes, nothing declared", page("", ZH).encode("gbk"), None, "gb18030", ZH),
    (
        "big5 bytes, nothing declared",
        page("", ZH_TRADITIONAL).encode("big5"),
        None,
        "big5hkscs",
        ZH_TRADITIONAL,
    ),
    ("utf8 bytes, nothing declared", page("", ZH).encode(), "text/html", "utf-8", ZH),
    (
        "header utf-8 contradicts meta gbk; bytes are utf-8: header wins",
        page('<meta charset="gbk">', ZH).encode(),
        "text/html; charset=utf-8",
        "utf-8",
        ZH,
    ),
    (
        "header gbk contradicts meta utf-8; bytes are gbk: header wins",
        page('<meta charset="utf-8">', ZH).encode("gbk"),
        "text/html; charset=gbk",
        "gb18030",
        ZH,
    ),
    (
        "header utf-8 but the bytes are gbk as the meta says: the bytes decide",
        page('<meta charset="gbk">', ZH).encode("gbk"),
        "text/html; charset=utf-8",
        "gb18030",
        ZH,
    ),
    (
        "header utf-8, gbk bytes, nothing else declared: detected",
        page("", ZH).encode("gbk"),
        "text/html; charset=utf-8",
        "gb18030",
        ZH,
    ),
    (
        "latin-1 page, nothing declared",
        page("", "café crème").encode("latin-1"),
        None,
        "cp1252",
        "café crème",
    ),
]


@pytest.mark.parametrize(
    ("data", "content_type", "encoding", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_decode(data: bytes, content_type: str | None, encoding: str, expected: str) -> None:
    text, used = decode_html(data, content_type)
    assert used == encoding
    assert expected in text
    assert "\ufffd" not in text


def test_bom_is_not_in_the_text() -> None:
    text, _ = decode_html(b"\xef\xbb\xbf<p>hi</p>")
    assert text == "<p>hi</p>"


def test_a_download_cut_inside_a_character_keeps_its_declared_encoding() -> None:
    data = page('<meta charset="utf-8">', ZH).encode()
    cut = data[: data.index("保".encode()) + 1]  # one byte of a three-byte character
    text, used = decode_html(cut)
    assert used == "utf-8"
    assert "多休息，注意" in text


def test_a_broken_byte_in_a_gbk_page_does_not_change_the_encoding() -> None:
    data = page('<meta charset="gbk">', ZH).encode("gbk")
    broken = data.replace("注意".encode("gbk"), b"\xff\xff")
    text, used = decode_html(broken)
    assert used == "gb18030"
    assert "腰痛怎么办" in text


def test_empty_bytes() -> None:
    assert decode_html(b"") == ("", "utf-8")


@pytest.mark.parametrize(
    ("head", "content_type"),
    [("", "text/html; charset=utf-32"), ('<meta charset="utf-32">', None)],
    ids=["header", "meta"],
)
def test_ascii_bytes_declared_utf32_read_as_what_they_are(
    head: str, content_type: str | None
) -> None:
    # bug caught: six ASCII bytes are no UTF-32 text, and the check raised instead of saying so
    data = page(head, "Rest and keep warm.").encode("ascii")
    text, used = decode_html(data, content_type)
    assert used == "utf-8"
    assert "<p>Rest and keep warm.</p>" in text
