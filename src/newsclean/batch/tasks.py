"""A page to clean and where it came from: what travels from the reader to a worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STDIN = "-"
"""The path that means standard input."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a page came from: a path, and its line (JSON Lines) or record id (WARC)."""

    path: str
    url: str | None = None
    line: int | None = None
    record: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``path`` and ``url`` always, ``line`` or ``record`` when the path holds many pages."""
        out: dict[str, Any] = {"path": self.path}
        if self.line is not None:
            out["line"] = self.line
        if self.record is not None:
            out["record"] = self.record
        out["url"] = self.url
        return out

    @property
    def label(self) -> str:
        """How messages name the page: ``path``, ``path:line`` or ``path#record``."""
        path = "<stdin>" if self.path == STDIN else self.path
        if self.line is not None:
            return f"{path}:{self.line}"
        if self.record is not None:
            return f"{path}#{self.record}"
        return path


@dataclass(frozen=True, slots=True)
class PageTask:
    """One page to clean, or the reason it could not be read (``error``)."""

    source: Source
    page: bytes | str | None = None
    encoding: str | None = None
    error: str | None = None
