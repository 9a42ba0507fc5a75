"""The work for one page, as a worker process runs it: clean, then render one output record.

Rendering happens in the worker too, so the parent process only reads inputs
and writes strings; a failure of any kind becomes an error outcome, never an
exception that would end the batch.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..cleaner import DEFAULT_CLEANER, Cleaner
from ..errors import NewscleanError
from .records import ARTICLE_FIELDS, article_record
from .tasks import PageTask, Source

PRETTY_INDENT = 2
"""Indent of the one JSON document written for a single page."""


class OutputFormat(str, enum.Enum):
    """What each page becomes on standard output."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    """One indented JSON article (a single page)."""
    JSONL = "jsonl"
    """One compact JSON record per page, with its ``source``."""


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs besides the page: picklable, sent once per worker."""

    cleaner: Cleaner = DEFAULT_CLEANER
    kind: str = "auto"
    output: OutputFormat = OutputFormat.JSONL
    fields: tuple[str, ...] = ARTICLE_FIELDS
    ascii_only: bool = False
    """Escape non-ASCII in JSON, for a standard output that cannot encode it."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One page's result: the text to write, whether it had a body, or what went wrong."""

    source: Source
    output: str
    article: bool = False
    error: str | None = None


def clean_task(job: Job, task: PageTask) -> Article | str:
    """The task's Article, or the message saying why there is none; never raises."""
    if task.error is not None:
        return task.error
    try:
        return job.cleaner.clean(
            task.page, url=task.source.url, kind=job.kind, encoding=task.encoding
        )
    except NewscleanError as exc:
        return str(exc)
    except Exception as exc:  # a bug in a rule must cost one page, not the batch
        return f"{type(exc).__name__}: {exc}"


def run(job: Job, task: PageTask) -> Outcome:
    """Clean ``task``'s page and render it as ``job`` says; never raises for a bad page."""
    result = clean_task(job, task)
    if isinstance(result, Article):
        data = article_record(result, job.fields)
        return Outcome(task.source, _render(job, task.source, data, result), bool(result.body))
    if job.output is OutputFormat.JSONL:
        record = {"source": task.source.to_dict(), "error": result}
        return Outcome(task.source, _dumps(job, record), error=result)
    return Outcome(task.source, "", error=result)


def _render(job: Job, source: Source, data: dict[str, Any], article: Article) -> str:
    if job.output is OutputFormat.JSONL:
        return _dumps(job, {"source": source.to_dict(), **data})
    if job.output is OutputFormat.JSON:
        text = json.dumps(data, ensure_ascii=job.ascii_only, indent=PRETTY_INDENT)
        return text + "\n"
    if job.output is OutputFormat.MARKDOWN:
        return article.to_markdown()
    text = article.text
    return text + "\n" if text else ""


def _dumps(job: Job, record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=job.ascii_only, separators=(",", ":")) + "\n"
