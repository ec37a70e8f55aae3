"""The article's main content: clean, score blocks, pick the content container, list its blocks.

One walk over the tree (iterative, so 10,000-deep markup is fine) turns the page into blocks
(paragraphs, headings, list items, a data table's rows, the text of a <div> between its child
blocks), skipping what cannot be content (scripts, navigation, sidebars, footers, comments,
share bars, hidden elements, footnote calls). Blocks then give points to their ancestors,
readability-style, by length and punctuation, weighted down by link density and moved by
class/id words (a block inside a link, a card, is all link text; a newsletter's sign-up box is
chrome whatever its class). The best ancestor, or its child that holds nearly all of its worth,
is the content container; its blocks and the standfirst just above it, minus repeated copies,
link lists, metadata lines and the closing references, are the body.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TypeAlias

from lxml import etree

from parsers.dom import (
    HIDDEN,
    STRONG,
    WEAK,
    cites_a_source,
    class_verdict,
    class_words,
    collapse,
    element_text,
    holds,
    is_heading_anchor,
    one_space,
    simplified,
    weighted_length,
)
from parsers.tips import Block

Element: TypeAlias = etree._Element

_Choice: TypeAlias = "tuple[Element, dict[Element, float]] | None"
"""A content container and every candidate's subtree value, or None."""

_BR, _BOLD, _UNBOLD, _LINK, _UNLINK = "\x01", "\x02", "\x03", "\x05", "\x06"

