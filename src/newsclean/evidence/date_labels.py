"""Dates a page labels: 'Published: 3 March 2024', '기사입력 :[ 2018-08-25 ]', or a
``<dt>Published</dt><dd>…</dd>`` pair that reads as two short blocks.

A label says what a date is, so a labelled date may be read anywhere on the page
when nothing nearer the headline gave one (a site logo can be the only ``h1``).
"""

from __future__ import annotations

import datetime as dt

from .dates import find_date
from .patterns import compile

PUBLISHED_LABELS = (
    # English
    "published on", "published", "date published", "publication date", "first published",
    "posted on", "posted", "date", "released",
    # German, Dutch
    "veröffentlicht am", "veröffentlicht", "erschienen am", "datum", "gepubliceerd op",
    "gepubliceerd",
    # French, Spanish, Italian, Portuguese
    "publié le", "date de publication", "publicado el", "publicado em", "publicado",
    "fecha de publicación", "fecha", "pubblicato il", "pubblicato", "data di pubblicazione",
    "data de publicação", "data",
    # Polish, Czech, Turkish, Russian, Greek
    "opublikowano", "data publikacji", "publikováno", "zveřejněno", "yayın tarihi",
    "yayınlanma tarihi", "опубликовано", "дата публикации", "дата", "δημοσιεύθηκε",
    # Korean, Japanese, Chinese
    "기사입력", "입력", "등록일", "작성일", "게재일", "발행일",
    "配信開始日", "配信日", "公開日", "掲載日", "投稿日", "発行日",
    "发布时间", "发布日期", "发表时间", "發佈時間", "發布日期", "发布于", "日期",
)
"""Labels that name a publication date, longest first where one starts another."""

UPDATE_LABELS = ("updated", "last updated", "last modified", "aktualisiert", "mis à jour",
                 "actualizado", "aggiornato", "atualizado", "bijgewerkt")
"""A date element or dateline starting so gives the last change, not the publication."""

_LABELLED = compile(
    r"^\s{0,9}(?:" + "|".join(sorted(PUBLISHED_LABELS, key=len, reverse=True))
    + r")(?=[\s:：\[(]|\d|$)[\s:：\[(]{0,9}",
    verbose=False,
)
"""A label at the start of a block, and the colon, spaces or bracket after it."""

MAX_LEAD = 4
"""Characters allowed between the label and its date ('on ', 'am ', 'le '): the date
must follow the label, not merely share a sentence with it."""
MAX_VALUE_WORDS = 8
"""A block after a lone label is its value only when it is this short (a ``<dd>``)."""


def labelled_date(text: str, month_first: bool) -> dt.date | dt.datetime | None:
    """The date a 'Label: date' block gives; None."""
    return read_label(text, month_first)[0]


def is_label(text: str) -> bool:
    """True when the block is a date label alone ('Published:', '配信開始日')."""
    label = _LABELLED.match(text)
    return label is not None and not text[label.end():].strip()


def read_label(text: str, month_first: bool) -> tuple[dt.date | dt.datetime | None, bool]:
    """:func:`labelled_date` and :func:`is_label` of one block, from one match of the label
    pattern (a page's every short block is asked both, in turn)."""
    label = _LABELLED.match(text)
    if label is None:
        return None, False
    rest = text[label.end():]
    if not rest.strip():
        return None, True  # a label alone: no date follows it
    found = find_date(rest, month_first=month_first)
    return (found.value if found is not None and found.start <= MAX_LEAD else None), False


def value_date(text: str, month_first: bool) -> dt.date | dt.datetime | None:
    """The date a label's value block gives, when it starts with one; None."""
    if len(text.split()) > MAX_VALUE_WORDS:
        return None
    found = find_date(text, month_first=month_first)
    return found.value if found is not None and found.start <= MAX_LEAD else None
