"""Checking that kept + removed reproduce a block's text, character by character."""

from __future__ import annotations

from collections import defaultdict

from newsclean import Article, Removal


def by_where(article: Article) -> dict[str, list[Removal]]:
    """The removals of each block, keyed by where the block was."""
    grouped: dict[str, list[Removal]] = defaultdict(list)
    for removal in article.removed:
        grouped[removal.where].append(removal)
    return dict(grouped)


def assert_accounts(text: str, raw: str, kept: str | None, removals: list[Removal]) -> None:
    """``kept`` (the body's text, if any) and ``removals`` rebuild one block exactly.

    A whole-block removal without cuts holds the raw input. Otherwise every cut
    holds the characters at its offsets, cuts do not overlap, and the rest of the
    text, blanks folded, is what the body kept or what a last removal took.
    """
    cuts = sorted((r for r in removals if r.start is not None), key=lambda r: r.start or 0)
    whole = [r for r in removals if r.start is None]
    if not cuts:
        assert kept is None and len(whole) == 1, (text, kept, removals)
        assert whole[0].text == raw, "a whole-block removal keeps the raw input"
        return
    gaps: list[str] = []
    position = 0
    for cut in cuts:
        assert cut.start is not None and cut.end is not None
        assert position <= cut.start < cut.end <= len(text), "cuts are in range, in order"
        assert text[cut.start:cut.end] == cut.text, "a cut holds the characters it names"
        gaps.append(text[position:cut.start])
        position = cut.end
    gaps.append(text[position:])
    rest = " ".join("".join(gaps).split())
    assert len(whole) <= 1 and not (whole and kept is not None)
    taken = whole[0].text if whole else kept
    assert (taken or "") == rest, (text, taken, rest)
