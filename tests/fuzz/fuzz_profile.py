"""The ``fuzz`` Hypothesis profile: many, larger examples for long unattended runs.

``NEWSCLEAN_FUZZ=1 pytest tests/fuzz`` loads it (``NEWSCLEAN_FUZZ=20000`` sets the
examples per target; tests/fuzz/conftest.py does the loading). It is switched on by its
own variable, not ``HYPOTHESIS_PROFILE``, because tests/conftest.py loads that profile
before this module registers ``fuzz``. Without the variable the suite's ``ci`` profile
applies, sized for CI.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

DEFAULT_FUZZ_EXAMPLES = 5_000
"""Examples per target in a fuzzing run when ``NEWSCLEAN_FUZZ`` is just switched on."""

_SWITCH = os.environ.get("NEWSCLEAN_FUZZ", "")
FUZZING = _SWITCH not in ("", "0")
"""Whether this run is a fuzzing run (bigger inputs, see test_fuzz_targets.py)."""

settings.register_profile(
    "fuzz",
    max_examples=int(_SWITCH) if _SWITCH.isdigit() and int(_SWITCH) > 1 else
    DEFAULT_FUZZ_EXAMPLES,
    deadline=None,
    print_blob=True,
    derandomize=False,
    suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much, HealthCheck.large_base_example),
)
