"""The links a page shows: prev/next article, the related-articles block, a listing's entries.

Labels are found first (上一篇, "<<:", 相关推荐, "Recommend"...), then the link or the list of
links they label, the way a reader's eye goes from the label to what follows it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import tldextract
from lxml import etree

from parsers.dom import (
    PageTexts,
    cites_a_source,
    class_words,
    collapse,
    element_text,
    holds,
    in_heading,
    inline_text,
    is_negative,
    page_position,
    weighted_length,
)
from parsers.page_index import PageIndex
from parsers.record import Link

Element: TypeAlias = etree._Element

# Words whose presence in the markup sends the XPath looking for labels in the text nodes.
_PREV_NEXT_WORDS = (
    "nakaraang",
    "susunod",
    "önceki",
    "sonraki",
    "আগের",
    "পরের",
    "articolul",
    "上一",
    "下一",
    "上篇",
    "下篇",
    "前一篇",
    "后一篇",
    "<<",
    ">>",
    "prev",
    "next",
    "older",
    "newer",
    # "previous/next article" in Russian, Spanish, Portuguese, French, German, Italian, Indonesian
    "предыдущ",
    "следующ",
    "anterior",
    "siguiente",
    "próxim",
    "précédent",
    "suivant",
    "vorherig",
    "nächst",
    "precedente",
    "successivo",
    "sebelumnya",
    "selanjutnya",
    "berikutnya",
    "seterusnya",
    "の記事",
    "이전",
    "다음",
)
_SECTION_WORDS = (
    "推荐",
    "相关",
    "延伸",
    "喜欢",
    "还看",
    "感兴趣",
    "还想问",
    "还在问",
    "関連",
    "あわせて",
    "おすすめ",
    "관련",
    "추천",
    "recommend",
    "related",
    "similar",
    "resources",
    "also",
    "more like",
    "more to",
    "further",
    "read next",
    "read this",
    "read more",
    "interested",
    "keep read",
    "go deeper",
    "more stor",
    "more read",
    "more art",
    "more post",
    "more on this",
    "more coverage",
    "more:",
    "t miss:",
    "main article",
    "read:",
    "review:",
    "to read",
    "series",
    "recipes",
    # the labels of _OTHER_TONGUES
    "lee ",
    "leé ",
    "leyendo",
    "прочетете",
    "свързани",
    "leia",
    "saiba",
    "mais sobre",
    "veja",
    "lire",
    "lesen",
    "leggi",
    "interesar",
    "más información",
    "relacionad",
    "gostar",
    "même sujet",
    "intéresser",
    "aimerez",
    "similaires",
    "liés",
    "mehr zum",
    "zum thema",
    "interessieren",
    "ähnliche",
    "verwandte",
    "correlati",
    "interessarti",
    "читайте",
    "рекоменду",  # рекомендуем, рекомендуємо
    "интересно",
    "понравиться",
    "цікаво",
    "сподобатися",
    "смотрите",
    "похожие",
    "по теме",
    "за темою",
    "baca",
    "terkait",
    "berkaitan",
    "اقرأ",
    "ذات صلة",
    "ilgili",
    "ilginizi",
    "ayrıca",
    "xem thêm",
    "liên quan",
    "czytaj",
    "zobacz",
    "polecane",
    "soma pia",
    "zinazohusiana",
    "lue myös",
    "katso myös",
    "liittyv",
    "polecamy",
    "poleca",
    "zainteresować",
    "เกี่ยวข้อง",
    "อ่านเพิ่มเติม",
    "വായിക്ക",
    "ബന്ധപ്പെട്ട",
    "citește",
    "citeşte",
    "vezi",
    "articole",
    "আরও",
    "সম্পর্কিত",
    "čtěte",
    "čítajte",
    "související",
    "súvisiace",
    "zajímat",
    "також",
    "схожі",
    "на тему",
    "basahin",
    "kapcsolódó",
    "ajánljuk",
    "kaugnay",
    "διαβάστε",
    "δείτε",
    "σχετικ",
    "ये भी",
    "यह भी",
    "lees",
    "مزید",
    "متعلقہ",
    "קראו",
    "כתבות",
    "بیشتر",
    "مرتبط",
    "gerelateerde",
    "onderwerpen",
    "läs",
    "relaterade",
    "संबंधित",
    "वाचा",
    "చదవండి",
    "సంబంధిత",
    "læs",
    "les også",
    "relater",
    "pročitajte",
    "procitajte",
    "povezan",
    "vezane",
    "srodn",
    "இதையும்",
    "தொடர்புடைய",
    "पनि पढ्नुहोस्",
    "सम्बन्धित",
)
_FOLLOWING_ANCHOR = etree.XPath("following::a[@href][1]")
_INNER_ANCHOR = etree.XPath("descendant::a[@href][1]")
_ARIA_LABELLED = etree.XPath("//body//*[@aria-label]")
_CUSTOM_LINKS = etree.XPath("descendant-or-self::*[@href][contains(local-name(), '-')]")

# "previous article" and "next article" in Russian, Spanish, Portuguese, French, German, Italian,
# Indonesian, Japanese and Korean (the bare word alone is a pager's button as often as an
# article's link)
_PREV_OTHER = (
    r"предыдущая\s+(?:статья|запись|новость)|(?:artículo|nota|entrada)\s+anterior"
    r"|(?:artigo|matéria|notícia)\s+anterior|article\s+précédent|vorherige[rs]?\s+(?:artikel|beitrag)"
    r"|articolo\s+precedente|artikel\s+sebelumnya|前の記事|(?:작가의\s*)?이전\s*(?:글|기사)"
    r"|articolul\s+anterior|আগের\s+(?:সংবাদ|খবর|পোস্ট|লেখা)"  # Romanian, Bengali
    r"|nakaraang\s+(?:balita|artikulo|post)"  # Tagalog
    r"|önceki\s+(?:haber|yazı|makale)"  # Turkish
)
_NEXT_OTHER = (
    r"следующая\s+(?:статья|запись|новость)|(?:artículo|nota|entrada)\s+siguiente"
    r"|próximo\s+artigo|próxima\s+(?:matéria|notícia)|article\s+suivant"
    r"|nächste[rs]?\s+(?:artikel|beitrag)|articolo\s+successivo|artikel\s+(?:selanjutnya|berikutnya)"
    r"|次の記事|(?:작가의\s*)?다음\s*(?:글|기사)|artikel\s+seterusnya"
    r"|articolul\s+următor|পরের\s+(?:সংবাদ|খবর|পোস্ট|লেখা)"  # Romanian, Bengali
    r"|susunod\s+na\s+(?:balita|artikulo|post)"  # Tagalog
    r"|sonraki\s+(?:haber|yazı|makale)"  # Turkish
)
_PREV_LABEL = re.compile(  # after a separator from the link before it ("Index | Next: …")
    r"^\s*(?:\|\s*)?(?:<<\s*[:：]|«\s*[:：]|(?:阅读)?上一篇(?:文章)?|上一条|上篇|前一篇|"
    r"(?:[«←‹＜]\s*)?prev(?:ious)?(?:\s+(?:post|article|entry|story|topic|thread|episode))?\s*[:：]?(?=\s|$|[:：«←])|"
    r"<\s*prev(?:ious)?\s*$|"  # an old CMS's "< Prev" alone in its link (Joomla's pagenav)
    rf"(?:[«←‹＜]\s*)?(?:{_PREV_OTHER})|"
    r"(?:[«←‹＜]\s*)?older\s+(?:post|article|entry)(?!s))\s*[:：>»＞]?\s*",
    re.IGNORECASE,
)
_NEXT_LABEL = re.compile(
    r"^\s*(?:\|\s*)?(?:>>\s*[:：]|»\s*[:：]|(?:阅读)?下一篇(?:文章)?|下一条|下篇|后一篇|"
    r"next(?:\s+(?:post|article|entry|story|topic|thread|episode))\s*[:：]?|next\s*[:：]|next\s*[→›»＞](?=\s|$)|next\s*>\s*$|"
    # a topic guide's label over its next page, alone in its element: "Next In Heartburn/GERD"
    r"next\s+in\s+[^.!?:：]{1,40}$|"
    rf"(?:{_NEXT_OTHER})|"
    r"newer\s+(?:post|article|entry)(?!s))\s*[:：>»→›＞]?\s*",
    re.IGNORECASE,
)
# a label element of its own inside a prev/next link
_BARE_LABEL = re.compile(
    r"^\s*(?:[«←‹＜]\s*)?(?:(?:prev(?:ious)?|next|older|newer)"
    r"(?:\s+(?:posts?|articles?|entry|entries|story|stories|episodes?|page))?"
    rf"|{_PREV_OTHER}|{_NEXT_OTHER})\s*[→›»＞]?\s*$",
    re.IGNORECASE,
)
_BARE_NEXT = re.compile(r"^\s*next\s*$", re.IGNORECASE)
# a label of its own inside a link that also prints the title: "« Prev Page", "Next Page »"
_PAGE_LABEL = re.compile(
    r"^\s*(?:[«←‹]\s*)?(?:(?P<prev>prev(?:ious)?)|next)\s+page\s*[→›»]?\s*$", re.IGNORECASE
)
# tooltips that name no article: "Go to next page", "Permalink"
_NOT_A_TITLE = re.compile(
    r"^(?:(?:go\s+to\s+)?(?:the\s+)?(?:next|prev(?:ious)?|first|last)(?:\s+(?:page|post|article))?"
    r"|permalink|permanent\s+link|read\s+more|link)\W*$",
    re.IGNORECASE,
)
_NOTHING = re.compile(r"^[\s:：]*(?:没有了|没有|无|暂无|none|no more|nothing)\b", re.IGNORECASE)
_ARROWS = re.compile(r"^[\s:：«»<>←→‹›⇐⇒|\-]+|[\s«»<>←→‹›⇐⇒|]+$")

# "Read also", "related news", "you may be interested" in other languages, each group named
# where it starts (Spanish, Portuguese, French, German, Italian, Russian, Indonesian first)
_OTHER_TONGUES = (
    r"le[eé]\s+(?:también|más)|(?:también\s+)?te\s+puede\s+interesar|más\s+información|"
    r"(?:seguir|sigue)\s+leyendo(?=\s*[:：])|"  # over the links closing a story ("Seguir leyendo:")
    r"(?:(?:noticias|artículos|notas|publicaciones|entradas|contenidos?|temas)\s+)?"
    r"relacionad[oa]s|"
    r"leia\s+(?:também|mais)|veja\s+também|mais\s+sobre\s+(?:este|esse)\s+assunto|"
    r"saiba\s+mais(?=\s*[:：])|"  # "Saiba mais: <a>…</a>" (a card's "Saiba mais" button is none)
    r"(?:posts|artigos|matérias|notícias|conteúdos)\s+relacionad[oa]s|"
    r"você\s+(?:também\s+)?pode\s+gostar|"
    r"(?:à\s+)?lire\s+aussi(?:\s+(?:l['’]|les?\s+|la\s+)[\w-]+)?|sur\s+le\s+même\s+sujet"
    r"|articles\s+(?:similaires|liés)|"
    r"(?:ces\s+articles|cet\s+article|ceci)\s+(?:pourrai(?:en)?t|devrai(?:en)?t)\s+"
    r"(?:aussi\s+|également\s+)?vous\s+intéresser|vous\s+aimerez\s+aussi|"
    r"lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|"
    r"weitere\s+(?:artikel|beiträge|informationen|infos|texte)\s+zum\s+thema|"
    r"das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren|(?:ähnliche|verwandte)\s+artikel|"
    r"leggi\s+anche|articoli\s+correlati|(?:ti\s+)?potrebbe\s+(?:anche\s+)?interessarti(?:\s+anche)?|"
    r"читайте\s+(?:также|ещё|еще)|смотрите\s+также|"
    r"похожие\s+(?:статьи|материалы|новости)|по\s+теме|baca\s+juga|(?:berita|artikel)\s+terkait"
    # "Новости по теме", and in Ukrainian "Новини за темою", "Статті за темою"
    r"|(?:новости|статьи|материалы|новини|статті|матеріали|публікації)\s+(?:по\s+теме|за\s+темою)"
    # Arabic, Turkish, Vietnamese, Polish and Hindi
    r"|اقرأ\s+(?:أيضا|أيضاً|ايضا)|(?:أخبار|مقالات|موضوعات)\s+ذات\s+صلة|ilgili\s+haber(?:ler)?"
    r"|(?:bunlar\s+da\s+)?ilginizi\s+çekebilir|ilgili\s+(?:içerik(?:ler)?|yazılar|makaleler)"
    r"|ayrıca\s+(?:okuyun(?:uz)?|bakınız)|xem\s+thêm|(?:tin|bài\s+viết)\s+liên\s+quan"
    r"|czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także)|polecane\s+artykuły"
    r"|polecamy|redakcja\s+poleca"  # "we recommend", as рекомендуем below
    r"|(?:artikel|berita)\s+berkaitan"  # Malay: "related articles"
    r"|(?:ये|यह)\s+भी\s+पढ़ें|संबंधित\s+(?:खबरें|ख़बरें|लेख|समाचार|बातम्या)"
    # Marathi: "read this too"; Telugu: "read these too", "related news"
    r"|(?:हे\s+पण|हेही)\s+वाचा|ఇవి\s+కూడా\s+చదవండి|సంబంధిత\s+వార్తలు"
    # Thai: "read the related news", "related news", "related articles", "read more"
    r"|(?:อ่าน)?(?:ข่าว|บทความ)ที่เกี่ยวข้อง|อ่านเพิ่มเติม"
    # Malayalam: "to read more", "read this too", "related news / articles"
    r"|കൂടുതൽ\s+വായിക്കാൻ|ഇതും\s+വായിക്കുക|ബന്ധപ്പെട്ട\s+(?:വാർത്തകൾ|ലേഖനങ്ങൾ)"
    # Dutch: "read also", "related articles"; Urdu: "read more", "related news"
    r"|lees\s+ook|gerelateerde\s+(?:artikelen|berichten)"
    r"|مزید\s+پڑھیں|متعلقہ\s+(?:خبریں|مضامین)"
    # Swedish: "read also", "read more" (a block's heading), "related articles"
    r"|läs\s+(?:också|även|mer)|relaterade\s+(?:artiklar|sidor)"
    # Hebrew: "read also", "more / related articles (that will interest you)"; Persian: "read
    # more", "related posts / news"
    r"|קראו\s+גם|כתבות\s+(?:נוספות|קשורות)(?:\s+שיעניינו\s+אותך)?"
    r"|بیشتر\s+بخوانید|(?:مطالب|اخبار|مقالات)\s+مرتبط"
    # Romanian: "read also", "see also", "similar / related articles"; Bengali: "read more",
    # "related news"
    r"|cite[șş]te\s+(?:[șş]i|mai\s+mult)|vezi\s+[șş]i|articole\s+(?:similare|asem[ăa]n[ăa]toare|recomandate)"
    r"|আরও\s+পড়ুন|সম্পর্কিত\s+(?:খবর|সংবাদ|লেখা)"
    # Czech and Slovak: "read also", "related articles", "you might be interested"; Ukrainian:
    # "read also", "similar news", "news on the topic"
    r"|(?:přečtěte\s+si\s+|čtěte\s+|čítajte\s+)(?:také|též|aj)|související\s+(?:články|zprávy)"
    r"|súvisiace\s+články|mohlo\s+by\s+vás\s+zajímat"
    r"|читайте\s+також|схожі\s+(?:новини|статті)|новини\s+на\s+тему"
    # Swahili: "read also", "related news / articles"
    r"|soma\s+pia|(?:(?:habari|makala)\s+)?zinazohusiana"  # ("Habari <b>zinazohusiana</b>")
    # Finnish: "read also", "see also", "related to the topic"
    r"|lue\s+myös|katso\s+myös|aiheeseen\s+liittyv(?:ää|iä|ät)"
    # Tagalog: "read also", "related news"
    r"|basahin\s+(?:din|rin)|(?:mga\s+)?kaugnay\s+na\s+(?:balita|artikulo)"
    # Hungarian: "related (articles)", "we recommend this too"
    r"|kapcsolódó(?:\s+(?:cikkek|cikk|hírek))?|ezt\s+is\s+ajánljuk"
    # Greek: "read also", "see also", "related articles / stories / news"
    r"|(?:διαβάστε|δείτε)\s+(?:επίσης|ακόμη|ακόμα)|σχετικά\s+(?:άρθρα|θέματα|νέα)|σχετικές\s+ειδήσεις"
    # "we recommend" in Russian and Ukrainian
    r"|рекомендуем|рекомендуємо"
    # Danish and Norwegian: "read also", "related articles / news"
    r"|læs\s+(?:også|mere)|les\s+også|relaterte?\s+(?:artikler|nyheter|saker)"
    r"|relaterede\s+(?:artikler|nyheder)"
    # Bulgarian: "read more", "read also", "related articles / news"
    r"|прочетете\s+(?:още|също)|свързани\s+(?:статии|новини|публикации)"
    # Serbian, Croatian and Bosnian (Latin): "read also", "related news / articles"
    r"|pro[čc]itajte\s+(?:jo[šs]|i|tako[đd]er)|(?:povezane|vezane|srodne)\s+(?:vesti|vijesti)"
    r"|(?:povezani|srodni)\s+(?:[čc]lanci|tekstovi)"
    # Tamil: "read this too", "related news / articles"; Nepali: "read this too", "related news"
    r"|இதையும்\s+(?:படிங்க|படியுங்கள்|படிக்க)|தொடர்புடைய\s+(?:செய்திகள்|கட்டுரைகள்)"
    r"|यो\s+पनि\s+पढ्नुहोस्|सम्बन्धित\s+(?:समाचार|खबर)"
)
_REC_HEADING = re.compile(
    r"^[【\[]?(?:recommend(?:ed|ations?)?(?:\s+(?:for\s+you|articles?|posts?|reading|stories))?|"
    r"recommended\s+from\s+[\w.'’-]+(?:\s+[\w.'’-]+)?|"
    r"相关推荐|推荐阅读|相关文章|延伸阅读|猜你喜欢|相关阅读|相关内容|相关资讯|相关链接|相关文章推荐|"
    r"相关新闻|相关报道|相关药品|相关药物|相关帖子|相关主题|相关话题|相关[\u4e00-\u9fff]{1,4}(?:文章(?:推荐)?|推荐)|往期推荐|往期回顾|往期精选|相关疾病|相关问答|相关问题|相关文件|相关政策|"
    r"为您推荐|为你推荐|精彩推荐|推荐文章|看了本文的人还看了|看过本文的人还看了|大家还在看|"
    r"你可能还喜欢|您可能还喜欢|你可能感兴趣|您可能感兴趣的文章|你可能也喜欢|你可能还想问|大家还在问|"
    # Japanese and Korean: related articles, news and links; "read these too"; recommended
    r"関連(?:記事|ニュース|リンク|情報)|あわせて読みたい(?:記事)?|おすすめ記事|"
    r"관련\s*(?:기사|뉴스|질환|콘텐츠)|함께\s*(?:보면\s*좋은|읽으면\s*좋은)\s*기사|추천\s*기사|"
    # a Korean writing platform's "other posts recommended for you"
    r"(?:당신에게\s*)?추천하는\s*(?:다른\s*)?글|" + _OTHER_TONGUES + r"|"
    # "Related topics" / "Related tags" list subjects, not articles; "Related Patient
    # Education", "Related conditions" (a health library's pages), "Similar Posts" list pages
    r"related(?:\s+(?:[a-z-]+\s+){0,2}(?:posts?|articles?|story|stories|reading|reads?|content|news|links|"
    r"guides?|education|information|pages?|conditions?|diseases?|symptoms?|treatments?|handouts?"
    r"|leaflets?|fact\s?sheets?|publications?"
    r"|coverage|reviews?))?"
    # an article directory's "Related Articles - cholesterol, diet, heart health"
    r"(?:\s+[-–]\s+[\w'’ -]{2,40}(?:,\s*[\w'’ -]{2,40}){1,8})?|"
    r"similar\s+(?:posts?|articles?|stories|reads?|guides?|threads|topics|discussions|questions)|"
    # "Helpful resources on our site"; plain "Additional resources" lists other sites' pages
    r"(?:helpful|useful|related|more|additional)\s+resources\s+(?:on|from)\s+(?:our|this)\s+site|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    # the same in Polish, Russian and Ukrainian ("you may be interested", "you may find
    # interesting", "you may like")
    r"(?:to\s+)?może\s+cię\s+(?:też\s+|także\s+)?zainteresować|"
    r"(?:вам\s+)?(?:также\s+|тоже\s+)?может\s+(?:быть\s+интересно|понравиться)|"
    r"(?:вам\s+)?(?:також\s+)?може\s+(?:бути\s+цікаво|сподобатися)|"
    r"you\s+(?:may|might)\s+be\s+interested\s+in|more\s+like\s+this|more\s+to\s+read|"
    # what the article's readers read next: "Others also viewed", "People also read"
    r"(?:others|people|readers)\s+also\s+(?:viewed|read|liked)|"
    r"further\s+reading|read\s+(?:also|next|more(?:\s+here)?)|read\s+this\s+next|also\s+read|see\s+also|"
    r"explore\s+further|"  # a science news site's one related story under the text
    # "MORE: <a>…</a>", "Read: <a>…</a>" between paragraphs (a newspaper's, a magazine's);
    # a wiki's "Main article: <a>…</a>" atop a section
    r"(?:more|read|main\s+articles?)(?=\s*[:：]\s*$)|"
    # a roundup's line to each product's own review ("Read our full review: <a>…</a>")
    r"read\s+(?:our|the)\s+(?:full\s+)?review(?=\s*[:：]\s*$)|"
    r"keep\s+reading|go\s+deeper|"  # (a news site's "Go deeper: <a>…</a>" closing a story)
    # a business paper's line over its picks closing the story ("Don't miss:"); a box headed
    # "Don't Miss" without the colon is the site's river
    r"don[’']?t\s+miss(?=\s*[:：]\s*$)|"
    r"more\s+(?:stories|articles|posts|reading|reads)(?:\s+(?:like\s+this|for\s+you"
    r"|(?:about|on)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}))?|"
    r"what\s+to\s+read\s+next|more\s+on\s+this(?:\s+(?:story|topic))?|"
    # "More coverage of this flu season from our newsroom"
    r"more\s+coverage(?:\s+(?:of|on|from)\s+[\w’'-]+(?:\s+[\w’'-]+){0,7})?|"
    # "More great bread recipes", "Learn more in our plumbing series", "More in this series"
    r"more\s+(?:[a-z-]+\s+){0,2}recipes(?:\s+(?:like\s+this|to\s+try))?|"
    r"(?:(?:learn|read)\s+)?more\s+(?:in|from)\s+(?:this|our|the)\s+(?:[a-z-]+\s+){0,2}series)"
    r"[】\]]?\s*[:：.…|｜]*$",
    re.IGNORECASE,
)
# labels naming what relates to this article, not what the site picks for the reader
_RELATED = re.compile(
    r"^[【\[]?(?:related|read\s+(?:this\s+)?next|read\s+(?:also|more)|also\s+read|see\s+also|"
    r"read\s+(?:our|the)\s+(?:full\s+)?review|"
    # "MORE: <a>…</a>", "Read: <a>…</a>" between paragraphs, beside a "RELATED:" line
    r"(?:more|read)\s*[:：]\s*$|main\s+articles?\s*[:：]|more\s+on\s+this\s+(?:story|topic)|"
    r"further\s+reading|explore\s+further|go\s+deeper|don[’']?t\s+miss\s*[:：]|相关|延伸阅读|関連|あわせて読みたい|관련|"
    + _OTHER_TONGUES
    + r")",
    re.IGNORECASE,
)
_CARD_BYLINE = re.compile(
    r"^(?:(?:medically\s+|fact[-\s]checked\s+|written\s+(?:and\s+)?)?(?:reviewed\s+)?by\s|作者[:：]"
    # a property's agent on a portal's card: "Listing by: Lakes Realty", "Courtesy of …"
    r"|list(?:ing|ed)\s+(?:by|courtesy\s+of)\b|courtesy\s+of\s)",
    re.IGNORECASE,
)
# two or more people's names, each two to four capitalised words, joined by commas, "&", "and"
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_NAMES_LINE = re.compile(rf"^{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})+(?:,?\s+et\s+al\.?)?$")
# a doctor's name, and the specialty after a comma, with no sentence: who speaks, not what
_DOCTOR_LINE = re.compile(rf"^(?:Dr|Prof|Professor)\.?\s+{_NAME}(?:,\s*[^.!?。]{{1,60}})?$")
_AD_LABEL = re.compile(
    r"^(?:广告|推广|赞助|ad|ads|sponsored|advertisement|promoted"
    # in Russian, Spanish, French, German, Italian, Turkish, Indonesian, Korean and Japanese
    r"|реклама|publicidad|publicité|anzeige|werbung|pubblicità|reklam|iklan|광고|pr)$",
    re.IGNORECASE,
)
_CARD_WITH_LABEL = 400  # weighted characters: a kicker, a headline and a teaser of two sentences
_TEASER_SIZE = 40  # weighted characters: "からだ新報", "Healthcare & Pharmaceuticals" are labels
_SENTENCE_CLOSE = (".", "!", "?", "。", "！", "？", "…", "।", "۔", "؟")
_READ_MORE = re.compile(r"^read\s+more\W*$", re.IGNORECASE)
_ACTION_BAR = re.compile(
    r"收藏|打印|分享|举报|关闭|纠错|点赞|顶|踩|复制|print|share|bookmark", re.I
)
_SECTION_END = re.compile(
    r"^(?:热门|最新|排行|热点|热文|评论|网友评论|发表评论|hot|popular|latest|recent|trending|"
    r"comments?|leave a (?:reply|comment))",
    re.IGNORECASE,
)
_MORE_TEXT = re.compile(
    r"^(?:更多|查看更多|more|更多>>|more\s*»|read more|阅读全文|详细|详情|全文|\.\.\.|>>|»|"
    # an app's prompt under a feed: "打开XX新闻 查看更多精彩"
    r"打开[^，,。\s]{1,10}[，,\s]*(?:查看|阅读|看)(?:更多)?[^，,。\s]{0,6}|"
    r"(?:view|see)\s+(?:all|more|reviews)(?:\s+\d+)?(?:\s+(?:posts|articles|stories|news))?"
    # "See all Care & Wellness articles", "All publications": the section's index
    r"|(?:(?:view|see|browse)\s+)?all\s+(?:[\w&'’-]+\s+){0,3}(?:posts|articles|stories|news"
    r"|publications|guides|resources))\W*$",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(  # a date alone, or after its label ("日期：2023-03-31")
    r"^[\s\[\(（【]*(?:(?:日期|时间|发布时间|发布日期|更新时间|date|posted|published(?:\s+on)?)"
    r"\s*[:：]?\s*)?(?:\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    # "12 Apr 2023", "April 12, 2023"
    r"|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
    r"[\s\]\)）】]*$",
    re.IGNORECASE,
)
_DOTTED_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?!\d)")
_COUNTER = re.compile(
    r"(?:阅读|浏览|点击|评论|人气|好评|差评|点赞|收藏|views?|comments?|hits?|likes?|votes?)\s*(?:[:：(（]|次数)?\s*\d+\s*[)）次]?"
    r"|\d+\s*(?:次(?:阅读|浏览)?|人(?:阅读|浏览)|views?|comments?|reads?)",
    re.IGNORECASE,
)
_NEXT_PAGE_TEXT = re.compile(
    r"^(?:下一页|下页|下一頁|后一页|next\s*page|next|older(?:\s+(?:posts|entries|articles|stories))?|"
    r"more\s+(?:posts|articles|entries)|load\s+more(?:\s+(?:posts|articles|stories|episodes|recipes"
    r"|results|news))?|next\s*[»›>]+|[»›>]|下一页\s*[»›>]+"
    # and abroad: Vietnamese, Spanish, Portuguese, French, German, Italian, Indonesian, Korean,
    # Japanese
    r"|trang\s+(?:sau|tiếp(?:\s+theo)?)|página\s+siguiente|siguiente|próxima(?:\s+página)?"
    r"|다음(?:\s*페이지)?|次へ|次のページ"
    r"|page\s+suivante|suivante?|nächste\s+seite|weiter|pagina\s+successiva|successiva"
    r"|halaman\s+berikutnya|berikutnya"
    r"|(?:الصفحة\s+)?التالي(?:ة)?)\s*[»›>‹«<]*$",  # Arabic: "next (page)"
    re.IGNORECASE,
)
# a bare "more" button, a next page only where its link asks for page 2 ("المزيد" to ?page=2)
_MORE_BUTTON = re.compile(
    # (naming what it loads: "Load More Videos", "Show more stories")
    r"^(?:(?:(?:load|show|see|view)\s+)?more(?:\s+[^\W\d_]+){0,2}|mehr|plus|más|mais|altro|المزيد|更多|加载更多|もっと見る"
    r"|더\s*보기|lebih\s+banyak)\s*[»›>]*$",
    re.IGNORECASE,
)
_PAGE_TWO = re.compile(r"[?&](?:page|p|pg|paged)=2(?!\d)|/page/2/?(?:$|[?#])")
_BLOCKISH = frozenset(
    [
        "p",
        "div",
        "center",
        "nav",
        "header",
        "footer",
        "aside",
        "blockquote",
        "li",
        "dd",
        "dt",
        "td",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "ul",
        "ol",
        "dl",
        "fieldset",
        "form",
    ]
)
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
        "sup",
        "sub",
        "cite",
        "big",
    ]
)
_FORMATTING = frozenset(
    ["b", "strong", "em", "i", "u", "font", "sup", "sub", "big", "small", "code"]
)
# what a heading's wrappers may show beside it: a "View all" link, a count, an icon's label
_WRAPPER_SLACK = 30
_MAX_TAB_CHARS = 12
_MAX_LABEL_LINE = 48  # characters: "Next In Heartburn/GERD", a label over its link
_MAX_PAGER_CHARS = 200
_NOT_SHOWN = frozenset(("script", "style", "noscript", "template", "ins", "iframe"))
_TOPIC_PATH = re.compile(r"/(?:tags?|category|categories|topics?|list)/", re.IGNORECASE)
_SEARCH_LINK = re.compile(
    r"//search\.|/search(?:[/.?]|$)|[?&](?:q|query|s|wd|kw|keywords?|_?searchkey)=", re.IGNORECASE
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LISTS = frozenset(("ul", "ol"))
_TITLE_CHILD = _HEADINGS | {"strong", "b"}


@dataclass(frozen=True, slots=True)
class PrevNext:
    """The previous and next article a page links to, and the elements that show them."""

    prev: Link | None
    next: Link | None
    elements: tuple[Element, ...]
    """The lines holding the labels and links (left out of the body)."""
    rel_next: str | None = None
    """The URL of a rel="next" link when no label named one (a listing's next page, maybe)."""


@dataclass(frozen=True, slots=True)
class Recommendations:
    """The page's related-articles block."""

    links: tuple[Link, ...]
    elements: tuple[Element, ...]
    """The heading and the elements holding the links (left out of the body)."""


def find_prev_next(page: PageIndex, base_url: str | None, texts: PageTexts) -> PrevNext:
    """The prev/next links: labelled ones ("<<:", 上一篇, "Previous post"), else rel=prev/next.

    "下一篇：没有了" (a label with no link, saying there is none) gives None.
    """
    found: dict[str, tuple[Link | None, Element | None]] = {}
    claimed: dict[Element, str] = {}
    elements: list[Element] = []
    for text in texts.containing(_PREV_NEXT_WORDS, 400):
        stripped = text.strip()
        read = texts.label(stripped)  # 上一頁 as 上一页: one character for one
        for side, label in (("prev", _PREV_LABEL), ("next", _NEXT_LABEL)):
            match = label.match(read)
            paged = _PAGE_LABEL.match(stripped) if match is None else None
            if paged is not None and (paged["prev"] is not None) == (side == "prev"):
                # "Next Page »" names the next article only inside its link, over its title
                parent = text.getparent()
                anchor = (
                    _enclosing_anchor(parent) if not text.is_tail and parent is not None else None
                )
                if anchor is not None and len(element_text(anchor)) > len(stripped) + 3:
                    match = paged
            if match is None and side == "next" and _BARE_NEXT.match(stripped):
                # "Next" alone is a label only inside the link it labels (a theme's pager card)
                parent = text.getparent()
                if (
                    not text.is_tail
                    and parent is not None
                    and _enclosing_anchor(parent) is not None
                ):
                    match = _BARE_NEXT.match(stripped)
            if match is None or side in found:
                continue
            rest = stripped[match.end() :]
            result = _labelled_link(text, rest, base_url)
            if result is None:
                continue
            link, anchor, line = result
            if anchor is not None and _in_numbered_pager(anchor):
                continue  # "« Previous 1 2 … 10 Next »" pages a list or comments, not articles
            if link is not None and link.url and base_url and _pages_this(link.url, base_url):
                continue  # "Next" to this topic's next page of replies (…&start=6)
            if (
                link is not None
                and link.url
                and base_url
                and site_of(link.url) != site_of(base_url)
            ):
                continue  # a web ring's "Previous | Next" to other members' sites
            if link is not None and link.title and link.title.startswith(stripped + " "):
                # the label in its own element inside the link: <a><div>Next</div><h2>…</h2></a>
                link = Link(title=link.title[len(stripped) :].strip(), url=link.url)
            if anchor is not None:
                other = claimed.get(anchor)
                if other is not None:
                    found[other] = (None, None)  # the nearer label owns the link
                claimed[anchor] = side
            found[side] = (link, anchor)
            if line is not None:
                elements.append(line)
    if not found:
        # an old blog template's "« older title | Main | newer title »", the arrows inside the
        # links and no word saying which is which
        around = _around_home(texts, base_url)
        if around is not None:
            found = {"prev": (around[0], None), "next": (around[1], None)}
            if around[2] is not None:
                elements.append(around[2])
    rel_prev, rel_next = _rel_links(page.rel_links, base_url)
    leftover_next = None
    if "next" not in found and rel_next is not None:
        leftover_next = rel_next.url  # a listing's next page, whatever it is for an article
    if base_url:
        # (a paged article's rel=prev/next lead to its own pages, not to other articles)
        if rel_prev is not None and rel_prev.url and _pages_this(rel_prev.url, base_url):
            rel_prev = None
        if rel_next is not None and rel_next.url and _pages_this(rel_next.url, base_url):
            rel_next = None
    prev = found["prev"][0] if "prev" in found else rel_prev
    nxt = found["next"][0] if "next" in found else None
    if (
        "next" not in found
        and rel_next is not None
        and (rel_next.title is not None or "prev" in found or rel_prev is not None)
    ):
        nxt = rel_next
    return PrevNext(prev=prev, next=nxt, elements=tuple(elements), rel_next=leftover_next)


def find_recommendations(base_url: str | None, texts: PageTexts) -> Recommendations:
    """The block headed "Recommend", 相关推荐, 推荐阅读, "Related posts"...: its links in page
    order, each with the teaser the block shows under it (None when it shows none)."""
    links: list[Link] = []
    elements: list[Element] = []
    first_label: str | None = None
    first_line = False  # whether the first block was a line's label over its own link
    first_heading: Element | None = None  # the first block's label
    first_block: tuple[list[Link], list[Element]] = ([], [])  # its links and elements
    for text in texts.containing(_SECTION_WORDS, 80):
        label = texts.label(collapse(text))
        topics = _TOPICS_HEADING.match(label) is not None
        if not topics and not _REC_HEADING.match(label):
            continue
        heading = text.getparent()
        if (
            heading is not None
            and not text.is_tail
            and heading.tag == "a"
            and (heading.get("href") or "").startswith("#")
        ):
            heading = heading.getparent()  # a tab's link in the block's heading (tagDiv's)
        if heading is None or (not text.is_tail and _in_action_bar(heading)):
            continue
        holder = heading.getparent() if heading.tag == "span" else None
        if holder is not None and holder.tag in _HEADINGS:
            heading = holder  # a wiki's <h2><span class="mw-headline">See also</span>…
        if _in_navbox(heading):
            continue  # a wiki's series box at the foot of every page in it ("Related" row)
        inline_read_more = heading.tag not in _HEADINGS and _READ_MORE.match(label) is not None
        if inline_read_more and not label.endswith(":") and not _labels_card(heading):
            continue  # a "Read more" link or button; only as a heading does it name a block
        # after a line's own link between paragraphs ("<p><b>Related:</b> <a>…</a></p>"), the
        # block under the text, headed otherwise ("You may also like"), is still read, unless
        # it is the site's river ("More stories") or a shop's products
        after_line = (
            first_line
            and heading.tag in _HEADINGS
            and not _MORE_LABEL.match(label)
            and _label_key(label) != first_label
        )
        # a block named as related to this article (相关文章) after the text, where the first
        # block found is one the site picks for the reader before the text (推荐文章 in a
        # table layout's left column), is the page's
        replaces = (
            first_heading is not None
            and not first_line
            and _RELATED.match(label) is not None
            and _RELATED.match(first_label or "") is None
            and not _TOPICS_HEADING.match(label)
            and _text_between(first_heading, heading, texts)
        )
        if (
            first_label is not None
            and _label_key(label) != first_label
            and not (_RELATED.match(first_label) and _RELATED.match(label))
            and not after_line
            and not replaces
        ):
            # another kind of block (a sidebar 猜你喜欢 beside the 相关阅读); a block named as
            # related to this article may follow another one ("Related:" mid-text, "Read this
            # next" after it)
            continue
        if any(_holds(element, heading) for element in elements):
            continue  # a heading inside a block already read
        # a blog card's label inside the card's one link (<a><div>あわせて読みたい</div>…</a>)
        holder = heading.getparent() if text.is_tail else heading  # after an icon's <span>
        enclosing = _enclosing_anchor(holder) if holder is not None else None
        if enclosing is not None and (enclosing.get("href") or "").startswith(("#", "javascript")):
            enclosing = None  # a tab's link over the block ("<h4><a href=#>Related</a></h4>")
        inner = (
            [enclosing]
            if enclosing is not None
            else [a for a in heading.iter("a") if a.get("href") and not _is_more_link(a)]
            # "Leia também:", or a bracketed label before its link ("【関連記事】<a>…</a>")
            if label.endswith((":", "：", "】")) and not text.is_tail
            else []
        )
        # "<strong>Leia também: <a>…</a></strong>": the label's own element holds its link
        anchors: list[Element] = []
        used: list[Element] = []
        line = heading.getparent()
        if (
            not inner
            and not inline_read_more
            and label.endswith((":", "："))
            and heading.tag not in _HEADINGS
            and line is not None
            and collapse(element_text(line)) == label
        ):
            # a label's line alone over the lines or the list of its links ("<p><strong>LEIA
            # TAMBÉM:</strong></p><ul>…</ul>"): those links, not the text after them
            anchors, used = _link_lines_after(line)
            inline_read_more = bool(anchors)
        if not anchors:
            anchors, used = (inner, [heading]) if inner else _links_after(heading)
        if inline_read_more:
            # "READ MORE: <a>…</a>" between paragraphs names the link on its own line only, or
            # the lines of nothing but a link right under a line of the label alone
            line = heading.getparent()
            anchors = [anchor for anchor in anchors if line is not None and _holds(line, anchor)]
            if not anchors and line is not None and collapse(element_text(line)) == label:
                anchors, used = _link_lines_after(line)
        if not anchors:
            continue
        seen = {link.url for link in links}
        found = [
            link
            for link in _items(_headline_anchors(anchors), base_url, label=heading)
            if link.url not in seen
        ]
        if found and after_line and _priced(used, len(found)):
            continue  # a product grid ("You may also like" under a shop's post): no articles
        if found and base_url and not _RELATED.match(label) and _lists_page(found, base_url):
            continue  # the site's latest posts, this one among them ("More posts"): none related
        if topics and not (
            base_url and _of_kin(found, base_url) and _under(heading.getparent(), anchors)
        ):
            # "Related topics" over tag and topic pages (the subjects, not articles), or over
            # an empty box a script fills, with other links after it
            continue
        if found and replaces:
            # the first block goes; a line's own links ("Read also: <a>…</a>") stay
            links = [link for link in links if link not in first_block[0]]
            elements = [element for element in elements if element not in first_block[1]]
            first_label = None
        if found:
            # a page may show its block more than once (mid-article and at the end), under the
            # same heading; a line's own link ("<b>Related: <a>…</a></b>" between paragraphs)
            # names no block, and the block under the text may carry another label
            if not inner:
                key = _label_key(label)
                if first_label is None:
                    # ("Read more:" alone over a list of links is a line's own links too)
                    first_line = _links_own_line(heading, anchors) or inline_read_more
                    first_heading = heading
                    first_block = (found, [heading, *used])
                elif key != first_label:
                    first_line = False  # (the same line's label again keeps it)
                first_label = key
            links.extend(found)
            elements.extend((heading, *used))
            line = _label_line(heading, anchors)
            if line is not None:
                elements.append(line)  # "Lire aussi | <a>…</a>": the separator goes with them
    if not links and texts.nodes and texts.markup_has("aria-label", "ARIA-LABEL"):
        return _labelled_region(texts.nodes[0].getparent(), base_url)
    return Recommendations(links=tuple(links), elements=tuple(elements))


def _text_between(before: Element, after: Element, texts: PageTexts) -> bool:
    """Whether the page's text (its first run of prose, a paragraph's worth outside links)
    starts between the labels `before` and `after`, in page order."""
    start = next(
        (
            node.getparent()
            for node in texts.nodes
            if weighted_length(node) >= _PROSE_RUN and node.getparent().tag not in _NOT_PROSE
        ),
        None,
    )
    if start is None:
        return False
    at = page_position(start)
    return page_position(before) < at < page_position(after)


_PROSE_RUN = 120  # weighted characters: two sentences, 60 Chinese characters
_NOT_PROSE = frozenset(("a", "script", "style", "noscript", "template", "textarea", "title"))


def _labels_card(label: Element) -> bool:
    """A bare "Read more" set apart over one linked card between paragraphs (<aside><span>Read
    more</span><a><img>…headline</a></aside>): no link or button itself, its box holding
    nothing but the label and that link."""
    if label.tag in ("a", "button") or _enclosing_anchor(label) is not None:
        return False
    box = label.getparent()
    if box is None or box.tag in ("body", "html"):
        return False
    links = [anchor for anchor in box.iter("a") if anchor.get("href")]
    # (its picture linking the story too: <a><img></a> beside the headline's link)
    if len({anchor.get("href") for anchor in links}) != 1 or _holds(label, links[0]):
        return False
    shown = sum(len(element_text(anchor)) for anchor in links)
    rest = len(element_text(box)) - shown - len(element_text(label))
    return rest <= 2 * len(links)  # (the spaces between them)


def _links_own_line(label: Element, anchors: list[Element]) -> bool:
    """Whether `label` is an inline label whose links share its line (<p><b>Related:</b>
    <a>…</a></p>), not a heading over a block."""
    line = label.getparent()
    return (
        label.tag in _INLINE
        and line is not None
        and all(_holds(line, anchor) for anchor in anchors)
    )


def _priced(elements: list[Element], entries: int) -> bool:
    """Whether the block's cards show prices, one for every other entry at least: products."""
    prices = sum(len(_PRICE.findall(element_text(element))) for element in elements)
    return prices >= 2 and prices * 2 >= entries


_PRICE = re.compile(r"[$€£¥]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*(?:\.\d\d)?\s?(?:元|€)")


# "More stories", "More from …": the site's river, never the block after a line's own link
_MORE_LABEL = re.compile(r"^(?:more\b|其他|更多)", re.IGNORECASE)


def _lists_page(links: list[Link], page_url: str) -> bool:
    """Whether one of `links` is the page itself (a feed of the newest posts lists the post)."""
    own = _page_key(page_url)
    return any(link.url is not None and _page_key(link.url) == own for link in links)


def _under(box: Element | None, anchors: list[Element]) -> bool:
    return box is not None and all(_holds(box, anchor) for anchor in anchors)


def _of_kin(links: list[Link], page_url: str) -> bool:
    """Whether `links` (two or more) all lead to pages of the page's own kind: the same
    folders, digits and extension, whatever the last segment's words (an encyclopedia's
    /encyclopedia/stroke beside /encyclopedia/hypertension; not /tag/moving, /topics/nutrition
    or a manual's overview above the page)."""
    own = _kin_shape(page_url)
    return len(links) >= 2 and all(
        link.url is not None and _kin_shape(link.url) == own for link in links
    )


def _kin_shape(url: str) -> str:
    shape = url_shape(url).split("?", 1)[0].rstrip("/")
    head, _, last = shape.rpartition("/")
    stem, dot, extension = last.partition(".")
    return f"{head}/{'*' if _WORDED.search(stem) else stem}{dot}{extension}"


# "Related topics", "Related health topics", "Related <Site> Health Topics", "Gerelateerde
# onderwerpen": on a health library the other entries, on a blog its tag pages
_TOPICS_HEADING = re.compile(
    r"^(?:related\s+(?:[\w-]+\s+)?(?:health\s+)?topics|gerelateerde\s+onderwerpen)\s*[:：]?$",
    re.IGNORECASE,
)


def _page_key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/").split("://", 1)[-1]


def _link_lines_after(line: Element) -> tuple[list[Element], list[Element]]:
    """The anchors of the lines right after `line` that hold one link and nothing else, or of
    the list right after it whose items each hold one link and nothing else ("<p><strong>Read
    more:</strong></p><ul><li><a>…</a></li>…</ul>")."""
    anchors: list[Element] = []
    used: list[Element] = []
    parent = line.getparent()
    while line.getnext() is None and parent is not None and len(parent) == 1:
        # (the line alone in its wrapper: g1's <div class="content-text"><p>LEIA TAMBÉM:</p>)
        line, parent = parent, parent.getparent()
    for sibling in line.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        # (the list may sit in a wrapper of its own: <div class="…unordered-list"><ul>)
        held = sibling[0] if len(sibling) == 1 and isinstance(sibling[0].tag, str) else None
        listing = held if held is not None and held.tag in _LISTS else sibling
        if listing.tag in _LISTS and not used:
            items = [item for item in listing if isinstance(item.tag, str)]
            listed = [_only_link(item) for item in items]
            if items and all(anchor is not None for anchor in listed):
                anchors.extend(anchor for anchor in listed if anchor is not None)
                used.append(sibling)
            break
        links = [a for a in sibling.iter("a") if a.get("href")]
        if len(links) != 1 or element_text(links[0]) != element_text(sibling):
            break
        anchors.append(links[0])
        used.append(sibling)
    return anchors, used


def _only_link(line: Element) -> Element | None:
    """The one link `line` holds when it shows nothing else."""
    links = [a for a in line.iter("a") if a.get("href")]
    if len(links) != 1 or element_text(links[0]) != element_text(line):
        return None
    return links[0]


def _label_line(label: Element, anchors: list[Element]) -> Element | None:
    """The paragraph holding a label and its links and nothing else but separators (a
    newspaper's "<p><span>Lire aussi</span> | <a>…</a></p>"), else None."""
    line = label.getparent()
    if line is None or line.tag not in _LINE_HOLDERS or not anchors:
        return None
    if not all(_holds(line, anchor) for anchor in anchors):
        return None
    rest = element_text(line).replace(element_text(label), "", 1)
    for anchor in anchors:
        rest = rest.replace(element_text(anchor), "", 1)
    return line if not rest.strip(_LINE_SEPARATORS) else None


_LINE_HOLDERS = frozenset(("p", "div", "li"))
_LINE_SEPARATORS = " \t\n|:：-–—»›>·•"


def _label_key(label: str) -> str:
    """A block's label as compared across the page: "関連記事" and "【関連記事】" name one block."""
    # (casefold() makes Turkish "İ" an "i" and a combining dot: "İLGİLİ" reads "ilgili")
    return label.strip("【】[]:：. ").replace("İ", "i").casefold()


def _labelled_region(anywhere: Element, base_url: str | None) -> Recommendations:
    """A block that names itself only to screen readers: <div aria-label="相关推荐"> around the
    cards, with no visible heading."""
    for region in _ARIA_LABELLED(anywhere):
        if region.tag in ("a", "button", "input") or not _REC_HEADING.match(
            collapse(region.get("aria-label"))
        ):
            continue
        anchors = [
            a
            for a in region.iter("a")
            if a.get("href")
            and not _is_more_link(a)
            and not _is_topic_link(a)
            and not _is_prev_next_anchor(a)  # a pager of older and newer posts
            and not _in_sentence(a)  # a sign-up box's "you agree to our Privacy Policy"
        ]
        found = _items(_headline_anchors(anchors), base_url)
        if found:
            return Recommendations(links=tuple(found), elements=(region,))
    return Recommendations(links=(), elements=())


def listing_links(anchors: Sequence[Element], base_url: str | None) -> tuple[Link, ...]:
    """The entries of a listing, from its entry anchors in page order: title, URL, teaser."""
    return tuple(_items(anchors, base_url))


def find_next_page(
    anchors: Iterable[Element], base_url: str | None, rel_next: str | None
) -> str | None:
    """A listing's next page: rel="next", else the link among `anchors` (every <a> of the
    page, in order) reading 下一页, "Next page", "»"..."""
    if rel_next:
        return rel_next
    for anchor in anchors:
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript")):
            continue
        text = element_text(anchor) if len(anchor) else collapse(anchor.text)
        if text and len(text) <= 20 and _NEXT_PAGE_TEXT.match(text):
            return _absolute(href, base_url)
        if text and len(text) <= 20 and _MORE_BUTTON.match(text) and _PAGE_TWO.search(href):
            return _absolute(href, base_url)
    return None


def continues_article(anchors: Iterable[Element], page_url: str | None) -> bool:
    """Whether the page is a later page of an article split over several: CMSs print page N
    of <id>.html at <id>_N.html (or of …/slug/ at …/slug/N/, …/slug/page/N/), with a pager
    linking page 1. True for such an address (N from 2) on a page that links its page 1."""
    if not page_url:
        return False
    first = _first_page(page_url)
    if first is None:
        return False
    for anchor in anchors:
        url = absolute_url(anchor.get("href"), page_url)
        if url is not None and _first_page(url) is None and _path_and_query(url) == first:
            return True
    return False


def _first_page(url: str) -> tuple[str, str] | None:
    """(path, query) of page 1 where `url` is a later page of a paged article, else None."""
    parts = urlsplit(url)
    for pattern in (_LATER_PAGE, _LATER_PAGE_FOLDER):
        match = pattern.match(parts.path)
        if match is not None and int(match["page"]) >= 2:
            return match["stem"] + (match["ext"] or ""), parts.query
    return None


def _path_and_query(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.path, parts.query


_LATER_PAGE = re.compile(r"^(?P<stem>.*[^/_])_(?P<page>\d{1,3})(?P<ext>\.[A-Za-z]{2,5})?$")
# "…/10-ways-to-sleep-better/2/", "…/a-slug/page/3" (not a date's "…/2011/03/", nor a post's
# number in its folder: "…/archives/85/")
_LATER_PAGE_FOLDER = re.compile(
    r"^(?P<stem>.*/[^/]*[A-Za-z][^/]*[-_][^/]*/)(?:page/)?(?P<page>\d{1,2})/?(?P<ext>)$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")


def url_shape(url: str) -> str:
    """The pattern of a URL: host, then each path segment with digits as 0 and slugs as *.

    >>> url_shape("https://a.com/p/75078.html")
    'a.com/p/0.html'
    >>> url_shape("https://a.com/2021/03/back-pain/")
    'a.com/0/0/*/'
    >>> url_shape("https://a.com/episodes/s3e12-restless-legs-at-night")  # a slug with a number
    'a.com/episodes/*'
    >>> url_shape("https://a.com/@jane/why-i-walk-3e7a1c9b0d42")  # under its writer's folder
    'a.com/@*/*'
    >>> url_shape("https://a.com/Story/68/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%AA%D8%B7")
    'a.com/Story/0/*'
    """
    parts = urlsplit(url)
    segments = []
    for segment in parts.path.split("/"):
        if "%" in segment:
            segment = unquote(segment)  # a slug in Arabic or Chinese, percent-encoded
        if segment[:1] in ("@", "~") and len(segment) > 1:
            segments.append(segment[0] + "*")  # a member's own folder: /@jane/…, /~jane/…
        elif _DIGIT.search(segment) and len(_SLUG_WORD.findall(segment)) < _SLUG_WORDS:
            segments.append(_DIGIT_RUN.sub("0", segment))
        elif "-" in segment or "_" in segment or len(segment) > 24:
            segments.append("*")
        else:
            segments.append(segment)
    query = "&".join(sorted(p.split("=")[0] for p in parts.query.split("&") if p))
    return parts.netloc.lower() + "/".join(segments) + ("?" + query if query else "")


def _pages_this(url: str, base_url: str) -> bool:
    """Whether `url` is another page of `base_url` itself: the same path and query but for a
    paging parameter (a forum topic's "…&start=6", "?page=2"), or page 1 or a later page of
    the article `base_url` is a page of ("…/slug/3/" from "…/slug/2/")."""
    here_first = _first_page(base_url)
    if here_first is not None and (
        _first_page(url) == here_first or _path_and_query(url) == here_first
    ):
        return urlsplit(url).netloc == urlsplit(base_url).netloc
    target, here = urlsplit(url), urlsplit(base_url)
    if (target.netloc, target.path) != (here.netloc, here.path):
        return False
    target_query = {k: v for k, v in parse_qsl(target.query) if k.lower() not in _PAGING_KEYS}
    here_query = {k: v for k, v in parse_qsl(here.query) if k.lower() not in _PAGING_KEYS}
    return target_query == here_query and target.query != here.query


_PAGING_KEYS = frozenset(("start", "page", "pg", "offset", "pagenum", "paged"))


def site_of(url: str) -> str:
    """The site a URL belongs to: its host's registrable domain by the Public Suffix List
    ("science.example.org" and "example.org" are one site; "a.blogspot.com" and
    "b.blogspot.com" two), or its host where it has none (an address, "localhost").

    >>> site_of("https://science.bytes.org/a"), site_of("http://news.sina.com.cn/")
    ('bytes.org', 'sina.com.cn')
    >>> site_of("http://science.bytes.example/a"), site_of("http://127.0.0.1:8080/a")
    ('bytes.example', '127.0.0.1')
    """
    return _site_of_host((urlsplit(url).hostname or "").rstrip("."))


@lru_cache(maxsize=1024)
def _site_of_host(host: str) -> str:
    parts = _PUBLIC_SUFFIXES(host)
    if parts.top_domain_under_public_suffix:
        return parts.top_domain_under_public_suffix
    if parts.ipv4 or ":" in host:
        return host
    return ".".join(host.split(".")[-2:])  # a name under no listed suffix ("bytes.example")


# the list tldextract ships: never fetched, never cached on disk (parsing touches no file)
_PUBLIC_SUFFIXES = tldextract.TLDExtract(
    suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
)


# a slug's words ("restless", "legs"): two or more make a segment a slug, whatever digits it
# holds; one is a type beside an id ("show-12-345-1.html" beside "list-12-1.html")
_SLUG_WORD = re.compile(r"(?:^|[-_])[^\W\d_]{2,}(?=[-_.]|$)")
_SLUG_WORDS = 2


def absolute_url(href: str | None, base_url: str | None) -> str | None:
    """`href` resolved against the page URL (as is when there is none); None for '#'/javascript."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    return _absolute(href, base_url)


# --- prev/next ----------------------------------------------------------------------------


def _labelled_link(
    text: etree._ElementUnicodeResult, rest: str, base_url: str | None
) -> tuple[Link | None, Element | None, Element | None] | None:
    """What the label in text node `text` points at: (link or None, its anchor, the line)."""
    parent = text.getparent()
    if parent is None:
        return None
    holder = parent.getparent() if text.is_tail else parent
    if holder is None:
        return None
    # the label inside the link it labels, after an icon (<a><i class="arrow"></i> 上一篇<br>…)
    anchor = _enclosing_anchor(holder if text.is_tail else parent)
    if anchor is not None:
        title = _anchor_title(anchor)
        url = absolute_url(anchor.get("href"), base_url)
        if url is None:
            return None
        return Link(title=title or None, url=url), anchor, _line_of(anchor)
    if not rest and not text.is_tail and len(parent) == 0:
        rest = (parent.tail or "").strip()  # <strong>下一篇：</strong>没有了
        if rest and not _NOTHING.match(rest):
            rest = ""
    if rest and _NOTHING.match(rest):
        return None, None, _line_of(holder)
    if rest and len(rest) > 3:
        return None  # a sentence that happens to start with the word, not a label
    found = _FOLLOWING_ANCHOR(parent) if text.is_tail else _INNER_ANCHOR(parent)
    if not found and not text.is_tail:
        found = _FOLLOWING_ANCHOR(parent)
    if not found:
        return None
    anchor = found[0]
    if not _near(holder, anchor):
        return None
    url = absolute_url(anchor.get("href"), base_url)
    if url is None:
        return None
    title = _anchor_title(anchor)
    return Link(title=title or None, url=url), anchor, _line_of(holder)


def _enclosing_anchor(element: Element) -> Element | None:
    node: Element | None = element
    for _ in range(4):
        if node is None:
            return None
        if node.tag == "a":
            return node if node.get("href") else None
        node = node.getparent()
    return None


def _near(holder: Element, anchor: Element) -> bool:
    """True when `anchor` sits in `holder`'s line: inside it, or inside the block that holds it
    when the label is an inline element (<strong>上一篇：</strong><a ...>)."""
    scope: Element | None = holder
    while scope is not None and scope.tag in _INLINE:
        scope = scope.getparent()
    if scope is not None and _is_label_line(scope):
        scope = scope.getparent()  # <div>下一篇</div><h3><a>…</a></h3>: the label's own line
    if scope is None or scope.tag in ("body", "html"):
        return False
    node: Element | None = anchor
    while node is not None:
        if node is scope:
            return True
        node = node.getparent()
    return False


def _in_numbered_pager(anchor: Element) -> bool:
    """True when `anchor` or a link beside it (up to three levels up) reads as a page number."""
    node: Element | None = anchor
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            return False
        if _text_length(node, _MAX_PAGER_CHARS) > _MAX_PAGER_CHARS:
            return False  # past the pager's own line
        for other in node.iter("a"):
            text = collapse("".join(other.itertext()))
            if text.isdigit() and len(text) <= 3:
                return True
        node = node.getparent()
    return False


def _is_label_line(element: Element) -> bool:
    """True for a block that shows only a short label and holds no link."""
    if element.tag in ("body", "html") or next(element.iter("a"), None) is not None:
        return False
    return _text_length(element, _MAX_LABEL_LINE) <= _MAX_LABEL_LINE


def _line_of(element: Element) -> Element:
    """The block element that holds `element`'s line (itself when it is one)."""
    node: Element | None = element
    while node is not None and node.tag not in _BLOCKISH:
        node = node.getparent()
    return node if node is not None else element


def _anchor_title(anchor: Element) -> str:
    """The linked article's title: the anchor's text without its label, whether written before
    the title ("上一篇：", "Previous post:") or set apart in an element of its own inside the link
    (<small>Previous</small>, where a bare "Next" in running text could begin a title), before
    the title or after it."""
    text = element_text(anchor)
    nodes = [node.strip() for node in anchor.itertext() if node.strip()]
    for label in nodes:
        if len(label) == len(text) or not text.startswith(label) or not _BARE_LABEL.match(label):
            break
        text = text[len(label) :].lstrip()
    # and after it, for screen readers beside the arrow ("… Timeline<span>Next</span>")
    for label in reversed(nodes):
        if len(label) == len(text) or not text.endswith(label) or not _BARE_LABEL.match(label):
            break
        text = text[: -len(label)].rstrip()
    title = _strip_label(text)
    if title and not _BARE_LABEL.match(title):
        return title
    # a pager that shows only "Prev" / "Next" beside an icon names the article in its tooltip
    # (Joomla's title="…", aria-label="Previous article: …")
    for tooltip in (anchor.get("title"), anchor.get("aria-label")):
        named = _strip_label(collapse(tooltip)) if tooltip else ""
        if named and not _BARE_LABEL.match(named) and not _NOT_A_TITLE.match(named):
            return named
    return ""


def _strip_label(text: str) -> str:
    for label in (_PREV_LABEL, _NEXT_LABEL):
        match = label.match(text)
        if match:
            text = text[match.end() :]
            break
    return _ARROWS.sub("", text).strip()


def _around_home(
    texts: PageTexts, base_url: str | None
) -> tuple[Link, Link, Element | None] | None:
    """The two links either side of a link to the blog's home page (or side by side), the first
    opening on "«" and the second ending on "»", nothing but bars between them: (older, newer,
    their line, left to the body's choice where no home link sits between them)."""
    for node in texts.containing(("«", "‹"), _MAX_TITLE_LINK):
        before = node.getparent()
        if node.is_tail or before is None or before.tag != "a" or node.strip()[:1] not in "«‹":
            continue
        beside = before.getnext()
        if beside is None or beside.tag != "a" or _BETWEEN.fullmatch(before.tail or "") is None:
            continue
        home: Element | None = None
        after: Element = beside  # the two alone: K2's "« older title | newer title »"
        if element_text(beside)[-1:] not in _RIGHT_ARROWS:
            third = beside.getnext()
            if third is None or third.tag != "a" or _BETWEEN.fullmatch(beside.tail or "") is None:
                continue
            home, after = beside, third
        older, newer = element_text(before), element_text(after)
        if not (older[:1] in _LEFT_ARROWS and newer[-1:] in _RIGHT_ARROWS):
            continue
        older_url = absolute_url(before.get("href"), base_url)
        newer_url = absolute_url(after.get("href"), base_url)
        if older_url is None or newer_url is None or older_url == newer_url:
            continue
        if home is not None:
            home_url = absolute_url(home.get("href"), base_url)
            if home_url is None or not _is_home_of(home_url, base_url):
                continue
        return (
            Link(title=older[1:].strip() or None, url=older_url),
            Link(title=newer[:-1].strip() or None, url=newer_url),
            before.getparent() if home is not None else None,
        )
    return None


def _is_home_of(url: str, base_url: str | None) -> bool:
    """Whether `url` is the home page of the site or blog `base_url` is in: the site's root or
    a folder holding the page ("…/blog/" for "…/blog/2010/03/post.html")."""
    home, here = urlsplit(url), urlsplit(base_url or "")
    if home.netloc != here.netloc or home.query:
        return False
    return home.path in ("", "/") or (home.path.endswith("/") and here.path.startswith(home.path))


_MAX_TITLE_LINK = 200
_BETWEEN = re.compile(r"\s*[|｜]?\s*")
_LEFT_ARROWS = frozenset("«‹")
_RIGHT_ARROWS = frozenset("»›")


def _rel_links(
    elements: Iterable[Element], base_url: str | None
) -> tuple[Link | None, Link | None]:
    """The first rel=prev and rel=next among `elements` (<a>/<link> with href and rel)."""
    prev = nxt = None
    for element in elements:
        rel = (element.get("rel") or "").lower().split()
        side = "prev" if ("prev" in rel or "previous" in rel) else "next" if "next" in rel else None
        if side is None:
            continue
        url = absolute_url(element.get("href"), base_url)
        if url is None:
            continue
        if element.tag == "a":
            title = _anchor_title(element) or None
        else:
            title = collapse(element.get("title")) or None
            if title is None and base_url is not None and _other_page_of(url, base_url):
                continue  # the head's pager through one article's pages ("review-2811p4.php")
        link = Link(title=title, url=url)
        if side == "prev" and prev is None:
            prev = link
        elif side == "next" and nxt is None:
            nxt = link
    return prev, nxt


def _other_page_of(url: str, page_url: str) -> bool:
    """Whether `url` is another page of the document at `page_url`: the two differ only in a
    page number set after "p", "page" or "_" at the end of the name ("…-2811p3.php" and
    "…-2811p4.php", "75078_2.html" and "75078_3.html"). An article's own id ("/p/75079.html")
    is no page number, nor is a series part's ("part-2")."""
    here, there = urlsplit(page_url), urlsplit(url)
    if here.netloc != there.netloc or here.query != there.query:
        return False
    return (
        _PAGE_NUMBER.sub("", here.path) == _PAGE_NUMBER.sub("", there.path)
        and here.path != there.path
    )


_PAGE_NUMBER = re.compile(r"(?<=\w)(?:p|page|_)\d{1,3}(?=\.[a-z]{2,5}$|/?$)")


# --- recommendation block -----------------------------------------------------------------


def _in_action_bar(heading: Element) -> bool:
    """True for a "推荐" button: inside a link or button, or beside 收藏 / 打印 / 分享."""
    node: Element | None = heading
    for _ in range(3):
        if node is None:
            break
        if node.tag in ("a", "button", "input"):
            return True
        node = node.getparent()
    parent = heading.getparent()
    if parent is None:
        return False
    around = element_text(parent)
    return len(around) < 60 and len(_ACTION_BAR.findall(around)) >= 2


def _in_navbox(element: Element) -> bool:
    """Whether `element` sits in a navigation box (MediaWiki's "navbox" of a topic's pages)."""
    return any("navbox" in (node.get("class") or "") for node in element.iterancestors())


def _links_after(heading: Element) -> tuple[list[Element], list[Element]]:
    """The anchors listed after `heading` in its section, and the elements holding them."""
    node: Element | None = heading
    allowed = _text_length(heading, 400) + _WRAPPER_SLACK
    tab = _tab_position(heading)
    for _ in range(_LABEL_WRAPPERS):
        if node is None or node.tag in ("body", "html"):
            break
        if node is not heading and _text_length(node, allowed) > allowed:
            # climbed out of the heading's own wrappers into the article or a column: an empty
            # block's heading labels nothing there
            break
        anchors: list[Element] = []
        used: list[Element] = []
        left_empty = False
        # a navigation landmark beside the list (a wiki's "Medicine portal" box) is the block
        # only where nothing else is: GOV.UK's related links are a <nav> of their own
        beside: list[tuple[list[Element], Element]] = []
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag in _NOT_SHOWN:
                continue
            if sibling.tag in _HEADINGS and (anchors or beside):
                break
            if (anchors or beside) and _starts_section(sibling):
                break
            if used and used[0].tag in _LISTS and sibling.tag not in _LISTS:
                break  # a heading over a list of links: the list is the block, the rest is not
            found = _link_elements(sibling)
            if (
                not found
                and len(sibling)
                and not _controls_only(sibling)
                and _ORNAMENT_WORDS.isdisjoint(class_words(sibling.get("class")))
            ):
                # (a carousel's arrow buttons beside the heading are no list, nor a theme's
                # rule under it: Avada's <div class="title-sep-container"><div …></div></div>)
                left_empty = True
            found = [a for a in found if a.get("href") and not _is_more_link(a)]
            if anchors and any(_is_prev_next_anchor(a) for a in found):
                break  # the post navigation after the block: prev/next, not related posts
            topics = [a for a in found if _is_topic_link(a)]
            found = [a for a in found if not _is_topic_link(a)]
            if (
                topics
                and not found
                and not anchors
                and not beside
                and node is heading
                and heading.tag not in _HEADINGS
            ):
                # an inline label's own row of topic pills ("<span>More on this topic:</span>
                # <a>Health</a>"): what follows it (a share bar) is no block of the label's
                # (a heading's row of tags over its cards is passed, as the tags are)
                left_empty = True
                break
            if found and sibling.get("role") == "navigation":
                beside.append((found, sibling))
            elif found:
                anchors.extend(found)
                used.append(sibling)
        if not anchors and beside:
            anchors = [anchor for found, _ in beside for anchor in found]
            used = [sibling for _, sibling in beside]
        if node is heading and _is_title_row_button(heading, anchors, used):
            # the block's one button beside its heading ("<h3>相关问答</h3><a>我要提问</a>"): the
            # block's list is under the row
            node = node.getparent()
            continue
        if anchors and tab is not None and len(used) == tab[1]:
            # a tabbed block ("相关推荐 | 热点推荐" above one panel each): the label's own panel
            panel = used[tab[0]]
            return [a for a in anchors if _holds(panel, a)], [panel]
        if anchors:
            return anchors, used
        if left_empty:
            # the block's own list is there but empty (a script fills it): what follows the
            # block further up is some other part of the page
            return [], []
        node = node.getparent()
    return [], []


def _is_title_row_button(heading: Element, anchors: list[Element], used: list[Element]) -> bool:
    """Whether the one link after `heading` is a button of its title row: a bare link, its
    label too short for a headline ("我要提问", "Ask a doctor") or the row's "more" link
    ("更多膝关节炎文章 >>"), the row holding nothing else."""
    if len(anchors) != 1 or used != anchors:
        return False
    if element_text(heading).rstrip().endswith((":", "：")):
        return False  # a line's label and its link ("<b>Lue myös:</b> <a>Lapsen flunssa</a>")
    row = heading.getparent()
    label = element_text(anchors[0])
    return (
        row is not None
        and (
            weighted_length(label) < _SHORTEST_HEADLINE_LINK
            or (_MORE_LABEL.match(label) is not None and _ENDS_IN_ARROW.search(label) is not None)
        )
        and sum(1 for child in row if isinstance(child.tag, str)) == 2
    )


_SHORTEST_HEADLINE_LINK = 15  # weighted characters: five Chinese characters
_ENDS_IN_ARROW = re.compile(r"(?:>>?|»|›|→)\s*$")


def _controls_only(element: Element) -> bool:
    """Whether `element` holds nothing but buttons (a carousel's "‹" and "›")."""
    return all(child.tag == "button" for child in element if isinstance(child.tag, str))


# how many wrappers around a label are climbed to find the block after it: an editor's label
# sits in a <span> in a <strong> in a styled <span> in two or three <section>s
_LABEL_WRAPPERS = 6
_ORNAMENT_WORDS = frozenset(("sep", "separator", "divider", "spacer"))


def _tab_position(heading: Element) -> tuple[int, int] | None:
    """(index, count) when `heading` is one of a row of tab labels (short, link-less siblings of
    one tag, alone in their parent); else None."""
    parent = heading.getparent()
    if parent is None or heading.tag in _INLINE:
        return None
    tabs = [child for child in parent if isinstance(child.tag, str)]
    if not 2 <= len(tabs) <= 6 or any(child.tag != heading.tag for child in tabs):
        return None
    for child in tabs:
        if _text_length(child, _MAX_TAB_CHARS) > _MAX_TAB_CHARS:
            return None
        if any(a.get("href", "").strip("#") for a in child.iter("a")):
            return None
    return tabs.index(heading), len(tabs)


def _text_length(element: Element, limit: int) -> int:
    """How many non-space characters `element` shows, counting no further than past `limit`."""
    total = 0
    for piece in element.itertext():
        total += len(piece) - piece.count(" ") - piece.count("\n") - piece.count("\t")
        if total > limit:
            break
    return total


def _is_topic_link(anchor: Element) -> bool:
    """A tag, category or reading-list link (rel="tag", /tag/..., /category/..., /list/...), or
    a search's (/search?…, ?q=…, "点击此处查询全部<a>食物中毒</a>新闻"): a subject or a
    collection, not an article."""
    rel = (anchor.get("rel") or "").lower().split()
    if "tag" in rel or "category" in rel or "tag" in class_words(anchor.get("class")):
        return True  # (or a tag's pill: <a class="mar-tag">)
    href = anchor.get("href") or ""
    return _TOPIC_PATH.search(href) is not None or _SEARCH_LINK.search(href) is not None


def _is_prev_next_anchor(anchor: Element) -> bool:
    rel = (anchor.get("rel") or "").lower().split()
    return "prev" in rel or "previous" in rel or "next" in rel


def _starts_section(element: Element) -> bool:
    first = next((t for t in element.itertext() if t.strip()), "")
    return bool(_SECTION_END.match(first.strip())) and len(first.strip()) < 20


def _is_more_link(anchor: Element) -> bool:
    text = element_text(anchor)
    return bool(text) and len(text) <= _MORE_LINK_SIZE and bool(_MORE_TEXT.match(text))


_MORE_LINK_SIZE = 40  # characters: "See all Care & Wellness articles"


def _headline_anchors(anchors: list[Element]) -> list[Element]:
    """Where the block's cards title their articles with headings (<h3><a>) or title links
    (<a class="title">), only the URLs those link to: a card's kicker or topic link ("Mental
    Health"), its source and its comment count are no articles."""
    headed = {a.get("href") for a in anchors if in_heading(a) or _is_title_anchor(a)}
    # (one card's: its headline's link beside its kicker's and its picture's)
    one_card = len(headed) == 1 and len({a.get("href") for a in anchors}) <= _CARD_LINKS
    if len(headed) < 2 and not one_card:
        return anchors
    return [a for a in anchors if a.get("href") in headed]


_CARD_LINKS = 3  # distinct addresses: the story's, its section's, its author's


def _plain_quotes(text: str) -> str:
    """`text` with typographic quotes typed plain, for comparing two spellings of a title."""
    return text.translate(_PLAIN_QUOTES)


_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _is_title_anchor(anchor: Element) -> bool:
    """<a class="title">, <a class="card__title">: a feed card's headline, beside its source,
    its channel and its comment-count links."""
    return "title" in class_words(anchor.get("class"))


def _items(
    anchors: Iterable[Element], base_url: str | None, label: Element | None = None
) -> list[Link]:
    """One Link per distinct URL, in page order, with its item's teaser. An item never holds
    the block's `label`: a "RELATED:" line's one link is an item of that line, not of the
    article around it."""
    by_url: dict[str, Element] = {}
    order: list[str] = []
    printed: dict[str, str] = {}  # each entry's URL as its first link writes it
    for anchor in anchors:
        url = absolute_url(anchor.get("href"), base_url)
        if url is None:
            continue
        key = url.split("#", 1)[0]  # a card's second link, to its story's "#comments"
        if key not in by_url:
            order.append(key)
            by_url[key] = anchor
            printed[key] = url
        elif (
            not _WORDED.search(element_text(by_url[key]))
            and not by_url[key].get("aria-label")
            and element_text(anchor)
        ):
            # the image link came first (showing nothing, or a video's "01:26"); the titled
            # one is the item
            by_url[key] = anchor
    urls = set(order) | set(printed.values())
    listed = set(by_url.values())
    resolved: dict[str | None, str | None] = {}  # href -> URL: items share their anchors
    out = []
    for key in order:
        anchor, url = by_url[key], printed[key]
        title_element = _title_element(anchor)
        title = inline_text(title_element) or None
        item = _item_of(anchor, urls, base_url, resolved, label, listed)
        if title is None:
            # a card's overlay link shows nothing and names its story to screen readers; where
            # that name wraps the card's headline ("post link to <headline>"), the headline
            title = collapse(anchor.get("title")) or collapse(anchor.get("aria-label")) or None
            card_title = _card_title(item) if title is not None and item is not anchor else None
            headline = element_text(card_title) if card_title is not None else ""
            if (
                title is not None
                and headline
                and headline != title
                and _plain_quotes(headline) in _plain_quotes(title)
            ):
                # ("Read article: …readers' questions" over the headline's "readers’")
                title_element, title = card_title, headline
        if (title is None and anchor.tag != "a") or _is_more_link(anchor):
            # a custom link element shows nothing itself, a "Read more" button names nothing:
            # the card's title names its article
            card_title = _card_title(item)
            if card_title is not None:
                title_element = card_title
                title = element_text(card_title)
        if title is None or _is_ad(anchor, item) or _is_home_page(url):
            continue
        # a bullet printed inside the link ("<a>■「休日の寝だめ」…</a>") marks the line, not
        # the title
        title = _LIST_MARK.sub("", title) or title
        snippet = _snippet(item, title_element, title, label)
        definition = item.getnext() if snippet is None and item.tag == "dt" else None
        if definition is not None and definition.tag == "dd" and definition.find(".//a") is None:
            # a definition list's entry: the headline in <dt>, its teaser in the <dd> after it
            snippet = _snippet(definition, title_element, title, label)
        out.append(Link(title=title, url=url, snippet=snippet))
    return out


_LIST_MARK = re.compile(r"^[■□●○◆◇◎・•▪▫▶►▸]\s*")
_WORDED = re.compile(r"[^\W\d_]")  # a letter of any script


def _is_home_page(url: str) -> bool:
    """A link to a site's front page ("https://quietkitchen.substack.com?utm_source=…"): a
    publication recommended, not an article. "/?p=123" (WordPress's plain links) is a post."""
    parts = urlsplit(url)
    if parts.path not in ("", "/"):
        return False
    return all(
        key.startswith("utm_") or key in ("ref", "source")
        for key, _ in parse_qsl(parts.query, keep_blank_values=True)
    )


def _is_ad(anchor: Element, item: Element) -> bool:
    """A paid entry in a feed of stories: its link is marked rel="sponsored", or the entry
    carries an ad's label ("广告", "Sponsored") in an element of its own."""
    if "sponsored" in (anchor.get("rel") or "").lower().split():
        return True
    return any(
        node is not anchor and _AD_LABEL.match(collapse(node.text) or "")
        for node in item.iter()
        if isinstance(node.tag, str) and len(node) == 0
    )


def _link_elements(element: Element) -> list[Element]:
    """The <a> elements in `element` (itself included), and the custom elements that link like
    one (<article-related-link href="/post">: a web component's tag always holds a hyphen)."""
    if element.tag == "a":
        return [element]
    custom = _CUSTOM_LINKS(element)
    if not custom:
        return list(element.iter("a"))
    linking = {id(node) for node in custom}
    return [node for node in element.iter() if node.tag == "a" or id(node) in linking]


def _card_title(item: Element) -> Element | None:
    """The first heading or title-classed element with text inside a card."""
    return _first_titled(item, _HEADINGS)


def _title_element(anchor: Element) -> Element:
    """The part of an anchor that is the title: a heading inside it when it also holds a teaser."""
    if (
        len(anchor) == 0
        or (anchor.text or "").strip()
        or any((child.tail or "").strip() for child in anchor)
    ):
        return anchor  # words of its own beside the bold: a search's highlight, not a title
    titled = _first_titled(anchor, _TITLE_CHILD)
    if titled is None:
        # a card that is all one link, its lines in blocks of their own and none marked as the
        # title, the lines under the first dated (<a><p>headline</p><p><span>source</span>
        # <time>3/4(水) 18:10</time></p></a>): the first line is the headline
        lines = [child for child in anchor.iter("p", "div") if _own_text(child)]
        if len(lines) >= 2 and any(_CARD_DATE.search(element_text(line)) for line in lines[1:]):
            return lines[0]
    return anchor if titled is None else titled


# a time ("18:10"), or a date with its year ("2025-03-25", "05.03.2026", "2026年3月5日")
_CARD_DATE = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
    r"|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)"
)


def _own_text(element: Element) -> bool:
    """Whether `element` holds text of its own or in inline children, not only in blocks."""
    if (element.text or "").strip():
        return True
    return any(
        child.tag not in ("p", "div") and (element_text(child) or (child.tail or "").strip())
        for child in element
        if isinstance(child.tag, str)
    )


def _first_titled(element: Element, tags: Collection[str]) -> Element | None:
    """The first element under `element` (itself left out) with text whose tag is one of
    `tags` or whose class says title."""
    for child in element.iter():
        if child is element or not isinstance(child.tag, str):
            continue
        titled = child.tag in tags or _is_title_class(child.get("class"))
        if titled and element_text(child):
            return child
    return None


def _is_title_class(classes: str | None) -> bool:
    """Whether a class names a title: "title", "card-title", or the abbreviation Japanese and
    Chinese sites write ("ttl", "articleTtl", "tit")."""
    if not classes:
        return False
    lowered = classes.lower()
    if "title" in lowered:
        return True
    return any(
        word in _TITLE_ABBREVIATIONS or word.endswith("ttl") for word in class_words(lowered)
    )


_TITLE_ABBREVIATIONS = frozenset(("ttl", "tit"))


def _item_of(
    anchor: Element,
    urls: set[str],
    base_url: str | None,
    resolved: dict[str | None, str | None],
    label: Element | None = None,
    listed: Collection[Element] = (),
) -> Element:
    """The largest ancestor of `anchor` that holds no link to another listed URL, nor the
    block's `label` unless it is a card's size (its kicker: "RELATED" over a headline and a
    teaser); `resolved` caches href -> absolute URL across calls. A link to another entry
    inside a sentence, other than that entry's own link among `listed`, is a mention and no
    edge ("Prerequisite: <a>PUBH 2010</a> or …" under a course)."""
    own = absolute_url(anchor.get("href"), base_url)
    item = anchor
    node = anchor.getparent()
    for _ in range(4):
        if node is None or node.tag in ("body", "html", "ul", "ol"):
            break
        if (
            label is not None
            and _holds(node, label)
            and weighted_length(element_text(node)) > _CARD_WITH_LABEL
        ):
            break  # past a "RELATED:" line, into the article around it (a card's kicker stays)
        for other in node.iter("a") if anchor.tag == "a" else _link_elements(node):
            href = other.get("href")
            if href in resolved:
                url = resolved[href]
            else:
                url = resolved[href] = absolute_url(href, base_url)
            if url != own and url in urls and (other in listed or not _in_sentence(other)):
                return item
        item = node
        node = node.getparent()
    return item


def _snippet(
    item: Element, title_element: Element, title: str, label: Element | None = None
) -> str | None:
    """The item's text other than its title, its block's `label` (a card's kicker), dates and
    counters; None when it shows none."""
    pieces: list[str] = []
    walker = etree.iterwalk(item, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if (
                not isinstance(tag, str)
                or tag in ("script", "style", "address")  # (an event's venue, a contact)
                or node is title_element
                or node is label
                or (
                    tag == "a"
                    and not _holds(node, title_element)
                    and not _in_sentence(node)
                    and not _teaser_link(node, title_element, title)
                )
                # a paper's citation under its title: authors, journal, PMID, its type
                or (node is not item and "citation" in (node.get("class") or "").lower())
                # entry-meta, screen-reader text; not the teaser, whatever its block calls
                # itself ("related__teaser")
                or (
                    node is not item
                    and is_negative(node)
                    and not _is_teaser_box(node)
                    and not _holds(node, title_element)  # the card itself ("related-entry-card")
                )
            ):
                walker.skip_subtree()
                continue
            if tag not in _FORMATTING and tag != "a":
                pieces.append("\n")  # a date in its own <span> is its own piece
            if node.text:
                pieces.append(node.text)
        else:
            if isinstance(tag, str) and tag not in _FORMATTING and tag != "a":
                pieces.append("\n")
            if node is not item and node.tail:
                pieces.append(node.tail)
    lines = []
    for line in "".join(pieces).split("\n"):
        line = _without_counters(collapse(line))
        if (
            not line
            or _DATE_ONLY.match(line)
            or line == title
            or _MORE_TEXT.match(line)
            or _SHOWN_ADDRESS.match(line)  # a search result's address in green
            or _PLACEHOLDER.match(line)  # a widget's "Loading..." until its script runs
        ):
            continue
        if len(line) <= 80 and _CARD_BYLINE.match(line):  # "Medically reviewed by …": who, not what
            continue
        if _NAMES_LINE.match(line):  # a paper's authors, "Ana Ruiz, Li Wei & Tom Hale"
            continue
        if len(line) <= 80 and _DOCTOR_LINE.match(line):
            continue  # a video's speaker: "Dr. Lauren Pike, Physical Medicine & Rehabilitation"

        if cites_a_source(line):  # its citation: "Sleep Med Rev. 2024 Aug;76:101948. doi: …"
            continue
        # (a letter of an Indic script weighs one, not three as its UTF-8 bytes would have it)
        size = weighted_length(line) - 2 * len(_INDIC_LETTER.findall(line))
        if size < _TEASER_SIZE and not _DOTTED_DATE.sub("", line).rstrip(" ·|").endswith(
            _SENTENCE_CLOSE
        ):
            # a source's or a section's name beside the title ("暖心健康汇 · 12"), with its
            # date ("헬스일보 · 2026. 3. 3.", whose last dot ends no sentence)
            continue
        if size <= _BADGE_SIZE and " " not in line:
            continue  # a badge on a shop's card, however it ends ("Sale!", "New!")
        if size < _TEASER_SIZE and (line[0] in _TITLE_LINE_REST or _FIELD_LINE.match(line)):
            # the rest of the title's own line (". 3 Credits."), a record's short labelled field
            # ("Offered: Fall, Spring.", "Attributes: Writing Intensive")
            continue
        lines.append(line)
    return " ".join(lines).strip() or None


_BADGE_SIZE = 12  # weighted characters
_TITLE_LINE_REST = frozenset(".,;:|·")
_FIELD_LINE = re.compile(r"^[^\W\d_][\w()'’/-]*(?:\s+[\w()'’/-]+){0,2}\s*[:：]\s+\S")


def _without_counters(line: str) -> str:
    """The line without its view and comment counts ("阅读(123)", "Views: 5", "12 comments"):
    all of them in a short line of card details, only at either end of a teaser's sentences,
    where "temperatures hit 103°F" is no count of hits."""
    if len(line) <= _COUNTER_LINE:
        return collapse(_COUNTER.sub("", line))
    return collapse(
        _COUNTER.sub(
            lambda match: "" if match.start() == 0 or match.end() == len(line) else match[0], line
        )
    )


_COUNTER_LINE = 60  # characters: a date, a source and two counts
_INDIC_LETTER = re.compile(r"[\u0900-\u0dff]")  # Devanagari to Sinhala


# "www.example.com/health/flu", or as a trail of its folders: "example.com › health › flu"
_SHOWN_ADDRESS = re.compile(
    r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*|(?:\s+›\s+[^\s›]+)+)?$", re.IGNORECASE
)


def _teaser_link(anchor: Element, title_element: Element, title: str) -> bool:
    """A second link to the entry's page holding its teaser (an archive row's subtitle, linked
    like its title): a teaser's length, not the title again."""
    title_anchor = title_element if title_element.tag == "a" else title_element.find(".//a")
    if title_anchor is None or anchor.get("href") != title_anchor.get("href"):
        return False
    text = element_text(anchor)
    return weighted_length(text) >= _TEASER_SIZE and text != title


_PLACEHOLDER = re.compile(r"^(?:loading|加载中)\W*$", re.IGNORECASE)


def _is_teaser_box(node: Element) -> bool:
    return _TEASER_CLASS.search(node.get("class") or "") is not None


# ("announce": a Russian newsroom's name for a teaser, анонс)
_TEASER_CLASS = re.compile(
    r"teaser|excerpt|summary|snippet|desc|abstract|intro|announce|anons", re.IGNORECASE
)


def _in_sentence(anchor: Element) -> bool:
    """A link inside running text ("…which is why <a>a warm shower</a> an hour before…"),
    not one standing alone ("Continue reading", a topic's name): the teaser's own words. A
    "[详细]" or "Read more" after the teaser is no word of it."""
    if _MORE_TEXT.match(element_text(anchor).strip("[]【】()（） ")):
        return False
    if anchor.tail and anchor.tail.strip():
        return True
    previous = anchor.getprevious()
    parent = anchor.getparent()
    before = previous.tail if previous is not None else (parent.text if parent is not None else "")
    if previous is not None and previous.tag in _FORMATTING:
        before = element_text(previous) + (before or "")  # "<b>Previously:</b> <a>…</a>"
    return bool(before and before.strip())


def _holds(element: Element, inner: Element) -> bool:
    """True when `inner` is `element` or inside it."""
    return inner is element or holds(element, inner)


def _absolute(href: str, base_url: str | None) -> str | None:
    """`href` resolved against `base_url`; None when the result is not a URL at all (a host
    with characters no host can have, as broken markup makes: "www源：健康…")."""
    href = href.strip()
    if not base_url or (href.startswith(("http://", "https://")) and "/." not in href):
        return _checked(href)  # already absolute (and no ./ or ../ for urljoin to resolve)
    if href.startswith("/") and not href.startswith("//") and "/." not in href:
        origin = _origin(base_url)
        if origin:
            return origin + href
    try:
        return _checked(urljoin(base_url, href))
    except ValueError:
        return None


def _checked(url: str) -> str | None:
    # urlsplit() refuses a non-ASCII host that NFKC-normalizes into URL syntax and a host with
    # unbalanced [ ]; other URLs cannot be refused, so they skip the check (it is on every link
    # of every page)
    if url.isascii() and "[" not in url and "]" not in url:
        return url
    try:
        urlsplit(url)
    except ValueError:
        return None
    return url


@lru_cache(maxsize=256)
def _origin(base_url: str) -> str | None:
    """ "https://host" of a page URL, for the common root-relative link; None if unusual."""
    parts = urlsplit(base_url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None
