"""The batch work for a distributed engine: a partition of records in, output records out.

Dask's ``Bag.map_partitions``, Spark's ``RDD.mapPartitions`` and Ray's
``Dataset.map_batches`` all hand a function many records at once; this is that
function. It holds no state, and everything it is given pickles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..cleaner import DEFAULT_CLEANER, Cleaner
from .records import ARTICLE_FIELDS, article_record
from .tasks import PageTask, Source
from .worker import Job, clean_task


def clean_records(
    records: Iterable[Mapping[str, Any]],
    *,
    cleaner: Cleaner = DEFAULT_CLEANER,
    html_field: str = "html",
    url_field: str = "url",
    encoding_field: str = "content_type",
    fields: Sequence[str] = ARTICLE_FIELDS,
) -> list[dict[str, Any]]:
    """Clean each record's page; each result is the article's ``fields`` or an ``error``.

    Every result keeps the input's ``url`` and, when present, its ``id`` under
    ``source``, so results can be joined back to inputs after a shuffle.

    >>> page = "Advertisement\\nThe council voted on Tuesday to rebuild the old bridge."
    >>> [out] = clean_records([{"id": 7, "html": page}], fields=["text"])
    >>> out["source"], out["text"]
    ({'id': 7, 'url': None}, 'The council voted on Tuesday to rebuild the old bridge.')
    """
    job = Job(cleaner=cleaner, fields=tuple(fields))
    results = []
    for record in records:
        url = record.get(url_field)
        source = Source("", url if isinstance(url, str) else None)
        page = record.get(html_field)
        task = (
            PageTask(source, page, record.get(encoding_field))
            if isinstance(page, (str, bytes))
            else PageTask(source, error=f"no page in field {html_field!r}")
        )
        result = clean_task(job, task)
        out: dict[str, Any] = {"source": {"id": record.get("id"), "url": source.url}}
        if isinstance(result, str):
            out["error"] = result
        else:
            out.update(article_record(result, job.fields))
        results.append(out)
    return results

