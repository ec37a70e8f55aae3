"""What a page says about itself: canonical URL, date, breadcrumbs, description, author."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import TypeAlias
from urllib.parse import urlsplit

from lxml import etree

from parsers.dom import PageTexts, collapse, element_text, holds, is_hidden_by_class
from parsers.language import guess_language
from parsers.links import absolute_url, site_of
from parsers.page_index import PageIndex

Element: TypeAlias = etree._Element

_TIME = etree.XPath("//body//time[@datetime] | //*[@itemprop='datePublished']")
_DATA_TIME = etree.XPath("//body//*[@data-date-time or @data-datetime]")
_DATE_CLASSES = frozenset(("post-date", "entry-date", "pubdate", "publish-date", "date-header"))
# "crumb" anywhere (and the Spanish, French and German names: "migas", fil d'"ariane",
# "brotkrumen"); the looser words only where a class or id ends in them ("curPosition",
# "nav-location"), not inside a builder's layout class ("elementor-location-header")
_CRUMB_MARK = re.compile(
    r"crumb|kruimel|migas|ariane|brotkrum|morzsa|(?:position|location|weizhi)(?:\s|$)|(?:^|\s)place(?:\s|$)"
    r"|[\w-]-path(?:\s|$)|nav_?path(?:\s|$)"  # "channel-path", "nav-path", "rwb_navpath"
    r"|topic_?path(?:\s|$)",  # a Japanese site's "topicPath" (トピックパス)
    re.IGNORECASE,
)
_CRUMB_LABEL_WORDS = (
    "当前位置",
    "您的位置",
    "你的位置",
    "所在位置",
    "当前的位置",
    "现在的位置",
    "you are here",
    "current location",
    "your location",
    "current position",
    "você está aqui",
    "está aquí",
    "vous êtes ici",
    "sei qui",
    "sie sind hier",
)
_BYLINE_WORDS = (
    "作者",
    "来源",
    "发布",
    "时间",
    "日期",
    "기자",
    "by ",
    "author",
    "posted",
    "published",
)

_CRUMB_LABEL = re.compile(
    r"^\s*(?:[您你]?(?:当前|现在|目前)?(?:的|所在的?)?位置|"
    r"you\s+are\s+here|(?:current|your)\s+(?:location|position)|location"
    # and in Portuguese, Spanish, French, Italian and German
    r"|(?:você|usted)?\s*está\s+aqu[ií]|vous\s+êtes\s+ici|sei\s+qui|sie\s+sind\s+hier)\s*[:：]?\s*",
    re.IGNORECASE,
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|»|›|‹|>|/|→|＞|\\|·)\s*")
_DATE = re.compile(
    # (not a day-first date's year: "05.03.2026 - 12.03.2026" is no 12 March of 2026)
    r"(?<![\d./-])(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)"
    r"(?:\s*日|\.(?!\d))?"
    # 08:15, or the clock in words: 9時0分 (Japanese), 9时5分, 9시 0분 (Korean); morning or
    # afternoon before it (오전/오후, 上午/下午, 午前/午後)
    r"(?:\s*T?\s*(?:(?P<mer>오전|오후|上午|下午|午前|午後)\s*)?(?P<H>\d{1,2})(?:[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?"  # or after it, in English: "2:35:00 PM"
    r"|\s*[時时시]\s*(?P<M2>\d{1,2})\s*[分분](?:\s*(?P<S2>\d{1,2})\s*[秒초])?))?"
)
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # and the Malay names that differ, as a Malaysian portal prints "Mac 4, 2026 @ 10:15am"
    r"|mac|mei|julai|ogos|okt(?:ober)?|dis(?:ember)?)\.?"
)
_CLOCK = (
    r"(?:,?\s+(?:at\s+|@\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z]))?)?"
)
# "July 27, 2025", "Feb. 27, 2025 4:05 PM", "12 November 2025", "9th March 2026 at 10:30"
_WORDS_DATE = re.compile(
    rf"(?<![a-z])(?:{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('mon>', 'mon2>')},?\s+"
    rf"(?P<y2>(?:19|20)\d{{2}})){_CLOCK}(?![0-9])",
    re.IGNORECASE,
)
# Arabic-Indic and Persian digits, as Arabic and Persian pages print dates: read as 0-9
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
} | {"mac": 3, "mei": 5, "ogo": 8, "okt": 10, "dis": 12}
# the Levant's months of two words
_MONTHS_OF_TWO_WORDS = {"تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الثاني": 1}
# Greek's genitive months ("3 Ιουνίου 2025"; capitals drop the tonos), Slovak's genitive
# ("3. júna 2025"), Romanian's ("3 iunie 2025") and Bulgarian's ("3 юни 2025"), and the
# Levant's
_MORE_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "ιανουαρίου ιανουαριου januára ianuarie януари",
            "φεβρουαρίου φεβρουαριου februára februarie февруари",
            "μαρτίου μαρτιου martie март",
            "απριλίου απριλιου apríla aprilie април",
            "μαΐου μαιου μαϊου mája май",
            "ιουνίου ιουνιου júna iunie юни",
            "ιουλίου ιουλιου júla iulie юли",
            "αυγούστου αυγουστου augusta август",
            "σεπτεμβρίου σεπτεμβριου septembra septembrie септември",
            "οκτωβρίου οκτωβριου októbra octombrie октомври",
            "νοεμβρίου νοεμβριου novembra noiembrie ноември",
            "δεκεμβρίου δεκεμβριου decembra decembrie декември",
        ),
        1,
    )
    for name in names.split()
} | _MONTHS_OF_TWO_WORDS
# month names in other languages, as a date in words spells them (Slavic ones in the genitive
# a date uses: "12 марта", "5. března"; Hindi's and Marathi's in Devanagari: "04 मार्च 2026")
_MONTHS_ABROAD = {
    name: number
    for number, names in enumerate(
        (
            "enero janeiro janvier januar jänner gennaio januari января січня ocak stycznia ledna "
            "jan जानेवारी जनवरी يناير",
            "febrero fevereiro février fevrier februar febbraio februari февраля лютого şubat "
            "lutego února fev फेब्रुवारी फ़रवरी फरवरी فبراير شباط",
            "marzo março marco mars märz maerz maart maret mac марта березня mart marca března "
            "marts mar मार्च مارس آذار",
            "abril avril aprile апреля квітня nisan kwietnia dubna abr एप्रिल अप्रैल أبريل ابريل "
            "إبريل نيسان",
            "mayo maio mai maggio mei мая травня mayıs maja května maj मे मई مايو أيار",
            "junio junho juin juni giugno июня червня haziran czerwca června jun जून يونيو يونيه "
            "حزيران",
            "julio julho juillet juli luglio julai июля липня temmuz lipca července jul जुलै जुलाई "
            "يوليو يوليه تموز",
            "agosto août aout augustus agustus ogos августа серпня ağustos sierpnia srpna august "
            "ago ऑगस्ट अगस्त أغسطس اغسطس آب",
            "septiembre setiembre setembro septembre settembre сентября вересня eylül września "
            "září set सप्टेंबर सितंबर سبتمبر أيلول",
            "octubre outubro octobre oktober ottobre oktober октября жовтня ekim października "
            "října out ऑक्टोबर अक्टूबर أكتوبر اكتوبر",
            "noviembre novembro novembre ноября листопада kasım listopada listopadu nov "
            "नोव्हेंबर नवंबर نوفمبر",
            "diciembre dezembro décembre decembre dezember dicembre desember disember декабря "
            "грудня aralık grudnia prosince dez डिसेंबर दिसंबर ديسمبر",
        ),
        1,
    )
    for name in names.split()
} | _MORE_MONTHS
# "12 de marzo de 2026, 10:45", "4 février 2026 à 9h30", "5. März 2026, 10:45 Uhr",
# "1er mars 2026", "12 марта 2026 г., 10:45", and a Brazilian paper's "4.mar.2026 às 10h15"
_WORDS_DATE_ABROAD = re.compile(
    r"(?<!\w)(?P<d>\d{1,2})(?:\.|º|°|er)?(?:\s+|(?<=\.)(?=[a-z]{3}\.))(?:de\s+)?(?P<mon>"
    + "|".join(sorted(_MONTHS_ABROAD, key=len, reverse=True))
    + r")(?!\w)\.?\s*(?:de\s+|del\s+|,\s*)?(?P<y>(?:19|20)\d{2})(?!\d)(?:\s*(?:г\.|р\.|yılı))?"
    r"(?:\s*[,·|-]?\s*(?:à|a\s+las|às|um|alle|ore|om|в|o)?\s*(?P<H>\d{1,2})\s*[:h.]\s*"
    r"(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z])"
    # Arabic's "03:45 م" (evening) and "10:30 ص" (morning)
    r"|\s*(?P<ampm_ar>[مص]|مساء|صباحا)(?!\w))?)?",
    re.IGNORECASE,
)
# Hungarian writes the year first: "2026. március 5., 09:40"
_HUNGARIAN_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
            "november",
            "december",
        ),
        1,
    )
}
_YEAR_FIRST_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s*(?P<mon>"
    + "|".join(_HUNGARIAN_MONTHS)
    + r")\s+(?P<d>\d{1,2})\.(?:\s*,?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d))?",
    re.IGNORECASE,
)
# the day first in numerals: "05.03.2026, 10:45 Uhr" (dots are never the American order), or
# "13/03/2026 08:20" where the day cannot be a month
_DAY_FIRST_DATE = re.compile(
    r"(?<![\d.])(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?"
    r"|(?P<d2>1[3-9]|2\d|3[01])/(?P<m2>0?[1-9]|1[0-2])/)(?P<y>(?:19|20)\d{2})"
    r"(?:\.(?![\d.]))?(?![\d.])"  # (the year's own dot, as Serbian writes it: "04.03.2026.")
    # the time after the date: "10:45", "um 10.45", "à 9h30", "- 09:15" (a dash only before a
    # colon's time: "05.03.2026 - 12.03.2026" is a range)
    r"(?:\s*,?\s*(?:um\s+|à\s+|alle\s+|às\s+|a\s+las\s+|kl\.?\s*|-\s*(?=\d{1,2}:))?"
    r"(?P<H>\d{1,2})[:h.](?P<M>\d{2})"
    r"(?::(?P<S>\d{2}))?(?!\d))?"
)
# the American order where the day cannot be a month: "11/18/2009 2:35:00 PM" (ASP.NET's
# DateTime as printed), "03-14-2009, 09:42 PM" (vBulletin's)
_SLASHED_MONTH_FIRST = re.compile(
    r"(?<![\d/-])(?P<m>0?[1-9]|1[0-2])(?P<sep>[/-])(?P<d>1[3-9]|2\d|3[01])(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})(?![\d/-])"
    r"(?:\s*[,-]?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?)?"
)
# "05/03/2026 10:45" on a page whose language writes the day first
_SLASHED_DAY_FIRST = re.compile(
    r"(?<![\d/])(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])"
    r"(?:\s*[,-]?\s*(?P<H>\d{1,2})[:h.](?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d))?"
)


def _writes_day_first(lang: str) -> bool:
    """Whether a page declared in `lang` writes 05/03/2026 for the 5th of March: every language
    but American English and those that write the year first."""
    code = lang.strip().lower().replace("_", "-")
    if not code:
        return False
    base = code.split("-", 1)[0]
    if base == "en":
        return code[3:] in _DAY_FIRST_ENGLISH
    return base not in _YEAR_FIRST_LANGUAGES


_DAY_FIRST_ENGLISH = frozenset(("gb", "uk", "au", "nz", "ie", "in", "za", "sg", "pk", "ng", "ke"))
# Chinese, Japanese, Korean, Hungarian, Lithuanian, Swedish: year first, never 05/03/2026
_YEAR_FIRST_LANGUAGES = frozenset(("zh", "ja", "ko", "hu", "lt", "sv"))


# a date and a time, searched in the short text nodes joined by NUL
_DATE_LINE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}"
    r"(?!\d)(?:\s*日)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
)
_MAX_DATE_LINE = 60
_DATE_LABEL = re.compile(
    r"(?:发布|发表|更新|上传|时间|日期|published|posted|date|updated|time)", re.IGNORECASE
)
# (not "编辑：", the web editor who posted it, as "edited by" is no byline)
_AUTHOR = re.compile(
    # (and "Autor:", as Czech, Polish, Spanish, German or Portuguese label it; "Автор:")
    r"(?:作者|撰文|发布者|author|autor|автор|written\s+by)\s*[:：]\s*"
    r"(?P<name>[^\s|/:：]{1,30}?(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω][\w.'-]*){0,3}"
    # a second or third reporter's name after a space ("作者：张晓丽 王宁"), not a label's
    r"(?:[ 　](?!来源|作者|编辑|责任|时间|发布|点击|浏览|阅读|字号|日期|评论|出处"
    r"|审核|校对|通讯员|记者|摄影)"
    r"[\u4e00-\u9fff]{2,4}(?![:：\u4e00-\u9fff])){0,2})"
    r"(?=\s|$|[|/,，]|来源|作者|点击|时间|发布|浏览|阅读|编辑|责任|字号|日期|评论|出处)",
    re.IGNORECASE,
)
# what any _AUTHOR match holds once lower-cased ("tten": (?i) lets "wrıtten" match "written")
_AUTHOR_WORDS = ("作者", "撰文", "发布者", "author", "autor", "автор", "tten")
# a name's words are capitalized; so are the month, weekday and "Updated" that often follow it
_NOT_NAME = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    r"July|August|September|October|November|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Published|Posted|Last|On)\b\.?"
)
# "By …", not "Medically reviewed by …" or "Fact checked by …": a reviewer, not the writer
_BYLINE = re.compile(
    r"(?:^|(?<!reviewed)(?<!Reviewed)(?<!checked)(?<!Checked)(?<!edited)(?<!Edited)"
    # who supplied or paid for it: "News provided by Brightwell Health", "Sponsored by …"
    r"(?<!provided)(?<!Provided)(?<!sponsored)(?<!Sponsored)(?<!powered)(?<!Powered)"
    # who picked it: "Best Answer - Chosen by Voters"
    r"(?<!chosen)(?<!Chosen)(?<!selected)(?<!Selected)(?<!voted)(?<!Voted)\s)"
    r"[Bb]y\s+(?P<name>[A-Z][\w.'-]*(?:\s+(?!" + _NOT_NAME + r")[A-Z][\w.'-]*){0,3})"
)
# "Por Florencia Galarza", "Par Anne Martin", "Von Lena Vogel": a byline opening the line in
# Spanish, Portuguese, French or German, a name of two words or more
_BYLINE_ABROAD = re.compile(
    r"^(?:Por|Par|Von)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+(?:de\s+|del\s+|da\s+|dos\s+|von\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w.'-]*){1,3})"
)
# a sentence ending before a "by": a note's prose, not a byline ("Feb. 27" is no sentence)
_SENTENCE_BEFORE = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")
# a Korean byline: the reporter's name, then 기자 ("reporter"), ending the word
_KO_REPORTER = re.compile(r"(?:^|\s)(?P<name>[\uac00-\ud7af]{2,4})\s*기자(?![\uac00-\ud7af])")
# a Chinese paper's byline: "本报记者 张三", "新华社记者 王明、李华" (the name ends the run of
# characters: "记者从市疾控中心获悉" names no one)
_ZH_REPORTER = re.compile(
    r"记者\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)(?![\u4e00-\u9fff])"
)
_ISO = re.compile(
    r"^(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)"
    r"(?P<fraction>\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    canonical_url: str | None
    published: str | None
    breadcrumbs: tuple[str, ...]
    description: str | None
    author: str | None
    declared_language: str | None
    og_type: str | None = None


def read_meta(
    page: PageIndex,
    base_url: str | None,
    title: str | None,
    title_element: Element | None,
    texts: PageTexts,
) -> PageMeta:
    """Everything but the language guess (which needs the body text): see `language_of`."""
    metas: dict[str, str] = {}
    canonical = None
    root = page.root
    for element in page.metas:
        if element.tag == "link":
            rels = (element.get("rel") or "").lower().split()
            if "canonical" in rels and canonical is None:
                canonical = absolute_url(element.get("href"), base_url)
            continue
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        key = key.strip().lower()
        if key and key not in metas:
            metas[key] = element.get("content") or ""
    if canonical is None and metas.get("og:url"):
        canonical = absolute_url(metas["og:url"], base_url)
    description = collapse(metas.get("description") or metas.get("og:description")) or None
    byline_texts = _byline_texts(texts, title_element)
    author_organizations, publishers = _json_ld_organizations(page.json_ld)
    return PageMeta(
        canonical_url=canonical,
        published=_published(
            page,
            metas,
            byline_texts,
            texts,
            _writes_day_first(root.get("lang") or ""),
            title_element,
        ),
        breadcrumbs=_breadcrumbs(page, base_url, canonical, title, texts),
        description=description,
        author=_not_an_organization(
            _not_the_editor(
                _author(
                    metas,
                    byline_texts,
                    page.json_ld,
                    _site_names(page, title),
                    author_organizations | publishers,
                )
                or _classed_author(page.author_marked)
                or _classed_author(_data_named_authors(page, texts))
                or _profile_link_author(texts, title_element)
                or _byline_abroad(byline_texts),
                texts,
            ),
            author_organizations,
        ),
        declared_language=root.get("lang") or root.get("xml:lang") or metas.get("language"),
        og_type=metas.get("og:type", "").strip().lower() or None,
    )


def language_of(meta: PageMeta, text: str) -> str | None:
    """The page's language from its text, the declared `lang` breaking ties."""
    return guess_language(text, declared=meta.declared_language)


