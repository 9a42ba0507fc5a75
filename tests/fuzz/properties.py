"""The properties every fuzz target checks, shared by hypothesis, the corpus and atheris.

One call of :func:`check` is one fuzz execution: ``clean()`` must either raise a
documented :class:`newsclean.errors.NewscleanError` or return an ``Article`` whose JSON
encodes as UTF-8 and which rebuilds from its own ``to_dict()``.

:data:`KNOWN` lists the failure classes already reported in issue 11 and pinned by a
strict-xfail corpus file each (``tests/fuzz/corpus``). The hypothesis targets step over
them, so a random run keeps looking for *new* classes instead of re-finding these on
every twentieth page. When a fix lands, the pinned corpus test passes, strict xfail
turns that into a failure, and whoever removes the xfail removes the entry here too
(``test_corpus.py`` checks that each entry still has its pinned file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup

import newsclean
from newsclean.errors import NewscleanError


@dataclass(frozen=True)
class KnownFailure:
    """A failure class that is reported and pinned, with how to recognise it."""

    name: str
    reason: str
    matches: Callable[[BaseException], bool]


KNOWN: tuple[KnownFailure, ...] = ()
"""Reported failure classes that the hypothesis targets step over (see the module doc).

The six classes found so far (malformed IPv6 URL, empty bracketed host, lone surrogate
in the JSON, lone surrogate cutting an HTML page, odd tag names and surrogate references
in feeds) are fixed and their corpus files pass
(tests/fuzz/fuzzing-log.md); remove an entry here once its pinned corpus file passes."""


def known_failure(exc: BaseException) -> KnownFailure | None:
    """The known class ``exc`` belongs to, if any."""
    return next((k for k in KNOWN if k.matches(exc)), None)


def check(page: Any, *, url: str | None = None, kind: str = "auto",
          tolerate_known: bool = False) -> newsclean.Article | None:
    """Clean ``page`` and assert the fuzz properties; ``None`` when a documented error or
    (with ``tolerate_known``) a known failure class ended the call."""
    try:
        article = newsclean.clean(page, url=url, kind=kind)
        assert isinstance(article, newsclean.Article), type(article)
        article.to_json().encode("utf-8")
    except NewscleanError:
        return None
    except Exception as exc:
        if tolerate_known and known_failure(exc) is not None:
            return None
        raise
    assert newsclean.Article.from_dict(article.to_dict()) == article, "to_dict round trip"
    return article


def _decoded(payload: bytes) -> str:
    """Bytes as a str the way a careless scraper makes one: invalid UTF-8 becomes lone
    surrogates (``surrogateescape``), which is how they reach ``clean()`` in real life."""
    return payload.decode("utf-8", "surrogateescape")


MODES: dict[str, Callable[[bytes], tuple[Any, str]]] = {
    "bytes": lambda raw: (raw, "auto"),
    "html-bytes": lambda raw: (raw, "html"),
    "str": lambda raw: (_decoded(raw), "auto"),
    "text-str": lambda raw: (_decoded(raw), "text"),
    "html-str": lambda raw: (_decoded(raw), "html"),
    "soup": lambda raw: (BeautifulSoup(raw, "lxml"), "auto"),
}
"""How a stored payload reaches ``clean()``: mode name -> payload -> (page, kind)."""


def check_payload(payload: bytes, mode: str, url: str | None = None, *,
                  tolerate_known: bool = False) -> newsclean.Article | None:
    """:func:`check` on a stored payload read in ``mode`` (a key of :data:`MODES`)."""
    try:
        page, kind = MODES[mode](payload)
    except ValueError:
        # bs4 itself refuses some bytes (lxml rejects a declared charset holding control
        # characters): there is no soup to give clean(), so nothing of ours to test.
        return None
    return check(page, url=url, kind=kind, tolerate_known=tolerate_known)
