"""Real pages with ground truth (the shared corpus, kept outside the repository), and scoring.

The corpus folder (default `../shared/corpora` next to the repository) holds one subfolder per set,
each with `truth.jsonl` (one JSON object a line: id, url, title, body, page_type, source) and
`pages/<id>.html.gz` (gzip of the bytes as fetched). Its README says where the sets come from.

Folds: every page gets a cross-validation fold, 0-4, from a SHA-1 of its site (the URL's host,
lower-cased, "www." dropped), or of its id when it has no URL. One site's pages share a fold, so a
rule fitted on a site's template cannot score that template again in another fold.

- Fold 0 is the held-out TEST fold: nothing is tuned, fitted or debugged on it; the figures the
  project reports come from it.
- Folds 1-4 are for development and fitting (cross-validate across them).

Scoring follows WCXB: word F1 over token counts, where a token is a lower-cased run of word
characters, except that every CJK ideograph is a token of its own (Chinese has no spaces, so it is
scored per character); titles match when equal after case folding and whitespace collapsing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora"
TEST_FOLD = 0
FOLDS = 5

# CJK ideographs first, one at a time; then runs of word characters that are neither underscore
# nor ideographs (otherwise "abc中文" would be one token).
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


@dataclass(frozen=True)
class Page:
    """One page of a set, with what the set's annotators wrote down for it."""

    set_name: str
    id: str
    url: str | None
    title: str | None
    body: str
    page_type: str
    source: str | None
    path: Path

    def read_bytes(self) -> bytes:
        """The page's bytes as fetched (gunzipped, not decoded)."""
        return gzip.decompress(self.path.read_bytes())


def load_sets(corpus_dir: Path) -> dict[str, list[Page]]:
    """Every set under `corpus_dir` (each subfolder with a truth.jsonl), in name order.

    Exits with status 2 and a one-line message when the folder is missing or holds no set.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        _fail(f"corpus folder not found: {corpus_dir}")
    sets = {
        folder.name: _load_set(folder)
        for folder in sorted(corpus_dir.iterdir())
        if (folder / "truth.jsonl").is_file()
    }
    if not sets:
        _fail(f"no sets (subfolders with truth.jsonl) in {corpus_dir}")
    return sets


def site_of(page: Page) -> str:
    """The page's site: its URL's host, lower-cased, without "www."; its id when it has no URL."""
    host = (urlsplit(page.url).hostname or "") if page.url else ""
    host = host.lower().removeprefix("www.")
    return host or page.id


def fold_of(page: Page, folds: int = FOLDS) -> int:
    """The page's cross-validation fold, 0 to folds-1; fold 0 is the held-out test fold.

    SHA-1, not hash(): Python salts str hashes per process, and folds must not move between runs.
    """
    digest = hashlib.sha1(site_of(page).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % folds


def tokens(text: str) -> Counter[str]:
    """WCXB's word-F1 tokens: lower-cased word runs, every CJK ideograph a token of its own."""
    return Counter(_TOKEN.findall(text.lower()))


def f1(predicted: str, truth: str) -> float:
    """Token F1 against the truth; 1.0 when neither has a token, 0.0 when just one has none."""
    got, want = tokens(predicted), tokens(truth)
    if not got and not want:
        return 1.0
    if not got or not want:
        return 0.0
    overlap = sum((got & want).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def same_title(predicted: str | None, truth: str | None) -> bool:
    """Titles equal after case folding and collapsing whitespace; a missing one matches nothing."""
    if predicted is None or truth is None:
        return False
    return _normal_title(predicted) == _normal_title(truth)


def _normal_title(title: str) -> str:
    return " ".join(title.split()).casefold()


def _load_set(folder: Path) -> list[Page]:
    pages = []
    with (folder / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            page_id = str(row["id"])
            pages.append(
                Page(
                    set_name=folder.name,
                    id=page_id,
                    url=row.get("url"),
                    title=row.get("title"),
                    body=row.get("body") or "",
                    page_type=row.get("page_type") or "article",
                    source=row.get("source"),
                    path=folder / "pages" / f"{page_id}.html.gz",
                )
            )
    return pages


def _fail(message: str) -> NoReturn:
    # a one-line message and status 2, like an argparse usage error, rather than a traceback
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def corpus_dir(given: str | None, benchmark: str) -> Path:
    """The corpus folder to read: `given`, else the default one; where neither is given and the
    default is missing (a clone without the shared corpus), print that `benchmark` is skipped
    and exit 0, so `make bench` goes on with the others. A given folder that is missing is
    `load_sets`'s one-line error, exit 2."""
    if given is not None:
        return Path(given)
    if not DEFAULT_CORPUS.is_dir():
        print(f"{benchmark}: skipped, no corpus at {DEFAULT_CORPUS}")
        raise SystemExit(0)
    return DEFAULT_CORPUS
