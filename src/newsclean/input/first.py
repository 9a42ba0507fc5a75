"""The first element of a kind in a tree, found without reading the rest of the tree.

lxml's tag iterators (``iter``, ``iterdescendants``, and ``find``, which uses them) keep
one match ahead: asking for the first ``<title>`` walks the whole tree looking for a second
one, about 0.1 ms on a news page. An XPath step with ``[1]`` stops at the first match:
the ``<title>`` in the head is found in microseconds, the first ``<h1>`` where it stands.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

_H1 = etree.XPath("descendant::h1[1]")
_TITLE = etree.XPath("descendant::title[1]")


def first_h1(root: Any) -> Any | None:
    """The first ``<h1>`` below ``root`` in document order (``root.find(".//h1")``), or None.

    >>> first_h1(etree.fromstring("<div><h1>One</h1><p><h1>Two</h1></p></div>")).text
    'One'
    """
    found = _H1(root)
    return found[0] if found else None


def first_title(root: Any) -> Any | None:
    """The first ``<title>`` below ``root`` (``root.find(".//title")``), or None."""
    found = _TITLE(root)
    return found[0] if found else None
