"""Tell a page's language from what it declares and, failing that, from its letters."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SAMPLE = 4000  # characters looked at; enough to tell, cheap on long pages
# languages not written in Latin letters: a page in Latin letters declaring one of them (the
# source site's zh-CN on English text) keeps its original's declaration, and is read as English
_NOT_LATIN = frozenset(
    [
        "zh",
        "ja",
        "ko",
        "ru",
        "uk",
        "be",
        "bg",
        "sr",
        "mk",
        "kk",
        "ky",
        "mn",
        "tg",
        "ar",
        "fa",
        "ur",
        "ps",
        "he",
        "yi",
        "el",
        "hi",
        "mr",
        "ne",
        "bn",
        "pa",
        "gu",
        "ta",
        "te",
        "kn",
        "ml",
        "si",
        "th",
        "lo",
        "km",
        "my",
        "ka",
        "hy",
        "am",
    ]
)
_SUBTAG = re.compile(r"[a-z]{2,3}")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff]")
_CYRILLIC_LANGUAGES = frozenset(["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"])


def guess_language(text: str, declared: str | None = None) -> str | None:
    """The primary language subtag ("zh", "en", "ja", "ko"), or None when it cannot be told.

    The letters decide when they are clear: machine-translated sites often keep the `lang`
    attribute of the original ("zh-CN" on an English page), so a declaration only breaks ties,
    and names which language the letters are when it is one written in them (Latin letters
    tell German from English no better than the page's `lang="de"` does).

    >>> guess_language("腰痛怎么办？多休息。")
    'zh'
    >>> guess_language("What should I do if I have back pain?", declared="zh-CN")
    'en'
    >>> guess_language("12345", declared="en-US")
    'en'
    >>> guess_language("Wer morgens Wasser trinkt, schläft besser.", declared="de-DE")
    'de'
    >>> guess_language("Как спать лучше зимой: советы врача", declared=None)
    'ru'
    >>> guess_language("Pet navika koje čuvaju srce posle 50. godine", declared="sr-Latn")
    'sr'
    """
    sample = text[:_SAMPLE]
    counts = {
        "zh": len(_CJK.findall(sample)),
        "ja": len(_KANA.findall(sample)),
        "ko": len(_HANGUL.findall(sample)),
        # a Chinese character carries about as much as a short English word
        "en": len(_LATIN.findall(sample)) // 4,
        "ru": len(_CYRILLIC.findall(sample)) // 4,
        # Thai, Arabic, Devanagari, Hebrew, Greek …: the declared language names them
        "other": len(_OTHER_SCRIPT.findall(sample)) // 4,
    }
    if counts["ja"] and counts["ja"] * 5 >= counts["zh"]:
        counts["ja"] += counts["zh"]
    best = max(counts, key=lambda lang: counts[lang])
    subtags = declared.strip().lower().replace("_", "-").split("-") if declared else [""]
    primary = subtags[0]
    if not _SUBTAG.fullmatch(primary):  # "{{ lang }}", "english": no language tag
        primary = ""
    # a language written in more than one script, declared in Latin letters ("sr-Latn")
    latin = "latn" in subtags[1:]
    if counts[best] >= 5:
        if best == "en" and primary and (primary not in _NOT_LATIN or latin):
            return primary
        if best == "en" and not primary:
            # no declaration (a page of the 2000s): the commonest small words tell German,
            # French, Spanish, Portuguese, Italian and Dutch from English
            return _latin_language(sample)
        if best == "ru" and primary in _CYRILLIC_LANGUAGES:
            return primary
        if best == "other":
            return primary if primary in _NOT_LATIN else None
        return best
    return primary or None


def _latin_language(sample: str) -> str:
    """The language of a text in Latin letters whose page declares none, by the share of its
    words that are that language's commonest small words; English unless another's share is
    clearly higher."""
    words = _WORD.findall(sample.lower())
    if not words:
        return "en"
    hits = {lang: sum(word in common for word in words) for lang, common in _COMMON_WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if best != "en" and hits[best] >= _LEAST_SHARE * len(words) and hits[best] > 1.5 * hits["en"]:
        return best
    return "en"


_WORD = re.compile(r"[^\W\d_]+")
_LEAST_SHARE = 0.08
# words frequent in one language and rare in the others (none shared between two sets)
_COMMON_WORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "that",
            "it",
            "for",
            "with",
            "are",
            "you",
            "this",
            "was",
            "have",
            "be",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "mit",
            "sich",
            "auch",
            "ein",
            "eine",
            "den",
            "für",
            "von",
            "zu",
            "im",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "et",
            "des",
            "est",
            "une",
            "du",
            "pour",
            "pas",
            "que",
            "dans",
            "sur",
            "avec",
            "vous",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "y",
            "es",
            "una",
            "por",
            "para",
            "con",
            "del",
            "se",
            "su",
            "al",
            "lo",
            "como",
        ]
    ),
    "pt": frozenset(
        ["os", "e", "é", "em", "um", "uma", "não", "do", "da", "dos", "ao", "na", "no", "são"]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "è",
            "gli",
            "della",
            "sono",
            "per",
            "non",
            "nel",
            "alla",
            "anche",
            "delle",
        ]
    ),
    "nl": frozenset(
        [
            "het",
            "een",
            "van",
            "niet",
            "dat",
            "op",
            "te",
            "zijn",
            "voor",
            "ook",
            "bij",
            "aan",
            "er",
            "naar",
        ]
    ),
}
