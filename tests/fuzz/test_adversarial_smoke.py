"""Smoke test of benchmarks/adversarial.py: every case builds, runs and reports.

No timings are asserted (those belong in the benchmark's own table); this only keeps the
script from rotting while the core changes under it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import adversarial  # noqa: E402

SMOKE_N = 1
"""A size small enough for every case to clean in milliseconds."""


@pytest.mark.parametrize("name", [case.name for case in adversarial.CASES])
def test_every_case_runs_and_reports(name: str) -> None:
    """Each case builds at a tiny size and :func:`run_one` returns a full result row."""
    result = adversarial.run_one(name, SMOKE_N)
    assert result["case"] == name and result["bytes"] > 0
    assert result["seconds"] >= 0
    assert result["outcome"].startswith("ok ") or result["outcome"].isidentifier()


def test_an_exception_is_reported_by_its_type(monkeypatch: pytest.MonkeyPatch) -> None:
    """A case whose page makes clean() raise shows the exception's type as its outcome."""
    case = adversarial.Case("not-a-page", "an int", lambda n: (n, {}), 1)
    monkeypatch.setitem(adversarial.BY_NAME, case.name, case)
    result = adversarial.run_one(case.name, SMOKE_N)
    assert result["outcome"] == "InputError"


def test_problems_are_named() -> None:
    """A case's check reports what went wrong (here: text cut by a lone surrogate today,
    or nothing once fixed), and never crashes on the article it is given."""
    result = adversarial.run_one("surrogate-html", SMOKE_N)
    assert result["problem"] in {"", "LOST 'the mayor spoke' (no note)"}


def _row(seconds: float | None, size: int, outcome: str = "ok b=1 n=0") -> dict[str, object]:
    return {"case": "x", "n": 1, "bytes": size, "seconds": seconds, "outcome": outcome}


def test_growth_verdicts() -> None:
    """Doubling size with doubled time is linear; with quadrupled time it is not."""
    assert adversarial.growth(_row(1.0, 1000), _row(2.0, 2000)).startswith("yes (k=1.0)")
    assert adversarial.growth(_row(1.0, 1000), _row(4.0, 2000)).startswith("NO (k=2.0)")
    assert adversarial.growth(_row(0.001, 1000), _row(0.004, 2000)) == "n/a (fast)"
    assert adversarial.growth(_row(1.0, 1000), _row(None, 2000, "TIMEOUT")) == "NO (timeout)"


def test_bar() -> None:
    """Issue 11's bound: 1 s per MB plus half a second."""
    assert adversarial.within_bar(_row(1.4, 1_000_000)) == "ok"
    assert adversarial.within_bar(_row(1.6, 1_000_000)) == "OVER"
    assert adversarial.within_bar(_row(None, 0, "TIMEOUT")) == "OVER"
