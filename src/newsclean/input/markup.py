"""Metadata the markup states, read from the lxml tree before scripts and the head are stripped.

Sources, strongest first: JSON-LD (:mod:`.jsonld`); ``<html lang>``; the head's
``<meta>`` tags (OpenGraph, ``article:*``, Parse.ly, Sailthru, Dublin Core,
Twitter cards, plain ``author``/``date``), by ``content=`` or ``value=``
(pages saved by some tools keep the value there); microdata ``itemprop``;
``<link rel=canonical>``; a date in the URL's path. Weak sources (a ``<time>``
after the headline, an organisation as author, a title) speak only when no
rule finds better. Nothing here decides: each value is a :class:`Markup`
with its source, and the rules and ``decide`` choose.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..evidence.language import bcp47
from ..evidence.patterns import compile
from ..evidence.sitename import TAGLINE, is_domain, short_name
from ..evidence.tokens import class_tokens
from ..model import Markup
from .first import first_h1
from .jsonld import markup_of, parse_scripts
from .site import APP_NAME_RANK, DOMAIN_SITE_RANK, LOGO_RANK, TWITTER_SITE_RANK, parts, site_markup
from .urls import compact_date, join_url

_META: dict[str, tuple[str, int]] = {
    "article:published_time": ("published", 1), "og:published_time": ("published", 1),
    "datepublished": ("published", 1), "parsely-pub-date": ("published", 2),
    "sailthru.date": ("published", 2), "dc.date.issued": ("published", 2),
    "dcterms.issued": ("published", 2), "dc.date": ("published", 3),
    "dcterms.created": ("published", 3), "dcterms.date": ("published", 3),
    "date": ("published", 3), "pubdate": ("published", 3), "publishdate": ("published", 3),
    "publish-date": ("published", 3), "publish_date": ("published", 3),
    "publication_date": ("published", 3), "article.published": ("published", 3),
    "datecreated": ("published", 4), "citation_publication_date": ("published", 4),
    "article:modified_time": ("modified", 1), "og:updated_time": ("modified", 2),
    "datemodified": ("modified", 1), "last-modified": ("modified", 3),
    "dcterms.modified": ("modified", 3),
    "parsely-author": ("author", 1), "article:author": ("author", 1), "author": ("author", 2),
    "sailthru.author": ("author", 2), "dc.creator": ("author", 3),
    "dcterms.creator": ("author", 3), "byl": ("author", 3), "citation_author": ("author", 3),
    "og:site_name": ("site_name", 1), "dc.publisher": ("site_name", 3),
    "application-name": ("site_name", APP_NAME_RANK),
    "apple-mobile-web-app-title": ("site_name", APP_NAME_RANK),
    "twitter:site": ("site_name", TWITTER_SITE_RANK),
    "og:image": ("image", 1), "og:image:url": ("image", 1), "og:image:secure_url": ("image", 1),
    "twitter:image": ("image", 2), "twitter:image:src": ("image", 2), "image": ("image", 3),
    "thumbnailurl": ("image", 3),
    "description": ("description", 2), "og:description": ("description", 1),
    "twitter:description": ("description", 3), "dc.description": ("description", 3),
    "article:section": ("section", 1), "parsely-section": ("section", 2),
    "articlesection": ("section", 2),
    "article:tag": ("tag", 1), "news_keywords": ("tag", 2), "parsely-tags": ("tag", 2),
    "sailthru.tags": ("tag", 3), "keywords": ("tag", 3),
    "og:locale": ("language", 2), "dc.language": ("language", 3),
    "content-language": ("language", 3), "inlanguage": ("language", 2),
    "og:url": ("canonical_url", 2),
    "og:title": ("title", 1), "twitter:title": ("title", 2), "headline": ("title", 2),
    "dc.title": ("title", 3),
}
"""``<meta>`` name/property/itemprop (lower case) -> (field, rank: lower speaks first)."""
WEAK_FIELDS = frozenset(("title",))
"""Fields whose markup only fills a gap: the title rules read the page better."""
_LIST_FIELDS = frozenset(("tag",))
"""Fields that take every value, not the first: a comma-separated list is split."""

_URL_DATE = compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<s>[/_-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?![\d])"
)
"""A date in the URL's path: /2024/03/05/, /2024-03-05-, /2024_3_5."""
_JSONLD_TYPES = ("application/ld+json", "ld+json")
_JSONLD_RANKS = {"site_name": 2, "image": 3, "language": 2}
"""JSON-LD speaks first (rank 0), except for two fields: the publisher's name (a syndicated
story names the agency there, while ``og:site_name`` names the site the reader is on) and
the image (``og:image`` is the picture the publisher chose to show; JSON-LD often lists a
thumbnail or a logo first), and the language (``<html lang>`` describes the document itself,
``inLanguage`` is often a site-wide template value)."""


