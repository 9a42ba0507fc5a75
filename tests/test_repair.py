"""Repairs inside dumps: HTML entities and UTF-8 read as cp1252, idempotent and narrow."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.input.repair import needs_repair, repair


@pytest.mark.parametrize(("broken", "fixed"), [
    ("It&#39;s here", "It's here"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("&lt;b&gt; is bold", "<b> is bold"),
    ("&#x2019;quoted&#8217;", "\u2019quoted\u2019"),
    ("caf\u00c3\u00a9 au lait", "café au lait"),
    ("He said \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d", "He said \u201cyes\u201d"),
    ("na\u00c3\u00afve r\u00c3\u00a9sum\u00c3\u00a9", "naïve résumé"),
])
def test_repairs(broken: str, fixed: str) -> None:
    assert repair(broken) == fixed


@pytest.mark.parametrize("text", [
    "AT&T and R&D stay",
    "Fish & chips; peas",
    "&amp;amp; is left alone: repairing it twice would change it again",
    "&#0; &#xD800; &#55296; &nosuch; are not characters",
    "Ärger über die Straße in São Paulo",
    "château, crème brûlée, Æsir, Øresund",
])
def test_leaves_text_that_is_not_broken(text: str) -> None:
    assert repair(text) == text


def test_needs_repair_is_false_for_plain_text() -> None:
    assert not needs_repair("Plain ASCII text; nothing to fix")
    assert needs_repair("It&#39;s") and needs_repair("cafÃ©")


PIECES = [*"&#;amp39xAÃ©ƒ€â lt", "&amp;", "&#39;", "&lt;", "Ã©"]


@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_repair_is_idempotent(text: str) -> None:
    once = repair(text)
    assert repair(once) == once


def test_a_dump_with_entities_and_mojibake_cleans_to_repaired_text() -> None:
    line = ("The caf\u00c3\u00a9 owner said it&#39;s the town&#39;s oldest, and that Smith &amp; "
            "Sons had run it for more than a hundred years before the war.")
    article = newsclean.clean(line + "\n")
    assert article.text == ("The café owner said it's the town's oldest, and that Smith & "
                            "Sons had run it for more than a hundred years before the war.")
    assert article.removed == ()