def parse_date(text: str | None, day_first: bool = False) -> str | None:
    """The first date in `text` as ISO 8601 ("2021-03-04" or "2021-03-04T08:15:00"), else None.
    `day_first`: "05/03/2026" is the 5th of March (the page's language writes the day first);
    else a slashed date is read only where the day cannot be a month.

    >>> parse_date("发布时间：2021年3月4日 08:15")
    '2021-03-04T08:15:00'
    >>> parse_date("2021-03-04T08:15:00+08:00")
    '2021-03-04T08:15:00+08:00'
    >>> [parse_date(t) for t in ("Updated Feb. 27, 2025", "12 November 2025, 8:23 PM ET")]
    ['2025-02-27', '2025-11-12T20:23:00']
    >>> [parse_date(t) for t in ("2024年5月13日 9時0分", "입력 2024. 5. 13. 09:00")]
    ['2024-05-13T09:00:00', '2024-05-13T09:00:00']
    >>> [parse_date(t) for t in ("2025.06.03. 오후 2:10", "2025年6月3日 上午10:45")]
    ['2025-06-03T14:10:00', '2025-06-03T10:45:00']
    >>> [parse_date(t) for t in ("Publié le 4 février 2026 à 9h30", "5. März 2026, 10:45 Uhr")]
    ['2026-02-04T09:30:00', '2026-03-05T10:45:00']
    >>> [parse_date(t) for t in ("12 марта 2026 г.", "2026. március 5., 09:40")]
    ['2026-03-12', '2026-03-05T09:40:00']
    >>> [parse_date(t) for t in ("05.03.2026, 10:45 Uhr", "13/03/2026 08:20", "03/05/2026")]
    ['2026-03-05T10:45:00', '2026-03-13T08:20:00', None]
    >>> [parse_date(t) for t in ("04.03.2026. 10:15", "4.mar.2026 às 10h15")]
    ['2026-03-04T10:15:00', '2026-03-04T10:15:00']
    >>> [parse_date(f"Wed Mar 04 2026 {t} GMT+0000 (UTC)") for t in ("00:00:00", "19:20:04")]
    ['2026-03-04', '2026-03-04T19:20:04+00:00']
    >>> parse_date("Mac 4, 2026 @ 10:15am")
    '2026-03-04T10:15:00'
    >>> [parse_date(t) for t in ("04 मार्च 2026 02:40 PM", "Publisert 04.03.2026, kl. 10:15")]
    ['2026-03-04T14:40:00', '2026-03-04T10:15:00']
    >>> parse_date("05/03/2026 10:45", day_first=True)
    '2026-03-05T10:45:00'
    >>> [parse_date(t) for t in ("الإثنين، 20 مايو 2024 03:45 م", "٤ آذار ٢٠٢٦ ١٠:١٥ ص")]
    ['2024-05-20T15:45:00', '2026-03-04T10:15:00']
    """
    if not text:
        return None
    text = text.strip().translate(_EASTERN_DIGITS)
    iso = _ISO.match(text)
    if iso:
        time = iso.group("time")
        if not time:
            return iso.group("date")
        if len(time) == 5:
            time += ":00"
        tz = iso.group("tz") or ""
        if tz and tz != "Z" and ":" not in tz:
            tz = tz[:3] + ":" + tz[3:]
        fraction = iso.group("fraction") or ""  # kept as written: it is what the page says
        return f"{iso.group('date')}T{time}{fraction}{tz}"
    script_date = _SCRIPT_DATE.match(text)
    if script_date:
        return _from_script_date(script_date)
    match = _DATE.search(text)
    words = _WORDS_DATE.search(text) if match is None else None
    abroad = (
        _WORDS_DATE_ABROAD.search(text)
        or _YEAR_FIRST_DATE.search(text)
        or _DAY_FIRST_DATE.search(text)
        or (_SLASHED_DAY_FIRST.search(text) if day_first else _SLASHED_MONTH_FIRST.search(text))
        if match is None and words is None
        else None
    )
    if words is not None:
        year = int(words["y"] or words["y2"])
        month = _MONTH_NUMBER[(words["mon"] or words["mon2"])[:3].lower()]
        day = int(words["d"] or words["d2"])
        match = words
    elif abroad is not None:
        parts = abroad.groupdict()
        year = int(abroad["y"])
        if parts.get("mon"):
            name = abroad["mon"].lower()
            month = _MONTHS_ABROAD.get(name) or _HUNGARIAN_MONTHS[name]
            day = int(abroad["d"])
        else:
            day = int(parts["d"] or parts["d2"])
            month = int(parts["m"] or parts["m2"])
        match = abroad
    elif match is not None:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if match["H"] is None:
        return date
    if words is None and abroad is None and match["M2"] is not None:  # the clock in words
        minute, second = int(match["M2"]), int(match["S2"] or 0)
    else:
        minute, second = int(match["M"]), int(match["S"] or 0)
    hour = int(match["H"])
    meridiem = match.groupdict().get("ampm")
    if abroad is not None and abroad.groupdict().get("ampm_ar"):
        meridiem = "a" if abroad["ampm_ar"][0] == "ص" else "p"
    elif words is None and abroad is None and match["mer"]:
        meridiem = "a" if match["mer"] in _MORNING else "p"
    if meridiem:  # "2:40 PM", "02:40 PM" after a date in words, here or abroad
        if not 1 <= hour <= 12:
            return date
        hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return date
    return f"{date}T{hour:02d}:{minute:02d}:{second:02d}"


