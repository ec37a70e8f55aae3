"""Bytes -> text: one decoder for crawled and offline pages.

Built on w3lib's `html_to_unicode`, the decoder behind Scrapy's responses, so a page decodes the
same whether the spider fetched it or a file was read from disk.
"""

from __future__ import annotations

import codecs

from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# Frequent Chinese characters, simplified and traditional. Real Chinese text is full of them;
# bytes decoded with the wrong CJK codec (or Latin-1 text read as GBK) give rare characters.
_COMMON_HANZI = frozenset(
    "的一是了不在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理"
    "心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高"
    "间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老"
    "给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女"
    "变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形"
    "社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程"
    "北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每"
    "济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质"
    "團們這個來為國說時會對過發後裡實經麼還進樣現當沒動麼開從學點長兩關問題應戰頭體內產總電數報"
    "結場間員氣氣無與見號義區書師邊運導爭讓識帶觀車極親單罷確傳誰幾條認際議級醫療藥病痛腰腹孕婦"
    "医疗药病痛腰腹孕妇健康养吃食饮治疗症状患者注意预防身体方法时候可以"
)
_DETECT_SAMPLE = 65536  # bytes looked at when guessing an undeclared encoding
_CJK_CANDIDATES = ("gb18030", "big5hkscs")
_UTF8_NAMES = frozenset(("utf-8", "utf8", "UTF-8"))
_W3LIB_ADJUSTS = frozenset(("utf-16", "utf-32"))  # w3lib decodes these as their -be variants


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding name as Python spells it: "utf-8", "gb18030").

    Order, as browsers do: a byte-order mark; the charset of the HTTP Content-Type header; a
    <meta charset> / <meta http-equiv> / <?xml encoding?> declaration; else a guess (strict
    UTF-8, then GB18030 or Big5 by how common the decoded characters are, then cp1252).
    A declaration the bytes do not decode under (a header saying utf-8 over GBK bytes) loses to
    the next one that fits, and to the guess when none fits. GB2312 and GBK labels decode as
    GB18030, their superset, so GBK-only characters on a "gb2312" page survive. Bytes that fit
    nothing are replaced with U+FFFD; this never fails.
    """
    bom_encoding, _ = read_bom(data)
    if bom_encoding is not None:
        encoding, text = html_to_unicode(content_type, data)
        return text, encoding
    declared = [
        encoding
        for encoding in (
            http_content_type_encoding(content_type),
            html_body_declared_encoding(data),
        )
        if encoding is not None
    ]
    chosen: str | None = None
    clean: str | None = None  # the text when the chosen encoding decodes without an error
    for encoding in declared:
        fits, clean = _fit(data, encoding)
        if fits:
            chosen = encoding
            break
    if chosen is None:
        chosen, sure = _guess_encoding(data)
        if declared and not sure:
            chosen = declared[0]  # nothing fits well: trust the page, replacing what is broken
    elif clean is not None and chosen not in _W3LIB_ADJUSTS and resolve_encoding(chosen) == chosen:
        # decoded cleanly under the name w3lib would use: its result would be this very text
        return clean, chosen
    if chosen in _UTF8_NAMES or resolve_encoding(chosen) == "utf-8":
        try:
            return data.decode("utf-8"), "utf-8"  # what w3lib gives for clean UTF-8, faster
        except UnicodeDecodeError:
            pass  # a cut-off last character: w3lib replaces it
    # w3lib does the decoding itself, so its special cases (GB18030's euro byte) apply
    encoding, text = html_to_unicode(f"text/html; charset={chosen}", data)
    return text, encoding


def _fit(data: bytes, encoding: str) -> tuple[bool, str | None]:
    """Whether `data` decodes under `encoding` (as `_decodes` tells), and the text when it
    decodes without a single error (None otherwise): one decode serves both."""
    if data.isascii():
        if not _is_ascii_compatible(encoding):
            return False, None
        try:
            return True, data.decode(encoding)
        except (UnicodeDecodeError, LookupError):  # "~{" in HZ: it fits, w3lib replaces
            return True, None
    try:
        return True, data.decode(encoding)
    except UnicodeDecodeError as error:
        return error.start >= len(data) - 3 and error.reason.startswith("unexpected end"), None
    except LookupError:
        return False, None


def _decodes(data: bytes, encoding: str) -> bool:
    """True when `data` decodes under `encoding` without errors (a cut-off last character,
    as in a truncated download, is forgiven)."""
    if data.isascii():
        return _is_ascii_compatible(encoding)
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        return error.start >= len(data) - 3 and error.reason.startswith("unexpected end")
    except LookupError:
        return False
    return True


def _is_ascii_compatible(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).decode(b"<html>")[0] == "<html>"
    except (LookupError, UnicodeDecodeError):  # UTF-32 cannot even read six ASCII bytes
        return False


def _guess_encoding(data: bytes) -> tuple[str, bool]:
    """The encoding of undeclared bytes, and whether the guess is sure: utf-8 when they are valid
    UTF-8; else the CJK codec whose reading is mostly common Chinese characters with (almost) no
    undecodable bytes; else cp1252, what browsers assume, not sure."""
    sample = data[:_DETECT_SAMPLE]
    if _decodes(sample, "utf-8"):
        return "utf-8", True
    best, best_share = "cp1252", 0.0
    for encoding in _CJK_CANDIDATES:
        text = sample.decode(encoding, "replace")
        hanzi = [char for char in text if "\u4e00" <= char <= "\u9fff"]
        broken = text.count("\ufffd")
        if len(hanzi) < 2 or broken > 2 + len(hanzi) // 100:
            continue
        share = sum(char in _COMMON_HANZI for char in hanzi) / len(hanzi)
        if share > best_share:
            best, best_share = encoding, share
    if best_share >= 0.15:
        return resolve_encoding(best) or best, True
    return "cp1252", False
