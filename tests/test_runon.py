"""Run-on dumps: where a story's first sentence is cut from the menu glued before it."""

from __future__ import annotations

import newsclean
from newsclean.input.runon import prose_starts

MENU = "Home World Business Sport Video Markets Tech Opinion Subscribe Sign In " * 8
STORY = [f"The council said on day {n} that the work on the old stone bridge over the "
         f"river would go on, and that the road would stay shut until the spring."
         for n in range(12)]


def test_the_first_sentence_is_cut_from_the_menu_before_it() -> None:
    """No sentence end between the menu and the lede: the lede still comes out whole."""
    page = " ".join([MENU.strip(), *STORY, "Privacy Terms Contact Us Careers " * 8])
    article = newsclean.clean(page, kind="text")
    assert list(article.paragraphs) == STORY
    assert any("Subscribe Sign In" in r.text for r in article.removed)


def test_prose_that_names_things_in_capitals_is_not_cut() -> None:
    """A sentence of prose with a run of names in it stays one piece."""
    sentence = ("Already in use at hospitals in France, Belgium and Norway, the New Unite "
                "Connect Clinical Systems Suite is an application that helps to cut alerts.")
    assert prose_starts(sentence) == [sentence]


def test_a_menu_without_prose_after_it_is_not_cut() -> None:
    """A menu with a short lower-case phrase inside it stays whole: its tail is no prose."""
    menu = "Home News Sport Manage your account Reset your password Video Weather Live " * 3
    assert prose_starts(menu) == [menu]


def test_the_pieces_are_the_piece_as_written() -> None:
    """Joined by a blank, the cut pieces give the piece back."""
    piece = "Home  News Sport Video Weather Live   Gaming used to be so simple once."
    head, tail = prose_starts(piece)
    assert (head, tail) == ("Home  News Sport Video Weather Live",
                            "Gaming used to be so simple once.")
    assert piece.startswith(head) and piece.endswith(tail)
