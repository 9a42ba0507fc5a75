"""Reading the inputs: gzip by its magic bytes, JSON Lines records and WARC responses."""

from __future__ import annotations

import enum
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .tasks import PageTask, Source

GZIP_MAGIC = b"\x1f\x8b"
"""The first two bytes of every gzip member (RFC 1952)."""
WARC_MAGIC = b"WARC/"
"""How a WARC record, and so a WARC file, begins."""
SNIFF_BYTES = 8
"""Enough of a file's start to tell gzip and WARC apart from a page."""
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".arc")
HTML_MEDIA_TYPES = frozenset(("text/html", "application/xhtml+xml"))
"""The WARC responses that are pages; images, scripts and feeds are passed over."""
READ_ERRORS = (OSError, EOFError, zlib.error)
"""What reading a file may raise: missing, unreadable, or a broken gzip stream."""
WARC_EXTRA_HINT = "reading WARC files needs the warc extra: pip install 'newsclean[warc]'"


class InputFormat(enum.Enum):
    """What one file holds."""

    PAGE = "page"
    JSONL = "jsonl"
    WARC = "warc"


def input_format(path: Path) -> InputFormat:
    """By the name's suffix (``.gz`` aside), else by the first bytes (a WARC says so)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    if last in JSONL_SUFFIXES:
        return InputFormat.JSONL
    if last in WARC_SUFFIXES:
        return InputFormat.WARC
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if head.startswith(GZIP_MAGIC):
            stream.seek(0)
            try:
                with gzip.open(stream) as unzipped:
                    head = unzipped.read(SNIFF_BYTES)
            except READ_ERRORS:  # reading it as a page will report what is wrong
                return InputFormat.PAGE
    return InputFormat.WARC if head.startswith(WARC_MAGIC) else InputFormat.PAGE


def read_page_bytes(stream: IO[bytes]) -> bytes:
    """All of ``stream``, gunzipped when it starts with the gzip magic bytes."""
    raw = stream.read()
    if raw.startswith(GZIP_MAGIC):
        return gzip.decompress(raw)
    return raw


def _open_maybe_gzip(path: Path) -> io.BufferedIOBase:
    """A binary stream of the file's content, gunzipped when the bytes say gzip."""
    with path.open("rb") as probe:
        zipped = probe.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    if zipped:
        return gzip.GzipFile(path, "rb")
    return path.open("rb")


def jsonl_tasks(path: Path, html_field: str, url_field: str) -> Iterator[PageTask]:
    """One task per non-blank line; a line that is not a page is an error task for that line."""
    name = str(path)
    with _open_maybe_gzip(path) as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError as exc:
                yield PageTask(Source(name, line=number), error=f"not JSON: {exc}")
                continue
            if not isinstance(record, dict):
                yield PageTask(Source(name, line=number), error="not a JSON object")
                continue
            url = record.get(url_field)
            source = Source(name, url if isinstance(url, str) else None, line=number)
            page = record.get(html_field)
            if not isinstance(page, str):
                yield PageTask(source, error=f"no text in field {html_field!r}")
                continue
            yield PageTask(source, page)


def warc_tasks(path: Path) -> Iterator[PageTask]:
    """One task per successful HTML response record, with the HTTP Content-Type as hint."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield PageTask(Source(str(path)), error=WARC_EXTRA_HINT)
        return
    name = str(path)
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            page = _html_response(record)
            if page is None:
                continue
            body, content_type = page
            headers = record.rec_headers
            source = Source(
                name,
                headers.get_header("WARC-Target-URI"),
                record=headers.get_header("WARC-Record-ID"),
            )
            yield PageTask(source, body, content_type)


def _html_response(record: Any) -> tuple[bytes, str] | None:
    """The body and Content-Type of a 2xx HTML response record, else ``None``."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    http = record.http_headers
    if not str(http.get_statuscode() or "").startswith("2"):
        return None
    content_type = http.get_header("Content-Type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type not in HTML_MEDIA_TYPES:
        return None
    # content_stream() undoes chunked transfer and gzip/deflate/brotli content encodings.
    body: bytes = record.content_stream().read()
    return body, content_type
