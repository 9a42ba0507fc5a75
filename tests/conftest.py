"""Shared test setup: the Hypothesis profiles.

``ci`` (the default) is derandomized, so a run is reproducible and an unrelated
change cannot fail on a freshly drawn example, and it keeps the whole suite well
under a minute on two cores. ``dev`` draws ten times as many random examples: run
it after changing a rule, ``HYPOTHESIS_PROFILE=dev pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=(HealthCheck.too_slow,),
)
settings.register_profile(
    "dev",
    max_examples=600,
    deadline=None,
    print_blob=True,
    suppress_health_check=(HealthCheck.too_slow,),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
