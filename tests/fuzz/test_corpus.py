"""The regression corpus: every input a fuzzer found, run through the fuzz properties.

Each file in ``tests/fuzz/corpus/`` is a minimised page (bytes exactly as stored).
``manifest.json`` says how it reaches ``clean()`` (``mode``: a key of
:data:`tests.fuzz.properties.MODES`; ``url``), who found it, optionally ``keeps`` (text
that must reach the body or a removal unless the article carries a note), and, while it
still fails, which failure it shows: ``known`` (a :data:`~tests.fuzz.properties.KNOWN`
name) or ``xfail`` (a reason), with the exception it ``raises``. Those run as strict
xfails, so a fix turns them into failures until the manifest entry is updated; the fixed
entry then keeps ``failed_before_fix`` as its history.

A file without a manifest entry is read as bytes, ``url=None``, and must pass: dropping a
new fuzzer find into the folder is enough to make it a test.
"""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest

from tests.fuzz.properties import KNOWN, MODES, check_payload

CORPUS = Path(__file__).resolve().parent / "corpus"
MANIFEST: dict[str, dict[str, Any]] = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
KNOWN_BY_NAME = {k.name: k for k in KNOWN}


def _cases() -> list[Any]:
    """One pytest param per corpus file, strict-xfail where the manifest says it fails."""
    params = []
    for path in sorted(p for p in CORPUS.iterdir() if p.name != "manifest.json"):
        entry = MANIFEST.get(path.name, {})
        reason = entry.get("xfail") or (
            KNOWN_BY_NAME[entry["known"]].reason if "known" in entry else None)
        marks = []
        if reason:
            raises = getattr(builtins, entry.get("raises", "Exception"))
            marks.append(pytest.mark.xfail(strict=True, raises=raises, reason=reason))
        params.append(pytest.param(path.name, marks=marks, id=path.name))
    return params


@pytest.mark.parametrize("name", _cases())
def test_corpus_case(name: str) -> None:
    """The stored input cleans with the fuzz properties, and keeps the text it must keep."""
    entry = MANIFEST.get(name, {})
    payload = (CORPUS / name).read_bytes()
    article = check_payload(payload, entry.get("mode", "bytes"), entry.get("url"))
    if article is None or article.notes:
        return
    seen = " ".join([article.text, *(r.text for r in article.removed)])
    assert [k for k in entry.get("keeps", ()) if k not in seen] == [], "text lost, no note"


def test_manifest_is_consistent() -> None:
    """Every entry names an existing file, a known mode, a known failure and an exception,
    and every known failure class is pinned by at least one corpus file."""
    for name, entry in MANIFEST.items():
        assert (CORPUS / name).is_file(), name
        assert entry.get("mode", "bytes") in MODES, name
        assert "known" not in entry or entry["known"] in KNOWN_BY_NAME, name
        assert isinstance(getattr(builtins, entry.get("raises", "Exception"), None), type), name
    pinned = {entry.get("known") for entry in MANIFEST.values()}
    assert {k.name for k in KNOWN} <= pinned, "a KNOWN failure without a pinned corpus file"


def test_corpus_files_are_small() -> None:
    """Corpus files are minimised finds, not pages: each stays under a few kilobytes."""
    assert all((p.stat().st_size < MAX_CORPUS_BYTES) for p in CORPUS.iterdir())


MAX_CORPUS_BYTES = 16_384
"""Upper bound on one corpus file (the atheris harness fuzzes pages up to 16 KB)."""
