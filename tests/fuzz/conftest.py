"""Load the ``fuzz`` Hypothesis profile when ``NEWSCLEAN_FUZZ`` asks for a fuzzing run."""

from __future__ import annotations

from hypothesis import settings

from tests.fuzz.fuzz_profile import FUZZING

if FUZZING:
    settings.load_profile("fuzz")
