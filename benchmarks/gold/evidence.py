"""Print the metadata evidence of benchmark pages, for a person writing gold by hand.

    python benchmarks/gold/evidence.py PATH/scrapinghub ID_PREFIX [ID_PREFIX ...]

For each page it prints what a careful reader looks at: the URL and its half, ``<html
lang>``, ``<title>``, metadata ``meta`` tags, microdata ``itemprop`` elements, ``<time>``
elements, every JSON-LD object (key fields only), the ``h1`` elements and the visible text
lines from the first ``h1`` on. It decides nothing: it is not an extractor, and no gold value
is ever taken from it without reading the page. PATH is only read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from halves import half

# Elements that end a visible line when the page is read as text.
BLOCK_TAGS = frozenset(
    (
        *("p", "div", "br", "section", "article", "header", "footer", "aside", "nav"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "time", "figcaption", "blockquote", "address"),
        *("ul", "ol", "li", "dd", "dt", "table", "tr"),
    )
)
INVISIBLE = "//script|//style|//noscript|//template|//svg"
META_NAME = re.compile(
    r"title|author|date|time|publish|modif|updat|site_name|image|lang|creator|byline|"
    r"parsely|sailthru|dc\.|dcterms|locale|application-name|publisher",
    re.IGNORECASE,
)
META_NOISE = re.compile(r"verif|msvalidate|TileImage|width|height|:alt$", re.IGNORECASE)
ITEMPROP_NAME = re.compile(r"date|author|headline|name|publisher|creator", re.IGNORECASE)
JSONLD_KEYS = (
    "@type",
    "headline",
    "name",
    "author",
    "datePublished",
    "dateModified",
    "publisher",
    "inLanguage",
    "image",
)
TRAILING_COMMA = re.compile(r",\s*([}\]])")
LINE_WIDTH = 140
TEXT_LINES = 14
MAX_ITEMS = 12


def short(text: str, width: int = LINE_WIDTH) -> str:
    """Whitespace collapsed and cut to ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width] + "…"


def jsonld_objects(doc: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members included; a block that does not
    parse even after dropping CDATA markers and trailing commas yields its error."""
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").replace("<![CDATA[", "").replace("]]>", "").strip()
        try:
            data = json.loads(TRAILING_COMMA.sub(r"\1", raw), strict=False)
        except json.JSONDecodeError as error:
            yield {"error": str(error)}
            continue
        yield from flatten(data)


def flatten(data: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value: lists and ``@graph`` are opened."""
    if isinstance(data, list):
        for item in data:
            yield from flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from flatten(data["@graph"])


def visible_lines(doc: Any) -> list[str]:
    """The body's text as a reader sees it, one line per block element."""
    for node in doc.xpath(INVISIBLE):
        node.drop_tree()
    lines: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        line = " ".join("".join(pending).split())
        if line:
            lines.append(line)
        pending.clear()

    def walk(element: Any) -> None:
        is_block = isinstance(element.tag, str) and element.tag in BLOCK_TAGS
        if is_block:
            flush()
        if isinstance(element.tag, str) and element.text:
            pending.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pending.append(child.tail)
        if is_block:
            flush()

    for body in doc.xpath("//body"):
        walk(body)
    flush()
    return lines


def describe(page_id: str, url: str, html: str) -> Iterator[str]:
    """The evidence lines of one page."""
    doc = lxml.html.fromstring(html)
    yield f"== {page_id} | {half(url)} | {url}"
    yield f"html lang: {doc.get('lang')}"
    yield f"<title>: {short(' '.join(doc.xpath('//title//text()')))}"
    for meta in doc.xpath("//meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if META_NAME.search(name) and not META_NOISE.search(name):
            yield f"  meta {name} = {short(meta.get('content') or '')}"
    for element in doc.xpath("//*[@itemprop][not(self::meta)]")[:MAX_ITEMS]:
        prop = element.get("itemprop") or ""
        if ITEMPROP_NAME.search(prop):
            stamp = element.get("datetime") or element.get("content")
            yield f"  itemprop {prop} <{element.tag}> {stamp} {short(element.text_content(), 80)}"
    for element in doc.xpath("//time")[:MAX_ITEMS]:
        yield f"  <time {element.get('datetime')}> {short(element.text_content(), 80)}"
    for obj in jsonld_objects(doc):
        fields = {key: obj[key] for key in (*JSONLD_KEYS, "error") if key in obj}
        if fields and "SiteNavigation" not in str(fields.get("@type")):
            yield f"  JSON-LD {short(json.dumps(fields, ensure_ascii=False), 2 * LINE_WIDTH)}"
    headings = [short(h.text_content()) for h in doc.xpath("//h1")]
    for heading in headings[:3]:
        yield f"  h1: {heading}"
    lines = visible_lines(doc)
    start = next((i for i, line in enumerate(lines) if headings and headings[0][:40] in line), 0)
    for line in lines[start : start + TEXT_LINES]:
        yield f"   | {short(line)}"


def main(argv: list[str] | None = None) -> None:
    """Print the evidence of the pages whose ids start with the given prefixes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the scrapinghub benchmark directory")
    parser.add_argument("prefixes", nargs="+", help="page id prefixes")
    args = parser.parse_args(argv)
    truth = json.loads((args.path / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        if any(page_id.startswith(prefix) for prefix in args.prefixes):
            raw = gzip.decompress((args.path / "html" / f"{page_id}.html.gz").read_bytes())
            for line in describe(page_id, truth[page_id]["url"], raw.decode("utf-8", "replace")):
                print(line)


if __name__ == "__main__":
    main()