_MORNING = frozenset(("오전", "上午", "午前"))
# a date as a script prints one (JavaScript's Date.toString(), which Webflow writes into its
# JSON-LD): "Wed Mar 04 2026 00:00:00 GMT+0000 (Coordinated Universal Time)"
_SCRIPT_DATE = re.compile(
    r"[A-Z][a-z]{2} (?P<mon>[A-Z][a-z]{2}) (?P<d>\d{2}) (?P<y>\d{4}) "
    r"(?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2}) GMT(?P<tz>[+-]\d{4})"
)


def _from_script_date(match: re.Match[str]) -> str | None:
    """ISO 8601 for a script's date: the day alone at midnight (a CMS's date field, its time
    never set), else the moment with its offset."""
    month = _MONTH_NUMBER.get(match["mon"].lower())
    if month is None:
        return None
    date = f"{match['y']}-{month:02d}-{match['d']}"
    clock = f"{match['H']}:{match['M']}:{match['S']}"
    if clock == "00:00:00":
        return date
    tz = match["tz"]
    return f"{date}T{clock}{tz[:3]}:{tz[3:]}"


# --- pieces -------------------------------------------------------------------------------


def _published(
    page: PageIndex,
    metas: dict[str, str],
    byline_texts: list[str],
    texts: PageTexts,
    day_first: bool = False,
    title_element: Element | None = None,
) -> str | None:
    declared = _json_ld_date(page.json_ld)
    for key in (
        "article:published_time",
        "datepublished",
        "og:published_time",
        "pubdate",
        "publishdate",
        "publish_date",
        "publication_date",
        "date",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
        "weibo:article:create_at",
        # Highwire Press tags (journals, preprint servers): first online, else the issue's;
        # a page's own JSON-LD date comes before them (a press release names the paper's)
        *(() if declared else _HIGHWIRE_DATES),
    ):
        value = parse_date(metas.get(key))
        if value:
            if "T" not in value:
                # a day only ("publishdate" 2025-12-03): the page's date line on that day
                # gives the time too
                shown = _date_line(texts)
                return shown if shown is not None and shown.startswith(value) else value
            if len(value) == _LOCAL_TIME and declared and declared[:_LOCAL_TIME] == value:
                # a tag to the site's clock ("2026/03/04 10:15:00") beside JSON-LD's same time
                # with its offset: the offset says which moment it is
                return declared
            # the page's own <time> says the same moment as the site's clock shows it
            shown = _shown_time(page, texts)
            if shown is not None and _same_moment(shown, value):
                return shown
            if shown is None and len(value) == 19 and value.endswith(":00"):
                # a meta tag to the minute ("2026-03-06 09:15"), a date line to the second
                line = _date_line(texts)
                if line is not None and line[:16] == value[:16]:
                    return line
            return value
    shown = _shown_time(page, texts)
    if shown is not None:
        if len(shown) == _LOCAL_TIME and declared and declared[:_LOCAL_TIME] == shown:
            return declared  # the same time, printed to the site's clock: the offset says which
        return shown
    if declared:
        return declared
    # an element whose class says it holds the date (Z-Blog's <h4 class="post-date"> sits
    # above the headline, so the lines after the title do not see it)
    for element in _date_classed(page)[:3]:
        value = parse_date(element_text(element), day_first)
        if value:
            return _posted_at(texts, value, day_first) if "T" not in value else value
    # the first labelled line's date ("发布时间：..."), else the first date in any line
    first = None
    label = ""
    for text in byline_texts:
        if _MEMBER_DATE.search(text) or _MEMBER_DATE.fullmatch(label):
            label = text
            continue  # a poster's card: "注册时间 2009-6-21", "Join Date: Mar 2008"
        label = text
        value = parse_date(text, day_first)
        if value:
            if _DATE_LABEL.search(text) and _has_full_date(text, day_first):
                return value
            first = first or value
    if first is None and title_element is not None:
        # a blog's date header just above the post's title ("2009/03/12 (木)" over the entry)
        first = _date_above(title_element, day_first)
    if first is not None and "T" not in first:
        return _posted_at(texts, first, day_first)
    return first or _date_line(texts) or _publication_month(texts)


