"""Every pattern in newsclean runs in linear time: long runs of what it repeats cannot hang it.

Each pattern gets inputs built from the characters it names and the usual
separators: one character repeated, two alternating, and runs that almost
match (a long run, then a character that fails it). A pattern that backtracks
without bound takes seconds on these 10,000-character inputs; a linear one
takes about a millisecond. The ``regex`` time-out is the tripwire, at a
generous bound, so a slow machine cannot fail the test while a quadratic
pattern always does.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import newsclean
from newsclean.evidence.patterns import SafePattern

SIZE = 10_000
"""Characters of each hostile input."""
TRIPWIRE_SECONDS = 0.25
"""A linear pattern needs about a thousandth of this on SIZE characters."""
ALWAYS = " \t.,:;|/-–—_@#()[]\"'»›•aA1\n\u00a0ä字"
"""Characters every pattern is fed, besides the literals it names."""


def _patterns() -> Iterator[tuple[str, Any]]:
    """(name, compiled pattern) for every pattern the package compiles."""
    seen: set[tuple[str, int]] = set()

    def visit(owner: str, value: object, depth: int = 0) -> Iterator[tuple[str, Any]]:
        if depth < 2 and hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            # A reader of vocabularies (names, credits, gates) keeps its patterns inside.
            for attribute in getattr(value, "__dataclass_fields__", {}):
                yield from visit(f"{owner}.{attribute}", getattr(value, attribute, None),
                                 depth + 1)
            return
        if isinstance(value, SafePattern):
            value = value.compiled
        if isinstance(value, (regex.Pattern, re.Pattern)):
            key = (value.pattern if isinstance(value.pattern, str) else repr(value.pattern),
                   value.flags)
            if key not in seen:
                seen.add(key)
                yield owner, value

    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.startswith(("newsclean.contrib", "newsclean.__main__")):
            continue
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            yield from visit(f"{info.name}.{attribute}", value)
    for rule in newsclean.DEFAULT_RULES:
        yield from visit(f"rule {rule.name}", rule)


PATTERNS = dict(_patterns())


def _hostile(pattern: Any) -> Iterator[str]:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode(
        "latin-1")
    # Letters are covered by ALWAYS; punctuation, digits and symbols are where runs hide.
    literals = {c for c in source if c.isprintable() and not c.isalpha()
                and c not in "\\(){}[]?*+^$|"}
    for char in sorted(literals | set(ALWAYS)):
        yield char * SIZE
        yield char * (SIZE - 1) + "\x00"
        for other in " a1":
            yield (char + other) * (SIZE // 2)
        yield "A" + (char + " ") * (SIZE // 2) + "!"


def test_the_package_has_patterns_to_check() -> None:
    """The collector finds the patterns (so the test below cannot pass by seeing none)."""
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name: str) -> None:
    """A search over long hostile runs (from every start) ends far inside the tripwire."""
    pattern = PATTERNS[name]
    binary = isinstance(pattern.pattern, bytes)
    for text in _hostile(pattern):
        subject: Any = text.encode("utf-8") if binary else text
        try:
            if isinstance(pattern, re.Pattern):
                pattern.search(subject)
                continue
            pattern.search(subject, timeout=TRIPWIRE_SECONDS)
        except TimeoutError:
            pytest.fail(f"{name} backtracks on {text[:12]!r}… ({len(text)} characters)")
