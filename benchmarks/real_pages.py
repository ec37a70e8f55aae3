"""How well the parser reads real pages with ground truth, side by side with trafilatura,
Readability (readability-lxml) and Resiliparse, all in the same run.

    python benchmarks/real_pages.py [CORPUS_DIR] [--jobs N] [--fold test|dev|all]
        [--only NAMES] [--sets NAMES] [--dump FILE.jsonl] [--limit N]

The pages are public benchmark sets, kept outside the repository (CORPUS_DIR, by default
../shared/corpora next to it; see its README.md): `wcxb-dev`, the development split of WCXB, the
Web Content eXtraction Benchmark (CC-BY-4.0; English, title, main content and page type);
`magic-dev`, half the article pages of the magic-html benchmark (Apache-2.0; Chinese and a dozen
other languages, main content only); `cwced-dev`, half the Chinese Web Content Extraction Dataset
(MIT; mostly GBK pages, main content only). Without the folder the script says it is skipped and
exits 0, so `make bench` works on a clone without it.

Every tool gets each page's bytes as fetched, in the same worker processes, so all are timed under
the same load, each with its library defaults: articlecrawl `parse_html(data, url)`; trafilatura
`extract(data, url=url)` (its title from `extract_metadata`, untimed: see `_trafilatura`);
Readability `Document(text)` on the text `parsers.decode.decode_html` gives (decoding timed), its
summary's text and `short_title()`; Resiliparse `extract_plain_text(main_content=True)` on the
bytes decoded with its own `detect_encoding(from_html_meta=True)`. A tool that raises on a page
counts an error and an empty answer.

Per set and tool: body word F1 on article pages (WCXB's tokens: words, and single characters for
Chinese; see benchmarks/corpus.py), on WCXB also per page type; title exact match on article
pages whose truth has a title; for articlecrawl, whether `kind` is "article" on articles and not
"article" on listings and collections; the share of articles with an empty body; pages/s, and
articlecrawl's speed as a multiple of each other tool's (absolute rates are noisy on a shared
machine, ratios less so).

Figures to report come from the test fold (`--fold test`, the default): fold 0 of
`corpus.fold_of`, split by site, which nothing is tuned on. `--fold dev` is folds 1-4, for
development. Prints a table per set, a table of page types, and last one JSON line with every
figure. `--dump FILE` writes one JSON line per page, to find the worst pages.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from statistics import fmean
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # parsers/, when run as a script from anywhere

import corpus  # noqa: E402  (benchmarks/, the script's own folder)

TOOLS = ("articlecrawl", "trafilatura", "readability", "resiliparse")
FOLD_CHOICES = ("test", "dev", "all")
CHUNK = 8  # pages a worker takes at a time: small enough that both workers finish together
NON_ARTICLE_TYPES = frozenset(("listing", "collection"))  # pages the parser must not call articles
# parsed once per chunk, untimed, so lazy imports and first-call setup do not count as page time
_WARM_UP = b"<html><head><title>t</title></head><body><article><p>warm up</p></article></html>"

_BLOCK_TAGS = (
    *("p", "div", "section", "article", "blockquote", "pre", "br", "hr"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd"),
    *("table", "tr", "td", "th", "figure", "figcaption"),
)

Extractor = Callable[[bytes, "str | None"], tuple[str, "str | None", "str | None"]]
TitleFinder = Callable[[bytes, "str | None"], "str | None"]


@dataclass(frozen=True)
class Tool:
    """One extractor: `extract` (timed) gives body, title, kind; `title`, when a tool needs a
    second call for its title, runs untimed and only on pages with a truth title."""

    extract: Extractor
    title: TitleFinder | None = None


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark; see the module docstring."""
    args = _arguments(argv)
    corpus_dir = corpus.corpus_dir(args.corpus_dir, "real pages")
    sets = corpus.load_sets(corpus_dir)
    pages = select_pages(sets, args.fold, args.sets, args.limit)
    _check_tools(args.only)
    print(
        f"real pages: {corpus_dir}, fold {args.fold} ({_fold_label(args.fold)}), "
        f"{len(pages)} pages, tools {', '.join(args.only)}, {args.jobs} worker(s)"
    )
    started = time.perf_counter()
    records = run(pages, args.only, args.jobs)
    wall = time.perf_counter() - started
    summary = summarize(records, args.only)
    summary.update(fold=args.fold, pages=len(records), wall_seconds=round(wall, 1))
    print_tables(summary, args.only)
    print(f"{len(records)} pages in {wall:.1f} s wall with {args.jobs} worker(s)")
    if args.dump:
        _dump(records, Path(args.dump))
    print(json.dumps(summary, ensure_ascii=False))


