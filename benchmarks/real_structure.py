"""How well the parser recovers an article page's structure, field by field, on 64 labelled real
pages, side by side with trafilatura for the fields it has (title and date).

    python benchmarks/real_structure.py [CORPUS_DIR] [--dump FILE.jsonl] [--case NAME]

The labels are `benchmarks/real_structure/<set>-<id>/expected.json` (see the README there): they
were written blind, by reading each page's HTML without running the parser or any extractor, so
they are the page as a reader sees it, not what this parser happens to give. The pages themselves
are read from the shared corpus (CORPUS_DIR, by default ../shared/corpora next to the repository;
see benchmarks/corpus.py). Without the default folder the script prints one "skipped" line and
exits 0, so `make bench` works on a clone without it; a CORPUS_DIR given but missing is an error.

Each page is parsed with `parse_html(page bytes, page url)` and scored per field:

- title: exact after case folding and whitespace collapsing (`corpus.same_title`);
- tips exact (1/0): same count at every level, same numbers (spaces dropped, full-width digits and
  parentheses made ASCII, "#1" read as "1"), and each tip's text starts with the label's `starts`
  (whitespace collapsed, case folded; the tip's title then text is accepted too), recursively;
  tips F1: F1 over the (path, number) pairs of both trees, a softer view of the same;
- prev/next (1/0): both right; each is right when both are null, or the URLs are equal without
  their fragment and a trailing slash (the titles, when the label has no URL);
- recommendations F1 over the URL sets (same normalising; both empty is 1.0), with the share of
  pages where some were invented (none expected) and where all were missed (some expected);
- date (1/0): the date part of `published` equals the label's (both null is right);
- traps: on the pages labelled with traps, the share where nothing was invented that the label
  does not have (tips, prev, next or recommendations where it has none);
- structure: the mean of title, tips exact, prev/next, recommendations F1 and date on a page.

trafilatura (`bare_extraction(data, url=url, with_metadata=True)`) is scored the same way on its
title and date; it finds no tips, prev/next or recommendations, so its structure score counts those
right only where the label is empty too. Prints the figures per language (zh, and the rest) and
overall, then the pages each field got wrong (for developers), and last one JSON line with every
figure. `--dump FILE` writes one JSON line per page (labels, parsed values, scores); `--case NAME`
runs one case (its folder name, or a unique part of it) and prints label and parse side by side.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # parsers/, when run as a script from anywhere

import corpus  # noqa: E402  (benchmarks/, the script's own folder)

from parsers import Article, Link, Tip, parse_html, walk_tips  # noqa: E402

LABELS = Path(__file__).resolve().parent / "real_structure"
TOOLS = ("articlecrawl", "trafilatura")
GROUPS = ("zh", "rest", "all")
STRUCTURE_FIELDS = ("title", "tips_exact", "prev_next", "recs_f1", "date")
TRAFILATURA_FIELDS = ("title", "date", "structure")
WRONG_FIELDS = ("title", "tips_exact", "prev_next", "recs_f1", "date", "traps_clean")
ROWS = (  # (key, label in the table)
    ("title", "title exact"),
    ("tips_exact", "tips exactly right"),
    ("tips_f1", "tips F1 (path, number)"),
    ("prev_next", "prev/next right"),
    ("recs_f1", "recommendations F1"),
    ("recs_invented", "recs invented (none expected)"),
    ("recs_missed", "recs missed (some expected)"),
    ("date", "date right"),
    ("traps_clean", "traps: nothing invented"),
    ("structure", "structure score"),
)
# the number markers' full-width forms, made ASCII; ① and 一 stay as they are
_NUMBER_FORMS = str.maketrans(
    {**{chr(0xFF10 + d): str(d) for d in range(10)}, "（": "(", "）": ")"}
)
_NUMBER_FORMS[ord("＃")] = "#"
_WIDTH = 58  # one column of the --case view


@dataclass(frozen=True)
class Case:
    """One labelled page: its folder name and its expected.json."""

    name: str
    label: dict[str, Any]

    @property
    def group(self) -> str:
        return "zh" if self.label["language"] == "zh" else "rest"


@dataclass
class Result:
    """One case run: what each tool gave, its scores, and any error."""

    case: Case
    parsed: dict[str, Article]
    scores: dict[str, dict[str, Any]]
    errors: dict[str, str] = field(default_factory=dict)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark; see the module docstring."""
    args = _arguments(argv)
    corpus_dir = corpus.corpus_dir(args.corpus_dir, "real structure")
    cases = load_cases(LABELS)
    if args.case:
        cases = [_find_case(cases, args.case)]
    pages = _pages_of(cases, corpus.load_sets(corpus_dir))
    logging.disable(logging.CRITICAL)  # trafilatura logs every page it cannot date
    started = time.perf_counter()
    results = [run_case(case, pages[case.name]) for case in cases]
    seconds = time.perf_counter() - started
    if args.case:
        print_case(results[0])
    else:
        print(f"real structure: {corpus_dir}, {len(results)} labelled pages in {seconds:.1f} s")
        print_table(summarize(results))
        print_wrong(results)
    if args.dump:
        _dump(results, Path(args.dump))
    figures = summarize(results)
    figures.update(
        pages=len(results),
        wrong={key: len(wrong_cases(results, key)) for key in WRONG_FIELDS},
        errors={tool: sum(tool in r.errors for r in results) for tool in TOOLS},
        seconds=round(seconds, 1),
    )
    print(json.dumps({"benchmark": "real_structure", **figures}, ensure_ascii=False))


