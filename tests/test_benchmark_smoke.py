"""Smoke test of the benchmark harness, and hand-checked cases of the benchmark metric."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import metric  # noqa: E402
import scrapinghub  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "scrapinghub"


def test_identical_texts_score_one() -> None:
    """A prediction equal to the truth gets precision, recall and accuracy 1."""
    s = metric.score_page("The quick brown fox jumps.", "The quick brown fox jumps")
    assert (s.tp, s.fp, s.fn) == (1.0, 0.0, 0.0)
    assert (s.precision, s.recall, s.exact) == (1.0, 1.0, True)


def test_disjoint_texts_score_zero() -> None:
    """A prediction sharing no shingle with the truth gets precision and recall 0."""
    s = metric.score_page("a b c d", "w x y z")
    assert (s.tp, s.fp, s.fn) == (0.0, 0.5, 0.5)
    assert (s.precision, s.recall, s.exact) == (0.0, 0.0, False)


def test_case_is_kept() -> None:
    """Tokens differing only in case do not match."""
    assert metric.score_page("Hello", "hello").precision == 0.0


def test_short_text_is_one_shingle() -> None:
    """A text of 1-3 tokens is a single shingle of all its tokens."""
    assert metric.shingles(["a", "b", "c"]) == Counter({("a", "b", "c"): 1})
    assert metric.score_page("Hello world", "Hello, world!").precision == 1.0
    # ("Hello", "world") and ("Hello", "there", "world") are different shingles.
    s = metric.score_page("Hello world", "Hello there world")
    assert (s.precision, s.recall) == (0.0, 0.0)


def test_shingles_count_multiplicity() -> None:
    """A repeated passage counts once per occurrence, so predicting it once loses recall."""
    # 8 tokens give 5 shingles: abcd twice, bcda, cdab, dabc; the prediction has abcd once.
    twice, once = "a b c d a b c d", "a b c d"
    assert metric.shingles(twice.split())[("a", "b", "c", "d")] == 2
    s = metric.score_page(twice, once)
    assert (s.tp, s.fp, s.fn) == pytest.approx((0.2, 0.0, 0.8))
    assert (s.precision, s.recall) == pytest.approx((1.0, 0.2))
    s = metric.score_page(once, twice)
    assert (s.precision, s.recall) == pytest.approx((0.2, 1.0))


def test_summary_skips_pages_per_side() -> None:
    """Precision ignores pages with nothing predicted, recall pages with nothing expected."""
    perfect = metric.score_page("a b c d e", "a b c d e")
    missed = metric.score_page("a b c d e", "")  # tp = fp = 0: no precision
    both_empty = metric.score_page("", "")  # counted only in accuracy
    s = metric.summarize([perfect, missed, both_empty])
    assert s.precision == 1.0
    assert s.recall == 0.5
    assert s.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert s.accuracy == pytest.approx(2 / 3)
    assert s.pages == 3


def test_scrapinghub_smoke(tmp_path: Path) -> None:
    """newsclean runs on three real benchmark pages and the results have a sane shape."""
    if not (DATA / "ground-truth.json").is_file():
        pytest.skip(f"benchmark data not found at {DATA}")
    pages = scrapinghub.load_pages(DATA, 3)
    extractors = scrapinghub.make_extractors(["newsclean"], exact=True)
    assert [e.name for e in extractors] == ["newsclean"], "newsclean did not import"

    (result,) = scrapinghub.run(pages, extractors)
    stats = result.stats()
    assert stats["pages"] == 3
    assert stats["errors"] == 0, result.errors
    for key in ("f1", "precision", "recall", "accuracy"):
        assert 0.0 <= stats[key] <= 1.0, key
    assert len(result.seconds) == 3
    assert all(t > 0 for t in result.seconds)
    assert stats["median_ms"] > 0
    assert stats["pages_per_s"] > 0
    assert "newsclean" in scrapinghub.format_table([result])

    tsv = tmp_path / "pages.tsv"
    scrapinghub.write_per_page(tsv, pages, [result])
    assert len(tsv.read_text(encoding="utf-8").splitlines()) == 4
