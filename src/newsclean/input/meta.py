"""Page-level hints read from the HTML head: title, site name, language, URL, types.

Full metadata extraction is its own piece of work; these are the few facts
the body rules need (the title, to know where the article starts) and the
hooks later metadata rules build on. Keys are plain strings.
"""

from __future__ import annotations

import json
from typing import Any

from ..evidence.language import bcp47
from ..evidence.phrases import ARTICLE_TYPES
from ..evidence.script import visible

LD_MAX_CHARS = 200_000
"""JSON-LD scripts longer than this are not read (a bound on the cost of one page)."""
LD_MAX_TYPES = 50
"""At most this many ``@type`` values are gathered from a page's JSON-LD."""
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


def page_hints(root: Any, url: str | None) -> dict[str, str]:
    """What the document head says about the page (first value of each wins)."""
    hints: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        field = _META.get(key)
        content = meta.get("content") or meta.get("value")
        if field and content and field not in hints:
            hints[field] = " ".join((content if field == "url" else visible(content)).split())
    if "title" not in hints:
        title = root.find(".//title")
        text = " ".join(visible("".join(title.itertext())).split()) if title is not None else ""
        if text:
            hints["title"] = text
    if "url" not in hints:
        for link in root.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                hints["url"] = link.get("href").strip()
                break
    _json_ld(root, hints)
    lang = root.get("lang") or root.get("xml:lang")
    tag = bcp47(lang) if lang else None
    if tag:
        hints["language"] = tag
    if url:
        hints["url"] = url
    return hints


def _json_ld(root: Any, hints: dict[str, str]) -> None:
    """``ld_types`` (the page's JSON-LD ``@type`` values, lower case, space-joined) and
    ``headline`` (the first article-type object's) from ``application/ld+json`` scripts."""
    types: list[str] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > LD_MAX_CHARS:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        todo = [data]
        while todo and len(types) < LD_MAX_TYPES:
            item = todo.pop(0)
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                names = [k for k in (kind if isinstance(kind, list) else [kind])
                         if isinstance(k, str)]
                types.extend(n.lower() for n in names)
                headline = item.get("headline")
                if ("headline" not in hints and isinstance(headline, str)
                        and any(n.lower() in ARTICLE_TYPES for n in names)):
                    hints["headline"] = " ".join(headline.split())
                graph = item.get("@graph")
                if graph is not None:
                    todo.append(graph)
    if types:
        hints["ld_types"] = " ".join(dict.fromkeys(types))