def load_cases(folder: Path) -> list[Case]:
    """Every `<set>-<id>/expected.json` under `folder`, in name order."""
    cases = []
    for path in sorted(folder.glob("*/expected.json")):
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            _fail(f"unreadable label {path}: {error}")
        cases.append(Case(path.parent.name, label))
    if not cases:
        _fail(f"no labels (*/expected.json) in {folder}")
    return cases


def run_case(case: Case, page: corpus.Page) -> Result:
    """Parse the case's page with both tools and score what each gave."""
    data = page.read_bytes()
    result = Result(case, {}, {})
    for tool, read in (("articlecrawl", _articlecrawl), ("trafilatura", _trafilatura)):
        try:
            result.parsed[tool] = read(data, page.url)
        except Exception as error:  # a tool failing on a page scores as an empty record
            result.parsed[tool] = Article(url=page.url)
            result.errors[tool] = f"{type(error).__name__}: {error}"[:200]
        result.scores[tool] = score(case.label, result.parsed[tool])
    return result


def score(label: Mapping[str, Any], article: Article) -> dict[str, Any]:
    """Every field's score for one page: 1.0/0.0 or an F1; None where a figure does not apply."""
    want_recs = {_normal_url(r["url"]) for r in label["recommendations"] if r["url"]}
    got_recs = {_normal_url(r.url) for r in article.recommendations if r.url}
    scores: dict[str, Any] = {
        "title": float(corpus.same_title(article.title, label["title"])),
        "tips_exact": float(tips_difference(label["tips"], article.tips) is None),
        "tips_f1": set_f1(_label_tip_pairs(label["tips"]), _tip_pairs(article.tips)),
        "prev_next": float(
            same_link(label["prev"], article.prev) and same_link(label["next"], article.next)
        ),
        "recs_f1": set_f1(want_recs, got_recs),
        "recs_invented": bool(article.recommendations) if not label["recommendations"] else None,
        "recs_missed": not article.recommendations if label["recommendations"] else None,
        "date": float(_date(article.published) == _date(label["published"])),
        "traps_clean": not invented(label, article) if label["traps"] else None,
    }
    scores["structure"] = fmean(scores[key] for key in STRUCTURE_FIELDS)
    return scores


def tips_difference(
    expected: Sequence[Mapping[str, Any]], parsed: Sequence[Tip], path: str = ""
) -> str | None:
    """The first way the parsed tips differ from the label's, in words; None when exactly right."""
    if len(expected) != len(parsed):
        where = f"under {path}" if path else "top level"
        want = _numbers(tip["number"] for tip in expected)
        got = _numbers(tip.number for tip in parsed)
        return f"{where}: {len(expected)} tips [{want}] vs {len(parsed)} [{got}]"
    for position, (want, got) in enumerate(zip(expected, parsed, strict=True), start=1):
        here = f"{path}.{position}" if path else str(position)
        if normal_number(want["number"]) != normal_number(got.number):
            return f"tip {here}: number {want['number']!r} vs {got.number!r}"
        if not starts_with(got, want["starts"]):
            return f"tip {here}: starts {want['starts']!r} vs {_short(got.text, 40)!r}"
        deeper = tips_difference(want["tips"], got.tips, here)
        if deeper:
            return deeper
    return None


