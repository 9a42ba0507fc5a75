"""JSON-LD: the article's own structured data, read with the standard library's ``json``.

Publishers write JSON-LD by template and often badly: trailing commas, HTML
entities, several objects in one script, CDATA wrappers, comments, raw line
breaks inside strings. Each repair is tried only when plain ``json`` fails,
and a script nothing repairs is skipped: JSON-LD is evidence, never a reason
to fail a page. Of everything in the scripts, the first article-like object
(``NewsArticle``, ``BlogPosting``, any type ending in ``Article``…) speaks;
a ``WebPage`` speaks only when there is no article.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..evidence.patterns import compile
from ..evidence.phrases import ARTICLE_TYPES
from ..model import Markup

SOURCE = "json-ld"
"""The provenance of every value read here."""

PAGE_TYPES = frozenset(("webpage", "itempage", "collectionpage", "aboutpage", "profilepage"))
"""Types that describe the page: they speak only when no article object does."""
PERSON_TYPES = frozenset(("person",))
MAX_SCRIPT_CHARS = 500_000
"""A longer script is not metadata (an app's state dump): skipped unread."""
MAX_DEPTH = 12
"""How deep the search for article objects goes into nested values."""
MAX_LIST = 50
"""How many items of one list (authors, images, graph nodes) are read."""

_TRAILING_COMMA = compile(r",\s*+(?=[\]}])")
_BLOCK_COMMENT = compile(r"/\*(?:[^*]|\*(?!/))*+\*/")
_LINE_COMMENT = compile(r"(?m)^\s*+//[^\n]*+")
_CDATA = compile(r"<!\[CDATA\[|\]\]>|<!--|-->")
_BREAK = compile(r"<(?:/?(?:p|div|h[1-6]|li|ul|ol|blockquote|tr|table|section|figure)\b"
                 r"|br\b)[^<>]{0,2000}+>")
_TAG = compile(r"<[!/?]?[a-zA-Z][^<>]{0,2000}+>")
_BLANKS = compile(r"[^\S\n]++")


def plain_body(raw: str) -> str:
    """A stated ``articleBody`` as plain text, one paragraph a line: tags that end a
    block become line breaks, other tags go, entities are decoded.

    >>> plain_body("<p>The council voted.</p><p>Work starts in <b>March</b>.&nbsp;</p>")
    'The council voted.\\nWork starts in March.'
    """
    text = raw
    if "<" in text:
        text = _TAG.sub("", _BREAK.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    lines = (" ".join(line.split()) for line in _BLANKS.sub(" ", text).splitlines())
    return "\n".join(line for line in lines if line)




def parse_scripts(texts: Iterable[str]) -> list[Any]:
    """Every JSON value in ``texts`` (the contents of ld+json scripts); none for junk."""
    values: list[Any] = []
    for text in texts:
        if len(text) <= MAX_SCRIPT_CHARS:
            values.extend(_parse(text))
    return values


def _parse(text: str) -> list[Any]:
    text = text.strip()
    if not text:
        return []
    try:
        return [json.loads(text, strict=False)]
    except (ValueError, RecursionError):
        pass
    repaired = _CDATA.sub("", text)
    repaired = _BLOCK_COMMENT.sub("", repaired)
    repaired = _LINE_COMMENT.sub("", repaired)
    repaired = _TRAILING_COMMA.sub("", repaired)
    found = _several(repaired)
    if not found and "&" in repaired:
        found = _several(html.unescape(repaired))
    return found


def _several(text: str) -> list[Any]:
    """The JSON values one after another in ``text`` (``{...}{...}`` or ``{...},{...}``)."""
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    position, size = 0, len(text)
    while position < size:
        while position < size and text[position] in " \t\r\n,;":
            position += 1
        if position >= size:
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except (ValueError, RecursionError):
            break
        values.append(value)
    return values


def jsonld_markup(texts: Iterable[str]) -> list[Markup]:
    """The metadata the article object in ``texts`` states, as :class:`Markup` values.

    >>> script = ('{"@type": "NewsArticle", "datePublished": "2024-03-05", '
    ...           '"author": [{"@type": "Person", "name": "Ada Lind"},]}')
    >>> [(m.field, m.value) for m in jsonld_markup([script])]
    [('author', 'Ada Lind'), ('published', '2024-03-05')]
    """
    return markup_of(parse_scripts(texts))


def markup_of(values: list[Any]) -> list[Markup]:
    """:func:`jsonld_markup` of values :func:`parse_scripts` already read."""
    if not values:
        return []
    nodes = list(_objects(values, 0))
    ids = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    article = next((n for n in nodes if _is_article(n)), None)
    if article is None:
        article = next((n for n in nodes if any(t in PAGE_TYPES or t.endswith("webpage")
                                                    for t in _types(n))), None)
    if article is None:
        name = _site_of(nodes)
        return [Markup("site_name", name, SOURCE)] if name else []
    return list(_read_article(article, ids, nodes))


SITE_TYPES = ("website", "newsmediaorganization", "organization")
"""Types whose ``name`` is the site's, when no article names its publisher (in this order)."""


def _site_of(nodes: list[dict[str, Any]]) -> str:
    """The name of the page's ``WebSite``, else of its (news media) ``Organization``."""
    for kind in SITE_TYPES:
        for node in nodes:
            if kind in _types(node):
                name = _text(node.get("name"))
                if name:
                    return name
    return ""


MAX_TYPES = 50
"""At most this many ``@type`` values are gathered for the page-kind hint."""


def jsonld_hints(values: list[Any]) -> dict[str, str]:
    """``ld_types`` (every ``@type`` at the top level or in an ``@graph``, lower case,
    space-joined), ``headline`` and ``article_body`` (the first article object's, the
    body as written) for the page hints.

    >>> jsonld_hints(parse_scripts(['{"@graph": [{"@type": "WebPage"},'
    ...     ' {"@type": "NewsArticle", "headline": "Bridge  reopens",}]}']))
    {'headline': 'Bridge reopens', 'ld_types': 'webpage newsarticle'}
    """
    hints: dict[str, str] = {}
    types: list[str] = []
    todo = list(values)
    while todo and len(types) < MAX_TYPES:
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item[:MAX_LIST * 4])
        elif isinstance(item, dict):
            names = sorted(_types(item))
            types.extend(names)
            headline = item.get("headline")
            article = any(n in ARTICLE_TYPES for n in names)
            if "headline" not in hints and isinstance(headline, str) and article:
                hints["headline"] = " ".join(headline.split())
            body = item.get("articleBody")
            if "article_body" not in hints and isinstance(body, str) and body.strip() and article:
                hints["article_body"] = plain_body(body)
            graph = item.get("@graph")
            if graph is not None:
                todo.append(graph)
    if types:
        hints["ld_types"] = " ".join(dict.fromkeys(types))
    return hints


def _objects(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every object in ``value``, outer before inner, in document order."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value[:MAX_LIST * 4]:
            yield from _objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            inner = value.get(key)
            if isinstance(inner, (list, dict)):
                yield from _objects(inner, depth + 1)


def _types(node: dict[str, Any]) -> frozenset[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return frozenset(k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str))


def _is_article(node: dict[str, Any]) -> bool:
    return any(t in ARTICLE_TYPES or t.endswith("article") for t in _types(node))


def _text(value: Any) -> str:
    """A plain string of a JSON-LD value: entities decoded, blanks folded."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return ""
    text = str(value)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _read_article(node: dict[str, Any], ids: dict[str, dict[str, Any]],
                  nodes: list[dict[str, Any]]) -> Iterator[Markup]:
    def mark(field: str, value: Any, weak: bool = False) -> Iterator[Markup]:
        text = _text(value)
        if text:
            yield Markup(field, text, SOURCE, weak)

    yield from mark("title", node.get("headline") or node.get("name"), weak=True)
    yield from _authors(node.get("author") or node.get("creator"), ids)
    yield from mark("published", node.get("datePublished") or node.get("dateCreated"))
    yield from mark("modified", node.get("dateModified"))
    yield from mark("description", node.get("description"))
    yield from mark("section", node.get("articleSection"))
    yield from mark("language", node.get("inLanguage"))
    image = _image(node.get("image"), ids) or _image(node.get("thumbnailUrl"), ids)
    if image:
        yield Markup("image", image, SOURCE)
    publisher = _resolve(node.get("publisher"), ids)
    name = _text(publisher) if isinstance(publisher, dict) else ""
    if not name:
        name = _site_of(nodes)
    if name:
        yield Markup("site_name", name, SOURCE)
    keywords = node.get("keywords")
    if isinstance(keywords, list):
        for word in keywords[:MAX_LIST]:
            yield from mark("tag", word)
    elif isinstance(keywords, str):
        for word in keywords.split(","):
            yield from mark("tag", word)
    page = node.get("mainEntityOfPage")
    page = page.get("@id") or page.get("url") if isinstance(page, dict) else page
    url = page if isinstance(page, str) and page.startswith("http") else node.get("url")
    if isinstance(url, str) and url.startswith("http"):
        yield Markup("canonical_url", url.strip(), SOURCE)


def _resolve(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    """An ``{"@id": ...}`` reference replaced by the object it names in the graph."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        return ids.get(str(value.get("@id")), value)
    return value


def _authors(value: Any, ids: dict[str, dict[str, Any]]) -> Iterator[Markup]:
    """Authors in order; an organisation is weak (an author only when no person is named)."""
    items = value if isinstance(value, list) else [value]
    for item in items[:MAX_LIST]:
        item = _resolve(item, ids)
        if isinstance(item, str):
            name = _text(item)
            if name and not name.startswith("http"):
                yield Markup("author", name, SOURCE)
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                continue
            types = _types(item)
            weak = bool(types) and not types & PERSON_TYPES
            yield Markup("author", name, SOURCE, weak)


def _image(value: Any, ids: dict[str, dict[str, Any]]) -> str:
    """The first image URL of a string, an ImageObject or a list of either."""
    if isinstance(value, list):
        return next((u for u in (_image(v, ids) for v in value[:MAX_LIST]) if u), "")
    value = _resolve(value, ids)
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or ""
        if isinstance(value, list):
            value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""
