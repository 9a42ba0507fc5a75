"""The same answer under load: threads, and patterns that would time out."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import newsclean
from newsclean import Cleaner, LineRule

PROSE = "The council voted on Tuesday to rebuild the old stone bridge over the harbour."
ADVERSARIAL = (
    f"{PROSE}\nEmail: {'a' * 300} or write to desk@gazette.example\n{PROSE}",
    "\n".join(["Menu item"] * 300 + ["Flooding closes dozens of roads"] + ["Photo: a road"] * 300),
    "\n".join("3 March 2024 | x" + ",:" * 300 + "x" for _ in range(5)) + f"\n{PROSE}",
    "<html><body><table>" + "<tr><td>&nbsp;</td></tr>" * 300 + f"</table><p>{PROSE}</p>",
    "# " * 2000 + "x\n" + "- " * 2000,
)


def test_eight_threads_give_the_articles_one_thread_gives() -> None:
    """Adversarial pages cleaned by 8 threads at once give the single-thread Articles."""
    alone = [newsclean.clean(page) for page in ADVERSARIAL]
    with ThreadPoolExecutor(8) as pool:
        for _ in range(3):
            assert list(pool.map(newsclean.clean, ADVERSARIAL * 4)) == alone * 4


def test_the_contact_behind_a_long_token_is_found_under_load() -> None:
    """The address after a 300-letter token is found every time (no time-out decides it)."""
    page = ADVERSARIAL[0]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(newsclean.clean, [page] * 32))
    assert all([c.value for c in a.contacts] == ["desk@gazette.example"] for a in results)


def test_a_users_pattern_that_times_out_says_so() -> None:
    """A user's catastrophic pattern gives up after the time-out, and the Article notes it."""
    slow = LineRule("slow", r"^(a|aa)+$")
    article = Cleaner(rules=(slow,)).clean("a" * 60 + "b\n" + PROSE)
    assert article.paragraphs == ("a" * 60 + "b", PROSE)
    assert any("pattern time-out" in note for note in article.notes)