_MEMBER_DATE = re.compile(
    r"(?:注册时间|注册日期|最后登录|上次登录|join(?:ed)?\s+date|\bjoined\b|\bregistered\b"
    r"|last\s+(?:login|visit))\s*[:：]?",
    re.IGNORECASE,
)


def _date_above(title_element: Element, day_first: bool) -> str | None:
    """The date of the short line just before the title (or before the box holding it), when
    that line is nothing but a date."""
    node: Element | None = title_element
    for _ in range(2):
        if node is None:
            return None
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            text = element_text(before)
            if 0 < len(text) <= _DATE_HEADER_SIZE and _DATE_ONLY.fullmatch(text):
                return parse_date(text, day_first)
            return None
        node = node.getparent()
    return None


_DATE_HEADER_SIZE = 40
# a date and at most its weekday: "2009/03/12 (木)", "Tuesday, March 16, 2010"
_DATE_ONLY = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2})"
    r"\s*(?:[(（][^()（）]{1,6}[)）]|星期.|[月火水木金土日]曜日?)?\s*"
)


def _posted_at(texts: PageTexts, day: str, day_first: bool) -> str:
    """`day` with its time from a "posted" line elsewhere on the page (an old theme's "This entry
    was posted on Wednesday, March 3rd, 2010 at 6:45 am", a blog's "Posted at 09:14 PM in
    Caregiving" under a post whose date header shows the day only); else `day`."""
    for node in texts.containing(_POSTED_ON, 300)[:5]:
        value = parse_date(node, day_first)
        if value is not None and value.startswith(day + "T"):
            return value
        clock = _POSTED_CLOCK.search(node) if value is None else None
        if clock is not None:
            hour, minute = int(clock["H"]), int(clock["M"])
            if clock["ampm"]:  # "09:14 PM"
                if not 1 <= hour <= 12:
                    continue
                hour = hour % 12 + (12 if clock["ampm"].lower() == "p" else 0)
            if minute < 60:
                return f"{day}T{hour:02d}:{minute:02d}:00"
    return day


_POSTED_ON = ("posted", "published")
# "Posted at 09:14 PM in Caregiving", "posted by ゆきんこ at 22:41"
_POSTED_CLOCK = re.compile(
    r"\bposted\s+(?:by\s+\S+\s+)?(?:at|@)\s+(?P<H>[01]?\d|2[0-3]):(?P<M>\d{2})(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?m\b)?",
    re.IGNORECASE,
)


def _publication_month(texts: PageTexts) -> str | None:
    """The month a leaflet or a fact sheet gives as its publication date, in a labelled field
    ("Published June 2023", "Publication date: 12/2025"): "2023-06", as precise as printed."""
    for match in texts.matches(_PUBLICATION_MONTH, _MAX_DATE_LINE):
        month = _MONTH_NUMBER[match["mon"][:3].lower()] if match["mon"] else int(match["m"])
        if 1 <= month <= 12:
            return f"{match['y']}-{month:02d}"
    return None


_PUBLICATION_MONTH = re.compile(
    r"(?:^|\x00)\s*(?:published|publication\s+date|date\s+(?:of\s+)?publication|first\s+published)"
    r"\s*[:：]?\s*(?:\x00\s*)?(?:(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
    r"\.?\s+|(?P<m>\d{1,2})\s*/\s*)(?P<y>(?:19|20)\d\d)\s*(?:\x00|$)",
    re.IGNORECASE,
)

_LOCAL_TIME = len("2026-03-04T10:15:00")  # a date and time with no offset
_HIGHWIRE_DATES = ("citation_online_date", "citation_publication_date", "citation_date")


def _date_classed(page: PageIndex) -> list[Element]:
    """The elements inside the body classed as a post's date, in page order."""
    if page.classes is None:
        return []
    return [
        element
        for element in page.classes.holding(("date",))
        if element is not page.body and not _DATE_CLASSES.isdisjoint(element.get("class").split())
    ]


def _has_full_date(text: str, day_first: bool) -> bool:
    """Whether `text` prints a whole date (day, month, year) in any of the forms read here."""
    return bool(
        _DATE.search(text)
        or _WORDS_DATE.search(text)
        or _WORDS_DATE_ABROAD.search(text)
        or _YEAR_FIRST_DATE.search(text)
        or _DAY_FIRST_DATE.search(text)
        or (day_first and _SLASHED_DAY_FIRST.search(text))
    )


def _shown_time(page: PageIndex, texts: PageTexts) -> str | None:
    """The date of the first <time datetime> or datePublished element of the body."""
    # the union in page order only where an attribute names datePublished (JSON-LD's key
    # does not count)
    itemprop = texts.markup_has_value("datePublished")
    shown = _TIME(page.root) if itemprop else page.times
    if not shown and texts.markup_has("data-date-time=", "data-datetime="):
        # a printed date carrying its machine-readable moment in a data attribute (<span
        # data-date-time="2025-06-03 10:45:41">2025.06.03. 오전 10:45</span>)
        shown = _DATA_TIME(page.root)
    elements = [
        element for element in shown if not _is_update_time(element) and not _in_comments(element)
    ]
    if not elements:
        # a theme that prints the post's one date as "entry-date updated": with no other time
        # on the page, that is the post's date
        elements = [
            element
            for element in shown
            if "entry-date" in (element.get("class") or "") and not _in_comments(element)
        ][:1]
    for element in elements:  # a machine-readable date first (a <span itemprop> may hold one)
        # (or an <abbr title>: the microformats' way, Blogger's <abbr class="published">)
        machine = (
            element.get("datetime")
            or element.get("content")
            or element.get("data-date-time")
            or element.get("data-datetime")
        )
        if machine is None and element.tag == "abbr":
            machine = element.get("title")
        value = parse_date(machine)
        if value:
            if "T" not in value and element.tag != "meta":
                # a day only in the attribute, the time printed ("2026-03-05 21:14:33")
                printed = parse_date(element_text(element))
                if printed is not None and printed.startswith(value + "T"):
                    return printed
            return value
    for element in elements:
        value = parse_date(element_text(element)) if element.tag != "meta" else None
        if value:
            return value
    return None


def _in_comments(element: Element) -> bool:
    """A <time> inside a comment thread: a reader's comment's time, not the article's. (The
    wrappers of the whole page are not asked: a <body class="comment_feature"> says nothing.)"""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html", "main", "article"):
            return False
        if "comment" in f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower():
            return True
    return False


def _is_update_time(element: Element) -> bool:
    """A <time> that shows when the page was last changed, not published: marked so
    (itemprop dateModified, class "updated", a change history's "change-date"), or labelled
    so ("Last updated: <time>"); or when it is next due for review ("Next review due:
    <time>")."""
    marks = f"{element.get('itemprop', '')} {element.get('class', '')}".lower()
    if "change-date" in marks:
        return True
    if "modified" in marks or "updated" in marks:
        return "published" not in marks  # WordPress marks the first one "published updated"
    previous = element.getprevious()
    parent = element.getparent()
    if previous is not None:
        # the label's own element right before it: <span>Last Updated: </span><time>
        before = previous.tail if (previous.tail or "").strip() else element_text(previous)
    else:
        before = (parent.text or "") if parent is not None else ""
    if not before.strip() and previous is None and parent is not None:
        # a definition list's row: <dt>Senast uppdaterad:</dt><dd><time>…</time></dd>
        label = parent.getprevious()
        if label is not None and parent.tag == "dd" and label.tag == "dt":
            before = element_text(label)
    return _UPDATE_LABEL.search(before[-40:]) is not None


# "last updated" and its kin, in English, Chinese, Japanese ("更新日："), Korean, German, French,
# Spanish, Portuguese, Italian, Dutch, Swedish and Polish
_UPDATE_LABEL = re.compile(
    r"(?:updated|modified|reviewed|revised|review\s+due|due\s+for\s+review|expires"
    r"|(?:最终|最終)?(?:更新|修改|修订)(?:日時?|日期|时间|時間)?|수정일?|업데이트"
    r"|aktualisiert|mis\s+à\s+jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt"
    r"|(?:laatst\s+)?aangepast|(?:[úu]ltima\s+)?(?:atualiza[çc][ãa]o|actualizaci[óo]n)"
    r"|(?:ultimo\s+)?aggiornamento"
    r"|uppdaterad|zaktualizowan[oy])"
    # "on" and its kin abroad: "aktualisiert am", "mis à jour le", "actualizado el"
    r"(?:\s*(?:on|at|by|am|le|el|em|il|op))?\s*[:：]?\s*$",
    re.IGNORECASE,
)