def normal_number(number: str) -> str:
    """A tip marker compared: no spaces, ASCII digits and parentheses, "#1" as "1"."""
    text = "".join(number.translate(_NUMBER_FORMS).split())
    return text.replace("#", "") if any(ch.isdigit() for ch in text) else text


def starts_with(tip: Tip, starts: str) -> bool:
    """Whether the tip's text (or its title then text) begins with the label's `starts`."""
    want = _collapse(starts)
    text = _collapse(tip.text)
    return text.startswith(want) or _collapse(f"{tip.title or ''} {tip.text}").startswith(want)


def same_link(expected: Mapping[str, Any] | None, got: Link | None) -> bool:
    """Both null, or the same URL (fragment and trailing slash dropped), or the same title when
    the label has no URL."""
    if expected is None or got is None:
        return expected is None and got is None
    if expected["url"] is None:
        return corpus.same_title(got.title, expected["title"])
    return got.url is not None and _normal_url(got.url) == _normal_url(expected["url"])


def set_f1(expected: set[Any], got: set[Any]) -> float:
    """F1 of `got` against `expected`; 1.0 when both are empty."""
    if not expected and not got:
        return 1.0
    common = len(expected & got)
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def invented(label: Mapping[str, Any], article: Article) -> list[str]:
    """What the parser found that the label says the page does not have."""
    found = []
    if not label["tips"] and article.tips:
        found.append(f"tips ({len(walk_tips(article.tips))})")
    for side in ("prev", "next"):
        if label[side] is None and getattr(article, side) is not None:
            found.append(side)
    if not label["recommendations"] and article.recommendations:
        found.append(f"recommendations ({len(article.recommendations)})")
    return found


def summarize(results: Sequence[Result]) -> dict[str, Any]:
    """Mean of every figure per group (zh, the rest, all) and tool; trafilatura's where it
    applies."""
    figures: dict[str, Any] = {}
    for group in GROUPS:
        rows = [r for r in results if group == "all" or r.case.group == group]
        keys = {"articlecrawl": [key for key, _ in ROWS], "trafilatura": TRAFILATURA_FIELDS}
        figures[group] = {"pages": len(rows)} | {
            tool: {key: _mean(r.scores[tool][key] for r in rows) for key in keys[tool]}
            for tool in TOOLS
        }
        figures[group]["articlecrawl"]["trap_pages"] = sum(
            bool(r.case.label["traps"]) for r in rows
        )
    return figures


def wrong_cases(results: Sequence[Result], key: str) -> list[Result]:
    """The cases where articlecrawl did not get the field fully right."""
    return [r for r in results if r.scores["articlecrawl"][key] not in (None, True, 1.0)]


def print_table(figures: Mapping[str, Any]) -> None:
    """The figures: a row per field, articlecrawl and trafilatura per group."""
    header = ["field"]
    for group in GROUPS:
        pages = figures[group]["pages"]
        header += [f"{group} ({pages}) ours", "trafilatura"]
    rows = [header]
    for key, title in ROWS:
        row = [title]
        for group in GROUPS:
            row.append(_cell(figures[group]["articlecrawl"][key]))
            row.append(_cell(figures[group]["trafilatura"].get(key)))
        rows.append(row)
    print("\nper field, mean over pages (ours = articlecrawl; rest = every language but zh)")
    _print_rows(rows)
    traps = ", ".join(f"{g} {figures[g]['articlecrawl']['trap_pages']}" for g in GROUPS)
    print(f"(recs invented/missed: share of pages with none/some expected; trap pages: {traps})")


def print_wrong(results: Sequence[Result]) -> None:
    """For each field, the cases articlecrawl got wrong: expected vs got, in short."""
    for key in WRONG_FIELDS:
        wrong = wrong_cases(results, key)
        print(f"\n{dict(ROWS)[key]}: {len(wrong)} wrong")
        for result in wrong:
            print(f"  {result.case.name}: {_why(key, result)}")
    for result in results:
        for tool, error in result.errors.items():
            print(f"error: {result.case.name}: {tool}: {error}")


