"""Fit the page-kind model (`parsers/kind_model.py`) on real pages and write its weights to
`parsers/weights/kind.json`.

    python tools/fit_kind.py [CORPUS_DIR]          # needs the dev extra (scikit-learn)

The pages are the corpus that `benchmarks/real_pages.py` scores (../shared/corpora by default).
Only the development folds (1-4, see `benchmarks/corpus.py`) are used: the regularization and the
threshold are chosen by cross-validation across those four folds (each site in one fold), the
final model is fitted on all four, and the score printed last is on fold 0, which nothing here
looked at before. Labels: a page the annotators typed "article" is an article; "listing" and
"collection" are not; forum, product, service and documentation pages are left out (the
benchmark does not score them, and they are neither clearly one nor the other).
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import DEFAULT_CORPUS, TEST_FOLD, Page, fold_of, load_sets  # noqa: E402

from parsers.html import kind_signals  # noqa: E402
from parsers.kind_model import FEATURES, features  # noqa: E402

WEIGHTS = ROOT / "parsers" / "weights" / "kind.json"
_ARTICLE, _NOT_ARTICLE = frozenset(["article"]), frozenset(["listing", "collection"])
_C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    pages = [
        page
        for pages in load_sets(args.corpus).values()
        for page in pages
        if page.page_type in _ARTICLE | _NOT_ARTICLE
    ]
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for row in pool.map(_row, pages, chunksize=16) if row is not None]
    dev = [row for row in rows if row["fold"] != TEST_FOLD]
    test = [row for row in rows if row["fold"] == TEST_FOLD]
    c, threshold, cv_accuracy = _choose(dev)
    model = _fit(dev, c)
    weights = _export(model, threshold, c, cv_accuracy, len(dev))
    test_accuracy = _accuracy(model, test, threshold)
    weights["test_fold_accuracy"] = round(test_accuracy, 4)
    weights["test_fold_pages"] = len(test)
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(
        f"C={c} threshold={threshold:.2f} cross-validated accuracy {cv_accuracy:.3f} on "
        f"{len(dev)} dev pages; fold {TEST_FOLD} accuracy {test_accuracy:.3f} on {len(test)} "
        f"pages; wrote {WEIGHTS.relative_to(ROOT)}"
    )


def _row(page: Page) -> dict | None:
    signals = kind_signals(page.read_bytes(), page.url)
    if signals is None:
        return None
    values = features(signals)
    return {
        "x": [values[name] for name in FEATURES],
        "y": int(page.page_type in _ARTICLE),
        "fold": fold_of(page),
    }


def _choose(rows: list[dict]) -> tuple[float, float, float]:
    """The C and threshold with the best accuracy over the dev folds, each fold predicted by a
    model fitted on the other three."""
    folds = sorted({row["fold"] for row in rows})
    best = (0.0, 0.5, -1.0)
    for c in _C_GRID:
        scored: list[tuple[float, int]] = []
        for fold in folds:
            model = _fit([r for r in rows if r["fold"] != fold], c)
            held = [r for r in rows if r["fold"] == fold]
            probabilities = model.predict_proba([r["x"] for r in held])[:, 1]
            scored.extend(zip(probabilities, (r["y"] for r in held), strict=True))
        for step in range(20, 81, 2):
            threshold = step / 100
            right = sum((p >= threshold) == bool(y) for p, y in scored)
            accuracy = right / len(scored)
            if accuracy > best[2] + 1e-9:
                best = (c, threshold, accuracy)
    return best


def _fit(rows: list[dict], c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
    model.fit([r["x"] for r in rows], [r["y"] for r in rows])
    return model


def _accuracy(model, rows: list[dict], threshold: float) -> float:
    if not rows:
        return 0.0
    probabilities = model.predict_proba([r["x"] for r in rows])[:, 1]
    right = sum((p >= threshold) == bool(r["y"]) for p, r in zip(probabilities, rows, strict=True))
    return right / len(rows)


def _export(model, threshold: float, c: float, cv_accuracy: float, pages: int) -> dict:
    scaler, regression = model[0], model[1]
    return {
        "fitted_by": "tools/fit_kind.py",
        "data": "development folds 1-4 of ../shared/corpora (WCXB dev split, magic-html, CWCED)",
        "pages": pages,
        "C": c,
        "cross_validated_accuracy": round(cv_accuracy, 4),
        "threshold": threshold,
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) if v else 1.0 for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in regression.coef_[0]],
        "intercept": round(float(regression.intercept_[0]), 6),
    }


if __name__ == "__main__":
    main()