def jsonld_values(root: Any) -> list[Any]:
    """The JSON values of the tree's ld+json scripts (read once, for the hints and the markup)."""
    return parse_scripts(s.text or "" for s in root.iter("script")
                         if (s.get("type") or "").strip().lower() in _JSONLD_TYPES)


def read_markup(root: Any, url: str | None,
                jsonld: list[Any] | None = None) -> tuple[Markup, ...]:
    """Every metadata value the tree states, strongest sources first (see the module doc).

    ``jsonld`` is the page's :func:`jsonld_values`, when the caller has read them already.
    """
    ranked: list[tuple[int, Markup]] = []
    values = jsonld_values(root) if jsonld is None else jsonld
    ranked += [(_JSONLD_RANKS.get(m.field, 0), m) for m in markup_of(values)]
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        ranked.append((1, Markup("language", lang, "html lang")))
    for meta in root.iter("meta"):
        ranked.extend(_meta(meta))
    marked = _MARKED(root)
    ranked.extend(_microdata([a.getparent() for a in marked if a.attrname == "itemprop"]))
    canonical = _canonical(root)
    if canonical:
        ranked.append((1, Markup("canonical_url", canonical, "link:canonical")))
    ranked.extend(_time_after_headline(
        root, [a.getparent() for a in marked if a.attrname == "datetime"]))
    if not any(m.field == "author" for _, m in ranked):  # else the weak one never speaks
        ranked.extend(_weak_author(root))
    page_url = url or canonical or next(
        (m.value for _, m in ranked if m.field == "canonical_url"), None)
    dated = url_date(page_url) if page_url else None
    if dated is not None:
        ranked.append((5, dated))
    named = any(m.field == "site_name" and rank < LOGO_RANK for rank, m in ranked)
    ranked.extend(site_markup(root, page_url, named))
    ranked.sort(key=lambda pair: pair[0])  # stable: page order within a rank
    return tuple(f for f in (_finish(m, page_url) for _, m in ranked) if f.value)


def url_date(url: str) -> Markup | None:
    """The published date a URL's path states (``/2024/03/05/``; eight digits, weak), as
    markup; None."""
    found = _URL_DATE.search(url.split("?", 1)[0])
    if found is None:
        compact = compact_date(url)  # '/20190211.html': only where nothing else dates the page
        return Markup("published", compact, "url", weak=True) if compact else None
    return Markup("published", f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}", "url")


_SURNAME_FIRST = frozenset(("citation_author",))
"""Keys that write a name surname first ('Lindqvist, Ada'), one tag per author (the
scholarly convention Google Scholar reads)."""
SURNAME_FIRST_WORDS = 3
"""Each side of 'Lindqvist, Ada' has at most this many words."""


def surname_last(text: str) -> str:
    """'Lindqvist, Ada' -> 'Ada Lindqvist'; anything else as it is.

    >>> surname_last("Lindqvist, Ada B."), surname_last("Ada Lindqvist")
    ('Ada B. Lindqvist', 'Ada Lindqvist')
    """
    sides = [side.strip() for side in text.split(",")]
    if len(sides) != 2 or not all(0 < len(side.split()) <= SURNAME_FIRST_WORDS
                                  for side in sides):
        return text
    return f"{sides[1]} {sides[0]}"


def _meta(meta: Any) -> list[tuple[int, Markup]]:
    key = (meta.get("property") or meta.get("name") or meta.get("itemprop")
           or meta.get("http-equiv") or "").strip().lower()
    known = _META.get(key)
    if known is None:
        return []
    content = meta.get("content") or meta.get("value") or ""
    text = " ".join(content.split())
    if not text:
        return []
    field, rank = known
    source = f"meta:{key}" if not meta.get("itemprop") else f"itemprop:{key}"
    weak = field in WEAK_FIELDS
    if field == "site_name":
        text = parts(text, TAGLINE)[0]  # 'LinkNaija | Nigeria's popular news platform'
        if is_domain(text):  # 'livescience.com': a name only when nothing better says one
            rank, weak = max(rank, DOMAIN_SITE_RANK), True
        if key == "twitter:site":  # '@comwrap': the last resort
            text, weak = text.lstrip("@"), True
        elif rank >= APP_NAME_RANK and not short_name(text):
            return []  # an application-name that is the headline
        weak = weak or rank >= APP_NAME_RANK
    if key in _SURNAME_FIRST:
        text = surname_last(text)
    if field in _LIST_FIELDS:
        return [(rank, Markup(field, part.strip(), source, weak))
                for part in text.split(",") if part.strip()]
    return [(rank, Markup(field, text, source, weak))]


_ITEMPROPS = {"datepublished": "published", "datemodified": "modified", "author": "author",
              "creator": "author", "headline": "title"}
"""Microdata on visible elements (meta elements are read with the head's)."""


_MARKED = etree.XPath("descendant::*/@itemprop | descendant::*/@datetime")
"""The ``itemprop`` (microdata) and ``datetime`` attributes below the root, in document
order, found in C (``iterfind`` tests each element in Python). One search for both: each
search visits every element, and costs about a tenth of a millisecond on a news page."""


