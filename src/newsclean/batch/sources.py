"""Finding the pages: paths, directories, stdin, JSON Lines and WARC files.

Every page becomes a :class:`PageTask` that names where it came from. An input
that cannot be read becomes a task that carries the error instead of a page,
so it gets its own error record in the output rather than vanishing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from .readers import (
    READ_ERRORS,
    InputFormat,
    input_format,
    jsonl_tasks,
    read_page_bytes,
    warc_tasks,
)
from .tasks import STDIN, PageTask, Source

_log = logging.getLogger(__name__)

DEFAULT_GLOBS: tuple[str, ...] = tuple(
    f"*.{ext}{gz}" for gz in ("", ".gz") for ext in ("html", "htm", "txt")
)
"""What a directory yields when no ``--glob`` is given: pages, plain or gzipped."""


@dataclass(frozen=True, slots=True)
class Discovery:
    """How to turn paths into pages (the command line's reading options)."""

    globs: Sequence[str] = DEFAULT_GLOBS
    html_field: str = "html"
    url_field: str = "url"
    url: str | None = None
    encoding: str | None = None
    stdin: Any = field(default=None, compare=False)
    """A binary stream for ``-``; ``None`` means ``sys.stdin.buffer``."""


def is_batch(paths: Sequence[str]) -> bool:
    """True when the paths can hold more than one page (so the output is JSON Lines)."""
    if len(paths) != 1 or paths[0] == STDIN:
        return len(paths) > 1
    path = Path(paths[0])
    try:
        return path.is_dir() or input_format(path) is not InputFormat.PAGE
    except READ_ERRORS:  # a missing file is one page that fails
        return False


def iter_tasks(paths: Iterable[str], options: Discovery) -> Iterator[PageTask]:
    """Every page of every path, in order (a directory's files sorted by path)."""
    for name in paths:
        if name == STDIN:
            yield _stdin_task(options)
            continue
        path = Path(name)
        if path.is_dir():
            files = _walk(path, options.globs)
            if not files:
                _log.warning("%s: no file matches %s", name, " ".join(options.globs))
            for file in files:
                yield from _file_tasks(file, options)
        else:
            yield from _file_tasks(path, options)


def _walk(root: Path, globs: Sequence[str]) -> list[Path]:
    """Files under ``root`` (recursively) whose name matches one of ``globs``, sorted."""
    found = (p for p in root.rglob("*") if any(fnmatch(p.name, g) for g in globs))
    return sorted(p for p in found if p.is_file())


def _stdin_task(options: Discovery) -> PageTask:
    stream = options.stdin if options.stdin is not None else sys.stdin.buffer
    source = Source(STDIN, options.url)
    try:
        return PageTask(source, read_page_bytes(stream), options.encoding)
    except READ_ERRORS as exc:
        return PageTask(source, error=_os_message(exc))


def _file_tasks(path: Path, options: Discovery) -> Iterator[PageTask]:
    """The pages of one file, whatever its format; an unreadable file is one error task."""
    name = str(path)
    try:
        kind = input_format(path)
    except OSError as exc:
        yield PageTask(Source(name, options.url), error=_os_message(exc))
        return
    if kind is InputFormat.JSONL:
        yield from _guarded(name, jsonl_tasks(path, options.html_field, options.url_field))
    elif kind is InputFormat.WARC:
        yield from _guarded(name, warc_tasks(path))
    else:
        source = Source(name, options.url)
        try:
            with path.open("rb") as stream:
                page = read_page_bytes(stream)
        except READ_ERRORS as exc:
            yield PageTask(source, error=_os_message(exc))
            return
        yield PageTask(source, page, options.encoding)


def _guarded(name: str, tasks: Iterator[PageTask]) -> Iterator[PageTask]:
    """Tasks from a many-page reader; a failure part-way is one more error task for the file."""
    try:
        yield from tasks
    except Exception as exc:  # a corrupt archive: say so, and go on with the next path
        yield PageTask(Source(name), error=f"stopped reading: {exc}")


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    return f"cannot read: {exc}"