def select_pages(
    sets: dict[str, list[corpus.Page]], fold: str, names: Sequence[str] | None, limit: int | None
) -> list[corpus.Page]:
    """The pages of the chosen sets in the chosen folds; the first `limit` of each set."""
    if names:
        unknown = sorted(set(names) - set(sets))
        if unknown:
            known = ", ".join(sets)
            _fail(f"unknown set(s) {', '.join(unknown)}; the corpus has {known}")
    chosen = []
    for name, set_pages in sets.items():
        if names and name not in names:
            continue
        kept = [page for page in set_pages if _in_fold(page, fold)]
        chosen.extend(kept[:limit] if limit else kept)
    return chosen


def run(pages: Sequence[corpus.Page], tools: Sequence[str], jobs: int) -> list[dict[str, Any]]:
    """Run every tool on every page, in `jobs` worker processes; one scored record per page."""
    chunks = [(pages[i : i + CHUNK], tuple(tools)) for i in range(0, len(pages), CHUNK)]
    records: list[dict[str, Any]] = []
    with Pool(jobs, initializer=_quiet) as pool:
        for done in pool.imap(_score_chunk, chunks):
            records.extend(done)
            _progress(len(records), len(pages))
    return records


def score_page(page: corpus.Page, tools: dict[str, Tool]) -> dict[str, Any]:
    """One page's record: for each tool its body F1, title, kind, seconds, and any error."""
    data = page.read_bytes()
    results = {}
    for name, tool in tools.items():
        body, title, kind, seconds, error = _timed(tool.extract, data, page.url)
        if tool.title is not None and page.title is not None and error is None:
            title, error = _untimed_title(tool.title, data, page.url)
        results[name] = {
            "f1": corpus.f1(body, page.body),
            "title": title,
            "title_ok": corpus.same_title(title, page.title) if page.title is not None else None,
            "kind": kind,
            "seconds": seconds,
            "empty": not body.strip(),
            "error": error,
        }
    return {
        "set": page.set_name,
        "id": page.id,
        "url": page.url,
        "page_type": page.page_type,
        "fold": corpus.fold_of(page),
        "truth_title": page.title,
        "tools": results,
    }


def summarize(records: Sequence[dict[str, Any]], tools: Sequence[str]) -> dict[str, Any]:
    """All figures, per set and tool, plus the speed over every page."""
    by_set: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_set.setdefault(record["set"], []).append(record)
    return {
        "sets": {name: _summarize_set(rows, tools) for name, rows in by_set.items()},
        "all": _speed(records, tools),
    }


def print_tables(summary: dict[str, Any], tools: Sequence[str]) -> None:
    """The readable tables: one per set, then page types for the sets that have several."""
    for name, figures in summary["sets"].items():
        _print_set(name, figures, tools)
    for name, figures in summary["sets"].items():
        if len(figures["by_page_type"]) > 1:
            _print_page_types(name, figures, tools)
    overall = summary["all"]
    if "articlecrawl" in tools and len(tools) > 1:
        print(f"\nspeed over all {overall['pages']} pages: {_ratio_line(overall)}")


