"""Numbering markers: the families of list markers articles print, and the value of each numeral.

A marker is one printed token that opens a numbered item: "1." "1、" "1)" "1：" "1- " "(1)"
"（1）" "一、" "（一）" "①" "⑴" "❶" "第一，" "第一步" "一是" "Step 1" "#1" "01" "１　" "2.1"
"Method 1 of 3".
`MARKER` finds candidates anywhere in a text; `read_marker` turns one match into a `Marker`
(family, value, number). Whether a candidate is really an item is decided by parsers.tips, which
knows where it stands and what came before.

The `number` of a marker is its numeral as printed, without the punctuation that follows it:
"1." -> "1", "一、" -> "一", "第一，" -> "第一", "第一步" -> "第一步" and "一是" -> "一是" (步
and 是 are words, not punctuation), "Step 1:" and "STEP 1" -> "Step 1", "Tip #1:" -> "Tip 1",
"#1" -> "1", "①" -> "①". Brackets are part of the family, so they stay, and they are always
written in ASCII whatever their width: "(1)" and "（1）" (and the mixed "(1）" machine
translation leaves behind) are one family and both give "(1)"; "（一）" gives "(一)". Full-width
digits are written in ASCII ("１．" -> "1"); Persian, Arabic-Indic, Devanagari and Bengali digits
stay as printed ("۱-" -> "۱").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ASCII and full-width; Arabic-Indic, Persian, Devanagari and Bengali digits, kept as printed
_DIGITS = "0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef"
_CN = "一二三四五六七八九十"

MARKER = re.compile(
    rf"""
    # one cheap test per position first
    (?=[(（\u2460-\u2487\u2776-\u277f第SsTtMmPp#＃{_CN}{_DIGITS}])
    (?:(?P<paren_arabic>[(（][ \u3000]?(?P<pa>[{_DIGITS}]{{1,2}})[ \u3000]?[)）])
  | (?P<paren_chinese>[(（][ \u3000]?(?P<pc>[{_CN}]{{1,3}})[ \u3000]?[)）])
  | (?P<circled>[\u2460-\u2473])
  | (?P<paren_digit>[\u2474-\u2487])
  | (?P<circled_negative>[\u2776-\u277f])
  | (?P<ordinal>第(?P<ord>[{_CN}]{{1,3}})(?:(?P<step_cn>步)[，,、：:.．]?|[，,、：:]))
  | (?P<enumerative>(?<![^\n])(?P<en>[{_CN}]{{1,2}})是(?!否))
  | (?P<step>(?<![A-Za-z])(?P<step_word>[Ss]tep|STEP|[Tt]ip|TIP)[ \u3000]?[#＃]?
        (?P<sn>[0-9]{{1,2}})(?![0-9A-Za-z])
        (?:[ \u3000]?[:：.．、)）-](?![0-9]))?)
  | (?P<method>(?<![A-Za-z])(?P<method_word>[Mm]ethod|METHOD|[Pp]art|PART)[ \u3000]
        (?P<mn>[0-9]{{1,2}})(?P<of>[ \u3000]of[ \u3000][0-9]{{1,2}})?(?![0-9A-Za-z])
        (?:[ \u3000]?[:：.．](?![0-9]))?)
  | (?P<hash>(?<![\w&#＃])[#＃][ \u3000]?(?P<hn>[{_DIGITS}]{{1,2}})(?![0-9A-Za-z\uff10-\uff19])
        (?:[.:：)）](?![0-9]))?)
  | (?P<padded>(?<![{_DIGITS}A-Za-z.．,\-/~+])0(?P<pd>[1-9])(?=[ \u3000\n]|$))
  | (?P<spaced>(?<![{_DIGITS}A-Za-z.．,\-/~+])(?P<sd>[\uff10-\uff19]{{1,2}}|(?<![^\n])[0-9]{{1,2}})
        (?=[ \u3000])(?![ \u3000][-–]))
  | (?P<decimal>(?<![{_DIGITS}A-Za-z.．,\-/~+])(?P<dp>[0-9]{{1,2}})[.．](?P<dc>[0-9]{{1,2}})[.．]?
        (?=[ \u3000]))
  | (?P<chinese>(?<![{_CN}])(?P<cn>[{_CN}]{{1,3}})[、.．])
  | (?P<arabic>(?<![{_DIGITS}A-Za-z.．,\-/~+])
        (?P<ar>[{_DIGITS}]{{1,2}})
        (?P<ap>[.．。、)）：۔]|-(?=[ \u3000])|[ ][-–](?=[ \u3000]))(?![{_DIGITS}])))
    """,
    re.VERBOSE,
)
"""Every place a marker may stand; the caller checks what precedes it."""

LETTER_LINE = re.compile(
    r"^[ \t\u3000]*(?:[(（](?P<pl>[a-z])[)）]|(?P<l>[a-z])[).])(?=[ \u3000]+\S)", re.MULTILINE
)
"""A lower-case letter opening a line, "a) " "b. " "(c) ": the sub-items under a numbered one
(looked for apart from `MARKER`, at line starts only: inside a sentence a letter is a word)."""


def letter_marker(match: re.Match[str]) -> Marker:
    """The marker a `LETTER_LINE` match stands for: "a)" and "a." give "a", "(a)" gives "(a)"."""
    if match["pl"]:
        return Marker("paren-letter", ord(match["pl"]) - ord("a") + 1, f"({match['pl']})")
    return Marker("letter", ord(match["l"]) - ord("a") + 1, match["l"])


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGIT = {ch: value for value, ch in enumerate("一二三四五六七八九", start=1)}

# How high a family usually stands in an outline (0 = outermost). Chinese articles nest
# 一、 > （一） > 1、/1. > （1） > ①; a list of a lower rank never holds one of a higher rank.
_RANK = {
    "chinese": 0,
    "padded": 0,
    "spaced": 0,
    "paren-chinese": 1,
    "method": 1,
    "ordinal": 2,
    "ordinal-step": 2,
    "enumerative": 2,
    "step": 2,
    "tip": 2,
    "arabic-dot": 2,
    "arabic-comma": 2,
    "arabic-colon": 2,
    "arabic-dash": 2,
    "hash": 2,
    "arabic-bracket": 3,
    "letter": 3,
    "paren-letter": 3,
    "decimal": 3,
    "paren-arabic": 3,
    "paren-digit": 3,
    "circled": 4,
    "circled-negative": 4,
}
_LIST_RANK = 2  # <ol> items rank like "1."


@dataclass(frozen=True, slots=True)
class Marker:
    """One recognised marker: which family it belongs to, its value, and its number as printed."""

    family: str
    """The marker family: "arabic-dot" (1. 1． 1。 and Urdu's 1۔), "arabic-comma" (1、),
    "arabic-bracket" (1)), "arabic-colon" (1：, a line's marker only), "arabic-dash" (1- or
    1 - , as Arabic and Brazilian sites number their points, a line's marker only),
    "paren-arabic" ((1) （1）), "chinese" (一、), "paren-chinese" (（一）), "circled" (①),
    "paren-digit" (⑴), "circled-negative" (❶), "ordinal" (第一，), "ordinal-step" (第一步),
    "enumerative" (一是 opening a paragraph: "一是及时接种疫苗。…", "二是…"; inside a sentence
    its clauses are no items),
    "step" (Step 1), "tip" (Tip 1, Tip #1), "method" (Method 1 of 3, Part 2: a how-to's
    parts, each over its steps; a heading's marker only), "hash" (#1, a heading's marker
    only), "padded" (01 02 03 before a section's heading, a heading's marker only), "spaced"
    (１　 a Japanese office's section number, a full-width digit and a space before the
    section's heading; or an ASCII one in a heading of its own, as a badge sets it: "<h2><span
    class="num">1</span> Take cool baths</h2>"; a heading's marker only), "decimal"
    (2.1 2.2 under a section numbered 2., a heading's marker only; its value is the last
    numeral), or
    "list-<depth>" for <ol> items."""
    value: int
    """The numeral's value, 1-based."""
    number: str
    """The numeral as printed, without trailing punctuation (see the module docstring)."""
    always_marker: bool = False
    """True for characters that are never ordinary text (①, ⑴, ❶): they may stand anywhere."""


def read_marker(match: re.Match[str]) -> Marker | None:
    """The marker a `MARKER` match stands for; None when its numeral has no value (e.g. "十十")."""
    group = match.lastgroup
    if group == "arabic":
        digits = match["ar"].translate(_FULL_WIDTH_DIGITS)
        punctuation = match["ap"]
        if punctuation == "、":
            family = "arabic-comma"
        elif punctuation in ")）":
            family = "arabic-bracket"
        elif punctuation == "：":
            family = "arabic-colon"
        elif punctuation in ("-", " -", " –"):
            family = "arabic-dash"
        else:
            family = "arabic-dot"
        return _marker(family, int(digits), digits)
    if group == "decimal":
        return _marker("decimal", int(match["dc"]), f"{match['dp']}.{match['dc']}")
    if group == "padded":
        return _marker("padded", int(match["pd"]), f"0{match['pd']}")
    if group == "spaced":
        digits = match["sd"].translate(_FULL_WIDTH_DIGITS)
        return _marker("spaced", int(digits), digits)
    if group == "hash":
        digits = match["hn"].translate(_FULL_WIDTH_DIGITS)
        return _marker("hash", int(digits), digits)
    if group == "paren_arabic":
        digits = match["pa"].translate(_FULL_WIDTH_DIGITS)
        return _marker("paren-arabic", int(digits), f"({digits})")
    if group == "chinese":
        return _chinese_marker("chinese", match["cn"], match["cn"])
    if group == "paren_chinese":
        return _chinese_marker("paren-chinese", match["pc"], f"({match['pc']})")
    if group == "ordinal":
        if match["step_cn"]:
            return _chinese_marker("ordinal-step", match["ord"], f"第{match['ord']}步")
        return _chinese_marker("ordinal", match["ord"], f"第{match['ord']}")
    if group == "enumerative":
        return _chinese_marker("enumerative", match["en"], f"{match['en']}是")
    if group == "method":
        word = match["method_word"].capitalize()
        return _marker("method", int(match["mn"]), f"{word} {match['mn']}{match['of'] or ''}")
    if group == "step":
        if match["step_word"].lower() == "tip":
            return _marker("tip", int(match["sn"]), f"Tip {match['sn']}")
        return _marker("step", int(match["sn"]), f"Step {match['sn']}")
    char = match.group()
    if group == "circled":
        return _marker("circled", ord(char) - 0x2460 + 1, char, always=True)
    if group == "paren_digit":
        return _marker("paren-digit", ord(char) - 0x2474 + 1, char, always=True)
    if group == "circled_negative":
        return _marker("circled-negative", ord(char) - 0x2776 + 1, char, always=True)
    return None


def list_marker(depth: int, position: int) -> Marker:
    """The marker of the `position`-th <li> of an <ol> nested `depth` lists deep."""
    return Marker(f"list-{depth}", position, str(position))


def number_value(number: str) -> int | None:
    """The value of a `Marker.number` ("3", "(3)", "三", "(三)", "第三", "第三步", "Step 3", "③").

    >>> numbers = ("12", "(2)", "十二", "(二)", "第二", "第二步", "Step 2", "③", "4.2", "b", "?")
    >>> [number_value(n) for n in numbers]
    [12, 2, 12, 2, 2, 2, 2, 3, 2, 2, None]
    """
    core = number.removeprefix("Step ").removeprefix("Tip ").removeprefix("第").removesuffix("步")
    core = core.removesuffix("是")  # "二是", the second of a paragraph's points
    core = core.rsplit(".", 1)[-1]  # "2.3", a section's third part
    if core.startswith("(") and core.endswith(")"):
        core = core[1:-1]
    if core.isascii() and core.isdigit():
        return int(core)
    if len(core) == 1 and "a" <= core <= "z":  # a sub-item's letter: "b" is the second
        return ord(core) - ord("a") + 1
    if len(core) == 1:
        for first, last in (("\u2460", "\u2473"), ("\u2474", "\u2487"), ("\u2776", "\u277f")):
            if first <= core <= last:
                return ord(core) - ord(first) + 1
    return chinese_numeral_value(core) if core else None


def family_rank(family: str) -> int:
    """How high the family usually stands in an outline: 0 for 一、, larger for inner levels."""
    return _RANK.get(family, _LIST_RANK)


def chinese_numeral_value(numeral: str) -> int | None:
    """The value of a Chinese numeral from 一 to 九十九; None when it is not one.

    >>> [chinese_numeral_value(n) for n in ("一", "十", "十二", "二十", "九十九", "十十", "二二")]
    [1, 10, 12, 20, 99, None, None]
    """
    if len(numeral) == 1:
        return 10 if numeral == "十" else _CN_DIGIT.get(numeral)
    tens, ten, units = numeral.partition("十")
    if not ten or "十" in units:
        return None
    if tens and tens not in _CN_DIGIT:
        return None
    if units and units not in _CN_DIGIT:
        return None
    return _CN_DIGIT.get(tens, 1) * 10 + _CN_DIGIT.get(units, 0)


def _chinese_marker(family: str, numeral: str, number: str) -> Marker | None:
    value = chinese_numeral_value(numeral)
    return _marker(family, value, number) if value else None


def _marker(family: str, value: int | None, number: str, *, always: bool = False) -> Marker | None:
    if not value:  # "0." and "00、" number nothing
        return None
    return Marker(family, value, number, always)
