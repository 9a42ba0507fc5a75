"""Each way extending newsclean used to fail silently now fails loudly, or works."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

import newsclean
from newsclean import (
    Block,
    Cleaner,
    Finding,
    InputError,
    LineRule,
    Page,
    RuleError,
    Verdicts,
    rule,
)
from newsclean.evidence.classes import CLASS_WORDS
from newsclean.evidence.phrases import AD_MARKERS
from newsclean.rules import FurnitureRule, MainContentRule
from newsclean.rules.chrome import ad_marker

PAGE = "Click here to subscribe now\nThe council voted on Tuesday to rebuild the old bridge."
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class _Reporting:
    """Reports one finding of its choosing about block 0."""

    finding: object
    name: str = "reporting"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[object]:
        return [self.finding]


def test_a_space_in_a_line_rule_matches_a_space() -> None:
    """A LineRule written on one line is not verbose: its spaces match spaces."""
    mine = Cleaner(rules=(LineRule("x", r"^click here to subscribe"),))
    assert [r.text for r in mine.clean(PAGE).removed] == ["Click here to subscribe now"]


def test_a_bad_line_rule_pattern_fails_at_construction() -> None:
    """A pattern that does not compile is refused when the rule is made, naming the rule."""
    with pytest.raises(ValueError, match="'broken'"):
        LineRule("broken", r"(unclosed")


def test_an_action_given_as_a_string_is_read_as_the_action() -> None:
    """Finding(i, "remove", …) removes the block, as Action.REMOVE does."""
    cleaner = Cleaner(rules=(_Reporting(Finding(0, "remove", "a string action")),))  # type: ignore[arg-type]
    assert [r.reason for r in cleaner.clean(PAGE).removed] == ["a string action"]


def test_an_unknown_action_is_refused_naming_the_rule() -> None:
    """A finding made with an action that is no Action fails inside the rule, named."""

    @dataclass(frozen=True, slots=True)
    class Deleting:
        name: str = "deleting"

        def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
            yield Finding(0, "delete", "no such action")  # type: ignore[arg-type]

    with pytest.raises(RuleError, match=r"'deleting'.*delete"):
        Cleaner(rules=(Deleting(),)).clean(PAGE)


def test_a_finding_that_is_not_a_finding_is_refused_naming_the_rule() -> None:
    """A rule yielding something else than Findings gets an error naming it."""
    with pytest.raises(RuleError, match="'reporting'"):
        Cleaner(rules=(_Reporting((0, "remove")),)).clean(PAGE)


def test_a_rule_class_is_refused_at_construction() -> None:
    """Passing the class instead of an instance fails when the Cleaner is made."""
    with pytest.raises(TypeError, match="FurnitureRule is a class"):
        Cleaner(rules=(FurnitureRule,))  # type: ignore[arg-type]


@pytest.mark.parametrize("not_a_rule", [print, object(), "ad-marker", 42])
def test_a_non_rule_is_refused_at_construction(not_a_rule: object) -> None:
    """Functions, strings and plain objects are no rules; the error says what one is."""
    with pytest.raises(TypeError, match="is not a rule"):
        Cleaner(rules=(not_a_rule,))  # type: ignore[arg-type]


def test_find_returning_none_names_the_rule() -> None:
    """A find() that forgot to return or yield gets an error naming the rule."""

    @dataclass(frozen=True, slots=True)
    class Forgetful:
        name: str = "forgetful"

        def find(self, page: Page, verdicts: Verdicts) -> None:
            return None

    with pytest.raises(RuleError, match="'forgetful'"):
        Cleaner(rules=(Forgetful(),)).clean(PAGE)  # type: ignore[arg-type]


def test_only_with_an_unknown_name_lists_the_known_ones() -> None:
    """only(["typo"]) raises KeyError, as without("typo") does, listing the known names."""
    with pytest.raises(KeyError, match=r"typo.*known: .*ad-marker"):
        Cleaner().only(["typo"])
    with pytest.raises(KeyError, match="typo"):
        Cleaner().without("typo")


def test_an_unknown_kind_is_an_input_error() -> None:
    """kind="xml" is a newsclean InputError, not a bare enum ValueError."""
    with pytest.raises(InputError, match="'xml'"):
        newsclean.clean(PAGE, kind="xml")


@pytest.mark.parametrize("value", [True, 1, ["a"], b"bytes"])
def test_a_rule_function_must_return_a_str_or_none(value: object) -> None:
    """@rule returning anything but str | None is a TypeError naming the rule."""

    @rule("sloppy")
    def sloppy(block: Block) -> str | None:
        return value  # type: ignore[return-value]

    with pytest.raises(TypeError, match="'sloppy'"):
        Cleaner(rules=(sloppy,)).clean(PAGE)


def test_explain_names_the_rule_that_got_there_first() -> None:
    """A user's DOM rule for a furniture-named box learns it was pre-empted by dom-furniture."""

    @rule("promo-box")
    def promo_box(block: Block) -> str | None:
        return "promo box" if block.dom and "promo-box" in block.dom.tokens else None

    page = ("<html><body><article><p>" + "The council voted to rebuild the bridge. " * 5
            + "</p></article><div class='promo-box'>Buy our mugs today</div></body></html>")
    explained = Cleaner().with_rules(promo_box).explain(page)
    [preempted] = [p for p in explained.preempted if p.rule == "promo-box"]
    assert preempted.by == "dom-furniture"
    assert explained.page.blocks[preempted.index].text == "Buy our mugs today"