def print_case(result: Result) -> None:
    """One case: the label and articlecrawl's record side by side, then every score."""
    label, article = result.case.label, result.parsed["articlecrawl"]
    print(f"{result.case.name}  {label['url']}  traps: {', '.join(label['traps']) or '-'}")
    sections = (
        ("title", [label["title"] or "-"], [article.title or "-"]),
        ("tips", _label_tip_lines(label["tips"]), _tip_lines(article.tips)),
        ("prev", _link_lines([label["prev"]]), _link_lines([_link_dict(article.prev)])),
        ("next", _link_lines([label["next"]]), _link_lines([_link_dict(article.next)])),
        (
            "recommendations",
            _link_lines(label["recommendations"]),
            _link_lines([_link_dict(link) for link in article.recommendations]),
        ),
        ("published", [label["published"] or "-"], [article.published or "-"]),
    )
    print(f"{_fit('EXPECTED', _WIDTH)} | PARSED (articlecrawl)")
    for name, want, got in sections:
        print(f"--- {name}")
        for index in range(max(len(want), len(got))):
            left = want[index] if index < len(want) else ""
            right = got[index] if index < len(got) else ""
            print(f"{_fit(left, _WIDTH)} | {_fit(right, _WIDTH)}".rstrip())
    traf = result.parsed["trafilatura"]
    print(f"--- trafilatura: title {traf.title!r}, date {traf.published!r}")
    print(f"--- notes: {label['notes']}")
    for tool, keys in (
        ("articlecrawl", result.scores["articlecrawl"]),
        ("trafilatura", TRAFILATURA_FIELDS),
    ):
        shown = ", ".join(f"{key} {_cell(result.scores[tool][key])}" for key in keys)
        print(f"{tool}: {shown}")
    for key in WRONG_FIELDS:
        if result.scores["articlecrawl"][key] not in (None, True, 1.0):
            print(f"wrong {key}: {_why(key, result)}")
    for tool, error in result.errors.items():
        print(f"error: {tool}: {error}")


# --- command line ---------------------------------------------------------------------------


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", nargs="?", help=f"default {corpus.DEFAULT_CORPUS}")
    parser.add_argument("--dump", metavar="FILE.jsonl", help="one JSON line per case")
    parser.add_argument("--case", metavar="NAME", help="one case, label and parse side by side")
    return parser.parse_args(argv)


def _find_case(cases: Sequence[Case], name: str) -> Case:
    exact = [case for case in cases if case.name == name]
    matches = exact or [case for case in cases if name in case.name]
    if len(matches) != 1:
        found = ", ".join(case.name for case in matches[:5]) or "none"
        _fail(f"--case {name!r} must name one case (matches: {found}); see {LABELS}")
    return matches[0]


def _pages_of(cases: Sequence[Case], sets: Mapping[str, list[corpus.Page]]) -> dict[str, Any]:
    index = {(page.set_name, page.id): page for pages in sets.values() for page in pages}
    found = {}
    for case in cases:
        page = index.get((case.label["set"], str(case.label["id"])))
        if page is None:
            _fail(f"{case.name}: no page {case.label['set']}/{case.label['id']} in the corpus")
        found[case.name] = page
    return found


def _fail(message: str) -> NoReturn:
    # one line and status 2, like argparse's own usage errors, rather than a traceback
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


# --- the tools --------------------------------------------------------------------------------


def _articlecrawl(data: bytes, url: str | None) -> Article:
    return parse_html(data, url)


def _trafilatura(data: bytes, url: str | None) -> Article:
    # 2.x gives a Document (a dict with as_dict=True, or from 1.x); None when it finds no text
    import trafilatura

    document = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    if document is None:
        return Article(url=url)
    if isinstance(document, dict):
        title, date = document.get("title"), document.get("date")
    else:
        title, date = document.title, document.date
    return Article(url=url, title=title or None, published=date or None)


# --- scoring helpers --------------------------------------------------------------------------


def _collapse(text: str) -> str:
    return " ".join(text.split()).casefold()


def _normal_url(url: str) -> str:
    return url.strip().split("#", 1)[0].removesuffix("/")


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


def _label_tip_pairs(tips: Sequence[Mapping[str, Any]], prefix: str = "") -> set[tuple[str, str]]:
    pairs = set()
    for position, tip in enumerate(tips, start=1):
        path = f"{prefix}.{position}" if prefix else str(position)
        pairs.add((path, normal_number(tip["number"])))
        pairs |= _label_tip_pairs(tip["tips"], path)
    return pairs


def _tip_pairs(tips: tuple[Tip, ...]) -> set[tuple[str, str]]:
    return {(path, normal_number(tip.number)) for path, tip in walk_tips(tips)}


def _mean(values: Iterable[float | bool | None]) -> float | None:
    kept = [float(value) for value in values if value is not None]
    return round(fmean(kept), 3) if kept else None


# --- output -----------------------------------------------------------------------------------


