"""The scrapinghub article-extraction benchmark metric (shingle precision/recall).

Implemented from the definition in the benchmark's README, so that our numbers are
comparable with the published ones:

- tokens are the ``\\w+`` matches of a text, case kept. We use the stdlib ``re`` (not
  ``regex``) because that is what the published figures were computed with; the two differ
  on combining marks (e.g. Devanagari vowel signs split a word under ``re``).
- shingles are the runs of 4 consecutive tokens, with multiplicity; 1-3 tokens give one
  shingle of all of them, an empty text gives none.
- per page, tp/fp/fn are normalised to sum to 1 so that long pages do not weigh more.
- precision is averaged over pages with some predicted shingle (tp + fp > 0), recall over
  pages with some expected shingle (tp + fn > 0), and F1 is the harmonic mean of those two
  averages (not a mean of page F1s).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+")
SHINGLE_SIZE = 4

Shingle = tuple[str, ...]


def tokenize(text: str) -> list[str]:
    """Return the word tokens of ``text``, case kept.

    >>> tokenize("Hello, world! It's 2024.")
    ['Hello', 'world', 'It', 's', '2024']
    """
    return TOKEN_RE.findall(text)


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Count every run of ``size`` consecutive tokens; short texts give one shingle.

    >>> sorted(shingles("a b c d e".split()).items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    >>> shingles(["only", "two"])
    Counter({('only', 'two'): 1})
    >>> shingles([])
    Counter()
    """
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """Normalised shingle counts of one page, plus whether the tokens matched exactly."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        """Page precision: 1 for a perfect match, 0 when nothing right was predicted."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """Page recall: 1 for a perfect match, 0 when nothing expected was found."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Page F1, only for finding bad pages; the benchmark F1 is computed differently."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score_page(true: str, pred: str) -> PageScore:
    """Compare a predicted body text with the ground truth of one page.

    >>> s = score_page("one two three four five", "one two three four")
    >>> (s.tp, s.fp, s.fn)
    (0.5, 0.0, 0.5)
    >>> (s.precision, s.recall, s.exact)
    (1.0, 0.5, False)
    """
    true_tokens, pred_tokens = tokenize(true), tokenize(pred)
    true_counts, pred_counts = shingles(true_tokens), shingles(pred_tokens)
    tp = fp = fn = 0
    for key in true_counts.keys() | pred_counts.keys():
        t, p = true_counts[key], pred_counts[key]
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        return PageScore(tp / total, fp / total, fn / total, true_tokens == pred_tokens)
    return PageScore(0.0, 0.0, 0.0, true_tokens == pred_tokens)


@dataclass(frozen=True)
class Summary:
    """Benchmark-level figures over a set of pages."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def summarize(scores: Iterable[PageScore]) -> Summary:
    """Average page scores the way the benchmark does.

    >>> perfect = score_page("a b c d e", "a b c d e")
    >>> empty = score_page("a b c d e", "")
    >>> s = summarize([perfect, empty])
    >>> (s.precision, s.recall, round(s.f1, 3), s.accuracy)
    (1.0, 0.5, 0.667, 0.5)
    """
    scores = list(scores)
    precisions = [s.precision for s in scores if s.tp + s.fp > 0]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    accuracy = statistics.fmean(s.exact for s in scores) if scores else 0.0
    return Summary(f1, precision, recall, accuracy, len(scores))
