"""Telling an HTML page from a text dump, a feed or JSON, by looking at its start.

Prose about the web mentions tags (``the <div> tag``, ``<marquee>``), so a
tag name alone proves little. Markup shows itself by structure: a doctype, a
page that starts with ``<html>`` or ``<head>``, closing tags, tags with
attributes, a tag that starts the page or follows another tag. Only those
count as evidence of HTML. A dump of a page that quotes markup (an article about
HTML, a leaked ``<div class=…>``) can show two such tags; there they sit on one
line or two among a hundred, while a document's tags are on many of its lines.
"""

from __future__ import annotations

import enum
import json
import re

import regex

SNIFF = 8192
"""Characters looked at: every signal of markup shows within the first few KB."""

_DOCTYPE = regex.compile(r"<!doctype\s++html", regex.I)
_LEAD = regex.compile(
    r"\A\s*+(?:<\?xml[^>]{0,200}>\s*+)?(?:<!--[^>]{0,2000}-->\s*+){0,20}"
    r"<(?:html|head|body)\b|<meta\s[^<>]{0,500}\b(?:charset|content|name|property)\s*+=",
    regex.I,
)
"""A page that starts as a document, or a meta element with attributes anywhere."""
_FEED = regex.compile(
    r"\A\s*+(?:<\?xml[^>]{0,200}>\s*+)?(?:<!--[^>]{0,2000}-->\s*+|<\?[^>]{0,200}>\s*+){0,20}"
    r"<(?:rss|feed|rdf:RDF)\b",
)
_TAG = regex.compile(
    r"<(/?)\s{0,5}(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|table|tr|td|img|script|"
    r"style|html|head|body|title|meta|link|nav|header|footer|main|figure|em|strong|b|i)"
    r"\b([^<>]{0,500})>",
    regex.I,
)
_ATTRIBUTE = regex.compile(r"\s[\w:-]{1,40}\s*+=")

EVIDENCE = 2
"""Structural tags needed to call a page HTML (one ``</p>`` in a dump line is not
enough; ``<p>Short.</p><p>Note.</p>`` is)."""


SPARSE_MIN_LINES = 20
"""Non-blank lines a text must have before it can count as a dump that merely quotes tags."""
MARKUP_LINE_SHARE = 0.1
"""Share of those lines a tag must start on for the text to be markup: a pretty-printed
page has a tag on nearly every line, a minified one has too few lines to be judged."""


class Sniffed(str, enum.Enum):
    """What the input looks like."""

    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSON = "json"


def looks_like_html(page: str | bytes) -> bool:
    """True for markup: a document start, or closing tags and attributes, near the start.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Prices rose 3% <sigh> again.")
    False
    >>> looks_like_html("Once, a <div> and an <a> tag with <p> made a page.")
    False
    >>> looks_like_html("A line of a dump.\\n" * 30 + '<div class="x">quoted</div>\\n')
    False
    """
    head = page[:SNIFF]
    text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    if _DOCTYPE.search(text) or _LEAD.search(text):
        return True
    evidence = 0
    after_tag = len(text) - len(text.lstrip())  # where a tag would start the page
    for match in _TAG.finditer(text):
        start = match.start()
        structural = start == after_tag or text[after_tag:start].isspace()
        after_tag = match.end()
        if structural or match.group(1) or _ATTRIBUTE.search(match.group(2)):
            evidence += 1
            if evidence >= EVIDENCE:
                return not _quotes_markup(text)
    return False


def _quotes_markup(text: str) -> bool:
    """True for a many-line text whose tags start on only a few of its lines."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < SPARSE_MIN_LINES:
        return False
    tagged = sum(1 for line in lines if _TAG.search(line))
    return tagged < MARKUP_LINE_SHARE * len(lines)


def sniff(page: str) -> Sniffed:
    """What ``page`` is: a feed, JSON, HTML or (by default) a text dump.

    >>> sniff('<?xml version="1.0"?><rss version="2.0"><channel/></rss>').value
    'feed'
    >>> sniff('{"title": "x", "body": "<p>y</p>"}').value
    'json'
    """
    head = page[:SNIFF]
    if "<" not in head:  # every sign of a feed or of markup opens with one: no pattern runs
        return Sniffed.JSON if _is_json(page) else Sniffed.TEXT
    if _FEED.search(head):
        return Sniffed.FEED
    if _is_json(page):
        return Sniffed.JSON
    return Sniffed.HTML if looks_like_html(head) else Sniffed.TEXT


_NONBLANK = re.compile(r"\S")
"""The first character ``str.strip`` keeps (the stdlib's ``\\s`` is ``str.isspace``)."""


def _is_json(page: str) -> bool:
    first = _NONBLANK.search(page)
    if first is None or (page[first.start()], _last_kept(page)) not in (("{", "}"), ("[", "]")):
        return False  # looked at without copying the page, as ``strip`` would
    try:
        value = json.loads(page.strip())
    except (ValueError, RecursionError):
        return False
    return isinstance(value, (dict, list))


def _last_kept(page: str) -> str:
    """The last character of ``page.strip()`` (not empty), read from its end."""
    tail = page[-SNIFF:].rstrip()
    return tail[-1] if tail else page.rstrip()[-1]
