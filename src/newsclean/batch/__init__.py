"""Cleaning many pages: find them, clean them in worker processes, write one record each.

The batch command line (:mod:`newsclean.cli`) is a thin layer over this
package, and :func:`clean_records` is the same work for a distributed engine
(Dask, Spark, Ray): a partition of ``{"html": ..., "url": ...}`` dicts in, a
list of output records out.
"""

from __future__ import annotations

from .partition import clean_records
from .records import ARTICLE_FIELDS, parse_fields
from .sources import Discovery, is_batch, iter_tasks
from .tasks import PageTask, Source

__all__ = [
    "ARTICLE_FIELDS",
    "Discovery",
    "PageTask",
    "Source",
    "clean_records",
    "is_batch",
    "iter_tasks",
    "parse_fields",
]