_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "iframe",
        "frame",
        "frameset",
        "nav",
        "aside",
        "footer",
        "header",
        "template",
        "svg",
        "math",
        "select",
        "button",
        "textarea",
        "input",
        "option",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "map",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "dialog",
    ]
)
_KEEP_WHATEVER_CLASS = frozenset(("html", "body", "article", "main"))
_INLINE_UNCLASSED = frozenset(
    ["a", "b", "strong", "em", "i", "u", "font", "br", "img", "sup", "sub", "small", "big", "code"]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dd",
        "dt",
        "td",
        "th",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
        "ol",
        "dl",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "center",
        "address",
        "caption",
        "fieldset",
        "legend",
        "details",
        "summary",
        "body",
        "html",
        "hr",
        "form",
        "hgroup",
        "header",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_BOLD_TAGS = frozenset(("b", "strong"))
_LIST_TAGS = frozenset(("ol", "ul"))

_SPLIT_PARAGRAPHS = re.compile(r"\x01[ \x02\x03\x05\x06]*\x01[\x01 \x02\x03\x05\x06]*")
_LINE_BREAK = re.compile(r" ?\x01[ \x01]*")
# a bold lead, after a step's number printed in a box of its own ("1 <b>Hold your breath.</b>")
# (bold runs set back to back by a word processor, "<b>四、高血压防治健康</b><b>提示</b>", are one)
# (after a number badge's "1 " or a circled number: "①<b>Check the pollen forecast</b>　…", or
# a marker set before the bold: "3、<b>睡前用热水泡泡脚</b>，…")
_LEAD = re.compile(
    r"^[ \x05]*(?:\d{1,2}(?: +|[、.．] *)|[\u2460-\u2473][ \u3000]*)?"
    r"\x02((?:[^\x03]|\x03 ?\x02)*)\x03"
)
_BULLET_LINE = re.compile(r"^[ ・•·●○◦▪]+$\n?", re.MULTILINE)
_LINKED = re.compile(r"\x05([^\x06]*)(?:\x06|$)")
# a link to a file to download (附件：1. 手册.pdf), not a page to read
DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|odt)(?:[?#]|$)", re.IGNORECASE)
_STYLABLE = frozenset(("div", "section", "p"))
_INLINE_STYLE = re.compile(r"display\s*:\s*inline(?:-block|-flex)?\b", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# an ad slot's label: "Advertisement", "ADVERTISING", "广告", "Anzeige", "Ad"
_AD_LABEL_WORDS = (
    r"[-–—\s]*(?:advertisement|advertising|广告|広告|광고|إعلان|реклама|publicidade?|publicité|anuncio"
    r"|anzeige|werbung|advertentie|pubblicità|iklan|reklama?|hirdetés|quảng\s+cáo|ads?"
    r"|반응형)[-–—\s]*$"  # (Tistory's label over a responsive ad unit)
)
_AD_LABEL = re.compile(_AD_LABEL_WORDS, re.IGNORECASE)
_META_LINE = re.compile(
    r"(发布|发表|更新|时间|日期|来源|作者|编辑|浏览|阅读|点击|字号|"
    r"입력|수정|기자|"  # Korean: "posted", "updated", "reporter"
    r"\b(?:source|author|posted|published|updated|views?)\b|\d{4}(?:[-/.年]|\.\s)\d{1,2}"
    # "By Ana Ruiz", "Words by …", "| by …": not a sentence's "driven mainly by the H3N2 strain"
    r"|(?:^|[|·•,]\s*|\b(?:written|posted|photos?|images?|illustrations?|graphics?|words|reported|edited|reviewed)\s+)by\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b"  # 18/11/2024
    # a date in words in any language: "23 فبراير 2025", "28 de noviembre de 2025", "29 ноября 2025"
    r"|\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}\b"
    r"|\b[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d{2}\b"  # and "March 4, 2026"
    # bylines: Arabic "wrote:" and "by", Russian "author", Spanish, French, German "by"
    r"|(?:^|\s)(?:كتب|بقلم|автор|por|par|von)\s*[:：]?\s)",
    re.IGNORECASE,
)
_UPDATED_LINE = re.compile(
    r"^(?:(?:page\s+)?(?:last\s+)?(?:medically\s+)?(?:updated?|modified|reviewed|revised)(?:\s+on)?"
    r"|next\s+review\s+due|current\s+as\s+of|(?:最后)?(?:更新|修改)(?:时间|日期)?|编辑于)"
    r"\s*[:：]?\s*\S.*\d",
    re.IGNORECASE,
)
_SOURCE_NOTE_SIZE = 400
_REFERENCES_LABEL = re.compile(
    r"^[【\[]?(?:references?|sources?|bibliograph(?:y|ie)|works\s+cited|quellen|literatur|fuentes"
    # a science-news story's back matter: "Story Source:", "Journal Reference:", "Cite This Page:"
    r"|story\s+sources?|journal\s+references?|cite\s+this\s+(?:page|article|story)"
    r"|referencias|fontes|referências|источники|литература|المراجع|المصادر|kaynaklar|nguồn"
    r"|źródła|bibliograf[ií]a|bronnen|bronvermelding|literatuur|fonti|källor|kilder|rujukan"
    r"|zdroje|πηγές|βιβλιογραφία|izvori|lähteet|източници"
    r"|参考文献|参考资料|参考来源|參考文獻|參考資料|參考來源|参考"
    # a Japanese office's contact box closing its page ("照会先", "お問い合わせ先")
    r"|照会先|(?:お)?問い?合わ?せ先)[】\]]?\s*[:：]?"
    r"(?:\s*[(（]?\d{1,3}[)）]?)?$",  # with its count: "参考文献 15", "References (25)"
    re.IGNORECASE,
)
_BACK_MATTER_LABEL_SIZE = 60
# a page's closing list of other sites ("Links I Recommend", "Useful links"), its label's line
# perhaps over a note on them ("(These open in a new window.)")
_LINKS_LABEL = re.compile(
    r"^(?:(?:useful|helpful|recommended|suggested|favou?rite|other\s+useful)\s+(?:links|sites"
    r"|websites|web\s+sites)|links\s+(?:i|we)\s+(?:recommend|like|love))\s*[:：]?$",
    re.IGNORECASE,
)
_LINKS_LABEL_SIZE = 200
_MAX_REFERENCES = 30  # entries under a label that is no heading ("Source:")
_LONG_CITATION = 1000  # a cited paper with its conference's full name
# a paper's declarations, printed between its text and its references
_DECLARATIONS_LABEL = re.compile(
    r"^(?:declarations?|funding(?:\s+(?:information|sources?))?|acknowledge?ments?"
    r"|(?:conflicts?|declarations?)\s+of\s+interests?|competing\s+interests?"
    r"|(?:financial\s+)?disclosures?|ethics(?:\s+(?:approval|statement|declarations?)).{0,40}"
    r"|authors?['’]?s?\s+contributions?|abbreviations|data\s+availability(?:\s+statement)?"
    r"|availability\s+of\s+data(?:\s+and\s+materials)?|supplementary\s+(?:materials?|information)"
    r"|multimedia\s+appendix(?:\s+\d+)?|consent\s+for\s+publication|rights\s+and\s+permissions"
    r"|about\s+this\s+article|about\s+(?:the|this)\s+(?:study|research|trial|report|survey))"
    r"\s*[:：]?$",
    re.IGNORECASE,
)
_ABOUT_LABEL = re.compile(r"^about\s+\S.{0,50}$", re.IGNORECASE)  # "About Wrenhaven Health"
# weighted characters: "By Dana Whitfield, RD · Medically reviewed by … · Updated Mar 2, 2026";
# a hundred characters of any script
_META_LINE_SIZE = 160
_DISCLAIMER_LABEL = re.compile(
    r"^(?:(?:medical|legal|health)\s+)?(?:disclaimer|disclosure)s?\s*[:：]?$|^免责(?:声明|条款)[:：]?$",
    re.IGNORECASE,
)
# the publisher's legal notice under the text, however it is set: 版权声明, 反侵权公告
_LEGAL_NOTICE_LABEL = re.compile(
    r"^(?:copyright\s+notice|(?:版权|反侵权|侵权|特别)(?:声明|公告))\s*[:：]?$", re.IGNORECASE
)
_BOILERPLATE_LINE = re.compile(
    r"^(?:分享到|分享：|标签[：:]|关键[词字][：:]|tags?\s*[：:]|本文链接|转载请注明|原标题[:：]|"
    # a shop widget's price rows ("Amazon Price: $11.53", "List Price: $16.95")
    # (a plain "Price: $175" is a review's own spec line)
    r"(?:amazon|list|sale|regular|retail)\s+price\s*[：:]\s*(?:us)?[$€£¥]\s?\d[\d.,]*$|"
    # a share bar's label, Jetpack's "Like this:" over its likers
    r"share\s*(?:this|on|and\s+enjoy|the\s+love)?\s*[：:!]?$|like\s+this\s*[：:]$|"
    # an embedded post's labels and the site's note under it
    r"(?:skip|end\s+of)\s+(?:twitter|x|facebook|instagram|tiktok|youtube)\s+(?:post|content|video)|"
    r".{0,40}\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\s+(?:sites|websites)|"
    # a self-media post's note on its pictures: "图片来自网络，侵删" (from the web, removed on
    # request)
    r"(?:部分)?(?:图片|图文|配图)均?(?:来自|来源|源自|来源于|取自)于?(?:网络|互联网)[，,。]?\s*"
    r"(?:侵删|如有侵权.{0,15})?[。.]?$|"
    # a social account's prompts: "long-press the QR code", "scan to follow", "tap the blue words",
    # an account's name over its QR code ("新澜健康公众号 更多健康科普知识分享")
    r".{0,20}公众号(?:\s.{0,20})?$|"
    r"长按(?:识别|扫描)?(?:图中)?二维码|扫码关注|(?:微信)?扫一扫|点击(?:上方)?蓝字|"
    # an app's prompt in the text, over a blurred picture: "打开易网新闻 查看精彩图片",
    # "打开APP，阅读更多精彩内容"
    r"打开[^，,。\s]{1,10}[，,\s]*(?:查看|阅读|看)[^，,。\s]{0,10}$|"
    # a notice's tools: "pdf下载 word下载", "【打印】【关闭】"
    r"(?:[\[【]?(?:pdf|word|doc)?\s*(?:下载|打印|关闭)(?:本页|窗口)?[\]】]?\s*){2,}$|"
    # an ad slot's label; an audio player's ("Listen to this article 7:12"); a rule drawn
    # with characters ("___", "* * *"; not a code block's "});")
    rf"{_AD_LABEL_WORDS}"
    # the advertiser's line Russian law asks under an ad ("Реклама. ООО «…», ИНН …. erid: 2Vtz…")
    r"|.{0,200}\berid\s*[:：]\s*[\w-]{6,}\W*$"
    r"|listen\s+to\s+this\s+(?:article|story)\b|loading\s*(?:\.\.\.|…)$|full\s+story$|"
    # a page tool's link to its file: "Download a printable version (PDF, 312KB)"
    r"download\b.{0,60}\(\s*(?:pdf|docx?|rtf|odt)\s*[,，]?\s*[\d.]+\s*[km]b\s*\)\W*$|"
    r"(?:download|view|open|print)\s+(?:the\s+|our\s+|a\s+)?(?:free\s+|full\s+|printable\s+){0,2}"
    r"(?:pdf|pdf\s+version|printable\s+version)\W*$|"  # "Download the PDF", a file's button
    # the line an ad slot leaves in the text: "Story continues below advertisement",
    # "Advertisement - Continue Reading Below", "ARTICLE CONTINUES BELOW", "Story continues"
    r"(?:story|article|content|text)\s+continues(?:\s+(?:below|after)(?:\s+(?:this\s+)?"
    r"(?:advertisement|ad))?)?\W*$|(?:advertisement\s*[-–—]\s*)?continue\s+reading\s+below\W*$|"
    # a page break left by a layout that once split the text over pages: "Continued"
    r"\(?continued\)?$|"
    # a CMS's embed code left as text ("[Gambas:Video 20detik]", "[embed]")
    r"\[[a-z][\w-]*(?::[^\]\s]+(?:\s[^\]\s]+){0,2}|(?:\s+[\w-]+=[^\]\s]+)+)?\]$|"
    r"(?:[_*=~•·—–-]\s*){3,}$|[-—–_\s]*(?:end|the\s+end|完|全文完)[-—–_\s]*$|"
    # a platform's tip jar under an answer: "真诚赞赏，手留余香", "还没有人赞赏，快来当第一个…"
    r".{0,20}(?:真诚赞赏|手留余香|还没有人赞赏|赞赏支持|我要赞赏|我要打赏|打赏支持).{0,30}$|"
    # a page's poll on itself: "Was this page helpful?", 이 정보가 도움이 되셨나요?
    r"was\s+this\s+(?:page|article|information|content)\s+helpful\W*$"
    r"|이\s*(?:정보|글|콘텐츠)가\s*도움이\s*되셨나요\W*$|"
    # a fold's button ("展开全文 ∨", "收起全文", "Show more")
    # ("阅读剩余全文（62%）", its share of the text filled in by a script)
    r"(?:展开|收起|查看|阅读)(?:剩余)?全文\s*(?:[(（][\d.%％\s]*[)）])?\s*[∨∧>»↓↑]?$|"
    r"展开剩余\s*\d{1,2}\s*[%％]\s*[∨∧>»↓↑]?$|(?:show|read)\s+(?:more|less|full\s+article)\s*[∨∧>»↓↑]?$"
    # a toggle's own word ("Show" beside a box's summary), the marks either side of a skipped
    # box ("skip past newsletter promotion" … "after newsletter promotion")
    r"|(?:show|hide)$|(?:skip\s+past|after)\s+(?:newsletter\s+promotion|advertisement)\W*$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Body:
    """The main content of a page, as `find_body` picked it."""

    blocks: tuple[Block, ...]
    """The body's blocks in page order."""
    elements: tuple[Element, ...]
    """For each block, the element that holds its text (same order as `blocks`)."""
    container: Element | None
    """The content container, None when the page has no content block at all."""
    link_chars: int
    """Characters of link text inside the container (blocks dropped as link lists included)."""
    text_chars: int
    """Characters of all text inside the container."""
    link_blocks: int = 0
    """Blocks inside the container that are mostly link text (entry titles on a listing)."""
    alternations: int = 0
    """How often a mostly-link block is followed by a text block inside the container: a
    listing's "title, teaser, title, teaser" rhythm; an article has one or two at most."""
    anchors: tuple[Element, ...] = ()
    """Every <a href> outside the skipped parts of the page, in page order."""

    @property
    def text(self) -> str:
        """The body text: block texts joined by one blank line."""
        return "\n\n".join(block.text for block in self.blocks)


def find_body(
    root: Element,
    exclude: Collection[Element] = (),
    *,
    channels: bool = True,
    appeals: bool = True,
    shops: bool = True,
    consults: bool = True,
    role_buttons: bool = True,
    traditional: bool = False,
) -> Body:
    """The main content of the page whose tree is `root`.

    `exclude` are subtrees that are not body whatever they hold (the prev/next lines and the
    recommendation block that `parsers.links` found). `channels` is False when the page's
    markup links no messenger channel (`CHANNEL_HOSTS`), so no channel box is looked for;
    `appeals` is False when it links no page asking for money (`APPEAL_PATHS`), `shops` when
    no text of it calls to buy (`SHOP_CALL_NODE`), `consults` when it links no ask-a-doctor
    service (`CONSULT_PATHS`), `role_buttons` when it makes no element a button by its role.
    `traditional` is True on a page in traditional Chinese (`PageTexts.traditional`): its closing
    labels (資料來源, 責任編輯) are read as the patterns spell them.
    """
    start = _body_element(root)
    anchors: list[Element] = []
    boxes = _boxes(start, channels, appeals, shops, consults, role_buttons)
    raw = _scan(start, exclude, anchors, boxes)
    _mark_introduced_lists(raw)
    choice, by_classes = _choose(raw)
    if choice is not None and _mark_teasers(raw, choice[0], by_classes):
        choice, by_classes = _choose(raw)
    if choice is None:
        return Body((), (), None, 0, 0, anchors=tuple(anchors))
    top, sums = choice
    top = _first_story(_dominant_child(top, sums))
    members = set(top.iter())
    heading = _section_heading(top)
    if heading is not None:
        members.update(heading.iter())
    # the prose just before the container, under its grandparent, is the article's: a
    # standfirst set above it beside the headline
    scope = top.getparent()
    scope = scope.getparent() if scope is not None and scope.getparent() is not None else scope
    if scope is not None:
        # (a standfirst the page marks as one may sit higher: in the <article>'s header, over
        # the byline, the share row and the lead video)
        article = next(top.iterancestors("article"), None)
        members.update(_lead_in(raw, members, scope, article))
        members.update(_closing_summary(raw, members, top, scope))
    # read past them, the class words still mark chrome inside the container, but not on the
    # wrappers that hold most of the article
    wrappers = frozenset() if by_classes else _wrappers(top, members, sums)
    inside = [
        block
        for block in raw
        if block.element in members
        and (not _is_chrome(block, top, members, sums, wrappers) or _is_headline_dek(block))
    ]
    text_chars = sum(len(block.text) for block in inside)
    link_chars = sum(block.link_chars for block in inside)
    link_blocks = alternations = 0
    previous_linky = False
    for block in inside:
        linky = block.link_chars * 2 > len(block.text)
        link_blocks += linky
        alternations += previous_linky and not linky
        previous_linky = linky
    kept = _trim_edges(_drop_noise(_drop_repeats(inside), traditional), by_classes)
    # a closing note left last once the trim took the short rows after it (a leaflet's
    # "Reference number:", "Version:" fields under its "If you need this in another format …")
    kept = _without_closing_notes(kept, traditional)
    return Body(
        blocks=tuple(block.to_block() for block in kept),
        elements=tuple(block.element for block in kept),
        container=top,
        link_chars=link_chars,
        text_chars=text_chars,
        link_blocks=link_blocks,
        alternations=alternations,
        anchors=tuple(anchors),
    )


def _first_story(top: Element) -> Element:
    """The first of the whole stories `top` holds, each an <article> with its own <h1>: a
    news site's infinite scroll prints the next story in full under the one asked for."""
    stories = [
        article
        for article in top.iter("article")
        if article.find(".//h1") is not None
        and next(article.iterancestors("article"), None) is None
    ]
    return stories[0] if len(stories) >= 2 else top


def _choose(raw: Sequence[_RawBlock]) -> tuple[_Choice, bool]:
    """The content container and its subtree values (`_containers`), and whether the class
    words were read to find it."""
    choice, blind = _containers(raw)
    if blind is not None and (
        choice is None
        or (
            blind[1][blind[0]] > _CLASSES_OUTWEIGHED * choice[1][choice[0]]
            and choice[1][choice[0]] < _SCRAP_VALUE
        )
    ):
        # the article sits under a class that names chrome ("share-container" around the
        # whole post): what the class words left is a scrap beside it, so read past them (an
        # article beside a longer comment thread is no scrap)
        return blind, False
    return choice, True


def _boxes(
    start: Element,
    channels: bool = True,
    appeals: bool = True,
    shops: bool = True,
    consults: bool = True,
    role_buttons: bool = True,
) -> list[Element]:
    """The boxes around form fields and buttons that are chrome whatever their class says: a
    sign-up (the box around an e-mail or phone field), a question or comment box (around a
    <textarea>), a group of buttons with a label,
    (where `channels`) the box around a button to follow the site's messenger channel,
    (where `shops`) a product card around a button to buy it,
    (where `appeals`) the box asking readers for money,
    (where `consults`) the call card offering the site's ask-a-doctor service, and
    the box of a video clip around its player (`_clip_box`), a <video>, a play button or
    (where `role_buttons`) an element made one by its role ("<div role="button" aria-label=
    "Play video">")."""
    boxes: list[Element] = []
    looked: set[Element] = set()
    for control in start.iter("input", "button", "textarea", "video"):  # one pass for all kinds
        if control.tag == "textarea":  # a box to ask a question or leave a comment
            box = _widest_box(control, _BOX_SIZE)
        elif control.tag == "input":
            box = _sign_up_box(control)
        elif control.tag == "video" or _PLAY_BUTTON.match(
            control.get("aria-label") or element_text(control)
        ):
            box = _clip_box(control)
        elif shops and _CART_BUTTON.fullmatch(element_text(control)):
            box = _shop_box(control)  # a product tile's "Add to cart"
        else:
            box = _control_box(control, looked)
        if box is not None:
            boxes.append(box)
    for control in _PLAY_CONTROLS(start) if role_buttons else ():
        # a clip's thumbnail made a button by its role, or a play icon named by its title
        if _PLAY_BUTTON.match(control.get("aria-label") or control.get("title") or ""):
            box = _clip_box(control)
            if box is not None and box not in boxes:
                boxes.append(box)
    if channels:  # most pages link no channel
        for link in _CHANNEL_LINKS(start):
            box = _channel_box(link)
            if box is not None:
                boxes.append(box)
    if shops:  # most pages sell nothing
        for link in _SHOP_LINKS(start):
            box = _shop_box(link)
            if box is not None and box not in boxes:
                boxes.append(box)
    if appeals:
        for link in _APPEAL_LINKS(start):
            box = _appeal_box(link)
            if box is not None and box not in boxes:
                boxes.append(box)
    if consults:
        for link in _CONSULT_LINKS(start):
            box = _consult_box(link)
            if box is not None and box not in boxes:
                boxes.append(box)
    return boxes


def _consult_box(link: Element) -> Element | None:
    """The call card around a button to the site's ask-a-doctor service ("立即咨询", "Chat
    dengan dokter sekarang"): the widest block around the link holding no more than a title, a
    line of offer and the button, short of the article's wrappers. A sentence of the text that
    links the service ("… you can <a>ask one of our doctors</a> online.") makes none."""
    if len(element_text(link)) > _BUTTON_LABEL or _in_prose(link):
        return None
    return _widest_box(link, _CALL_CARD_SIZE)


def _in_prose(link: Element) -> bool:
    """Whether `link` sits inside a paragraph or a list item longer than itself (a sentence's
    words), not among the boxes of a card."""
    line = link.getparent()
    while line is not None and line.tag not in _BLOCK_TAGS:
        line = line.getparent()
    return (
        line is not None
        and line.tag in _LINES
        and _BOX_TEXT(line) > len(element_text(link)) + _LABEL_SIZE
    )


_LINES = frozenset(("p", "li", "dd", "td", "blockquote"))


CONSULT_PATHS = ("/ask-doctor", "/ask-a-doctor", "/tanya-dokter", "/ask/")
_CONSULT_LINKS = etree.XPath(
    ".//a[" + " or ".join(f"contains(@href, '{path}')" for path in CONSULT_PATHS) + "]"
)
_BUTTON_LABEL = 30  # characters: "Chat dengan dokter sekarang"
_CALL_CARD_SIZE = 250  # characters: a card's title, a line of offer and its button


def _clip_box(player: Element) -> Element | None:
    """The box of a video clip set among the paragraphs: the widest block around its player
    (a <video>, a "Play video" button) that holds the clip's running time ("2:41") and no more
    than a title and a line or two of description. A clip is not the text around it; a page
    whose text is the clip's description (the box holding half of what the page shows) makes
    none."""
    box = _widest_box(player, _CLIP_BOX_SIZE)
    if box is None or not any(_RUNNING_TIME.fullmatch(text.strip()) for text in box.itertext()):
        return None
    page = _page_text(box.getroottree().getroot())
    return box if _visible_text(box) * 2 <= page else None


# "Play video" and its kin: "Lire la vidéo", "Reproducir", "Abspielen", "Afspelen", 播放, 再生;
# an audio player's "Listen to this article"
_PLAY_WORDS = (
    r"(?:play\b|listen\s+to\s+th(?:is|e)\s+(?:article|story)"
    r"|lire\s+la\s+vid[ée]o|reproduc?ir|reproduzir|(?:video\s+)?(?:abspielen|afspelen)"
    r"|riproduci"
    r"|odtwórz|воспроизвести|смотреть\s+видео|播放|再生|재생)"
)
_PLAY_BUTTON = re.compile(r"\s*" + _PLAY_WORDS, re.IGNORECASE)
# (a web component's button, <fluent-button aria-label="Play video">, is one by its name; a
# player's play icon may be named only by its title: <span class="btn_play" title="播放">)
_PLAY_CONTROLS = etree.XPath(
    ".//*[@role='button' or contains(local-name(), '-button')][@aria-label]"
    " | .//*[@title][contains(translate(@class, 'PLAY', 'play'), 'play')]"
)
# the same label in the page's markup (`find_body`'s `role_buttons`): a scan of the markup
# for its literal start costs less than the XPath over every element
# (one pattern per attribute: a literal start keeps each scan fast)
PLAY_LABELS = tuple(
    re.compile(attribute + r"=[\"']?\s*(?i:" + _PLAY_WORDS + ")")
    for attribute in ("aria-label", "title")
)
# "2:41", "Duration 2:41", "时长：02:36"
_RUNNING_TIME = re.compile(
    r"(?:(?:duration|时长|時長)\s*[:：]?\s*)?\d{1,2}:\d{2}(?::\d{2})?", re.IGNORECASE
)
_CLIP_BOX_SIZE = 400  # characters: a clip's title and a sentence or two about it


def _appeal_box(link: Element) -> Element | None:
    """The box asking readers for money around a link to the site's membership, contribution
    or donation page: the widest block around the link whose class names the appeal
    ("cli-support-…", "donate-box", "contribution-ask"), short of the article's own wrappers
    and of half the page's text. A link to the same page from a sentence of the text, or from a
    box classed otherwise, makes none."""
    box = None
    for ancestor in link.iterancestors():
        if ancestor.tag in _BOX_LIMITS:
            break
        if ancestor.tag in _BLOCK_TAGS and _names_appeal(ancestor.get("class")):
            box = ancestor
    if box is None:
        return None
    page = _page_text(box.getroottree().getroot())
    return box if _visible_text(box) * 2 <= page else None


def _shop_box(link: Element) -> Element | None:
    """The product card around a button to buy something ("Shop at Amazon", "$39.99 at
    Amazon", "Check price"): the widest block around the button holding a card's few short
    lines (the brand, the product's name, its price) and no sentence. A call to buy inside a
    sentence of the text ("… ($249 at Amazon): While …") makes none."""
    label = element_text(link)
    if (
        not _SHOP_CALL.fullmatch(label)
        and not (
            _BARE_SHOP_CALL.fullmatch(label) and "sponsored" in (link.get("rel") or "").lower()
        )
        and not (link.tag == "button" and _CART_BUTTON.fullmatch(label))
    ):
        return None
    # a paid link's card may say in a sentence why the product is picked
    paid = "sponsored" in (link.get("rel") or "").lower()
    size = _PAID_BOX_SIZE if paid else _SHOP_BOX_SIZE
    box = None
    for ancestor in link.iterancestors():
        if ancestor.tag in _BOX_LIMITS or _BOX_TEXT(ancestor) > size:
            break
        if ancestor.tag in _BLOCK_TAGS:
            box = ancestor
    if box is None:
        return None
    if paid:
        # (a slide's paragraph above its own "Shop now" box is the text's)
        return None if any(_BOX_TEXT(p) > _CARD_LINE for p in box.iter("p")) else box
    return None if _SENTENCE_END.search(element_text(box)) else box


_SHOP_CALLS = (
    r"(?:(?:shop|buy)(?:\s+(?:it|now))?\s+(?:at|on|from)\s+[^\x00]{1,30}"
    r"|[$£€]\s?\d[\d,]*(?:\.\d\d)?\s+(?:at|on|from)\s+[^\x00]{1,30}"
    r"|(?:check|see|view)\s+(?:the\s+)?(?:latest\s+)?price\b[^\x00]{0,30}"
    # and a Chinese portal's "[查看报价]" (see the quotes), "立即购买" (buy now)
    r"|[\[【]?(?:查看(?:报价|价格)|立即购买|马上购买)[\]】]?"
    # and a Japanese affiliate box's store buttons ("Amazon", "楽天市場", "Yahooショッピング")
    r"|amazon(?:で(?:見る|探す|購入))?|楽天(?:市場)?(?:で(?:見る|探す|購入))?"
    r"|yahoo!?\s?ショッピング(?:で(?:見る|探す))?)"
)
_SHOP_CALL = re.compile(rf"\s*{_SHOP_CALLS}\s*", re.IGNORECASE)
# a bare call, a product card's only where its link is a paid one (rel="sponsored"): a shop's
# own "Shop Now" leads to its products
_BARE_SHOP_CALL = re.compile(r"\s*(?:shop|buy)\s+now\s*", re.IGNORECASE)
# a product tile's button
_CART_BUTTON = re.compile(r"\s*add\s+to\s+(?:cart|bag|basket)\s*", re.IGNORECASE)
# the same calls as a text node of the page (`PageTexts.matches`): a cheap test before the links
SHOP_CALL_NODE = re.compile(
    rf"(?:^|\x00)\s*(?:{_SHOP_CALLS}|(?:shop|buy)\s+now|add\s+to\s+(?:cart|bag|basket))\s*"
    r"(?:\x00|$)"
    # the price in a span of its own ("<span>$230</span> from Amazon")
    r"|(?:^|\x00)\s*[$£€]\s?\d[\d,]*(?:\.\d\d)?\s*\x00\s*(?:at|on|from)\s",
    re.IGNORECASE,
)
_SHOP_LINKS = etree.XPath("descendant::a[@href]")
# characters: a card's brand, name, price and buttons, short of a product's review ("What we
# like: …", its features); set on the development pages, where 250 took in review boxes
_SHOP_BOX_SIZE = 150
_PAID_BOX_SIZE = 400
_CARD_LINE = 200  # characters: a card's line on why the product is picked, not a paragraph


def _names_appeal(classes: str | None) -> bool:
    return not _APPEAL_WORDS.isdisjoint(class_words(classes))


# where a site asks for money: its membership, contribution and donation pages
APPEAL_PATHS = ("/membership", "/contribute", "/donate", "/donation", "/support-us")
_APPEAL_LINKS = etree.XPath(
    ".//a[" + " or ".join(f"contains(@href, '{path}')" for path in APPEAL_PATHS) + "]"
)
_APPEAL_WORDS = frozenset(
    [
        *("support", "donate", "donation", "donations", "membership"),
        *("contribute", "contribution", "contributions"),
    ]
)


def _channel_box(link: Element) -> Element | None:
    """The box around a button to follow the site on a messenger or a news app ("Subscribe to
    our Telegram channel … [Subscribe]"): the widest ancestor of the button holding little
    text besides it; or a line that opens with the link ("<a>Subscribe to our Telegram
    channel</a> to get the news first."). A link inside a sentence is the text's own."""
    previous, parent = link.getprevious(), link.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    if before and before.strip():
        return None
    if link.tail and link.tail.strip():
        # the line's call to follow, its link first: the rest of a sentence about the channel
        if (
            parent is None
            or len(element_text(link)) > _CALL_SIZE
            or len(element_text(parent)) > _CHANNEL_BOX_SIZE
        ):
            return None
    elif len(element_text(link)) > _BUTTON_SIZE:
        return None
    return _widest_box(link, _CHANNEL_BOX_SIZE)


# links to a messenger channel or a news app's page of the site
CHANNEL_HOSTS = (
    "//t.me/",
    "telegram.me/",
    "whatsapp.com/channel",
    "//wa.me/",
    "news.google.com/publications",
    "dzen.ru/",
    "//line.me/",
)
_CHANNEL_LINKS = etree.XPath(
    ".//a[" + " or ".join(f"contains(@href, '{host}')" for host in CHANNEL_HOSTS) + "]"
)
_BUTTON_SIZE = 30  # characters: "Subscribe", "Подписаться", "Síguenos en WhatsApp"
_CALL_SIZE = 60  # characters: "Підписуйтесь на наш Telegram-канал"
_CHANNEL_BOX_SIZE = 300


def _sign_up_box(field: Element) -> Element | None:
    """The box around an e-mail or phone field: a newsletter's or a text-message sign-up
    ("Join 250,000 readers", the consent line under it), never the article's text. A box is
    the widest ancestor of the field that holds little text besides it."""
    kind = (field.get("type") or "").lower()
    if kind not in ("email", "tel") and "email" not in (field.get("name") or "").lower():
        return None
    return _widest_box(field, _BOX_SIZE)


def _widest_box(inner: Element, size: int) -> Element | None:
    """The widest block ancestor of `inner` holding at most `size` characters of text, short of
    the article's own wrappers; None when even its nearest block holds more."""
    box = None
    for ancestor in inner.iterancestors():
        if ancestor.tag in _BOX_LIMITS or _BOX_TEXT(ancestor) > size:
            break
        if ancestor.tag in _BLOCK_TAGS:
            box = ancestor
    return box


def _control_box(button: Element, looked: set[Element]) -> Element | None:
    """The box around a group of buttons that holds little else: a reaction prompt ("What do
    you think of this article?" over its buttons), a "Was this helpful?" poll, a tab bar. The
    buttons are skipped anyway; their box's label is not the article's text either. A box
    holds two buttons or more, so a code block's "Copy" button or a question's toggle over its
    answer makes none. `looked` are the ancestors other buttons climbed through already."""
    box = None
    for ancestor in button.iterancestors():
        if ancestor.tag in _BOX_LIMITS or ancestor in looked:
            break
        looked.add(ancestor)
        size = _BOX_TEXT(ancestor)
        if size > _BOX_SIZE:
            break
        buttons = list(ancestor.iter("button"))
        if size - sum(_BOX_TEXT(inner) for inner in buttons) > _LABEL_SIZE:
            break
        if ancestor.tag in _BLOCK_TAGS and len(buttons) >= 2:
            box = ancestor
    return box


# a box never reaches past these: the article's own wrappers hold its text
_BOX_LIMITS = frozenset(("body", "html", "main", "article"))
_LABEL_SIZE = 40  # characters besides the buttons' own: a label and a link or two
_BOX_TEXT = etree.XPath("string-length(normalize-space())")
_BOX_SIZE = 600


def without_title(body: Body, title: str | None, title_element: Element | None) -> Body:
    """`body` minus the title's own element, any opening block that only repeats the title, and
    the kicker's short labels set just above the title ("睡眠時無呼吸症候群 記事" over the <h1>)."""
    if not body.blocks:
        return body
    wanted = _comparable(title) if title else None
    at = next(
        (
            index
            for index, element in enumerate(body.elements[:_KICKER_REACH])
            if title_element is not None and element is title_element
        ),
        0,
    )
    keep: list[int] = []
    opening = True
    for index, (block, element) in enumerate(zip(body.blocks, body.elements, strict=True)):
        if element is title_element and title_element is not None:
            continue
        if index < at and _is_label_line(block.text):
            continue
        if opening and wanted and _comparable(block.text) == wanted:
            continue
        opening = False
        keep.append(index)
    if len(keep) == len(body.blocks):
        return body
    return replace(
        body,
        blocks=tuple(body.blocks[i] for i in keep),
        elements=tuple(body.elements[i] for i in keep),
    )


def _is_label_line(text: str) -> bool:
    return weighted_length(text) <= _LABEL_LINE and not _SENTENCE_END.search(text)


_KICKER_REACH = 4  # blocks: a section label, a topic chip, the kicker
_LABEL_LINE = 40  # weighted characters


def blocks_of(element: Element) -> list[Block]:
    """All blocks under `element`, uncleaned by scoring (for an override naming the body)."""
    return [block.to_block() for block in _scan(element, (), []) if block.text]


# --- the walk -----------------------------------------------------------------------------


_HEADING_LEVEL = {f"h{level}": level for level in range(1, 7)}


class _RawBlock:
    __slots__ = (
        "element",
        "heading",
        "introduced",
        "lead",
        "link_chars",
        "list_depth",
        "list_number",
        "negative",
        "teaser",
        "text",
    )

    def __init__(
        self,
        element: Element,
        text: str,
        lead: str | None,
        heading: bool,
        link_chars: int,
        list_number: int | None,
        list_depth: int,
        negative: tuple[tuple[Element, int], ...],
    ) -> None:
        self.element = element
        self.text = text
        self.lead = lead
        self.heading = heading
        self.link_chars = link_chars
        self.list_number = list_number
        self.list_depth = list_depth
        self.introduced = False
        """Whether the block is an item of a list that a sentence of the text introduces."""
        self.teaser = False
        """Whether the block is a card's cut-off summary beside the article (`_mark_teasers`)."""
        self.negative = negative
        """The block's ancestors (itself included) whose class/id is negative, outermost first,
        each with its strength (WEAK or STRONG)."""

    def to_block(self) -> Block:
        return Block(
            text=self.text,
            lead=self.lead,
            heading=self.heading,
            level=_HEADING_LEVEL.get(self.element.tag, 0) if self.heading else 0,
            list_number=self.list_number,
            list_depth=self.list_depth,
        )


class _Open:
    """A block element whose text is being gathered."""

    __slots__ = (
        "element",
        "heading",
        "linked",
        "list_depth",
        "list_number",
        "negative",
        "pieces",
        "start",
    )

    def __init__(
        self,
        element: Element,
        heading: bool,
        list_number: int | None,
        list_depth: int,
        negative: tuple[tuple[Element, int], ...] = (),
        linked: bool = False,
    ) -> None:
        self.element = element
        self.heading = heading
        self.list_number = list_number
        self.list_depth = list_depth
        self.negative = negative
        self.linked = linked
        """The block sits inside a link (a card: <a href><h3>…</h3><p>…</p></a>), so all of
        its text is link text."""
        self.pieces: list[str] = []
        self.start = 0
        """How many blocks the walk had made when this one opened."""


def _body_element(root: Element) -> Element:
    if root.tag == "body":
        return root
    body = next(root.iterchildren("body"), None)
    return body if body is not None else root


def _scan(
    start: Element,
    exclude: Collection[Element],
    anchors: list[Element],
    boxes: Collection[Element] = (),
) -> list[_RawBlock]:
    """Every block under `start` in page order, skipping what cannot be content; the <a href>
    met on the way are appended to `anchors`. `boxes` are chrome whatever their class says."""
    out: list[_RawBlock] = []
    current = _Open(start, False, None, 0)
    stack: list[_Open] = []
    lists: list[list[int]] = []  # per open <ol>/<ul>: [is_ordered, items so far]
    walker = etree.iterwalk(start, events=("start", "end"))
    skipped: Element | None = None
    check_exclude = bool(exclude)
    in_article = 0  # an <article>'s own <header> holds its title and entry links: not chrome
    quoted = 0  # the <blockquote>s the walk is inside (an embedded post's)
    # block elements whose class/id says chrome (comments, sidebar, share): read, not skipped,
    # since such words also turn up on content ("valign_top"); the scoring weighs them down
    negatives: list[tuple[Element, int]] = []
    plain_row: Element | None = None  # a data table's row: one line, its cells inline
    links_open = 0  # the <a href> the walk is inside
    # the <pre> the walk is inside: its lines are lines, its classes a highlighter's
    code: list[Element] = []
    inline_styled: set[Element] = set()  # block tags a style attribute lays out as inline
    bold_spans: set[Element] = set()  # <span>s whose class or style sets them in bold
    badge: int | None = None  # where a floated step number's text starts in the open block
    relayed = 0  # how many pieces the open block took from a step number before it
    boxed: set[Element] = set()  # the `boxes` whose class names no chrome
    wide: dict[Element, bool] = {}  # whether a weakly named wrapper holds much of the page
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if not isinstance(tag, str):  # a comment or processing instruction
                walker.skip_subtree()
                continue
            if tag == "article":
                in_article += 1
            elif tag == "blockquote":
                quoted += 1
            if check_exclude and element in exclude:
                if tag == "br":
                    current.pieces.append(_BR)  # a related block's label line still ends
                # not body text, but still links the page shows (a home page's list headed
                # 推荐阅读 is its main list)
                anchors.extend(a for a in element.iter("a") if a.get("href"))
                walker.skip_subtree()
                skipped = element
                continue
            if (
                tag == "pre" or tag in _LIST_TAGS or (code and tag in _GUTTER_TAGS)
            ) and _is_line_gutter(element):
                walker.skip_subtree()  # a highlighter's column of line numbers beside the code
                skipped = element
                continue
            if tag == "pre":
                code.append(element)
            if tag in _INLINE_UNCLASSED or (code and tag not in _BLOCK_TAGS):
                # a highlighter's <span class="hljs-comment"> is code, not a comment thread
                strength = 0
            else:
                strength = _class_strength(element, tag)
            if boxes and element in boxes and strength != HIDDEN:
                if strength != STRONG:
                    boxed.add(element)  # chrome by what it holds, not by its name
                strength = STRONG
            if (
                strength == HIDDEN
                or (tag == "sup" and _is_note_marker(element))
                or (
                    tag == "a"
                    and (
                        _is_note_link(element)
                        or _is_share_link(element)
                        or is_heading_anchor(element)
                    )
                )
                or (
                    tag in _DROP_TAGS
                    and not (tag == "header" and (in_article or _heads_article(element)))
                    and not (in_article and tag == "aside" and _is_inset(element))
                    # a quote's own footer is its credit: "— Dr. …, especialista en …"
                    and not (quoted and tag == "footer")
                    # an accordion's heading is a button that opens its panel: its words are
                    # the section's title
                    and not (tag == "button" and _in_heading_tag(element))
                    and not (tag in _CHROME_TAGS and _holds_main(element))
                )
            ):
                if tag in _BLOCK_TAGS and current.pieces:
                    # a hidden box between two words keeps them apart ("8 min read<div
                    # aria-hidden>·</div>Mar 3, 2026")
                    current.pieces.append(" ")
                walker.skip_subtree()
                skipped = element
                continue
            if tag in _CELLS and plain_row is not None and element.getparent() is plain_row:
                current.pieces.append(" ")
            elif tag in _STYLABLE and _INLINE_STYLE.search(element.get("style") or ""):
                # an editor's "display: inline-block" boxes side by side are one line (a
                # number badge beside its heading)
                inline_styled.add(element)
            elif tag in _STYLABLE and _is_number_badge(element):
                # a step's number floated beside it: the number opens the step's line
                inline_styled.add(element)
                badge = len(current.pieces)
            elif (
                tag == "span"
                and _is_number_badge(element)
                and element.getnext().tag in _STYLABLE  # (a badge has a next element)
                and not "".join(current.pieces).strip()
            ):
                # and in a <span> opening the step, its text in a box after it (<span
                # class="StepNum">1</span><div class="StepContent"><p>…)
                badge = len(current.pieces)
            elif plain_row is not None and tag == "p" and _grandparent(element) is plain_row:
                inline_styled.add(element)  # a cell's one paragraph (AsciiDoc's tables)
            elif tag in _BLOCK_TAGS:
                carried = current.pieces[badge:] if badge is not None else []
                if carried and relayed and "".join(carried[relayed:]).strip():
                    carried = []  # the box the number went into has a line of its own
                if carried:
                    del current.pieces[badge:]
                    carried.append(" ")
                badge = None
                relayed = 0
                if current.pieces:
                    _flush(current, out)
                stack.append(current)
                if tag == "tr" and _is_plain_row(element):
                    plain_row = element
                number = None
                if tag == "li" and lists:
                    lists[-1][1] += 1
                    if lists[-1][0]:
                        number = lists[-1][1]
                elif current.list_number is not None and tag not in _LIST_TAGS:
                    # <li><p>…</p></li>: the item's number goes to its first paragraph
                    number, current.list_number = current.list_number, None
                if strength:
                    negatives.append((element, strength))
                    current = _Open(
                        element,
                        tag in _HEADINGS,
                        number,
                        len(lists),
                        tuple(negatives),
                        links_open > 0,
                    )
                else:
                    current = _Open(
                        element,
                        tag in _HEADINGS,
                        number,
                        len(lists),
                        current.negative,
                        links_open > 0,
                    )
                if tag in _LIST_TAGS:
                    lists.append([tag == "ol", _list_start(element) - 1])
                current.start = len(out)
                if carried:
                    current.pieces.extend(carried)
                    # on to the box's first paragraph, if the box holds paragraphs (<div
                    # class="StepContent"><p>…) and no line of its own
                    badge, relayed = 0, len(carried)
            elif tag == "br":
                current.pieces.append(_BR)
            elif tag == "span" and current.pieces and _after_number_span(element, current.pieces):
                current.pieces.append(" ")  # <span>1.</span><span>Drink water</span>: "1. Drink"
            elif tag in _BOLD_TAGS:
                current.pieces.append(_BOLD)
            elif tag == "span" and _styled_bold(element):
                bold_spans.add(element)
                current.pieces.append(_BOLD)
            elif tag == "a":
                # a link to a file (附件：1. 手册.pdf) is the notice's attachment, read as text
                href = element.get("href")
                # a quoted post's caption printed as one link is its words (an embedded
                # Instagram post), its short links ("pic.twitter.com/…") stay links
                if (not href or not DOCUMENT.search(href) or _is_button(element)) and not (
                    quoted and len(element_text(element)) >= _QUOTED_CAPTION
                ):
                    current.pieces.append(_LINK)
                if element.get("href"):
                    links_open += 1
                    if not negatives or _weak_only(negatives, boxed, wide):
                        anchors.append(element)
            text = element.text
            if text:
                current.pieces.append(text.replace("\n", _BR) if code else text)
        else:
            if tag == "article":
                in_article -= 1
            elif tag == "blockquote":
                quoted -= 1
            elif code and code[-1] is element:
                code.pop()
            if element is skipped:
                skipped = None
            elif isinstance(tag, str):
                if tag in _CELLS and plain_row is not None and element.getparent() is plain_row:
                    current.pieces.append(" ")
                elif inline_styled and element in inline_styled:
                    pass
                elif tag in _BLOCK_TAGS:
                    if element is plain_row:
                        plain_row = None
                    if negatives and negatives[-1][0] is element:
                        negatives.pop()
                    if tag in _LIST_TAGS and lists:
                        lists.pop()
                    closing = current
                    badge = None  # a number left at the end of its block stays in that block
                    if current.pieces:
                        _flush(current, out)
                    if stack:
                        current = stack.pop()
                    if (
                        closing.list_number is not None
                        and len(out) == closing.start
                        and tag != "li"
                        and current.list_number is None
                    ):
                        # an item's first box held no text (its picture): the number goes
                        # to the item's next block (wikiHow's <li><div>img</div><div>step</div>)
                        current.list_number = closing.list_number
                elif tag in _BOLD_TAGS or (bold_spans and element in bold_spans):
                    current.pieces.append(_UNBOLD)
                elif tag == "a":
                    current.pieces.append(_UNLINK)
                    if links_open and element.get("href"):
                        links_open -= 1
            tail = element.tail
            if tail and element is not start:
                current.pieces.append(tail.replace("\n", _BR) if code else tail)
    _flush(current, out)
    return out


def _is_number_badge(element: Element) -> bool:
    """A box holding nothing but a step's number, floated beside the step by the style sheet
    (wikiHow's <div class="step_num">1</div><div class="step">…</div>): one line with it."""
    if len(element):
        return False
    text = (element.text or "").strip()
    return 0 < len(text) <= 2 and text.isdigit() and element.getnext() is not None


def _styled_bold(span: Element) -> bool:
    """A <span> set in bold by its class ("bjh-strong", "text-bold") or its style
    ("font-weight: bold", "font-weight:700"): an editor's bold lead, as <strong> is."""
    classes = span.get("class")
    if classes is not None and ("bold" in classes or "strong" in classes):
        return True
    style = span.get("style")
    return style is not None and _BOLD_STYLE.search(style) is not None


_GLYPH = re.compile(r"\s*[^\w\s]{1,2}\s*")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def _weak_only(
    negatives: list[tuple[Element, int]], boxed: Collection[Element], wide: dict[Element, bool]
) -> bool:
    """Whether the chrome an anchor sits in is a wrapper only weakly named so ("widget",
    "top") holding much of the page, or a box of controls (a product card around its "Add to
    cart"): a listing's entries may sit in such boxes, a menu's or a comment thread's links do
    not. `wide` remembers each wrapper's answer for the page's other anchors."""
    for element, strength in negatives:
        if element in boxed:
            continue
        if strength != WEAK:
            return False
        held = wide.get(element)
        if held is None:
            held = wide[element] = _holds_much_of_page(element)
        if not held:
            return False
    return True


def _holds_much_of_page(element: Element) -> bool:
    """Whether `element` holds a third of the text the page shows or more: a wrapper around
    the page's main list ("hs_cos_wrapper_widget" around a blog's index, <div id="top"> around
    the whole page), not a menu or a sidebar's box."""
    return _text_size(element) * 3 >= _body_text_size(element.getroottree().getroot())


def _text_size(element: Element) -> float:
    """About the characters of text `element` shows: its text's length, whitespace collapsed,
    less its scripts' and styles' (counted in C: `_visible_text` walks every text node)."""
    size: float = _STRING_LENGTH(element)
    for hidden in element.iter("script", "style"):
        size -= _STRING_LENGTH(hidden)
    return size


_STRING_LENGTH = etree.XPath("string-length(normalize-space())")


@lru_cache(maxsize=1)
def _body_text_size(root: Element) -> float:
    """`_text_size` of the page's <body> (one entry: no earlier page's tree is kept alive)."""
    body = root.find("body")
    return _text_size(body if body is not None else root)


def _class_strength(element: Element, tag: str) -> int:
    """HIDDEN for what a reader never sees (display:none, the hidden attribute, "sr-only") and
    for inline elements whose class says chrome (a byline <span> inside a paragraph); else
    what the class/id words of a block element say against it: 0, WEAK or STRONG (STRONG too
    for a box its microdata marks as the author)."""
    if tag in _INLINE_UNCLASSED:
        return 0
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        # a platform that shows the article only once its script runs (WeChat's
        # "visibility: hidden" on #js_content) hides most of the page's text; a consent
        # manager's dialog, however long its vendor list, stays hidden
        shown_later = (
            tag in _BLOCK_TAGS
            and class_verdict(element.get("class"), element.get("id"))[0] != HIDDEN
            and _holds_most_of_page(element)
        )
        return 0 if shown_later else HIDDEN
    hidden_from_readers = element.get("aria-hidden") == "true"
    if hidden_from_readers and tag not in _BLOCK_TAGS and not len(element):
        text = element.text or ""
        if _GLYPH.fullmatch(text):
            return HIDDEN  # an icon's glyph set for the eye only: a toggle's "+", an arrow
        parent = element.getparent()
        if text.strip().isdigit() and parent is not None and parent.tag == "figure":
            return HIDDEN  # a step's number laid over its photo
    if hidden_from_readers and tag in _BLOCK_TAGS and not _holds_most_of_page(element):
        # a copy for the eye only, kept from screen readers: a pull quote repeating a sentence
        # of the text (the page's root, hidden from them while a dialog is open, is read)
        return HIDDEN
    if (
        element.get("hidden") not in (None, "until-found")  # (a closed panel, found by search)
        and not _REACT_STREAMED.match(element.get("id") or "")
        and not _HOLDS_MAIN(element)
    ):
        # React streams server-rendered parts into <div hidden id="S:0"> for its script to move
        # into place; other apps stream the whole page into one <div hidden>
        return HIDDEN
    if tag in _KEEP_WHATEVER_CLASS:
        return 0
    if tag in _BLOCK_TAGS and _is_person_box(element):
        return STRONG
    if (
        element.get("role") in _CHROME_ROLES
        and tag in _BLOCK_TAGS
        and not _holds_most_of_page(element)
    ):
        # a prompt set in the page as a dialog (role="dialog" aria-label="Donate inline
        # prompt"), a box the page marks as footer matter (role="contentinfo": a blog's
        # signature and post info under the text): the site's, whatever its class (a page
        # shown as a dialog is read)
        return STRONG
    classes = element.get("class")
    ident = element.get("id")
    if ident is not None and tag in _HEADINGS and _slug(element_text(element)) == ident.lower():
        ident = None  # the heading's anchor, made of its own words ("6. Ninja Promo")
    named = element.get("data-framer-name")
    if named is not None:
        # Framer hashes its classes ("framer-kq2b1s") and names each layer in the editor's
        # words instead ("Newsletter", "Footer"): those are the class words to read
        classes = f"{classes or ''} {named}"
    if classes is None and ident is None:
        return 0
    negative = class_verdict(classes, ident)[0]
    if negative == HIDDEN:
        # a page that hides its root until its script runs ("root hide" around <main>), or a
        # phone-only hidden menu that broken markup has made hold the rest of the page
        return 0 if tag in _BLOCK_TAGS and _HOLDS_MOST_OF_PAGE(element) else HIDDEN
    if tag in _BLOCK_TAGS:
        if negative and tag == "header" and _HOLDS_HEADLINE(element):
            return 0  # a post's header, its title over its meta row ("ast-blog-meta-container")
        if negative == STRONG and classes and _is_newsletter_issue(element, classes):
            return class_verdict(_NEWSLETTER.sub(" ", classes), ident)[0]
        return negative
    if negative > 0 and classes is not None and "quote" in classes.lower():
        return 0  # a quote's credit ("ExpertQuote_author"): who said it, not the page's byline
    if (
        negative > 0
        and classes is not None
        and _in_caption(element)
        and _CREDIT_CLASS.search(classes)
    ):
        return 0  # a photo's credit in its caption ("tnt-byline"): whose photo, not the byline
    # an inline element classed as chrome is a byline or a badge, unless it wraps paragraphs
    # (a CMS's <span class="..._meta_field ..._post_body"> holding the whole post)
    # (a weak word on a span holding a link is a layout's: Discourse's "link-top-line" around
    # a topic's title)
    if negative == WEAK and next(element.iter("a"), None) is not None:
        return 0
    return HIDDEN if negative > 0 and _HOLDS_PARAGRAPHS(element) is False else 0


_CREDIT_CLASS = re.compile(r"byline|author", re.IGNORECASE)
_CHROME_ROLES = frozenset(("dialog", "alertdialog", "contentinfo"))


def _is_person_box(element: Element) -> bool:
    """A box whose microdata marks it as a person, the post's author
    (`itemprop="author"`, `itemtype="…schema.org/Person"`): an author box with the writer's
    bio under the text, a forum poster's card. Never one holding most of the page (a page
    marked up as a person's profile)."""
    if element.get("itemprop") != "author" and not (element.get("itemtype") or "").endswith(
        "schema.org/Person"
    ):
        return False
    return not _holds_most_of_page(element)


def _slug(text: str) -> str:
    """`text` as a site makes an anchor of it: lower case, words joined by hyphens, a leading
    number dropped ("6. Ninja Promo" → "ninja-promo")."""
    return "-".join(_SLUG_WORD.findall(_LEADING_NUMBER.sub("", text).lower()))


_SLUG_WORD = re.compile(r"[^\W_]+")
_LEADING_NUMBER = re.compile(r"^\s*\d+[.)]?\s*")


# Chrome by its tag, unless broken markup has put the page's <main>, or pages of its text, inside
# it (an unclosed <button> in a header swallows the rest of the page); an <aside> of <article>
# cards is chrome
_CHROME_TAGS = frozenset(("header", "nav", "aside", "footer", "button"))
_HOLDS_BLOCKS = etree.XPath(
    "boolean(descendant::*[self::p or self::div or self::br or self::table or self::ul"
    " or self::ol or self::li or self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
    " or self::h6 or self::blockquote or self::section or self::dl or self::pre])"
)
_WIKI_TAG = re.compile(r"^\[\s*(?:[a-z]+(?:\s+[a-z]+){0,2}(?:\s+\d{1,3})?|[a-z])\s*\]$")
_BRACKETED_NOTE = re.compile(r"^\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]$")
_NOTE_NUMBER = re.compile(r"^[\[(]?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[\])]?$")
_REACT_STREAMED = re.compile(r"S:\d+$")


def _is_newsletter_issue(element: Element, classes: str) -> bool:
    """Whether a box named for a newsletter holds an issue of it, as a newsletter's web archive
    sets its text ("newsletter-content"): far more text than any sign-up box says."""
    return _NEWSLETTER.search(classes) is not None and _visible_text(element) > _SIGNUP_BOX_MAX


_NEWSLETTER = re.compile(r"newsletter", re.IGNORECASE)
# characters: a sign-up box's pitch, its privacy line and its consent fine print stay under it
_SIGNUP_BOX_MAX = 1500


def _holds_most_of_page(element: Element) -> bool:
    """Whether a hidden `element` holds the page: its <main>, or more than half of the text a
    reader is shown (scripts left out, as a WeChat page's run to ten times its article)."""
    if _HOLDS_A_MAIN(element):
        return True
    own = _visible_text(element)
    return own > _MOST_OF_PAGE_SIZE and own * 2 > _page_text(element.getroottree().getroot())


@lru_cache(maxsize=1)
def _page_text(root: Element) -> int:
    """Characters of text the page shows (cached for the page being read: asked once per hidden
    element; one entry, so no earlier page's tree is kept alive)."""
    return _visible_text(root)


def _visible_text(element: Element) -> int:
    return sum(len(text.strip()) for text in _SHOWN_TEXTS(element))


_HOLDS_A_MAIN = etree.XPath("boolean(descendant::main)")
# The same question for an element hidden by its class, asked more strictly: scripts counted in
# the page's text and 3,000 characters at least. A class cannot be told from a consent manager's
# own ("ot-hide" on OneTrust's preference centre), and the looser test above read those vendor
# lists as the article on three development pages; an inline style is asked the looser test,
# with consent managers' classes left hidden.
_HOLDS_MOST_OF_PAGE = etree.XPath(
    "boolean(descendant::main) or (string-length(normalize-space()) > 3000"
    " and string-length(normalize-space()) * 2 > string-length(normalize-space(/html/body)))"
)
_SHOWN_TEXTS = etree.XPath("descendant::text()[not(parent::script or parent::style)]")
_MOST_OF_PAGE_SIZE = 1000
_HOLDS_HEADLINE = etree.XPath("boolean(descendant::h1 or descendant::h2 or descendant::h3)")
_HOLDS_MAIN = etree.XPath("boolean(descendant::main) or string-length(normalize-space()) > 3000")
_LINK_TEXTS = etree.XPath("descendant::a[@href]//text()")


def _is_inset(aside: Element) -> bool:
    """Whether an <aside> inside an <article> is the article's own inset box ("Wann zum Arzt?"
    with its sentences and list): no class naming chrome, no form (a newsletter's sign-up box
    says a sentence too) and no player (a sticky video's title and blurb), sentences, few
    links."""
    if class_verdict(aside.get("class"), aside.get("id"))[0] or _HOLDS_CONTROLS(aside):
        return False
    text = element_text(aside)
    if len(text) < _INSET_SIZE or not _SENTENCE_END.search(text):
        return False
    return _linked_chars(aside) * 4 < len(text)


_INSET_SIZE = 150
_HOLDS_CONTROLS = etree.XPath("boolean(descendant::form or descendant::video or descendant::audio)")
_QUOTED_CAPTION = 80  # characters


def _heads_article(header: Element) -> bool:
    """Whether a <header> outside any <article> is read for the article's standfirst: it holds
    the <h1> and, right under it, a line classed as the standfirst ("subheadline"), a byline
    and a few tools, no menu (a site's header holds a <nav>, or dozens of links)."""
    headline = header.find(".//h1")
    below = headline.getnext() if headline is not None else None
    return (
        below is not None
        and (
            _STANDFIRST_CLASS.search(below.get("class") or "") is not None
            or _unmarked_dek(below, headline)
        )
        and header.find(".//nav") is None
        and sum(1 for _ in header.iter("a")) <= _HEADER_LINKS
    )


def _unmarked_dek(line: Element, headline: Element) -> bool:
    """Whether `line`, right under a headline that links nowhere, is a paragraph of sentences
    with no link, whatever its class: the headline's dek ("Late nights, early alarms … in two
    to three weeks."), not a site's tagline under its name."""
    if line.tag != "p" or line.find(".//a") is not None or headline.find(".//a") is not None:
        return False
    text = element_text(line)
    return weighted_length(text) >= _DEK_SIZE and text.endswith(_SENTENCE_CLOSE)


_HEADER_LINKS = 12


def _holds_main(element: Element) -> bool:
    """Whether a chrome tag (<header>, <nav> …) holds the page's <main>, or pages of text that
    are not its links: a mega menu's hundreds of linked product names are a header's own."""
    if not _HOLDS_MAIN(element):
        return False
    if element.find(".//main") is not None:
        return True
    return _linked_chars(element) * 2 < _visible_text(element)


def _linked_chars(element: Element) -> int:
    """Characters of the text inside `element`'s links."""
    return sum(len(text.strip()) for text in _LINK_TEXTS(element))


_HOLDS_PARAGRAPHS = etree.XPath(
    "boolean(descendant::*[self::p or self::div or self::h2 or self::h3 or self::ul or self::ol"
    " or self::table or self::section or self::br]) or string-length(normalize-space()) > 300"
)


def _is_plain_row(row: Element) -> bool:
    """A data table's row: two cells or more, none holding blocks of its own (a layout table's
    cells hold paragraphs, lists, line breaks, whole articles). It reads as one line, "1
    Vermont 87.8 89.0%", as a reader takes it in, not as a paragraph per cell."""
    cells = 0
    worded = False  # a calendar's rows of day numbers are no data table
    for cell in row:
        if cell.tag in _CELLS:
            cells += 1
            if _HOLDS_BLOCKS(cell) and not _one_paragraph(cell):
                return False
            worded = worded or len(element_text(cell)) >= 3
    return cells >= 2 and worded


def _one_paragraph(cell: Element) -> bool:
    """Whether a table cell holds nothing but one plain paragraph (AsciiDoc wraps each data
    cell's text in <p class="tableblock">)."""
    return (
        len(cell) == 1
        and cell[0].tag == "p"
        and not (cell.text or "").strip()
        and not _HOLDS_BLOCKS(cell[0])
    )


def _is_button(anchor: Element) -> bool:
    """A link styled as a button ("Download the printable checklist (PDF)"): a control, not
    the text's attachment."""
    classes = anchor.get("class")
    return classes is not None and _BUTTON_CLASS.search(classes) is not None


_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:button|btn)(?:$|[\s_-])", re.IGNORECASE)


def _grandparent(element: Element) -> Element | None:
    parent = element.getparent()
    return parent.getparent() if parent is not None else None


def _in_heading_tag(element: Element) -> bool:
    """Whether `element` is a child of an <h1>-<h6>."""
    parent = element.getparent()
    return parent is not None and parent.tag in _HEADINGS


def _after_number_span(span: Element, pieces: list[str]) -> bool:
    """Whether `span` follows a span holding only an item's number ("1.", "2)"), set apart as
    a badge before the item's title, with no space between them in the markup; a title in
    letters that words are spaced in (Chinese runs on: "1.减盐限盐")."""
    last = pieces[-1]
    if not last or last[-1] not in ".)" or len(last) > _NUMBER_SPAN_SIZE:
        return False
    first = (span.text or " ").lstrip()[:1]
    if not first.isalpha() or first >= _CJK_START:
        return False
    previous = span.getprevious()
    return (
        previous is not None
        and previous.tag == "span"
        and not (previous.tail or "").strip()
        and _ITEM_NUMBER.fullmatch(element_text(previous)) is not None
    )


_NUMBER_SPAN_SIZE = 4
_CJK_START = "\u2e80"  # the first of the CJK blocks: no spaces between words from here on
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]")


def _is_line_gutter(element: Element) -> bool:
    """Whether `element` is a code block's column of line numbers: its text is nothing but
    consecutive numbers ("1 2 3 … 12"), as a highlighter prints them in a list inside the <pre>
    (which the HTML parser sets after it) or in a <pre> or a cell of their own beside it. A
    list of bare numbers says nothing anywhere else either."""
    head = element[0] if len(element) else element
    opening = (head.text or "").split(None, 1)
    if not opening or not opening[0].isdigit():
        return False  # (most lists and blocks open with words: no need to read them whole)
    numbers = element_text(element).split()
    if len(numbers) < _GUTTER_LINES or not all(number.isdigit() for number in numbers):
        return False
    first = int(numbers[0])
    return all(int(number) == first + index for index, number in enumerate(numbers))


_GUTTER_TAGS = frozenset(("div", "span", "td"))
_GUTTER_LINES = 2


def _is_note_marker(element: Element) -> bool:
    """A <sup> that only links a footnote ("…8 years old.¹" linking #source-1, Wikipedia's
    "[2]"), or a bracketed number that a script makes a note ("[1]" on Zhihu): a pointer,
    not text. An exponent ("m²") links nowhere, has no brackets, and stays."""
    text = element_text(element)
    if _WIKI_TAG.match(text):
        return True  # a wiki's "[citation needed]", "[note 1]": an editor's tag, not text
    anchor = element.find(".//a")
    if anchor is None or not (anchor.get("href") or "").startswith("#"):
        return _BRACKETED_NOTE.match(text) is not None
    return _NOTE_NUMBER.match(text) is not None


def _is_note_link(anchor: Element) -> bool:
    """A bare number linking a note on the same page, with no <sup> around it (Substack's
    <a class="footnote-anchor" href="#footnote-1">1</a>, raised by the style sheet)."""
    href = anchor.get("href")
    if not href or not href.startswith("#") or len(anchor):
        return False
    text = anchor.text
    # a citation printed in brackets inside the sentence, "(1, 2)", is read as written
    return (
        text is not None
        and text.strip().isdigit()
        and len(text.strip()) <= 3
        and not _bracketed(anchor)
    )


def _is_share_link(anchor: Element) -> bool:
    """A button that shares the page on a social site ("Share on Pinterest" opening a photo's
    caption): its link goes to the site's share endpoint."""
    href = anchor.get("href")
    return href is not None and _SHARE_ENDPOINT.match(href) is not None


_SHARE_ENDPOINT = re.compile(
    r"(?:https?:)?//(?:www\.|api\.|service\.)?(?:pinterest\.[a-z.]+/pin/create"
    r"|facebook\.com/shar(?:er|e)|(?:twitter|x)\.com/(?:intent/|share)"
    r"|linkedin\.com/(?:sharing|shareArticle)|whatsapp\.com/send|t\.me/share"
    r"|reddit\.com/submit|weibo\.com/share)",
    re.IGNORECASE,
)


def _bracketed(anchor: Element) -> bool:
    """Whether the numbered link stands inside brackets printed in the sentence, alone or in a
    run of them: "[<a>1</a>, <a>2</a>]", "[<a>8</a>–<a>10</a>]"; a call printed at text size, read
    as written."""
    previous = anchor.getprevious()
    parent = anchor.getparent()
    before = previous.tail if previous is not None else (parent.text if parent is not None else "")
    if (before or "").rstrip().endswith(("[", "(")):
        return True
    node: Element | None = anchor
    for _ in range(_CALLS_IN_BRACKETS):
        if node is None or node.tag != "a":
            return False
        tail = (node.tail or "").strip()
        if tail.startswith(("]", ")")):
            return True
        if tail not in _CALL_SEPARATORS:
            return False
        node = node.getnext()
    return False


_CALLS_IN_BRACKETS = 12
_CALL_SEPARATORS = frozenset((",", ";", "-", "–", "—"))


def _list_start(element: Element) -> int:
    value = element.get("start")
    if value and value.strip().isdigit():
        return int(value.strip())
    return 1


def _flush(current: _Open, out: list[_RawBlock]) -> None:
    """Turn the gathered text of `current` into blocks (a double <br> starts a new one)."""
    pieces = current.pieces
    if not pieces:
        return
    joined = "".join(pieces)
    pieces.clear()
    if joined.isspace():
        return
    raw = one_space(joined)
    # (a paragraph of nothing but a zero-width joiner, an editor's spacer, is no block)
    if not raw.strip(" \x01\x02\x03\x05\x06\u200b\u200c\u200d\u2060\ufeff"):
        return
    segments = _SPLIT_PARAGRAPHS.split(raw) if raw.count(_BR) > 1 else [raw]
    for segment in segments:
        block = _make_block(current, segment)
        if block is not None:
            out.append(block)


def _unmarked(text: str) -> str:
    """`text` without the bold and link marks (four C scans beat one str.translate)."""
    return text.replace(_BOLD, "").replace(_UNBOLD, "").replace(_LINK, "").replace(_UNLINK, "")


def _make_block(current: _Open, segment: str) -> _RawBlock | None:
    link_chars = 0
    if _LINK in segment:
        for match in _LINKED.finditer(segment):
            link_chars += len(_unmarked(match.group(1)).replace(_BR, "").strip())
    lead = None
    if _BOLD in segment:
        opening = _LEAD.match(segment)
        if opening:
            lead = collapse(_unmarked(opening.group(1)).replace(_BR, " ")) or None
    text = _unmarked(segment)
    if _BR in text:
        text = _LINE_BREAK.sub("\n", text).strip(" \n")
        if _BULLET_LINE.search(text):  # "・" left alone on its line by a link that was cut
            text = _BULLET_LINE.sub("", text).strip(" \n")
    else:
        text = text.strip()
    if not text:
        return None
    if lead == text and current.element.tag == "tr":
        lead = None  # a row of bold cells: a table's header row, no heading of the text
    heading = current.heading or (lead is not None and lead == text and len(text) <= 80)
    return _RawBlock(
        current.element,
        text,
        lead,
        heading,
        len(text) if current.linked else min(link_chars, len(text)),
        current.list_number,
        current.list_depth,
        current.negative,
    )


# --- scoring ------------------------------------------------------------------------------


def _containers(raw: Sequence[_RawBlock]) -> tuple[_Choice, _Choice]:
    """The content container, and every candidate's subtree value, as the class words say and
    as the text alone says; None where no subtree is worth anything.

    Each block is worth its weighted length, less twice its link text and a fixed cost (so
    runs of short lines and link lists are worth less than nothing); headings are neutral, as
    is at worst an item of a list a sentence of the text introduces (`_mark_introduced_lists`);
    blocks under a negative class count as chrome (strong words) or half (weak words). A
    subtree is worth the sum of its blocks, with a bonus for markup that says "article"; the
    container is the subtree worth most, the deepest one on a tie. Unlike readability's few
    levels of parents, a sum over all ancestors finds content nested however deep (page
    builders wrap each paragraph in five <div>s) and takes the article's sections together.
    Both sums are taken in one walk up from each block.
    """
    classed: dict[Element, float] = {}
    blind: dict[Element, float] = {}
    for block in raw:
        value = _block_value(block, True)
        plain = _block_value(block, False) if block.negative else value
        if value == 0.0 and plain == 0.0:
            continue
        node: Element | None = block.element
        while node is not None:
            classed[node] = classed.get(node, 0.0) + value
            blind[node] = blind.get(node, 0.0) + plain
            node = node.getparent()
    return _best(classed), _best(blind)


def _best(sums: dict[Element, float]) -> _Choice:
    """The subtree worth most (with the markup bonus), the deepest on a tie, and `sums`."""
    best: Element | None = None
    best_score = 0.0
    for element, total in sums.items():
        if total <= 0:
            continue
        score = total * _markup_bonus(element)
        if score > best_score + 1e-9:
            best, best_score = element, score
        elif best is not None and abs(score - best_score) <= 1e-9 and _is_inside(element, best):
            best = element
    return (best, sums) if best is not None else None


@dataclass(frozen=True, slots=True)
class Parameters:
    """The body's fitted numbers (`tools/fit_body.py`, kept in `parsers/weights/body.json`)."""

    block_cost: float
    """What every block pays, in weighted characters: short lines are worth less than nothing."""
    classes_outweighed: float
    """How many times the class-blind container must outweigh the classed one before the
    class words are read past."""
    positive_bonus: float
    """The factor for a subtree whose markup says article (<article>, <main>, articleBody)."""
    scrap_value: float
    """The class words are read past only when what they leave is worth less than this: a
    scrap, not an article beside a long comment thread."""
    dominant_share: float
    """A child of the container worth at least this share of it is the container instead:
    what its siblings add is scraps (a "most read" list beside the article's own <div>)."""


def use_parameters(parameters: Parameters) -> None:
    """Set the body's numbers for this process (for the fitting script; parsing reads the
    fitted ones)."""
    global _BLOCK_COST, _CLASSES_OUTWEIGHED, _POSITIVE_BONUS, _SCRAP_VALUE, _DOMINANT_SHARE
    _BLOCK_COST = parameters.block_cost
    _CLASSES_OUTWEIGHED = parameters.classes_outweighed
    _POSITIVE_BONUS = parameters.positive_bonus
    _SCRAP_VALUE = parameters.scrap_value
    _DOMINANT_SHARE = parameters.dominant_share


def _fitted() -> Parameters:
    text = resources.files("parsers").joinpath("weights/body.json").read_text(encoding="utf-8")
    values = json.loads(text)
    return Parameters(
        block_cost=float(values["block_cost"]),
        classes_outweighed=float(values["classes_outweighed"]),
        positive_bonus=float(values["positive_bonus"]),
        scrap_value=float(values["scrap_value"]),
        dominant_share=float(values["dominant_share"]),
    )


_FITTED = _fitted()  # read once, at import: part of the package, never changed by parsing
_BLOCK_COST = _FITTED.block_cost
_CLASSES_OUTWEIGHED = _FITTED.classes_outweighed
_POSITIVE_BONUS = _FITTED.positive_bonus
_SCRAP_VALUE = _FITTED.scrap_value
_DOMINANT_SHARE = _FITTED.dominant_share


def _section_heading(top: Element) -> Element | None:
    """The heading that opens the section whose text is `top`, right before it (<div
    class="abstract"><h2>Abstract</h2><div class="abstract-content">…</div>…</div>): the text's
    own first line."""
    parent = top.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return None
    children = [child for child in parent if isinstance(child.tag, str)]
    if len(children) < 2 or children[1] is not top:
        return None
    heading = children[0]
    if heading.tag not in _SECTION_HEADINGS or heading.find(".//a") is not None:
        return None
    return heading


_SECTION_HEADINGS = frozenset(("h2", "h3", "h4"))


def _dominant_child(top: Element, sums: dict[Element, float]) -> Element:
    """`top`, or the child subtree that holds nearly all of its value (the markup bonus
    counted on both sides, so an <article> is not left for a plain <div> inside it), down as
    far as that holds. The sum over ancestors lets a parent win by a few hundred points of
    teasers beside the article; readability keeps the best node and adds siblings only when
    they are worth a good share of it, and this is that test from the other side."""
    bonus = _markup_bonus(top)
    while True:
        worth = sums[top] * bonus
        valued = [child for child in top if sums.get(child, 0.0) != 0.0]
        if len(valued) == 1 and abs(sums[valued[0]] - sums[top]) < 1e-6 and sums[top] > 0:
            # a plain wrapper, the only child holding anything (<main><div class="column">):
            # the markup around it still speaks for it
            top = valued[0]
            bonus = max(bonus, _markup_bonus(top))
            continue
        best: Element | None = None
        best_worth = 0.0
        for child in valued:
            value = sums[child]
            if value > 0:
                child_worth = value * _markup_bonus(child)
                if child_worth > best_worth:
                    best, best_worth = child, child_worth
        if best is None or best_worth < _DOMINANT_SHARE * worth:
            return top
        top = best
        bonus = _markup_bonus(top)


def _closing_summary(
    raw: Sequence[_RawBlock], members: set[Element], top: Element, scope: Element
) -> list[Element]:
    """The elements of the post's own summary set in a box just after the container, inside
    `scope` ("Key takeaways" over four points, a page builder's block of its own after the
    post's rich text): the box of the first heading after the text, where it names a summary
    and the box holds no more than a summary's few lines."""
    last = max((index for index, block in enumerate(raw) if block.element in members), default=-1)
    if last < 0 or last + 1 >= len(raw):
        return []
    block = raw[last + 1]
    if not block.heading or len(block.text) > 40 or not _SUMMARY_LABEL.match(block.text):
        return []
    element = block.element
    if not holds(scope, element):
        return []
    box = element
    while (
        box.getparent() is not None
        and box.getparent() is not scope
        and not holds(box.getparent(), top)
    ):
        box = box.getparent()
    if holds(box, top) or _BOX_TEXT(box) > _SUMMARY_SIZE:
        return []
    return [node for node in box.iter() if isinstance(node.tag, str)]


# a heading naming the post's own summary: "Key takeaways", "The bottom line", "In summary"
_SUMMARY_LABEL = re.compile(
    r"^(?:(?:the\s+)?key\s+(?:takeaways?|points)|(?:the\s+)?bottom\s+line|takeaways?|in\s+summary"
    r"|summary|tl;\s*dr|要点|总结|小结|まとめ|요약)\W*$",
    re.IGNORECASE,
)
_SUMMARY_SIZE = 1500  # characters: a heading and a handful of points, not a section


def _lead_in(
    raw: Sequence[_RawBlock], members: set[Element], scope: Element, article: Element | None
) -> list[Element]:
    """The elements of the standfirst: one or two paragraphs of sentences just before the
    first block of `members`, inside `scope`, with nothing but short lines (a byline, a
    caption, the headline) between them and the text; or, failing those, a line the page
    marks as the standfirst, in `scope` or higher up in the `article` around it."""
    first = next((index for index, block in enumerate(raw) if block.element in members), None)
    if first is None:
        return []
    out: list[Element] = []
    passed = 0
    for block in reversed(raw[:first]):
        # an ancestor test for the few blocks looked at, not a set of the scope's whole subtree
        element = block.element
        if not (element is scope or holds(scope, element)):
            break
        # a summary list above the text ("Key takeaways", 划重点) is taken whole, with its label
        in_list = bool(out) and out[-1].tag == "li" and element.getparent() is out[-1].getparent()
        if _captioned(element):
            continue  # the lead photo's caption, between the standfirst and the text
        if len(block.text) <= _PROMO_SIZE and _PROMO_LINE.search(block.text):
            continue  # a newsroom's ask over the text ("… please support it by subscribing")
        if _EXCERPT_CLASS.search(element.get("class") or ""):
            break  # the post's excerpt, as its listing card shows it: a teaser, not its text
        if (
            passed < _PASSED_ROWS
            and weighted_length(block.text) <= _PASSED_ROW_SIZE
            and any(strength >= STRONG for _, strength in block.negative)
            # (a summary's items under a layout classed "sidebar-right" are sentences, and its
            # label labels them: no byline)
            and not (
                element.tag == "li" and _is_prose(block) and block.text.endswith(_SENTENCE_CLOSE)
            )
            and not (out and out[-1].tag == "li" and _labels_list(block, out[-1].getparent()))
        ):
            passed += 1  # a byline, a date line, a row of share buttons (a menu is more rows)
            continue
        if len(out) >= _MAX_LEAD and not in_list:
            if out[-1].tag == "li" and _labels_list(block, out[-1].getparent()):
                out.append(element)
            break
        if (
            (_is_prose(block) and block.text.endswith(_SENTENCE_CLOSE))
            or (in_list and not block.link_chars)
            or (not out and _is_labelled_summary_item(block))
        ):
            out.append(block.element)
        elif block.link_chars * 2 > len(block.text) or weighted_length(block.text) >= 60:
            break  # a link list, a long line that is not a sentence: not the article's lead
    if out:
        # a summary list above the text, and the dek right under the headline above it
        earliest = min(index for index, block in enumerate(raw) if block.element in out)
        dek = raw[earliest - 1] if earliest >= 2 else None
        if (
            dek is not None
            and not _EXCERPT_CLASS.search(dek.element.get("class") or "")
            and _under_headline(dek, raw[earliest - 2])
        ):
            out.append(dek.element)
    else:
        # a line the page marks as the standfirst, or the sentences set right under the
        # headline, past the byline's linked name, buttons and promotions
        for index in range(first - 1, max(0, first - _STANDFIRST_REACH) - 1, -1):
            block = raw[index]
            if not (block.element is scope or holds(scope, block.element)):
                if article is not None and holds(article, block.element) and _is_standfirst(block):
                    out.append(block.element)
                    break
                if article is None or not holds(article, block.element):
                    # a page with no <article>, or a hero above it: the line marked as the
                    # standfirst right under the headline, past the byline, the buttons and
                    # the lead photo's caption between them and the text
                    if (
                        _is_standfirst(block)
                        and _follows_headline(block.element)
                        and (_SENTENCE_END.search(block.text) or "…" in block.text)
                    ):
                        out.append(block.element)
                        break
                    if _captioned(block.element) or (
                        article is None and weighted_length(block.text) <= _PASSED_ROW_SIZE
                    ):
                        continue  # (the lead photo's caption, however long)
                    break
                continue
            if _EXCERPT_CLASS.search(block.element.get("class") or ""):
                break  # the post's excerpt, as its listing card shows it
            if _is_standfirst(block) or (index > 0 and _under_headline(block, raw[index - 1])):
                out.append(block.element)
                break
    return out


def _follows_headline(element: Element) -> bool:
    """Whether `element` comes right after an <h1> or <h2> that links nowhere, its headline (a
    site's name links home, and its tagline is no standfirst)."""
    before = element.getprevious()
    return (
        before is not None and before.tag in ("h1", "h2") and next(before.iter("a"), None) is None
    )


def _under_headline(block: _RawBlock, before: _RawBlock) -> bool:
    """Whether `block` is a paragraph of sentences set right after the page's <h1>, with no
    link: the headline's dek, whatever its class (an <h2> of sentences is one too)."""
    heading = before.element
    following = heading.getnext() if heading.tag == "h1" else None
    if following is not None and following is not block.element and len(following) == 1:
        following = following[0]  # a CMS field holding the one paragraph ("field--teaser")
    if following is None or following is not block.element:
        return False
    return (
        block.element.tag in ("p", "h2")
        and not block.link_chars
        and weighted_length(block.text) >= _DEK_SIZE
        and block.text.endswith(_SENTENCE_CLOSE)
    )


_DEK_SIZE = 60  # weighted characters: a sentence, not a kicker or a date


def _in_caption(element: Element) -> bool:
    """Whether `element` is a <figcaption> or sits in one (<figcaption><div><p>…)."""
    node: Element | None = element
    for _ in range(_CAPTION_DEPTH):
        if node is None:
            return False
        if node.tag == "figcaption":
            return True
        node = node.getparent()
    return False


_CAPTION_DEPTH = 4


def _is_lead_caption(blocks: Sequence[_RawBlock], index: int) -> bool:
    """Whether block `index`, before the text's first paragraph, is a photo's caption or its
    credit (a <figcaption>, or a box classed as a caption) with the text's paragraphs after it:
    a slideshow whose text is its captions keeps them."""
    block = blocks[index]
    if not (_captioned(block.element) or _loose_caption(block)):
        return False
    return any(
        not later.heading
        and weighted_length(later.text) >= _DEK_SIZE
        and not _captioned(later.element)
        for later in blocks[index + 1 : index + 1 + _CAPTION_REACH]
    )


def _loose_caption(block: _RawBlock) -> bool:
    """Whether the block is the text of a caption's span set loose in a wider box (a photo's
    credit printed again for phones beside the figure), not in a paragraph of its own."""
    return any(
        child.tag == "span" and _captioned(child) and element_text(child) == block.text
        for child in block.element
    )


def _captioned(element: Element) -> bool:
    node: Element | None = element
    for _ in range(_CAPTION_DEPTH):
        if node is None:
            return False
        words = class_words(node.get("class"))
        if node.tag == "figcaption" or "credit" in words or any("caption" in w for w in words):
            return True
        node = node.getparent()
    return False


_CAPTION_REACH = 8  # blocks after a lead caption looked through for the text's paragraph


def _mark_teasers(raw: Sequence[_RawBlock], top: Element, by_classes: bool) -> bool:
    """Mark the cards' summaries in the container `top` beside its article, each cut off ("…
    hampers on Tuesday, December 1...") in a small box with a linked headline, and say whether
    any was marked. Their few hundred points pull the container out to the box holding the
    cards as well, and keep a "Popular" rail at the text's end. Where such summaries outweigh
    the container's other prose, it is a listing of them, and nothing is marked."""
    if not any(block.text.endswith(_CUT_OFF) for block in raw):
        return False  # most pages
    under = set(top.iter())
    teasers: list[_RawBlock] = []
    worth = prose = 0.0
    for block in raw:
        if block.element not in under:
            continue
        value = _block_value(block, by_classes)
        if (
            block.text.endswith(_CUT_OFF)
            and weighted_length(block.text) < _LONGEST_TEASER
            and _in_card(block)
        ):
            teasers.append(block)
            worth += max(value, 0.0)
        elif value > 0:
            prose += value
    if not worth or prose < _PROSE_OVER_TEASERS * worth:
        return False
    for block in teasers:
        block.teaser = True
    return True


_CUT_OFF = ("...", "…")
_LONGEST_TEASER = 400  # weighted characters: a card's summary is cut at a line or two
# the article's prose against the summaries in its container: at most 0.53 on the listings of
# the development pages and the fixtures, 0.90 on an article beside eleven cards
_PROSE_OVER_TEASERS = 0.7


def _in_card(block: _RawBlock) -> bool:
    """Whether the block sits in a small box (within three levels up) that also holds a link of
    headline length: a card, not a paragraph of an article trailing off ("… say bad words…")."""
    card = block.element
    own = len(block.text)
    for _ in range(_CARD_LEVELS):
        card = card.getparent()
        if card is None or len(element_text(card)) > _CARD_SIZE * own + _CARD_ROOM:
            return False
        for anchor in card.iter("a"):
            if (
                anchor.get("href")
                and len(element_text(anchor)) >= _HEADLINE_LINK
                and not (anchor is block.element or holds(block.element, anchor))
            ):
                return True
    return False


_CARD_LEVELS = 3
_CARD_SIZE = 2.5  # times the summary's length, plus room for a headline, a date, a label
_CARD_ROOM = 200
_HEADLINE_LINK = 15  # characters


def _mark_introduced_lists(raw: Sequence[_RawBlock]) -> None:
    """Mark the items of each list that a sentence of the text introduces ("Many patches were
    sent for review:"): the list is the text's own, though every item be a link (a progress
    report's list of patches). A label's few words before a colon ("Related:", "See also:")
    introduce nothing."""
    for index in range(len(raw) - 1):
        intro = raw[index]
        text = intro.text
        if (
            intro.heading
            or not text.endswith((":", "："))
            or intro.link_chars * 2 > len(text)
            or weighted_length(text) < _INTRODUCING_LENGTH
        ):
            continue
        item = raw[index + 1].element
        if item.tag != "li":
            item = item.getparent()  # <li><p>…</p></li>
            if item is None or item.tag != "li":
                continue
        listing = item.getparent()
        if listing is None or not _follows(listing, intro.element):
            continue
        for block in raw[index + 1 :]:
            if not _is_inside(block.element, listing):
                break
            block.introduced = True


_INTRODUCING_LENGTH = 24  # weighted characters: a sentence, not a label
_FOLLOW_LEVELS = 3


def _follows(listing: Element, intro: Element) -> bool:
    """Whether `listing` comes right after `intro` in the markup: its previous sibling (or its
    wrapper's, a few levels up) is `intro` or holds it."""
    node = listing
    for _ in range(_FOLLOW_LEVELS):
        before = node.getprevious()
        if before is not None:
            return before is intro or _is_inside(intro, before)
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return False


def _is_labelled_summary_item(block: _RawBlock) -> bool:
    """Whether `block` is the last item of a summary list under its short label, an item of
    prose with no link, whether or not it closes with a full stop (a Japanese portal's
    ざっくり言うと bullets end without one)."""
    element = block.element
    listing = element.getparent()
    label = listing.getprevious() if listing is not None else None
    if element.tag != "li" or label is None or block.link_chars or not _is_prose(block):
        return False
    text = element_text(label)
    return 0 < weighted_length(text) <= _LIST_LABEL_SIZE and not _SENTENCE_END.search(text)


def _labels_list(block: _RawBlock, listing: Element) -> bool:
    """Whether `block` is the short label just above `listing`: "Key takeaways", 划重点."""
    return (
        block.element is listing.getprevious()
        and weighted_length(block.text) <= _LIST_LABEL_SIZE
        and not _SENTENCE_END.search(block.text)
    )


_LIST_LABEL_SIZE = 40


def _is_standfirst(block: _RawBlock) -> bool:
    """A line the page marks as the headline's standfirst ("subtitle", "dek", "standfirst"):
    the article's own summary, even set as a heading and without a full stop. (A lead photo's
    caption, "photo-lead__caption", is none.)"""
    element = block.element
    nodes = [element]
    if element.get("class") is None:
        # a CMS field holding the one paragraph ("field-dek"), in a wrapper or two
        parent = element.getparent()
        while len(nodes) <= _FIELD_WRAPPERS and parent is not None and len(parent) == 1:
            nodes.append(parent)
            parent = parent.getparent()
    # an app with hashed classes names its parts for its tests, by id or by its own attribute:
    # data-testid="standfirst", id="article-summary", data-gu-name="standfirst"
    names = " ".join(
        value
        for node in nodes
        for value in (
            node.get("class"),
            node.get("data-testid"),
            node.get("id"),
            node.get("data-gu-name"),
            node.get("data-component"),
        )
        if value
    )
    return (
        bool(names)
        and element.tag != "figcaption"
        and _STANDFIRST_CLASS.search(names) is not None
        and block.link_chars * 5 < len(block.text)
        and weighted_length(block.text) >= 40
    )


_PASSED_ROWS = 3
_PASSED_ROW_SIZE = 160  # weighted characters: "Von … | Fachlich geprüft von Dr. med. …"
_STANDFIRST_REACH = 12  # blocks looked back over: a byline, a date, a row of buttons
_FIELD_WRAPPERS = 2
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sub[-_]?title|sub-?head(?:line)?|standfirst|summary|dek|deck|lede|bajada|chap[oô]|chapeau"
    r"|spot|sapo|perex|anotace|desc"  # Czech and Slovak: the standfirst; a "desc" line
    r"|(?:document)?description"  # Plone's documentDescription under the headline
    r"|entradilla|sumario|sommario|linha-?fina"  # Spanish, Italian, Portuguese
    r"|lead(?![\s_-]*(?:image|img|photo|media|video|figure|art|pic)))(?:$|[\s_-])"
    # a component's name, in camel case: "ContentHeaderDek-bIqFFZ", "ArticleStandfirst"
    r"|(?-i:[a-z](?:Dek|Deck|Standfirst|Subtitle|Subheadline))(?:$|[\s_-])"
    # and as a CSS module's part opening its name: "styles_dekText__J8z3y"
    r"|(?:^|[\s_-])(?-i:(?:dek|deck|standfirst|subtitle|subheadline)[A-Z])",
    re.IGNORECASE,
)
_MAX_LEAD = 2
_EXCERPT_CLASS = re.compile(r"excerpt", re.IGNORECASE)
# the Devanagari danda and the Urdu full stop end sentences too
_SENTENCE_CLOSE = (".", "!", "?", "。", "！", "？", "…", '"', "”", "」", "।", "۔", "؟")


def _block_value(block: _RawBlock, use_classes: bool) -> float:
    text = block.text
    if block.heading:
        return 0.0
    length = weighted_length(text)
    link_share = block.link_chars / len(text) if text else 0.0
    value = length * (1.0 - 2.0 * link_share) - _BLOCK_COST
    if block.introduced:
        value = max(value, 0.0)  # a link the text lists is neutral, not a menu's
    elif block.teaser:
        value = min(value, 0.0)  # a card's summary is worth nothing to the box around it
    if value > 0:
        value += 3.0 * min(_punctuation(text), 20)
    if use_classes and block.negative:
        strength = max(strength for _, strength in block.negative)
        if strength >= STRONG:
            return -0.5 * length - _BLOCK_COST
        if value > 0:
            value *= 0.5
    return value


def _markup_bonus(element: Element) -> float:
    tag = element.tag
    if tag in ("article", "main") or element.get("itemprop") == "articleBody":
        return _POSITIVE_BONUS
    if (element.get("class") or element.get("id")) and class_verdict(
        element.get("class"), element.get("id")
    )[1]:
        return _POSITIVE_BONUS
    return 1.0


def _is_inside(element: Element, ancestor: Element) -> bool:
    node = element.getparent()
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _wrappers(
    top: Element, members: set[Element], sums: dict[Element, float]
) -> frozenset[Element]:
    """The elements inside the container whose chrome words are not believed: those that hold
    most of the article, and their twins (the same tag, the same class attribute: the section
    before the one holding most of the text, "content-nav-section" both)."""
    heavy = [e for e, total in sums.items() if e in members and total * 2 > sums[top]]
    twins = {(e.tag, e.get("class")) for e in heavy if e.get("class")}
    if not twins:
        return frozenset(heavy)
    return frozenset(e for e in sums if e in members and (e.tag, e.get("class")) in twins).union(
        heavy
    )


def _is_chrome(
    block: _RawBlock,
    top: Element,
    members: set[Element],
    sums: dict[Element, float],
    wrappers: frozenset[Element],
) -> bool:
    """True when a negative class inside the container marks the block as chrome: a strong
    word (comments, share bar, related box), or a weak one on a subtree worth less than nothing
    (a page builder's "widget" holding one heading is worth nothing, and stays). `wrappers`
    are elements whose words are not believed (they hold most of the article)."""
    for element, strength in block.negative:
        if element is top or element not in members or element in wrappers:
            continue
        if strength >= STRONG or (strength == WEAK and sums.get(element, 0.0) < 0):
            return True
    return False


def _is_headline_dek(block: _RawBlock) -> bool:
    """A line the page marks as the standfirst, set right under the headline, inside a header
    whose class words only weakly say chrome ("Page-lead-header" over the dek, the byline and
    the share row): the article's own summary, kept when the header around it is not."""
    return (
        all(strength == WEAK for _, strength in block.negative)
        and _is_standfirst(block)
        and _follows_headline(block.element)
    )


def _punctuation(text: str) -> int:
    """Commas, stops and the like: many in prose, Chinese prose above all; few in boilerplate."""
    return (
        text.count("，")
        + text.count("。")
        + text.count("、")
        + text.count("；")
        + text.count(",")
        + text.count(". ")
        + text.count(";")
        + text.count("।")
        + text.count("۔")
    )


def _drop_noise(blocks: Sequence[_RawBlock], folding: bool = False) -> list[_RawBlock]:
    """The blocks minus link lists, share/tag lines, the metadata lines before the text, the
    sections under a heading that names chrome, and the headings left with nothing under them
    at the end. `folding`: labels in traditional Chinese (資料來源, 責任編輯) are read as the
    patterns spell them."""
    kept: list[_RawBlock] = []
    started = False
    in_chrome_section = False
    listed = _linked_lists_in_text(blocks)
    ad_box: Element | None = None  # the small box an ad slot's label heads
    chrome_box: Element | None = None  # the box a chrome section's heading opens, if any
    for index, block in enumerate(blocks):
        text = simplified(block.text) if folding and len(block.text) <= 300 else block.text
        if ad_box is not None and holds(ad_box, block.element):
            continue  # the ad's notice under its label ("… Advertising on our site helps …")
        if len(text) <= 20 and _AD_LABEL.match(text):
            ad_box = _ad_box(block.element)
        if (
            in_chrome_section
            and chrome_box is not None
            and not (block.element is chrome_box or holds(chrome_box, block.element))
        ):
            in_chrome_section = False  # past the box the section's heading opened
        if block.heading and not (in_chrome_section and _mostly_links(block)):
            # a section headed "Latest news", "About the author", 相关文章 is the site's, to
            # the next heading (its cards' linked headlines are no such heading), or to the
            # end of the box the heading opens (a product card's "Shop for …" between paragraphs)
            in_chrome_section = len(text) <= 40 and bool(
                _CHROME_HEADING.match(text) or _LEGAL_NOTICE_LABEL.match(text)
            )
            chrome_box = _section_box(block.element) if in_chrome_section else None
        elif (
            len(text) <= 40
            and (
                _DISCLAIMER_LABEL.match(text)
                or _LEGAL_NOTICE_LABEL.match(text)
                or _OTHER_POSTS_LABEL.match(text)
                or _ABOUT_AUTHOR_LABEL.match(text)
            )
        ) or (len(text) <= 200 and _PAYWALL_LINE.search(text)):
            # a box labelled "Medical disclaimer" or "Popular posts" in plain text (a lone
            # "Subscribe" is a button's, and the text goes on after it), or a paywall's line
            # with its offer under it ("Il vous reste 62.4% de cet article à lire.")
            in_chrome_section = True
        if in_chrome_section or (
            _mostly_links(block)
            and index not in listed
            and not (block.introduced and not _links_to_anchors(block.element))
            and not _heads_prose(blocks, index)
        ):
            continue
        if (
            _is_ornament(text)  # a separator or an icon on its own line ("·", "* * *", "💡")
            or _PLAYER_TIME.fullmatch(text) is not None
            or (len(text) <= 80 and _BOILERPLATE_LINE.match(text))
            or (len(text) <= _PROMO_SIZE and _PROMO_LINE.search(text))
            or (len(text) <= 300 and _is_keywords_line(text))
            or (len(text) <= 300 and _EDITORS_NOTE.match(text))
            or (len(text) <= 160 and len(_CN_META_LABELS.findall(text)) >= 2)
            or (len(text) <= 120 and _is_dateline(text))
        ):
            continue
        if started and index < _DATED_LINE_REACH and _is_dated_line(block, text):
            continue  # the date line under a standfirst
        if not started:
            if _is_lead_caption(blocks, index):
                continue  # the lead photo's caption over the text, and its credit
            if len(text) <= _DATE_HEADER_SIZE and _is_date_header(text):
                continue  # a blog's date header over the post ("2009/03/12 (木)")
            if (
                not block.heading
                and (len(text) <= 100 or weighted_length(text) <= _META_LINE_SIZE)
                and _META_LINE.search(text)
                and (_looks_like_meta(text) or _REVIEWED_BY.match(text))
                and not _is_standfirst(block)  # "… deficient by the end of winter"
            ):
                continue
            if weighted_length(text) >= 60 and not block.heading and not _is_standfirst(block):
                # (a standfirst, set as a heading or marked as the dek, may sit above the
                # byline and the date)
                started = True
        kept.append(block)
    # the closing notes under the back matter, and those above it once it is cut
    kept = _without_closing_notes(
        _without_references(_without_closing_notes(kept, folding)), folding
    )
    return _without_empty_sections(_without_orphan_contents_labels(kept))


def _section_box(heading: Element) -> Element | None:
    """The box a heading opens: its nearest ancestor holding more than the heading's own
    words (a wrapper around the heading alone is part of it); None at the page's body."""
    own = len(element_text(heading))
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if len(element_text(ancestor)) > own + _HEADING_ROW_SLACK:
            return ancestor
    return None


_HEADING_ROW_SLACK = 20  # characters: a button beside the heading in its row ("Shop all")


def _ad_box(label: Element) -> Element | None:
    """The box an ad slot's label heads: its parent, where that holds the label, the slot and a
    line or two of the advertiser's or the site's notice at most, nothing of the text."""
    box = label.getparent()
    if box is None or box.tag in ("body", "html") or label.getprevious() is not None:
        return None
    return box if weighted_length(element_text(box)) <= _AD_BOX_SIZE else None


_AD_BOX_SIZE = 400  # weighted characters


def _without_closing_notes(blocks: list[_RawBlock], folding: bool = False) -> list[_RawBlock]:
    """`blocks` minus what closes them and is not the text: a heading with nothing under it
    heads what was cut off; a date line ("Last updated: June 12, 2025") is the page's record,
    the notes citing its sources are the references, and a closing note (the editor's credit
    in parentheses, a correction, a funder's disclosure, the licence) is about the article,
    not of it. `folding`: the text is traditional Chinese (責任編輯 read as 责任编辑)."""
    end = len(blocks)
    while end and (
        blocks[end - 1].heading
        or _is_closing_date_line(blocks[end - 1].text)
        or _is_source_note(blocks[end - 1].text)
        or (
            len(blocks[end - 1].text) <= _CLOSING_NOTE_SIZE
            and _CLOSING_NOTE.match(
                simplified(blocks[end - 1].text) if folding else blocks[end - 1].text
            )
        )
        or (len(blocks[end - 1].text) <= _LICENCE_SIZE and _LICENCE.match(blocks[end - 1].text))
        or (
            len(blocks[end - 1].text) <= _DISCLOSURES_SIZE
            and (
                _DISCLOSURES.match(blocks[end - 1].text)
                or _ISSUER_BOILERPLATE.match(blocks[end - 1].text)
                or _WRITER_CONTACT.match(blocks[end - 1].text)
            )
        )
        or (len(blocks[end - 1].text) <= _FOOTNOTE_SIZE and _FOOTNOTE.match(blocks[end - 1].text))
        or _is_contact_block(blocks[end - 1].text)
    ):
        end -= 1
    return blocks[:end]


def _is_contact_block(text: str) -> bool:
    """A clinic's "Visit us" lines closing the page: its phone and fax numbers, its opening
    hours, its street address (every line short, one a phone, hours or street line)."""
    lines = text.split("\n")
    return all(len(line) <= _CONTACT_LINE_SIZE for line in lines) and any(
        _CONTACT_LINE.match(line) for line in lines
    )


_CONTACT_LINE_SIZE = 80
_CONTACT_LINE = re.compile(
    # "Phone: (541) 555-0142 · Fax: (541) 555-0143", "Tel. +44 20 7946 0958"
    r"(?:phone|tel(?:ephone)?|fax|call(?:\s+us)?)\s*[:：.]?\s*[+(]?\d[\d\s().+-]{6,}"
    # "Monday–Friday: 8:00 a.m.–5:30 p.m.", "Sat 9am - 12pm"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s*[-–—]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?"
    r"\s*[:：]?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*[-–—]\s*\d"
    # "412 Alder Street, Suite 2"
    r"|\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr"
    r"|lane|ln|way|place|pl|court|ct)\b\.?(?:,|$)",
    re.IGNORECASE,
)


# a note the text's calls point to, closing the article: "[2] State health officials say …"
_FOOTNOTE = re.compile(r"\[\d{1,3}\]\s+\S")
_FOOTNOTE_SIZE = 600


def _without_references(blocks: list[_RawBlock]) -> list[_RawBlock]:
    """`blocks` minus the closing back matter: a "Sources :", "References", "Quellen" label and
    the short entries under it to the end (cited works are not the article's text, in whatever
    form the site prints them; a heading may head a paper's hundred), and a paper's
    declarations before it, two or more labels over a few short lines each (Funding, Competing
    interests, Acknowledgements, a press release's "About the study" and "About <the
    university>"; a blog's one "Acknowledgements" is its text, and so are sections all headed
    "About …")."""
    end = len(blocks)
    cut = end
    declarations: list[int] = []
    abouts: list[int] = []
    for index in range(end - 1, -1, -1):
        block = blocks[index]
        text = block.text
        if _labels_own_entries(text):
            cut = index
            continue
        if len(text) > _SOURCE_NOTE_SIZE and not (
            len(text) <= _LONG_CITATION
            and (cites_a_source(text) or _under_back_matter_label(blocks, index))
        ):
            break
        links_label = len(text) <= _LINKS_LABEL_SIZE and _LINKS_LABEL.match(text.partition("\n")[0])
        if len(text) > _BACK_MATTER_LABEL_SIZE and not links_label:
            continue
        if (links_label or _REFERENCES_LABEL.match(text)) and (
            block.heading or end - index <= _MAX_REFERENCES + 1
        ):
            cut = index
        elif block.heading and _DECLARATIONS_LABEL.match(text):
            declarations.append(index)
        elif block.heading and _ABOUT_LABEL.match(text):
            abouts.append(index)
    if declarations and len(declarations) + len(abouts) >= 2:
        cut = min([cut, *declarations, *abouts])
    return blocks[:cut]


def _labels_own_entries(text: str) -> bool:
    """A paragraph whose first line is the references' label and whose next lines are the
    works it cites ("<strong>SOURCES:</strong><br>American College of …<br>FDA: …")."""
    label, _, entries = text.partition("\n")
    return (
        bool(entries)
        and len(label) <= _BACK_MATTER_LABEL_SIZE
        and _REFERENCES_LABEL.match(label) is not None
        and all(len(entry) <= _SOURCE_NOTE_SIZE for entry in entries.split("\n"))
    )


def _under_back_matter_label(blocks: list[_RawBlock], index: int) -> bool:
    """Whether the block right above is a declaration's heading: a university's boilerplate
    under "About Wrenhaven Health" runs longer than a note."""
    label = blocks[index - 1] if index else None
    return (
        label is not None
        and label.heading
        and len(label.text) <= _BACK_MATTER_LABEL_SIZE
        and bool(_DECLARATIONS_LABEL.match(label.text) or _ABOUT_LABEL.match(label.text))
    )


def _heads_prose(blocks: Sequence[_RawBlock], index: int) -> bool:
    """A numbered heading whose words link somewhere ("1. <a>Roasted chickpeas</a>"), over a
    paragraph of prose: a listicle's section, not a link list."""
    block = blocks[index]
    return (
        block.heading
        and _STARTS_NUMBERED.match(block.text) is not None
        and index + 1 < len(blocks)
        and _is_prose(blocks[index + 1])
    )


_STARTS_NUMBERED = re.compile(r"^(?:\d{1,2}[.)、]|#\d{1,2}\b)\s*")


def _without_orphan_contents_labels(blocks: list[_RawBlock]) -> list[_RawBlock]:
    """`blocks` minus a "Table of contents" label whose list of links into the page was cut:
    the label of the page's own navigation, with nothing left under it. A table of contents
    written as the text's own list (its items kept) keeps its label. So with a "Keywords" or
    "Tags" label whose list of links was cut."""
    return [
        block
        for index, block in enumerate(blocks)
        if not (
            len(block.text) <= 30
            and (
                (
                    _CONTENTS_LABEL.match(block.text)
                    and (index + 1 == len(blocks) or not blocks[index + 1].list_depth)
                )
                or (
                    _INDEX_TERMS_LABEL.match(block.text)
                    and _over_cut_list(
                        block, blocks[index + 1] if index + 1 < len(blocks) else None
                    )
                )
            )
        )
    ]


def _over_cut_list(label: _RawBlock, following: _RawBlock | None) -> bool:
    """Whether a list stands right under `label` in the markup and none of it was kept."""
    listing = label.element.getnext()
    return (
        listing is not None
        and listing.tag in _LIST_TAGS
        and (following is None or not _is_inside(following.element, listing))
    )


def _without_empty_sections(blocks: list[_RawBlock]) -> list[_RawBlock]:
    """`blocks` minus the headings (<h1>-<h6>) before the text that are followed straight by a
    heading of the same or a higher rank: sections with nothing in them, such as a menu's group
    titles ("Start a business", "Protect your family") over links that were cut, before the
    headline. Inside the text, a heading over a heading of its rank is the text's own (a
    review's "Best budget pick" over the product's name), and so is a heading of sentences (a
    dek over a "Key points" box)."""
    for index, block in enumerate(blocks):
        rank = _HEADING_LEVEL.get(block.element.tag) if block.heading else None
        if rank is None or index + 1 >= len(blocks) or _is_dek(block):
            return blocks[index:]
        following = blocks[index + 1]
        next_rank = _HEADING_LEVEL.get(following.element.tag) if following.heading else None
        if next_rank is None or next_rank > rank:
            return blocks[index:]
    return blocks


def _is_dek(block: _RawBlock) -> bool:
    """A heading of sentences (a dek set as an <h2> over a "Key points" box): the text's."""
    return weighted_length(block.text) >= _DEK_SIZE and block.text.endswith(_SENTENCE_CLOSE)


def _is_closing_date_line(text: str) -> bool:
    """ "Last updated: June 12, 2025"; "Page last reviewed: 12 March 2024", then "Next review
    due: 12 March 2027" on its own line; the publication stamp printed again under the story
    ("4 marzo 2026 (modifica il 4 marzo 2026 | 11:20)")."""
    if len(text) <= _DATE_LINE_SIZE * 2 and _YEAR.search(text) and _CLOSING_STAMP.fullmatch(text):
        return True
    return all(
        len(line) <= _DATE_LINE_SIZE and _UPDATED_LINE.match(line) is not None
        for line in text.split("\n")
    )


_DATE_LINE_SIZE = 60


def _is_source_note(text: str) -> bool:
    """A cited work: "2. National Institute of … (2019). Dental Sealants. https://…"."""
    return len(text) <= _SOURCE_NOTE_SIZE and cites_a_source(text)


def _drop_repeats(blocks: list[_RawBlock]) -> list[_RawBlock]:
    """`blocks` minus the second and later copies of a run of them: a page builder's variants of
    one article for phone, tablet and desktop (all but one hidden by the style sheet), a
    carousel's cloned slides. A copy is a run of three blocks or more, two of them paragraphs,
    that repeats a run seen before; one paragraph said again (a training plan's "Warm up: 10
    minutes easy" under each day, a photo's caption) is the text's own."""
    first: dict[str, int] = {}
    dropped: set[int] = set()
    for index, block in enumerate(blocks):
        if index in dropped or weighted_length(block.text) < _REPEAT_SIZE:
            continue
        seen = first.setdefault(block.text, index)
        if seen == index:
            continue
        start = index
        while (
            seen - (index - start) > 0
            and start - 1 > seen
            and blocks[start - 1].text == blocks[seen - (index - start) - 1].text
        ):
            start -= 1
        end = index + 1
        while (
            end < len(blocks)
            and seen + (end - index) < start
            and blocks[end].text == blocks[seen + (end - index)].text
        ):
            end += 1
        run = range(start, end)
        long = sum(1 for at in run if weighted_length(blocks[at].text) >= _REPEAT_SIZE)
        if len(run) >= 3 and long >= 2:
            dropped.update(run)
    if not dropped:
        return blocks
    return [block for index, block in enumerate(blocks) if index not in dropped]


def _mostly_links(block: _RawBlock) -> bool:
    """A block that is mostly link text, and says little of its own: a menu's line, a list of
    other posts. A line naming a report and printing its long address as the link has a
    sentence of its own beside the link, and is text."""
    text = block.text
    return block.link_chars * 2 > len(text) and len(text) - block.link_chars < _OWN_SENTENCE


def _linked_lists_in_text(blocks: Sequence[_RawBlock]) -> set[int]:
    """Indexes of the items of numbered lists of links that stand between paragraphs of the text
    ("Top 10 easiest vegetables": 1. Lettuce, 2. Green beans, each a link to its guide): the
    article's own list, kept although link lists elsewhere are chrome; a list with no paragraph
    of text after it closes the article, and is the site's "more posts". A list of links to this
    page's own anchors is its table of contents, and is not kept."""
    kept: set[int] = set()
    prose_before = False
    last_prose = max((i for i, block in enumerate(blocks) if _is_prose(block)), default=-1)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.list_number != 1 or not prose_before:
            prose_before = prose_before or _is_prose(block)
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].list_number == end - index + 1:
            end += 1
        items = range(index, end)
        if (
            end - index >= 3
            and last_prose >= end
            and not any(_links_to_anchors(blocks[item].element) for item in items)
        ):
            kept.update(items)
        index = end
    return kept


