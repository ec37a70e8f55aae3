"""How well the parser finds a page's parts, side by side with trafilatura, on pages whose right
answer a person wrote down.

    python benchmarks/extraction_quality.py

Two sets of pages, scored apart:
- "seen": the fixture corpus (tests/fixtures, hand-written expected.json) and the bundled sample
  site (data/sample_site, truth in site.json: title and kind only). The parser was developed
  against these, so they say it does what it was taught, not how it generalizes.
- "held-out": benchmarks/heldout/, pages in templates the parser was never developed against,
  with records a person wrote without looking at the parser (never tune against them).
Body F1 is over tokens: words for Latin text, single characters for Chinese, so both languages
weigh alike. Prints a table per set and last one JSON line: {"pages": N, "body_f1": ...,
"trafilatura_body_f1": ..., "title_accuracy": ..., "kind_accuracy": ..., "heldout": {...}}.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers import parse_html  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
HELDOUT = ROOT / "benchmarks" / "heldout"
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)


def main() -> None:
    seen = _score("seen: fixtures and sample site", _case_rows(FIXTURES) + _sample_site_rows())
    heldout_rows = _case_rows(HELDOUT)
    result = dict(seen)
    if heldout_rows:
        result["heldout"] = _score("held-out: templates never developed against", heldout_rows)
    print(json.dumps(result))


def _case_rows(directory: Path) -> list[dict]:
    import trafilatura

    rows = []
    for case in sorted(directory.iterdir()) if directory.is_dir() else []:
        page = case / "page.html"
        if not page.exists():
            continue
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        data = page.read_bytes()
        ours = parse_html(data, meta["url"], content_type=meta.get("content_type"))
        is_article = expected["kind"] == "article"
        theirs = trafilatura.extract(data, url=meta["url"]) or "" if is_article else ""
        rows.append(
            {
                "case": case.name,
                "kind_ok": ours.kind == expected["kind"],
                "title_ok": _same(ours.title, expected["title"]) if is_article else None,
                "f1": f1(ours.body, expected["body"]) if is_article else None,
                "trafilatura_f1": f1(theirs, expected["body"]) if is_article else None,
            }
        )
    return rows


def _score(name: str, rows: list[dict]) -> dict:
    print(f"\n{name}")
    print(f"{'page':<34} {'kind':>5} {'title':>6} {'body F1':>8} {'trafilatura':>12}")
    for row in rows:
        print(
            f"{row['case']:<34} {_mark(row['kind_ok']):>5} {_mark(row['title_ok']):>6} "
            f"{_num(row['f1']):>8} {_num(row['trafilatura_f1']):>12}"
        )
    scored = [row for row in rows if row["f1"] is not None]
    titled = [row for row in rows if row["title_ok"] is not None]
    body_f1 = sum(row["f1"] for row in scored) / len(scored)
    theirs_f1 = sum(row["trafilatura_f1"] for row in scored) / len(scored)
    titles = sum(row["title_ok"] for row in titled) / len(titled)
    kinds = sum(row["kind_ok"] for row in rows) / len(rows)
    print(
        f"{len(rows)} pages: body F1 {body_f1:.3f} (trafilatura {theirs_f1:.3f}, on "
        f"{len(scored)} articles with a written body); title right on {titles:.1%} of "
        f"{len(titled)} articles; kind right on {kinds:.1%}"
    )
    return {
        "pages": len(rows),
        "body_f1": round(body_f1, 3),
        "trafilatura_body_f1": round(theirs_f1, 3),
        "title_accuracy": round(titles, 3),
        "kind_accuracy": round(kinds, 3),
    }


def f1(found: str, expected: str) -> float:
    """Token F1 of `found` against `expected` (bags of tokens, so order does not count)."""
    got, want = Counter(_TOKEN.findall(found.lower())), Counter(_TOKEN.findall(expected.lower()))
    if not got or not want:
        return 1.0 if got == want else 0.0
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _sample_site_rows() -> list[dict]:
    from crawler.samplesite import SAMPLE_SITE_DIR, load_site_manifest

    manifest = load_site_manifest()
    rows = []
    for article in manifest.articles:
        path = SAMPLE_SITE_DIR / article.path.lstrip("/")
        content_type = "text/html; charset=gbk" if article.encoding == "gbk" else None
        ours = parse_html(
            path.read_bytes(), f"http://sample.test{article.path}", content_type=content_type
        )
        rows.append(
            {
                "case": f"sample{article.path}",
                "kind_ok": ours.kind == "article",
                "title_ok": ours.title == article.title,
                "f1": None,
                "trafilatura_f1": None,
            }
        )
    for listing in manifest.listing_pages:
        path = SAMPLE_SITE_DIR / (listing.path.lstrip("/") or "index.html")
        if path.is_dir():
            path = path / "index.html"
        ours = parse_html(path.read_bytes(), f"http://sample.test{listing.path}")
        rows.append(
            {
                "case": f"sample{listing.path}",
                "kind_ok": ours.kind == "listing",
                "title_ok": None,  # a listing's title is not part of its truth
                "f1": None,
                "trafilatura_f1": None,
            }
        )
    return rows


def _same(title: str | None, expected: str | None) -> bool:
    """Titles compared as the fixture tests compare them: runs of whitespace (U+3000 too) as
    one space."""
    return " ".join((title or "").split()) == " ".join((expected or "").split())


def _mark(ok: bool | None) -> str:
    return "-" if ok is None else "ok" if ok else "WRONG"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    main()
