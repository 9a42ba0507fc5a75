"""The Article: what newsclean gives back, frozen and self-explaining.

Everything is a tuple or a frozen dataclass, so an Article can be hashed,
shared across threads and compared in tests. ``removed`` is the explanation:
every piece of the input that is not in the body is there, with the name of
the rule that took it out, so kept + removed account for the whole input.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from .model import BlockKind, Contact, Image
from .model.frozen import setters


@dataclass(frozen=True, slots=True, init=False)
class BodyBlock:
    """One kept piece of the body."""

    kind: BlockKind
    text: str
    where: str = ""
    level: int = 0

    def __init__(self, kind: BlockKind, text: str, where: str = "", level: int = 0) -> None:
        # Written out: the slots set directly cost half the dataclass's own (model.frozen).
        _BODY_KIND(self, kind)
        _BODY_TEXT(self, text)
        _BODY_WHERE(self, where)
        _BODY_LEVEL(self, level)


_BODY_KIND, _BODY_TEXT, _BODY_WHERE, _BODY_LEVEL = setters(
    BodyBlock, "kind", "text", "where", "level")


@dataclass(frozen=True, slots=True, init=False)
class Removal:
    """One piece of the input left out of the body, and why.

    A whole block has ``start`` and ``end`` ``None``; a span cut out of a kept
    block gives its character offsets in that block's text.
    """

    text: str
    where: str
    rule: str
    reason: str
    start: int | None = None
    end: int | None = None

    def __init__(self, text: str, where: str, rule: str, reason: str, start: int | None = None,
                 end: int | None = None) -> None:
        # Written out: the slots set directly cost half the dataclass's own (model.frozen).
        _CUT_TEXT(self, text)
        _CUT_WHERE(self, where)
        _CUT_RULE(self, rule)
        _CUT_REASON(self, reason)
        _CUT_START(self, start)
        _CUT_END(self, end)


_CUT_TEXT, _CUT_WHERE, _CUT_RULE, _CUT_REASON, _CUT_START, _CUT_END = setters(
    Removal, "text", "where", "rule", "reason", "start", "end")


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned news article.

    ``published`` is a ``date`` when the page gives only a day, a tz-aware
    ``datetime`` when it gives a time with an offset, ``None`` when unknown.
    ``site_name`` is kept as the page writes it; ``language`` is a BCP 47 tag
    (``en-US``). ``provenance`` says where each metadata value came from, as
    ``(field, source)`` pairs: ``("authors", "json-ld")``,
    ``("published", "meta:article:published_time")``, ``("authors", "byline line 11")``.
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    body: tuple[BodyBlock, ...] = ()
    images: tuple[Image, ...] = ()
    contacts: tuple[Contact, ...] = ()
    removed: tuple[Removal, ...] = ()
    notes: tuple[str, ...] = ()
    """What the cleaner wants you to know, such as a safety-valve fallback."""
    modified: dt.date | dt.datetime | None = None
    description: str | None = None
    lead_image: str | None = None
    """The page's chosen picture (``og:image``, JSON-LD, ``twitter:image``), an absolute URL."""
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    provenance: tuple[tuple[str, str], ...] = ()
    page_kind: str = "article"
    """``"article"``, ``"list"`` (a home, section or tag page of teasers) or ``"other"``
    (little or no prose); the evidence is in ``notes`` ("page kind: …")."""

    @property
    def text(self) -> str:
        """The body's text, blocks joined by blank lines."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body's texts, one string per block."""
        return tuple(block.text for block in self.body)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data; :meth:`from_dict` reverses it exactly."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "published": _date_out(self.published),
            "site_name": self.site_name,
            "url": self.url,
            "language": self.language,
            "modified": _date_out(self.modified),
            "description": self.description,
            "lead_image": self.lead_image,
            "canonical_url": self.canonical_url,
            "section": self.section,
            "tags": list(self.tags),
            "text": self.text,
            "body": [
                {"kind": b.kind.value, "text": b.text, "where": b.where, "level": b.level}
                for b in self.body
            ],
            "images": [
                {"src": i.src, "caption": i.caption, "credit": i.credit, "alt": i.alt}
                for i in self.images
            ],
            "contacts": [{"kind": c.kind, "value": c.value, "name": c.name} for c in self.contacts],
            "removed": [
                {"text": r.text, "where": r.where, "rule": r.rule, "reason": r.reason,
                 **({"start": r.start, "end": r.end} if r.start is not None else {})}
                for r in self.removed
            ],
            "notes": list(self.notes),
            "provenance": [list(pair) for pair in self.provenance],
            "page_kind": self.page_kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (``text`` is derived, so ignored)."""
        return cls(
            title=data.get("title"),
            authors=tuple(data.get("authors", ())),
            published=_date_in(data.get("published")),
            site_name=data.get("site_name"),
            url=data.get("url"),
            language=data.get("language"),
            body=tuple(
                BodyBlock(BlockKind(b["kind"]), b["text"], b.get("where", ""), b.get("level", 0))
                for b in data.get("body", ())
            ),
            images=tuple(Image(**i) for i in data.get("images", ())),
            contacts=tuple(Contact(**c) for c in data.get("contacts", ())),
            removed=tuple(Removal(**r) for r in data.get("removed", ())),
            notes=tuple(data.get("notes", ())),
            modified=_date_in(data.get("modified")),
            description=data.get("description"),
            lead_image=data.get("lead_image"),
            canonical_url=data.get("canonical_url"),
            section=data.get("section"),
            tags=tuple(data.get("tags", ())),
            provenance=tuple((str(f), str(s)) for f, s in data.get("provenance", ())),
            page_kind=data.get("page_kind", "article"),
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """The article as JSON text (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The article as Markdown: title, byline, body with its structure, images."""
        from .render import markdown  # imported on first use: start-up stays cheap

        return markdown(self)


def _date_out(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date_in(value: str | None) -> dt.date | dt.datetime | None:
    if not value:
        return None
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)