def _same_moment(one: str, other: str) -> bool:
    """Whether two ISO dates with times name the same instant."""
    if "T" not in one or "T" not in other:
        return False
    try:
        first, second = datetime.fromisoformat(one), datetime.fromisoformat(other)
    except ValueError:
        return False
    if (first.tzinfo is None) != (second.tzinfo is None):
        return False
    return first == second


def _date_line(texts: PageTexts) -> str | None:
    """The date of the first short line showing a date and a time ("2022-02-13 09:57 光明网"):
    an article's date line where no title or label leads to it. A date without a time may be a
    list's, so it is not enough."""
    for match in texts.matches(_DATE_LINE):
        joined = match.string
        start = joined.rfind("\x00", 0, match.start()) + 1
        end = joined.find("\x00", match.end())
        if len(joined[start : end if end >= 0 else len(joined)].strip()) <= _MAX_DATE_LINE:
            return parse_date(match.group())
    return None


def _json_ld_authors(scripts: list[str]) -> list[str]:
    """The names of the Persons given as the first article's authors in JSON-LD."""
    for raw in scripts:
        if '"author"' not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                names = _author_names(node.get("author"))
                if names:
                    return names
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return []


def _json_ld_organizations(scripts: list[str]) -> tuple[set[str], set[str]]:
    """The names (case folded) of the organisations JSON-LD gives as an article's author (a
    press office credited in the byline: no writer) and as its publisher."""
    authors: set[str] = set()
    publishers: set[str] = set()
    for raw in scripts:
        if "Organization" not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                for key, names in (("author", authors), ("publisher", publishers)):
                    party = node.get(key)
                    for one in party if isinstance(party, list) else [party]:
                        if (
                            isinstance(one, dict)
                            and isinstance(one.get("name"), str)
                            and _is_organization(one.get("@type"))
                        ):
                            names.add(collapse(html.unescape(one["name"])).casefold())
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return authors, publishers


def _author_names(author: object) -> list[str]:
    # (a plugin's names come with their HTML entities: "Harper &amp; Lowe")
    if isinstance(author, str):
        return [collapse(html.unescape(author))] if author.strip() else []
    people = author if isinstance(author, list) else [author]
    names = [
        collapse(html.unescape(person["name"]))
        for person in people
        if isinstance(person, dict)
        and isinstance(person.get("name"), str)
        and not _is_organization(person.get("@type"))  # an agency or a paper signs no byline
    ]
    return [name for name in names if name and not _names_no_one(name)]


def _is_organization(kind: object) -> bool:
    """Whether a JSON-LD @type names an organisation (Organization, NewsMediaOrganization…)."""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith("Organization") for k in kinds)


def _json_ld_date(scripts: list[str]) -> str | None:
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                # (Baidu's "cambrian" JSON-LD calls it pubDate)
                value = item.get("datePublished") or item.get("pubDate")
                if isinstance(value, str) and parse_date(value):
                    return parse_date(value)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _byline_texts(texts: PageTexts, title_element: Element | None) -> list[str]:
    """The short lines printed after the title (where bylines and dates are), nearest first;
    without a title element, short lines that mention a date or an author anywhere."""
    if title_element is None:
        nodes = texts.containing(_BYLINE_WORDS, 300)[:60]
    else:
        nodes = texts.after(title_element, 40)
    lines: list[str] = []
    seen: set[Element] = set()
    for node in nodes:
        if len(node) > 300:
            continue
        holder = node.getparent()
        if holder is None:
            continue
        if node.is_tail:
            holder = holder.getparent()
        top: Element | None = None  # the outermost inline element holding the node
        while holder is not None and holder.tag in _INLINE:
            top, holder = holder, holder.getparent()
        if holder is None or holder in seen or (top is not None and top in seen):
            continue
        line = element_text(holder)
        if len(line) > 300 and top is not None and _own_line(top):
            # an old page's header lines in one table cell, <br> after each: the line is the
            # inline element between two breaks ("<font><b>By …</b></font><br>")
            seen.add(top)
            line = element_text(top)
        else:
            seen.add(holder)
        if line and len(line) <= 300:
            lines.append(line)
        if len(lines) >= 12:
            break
    return lines


def _own_line(element: Element) -> bool:
    """Whether an inline element stands on a line of its own: a <br>, a block or its block's
    edge before and after it, with no text of its block beside it."""
    before = element.getprevious()
    if before is None:
        parent = element.getparent()
        if parent is not None and (parent.text or "").strip():
            return False
    elif _runs_inline(before) or (before.tail or "").strip():
        return False
    after = element.getnext()
    return not (element.tail or "").strip() and (after is None or not _runs_inline(after))


def _runs_inline(element: Element) -> bool:
    """An element that sits within a line (not a <br> or a block ending it)."""
    return element.tag in _INLINE or element.tag == "img"


_INLINE = frozenset(
    [
        "a",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "font",
        "span",
        "small",
        "label",
        "time",
        "sup",
        "sub",
        "cite",
        "abbr",
    ]
)


def _names_no_one(name: str) -> bool:
    """Whether an author's name names no person: anonymous, the site's admin, or a desk's
    credit ("Staff Report", "Clinic Staff", "Editorial Team")."""
    return (
        name.lower() in _NO_AUTHOR
        or _DESK_CREDIT.search(name) is not None
        or _ZH_UNIT.fullmatch(name) is not None
    )


# the desk signing for its site: "<Site> Staff", "<Site> Editorial Team", "The Editors", a
# news service's "United Heart News", "<Paper> Newsroom", "<Site> News Desk"
_DESK_CREDIT = re.compile(
    r"(?:^|\s)(?:staff|editorial\s+(?:team|staff|board|contributors)|(?:the\s+|our\s+)?editors"
    r"|news(?:room|\s+(?:desk|staff|team|service))?|news\s+desk)$",
    re.IGNORECASE,
)
# a Chinese department or office signing for a hospital's or a bureau's page ("神经内科",
# "宣传科", "党委办公室", "健康教育中心"), or a company's ("市场部"): a unit, not a person (a
# personal name of three characters may end in 科 or 部, so a bare one-character unit needs
# four, but for a company's departments)
_ZH_UNIT = re.compile(
    r"[\u4e00-\u9fff]{0,13}(?:内科|外科|儿科|宣传[科部处]|办公室|中心|委员会|编辑部|卫生院|医院|科室)"
    r"|[\u4e00-\u9fff]{3,14}[科部处室局站所]"
    # a company's department, as its news pages sign them ("发布者：市场部")
    r"|(?:市场|销售|技术|客服|综合|行政|人事|企划|新闻|品牌|网络|运营|公关|宣传|编辑)部"
)
_NO_AUTHOR = frozenset(
    [
        *("佚名", "匿名", "匿名用户", "未知", "不详", "admin", "管理员", "网络", "本站"),
        *("anonymous", "unknown"),
        # the newsroom signing in Spanish, Portuguese, French, German and Italian
        *("redacción", "la redacción", "redação", "rédaction", "la rédaction", "redaktion"),
        "redazione",
        # a newsroom's desk credit names no person ("By Staff Report")
        *("staff", "staff report", "staff reports", "staff writer", "staff reporter"),
        *("editorial staff", "news staff"),
    ]
)


def _site_names(page: PageIndex, title: str | None) -> set[str]:
    """What the page calls its site: og:site_name, and the parts of its <title> beside the
    headline ("…_医卫动态_柳川新闻网")."""
    names = {collapse(name).casefold() for name in page.site_names}
    head = element_text(page.head_title) if page.head_title is not None else ""
    if head and title and title in head:
        # (with the headline taken out, a bare hyphen parts the rest too: "-本地新闻-澄岭新闻网")
        names.update(
            part.casefold()
            for part in (collapse(piece) for piece in _SITE_PARTS.split(head.replace(title, "")))
            if part
        )
    return names


_SITE_PARTS = re.compile(r"\s*(?:[_|｜–—-])\s*")