def _why(key: str, result: Result) -> str:
    label, article = result.case.label, result.parsed["articlecrawl"]
    if key == "title":
        return f"{_short(label['title'])!r} vs {_short(article.title)!r}"
    if key == "tips_exact":
        return tips_difference(label["tips"], article.tips) or ""
    if key == "prev_next":
        sides = [
            f"{side} {_link_text(label[side])} vs {_link_text(_link_dict(getattr(article, side)))}"
            for side in ("prev", "next")
            if not same_link(label[side], getattr(article, side))
        ]
        return "; ".join(sides)
    if key == "recs_f1":
        return _recs_why(label, article, result.scores["articlecrawl"]["recs_f1"])
    if key == "date":
        return f"{label['published']} vs {article.published}"
    return "invented " + ", ".join(invented(label, article))


def _recs_why(label: Mapping[str, Any], article: Article, f1: float) -> str:
    want = {_normal_url(r["url"]) for r in label["recommendations"] if r["url"]}
    got = {_normal_url(r.url) for r in article.recommendations if r.url}
    text = f"F1 {f1:.2f}: {len(want)} expected, {len(got)} found, {len(want & got)} common"
    missing = [
        r["title"] for r in label["recommendations"] if _normal_url(r["url"]) not in want & got
    ]
    extra = [r.title for r in article.recommendations if r.url and _normal_url(r.url) not in want]
    if missing:
        text += f"; missed e.g. {_short(missing[0], 40)!r}"
    if extra:
        text += f"; extra e.g. {_short(extra[0], 40)!r}"
    return text


def _numbers(numbers: Iterable[str]) -> str:
    shown = list(numbers)
    return ",".join(shown[:12]) + (",…" if len(shown) > 12 else "")


def _link_dict(link: Link | None) -> dict[str, Any] | None:
    return link.to_dict() if link else None


def _link_text(link: Mapping[str, Any] | None) -> str:
    if link is None:
        return "null"
    return f"{_short(link['title'], 30)!r} <{link['url']}>"


def _label_tip_lines(tips: Sequence[Mapping[str, Any]], depth: int = 0) -> list[str]:
    lines = []
    for tip in tips:
        lines.append(f"{'  ' * depth}{tip['number']}. {tip['starts']}")
        lines += _label_tip_lines(tip["tips"], depth + 1)
    return lines or (["-"] if depth == 0 else [])


def _tip_lines(tips: tuple[Tip, ...], depth: int = 0) -> list[str]:
    lines = []
    for tip in tips:
        lead = f"[{tip.title}] " if tip.title else ""
        lines.append(f"{'  ' * depth}{tip.number}. {lead}{' '.join(tip.text.split())}")
        lines += _tip_lines(tip.tips, depth + 1)
    return lines or (["-"] if depth == 0 else [])


def _link_lines(links: Sequence[Mapping[str, Any] | None]) -> list[str]:
    lines = []
    for link in links:
        if link is None:
            continue
        lines.append(str(link["title"]))
        lines.append(f"  <{link['url']}>")
        if link.get("snippet"):
            lines.append(f"  {link['snippet']}")
    return lines or ["-"]


def _short(text: str | None, width: int = 60) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    # cut and pad by display width, so Chinese (two columns a character) keeps the columns aligned
    out, used = [], 0
    for ch in text:
        size = _display_width(ch)
        if used + size > width - 1 and _display_width(text) > width:
            out.append("…")
            used += 1
            break
        out.append(ch)
        used += size
    return "".join(out) + " " * (width - used)


def _cell(value: float | bool | None) -> str:
    return "-" if value is None else f"{float(value):.3f}"


def _print_rows(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())


def _dump(results: Sequence[Result], path: Path) -> None:
    fields = ("title", "tips", "prev", "next", "recommendations", "published")
    with path.open("w", encoding="utf-8") as out:
        for result in results:
            label = result.case.label
            parsed = result.parsed["articlecrawl"].to_dict()
            line = {
                "case": result.case.name,
                **{key: label[key] for key in ("set", "id", "url", "language", "traps")},
                "expected": {key: label[key] for key in fields},
                "parsed": {key: parsed[key] for key in fields},
                "trafilatura": {
                    "title": result.parsed["trafilatura"].title,
                    "published": result.parsed["trafilatura"].published,
                },
                "scores": {
                    "articlecrawl": result.scores["articlecrawl"],
                    "trafilatura": {
                        key: result.scores["trafilatura"][key] for key in TRAFILATURA_FIELDS
                    },
                },
                "errors": result.errors,
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(results)} cases to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
