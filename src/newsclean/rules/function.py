"""FunctionRule and ``@rule``: a rule written as a function of one block."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Action, Block, Finding, Page, Verdicts

BlockTest = Callable[[Block], "str | None"]


@dataclass(frozen=True, slots=True)
class FunctionRule:
    """A rule made from a function that looks at one block at a time.

    The function returns a short reason to remove the block, or ``None`` to
    leave it; any other value is an error naming the rule. Blocks already
    removed by earlier rules are not shown to it.
    """

    name: str
    test: BlockTest
    summary: str = ""

    def __post_init__(self) -> None:
        if not callable(self.test):
            raise TypeError(f"rule {self.name!r}: the test must be callable, not {self.test!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by reference where a worker can find the rule, by value where it cannot.

        ``@rule`` rebinds the function's name to the rule, so the rule is found
        under that name in its module. A rule defined in ``__main__`` (a script,
        a notebook) cannot be found that way in another process: its function
        travels by value through cloudpickle, or pickling fails here, clearly.
        """
        module = getattr(self.test, "__module__", None)
        qualname = getattr(self.test, "__qualname__", None)
        if module == "__main__" or (qualname and "<locals>" in qualname):
            return (_from_value, (self.name, _function_by_value(self), self.summary))
        if module and qualname and _lookup(module, qualname) is self:
            return (_lookup, (module, qualname))
        return (FunctionRule, (self.name, self.test, self.summary))

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        test = self.test
        for block in verdicts.undecided(page.blocks):
            reason = test(block)
            if reason is None or reason == "":
                continue
            if not isinstance(reason, str):
                raise TypeError(
                    f"rule {self.name!r}: the function must return a reason (str) or None, "
                    f"not {type(reason).__name__} {reason!r}"
                )
            yield Finding(block.index, Action.REMOVE, reason)


def _function_by_value(rule_: FunctionRule) -> bytes:
    import pickle  # here, not at import time: only a rule sent to another process needs it

    try:
        import cloudpickle
    except ImportError:
        raise pickle.PicklingError(
            f"rule {rule_.name!r} is defined in __main__ or inside a function, so another "
            "process cannot import it: install cloudpickle (Dask and Ray ship it) to send it "
            "by value, or define the rule in a module"
        ) from None
    return bytes(cloudpickle.dumps(rule_.test))


def _from_value(name: str, test: bytes, summary: str) -> FunctionRule:
    import pickle

    return FunctionRule(name, pickle.loads(test), summary)


def _lookup(module: str, qualname: str) -> Any:
    """The object bound to ``module.qualname``; a clear error when there is none."""
    try:
        target: Any = importlib.import_module(module)
        for part in qualname.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        import pickle

        raise pickle.UnpicklingError(
            f"cannot find the rule {module}.{qualname} in this process: {exc}"
        ) from None
    return target


def rule(name: str) -> Callable[[BlockTest], FunctionRule]:
    """Decorator: turn ``f(block) -> reason | None`` into a named rule.

    >>> @rule("shouting")
    ... def shouting(block):
    ...     "Lines in capitals are chrome on this site."
    ...     return "all capitals" if block.text.isupper() else None
    >>> shouting.name
    'shouting'
    """
    if not isinstance(name, str) or not name:
        raise TypeError(f"@rule needs a rule name (a non-empty str), not {name!r}")

    def wrap(test: BlockTest) -> FunctionRule:
        return FunctionRule(name, test, (test.__doc__ or "").strip())

    return wrap
