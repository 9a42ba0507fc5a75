"""Choosing the site's name among the names the page gives, and saying which source won.

Sources come in rank order (``og:site_name``, the JSON-LD publisher, the
``<title>``, the logo, the copyright line, the host…) and the first usable one
wins, with one reconciliation: an acronym ('WSJ') yields to a name that spells
it out ('Wall Street Journal') in the JSON-LD or the ``<title>``, since readers
know a paper by its name. (A domain in ``og:site_name`` already ranks after the
names, in :mod:`newsclean.input.site`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..evidence.sitename import initials, is_acronym
from ..model import MetaValue

SPELT_OUT = ("json-ld", "title")
"""Sources (by prefix) whose name may replace an acronym it spells out: the publisher's
name and the ``<title>``'s."""
def choose_site_name(values: Sequence[tuple[MetaValue, str]]) -> tuple[str, str] | None:
    """The site's name and its source: the first name given, reconciled (see the module doc).

    >>> choose_site_name([("WSJ", "meta:og:site_name"), ("Wall Street Journal", "json-ld")])
    ('Wall Street Journal', 'json-ld')
    >>> choose_site_name([("BBC", "meta:og:site_name"), ("Sport", "title")])
    ('BBC', 'meta:og:site_name')
    """
    names = [(v, s) for v, s in values if isinstance(v, str) and v]
    if not names:
        return None
    first, source = names[0]
    if is_acronym(first):
        return next(((v, s) for v, s in names[1:]
                     if s.startswith(SPELT_OUT) and initials(v) == first.upper()), (first, source))
    return first, source
