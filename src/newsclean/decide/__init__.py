"""Decisions: the one place that turns findings into keep / remove / metadata.

:mod:`.ledger` folds each rule's findings into block verdicts and span cuts;
:mod:`.metadata` chooses the Article's metadata from what the rules reported.
The build stage only assembles what is decided here.
"""

from __future__ import annotations

from .ledger import Cut, Preempted, Verdict
from .run import Decisions, decide, preemptions

__all__ = ["Cut", "Decisions", "Preempted", "Verdict", "decide", "preemptions"]