def _microdata(marked: list[Any]) -> list[tuple[int, Markup]]:
    """Microdata values of ``marked``, the elements with an ``itemprop``."""
    found: list[tuple[int, Markup]] = []
    seen: set[str] = set()
    for element in marked:
        if element.tag == "meta":
            continue
        # One element may carry several properties ('author creator'): the first we read counts.
        prop = next((p for p in (element.get("itemprop") or "").lower().split()
                     if p in _ITEMPROPS), "")
        field = _ITEMPROPS.get(prop)
        if field is None or (field != "author" and field in seen):
            continue
        if field in ("published", "modified"):
            value = element.get("datetime") or element.get("content") or _inner(element)
        elif field == "author":
            named = element.find(".//*[@itemprop='name']")
            value = (named.get("content") or _inner(named)) if named is not None else (
                element.get("content") or _inner(element))
        else:
            value = _inner(element)
        if value and len(value) < 200:
            seen.add(field)
            found.append((3, Markup(field, value, f"itemprop:{prop}", field in WEAK_FIELDS)))
    return found


_AUTHOR_LINKS = etree.XPath(
    "descendant::a[contains(@rel, 'author') or contains(@class, 'author')"
    " or contains(@class, 'byline')]"
    " | descendant::span[contains(@class, 'author') or contains(@class, 'byline')]")
"""Links marked as the author's (``<a rel="author">``) and inline elements whose class may
name the author (the HTML walk keeps only the classes of block elements, so ``<span
class="author">`` inside a line is read here). Element steps, not ``*[self::a or …]``:
that test runs on every element and costs three times as much."""
WEAK_AUTHOR_CHARS = 60
"""Longer text is no name ('View all posts by …' is cut by the name reader anyway)."""
INLINE_AUTHOR_WORDS = frozenset(("author", "authors", "byline", "author-name", "authorname",
                                 "byline-name", "article-author", "post-author"))
"""Class words of an inline element that names the article's author."""
ELSEWHERE_WORDS = frozenset(("comment", "comments", "related", "recommended", "popular",
                             "trending", "sidebar", "widget", "footer", "rail"))
"""Class words of an ancestor that holds other stories or readers' comments."""
ANCESTORS_READ = 12
"""How far up an inline author element's ancestors are read for those words."""


def _weak_author(root: Any) -> list[tuple[int, Markup]]:
    """A weak author (it only fills a gap): the first ``rel="author"`` link's text, else the
    first inline element classed as the author's outside comments and lists of other
    stories. Read only when no stronger markup names an author."""
    inline: Markup | None = None
    for element in _AUTHOR_LINKS(root):
        text = _inner(element)
        if not text or len(text) > WEAK_AUTHOR_CHARS:
            continue
        if " author " in f" {(element.get('rel') or '').lower()} ":
            return [(3, Markup("author", text, "link:rel-author", True))]
        if inline is None and not class_tokens(element.get("class"), None).isdisjoint(
                INLINE_AUTHOR_WORDS) and not _elsewhere(element):
            inline = Markup("author", text, "class:author", True)
    return [(3, inline)] if inline is not None else []


def _elsewhere(element: Any) -> bool:
    for depth, above in enumerate(element.iterancestors()):
        if depth >= ANCESTORS_READ:
            return False
        if not class_tokens(above.get("class"), above.get("id")).isdisjoint(ELSEWHERE_WORDS):
            return True
    return False


def _inner(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _canonical(root: Any) -> str | None:
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return str(href)
    return None


_DATED_AFTER = etree.XPath("following::*[@datetime][1]")
"""The first element with a ``datetime`` after this one (not inside it)."""


def _time_after_headline(root: Any, dated: list[Any]) -> list[tuple[int, Markup]]:
    """The first ``datetime`` attribute after the first ``<h1>`` (or on the page, without one).

    ``dated`` are the elements with a ``datetime`` attribute: not only ``<time>`` but
    ``<ins>``/``<del>`` and custom elements (``<relative-time datetime=…>``) that scripts
    render as '3 days ago' (most pages have none, and then nothing more is asked). An
    empty attribute counts as one: testing every value in XPath costs more than the
    rare miss.
    """
    if not dated:
        return []
    headline = first_h1(root)
    after = _DATED_AFTER(headline) if headline is not None else dated[:1]
    for element in after:
        value = (element.get("datetime") or "").strip()
        if value:
            source = "time" if element.tag == "time" else f"{element.tag} datetime"
            return [(6, Markup("published", value, source, True))]
    return []


def _finish(markup: Markup, page_url: str | None) -> Markup:
    """Images made absolute; language tags in BCP 47 form."""
    if markup.field == "image" and page_url:
        return Markup(markup.field, join_url(page_url, markup.value), markup.source, markup.weak)
    if markup.field == "language":
        tag = bcp47(markup.value)
        return Markup("language", tag or "", markup.source, markup.weak)
    return markup
