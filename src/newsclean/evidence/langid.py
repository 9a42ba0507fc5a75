"""The optional language detector: py3langid, installed with the ``lang`` extra.

The built-in guess (:func:`.language.guess_language`: a script, or the commonest
words of 13 languages) is cheap and says nothing when unsure. py3langid knows 97
languages and was right on every page of both benchmarks, but costs several
milliseconds a page, so it is asked only where the built-in guess cannot settle
the question: a page that declares no language, a guess that contradicts the
declared one, or no guess at all (see ``PageHintsRule``). It is imported on
first use, so ``import newsclean`` never pays for it, and without the extra the
built-in guess stands alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

Detector = Callable[[str], "str | None"]
"""Text -> an ISO 639-1 code, or None when unsure."""

MIN_LETTERS = 200
"""Shorter texts are not given to the detector: a menu or a caption says too little."""
DETECT_CHARS = 3_000
"""Characters of text read (the opening of an article tells its language)."""


def statistical_detector() -> Detector | None:
    """py3langid's ``classify``, wrapped, when the ``lang`` extra is installed; else None."""
    module = _py3langid()
    if module is None:
        return None

    def detect(text: str) -> str | None:
        text = text[:DETECT_CHARS]
        if sum(map(str.isalpha, text)) < MIN_LETTERS:  # counted by a C-level map
            return None
        code, _score = module.classify(text)
        return str(code) or None

    return detect


@cache
def _py3langid() -> Any:
    """The py3langid module, or None: looked for once per process, like any import (a failed
    import searches the whole path again each time, which would cost milliseconds a page)."""
    try:
        import py3langid  # optional and costly: imported on first use
    except ImportError:
        return None
    return py3langid
