"""The golden text-dump cases: where they live, how to read them, how to compare them.

Each case is a folder ``tests/golden/dumps/<slug>/`` holding ``source.txt``
(the dump, bytes exactly as a scraper wrote them: CRLF, NBSP and tabs kept)
and ``expected.json`` (the full ``Article.to_dict()``, decided by hand and
then reviewed). Shared by ``tests/test_golden.py`` and ``scripts/refresh_golden.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import newsclean

DUMPS = Path(__file__).resolve().parent / "golden" / "dumps"

KNOWN_LIMITS: dict[str, str] = {}
"""Cases whose ``expected.json`` holds the right output that newsclean cannot give yet.

Their test is a strict xfail, and the refresh script will not overwrite them
without ``--force``: a known-wrong output must never become the golden one.
"""


def slugs() -> list[str]:
    """Every case folder that holds a source, in name order."""
    return sorted(p.parent.name for p in DUMPS.glob("*/source.txt"))


def source(slug: str) -> str:
    """The dump as text, line endings untouched (``read_text`` would fold CRLF)."""
    return (DUMPS / slug / "source.txt").read_bytes().decode("utf-8")


def expected(slug: str) -> dict[str, Any]:
    """The stored expected ``to_dict()`` of a case."""
    data: dict[str, Any] = json.loads((DUMPS / slug / "expected.json").read_text("utf-8"))
    return data


def actual(slug: str) -> dict[str, Any]:
    """What newsclean gives for the case now."""
    return newsclean.clean(source(slug)).to_dict()


def dump_json(data: dict[str, Any]) -> str:
    """The stored form of an expected article: stable, readable, UTF-8 kept."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def differences(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Readable lines saying how ``got`` differs from ``want`` (empty when equal)."""
    out: list[str] = []
    for key in dict.fromkeys([*want, *got]):
        a, b = want.get(key), got.get(key)
        if a == b or key == "text":
            continue
        if isinstance(a, list) and isinstance(b, list):
            out.extend(_list_differences(key, a, b))
        else:
            out.append(f"{key}: {a!r} -> {b!r}")
    return out


def _list_differences(key: str, want: list[Any], got: list[Any]) -> list[str]:
    out: list[str] = []
    ids_want = {_identity(x): x for x in want}
    ids_got = {_identity(x): x for x in got}
    for ident, item in ids_want.items():
        if ident not in ids_got:
            out.append(f"{key}: lost {_short(item)}")
        elif ids_got[ident] != item:
            out.append(f"{key}: changed {_short(item)} -> {_short(ids_got[ident])}")
    out.extend(f"{key}: new {_short(item)}" for ident, item in ids_got.items()
               if ident not in ids_want)
    if not out and want != got:
        out.append(f"{key}: same items, different order")
    return out


def _identity(item: Any) -> str:
    """What names a list item across versions: its line (body, removed) or its content."""
    if isinstance(item, dict) and item.get("where"):
        return str(item["where"])
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _short(item: Any) -> str:
    if isinstance(item, dict):
        parts = [f"{k}={v!r}" for k, v in item.items() if v not in (None, "", 0)]
        text = ", ".join(parts)
    else:
        text = repr(item)
    return text if len(text) <= 110 else text[:107] + "..."