def _is_prose(block: _RawBlock) -> bool:
    return (
        not block.heading
        and block.link_chars * 4 < len(block.text)
        and weighted_length(block.text) >= 60
    )


def _links_to_anchors(element: Element) -> bool:
    return any(href.startswith("#") for href in element.xpath(".//a/@href"))


def _trim_edges(blocks: list[_RawBlock], use_classes: bool) -> list[_RawBlock]:
    """`blocks` minus a run at either end that is worth less than nothing as a whole (a form's
    labels, a promo bar, a list of other posts under the article): the best-valued contiguous
    run of blocks (Kadane's maximum subarray)."""
    values = [_block_value(block, use_classes) for block in blocks]
    for index in range(len(blocks) - 1):
        item = blocks[index + 1].element
        if item.tag == "li" and _labels_list(blocks[index], item.getparent()):
            values[index] = 0.0  # a list's label ("Key takeaways") is neutral, as a heading is
    for index in range(1, len(blocks)):
        if _SIGNED_DATE.match(blocks[index].text) and _is_signer(blocks[index - 1].text):
            values[index] = max(values[index], 0.0)  # a notice's date under its signer
        if _CLOSING_FORMULA.match(blocks[index].text):
            values[index] = max(values[index], 0.0)  # a notice's "特此公示。" over its signer
    # the run (i, j) maximizing prefix[j] - prefix[i]; on ties the widest, so neutral blocks
    # (headings) at the edges stay
    prefix = 0.0
    lowest, lowest_at = 0.0, 0
    best, best_start, best_end = 0.0, 0, 0
    for index, value in enumerate(values):
        prefix += value
        if prefix - lowest >= best:
            best, best_start, best_end = prefix - lowest, lowest_at, index + 1
        if prefix < lowest:
            lowest, lowest_at = prefix, index + 1
    if best <= 0:
        return blocks
    return blocks[best_start:best_end]


