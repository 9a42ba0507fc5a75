"""The golden HTML pages: where they live, how to read them, how to judge an article.

Each case is a folder ``tests/golden/html/<slug>/`` holding ``source.html``
(the page's bytes as a server would send them, charset declared in the page)
and ``expected.json``, written by hand *before* newsclean was run on the page.
Only the fields we judge are stored:

* ``title`` (and, when present, ``language`` and ``url``);
* ``paragraphs``: the body's texts, exactly and in order, and ``kinds`` their block kinds;
* ``images``: the article's images in order; each entry names only the fields it
  checks (``src`` and ``alt`` exactly, ``caption`` up to end punctuation, ``credit``
  as a part of the found credit);
* ``removed``: pieces that must appear in ``Article.removed`` (a removal whose text
  contains ``text``), by the named ``rule`` when one is given.

There is deliberately no refresh script: expected files are made by hand, and
a case newsclean gets wrong keeps its true output (see ``KNOWN_LIMITS`` in the test).
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from newsclean import Article

PAGES = Path(__file__).resolve().parent.parent / "golden" / "html"
KEYS = frozenset(("description", "title", "language", "url", "paragraphs", "kinds", "images",
                  "removed"))
IMAGE_KEYS = frozenset(("src", "alt", "caption", "credit"))


def slugs() -> list[str]:
    """Every case folder that holds a page, in name order."""
    return sorted(p.parent.name for p in PAGES.glob("*/source.html"))


def source(slug: str) -> bytes:
    """The page, as bytes."""
    return (PAGES / slug / "source.html").read_bytes()


def expected(slug: str) -> dict[str, Any]:
    """The hand-made expectations of a case."""
    data: dict[str, Any] = json.loads((PAGES / slug / "expected.json").read_text("utf-8"))
    return data


def fold(text: str | None) -> str:
    """White space folded to single spaces."""
    return " ".join((text or "").split())


def trim(text: str | None) -> str:
    """Folded, without the end punctuation a caption may or may not keep."""
    return fold(text).rstrip(" .,;:")


def mismatches(want: dict[str, Any], article: Article) -> list[str]:
    """Readable lines saying how ``article`` differs from the expectations (empty when it fits)."""
    out: list[str] = []
    if article.title != want["title"]:
        out.append(f"title: want {want['title']!r}, got {article.title!r}")
    for key in ("language", "url"):
        if key in want and getattr(article, key) != want[key]:
            out.append(f"{key}: want {want[key]!r}, got {getattr(article, key)!r}")
    got_paragraphs = list(article.paragraphs)
    if got_paragraphs != want["paragraphs"]:
        diff = difflib.unified_diff(want["paragraphs"], got_paragraphs, "want", "got",
                                    lineterm="", n=0)
        out.append("paragraphs differ:\n    " + "\n    ".join(_short(d) for d in diff))
    elif [b.kind.value for b in article.body] != want["kinds"]:
        kinds = [b.kind.value for b in article.body]
        out.append(f"kinds: want {want['kinds']}, got {kinds}")
    out.extend(_image_mismatches(want.get("images", []), article))
    out.extend(_removal_mismatches(want.get("removed", []), article))
    return out


def _image_mismatches(want: list[dict[str, str]], article: Article) -> list[str]:
    got = article.images
    if len(got) != len(want):
        return [f"images: want {len(want)}, got {len(got)}: {got}"]
    out = []
    for number, (w, g) in enumerate(zip(want, got, strict=True), start=1):
        for key in ("src", "alt"):
            if key in w and getattr(g, key) != w[key]:
                out.append(f"image {number} {key}: want {w[key]!r}, got {getattr(g, key)!r}")
        if "caption" in w and trim(g.caption) != trim(w["caption"]):
            out.append(f"image {number} caption: want {w['caption']!r}, got {g.caption!r}")
        if "credit" in w and fold(w["credit"]) not in fold(g.credit):
            out.append(f"image {number} credit: want {w['credit']!r}, got {g.credit!r}")
    return out


def _removal_mismatches(want: list[dict[str, str]], article: Article) -> list[str]:
    out = []
    for piece in want:
        text, rule = piece["text"], piece.get("rule")
        found = [r for r in article.removed if text in fold(r.text)]
        if not found:
            out.append(f"not removed: {text!r}")
        elif rule is not None and all(r.rule != rule for r in found):
            out.append(f"removed by {[r.rule for r in found]}, want {rule!r}: {text!r}")
    return out


def _short(line: str) -> str:
    return line if len(line) <= 140 else line[:137] + "..."
