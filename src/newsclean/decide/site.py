"""Choosing the site's name among the names the page gives, and saying which source won.

Sources come in rank order (``og:site_name``, the JSON-LD publisher, the
``<title>``, the logo, the copyright line, the host…) and the first usable one
wins, with two reconciliations against the JSON-LD and ``<title>`` names, since
readers know a paper by its name as the paper writes it:

- an acronym ('WSJ') yields to the name it spells ('Wall Street Journal');
- a name run together ('detroitnews', 'TheHill') yields to the same letters
  written as words ('The Detroit News', 'The Hill').

(A domain in ``og:site_name`` already ranks after the names, in :mod:`newsclean.input.site`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..evidence.sitename import initials, is_acronym, name_key
from ..model import MetaValue

SPELT_OUT = ("json-ld", "title")
"""Sources (by prefix) whose name may replace an acronym it spells out or a name run
together: the publisher's name and the ``<title>``'s."""
def choose_site_name(values: Sequence[tuple[MetaValue, str]]) -> tuple[str, str] | None:
    """The site's name and its source: the first name given, reconciled (see the module doc).

    >>> choose_site_name([("WSJ", "meta:og:site_name"), ("Wall Street Journal", "json-ld")])
    ('Wall Street Journal', 'json-ld')
    >>> choose_site_name([("detroitnews", "meta:og:site_name"),
    ...                   ("The Detroit News", "json-ld")])
    ('The Detroit News', 'json-ld')
    >>> choose_site_name([("BBC", "meta:og:site_name"), ("Sport", "title")])
    ('BBC', 'meta:og:site_name')
    """
    names = [(v, s) for v, s in values if isinstance(v, str) and v]
    if not names:
        return None
    first, source = names[0]
    spelt = [(v, s) for v, s in names[1:] if s.startswith(SPELT_OUT)]
    if is_acronym(first):
        return next(((v, s) for v, s in spelt if initials(v) == first.upper()), (first, source))
    if " " not in first:
        key = name_key(first)
        return next(((v, s) for v, s in spelt
                     if " " in v and name_key(v) in (key, "the" + key)), (first, source))
    return first, source