def test_class_words_extend_without_editing_the_library() -> None:
    """A new furniture word reaches the DOM rules through ClassWords and Cleaner.replacing."""
    page = ("<html><body><article><p>" + "The council voted to rebuild the bridge. " * 5
            + "</p><div class='storybox-x'>Win a holiday now</div></article></body></html>")
    assert "Win a holiday now" in newsclean.clean(page).paragraphs
    words = CLASS_WORDS.extended(promo=["storybox-x"])
    cleaner = Cleaner().replacing(FurnitureRule(words=words), MainContentRule(words=words))
    assert "Win a holiday now" not in cleaner.clean(page).paragraphs
    assert cleaner.names == Cleaner().names


def test_phrase_lists_extend_without_editing_the_library() -> None:
    """A chrome rule made with more phrases replaces the default in its place."""
    page = "Pub\nThe council voted on Tuesday to rebuild the old bridge."
    assert newsclean.clean(page).paragraphs[0] == "Pub"
    cleaner = Cleaner().replacing(ad_marker(markers=(*AD_MARKERS, "pub")))
    assert [r.rule for r in cleaner.clean(page).removed] == ["ad-marker"]


def test_the_rule_author_names_are_exported_together() -> None:
    """Everything a rule author needs is importable from the top-level package."""
    for name in ("Verdicts", "SourceKind", "SafetyValve", "Budget", "whole", "leading", "gate",
                 "Finding", "Action", "Field", "Page", "Block", "LineRule", "rule", "RuleError"):
        assert hasattr(newsclean, name), name


def test_a_cleaner_equals_itself_after_a_pickle_round_trip() -> None:
    """Cleaners (and their lazily compiled patterns) compare equal after pickling."""
    assert pickle.loads(pickle.dumps(Cleaner())) == Cleaner()


def test_a_rule_from_main_reaches_a_spawned_worker(tmp_path: Path) -> None:
    """A @rule defined in a script's __main__ is sent by value, so a worker can run it."""
    script = textwrap.dedent('''
        import multiprocessing
        from newsclean import Cleaner, rule

        def run(cleaner):
            return [r.rule for r in cleaner.clean("SHOUT\\nA quiet line of prose here.").removed]

        if __name__ == "__main__":
            @rule("shouting")
            def shouting(block):
                return "capitals" if block.text.isupper() else None

            cleaner = Cleaner(rules=(shouting,))
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                print(pool.apply(run, (cleaner,)))
    ''')
    path = tmp_path / "script.py"
    path.write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    try:
        import cloudpickle  # noqa: F401
    except ImportError:
        assert "install cloudpickle" in done.stderr
    else:
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "['shouting']"


def test_name_vocabularies_extend_without_editing_the_library() -> None:
    """A new byline lead reaches every rule that reads names, through one NameReader."""
    from newsclean.evidence.phrases import BYLINE_LEADS
    from newsclean.rules import BylineRule, DatelineRule
    from newsclean.rules.names import NameReader

    page = ("Tekst: Jan Jansen\nThe council voted on Tuesday to rebuild the old stone bridge "
            "over the harbour, ending two years of debate about its cost.\n")
    assert newsclean.clean(page).authors == ()
    names = NameReader(leads=(*BYLINE_LEADS, "tekst"))
    cleaner = Cleaner().replacing(BylineRule(names=names), DatelineRule(names=names))
    assert cleaner.clean(page).authors == ("Jan Jansen",)


def test_image_vocabularies_extend_without_editing_the_library() -> None:
    """A new marker word and a new agency reach the image rule through one CreditReader."""
    from newsclean.evidence.phrases import CREDIT_AGENCIES, IMAGE_LEADS
    from newsclean.rules import ImageMarkerRule
    from newsclean.rules.images import CreditReader

    page = (f"{'The council voted to rebuild it. ' * 3}\nBildtekst: Work on the old bridge\n"
            f"{'Engineers will start in spring, the mayor said. ' * 3}\n")
    assert "Bildtekst: Work on the old bridge" in newsclean.clean(page).paragraphs
    credits = CreditReader(leads=(*IMAGE_LEADS, "bildtekst"), agencies=(*CREDIT_AGENCIES, "ntb"))
    article = Cleaner().replacing(ImageMarkerRule(credits=credits)).clean(page)
    assert [r.rule for r in article.removed] == ["image"]
    assert article.images[0].caption == "Work on the old bridge"
