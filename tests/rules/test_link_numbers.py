"""Link numbers of lynx and w3m dumps are cut from the text; an article's own brackets stay."""

from __future__ import annotations

import newsclean
from newsclean.evidence.link_numbers import link_numbers
from newsclean.rules.link_numbers import LinkNumberRule, ReferenceListRule
from newsclean.testing import run_rule
from tests.accounting import assert_accounts, by_where

from .support import AFTER, BEFORE

MENU = "\n".join(f"  * [{n}]Section {n}" for n in range(1, 11))


def test_numbers_are_cut_and_the_ledger_keeps_them() -> None:
    """'[11]' inside a paragraph goes; the words around it join; each cut is in the ledger."""
    page = f"{MENU}\n\n[11]The council voted on Tuesday to [12]rebuild the bridge, [13] it said.\n"
    article = newsclean.clean(page)
    assert "The council voted on Tuesday to rebuild the bridge, it said." in article.paragraphs
    cuts = [r for r in article.removed if r.rule == "link-number"]
    assert [r.text for r in cuts][-3:] == ["[11]", "[12]", "[13]"]
    blocks = {b.where: b for b in newsclean.Cleaner(rules=()).explain(page).page.blocks}
    kept = {b.where: b.text for b in article.body}
    for where, removals in by_where(article).items():
        block = blocks[where]
        assert_accounts(block.text, block.raw, kept.get(where), removals)


def test_a_few_footnote_marks_stay() -> None:
    """An article citing [1] and [2] keeps them: too few to be a browser's link numbers."""
    page = f"{BEFORE} [1]\n{AFTER} [2]\n"
    assert newsclean.clean(page).paragraphs == (f"{BEFORE} [1]", f"{AFTER} [2]")


def test_the_rule_alone() -> None:
    """Run alone, the rule reports spans only on pages with enough numbers."""
    assert run_rule(LinkNumberRule(), f"{BEFORE} [1]\n").removed_texts == ()
    assert len(run_rule(LinkNumberRule(), MENU).removed_texts) == 10


def test_link_numbers_need_digits_in_brackets() -> None:
    """Only '[digits]' counts, at most five of them."""
    assert link_numbers("[1][22] x [333]") == [(0, 3), (3, 7), (10, 15)]
    assert link_numbers("[a1] [ 1] [123456] [") == []


def test_the_list_of_addresses_closing_a_dump_goes() -> None:
    """'References' and the numbered addresses under it are removed as one list."""
    page = (f"{BEFORE}\n{AFTER}\n\nReferences\n\n   1. https://gazette.example/\n"
            "   2. https://gazette.example/world\n")
    article = newsclean.clean(page)
    assert article.paragraphs == (BEFORE, AFTER)
    assert {r.rule for r in article.removed} == {"reference-list"}


def test_a_references_section_of_the_text_stays() -> None:
    """A 'References' heading over citations in words is the article's own section."""
    page = f"{BEFORE}\nReferences\n{AFTER}\nhttps://gazette.example/\n"
    assert not run_rule(ReferenceListRule(), page).removed_texts
