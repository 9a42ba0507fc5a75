"""Korean sign-off bylines: the reporter's name and role on a line of its own at the end
of the story ('홍길동 기자 hong@example.com', '칼럼니스트 박생강 …', '[홍길동 특파원]').

Korean news names its writer after the story more often than above it, and the line
holds no 'By': the role word after (or before) a Hangul name is what marks it.
"""

from __future__ import annotations

from .patterns import compile

ROLES = ("객원기자", "기자", "칼럼니스트", "특파원", "논설위원", "편집위원", "선임기자",
         "전문기자", "대기자", "평론가")
"""Role words that follow (or lead) a writer's name in a Korean sign-off."""

_ROLE = "(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + ")"
_SIGNOFF = compile(
    r"^[\[(]?[ ]{0,3}(?:(?P<lead>" + _ROLE + r")[ ]{1,3})?(?P<name>[가-힣]{2,4})"
    r"(?:[ ]{0,3}(?P<trail>" + _ROLE + r"))?[ ]{0,3}[\])]?"
    r"(?P<email>[ ]{1,3}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?[ ]{0,3}$",
    verbose=False,
)
"""A name with a role after it (or before it, with an address), and perhaps an e-mail
address; nothing else on the line."""


def signoff_name(text: str) -> str | None:
    """The writer a Korean sign-off line names; None when the line is not one."""
    if text.isascii():
        return None  # a sign-off names a Hangul name: most lines are spared the pattern
    found = _SIGNOFF.match(" ".join(text.split()))
    if found is None or not (found["trail"] or (found["lead"] and found["email"])):
        return None  # a role before a word is a phrase ('기자 회견') unless an address follows
    name = found["name"]
    return None if any(name.endswith(role) for role in ROLES) else name
