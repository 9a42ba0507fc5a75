"""The one decider: protection is not a decision, metadata survives removal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

import newsclean
from newsclean import Action, Cleaner, Field, Finding, Page, Verdicts

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "html"


@dataclass(frozen=True, slots=True)
class ProtectArticleParagraphs:
    """Protects every paragraph inside an <article>."""

    name: str = "protect-article"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            if block.dom and block.dom.tag == "p" and any(
                page.nodes[a].tag == "article" for a in block.dom.ancestors
            ):
                yield Finding(block.index, Action.KEEP, "article paragraph")


@pytest.mark.parametrize("case", ["top-stories-teasers", "wp-entry-content-ads", "live-blog"])
def test_protecting_the_article_does_not_change_the_main_content_vote(case: str) -> None:
    """Protected blocks still vote, so protecting the article keeps what the defaults keep."""
    page = (GOLDEN / case / "source.html").read_text(encoding="utf-8")
    default = newsclean.clean(page)
    protected = Cleaner().with_rules(ProtectArticleParagraphs(), before="html-meta").clean(page)
    assert set(default.paragraphs) <= set(protected.paragraphs)
    extra = set(protected.paragraphs) - set(default.paragraphs)
    assert all(len(text) > 0 for text in extra)
    assert not any("teaser" in text.lower() for text in extra)


def test_metadata_from_a_finding_about_a_removed_block_is_kept() -> None:
    """A later rule's title about a block an earlier rule removed still sets the title."""

    @dataclass(frozen=True, slots=True)
    class Titler:
        name: str = "titler"

        def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
            yield Finding(0, Action.REMOVE, "title", ((Field.TITLE, page.blocks[0].text),))

    page = "Advertisement\nThe council voted on Tuesday to rebuild the old stone bridge."
    article = Cleaner().with_rules(Titler(), before="page-hints").clean(page)
    assert article.title == "Advertisement"
    assert [r.rule for r in article.removed] == ["ad-marker"]


def test_a_page_finding_sets_metadata_without_a_block() -> None:
    """Finding.about_page carries page metadata; it cannot remove anything."""

    @dataclass(frozen=True, slots=True)
    class Language:
        name: str = "language"

        def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
            yield Finding.about_page("guessed", ((Field.LANGUAGE, "en"),))

    article = Cleaner(rules=(Language(),)).clean("Plain text.")
    assert article.language == "en"
    with pytest.raises(ValueError, match="only be a NOTE"):
        Finding(None, Action.REMOVE, "no block")


def test_overlapping_cuts_go_to_the_first_rule() -> None:
    """Two rules cutting overlapping spans: the first cuts, the second is pre-empted."""

    @dataclass(frozen=True, slots=True)
    class Cut:
        name: str
        start: int
        end: int

        def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
            yield Finding(0, Action.REMOVE, self.name, span=(self.start, self.end))

    explained = Cleaner(rules=(Cut("first", 0, 6), Cut("second", 3, 9))).explain(
        "16:05 Police close the bridge.")
    assert [(r.text, r.rule) for r in explained.article.removed] == [("16:05 ", "first")]
    assert [(p.rule, p.by) for p in explained.preempted] == [("second", "first")]
    assert explained.article.paragraphs == ("Police close the bridge.",)


@pytest.mark.parametrize("indexes", [(0, 1, 2, 3), (3, 2, 1, 0)])
def test_undecided_blocks_follow_removals_whatever_the_indexes(indexes: tuple[int, ...]) -> None:
    """The ledger's kept list of undecided blocks (picked by position when each block's index
    is its position, by index otherwise) drops exactly the removed blocks, in page order."""
    from newsclean.decide.ledger import Ledger
    from newsclean.model import Block

    blocks = tuple(Block(i, f"line {i}", f"line {i}") for i in indexes)
    page = Page(blocks=blocks)
    ledger = Ledger(page)
    assert ledger.undecided(page.blocks) == list(blocks)
    ledger.take("r", Finding(1, Action.REMOVE, "x"))
    ledger.take("r", Finding(2, Action.KEEP, "y"))
    assert [b.index for b in ledger.undecided(page.blocks)] == [i for i in indexes if i != 1]
    ledger.take("r", Finding(3, Action.REMOVE, "z"))
    assert [b.index for b in ledger.undecided(page.blocks)] == [i for i in indexes
                                                                if i not in (1, 3)]
