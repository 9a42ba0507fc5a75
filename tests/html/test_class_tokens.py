"""Class and id words: the fast split agrees with a plain reading of the rule."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsclean.evidence.tokens import MAX_NAME, _split_tokens, class_tokens

_SEPARATORS = re.compile(r"[-_:.\s]+|(?<=[a-z])(?=[A-Z])")


def _reference(names: str) -> frozenset[str]:
    """Each name up to MAX_NAME characters, lower-cased, and its parts (split at
    separators and before a capital after a small letter)."""
    words: set[str] = set()
    for name in names.split():
        if len(name) <= MAX_NAME:
            words.add(name.lower())
            words.update(part.lower() for part in _SEPARATORS.split(name) if part)
    return frozenset(words)


_NAME = st.text(st.sampled_from("ab-_:.é9"), min_size=1, max_size=8)
_CAMEL = st.text(st.sampled_from("aB-_:.Éx"), min_size=1, max_size=8)


@given(st.lists(st.one_of(_NAME, _CAMEL, st.just("x" * (MAX_NAME + 1)),
                          st.just("-" * (MAX_NAME - 2) + "ab")), max_size=5),
       st.sampled_from((" ", "  ", "\t", "\n ")))
def test_class_words_follow_the_rule(names: list[str], blank: str) -> None:
    """Lower-case strings take the fast path, others go name by name: both give the
    names and their parts, skipping names longer than MAX_NAME."""
    written = blank.join(names)
    assert _split_tokens(written) == _reference(written)


def test_class_and_id_words_together() -> None:
    """The id's words join the class's."""
    assert class_tokens("post-body", "mainContent") == {
        "post-body", "post", "body", "maincontent", "main", "content"}
    assert class_tokens(None, None) == frozenset()