def _author(
    metas: dict[str, str],
    byline_texts: list[str],
    json_ld: list[str],
    site_names: Collection[str] = (),
    organizations: Collection[str] = (),
) -> str | None:
    """meta author, else the name after 作者 / "Author:" / "By" (or before 기자) in the lines
    after the title.

    The source (来源 / "Source:") is a publisher, not an author, and "佚名" (anonymous) is no
    name: both give None, as does a meta author that is the site's own name. `organizations`
    are the names JSON-LD gives its organisations, author or publisher (case folded).
    """
    software = _software(metas)
    declared = _json_ld_authors(json_ld)
    if not declared:
        # the paper's company in the meta author tag ("暁新聞社") gives way only to the writers
        # JSON-LD names (a one-man site publishing as its owner keeps his name)
        organizations = ()
    for key in ("author", "article:author", "dc.creator", "byl"):
        # (a newspaper's "byl" tag writes the byline whole: "By A and B")
        value = _BY_PREFIX.sub("", collapse(metas.get(key)))
        if (
            value
            and not value.startswith("http")
            and any(ch.isalpha() for ch in value)  # not a user's number ("100827")
            and not _names_no_one(value)
            and value.casefold() not in site_names  # the site naming itself, not a writer
            and not _opens_site_name(value, site_names, byline_texts)
            and value.casefold() not in organizations  # the paper's company ("暁新聞社")
            # the software's credit ("Discuz! Team and Comsenz UI Team" under "Discuz! X3.4")
            and not (software and software in value.casefold())
            # the office the date line names as the source (来源：疾控处), not a writer
            and value not in _printed_sources(byline_texts)
        ):
            # "Renata Okoro Ledger staff writer": the byline's name with the role run in
            shown = _byline_name(byline_texts)
            if (
                shown
                and value.startswith(shown + " ")
                and len(shown.split()) >= 2  # a whole name, not "By Jane" under "Jane Doe"
                and len(value[len(shown) :].split()) >= 2
                and not _MORE_NAMES.match(value[len(shown) :])  # "Ana Ruiz and Tom Hale"
            ):
                return shown
            # several writers listed "A, B" in the tag, "A and B" in the byline: as printed;
            # the site's name after the writer's ("Jana Brückner, DIE LUPE") is no writer
            names = [name for name in _NAME_LIST.split(value) if name.casefold() not in site_names]
            if len(names) == 1:
                return names[0]
            return (_names_as_printed(names, byline_texts) if len(names) > 1 else None) or value
    if declared:
        return _names_as_printed(declared, byline_texts) or declared[0]
    return _byline_name(byline_texts)


def _opens_site_name(value: str, site_names: Collection[str], byline_texts: list[str]) -> bool:
    """Whether the meta author is the site's name before its channel's ("华宇在线" of the
    <title>'s "华宇在线健康频道") while the byline names someone else: the site, not a writer.
    (Without another name printed, a one-man blog's owner keeps his tag.)"""
    folded = value.casefold()
    opens = any(
        name.startswith(folded)
        and len(name) > len(folded)
        and not (folded[-1].isalnum() and name[len(folded)].isalnum() and folded.isascii())
        for name in site_names
    )
    if not opens:
        return False
    shown = _byline_name(byline_texts)
    return shown is not None and shown.casefold() != folded


def _not_an_organization(author: str | None, organizations: Collection[str]) -> str | None:
    """`author`, unless it is one of `organizations`, those JSON-LD gives as the article's author
    ("by Calder Ridge University" over a press office's release): a source, no writer."""
    if author is None or author.casefold() not in organizations:
        return author
    return None


def _not_the_editor(author: str | None, texts: PageTexts) -> str | None:
    """`author`, unless the page prints that name only as the editor's ("编辑：许诺 责任编辑：…"
    under the text, where the meta author tag named the web editor): then the reporter the
    closing credit names ("（总台记者 郑雅琳）"), or no one."""
    if author is None or not any(
        _EDITOR_CREDIT.search(text) and author in text for text in texts.containing(["编辑"], 120)
    ):
        return author
    if any(author in text for text in texts.containing(["作者"], 120)):
        return author  # also the byline's 作者
    for text in texts.containing(["记者"], 40):
        credit = _CLOSING_REPORTER.fullmatch(text.strip())
        if credit is not None:
            return credit.group("name")
    return None


# "编辑：许诺", "责任编辑:刘一鸣", "责编：…", as printed under a Chinese story
_EDITOR_CREDIT = re.compile(r"(?:责任编辑|编辑|责编)\s*[:：]")
# a story's closing credit of its reporter: "（总台记者 郑雅琳）", "(本报记者 王明)"
_CLOSING_REPORTER = re.compile(
    r"[（(]\s*[\u4e00-\u9fff]{0,6}记者\s*(?P<name>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)\s*[）)]"
)


def _printed_sources(byline_texts: list[str]) -> set[str]:
    """The names the lines after the title give as the source ("来源：疾控处")."""
    return {
        match.group(1)
        for text in byline_texts
        if "来源" in text or "出处" in text
        for match in _SOURCE_NAME.finditer(text)
    }


_SOURCE_NAME = re.compile(r"(?:来源|出处)\s*[:：]\s*([^\s|/:：，,【】]{1,30})")


def _software(metas: dict[str, str]) -> str | None:
    """The product the generator meta names ("discuz" for "Discuz! X3.4"), cased for
    comparing; None without one, or for a name too short to tell."""
    words = _NOT_WORD_AT_ENDS.sub("", (metas.get("generator") or "").split(" ", 1)[0])
    return words.casefold() if len(words) >= 4 else None


_NOT_WORD_AT_ENDS = re.compile(r"^\W+|\W+$")


def _names_as_printed(names: list[str], byline_texts: list[str]) -> str | None:
    """The byline's run from the first of several authors' names to the last, as printed ("Ana
    Ruiz, Li Wei and Tom Hale"), or the names alone where it prints more between them; None
    for one author or a byline not naming them all."""
    if len(names) < 2:
        return None
    for text in byline_texts:
        if all(name in text for name in names):
            start = min(text.index(name) for name in names)
            end = max(text.index(name) + len(name) for name in names)
            credentials = _LAST_CREDENTIALS.match(text, end)  # "…; Ernest Ward, DVM"
            if credentials is not None:
                end = credentials.end()
            run = text[start:end]
            between = run
            for name in names:
                between = between.replace(name, " ")
            # each writer's degrees, as printed ("Jane Doe, DVM; Ernest Ward, DVM"), stay
            if _BETWEEN_NAMES.sub("", _CREDENTIAL.sub(" ", between)):
                # the byline runs each writer's role or affiliation in ("A, Food Safety
                # Specialist; B", "A, 1 B, 2"): the names alone
                return ", ".join(names)
            return _SPACE_BEFORE_COMMA.sub(r"\1", run)
    return None


# a writer's degree or licence after the name: "MD", "DVM", "RDN", "PhD", "M.D.", "MSc"
_CREDENTIAL_TOKEN = r"(?:[A-Z][A-Za-z]{0,4}[A-Z]|[A-Z]\.(?:[A-Z]\.)+|MSc|BSc|MPH|MBBS)"
_CREDENTIAL = re.compile(rf"\b{_CREDENTIAL_TOKEN}(?![\w.])")
_LAST_CREDENTIALS = re.compile(rf"(?:\s*,\s*{_CREDENTIAL_TOKEN}(?![\w.]))+")
_NAME_LIST = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
_BETWEEN_NAMES = re.compile(r"\band\b|[\s,;；，、和&]+")
_MORE_NAMES = re.compile(r"^\s*(?:,|&|and\b|和|、)")
_SPACE_BEFORE_COMMA = re.compile(r"\s+([,，、;；])")  # "Ana Ruiz , Li Wei": links joined by spaces


def _byline_name(byline_texts: list[str]) -> str | None:
    """The name after 作者 / "Author:" / "By" (or before 기자) in the lines after the title."""
    for text in byline_texts:
        lowered = text.lower()
        # plain substring tests first: each regex is a slow scan of the whole line
        by = _BYLINE.search(text) if "by" in lowered else None
        if by is not None and _SENTENCE_BEFORE.search(text, 0, by.start()):
            by = None  # "… the medical condition. For the album by The Salt Flats, see …"
        match = (
            _AUTHOR.search(text) if any(word in lowered for word in _AUTHOR_WORDS) else None
        ) or by
        if match is None and "기자" in text:
            match = _KO_REPORTER.search(text)
        if match is None and "记者" in text:
            match = _ZH_REPORTER.search(text)
        if match:
            name = match.group("name").strip("：:,， ")
            if _DESK_AFTER_NAME.match(text, match.end("name")):
                return None  # "created by FamilyCareFacts editorial staff": a desk's credit
            return None if not name or _names_no_one(name) else name
    return None


_DESK_AFTER_NAME = re.compile(r"\s+(?:editorial\s+)?(?:staff|team|editors|desk)\b", re.IGNORECASE)


def _byline_abroad(byline_texts: list[str]) -> str | None:
    """The name after "Por", "Par" or "Von" opening a line after the title (asked last: the
    line may run on into the writer's role, "Por Lucía Sarabia Méndez Redacción")."""
    for text in byline_texts:
        match = _BYLINE_ABROAD.match(text) if text[:1] in "PV" else None
        if match:
            return match.group("name")
    return None


