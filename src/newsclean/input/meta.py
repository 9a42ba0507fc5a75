"""Page-level hints read from the HTML head: title, site name, language, URL, types.

Full metadata extraction is its own piece of work; these are the few facts
the body rules need (the title, to know where the article starts) and the
hooks later metadata rules build on. Keys are plain strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..evidence.language import bcp47
from ..evidence.script import visible
from .first import first_title
from .jsonld import jsonld_hints

_META = {
    "og:title": "title",
    "twitter:title": "title",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "og:url": "url",
    "description": "description",
    "og:description": "description",
    "article:published_time": "published",
    "author": "author",
    "article:author": "author",
    "og:type": "og_type",
}


def page_hints(root: Any, url: str | None,
               jsonld: Sequence[Any] = ()) -> dict[str, str]:
    """What the document head says about the page (first value of each wins); ``jsonld``
    (the page's parsed ld+json values) adds ``ld_types`` and ``headline``."""
    hints: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        field = _META.get(key)
        content = meta.get("content") or meta.get("value")
        if field and content and field not in hints:
            hints[field] = " ".join((content if field == "url" else visible(content)).split())
    if "title" not in hints:
        title = first_title(root)  # find() would walk the whole tree for a second one
        text = " ".join(visible("".join(title.itertext())).split()) if title is not None else ""
        if text:
            hints["title"] = text
    if "url" not in hints:
        for link in root.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                hints["url"] = link.get("href").strip()
                break
    for key, value in jsonld_hints(list(jsonld)).items():
        hints.setdefault(key, value)
    lang = root.get("lang") or root.get("xml:lang")
    tag = bcp47(lang) if lang else None
    if tag:
        hints["language"] = tag
    if url:
        hints["url"] = url
    return hints
