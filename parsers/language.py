"""Tell a page's language from what it declares and, failing that, from its letters."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
_SAMPLE = 4000  # characters looked at; enough to tell, cheap on long pages


def guess_language(text: str, declared: str | None = None) -> str | None:
    """The primary language subtag ("zh", "en", "ja", "ko"), or None when it cannot be told.

    The letters decide when they are clear: machine-translated sites often keep the `lang`
    attribute of the original ("zh-CN" on an English page), so a declaration only breaks ties.

    >>> guess_language("腰痛怎么办？多休息。")
    'zh'
    >>> guess_language("What should I do if I have back pain?", declared="zh-CN")
    'en'
    >>> guess_language("12345", declared="en-US")
    'en'
    """
    sample = text[:_SAMPLE]
    counts = {
        "zh": len(_CJK.findall(sample)),
        "ja": len(_KANA.findall(sample)),
        "ko": len(_HANGUL.findall(sample)),
        # a Chinese character carries about as much as a short English word
        "en": len(_LATIN.findall(sample)) // 4,
    }
    if counts["ja"] and counts["ja"] * 5 >= counts["zh"]:
        counts["ja"] += counts["zh"]
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] >= 5:
        return best
    if declared:
        primary = declared.strip().lower().replace("_", "-").split("-")[0]
        return primary or None
    return None