def _profile_link_author(texts: PageTexts, title_element: Element | None) -> str | None:
    """The name on the first link to a member's page (/u/…, /people/…, /@name) just under the
    headline: a writing platform's byline, whose classes are hashed and whose row has no label."""
    if title_element is None:
        return None
    for node in texts.after(title_element, _PROFILE_LOOK):
        anchor = node.getparent()
        if node.is_tail or anchor is None or anchor.tag != "a":
            continue
        name = collapse(str(node))
        try:
            path = urlsplit(anchor.get("href") or "").path
        except ValueError:  # an href whose host is no host ("http://[")
            continue
        if (
            _PROFILE_PATH.search(path)
            and 2 <= len(name) <= _AUTHOR_SIZE
            and not any(ch.isdigit() for ch in name)
        ):
            # (an account may be an institution's: a hospital's 滨江市人民医院 is the writer)
            return None if _DESK_CREDIT.search(name) or name.lower() in _NO_AUTHOR else name
    return None


_PROFILE_LOOK = 6  # text nodes after the headline: the byline row comes first
_PROFILE_PATH = re.compile(
    r"^/(?:(?:u|user|users|people|profile|profiles|member|members)/[^/]+|@[^/]+)/?$"
    r"|/(?:author|authors)/[^/]+/?$",
    re.IGNORECASE,
)


def _classed_author(marked: list[Element]) -> str | None:
    """The name in the first of the `marked` elements (classed as the byline or the author: a
    theme's <span class="author vcard"><a>Name</a></span>, a doctor's byline card): its link's
    text, or its own when short. Comment threads, whose every entry has an author, are not
    asked."""
    classed = marked[:_AUTHOR_LOOK]
    for index, element in enumerate(classed):
        if _in_comments(element) or is_hidden_by_class(element):
            continue
        anchor = element if element.tag == "a" else element.find(".//a")
        # (a rel="author" link is read with the line around it: "Revisão clínica: <a>…</a>")
        line = element.getparent() if anchor is element else element
        if line is not None and _REVIEWER_LINE.match(element_text(line)):
            continue  # "Reviewed by Dr. …", "责任编辑：…": who checked the text, not who wrote it
        if _TAXONOMY_LINE.match(element_text(element)):
            continue  # a CMS's byline class on its category row ("Categoria: <a>…</a>")
        if "quote" in (element.get("class") or "").lower():
            continue  # a pull quote's credit ("cmp-quote__author"): who said it
        if (
            anchor is None
            and index + 1 < len(classed)
            and classed[index + 1].getparent() is element
        ):
            continue  # a byline box whose own "author-name" child holds the name, not the role
        name = collapse(element_text(anchor) if anchor is not None else element_text(element))
        name = _AUTHOR_LABEL.sub("", name).strip(" :：,，")
        if (
            2 <= len(name) <= _AUTHOR_SIZE
            and not any(ch.isdigit() for ch in name)
            and not _NOT_AN_AUTHOR.search(name)
            # a wrapper ("AuthorLayout_root" around an author's whole page) is no byline
            and (anchor is element or _TEXT_SIZE(element) <= _BYLINE_BOX_SIZE)
        ):
            return None if _names_no_one(name) else name
    return None


def _data_named_authors(page: PageIndex, texts: PageTexts) -> list[Element]:
    """The elements a site builder's or a test suite's attribute names as the author or the
    byline, where the classes are hashed: GoDaddy's data-aid="BLOG_POST_AUTHOR",
    data-testid="byline", data-qa="author-name" (a scan of the markup first: most pages have
    none, and the XPath walks every element)."""
    if page.body is None or not texts.markup_matches(_DATA_AUTHOR_VALUE):
        return []
    return _DATA_AUTHOR(page.body)


_DATA_AUTHOR_VALUE = re.compile(r"data-(?:aid|testid|qa)=[\"']?[^\"'>\s]{0,40}?(?i:author|byline)")
_DATA_AUTHOR = etree.XPath(
    "descendant::*[@data-aid or @data-testid or @data-qa][contains(translate(concat(@data-aid,"
    " ' ', @data-testid, ' ', @data-qa), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
    " 'abcdefghijklmnopqrstuvwxyz'), 'author') or contains(translate(concat(@data-aid, ' ',"
    " @data-testid, ' ', @data-qa), 'BYLINE', 'byline'), 'byline')]"
)