# --- command line ---------------------------------------------------------------------------


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", nargs="?", help=f"default {corpus.DEFAULT_CORPUS}")
    parser.add_argument("--jobs", type=_positive, default=min(os.cpu_count() or 1, 2))
    parser.add_argument("--fold", choices=FOLD_CHOICES, default="test")
    parser.add_argument("--only", type=_tool_list, default=TOOLS, help=",".join(TOOLS))
    parser.add_argument("--sets", type=_name_list, help="comma list of set names (default all)")
    parser.add_argument("--dump", metavar="FILE.jsonl", help="one JSON line per page")
    parser.add_argument("--limit", type=_positive, help="first N pages of each set")
    return parser.parse_args(argv)


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _name_list(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError("empty list")
    return names


def _tool_list(text: str) -> tuple[str, ...]:
    names = _name_list(text)
    unknown = [name for name in names if name not in TOOLS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown tool(s) {', '.join(unknown)}; {','.join(TOOLS)}")
    return tuple(name for name in TOOLS if name in names)  # one fixed column order


def _check_tools(tools: Sequence[str]) -> None:
    # fail before starting workers, with the fix, rather than with one error per page
    try:
        _tools(tools)
    except ImportError as error:
        _fail(f"{error.name or error} is not installed: pip install -e '.[dev]', or --only")


def _fail(message: str) -> NoReturn:
    # one line and status 2, like argparse's own usage errors, rather than a traceback
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def _fold_label(fold: str) -> str:
    return {"test": "fold 0, held out", "dev": "folds 1-4", "all": "folds 0-4"}[fold]


def _in_fold(page: corpus.Page, fold: str) -> bool:
    if fold == "all":
        return True
    is_test = corpus.fold_of(page) == corpus.TEST_FOLD
    return is_test if fold == "test" else not is_test


# --- the tools --------------------------------------------------------------------------------


def _tools(names: Sequence[str]) -> dict[str, Tool]:
    # imported here, not at the top: the other tools are dev extras, and --only may skip them
    makers = {
        "articlecrawl": _articlecrawl,
        "trafilatura": _trafilatura,
        "readability": _readability,
        "resiliparse": _resiliparse,
    }
    return {name: makers[name]() for name in names}


def _articlecrawl() -> Tool:
    from parsers import parse_html

    def extract(data: bytes, url: str | None) -> tuple[str, str | None, str | None]:
        article = parse_html(data, url)
        return article.body, article.title, article.kind

    return Tool(extract)


def _trafilatura() -> Tool:
    import trafilatura

    def extract(data: bytes, url: str | None) -> tuple[str, str | None, str | None]:
        # the library's default call, the one its speed is known by (and parse_speed.py times)
        return trafilatura.extract(data, url=url) or "", None, None

    def title(data: bytes, url: str | None) -> str | None:
        # the title needs with_metadata, whose date search costs 1.5x (English) to 6x (Chinese)
        # the extraction itself; kept out of the timing, so trafilatura's speed is not understated
        return trafilatura.extract_metadata(data, default_url=url).title or None

    return Tool(extract, title)


def _readability() -> Tool:
    import lxml.html
    from readability import Document

    from parsers.decode import decode_html

    def extract(data: bytes, url: str | None) -> tuple[str, str | None, str | None]:
        # readability wants text: decoded as a crawl would (declared charset, else a guess)
        text, _ = decode_html(data)
        document = Document(text)
        summary = document.summary()
        body = _block_text(lxml.html.fromstring(summary)) if summary.strip() else ""
        return body, document.short_title() or None, None

    return Tool(extract)


def _resiliparse() -> Tool:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    def extract(data: bytes, url: str | None) -> tuple[str, str | None, str | None]:
        # the page's <meta charset> first, as a browser does: uchardet alone took 1 in 10 of
        # WCXB's UTF-8 pages for cp1252 and garbled every curly quote and accent on them
        encoding = detect_encoding(data, from_html_meta=True) or "utf-8"
        tree = HTMLTree.parse_from_bytes(data, encoding)
        body = extract_plain_text(tree, main_content=True)
        return body, tree.title or None, None

    return Tool(extract)


def _block_text(root: Any) -> str:
    # text_content() alone glues "</p><p>" neighbours into one word ("endStart"), which cost
    # Readability about 0.005 F1 on average and up to 0.06 on a page: a newline after each block
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def _timed(
    extract: Extractor, data: bytes, url: str | None
) -> tuple[str, str | None, str | None, float, str | None]:
    started = time.perf_counter()
    try:
        body, title, kind = extract(data, url)
        error = None
    except Exception as caught:  # a tool failing on a page scores as an empty answer
        body, title, kind = "", None, None
        error = f"{type(caught).__name__}: {caught}"[:200]
    return body or "", title, kind, time.perf_counter() - started, error


def _untimed_title(
    find: TitleFinder, data: bytes, url: str | None
) -> tuple[str | None, str | None]:
    try:
        return find(data, url), None
    except Exception as caught:  # counted like a failed extraction
        return None, f"title: {type(caught).__name__}: {caught}"[:200]


# --- workers ----------------------------------------------------------------------------------


def _quiet() -> None:
    # trafilatura and readability log every page they cannot read; the error counts say enough
    logging.disable(logging.CRITICAL)


def _score_chunk(chunk: tuple[Sequence[corpus.Page], tuple[str, ...]]) -> list[dict[str, Any]]:
    pages, names = chunk
    tools = _tools(names)
    for tool in tools.values():
        _timed(tool.extract, _WARM_UP, None)
    return [score_page(page, tools) for page in pages]


def _progress(done: int, total: int) -> None:
    if done == total or done % 200 < CHUNK:
        print(f"  {done}/{total} pages", file=sys.stderr, flush=True)


# --- figures ----------------------------------------------------------------------------------


def _summarize_set(rows: Sequence[dict[str, Any]], tools: Sequence[str]) -> dict[str, Any]:
    articles = [row for row in rows if row["page_type"] == "article"]
    titled = [row for row in articles if row["truth_title"] is not None]
    figures: dict[str, Any] = {"pages": len(rows), "articles": len(articles), "tools": {}}
    for name in tools:
        figures["tools"][name] = {
            "body_f1": _mean(row["tools"][name]["f1"] for row in articles),
            "title_exact": _mean(row["tools"][name]["title_ok"] for row in titled),
            "empty_body": _mean(row["tools"][name]["empty"] for row in articles),
            "errors": sum(row["tools"][name]["error"] is not None for row in rows),
            **_rate(rows, name),
        }
    if "articlecrawl" in tools:
        figures["tools"]["articlecrawl"].update(_kind_figures(rows))
    figures["speed_ratio"] = _speed(rows, tools)["articlecrawl_x"]
    figures["by_page_type"] = _by_page_type(rows, tools)
    return figures


def _kind_figures(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    def kind(row: dict[str, Any]) -> str | None:
        return row["tools"]["articlecrawl"]["kind"]

    articles = [row for row in rows if row["page_type"] == "article"]
    lists = [row for row in rows if row["page_type"] in NON_ARTICLE_TYPES]
    return {
        "kind_article_ok": _mean(kind(row) == "article" for row in articles),
        "kind_listing_ok": _mean(kind(row) != "article" for row in lists),
    }


def _by_page_type(rows: Sequence[dict[str, Any]], tools: Sequence[str]) -> dict[str, Any]:
    types: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        types.setdefault(row["page_type"], []).append(row)
    table = {}
    for page_type, typed in sorted(types.items(), key=lambda item: (-len(item[1]), item[0])):
        table[page_type] = {
            "pages": len(typed),
            "body_f1": {name: _mean(row["tools"][name]["f1"] for row in typed) for name in tools},
        }
        if "articlecrawl" in tools:
            kinds = Counter(str(row["tools"]["articlecrawl"]["kind"]) for row in typed)
            table[page_type]["articlecrawl_kinds"] = dict(kinds.most_common())
    return table


def _rate(rows: Sequence[dict[str, Any]], name: str) -> dict[str, Any]:
    seconds = sum(row["tools"][name]["seconds"] for row in rows)
    return {
        "seconds": round(seconds, 3),
        "pages_per_s": round(len(rows) / seconds, 1) if seconds else None,
    }


def _speed(rows: Sequence[dict[str, Any]], tools: Sequence[str]) -> dict[str, Any]:
    """Pages/s per tool, and articlecrawl's rate as a multiple of each other tool's."""
    rates = {name: _rate(rows, name) for name in tools}
    ours = rates.get("articlecrawl", {}).get("seconds")
    ratios = {
        name: round(rate["seconds"] / ours, 2)
        for name, rate in rates.items()
        if ours and name != "articlecrawl"
    }
    return {
        "pages": len(rows),
        "pages_per_s": {name: rate["pages_per_s"] for name, rate in rates.items()},
        "articlecrawl_x": ratios,
    }


def _mean(values: Iterable[float | bool | None]) -> float | None:
    kept = [float(value) for value in values if value is not None]
    return round(fmean(kept), 3) if kept else None


# --- output -----------------------------------------------------------------------------------


def _print_set(name: str, figures: dict[str, Any], tools: Sequence[str]) -> None:
    print(f"\n{name}: {figures['pages']} pages, {figures['articles']} articles")
    header = ("tool", "body F1", "title exact", "kind ok", "list ok", "empty body", "pages/s")
    rows = [(*header, "errors")]
    for tool in tools:
        own = figures["tools"][tool]
        rows.append(
            (
                tool,
                _cell(own["body_f1"]),
                _cell(own["title_exact"]),
                _cell(own.get("kind_article_ok")),
                _cell(own.get("kind_listing_ok")),
                _cell(own["empty_body"]),
                _cell(own["pages_per_s"], ".1f"),
                str(own["errors"]),
            )
        )
    _print_rows(rows)
    if figures["speed_ratio"]:
        print(_ratio_line({"articlecrawl_x": figures["speed_ratio"]}))


def _print_page_types(name: str, figures: dict[str, Any], tools: Sequence[str]) -> None:
    print(f"\n{name} by page type: body F1 (every type has main content in the truth)")
    rows = [
        ("page type", "pages", *tools, *(["articlecrawl kinds"] if "articlecrawl" in tools else []))
    ]
    for page_type, typed in figures["by_page_type"].items():
        kinds = typed.get("articlecrawl_kinds")
        kind_text = [" ".join(f"{kind}:{count}" for kind, count in kinds.items())] if kinds else []
        rows.append(
            (
                page_type,
                str(typed["pages"]),
                *(_cell(typed["body_f1"][tool]) for tool in tools),
                *kind_text,
            )
        )
    _print_rows(rows)


def _ratio_line(speed: dict[str, Any]) -> str:
    ratios = speed["articlecrawl_x"]
    return "articlecrawl = " + ", ".join(f"{ratio:.1f}x {name}" for name, ratio in ratios.items())


def _cell(value: float | None, spec: str = ".3f") -> str:
    return "-" if value is None else format(value, spec)


def _print_rows(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())


def _dump(records: Sequence[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            tools = {
                name: {key: own[key] for key in ("f1", "title_ok", "kind", "seconds", "empty")}
                | ({"error": own["error"]} if own["error"] else {})
                for name, own in record["tools"].items()
            }
            ours = record["tools"].get("articlecrawl", {})
            line = {key: record[key] for key in ("set", "id", "url", "page_type", "fold")} | {
                "tools": tools,
                "articlecrawl_title": ours.get("title"),
                "truth_title": record["truth_title"],
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} pages to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