# the formula closing a notice, above its signer and date: "特此公示。", "特此通知。"
_CLOSING_FORMULA = re.compile(r"特此(?:公示|通知|公告|通告|函告|说明|证明)[。！!.]?$")


def _is_signer(text: str) -> bool:
    """A notice's signature line: the issuing body's name, short, no sentence."""
    return (
        2 <= len(text) <= 40 and not _SENTENCE_END.search(text) and not _DATE_IN_LINE.search(text)
    )


_CELLS = frozenset(("td", "th"))
# a date standing alone: 2025年11月14日, 二〇二五年十一月十四日, 2025-11-14
_SIGNED_DATE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)
_OWN_SENTENCE = 60  # characters outside the links
_REPEAT_SIZE = 60  # weighted characters: a sentence, not a "Read more" or a date line
# what names a list of the site's other posts, as a heading or as a plain label line
_OTHER_POSTS = (
    r"(?:latest|recent|popular|related|trending|more|other)\s+(?:news|posts?|articles?|stories)"
    r"|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|more\s+(?:from|in)\b(?:\s+[\w&'’-]+){0,3}"
    r"|(?:more|picked|recommended)\s+for\s+you"
    r"|相关(?:文章|阅读|推荐|新闻)|热门(?:文章|推荐)?|最新(?:文章|资讯)|推荐阅读|猜你喜欢"
    r"|往期(?:推荐|回顾|精选)"
    r"|関連(?:記事|ニュース)|관련\s*(?:기사|뉴스)"
    # more, latest, most read and related news in Spanish, Portuguese, French, German, Italian,
    # Russian and Indonesian
    r"|(?:más|últimas|otras)\s+noticias|lo\s+más\s+(?:leído|visto)|noticias\s+relacionadas"
    r"|(?:mais|últimas)\s+(?:notícias|lidas)|notícias\s+relacionadas"
    r"|(?:à\s+lire\s+aussi|les\s+plus\s+lus|dernières\s+actualités)"
    r"|(?:meistgelesen|weitere\s+(?:artikel|nachrichten)|mehr\s+zum\s+thema)"
    r"|(?:altre\s+notizie|i\s+più\s+letti|ultime\s+notizie)"
    r"|(?:другие|последние|похожие)\s+(?:новости|статьи|материалы)|(?:самое\s+)?популярное"
    r"|berita\s+(?:terkait|lainnya|terkini|terpopuler)"
    # Arabic, Turkish, Vietnamese and Polish: most read, related news, more in this section
    r"|الأكثر\s+(?:قراءة|مشاهدة)|(?:أخبار|مقالات|موضوعات)\s+ذات\s+صلة"
    r"|en\s+çok\s+okunan(?:lar)?|ilgili\s+haberler|đọc\s+nhiều(?:\s+nhất)?|tin\s+liên\s+quan"
    r"|bài\s+viết\s+(?:liên\s+quan|cùng\s+chuyên\s+mục)|najczęściej\s+czytane|zobacz\s+(?:też|także)"
)
_OTHER_POSTS_LABEL = re.compile(rf"^[【\[]?(?:{_OTHER_POSTS})\W*$", re.IGNORECASE)
# where a locked story stops, as a line of the page: "Il vous reste 62.4% de cet article à lire.
# La suite est réservée aux abonnés.", "Subscribe to continue reading"; the offer follows
_SUBSCRIBERS_ONLY = (
    r"this\s+(?:article|story)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paid\s+)?subscribers"
)
_PAYWALL_LINE = re.compile(
    r"^(?:subscribe|sign\s+in|log\s+in)\s+to\s+(?:continue|keep)\s+reading"
    rf"|^{_SUBSCRIBERS_ONLY}"
    r"|il\s+vous\s+reste\s+\d+(?:[.,]\d+)?\s*%\s+de\s+cet\s+article\s+à\s+lire"
    r"|la\s+suite\s+est\s+réservée\s+aux\s+abonnés"
    # a Japanese paper's: "この記事は有料記事です。残り1234文字", "有料会員になると続きをお読み…"
    r"|この記事は有料記事です|^残り\s*[\d,]+\s*文字|(?:有料)?会員(?:登録)?(?:になる|す)と続きを(?:お)?読",
    re.IGNORECASE,
)
# the box about the writer under the text: "About the author", "Sobre la firma", "Über die
# Autorin", "À propos de l'auteur"
_ABOUT_AUTHOR = (
    r"about\s+the\s+(?:authors?|writers?|reporters?)"
    r"|sobre\s+(?:la\s+firma|el\s+autor|la\s+autora|o\s+autor|a\s+autora)"
    r"|acerca\s+del?\s+autor(?:a)?|über\s+(?:den\s+autor|die\s+autorin)"
    r"|à\s+propos\s+de\s+l['’]aut(?:eur|rice)|sull['’]autore"
)
_ABOUT_AUTHOR_LABEL = re.compile(rf"^(?:{_ABOUT_AUTHOR})\W*$", re.IGNORECASE)
_CHROME_HEADING = re.compile(
    rf"^[【\[]?(?:{_OTHER_POSTS}|{_ABOUT_AUTHOR}|about\s+the\s+(?:doctors?|experts?|reviewers?)"
    r"|(?:作者|专家|医生)(?:简介|介绍)"
    # the hospital's doctors for the topic, as cards: "Related doctors", 관련 의료진, 相关医生
    r"|(?:related|our)\s+(?:doctors|physicians|specialists|providers)|관련\s*의료진|相关医生"
    r"|(?:share|follow)\s+(?:this|us)|leave\s+a\s+(?:reply|comment)|\d*\s*comments?"
    r"|testimonials?|subscribe\b|sign\s+up\s+for|(?:medical\s+|legal\s+)?disclaimers?"
    # a shop's product cards set among the paragraphs
    r"|shop\s+(?:this|the)\s+(?:article|story|post|look)|(?:featured|related)\s+products"
    r"|shop\s+[\w&'’-]+(?:\s+[\w&'’-]+){0,2}"  # "Shop allergy relief" over product cards
    r"|products?\s+(?:in|from|mentioned\s+in)\s+this\s+(?:article|post|story)"
    r"|support\s+(?:our|local|independent)\s+(?:journalism|reporting|newsroom)"
    # a newsletter's sponsor block: "TOGETHER WITH LUMARO", "A MESSAGE FROM VESSELO"
    r"|(?:together\s+with|a\s+message\s+from|presented\s+by|sponsored\s+by|brought\s+to\s+you"
    r"\s+by)\s+\S.{0,40}"
    # the offer where a locked story stops
    rf"|{_SUBSCRIBERS_ONLY}(?:\s+only)?|subscribe\s+to\s+(?:continue|keep)\s+reading"
    # a page's record of its own changes
    r"|updates\s+to\s+this\s+(?:page|guidance|article)|(?:page|revision|document|change)\s+history"
    r"|网友评论|发表评论)"
    r"\W*$",
    re.IGNORECASE,
)
# a Chinese page's info line wherever it stands: 发布时间：… 来源：… 浏览次数：…
_CN_META_LABELS = re.compile(
    r"(?:发布时间|发布日期|来源|作者|浏览次数|点击数|阅读量|责任编辑|字体)[:：]"
)
# a news page's stamp wherever it stands: "Posted Fri, May 17, 2024 at 6:05 pm PT | Updated …"
# (each token ends at a boundary, so a line splits into tokens one way only: no backtracking)
# "published" and "updated" in Turkish (Giriş / Güncelleme), Spanish, Portuguese, French, German
# and Italian, for a stamp line of nothing but labels, dates and times
_STAMP_LABELS_ABROAD = (
    r"giriş\b|güncelle(?:me|nme)\b|publicado\b|actualizado\b|atualizado\b|publié\b"
    r"|mis\s+à\s+jour\b|veröffentlicht\b|aktualisiert\b|pubblicato\b|aggiornato\b"
    r"|modificat?[oa]?\b"
)
# the months in Portuguese, Spanish, French, German and Italian, and the words joining a stamp's
# label to its date there ("Atualizado em março de 2026", "Mis à jour le 4 mars 2026")
_MONTHS_ABROAD = (
    r"(?:janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars"
    r"|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni"
    r"|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|em|de|del|en|le|am|el|il|um)\b"
)
# the pieces of a publication stamp after its label: dates, times, weekdays, months, zones
_STAMP_PIECE = (
    r"(?:[\s,|·•:：/.-]|\d+(?:st|nd|rd|th)?(?:\b|(?=[ap]\.?m\b))|(?:on|at)\b|[ap]\.?m\b\.?"
    r"|(?-i:[A-Z]{2,4})\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\b|(?:originally|first|last|posted|published|updated|modified)\b"
    r"|" + _STAMP_LABELS_ABROAD + r"|" + _MONTHS_ABROAD + r")"
)
_DATELINE = re.compile(
    r"(?:(?:(?:originally|first|last)\s+)?(?:posted|published|updated|modified)\b"
    r"|\d{1,3}\s*min(?:ute)?s?\s+read\b"  # a reading time before the date: "8 min read · Mar 3"
    r"|" + _STAMP_LABELS_ABROAD + r")" + _STAMP_PIECE + r"*",
    re.IGNORECASE,
)
# the same stamp closing the text, its date first: "4 marzo 2026 (modifica il 4 marzo 2026 |
# 11:20)", as the page prints it again under the story
_CLOSING_STAMP = re.compile(r"(?:\d|" + _STAMP_PIECE + r"|[()])+", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a newsletter's one-line promo inside the text: "… every Tuesday and Thursday. Sign up here.",
# "Subscribe to Riverton Daily for free to get … delivered to your inbox."; a line sending the
# reader to the site's messenger channel ("… bergabung di WhatsApp Channel …: klik di sini")
_PROMO_SIZE = 250  # characters: a promotion's line or two, not a paragraph quoting one
_PROMO_LINE = re.compile(
    # the disclosure Japanese sites print since 2023 ("※この記事はアフィリエイト広告を利用して
    # います", "本ページはプロモーションが含まれています")
    r"(?:アフィリエイト|広告|プロモーション|PR)(?:広告)?(?:を利用して|が含まれて|を含んで|を含み)"
    # and the English one: "If you buy through links on this page, we may earn a small
    # commission", "As an Amazon Associate I earn from qualifying purchases"
    r"|\b(?:if|when)\s+you\s+(?:buy|purchase|shop|click)\b.{0,60}\b(?:we|i)\s+(?:may\s+)?"
    r"(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|share|compensation)"
    r"|\bas\s+an\s+amazon\s+associate\b"
    # "All products featured … are independently selected by our editors. However, we may
    # receive compensation from retailers …"
    r"|\b(?:we|i)\s+may\s+(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?"
    r"(?:commission|compensation|share\s+of\s+(?:sales|revenue))\b"
    r"|\b(?:this|our)\s+(?:post|article|page|content)\s+(?:may\s+)?contains?\s+affiliate\s+links\b"
    r"|\b(?:sign\s+up|subscribe)\s+here\W*$"
    # a newsroom's ask beside a story it opened to all: "… please support it by subscribing"
    r"|\b(?:support|consider\s+supporting)\s+(?:it|us|this\s+work|our\s+(?:work|journalism|reporting))"
    r"\s+by\s+(?:subscribing|becoming\s+an?\s+(?:member|subscriber)|donating|making\s+a\s+"
    r"(?:donation|contribution))\b"
    r"|^(?:subscribe|sign\s+up)\s+(?:to|for)\b.{0,200}\b(?:newsletters?|inbox|e-?mails?)\b"
    r"|\b(?:join|follow|subscribe|bergabung|gabung|ikuti|akses|únete|síguenos|suscríbete|siga"
    r"|sundan)\b"
    r".{0,80}\b(?:(?:whatsapp|telegram)\s+(?:channel|kanal)|saluran\s+whatsapp|google\s+news)\b",
    re.IGNORECASE,
)
_CONTENTS_LABEL = re.compile(
    r"^[^\w\s]{0,3}\s*(?:table\s+of\s+contents?|contents|in\s+this\s+(?:article|post|guide)|on\s+this\s+page"
    r"|jump\s+to(?:\s+(?:a\s+|the\s+)?[\w-]+)?|(?:本文|文章)?目录"
    # in Dutch, German, French, Spanish, Portuguese, Italian, Polish, Russian, Japanese, Korean
    r"|inhoud(?:sopgave)?|inhalt(?:sverzeichnis)?|sommaire|índice|indice|contenidos?|conteúdos?"
    r"|contenuti|spis\s+treści|содержание|оглавление|(?:ページ内)?目次|목차)\W*"
    # a contents plugin's toggle beside its label: "Contents [hide]", "目次 [非表示]"
    r"(?:[\[［(（]\s*(?:hide|show|toggle|非表示|表示|隐藏|显示|收起|展开)\s*[\]］)）]\W*)?$",
    re.IGNORECASE,
)
# the label over a page's index terms, a list of links to its topic pages
_INDEX_TERMS_LABEL = re.compile(
    r"^(?:key\s*words?|tags|topics|subjects|schlagwörter|etiquetas|mots[-\s]clés|palavras-chave"
    r"|archivado\s+en"  # a Spanish paper's tags ("Archivado En")
    r"|关键词|关键字|标签|キーワード|タグ)\s*[:：]?$",
    re.IGNORECASE,
)
# "Editor's note: This story has been updated to include …", "This story was updated on March 5
# with new case counts.", at the top as at the end
_EDITORS_UPDATE = (
    r"(?:editor['’]?s['’]?\s+note\s*[:：]\s*(?:this\s+)?|this\s+)(?:story|article|post|report)\s+"
    r"(?:has\s+been|was|is\s+being)\s+(?:updated|corrected|clarified|changed)\b"
)
_CLOSING_NOTE = re.compile(
    r"[（(][^（()）]{1,40}[)）]$"  # （责任编辑：刘洋）, （からだ新報編集部）
    r"|(?:correction|clarification)(?:\s*[:：]|,\s+[a-z]{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?\W*$)"
    # the correction's own words: "The original version of this story misstated …"
    r"|(?:an?\s+|the\s+)?(?:earlier|original|previous)\s+version\s+of\s+this\s+(?:story|article"
    r"|post|report)\b"
    r"|edit(?:ed)?\s*\d?\s*[:：]"  # an answer's afterthought: "Edit: thanks for all the upvotes!"
    # a blog theme's line under the post: "This entry was posted on … and is filed under …",
    # "… Bookmark the permalink.", "You can follow any responses to this entry through …"
    r"|this\s+(?:entry|post)\s+was\s+posted\s+(?:in|on|by)\b|.{0,300}\bbookmark\s+the\s+permalink"
    r"|you\s+can\s+follow\s+any\s+responses\b"
    # the newsroom's notes on the story: who contributed, that it was updated
    rf"|contributing\s*[:：]|(?:update[d]?\b.{{0,40}}?[:：]\s*)?{_EDITORS_UPDATE}"
    # a closing call to sign up: "Get alerts about what's happening in Springvale — sign up for
    # free … newsletters and breaking-news alerts."
    r"|.{0,80}\bsign\s+up\s+for\s+(?:free\s+|our\s+)?.{0,60}?\bnewsletters?\b"
    # how to cite the page: "Citation: <headline> (2025, June 3) retrieved 4 June 2025 from …"
    r"|(?:citation|cite\s+this\s+(?:page|article|story))\s*[:：].{0,300}?\bretrieved\b"
    # a desk's standing call for tips: "Do you have a health question, or a tip …? Let us know
    # via health@…", "Got a news tip? Email …"
    r"|(?:do\s+you\s+have|have\s+you\s+got|got)\s+an?\s+(?:[\w-]+\s+){0,3}(?:question|tip|story)"
    r"\b.{0,120}?\?\s*(?:let\s+us\s+know|e-?mail|contact|write\s+to|send)\b"
    # a newsroom's production note: "This article was produced by … with support from …",
    # "This story was produced in partnership with …"
    r"|this\s+(?:article|story|report|piece|series)\s+(?:was|is)\s+(?:produced|published|"
    r"reported)\s+(?:by\b.{0,80}\b(?:with\s+support|in\s+(?:partnership|collaboration))|in\s+"
    r"(?:partnership|collaboration)\s+with)\b"
    # and its call for sources: "We'd like to speak with … Click here to contact our newsroom."
    r"|we['’]?d\s+(?:like|love)\s+to\s+(?:hear|speak|talk)\s+(?:from|with|to)\b"
    # a magazine's print note: "This article appears in the March 2026 print edition …"
    r"|this\s+(?:article|story|essay|piece)\s+(?:first\s+|originally\s+)?(?:appears|appeared)"
    r"\s+in\b.{0,60}\b(?:edition|issue|magazine)\b"
    # a republished story's note: "This story was originally published on an earlier date."
    r"|(?:update[d]?\b.{0,40}?[:：]\s*)?this\s+(?:article|story|essay|piece|post)\s+was\s+"
    r"(?:first|originally|previously)\s+published\b"
    # and in German, French, Spanish, Portuguese and Italian ("Dieser Artikel erschien zuerst in
    # …", "Cet article a été publié initialement dans …", "Este artículo fue publicado
    # originalmente en …")
    r"|(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+(?:zuerst|ursprünglich)"
    r"|cet\s+article\s+(?:a\s+été\s+(?:initialement\s+|d['’]abord\s+)?publié|est\s+paru)"
    r"|est[ea]\s+(?:artículo|artigo|texto|nota)\s+(?:fue|foi)\s+(?:publicad[oa]\s+)?"
    r"(?:originalmente|originariamente|inicialmente)"
    r"|questo\s+articolo\s+è\s+stato\s+pubblicato\s+(?:originariamente|originalmente|per\s+la"
    r"\s+prima\s+volta)"
    # an interview's note on its editing ("This interview has been edited for length and clarity")
    r"|(?:this\s+)?(?:interview|conversation|q\s*&\s*a|transcript)\s+(?:has\s+been|was|have\s+been)"
    r"\s+(?:lightly\s+|condensed\s+and\s+)?(?:edited|condensed)\b"
    r"|(?:additional\s+)?(?:reporting|writing|editing)\s+by\b"  # a wire story's credits
    # "*Com informações da Agência Brasil", "Con información de EFE", "With inputs from PTI"
    r"|\*?\s*(?:com\s+informações|con\s+información|with\s+(?:inputs|information|files)\s+from)\b"
    r"|(?:本文|文章|资料)?(?:来源|(?:责任)?编辑|责编|审核|校对|排版|监制|出品|策划)[:：]"  # credits
    r"|(?:本文|受访)专家[:：]"  # the expert the story quotes ("本文专家：刘文静，…主任医师")
    # the notice a drug's page must carry: "请仔细阅读说明书并在医师或药师指导下购买和使用"
    r"|(?:温馨提示[:：])?请(?:仔细)?(?:阅读|按).{0,6}说明书"
    # a reprint notice: "本文为…原创，转载请注明出处"
    r"|.{0,40}转载请注明(?:出处|来源)"
    # the pointer to a PDF reader under an office's page ("PDFファイルを見るためには、Adobe
    # Readerが必要です…", "To view PDF files you need Adobe Acrobat Reader")
    r"|(?=.{0,80}pdf).{0,80}\badobe\s*(?:acrobat\s*)?reader"
    # "Fuente: Ministerio … / EFE", "منبع: …"
    r"|(?:sources?|fuentes?|fontes?|quellen?|surs[aăe]|zdroje?|źródł[oa]|forrás|kaynak"
    r"|(?:haber\s+)?kaynağı|джерел[оа]|πηγ(?:ή|η|ές|ες)|izvori?|lähteet|lähde|källa|kilder?"
    r"|источники?|източници?|източник"
    r"|منبع|(?:ال)?مصدر"
    r"|מקור)\s*[:：]"
    # the reporter's and the desk's initials under a South Asian portal's story ("FI/RH")
    r"|[^\s/\d:：.,]{1,8}(?:/[^\s/\d:：.,]{1,8}){1,3}$"
    # Thai: "thanks for the information from: …", "information: …", "source: …"
    r"|ขอบคุณข้อมูล(?:จาก)?\s*[:：]?|(?:ข้อมูล(?:จาก)?|ที่มา)\s*[:：]"
    # the site's statement (声明：本站所发布的内容仅供参考…, "Disclaimer: …"), a copyright line
    r"|(?:免责|特别|版权)?声明[:：]|(?:disclaimer|penafian|notice|wichtiger\s+hinweis)\s*[:：]"
    r"|(?:the|my|a|one)\s+(?:usual|standard|obligatory|quick|small)\s+disclaimer\s*[:：]"
    r"|(?:the\s+)?fine\s+print\s*[:：]"
    r"|(?:©|\(c\)|copyright\b|all\s+rights\s+reserved\b)"
    # a Korean publisher's notice: "본 콘텐츠의 저작권은 …에 있으며 무단 전재를 금합니다"
    r"|.{0,60}무단\s*(?:전재|복제|배포|도용)"
    # the author's closing call to like and share ("觉得有用的话，请点赞、转发…", "分享、点赞、
    # 在看，让更多人看到")
    r"|.{0,20}(?:(?:点赞|点个赞|在看).{0,30}(?:转发|分享|关注|收藏)|(?:转发|分享).{0,10}(?:点赞|在看))"
    # a Polish portal's call for readers' news ("Masz newsa, zdjęcie lub filmik? Prześlij nam …")
    r"|masz\s+(?:newsa|temat)\b"
    # and in Russian: "… ставьте 👍 и подписывайтесь на канал"
    r"|.{0,80}(?:ставьте|поставьте)\s+(?:лайк|👍).{0,40}подписывайтесь"
    # a Japanese blog's closing: the ranking it takes part in ("↓ランキングに参加しています",
    # "にほんブログ村"), a note to ask one's doctor ("※…かかりつけの先生に相談してくださいね")
    r"|.{0,20}ランキングに参加して|にほんブログ村|人気ブログランキング"
    # and the platform's box under it: "…さんのブログをフォローして更新をチェック！"
    r"|(?s:.{0,40})フォローして(?:更新|ね|ください)"
    r"|※.{0,80}(?:医師|先生|専門家|かかりつけ|薬剤師|病院|医療機関).{0,20}(?:相談|受診)"
    r"|.{0,20}ポチッと(?:応援|押して|クリック)"  # the ranking banner's appeal under it
    # a Japanese medical site's note: "※本記事は一般的な情報提供を目的としており…"
    r"|※?\s*(?:本記事|この記事|本ページ)は.{0,30}(?:情報提供|参考)"
    # and a Korean blog's: "※ … 꼭 전문의와 상담하세요", "공감♥과 이웃추가 부탁드려요!"
    r"|※.{0,120}(?:전문의|의사|약사).{0,20}(?:상담|진료)"
    r"|.{0,40}(?:공감|좋아요).{0,20}(?:이웃\s*추가|구독).{0,20}(?:부탁|해\s*주세요)"
    # the columnist's note: "… Readers may send questions to AskDr@example.com.", the desk's
    # call for tips ("Got a health story? Email …")
    r"|(?=.{0,240}(?:\b(?:readers?|questions?|reporter|columnist|letters?|reach|send|story|tips?)"
    r"\b|기자|记者))"  # a reporter's name and address: "홍길동 기자 hong@example.co.kr"
    r".{0,240}\b[\w.+-]+@[\w-]+\.[\w.]+"
    # a reprint's source: the paper and its edition, 《光明日报》（ 2022年02月13日 02版）
    r"|《[^》]{1,20}》\s*[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:第?\s*\d{1,3}\s*版)?\s*[)）]$"
    # the author's disclaimer closing the text ("… is not medical advice", 本文仅供健康科普参考)
    r"|(?:温馨提示|特别提示|提示|注)?[:：]?\s*[（(]?(?:本文|本文内容|以上内容|文中内容|文章内容)仅(?:供|作|为)"
    r".{0,12}(?:参考|科普)"
    # and the writer's own: "以上只是个人经验，具体请遵医嘱", "以上仅代表个人观点"
    r"|[（(]?(?:以上|本文|文中).{0,8}(?:个人.{0,4}(?:经验|观点|看法|体会)|仅供参考)"
    # and in Russian: "Информация в статье носит ознакомительный характер. … посоветуйтесь с
    # лечащим врачом."
    r"|.{0,60}\bносит\s+(?:ознакомительный|информационный|справочный)\s+характер"
    r"|.{0,200}(?:посоветуйтесь|проконсультируйтесь)\s+с\s+(?:лечащим\s+|вашим\s+)?врачом"
    # "Note: … see a doctor", closing an informational piece (Urdu: نوٹ: … ڈاکٹر سے مشورہ)
    r"|(?:note|نوٹ)\s*[:：].{0,200}(?:consult|ڈاکٹر|معالج)"
    r"|.{0,200}\b(?:is\s+not|does\s+not\s+constitute|not\s+intended\s+as|,\s+not)\s+"
    r"(?:professional\s+)?(?:medical|legal|financial|health)\s+advice\b"
    r"|.{0,120}\bgeneral\s+information,?\s+not\s+(?:a\s+)?(?:diagnosis|medical\s+advice)\b"
    # "I'm a retired bus driver, not a doctor. Please talk to your own care team before …"
    r"|.{0,120}\bnot\s+(?:a|your)\s+(?:doctor|physician|nurse|pharmacist|dietitian"
    r"|medical\s+professional)\b.{0,120}"
    r"\b(?:talk|speak|check|consult)\s+(?:to|with)\b"
    # "… is for information only and does not replace the advice of your health care provider"
    r"|.{0,200}\b(?:(?:is|are)\s+not\s+(?:a\s+substitute\s+for|meant\s+to\s+replace)|does\s+not"
    r"\s+replace)\s+(?:[\w'’-]+\s+){0,5}?(?:advice|care|diagnosis|assessment|consultation"
    r"|examination|guidance|judge?ment)\b"
    # the same in Hebrew: "… אינו מהווה תחליף לייעוץ רפואי" (is no substitute for medical advice)
    r"|.{0,200}(?:אינו|אינה|אינם|אינן)\s+(?:מהווה|מהווים|מהוות)\s+תחליף\s+ל"
    # a leaflet's offer of other formats: "If you need this information in another language or
    # format, such as large print, please contact …"
    r"|if\s+you\s+(?:need|would\s+like|require)\s+(?:this|the)\s+(?:information|leaflet|document"
    r"|page)\s+in\s+(?:another|a\s+different|an\s+alternative)\s+(?:language|format)\b"
    # an aggregator's pointer to the partner's page: "Read the original article on Keepwell."
    r"|read\s+(?:the\s+)?original\s+(?:article|story|post)\s+(?:on|at)\b"
    # the column's call for questions: "Do you have a question about healthy living? Email us
    # and we may answer your question in a future column."
    r"|(?:do\s+you\s+have|have|got)\s+a\s+(?:question|story|tip)\b.{0,80}\b(?:email|e-mail|send"
    r"|write|submit|contact)\b"
    # the writer's closing call: "If you found this useful, drop a ❤️ and follow me for part 3!"
    r"|if\s+you\s+(?:found|find|enjoyed|liked)\s+this\b.{0,60}\b(?:follow|like|share|subscribe"
    r"|clap|drop\s+a)\b"
    # the desk's pointer closing a story: "For more Health articles, visit …", "Track Latest
    # News Live on … and get news updates from India and around the world"
    r"|for\s+more\s+.{0,40}\b(?:articles|news|stories|coverage)\b.{0,20}\bvisit\b"
    r"|(?:track|follow|catch)\s+(?:the\s+)?(?:latest|live|breaking)\s+(?:news|updates)\b.{0,20}\bon\b"
    # a press release's closing lines: its contact for the press, the wire's "SOURCE <issuer>"
    r"|(?:media|press|news)\s+(?:contacts?|inquiries)\s*[:：]|(?-i:SOURCE)\s+\S.{0,80}$"
    # the writer's one-line bio under the story: "Kara Lin is a lifestyle reporter for …"
    r"|(?:[\w'’.-]+\s+){1,4}is\s+an?\s+(?:[\w-]+\s+){0,3}(?:reporter|writer|correspondent"
    r"|journalist|editor|columnist|contributor|producer)\s+(?:for|at|with)\b.{0,120}$"
    # the paper's pledge under the story: "Se adhiere a los criterios de The Trust Project"
    r"|.{0,60}\bthe\s+trust\s+project\W*$"
    # a syndicated story's note: "(Except for the headline, this story has not been edited by …
    # staff and is published from a syndicated feed.)"
    r"|[（(]?\s*except\s+for\s+the\s+headline\b|.{0,120}\bpublished\s+from\s+a\s+syndicated\s+feed\b"
    # a funder's disclosure: "… receives support from … The AP is solely responsible for all
    # content", "… is made possible in part by a grant from … The foundation does not provide
    # editorial input" (a closing sentence saying who funded the clinic is the story's own)
    r"|.{0,200}\b(?:(?:receives?|received)\s+(?:financial\s+)?(?:support|funding)\s+from"
    r"|(?:is|are)\s+made\s+possible\s+(?:in\s+part\s+)?(?:by|through)\b)"
    r".*\b(?:responsible\s+for\s+(?:all\s+|the\s+)?content|editorial\s+(?:input|control))",
    re.IGNORECASE,
)
_CLOSING_NOTE_SIZE = 300
# the authors' financial disclosures under a medical news story ("Disclosures: The study was
# funded by …; Dr X reports receiving …"), and the publisher's disclaimer ("Disclaimer: … is
# for general information only and is not a substitute for …"), longer than a note
_DISCLOSURES = re.compile(
    r"[(（\[]?\s*(?:(?:financial\s+)?disclosures?|(?:medical\s+|health\s+|legal\s+)?disclaimer)"
    r"\s*[:：]\s*\S"
    # the site's note that it is no doctor, closing the text: "La información de este artículo
    # tiene carácter divulgativo y no sustituye … la consulta con un profesional"
    r"|la\s+información\s+(?:de|en|contenida\s+en)\s+este\s+(?:artículo|texto|contenido)\b.{0,80}?"
    r"\bno\s+sustituye",
    re.IGNORECASE,
)
# the columnist's note closing a syndicated column: who writes it and where to send questions
# ("Dr. Ann Lee is a columnist for … Readers may send questions to AskDrLee@example.com or by
# mail to …"), longer than a note
_WRITER_CONTACT = re.compile(
    r"(?:[\w'’.-]+\s+){1,4}is\s+an?\s+(?:[\w-]+\s+){0,3}(?:columnist|reporter|writer"
    r"|correspondent|journalist|editor|contributor)\s+(?:for|at|with)\b.{0,600}?"
    r"\b[\w.+-]+@[\w-]+\.[\w.]+"
    # an article directory's "resource box": the writer's bio and her pitch ("Linda Harwell is
    # a certified nutritionist … Visit her site at … for a free report")
    r"|(?:[\w'’.-]+\s+){1,4}is\s+an?\s+.{0,600}?\b(?:visit|see)\s+(?:his|her|their)\s+"
    r"(?:web\s?site|site|blog)\b",
    re.IGNORECASE,
)
_DISCLOSURES_SIZE = 1200
# a press release's boilerplate about its issuer, closing it: "About Brightwell Health
# Brightwell Health is a physician-led network of …"
_ISSUER_BOILERPLATE = re.compile(
    r"about\s+(?P<issuer>[^\n]{2,60}?)[\s:：]+(?P=issuer)(?:,\s+[^\n]{0,80}?)?\s+(?:is|are)\s+"
    r"(?:a|an|the|one)\b",
    re.IGNORECASE,
)
_EDITORS_NOTE = re.compile(_EDITORS_UPDATE, re.IGNORECASE)
# the licence the work is published under ("Open Access This article is licensed under a
# Creative Commons Attribution 4.0 International License, which permits …"), a journal's
# rights statement, however many of its terms it spells out
_LICENCE = re.compile(
    r"(?:open\s+access\.?\s+)?this\s+(?:is\s+an?\s+)?(?:[\w-]+\s+){1,3}(?:is\s+)?"
    r"(?:licensed|distributed|published)\s+under\s+(?:the\s+terms\s+of\s+)?(?:a|the)\s+creative"
    r"\s+commons\b",
    re.IGNORECASE,
)
_LICENCE_SIZE = 1200
_SENTENCE_END = re.compile(r"[。！？!?।۔؟]|\.\s|\.$")
_DATE_IN_LINE = re.compile(r"\d{4}[-/.年]\d{1,2}")
_NOT_WORD = re.compile(r"[\s\W_]+")


def _is_ornament(text: str) -> bool:
    """A line of nothing but separators and symbols: a middle dot between a byline's parts, a
    section break ("* * *", "★★★★★"), an icon set apart ("💡"). Brackets, dots and operators are
    left alone: a code listing's "}" or "+" line is its text."""
    return bool(text) and all(
        ch.isspace() or ch in _SEPARATOR_MARKS or unicodedata.category(ch) == "So" for ch in text
    )


# (and the commas left between two links once the links go)
_SEPARATOR_MARKS = frozenset("·•|—–-*_~#§※,，、")
# a media player's position and length ("0:00 / 4:31"), or its length alone ("2:41", "Duration
# 2:41"): the player's, not the text's
_PLAYER_TIME = re.compile(
    r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*/\s*|duration\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*",
    re.IGNORECASE,
)


def _is_keywords_line(text: str) -> bool:
    """A paper's index terms on one line ("Keywords: shift work, nurses, sleep hygiene"): the
    record's, not the text's."""
    match = _KEYWORDS_LINE.match(text)
    return match is not None and not _SENTENCE_END.search(text[match.end() :].rstrip(". "))


_KEYWORDS_LINE = re.compile(
    r"(?:key\s*words?|index\s+terms|palabras\s+clave|mots[-\s]clés|schlüsselwörter"
    r"|parole\s+chiave|palavras-chave|关键词|关键字|キーワード)\s*[:：]\s*\S",
    re.IGNORECASE,
)


def _is_dated_line(block: _RawBlock, text: str) -> bool:
    """A short line around the page's <time> with nothing but stamps, labels and links beside
    it ("• 04.07.2026, 14.32 Uhr • aus Lupe Gesund 3/2026"), below a standfirst: the record's."""
    return (
        not block.heading
        and len(text) <= 100
        and _META_LINE.search(text) is not None
        and not _SENTENCE_END.search(text)
        and block.element.find(".//time") is not None
    )


# blocks from the top: the date line under a standfirst of one or two paragraphs, a caption
_DATED_LINE_REACH = 6


def _is_date_header(text: str) -> bool:
    """A line of nothing but a date with its year, its weekday perhaps after it: "2009/03/12
    (木)", "Tuesday, March 16, 2010", "2010年3月16日 星期二"."""
    text = _WEEKDAY_AFTER.sub("", text)
    if _NUMERIC_DATE.fullmatch(text) is not None:
        return True
    return (
        _CLOSING_STAMP.fullmatch(text) is not None
        and _YEAR.search(text) is not None
        and _MONTH_NAME.search(text) is not None
    )


_DATE_HEADER_SIZE = 40
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_WEEKDAY_AFTER = re.compile(r"\s*(?:[(（][^()（）]{1,6}[)）]|星期.|周.|[月火水木金土日]曜日?)\s*$")
_NUMERIC_DATE = re.compile(r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*")


def _is_dateline(text: str) -> bool:
    """A line of nothing but publication stamps: a label, a date with a year, a time."""
    return _DATELINE.fullmatch(text) is not None and _YEAR.search(text) is not None


# who checked the text, above it: "Medically reviewed by Dr. Hana Whitfield"
_REVIEWED_BY = re.compile(
    r"(?:(?:medically|clinically|expert|fact[-\s]?checked\s+and)\s+)?reviewed\s+by\b"
    r"|fact[-\s]?checked\s+by\b",
    re.IGNORECASE,
)


def _looks_like_meta(text: str) -> bool:
    """A short line of dates, sources and counters rather than a sentence."""
    return not _SENTENCE_END.search(text) or bool(_DATE_IN_LINE.search(text))


def _comparable(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()