_REVIEWER_LINE = re.compile(
    r"^\s*(?:(?:medically|clinically|expert|fact[-\s]?checked\s+and)\s+)?reviewed\s+by\b"
    r"|^\s*fact[-\s]?checked\s+by\b|^\s*(?:责任编辑|责编|审核|校对|監修|监修)\s*[:：]"
    # in Portuguese, Spanish, French, German and Italian: "Revisão clínica: …", "Revisado y
    # aprobado por …", "Relu par …", "Medizinisch geprüft von …", "Revisionato da …"
    r"|^\s*(?:revisão(?:\s+(?:clínica|médica|técnica))?\s*[:：]|revisad[oa](?:\s+y\s+aprobad[oa])?"
    r"\s+por\b|(?:médicalement\s+)?(?:révisé|relu|validé)\s+par\b|(?:medizinisch\s+)?geprüft"
    r"\s+von\b|revisionat[oa]\s+da\b)",
    re.IGNORECASE,
)
# a row naming the post's category or tags: "Categoria:", "Filed under", "Tags:", 分类：
_TAXONOMY_LINE = re.compile(
    r"^\s*(?:categor(?:y|ies|ia|ie|ía|ias|ías)|tags?|filed\s+under|topics?|assuntos?|temas?"
    r"|分类|分類|标签|標籤|カテゴリー?|タグ)\s*[:：]",
    re.IGNORECASE,
)
_AUTHOR_LOOK = 8  # elements looked at: the byline sits near the top
_TEXT_SIZE = etree.XPath("string-length()")
_BYLINE_BOX_SIZE = 400  # characters: a byline card with a role and a date, not a page
_AUTHOR_SIZE = 40
_BY_PREFIX = re.compile(r"^by\s+", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(
    # (and in Spanish, Portuguese, French and German: "Escrito por", "Por", "Par", "Von"; the
    # label in those and in Russian: "Autor:", "Auteur :", "Автор:")
    r"^(?:(?:by|written\s+by|(?:escrito\s+)?por|par|von)(?!\w)\s*[:：]?\s*"
    r"|(?:author|autor|auteur|автор)\b\s*[:：]?\s*|作者[:：]?\s*|文[/／]\s*)",
    re.IGNORECASE,
)
# what an author-classed element holds when it is no name: a share link, a citation tool, a
# disclosure, the label alone
_NOT_AN_AUTHOR = re.compile(
    r"\b(?:cite|citation|disclosure|share|follow|linkedin|facebook|twitter|instagram|e-?mail"
    r"|author|profile|posts?|articles?|read\s+more|on\s+x)\b",
    re.IGNORECASE,
)


def _breadcrumbs(
    page: PageIndex,
    base_url: str | None,
    canonical: str | None,
    title: str | None,
    texts: PageTexts,
) -> tuple[str, ...]:
    """The trail from the home page down to the page's section.

    Rule: the labels of the element marked breadcrumb/crumb/position/location (or led by
    当前位置/您的位置), split at links and at the separators > » / › >>; a leading
    "当前位置：" is not a label. The last label is dropped when it is the page itself — not a
    link (or a link to this page) after linked ones, or the page's title — since a person
    calls the trail the way *to* the page.
    """
    holders = []
    for element in page.crumb_marked:  # a substring test chose them; the exact rule here
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _CRUMB_MARK.search(marks):
            holders.append(element)
    if texts.markup_matches(_ARIA_CRUMB_MARKUP):
        # a trail named only for screen readers: <nav aria-label="Breadcrumb"><ol>…
        holders.extend(_ARIA_CRUMBS(page.root))
    for text in texts.containing(_CRUMB_LABEL_WORDS, 200):
        holder = text.getparent()
        if holder is not None and text.is_tail:
            holder = holder.getparent()
        while holder is not None and holder.tag in _INLINE:
            holder = holder.getparent()
        if holder is not None:
            holders.append(holder)
    if not holders:
        holders = _unmarked_trails(texts, base_url)
    read: dict[Element, list[tuple[str, str | None]]] = {}  # each holder's items, read once

    def items_of(holder: Element) -> list[tuple[str, str | None]]:
        if holder not in read:
            read[holder] = _crumb_items(holder, base_url)
        return read[holder]

    for holder in holders:
        if holder is None or holder.tag in ("body", "html"):
            continue
        items = items_of(holder)
        if len(items) < 2 or len(items) > 12 or not any(linked for _, linked in items):
            continue
        if any(
            other is not None
            and other is not holder
            and holds(holder, other)
            and _leads(items_of(other), items)
            for other in holders
        ):
            # a box marked as the trail around the trail's own marked line and a row of other
            # links after it ("blkBreadcrumb" holding "blkBreadcrumbLink", then the section's
            # topics): the line
            continue
        if sum(len(label) for label, _ in items) > 300:
            continue
        # a bar set between the steps as an item of its own ("<li>|</li>", "▸"), or the page's
        # icon ("🏃"), is no step; a bar inside a step's name ("Walking shoes | Reviews") stays
        items = [(label, url) for label, url in items if any(ch.isalnum() for ch in label)]
        if not items:
            continue
        labels = [label for label, _ in items]
        last, last_url = items[-1]
        page_urls = {u for u in (base_url, canonical) if u}
        is_page = (last_url is None or last_url in page_urls) and any(
            linked for _, linked in items[:-1]
        )
        # the page's title as its last step, maybe cut short; a linked topic whose name opens
        # the title ("Bird Flu" over "Bird flu in dairy cows: …") is a section of its own
        names_page = (
            title is not None
            and _same(last, title)
            and (last_url is None or last_url in page_urls or len(last) * 2 >= len(title))
        )
        if is_page or names_page:
            labels.pop()
        if labels:
            return tuple(labels)
    return ()


def _leads(inner: list[tuple[str, str | None]], outer: list[tuple[str, str | None]]) -> bool:
    """Whether `inner` reads as a trail (two steps or more, one linked) that opens `outer` and
    leaves more after it."""
    return (
        2 <= len(inner) < len(outer)
        and any(linked for _, linked in inner)
        and outer[: len(inner)] == inner
    )


def _unmarked_trails(texts: PageTexts, base_url: str | None) -> list[Element]:
    """Trails no class or label names (hand-written pages, a forum's <div id="pt">): a line
    opening with a link to the home page, its links joined by ">", "»" or "›", printed
    between them or set in an element of their own (<em>&rsaquo;</em>), or by "/" where each
    link leads a folder deeper than the one before ("Home / China / Health": a footer's "Home
    / Privacy" does not)."""
    found: list[Element] = []
    for text in texts.containing(_TRAIL_SEPARATORS + _FOLDER_SEPARATORS, 6):
        parent = text.getparent()
        separator = text.strip()
        if parent is None or separator not in _TRAIL_SEPARATORS + _FOLDER_SEPARATORS:
            continue
        if not text.is_tail and parent.tag in _SEPARATOR_TAGS:
            previous = parent.getprevious()
            if _steps_in_spans(parent, previous):
                # each step in a span of its own, the separator before its link ("<span>&gt;
                # <a>Conditions</a></span>" after "<span><a>Forums</a></span>": vBulletin)
                line = parent.getparent()
                if line is None or line in found or not _opens_at_home(line, base_url):
                    continue
                found.append(line)
                continue
            if previous is None or previous.tag != "a":
                continue
            parent = previous
        elif not text.is_tail or parent.tag != "a":
            continue
        following = parent.getnext()
        if following is not None and following.tag in _SEPARATOR_TAGS:
            following = following.getnext()
        line = parent.getparent()
        if following is None or following.tag != "a" or line is None or line in found:
            continue
        if not _opens_at_home(line, base_url):
            continue
        if separator in _FOLDER_SEPARATORS and not _leads_down(line, base_url):
            continue
        found.append(line)
    return found


def _steps_in_spans(holder: Element, previous: Element | None) -> bool:
    """Whether `holder` (whose text is a separator) opens on a link, after a sibling of the
    same tag ending on one."""
    return (
        len(holder) > 0
        and holder[0].tag == "a"
        and not (holder[0].tail or "").strip()
        and previous is not None
        and previous.tag == holder.tag
        and len(previous) > 0
        and previous[-1].tag == "a"
    )


def _opens_at_home(line: Element, base_url: str | None) -> bool:
    """Whether the first link of `line` goes to the site's home page ("/", "/index.php"), or to
    the index of a folder the page is in (a board's "/forum/index.php")."""
    first = next(line.iter("a"), None)
    url = absolute_url(first.get("href"), base_url) if first is not None else None
    parts = urlsplit(url) if url is not None else None
    if parts is None or parts.query:
        return False
    if parts.path in ("", "/"):
        return True
    index = _FOLDER_INDEX.fullmatch(parts.path)
    here = urlsplit(base_url).path if base_url else ""
    return index is not None and here.startswith(index.group("folder"))


_FOLDER_INDEX = re.compile(
    r"(?P<folder>(?:/[^/]+)*/)(?:index\.(?:php|html?|asp|aspx|jsp)|default\.aspx?)", re.IGNORECASE
)


def _leads_down(line: Element, base_url: str | None) -> bool:
    """Whether the links of `line`, after the first (the home page), lead each a folder deeper
    than the one before: "/china/", then "/china/health/"."""
    paths = []
    for anchor in line.iter("a"):
        url = absolute_url(anchor.get("href"), base_url)
        paths.append(urlsplit(url).path.rstrip("/") if url else "")
    deeper = paths[1:]
    return len(deeper) >= _FOLDER_STEPS and all(
        shallow and deep.startswith(shallow + "/") for shallow, deep in pairwise(deeper)
    )


_TRAIL_SEPARATORS = (">", "»", "›", "‹")  # (phpBB points its "‹" back up the trail)
_FOLDER_SEPARATORS = ("/",)
_FOLDER_STEPS = 2  # below the home page: one folder only is any footer's "Home / About"
_SEPARATOR_TAGS = frozenset(("em", "span", "i", "b", "strong", "font"))


def _crumb_items(holder: Element, base_url: str | None) -> list[tuple[str, str | None]]:
    """(label, link URL or None) for each piece of the trail, in order; a second link to a
    step already listed (a phone layout's "Back to Health A to Z") is no new step, nor are
    links off the site after the last of the site's own."""
    items: list[tuple[str, str | None]] = []
    off_site: set[int] = set()  # the items linking off the site
    walker = etree.iterwalk(holder, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or tag in _NOT_CRUMBS or is_hidden_by_class(node):
                # (a trail's own heading, "Breadcrumb" or "You are here", is its name, not a step)
                walker.skip_subtree()
                continue
            if tag == "a":
                label = element_text(node)
                label = _CRUMB_LABEL.sub("", label)
                url = absolute_url(node.get("href"), base_url) or ""
                if (
                    label
                    and not _CRUMB_SEPARATOR.fullmatch(label)
                    and not (url and any(url == seen for _, seen in items))
                ):
                    if _off_site(node.get("href"), url, base_url):
                        off_site.add(len(items))
                    items.append((label, url))
                walker.skip_subtree()
                continue
            if (node.text and node is not holder) or node.text:
                _add_plain(items, node.text)
        elif node is not holder and node.tail:
            _add_plain(items, node.tail)
    if not off_site:
        return items
    # a trail's steps are the site's own pages (one may lead to a sister site's): "Edit on
    # GitHub", "Tweet this page" or a phone number after them, or a footer's "location" of an
    # address, a phone number and a map's link, are none
    last = max((i for i, (_, url) in enumerate(items) if url and i not in off_site), default=-1)
    return [item for i, item in enumerate(items) if i not in off_site or i < last]


def _off_site(href: str | None, url: str, base_url: str | None) -> bool:
    """Whether a link leads off the site: a phone number, an address to write to, another
    site's page."""
    if (href or "").strip().lower().startswith(("tel:", "mailto:", "sms:")):
        return True
    if not base_url or not url.startswith(("http://", "https://")):
        return False
    return site_of(url) != site_of(base_url)


# (and in Japanese, Chinese and Korean: "パンくずリスト", "面包屑导航", "브레드크럼")
_ARIA_CRUMB_MARKUP = re.compile(
    """aria-label=["'](?:[Bb]readcrumb|パンくず|面包屑|麵包屑|브레드크럼)"""
)
_ARIA_CRUMBS = etree.XPath(
    "//body//*[starts-with(@aria-label, 'Breadcrumb') or starts-with(@aria-label, 'breadcrumb')"
    " or starts-with(@aria-label, 'パンくず') or starts-with(@aria-label, '面包屑')"
    " or starts-with(@aria-label, '麵包屑') or starts-with(@aria-label, '브레드크럼')]"
)
_NOT_CRUMBS = frozenset(("script", "style", "h1", "h2", "h3", "h4", "h5", "h6"))


def _add_plain(items: list[tuple[str, str | None]], text: str) -> None:
    text = _CRUMB_LABEL.sub("", collapse(text))
    if "«" in text:
        # a step quoting a name in guillemets ("«الصحة» تطلق …", "L'«effet» …") closes the
        # quote with », no separator there
        text = _QUOTED.sub(lambda quoted: quoted.group(0)[:-1] + "\x00", text)
    for piece in _CRUMB_SEPARATOR.split(text):
        piece = piece.replace("\x00", "»").strip()
        if not items and piece.endswith((":", "：")):
            continue  # the trail's name before its first step, in any language ("Nacházíte se:")
        piece = piece.strip(" :：")
        if piece:
            items.append((piece, None))


_QUOTED = re.compile(r"«[^«»]*»")
_NOT_WORD = re.compile(r"[\s\W_]+")


def _same(a: str, b: str) -> bool:
    clean_a = _NOT_WORD.sub("", a).lower()
    clean_b = _NOT_WORD.sub("", b).lower()
    return bool(clean_a) and (clean_a == clean_b or (len(clean_a) > 6 and clean_a in clean_b))
